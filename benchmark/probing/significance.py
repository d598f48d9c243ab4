"""Which layers a task cannot tell apart from its best: a paired bootstrap over the test clips.

Each layer's test predictions (averaged over the probe seeds, at the grid point chosen on validation) are scored
on the same resamples of the test clips as the best layer's (the one chosen on validation). With the central
interval of (layer - best) at `level`, sign-adjusted so that positive is better: `relation` is "tied" when it
contains 0 (then `tied_with_best`), "worse" when it lies below 0, "better" when above (the validation choice
missed a layer that is better on test).
"""
from __future__ import annotations

from typing import Any, Sequence

import numpy as np

from ..config.metrics import Metric

RESAMPLES = 200
LEVEL = 0.95
SEED = 0


def paired_bootstrap(metric: Metric, y: np.ndarray, preds: dict[int, np.ndarray], best: int,
                     classes: Sequence[str] = (), resamples: int = RESAMPLES, level: float = LEVEL,
                     seed: int = SEED) -> dict[int, dict[str, Any]]:
    rng = np.random.default_rng(seed)
    n = len(y)
    draws = [rng.integers(0, n, n) for _ in range(resamples)]
    sign = 1.0 if metric.higher_is_better else -1.0

    def scores(p: np.ndarray) -> np.ndarray:
        out = []
        for idx in draws:
            with np.errstate(all="ignore"):
                try:
                    out.append(metric(y[idx], p[idx], classes))
                except ValueError:  # e.g. a resample holding one class only for ROC AUC
                    out.append(np.nan)
        return np.array(out, dtype=float)

    base = scores(preds[best])
    lo_q, hi_q = (1 - level) / 2, 1 - (1 - level) / 2
    out = {}
    for layer, p in preds.items():
        diff = sign * (scores(p) - base) if layer != best else np.zeros(resamples)
        diff = diff[~np.isnan(diff)]
        lo, hi = (float(np.quantile(diff, lo_q)), float(np.quantile(diff, hi_q))) if len(diff) else (np.nan, np.nan)
        relation = "tied" if layer == best or not lo > 0 and not hi < 0 else ("better" if lo > 0 else "worse")
        out[layer] = {"diff_ci": [lo, hi], "tied_with_best": relation == "tied", "relation": relation}
    return out


def method() -> dict[str, Any]:
    return {"method": "paired bootstrap over test clips of seed-averaged predictions; diff = layer - best "
                      "(sign-adjusted so negative is worse)", "resamples": RESAMPLES, "level": LEVEL, "seed": SEED}
