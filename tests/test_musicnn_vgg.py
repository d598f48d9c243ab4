"""musicnn's VGG-like baseline from the musicnn wheel's TensorFlow checkpoints: parity with the original
TensorFlow graph on frozen fixtures (tests/fixtures/make_musicnn_fixtures.py --vgg), the patching of clips of
any length, and a run through the command line."""
from __future__ import annotations

import json
import shutil
import sys
from pathlib import Path

import numpy as np
import pytest
import torch

from benchmark.cli import main
from benchmark.encoders import musicnn as M
from benchmark.encoders import musicnn_vgg as V
from benchmark.encoders import tf_checkpoint
from benchmark.encoders.base import BuildContext
from benchmark.config.specs import Submission

FIXTURES = Path(__file__).parent / "fixtures"
sys.path.insert(0, str(FIXTURES))
from musicnn_signals import long_signals, signals  # noqa: E402

REPO = Path(__file__).resolve().parents[1]
RELATIVE = 2e-4  # as musicnn's (see there): float32 summation order, relative to the output's largest magnitude


@pytest.mark.parametrize("model", ["MTT_vgg", "MSD_vgg"])
def test_parity_with_the_original_tensorflow_vgg(model):
    ref = np.load(FIXTURES / "musicnn_vgg_parity.npz")
    net = V.VggNet()
    V.load_tf(net, tf_checkpoint.load(M.wheel_checkpoint(model)), model)
    worst: dict[str, float] = {}
    for name, wave in signals().items():
        mel = torch.from_numpy(M.log_mel(wave))[None]  # exactly one 187-frame patch
        with torch.no_grad():
            pools, outs = net.blocks(mel), net(mel)
        got = {"pool5": outs[4][0].numpy(), "taggram": torch.sigmoid(outs[5][0]).numpy()}
        for i, p in enumerate(pools[:4]):
            f = p[0].permute(1, 2, 0).numpy()  # [time, mel, channels], as TensorFlow's
            got[f"pool{i + 1}_mean"] = f.mean(0)
            got[f"pool{i + 1}_steps"] = f[[0, len(f) // 2, len(f) - 1]]
            # the layer the encoder gives is this mean over time, flattened
            assert np.allclose(outs[i][0].numpy(), f.mean(0).T.reshape(-1), atol=1e-6)
        for key, value in got.items():
            want = ref[f"{model}/{name}/{key}"]
            assert value.shape == want.shape
            worst[key] = max(worst.get(key, 0.0), float(np.abs(value - want).max() / max(1.0, np.abs(want).max())))
    print(model, "largest relative difference:", {k: f"{v:.1e}" for k, v in worst.items()})
    assert max(worst.values()) <= RELATIVE, worst


@pytest.mark.parametrize("model", ["MTT_vgg", "MSD_vgg"])
def test_parity_past_one_patch_each_patch_is_the_originals(model):
    """On 10 s and 31 s signals, the encoder's frames are the original's patches as its extractor cuts them (3
    and 10; the remainder dropped as the original drops it), within the one-patch tolerance."""
    ref = np.load(FIXTURES / "musicnn_long_parity.npz")
    enc = V.MusicnnVgg.build(Submission(name="m", adapter="musicnn-vgg", options={"model": model}), BuildContext())
    worst: dict[str, float] = {}
    for name, wave in long_signals().items():
        with torch.no_grad():
            outs = [o[0].numpy() for o in enc.forward(torch.from_numpy(wave)[None])]  # [patches, D]
        want = {"pool5": ref[f"{model}/{name}/pool5"], "taggram": ref[f"{model}/{name}/taggram"]}
        got = {"pool5": outs[4], "taggram": 1 / (1 + np.exp(-outs[5]))}
        for i in range(4):  # the encoder's layer: the block's mean over time [mel, channels], channel-major
            f = ref[f"{model}/{name}/pool{i + 1}_mean"]
            want[f"pool{i + 1}"], got[f"pool{i + 1}"] = f.transpose(0, 2, 1).reshape(len(f), -1), outs[i]
        for key, g in got.items():
            assert g.shape == want[key].shape, key
            worst[key] = max(worst.get(key, 0.0),
                             float(np.abs(g - want[key]).max() / max(1.0, np.abs(want[key]).max())))
    print(model, "largest relative difference:", {k: f"{v:.1e}" for k, v in worst.items()})
    assert max(worst.values()) <= RELATIVE, worst


@pytest.mark.parametrize("seconds,n", [(1.0, 1), (2.976, 1), (2.99, 1), (3.1, 1), (8.0, 2), (5.952, 1), (6.0, 2)])
def test_clips_are_cut_into_whole_patches_the_partial_one_dropped(seconds, n):
    """As musicnn's extractor: whole patches from frame 0, a partial last one dropped; a clip shorter than one
    patch (which the original cannot run) is one patch completed with zeros."""
    mel = M.log_mel(np.zeros(int(round(seconds * M.SAMPLE_RATE)), dtype=np.float32) + 0.01)
    p = V.patches(mel)
    assert p.shape == (n, M.PATCH, M.N_MELS)
    assert np.array_equal(p.reshape(-1, M.N_MELS)[: min(len(mel), n * M.PATCH)], mel[: n * M.PATCH])


def test_vgg_runs_through_the_command_line(project, tmp_path):
    for model in ("vgg-mtt", "random-vgg"):
        shutil.copy(REPO / "submissions" / f"{model}.yaml", project / "submissions")
        assert main(["run", "--model", model, "--tasks", "tones-register", "--layers", "all",
                     "--out", str(tmp_path / "out")]) == 0
    result = json.loads((tmp_path / "out" / "results" / "vgg-mtt" / "tones-register.json").read_text())
    assert [e["layer"] for e in result["layers"]] == list(range(6))
    assert result["model"]["weights"].endswith("MTT_vgg/")
    control = json.loads((tmp_path / "out" / "results" / "random-vgg" / "tones-register.json").read_text())
    assert control["model"]["weights"] == "random (seed 0)"
