"""`bench run` for one (model, task): data -> cached layer-wise features -> probes -> result file."""
from __future__ import annotations

import dataclasses
import time
from dataclasses import dataclass
from datetime import datetime, timezone
from pathlib import Path
from typing import Any

import numpy as np
import torch

from .. import cpus, results
from ..extract import entries, features
from ..probing import probes, stopping
from ..data import builtin
from ..data.manifest import SPLITS, Clip, clip_ids, data_root, dataset_hash, load_manifest
from ..encoders.base import BuildContext
from ..config.metrics import METRICS
from ..probing.significance import method as significance_method
from ..probing.significance import paired_bootstrap
from ..errors import BenchError
from ..config.specs import Submission, TaskSpec, digest
from .kinds import ClipLevel, kind_of


@dataclass
class RunOptions:
    layers: str = "all"
    device: str = "auto"
    dtype: str = "float32"
    batch_size: int | None = None  # clips per forward pass; None: as many as fit batch_memory_gib
    batch_memory_gib: float = 2.0
    out: Path = Path("leaderboard")
    data_root: str | None = None
    checkpoint: str | None = None
    trust_remote_code: bool = False
    on_bad_audio: str = "fail"  # or "skip": leave bad clips out, listed in the result file
    verify_cache: bool = True  # check a cached entry's checksum before reading it
    command: tuple[str, ...] = ()
    name: str | None = None  # the model's name on the board (default: see entries.run_name)
    quick: bool = False  # one seed, a short schedule: a smoke test, never ranked
    overwrite: bool = False  # redo a task whose result file is up to date
    threads: int | None = None  # torch threads; None: the cores this process may use (benchmark.cpus)
    decode_workers: int | None = None  # threads decoding audio ahead of the encoder; None: from the cores, 0: none
    encoder: Any = None  # an encoder built in Python (the API), used instead of building the entry's
    identity: dict[str, Any] | None = None  # its identity (the cache key's half), when `encoder` is given
    executor: Any = None  # distributed.RayExecutor: extract on a Ray cluster (None: here)


def identity(sub: Submission, opts: RunOptions) -> dict[str, Any]:
    return opts.identity or entries.encoder_identity(sub, opts.checkpoint)


QUICK = {"seeds": 1, "epochs": 20, "patience": 5}  # what --quick keeps of a protocol


def quick_task(task: TaskSpec) -> TaskSpec:
    """The task under the --quick schedule: its first seed, at most 20 epochs, patience at most 5."""
    p = task.protocol
    proto = p.model_copy(update={"seeds": p.seeds[:QUICK["seeds"]], "epochs": min(p.epochs, QUICK["epochs"]),
                                 "patience": min(p.patience, QUICK["patience"])})
    return task.model_copy(update={"protocol": proto})


def result_path(sub: Submission, task: TaskSpec, opts: RunOptions) -> Path:
    """<out>/results/<name>/<task>.json; a --quick run's under <out>/quick/ (never read by the board)."""
    name = entries.run_name(sub, opts.checkpoint, identity(sub, opts), opts.name)
    if opts.quick:
        return Path(opts.out) / "quick" / name / f"{task.name}.json"
    return results.result_path(opts.out, name, task.name)


def up_to_date(sub: Submission, task: TaskSpec, opts: RunOptions) -> dict[str, Any] | None:
    """The existing result file's content when it was made by the same encoder identity (weights), protocol,
    task spec and version, data, layer set and dtype as this run would use, and passes the audit; else None."""
    from ..results.audit import consistency_errors

    path = result_path(sub, task, opts)
    if opts.overwrite or not path.is_file():
        return None
    old, problem = results.read(path)
    if problem or consistency_errors(old):
        return None
    t = quick_task(task) if opts.quick else task
    manifest = data_root(opts.data_root) / task.dataset.manifest
    if not manifest.is_file():
        return None
    want = {"identity": digest(identity(sub, opts)), "protocol": t.protocol_hash,
            "spec": t.spec_hash, "version": task.version, "layers": opts.layers, "dtype": opts.dtype,
            "data": dataset_hash(manifest, load_manifest(manifest))}
    have = {"identity": old["model"].get("identity"), "protocol": old["protocol"]["hash"],
            "spec": old["task"]["spec_hash"], "version": old["task"]["version"],
            "layers": old["runtime"].get("layers"), "dtype": old["runtime"].get("dtype"),
            "data": old["task"]["data_hash"]}
    return old if want == have else None


def _scores(entry: dict[str, Any]) -> dict[str, Any]:
    return {k: entry[k] for k in ("valid", "test", "test_std")}


def layer_importance(layers: list[dict[str, Any]], best: dict[str, Any], ws: dict[str, Any] | None, primary: str,
                     higher_is_better: bool) -> dict[str, Any]:
    """How much each layer matters for the task: its score relative to the best layer (chosen on valid), as a
    difference (negative = worse, whatever the metric's direction) and a ratio, with the weighted-sum
    probe's softmax weights beside them."""
    sign = 1.0 if higher_is_better else -1.0

    def rel(split: str) -> tuple[list[float], list[float | None]]:
        ref = best[split][primary]
        deltas = [sign * (e[split][primary] - ref) for e in layers]
        ratios = [e[split][primary] / ref if ref else None for e in layers]
        return deltas, ratios

    (vd, vr), (td, tr) = rel("valid"), rel("test")
    return {"layers": [e["layer"] for e in layers], "best_layer": best["layer"], "valid_delta": vd,
            "valid_ratio": vr, "test_delta": td, "test_ratio": tr,
            "weights": ws["layer_weights"] if ws else None}


@dataclass
class Prepared:
    """A task's data and one model's cached layer-wise features for it."""
    clips: list[Clip]
    y: np.ndarray
    classes: list[str]
    idx: dict[str, np.ndarray]  # clip indices per split (skipped clips left out)
    fs: features.FeatureSet
    data_hash: str
    device: Any
    extract_s: float
    ctx: BuildContext
    identity: dict[str, Any]
    annotations: list[Any] | None = None  # frame-level: each clip's reference events


def prepare(sub: Submission, task: TaskSpec, opts: RunOptions, kind: ClipLevel | None = None) -> Prepared:
    """Data (rendered if built-in and missing), targets, and the features from the cache (extracted on a miss),
    as the task's kind (kinds.kind_of) or the `kind` given asks: pooled with a label per clip, or every frame at
    the task's frame rate with each clip's reference events (kinds.Unlabelled: pooled, no targets)."""
    kind = kind or kind_of(task)
    root = data_root(opts.data_root)
    manifest = builtin.ensure(task, root)
    clips = load_manifest(manifest)
    y, classes, annotations = kind.targets(task, clips)
    data_hash = dataset_hash(manifest, clips)
    ids = clip_ids(manifest, clips)
    device = features.resolve_device(opts.device)
    ctx = BuildContext(device=device, checkpoint=opts.checkpoint, trust_remote_code=opts.trust_remote_code)
    ident = identity(sub, opts)

    if opts.executor is not None and opts.encoder is not None:
        raise BenchError("--executor ray extracts with a registered entry's encoder, which each worker builds; an "
                         "encoder built in Python cannot be sent to the workers")

    def build():
        if opts.encoder is not None:
            return opts.encoder
        if opts.executor is not None:  # on a Ray worker: its own device (a GPU when it was given one)
            return entries.build_encoder(sub, dataclasses.replace(ctx, device=features.resolve_device(opts.device)))
        return entries.build_encoder(sub, ctx)

    t0 = time.perf_counter()
    workers = opts.decode_workers if opts.decode_workers is not None else cpus.decode_workers(
        torch.get_num_threads())
    if kind.per_frame:
        from ..extract.frames import extract_frames

        fs = extract_frames(clips, task.clip, ident, ids, build, task.frame_rate, opts.layers, opts.dtype,
                            opts.on_bad_audio, opts.verify_cache, workers, opts.executor)
    else:
        fs = features.extract(clips, task.clip, ident, ids, build, opts.layers, opts.dtype, opts.batch_size,
                              opts.on_bad_audio, opts.verify_cache, opts.batch_memory_gib, workers, opts.executor)
    idx = {s: np.array([i for i, c in enumerate(clips) if c.split == s and i not in fs.skipped], dtype=np.int64)
           for s in SPLITS}
    empty = [s for s in SPLITS if not len(idx[s])]
    if empty:
        raise BenchError(f"{manifest}: every clip of split '{empty[0]}' was skipped as bad audio; nothing to "
                         f"{'train on' if empty[0] == 'train' else 'evaluate'}")
    return Prepared(clips, y, classes, idx, fs, data_hash, device, time.perf_counter() - t0, ctx, ident, annotations)


def run_task(sub: Submission, task: TaskSpec, opts: RunOptions, result: dict[str, Any] | None = None,
             **runtime: Any) -> dict[str, Any]:
    """The one place an (entry, task) becomes its result file: the result computed here (compute) unless it is
    given (the Ray fan-out computes it in a worker), `runtime` merged into its runtime record, written
    atomically where the board reads it."""
    result = compute(sub, task, opts) if result is None else result
    result["runtime"].update(runtime)
    results.write(result, result_path(sub, task, opts))
    return result


def compute(sub: Submission, task: TaskSpec, opts: RunOptions) -> dict[str, Any]:
    """The result of one (model, task), not yet written (`bench verify` compares it with a file)."""
    if opts.quick:
        task = quick_task(task)
    kind = kind_of(task)
    p = prepare(sub, task, opts, kind)
    t0 = time.perf_counter()
    heads, per_layer, ws = kind.fit(p, task)
    return result_doc(sub, task, opts, p, [per_layer[i] for i in p.fs.layers], heads, per_layer, ws,
                      {"extract_s": round(p.extract_s, 3), "probe_s": round(time.perf_counter() - t0, 3)})


def peak_rss_mb() -> int | None:
    """This process's peak resident memory so far, in MiB (after the probes: the run's peak)."""
    try:
        import resource
    except ImportError:  # not Unix
        return None
    return resource.getrusage(resource.RUSAGE_SELF).ru_maxrss // 1024


def result_doc(sub: Submission, task: TaskSpec, opts: RunOptions, p: Prepared, layers: list[dict[str, Any]],
               heads: list[probes.HeadResult], per_layer: dict[int, dict[str, Any]], ws: dict[str, Any] | None,
               runtime: dict[str, Any]) -> dict[str, Any]:
    """The standard result of one (model, task) from the summarised layers (shared with fine-tuning)."""
    metric = METRICS[task.primary]
    best = results.best_layer(layers, task.primary, metric.higher_is_better)
    last = layers[-1]
    preds = probes.chosen_test_scores(heads, per_layer)
    y_test = p.y[p.idx["test"]]
    metric = kind_of(task).bootstrap_metric(metric)
    conv = (stopping.convergence(heads, task.protocol.grid.points(), task.protocol.epochs, best["layer"], per_layer)
            if task.protocol.trained else None)  # knn, centroid and few-shot train nothing
    sig = paired_bootstrap(metric, y_test, {e["layer"]: preds[e["layer"]] for e in layers}, best["layer"], p.classes)
    for entry in layers:
        entry["significance"] = sig[entry["layer"]]
    return {
        "schema_version": results.SCHEMA_VERSION,
        "model": {"name": entries.run_name(sub, opts.checkpoint, p.identity, opts.name), "entry": sub.name,
                  "adapter": sub.adapter, "checkpoint": opts.checkpoint or sub.checkpoint, "revision": sub.revision,
                  "weights_sha256": p.identity.get("weights_sha256"), "identity": digest(p.identity),
                  **p.fs.encoder},
        "task": {"name": task.name, "version": task.version, "spec_hash": task.spec_hash, "data_hash": p.data_hash,
                 "dataset": task.dataset.name, "target": task.target, "family": task.family,
                 "classes": p.classes, "clips": {s: int(len(p.idx[s])) for s in SPLITS}},
        "skipped_clips": {"count": len(p.fs.skipped), "policy": opts.on_bad_audio,
                          "clips": [p.fs.skipped[i] for i in sorted(p.fs.skipped)]},
        "protocol": {"hash": task.protocol_hash, **task.protocol_dict()},
        "primary_metric": task.primary,
        "higher_is_better": metric.higher_is_better,
        "metrics": task.metrics,
        "layers": layers,
        "selected": {"layer": best["layer"], "by": "valid", **_scores(best)},
        "last_layer": {"layer": last["layer"], **_scores(last)},
        "weighted_sum": ws,
        "layer_importance": layer_importance(layers, best, ws, task.primary, metric.higher_is_better),
        **({"convergence": conv} if conv is not None else {}),
        "significance": significance_method(),
        "quick": ({**QUICK, "note": "a --quick smoke test (one seed, a short schedule): never ranked"}
                  if opts.quick else None),
        "runtime": {**runtime, "peak_rss_mb": peak_rss_mb(), "device": str(p.device), "dtype": opts.dtype,
                    "batch_size": p.fs.batch_size,
                    "layers": opts.layers,
                    "feature_cache": p.fs.key, "features_cached": p.fs.cached},
        "env": results.environment(),
        "created": datetime.now(timezone.utc).isoformat(timespec="seconds"),
        "command": list(opts.command),
    }
