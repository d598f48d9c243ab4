"""Discovery of tasks/*.yaml and submissions/*.yaml, and adapter name -> implementation (lazily)."""
from __future__ import annotations

import difflib
import importlib
import os
from importlib.metadata import entry_points
from pathlib import Path
from typing import Any

from pydantic import ValidationError

from .errors import BenchError
from .specs import Submission, TaskSpec, format_validation_error, load_submission, load_task

ADAPTERS: dict[str, str] = {
    "hf": "benchmark.encoders.hf:HFEncoder",
    "logmel": "benchmark.encoders.handcrafted:LogMel",
    "mfcc": "benchmark.encoders.handcrafted:MFCC",
    "chroma": "benchmark.encoders.handcrafted:Chroma",
    "crepe": "benchmark.encoders.crepe:Crepe",
    "musicfm": "benchmark.encoders.musicfm:MusicFM",
    "muq": "benchmark.encoders.musicfm:MuQ",
}
ENTRY_POINT_GROUP = "bench.encoders"


def root() -> Path:
    """The folder holding tasks/ and submissions/: $BENCH_ROOT, else the working directory if it has
    both, else the checkout this package lives in."""
    if os.environ.get("BENCH_ROOT"):
        return Path(os.environ["BENCH_ROOT"])
    cwd = Path.cwd()
    if (cwd / "tasks").is_dir() and (cwd / "submissions").is_dir():
        return cwd
    return Path(__file__).resolve().parent.parent


def did_you_mean(name: str, known: list[str]) -> str:
    close = difflib.get_close_matches(name, known, n=1)
    return f" (did you mean '{close[0]}'?)" if close else f" (known: {', '.join(sorted(known))})"


def adapter_names() -> list[str]:
    return sorted(set(ADAPTERS) | {ep.name for ep in entry_points(group=ENTRY_POINT_GROUP)})


def get_adapter(name: str, where: str = "") -> Any:
    """The adapter class for a name: built-ins first, then installed `bench.encoders` entry points."""
    if name in ADAPTERS:
        module, attr = ADAPTERS[name].split(":")
        return getattr(importlib.import_module(module), attr)
    for ep in entry_points(group=ENTRY_POINT_GROUP):
        if ep.name == name:
            return ep.load()
    raise BenchError(f"{where}field 'adapter': unknown adapter '{name}'{did_you_mean(name, adapter_names())}")


def task_paths() -> dict[str, Path]:
    return {p.stem: p for p in sorted((root() / "tasks").glob("*.yaml")) if not p.name.startswith("_")}


def submission_paths() -> dict[str, Path]:
    return {p.stem: p for p in sorted((root() / "submissions").glob("*.yaml")) if not p.name.startswith("_")}


def get_task(name: str) -> TaskSpec:
    paths = task_paths()
    if name not in paths:
        raise BenchError(f"unknown task '{name}'{did_you_mean(name, list(paths))}; tasks live in {root() / 'tasks'}")
    return load_task(paths[name])


def get_submission(name: str) -> Submission:
    paths = submission_paths()
    if name not in paths:
        raise BenchError(f"unknown model '{name}'{did_you_mean(name, list(paths))}; "
                         f"entries live in {root() / 'submissions'}")
    sub = load_submission(paths[name])
    check_options(sub, paths[name])
    return sub


def check_options(sub: Submission, path: Path) -> None:
    cls = get_adapter(sub.adapter, f"{path}: ")
    try:
        cls.Options.model_validate(sub.options)
    except ValidationError as e:
        msg = format_validation_error(path, e).replace("field '", "field 'options.")
        raise BenchError(msg) from None


def tasks_in_suite(suite: str) -> list[str]:
    names = [n for n, p in task_paths().items() if suite in load_task(p).suite]
    if not names:
        suites = sorted({s for p in task_paths().values() for s in load_task(p).suite})
        raise BenchError(f"no task names the suite '{suite}'{did_you_mean(suite, suites)}")
    return names


def validate_all(results_dir: Path | None = None, data_root: Path | None = None) -> tuple[int, list[str]]:
    """Check every task and submission (and, where a task's data is under `data_root`, that its manifest
    parses and its labels fit the task), and every result file as the leaderboard would (`audit`) plus that
    it belongs to an entry in submissions/; returns (number of files checked, error lines)."""
    from . import audit
    from .targets import check_manifest_labels

    errors, n = [], 0
    specs = {}
    for name, path in task_paths().items():
        n += 1
        try:
            specs[name] = load_task(path)
        except BenchError as e:
            errors.append(str(e))
            continue
        manifest = data_root / specs[name].dataset.manifest if data_root else None
        if manifest is not None and manifest.parent.is_dir() and not manifest.is_file():
            errors.append(f"{path}: field 'dataset.manifest': {manifest} not found, though its folder is there")
        elif manifest is not None and manifest.is_file():
            try:
                check_manifest_labels(specs[name], manifest)
            except BenchError as e:
                errors.append(f"{path}: field 'dataset.manifest': {e}")
    for path in submission_paths().values():
        n += 1
        try:
            check_options(load_submission(path), path)
        except BenchError as e:
            errors.append(str(e))
    results_dir = results_dir or root() / "leaderboard" / "results"
    paths = sorted(results_dir.glob("*/*.json"))
    n += len(paths)
    checked = audit.audit(paths, specs, data_root)
    entries = submission_paths()
    for path in paths:
        why = list(checked.problems.get(path, []))
        if path.parent.name not in entries:
            why.append(f"field 'model.name': '{path.parent.name}' has no entry in submissions/")
        if why:
            errors.append(f"{path}: {'; '.join(why)}")
    return n, errors


def fingerprint(path: Path) -> list[tuple[str, int, int]]:
    """What identifies local weights without reading gigabytes: file names, sizes, mtimes."""
    files = [path] if path.is_file() else sorted(p for p in path.rglob("*") if p.is_file())
    return [(p.name if p == path else str(p.relative_to(path)), p.stat().st_size, p.stat().st_mtime_ns)
            for p in files]


def encoder_identity(sub: Submission, checkpoint: str | None = None) -> dict[str, Any]:
    """Everything that determines an encoder's outputs, known without loading it (the cache key's half)."""
    src = checkpoint or sub.checkpoint
    ident: dict[str, Any] = {"adapter": sub.adapter, "checkpoint": src, "revision": sub.revision,
                             "options": sub.options}
    if src and Path(src).exists():
        ident["local_files"] = fingerprint(Path(src))
    return ident


def describe_submission(sub: Submission) -> dict[str, Any]:
    """Parameters, sample rate, layers and frame rate of an entry, from the adapter (which may describe an
    entry without loading weights); when the weights are not here, what the entry declares (`expect:`),
    marked `declared`."""
    from .encoders.base import BuildContext

    cls = get_adapter(sub.adapter)
    try:
        if hasattr(cls, "describe_entry"):
            info = cls.describe_entry(sub)
        else:
            info = cls.build(sub, BuildContext()).describe()
    except BenchError:
        info = {"params": "weights not available"}
    if "sample_rate" not in info and sub.expect:
        info = {**info, **sub.expect.model_dump(exclude_none=True), "declared": True}
    return info


def build_encoder(sub: Submission, ctx) -> Any:
    """Build an entry's encoder and hold it to what the entry declares."""
    enc = get_adapter(sub.adapter).build(sub, ctx)
    if sub.expect:
        got = enc.describe()
        for key, want in sub.expect.model_dump(exclude_none=True).items():
            have = got.get(key)
            ok = abs(have - want) <= 0.05 * want if key == "params" else have == want
            if not ok:
                raise BenchError(f"submissions/{sub.name}.yaml: field 'expect.{key}': the entry declares {want}, "
                                 f"the loaded encoder has {have}")
    return enc
