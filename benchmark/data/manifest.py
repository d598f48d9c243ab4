"""JSONL manifests: one clip a line, {audio, offset, duration, label, split}; audio relative to the manifest."""
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


def data_root(arg: str | Path | None = None) -> Path:
    """--data-root, else $BENCH_DATA, else ~/.cache/bench/data."""
    if arg:
        return Path(arg)
    if os.environ.get("BENCH_DATA"):
        return Path(os.environ["BENCH_DATA"])
    return Path.home() / ".cache" / "bench" / "data"


def _seconds(row: dict[str, Any], key: str, where: str, allow_zero: bool) -> float | None:
    v = row.get(key)
    if v is None:
        return None
    ok = isinstance(v, (int, float)) and not isinstance(v, bool) and math.isfinite(v) and (
        v >= 0 if allow_zero else v > 0)
    if not ok:
        want = "a finite number of seconds >= 0" if allow_zero else "a finite number of seconds > 0, or null"
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
        unknown = set(row) - {"audio", "offset", "duration", "label", "split"}
        if unknown:
            raise BenchError(f"{where}: field '{sorted(unknown)[0]}': unknown field")
        for key in ("audio", "label", "split"):
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
        clips.append(Clip(audio, row["label"], row["split"], offset, _seconds(row, "duration", where, False),
                          where))
    for split in SPLITS:
        if not any(c.split == split for c in clips):
            raise BenchError(f"{path}: no clip in split '{split}'; train, valid and test are all needed")
    return clips


def _file_hash(path: Path, memo: dict[str, Any]) -> str:
    st = path.stat()
    key = str(path.resolve())
    hit = memo.get(key)
    if hit and hit[0] == st.st_size and hit[1] == st.st_mtime_ns:
        return hit[2]
    with open(path, "rb") as f:
        memo[key] = (st.st_size, st.st_mtime_ns, hashlib.file_digest(f, "sha256").hexdigest())
    return memo[key][2]


def dataset_hash(manifest: Path, clips: list[Clip]) -> str:
    """sha256 over the manifest and the content of every audio file it names (file hashes are memoised
    beside the manifest by size and mtime, so a second run does not re-read the audio)."""
    memo_path = manifest.parent / ".content-hashes.json"
    memo = json.loads(memo_path.read_text()) if memo_path.is_file() else {}
    h = hashlib.sha256(manifest.read_bytes())
    for audio in sorted({c.audio for c in clips}):
        h.update(_file_hash(audio, memo).encode())
    atomic.write_json(memo_path, memo, indent=None)
    return h.hexdigest()
