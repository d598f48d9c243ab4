"""VocalSet (Wilkins et al. 2018): `FULL/<singer>/<context>/<technique>/*.wav`, cut into 3 s clips as MARBLE.
Singer (20) on a split of recordings; technique (10) with MARBLE's test singers. MARBLE's own train/valid
draws were not seeded, so they cannot be repeated: here a fixed hash of the recording decides, in MARBLE's
proportions."""
from __future__ import annotations

from .common import Dataset, Row, Source, hash_split, windows

CLIP_S = 3.0
SINGERS = tuple([f"f{i}" for i in range(1, 10)] + [f"m{i}" for i in range(1, 12)])
TECHNIQUES = ("belt", "breathy", "inhaled", "lip_trill", "spoken", "straight", "trill", "trillo", "vibrato",
              "vocal_fry")
TEST_SINGERS = ("f2", "f8", "m3", "m5", "m10")  # MARBLE's technique test singers


def convert(src: Source) -> list[Row]:
    full = src.need("FULL", "VocalSet's FULL/ folder")
    rows = []
    for wav in sorted(full.glob("*/*/*/*.wav")):
        singer, _context, technique = wav.relative_to(full).parts[:3]
        if singer not in SINGERS:
            continue
        seconds = src.audio(wav)
        if seconds is None:
            continue
        rec = str(wav.relative_to(full).with_suffix(""))
        singer_split = hash_split(rec, 0.32, 0.2, "vocalset-singer")  # MARBLE: 20% test, 40% of the rest valid
        tech_split = "test" if singer in TEST_SINGERS else hash_split(rec, 0.4, 0.0, "vocalset-technique")
        for offset, dur in windows(seconds, CLIP_S):
            rows.append(Row("vocalset-singer", wav, singer, singer_split, rec, offset, dur))
            if technique in TECHNIQUES:
                rows.append(Row("vocalset-technique", wav, technique, tech_split, rec, offset, dur))
    return rows


DATASET = Dataset(
    name="vocalset", tasks=("vocalset-singer", "vocalset-technique"), title="VocalSet",
    url="https://zenodo.org/record/1193957", licence="CC BY 4.0", size="~3 GB (10.1 h, 20 singers)",
    layout="FULL/<singer>/<context>/<technique>/*.wav",
    split="singer: recordings 48/32/20 by a fixed hash; technique: test singers f2 f8 m3 m5 m10 (MARBLE), the "
          "others' recordings 60/40 train/valid by a fixed hash; 3 s clips, a recording's clips in one split",
    convert=convert,
    expected_note="MARBLE's splits were drawn without a seed; no official clip counts exist")
