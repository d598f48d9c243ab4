"""Metric registry. Each metric delegates to scikit-learn or mir_eval and says which way is better.

Conventions for `scores`: multiclass and key take class scores [N, C] (argmax is the prediction);
multilabel takes per-label scores [N, C] with a {0,1} target [N, C]; regression takes predictions [N].
"""
from __future__ import annotations

from dataclasses import dataclass
from typing import Callable, Sequence

import numpy as np


@dataclass(frozen=True)
class Metric:
    name: str
    fn: Callable[[np.ndarray, np.ndarray, Sequence[str]], float]
    targets: tuple[str, ...]
    higher_is_better: bool = True
    low: float = 0.0  # the range a score can take (a result file claiming more is refused)
    high: float = 1.0

    def __call__(self, y: np.ndarray, scores: np.ndarray, classes: Sequence[str] = ()) -> float:
        return float(self.fn(np.asarray(y), np.asarray(scores), classes))


def _accuracy(y, s, _):
    from sklearn.metrics import accuracy_score

    return accuracy_score(y, s.argmax(-1))


def _f1_macro(y, s, classes):
    from sklearn.metrics import f1_score

    labels = list(range(len(classes))) if len(classes) else None
    return f1_score(y, s.argmax(-1), average="macro", labels=labels, zero_division=0)


def _present_labels(y):
    """Labels with both a positive and a negative clip: the only ones a ranking metric is defined on."""
    pos = y.sum(0)
    return (pos > 0) & (pos < len(y))


def _roc_auc(y, s, _):
    from sklearn.metrics import roc_auc_score

    keep = _present_labels(y)
    if not keep.any():
        return float("nan")
    return roc_auc_score(y[:, keep], s[:, keep], average="macro")


def _average_precision(y, s, _):
    from sklearn.metrics import average_precision_score

    keep = _present_labels(y)
    if not keep.any():
        return float("nan")
    return average_precision_score(y[:, keep], s[:, keep], average="macro")


def _r2(y, s, _):
    from sklearn.metrics import r2_score

    return r2_score(y, s.reshape(len(y)))


def _key_weighted(y, s, classes):
    """mir_eval's MIREX key score: 1 same key, 0.5 fifth, 0.3 relative, 0.2 parallel."""
    import mir_eval

    est = s.argmax(-1)
    return float(np.mean([mir_eval.key.weighted_score(classes[r], classes[e]) for r, e in zip(y, est)]))


def _event_metric(y, s, _):
    raise TypeError("an event metric is computed on decoded events: benchmark.events.beat_scores / chord_scores")


METRICS: dict[str, Metric] = {
    m.name: m
    for m in [
        Metric("accuracy", _accuracy, ("multiclass", "key")),
        Metric("f1_macro", _f1_macro, ("multiclass", "key")),
        Metric("roc_auc", _roc_auc, ("multilabel",)),
        Metric("average_precision", _average_precision, ("multilabel",)),
        Metric("r2", _r2, ("regression",), low=float("-inf")),
        Metric("key_weighted", _key_weighted, ("key",)),
        # frame-level tasks: scored on decoded events by benchmark.events (mir_eval), never on class scores
        *[Metric(name, _event_metric, ("beats",)) for name in ("beat_f_measure", "beat_cemgil", "beat_p_score")],
        *[Metric(name, _event_metric, ("chords",)) for name in ("chord_majmin", "chord_root", "chord_mirex")],
    ]
}


def batched(metric: Metric, y: np.ndarray, scores: np.ndarray, classes: Sequence[str] = ()) -> np.ndarray:
    """The metric for many heads at once: scores [H, N, ...] -> [H]. Used every epoch for early stopping, where
    calling the library once per head, view and epoch can be most of a fit. Accuracy and the key score have
    array forms that give the library's numbers bit for bit (a test); a ROC-AUC from ranks and a closed-form R²
    were tried and dropped: they agree with scikit-learn's only to rounding (1e-12), and a tie that rounding
    breaks changes which epoch early stopping keeps."""
    y = np.asarray(y)
    if metric.name == "accuracy":
        return (scores.argmax(-1) == y[None]).mean(1)
    if metric.name == "key_weighted" and len(classes):
        return _key_table(tuple(classes))[y[None], scores.argmax(-1)].mean(1)
    return np.array([metric(y, s, classes) for s in scores])


_KEY_TABLES: dict[tuple[str, ...], np.ndarray] = {}


def _key_table(classes: tuple[str, ...]) -> np.ndarray:
    """mir_eval's key score of every (reference, estimate) pair of classes, [C, C]."""
    if classes not in _KEY_TABLES:
        import mir_eval

        _KEY_TABLES[classes] = np.array([[mir_eval.key.weighted_score(r, e) for e in classes] for r in classes])
    return _KEY_TABLES[classes]


def better(metric: Metric, a: float, b: float) -> bool:
    """True when score a beats score b (NaN never wins)."""
    if np.isnan(a):
        return False
    if np.isnan(b):
        return True
    return a > b if metric.higher_is_better else a < b


LABELS = {"accuracy": "accuracy", "f1_macro": "macro F1", "roc_auc": "ROC-AUC", "average_precision": "average precision",
          "r2": "R²", "key_weighted": "key score (MIREX)", "beat_f_measure": "beat F-measure",
          "beat_cemgil": "beat Cemgil", "beat_p_score": "beat P-score", "chord_majmin": "chord majmin",
          "chord_root": "chord root", "chord_mirex": "chord MIREX"}


def label(name: str) -> str:
    """A metric's name as a figure or a table shows it."""
    return LABELS.get(name, name.replace("_", " "))


def chance(name: str, classes: Sequence[str]) -> float | None:
    """The expected score of a uniform random guess, where it does not depend on the data: 1/classes for
    accuracy, 0.5 for ROC-AUC, 0 for R² (predicting the mean), and for the key score the mean of mir_eval's
    weighted score over every pair of keys. None for the others (it depends on class balance)."""
    if name == "accuracy" and classes:
        return 1.0 / len(classes)
    if name == "roc_auc":
        return 0.5
    if name == "r2":
        return 0.0
    if name == "key_weighted" and classes:
        import mir_eval

        return float(np.mean([mir_eval.key.weighted_score(r, e) for r in classes for e in classes]))
    return None
