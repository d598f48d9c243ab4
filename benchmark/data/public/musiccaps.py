"""MusicCaps (Agostinelli et al. 2023): `musiccaps-public.csv` + the user's audio named by `ytid`. Aspect words
as tags: the 50 most frequent, and the genre words (splits/musiccaps/)."""
from __future__ import annotations

import ast
import csv
import io

from ...errors import BenchError
from .common import Dataset, Row, Source, audio_index, hash_split, read_text, shipped, shipped_table

CLIP_S = 10.0
WHOLE_TRACK_S = CLIP_S + 1.0  # longer files are whole tracks, cut at start_s


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
    audio = audio_index(src.root)
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
        path = audio.get(ytid)
        if path is None:
            src.note_missing(src.root / f"{ytid}.<audio>")
            continue
        seconds = src.audio(path)
        if seconds is None:
            continue
        offset, dur = 0.0, None  # the 10 s clip itself
        if seconds > WHOLE_TRACK_S:  # a whole track: cut the clip out
            if start + CLIP_S > seconds + 0.01:
                src.unreadable.append(f"{path.name}: {seconds:.1f} s long, shorter than the clip at {start:g} s")
                continue
            offset, dur = start, CLIP_S
        rows.append(Row("musiccaps-aspects", path, sorted(words & top50), split, ytid, offset, dur))
        genres = sorted({genre_of[w] for w in words if w in genre_of})
        if genres:
            rows.append(Row("musiccaps-genre", path, genres, split, ytid, offset, dur))
    return rows


DATASET = Dataset(
    name="musiccaps", tasks=("musiccaps-aspects", "musiccaps-genre"), title="MusicCaps",
    url="https://www.kaggle.com/datasets/googleai/musiccaps", licence="CC BY-SA 4.0 (the table); audio: YouTube",
    size="5,521 10 s clips (~15 h); audio fetched by the user from YouTube",
    layout="musiccaps-public.csv, and audio files named <ytid>.<wav|flac|mp3|ogg> anywhere below: the 10 s clips, "
           "or whole tracks (cut at start_s)",
    split="is_audioset_eval -> test; the rest 85/15 train/valid by a fixed hash of ytid", convert=convert,
    expected={"musiccaps-aspects": {"train": 2273, "valid": 390, "test": 2858},
              "musiccaps-genre": {"train": 771, "valid": 151, "test": 1080}},
    expected_note="counted on musiccaps-public.csv (5,521 rows) with this converter's split")
