"""Results: the result file, one JSON per (model, task), written atomically and validated against the JSON
Schema (here), and its audit (audit.py: consistency, convergence, verification marks). Imports config, the
convergence rule (probing.stopping), data's manifests and the shared helpers, never torch: the board and
`bench validate` read results through this package."""
from __future__ import annotations

import json
import os
import re
import platform
import subprocess
import sys
import tempfile
import time
from functools import lru_cache
from importlib import metadata
from pathlib import Path
from typing import Any

from .. import atomic
from ..errors import BenchError
from ..config.specs import NAME_PATTERN

SCHEMA_VERSION = 1
SCHEMA_PATH = Path(__file__).parent / "schemas" / "result.schema.json"
PACKAGES = ("music-layer-bench", "torch", "transformers", "huggingface_hub", "numpy", "scikit-learn", "mir_eval",
            "librosa", "soundfile", "soxr")


def result_path(out: Path, model: str, task: str) -> Path:
    return Path(out) / "results" / model / f"{task}.json"


@lru_cache(maxsize=1)
def schema() -> dict[str, Any]:
    return json.loads(SCHEMA_PATH.read_text())


def schema_errors(obj: Any) -> list[tuple[str, str]]:
    """Schema violations of a result object as (field path, message), empty when valid."""
    import jsonschema

    validator = jsonschema.Draft202012Validator(schema())
    return [(".".join(map(str, e.absolute_path)) or "(top level)", e.message)
            for e in sorted(validator.iter_errors(obj), key=lambda e: list(map(str, e.absolute_path)))]


def validate(obj: Any) -> list[str]:
    """Schema violations of a result object, as 'field: message' lines (empty when valid)."""
    return [f"{field}: {msg}" for field, msg in schema_errors(obj)]


def best_layer(layers: list[dict[str, Any]], primary: str, higher_is_better: bool) -> dict[str, Any]:
    """The layer a result file selects: the best validation score of its primary metric, ties to the lowest layer
    (the run writes it, the audit checks it, the measurements choose as the board does)."""
    sign = 1 if higher_is_better else -1
    return max(layers, key=lambda e: (sign * e["valid"][primary], -e["layer"]))


def read(path: Path) -> tuple[dict[str, Any] | None, str | None]:
    """A result file's content when it parses, matches the schema and holds the model and task that its path
    <model>/<task>.json names, both names `bench run` could have written (specs.NAME_PATTERN, the model's with an
    optional @<8 hex> of other weights); otherwise None and what is wrong, as one line naming the file."""
    for what, name in (("model folder", Path(path).parent.name), ("task file", Path(path).stem)):
        base, _, short = name.partition("@") if what == "model folder" else (name, "", "")
        if not NAME_PATTERN.match(base) or ".." in base or (short and not re.fullmatch(r"[0-9a-f]{8}", short)):
            return None, (f"{path}: the {what} name {name!r} is not a name `bench run` writes (letters, digits and "
                          f". _ + - from a letter or digit; a model may end in @ and 8 hex digits)")
    try:
        res = json.loads(Path(path).read_text(encoding="utf-8"))
    except (json.JSONDecodeError, UnicodeDecodeError, RecursionError) as e:
        return None, f"{path}: not valid JSON ({e})"
    except OSError as e:
        return None, f"{path}: cannot be read ({e.strerror})"
    errors = schema_errors(res)
    if errors:
        return None, f"{path}: field '{errors[0][0]}': {errors[0][1]} (result schema {SCHEMA_VERSION})"
    model, task = Path(path).parent.name, Path(path).stem
    if res["model"]["name"] != model or res["task"]["name"] != task:
        return None, f"{path}: holds {res['model']['name']}/{res['task']['name']}, not {model}/{task}"
    return res, None


@lru_cache(maxsize=1)
def git_revision() -> str:
    """The checkout's revision when first asked (a run asks at its start: commits made while it runs do not
    change what it records), '+dirty' when tracked files other than the board's outputs differ from it."""
    here = Path(__file__).resolve().parent
    try:
        rev = subprocess.run(["git", "rev-parse", "HEAD"], cwd=here, capture_output=True, text=True, timeout=5)
        if rev.returncode != 0:
            return "unknown"
        # the board's own outputs (leaderboard/) are not code: writing results does not make the code dirty
        dirty = subprocess.run(["git", "status", "--porcelain", "--untracked-files=no", "--", ":/",
                                ":(top,exclude)leaderboard"], cwd=here, capture_output=True, text=True,
                               timeout=5).stdout.strip()
        return rev.stdout.strip() + ("+dirty" if dirty else "")
    except (OSError, subprocess.SubprocessError):
        return "unknown"


def cpu_model() -> str:
    try:
        for line in Path("/proc/cpuinfo").read_text().splitlines():
            if line.lower().startswith(("model name", "hardware", "cpu model")):
                return line.split(":", 1)[1].strip()
    except OSError:
        pass
    return platform.processor() or platform.machine()


def machine() -> dict[str, Any]:
    """What the numbers of a run can depend on beyond the packages: the CPU, the GPU, the thread count. Two
    result files of one machine (same cpu, gpu and threads) reproduce each other exactly."""
    torch = sys.modules.get("torch")  # never imported here; present when a run made the numbers
    gpu = None
    if torch is not None and torch.cuda.is_available():
        gpu = torch.cuda.get_device_name(torch.cuda.current_device())
    return {"cpu": cpu_model(), "arch": platform.machine(), "gpu": gpu,
            "threads": torch.get_num_threads() if torch is not None else None}


def environment() -> dict[str, Any]:
    versions = {}
    for name in PACKAGES:
        try:
            versions[name] = metadata.version(name)
        except metadata.PackageNotFoundError:
            versions[name] = None
    return {"packages": versions, "git_revision": git_revision(), "python": sys.version.split()[0],
            "platform": platform.platform(), "machine": machine()}


def write(result: dict[str, Any], path: Path) -> None:
    """Write a result file atomically. When it cannot be written (a full disk, a read-only folder), the result
    is kept in a recovery folder and the error says where, so the work that made it is not lost."""
    errors = validate(result)
    if errors:  # a bug of ours, not the user's: never write a file the leaderboard would reject
        raise RuntimeError("result does not match its schema: " + "; ".join(errors))
    try:
        atomic.write_json(path, result)
        return
    except OSError as e:
        failure = e
    name = f"{path.parent.name}-{path.stem}-{time.strftime('%Y%m%d-%H%M%S')}-{os.getpid()}.json"
    for folder in recovery_folders():
        try:
            atomic.write_json(folder / name, result)
        except OSError:
            continue
        raise BenchError(f"could not write {path} ({failure.strerror or failure}); the result is kept at "
                         f"{folder / name}: copy it to {path} when there is room (the features are cached, so "
                         f"re-running the same command also recovers it)")
    raise BenchError(f"could not write {path} ({failure.strerror or failure}), nor keep it in any of "
                     f"{', '.join(map(str, recovery_folders()))}; the features are cached: free some space and "
                     "re-run the same command")


def recovery_folders() -> list[Path]:
    """Where a result that could not be written is kept: beside the feature cache, else the temp folder."""
    cache = os.environ.get("BENCH_CACHE")
    base = Path(cache).parent if cache else Path.home() / ".cache" / "bench"
    return [base / "recovered-results", Path(tempfile.gettempdir()) / "bench-recovered-results"]


def record_path(result: Path) -> Path:
    """Where the verification of results/<model>/<task>.json is kept: verified/<model>/<task>.json beside
    results/ (never among the result files)."""
    result = Path(result)
    return result.parent.parent.parent / "verified" / result.parent.name / result.name


def mark(result: Path, content: bytes | None = None) -> dict[str, Any] | None:
    """The verification mark of a result file: its record when that says it reproduced and was made for these
    very bytes (None when there is none, it failed, or the file changed since)."""
    import hashlib

    path = record_path(result)
    try:
        doc = json.loads(path.read_text())
        data = content if content is not None else Path(result).read_bytes()
    except (OSError, ValueError):
        return None
    if not isinstance(doc, dict) or not doc.get("reproduces") or doc.get("result_sha256") != hashlib.sha256(
            data).hexdigest():
        return None
    return {"by": doc.get("by"), "at": doc.get("verified_at"), "same_machine": doc.get("same_machine"),
            "counts": doc.get("counts")}


def _public_path(value: str) -> str:
    """A local absolute path as published: its last three parts under '<local>/' (for a data file, its path
    relative to the data root or manifest), so no user name or folder layout of the machine is published."""
    return "<local>/" + "/".join(Path(value.replace("\\", "/")).parts[-3:])


def _is_local_path(value: str) -> bool:
    return value.startswith(("/", "~")) or (len(value) > 2 and value[1] == ":" and value[2] in "/\\")


def public_result(res: dict[str, Any]) -> dict[str, Any]:
    """A result file as published: local weights named by their content hash, other local absolute paths
    (data root, output folder, skipped clips' files) cut to their last parts. The numbers are untouched."""
    res = json.loads(json.dumps(res))
    model = res["model"]
    ckpt = model.get("checkpoint")
    weights = f"sha256:{model['weights_sha256']}" if model.get("weights_sha256") else None
    if ckpt and _is_local_path(ckpt):
        model["checkpoint"] = weights or _public_path(ckpt)

    def clean(v: Any) -> Any:
        if isinstance(v, dict):
            return {k: clean(x) for k, x in v.items()}
        if isinstance(v, list):
            return [clean(x) for x in v]
        if isinstance(v, str):
            if v == ckpt and weights:
                return weights
            if _is_local_path(v):
                head, sep, tail = v.partition(": ")  # "<manifest>: line N"
                return _public_path(head) + sep + tail
        return v

    return clean(res)
