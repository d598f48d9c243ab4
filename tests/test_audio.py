"""Decode, downmix, resample, crop/pad and chunking."""
from __future__ import annotations

import numpy as np
import pytest
import soundfile as sf

from benchmark.data import audio
from benchmark.errors import BenchError


def dominant_hz(wave: np.ndarray, sr: int) -> float:
    spec = np.abs(np.fft.rfft(wave * np.hanning(len(wave))))
    return float(np.fft.rfftfreq(len(wave), 1 / sr)[spec.argmax()])


def test_load_downmixes_resamples_and_reads_only_the_window(tmp_path):
    sr = 44100
    t = np.arange(3 * sr) / sr
    left = 0.5 * np.sin(2 * np.pi * 440 * t)
    right = np.where(t < 1.0, 0.0, 0.5 * np.sin(2 * np.pi * 440 * t))
    sf.write(tmp_path / "a.wav", np.stack([left, right], 1), sr, subtype="FLOAT")
    wave = audio.load(tmp_path / "a.wav", 16000, offset=1.5, duration=1.0)
    assert wave.dtype == np.float32 and len(wave) == 16000
    assert abs(dominant_hz(wave, 16000) - 440) < 2
    np.testing.assert_allclose(np.abs(wave).max(), 0.5, atol=0.01)  # mean of two equal channels


def test_crop_or_pad():
    x = np.arange(10, dtype=np.float32)
    assert audio.crop_or_pad(x, 4).tolist() == [3, 4, 5, 6]
    assert audio.crop_or_pad(x, 4, "start").tolist() == [0, 1, 2, 3]
    assert audio.crop_or_pad(x, 12).tolist() == list(range(10)) + [0, 0]


def test_chunks_cover_everything_and_respect_the_limit():
    for length, chunk in [(100, 30), (90, 30), (31, 30), (10, 30), (1000, 7)]:
        parts = audio.chunks(length, chunk)
        assert parts[0][0] == 0 and parts[-1][1] == length
        assert all(a == prev_b for (a, _), (_, prev_b) in zip(parts[1:], parts[:-1]))
        assert all(0 < b - a <= chunk for a, b in parts)
        sizes = [b - a for a, b in parts]
        assert max(sizes) - min(sizes) <= 1  # no sliver at the end
    assert audio.chunks(100, None) == [(0, 100)]


def test_undecodable_file_names_the_file(tmp_path):
    bad = tmp_path / "bad.wav"
    bad.write_bytes(b"not audio")
    with pytest.raises(BenchError, match="bad.wav"):
        audio.load(bad, 16000)
