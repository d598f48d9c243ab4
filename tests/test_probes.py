"""Probe numerics against scikit-learn, and the batching that makes them fast."""
from __future__ import annotations

import numpy as np
import pytest
import torch
from sklearn.datasets import make_classification
from sklearn.linear_model import LogisticRegression

from benchmark.probing.heads import BatchedHeads
from benchmark.probing.probes import Scoring, Split, fit, standardize, summarize
from benchmark.config.specs import ProtocolSpec


def blobs(layers=3, n=1500, dim=32, classes=5, seed=0):
    """Layer l carries the class signal with noise growing in l, so layers are distinguishable."""
    X, y = make_classification(n_samples=n, n_features=dim, n_informative=12, n_classes=classes,
                               n_clusters_per_class=1, class_sep=1.2, random_state=seed)
    rng = np.random.default_rng(seed)
    stack = np.stack([X + rng.normal(0, 0.5 + 1.5 * l, X.shape) for l in range(layers)], 1).astype(np.float32)
    a, b = int(0.6 * n), int(0.8 * n)
    tr, va, te = standardize(stack[:a], stack[a:b], stack[b:])
    return Split(tr, y[:a]), Split(va, y[a:b]), Split(te, y[b:])


def protocol(**kw):
    base = dict(probe="linear", grid={"lr": [1e-2, 1e-3]}, epochs=60, batch_size=64, patience=8, seeds=[0, 1])
    return ProtocolSpec(**{**base, **kw})


def test_standardize_uses_training_statistics_only():
    rng = np.random.default_rng(0)
    tr, te = rng.normal(3, 2, (500, 2, 4)), rng.normal(10, 5, (100, 2, 4))
    a, b = standardize(tr, te)
    np.testing.assert_allclose(a.mean(0), 0, atol=1e-5)
    np.testing.assert_allclose(a.std(0), 1, atol=1e-4)
    np.testing.assert_allclose(b, (te - tr.mean(0)) / tr.std(0), rtol=1e-4)


def test_linear_probe_matches_sklearn_logistic_regression():
    tr, va, te = blobs(layers=1, n=3000, dim=64, classes=10)
    out = fit(tr, va, te, Scoring("multiclass", 10, ["accuracy"], "accuracy"), protocol(), progress=False)
    ours = summarize(out.heads, "accuracy", True)[0]["test"]["accuracy"]
    # early stopping regularises, so the reference is the logistic regression regularised as validation says
    fits = [LogisticRegression(C=C, max_iter=2000).fit(tr.X[:, 0], tr.y) for C in (0.001, 0.01, 0.1, 1.0)]
    sk = max(fits, key=lambda m: (m.predict(va.X[:, 0]) == va.y).mean())
    ref = (sk.predict(te.X[:, 0]) == te.y).mean()
    assert abs(ours - ref) <= 0.01, (ours, ref)


def test_l2_grid_minimises_scikit_learns_objective():
    """grid.l2 = 1 / (C x training clips) is LogisticRegression(C)'s objective: at a strong C the head's test
    probabilities land on scikit-learn's, where an unpenalised head (l2 ~ 0) is far from them."""
    tr, va, te = blobs(layers=1, n=600, dim=32, classes=3)
    n, C = len(tr.y), 0.01
    p = protocol(grid={"lr": [1e-2], "l2": [1 / (C * n), 1e-9]}, epochs=100, batch_size=n, patience=100, seeds=[0])
    heads = fit(tr, va, te, Scoring("multiclass", 3, ["accuracy"], "accuracy"), p, progress=False).heads
    ref = LogisticRegression(C=C, max_iter=5000, tol=1e-10).fit(tr.X[:, 0], tr.y).predict_proba(te.X[:, 0])
    diff = {h.grid["l2"]: np.abs(torch.softmax(torch.from_numpy(h.test_scores), -1).numpy() - ref)
            for h in heads}
    assert diff[1 / (C * n)].max() < 0.05 and diff[1 / (C * n)].mean() < 0.01, diff[1 / (C * n)].max()
    assert diff[1e-9].mean() > 0.05


@pytest.mark.parametrize("probe", ["linear", "mlp"])
def test_l2_gradient_is_the_penalty_in_the_loss(probe):
    """add_l2_grad after backward gives the gradient of loss + l2/2 x the squared weights (not the biases)."""
    torch.manual_seed(0)
    x, grid = torch.randn(2, 5, 3, 4), [{"lr": 1.0, "weight_decay": 0.0, "l2": 0.3},
                                        {"lr": 1.0, "weight_decay": 0.0, "l2": 0.0}]
    ours, ref = (BatchedHeads([0, 1, 2], [0, 1], 4, 2, probe, 6, 0.0, False, n_points=2) for _ in range(2))
    ours(x).square().sum().backward()
    ours.add_l2_grad(grid)
    penalty = sum(0.5 * g["l2"] * sum(w.square().sum() for w in pt.weights()) for pt, g in zip(ref.points, grid))
    (ref(x).square().sum() + penalty).backward()
    for (name, a), b in zip(ours.named_parameters(), ref.parameters()):
        torch.testing.assert_close(a.grad, b.grad, msg=name)
    # the two points start equal: only the penalised one's weights (not its biases) get another gradient
    a, b = ours.points
    bias = "b" if probe == "linear" else "b1"
    assert not torch.equal(a.weights()[0].grad, b.weights()[0].grad)
    assert torch.equal(getattr(a, bias).grad, getattr(b, bias).grad)


@pytest.mark.parametrize("kind", [{"probe": "linear"}, {"probe": "mlp", "hidden": 16, "dropout": 0.3}])
def test_batched_fit_equals_one_head_at_a_time(kind):
    """All layers x grid points x seeds in one model give the numbers each head gets when trained alone
    (dropout included: a seed's masks come from its own generator)."""
    tr, va, te = blobs()
    p = protocol(epochs=15, **kind)
    together = fit(tr, va, te, Scoring("multiclass", 5, ["accuracy"], "accuracy"), p, progress=False)
    for layer in range(3):
        for lr in p.grid.lr:
            for seed in p.seeds:
                alone = fit(Split(tr.X[:, [layer]], tr.y), Split(va.X[:, [layer]], va.y),
                            Split(te.X[:, [layer]], te.y), Scoring("multiclass", 5, ["accuracy"], "accuracy"),
                            protocol(epochs=15, grid={"lr": [lr]}, seeds=[seed], **kind),
                            layer_ids=[layer], progress=False)
                (h,) = alone.heads
                twin = next(t for t in together.heads if (t.layer, t.grid["lr"], t.seed) == (layer, lr, seed))
                assert twin.epoch == h.epoch
                np.testing.assert_allclose(twin.test_scores, h.test_scores, atol=1e-4)


def test_a_head_out_of_patience_is_the_head_trained_alone():
    """Under patience_on: score a head whose patience ran out while others trained on keeps its record: its
    epoch and test predictions are those it gets trained alone (it stops there), whatever it does after."""
    tr, va, te = blobs()
    kind = dict(epochs=80, patience=3, patience_on="score", probe="mlp", hidden=16, dropout=0.3)
    together = fit(tr, va, te, Scoring("multiclass", 5, ["accuracy"], "accuracy"), protocol(**kind), progress=False)
    runs = {}
    for layer in range(3):
        for lr in (1e-2, 1e-3):
            alone = fit(Split(tr.X[:, [layer]], tr.y), Split(va.X[:, [layer]], va.y), Split(te.X[:, [layer]], te.y),
                        Scoring("multiclass", 5, ["accuracy"], "accuracy"), protocol(grid={"lr": [lr]}, seeds=[0], **kind),
                        layer_ids=[layer], progress=False)
            runs[layer, lr] = alone.epochs_run
            twin = next(t for t in together.heads if (t.layer, t.grid["lr"], t.seed) == (layer, lr, 0))
            assert twin.epoch == alone.heads[0].epoch
            np.testing.assert_allclose(twin.test_scores, alone.heads[0].test_scores, atol=1e-4)
    assert min(runs.values()) < together.epochs_run  # some head stopped while others went on


def test_layers_are_ranked_by_their_signal_and_fit_is_deterministic():
    tr, va, te = blobs()
    p = protocol(probe="mlp", hidden=64, epochs=20)
    a = summarize(fit(tr, va, te, Scoring("multiclass", 5, ["accuracy"], "accuracy"), p, progress=False).heads,
                  "accuracy", True)
    b = summarize(fit(tr, va, te, Scoring("multiclass", 5, ["accuracy"], "accuracy"), p, progress=False).heads,
                  "accuracy", True)
    assert a == b
    acc = [a[l]["test"]["accuracy"] for l in range(3)]
    assert acc[0] > acc[1] > acc[2]


def test_weighted_sum_starts_equal_and_learns_the_informative_layer():
    heads = BatchedHeads([0, 1, 2], [0], 8, 3, "linear", 0, 0.0, mix=True)
    np.testing.assert_allclose(torch.softmax(heads.points[0].alpha, -1).detach().numpy(), 1 / 3)

    tr, va, te = blobs()
    out = fit(tr, va, te, Scoring("multiclass", 5, ["accuracy"], "accuracy"), protocol(grid={"lr": [1e-2]}), mix=True,
              progress=False)
    ws = summarize(out.heads, "accuracy", True)[-1]
    w = ws["layer_weights"]
    assert sum(w) == pytest.approx(1.0) and w[0] == max(w)


def test_regression_and_multilabel_targets_learn():
    rng = np.random.default_rng(0)
    X = rng.normal(size=(900, 2, 16)).astype(np.float32)
    y = 3 * X[:, 0, 0] - 2 * X[:, 0, 1] + 100 + rng.normal(0, 0.1, 900)
    sp = [Split(X[i:i + 300], y[i:i + 300]) for i in (0, 300, 600)]
    r = summarize(fit(*sp, Scoring("regression", 1, ["r2"], "r2"), protocol(), progress=False).heads, "r2", True)
    assert r[0]["test"]["r2"] > 0.95 and r[1]["test"]["r2"] < 0.2

    Y = np.stack([X[:, 0, 0] > 0, X[:, 0, 1] > 0.5, X[:, 0, 2] < 0], 1).astype(np.int64)
    sp = [Split(X[i:i + 300], Y[i:i + 300]) for i in (0, 300, 600)]
    m = summarize(fit(*sp, Scoring("multilabel", 3, ["roc_auc"], "roc_auc"), protocol(), progress=False).heads,
                  "roc_auc", True)
    assert m[0]["test"]["roc_auc"] > 0.95 and m[1]["test"]["roc_auc"] < 0.7


def test_early_stopping_keeps_the_best_validation_epoch():
    tr, va, te = blobs(layers=1)
    out = fit(tr, va, te, Scoring("multiclass", 5, ["accuracy"], "accuracy"),
              protocol(epochs=200, patience=3, grid={"lr": [5e-2]}), progress=False)
    assert out.epochs_run < 200  # stopped once every head ran out of patience
    assert all(h.epoch < out.epochs_run for h in out.heads)


def test_linear_l2_probe_chooses_c_as_scikit_learn_does_at_size_small(tmp_path, monkeypatch):
    """synth-instrument at size small (80 validation clips): the linear probe with l2 = 1 / (C n), trained through
    its schedule without early stopping (l2 the only regulariser, as in scikit-learn), C chosen on validation,
    against LogisticRegression(C) chosen on validation: within 1 point. (Choosing on the stopping split's own best
    score once put them 4.7 points apart on average, 16.7 at most.)"""
    from benchmark.config import registry
    from benchmark.pipeline import run
    from benchmark.config.specs import GridSpec

    monkeypatch.setenv("BENCH_CACHE", str(tmp_path / "cache"))
    sub, task = registry.get_submission("logmel"), registry.get_task("synth-instrument")
    opts = run.RunOptions(data_root=str(tmp_path / "data"), out=tmp_path / "out")
    p = run.prepare(sub, task, opts)  # renders synth-instrument at size small
    n, Cs = len(p.idx["train"]), (0.01, 0.1, 1.0)
    assert (n, len(p.idx["valid"])) == (300, 80)
    proto = task.protocol.model_copy(update={"probe": "linear", "early_stopping": False, "epochs": 200,
                                             "grid": GridSpec(lr=[1e-2], weight_decay=[0.0],
                                                              l2=[1 / (C * n) for C in Cs])})
    result = run.compute(sub, task.model_copy(update={"protocol": proto}), opts)
    ours = result["selected"]["test"]["accuracy"]

    Xtr, Xva, Xte = (X[:, 0] for X in standardize(*(p.fs.select(p.idx[s]) for s in ("train", "valid", "test"))))
    ytr, yva, yte = (p.y[p.idx[s]] for s in ("train", "valid", "test"))
    fits = [LogisticRegression(C=C, max_iter=5000).fit(Xtr, ytr) for C in Cs]
    sk = max(fits, key=lambda m: (m.predict(Xva) == yva).mean())
    ref = (sk.predict(Xte) == yte).mean()
    assert abs(ours - ref) <= 0.01, (ours, ref, result["layers"][0]["hparams"])
    assert result["layers"][0]["hparams"]["l2"] == 1 / (sk.C * n)  # the same C


def test_heads_cut_off_by_the_schedule_are_flagged_and_converged_ones_are_not():
    """Each head's score epoch against the cap: three epochs at lr 1e-4 leave every head still rising (flagged);
    a schedule long enough for early stopping to end it leaves none in its last tenth."""
    from benchmark.probing.stopping import convergence

    tr, va, te = blobs(layers=2, n=1500)
    for epochs, lr, patience, flagged in ((3, 1e-4, 8, True), (200, 1e-2, 8, False)):
        proto = protocol(epochs=epochs, grid={"lr": [lr]}, patience=patience)
        heads = fit(tr, va, te, Scoring("multiclass", 5, ["accuracy"], "accuracy"), proto, progress=False).heads
        per_layer = summarize(heads, "accuracy", True)
        conv = convergence(heads, proto.grid.points(), epochs, 0, per_layer)
        assert conv["flagged"] is flagged, conv
        assert conv["heads"] == 4 and len(conv["best_epochs"]["0"][0]) == 2
        if flagged:
            assert conv["late"] >= 2 and conv["late_share"] > 0.1
        else:
            assert conv["late"] == 0 and max(e for r in conv["best_epochs"].values() for x in r for e in x) < 180


def test_a_saturated_score_whose_loss_still_falls_is_not_late():
    """The head kept is the one whose validation loss is lowest among its best scores, so on an easy task it is
    kept at the last epoch; but its score stopped rising long before: that is convergence, not a cut-off."""
    from benchmark.probing.stopping import convergence

    tr, va, te = blobs(layers=1, n=600, classes=2)
    tr.X[:, 0, 0] = tr.y * 10.0  # one dimension gives the class away
    va.X[:, 0, 0], te.X[:, 0, 0] = va.y * 10.0, te.y * 10.0
    proto = protocol(epochs=40, grid={"lr": [1e-2]}, patience=40)
    heads = fit(tr, va, te, Scoring("multiclass", 2, ["accuracy"], "accuracy"), proto, progress=False).heads
    assert all(h.epoch + 1 > 36 for h in heads)  # kept late, by the loss tie-break
    conv = convergence(heads, proto.grid.points(), 40, 0, summarize(heads, "accuracy", True))
    assert not conv["flagged"] and conv["late"] == 0, conv


@pytest.mark.parametrize("kind", [
    {"probe": "linear", "epochs": 15}, {"probe": "mlp", "hidden": 16, "dropout": 0.3, "epochs": 15},
    {"probe": "linear", "epochs": 80, "patience": 3, "patience_on": "score"},
    {"probe": "mlp", "hidden": 16, "dropout": 0.3, "epochs": 80, "patience": 3, "patience_on": "score"},
    {"probe": "mlp", "hidden": 16, "dropout": 0.3, "epochs": 80, "patience": 3,
     "patience_on": "score_or_loss_unsaturated"}])
def test_ragged_layers_give_the_padded_fit(kind):
    """Layers of different widths, zero-padded to the widest: the heads that skip the padding (widths=) are the
    padded heads (same epochs, same predictions to float rounding), and padding a layer more changes nothing."""
    tr, va, te = blobs(layers=3, dim=32)
    widths = [32, 7, 20]
    for s in (tr, va, te):
        for li, w in enumerate(widths):
            s.X[:, li, w:] = 0.0
    p = protocol(**kind)
    args = (Scoring("multiclass", 5, ["accuracy"], "accuracy"), p)
    padded = fit(tr, va, te, *args, progress=False)
    ragged = fit(tr, va, te, *args, progress=False, widths=widths)
    assert [h.epoch for h in ragged.heads] == [h.epoch for h in padded.heads]
    if p.patience_on == "score":  # the ragged heads skipped the (grid point, layer) pairs that had stopped
        assert min(h.epoch for h in ragged.heads) + p.patience < ragged.epochs_run
    for a, b in zip(ragged.heads, padded.heads):
        assert (a.layer, a.grid, a.seed) == (b.layer, b.grid, b.seed)
        np.testing.assert_allclose(a.test_scores, b.test_scores, atol=1e-4)


class _Params(torch.nn.Module):
    def __init__(self, shape):
        super().__init__()
        self.w = torch.nn.Parameter(torch.zeros(shape))

    def keep_best(self, state, improved):
        pass


@pytest.mark.parametrize("rule, stops_at", [("score_or_loss", None), ("score_or_loss_unsaturated", 4),
                                            ("score", 4)])
def test_what_restarts_patience(rule, stops_at):
    """Two heads whose accuracy stops rising at epoch 1 while their loss keeps falling: one saturated (1.0, the
    metric's best), one not (0.8). A tie at a lower loss restarts patience under score_or_loss for both, under
    score_or_loss_unsaturated for the unsaturated head only, under score for neither."""
    from benchmark.probing.stopping import Stopper

    stopper = Stopper(_Params((2,)), (2,), lambda a, b: np.where(np.isnan(b), ~np.isnan(a), a > b), 3, rule, 1.0)
    ran = None
    for epoch in range(30):
        acc = np.array([min(1.0, 0.5 * (epoch + 1)), min(0.8, 0.4 * (epoch + 1))])
        loss = np.full(2, 1.0 / (epoch + 1))
        stopper.update(epoch, {v: acc for v in ("all", "a", "b")}, {v: loss for v in ("all", "a", "b")})
        live = stopper.live()
        if not live[0] and ran is None:
            ran = epoch
        if stopper.done():
            break
    saturated_stopped, unsaturated_live = not stopper.live()[0], bool(stopper.live()[1])
    if rule == "score_or_loss":
        assert not saturated_stopped and unsaturated_live  # both train to the cap
    elif rule == "score_or_loss_unsaturated":
        assert ran == stops_at and unsaturated_live  # the saturated head ran out 3 epochs after its last rise
    else:
        assert stopper.done() and epoch == stops_at
    assert list(stopper.epoch["all"]) == [epoch] * 2 or rule != "score_or_loss"  # ties keep the lower loss


def test_reduce_to_rank_keeps_the_training_geometry_and_leaves_narrow_layers_alone():
    """protocol.reduce: rank. A layer wider than the training rows' rank becomes its principal coordinates: every
    inner product with a training row is kept (times one scale, closed form), the training rows get mean
    variance 1, and a layer no wider than the rank comes back bit for bit."""
    from benchmark.probing.probes import reduce_to_rank

    rng = np.random.default_rng(0)
    n, widths = 40, [12, 300, 90]
    X = np.zeros((n + 30, 3, 300), np.float32)
    for li, w in enumerate(widths):
        X[:, li, :w] = rng.normal(size=(n + 30, w)) @ rng.normal(size=(w, w)) / np.sqrt(w)
    tr, va = standardize(X[:n], X[n:])
    (rtr, rva), new = reduce_to_rank(tr, va, widths=widths)
    assert new == [12, n - 1, n - 1] and rtr.shape == (n, 3, n - 1)
    np.testing.assert_array_equal(rtr[:, 0, :12], tr[:, 0, :12])
    np.testing.assert_array_equal(rva[:, 0, :12], va[:, 0, :12])
    for li in (1, 2):
        A, B, Z, V = (x[:, li, :w].astype(np.float64) for x, w in
                      ((tr, widths[li]), (va, widths[li]), (rtr, n - 1), (rva, n - 1)))
        scale2 = (n - 1) / (A.var(0).sum())  # the kept variance is all of it: rank n - 1 holds the centred rows
        np.testing.assert_allclose(Z @ Z.T, scale2 * A @ A.T, rtol=1e-4, atol=1e-3)
        np.testing.assert_allclose(V @ Z.T, scale2 * B @ A.T, rtol=1e-4, atol=1e-3)
        np.testing.assert_allclose(Z.var(0).mean(), 1.0, rtol=1e-4)
    again, _ = reduce_to_rank(tr, va, widths=widths)
    np.testing.assert_array_equal(again[0], rtr)


def test_an_l2_linear_head_on_the_reduced_layer_predicts_as_on_the_whole_layer():
    """What reduce: rank drops, the part of a clip outside the training span, is what an L2-optimal linear head
    ignores anyway (its weights lie in that span): scikit-learn's logistic regression on the principal
    coordinates (C divided by the scale squared) gives the whole layer's decision values on test clips."""
    from benchmark.probing.probes import reduce_to_rank

    X, y = make_classification(n_samples=260, n_features=400, n_informative=30, n_classes=3, random_state=1)
    X = X[:, None, :].astype(np.float32)
    tr, te = standardize(X[:60], X[60:])
    (rtr, rte), (r,) = reduce_to_rank(tr, te, widths=[400])
    scale2 = r / tr[:, 0].astype(np.float64).var(0).sum()
    whole = LogisticRegression(C=0.05, max_iter=5000, tol=1e-10).fit(tr[:, 0], y[:60])
    cut = LogisticRegression(C=0.05 / scale2, max_iter=5000, tol=1e-10).fit(rtr[:, 0, :r], y[:60])
    np.testing.assert_allclose(cut.decision_function(rte[:, 0, :r]), whole.decision_function(te[:, 0]),
                               rtol=1e-3, atol=1e-3)
