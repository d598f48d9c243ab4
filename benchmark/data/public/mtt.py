"""MagnaTagATune (Law et al. 2009): `annotations_final.csv` + the mp3 folders 0-f. The 50 most frequent tags
and the standard split (15,244/1,529/4,332 clips with at least one of them), shipped in splits/mtt/ from
jongpillee/music_dataset_split: folders 0-b train, c valid, d-f test, as MARBLE."""
from __future__ import annotations

import csv
import io
import re

from ...errors import BenchError
from .common import Dataset, Row, Source, read_text, shipped


def track(mp3_path: str) -> str:
    """A clip's track: its file name without the '-<start>-<end>.mp3' of the 29 s segment."""
    return re.sub(r"-\d+-\d+\.mp3$", "", mp3_path.split("/")[-1])


def tag_key(name: str) -> str:
    """A tag's name compared without case or spaces: the table's 'no vocals' is the top-50 list's 'noVocals'."""
    return "".join(name.split()).lower()


def convert(src: Source) -> list[Row]:
    table = src.need("annotations_final.csv", "the MagnaTagATune annotation table")
    src.looked_for = "the table's mp3_path (<0-f>/<name>-<start>-<end>.mp3) beside it or under mp3/"
    reader = csv.reader(io.StringIO(read_text(table)), delimiter="\t")
    header = next(reader, None)
    if not header or header[0] != "clip_id" or header[-1] != "mp3_path":
        raise BenchError(f"{table}: line 1: expected a tab-separated header 'clip_id <tags...> mp3_path'")
    top50 = shipped("mtt/top50_tags.txt")
    columns = {tag_key(name): i for i, name in enumerate(header)}
    absent = [t for t in top50 if tag_key(t) not in columns]
    if absent:
        raise BenchError(f"{table}: line 1: tag columns {absent[:3]} of the top-50 vocabulary missing (compared "
                         f"without case or spaces; the header has {len(header) - 2} tags, e.g. "
                         f"{', '.join(header[1:4])})")
    cols = [columns[tag_key(t)] for t in top50]
    tags = {}
    for n, rec in enumerate(reader, 2):
        if len(rec) != len(header):
            raise BenchError(f"{table}: line {n}: {len(rec)} fields, the header has {len(header)}")
        tags[rec[-1]] = [t for t, c in zip(top50, cols) if rec[c].strip() == "1"]
    audio = src.root / "mp3" if (src.root / "mp3").is_dir() else src.root
    rows = []
    for split in ("train", "valid", "test"):
        for mp3 in shipped(f"mtt/{split}.txt.gz"):
            if mp3 not in tags:
                raise BenchError(f"{table}: clip '{mp3}' of the shipped {split} list is not in the table")
            path = audio / mp3
            if src.audio(path) is not None:
                rows.append(Row("mtt-top50", path, tags[mp3], split, track(mp3)))
    return rows


DATASET = Dataset(
    name="mtt", tasks=("mtt-top50",), title="MagnaTagATune",
    url="https://mirg.city.ac.uk/codeapps/the-magnatagatune-dataset", licence="CC BY-NC-SA 1.0 (Magnatune)",
    size="~3 GB (25,863 29 s mp3 clips)",
    layout="annotations_final.csv and the mp3 folders 0/ ... f/ (beside it, or under mp3/)",
    split="the standard top-50 split (splits/mtt/, jongpillee/music_dataset_split; as MARBLE)", convert=convert,
    expected={"mtt-top50": {"train": 15244, "valid": 1529, "test": 4332}})
