"""MTG-Jamendo (Bogdanov et al. 2019): the `autotagging_*` tables of split-0 and the audio folders (`NN/<id>.mp3`,
or the low-quality `NN/<id>.low.mp3`). Top-50 tags, genre, instrument, mood/theme."""
from __future__ import annotations

from pathlib import Path

from ...errors import BenchError
from .common import Dataset, Row, Source, iter_lines

SUBSETS = {"jamendo-top50": "autotagging_top50tags", "jamendo-genre": "autotagging_genre",
           "jamendo-instrument": "autotagging_instrument", "jamendo-moodtheme": "autotagging_moodtheme"}
SPLIT_FILES = {"train": "train", "valid": "validation", "test": "test"}


def _split_dir(src: Source) -> Path:
    for rel in ("data/splits/split-0", "splits/split-0"):
        if (src.root / rel).is_dir():
            return src.root / rel
    raise BenchError(f"{src.root}: 'data/splits/split-0/' (or 'splits/split-0/') not found; is --source the "
                     f"mtg-jamendo-dataset checkout? Found {src.found_instead()}")


def _audio(src: Source, rel: str) -> Path:
    for base in (src.root / "audio", src.root):
        for name in (rel, rel.replace(".mp3", ".low.mp3")):
            if (base / name).is_file():
                return base / name
    return src.root / "audio" / rel


def read_table(path: Path) -> list[tuple[str, str, list[str], str]]:
    """(track id, audio path, tags, where) of a split table: TRACK_ID ARTIST_ID ALBUM_ID PATH DURATION TAGS..."""
    out = []
    for n, line in iter_lines(path):
        fields = line.rstrip("\n").split("\t")
        if n == 1:
            if fields[:4] != ["TRACK_ID", "ARTIST_ID", "ALBUM_ID", "PATH"]:
                raise BenchError(f"{path}: line 1: expected the header TRACK_ID ARTIST_ID ALBUM_ID PATH DURATION TAGS")
            continue
        if len(fields) < 6:
            raise BenchError(f"{path}: line {n}: {len(fields)} tab-separated fields, at least 6 expected")
        out.append((fields[0], fields[3], [t.strip() for t in fields[5:] if t.strip()], f"{path}: line {n}"))
    return out


def convert(src: Source) -> list[Row]:
    folder = _split_dir(src)
    src.looked_for = "each table's PATH (NN/<id>.mp3, or NN/<id>.low.mp3) under audio/ or --source itself"
    rows = []
    for task, stem in SUBSETS.items():
        for split, name in SPLIT_FILES.items():
            table = folder / f"{stem}-{name}.tsv"
            if not table.is_file():
                raise BenchError(f"{folder}: split file '{table.name}' not found")
            listed = read_table(table)
            src.expected.setdefault(task, {})[split] = len(listed)  # the card's reference: what the table lists
            for track, rel, tags, _where in listed:
                path = _audio(src, rel)
                if src.audio(path) is not None:
                    rows.append(Row(task, path, tags, split, track))
    return rows


DATASET = Dataset(
    name="mtg-jamendo", tasks=tuple(SUBSETS), title="MTG-Jamendo",
    url="https://github.com/MTG/mtg-jamendo-dataset", licence="CC BY-NC-SA (audio: each track's CC licence)",
    size="~150 GB full quality, ~50 GB low (55,701 tracks)",
    layout="data/splits/split-0/autotagging_<subset>-{train,validation,test}.tsv, audio under audio/ (or beside "
           "data/) as NN/<id>.mp3 or NN/<id>.low.mp3",
    split="the official split-0", convert=convert,
    expected_note="the split-0 tables themselves are the reference: the difference is what is missing")
