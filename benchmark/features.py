"""Layer-wise extraction, pooling and the on-disk feature cache.

All layers come from one forward pass per clip (chunked when the clip is longer than the encoder takes). The
pooled features are stored as a memory-mapped array [clips, layers, dim] under $BENCH_CACHE, keyed by the
encoder identity, the dataset content hash, the clip settings and the layer set. Rows are flushed batch by batch
with a done-mask, so a killed run resumes where it stopped and a finished one never builds the encoder again.
"""
from __future__ import annotations

import json
import os
import time
from dataclasses import dataclass
from pathlib import Path
from typing import Any, Callable

import numpy as np
import torch
from rich.progress import BarColumn, Progress, TextColumn, TimeRemainingColumn

from . import atomic, audio
from .data.manifest import Clip
from .encoders.base import Encoder
from .errors import BenchError
from .specs import ClipSpec, digest

CACHE_FORMAT = 1


def cache_root() -> Path:
    return Path(os.environ.get("BENCH_CACHE") or Path.home() / ".cache" / "bench" / "features")


def parse_layers(spec: str, num_layers: int) -> list[int]:
    """'all', 'last', or a list like '0,4-6' (negative numbers count from the end)."""
    if spec == "all":
        return list(range(num_layers))
    if spec == "last":
        return [num_layers - 1]
    out: list[int] = []
    try:
        for part in spec.split(","):
            lo, _, hi = part.strip().partition("-") if not part.strip().startswith("-") else (part.strip(), "", "")
            a = int(lo)
            b = int(hi) if hi else a
            out.extend(range(a, b + 1))
    except ValueError:
        raise BenchError(f"--layers: '{spec}' is not 'all', 'last' or a list like 0,4-6") from None
    out = [i + num_layers if i < 0 else i for i in out]
    bad = [i for i in out if not 0 <= i < num_layers]
    if bad:
        raise BenchError(f"--layers: layer {bad[0]} does not exist; this encoder has layers 0-{num_layers - 1}")
    return sorted(set(out))


def resolve_device(name: str) -> torch.device:
    if name == "auto":
        return torch.device("cuda" if torch.cuda.is_available() else "cpu")
    if name == "cuda" and not torch.cuda.is_available():
        raise BenchError("--device cuda: no CUDA device is available here; use --device auto or cpu")
    return torch.device(name)


@dataclass
class FeatureSet:
    features: np.ndarray  # [clips, layers, max dim], memory-mapped
    layers: list[int]
    hidden_sizes: list[int]  # per stored layer
    encoder: dict[str, Any]  # Encoder.describe() of the encoder that wrote them
    key: str
    extract_s: float  # seconds spent extracting in this call (0 when fully cached)
    cached: bool

    def layer(self, i: int) -> np.ndarray:
        return self.features[:, i, : self.hidden_sizes[i]]


def load_clip(clip: Clip, spec: ClipSpec, sr: int) -> np.ndarray:
    wave = audio.load(clip.audio, sr, clip.offset, clip.duration)
    if spec.seconds is not None:
        wave = audio.crop_or_pad(wave, int(round(spec.seconds * sr)), spec.crop)
    return wave


def pool(enc: Encoder, x: torch.Tensor) -> list[torch.Tensor]:
    """Mean over time of every layer for a batch [B, T] on the encoder's device: chunks of at most
    max_seconds, one forward each, frames of all chunks averaged together. Differentiable."""
    chunk = None if enc.max_seconds is None else int(enc.max_seconds * enc.sample_rate)
    sums: list[torch.Tensor] | None = None
    frames = 0
    for a, b in audio.chunks(x.shape[-1], chunk):
        states = enc.forward(x[:, a:b])
        part = [h.float().sum(1) for h in states]
        sums = part if sums is None else [s + p for s, p in zip(sums, part)]
        frames += states[0].shape[1]
    return [s / frames for s in sums]


def encode_pooled(enc: Encoder, waves: np.ndarray, dtype: str) -> list[torch.Tensor]:
    """pool() for extraction: no gradients, bfloat16 autocast when asked."""
    x = torch.from_numpy(waves).to(enc.device)
    with torch.inference_mode(), torch.autocast(enc.device.type, dtype=torch.bfloat16,
                                                 enabled=dtype == "bfloat16"):
        return pool(enc, x)


def extract(clips: list[Clip], clip_spec: ClipSpec, identity: dict[str, Any], data_hash: str,
            build: Callable[[], Encoder], layers: str = "all", dtype: str = "float32",
            batch_size: int = 1) -> FeatureSet:
    """Pooled features of every clip for the chosen layers, from the cache where it has them."""
    key = digest({"format": CACHE_FORMAT, "encoder": identity, "data": data_hash, "clip": clip_spec.model_dump(),
                  "layers": layers, "pooling": "mean", "dtype": dtype})
    folder = cache_root() / key[:32]
    meta_path, feat_path, done_path = folder / "meta.json", folder / "features.npy", folder / "done.npy"
    meta = json.loads(meta_path.read_text()) if meta_path.is_file() else None
    if meta and meta.get("complete"):
        feats = np.load(feat_path, mmap_mode="r")
        return FeatureSet(feats, meta["layers"], meta["hidden_sizes"], meta["encoder"], key, 0.0, True)

    t0 = time.perf_counter()
    enc = build()
    chosen = parse_layers(layers, enc.num_layers)
    sizes = [enc.hidden_sizes[i] for i in chosen]
    shape = (len(clips), len(chosen), max(sizes))
    folder.mkdir(parents=True, exist_ok=True)
    if meta and tuple(meta["shape"]) == shape and feat_path.is_file() and done_path.is_file():
        feats = np.load(feat_path, mmap_mode="r+")
        done = np.load(done_path, mmap_mode="r+")
    else:
        feats = np.lib.format.open_memmap(feat_path, mode="w+", dtype=np.float32, shape=shape)
        done = np.lib.format.open_memmap(done_path, mode="w+", dtype=bool, shape=(len(clips),))
        meta = {"key": key, "identity": identity, "layers": chosen, "hidden_sizes": sizes, "shape": list(shape),
                "encoder": enc.describe(), "complete": False}
        atomic.write_json(meta_path, meta)

    todo = [i for i in range(len(clips)) if not done[i]]
    # clips of different lengths cannot share a batch
    step = batch_size if clip_spec.seconds is not None else 1
    with Progress(TextColumn("extract"), BarColumn(), TextColumn("{task.completed}/{task.total} clips"),
                  TimeRemainingColumn(), transient=True) as bar:
        job = bar.add_task("extract", total=len(clips), completed=len(clips) - len(todo))
        for s in range(0, len(todo), step):
            idx = todo[s:s + step]
            waves = np.stack([load_clip(clips[i], clip_spec, enc.sample_rate) for i in idx])
            pooled = encode_pooled(enc, waves, dtype)
            for j, layer in enumerate(chosen):
                feats[idx, j, : sizes[j]] = pooled[layer].cpu().numpy()
            feats.flush()
            done[idx] = True
            done.flush()
            bar.advance(job, len(idx))
    meta["complete"] = True
    meta["extract_s"] = time.perf_counter() - t0
    atomic.write_json(meta_path, meta)
    return FeatureSet(np.load(feat_path, mmap_mode="r"), chosen, sizes, meta["encoder"], key,
                      meta["extract_s"], False)
