"""basic-pitch from the wheel's ONNX model, read with the onnx package and run in torch: the fixed front end
against the model's constants, parity with onnxruntime on frozen fixtures (tests/fixtures/
make_basic_pitch_fixtures.py), the windowing of long clips, and a run through the command line."""
from __future__ import annotations

import json
import shutil
import sys
from pathlib import Path

import numpy as np
import pytest
import torch

from benchmark.cli import main
from benchmark.encoders import basic_pitch as B
from benchmark.encoders.base import wheel_file
from benchmark.encoders.base import BuildContext
from benchmark.errors import BenchError
from benchmark.config.specs import Submission

FIXTURES = Path(__file__).parent / "fixtures"
sys.path.insert(0, str(FIXTURES))
from basic_pitch_signals import FRAMES, signals  # noqa: E402

REPO = Path(__file__).resolve().parents[1]
# the largest difference allowed against onnxruntime, relative to the output's largest magnitude (at least 1):
# the posteriorgrams within 1e-3; the CQT and the stacks within 5e-3, because 10 log10 of the power of bins
# 100 dB below the window's peak (silent bins) turns float32 rounding of the six decimating convolutions into
# dB-scale noise that depends on the CPU's kernels: on an AVX-512 machine our float32 forward differs from the
# fixture by 1.9e-3 (CQT) and 2.0e-4 (posteriorgrams), and our float64 forward by 2.5e-3 and 4.9e-4 (the
# fixture's own float32 noise); on the machine that made the fixtures both stayed within 1e-3 and 1e-4
POSTERIORGRAMS, FEATURES = 1e-3, 5e-3


def onnx_path() -> str:
    return str(wheel_file("basic-pitch", "0.4.0", B.ONNX_REL, "weights", "a path"))


def onnx_constants() -> dict[str, np.ndarray]:
    import onnx
    from onnx import numpy_helper

    return {i.name: numpy_helper.to_array(i) for i in onnx.load(onnx_path()).graph.initializer}


def test_the_computed_cqt_front_end_is_the_models_own():
    init = onnx_constants()
    kernels, lengths = B.cqt_kernels()
    bank = [v[:, 0, 0] for v in init.values() if v.shape == (36, 1, 1, 256)]
    assert len(bank) == 2  # real and imaginary parts, in either order
    assert any(np.array_equal(b, kernels.real) for b in bank) and any(np.array_equal(b, kernels.imag) for b in bank)
    fir = [v.ravel() for v in init.values() if v.shape == (1, 1, 1, 256)]
    assert len(fir) == 1 and np.abs(fir[0] - B.lowpass()).max() < 1e-7
    scale = [v.ravel() for v in init.values() if v.shape == (309, 1, 1)]
    assert len(scale) == 1 and np.allclose(scale[0], np.sqrt(lengths), rtol=1e-6)


def test_parity_with_onnxruntime():
    ref = np.load(FIXTURES / "basic_pitch_parity.npz")
    net = B.BasicPitchNet()
    B.load_onnx(net, onnx_path())
    worst: dict[str, float] = {}
    for name, wave in signals().items():
        with torch.no_grad():
            outs = net(torch.from_numpy(wave)[None])
        for key, out in zip(B.LAYER_NAMES, outs):
            got, want = out[0].numpy()[FRAMES], ref[f"{name}/{key}"]
            assert got.shape == want.shape
            worst[key] = max(worst.get(key, 0.0), float(np.abs(got - want).max() / max(1.0, np.abs(want).max())))
    print("largest relative difference:", {k: f"{v:.1e}" for k, v in worst.items()})
    for key, diff in worst.items():
        assert diff <= (POSTERIORGRAMS if key in ("contour", "note", "onset") else FEATURES), (key, diff)
    # and the network is not trivially close: the notes of the chord's four pitches light up (C4 E4 G4 C5)
    note = ref["chord/note"][FRAMES.index(15)]
    assert set(np.argsort(note)[-4:]) == {60 - 21, 64 - 21, 67 - 21, 72 - 21}


def test_a_long_clip_runs_in_windows_on_an_exact_frame_grid():
    sub = Submission(name="basic-pitch", adapter="basic-pitch")
    enc = B.BasicPitch.build(sub, BuildContext())
    wave = torch.from_numpy(np.tile(signals()["melody"], 3)[: 3 * B.WINDOW - 1000])[None]
    with torch.no_grad():
        layers = enc.forward(wave)
    n = wave.shape[1] // B.HOP + 1
    assert [tuple(h.shape) for h in layers] == [(1, n, d) for d in enc.hidden_sizes]
    # frame j of the clip is frame j + 15 of the window that starts 15 frames before it
    with torch.no_grad():
        for start in (0, 142):
            lo = start * B.HOP - B.CONTEXT * B.HOP
            window = torch.nn.functional.pad(wave, (max(0, -lo), 0))[:, max(0, lo):max(0, lo) + B.WINDOW]
            alone = enc.net(window)
            for h, a in zip(layers, alone):
                a = a[0, B.CONTEXT:B.CONTEXT + 142]
                diff = (h[0, start:start + 142] - a).abs().max() / a.abs().max().clamp(min=1)
                assert diff <= FEATURES, diff  # batched and single convolutions round differently


def test_a_file_that_is_not_the_model_is_an_error_naming_it(tmp_path):
    bad = tmp_path / "nmp.onnx"
    bad.write_bytes(b"not a model")
    with pytest.raises(BenchError, match=r"nmp\.onnx: cannot be read as an ONNX model"):
        B.BasicPitch.build(Submission(name="b", adapter="basic-pitch", checkpoint=str(bad)), BuildContext())


def test_basic_pitch_runs_through_the_command_line(project, tmp_path):
    for model in ("basic-pitch", "random-basic-pitch"):
        shutil.copy(REPO / "submissions" / f"{model}.yaml", project / "submissions")
        assert main(["run", "--model", model, "--tasks", "tones-register", "--layers", "all",
                     "--out", str(tmp_path / "out")]) == 0
    result = json.loads((tmp_path / "out" / "results" / "basic-pitch" / "tones-register.json").read_text())
    assert [e["layer"] for e in result["layers"]] == list(range(7))
    assert result["model"]["weights"].endswith("nmp.onnx")
    control = json.loads((tmp_path / "out" / "results" / "random-basic-pitch" / "tones-register.json").read_text())
    assert control["model"]["weights"] == "random (seed 0)"
