"""Metrics against their references (scikit-learn, mir_eval) and closed forms."""
from __future__ import annotations

import numpy as np
import pytest
from sklearn.metrics import accuracy_score, average_precision_score, f1_score, r2_score, roc_auc_score

from benchmark.data.labels import KEYS
from benchmark.config.metrics import METRICS, batched, better


def test_classification_metrics_match_sklearn():
    rng = np.random.default_rng(0)
    y = rng.integers(0, 4, 200)
    s = rng.normal(size=(200, 4)) + np.eye(4)[y]
    assert METRICS["accuracy"](y, s) == accuracy_score(y, s.argmax(1))
    assert METRICS["f1_macro"](y, s, ["a", "b", "c", "d"]) == f1_score(y, s.argmax(1), average="macro")
    many = rng.normal(size=(5, 200, 4))
    np.testing.assert_allclose(batched(METRICS["accuracy"], y, many),
                               [accuracy_score(y, m.argmax(1)) for m in many])


def test_multilabel_metrics_skip_labels_with_one_class():
    rng = np.random.default_rng(1)
    y = rng.integers(0, 2, (100, 3))
    y[:, 2] = 0  # never positive: AUC is undefined for it
    s = rng.normal(size=(100, 3)) + y
    assert METRICS["roc_auc"](y, s) == pytest.approx(roc_auc_score(y[:, :2], s[:, :2], average="macro"))
    assert METRICS["average_precision"](y, s) == pytest.approx(
        average_precision_score(y[:, :2], s[:, :2], average="macro"))


def test_r2_and_direction():
    y = np.array([1.0, 2.0, 3.0, 4.0])
    p = np.array([1.1, 1.9, 3.2, 3.9])
    assert METRICS["r2"](y, p) == pytest.approx(r2_score(y, p))
    assert all(m.higher_is_better for m in METRICS.values())
    assert better(METRICS["accuracy"], 0.5, float("nan")) and not better(METRICS["accuracy"], float("nan"), 0.1)


def test_key_weighted_score_closed_form():
    """MIREX weights: same key 1, fifth 0.5, relative 0.3, parallel 0.2, unrelated 0."""
    ref = KEYS.index("C major")
    est = ["C major", "G major", "A minor", "C minor", "F# major"]
    scores = np.eye(24)[[KEYS.index(k) for k in est]]
    for s, expected in zip(scores, [1.0, 0.5, 0.3, 0.2, 0.0]):
        assert METRICS["key_weighted"](np.array([ref]), s[None], KEYS) == pytest.approx(expected)


def test_paired_bootstrap_separates_a_worse_layer_and_ties_an_equal_one():
    from benchmark.probing.significance import paired_bootstrap
    from benchmark.config.metrics import METRICS

    rng = np.random.default_rng(0)
    y = rng.integers(0, 3, 300)
    good = np.eye(3)[y] + rng.normal(0, 0.1, (300, 3))  # always right
    same = good + rng.normal(0, 0.01, (300, 3))
    bad = np.where(rng.random((300, 1)) < 0.5, np.eye(3)[(y + 1) % 3], np.eye(3)[y])  # half wrong
    out = paired_bootstrap(METRICS["accuracy"], y, {0: good, 1: same, 2: bad}, best=0)
    assert out[0]["relation"] == out[1]["relation"] == "tied" and out[1]["tied_with_best"]
    assert out[2]["relation"] == "worse" and out[2]["diff_ci"][1] < -0.3
    flipped = paired_bootstrap(METRICS["accuracy"], y, {0: bad, 2: good}, best=0)
    assert flipped[2]["relation"] == "better" and not flipped[2]["tied_with_best"]


def test_the_per_epoch_array_forms_equal_the_libraries():
    """The early-stopping scores of many heads at once (batched) equal mir_eval's per head bit for bit (a tie
    that rounding breaks would change a stopping record)."""
    import mir_eval

    rng = np.random.default_rng(3)
    yk = rng.integers(0, 24, 50)
    sk = rng.normal(size=(6, 50, 24))
    got = batched(METRICS["key_weighted"], yk, sk, KEYS)
    want = [METRICS["key_weighted"](yk, s, KEYS) for s in sk]
    assert list(got) == want
    assert want[0] == np.mean([mir_eval.key.weighted_score(KEYS[r], KEYS[e]) for r, e in zip(yk, sk[0].argmax(1))])
