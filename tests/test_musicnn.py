"""musicnn from the musicnn wheel's TensorFlow checkpoints, read without TensorFlow: the checkpoint reader, parity
with the original TensorFlow graph on frozen fixtures (tests/fixtures/make_musicnn_fixtures.py), and a run
through the command line."""
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
from benchmark.encoders import tf_checkpoint
from benchmark.encoders.base import BuildContext
from benchmark.errors import BenchError
from benchmark.specs import Submission

FIXTURES = Path(__file__).parent / "fixtures"
sys.path.insert(0, str(FIXTURES))
from musicnn_signals import FRAMES, signals  # noqa: E402

REPO = Path(__file__).resolve().parents[1]
# the largest difference allowed against TensorFlow's float32 graph, relative to the output's largest magnitude
# (float32 summation order); the input log-mel must be identical. The kernels torch picks depend on the CPU:
# under 2e-5 where the fixtures were checked, 1.0e-4 (musicnn) and 6.8e-5 (VGG) on an AVX-512 EPYC, the same
# versions of every package
RELATIVE = 2e-4
OUTPUTS = ("timbral", "temporal", "cnn1", "cnn2", "cnn3", "mean_pool", "max_pool", "penultimate", "taggram")


def test_the_checkpoint_reader_reads_every_variable_of_the_wheel():
    index = tf_checkpoint.read_index(M.wheel_checkpoint("MSD_musicnn"))
    weights = tf_checkpoint.load(M.wheel_checkpoint("MSD_musicnn"))
    assert set(weights) == set(index)
    assert weights["conv2d/kernel"].shape == (7, 38, 1, 204) and weights["dense_1/kernel"].shape == (200, 50)
    assert weights["batch_normalization_9/moving_variance"].dtype == np.float32
    assert (weights["batch_normalization_9/moving_variance"] > 0).all()
    # every network variable is used, each once; the rest are the optimizer's
    used = {f"{scope}/{v}" for scope, m in M.MusicnnNet().tf_names()
            for v in (("gamma", "beta", "moving_mean", "moving_variance") if isinstance(m, M.BatchNorm)
                      else ("kernel", "bias"))}
    assert used <= set(weights)
    assert all("Adam" in k or k.endswith("_power") for k in set(weights) - used)


def test_a_broken_checkpoint_is_an_error_naming_the_file(tmp_path):
    src = Path(M.wheel_checkpoint("MTT_musicnn"))
    (tmp_path / "ck.index").write_bytes((src / ".index").read_bytes()[:-10])
    with pytest.raises(BenchError, match=r"ck\.index: not a TensorFlow checkpoint index"):
        tf_checkpoint.load(tmp_path / "ck")
    shutil.copy(src / ".index", tmp_path / "ck.index")
    with pytest.raises(BenchError, match=r"ck\.data-00000-of-00001: cannot be read"):
        tf_checkpoint.load(tmp_path / "ck")
    (tmp_path / "ck.data-00000-of-00001").write_bytes((src / ".data-00000-of-00001").read_bytes()[:1000])
    with pytest.raises(BenchError, match="runs past the shard"):
        tf_checkpoint.load(tmp_path / "ck")
    sub = Submission(name="m", adapter="musicnn", checkpoint=str(Path(M.wheel_checkpoint("MSD_musicnn"))) + "/x")
    with pytest.raises(BenchError, match=r"x\.index: cannot be read"):
        M.Musicnn.build(sub, BuildContext())


@pytest.mark.parametrize("model", ["MTT_musicnn", "MSD_musicnn"])
def test_parity_with_the_original_tensorflow_musicnn(model):
    ref = np.load(FIXTURES / "musicnn_parity.npz")
    net = M.MusicnnNet()
    M.load_tf(net, tf_checkpoint.load(M.wheel_checkpoint(model)), model)
    worst: dict[str, float] = {}
    for name, wave in signals().items():
        mel = M.log_mel(wave)
        assert mel.shape == (187, 96)
        assert np.array_equal(mel[FRAMES], ref[f"{name}/mel"])  # float16 arithmetic reproduced exactly
        with torch.no_grad():
            outs = [o[0].T.numpy() for o in net(torch.from_numpy(mel)[None], window=None)]  # one 3 s patch
        got = dict(zip(M.LAYER_NAMES, outs))
        mid = np.concatenate(outs[:5], 1)  # the back end's input: its max and mean over time, before its BN
        got.update(max_pool=mid.max(0), mean_pool=mid.mean(0), penultimate=got["penultimate"][0],
                   taggram=1 / (1 + np.exp(-got["logits"][0])))
        for key in OUTPUTS:
            want = ref[f"{model}/{name}/{key}"]
            g = got[key][FRAMES] if key in M.LAYER_NAMES[:5] else got[key]
            assert g.shape == want.shape and np.isfinite(want).all()
            worst[key] = max(worst.get(key, 0.0), float(np.abs(g - want).max() / max(1.0, np.abs(want).max())))
    print(model, "largest relative difference:", {k: f"{v:.1e}" for k, v in worst.items()})
    assert max(worst.values()) <= RELATIVE, worst


def test_the_sliding_back_end_is_the_patch_back_end_at_the_patch_centre():
    net = M.MusicnnNet()
    M.load_tf(net, tf_checkpoint.load(M.wheel_checkpoint("MTT_musicnn")), "MTT")
    mel = torch.from_numpy(M.log_mel(signals()["clicks"]))[None]
    with torch.no_grad():
        sliding, patch = net(mel), net(mel, window=None)
    for s, p in zip(sliding[5:], patch[5:]):
        assert torch.allclose(s[..., 93], p[..., 0], atol=1e-5)  # the 187-frame window centred on frame 93


def test_musicnn_runs_through_the_command_line(project, tmp_path):
    shutil.copy(REPO / "submissions" / "musicnn-mtt.yaml", project / "submissions")
    shutil.copy(REPO / "submissions" / "random-musicnn.yaml", project / "submissions")
    for model in ("musicnn-mtt", "random-musicnn"):
        assert main(["run", "--model", model, "--tasks", "tones-register", "--layers", "all",
                     "--out", str(tmp_path / "out")]) == 0
    result = json.loads((tmp_path / "out" / "results" / "musicnn-mtt" / "tones-register.json").read_text())
    assert [e["layer"] for e in result["layers"]] == list(range(8))
    assert result["model"]["weights"].endswith("MTT_musicnn/")
    control = json.loads((tmp_path / "out" / "results" / "random-musicnn" / "tones-register.json").read_text())
    assert control["model"]["weights"] == "random (seed 0)"
