"""`bench analyze similarity` and `bench analyze layers`: files under <out>/analysis/<model>/."""
from __future__ import annotations

from dataclasses import replace
from datetime import datetime, timezone
from pathlib import Path
from typing import Any

import numpy as np

from .. import atomic, results
from ..board import plots, ranking
from ..config import registry
from ..errors import BenchError
from ..pipeline.kinds import pooled
from ..pipeline.run import RunOptions, prepare
from .layers import strategy_table
from .similarity import MEASURES, similarity_matrices


def similarity(model: str, task_name: str, vs: str | None, opts: RunOptions) -> tuple[Path, dict[str, Any]]:
    """Every measure between every pair of layers of `model` (or of `model` x `vs`) on all clips of the task,
    from the cached features (extracted on a miss)."""
    task = registry.get_task(task_name)
    sides = []
    for name in [model] + ([vs] if vs else []):
        p = prepare(registry.get_submission(name), task, replace(opts, layers="all"), pooled(task))
        sides.append((name, p))
    (name_a, pa), (name_b, pb) = sides[0], sides[-1]
    # the clips both sides kept (a clip skipped as bad audio or for non-finite features has no features)
    rows = np.array(sorted(set(range(len(pa.clips))) - set(pa.fs.skipped) - set(pb.fs.skipped)), dtype=np.int64)
    n = len(rows)

    def loaders(p):
        return [lambda s, i=i: np.asarray(p.fs.layer(i, rows[s]), dtype=np.float64) for i in range(len(p.fs.layers))]

    mats = similarity_matrices(loaders(pa), loaders(pb) if vs else None, n)
    stem = f"similarity-{task.name}" + (f"-vs-{vs}" if vs else "")
    folder = Path(opts.out) / "analysis" / model
    doc = {
        "kind": "similarity", "model": model, "vs": vs, "task": task.name, "data_hash": pa.data_hash,
        "clips": n, "layers": pa.fs.layers, "vs_layers": pb.fs.layers, "measure": "cka",
        "matrix": mats["cka"], "measures": mats,
        "notes": "rows: layers of model; columns: layers of vs (or of model). cka: linear CKA on time-pooled "
                 "features; cka_debiased: unbiased HSIC estimator; svcca: mean canonical correlation after "
                 "keeping the principal directions with 99% of the variance",
        "feature_cache": [pa.fs.key, pb.fs.key], "env": results.environment(),
        "created": datetime.now(timezone.utc).isoformat(timespec="seconds"),
        "command": list(opts.command),
    }
    atomic.write_json(folder / f"{stem}.json", doc)
    plots.similarity_heatmaps({m: mats[m] for m in MEASURES}, pa.fs.layers, pb.fs.layers, name_a, name_b,
                              f"{name_a}{' vs ' + vs if vs else ''} on {task.name} ({n} clips)",
                              folder / f"{stem}.png")
    return folder / f"{stem}.json", doc


def layers(model: str, out: Path, command: tuple[str, ...] = ()) -> tuple[Path, dict[str, Any]]:
    """The best-layer strategy table over the model's result files, with its figures."""
    board = ranking.load(out / "results")  # the files the leaderboard would rank, read once
    folder_of_model = str(out / "results" / model)
    skipped = [p for p in board.problems if p.startswith(folder_of_model + "/")]
    if skipped:
        raise BenchError(skipped[0])
    found = board.results.get(model, {})
    if not found:
        raise BenchError(f"no result files under {out / 'results' / model}; run `bench run --model {model}` first")
    table = strategy_table(found)
    folder = out / "analysis" / model
    folder.mkdir(parents=True, exist_ok=True)
    figures = [f for f in (plots.model_layers(board, model, folder),
                           plots.strategy_bars(table, model, folder / "strategies.png")) if f is not None]
    doc = {"kind": "layers", "model": model, "results": {t: {"spec_hash": r["task"]["spec_hash"],
                                                             "protocol_hash": r["protocol"]["hash"]}
                                                         for t, r in found.items()},
           **table, "published": [{"task": t, **x} for t in found for x in ranking.published(board, t)
                                   if x["submission"] == model],
           "figures": [f.name for f in figures], "env": results.environment(),
           "created": datetime.now(timezone.utc).isoformat(timespec="seconds"), "command": list(command)}
    atomic.write_json(folder / "layers.json", doc)
    return folder / "layers.json", doc
