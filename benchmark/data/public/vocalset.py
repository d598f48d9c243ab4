"""VocalSet (Wilkins et al. 2018): `FULL/<singer>/<context>/<technique>/*.wav` as Zenodo ships it (singer folders
`female1` ... `female9`, `male1` ... `male11`; `f1` ... `m11` also read), cut into 3 s clips. Singer (20) and
technique (10, MARBLE's test singers f2 f8 m3 m5 m10).

Two splits (`--split`):
- `marble` (the default, so that numbers compare with MARBLE's): MARBLE's own, reproduced as its preprocess.py
  makes it. It renames 28 files that lack their singer prefix and deletes five (a `(1)` duplicate and four
  excerpts), flattens every recording of its 17 technique folders into one folder a technique, numbers the files
  of each folder in name order (that number is the group: the same number in two folders is one group), seeds
  numpy's global generator with 42617 and draws scikit-learn GroupShuffleSplits: technique valid 40 % of the
  train singers' groups; then singer test 20 % of all groups, valid 40 % of the rest. Files in folders outside
  the 17 (the `vibrado/` typo folder) are not used, as in MARBLE. What is not repeated: MARBLE trims leading
  silence (torchaudio's VAD) and cuts 132,000-sample chunks at 44.1 kHz; here 3 s windows of the file as it is,
  and a file enters the group numbering when it is at least one MARBLE chunk (2.993 s) long.
- `hash`: a fixed hash of each recording, in MARBLE's proportions (singer 48/32/20; technique: the same test
  singers, the others' recordings 60/40), every file of the 10 techniques (and all files for the singer task).
Labels come from the singer folder (MARBLE takes the file's prefix, which names m9 for one excerpt in male8/).
"""
from __future__ import annotations

import re
from pathlib import Path

from ...errors import BenchError
from .common import Dataset, Row, Source, hash_split, windows

CLIP_S = 3.0
SINGERS = tuple([f"f{i}" for i in range(1, 10)] + [f"m{i}" for i in range(1, 12)])
TECHNIQUES = ("belt", "breathy", "inhaled", "lip_trill", "spoken", "straight", "trill", "trillo", "vibrato",
              "vocal_fry")
TEST_SINGERS = ("f2", "f8", "m3", "m5", "m10")  # MARBLE's technique test singers
SINGER_FOLDER = re.compile(r"^(?P<sex>f|female|m|male)(?P<n>\d+)$")

# MARBLE-Benchmark benchmark/tasks/VocalSet/preprocess.py: its technique folders, renames and deletions
MARBLE_SEED = 42617
MARBLE_TECHNIQUES = TECHNIQUES + ("fast_forte", "fast_piano", "forte", "messa", "pp", "slow_forte", "slow_piano")
MARBLE_CHUNK_S = 44 * 3000 / 44100  # sr // 1000 * 3000 samples at 44.1 kHz
MARBLE_RENAME = {
    ("lip_trill", "lip_trill_arps.wav"): "f2_lip_trill_arps.wav",
    ("lip_trill", "scales_lip_trill.wav"): "m3_scales_lip_trill.wav",
    **{("straight", f"{c}_straight_{v}.wav"): f"f4_{c}_straight_{v}.wav" for c in ("arpeggios", "scales")
       for v in "aeiou"},
    ("straight", "row_straight.wav"): "m8_row_straight.wav",
    ("vocal_fry", "scales_vocal_fry.wav"): "f2_scales_vocal_fry.wav",
    ("fast_forte", "arps_fast_piano_c.wav"): "f9_arps_fast_piano_c.wav",
    ("fast_piano", "fast_piano_arps_f.wav"): "f2_fast_piano_arps_f.wav",
    ("fast_piano", "arps_c_fast_piano.wav"): "m3_arps_c_fast_piano.wav",
    ("fast_piano", "scales_fast_piano_f.wav"): "f3_scales_fast_piano_f.wav",
    **{("fast_piano", f"scales_{k}_fast_piano_{v}.wav"): f"m10_scales_{k}_fast_piano_{v}.wav" for k in "cf"
       for v in "aeiou"},
}
MARBLE_DELETE = {("vibrato", n) for n in ("f2_scales_vibrato_a(1).wav", "caro_vibrato.wav", "dona_vibrato.wav",
                                          "row_vibrato.wav", "slow_vibrato_arps.wav")}
SPLITS = ("marble", "hash")


def singer_of(folder: str) -> str | None:
    """'female3' or 'f3' -> 'f3'; None for a folder that is not a singer's."""
    m = SINGER_FOLDER.match(folder)
    if not m:
        return None
    name = f"{m['sex'][0]}{int(m['n'])}"
    return name if name in SINGERS else None


def recordings(src: Source) -> list[tuple[Path, str, str]]:
    """(file, singer, technique folder) of every recording under FULL/<singer>/<context>/<technique>/."""
    full = src.need("FULL", "VocalSet's FULL/ folder")
    out, others = [], set()
    for wav in sorted(full.glob("*/*/*/*.wav")):
        singer_dir, _context, technique = wav.relative_to(full).parts[:3]
        singer = singer_of(singer_dir)
        if singer is None:
            others.add(singer_dir)
            continue
        out.append((wav, singer, technique))
    if not out:
        raise BenchError(f"{full}: no recording FULL/<singer>/<context>/<technique>/*.wav with a singer folder "
                         f"female1..female9, male1..male11 (or f1..m11)"
                         + (f"; found folders {', '.join(sorted(others)[:6])}" if others
                            else f"; found {src.found_instead()}"))
    return out


def marble_splits(src: Source, recs: list[tuple[Path, str, str]]) -> dict[Path, dict[str, str]]:
    """Per recording MARBLE uses, its split in each task ({'singer': ..., 'technique': ...; technique only for the
    10 techniques}), drawn as MARBLE's preprocess.py draws it (module doc)."""
    import numpy as np
    from sklearn.model_selection import GroupShuffleSplit

    folders: dict[str, dict[str, tuple[Path, str]]] = {}  # technique -> flattened name -> (file, singer)
    for wav, singer, technique in recs:
        if technique not in MARBLE_TECHNIQUES or (technique, wav.name) in MARBLE_DELETE:
            continue
        name = MARBLE_RENAME.get((technique, wav.name), wav.name)
        folders.setdefault(technique, {})[name] = (wav, singer)
    table = []  # (file, singer, technique, group) in MARBLE's order
    for technique in sorted(folders):
        # every file of the folder takes a number, even one too short for a chunk (which then adds no row); an
        # unreadable file keeps its number, as in MARBLE's intact copy, and is left out later
        for i, name in enumerate(sorted(folders[technique])):
            wav, singer = folders[technique][name]
            seconds = src.audio(wav)
            if seconds is None or seconds >= MARBLE_CHUNK_S:
                table.append((wav, singer, technique, i))
    rng = np.random.RandomState(MARBLE_SEED)  # what np.random.seed(42617) makes of the global generator

    def draw(rows: list[tuple], test_size: float) -> tuple[set[int], set[int]]:
        groups = np.array([r[3] for r in rows])
        keep, held = next(GroupShuffleSplit(n_splits=1, test_size=test_size, random_state=rng).split(
            np.zeros(len(rows)), groups=groups))
        return {int(g) for g in groups[keep]}, {int(g) for g in groups[held]}

    out: dict[Path, dict[str, str]] = {}
    tech = [r for r in table if r[2] in TECHNIQUES]
    train_val = [r for r in tech if r[1] not in TEST_SINGERS]
    if not train_val:
        raise BenchError(f"{src.root}: no recording of MARBLE's technique training singers found")
    _, valid = draw(train_val, 0.4)
    for wav, singer, technique, group in tech:
        out.setdefault(wav, {})["technique"] = ("test" if singer in TEST_SINGERS
                                                else "valid" if group in valid else "train")
    _, test = draw(table, 0.2)
    rest = [r for r in table if r[3] not in test]
    _, valid = draw(rest, 0.4)
    for wav, _singer, _technique, group in table:
        out.setdefault(wav, {})["singer"] = "test" if group in test else "valid" if group in valid else "train"
    return out


def convert(src: Source) -> list[Row]:
    rule = src.options.get("split") or "marble"
    if rule not in SPLITS:
        raise BenchError(f"--split: '{rule}' is not a VocalSet split (marble, hash)")
    full = src.root / "FULL"
    recs = recordings(src)
    src.looked_for = "FULL/<female1..9|male1..11>/<context>/<technique>/*.wav"
    chosen = marble_splits(src, recs) if rule == "marble" else None
    rows = []
    for wav, singer, technique in recs:
        if chosen is not None and wav not in chosen:
            continue
        seconds = src.audio(wav)
        if seconds is None:
            continue
        rec = str(wav.relative_to(full).with_suffix(""))
        if chosen is not None:
            splits = chosen[wav]
        else:
            splits = {"singer": hash_split(rec, 0.32, 0.2, "vocalset-singer")}  # MARBLE: 20% test, 40% of the rest
            if technique in TECHNIQUES:
                splits["technique"] = ("test" if singer in TEST_SINGERS
                                       else hash_split(rec, 0.4, 0.0, "vocalset-technique"))
        for offset, dur in windows(seconds, CLIP_S):
            rows.append(Row("vocalset-singer", wav, singer, splits["singer"], rec, offset, dur))
            if "technique" in splits:
                rows.append(Row("vocalset-technique", wav, technique, splits["technique"], rec, offset, dur))
    return rows


DATASET = Dataset(
    name="vocalset", tasks=("vocalset-singer", "vocalset-technique"), title="VocalSet",
    url="https://zenodo.org/record/1193957", licence="CC BY 4.0", size="~3 GB (10.1 h, 20 singers)",
    layout="FULL/<female1..female9|male1..male11>/<context>/<technique>/*.wav (as Zenodo ships it; f1..m11 too)",
    split="--split marble (default): MARBLE's preprocess.py split reproduced (seed 42617, its renames and "
          "deletions, GroupShuffleSplit); --split hash: a fixed hash of the recording in MARBLE's proportions; "
          "3 s clips, a recording's clips in one split",
    convert=convert,
    expected_note="MARBLE cuts clips after trimming silence, so its clip counts cannot be repeated here")
