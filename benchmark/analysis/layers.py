"""The best-layer strategy: which single layer of a model to use, from validation scores alone, and what it
gains on test over always taking the last layer and over the learned weighted sum of all layers.

Strategies, each choosing on validation and scored on test:
- `per_task`: each task's own best layer (the probing result; an upper bound for a fixed-layer choice),
- `general`: one layer for every task, the one with the best mean validation score over the model's tasks
  (scores are sign-adjusted so higher is better; the mean over heterogeneous metrics only ranks layers),
- `family`: one layer per task family (acoustic, harmonic, rhythmic, semantic), chosen the same way,
- `last`: the last layer; `weighted_sum`: the softmax-weighted sum of all layers (when it was fitted).
"""
from __future__ import annotations

from typing import Any

import numpy as np

STRATEGIES = ("per_task", "general", "family", "last", "weighted_sum")


def _scores(res: dict[str, Any], split: str) -> dict[int, float]:
    p = res["primary_metric"]
    return {e["layer"]: e[split][p] for e in res["layers"]}


def _choose(tasks: list[dict[str, Any]]) -> tuple[int | None, dict[int, float]]:
    """The layer with the best mean sign-adjusted validation score over `tasks` (layers all of them have)."""
    common = set.intersection(*(set(_scores(r, "valid")) for r in tasks)) if tasks else set()
    if not common:
        return None, {}
    mean = {layer: float(np.mean([(1 if r["higher_is_better"] else -1) * _scores(r, "valid")[layer]
                                  for r in tasks])) for layer in sorted(common)}
    return max(mean, key=lambda layer: (mean[layer], -layer)), mean


def strategy_table(res_by_task: dict[str, dict[str, Any]]) -> dict[str, Any]:
    """Per task, the test score each strategy gives and the gains; plus the chosen layers and the means."""
    tasks = list(res_by_task.values())
    general, general_mean = _choose(tasks)
    families = sorted({r["task"]["family"] for r in tasks})
    family_layer = {f: _choose([r for r in tasks if r["task"]["family"] == f])[0] for f in families}
    rows = []
    for name, r in res_by_task.items():
        test = _scores(r, "test")
        sign = 1 if r["higher_is_better"] else -1
        fam = family_layer[r["task"]["family"]]
        ws = r.get("weighted_sum")
        strat = {"per_task": test[r["selected"]["layer"]], "general": test.get(general),
                 "family": test.get(fam), "last": r["last_layer"]["test"][r["primary_metric"]],
                 "weighted_sum": ws["test"][r["primary_metric"]] if ws else None}

        def gain(a: str, b: str) -> float | None:
            return None if strat[a] is None or strat[b] is None else sign * (strat[a] - strat[b])

        tied = [e["layer"] for e in r["layers"] if e.get("significance", {}).get("tied_with_best")]
        better = [e["layer"] for e in r["layers"] if e.get("significance", {}).get("relation") == "better"]
        rows.append({
            "task": name, "family": r["task"]["family"], "metric": r["primary_metric"],
            "best_layer": r["selected"]["layer"], "family_layer": fam, "general_layer": general,
            "last_layer": r["last_layer"]["layer"], "test": strat,
            "test_std_best": r["selected"]["test_std"][r["primary_metric"]],
            "gain": {"per_task_vs_last": gain("per_task", "last"), "general_vs_last": gain("general", "last"),
                     "family_vs_last": gain("family", "last"),
                     "per_task_vs_weighted_sum": gain("per_task", "weighted_sum"),
                     "general_vs_weighted_sum": gain("general", "weighted_sum"),
                     "family_vs_weighted_sum": gain("family", "weighted_sum")},
            "tied_with_best": tied if any("significance" in e for e in r["layers"]) else None,
            "better_than_best": better,
        })

    def mean(values: list[float | None]) -> float | None:
        v = [x for x in values if x is not None]
        return float(np.mean(v)) if v else None

    return {
        "general_layer": general,
        "general_layer_valid_mean": general_mean,
        "family_layers": family_layer,
        "tasks": rows,
        "mean_test": {s: mean([row["test"][s] for row in rows]) for s in STRATEGIES},
        "mean_gain": {k: mean([row["gain"][k] for row in rows]) for k in rows[0]["gain"]} if rows else {},
        "strategies": __doc__.split("Strategies, each choosing on validation and scored on test:\n")[1].strip(),
    }
