"""Result files: one JSON per (model, task), written atomically and validated against the JSON Schema."""
from __future__ import annotations

import json
import platform
import subprocess
import sys
from functools import lru_cache
from importlib import metadata
from pathlib import Path
from typing import Any

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


def read(path: Path) -> tuple[dict[str, Any] | None, str | None]:
    """A result file's content when it parses, matches the schema and holds the model and task that its path
    <model>/<task>.json names; otherwise None and what is wrong, as one line naming the file."""
    try:
        res = json.loads(Path(path).read_text())
    except (json.JSONDecodeError, UnicodeDecodeError) as e:
        return None, f"{path}: not valid JSON ({e})"
    errors = schema_errors(res)
    if errors:
        return None, f"{path}: field '{errors[0][0]}': {errors[0][1]} (result schema {SCHEMA_VERSION})"
    model, task = Path(path).parent.name, Path(path).stem
    if res["model"]["name"] != model or res["task"]["name"] != task:
        return None, f"{path}: holds {res['model']['name']}/{res['task']['name']}, not {model}/{task}"
    return res, None


def git_revision() -> str:
    here = Path(__file__).resolve().parent
    try:
        rev = subprocess.run(["git", "rev-parse", "HEAD"], cwd=here, capture_output=True, text=True, timeout=5)
        if rev.returncode != 0:
            return "unknown"
        dirty = subprocess.run(["git", "status", "--porcelain", "--untracked-files=no"], cwd=here,
                               capture_output=True, text=True, timeout=5).stdout.strip()
        return rev.stdout.strip() + ("+dirty" if dirty else "")
    except (OSError, subprocess.SubprocessError):
        return "unknown"


def environment() -> dict[str, Any]:
    versions = {}
    for name in PACKAGES:
        try:
            versions[name] = metadata.version(name)
        except metadata.PackageNotFoundError:
            versions[name] = None
    return {"packages": versions, "git_revision": git_revision(), "python": sys.version.split()[0],
            "platform": platform.platform()}
