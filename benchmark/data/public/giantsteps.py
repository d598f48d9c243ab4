"""GiantSteps key (Knees et al. 2015; test) and GiantSteps-MTG key (Faraldo; train/valid), cut into 30 s clips
as MARBLE and jukemir do; the split of each track id is shipped in splits/giantsteps-key/ (from jukemir)."""
from __future__ import annotations

from pathlib import Path

from ...errors import BenchError
from ..labels import normalize_key
from .common import AUDIO_RULE, Dataset, Row, Source, audio_index, iter_lines, shipped_table, windows

CLIP_S = 30.0
GS, MTG = "giantsteps-key-dataset", "giantsteps-mtg-key-dataset"


def _key(where: str, text: str) -> str:
    try:
        return normalize_key(" ".join(text.split()[-2:]))
    except ValueError as e:
        raise BenchError(f"{where}: {e}") from None


def gs_keys(folder: Path) -> dict[str, tuple[str, str]]:
    """GiantSteps key: annotations/key/<id>.LOFI.key, one key ('D major') a file: (its text, the file)."""
    out = {}
    for p in sorted((folder / "annotations" / "key").glob("*.key")):
        lines = [line for _, line in iter_lines(p) if not line.startswith("#")]
        if not lines:
            raise BenchError(f"{p}: empty key file")
        out[p.name.split(".")[0]] = (lines[-1], str(p))
    return out


def mtg_keys(folder: Path) -> dict[str, tuple[str, str]]:
    """GiantSteps-MTG key: annotations/annotations.txt, tab-separated ID, MANUAL KEY, C (confidence), ...:
    per ID (the key's text, its line)."""
    table = folder / "annotations" / "annotations.txt"
    if not table.is_file():
        raise BenchError(f"{folder}: 'annotations/annotations.txt' not found")
    out = {}
    header = None
    for n, line in iter_lines(table):
        fields = line.rstrip("\n").split("\t")
        if header is None:
            header = [f.strip().upper() for f in fields]
            if "ID" not in header or "MANUAL KEY" not in header:
                raise BenchError(f"{table}: line {n}: expected a header with 'ID' and 'MANUAL KEY'")
            continue
        out[fields[header.index("ID")].strip()] = (fields[header.index("MANUAL KEY")], f"{table}: line {n}")
    return out


def convert(src: Source) -> list[Row]:
    split_of = shipped_table("giantsteps-key/split.tsv")
    gs_dir, mtg_dir = src.need(GS, "the GiantSteps key folder"), src.need(MTG, "the GiantSteps-MTG key folder")
    keys = {"gs": gs_keys(gs_dir), "mtg": mtg_keys(mtg_dir)}
    src.looked_for = f"{GS}/audio/ and {MTG}/audio/<id>.LOFI.<mp3|wav> ({AUDIO_RULE})"
    audio = {"gs": audio_index(gs_dir / "audio"), "mtg": audio_index(mtg_dir / "audio")}
    rows = []
    for tid, split in sorted(split_of.items(), key=lambda kv: int(kv[0])):
        origin = "gs" if split == "test" else "mtg"
        if tid not in keys[origin]:
            raise BenchError(f"{gs_dir if origin == 'gs' else mtg_dir}: no key annotation for track {tid} of the "
                             f"{split} split")
        text, where = keys[origin][tid]
        label = _key(where, text)  # parsed once, and only the listed tracks' keys
        path = audio[origin].get(f"{tid}.LOFI") or audio[origin].get(tid)
        if path is None:
            src.note_missing((gs_dir if origin == "gs" else mtg_dir) / "audio" / f"{tid}.LOFI.mp3")
            continue
        seconds = src.audio(path)
        if seconds is None:
            continue
        for offset, dur in windows(seconds, CLIP_S):
            rows.append(Row("giantsteps-key", path, label, split, f"{origin}-{tid}", offset, dur))
    return rows


DATASET = Dataset(
    name="giantsteps-key", tasks=("giantsteps-key",), title="GiantSteps key + GiantSteps-MTG key",
    url="https://github.com/GiantSteps/giantsteps-key-dataset ; https://github.com/GiantSteps/giantsteps-mtg-key-dataset",
    licence="annotations CC BY-SA 4.0; audio: Beatport previews (download scripts in the repositories)",
    size="~2 GB (604 + 1,159 two-minute previews)",
    layout=f"{GS}/ (audio/<id>.LOFI.mp3, and the .wav its convert_audio.sh writes beside, annotations/key/"
           f"<id>.LOFI.key) and {MTG}/ (audio/<id>.LOFI.mp3, annotations/annotations.txt); {AUDIO_RULE}",
    split="GiantSteps key = test; GiantSteps-MTG key split train/valid as jukemir and MARBLE "
          "(splits/giantsteps-key/); 30 s clips, a track's clips in one split",
    convert=convert, expected={"giantsteps-key": {"train": 923, "valid": 236, "test": 604}}, expected_unit="tracks")
