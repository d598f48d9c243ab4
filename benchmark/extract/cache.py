"""The on-disk feature cache's entries: where they live, their meta.json, their arrays reserved on disk and
checked by checksum, resuming an incomplete one, setting a bad one aside, and filling one (Filling: the clips
settled, the bad ones recorded, completion). Pooled features (features.py) and frames (frames.py) fill their
entries through Filling and features.fill, the one extraction loop; each says only how a batch is written."""
from __future__ import annotations

import errno
import hashlib
import json
import os
import shutil
import time
from pathlib import Path
from typing import Any

import numpy as np

from .. import atomic
from ..errors import BenchError
from ..output import note

META_KEYS = ("key", "layers", "hidden_sizes", "shape", "encoder", "complete")


def cache_root() -> Path:
    return Path(os.environ.get("BENCH_CACHE") or Path.home() / ".cache" / "bench" / "features")


def set_aside(folder: Path, why: str) -> None:
    """Move a bad cache entry out of the way (kept for inspection, never read again) and say so."""
    if not folder.exists():
        return
    dest = folder.with_name(f"{folder.name}.bad-{time.strftime('%Y%m%d-%H%M%S')}-{os.getpid()}")
    try:
        folder.rename(dest)
    except FileNotFoundError:  # another run set it aside first
        return
    note(f"feature cache entry {folder} {why}; moved aside to {dest.name} and extracting again", "warning:",
         "yellow")


def read_meta(folder: Path) -> dict[str, Any] | None:
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
        set_aside(folder, f"has a broken meta.json ({e})")
        return None


def lookup(folder: Path, verify: bool) -> tuple[dict[str, Any] | None, np.ndarray | None]:
    """An entry's meta.json and, when it is complete, its features checked against their recorded shape and
    checksum. A complete entry whose features do not match is set aside: (None, None), as for no entry; an
    incomplete one gives (meta, None), for Filling to resume."""
    meta = read_meta(folder)
    if not (meta and meta["complete"]):
        return meta, None
    feats = _open_complete(folder, meta, verify)
    return (meta, feats) if feats is not None else (None, None)


def _open_complete(folder: Path, meta: dict[str, Any], verify: bool) -> np.ndarray | None:
    feat_path = folder / "features.npy"
    try:
        feats = np.load(feat_path, mmap_mode="r")
        want = np.dtype(meta.get("dtype", "float32"))
        if list(feats.shape) != list(meta["shape"]) or feats.dtype != want:
            raise ValueError(f"holds {feats.dtype} {list(feats.shape)}, meta.json says {want} {meta['shape']}")
        if verify and file_sha256(feat_path) != meta.get("sha256"):
            raise ValueError("features.npy does not match the checksum recorded when it was written")
        return feats
    except (ValueError, OSError, EOFError) as e:
        set_aside(folder, f"is corrupt ({e})")
        return None


def file_sha256(path: Path) -> str:
    with open(path, "rb") as f:
        return hashlib.file_digest(f, "sha256").hexdigest()


def reserve(folder: Path, files: dict[Path, tuple[tuple[int, ...], Any]]) -> dict[Path, np.memmap]:
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


def distinct_clips(clip_ids: list[str]) -> tuple[list[str], np.ndarray, dict[int, int]]:
    """The distinct clips of a task (sorted: the cache's rows), each task clip's row, and for every row the
    first task clip with that audio (the one loaded and named in messages)."""
    distinct = sorted(set(clip_ids))
    row_of = {cid: r for r, cid in enumerate(distinct)}
    rows = np.array([row_of[c] for c in clip_ids], dtype=np.int64)
    first: dict[int, int] = {}
    for i, r in enumerate(rows.tolist()):
        first.setdefault(r, i)
    return distinct, rows, first


def resume(folder: Path, meta: dict[str, Any] | None, shape: tuple[int, ...], units: int | None = None
           ) -> tuple[np.ndarray | None, np.ndarray | None, dict[str, Any] | None]:
    """An incomplete entry's arrays (features [shape], done mask [units]: one flag per clip, which is shape[0]
    for pooled features and the number of distinct clips for frames) opened for writing, when its meta.json
    records the shape this run needs; (None, None, meta) when it records another; an entry whose arrays cannot
    be opened or have the wrong shape is set aside: (None, None, None). A run that finds another run's live entry
    shares it: each clip is written once its features are computed, and flagged done after."""
    if not meta or tuple(meta["shape"]) != shape:
        return None, None, meta
    try:
        feats = np.load(folder / "features.npy", mmap_mode="r+")
        done = np.load(folder / "done.npy", mmap_mode="r+")
        if feats.shape != shape or done.shape != (shape[0] if units is None else units,):
            raise ValueError("arrays of the wrong shape")
        return feats, done, meta
    except (ValueError, OSError, EOFError) as e:
        set_aside(folder, f"cannot be resumed ({e})")
        folder.mkdir(parents=True, exist_ok=True)
        return None, None, None


def bad_clip(clip: Any, reason: str, on_bad_audio: str) -> dict[str, Any]:
    """A clip whose audio or features are bad: an error naming it (on_bad_audio "fail"), or its record in the
    entry's and the result's list of skipped clips ("skip")."""
    if on_bad_audio == "fail":
        raise BenchError(f"{clip.where or clip.audio}: {clip.audio}: {reason}; fix or remove the clip, or pass "
                         f"--on-bad-audio skip to leave it out (it is then listed in the result file)")
    note(f"{clip.where}: {clip.audio}: {reason}", "skipped", "yellow")
    return {"where": clip.where, "audio": str(clip.audio), "split": clip.split, "reason": reason}


def skipped_clips(meta: dict[str, Any], clips: list[Any], rows: np.ndarray,
                  on_bad_audio: str) -> dict[int, dict[str, Any]]:
    """The task's clips whose audio the entry left out (each named by its own manifest line); with
    on_bad_audio="fail" a cached entry that left any out is an error, as the extraction would have been."""
    bad = {int(r): v for r, v in meta.get("skipped", {}).items()}
    skipped = {i: {"where": clips[i].where, "audio": str(clips[i].audio), "split": clips[i].split,
                   "reason": bad[int(r)]["reason"]} for i, r in enumerate(rows.tolist()) if int(r) in bad}
    if skipped and on_bad_audio == "fail":
        first = skipped[min(skipped)]
        bad_clip(clips[min(skipped)], f"{first['reason']} (and {len(skipped) - 1} more clips; from the feature "
                                      "cache)" if len(skipped) > 1 else first["reason"] + " (from the feature cache)",
                 "fail")
    return skipped


class Filling:
    """A cache entry opened for filling, pooled or frame features alike: its arrays (an incomplete entry's,
    resumed, or reserved anew with `fresh` as its meta), its meta.json, the clips it has settled (`done`: written,
    or skipped as bad) and the bookkeeping both extractors share. Each extractor says only how a batch's output
    is written (the `write` given to `put`)."""

    def __init__(self, folder: Path, meta: dict[str, Any] | None, shape: tuple[int, ...], units: int, dtype: Any,
                 fresh: dict[str, Any], clips: list[Any], first: dict[int, int], on_bad_audio: str):
        self.folder, self.feat_path = folder, folder / "features.npy"
        self.clips, self.first, self.on_bad_audio = clips, first, on_bad_audio
        folder.mkdir(parents=True, exist_ok=True)
        self.data, self.done, meta = resume(folder, meta, shape, units)
        self.resumed = self.data is not None
        if self.data is None:
            arrays = reserve(folder, {self.feat_path: (shape, dtype), folder / "done.npy": ((units,), bool)})
            self.data, self.done, meta = arrays[self.feat_path], arrays[folder / "done.npy"], fresh
        self.meta: dict[str, Any] = meta
        self.meta.setdefault("skipped", {})
        self.save()

    def save(self) -> None:
        atomic.write_json(self.folder / "meta.json", self.meta)

    def todo(self) -> list[int]:
        return [r for r in range(len(self.done)) if not self.done[r]]

    def put(self, out: dict[str, Any], write) -> int:
        """A batch's output (rows, block, bad_rows, bad_reasons; or a shard of it) into the entry: its bad clips
        recorded as skipped (meta.json first, then the done flag: a crash between leaves the clip to be tried
        again), then `write(out, rows, positions)` for the rows not done yet (positions: their index in
        out["rows"]), then their done flags. A batch merged twice is written once. Returns the clips it settled."""
        settled = 0
        for r, why in zip(out["bad_rows"], out["bad_reasons"]):
            if not self.done[r]:
                self.meta["skipped"][str(r)] = bad_clip(self.clips[self.first[r]], str(why), self.on_bad_audio)
                self.save()
                self.done[r] = True
                settled += 1
        new = [k for k, r in enumerate(out["rows"]) if not self.done[r]]
        if new:
            rows = np.asarray(out["rows"])[new]
            write(out, rows, new)
            self.done[rows] = True
            settled += len(new)
        self.done.flush()
        return settled

    def complete(self, seconds: float) -> np.ndarray:
        """Mark the entry complete (its seconds and checksum in meta.json); its features, memory-mapped."""
        self.meta.update(complete=True, extract_s=seconds, sha256=file_sha256(self.feat_path))
        self.save()
        return np.load(self.feat_path, mmap_mode="r")
