"""Layer-wise extraction and pooling into the on-disk feature cache (its entries: cache.py).

All layers come from one forward pass per clip (chunked when the clip is longer than the encoder takes). The
pooled features are stored as a memory-mapped array [distinct clips, layers, dim] under $BENCH_CACHE, keyed by
the encoder identity, the audio (content hash, offset, duration of every distinct clip), the clip settings and
the layer set. Rows are flushed batch by batch
with a done-mask, so a killed run resumes where it stopped and a finished one never builds the encoder again.
"""
from __future__ import annotations

import functools
import itertools
import time
from dataclasses import dataclass, field
from typing import Any, Callable, Iterator

import numpy as np
import torch
from ..data import audio
from .cache import Filling, cache_root, distinct_clips, lookup, skipped_clips
from ..data.manifest import Clip
from ..encoders.base import Encoder
from ..errors import BenchError
from ..output import Stage
from ..config.specs import ClipSpec, digest

# 2: checksum of the completed entry, skipped clips; 3: keyed by the audio, not the manifest; 4: and by the
# thread count (features extracted with 1 and 2 threads differ by up to 1.1e-5)
CACHE_FORMAT = 4


def extraction_threads() -> int:
    """The intra-op thread count this process extracts with, part of every cache key: summation order, and so the
    last bits of the features, follows it. (A Ray run is keyed by its driver's count; its workers run with the
    cores Ray gives them.)"""
    return torch.get_num_threads()


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
    store: np.ndarray  # [distinct clips, layers, max dim], memory-mapped; shared by tasks on the same audio
    rows: np.ndarray  # per clip of the task, its row in `store`
    layers: list[int]
    hidden_sizes: list[int]  # per stored layer
    encoder: dict[str, Any]  # Encoder.describe() of the encoder that wrote them
    key: str
    extract_s: float  # seconds spent extracting in this call (0 when fully cached)
    cached: bool
    skipped: dict[int, dict[str, Any]] = field(default_factory=dict)  # clip index -> where, audio, split, reason
    batch_size: int = 1  # clips per forward pass when the entry was extracted

    def select(self, clip_idx: np.ndarray) -> np.ndarray:
        """[len(clip_idx), layers, max dim] in memory."""
        return np.asarray(self.store[self.rows[np.asarray(clip_idx)]])

    def layer(self, i: int, clip_idx: np.ndarray | None = None) -> np.ndarray:
        """One stored layer's features [clips, dim] of every clip of the task (or of `clip_idx`)."""
        rows = self.rows if clip_idx is None else self.rows[np.asarray(clip_idx)]
        return np.asarray(self.store[rows, i, : self.hidden_sizes[i]])


def auto_batch_size(enc: Encoder, seconds: float | None, memory_gib: float) -> int:
    """As many fixed-length clips as fit `memory_gib` by an estimate: per clip, 4 bytes x (the samples + 4 x
    the frames x the summed width of every layer), the 4 standing for the activations a layer holds beyond
    its output (attention, feed-forward). Clips of different lengths (no clip length) go one at a time."""
    if seconds is None:
        return 1
    frames = seconds * enc.frame_rate
    per_clip = 4 * (seconds * enc.sample_rate + 4 * frames * sum(enc.hidden_sizes))
    return int(max(1, min(256, memory_gib * 2 ** 30 // per_clip)))


load_clip, load_row = audio.load_clip, audio.load_row  # here for the callers that read them from features


def nonfinite(per_layer: Any, chosen: list[int]) -> str | None:
    """Why a clip's features (one array per chosen layer) cannot be stored, or None when all are finite."""
    bad = [chosen[j] for j, f in enumerate(per_layer) if not np.isfinite(f).all()]
    return None if not bad else (f"the encoder's features are not finite (NaN or infinity) at layer(s) "
                                 f"{', '.join(map(str, bad))}")


def pooled_work(enc: Encoder, rows: list[int], waves: list[np.ndarray], chosen: list[int], sizes: list[int],
                dtype: str) -> dict[str, np.ndarray]:
    """One batch's pooled features as a shard's arrays (the Ray executor's worker): the rows whose features are
    finite, each [1, layers, max width] in `block`; the others in bad_rows/bad_reasons."""
    block = np.zeros((len(rows), len(chosen), max(sizes)), dtype=np.float32)
    good, bad_rows, bad_reasons = [], [], []
    if rows:
        pooled = [p.cpu().numpy() for p in encode_pooled(enc, np.stack(waves), dtype)]
        for k, r in enumerate(rows):
            why = nonfinite([pooled[layer][k] for layer in chosen], chosen)
            if why:
                bad_rows.append(r)
                bad_reasons.append(why)
                continue
            for j, layer in enumerate(chosen):
                block[len(good), j, : sizes[j]] = pooled[layer][k]
            good.append(r)
    return {"rows": np.asarray(good, dtype=np.int64), "lengths": np.ones(len(good), dtype=np.int64),
            "block": block[: len(good)], "bad_rows": bad_rows, "bad_reasons": bad_reasons}


def decoded(groups: list[list[int]], load: Callable[[int], np.ndarray], workers: int
            ) -> Iterator[tuple[list[int], list[np.ndarray], list[tuple[int, str]]]]:
    """(rows, waves, bad) for each group of rows in order: the audio decoded, resampled and cropped by `load`
    in `workers` background threads (0: here, serially), `workers` groups ahead of the consumer, so that
    decoding overlaps the forward pass while holding at most that many decoded batches besides the one in use.
    A clip whose audio is bad is in `bad` with the reason."""
    one = functools.partial(audio.load_group, load=load)
    if workers <= 0:
        yield from map(one, groups)
        return
    from collections import deque
    from concurrent.futures import ThreadPoolExecutor

    ahead = iter(groups)
    with ThreadPoolExecutor(workers, thread_name_prefix="decode") as pool_:
        pending = deque(pool_.submit(one, g) for g in itertools.islice(ahead, workers))
        while pending:
            done = pending.popleft().result()
            nxt = next(ahead, None)
            if nxt is not None:
                pending.append(pool_.submit(one, nxt))
            yield done


def chunk_ranges(enc: Encoder, length: int) -> list[tuple[int, int]]:
    """The [start, end) sample ranges one forward each: chunks of at most the encoder's max_seconds."""
    return audio.chunks(length, None if enc.max_seconds is None else int(enc.max_seconds * enc.sample_rate))


def pool(enc: Encoder, x: torch.Tensor) -> list[torch.Tensor]:
    """Mean over time of every layer for a batch [B, T] on the encoder's device: chunks of at most
    max_seconds, one forward each, frames of all chunks averaged together. Differentiable."""
    sums: list[torch.Tensor] | None = None
    frames = 0
    for a, b in chunk_ranges(enc, x.shape[-1]):
        states = enc.forward(x[:, a:b])
        part = [h.float().sum(1) for h in states]
        sums = part if sums is None else [s + p for s, p in zip(sums, part)]
        frames += states[0].shape[1]
    return [s / frames for s in sums]


def encode_pooled(enc: Encoder, waves: np.ndarray, dtype: str) -> list[torch.Tensor]:
    """pool() for extraction: no gradients, bfloat16 autocast when asked; on CUDA the batch is copied from
    pinned memory without blocking (the next batch is decoded meanwhile)."""
    x = torch.from_numpy(waves)
    x = x.pin_memory().to(enc.device, non_blocking=True) if enc.device.type == "cuda" else x.to(enc.device)
    with torch.inference_mode(), torch.autocast(enc.device.type, dtype=torch.bfloat16,
                                                 enabled=dtype == "bfloat16"):
        return pool(enc, x)



def extract(clips: list[Clip], clip_spec: ClipSpec, identity: dict[str, Any], clip_ids: list[str],
            build: Callable[[], Encoder], layers: str = "all", dtype: str = "float32",
            batch_size: int | None = None, on_bad_audio: str = "fail", verify: bool = True,
            batch_memory_gib: float = 2.0, workers: int = 1, executor: Any = None) -> FeatureSet:
    """Pooled features of every clip for the chosen layers, from the cache where it has them.

    The entry is keyed by the audio (`clip_ids`: each clip's audio content hash, offset and duration), not by
    the manifest: tasks that read the same clips with the same clip settings share it, whatever their labels
    or the order of their manifests. A clip whose audio is bad (see audio.load) or whose features come out
    non-finite stops the extraction (on_bad_audio="fail", naming the manifest line, the file and the reason)
    or is left out (on_bad_audio="skip": its row stays zero and FeatureSet.skipped lists it). `workers`
    threads decode the next batches while the encoder runs (0: decode serially; the features are the same).
    With an `executor` (distributed.RayExecutor) the same batches are extracted on a Ray cluster, into the same
    entry; `build` must then be picklable and build the encoder on the worker."""
    distinct, rows, first = distinct_clips(clip_ids)
    key = digest({"format": CACHE_FORMAT, "encoder": identity, "audio": digest(distinct),
                  "clip": clip_spec.model_dump(), "layers": layers, "pooling": "mean", "dtype": dtype,
                  "threads": extraction_threads()})
    folder = cache_root() / key[:32]
    meta, feats = lookup(folder, verify)

    def feature_set(feats: np.ndarray, seconds: float, cached: bool) -> FeatureSet:
        return FeatureSet(feats, rows, meta["layers"], meta["hidden_sizes"], meta["encoder"], key, seconds, cached,
                          skipped_clips(meta, clips, rows, on_bad_audio), meta.get("batch_size", 1))

    if feats is not None:
        return feature_set(feats, 0.0, True)
    t0 = time.perf_counter()
    enc = build()
    chosen = parse_layers(layers, enc.num_layers)
    sizes = [enc.hidden_sizes[i] for i in chosen]
    shape = (len(distinct), len(chosen), max(sizes))
    entry = Filling(folder, meta, shape, len(distinct), np.float32,
                    {"key": key, "identity": identity, "layers": chosen, "hidden_sizes": sizes, "shape": list(shape),
                     "encoder": enc.describe(), "complete": False, "skipped": {}}, clips, first, on_bad_audio)
    meta = entry.meta
    # clips of different lengths cannot share a batch
    step = 1 if clip_spec.seconds is None else batch_size or auto_batch_size(enc, clip_spec.seconds,
                                                                               batch_memory_gib)
    meta["batch_size"] = step
    entry.save()

    def write(out: dict[str, Any], rows: np.ndarray, new: list[int]) -> None:
        entry.data[rows] = out["block"][new]
        entry.data.flush()

    todo = entry.todo()
    groups = [todo[s:s + step] for s in range(0, len(todo), step)]
    with Stage("extract", len(distinct), "clips", done=len(distinct) - len(todo),
               detail=f", batches of {step}, on {'Ray' if executor is not None else enc.device}") as stage:
        fill(entry, groups, enc, functools.partial(pooled_work, chosen=chosen, sizes=sizes, dtype=dtype), write,
             stage, clips, first, clip_spec, workers, executor, build)
    return feature_set(entry.complete(time.perf_counter() - t0), meta["extract_s"], False)


def fill(entry: Filling, groups: list[list[int]], enc: Encoder, work: Callable[..., dict[str, Any]], write,
         stage: Stage, clips: list[Clip], first: dict[int, int], clip_spec: ClipSpec, workers: int, executor: Any,
         build: Callable[[], Encoder]) -> None:
    """The one extraction loop of pooled and frame features: each group of clips not done yet through
    `work(enc, rows, waves)` and into the entry (Filling.put with the extractor's `write`), here (the audio
    decoded `workers` groups ahead) or through the executor (distributed.RayExecutor: the work runs on its
    workers, which build their own encoder with `build`, and their outputs are put here)."""
    def put(out: dict[str, Any]) -> int:
        return entry.put(out, write)

    if executor is not None:
        rows = {r: clips[first[r]] for g in groups for r in g}
        load = functools.partial(load_row, rows, clip_spec, enc.sample_rate)
        entry.meta["executor"] = executor.extract(entry.folder, groups, load, work, build, entry.done, put, stage)
        return
    for rows_, waves, bad in decoded(groups, lambda r: load_clip(clips[first[r]], clip_spec, enc.sample_rate),
                                     workers):
        out = work(enc, rows_, waves) if rows_ else {"rows": [], "block": None, "bad_rows": [], "bad_reasons": []}
        stage.advance(put({**out, "bad_rows": [r for r, _ in bad] + list(out["bad_rows"]),
                           "bad_reasons": [why for _, why in bad] + list(out["bad_reasons"])}))
