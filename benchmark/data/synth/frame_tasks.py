"""The MIDI of the frame-level synth tasks, whose labels are event annotations with exact times.

- synth-beat: GM drum patterns (7 kits, 3/4 and 4/4, 60-180 BPM, swing, fills, some clips change tempo at a
  bar line) over an optional bass and chord bed; the label is every beat time (a beat file, one time a line).
- synth-chords: chord progressions (maj, min, 7, maj7, min7, dim, aug, sus4; inversions; block, arpeggiated or
  repeated; several instruments; some N gaps) with exact change times; the label is a Harte `.lab` file.
"""
from __future__ import annotations

import pretty_midi

from ...metrics import PITCH_NAMES
from .tasks import FAMILIES, SUSTAINED, TASKS, Clip, SynthTask, _pm

SECONDS = 8.0
KITS = [0, 8, 16, 24, 25, 32, 40]  # GM drum kits: standard, room, power, electronic, TR-808, jazz, brush
KICK, SNARE, HAT, OPEN_HAT, TOMS = 36, 38, 42, 46, (50, 47, 45, 43)
QUALITIES = {"maj": [0, 4, 7], "min": [0, 3, 7], "7": [0, 4, 7, 10], "maj7": [0, 4, 7, 11],
             "min7": [0, 3, 7, 10], "dim": [0, 3, 6], "aug": [0, 4, 8], "sus4": [0, 5, 7]}
QUALITY_P = [0.32, 0.28, 0.1, 0.06, 0.06, 0.06, 0.06, 0.06]
BASS_DEGREE = {3: "b3", 4: "3", 5: "4", 6: "b5", 7: "5", 8: "#5", 10: "b7", 11: "7"}  # Harte's bass notation


def _hit(drums: pretty_midi.Instrument, rng, pitch: int, t: float, lo: int = 60, hi: int = 120) -> None:
    if t < SECONDS:
        drums.notes.append(pretty_midi.Note(int(rng.integers(lo, hi)), pitch, t, min(t + 0.1, SECONDS)))


def beat(rng, split: str, cls: None = None) -> Clip:
    meter = 3 if rng.random() < 0.3 else 4
    bpm = float(rng.uniform(60, 180))
    swing = float(rng.uniform(0.05, 0.17)) if rng.random() < 0.3 else 0.0  # delay of the off-beat, in beats
    change_bar = int(rng.integers(1, 3)) if rng.random() < 0.2 else None
    drums = pretty_midi.Instrument(program=int(rng.choice(KITS)), is_drum=True)
    bed = rng.random() < 0.5
    chords = pretty_midi.Instrument(program=int(rng.choice(FAMILIES[str(rng.choice(SUSTAINED))][0])))
    bass = pretty_midi.Instrument(program=int(rng.choice(FAMILIES["bass"][0])))
    tonic = int(rng.integers(0, 12))
    beats: list[float] = []
    t, b = float(rng.uniform(0.0, 0.4)), 0
    while t < SECONDS:
        pos, bar = b % meter, b // meter
        if pos == 0 and bar == change_bar:
            bpm = float(min(180.0, max(60.0, bpm * rng.uniform(0.75, 1.3))))
        period = 60.0 / bpm
        beats.append(t)
        fill = (change_bar is not None and bar == change_bar - 1) or (bar % 4 == 3 and rng.random() < 0.5)
        if fill and pos >= meter - 2:
            for k, tom in enumerate(TOMS[:2]):
                _hit(drums, rng, tom if pos == meter - 2 else TOMS[2 + k], t + k * period / 2, 80, 120)
        else:
            if pos == 0 or (meter == 4 and pos == 2):
                _hit(drums, rng, KICK, t, 90, 125)
            if (meter == 4 and pos in (1, 3)) or (meter == 3 and pos in (1, 2)):
                _hit(drums, rng, SNARE, t, 70 if meter == 3 else 85, 120)
        hat = OPEN_HAT if rng.random() < 0.1 else HAT
        _hit(drums, rng, hat, t, 50, 90)
        _hit(drums, rng, HAT, t + (0.5 + swing) * period, 40, 80)
        if bed and pos == 0:
            root = tonic + [0, 5, 7, 9][bar % 4]
            end = min(t + meter * period * 0.95, SECONDS)
            bass.notes.append(pretty_midi.Note(int(rng.integers(60, 100)), 36 + root % 12, t, end))
            for n in (0, 4, 7):
                chords.notes.append(pretty_midi.Note(int(rng.integers(40, 80)), 55 + (root + n) % 12, t, end))
        t += period
        b += 1
    insts = [drums] + ([bass, chords] if bed else [])
    return Clip(_pm(*insts), [round(x, 6) for x in beats], SECONDS)


def _label(root: int, quality: str, inversion: int) -> str:
    bass = QUALITIES[quality][inversion]
    return f"{PITCH_NAMES[root]}:{quality}" + (f"/{BASS_DEGREE[bass]}" if inversion else "")


def chords(rng, split: str, cls: None = None) -> Clip:
    inst = pretty_midi.Instrument(program=int(rng.choice(FAMILIES[str(rng.choice(SUSTAINED))][0])))
    bass = pretty_midi.Instrument(program=int(rng.choice(FAMILIES["bass"][0])))
    with_bass = rng.random() < 0.5
    style = str(rng.choice(["block", "arpeggio", "repeated"]))
    segments: list[tuple[float, float, str]] = []
    t = float(rng.uniform(0.0, 0.5))
    if t > 0:
        segments.append((0.0, t, "N"))
    while t < SECONDS - 0.4:
        if segments and segments[-1][2] != "N" and rng.random() < 0.12:  # a silent gap
            end = min(t + float(rng.uniform(0.3, 1.0)), SECONDS)
            segments.append((t, end, "N"))
            t = end
            continue
        end = min(t + float(rng.uniform(0.75, 2.0)), SECONDS)
        root = int(rng.integers(0, 12))
        quality = str(rng.choice(list(QUALITIES), p=QUALITY_P))
        inversion = int(rng.integers(0, len(QUALITIES[quality]))) if rng.random() < 0.4 else 0
        pitches = [48 + root + i for i in QUALITIES[quality]]
        pitches = pitches[inversion:] + [p + 12 for p in pitches[:inversion]]
        vel = int(rng.integers(60, 110))
        if style == "block":
            for p in pitches:
                inst.notes.append(pretty_midi.Note(vel, p, t, end - 0.02))
        else:
            step = float(rng.choice([0.125, 0.25]))
            k, s = 0, t
            while s < end - 0.02:
                chosen = [pitches[k % len(pitches)]] if style == "arpeggio" else pitches
                for p in chosen:
                    inst.notes.append(pretty_midi.Note(vel, p, s, min(s + step * 1.5, end - 0.02)))
                k, s = k + 1, s + step
        if with_bass:
            bass.notes.append(pretty_midi.Note(vel, 36 + (root + QUALITIES[quality][inversion]) % 12, t, end - 0.02))
        segments.append((t, end, _label(root, quality, inversion)))
        t = end
    if t < SECONDS:
        segments.append((t, SECONDS, "N"))
    return Clip(_pm(inst, *([bass] if with_bass else [])), [(round(a, 6), round(b, 6), lab) for a, b, lab in segments],
                SECONDS)


TASKS["synth-beat"] = SynthTask(beat, {"tiny": (12, 4, 4), "small": (120, 30, 30), "full": (600, 150, 150)}, [],
                                "beats")
TASKS["synth-chords"] = SynthTask(chords, {"tiny": (12, 4, 4), "small": (120, 30, 30), "full": (600, 150, 150)},
                                  [], "chords")
