"""Any folder of audio with matching `.lab` chord files (start end label a line, Harte syntax), for the frame-level
`chords` task, in the layouts the chord datasets ship:
- Isophonics, unpacked: `chordlab/<artist>/<album>/<track>.lab` beside `keylab/`, `seglab/` (and `beat/`) that
  reuse the same file names: only the .lab files under a `chordlab` folder are read when one exists; the audio
  anywhere below, named as the track.
- McGill Billboard's LAB release: `<id>/full.lab` (and the reduced `majmin.lab`, `majmin7.lab`, `majmininv.lab`,
  `majmin7inv.lab`): the track is the folder, `full.lab` is read (else the richest reduction there), and the
  audio is the audio file in that folder, or, with mirdata's `billboard-2.0-index.csv` beside, its
  `audio/<decade>/<artist>/<title>/audio.<ext>`.
- Anything else: `<track>.lab` beside or away from `<track>.<audio>`.
Split: a user split file, else a fixed hash of the track."""
from __future__ import annotations

from pathlib import Path

from ...errors import BenchError
from ..annotations import load_chords
from ..manifest import SPLITS
from .common import AUDIO_RULE, Dataset, Row, Source, audio_in, audio_index, find_audio, hash_split, iter_lines

NOT_CHORDS = {"keylab", "seglab", "beat", "beats", "keys", "segments"}  # Isophonics' other annotation folders
BILLBOARD = ("full", "majmin7inv", "majmin7", "majmininv", "majmin")  # the LAB release's files, richest first


def read_split_file(path: str) -> dict[str, str]:
    """'<track> <split>' a line (tab or space); track is the audio file's name without extension."""
    out = {}
    for n, line in iter_lines(Path(path)):
        fields = line.split()
        if len(fields) != 2 or fields[1] not in SPLITS:
            raise BenchError(f"{path}: line {n}: expected '<track> <train|valid|test>'")
        out[fields[0]] = fields[1]
    return out


def chord_files(src: Source) -> dict[str, Path]:
    """The chord .lab file of every track, by track name (module doc: which files a layout's names mean)."""
    every = sorted(src.root.rglob("*.lab"))
    if any("chordlab" in p.relative_to(src.root).parts[:-1] for p in every):
        every = [p for p in every if "chordlab" in p.relative_to(src.root).parts[:-1]]
    else:
        every = [p for p in every if not NOT_CHORDS & set(p.relative_to(src.root).parts[:-1])]
    labs: dict[str, Path] = {}
    billboard: dict[str, Path] = {}
    for p in every:
        if p.stem in BILLBOARD:  # a Billboard folder: the track is the folder, the richest file wins
            have = billboard.get(p.parent.name)
            if have is None or BILLBOARD.index(p.stem) < BILLBOARD.index(have.stem):
                billboard[p.parent.name] = p
            continue
        if p.stem in labs:
            raise BenchError(f"{src.root}: two chord .lab files for track '{p.stem}': {labs[p.stem]} and {p} (a "
                             "track's name must be unique; Isophonics' keylab/ and seglab/ are left out when a "
                             "chordlab/ folder is there)")
        labs[p.stem] = p
    for track, p in billboard.items():
        if track in labs:
            raise BenchError(f"{src.root}: track '{track}' has {labs[track]} and the Billboard folder {p.parent}")
        labs[track] = p
    return labs


def billboard_index(src: Source) -> dict[str, Path]:
    """mirdata's layout of the Billboard audio: billboard-2.0-index.csv (id, chart_date, ..., title, artist) ->
    audio/<decade>/<artist>/<title>/audio.<ext>, per zero-padded id ('0003')."""
    import csv

    index = next(iter(sorted(src.root.rglob("billboard-2.0-index.csv"))), None)
    if index is None:
        return {}
    out = {}
    with open(index, newline="", encoding="utf-8") as f:
        for rec in csv.DictReader(f):
            if rec.get("title") and rec.get("artist") and rec.get("chart_date"):
                decade = f"{rec['chart_date'][:3]}0s"
                path = find_audio(index.parent / "audio" / decade / rec["artist"] / rec["title"], "audio")
                if path is not None:
                    out[f"{int(rec['id']):04d}"] = path
    return out


def convert(src: Source) -> list[Row]:
    labs = chord_files(src)
    if not labs:
        raise BenchError(f"{src.root}: no .lab chord files found under it (looked for chordlab/**/*.lab, "
                         f"<id>/full.lab or any <track>.lab); found {src.found_instead()}")
    src.looked_for = f"audio named as each .lab's track, or in each Billboard <id>/ folder ({AUDIO_RULE})"
    billboard_dirs = {lab.parent for lab in labs.values() if lab.stem in BILLBOARD}
    indexed = billboard_index(src)
    mirdata_audio = {p.parent for p in indexed.values()}
    audio = audio_index(src.root, skip=lambda p: p.parent in billboard_dirs or p.parent in mirdata_audio)
    split_file = src.options.get("split_file")
    user_split = read_split_file(split_file) if split_file else None
    rows = []
    for track, lab in sorted(labs.items()):
        if user_split is not None and track not in user_split:
            continue
        if lab.stem in BILLBOARD:
            path = audio_in(lab.parent) or indexed.get(track)
        else:
            path = audio.get(track)
        if path is None:
            src.note_missing(lab.parent / "<audio>" if lab.stem in BILLBOARD else lab.with_suffix(".<audio>"))
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
    layout="Isophonics (chordlab/**/<track>.lab; keylab/, seglab/ left out), McGill Billboard LAB (<id>/full.lab with "
           "the audio in <id>/, or mirdata's billboard-2.0-index.csv + audio/), or <track>.lab and <track>.<audio> "
           "anywhere below; " + AUDIO_RULE,
    split="--split-file (<track> <split> a line), else 70/15/15 by a fixed hash of the track name", convert=convert,
    expected_note="no fixed dataset: no official counts")
