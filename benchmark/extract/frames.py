"""Frame-level features: every layer's frame sequence at the task's frame rate, cached on disk.

Alignment: an encoder frame j of a chunk starting at sample a sits at a / sample_rate + (j + frame_offset) /
frame_rate (its centre: frame_offset is 0 for centred STFT frames, 0.5 for frames that cover [j, j + 1) hops),
whatever the encoder's rate (25, 50, 75, 100 Hz ...); the task's frame k covers
[k / fps, (k + 1) / fps). A task frame that holds encoder frame centres is their mean (an encoder faster than
the task is averaged in time bins, not sampled: a 100 Hz encoder gives a 10 frames/s task the mean of its ten
frames); a task frame that holds none (an encoder slower than the task) is linearly interpolated at its centre
(held constant beyond the first and last encoder frame). Chunked long audio is aligned by each chunk's own
timestamps.

Cache: one float16 array [all frames of the distinct clips, layers, max width] with per-clip offsets, keyed like
the pooled cache (encoder identity, the audio, clip settings, layers, dtype) plus the frame rate; its size is
printed before extraction and its space reserved on disk first (a full disk is an error before any work). It is
read one clip (or a minibatch of frames) at a time, so memory does not grow with the dataset.
"""
from __future__ import annotations

import functools
import time
from dataclasses import dataclass
from pathlib import Path
from typing import Any, Callable

import numpy as np
import soundfile as sf
import torch

from ..data import audio
from ..data.manifest import Clip
from ..encoders.base import Encoder
from ..errors import BenchError
from .cache import Filling, cache_root, distinct_clips, lookup, skipped_clips
from .features import extraction_threads, fill, nonfinite, parse_layers
from ..output import Stage, note
from ..config.specs import ClipSpec, digest

FRAME_CACHE_FORMAT = 4  # 2: averaging in time bins; 3: each encoder's frame_offset; 4: the thread count
M_MMAP_THRESHOLD = -3  # glibc's mallopt parameter


def task_frames(seconds: float, fps: float) -> int:
    """The task frames of a clip: frame k covers [k / fps, (k + 1) / fps), the last one partly."""
    return int(np.ceil(round(seconds * fps, 6)))


def _fixed_mmap_threshold() -> None:
    """Have glibc return every freed array of 128 KiB or more to the system at once. Its default, a threshold
    that rises after large frees, keeps the per-clip arrays of long clips in the heap, and the peak memory then
    creeps up with the number of clips (measured by benchmarks/frames.py). No effect off glibc."""
    import ctypes
    import ctypes.util

    try:
        ctypes.CDLL(ctypes.util.find_library("c") or "libc.so.6").mallopt(M_MMAP_THRESHOLD, 128 * 1024)
    except (OSError, AttributeError):
        pass


def interpolate(h: torch.Tensor, t_in: torch.Tensor, t_out: torch.Tensor) -> torch.Tensor:
    """h [B, n_in, D] at times t_in [n_in] (increasing) -> [B, n_out, D] at times t_out, linear in time."""
    n_in = h.shape[1]
    if n_in == 1:
        return h.expand(h.shape[0], len(t_out), h.shape[2])
    hi = torch.searchsorted(t_in, t_out).clamp(1, n_in - 1)
    lo = hi - 1
    w = ((t_out - t_in[lo]) / (t_in[hi] - t_in[lo])).clamp(0, 1).to(h.dtype)[None, :, None]
    return h[:, lo] * (1 - w) + h[:, hi] * w


def align(h: torch.Tensor, t_in: torch.Tensor, fps: float, n_out: int) -> torch.Tensor:
    """h [B, n_in, D] at times t_in [n_in] (increasing) -> [B, n_out, D], task frame k covering
    [k / fps, (k + 1) / fps): the mean of the encoder frames whose centres it holds, else linear interpolation
    at its centre."""
    k = torch.floor(t_in * fps + 1e-6).long()  # a centre on a bin's edge (up to rounding) opens the next bin
    keep = (k >= 0) & (k < n_out)
    k = k[keep]
    counts = torch.bincount(k, minlength=n_out)
    out = h.new_zeros(h.shape[0], n_out, h.shape[2]).index_add_(1, k, h[:, keep])
    filled = counts > 0
    out[:, filled] /= counts[filled].to(h.dtype)[None, :, None]
    if not filled.all():
        centres = (torch.arange(n_out, dtype=torch.float64)[~filled] + 0.5) / fps
        out[:, ~filled] = interpolate(h, t_in, centres)
    return out


def clip_seconds(clip: Clip, spec: ClipSpec) -> float:
    """How long a clip is once loaded: the task's clip length, else the manifest's duration, else the file's."""
    if spec.seconds is not None:
        return spec.seconds
    if clip.duration is not None:
        return clip.duration
    try:
        return max(0.0, sf.info(str(clip.audio)).duration - clip.offset)
    except (RuntimeError, sf.LibsndfileError) as e:
        raise BenchError(f"{clip.where}: {clip.audio}: cannot be read ({e})") from None


def encode_frames(enc: Encoder, wave: np.ndarray, fps: float, n_out: int, layers: list[int],
                  dtype: str = "float32") -> list[np.ndarray]:
    """The chosen layers of one clip [T] at `fps`: a list of [n_out, D_l] float32 arrays."""
    x = torch.from_numpy(np.ascontiguousarray(wave, dtype=np.float32))[None].to(enc.device)
    chunk = None if enc.max_seconds is None else int(enc.max_seconds * enc.sample_rate)
    parts: list[list[torch.Tensor]] = [[] for _ in layers]
    times = []
    with torch.inference_mode(), torch.autocast(enc.device.type, dtype=torch.bfloat16, enabled=dtype == "bfloat16"):
        for a, b in audio.chunks(x.shape[-1], chunk):
            states = enc.forward(x[:, a:b])
            n = states[0].shape[1]
            times.append(a / enc.sample_rate + (torch.arange(n, dtype=torch.float64) + enc.frame_offset)
                         / enc.frame_rate)
            for j, layer in enumerate(layers):
                parts[j].append(states[layer].float().cpu())
    t_in = torch.cat(times)
    return [align(torch.cat(p, 1), t_in, fps, n_out)[0].numpy() for p in parts]


def frames_work(enc: Encoder, rows: list[int], waves: list[np.ndarray], fps: float, lengths: Any,
                chosen: list[int], sizes: list[int], dtype: str) -> dict[str, np.ndarray]:
    """Clips' frames as a shard's arrays (the local loop and the Ray executor's worker): each finite clip's
    [lengths[r], layers, max width] float16 frames one after another in `block`; the others in bad_rows."""
    blocks, good, bad_rows, bad_reasons = [], [], [], []
    for r, wave in zip(rows, waves):
        per_layer = encode_frames(enc, wave, fps, lengths[r], chosen, dtype)
        why = nonfinite(per_layer, chosen)
        if why:
            bad_rows.append(r)
            bad_reasons.append(why)
            continue
        block = np.zeros((lengths[r], len(chosen), max(sizes)), dtype=np.float16)
        for j, f in enumerate(per_layer):
            block[:, j, : sizes[j]] = f
        blocks.append(block)
        good.append(r)
    return {"rows": np.asarray(good, dtype=np.int64),
            "lengths": np.asarray([len(b) for b in blocks], dtype=np.int64),
            "block": np.concatenate(blocks) if blocks else np.zeros((0, len(chosen), max(sizes)), np.float16),
            "bad_rows": bad_rows, "bad_reasons": bad_reasons}


@dataclass
class FrameSet:
    store: np.ndarray  # [frames of all distinct clips, layers, max width] float16, memory-mapped
    offsets: np.ndarray  # [distinct clips + 1]: clip r's frames are store[offsets[r]:offsets[r + 1]]
    rows: np.ndarray  # per clip of the task, its distinct clip
    layers: list[int]
    hidden_sizes: list[int]
    encoder: dict[str, Any]
    key: str
    fps: float
    extract_s: float
    cached: bool
    skipped: dict[int, dict[str, Any]]
    batch_size: int = 1  # clips per forward pass: one (clips differ in length)

    def clip(self, i: int) -> np.ndarray:
        """Task clip i's frames [n, layers, max width] as float32."""
        r = self.rows[i]
        return np.asarray(self.store[self.offsets[r]:self.offsets[r + 1]], dtype=np.float32)

    def n_frames(self, i: int) -> int:
        r = self.rows[i]
        return int(self.offsets[r + 1] - self.offsets[r])


def extract_frames(clips: list[Clip], clip_spec: ClipSpec, identity: dict[str, Any], clip_ids: list[str],
                   build: Callable[[], Encoder], fps: float, layers: str = "all", dtype: str = "float32",
                   on_bad_audio: str = "fail", verify: bool = True, workers: int = 1,
                   executor: Any = None) -> FrameSet:
    """Every clip's frames for the chosen layers at `fps`, from the cache where it has them (see module doc);
    `workers` threads decode the next clips while the encoder runs (0: serially; the features are the same);
    with an `executor` (distributed.RayExecutor) the clips are extracted on a Ray cluster, into the same entry."""
    distinct, rows, first = distinct_clips(clip_ids)
    lengths = [task_frames(clip_seconds(clips[first[r]], clip_spec), fps) for r in range(len(distinct))]
    offsets = np.concatenate([[0], np.cumsum(lengths)]).astype(np.int64)
    key = digest({"format": FRAME_CACHE_FORMAT, "encoder": identity, "audio": digest(distinct), "fps": fps,
                  "clip": clip_spec.model_dump(), "layers": layers, "dtype": dtype, "threads": extraction_threads()})
    folder = cache_root() / f"frames-{key[:32]}"
    meta, store = lookup(folder, verify)

    def frame_set(store: np.ndarray, seconds: float, cached: bool) -> FrameSet:
        return FrameSet(store, offsets, rows, meta["layers"], meta["hidden_sizes"], meta["encoder"], key, fps,
                        seconds, cached, skipped_clips(meta, clips, rows, on_bad_audio))

    if store is not None:
        return frame_set(store, 0.0, True)
    t0 = time.perf_counter()
    _fixed_mmap_threshold()
    enc = build()
    chosen = parse_layers(layers, enc.num_layers)
    sizes = [enc.hidden_sizes[i] for i in chosen]
    shape = (int(offsets[-1]), len(chosen), max(sizes))
    if not (meta and tuple(meta["shape"]) == shape):
        note(f"frame cache: {shape[0]:,} frames x {shape[1]} layers x {shape[2]} (float16) = "
             f"{int(np.prod(shape)) * 2 / 2 ** 20:,.1f} MiB in {folder}")
    entry = Filling(folder, meta, shape, len(distinct), np.float16,
                    {"key": key, "identity": identity, "layers": chosen, "hidden_sizes": sizes, "shape": list(shape),
                     "encoder": enc.describe(), "complete": False, "skipped": {}, "fps": fps, "dtype": "float16"},
                    clips, first, on_bad_audio)
    meta = entry.meta
    row_bytes = shape[1] * shape[2] * 2

    def write(out: dict[str, Any], rows: np.ndarray, new: list[int]) -> None:
        """Each clip's frames, written with the file API, not through the memory map: the map's dirty pages
        would count in the process's memory and grow with the dataset."""
        at = np.concatenate([[0], np.cumsum(out["lengths"])])
        with open(entry.feat_path, "r+b") as fh:
            for r, k in zip(rows, new):
                fh.seek(entry.data.offset + int(offsets[r]) * row_bytes)
                fh.write(np.ascontiguousarray(out["block"][at[k]:at[k + 1]]).tobytes())

    todo = entry.todo()
    with Stage("extract frames", len(distinct), "clips", done=len(distinct) - len(todo),
               detail=f", {fps:g} frames/s, on {'Ray' if executor is not None else enc.device}") as stage:
        work = functools.partial(frames_work, fps=fps, lengths={r: lengths[r] for r in todo}, chosen=chosen,
                                 sizes=sizes, dtype=dtype)
        fill(entry, [[r] for r in todo], enc, work, write, stage, clips, first, clip_spec, workers, executor, build)
    return frame_set(entry.complete(time.perf_counter() - t0), meta["extract_s"], False)


def cache_size_bytes(folder: Path) -> int:
    return sum(p.stat().st_size for p in Path(folder).glob("*.npy"))
