"""NSynth (Engel et al. 2017): `nsynth-{train,valid,test}/examples.json` + `audio/<note_str>.wav`, the official
splits; MIDI pitch and instrument family."""
from __future__ import annotations

import json

from ...errors import BenchError
from .common import Dataset, Row, Source, read_text

FOLDERS = {"train": "nsynth-train", "valid": "nsynth-valid", "test": "nsynth-test"}
FAMILIES = ("bass", "brass", "flute", "guitar", "keyboard", "mallet", "organ", "reed", "string", "synth_lead",
            "vocal")


def convert(src: Source) -> list[Row]:
    src.looked_for = "nsynth-<train|valid|test>/audio/<note_str>.wav for every note of examples.json"
    rows = []
    for split, folder in FOLDERS.items():
        meta = src.need(f"{folder}/examples.json", "NSynth metadata")
        try:
            examples = json.loads(read_text(meta))
        except json.JSONDecodeError as e:
            raise BenchError(f"{meta}: not valid JSON ({e.msg} at line {e.lineno})") from None
        if not isinstance(examples, dict):
            raise BenchError(f"{meta}: expected an object of note_str -> example")
        for note, ex in sorted(examples.items()):
            try:
                raw, family = ex["pitch"], str(ex["instrument_family_str"])
            except (KeyError, TypeError) as e:
                raise BenchError(f"{meta}: example '{note}': field {e} missing") from None
            # a MIDI note number 0-127; 60.7 or "60" is not one (int() truncated 60.7 to 60 silently)
            if isinstance(raw, bool) or not isinstance(raw, int) or not 0 <= raw <= 127:
                raise BenchError(f"{meta}: example '{note}': field 'pitch': {raw!r} is not a MIDI note number "
                                 "(an integer 0-127)")
            pitch = raw
            if family not in FAMILIES:
                raise BenchError(f"{meta}: example '{note}': field 'instrument_family_str': '{family}' is not one "
                                 f"of NSynth's families {', '.join(FAMILIES)}")
            wav = src.path(folder, "audio", f"{note}.wav")
            if src.audio(wav) is None:
                continue
            rows.append(Row("nsynth-pitch", wav, str(pitch), split, note))
            rows.append(Row("nsynth-instrument", wav, family, split, note))
    return rows


OFFICIAL = {"train": 289205, "valid": 12678, "test": 4096}
DATASET = Dataset(
    name="nsynth", tasks=("nsynth-pitch", "nsynth-instrument"), title="NSynth",
    url="https://magenta.tensorflow.org/datasets/nsynth", licence="CC BY 4.0", size="~30 GB (305,979 4 s notes)",
    layout="nsynth-train/, nsynth-valid/, nsynth-test/, each with examples.json and audio/*.wav",
    split="the official train/valid/test", convert=convert,
    expected={"nsynth-pitch": OFFICIAL, "nsynth-instrument": OFFICIAL})
