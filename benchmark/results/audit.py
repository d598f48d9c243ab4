"""Result files are checked, not trusted: what `bench validate --results` and the leaderboard hold every file to.

A file is refused, with every reason, when it fails the schema, when its numbers contradict each other (a score
outside its metric's range, a `selected` layer that is not the validation argmax, a `last_layer` that is not the
last entry, a protocol hash that its own recorded protocol does not give), when it was made under another task
version or spec than the current one, when its data hash differs from the task's data where that data is on this
machine, or when other files of the same task were made on other data (the minority is refused). Reads result
files, specs and manifests only: no torch.
"""
from __future__ import annotations

import math
from dataclasses import dataclass, field
from pathlib import Path
from typing import Any

from .. import results
from ..errors import BenchError
from ..config.metrics import METRICS
from ..config.specs import TaskSpec, digest

REL_TOL = 1e-9  # numbers that must be equal are compared as written to JSON


@dataclass
class Audit:
    ok: dict[Path, dict[str, Any]] = field(default_factory=dict)  # path -> result that passed every check
    problems: dict[Path, list[str]] = field(default_factory=dict)  # path -> every reason it was refused
    marks: dict[Path, dict[str, Any]] = field(default_factory=dict)  # path -> its verification mark (results.mark)

    def lines(self) -> list[str]:
        return [f"{path}: {'; '.join(why)}" for path, why in sorted(self.problems.items())]


def _finite(v: Any) -> bool:
    return isinstance(v, (int, float)) and not isinstance(v, bool) and math.isfinite(v)


def _same(a: Any, b: Any) -> bool:
    if _finite(a) and _finite(b):
        return math.isclose(a, b, rel_tol=REL_TOL, abs_tol=1e-12)
    return a == b or (a is None and b is None)


def _score_errors(where: str, scores: dict[str, Any], primary: str, std: bool = False) -> list[str]:
    out = []
    for name, v in scores.items():
        m = METRICS.get(name)
        if m is None:
            out.append(f"field '{where}.{name}': unknown metric")
            continue
        if v is None or (isinstance(v, float) and math.isnan(v)):
            if name == primary:
                out.append(f"field '{where}.{name}': the primary metric has no value")
            continue
        if not _finite(v):
            out.append(f"field '{where}.{name}': {v!r} is not a finite number")
        elif std and not 0 <= v <= (m.high - m.low if math.isfinite(m.low) else math.inf):
            out.append(f"field '{where}.{name}': a spread of {v} is impossible for {name}")
        elif not std and not m.low <= v <= m.high:
            out.append(f"field '{where}.{name}': {v} is outside the range of {name} [{m.low:g}, {m.high:g}]")
    return out


def convergence_errors(res: dict[str, Any]) -> list[str]:
    """The convergence record against its own best epochs (stopping.convergence_record): counts, share, flag."""
    conv = res.get("convergence")
    if not conv:
        return []
    from ..probing.stopping import convergence_record

    flat = [e for rows in conv["best_epochs"].values() for r in rows for e in r]
    if any(e > conv["cap"] for e in flat):
        return [f"field 'convergence.best_epochs': a best epoch past the cap {conv['cap']}"]
    entry = next((e for e in res["layers"] if e["layer"] == res["selected"]["layer"]), {"hparams": {}})
    grid = conv.get("grid") or [{}]
    chosen = {k: entry["hparams"].get(k) for k in grid[0]}
    want = convergence_record(conv["best_epochs"], grid, conv["cap"], res["selected"]["layer"], chosen)
    return [f"field 'convergence.{k}': is {conv.get(k)}, its best epochs give {want[k]}"
            for k in ("heads", "late", "late_share", "selected_late", "flagged") if conv.get(k) != want[k]]


def not_converged(res: dict[str, Any]) -> str | None:
    """Why a result's probe may not have converged (its convergence record is flagged), else None."""
    conv = res.get("convergence")
    if not conv or not conv["flagged"]:
        return None
    return (f"{conv['late']} of {conv['heads']} heads ({conv['late_share']:.0%}) and {conv['selected_late']} of the "
            f"selected layer's {conv.get('selected_heads', '?')} peaked in the last tenth of the {conv['cap']}-epoch "
            f"schedule")


def consistency_errors(res: dict[str, Any]) -> list[str]:
    """What contradicts itself inside one schema-valid result file."""
    out: list[str] = []
    p = res["primary_metric"]
    metric = METRICS.get(p)
    if metric is None:
        return [f"field 'primary_metric': unknown metric '{p}'"]
    if res["higher_is_better"] != metric.higher_is_better:
        out.append(f"field 'higher_is_better': {p} is {'higher' if metric.higher_is_better else 'lower'}-is-better")
    if p not in res["metrics"]:
        out.append(f"field 'primary_metric': '{p}' is not one of 'metrics'")
    proto = res["protocol"]
    recorded = {k: proto[k] for k in ("protocol", "clip", "target", "primary", "frame_rate", "decoder") if k in proto}
    if digest(recorded) != proto["hash"]:
        out.append("field 'protocol.hash': does not match the protocol recorded in the file")
    if proto["primary"] != p:
        out.append(f"field 'protocol.primary': '{proto['primary']}' but the primary metric is '{p}'")
    if "target" in res["task"] and res["task"]["target"] != proto["target"]:
        out.append("field 'task.target': differs from 'protocol.target'")

    out += convergence_errors(res)
    layers = res["layers"]
    ids = [e["layer"] for e in layers]
    if ids != sorted(set(ids)):
        out.append(f"field 'layers': layer numbers {ids} are not increasing and distinct")
    if ids and max(ids) >= res["model"]["num_layers"]:
        out.append(f"field 'layers': layer {max(ids)} but the model has {res['model']['num_layers']} layers")
    for i, e in enumerate(layers):
        for split in ("valid", "test"):
            out += _score_errors(f"layers.{i}.{split}", e[split], p)
        out += _score_errors(f"layers.{i}.test_std", e["test_std"], p, std=True)
        if p not in e["valid"] or p not in e["test"]:
            out.append(f"field 'layers.{i}': no {p} score")
    for block in ("selected", "last_layer", "weighted_sum"):
        entry = res.get(block)
        if entry:
            for split in ("valid", "test"):
                out += _score_errors(f"{block}.{split}", entry[split], p)
            out += _score_errors(f"{block}.test_std", entry["test_std"], p, std=True)
    if out:
        return out

    sign = 1 if metric.higher_is_better else -1
    best = results.best_layer(layers, p, metric.higher_is_better)
    sel = res["selected"]
    if sel["layer"] != best["layer"]:
        out.append(f"field 'selected.layer': is {sel['layer']}, but the best validation {p} is layer "
                   f"{best['layer']}'s ({best['valid'][p]})")
    else:
        out += [f"field 'selected.{k}': differs from layer {best['layer']}'s" for k in ("valid", "test", "test_std")
                if not all(_same(sel[k].get(m), best[k].get(m)) for m in best[k])]
    last = res["last_layer"]
    if last["layer"] != layers[-1]["layer"]:
        out.append(f"field 'last_layer.layer': is {last['layer']}, but the last layer entry is {layers[-1]['layer']}")
    else:
        out += [f"field 'last_layer.{k}': differs from layer {last['layer']}'s" for k in ("valid", "test", "test_std")
                if not all(_same(last[k].get(m), layers[-1][k].get(m)) for m in layers[-1][k])]
    ws = res.get("weighted_sum")
    if ws:
        if ws["layers"] != ids:
            out.append("field 'weighted_sum.layers': differs from the probed layers")
        w = ws["layer_weights"]
        if len(w) != len(ids) or not math.isclose(sum(w), 1.0, abs_tol=1e-3):
            out.append("field 'weighted_sum.layer_weights': not one softmax weight per layer summing to 1")
    imp = res.get("layer_importance")
    if imp:
        if imp["best_layer"] != sel["layer"] or imp["layers"] != ids:
            out.append("field 'layer_importance': its best layer or layers differ from the file's")
        else:
            for split in ("valid", "test"):
                ref = best[split][p]
                want = [sign * (e[split][p] - ref) for e in layers]
                if not all(_same(a, b) for a, b in zip(imp[f"{split}_delta"], want)) or len(want) != len(
                        imp[f"{split}_delta"]):
                    out.append(f"field 'layer_importance.{split}_delta': does not follow from the layer scores")
    skipped = res.get("skipped_clips")
    if skipped and skipped["count"] != len(skipped["clips"]):
        out.append("field 'skipped_clips.count': differs from the clips listed")
    return out


def spec_errors(res: dict[str, Any], spec: TaskSpec) -> list[str]:
    out = []
    if res["task"]["version"] != spec.version:
        out.append(f"made under task version {res['task']['version']}; the current spec is version {spec.version}: "
                   "re-run it")
    if res["protocol"]["hash"] != spec.protocol_hash:
        out.append(f"made under protocol {res['protocol']['hash'][:12]}; the current spec's is "
                   f"{spec.protocol_hash[:12]}: re-run it")
    elif res["task"]["spec_hash"] != spec.spec_hash:
        out.append(f"made under spec {res['task']['spec_hash'][:12]}; the current spec's is {spec.spec_hash[:12]} "
                   "(same protocol: bump the task version if what it measures changed, else re-run it)")
    return out


def data_errors(res: dict[str, Any], spec: TaskSpec, root: Path, memo: dict[str, str]) -> list[str]:
    """The data hash against the task's data where that data is on this machine (nothing to say otherwise)."""
    from ..data.manifest import dataset_hash, load_manifest

    manifest = Path(root) / spec.dataset.manifest
    if not manifest.is_file():
        return []
    key = str(manifest)
    if key not in memo:
        try:
            memo[key] = dataset_hash(manifest, load_manifest(manifest))
        except (BenchError, OSError) as e:
            memo[key] = f"unreadable: {e}"
    have = memo[key]
    if have.startswith("unreadable"):
        return [f"the task's data at {manifest} is {have}"]
    if res["task"]["data_hash"] != have:
        return [f"field 'task.data_hash': {res['task']['data_hash'][:12]} is not the hash of the task's data at "
                f"{manifest} ({have[:12]})"]
    return []


def _kept_side(sides: list[Any], paths: list[Path], verified: set[Path]) -> Any:
    """The side (a value, a model name) of a dispute among `paths` that `bench verify` backs: the one side all
    the verified files hold, else None (no verified file, or verified files on two sides)."""
    sure = {side for side, p in zip(sides, paths) if p in verified}
    return next(iter(sure)) if len(sure) == 1 else None


def _disputes(ok: dict[Path, dict[str, Any]], group, value, what: str, advice: str,
              verified: set[Path] = frozenset()) -> dict[Path, str]:
    """Files of one group (a task, a model name) that disagree on a value (data hash, encoder identity): every
    file of that group is refused, naming the files on the other side, unless the `verified` files (re-derived by
    `bench verify` as they are) all hold one side, which is then kept. No majority and no hash order decides."""
    by: dict[str, list[Path]] = {}
    for path, res in ok.items():
        by.setdefault(group(res), []).append(path)
    out = {}
    for name, paths in by.items():
        if len({value(ok[p]) for p in paths}) < 2:
            continue
        kept = _kept_side([value(ok[p]) for p in paths], paths, verified)
        for p in paths:
            if kept is not None and value(ok[p]) == kept:
                continue  # the side `bench verify` re-derived is the genuine one
            others = sorted(str(q) for q in paths if value(ok[q]) != value(ok[p]))
            out[p] = f"{what} {str(value(ok[p]))[:12]} where {', '.join(others)} {advice}"
    return out


def mixed_data(ok: dict[Path, dict[str, Any]], verified: set[Path] = frozenset()) -> dict[Path, str]:
    """The files of a task made on different data: none is ranked (results of different data are never ranked
    together, and the board cannot tell which data is the task's)."""
    return _disputes(ok, lambda r: r["task"]["name"], lambda r: r["task"]["data_hash"], "made on data",
                     "other data: results of different data are never ranked together; check each file's data "
                     "with --data-root where the data is, and re-run the wrong ones", verified)


def mixed_weights(ok: dict[Path, dict[str, Any]], verified: set[Path] = frozenset()) -> dict[Path, str]:
    """The files of one model name made with different weights (encoder identities): none is ranked (a row is
    one set of weights, and the board cannot tell which is the entry's)."""
    return _disputes(ok, lambda r: r["model"]["name"], lambda r: r["model"].get("identity"), "made with encoder "
                     "identity", "used other weights: re-run the wrong ones, or give other weights their own --name",
                     verified)


def copies(ok: dict[Path, dict[str, Any]], verified: set[Path] = frozenset()) -> dict[Path, str]:
    """Files of one task under different model names with the same per-layer numbers (every layer's valid and
    test scores, seed spread, chosen hyperparameters and best epochs; unless every score sits at the metric's
    bound, where different encoders agree), or the same feature cache or encoder identity (the same encoder and
    weights under two names): one result under two names; neither is ranked."""
    seen: dict[tuple[str, str, str], list[Path]] = {}
    for path, res in ok.items():
        # with the heads' best epochs: a saturated task gives different weights the same scores, not the same
        # training histories
        numbers = digest([[e["valid"], e["test"], e["test_std"], e.get("hparams")] for e in res["layers"]])
        p, m = res["primary_metric"], METRICS.get(res["primary_metric"])
        saturated = m is not None and all(e[s].get(p) in (m.low, m.high) for e in res["layers"]
                                          for s in ("valid", "test"))
        keys = [] if saturated else [("per-layer numbers", numbers)]  # all at the metric's bound: no fingerprint
        if res.get("runtime", {}).get("feature_cache"):
            keys.append(("feature cache", res["runtime"]["feature_cache"]))
        if res["model"].get("identity"):
            keys.append(("encoder identity", res["model"]["identity"]))
        for what, key in keys:
            seen.setdefault((res["task"]["name"], what, key), []).append(path)
    out: dict[Path, str] = {}
    for (_, what, _), paths in seen.items():
        names = [ok[p]["model"]["name"] for p in paths]
        if len(set(names)) < 2:
            continue
        kept = _kept_side(names, paths, verified)
        for p, name in zip(paths, names):
            if kept is not None and name == kept:
                continue  # the name whose file `bench verify` re-derived is the genuine one
            others = sorted(str(q) for q in paths if q != p)
            out.setdefault(p, f"the same {what} as {', '.join(others)}: one result under two names is not ranked")
    return out


def audit(paths: list[Path], specs: dict[str, TaskSpec], data_root: Path | None,
          entries: set[str] | None = None) -> Audit:
    """Every check on every file: the schema and the path (results.read), its internal consistency, the
    current spec of its task, its entry (when `entries` are given), its data where present, and against the
    other files: their data, their weights, their numbers (copies)."""
    a = Audit()
    memo: dict[str, str] = {}
    for path in paths:
        res, problem = results.read(path)
        if problem:
            a.problems[path] = [problem.removeprefix(f"{path}: ")]
            continue
        why = consistency_errors(res)
        if res.get("quick"):
            why.insert(0, "a --quick smoke test (one seed, a short schedule): never ranked")
        entry = res["model"].get("entry") or path.parent.name
        if entries is not None and entry not in entries:
            why.append(f"field 'model.entry': '{entry}' has no entry in submissions/")
        spec = specs.get(res["task"]["name"])
        if spec is None:
            why.append(f"task '{res['task']['name']}' is not in tasks/")
        else:
            why += spec_errors(res, spec)
            if data_root is not None:
                why += data_errors(res, spec, data_root, memo)
        if why:
            a.problems[path] = why
        else:
            a.ok[path] = res
    a.marks = {p: m for p in a.ok if (m := results.mark(p)) is not None}
    for check in (mixed_data, mixed_weights, copies):
        for path, why in check(a.ok, set(a.marks)).items():
            del a.ok[path]
            a.problems[path] = [why]
    return a
