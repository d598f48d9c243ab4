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
from benchmark.config.specs import Submission

FIXTURES = Path(__file__).parent / "fixtures"
sys.path.insert(0, str(FIXTURES))
from musicnn_signals import FRAMES, PATCH_FRAMES, long_signals, signals  # noqa: E402

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
            outs = [o[0].T.numpy() for o in net(torch.from_numpy(mel)[None])]  # one 3 s patch
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


@pytest.mark.parametrize("model", ["MTT_musicnn", "MSD_musicnn"])
def test_parity_past_one_patch_every_frame_is_its_patchs(model):
    """On 10 s and 31 s signals (3 and 10 whole patches and a remainder), the encoder's frames are the original's
    patch by patch: the frame layers at the frames of each patch, and the back end's outputs (held over the
    patch's frames) equal TensorFlow's for that patch; the remainder's frames are those of the clip's last 187
    frames as one patch. Within the one-patch tolerance, at patch edges as at patch centres."""
    ref = np.load(FIXTURES / "musicnn_long_parity.npz")
    enc = M.Musicnn.build(Submission(name="m", adapter="musicnn", options={"model": model}), BuildContext())
    worst: dict[str, float] = {}
    for name, wave in long_signals().items():
        with torch.no_grad():
            outs = [o[0].numpy() for o in enc.forward(torch.from_numpy(wave)[None])]  # [frames, D] each
        frames = len(M.log_mel(wave))
        plan = M.patch_plan(frames)
        assert all(len(o) == frames for o in outs) and len(plan) == len(ref[f"{model}/{name}/taggram"])
        for p, (s, first) in enumerate(plan):
            kept = [f for f in PATCH_FRAMES if s + f >= first]  # the frames this patch gives
            assert np.array_equal(M.log_mel(wave)[s:s + 187][PATCH_FRAMES], ref[f"{name}/mel"][p])
            got = {layer: outs[i][[s + f for f in kept]] for i, layer in enumerate(M.LAYER_NAMES[:5])}
            want = {layer: ref[f"{model}/{name}/{layer}"][p][[PATCH_FRAMES.index(f) for f in kept]]
                    for layer in M.LAYER_NAMES[:5]}
            got["penultimate"], want["penultimate"] = outs[6][first:s + 187], ref[f"{model}/{name}/penultimate"][p]
            got["taggram"] = 1 / (1 + np.exp(-outs[7][first:s + 187]))
            want["taggram"] = ref[f"{model}/{name}/taggram"][p]
            for key, g in got.items():
                w = np.broadcast_to(want[key], g.shape)
                worst[key] = max(worst.get(key, 0.0), float(np.abs(g - w).max() / max(1.0, np.abs(w).max())))
    print(model, "largest relative difference:", {k: f"{v:.1e}" for k, v in worst.items()})
    assert max(worst.values()) <= RELATIVE, worst


def test_patches_batch_alike_and_a_short_clip_is_one_patch():
    """patch_batch is memory only: the features are the same for any; a clip of under 3 s is one patch of its own
    length, and every clip gets one frame per log-mel frame."""
    wave = long_signals()["ten"]
    one, many = (M.Musicnn.build(Submission(name="m", adapter="musicnn", options={"patch_batch": b}),
                                 BuildContext()) for b in (1, 16))
    with torch.no_grad():
        for a, b in zip(one.forward(torch.from_numpy(wave)[None]), many.forward(torch.from_numpy(wave)[None])):
            assert float((a - b).abs().max() / max(1.0, float(b.abs().max()))) <= RELATIVE  # float32 batching
        short = one.forward(torch.from_numpy(wave[:16000])[None])
    assert [o.shape[1] for o in short] == [63] * 8
    assert M.patch_plan(63) == [(0, 0)] and M.patch_plan(187) == [(0, 0)] and M.patch_plan(188) == [(0, 0)]
    assert M.patch_plan(400) == [(0, 0), (187, 187), (213, 374)]


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
