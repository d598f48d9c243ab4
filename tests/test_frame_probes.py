"""The frame probe's fast paths compute the same heads: ragged layers against padded ones, frames held in memory
against frames read from the memory-mapped cache."""
from __future__ import annotations

import numpy as np
import pytest

from benchmark.probing import events
from benchmark.probing import frame_probes as fp
from benchmark.probing.event_targets import EVENT_TARGETS
from benchmark.extract.frames import FrameSet
from benchmark.config.specs import ProtocolSpec

FPS = 50.0


def beat_frames(widths, n_clips=18, seconds=4.0, seed=0, shared=False):
    """Clips whose layer l sees a beat pulse through noise growing with l, in its first widths[l] columns (zero
    beyond, as the frame cache pads them), with their beat annotations. The pulse enters each layer along a
    direction of its own per clip, or with `shared` the same in every clip (a linear head can then read it)."""
    rng = np.random.default_rng(seed)
    D, n = max(widths), int(seconds * FPS)
    directions = [rng.normal(size=(1, w)) for w in widths]
    blocks, refs = [], []
    for _ in range(n_clips):
        period = rng.uniform(0.4, 0.7)
        beats = np.arange(rng.uniform(0.1, 0.4), seconds - 0.1, period)
        pulse = events.beat_targets(beats, n, FPS).astype(np.float32)
        block = np.zeros((n, len(widths), D), np.float16)
        for li, w in enumerate(widths):
            mix = directions[li] if shared else rng.normal(size=(1, w))
            block[:, li, :w] = pulse[:, None] * mix + rng.normal(0, 0.1 + 0.5 * li, (n, w))
        blocks.append(block)
        refs.append(beats)
    store = np.concatenate(blocks)
    offsets = np.arange(n_clips + 1) * n
    fs = FrameSet(store, offsets, np.arange(n_clips), list(range(len(widths))), list(widths), {}, "k", FPS, 0.0,
                  True, {})
    targets = EVENT_TARGETS["beats"].targets(refs, [n] * n_clips, FPS)
    cut = {"train": range(0, 10), "valid": range(10, 14), "test": range(14, 18)}
    splits = {s: fp.FrameSplit(list(ix), [targets[i] for i in ix], [refs[i] for i in ix]) for s, ix in cut.items()}
    return fs, splits


def fit(fs, splits):
    p = ProtocolSpec(probe="mlp", hidden=16, dropout=0.2, grid={"lr": [3e-3]}, epochs=10, batch_size=4, patience=3,
                     seeds=[0, 1], epoch_steps=5, pooling="frames")
    return fp.fit_frames(fs, splits, "beats", p, {"threshold": [0.5], "min_distance": [0.2]}, "beat_f_measure",
                         fs.layers, FPS, progress=False)


@pytest.mark.parametrize("held", [True, False])
def test_ragged_and_held_frames_give_the_padded_fit(monkeypatch, held):
    widths = [24, 5, 12]
    fs, splits = beat_frames(widths)
    padded = FrameSet(**{**fs.__dict__, "hidden_sizes": [max(widths)] * len(widths)})  # read as if all were wide
    if not held:
        monkeypatch.setattr(fp, "HELD_BYTES", 0)
    ragged, ref = fit(fs, splits), fit(padded, splits)
    assert [h.epoch for h in ragged] == [h.epoch for h in ref]
    for a, b in zip(ragged, ref):
        assert (a.layer, a.seed) == (b.layer, b.seed)
        np.testing.assert_allclose(a.test["beat_f_measure"], b.test["beat_f_measure"], atol=1e-6)
        np.testing.assert_allclose(a.test_scores, b.test_scores, atol=1e-6)
    assert max(h.test["beat_f_measure"] for h in ragged) > 0.5  # the probe learned the pulse


@pytest.mark.parametrize("target", ["beats", "chords"])
@pytest.mark.parametrize("dtype, atol", [("float64", 3e-5), ("float32", 1e-3)])
def test_lbfgs_reaches_scikit_learns_logistic_regression(target, dtype, atol):
    """`minimise` on the target's loss + l2/2 |w|^2 is scikit-learn's LogisticRegression(C = 1 / (l2 n)) (positives
    weighted by pos_weight for beats): the same probabilities on held-out frames (in float64 to 3e-5, both stopping at their tolerances; the
    probe's float32 stops within 1e-3)."""
    import torch
    from sklearn.linear_model import LogisticRegression

    rng = np.random.default_rng(1)
    n, d, l2 = 600, 12, 1e-2
    x = rng.normal(size=(n, d)).astype(dtype)
    if target == "beats":
        y = (x[:, 0] + 0.5 * rng.normal(size=n) > 1.0).astype(np.int64)  # ~16 % positives
        pw = float((1 - y.mean()) / y.mean())
        ref = LogisticRegression(C=1 / (l2 * n), class_weight={0: 1.0, 1: pw}, tol=1e-10, max_iter=10_000)
        C = 1
    else:
        y = np.argmax(x[:, :4] + 0.7 * rng.normal(size=(n, 4)), 1)
        pw, C = 1.0, 4
        ref = LogisticRegression(C=1 / (l2 * n), tol=1e-10, max_iter=10_000)
    ref.fit(x, y)
    w = torch.zeros(d, C, requires_grad=True, dtype=getattr(torch, dtype))
    b = torch.zeros(C, requires_grad=True, dtype=getattr(torch, dtype))
    xt, loss = torch.from_numpy(x), EVENT_TARGETS[target].loss(torch.from_numpy(y), pw)
    iters = fp.minimise([w, b], lambda: loss(xt @ w + b) + l2 / 2 * (w ** 2).sum(), 500)
    assert iters < 500
    x_new = rng.normal(size=(200, d)).astype(dtype)
    with torch.no_grad():
        s = torch.from_numpy(x_new) @ w + b
        ours = torch.sigmoid(s[:, 0]).numpy() if target == "beats" else torch.softmax(s, 1).numpy()
    theirs = ref.predict_proba(x_new)[:, 1] if target == "beats" else ref.predict_proba(x_new)
    np.testing.assert_allclose(ours, theirs, atol=atol)


def lbfgs_protocol(**kw):
    return ProtocolSpec(**{"pooling": "frames", "probe": "linear", "solver": "lbfgs", "grid": {"lr": [1.0],
                           "l2": [1e-2, 1e-3]}, "epochs": 300, "seeds": [0], **kw})


def test_lbfgs_frame_probe_fits_each_layer_and_the_weighted_sum():
    """Under solver: lbfgs a head per (layer, l2), converged before the cap, learns the pulse the low-noise
    layers carry; the weighted sum leans on them."""
    widths = [24, 5, 12]
    fs, splits = beat_frames(widths, shared=True)
    args = (fs, splits, "beats", lbfgs_protocol(), {"threshold": [0.3, 0.5], "min_distance": [0.2]},
            "beat_f_measure", fs.layers, FPS)
    heads = fp.fit_frames(*args, progress=False)
    assert sorted((h.layer, h.grid["l2"]) for h in heads) == [(li, l2) for li in range(3) for l2 in (1e-3, 1e-2)]
    assert all(0 <= h.epoch < 299 for h in heads)
    best = {li: max(h.valid["beat_f_measure"] for h in heads if h.layer == li) for li in range(3)}
    assert best[0] > 0.8 and best[0] > best[2]
    mixed = fp.fit_frames(*args, mix=True, progress=False)
    assert [h.layer for h in mixed] == [-1, -1]
    for h in mixed:
        assert abs(sum(h.layer_weights) - 1) < 1e-5 and h.layer_weights[0] > h.layer_weights[2]
    again = fp.fit_frames(*args, progress=False)  # deterministic: no seed enters the fit
    assert [h.test for h in again] == [h.test for h in heads]


@pytest.mark.parametrize("change, field", [({"probe": "mlp"}, "probe"), ({"seeds": [0, 1]}, "seeds"),
                                           ({"pooling": "mean"}, "pooling")])
def test_lbfgs_protocol_refuses_what_it_cannot_fit(change, field):
    with pytest.raises(ValueError, match=f"solver: lbfgs does not fit {field}"):
        lbfgs_protocol(**change)


def test_lbfgs_weighted_sum_does_not_depend_on_the_other_grid_points():
    """The weighted sum is not convex in its layer weights: a fit warm-started from a stronger l2's optimum
    stayed near that layer choice (madmom-chroma on synth-chords: 0.800 against 0.854 alone), so each l2 starts
    from the same point and a head is the same whatever else the grid holds."""
    fs, splits = beat_frames([24, 5, 12], shared=True)

    def mixed(l2s):
        p = lbfgs_protocol(grid={"lr": [1.0], "l2": l2s})
        heads = fp.fit_frames(fs, splits, "beats", p, {"threshold": [0.3, 0.5], "min_distance": [0.2]},
                              "beat_f_measure", fs.layers, FPS, mix=True, progress=False)
        return {h.grid["l2"]: h for h in heads}

    alone, among = mixed([1e-3])[1e-3], mixed([1.0, 1e-3])[1e-3]
    assert alone.epoch == among.epoch
    np.testing.assert_allclose(alone.layer_weights, among.layer_weights, atol=1e-6)
    np.testing.assert_allclose(alone.test_scores, among.test_scores, atol=1e-6)
