"""MusicCaps (Agostinelli et al. 2023): `musiccaps-public.csv` + the user's audio named by `ytid`. Aspect words
as tags: the 50 most frequent, and the genre words (splits/musiccaps/)."""
from __future__ import annotations

import ast
import csv
import io
import re
from pathlib import Path

from ...errors import BenchError
from .common import AUDIO_EXTENSIONS, AUDIO_RULE, Dataset, Row, Source, hash_split, preference, read_text, shipped, \
    shipped_table

CLIP_S = 10.0
# a YouTube id (11 characters), alone or as download scripts name cut clips: <ytid>-<start>-<end> (as
# "[<ytid>]-[<start>-<end>]" too), times in seconds
NAME = re.compile(r"^\[?(?P<ytid>[A-Za-z0-9_-]{11})\]?(?:-\[?(?P<start>\d+(?:\.\d+)?)-(?P<end>\d+(?:\.\d+)?)\]?)?$")


def audio_by_ytid(root: Path) -> dict[str, tuple[Path, bool]]:
    """Every audio file under root whose name is a YouTube id, plain or with the clip's times: per id (the file
    chosen by AUDIO_RULE, whether its name marks it as the cut clip)."""
    out: dict[str, tuple[Path, bool]] = {}
    for p in sorted(root.rglob("*")):
        if p.suffix.lower() not in AUDIO_EXTENSIONS or not p.is_file():
            continue
        m = NAME.match(p.stem)
        if m is None:
            continue
        have = out.get(m["ytid"])
        if have is None or preference(p) < preference(have[0]):
            out[m["ytid"]] = (p, m["start"] is not None)
    return out


def window(path: Path, seconds: float, start: float, named_clip: bool) -> tuple[float, float | None]:
    """Where the 10 s clip is in a file: a file named as the cut clip, or too short to hold the clip at start_s,
    is the clip itself (its first 10 s); a longer file is the whole track, cut at start_s."""
    if named_clip or seconds < start + CLIP_S - 0.01:
        return 0.0, (CLIP_S if seconds > CLIP_S else None)
    return start, CLIP_S


def aspects(where: str, text: str) -> set[str]:
    try:
        words = ast.literal_eval(text)
    except (ValueError, SyntaxError):
        raise BenchError(f"{where}: field 'aspect_list': {text[:60]!r} is not a list of strings") from None
    if not isinstance(words, list) or not all(isinstance(w, str) for w in words):
        raise BenchError(f"{where}: field 'aspect_list': expected a list of strings")
    return {w.strip().lower() for w in words}


def convert(src: Source) -> list[Row]:
    table = src.need("musiccaps-public.csv", "the MusicCaps table")
    top50 = {line.split("\t")[0] for line in shipped("musiccaps/aspects-top50.txt")}
    genre_of = shipped_table("musiccaps/genres.tsv")
    audio = audio_by_ytid(src.root)
    src.looked_for = (f"audio named <ytid>.<ext> or <ytid>-<start>-<end>.<ext> (the 11-character YouTube id of "
                      f"each row; {AUDIO_RULE})")
    reader = csv.DictReader(io.StringIO(read_text(table)))
    need = {"ytid", "start_s", "end_s", "aspect_list", "is_audioset_eval"}
    if not need <= set(reader.fieldnames or ()):
        raise BenchError(f"{table}: columns {sorted(need - set(reader.fieldnames or ()))} missing")
    rows = []
    for n, rec in enumerate(reader, 2):
        where = f"{table}: line {n}"
        ytid = rec["ytid"]
        try:
            start = float(rec["start_s"])
        except ValueError:
            raise BenchError(f"{where}: field 'start_s': {rec['start_s']!r} is not a number") from None
        words = aspects(where, rec["aspect_list"])
        split = "test" if rec["is_audioset_eval"].strip().lower() == "true" else hash_split(ytid, 0.15, 0.0, "musiccaps")
        if ytid not in audio:
            src.note_missing(src.root / f"{ytid}.<audio>")
            continue
        path, named_clip = audio[ytid]
        seconds = src.audio(path)
        if seconds is None:
            continue
        offset, dur = window(path, seconds, start, named_clip)
        rows.append(Row("musiccaps-aspects", path, sorted(words & top50), split, ytid, offset, dur))
        genres = sorted({genre_of[w] for w in words if w in genre_of})
        if genres:
            rows.append(Row("musiccaps-genre", path, genres, split, ytid, offset, dur))
    return rows


DATASET = Dataset(
    name="musiccaps", tasks=("musiccaps-aspects", "musiccaps-genre"), title="MusicCaps",
    url="https://www.kaggle.com/datasets/googleai/musiccaps", licence="CC BY-SA 4.0 (the table); audio: YouTube",
    size="5,521 10 s clips (~15 h); audio fetched by the user from YouTube",
    layout="musiccaps-public.csv, and audio anywhere below named <ytid>.<ext> or <ytid>-<start>-<end>.<ext>: the "
           "10 s clips (a file named with its times, or too short to hold the clip at start_s, is the clip), or "
           "whole tracks (cut at start_s); " + AUDIO_RULE,
    split="is_audioset_eval -> test; the rest 85/15 train/valid by a fixed hash of ytid", convert=convert,
    expected={"musiccaps-aspects": {"train": 2273, "valid": 390, "test": 2858},
              "musiccaps-genre": {"train": 771, "valid": 151, "test": 1080}},
    expected_note="counted on musiccaps-public.csv (5,521 rows) with this converter's split")
