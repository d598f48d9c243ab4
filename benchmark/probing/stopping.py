"""Early stopping on three views of the validation split, and whether a fit converged. Shared by the clip-level
(probes) and frame-level (frame_probes) fits; the convergence record is also what the audit recomputes from a
result file, so this module needs numpy only.

Model selection never reads a score that early stopping chose: every head is also stopped on each half of the
validation split (alternate clips), and its validation predictions are cross-fitted, each clip's from the head
stopped on the other half (`other_half`).
"""
from __future__ import annotations

from typing import Any, Callable

import numpy as np

VIEWS = ("all", "a", "b")  # the whole validation split (its head is scored on test) and its two halves
LATE = 0.9  # a head whose score last rose in the last tenth of its schedule may not have converged
LATE_SHARE = 0.1  # a result is flagged when more of its heads than this are late (or most of the selected layer's)


def halves(n: int) -> dict[str, np.ndarray]:
    """The validation views as clip indices: all, and the two halves (alternate clips, so a manifest ordered by
    class gives balanced halves)."""
    idx = np.arange(n)
    return {"all": idx, "a": idx[0::2], "b": idx[1::2]}


def other_half(i: int) -> str:
    """The view whose heads predict validation clip i in cross-fitting: the half it is not in."""
    return "b" if i % 2 == 0 else "a"


class Stopper:
    """Early stopping of every head on each validation view at once: per view and head, the best score (ties to
    the lower validation loss), its epoch, the epoch the score last rose, and the parameters then; training ends
    when every head has run out of patience on every view: `patience` epochs without what `patience_on` counts
    as progress (see specs.ProtocolSpec.patience_on):
    - "score_or_loss" (the rule before the field): a rise of the score, or a tie at a lower validation loss;
    - "score_or_loss_unsaturated": the same, but a tie no longer counts once the score is at `bound`, the
      metric's best value (nothing left to rise: the loss of a saturated head falls for as long as it trains);
    - "score": a rise of the score only, and a head out of patience on a view has stopped there: it may go on
      training beside the others, but nothing it does after is kept, so its record is the one it gets trained
      alone. (Under the other two a head out of patience goes on while any head trains, and a later rise
      counts: on small validation sets the slow heads' scores rise again after long plateaus.)
    `model` is a heads.BatchedHeads."""

    def __init__(self, model: Any, shape: tuple[int, ...], is_better: Callable, patience: int,
                 patience_on: str = "score_or_loss", bound: float | None = None):
        self.model, self.is_better, self.patience, self.patience_on = model, is_better, patience, patience_on
        self.bound = bound
        self.best = {v: np.full(shape, np.nan) for v in VIEWS}
        self.loss = {v: np.full(shape, np.inf) for v in VIEWS}
        self.epoch = {v: np.zeros(shape, dtype=int) for v in VIEWS}
        self.score_epoch = {v: np.zeros(shape, dtype=int) for v in VIEWS}  # the last strict rise of the score
        self.stale = {v: np.zeros(shape, dtype=int) for v in VIEWS}
        self.state = {v: {k: p.detach().clone() for k, p in model.named_parameters()} for v in VIEWS}

    @property
    def freezes(self) -> bool:
        """Is a head out of patience stopped for good? Only under "score"."""
        return self.patience_on == "score"

    def update(self, epoch: int, scores: dict[str, np.ndarray], losses: dict[str, np.ndarray]) -> np.ndarray:
        """Record one epoch's validation scores and losses per view; returns the heads that improved on `all`."""
        for v in VIEWS:
            val, loss = scores[v], losses[v]
            live = self.stale[v] < self.patience if self.freezes else np.ones(val.shape, bool)
            rose = self.is_better(val, self.best[v]) & live
            self.score_epoch[v][rose] = epoch
            tie = (val == self.best[v]) & (loss < self.loss[v]) & live
            improved = rose | tie
            if self.patience_on == "score_or_loss":
                progress = improved
            elif self.patience_on == "score":
                progress = rose
            else:  # score_or_loss_unsaturated
                progress = rose | (tie & ~self.saturated(val))
            self.best[v][improved], self.loss[v][improved], self.epoch[v][improved] = \
                val[improved], loss[improved], epoch
            self.stale[v] = np.where(progress, 0, self.stale[v] + 1)
            self.model.keep_best(self.state[v], improved)
            if v == "all":
                out = improved
        return out

    def saturated(self, val: np.ndarray) -> np.ndarray:
        """Scores at the metric's best value (none when no bound is known)."""
        if self.bound is None or not np.isfinite(self.bound):
            return np.zeros(val.shape, bool)
        return ~self.is_better(np.full(val.shape, self.bound), val)

    def done(self) -> bool:
        return all((self.stale[v] >= self.patience).all() for v in VIEWS)

    def live(self) -> np.ndarray:
        """The heads with patience left on some view, [shape]. Under "score" the others have stopped for good
        (nothing they do after is kept); under the other rules they may still rise again while any head trains."""
        return np.logical_or.reduce([self.stale[v] < self.patience for v in VIEWS])

    def load(self, view: str) -> None:
        self.model.load_state_dict(self.state[view])


def convergence(heads: list[Any], grid: list[dict[str, float]], cap: int, selected: int,
                per_layer: dict[int, dict[str, Any]]) -> dict[str, Any]:
    """The convergence record of a fit's heads (probes.HeadResult): each head's score epoch (1-based) per layer
    and grid point, judged at the selected layer's chosen grid point (convergence_record)."""
    epochs: dict[str, list[list[int]]] = {}
    for h in heads:
        rows = epochs.setdefault(str(h.layer), [[] for _ in grid])
        rows[grid.index(h.grid)].append((h.epoch if h.score_epoch is None else h.score_epoch) + 1)
    chosen = {k: per_layer[selected]["hparams"][k] for k in grid[0]}
    return convergence_record(epochs, grid, cap, selected, chosen)


def convergence_record(best_epochs: dict[str, list[list[int]]], grid: list[dict[str, float]], cap: int,
                       selected: int, chosen: dict[str, Any]) -> dict[str, Any]:
    """Whether the heads converged within their schedule, from the epoch (1-based) at which each head's validation
    score last rose, per layer and grid point in the order of `grid`: the share in the last tenth of the
    schedule, and how many of the selected layer's heads at its `chosen` grid point are there. Flagged when more
    than LATE_SHARE of all heads, or most of the selected layer's, are late: a score still rising when the
    schedule ended measures the probe, not the features. (A head whose score saturated and whose loss kept
    falling is kept at a later epoch by the tie-break, but is not late: its score had converged.)"""
    flat = [e for rows in best_epochs.values() for r in rows for e in r]
    late = sum(e > LATE * cap for e in flat)
    rows = best_epochs.get(str(selected), [])
    sel = rows[grid.index(chosen)] if chosen in grid and grid.index(chosen) < len(rows) else []
    sel_late = sum(e > LATE * cap for e in sel)
    share = late / max(len(flat), 1)
    return {"cap": cap, "late_after": LATE * cap, "heads": len(flat), "late": late, "late_share": round(share, 4),
            "selected_heads": len(sel), "selected_late": sel_late, "max_late_share": LATE_SHARE,
            "flagged": bool(share > LATE_SHARE or 2 * sel_late > len(sel)), "grid": grid, "best_epochs": best_epochs}
