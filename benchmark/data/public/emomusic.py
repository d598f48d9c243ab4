"""Emotion in Music (Soleymani et al. 2013): `clips_45seconds/<song_id>.mp3` + the static annotations (mean
arousal and valence, 1-9). The split of Castellon et al. (2021), shipped in splits/emomusic/ (from jukemir)."""
from __future__ import annotations

import csv
import io

from ...errors import BenchError
from .common import Dataset, Row, Source, read_text, shipped_table


def convert(src: Source) -> list[Row]:
    clips = src.need("clips_45seconds", "the folder of 45 s clips")
    src.looked_for = "clips_45seconds/<song_id>.mp3 for every song of static_annotations.csv"
    found = sorted(src.root.rglob("static_annotations.csv"))
    if not found:
        raise BenchError(f"{src.root}: 'static_annotations.csv' (the 1000 songs' mean arousal and valence) not found "
                         f"under it; found {src.found_instead()}")
    table = found[0]
    reader = csv.DictReader(io.StringIO(read_text(table)), skipinitialspace=True)
    fields = {f.strip() for f in reader.fieldnames or ()}
    if not {"song_id", "mean_arousal", "mean_valence"} <= fields:
        raise BenchError(f"{table}: line 1: expected columns song_id, mean_arousal, mean_valence")
    values = {}
    for n, rec in enumerate(reader, 2):
        rec = {k.strip(): v for k, v in rec.items()}
        try:
            values[rec["song_id"].strip()] = (float(rec["mean_valence"]), float(rec["mean_arousal"]))
        except (TypeError, ValueError):
            raise BenchError(f"{table}: line {n}: mean_valence and mean_arousal must be numbers") from None
    rows = []
    for song, split in sorted(shipped_table("emomusic/split.tsv").items(), key=lambda kv: int(kv[0])):
        if song not in values:
            raise BenchError(f"{table}: song {song} of the shipped split has no annotation")
        path = clips / f"{song}.mp3"
        if src.audio(path) is None:
            continue
        valence, arousal = values[song]
        rows.append(Row("emomusic-valence", path, valence, split, song))
        rows.append(Row("emomusic-arousal", path, arousal, split, song))
    return rows


SPLIT = {"train": 504, "valid": 115, "test": 125}
DATASET = Dataset(
    name="emomusic", tasks=("emomusic-valence", "emomusic-arousal"), title="Emotion in Music (emoMusic)",
    url="https://cvml.unige.ch/databases/emoMusic/", licence="research use (Free Music Archive clips, CC licences)",
    size="~0.5 GB (744 45 s clips)", layout="clips_45seconds/<song_id>.mp3 and static_annotations.csv below",
    split="Castellon et al. 2021 (jukemir), as MARBLE (splits/emomusic/)", convert=convert,
    expected={"emomusic-valence": SPLIT, "emomusic-arousal": SPLIT})
