"""Decode, downmix, resample, crop/pad and chunk audio. Knows nothing of models or tasks."""
from __future__ import annotations

from pathlib import Path

import numpy as np
import soundfile as sf
import soxr

from .errors import BenchError


def load(path: str | Path, sample_rate: int, offset: float = 0.0, duration: float | None = None) -> np.ndarray:
    """Mono float32 audio at `sample_rate`, reading only [offset, offset + duration) from disk."""
    try:
        with sf.SoundFile(str(path)) as f:
            sr = f.samplerate
            start = int(round(offset * sr))
            f.seek(min(start, f.frames))
            frames = -1 if duration is None else int(round(duration * sr))
            wave = f.read(frames, dtype="float32", always_2d=True)
    except (sf.LibsndfileError, RuntimeError) as e:
        raise BenchError(f"{path}: cannot decode audio ({e})") from None
    mono = wave.mean(axis=1)
    if sr != sample_rate:
        mono = soxr.resample(mono, sr, sample_rate, quality="HQ").astype(np.float32)
    return np.ascontiguousarray(mono, dtype=np.float32)


def crop_or_pad(wave: np.ndarray, length: int, crop: str = "center") -> np.ndarray:
    """Exactly `length` samples: a centred (or leading) window of longer audio, zero padding at the end."""
    n = len(wave)
    if n > length:
        start = (n - length) // 2 if crop == "center" else 0
        return wave[start:start + length]
    if n < length:
        return np.pad(wave, (0, length - n))
    return wave


def chunks(length: int, chunk: int | None) -> list[tuple[int, int]]:
    """[start, end) ranges of at most `chunk` samples covering `length`, of near-equal size so that no
    chunk is a sliver too short for the encoder's receptive field (one range if chunk is None)."""
    if chunk is None or length <= chunk:
        return [(0, length)]
    k = -(-length // chunk)
    bounds = [round(i * length / k) for i in range(k + 1)]
    return list(zip(bounds[:-1], bounds[1:]))
