"""Discovery of tasks/*.yaml and submissions/*.yaml, and adapter name -> implementation (lazily)."""
from __future__ import annotations

import difflib
import hashlib
import importlib
import json
import os
from importlib.metadata import entry_points
from pathlib import Path
from typing import Any

from pydantic import ValidationError

from .errors import BenchError
from . import specs
from .specs import Submission, TaskSpec, format_validation_error, load_submission

ADAPTERS: dict[str, str] = {
    "hf": "benchmark.encoders.hf:HFEncoder",
    "logmel": "benchmark.encoders.handcrafted:LogMel",
    "mfcc": "benchmark.encoders.handcrafted:MFCC",
    "chroma": "benchmark.encoders.handcrafted:Chroma",
    "crepe": "benchmark.encoders.crepe:Crepe",
    "musicnn": "benchmark.encoders.musicnn:Musicnn",
    "musicnn-vgg": "benchmark.encoders.musicnn_vgg:MusicnnVgg",
    "basic-pitch": "benchmark.encoders.basic_pitch:BasicPitch",
    "madmom-chroma": "benchmark.encoders.madmom_chroma:MadmomChroma",
    "madmom-key": "benchmark.encoders.madmom_key:MadmomKey",
    "madmom-beats": "benchmark.encoders.madmom_beats:MadmomBeats",
    "madmom-downbeats": "benchmark.encoders.madmom_beats:MadmomDownbeats",
    "beatnet": "benchmark.encoders.beatnet:BeatNetEncoder",
    "musicfm": "benchmark.encoders.musicfm:MusicFM",
    "muq": "benchmark.encoders.musicfm:MuQ",
}
ENTRY_POINT_GROUP = "bench.encoders"


def root() -> Path:
    """The project folder: $BENCH_ROOT (an isolated project whose tasks/ and submissions/ replace the built-in
    ones), else the working directory if it has both, else the checkout this package lives in."""
    if os.environ.get("BENCH_ROOT"):
        return Path(os.environ["BENCH_ROOT"])
    cwd = Path.cwd()
    if (cwd / "tasks").is_dir() and (cwd / "submissions").is_dir():
        return cwd
    return Path(__file__).resolve().parent.parent


_EXTRA: dict[str, list[Path]] = {"tasks": [], "submissions": []}  # --tasks-dir / --submissions-dir


def add_search_dirs(tasks: list[str] | None = None, submissions: list[str] | None = None) -> None:
    """Folders of the command line (--tasks-dir, --submissions-dir), searched before everything else."""
    for kind, dirs in (("tasks", tasks), ("submissions", submissions)):
        for d in dirs or []:
            if not Path(d).is_dir():
                raise BenchError(f"--{kind}-dir: no such folder '{d}'")
            _EXTRA[kind].append(Path(d))


def reset_search_dirs() -> None:
    for dirs in _EXTRA.values():
        dirs.clear()


def search_dirs(kind: str) -> list[Path]:
    """Where `kind` ('tasks' or 'submissions') YAML files are looked up, first match of a name wins: the
    folders given on the command line, then each root of $BENCH_PATH (dir1:dir2, each root's `tasks/` and
    `submissions/`, or the root itself when it holds YAML files directly), then the project's own folder."""
    dirs = list(_EXTRA[kind])
    for part in filter(None, os.environ.get("BENCH_PATH", "").split(os.pathsep)):
        r = Path(part).expanduser()
        if not r.is_dir():
            raise BenchError(f"$BENCH_PATH: no such folder '{part}'")
        dirs.append(r / kind if (r / kind).is_dir() else r)
    dirs.append(root() / kind)
    return dirs


def _paths(kind: str) -> dict[str, Path]:
    """name -> file of every task or entry on the search path. A `.yml` file there is an error, not skipped:
    it was meant to be read (the folders hold YAML only)."""
    found: dict[str, Path] = {}
    for d in search_dirs(kind):
        stray = sorted(d.glob("*.yml"))
        if stray:
            raise BenchError(f"{stray[0]}: {kind} files end in .yaml; rename it to {stray[0].stem}.yaml "
                             f"(a .yml file is never read)")
        for p in sorted(d.glob("*.yaml")):
            if not p.name.startswith("_"):
                found.setdefault(p.stem, p)
    return dict(sorted(found.items()))


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
    return _paths("tasks")


def submission_paths() -> dict[str, Path]:
    return _paths("submissions")


def load_task(path: Path) -> TaskSpec:
    """A task spec; an `include:` not found beside it is looked up in the other task folders of the search
    path (so a private task can include the built-in `_base_probe.yaml`)."""
    return specs.load_task(path, include_dirs=search_dirs("tasks"))


def get_task(name: str) -> TaskSpec:
    paths = task_paths()
    if name not in paths:
        raise BenchError(f"unknown task '{name}'{did_you_mean(name, list(paths))}; tasks are looked up in "
                         f"{', '.join(map(str, search_dirs('tasks')))}")
    return load_task(paths[name])


def get_submission(name: str) -> Submission:
    paths = submission_paths()
    if name not in paths:
        raise BenchError(f"unknown model '{name}'{did_you_mean(name, list(paths))}; "
                         f"entries are looked up in {', '.join(map(str, search_dirs('submissions')))}")
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


def validate_all(results_dir: Path | None = None, data_root: Path | None = None,
                 warnings: list[str] | None = None) -> tuple[int, list[str]]:
    """Check every task and submission (and, where a task's data is under `data_root`, that its manifest
    parses and its labels fit the task), and every result file as the leaderboard would (`audit`) plus that
    it belongs to an entry in submissions/; returns (number of files checked, error lines). Result files whose
    probe may not have converged are appended to `warnings`."""
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
    checked = audit.audit(paths, specs, data_root, set(submission_paths()))
    for path in paths:
        why = list(checked.problems.get(path, []))
        if why:
            errors.append(f"{path}: {'; '.join(why)}")
        elif warnings is not None and path in checked.ok and audit.not_converged(checked.ok[path]):
            warnings.append(f"{path}: not converged: {audit.not_converged(checked.ok[path])}")
    return n, errors


def weights_sha256(path: Path) -> str:
    """Content hash of local weights: sha256 of a file, or of a folder's files (relative names and each file's
    sha256). File hashes are memoised by size and mtime under $BENCH_CACHE/.., so a second run reads nothing."""
    from . import atomic
    from .data.manifest import file_hash
    from .cache import cache_root

    memo_path = cache_root().parent / "weights-hashes.json"
    try:
        memo = json.loads(memo_path.read_text())
    except (OSError, ValueError):
        memo = {}
    if path.is_file():
        out = file_hash(path, memo)
    else:
        h = hashlib.sha256()
        for p in sorted(q for q in path.rglob("*") if q.is_file()):
            h.update(f"{p.relative_to(path).as_posix()}\0{file_hash(p, memo)}\n".encode())
        out = h.hexdigest()
    try:
        atomic.write_json(memo_path, memo, indent=None)
    except OSError:
        pass  # a read-only cache only costs the next run a re-read
    return out


def encoder_identity(sub: Submission, checkpoint: str | None = None) -> dict[str, Any]:
    """Everything that determines an encoder's outputs, known without loading it (the cache key's half): for
    local weights, their content hash."""
    src = checkpoint or sub.checkpoint
    ident: dict[str, Any] = {"adapter": sub.adapter, "checkpoint": src, "revision": sub.revision,
                             "options": sub.options}
    if src and Path(src).exists():
        ident["checkpoint"] = None  # where the weights lie does not matter, what they are does
        ident["weights_sha256"] = weights_sha256(Path(src))
    return ident


def run_name(sub: Submission, checkpoint: str | None, identity: dict[str, Any], name: str | None = None) -> str:
    """The model's name on the board: --name when given; the entry's name when it runs its own weights; else
    `<entry>@<first 8 hex of the weights hash>` (local weights) or of the Hub id and revision, so that other
    weights never share a result file with the entry's."""
    if name:
        try:
            specs._safe_name(name)
        except ValueError as e:
            raise BenchError(f"--name: {e}") from None
        return name
    if not checkpoint or checkpoint == sub.checkpoint:
        return sub.name
    short = identity.get("weights_sha256") or specs.digest([checkpoint, sub.revision])
    return f"{sub.name}@{short[:8]}"


def list_entry(name: str, path: Path, describe: bool = False) -> dict[str, Any]:
    """One line of `bench list models`: from the YAML alone (what the entry declares under `expect:`, which
    the loaded encoder is held to), or, with `describe`, from the adapter (imports torch; may read configs)."""
    sub = load_submission(path)
    row: dict[str, Any] = {"model": name, "adapter": sub.adapter, "checkpoint": sub.checkpoint,
                           "revision": sub.revision, "license": sub.license, "path": str(path)}
    declared = sub.expect.model_dump(exclude_none=True) if sub.expect else {}
    keys = ("params", "sample_rate", "num_layers", "frame_rate")
    if describe:
        check_options(sub, path)
        info = describe_submission(sub)
        row.update({k: info.get(k) for k in keys}, source="declared" if info.get("declared") else "loaded")
        if not isinstance(row["params"], int):
            row["params"] = None
    else:
        row.update({k: declared.get(k) for k in keys}, source="declared" if declared else "unknown")
    return row


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
