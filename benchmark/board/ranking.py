"""Leaderboard tables and ranks, built only from result files.

Honest by construction: a file that fails any check of `audit` (the schema, its own consistency, the current
spec, the task's data, the data of the task's other files) is reported with every reason and left out; a model
that misses tasks is listed but gets no overall rank among the complete ones; the score is always the test score
of the layer chosen on validation.
"""
from __future__ import annotations

from dataclasses import dataclass, field
from pathlib import Path
from typing import Any

import numpy as np

from ..results import audit
from ..config import registry
from ..errors import BenchError
from ..config.metrics import METRICS


@dataclass
class Board:
    tasks: dict[str, dict[str, Any]]  # task -> {version, protocol_hash, primary, higher_is_better, family}
    results: dict[str, dict[str, dict[str, Any]]]  # model -> task -> result
    problems: list[str] = field(default_factory=list)  # "path: why it was left out"
    verified: dict[str, dict[str, dict[str, Any]]] = field(default_factory=dict)  # model -> task -> mark


def load(results_dir: Path, data_root: Path | None = None, verified_only: bool = False) -> Board:
    """Read results/<model>/<task>.json, keeping only the files that pass every check of `audit` against the
    current specs (and the task's data, where it is on this machine), each with its verification mark (a
    `bench verify` record of these very bytes; see results.mark). `verified_only`: the unmarked files are left
    out too."""
    problems: list[str] = []
    specs = {}
    for name, path in registry.task_paths().items():
        try:
            spec = registry.load_task(path)
        except BenchError as e:
            problems.append(str(e))
            continue
        specs[name] = spec
    checked = audit.audit(sorted(Path(results_dir).glob("*/*.json")), specs, data_root,
                          set(registry.submission_paths()))
    problems += [f"{line}; skipped" for line in checked.lines()]
    found: dict[str, dict[str, dict[str, Any]]] = {}
    marks: dict[str, dict[str, dict[str, Any]]] = {}
    for path, res in sorted(checked.ok.items()):
        mark = checked.marks.get(path)
        if verified_only and mark is None:
            problems.append(f"{path}: not verified (no `bench verify` record of this file as it is); skipped "
                            "(--verified-only)")
            continue
        found.setdefault(path.parent.name, {})[path.stem] = res
        if mark is not None:
            marks.setdefault(path.parent.name, {})[path.stem] = mark
    ran = sorted({t for per in found.values() for t in per})
    tasks = {t: {"version": specs[t].version, "protocol_hash": specs[t].protocol_hash, "primary": specs[t].primary,
                 "higher_is_better": METRICS[specs[t].primary].higher_is_better, "family": specs[t].family,
                 "suite": specs[t].suite, "data_hash": next(iter(per[t] for per in found.values() if t in per))
                 ["task"]["data_hash"], "published": [p.model_dump() for p in specs[t].published]} for t in ran}
    return Board(tasks, found, problems, marks)


def published(board: Board, task: str) -> list[dict[str, Any]]:
    """The task's published figures (from its spec; never ranked), each with our test score of the same entry
    in the same metric and the difference (ours - published), where the board has that entry's result."""
    out = []
    for pub in board.tasks[task].get("published", []):
        res = board.results.get(pub["submission"] or "", {}).get(task)
        ours = None if res is None else res["selected"]["test"].get(pub["metric"])
        out.append({**pub, "ours": ours, "difference": None if ours is None else ours - pub["score"]})
    return out


def score(res: dict[str, Any], which: str = "selected") -> float | None:
    entry = res.get(which)
    if not entry:
        return None
    return entry["test"][res["primary_metric"]]


def task_table(board: Board, task: str) -> list[dict[str, Any]]:
    """The models on one task, best first, by the test score of the layer chosen on validation."""
    info = board.tasks[task]
    rows = []
    for model, per in board.results.items():
        if task not in per:
            continue
        res = per[task]
        p = res["primary_metric"]
        rows.append({"model": model, "score": score(res), "std": res["selected"]["test_std"][p],
                     "layer": res["selected"]["layer"], "num_layers": res["model"]["num_layers"],
                     "last_layer": score(res, "last_layer"), "last_layer_std": res["last_layer"]["test_std"][p],
                     "weighted_sum": score(res, "weighted_sum"),
                     "weighted_sum_std": (res["weighted_sum"] or {}).get("test_std", {}).get(p),
                     "published": next((x["score"] for x in info.get("published", [])
                                        if x["submission"] == model and x["metric"] == p), None),
                     "skipped": (res.get("skipped_clips") or {}).get("count", 0),
                     "verified": board.verified.get(model, {}).get(task),
                     "test_clips": (res["task"].get("clips") or {}).get("test")})
    sign = -1 if info["higher_is_better"] else 1
    rows.sort(key=lambda r: (sign * r["score"], r["model"]))
    most = max((r["test_clips"] for r in rows if r["test_clips"] is not None), default=None)
    for i, r in enumerate(rows):
        r["rank"] = i + 1
        # scored on fewer test clips than another model of the task (clips skipped as bad audio): not the same test
        r["fewer_test_clips"] = r["test_clips"] is not None and most is not None and r["test_clips"] < most
    return rows


def subset(board: Board, tasks: list[str]) -> Board:
    """The board restricted to some tasks (a suite, a family): its overall table ranks over those alone."""
    keep = {t: board.tasks[t] for t in board.tasks if t in tasks}
    results = {m: {t: r for t, r in per.items() if t in keep} for m, per in board.results.items()}
    return Board(keep, {m: per for m, per in results.items() if per}, board.problems, board.verified)


def overall_by(board: Board) -> list[dict[str, Any]]:
    """The overall table over the tasks of every suite, every family and every suite x family that has tasks:
    [{"suite": name or None, "family": name or None, "tasks": [...], "overall": rows}] (None: any)."""
    suites = sorted({s for info in board.tasks.values() for s in info.get("suite") or []})
    families = sorted({info["family"] for info in board.tasks.values() if info.get("family")})
    out = []
    for suite in [None, *suites]:
        for family in [None, *families]:
            if suite is None and family is None:
                continue  # the whole board: `overall`
            tasks = [t for t, info in board.tasks.items() if (suite is None or suite in (info.get("suite") or []))
                     and (family is None or info.get("family") == family)]
            if tasks:
                out.append({"suite": suite, "family": family, "tasks": tasks,
                            "overall": overall(subset(board, tasks))})
    return out


def overall(board: Board) -> list[dict[str, Any]]:
    """Per model: mean of primary metrics (x100) over the tasks it completed, Borda points over tasks, and
    an overall rank by the mean, given only to models that completed every task."""
    tasks = list(board.tasks)
    tables = {t: task_table(board, t) for t in tasks}
    rows = []
    for model, per in board.results.items():
        done = [t for t in tasks if t in per]
        borda = sum(len(tables[t]) - next(r["rank"] for r in tables[t] if r["model"] == model) for t in done)
        any_res = next(iter(per.values()))
        rows.append({"model": model, "params": any_res["model"]["params"],
                     "mean": float(np.mean([100 * score(per[t]) for t in done])), "borda": borda,
                     "tasks_done": len(done), "complete": len(done) == len(tasks),
                     "missing": [t for t in tasks if t not in per]})
    rows.sort(key=lambda r: (not r["complete"], -r["mean"], r["model"]))
    rank = 0
    for r in rows:
        r["rank"] = (rank := rank + 1) if r["complete"] else None
    return rows


def layer_table(board: Board, model: str) -> dict[str, dict[str, Any]]:
    """task -> {layer: test score of that layer's probe}, its seed spread, validation score and its relation to
    the chosen layer by the paired bootstrap ('tied', 'worse', 'better'; absent for the chosen layer), and the
    layer chosen on validation."""
    out = {}
    for task, res in sorted(board.results[model].items()):
        p = res["primary_metric"]
        out[task] = {"scores": {e["layer"]: e["test"][p] for e in res["layers"]},
                     "std": {e["layer"]: e["test_std"][p] for e in res["layers"]},
                     "valid": {e["layer"]: e["valid"][p] for e in res["layers"]},
                     "relation": {e["layer"]: e["significance"]["relation"] for e in res["layers"]
                                  if e.get("significance", {}).get("relation")},
                     "selected": res["selected"]["layer"],
                     "layer_weights": (res["weighted_sum"] or {}).get("layer_weights"),
                     "weighted_sum_layers": (res["weighted_sum"] or {}).get("layers")}
    return out


def to_json(board: Board) -> dict[str, Any]:
    return {"schema_version": 1, "ordered_by": "mean of primary metrics (0-100) over tasks; complete models only",
            "tasks": board.tasks, "overall": overall(board),
            "per_task": {t: task_table(board, t) for t in board.tasks},
            "published": {t: published(board, t) for t in board.tasks if board.tasks[t].get("published")},
            "overall_by": overall_by(board),
            "models": {m: models_info(per) for m, per in board.results.items()},
            "per_model_layers": {m: {t: {"scores": {str(k): v for k, v in d["scores"].items()},
                                         "selected": d["selected"], "layer_weights": d["layer_weights"],
                                         **{key: {str(k): v for k, v in d[key].items()}
                                            for key in ("std", "valid", "relation")},
                                         "weighted_sum_layers": d["weighted_sum_layers"]}
                                     for t, d in layer_table(board, m).items()} for m in board.results},
            "skipped": board.problems}


def models_info(per: dict[str, dict[str, Any]]) -> dict[str, Any]:
    """What a model's result files say of it: entry, adapter, size, layers and their names."""
    m = next(iter(per.values()))["model"]
    return {k: m.get(k) for k in ("entry", "adapter", "revision", "params", "num_layers",
                                  "layer_names", "sample_rate", "frame_rate")}
