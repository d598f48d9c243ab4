"""A built-in dataset that needs nothing but numpy: harmonic tones labelled by pitch class.

Timbre (harmonic roll-off, envelope), octave, loudness and noise are random; the label is the pitch class.
It exists so the whole run path works with no download and no synthesizer; the richer synth suite renders
real sampled instruments.
"""
from __future__ import annotations

import json
from pathlib import Path

import numpy as np
import soundfile as sf

from .. import atomic

PITCH_CLASSES = ["C", "C#", "D", "D#", "E", "F", "F#", "G", "G#", "A", "A#", "B"]
SIZES = {"tiny": (6, 3, 3), "small": (20, 6, 6), "full": (80, 20, 20)}  # clips per class per split
SAMPLE_RATE = 16000
SECONDS = 2.0


def tone(rng: np.random.Generator, midi: int) -> np.ndarray:
    t = np.arange(int(SAMPLE_RATE * SECONDS)) / SAMPLE_RATE
    f0 = 440.0 * 2 ** ((midi - 69) / 12)
    rolloff = rng.uniform(0.5, 2.0)
    wave = np.zeros_like(t)
    for k in range(1, 12):
        if k * f0 < SAMPLE_RATE / 2:
            wave += k ** -rolloff * np.sin(2 * np.pi * k * f0 * t + rng.uniform(0, 2 * np.pi))
    env = np.exp(-t * rng.uniform(0.2, 3.0)) * np.minimum(1.0, t / rng.uniform(0.005, 0.1))
    wave = wave * env
    wave = wave / np.abs(wave).max() * rng.uniform(0.2, 0.8) + rng.normal(0, 0.003, len(t))
    return wave.astype(np.float32)


def render(out: Path, size: str = "small", seed: int = 0) -> Path:
    """Write WAVs and manifest.jsonl under `out`; the manifest is written last, atomically."""
    rng = np.random.default_rng(seed)
    (out / "audio").mkdir(parents=True, exist_ok=True)
    rows = []
    for split, per_class in zip(("train", "valid", "test"), SIZES[size]):
        for pc, name in enumerate(PITCH_CLASSES):
            for i in range(per_class):
                midi = 12 * int(rng.integers(4, 7)) + pc
                rel = f"audio/{split}-{name.replace('#', 's')}-{i:03d}.wav"
                sf.write(out / rel, tone(rng, midi), SAMPLE_RATE, subtype="PCM_16")
                rows.append({"audio": rel, "label": name, "split": split})
    manifest = out / "manifest.jsonl"
    atomic.write_text(manifest, "".join(json.dumps(r) + "\n" for r in rows))
    return manifest
