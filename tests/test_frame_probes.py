"""The frame probe's fast paths compute the same heads: ragged layers against padded ones, frames held in memory
against frames read from the memory-mapped cache."""
from __future__ import annotations

import numpy as np
import pytest

from benchmark import events
from benchmark import frame_probes as fp
from benchmark.frames import FrameSet
from benchmark.specs import ProtocolSpec

FPS = 50.0


def beat_frames(widths, n_clips=18, seconds=4.0, seed=0):
    """Clips whose layer l sees a beat pulse through noise growing with l, in its first widths[l] columns (zero
    beyond, as the frame cache pads them), with their beat annotations."""
    rng = np.random.default_rng(seed)
    D, n = max(widths), int(seconds * FPS)
    blocks, refs = [], []
    for _ in range(n_clips):
        period = rng.uniform(0.4, 0.7)
        beats = np.arange(rng.uniform(0.1, 0.4), seconds - 0.1, period)
        pulse = events.beat_targets(beats, n, FPS).astype(np.float32)
        block = np.zeros((n, len(widths), D), np.float16)
        for li, w in enumerate(widths):
            mix = rng.normal(size=(1, w))
            block[:, li, :w] = pulse[:, None] * mix + rng.normal(0, 0.1 + 0.5 * li, (n, w))
        blocks.append(block)
        refs.append(beats)
    store = np.concatenate(blocks)
    offsets = np.arange(n_clips + 1) * n
    fs = FrameSet(store, offsets, np.arange(n_clips), list(range(len(widths))), list(widths), {}, "k", FPS, 0.0,
                  True, {})
    targets = fp.per_clip_targets("beats", refs, [n] * n_clips, FPS)
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
