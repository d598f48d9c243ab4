"""Strict schemas for task specs and submission entries. Knows nothing of torch.

Every model forbids unknown keys, so a misspelt field is an error naming the file and the field.
YAML is read with `yaml.safe_load`: an entry is data, it can never run code.
"""
from __future__ import annotations

import hashlib
import json
from pathlib import Path
from typing import Any, Literal

import yaml
from pydantic import BaseModel, ConfigDict, Field, ValidationError, model_validator

from .errors import BenchError


class Strict(BaseModel):
    model_config = ConfigDict(extra="forbid", frozen=True)


class DatasetSpec(Strict):
    name: str
    manifest: str = Field(description="JSONL manifest, relative to the data root")
    builtin: str | None = Field(None, description="generator that renders the data when it is missing")


class ClipSpec(Strict):
    seconds: float | None = Field(None, gt=0, description="crop/pad every clip to this length; none keeps it whole")
    crop: Literal["start", "center"] = "center"


class GridSpec(Strict):
    lr: list[float] = Field(min_length=1)
    weight_decay: list[float] = Field(default=[0.0], min_length=1)


class ProtocolSpec(Strict):
    pooling: Literal["mean"] = "mean"
    probe: Literal["linear", "mlp"] = "mlp"
    hidden: int = Field(512, gt=0)
    dropout: float = Field(0.2, ge=0, lt=1)
    grid: GridSpec
    epochs: int = Field(gt=0)
    batch_size: int = Field(64, gt=0)
    patience: int = Field(10, gt=0)
    seeds: list[int] = Field(min_length=1)
    weighted_sum: bool = True


TARGETS = ("multiclass", "multilabel", "regression", "key")
FAMILIES = ("acoustic", "harmonic", "rhythmic", "semantic")


class TaskSpec(Strict):
    name: str
    version: int = Field(ge=1)
    description: str = ""
    suite: list[str] = []
    family: Literal[FAMILIES] | None = None  # type: ignore[valid-type]
    dataset: DatasetSpec
    target: Literal[TARGETS]  # type: ignore[valid-type]
    labels: list[str] | None = None
    clip: ClipSpec = ClipSpec()
    metrics: list[str] = Field(min_length=1)
    primary: str
    protocol: ProtocolSpec

    @model_validator(mode="after")
    def _check_metrics(self) -> "TaskSpec":
        from .metrics import METRICS

        for m in self.metrics:
            if m not in METRICS:
                raise ValueError(f"unknown metric '{m}' in 'metrics' (known: {', '.join(sorted(METRICS))})")
            if self.target not in METRICS[m].targets:
                raise ValueError(f"metric '{m}' does not apply to target '{self.target}'")
        if self.primary not in self.metrics:
            raise ValueError(f"'primary' is '{self.primary}', which is not one of 'metrics' {self.metrics}")
        return self

    def protocol_dict(self) -> dict[str, Any]:
        """What defines comparability: results with different protocol hashes are never ranked together."""
        return {"protocol": self.protocol.model_dump(), "clip": self.clip.model_dump(),
                "target": self.target, "primary": self.primary}

    @property
    def protocol_hash(self) -> str:
        return digest(self.protocol_dict())

    @property
    def spec_hash(self) -> str:
        return digest(self.model_dump())


class Expected(Strict):
    """What an entry declares about its encoder, shown when the weights are not here and checked when they are."""
    params: int | None = Field(None, gt=0)
    sample_rate: int | None = Field(None, gt=0)
    num_layers: int | None = Field(None, gt=0)
    frame_rate: float | None = Field(None, gt=0)


class Submission(Strict):
    name: str
    adapter: str
    description: str = ""
    checkpoint: str | None = Field(None, description="Hub id or local path of the weights")
    revision: str | None = Field(None, description="pinned Hub revision (commit sha or tag)")
    license: str | None = None
    reference: str | None = None
    options: dict[str, Any] = {}
    expect: Expected | None = None


def digest(obj: Any) -> str:
    return hashlib.sha256(json.dumps(obj, sort_keys=True, default=str).encode()).hexdigest()


def _read_yaml(path: Path) -> dict[str, Any]:
    if not path.is_file():
        raise BenchError(f"{path}: file not found")
    try:
        data = yaml.safe_load(path.read_text())
    except yaml.YAMLError as e:
        mark = getattr(e, "problem_mark", None)
        where = f" line {mark.line + 1}" if mark else ""
        raise BenchError(f"{path}:{where}: not valid YAML ({getattr(e, 'problem', e)})") from None
    if not isinstance(data, dict):
        raise BenchError(f"{path}: expected a mapping of fields at the top level, got {type(data).__name__}")
    return data


def _merge(base: dict[str, Any], over: dict[str, Any]) -> dict[str, Any]:
    out = dict(base)
    for k, v in over.items():
        out[k] = _merge(out[k], v) if isinstance(v, dict) and isinstance(out.get(k), dict) else v
    return out


def load_yaml_with_includes(path: Path, _seen: tuple[Path, ...] = ()) -> dict[str, Any]:
    """Read a YAML file; `include: other.yaml` (relative to it) is deep-merged underneath."""
    path = Path(path)
    if path.resolve() in _seen:
        raise BenchError(f"{path}: field 'include': include cycle through {path.name}")
    data = _read_yaml(path)
    inc = data.pop("include", None)
    if inc is None:
        return data
    if not isinstance(inc, str):
        raise BenchError(f"{path}: field 'include': expected a file name, got {inc!r}")
    base_path = path.parent / inc
    if not base_path.is_file():
        raise BenchError(f"{path}: field 'include': file '{inc}' not found next to it")
    return _merge(load_yaml_with_includes(base_path, _seen + (path.resolve(),)), data)


def format_validation_error(path: Path, err: ValidationError) -> str:
    parts = []
    for e in err.errors():
        loc = ".".join(str(x) for x in e["loc"]) or "(top level)"
        msg = e["msg"]
        if e["type"] == "extra_forbidden":
            msg = "unknown field (misspelt?)"
        elif e["type"] == "missing":
            msg = "required field is missing"
        parts.append(f"field '{loc}': {msg}")
    return f"{path}: " + "; ".join(parts)


def parse(model: type[BaseModel], path: Path, data: dict[str, Any]) -> Any:
    try:
        return model.model_validate(data)
    except ValidationError as e:
        raise BenchError(format_validation_error(path, e)) from None


def load_task(path: Path) -> TaskSpec:
    task = parse(TaskSpec, path, load_yaml_with_includes(path))
    if task.name != Path(path).stem:
        raise BenchError(f"{path}: field 'name': is '{task.name}' but the file is named '{Path(path).name}'")
    return task


def load_submission(path: Path) -> Submission:
    sub = parse(Submission, path, load_yaml_with_includes(path))
    if sub.name != Path(path).stem:
        raise BenchError(f"{path}: field 'name': is '{sub.name}' but the file is named '{Path(path).name}'")
    return sub
