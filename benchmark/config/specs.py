"""Strict schemas for task specs and submission entries. Knows nothing of torch.

Every model forbids unknown keys, so a misspelt field is an error naming the file and the field.
YAML is read safely (spec_yaml.py): an entry is data, it can never run code.
"""
from __future__ import annotations

import hashlib
import json
import posixpath
import re
from pathlib import Path
from typing import Annotated, Any, Literal

from pydantic import AfterValidator, BaseModel, ConfigDict, Field, ValidationError, model_validator

from ..errors import BenchError
from .spec_yaml import load_yaml_with_includes

NAME_PATTERN = re.compile(r"^[A-Za-z0-9][A-Za-z0-9_.+-]{0,127}$")


def safe_name(v: str) -> str:
    """`v` when it is a safe name (a file name on every system, a board row), else a ValueError saying why."""
    if not NAME_PATTERN.match(v) or ".." in v:
        raise ValueError(f"'{v}' is not a safe name: letters, digits and . _ + - only, starting with a letter or "
                         f"digit, at most 128 characters, no '..' and no path separators")
    return v


def _relative_inside(v: str) -> str:
    """A relative path that stays inside the folder it is relative to."""
    norm = posixpath.normpath(v.replace("\\", "/"))
    if not v or v.startswith(("/", "~")) or re.match(r"^[A-Za-z]:", v) or norm == ".." or norm.startswith("../"):
        raise ValueError(f"'{v}' must be a path relative to the data root that stays inside it")
    return v


def _unique(v: list) -> list:
    if len(set(v)) != len(v):
        raise ValueError(f"{v} repeats a value")
    return v


Name = Annotated[str, AfterValidator(safe_name)]
Seed = Annotated[int, Field(ge=0, le=2 ** 32 - 1)]


class Strict(BaseModel):
    model_config = ConfigDict(extra="forbid", frozen=True, allow_inf_nan=False)


class DatasetSpec(Strict):
    name: Name
    manifest: Annotated[str, AfterValidator(_relative_inside)] = Field(
        description="JSONL manifest, relative to the data root")
    builtin: str | None = Field(None, description="generator that renders the data when it is missing")


class ClipSpec(Strict):
    seconds: float | None = Field(None, gt=0, le=3600,
                                  description="crop/pad every clip to this length; none keeps it whole")
    crop: Literal["start", "center"] = "center"


class GridSpec(Strict):
    lr: Annotated[list[Annotated[float, Field(gt=0, le=10)]], AfterValidator(_unique)] = Field(
        min_length=1, max_length=64)
    weight_decay: Annotated[list[Annotated[float, Field(ge=0, le=100)]], AfterValidator(_unique)] = Field(
        default=[0.0], min_length=1, max_length=64,
        description="AdamW's decoupled weight decay (shrinks the weights each step by lr x weight_decay)")
    l2: Annotated[list[Annotated[float, Field(ge=0, le=1e6)]], AfterValidator(_unique)] = Field(
        default=[0.0], min_length=1, max_length=64,
        description="an L2 penalty in each head's loss: mean training loss + l2/2 x the sum of its squared weights "
                    "(biases and weighted-sum layer weights excluded). scikit-learn's LogisticRegression(C) "
                    "minimises the same objective at l2 = 1 / (C x training clips)")

    def points(self) -> list[dict[str, float]]:
        """Every grid point: lr x weight_decay (x l2, a key present only when the grid sets it)."""
        l2 = [] if self.l2 == [0.0] else self.l2
        return [{"lr": lr, "weight_decay": wd, **({"l2": p} if l2 else {})}
                for lr in self.lr for wd in self.weight_decay for p in (l2 or [0.0])]

    def hash_dump(self) -> dict[str, Any]:
        """model_dump() without l2 at its default, so that no hash made before the field existed changes."""
        d = self.model_dump()
        if self.l2 == [0.0]:
            del d["l2"]
        return d


class FewShotSpec(Strict):
    """MAEB's few-shot setting: a logistic regression on `shots` training clips of each class, drawn `draws` times
    (the mean and spread over the draws are reported)."""
    shots: int = Field(gt=0, le=10_000)
    draws: int = Field(gt=0, le=1000)


class ProtocolSpec(Strict):
    pooling: Literal["mean", "frames"] = "mean"  # frames: one prediction per frame (beats, chords)
    # linear, mlp: trained heads (probes.py); knn: cosine nearest neighbours among the training clips, k chosen on
    # validation; centroid: the nearest class mean (cosine). knn and centroid train nothing (probing/peers.py)
    probe: Literal["linear", "mlp", "knn", "centroid"] = "mlp"
    hidden: int = Field(512, gt=0, le=65536)
    dropout: float = Field(0.2, ge=0, lt=1)
    grid: GridSpec
    epochs: int = Field(gt=0, le=100_000)
    batch_size: int = Field(64, gt=0, le=1_000_000)
    patience: int = Field(10, gt=0, le=100_000)
    seeds: Annotated[list[Seed], AfterValidator(_unique)] = Field(min_length=1, max_length=100)
    weighted_sum: bool = True
    # crossfit: the grid point and the layer are chosen on validation predictions that no stopping choice has
    # seen (each half of the split predicted by the heads stopped on the other half); stopping: on the best score
    # of the split the heads were stopped on (optimistic for noisy heads: the protocol before this field)
    selection: Literal["crossfit", "stopping"] = "crossfit"
    # clip-level: at least this many minibatches an epoch (passes over the training clips repeat, each in a new
    # order): on a few hundred clips one pass is 4-5 steps, and heads at lr 1e-4 were still rising after 400
    # epochs. Frame-level epochs are set by their frames (frame_probes). None: one pass an epoch
    epoch_steps: int | None = Field(None, gt=0, le=100_000)
    # false: no early stopping; every head is taken after the whole schedule (a linear + l2 probe then reaches
    # scikit-learn's optimum, the regulariser being l2 alone). Left out of the hashes at its default, true
    early_stopping: bool = True
    # what restarts a head's patience (stopping.Stopper): a rise of its validation primary score, or a tie at a
    # lower validation loss ("score_or_loss", the rule before this field), or that tie only while the score is
    # below the metric's best value ("score_or_loss_unsaturated"), or a rise alone ("score", under which a head
    # out of patience also stops for good). A tie at a lower loss always replaces the kept parameters. Under
    # score_or_loss a saturated score whose loss kept falling ran every head to the cap (logmel on synth-pitch:
    # no score rose after epoch 20 of 400, and all 400 ran). "score" stops each head on its own first plateau:
    # on 60-80 validation clips the slow heads' scores rise again after long ones (mfcc's lr 1e-4 heads on
    # synth-interval peaked at epochs 2-9 under it, at 148-244 before; madmom-key's layer 6: 0.884 -> 0.803).
    # Left out of the hashes at its default, score_or_loss
    patience_on: Literal["score", "score_or_loss", "score_or_loss_unsaturated"] = "score_or_loss"
    # frame-level linear probes only. adam: minibatches of frames, early-stopped on the validation event metric
    # (the rule before this field, left out of the hashes at its default). lbfgs: each layer's head (and the
    # weighted sum's) fitted on every training frame at once by L-BFGS until its gradient vanishes or `epochs`
    # iterations have run, one head per `grid.l2` (lr is the line search's first step): a converged optimum,
    # the same with any seed, so `seeds` holds one, and no validation score is computed until it ends
    solver: Literal["adam", "lbfgs"] = "adam"
    # clip-level trained heads only. rank: a layer wider than its training clips' rank is rotated onto their
    # principal axes and cut to that rank (probes.reduce_to_rank): the training clips keep every inner product
    # (up to one scale), a layer no wider keeps its features, and a head costs sum(min(width, rank)) instead of
    # sum(width) (VGG's 11,826 values on 240-360 clips). Left out of the hashes at its default, none
    reduce: Literal["none", "rank"] = "none"
    # few-shot: logistic regression on `shots` training clips a class, `draws` times (probing/peers.py); with
    # probe: linear. Left out of the hashes when not set
    fewshot: FewShotSpec | None = None

    @model_validator(mode="after")
    def _solver_fits(self) -> "ProtocolSpec":
        if self.solver == "lbfgs":
            checks = [(self.pooling != "frames", "pooling", self.pooling, "'frames'"),
                      (self.probe != "linear", "probe", self.probe, "'linear'"),
                      (len(self.seeds) != 1, "seeds", self.seeds, "one seed: the fit is deterministic"),
                      (self.grid.weight_decay != [0.0], "grid.weight_decay", self.grid.weight_decay,
                       "[0.0]: the penalty is grid.l2")]
            wrong = [f"{k}: {v!r} (lbfgs needs {need})" for bad, k, v, need in checks if bad]
            if wrong:
                raise ValueError("solver: lbfgs does not fit " + "; ".join(wrong))
        if (self.probe in ("knn", "centroid") or self.fewshot) and (self.pooling != "mean" or self.weighted_sum):
            what = f"probe: {self.probe}" if self.probe in ("knn", "centroid") else "fewshot"
            raise ValueError(f"{what} reads pooled features layer by layer: it needs pooling: mean and "
                             f"weighted_sum: false (got pooling: {self.pooling}, weighted_sum: {self.weighted_sum})")
        if self.fewshot and self.probe != "linear":
            raise ValueError(f"fewshot fits a logistic regression: it needs probe: linear, not '{self.probe}'")
        return self

    @property
    def trained(self) -> bool:
        """Whether heads are trained epoch by epoch (and have a convergence record)."""
        return self.probe in ("linear", "mlp") and self.fewshot is None

    def hash_dump(self) -> dict[str, Any]:
        """model_dump() with the grid's hash form and without early_stopping, patience_on, solver and reduce at
        their defaults, nor patience_on and reduce where nothing reads them (a protocol that trains no heads by
        epochs, or the frame-level solver lbfgs; reduce on frames), so that a base file setting them for the
        clip-level heads leaves the other tasks' hashes, and their results, as they are."""
        d = {**self.model_dump(), "grid": self.grid.hash_dump()}
        epochwise = self.trained and self.solver == "adam"
        if self.early_stopping:
            del d["early_stopping"]
        if self.patience_on == "score_or_loss" or not epochwise:
            del d["patience_on"]
        if self.solver == "adam":
            del d["solver"]
        if self.reduce == "none" or not epochwise or self.pooling == "frames":
            del d["reduce"]
        if self.fewshot is None:
            del d["fewshot"]
        return d


TARGETS = ("multiclass", "multilabel", "regression", "key", "beats", "chords")
FRAME_TARGETS = ("beats", "chords")
DECODER_OF = {"beats": "peaks", "chords": "segments"}  # the default decoder of each target
DECODERS_OF = {"beats": ("peaks", "dbn"), "chords": ("segments",)}  # the decoders each target may name
DECODER_OPTIONS = {"peaks": ("threshold", "min_distance"), "segments": (),  # grids in benchmark.events
                   "dbn": ("min_bpm", "max_bpm", "transition_lambda", "observation_lambda")}


class DecoderSpec(Strict):
    """How per-frame activations become events; each option is a list of candidates, chosen on validation."""
    name: Literal["peaks", "segments", "dbn"]
    options: dict[str, Annotated[list[Annotated[float, Field(ge=0, le=1000)]], Field(min_length=1, max_length=64)]] = {}
FAMILIES = ("acoustic", "harmonic", "rhythmic", "semantic")


class PublishedScore(Strict):
    """A number from the literature shown beside ours, never ranked: on the task's test set, in the units our
    metric reports (accuracy 0.856, not 85.6)."""
    model: str = Field(min_length=1, max_length=200, description="the model as the source names it")
    submission: Name | None = Field(None, description="our entry for the same weights, to show the difference")
    score: float
    metric: str
    source: str = Field(min_length=1, max_length=1000, description="citation: paper, table, and how it was checked")


class TaskSpec(Strict):
    name: Name
    version: int = Field(ge=1, le=1_000_000, strict=True)  # `version: true` is not version 1
    description: str = ""
    suite: list[Name] = []
    family: Literal[FAMILIES] | None = None  # type: ignore[valid-type]
    dataset: DatasetSpec
    target: Literal[TARGETS]  # type: ignore[valid-type]
    labels: list[str] | None = Field(None, min_length=1)
    clip: ClipSpec = ClipSpec()
    frame_rate: float | None = Field(None, gt=0, le=1000, description="frames per second of frame-level labels")
    decoder: DecoderSpec | None = None
    metrics: list[str] = Field(min_length=1)
    primary: str
    protocol: ProtocolSpec
    published: list[PublishedScore] = []  # not part of the spec hash: a citation added changes no result

    @model_validator(mode="after")
    def _check_frames(self) -> "TaskSpec":
        framed = self.target in FRAME_TARGETS
        if framed and (self.frame_rate is None or self.protocol.pooling != "frames"):
            raise ValueError(f"target '{self.target}' is frame-level: it needs 'frame_rate' (Hz) and "
                             "'protocol.pooling: frames'")
        if not framed and (self.frame_rate is not None or self.decoder is not None
                           or self.protocol.pooling == "frames"):
            raise ValueError(f"'frame_rate', 'decoder' and 'protocol.pooling: frames' are for the frame-level "
                             f"targets {', '.join(FRAME_TARGETS)}, not '{self.target}'")
        if framed and self.decoder is not None:
            if self.decoder.name not in DECODERS_OF[self.target]:
                raise ValueError(f"'decoder.name': target '{self.target}' is decoded by "
                                 f"{' or '.join(repr(d) for d in DECODERS_OF[self.target])}")
            unknown = set(self.decoder.options) - set(DECODER_OPTIONS[self.decoder.name])
            if unknown:
                raise ValueError(f"'decoder.options': '{sorted(unknown)[0]}' is not an option of "
                                 f"'{self.decoder.name}' (options: {', '.join(DECODER_OPTIONS[self.decoder.name]) or 'none'})")
        return self

    def decoder_spec(self) -> "DecoderSpec | None":
        if self.target not in FRAME_TARGETS:
            return None
        return self.decoder or DecoderSpec(name=DECODER_OF[self.target])

    @model_validator(mode="after")
    def _check_peers(self) -> "TaskSpec":
        p = self.protocol
        if (p.probe in ("knn", "centroid") or p.fewshot) and self.target not in ("multiclass", "key"):
            what = f"probe: {p.probe}" if p.fewshot is None else "fewshot"
            raise ValueError(f"'protocol': {what} classifies clips: it applies to targets multiclass and key, not "
                             f"'{self.target}'")
        return self

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
        for i, pub in enumerate(self.published):
            if pub.metric not in self.metrics:
                raise ValueError(f"'published.{i}.metric': '{pub.metric}' is not one of 'metrics' {self.metrics}")
            m = METRICS[pub.metric]
            if not m.low <= pub.score <= m.high:
                raise ValueError(f"'published.{i}.score': {pub.score} is outside {pub.metric}'s range "
                                 f"[{m.low:g}, {m.high:g}] (in the units our metric reports: 0.856, not 85.6)")
        if self.labels is not None and len(set(self.labels)) != len(self.labels):
            twice = sorted({x for x in self.labels if self.labels.count(x) > 1})
            raise ValueError(f"'labels': {', '.join(repr(x) for x in twice)} listed more than once")
        return self

    def protocol_dict(self) -> dict[str, Any]:
        """What defines comparability: results with different protocol hashes are never ranked together."""
        out = {"protocol": self.protocol.hash_dump(),
               "clip": self.clip.model_dump(),
               "target": self.target, "primary": self.primary}
        if self.target in FRAME_TARGETS:  # absent otherwise, so the hashes of clip-level tasks do not change
            out.update(frame_rate=self.frame_rate, decoder=self.decoder_spec().model_dump())
        return out

    @property
    def protocol_hash(self) -> str:
        return digest(self.protocol_dict())

    @property
    def spec_hash(self) -> str:
        d = self.model_dump()
        del d["published"]  # citations beside the results, not what makes them
        d["protocol"] = self.protocol.hash_dump()
        for k in ("frame_rate", "decoder"):  # fields of frame-level tasks: absent from the others' hashes
            if d[k] is None:
                del d[k]
        return digest(d)


class Expected(Strict):
    """What an entry declares about its encoder, shown when the weights are not here and checked when they are."""
    params: int | None = Field(None, ge=0, le=10 ** 13)
    sample_rate: int | None = Field(None, gt=0, le=10 ** 6)
    num_layers: int | None = Field(None, gt=0, le=10_000)
    frame_rate: float | None = Field(None, gt=0, le=10 ** 6)


class Submission(Strict):
    name: Name
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
    except ValueError as e:  # a validator's own check that pydantic did not wrap
        raise BenchError(f"{path}: {e}") from None


def load_task(path: Path, include_dirs: list[Path] | tuple[Path, ...] = ()) -> TaskSpec:
    task = parse(TaskSpec, path, load_yaml_with_includes(path, include_dirs=include_dirs))
    if task.name != Path(path).stem:
        raise BenchError(f"{path}: field 'name': is '{task.name}' but the file is named '{Path(path).name}'")
    return task


def load_submission(path: Path) -> Submission:
    sub = parse(Submission, path, load_yaml_with_includes(path))
    if sub.name != Path(path).stem:
        raise BenchError(f"{path}: field 'name': is '{sub.name}' but the file is named '{Path(path).name}'")
    return sub
