"""Layer-wise extraction, pooling and the on-disk feature cache.

All layers come from one forward pass per clip (chunked when the clip is longer than the encoder takes). The
pooled features are stored as a memory-mapped array [clips, layers, dim] under $BENCH_CACHE, keyed by the
encoder identity, the dataset content hash, the clip settings and the layer set. Rows are flushed batch by batch
with a done-mask, so a killed run resumes where it stopped and a finished one never builds the encoder again.
"""
from __future__ import annotations

import errno
import hashlib
import json
import os
import shutil
import time
from dataclasses import dataclass, field
from pathlib import Path
from typing import Any, Callable

import numpy as np
import torch
from rich.console import Console
from rich.progress import BarColumn, Progress, TextColumn, TimeRemainingColumn

from . import atomic, audio
from .data.manifest import Clip
from .encoders.base import Encoder
from .errors import BenchError
from .specs import ClipSpec, digest

CACHE_FORMAT = 2  # 2: checksum of the completed entry, skipped clips
META_KEYS = ("key", "layers", "hidden_sizes", "shape", "encoder", "complete")
warn = Console(stderr=True)


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
    skipped: dict[int, dict[str, Any]] = field(default_factory=dict)  # clip index -> where, audio, split, reason

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


def _set_aside(folder: Path, why: str) -> None:
    """Move a bad cache entry out of the way (kept for inspection, never read again) and say so."""
    if not folder.exists():
        return
    dest = folder.with_name(f"{folder.name}.bad-{time.strftime('%Y%m%d-%H%M%S')}-{os.getpid()}")
    try:
        folder.rename(dest)
    except FileNotFoundError:  # another run set it aside first
        return
    warn.print(f"[yellow]warning:[/] feature cache entry {folder} {why}; moved aside to {dest.name} and "
               "extracting again", highlight=False, soft_wrap=True)


def _read_meta(folder: Path) -> dict[str, Any] | None:
    """The entry's meta.json, None when there is no entry; a broken one is set aside (None)."""
    path = folder / "meta.json"
    if not path.exists():
        return None
    try:
        meta = json.loads(path.read_text())
        if not isinstance(meta, dict) or any(k not in meta for k in META_KEYS):
            raise ValueError("fields are missing")
        return meta
    except (ValueError, OSError) as e:
        _set_aside(folder, f"has a broken meta.json ({e})")
        return None


def _open_complete(folder: Path, meta: dict[str, Any], verify: bool) -> np.ndarray | None:
    """The features of a complete entry, checked against its recorded shape and checksum; None (after setting
    the entry aside) when they do not match."""
    feat_path = folder / "features.npy"
    try:
        feats = np.load(feat_path, mmap_mode="r")
        if list(feats.shape) != list(meta["shape"]) or feats.dtype != np.float32:
            raise ValueError(f"holds {feats.dtype} {list(feats.shape)}, meta.json says float32 {meta['shape']}")
        if verify and file_sha256(feat_path) != meta.get("sha256"):
            raise ValueError("features.npy does not match the checksum recorded when it was written")
        return feats
    except (ValueError, OSError, EOFError) as e:
        _set_aside(folder, f"is corrupt ({e})")
        return None


def file_sha256(path: Path) -> str:
    with open(path, "rb") as f:
        return hashlib.file_digest(f, "sha256").hexdigest()


def _reserve(folder: Path, files: dict[Path, tuple[tuple[int, ...], Any]]) -> dict[Path, np.memmap]:
    """Create the entry's arrays with their space allocated on disk first: a full disk is then an error naming
    the folder and the bytes needed, before any work, instead of a bus error while writing the memory map."""
    need = sum(int(np.prod(shape)) * np.dtype(dt).itemsize + 128 for shape, dt in files.values())
    free = shutil.disk_usage(folder).free
    out = {}
    try:
        if free < need:
            raise OSError(errno.ENOSPC, os.strerror(errno.ENOSPC))
        for path, (shape, dt) in files.items():
            out[path] = np.lib.format.open_memmap(path, mode="w+", dtype=dt, shape=shape)
            with open(path, "r+b") as f:
                os.posix_fallocate(f.fileno(), 0, os.path.getsize(path))
    except OSError as e:
        for path in files:
            path.unlink(missing_ok=True)
        if e.errno not in (errno.ENOSPC, errno.EDQUOT):
            raise
        raise BenchError(f"not enough space for the feature cache in {folder}: {need:,} bytes needed "
                         f"({need / 2 ** 20:.1f} MiB), {free:,} free; free some space or point $BENCH_CACHE at "
                         f"a larger disk") from None
    return out


def _bad_clip(clip: Clip, reason: str, on_bad_audio: str) -> dict[str, Any]:
    if on_bad_audio == "fail":
        raise BenchError(f"{clip.where or clip.audio}: {clip.audio}: {reason}; fix or remove the clip, or pass "
                         f"--on-bad-audio skip to leave it out (it is then listed in the result file)")
    warn.print(f"[yellow]skipped[/] {clip.where}: {clip.audio}: {reason}", highlight=False, soft_wrap=True)
    return {"where": clip.where, "audio": str(clip.audio), "split": clip.split, "reason": reason}


def extract(clips: list[Clip], clip_spec: ClipSpec, identity: dict[str, Any], data_hash: str,
            build: Callable[[], Encoder], layers: str = "all", dtype: str = "float32",
            batch_size: int = 1, on_bad_audio: str = "fail", verify: bool = True) -> FeatureSet:
    """Pooled features of every clip for the chosen layers, from the cache where it has them.

    A clip whose audio is bad (see audio.load) or whose features come out non-finite stops the extraction
    (on_bad_audio="fail", naming the manifest line, the file and the reason) or is left out
    (on_bad_audio="skip": its row stays zero and FeatureSet.skipped lists it)."""
    key = digest({"format": CACHE_FORMAT, "encoder": identity, "data": data_hash, "clip": clip_spec.model_dump(),
                  "layers": layers, "pooling": "mean", "dtype": dtype})
    folder = cache_root() / key[:32]
    meta_path, feat_path, done_path = folder / "meta.json", folder / "features.npy", folder / "done.npy"
    meta = _read_meta(folder)
    if meta and meta["complete"]:
        feats = _open_complete(folder, meta, verify)
        if feats is not None:
            skipped = _skipped(meta, clips, on_bad_audio)
            return FeatureSet(feats, meta["layers"], meta["hidden_sizes"], meta["encoder"], key, 0.0, True, skipped)
        meta = None

    t0 = time.perf_counter()
    enc = build()
    chosen = parse_layers(layers, enc.num_layers)
    sizes = [enc.hidden_sizes[i] for i in chosen]
    shape = (len(clips), len(chosen), max(sizes))
    folder.mkdir(parents=True, exist_ok=True)
    feats = done = None
    if meta and tuple(meta["shape"]) == shape:
        try:
            feats = np.load(feat_path, mmap_mode="r+")
            done = np.load(done_path, mmap_mode="r+")
            if feats.shape != shape or done.shape != (len(clips),):
                raise ValueError("arrays of the wrong shape")
        except (ValueError, OSError, EOFError) as e:
            _set_aside(folder, f"cannot be resumed ({e})")
            folder.mkdir(parents=True, exist_ok=True)
            feats = done = meta = None
    if feats is None:
        arrays = _reserve(folder, {feat_path: (shape, np.float32), done_path: ((len(clips),), bool)})
        feats, done = arrays[feat_path], arrays[done_path]
        meta = {"key": key, "identity": identity, "layers": chosen, "hidden_sizes": sizes, "shape": list(shape),
                "encoder": enc.describe(), "complete": False, "skipped": {}}
        atomic.write_json(meta_path, meta)
    skipped: dict[str, Any] = meta.setdefault("skipped", {})

    def skip(i: int, reason: str) -> None:
        skipped[str(i)] = _bad_clip(clips[i], reason, on_bad_audio)
        done[i] = True  # a skipped clip is settled: a resumed run does not try it again
        done.flush()
        atomic.write_json(meta_path, meta)

    todo = [i for i in range(len(clips)) if not done[i]]
    # clips of different lengths cannot share a batch
    step = batch_size if clip_spec.seconds is not None else 1
    with Progress(TextColumn("extract"), BarColumn(), TextColumn("{task.completed}/{task.total} clips"),
                  TimeRemainingColumn(), transient=True) as bar:
        job = bar.add_task("extract", total=len(clips), completed=len(clips) - len(todo))
        for s in range(0, len(todo), step):
            idx, waves = [], []
            for i in todo[s:s + step]:
                try:
                    waves.append(load_clip(clips[i], clip_spec, enc.sample_rate))
                    idx.append(i)
                except audio.BadAudio as e:
                    skip(i, e.reason)
            if idx:
                pooled = [p.cpu().numpy() for p in encode_pooled(enc, np.stack(waves), dtype)]
                for row, i in enumerate(idx):
                    bad = [chosen[j] for j in range(len(chosen)) if not np.isfinite(pooled[chosen[j]][row]).all()]
                    if bad:
                        skip(i, f"the encoder's features are not finite (NaN or infinity) at layer(s) "
                                f"{', '.join(map(str, bad))}")
                        continue
                    for j, layer in enumerate(chosen):
                        feats[i, j, : sizes[j]] = pooled[layer][row]
                feats.flush()
                done[idx] = True
                done.flush()
            bar.advance(job, len(todo[s:s + step]))
    meta["complete"] = True
    meta["extract_s"] = time.perf_counter() - t0
    meta["sha256"] = file_sha256(feat_path)
    atomic.write_json(meta_path, meta)
    return FeatureSet(np.load(feat_path, mmap_mode="r"), chosen, sizes, meta["encoder"], key,
                      meta["extract_s"], False, _skipped(meta, clips, on_bad_audio))


def _skipped(meta: dict[str, Any], clips: list[Clip], on_bad_audio: str) -> dict[int, dict[str, Any]]:
    """The clips the entry left out; with on_bad_audio="fail" a cached entry that left any out is an error, as
    the extraction would have been."""
    skipped = {int(i): v for i, v in meta.get("skipped", {}).items()}
    if skipped and on_bad_audio == "fail":
        first = skipped[min(skipped)]
        _bad_clip(clips[min(skipped)], f"{first['reason']} (and {len(skipped) - 1} more clips; from the feature "
                                       "cache)" if len(skipped) > 1 else first["reason"] + " (from the feature cache)",
                  "fail")
    return skipped
