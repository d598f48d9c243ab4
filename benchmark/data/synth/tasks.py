"""The MIDI of every synth task: what the label is, and what is randomised because the label must not depend
on it (instrument within the allowed set, velocity, timing jitter, register, inversion, loudness, effects).

Modelled on NSynth (pitch, instrument family) and SynTheory (intervals, chords, progressions, tempo).
"""
from __future__ import annotations

from dataclasses import dataclass
from typing import Any, Callable

import pretty_midi

from ..labels import KEYS, PITCH_NAMES

# General MIDI program ranges (0-based) of NSynth-like instrument families, with a register that suits each
FAMILIES: dict[str, tuple[list[int], tuple[int, int]]] = {
    "keyboard": (list(range(0, 8)), (48, 84)),
    "mallet": (list(range(8, 16)), (60, 96)),
    "organ": (list(range(16, 24)), (48, 84)),
    "guitar": (list(range(24, 32)), (40, 76)),
    "bass": (list(range(32, 40)), (28, 55)),
    "strings": (list(range(40, 47)), (48, 84)),
    "brass": (list(range(56, 64)), (48, 79)),
    "reed": (list(range(64, 72)), (50, 81)),
    "flute": (list(range(72, 80)), (60, 91)),
    "synth_lead": (list(range(80, 88)), (48, 84)),
}
SUSTAINED = ["keyboard", "organ", "guitar", "strings", "brass", "reed"]  # for chords and progressions
# for the pitch task, GM programs whose sounding pitch is the note's: no sub-octave organ stops, no fifths lead,
# no guitar harmonics, no detuned musette accordion, no breathy whistles
PITCHED_PROGRAMS = [*range(0, 8), 24, 25, 26, 27, 28, *range(40, 45), *range(56, 64), *range(64, 72), 72, 73, 74,
                    80, 81]
# the pitch task's programs per split (every family in each): a test clip's instrument was never heard in
# training, so the task asks for pitch across timbres, not for notes already seen (one program and note shared
# by a training and a test clip made 20 of 108 test clips repeats at size small, and every model scored 1.0)
PITCH_PROGRAMS = {"train": PITCHED_PROGRAMS[0::5] + PITCHED_PROGRAMS[1::5] + PITCHED_PROGRAMS[2::5],
                  "valid": PITCHED_PROGRAMS[3::5], "test": PITCHED_PROGRAMS[4::5]}

CHORDS = {"maj": [0, 4, 7], "min": [0, 3, 7], "dim": [0, 3, 6], "aug": [0, 4, 8],
          "dom7": [0, 4, 7, 10], "maj7": [0, 4, 7, 11], "min7": [0, 3, 7, 10]}
INTERVALS = ["m2", "M2", "m3", "M3", "P4", "TT", "P5", "m6", "M6", "m7", "M7", "P8"]  # 1..12 semitones
# scale degree (semitones above the tonic) and triad quality of each chord of a progression
MAJOR_PROGRESSIONS = [[(0, "maj"), (5, "maj"), (7, "maj"), (0, "maj")],
                      [(0, "maj"), (9, "min"), (5, "maj"), (7, "maj")],
                      [(0, "maj"), (7, "maj"), (9, "min"), (5, "maj")],
                      [(2, "min"), (7, "dom7"), (0, "maj"), (0, "maj")]]
MINOR_PROGRESSIONS = [[(0, "min"), (5, "min"), (7, "maj"), (0, "min")],
                      [(0, "min"), (8, "maj"), (5, "min"), (7, "maj")],
                      [(0, "min"), (2, "dim"), (7, "dom7"), (0, "min")],
                      [(0, "min"), (8, "maj"), (7, "maj"), (0, "min")]]
TEMPO_TRAIN = (70.0, 150.0)
TEMPO_TEST = ((55.0, 70.0), (150.0, 165.0))  # outside the training range, as SynTheory's tempo split


@dataclass(frozen=True)
class Clip:
    midi: pretty_midi.PrettyMIDI
    label: Any
    seconds: float


def _instrument(rng, family: str) -> pretty_midi.Instrument:
    return pretty_midi.Instrument(program=int(rng.choice(FAMILIES[family][0])))


def _note(inst, rng, pitch: int, start: float, end: float) -> None:
    jitter = rng.uniform(0, 0.03)
    inst.notes.append(pretty_midi.Note(int(rng.integers(60, 121)), int(pitch), start + jitter, end + jitter))


def to_midi(*insts: pretty_midi.Instrument) -> pretty_midi.PrettyMIDI:
    pm = pretty_midi.PrettyMIDI()
    pm.instruments.extend(insts)
    return pm


def pitch(rng, split: str, cls: int) -> Clip:
    midi = 48 + cls
    inst = pretty_midi.Instrument(program=int(rng.choice(PITCH_PROGRAMS[split])))
    _note(inst, rng, midi, 0.05, rng.uniform(1.2, 1.8))
    return Clip(to_midi(inst), str(midi), 2.0)


def instrument(rng, split: str, cls: int) -> Clip:
    family = list(FAMILIES)[cls]
    lo, hi = FAMILIES[family][1]
    inst = _instrument(rng, family)
    _note(inst, rng, int(rng.integers(lo, hi)), 0.05, rng.uniform(1.2, 1.8))
    return Clip(to_midi(inst), family, 2.0)


def chord(rng, split: str, cls: int) -> Clip:
    quality = list(CHORDS)[cls]
    root = int(rng.integers(48, 62))
    notes = [root + i for i in CHORDS[quality]]
    for _ in range(int(rng.integers(0, len(notes)))):  # inversion: lowest note up an octave
        notes = notes[1:] + [notes[0] + 12]
    inst = _instrument(rng, str(rng.choice(SUSTAINED)))
    end = rng.uniform(1.4, 1.8)
    for n in notes:
        _note(inst, rng, n, 0.05, end)
    return Clip(to_midi(inst), quality, 2.0)


def interval(rng, split: str, cls: int) -> Clip:
    size = cls + 1
    low = int(rng.integers(48, 70))
    inst = _instrument(rng, str(rng.choice(SUSTAINED)))
    end = rng.uniform(1.4, 1.8)
    for n in (low, low + size):
        _note(inst, rng, n, 0.05, end)
    return Clip(to_midi(inst), INTERVALS[size - 1], 2.0)


def key(rng, split: str, cls: int) -> Clip:
    tonic, minor = cls % 12, cls >= 12
    prog = (MINOR_PROGRESSIONS if minor else MAJOR_PROGRESSIONS)[int(rng.integers(0, 4))]
    inst = _instrument(rng, str(rng.choice(SUSTAINED)))
    bass = pretty_midi.Instrument(program=int(rng.choice(FAMILIES["bass"][0])))
    base = 48 + tonic if tonic < 7 else 36 + tonic
    for k, (degree, quality) in enumerate(prog):
        root = base + degree
        for n in CHORDS[quality]:
            _note(inst, rng, root + n if root + n < 72 else root + n - 12, k, k + 0.95)
        _note(bass, rng, 36 + (tonic + degree) % 12, k, k + 0.95)  # C2 to B2
    return Clip(to_midi(inst, bass), f"{PITCH_NAMES[tonic]} {'minor' if minor else 'major'}", 4.0)


def tempo(rng, split: str, cls: None = None) -> Clip:
    if split == "test":
        lo, hi = TEMPO_TEST[int(rng.integers(0, 2))]
    else:
        lo, hi = TEMPO_TRAIN
    bpm = float(rng.uniform(lo, hi))
    beat = 60.0 / bpm
    drums = pretty_midi.Instrument(program=0, is_drum=True)
    start = rng.uniform(0.0, 0.2)
    hat = 46 if rng.random() < 0.3 else 42
    extra_kick = rng.random() < 0.5
    n_beats = int((4.0 - start) / beat) + 1
    for b in range(n_beats):
        t = start + b * beat
        drums.notes.append(pretty_midi.Note(int(rng.integers(90, 121)), 36 if b % 2 == 0 else 38, t, t + 0.1))
        for h in (0, 0.5):
            drums.notes.append(pretty_midi.Note(int(rng.integers(50, 90)), hat, t + h * beat, t + h * beat + 0.05))
        if extra_kick and b % 4 == 3:
            drums.notes.append(pretty_midi.Note(100, 36, t + 0.5 * beat, t + 0.5 * beat + 0.1))
    drums.notes = [n for n in drums.notes if n.start < 4.0]
    return Clip(to_midi(drums), round(bpm, 3), 4.0)


def tags(rng, split: str, cls: None = None) -> Clip:
    chosen = sorted(rng.choice(list(FAMILIES), size=int(rng.integers(1, 4)), replace=False).tolist())
    insts = []
    for family in chosen:
        inst = _instrument(rng, family)
        lo, hi = FAMILIES[family][1]
        t = rng.uniform(0, 0.3)
        while t < 2.7:
            dur = float(rng.choice([0.25, 0.5, 0.75, 1.0]))
            _note(inst, rng, int(rng.integers(lo, hi)), t, min(t + dur * 0.95, 3.0))
            t += dur
        insts.append(inst)
    return Clip(to_midi(*insts), chosen, 3.0)


@dataclass(frozen=True)
class SynthTask:
    make: Callable[..., Clip]  # (rng, split, class index or None) -> Clip
    sizes: dict[str, tuple[int, int, int]]  # clips per class (in all where classes is empty) per split
    classes: list[str]  # balanced classes; empty for regression and multi-label tasks
    annotation: str | None = None  # frame-level tasks: "beats" or "chords", written as an annotation file
    version: int = 1  # of the generator: data rendered by another version is rendered again


TASKS: dict[str, SynthTask] = {
    # version 2: programs held out per split
    "synth-pitch": SynthTask(pitch, {"tiny": (2, 1, 1), "small": (10, 3, 3), "full": (40, 10, 10)},
                             [str(m) for m in range(48, 84)], version=2),
    "synth-instrument": SynthTask(instrument, {"tiny": (4, 2, 2), "small": (30, 8, 8), "full": (150, 40, 40)},
                                  list(FAMILIES)),
    "synth-chord": SynthTask(chord, {"tiny": (4, 2, 2), "small": (30, 8, 8), "full": (150, 40, 40)},
                             list(CHORDS)),
    "synth-interval": SynthTask(interval, {"tiny": (4, 2, 2), "small": (30, 8, 8), "full": (150, 40, 40)},
                                INTERVALS),
    "synth-key": SynthTask(key, {"tiny": (2, 1, 1), "small": (10, 3, 3), "full": (40, 10, 10)}, KEYS),
    "synth-tempo": SynthTask(tempo, {"tiny": (24, 8, 8), "small": (200, 50, 50), "full": (800, 200, 200)},
                             []),
    "synth-tags": SynthTask(tags, {"tiny": (24, 8, 8), "small": (300, 80, 80), "full": (1500, 300, 300)},
                            []),
}

