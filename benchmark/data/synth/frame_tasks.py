"""The MIDI of the frame-level synth tasks, whose labels are event annotations with exact times.

- synth-beat: GM drum patterns (7 kits, 3/4 and 4/4, 60-180 BPM, swing, fills, some clips change tempo at a
  bar line) in five styles with syncopation (off-beat kicks, half-time snares, off-beat open hats, ghost notes,
  hats of one loudness on and off the beat), over an optional bass and chord bed (sometimes off-beat chord
  stabs, sometimes a bar of the bed alone); the label is every beat time (a beat file, one time a line).
- synth-chords: chord progressions (maj, min, 7, maj7, min7, dim, aug, sus4; inversions; block, arpeggiated or
  repeated; several instruments; some N gaps) with exact change times; the label is a Harte `.lab` file.
"""
from __future__ import annotations

import pretty_midi

from ..labels import PITCH_NAMES
from .tasks import FAMILIES, SUSTAINED, TASKS, Clip, SynthTask, to_midi

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


STYLES = ["rock", "syncopated", "half-time", "four-on-the-floor", "offbeat"]
GHOST = 37  # side stick: the ghost notes between the beats


def _bar(rng, style: str, meter: int) -> list[tuple[float, int, int, int]]:
    """One bar of a drum pattern: (position in beats, pitch, velocity low, high). Off-beat kicks and snares,
    beats left to the hats alone, ghost notes and off-beat accents keep the beats from being simply the loud
    onsets."""
    hits: list[tuple[float, int, int, int]] = []
    backbeat = (1, 3) if meter == 4 else (1, 2)
    if style == "four-on-the-floor":
        hits += [(p, KICK, 95, 125) for p in range(meter)] + [(p, SNARE, 80, 115) for p in backbeat]
    elif style == "half-time":  # the snare on 3 only; beats 2 and 4 carry hats alone
        hits += [(0, KICK, 95, 125), (meter - 0.5 if rng.random() < 0.5 else 1.5, KICK, 80, 115),
                 (2 if meter == 4 else 1, SNARE, 90, 120)]
    elif style == "syncopated":  # kicks on the off-beats, the downbeat kick sometimes held over
        kicks = [0.0] if rng.random() < 0.8 else []
        kicks += [float(p) + 0.5 for p in range(meter) if rng.random() < 0.4]
        kicks += [float(p) + 0.75 for p in range(meter) if rng.random() < 0.15]
        hits += [(k, KICK, 85, 125) for k in kicks] + [(p, SNARE, 85, 120) for p in backbeat if rng.random() < 0.85]
    else:  # rock and offbeat: kick 1 (and 3), snare on the backbeat
        hits += [(0, KICK, 90, 125)] + ([(2, KICK, 85, 120)] if meter == 4 and rng.random() < 0.7 else [])
        hits += [(p, SNARE, 85, 120) for p in backbeat]
    for p in range(meter):  # ghost notes on the sixteenths
        for q in (0.25, 0.5, 0.75):
            if rng.random() < 0.12:
                hits.append((p + q, GHOST, 35, 70))
    sixteenths = rng.random() < 0.25
    for p in range(meter):
        if style == "offbeat":  # open hats on the "and" only, louder than the beat
            hits.append((p + 0.5, OPEN_HAT, 80, 115))
            continue
        for q in ((0.0, 0.25, 0.5, 0.75) if sixteenths else (0.0, 0.5)):
            hits.append((p + q, HAT, 45, 95))  # on- and off-beat hats in one velocity range
    return hits


def beat(rng, split: str, cls: None = None) -> Clip:
    meter = 3 if rng.random() < 0.3 else 4
    bpm = float(rng.uniform(60, 180))
    swing = float(rng.uniform(0.05, 0.17)) if rng.random() < 0.3 else 0.0  # delay of the off-beat, in beats
    change_bar = int(rng.integers(1, 3)) if rng.random() < 0.2 else None
    style = str(rng.choice(STYLES))
    drums = pretty_midi.Instrument(program=int(rng.choice(KITS)), is_drum=True)
    bed = rng.random() < 0.5
    skank = bed and rng.random() < 0.4  # the chords played as off-beat stabs
    chords = pretty_midi.Instrument(program=int(rng.choice(FAMILIES[str(rng.choice(SUSTAINED))][0])))
    bass = pretty_midi.Instrument(program=int(rng.choice(FAMILIES["bass"][0])))
    tonic = int(rng.integers(0, 12))
    beats: list[float] = []
    t, b = float(rng.uniform(0.0, 0.4)), 0
    while t < SECONDS:
        bar = b // meter
        if bar == change_bar:
            bpm = float(min(180.0, max(60.0, bpm * rng.uniform(0.75, 1.3))))
        period = 60.0 / bpm
        starts = [t + k * period for k in range(meter + 1)]

        def at(pos: float) -> float:  # a position in beats -> seconds, off-beats swung
            k = int(pos)
            frac = pos - k
            return starts[k] + (frac + (swing if frac == 0.5 else 0.0)) * period

        beats += [x for x in starts[:meter] if x < SECONDS]
        fill = (change_bar is not None and bar == change_bar - 1) or (bar % 4 == 3 and rng.random() < 0.5)
        drop = bed and bar > 0 and rng.random() < 0.12  # a bar of the bed alone
        if not drop:
            for pos, pitch, lo, hi in _bar(rng, style, meter):
                if fill and pos >= meter - 2:
                    continue
                _hit(drums, rng, pitch, at(pos), lo, hi)
            if fill:
                for k in range(4):
                    _hit(drums, rng, TOMS[k], at(meter - 2 + k * 0.5), 80, 120)
        if bed:
            root = tonic + [0, 5, 7, 9][bar % 4]
            end = min(starts[-1] - 0.05 * period, SECONDS)
            if t < SECONDS:
                bass.notes.append(pretty_midi.Note(int(rng.integers(60, 100)), 36 + root % 12, t, end))
            for pos in ([p + 0.5 for p in range(meter)] if skank else [0.0]):
                s0, s1 = at(pos), (min(at(pos) + 0.3 * period, SECONDS) if skank else end)
                if s0 < SECONDS:
                    for n in (0, 4, 7):
                        chords.notes.append(pretty_midi.Note(int(rng.integers(40, 80) + (25 if skank else 0)),
                                                             55 + (root + n) % 12, s0, s1))
        t = starts[-1]
        b += meter
    insts = [drums] + ([bass, chords] if bed else [])
    return Clip(to_midi(*insts), [round(x, 6) for x in beats], SECONDS)


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
    return Clip(to_midi(inst, *([bass] if with_bass else [])), [(round(a, 6), round(b, 6), lab) for a, b, lab in segments],
                SECONDS)


# version 2: syncopated styles, off-beat stabs, bars without drums; 3: the kits really selected (the renderer
# once played kit 0 for every drum track)
TASKS["synth-beat"] = SynthTask(beat, {"tiny": (12, 4, 4), "small": (120, 30, 30), "full": (600, 150, 150)}, [],
                                "beats", version=3)
TASKS["synth-chords"] = SynthTask(chords, {"tiny": (12, 4, 4), "small": (120, 30, 30), "full": (600, 150, 150)},
                                  [], "chords")
