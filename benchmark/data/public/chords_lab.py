"""Any folder of audio with matching `.lab` chord files (Isophonics, Billboard style: start end label a line),
for the frame-level `chords` task. Split: a user split file, else a fixed hash of the track."""
from __future__ import annotations

from pathlib import Path

from ...errors import BenchError
from ...events import load_chords
from ..manifest import SPLITS
from .common import Dataset, Row, Source, audio_index, hash_split, iter_lines


def read_split_file(path: str) -> dict[str, str]:
    """'<track> <split>' a line (tab or space); track is the audio file's name without extension."""
    out = {}
    for n, line in iter_lines(Path(path)):
        fields = line.split()
        if len(fields) != 2 or fields[1] not in SPLITS:
            raise BenchError(f"{path}: line {n}: expected '<track> <train|valid|test>'")
        out[fields[0]] = fields[1]
    return out


def convert(src: Source) -> list[Row]:
    labs = {}
    for p in sorted(src.root.rglob("*.lab")):
        if p.stem in labs:
            raise BenchError(f"{src.root}: two .lab files for '{p.stem}': {labs[p.stem]} and {p}")
        labs[p.stem] = p
    if not labs:
        raise BenchError(f"{src.root}: no .lab chord files found under it")
    audio = audio_index(src.root)
    split_file = src.options.get("split_file")
    user_split = read_split_file(split_file) if split_file else None
    rows = []
    for track, lab in sorted(labs.items()):
        if user_split is not None and track not in user_split:
            continue
        path = audio.get(track)
        if path is None:
            src.note_missing(lab.with_suffix(".<audio>"))
            continue
        try:
            load_chords(lab)
        except BenchError as e:
            src.unreadable.append(str(e))
            continue
        if src.audio(path) is None:
            continue
        split = user_split[track] if user_split is not None else hash_split(track, 0.15, 0.15, "chords")
        rows.append(Row("chords", path, None, split, track, annotation=lab))
    return rows


DATASET = Dataset(
    name="chords-lab", tasks=("chords",), title="a folder of audio and .lab chord files",
    url="http://isophonics.net/datasets ; https://ddmal.music.mcgill.ca/research/The_McGill_Billboard_Project",
    licence="that of the user's copy", size="any",
    layout="audio files and .lab files of the same name (start end chord a line, Harte syntax) anywhere below",
    split="--split-file (<track> <split> a line), else 70/15/15 by a fixed hash of the track name", convert=convert,
    expected_note="no fixed dataset: no official counts")
