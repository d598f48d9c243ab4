"""The neighbours' protocols (probing/peers.py): kNN against scikit-learn's KNeighborsClassifier, the nearest
centroid against its closed form, few-shot draws, the specs that refuse what they cannot run, and a run through
the command line that trains nothing."""
from __future__ import annotations

import json

import numpy as np
import pytest

from benchmark.config.specs import ProtocolSpec
from benchmark.probing import peers
from benchmark.probing.probes import Split

CLASSES = ["a", "b", "c"]


def splits(seed=0, n=(60, 30, 30), d=6, layers=2):
    """Three Gaussian classes, layer 0 separable, layer 1 noise."""
    rng = np.random.default_rng(seed)
    centres = rng.normal(size=(3, d)) * 3

    def split(m):
        y = rng.integers(0, 3, m)
        X = np.stack([centres[y] + rng.normal(size=(m, d)), rng.normal(size=(m, d))], 1)[:, :layers]
        return Split(X.astype(np.float32), y)

    return [split(m) for m in n]


def protocol(**kw):
    return ProtocolSpec(**{"grid": {"lr": [1e-3]}, "epochs": 1, "seeds": [0], "weighted_sum": False, **kw})


def test_knn_votes_are_scikit_learns_cosine_neighbours():
    from sklearn.neighbors import KNeighborsClassifier

    tr, va, te = splits()
    heads = peers.fit(tr, va, te, protocol(probe="knn"), ["accuracy"], CLASSES, [0, 1])
    assert sorted({h.grid["k"] for h in heads}) == [1, 3, 5, 10, 20, 50]
    for h in heads:
        li = h.layer
        ref = KNeighborsClassifier(n_neighbors=h.grid["k"], metric="cosine").fit(tr.X[:, li], tr.y)
        votes = ref.predict_proba(te.X[:, li])
        ours = h.test_scores
        np.testing.assert_allclose(ours, votes, atol=1e-4)  # the vote shares, plus the 1e-6 tie-breaker
        clear = np.sort(votes, 1)[:, -1] > np.sort(votes, 1)[:, -2]  # no tie between the top classes
        assert (ours.argmax(1)[clear] == ref.predict(te.X[:, li])[clear]).all()
    best = {li: max(h.test["accuracy"] for h in heads if h.layer == li) for li in (0, 1)}
    assert best[0] > 0.9 > 0.6 > best[1]


def test_nearest_centroid_is_the_closest_class_mean_by_angle():
    tr, va, te = splits(1)
    (h0, h1) = peers.fit(tr, va, te, protocol(probe="centroid"), ["accuracy"], CLASSES, [0, 1])
    x = te.X[:, 0]
    means = np.stack([tr.X[tr.y == c, 0].mean(0) for c in range(3)])
    cos = (x @ means.T) / np.linalg.norm(x, axis=1)[:, None] / np.linalg.norm(means, axis=1)[None]
    np.testing.assert_allclose(h0.test_scores, cos, atol=1e-5)
    assert h0.test["accuracy"] == pytest.approx(float((cos.argmax(1) == te.y).mean()))
    assert h0.epoch == 0 and h0.grid == {}


def test_fewshot_draws_shots_per_class_and_reports_their_spread():
    tr, va, te = splits(2)
    p = protocol(probe="linear", fewshot={"shots": 2, "draws": 5})
    heads = peers.fit(tr, va, te, p, ["accuracy"], CLASSES, [0, 1])
    assert [(h.layer, h.seed) for h in heads] == [(li, d) for li in (0, 1) for d in range(5)]
    layer0 = [h.test["accuracy"] for h in heads if h.layer == 0]
    assert np.std(layer0) > 0  # different draws, different clips
    again = peers.fit(tr, va, te, p, ["accuracy"], CLASSES, [0, 1])
    assert [h.test for h in again] == [h.test for h in heads]  # draws are seeded


@pytest.mark.parametrize("kw, message", [
    ({"probe": "knn", "weighted_sum": True}, "weighted_sum: false"),
    ({"probe": "centroid", "pooling": "frames"}, "pooling: mean"),
    ({"probe": "mlp", "fewshot": {"shots": 8, "draws": 10}}, "needs probe: linear"),
])
def test_a_protocol_the_neighbours_cannot_run_is_refused(kw, message):
    with pytest.raises(ValueError, match=message):
        protocol(**kw)


def test_knn_on_a_regression_task_names_the_target(project):
    from benchmark.config.specs import load_task
    from benchmark.errors import BenchError

    path = project / "tasks" / "reg-knn.yaml"
    path.write_text("include: tones-register.yaml\nname: reg-knn\ntarget: regression\nmetrics: [r2]\nprimary: r2\n"
                    "protocol: {probe: knn, weighted_sum: false}\n")
    with pytest.raises(BenchError, match="applies to targets multiclass and key, not 'regression'"):
        load_task(path)


def test_knn_runs_through_the_command_line_without_training(project, tmp_path):
    from benchmark.cli import main

    (project / "tasks" / "tones-knn.yaml").write_text(
        "include: tones-register.yaml\nname: tones-knn\nprotocol: {probe: knn, weighted_sum: false}\n")
    out = tmp_path / "out"
    assert main(["run", "--model", "logmel", "--tasks", "tones-knn", "--out", str(out)]) == 0
    res = json.loads((out / "results" / "logmel" / "tones-knn.json").read_text())
    assert "convergence" not in res and res["weighted_sum"] is None
    assert all("k" in e["hparams"] and e["hparams"]["best_epoch"] == [1] for e in res["layers"])
    assert res["protocol"]["protocol"]["probe"] == "knn"
    assert main(["leaderboard", "build", "--out", str(out)]) == 0
