"""The `hf` adapter on tiny transformers models saved with save_pretrained: the same code a Hub id goes through."""
from __future__ import annotations

import json

import numpy as np
import pytest
import torch

from benchmark import results
from benchmark.cli import main
from benchmark.encoders.base import BuildContext
from benchmark.encoders.hf import HFEncoder
from benchmark.errors import BenchError
from benchmark.extract.features import encode_pooled
from benchmark.config.specs import Submission


def save_tiny(kind: str, folder):
    import transformers as tf

    torch.manual_seed(0)
    if kind == "whisper":
        cfg = tf.WhisperConfig(d_model=32, encoder_layers=2, decoder_layers=1, encoder_attention_heads=2,
                               decoder_attention_heads=2, encoder_ffn_dim=64, decoder_ffn_dim=64, num_mel_bins=80,
                               vocab_size=100, max_target_positions=32, pad_token_id=0,
                               bos_token_id=1, eos_token_id=2, decoder_start_token_id=1)
        model, fe = tf.WhisperModel(cfg), tf.WhisperFeatureExtractor(feature_size=80)
    else:
        common = dict(hidden_size=32, num_hidden_layers=3, num_attention_heads=2, intermediate_size=64,
                      conv_dim=(16, 16, 16), conv_stride=(5, 4, 4), conv_kernel=(10, 4, 4),
                      num_conv_pos_embeddings=16, num_conv_pos_embedding_groups=2)
        cfg_cls, model_cls = {"wav2vec2": (tf.Wav2Vec2Config, tf.Wav2Vec2Model),
                              "hubert": (tf.HubertConfig, tf.HubertModel)}[kind]
        model = model_cls(cfg_cls(**common))
        fe = tf.Wav2Vec2FeatureExtractor(sampling_rate=16000, do_normalize=True)
    model.save_pretrained(folder)
    fe.save_pretrained(folder)
    return model.eval()


@pytest.mark.parametrize("kind", ["wav2vec2", "hubert"])
def test_all_hidden_states_from_one_forward(tmp_path, kind):
    reference = save_tiny(kind, tmp_path / kind)
    enc = HFEncoder.build(Submission(name="tiny", adapter="hf", checkpoint=str(tmp_path / kind)), BuildContext())
    assert enc.num_layers == 4 and enc.hidden_sizes == [32] * 4
    assert enc.sample_rate == 16000 and enc.frame_rate == 16000 / 80
    assert enc.params == sum(p.numel() for p in reference.parameters())
    wave = torch.randn(2, 16000)
    states = enc.forward(wave)
    assert len(states) == 4 and states[0].shape == (2, 199, 32)  # conv front end without padding
    normed = (wave - wave.mean(1, keepdim=True)) / torch.sqrt(wave.var(1, keepdim=True, unbiased=False) + 1e-7)
    with torch.no_grad():
        ref = reference(normed, output_hidden_states=True).hidden_states
    for ours, theirs in zip(states, ref):
        torch.testing.assert_close(ours, theirs, atol=1e-4, rtol=1e-4)


def test_whisper_uses_the_encoder_and_trims_padding(tmp_path):
    save_tiny("whisper", tmp_path / "w")
    enc = HFEncoder.build(Submission(name="w", adapter="hf", checkpoint=str(tmp_path / "w")), BuildContext())
    assert enc.frame_rate == 50 and enc.max_seconds == 30 and enc.num_layers == 3
    states = enc.forward(torch.randn(1, 32000))
    assert [s.shape for s in states] == [(1, 100, 32)] * 3


def test_long_audio_is_chunked_and_frames_joined(tmp_path):
    save_tiny("wav2vec2", tmp_path / "m")
    sub = Submission(name="m", adapter="hf", checkpoint=str(tmp_path / "m"), options={"max_seconds": 0.5})
    enc = HFEncoder.build(sub, BuildContext())
    wave = np.random.default_rng(0).normal(size=(1, 24000)).astype(np.float32)  # 1.5 s -> three chunks
    pooled = encode_pooled(enc, wave, "float32")
    with torch.no_grad():
        parts = [enc.forward(torch.from_numpy(wave[:, i:i + 8000])) for i in (0, 8000, 16000)]
    for layer in range(4):
        frames = torch.cat([p[layer] for p in parts], dim=1)
        torch.testing.assert_close(pooled[layer], frames.mean(1), atol=1e-5, rtol=1e-5)


def test_bfloat16_features_stay_close(tmp_path):
    save_tiny("wav2vec2", tmp_path / "m")
    enc = HFEncoder.build(Submission(name="m", adapter="hf", checkpoint=str(tmp_path / "m")), BuildContext())
    wave = np.random.default_rng(0).normal(size=(1, 16000)).astype(np.float32)
    full, half = encode_pooled(enc, wave, "float32"), encode_pooled(enc, wave, "bfloat16")
    for a, b in zip(full, half):
        assert torch.nn.functional.cosine_similarity(a, b).item() > 0.99


def test_run_hf_entry_on_chosen_layers(project, tmp_path):
    save_tiny("hubert", tmp_path / "tiny-hubert")
    (project / "submissions" / "tiny-hubert.yaml").write_text(
        f"name: tiny-hubert\nadapter: hf\ncheckpoint: {tmp_path / 'tiny-hubert'}\nlicense: MIT\n")
    out = tmp_path / "out"
    assert main(["run", "--model", "tiny-hubert", "--tasks", "tones-register", "--layers", "0,2-3",
                 "--device", "auto", "--out", str(out)]) == 0
    res = json.loads((out / "results" / "tiny-hubert" / "tones-register.json").read_text())
    assert results.validate(res) == []
    assert [e["layer"] for e in res["layers"]] == [0, 2, 3]
    assert res["last_layer"]["layer"] == 3
    assert res["weighted_sum"]["layers"] == [0, 2, 3] and len(res["weighted_sum"]["layer_weights"]) == 3
    valid = {e["layer"]: e["valid"]["accuracy"] for e in res["layers"]}
    assert valid[res["selected"]["layer"]] == max(valid.values())
    assert res["model"]["num_layers"] == 4 and res["model"]["params"] > 0


def test_remote_code_is_refused_without_the_flag(project, tmp_path, capsys):
    save_tiny("wav2vec2", tmp_path / "rc")
    cfg = json.loads((tmp_path / "rc" / "config.json").read_text())
    cfg["model_type"] = "my_custom_audio_model"
    cfg["auto_map"] = {"AutoConfig": "configuration_custom.CustomConfig", "AutoModel": "modeling_custom.CustomModel"}
    (tmp_path / "rc" / "config.json").write_text(json.dumps(cfg))
    (project / "submissions" / "rc.yaml").write_text(f"name: rc\nadapter: hf\ncheckpoint: {tmp_path / 'rc'}\n")
    assert main(["run", "--model", "rc", "--tasks", "tones-register", "--out", str(tmp_path / "o")]) == 1
    msg = capsys.readouterr().err
    assert "--trust-remote-code" in msg and "rc" in msg


def test_offline_hub_id_fails_with_instructions(project, tmp_path, capsys):
    (project / "submissions" / "remote.yaml").write_text(
        "name: remote\nadapter: hf\ncheckpoint: some-org/some-model\nrevision: 0123abcd\n")
    assert main(["run", "--model", "remote", "--tasks", "tones-register", "--out", str(tmp_path / "o")]) == 1
    msg = capsys.readouterr().err
    assert "some-org/some-model" in msg and "hf download some-org/some-model --revision 0123abcd" in msg
    assert "--checkpoint" in msg and "Traceback" not in msg


def save_mert_style(folder, **config_changes):
    """A tiny HuBERT saved the way MERT's repositories are: model_type mert_model, remote-code auto_map, MERT's
    own config fields, 24 kHz."""
    import transformers as tf

    reference = save_tiny("hubert", folder)
    cfg = json.loads((folder / "config.json").read_text())
    cfg.update({"model_type": "mert_model", "architectures": ["MERTModel"],
                "auto_map": {"AutoConfig": "configuration_MERT.MERTConfig", "AutoModel": "modeling_MERT.MERTModel"},
                "feature_extractor_cqt": False, "deepnorm": False, "attention_relax": -1.0, "sample_rate": 24000,
                "feat_proj_layer_norm": True, **config_changes})
    (folder / "config.json").write_text(json.dumps(cfg))
    tf.Wav2Vec2FeatureExtractor(sampling_rate=24000, do_normalize=True).save_pretrained(folder)
    return reference


def test_mert_style_checkpoint_loads_into_hubert_without_remote_code(tmp_path):
    reference = save_mert_style(tmp_path / "mert")
    plain = Submission(name="mert", adapter="hf", checkpoint=str(tmp_path / "mert"))
    with pytest.raises(BenchError, match="trust-remote-code"):
        HFEncoder.build(plain, BuildContext())
    sub = Submission(name="mert", adapter="hf", checkpoint=str(tmp_path / "mert"), options={"architecture": "hubert"})
    enc = HFEncoder.build(sub, BuildContext())
    assert type(enc.model).__name__ == "HubertModel" and enc.sample_rate == 24000 and enc.frame_rate == 24000 / 80
    for (name, ours), theirs in zip(enc.model.state_dict().items(), reference.state_dict().values()):
        torch.testing.assert_close(ours, theirs, msg=name)  # every weight came from the checkpoint
    wave = torch.randn(1, 24000)
    normed = (wave - wave.mean()) / torch.sqrt(wave.var(unbiased=False) + 1e-7)
    with torch.no_grad():
        for a, b in zip(enc.forward(wave), reference(normed, output_hidden_states=True).hidden_states):
            torch.testing.assert_close(a, b, atol=1e-4, rtol=1e-4)


def test_mert_style_checkpoint_that_hubert_cannot_compute_is_refused(tmp_path):
    from safetensors.torch import load_file, save_file

    save_mert_style(tmp_path / "cqt", feature_extractor_cqt=True)
    sub = Submission(name="m", adapter="hf", checkpoint=str(tmp_path / "cqt"), options={"architecture": "hubert"})
    with pytest.raises(BenchError, match="feature_extractor_cqt"):
        HFEncoder.build(sub, BuildContext())
    save_mert_style(tmp_path / "gap")
    state = load_file(tmp_path / "gap" / "model.safetensors")
    del state["feature_projection.layer_norm.weight"]
    save_file(state, tmp_path / "gap" / "model.safetensors", metadata={"format": "pt"})
    sub = Submission(name="m", adapter="hf", checkpoint=str(tmp_path / "gap"), options={"architecture": "hubert"})
    with pytest.raises(BenchError, match="feature_projection.layer_norm.weight"):
        HFEncoder.build(sub, BuildContext())


@pytest.mark.parametrize("kind,stable", [("wav2vec2", False), ("wav2vec2", True), ("hubert", False)])
def test_forward_from_the_frozen_prefix_gives_the_same_states(tmp_path, kind, stable):
    """Fine-tuning above K continues from state K: layers K.. on it give forward()'s states K+1.. (with the
    final LayerNorm of pre-LN encoders on the last)."""
    save_tiny(kind, tmp_path / kind)
    if stable:
        cfg = json.loads((tmp_path / kind / "config.json").read_text())
        cfg["do_stable_layer_norm"] = True
        (tmp_path / kind / "config.json").write_text(json.dumps(cfg))
    enc = HFEncoder.build(Submission(name="tiny", adapter="hf", checkpoint=str(tmp_path / kind)), BuildContext())
    assert_forward_from_prefix(enc, torch.randn(2, 8000))


def assert_forward_from_prefix(enc, wave: torch.Tensor) -> None:
    """For every K: the encoder's forward_from on its prefix(wave, K) gives forward(wave)'s states K+1.."""
    with torch.no_grad():
        states = enc.forward(wave)
        for k in range(enc.num_layers - 1):
            tail = enc.forward_from(enc.prefix(wave, k), k)
            assert len(tail) == enc.num_layers - k - 1
            for got, want in zip(tail, states[k + 1:]):
                torch.testing.assert_close(got, want, atol=1e-5, rtol=1e-5)


def test_crepe_forward_from_the_frozen_prefix_gives_the_same_states():
    from benchmark.encoders.crepe import Crepe

    enc = Crepe.build(Submission(name="crepe-tiny", adapter="crepe", options={"capacity": "tiny", "hop_ms": 50}),
                      BuildContext())
    assert_forward_from_prefix(enc, torch.randn(2, 8000))
