"""JSONL manifests: one clip a line, {audio, offset, duration, label, split, group, annotation}; paths relative to
the manifest."""
from __future__ import annotations

import hashlib
import json
import math
import os
from dataclasses import dataclass
from pathlib import Path
from typing import Any

from .. import atomic
from ..errors import BenchError

SPLITS = ("train", "valid", "test")


@dataclass(frozen=True)
class Clip:
    audio: Path
    label: Any
    split: str
    offset: float = 0.0
    duration: float | None = None
    where: str = ""  # "<manifest>: line N", for messages about this clip
    group: str | None = None  # e.g. the track a clip was cut from: a group never spans two splits
    annotation: Path | None = None  # frame-level tasks: the clip's beat or chord file


def data_root(arg: str | Path | None = None) -> Path:
    """--data-root, else $BENCH_DATA, else ~/.cache/bench/data."""
    if arg:
        return Path(arg)
    if os.environ.get("BENCH_DATA"):
        return Path(os.environ["BENCH_DATA"])
    return Path.home() / ".cache" / "bench" / "data"


MAX_SECONDS = 7 * 24 * 3600  # an offset or duration beyond a week of audio is a typo (1e308 overflowed sample counts)


def _seconds(row: dict[str, Any], key: str, where: str, allow_zero: bool) -> float | None:
    v = row.get(key)
    if v is None:
        return None
    ok = isinstance(v, (int, float)) and not isinstance(v, bool) and math.isfinite(v) and (
        v >= 0 if allow_zero else v > 0) and v <= MAX_SECONDS
    if not ok:
        want = (f"a number of seconds from 0 to {MAX_SECONDS:,} (a week)" if allow_zero
                else f"a number of seconds above 0, at most {MAX_SECONDS:,} (a week), or null")
        raise BenchError(f"{where}: field '{key}': {v!r} is not {want}")
    return float(v)


def load_manifest(path: Path) -> list[Clip]:
    clips = []
    try:
        lines = Path(path).read_text(encoding="utf-8").splitlines()
    except UnicodeDecodeError as e:
        raise BenchError(f"{path}: not UTF-8 text ({e.reason} at byte {e.start})") from None
    for n, line in enumerate(lines, 1):
        if not line.strip():
            continue
        where = f"{path}: line {n}"
        try:
            row = json.loads(line)
        except json.JSONDecodeError as e:
            raise BenchError(f"{where}: not valid JSON ({e.msg})") from None
        except RecursionError:
            raise BenchError(f"{where}: nested too deeply") from None
        if not isinstance(row, dict):
            raise BenchError(f"{where}: expected a JSON object")
        unknown = set(row) - {"audio", "offset", "duration", "label", "split", "group", "annotation"}
        if unknown:
            raise BenchError(f"{where}: field '{sorted(unknown)[0]}': unknown field")
        for key in ("audio", "split") + (() if "annotation" in row else ("label",)):
            if key not in row:
                raise BenchError(f"{where}: field '{key}': required field is missing")
        if row["split"] not in SPLITS:
            raise BenchError(f"{where}: field 'split': '{row['split']}' is not one of {', '.join(SPLITS)}")
        if not isinstance(row["audio"], str) or not row["audio"]:
            raise BenchError(f"{where}: field 'audio': expected a path relative to the manifest")
        audio = path.parent / row["audio"]
        if not audio.is_file():
            raise BenchError(f"{where}: field 'audio': file '{audio}' not found")
        offset = _seconds(row, "offset", where, allow_zero=True) or 0.0
        group = row.get("group")
        if group is not None and (isinstance(group, bool) or not isinstance(group, (str, int)) or group == ""):
            raise BenchError(f"{where}: field 'group': expected a non-empty string or an integer (e.g. a track id), "
                             f"got {group!r}")
        annotation = None
        if "annotation" in row:
            if not isinstance(row["annotation"], str) or not row["annotation"]:
                raise BenchError(f"{where}: field 'annotation': expected a path relative to the manifest")
            annotation = path.parent / row["annotation"]
            if not annotation.is_file():
                raise BenchError(f"{where}: field 'annotation': file '{annotation}' not found")
        clips.append(Clip(audio, row.get("label"), row["split"], offset, _seconds(row, "duration", where, False),
                          where, None if group is None else str(group), annotation))
    for split in SPLITS:
        if not any(c.split == split for c in clips):
            raise BenchError(f"{path}: no clip in split '{split}'; train, valid and test are all needed")
    check_groups(clips)
    return clips


def check_groups(clips: list[Clip]) -> None:
    """Refuse a manifest where one `group` (a track, a performer) has clips in two splits: the probe would be
    scored on clips of what it was trained on."""
    first: dict[str, Clip] = {}
    for c in clips:
        if c.group is None:
            continue
        seen = first.setdefault(c.group, c)
        if seen.split != c.split:
            raise BenchError(f"{c.where}: field 'group': group '{c.group}' is in split '{c.split}' here and in split "
                             f"'{seen.split}' at {seen.where.rsplit(': ', 1)[-1]}; a group must stay within one "
                             "split (leakage)")


def file_hash(path: Path, memo: dict[str, Any]) -> str:
    """sha256 of a file, memoised in `memo` by its resolved path, size and mtime."""
    st = path.stat()
    key = str(path.resolve())
    hit = memo.get(key)
    if hit and hit[0] == st.st_size and hit[1] == st.st_mtime_ns:
        return hit[2]
    with open(path, "rb") as f:
        memo[key] = (st.st_size, st.st_mtime_ns, hashlib.file_digest(f, "sha256").hexdigest())
    return memo[key][2]


def audio_hashes(manifest: Path, clips: list[Clip]) -> dict[Path, str]:
    """sha256 of every audio file the clips name, memoised beside the manifest by size and mtime (a second run
    does not re-read the audio)."""
    memo_path = manifest.parent / ".content-hashes.json"
    try:
        memo = json.loads(memo_path.read_text()) if memo_path.is_file() else {}
    except (OSError, ValueError):
        memo = {}
    out = {audio: file_hash(audio, memo) for audio in sorted({c.audio for c in clips})}
    try:
        atomic.write_json(memo_path, memo, indent=None)
    except OSError:
        pass  # a read-only data folder only costs the next run a re-read
    return out


def dataset_hash(manifest: Path, clips: list[Clip]) -> str:
    """sha256 over the manifest and the content of every audio (and annotation) file it names."""
    h = hashlib.sha256(manifest.read_bytes())
    for digest in audio_hashes(manifest, clips).values():
        h.update(digest.encode())
    for ann in sorted({c.annotation for c in clips if c.annotation is not None}):  # frame-level labels
        h.update(hashlib.sha256(ann.read_bytes()).digest())
    return h.hexdigest()


def clip_ids(manifest: Path, clips: list[Clip]) -> list[str]:
    """What a clip's features depend on besides the encoder and the clip settings: its audio's content hash,
    offset and duration (never its label, split or manifest)."""
    hashes = audio_hashes(manifest, clips)
    return [f"{hashes[c.audio]}:{c.offset!r}:{c.duration!r}" for c in clips]
