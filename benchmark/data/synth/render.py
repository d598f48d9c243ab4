"""MIDI (pretty_midi) to audio through FluidSynth (pyfluidsynth), one synthesizer per worker.

Every clip is rendered by a synthesizer made for it alone: FluidSynth carries voice and filter state from one
note to the next (after a system reset and a flush to exact silence a later clip still differs from its fresh
render by up to 2.4e-3), so a clip's audio depends only on its MIDI and effect settings, never on what the same
worker rendered before. A renderer keeps the soundfont loaded in one idle synthesizer, so that FluidSynth's
sample cache makes each fresh synthesizer's load cheap (16 ms for TimGM6mb, 49 ms for FluidR3_GM here).

A second, long-lived synthesizer answers whether each note sounds on its own (`silent_notes`): some General MIDI
programs are silent at some notes, and a clip's energy alone cannot tell a silent note beside a loud one.
"""
from __future__ import annotations

import ctypes
import hashlib
from functools import lru_cache
from pathlib import Path

import numpy as np

from ...errors import BenchError

SAMPLE_RATE = 22050
BLOCK = 64  # FluidSynth applies events at the start of its 64-sample blocks
DRUM_CHANNEL = 9
REVERB_CC, CHORUS_CC, VOLUME_CC = 91, 93, 7


def default_soundfont() -> Path:
    """The General MIDI soundfont TimGM6mb.sf2 that ships inside the pretty_midi wheel."""
    import pretty_midi

    return Path(pretty_midi.__file__).parent / "TimGM6mb.sf2"


@lru_cache(maxsize=8)
def soundfont_sha256(path: str) -> str:
    with open(path, "rb") as f:
        return hashlib.file_digest(f, "sha256").hexdigest()


NOTE_CHECK_SECONDS = 1.0  # a note is checked for at most this long, then released for RELEASE_SECONDS
RELEASE_SECONDS = 0.3


def _write_float():
    import fluidsynth

    # float output: the 16-bit writer dithers from a running noise table, which would make a clip's bytes
    # depend on what was rendered before it
    return fluidsynth.cfunc(
        "fluid_synth_write_float", ctypes.c_int, ("synth", ctypes.c_void_p, 1), ("len", ctypes.c_int, 1),
        ("lout", ctypes.c_void_p, 1), ("loff", ctypes.c_int, 1), ("lincr", ctypes.c_int, 1),
        ("rout", ctypes.c_void_p, 1), ("roff", ctypes.c_int, 1), ("rincr", ctypes.c_int, 1))


class _Synth:
    """One FluidSynth synthesizer with the soundfont loaded, written to as float."""

    def __init__(self, soundfont: str, sample_rate: int, write_float):
        import fluidsynth

        # FluidSynth's reverb and chorus keep modulated delay lines running: both are off, and reverb is a
        # per-clip convolution instead (`add_reverb`)
        self.fs = fluidsynth.Synth(gain=0.5, samplerate=float(sample_rate),
                                   **{"synth.reverb.active": 0, "synth.chorus.active": 0})
        self._write = write_float
        self.sfid = self.fs.sfload(soundfont)
        if self.sfid == -1:
            self.fs.delete()
            raise BenchError(f"--soundfont: '{soundfont}' is not a soundfont FluidSynth can load")

    def select(self, chan: int, inst) -> None:
        """The instrument's program on `chan`: a melodic program from bank 0, a drum kit (the program number, as
        General MIDI numbers its kits: 0 standard, 8 room, 16 power, ...) from bank 128."""
        bank = 128 if inst.is_drum else 0
        if self.fs.program_select(chan, self.sfid, bank, inst.program) != 0:
            raise BenchError(f"the soundfont has no preset {inst.program} in bank {bank}"
                             f"{' (drum kits)' if inst.is_drum else ''}")
        self.fs.cc(chan, REVERB_CC, 0)
        self.fs.cc(chan, CHORUS_CC, 0)
        self.fs.cc(chan, VOLUME_CC, 100)

    def samples(self, n: int) -> np.ndarray:
        """n stereo frames, interleaved float32."""
        buf = np.zeros(2 * n, dtype=np.float32)
        ptr = buf.ctypes.data_as(ctypes.c_void_p)
        self._write(self.fs.synth, n, ptr, 0, 2, ptr, 1, 2)
        return buf

    def delete(self) -> None:
        self.fs.delete()


class Renderer:
    def __init__(self, soundfont: str | Path, sample_rate: int = SAMPLE_RATE):
        try:
            import fluidsynth  # noqa: F401
        except (ImportError, OSError) as e:
            raise BenchError(f"the synth suite needs FluidSynth: install the system library libfluidsynth3 "
                             f"(apt-get install libfluidsynth3; `make install` does it when root) ({e})") from None
        if not Path(soundfont).is_file():
            raise BenchError(f"--soundfont: file '{soundfont}' not found")
        self.soundfont, self.sample_rate = str(soundfont), sample_rate
        self._write = _write_float()
        # idle, it keeps the soundfont's samples in FluidSynth's cache for every fresh synthesizer; it also
        # checks single notes (silent_notes)
        self.checker = _Synth(self.soundfont, sample_rate, self._write)
        self._audible: dict[tuple, float] = {}

    def render(self, pm, seconds: float) -> np.ndarray:
        """Mono float32 audio of exactly `seconds`, of every instrument in the PrettyMIDI object, rendered by a
        fresh synthesizer (nothing sounding, no state from any earlier clip)."""
        synth = _Synth(self.soundfont, self.sample_rate, self._write)
        try:
            events = []
            melodic = iter(c for c in range(16) if c != DRUM_CHANNEL)
            for inst in pm.instruments:
                chan = DRUM_CHANNEL if inst.is_drum else next(melodic)
                synth.select(chan, inst)
                for n in inst.notes:
                    events.append((n.start, 1, chan, n.pitch, n.velocity))
                    events.append((n.end, 0, chan, n.pitch, 0))
            events.sort(key=lambda e: (e[0], e[1], e[2], e[3]))  # note-offs before note-ons at the same instant
            total = int(round(seconds * self.sample_rate))
            parts, cursor = [], 0
            for t, on, chan, pitch, vel in events:
                at = min(int(round(t * self.sample_rate)), total)
                if at > cursor:
                    parts.append(synth.samples(at - cursor))
                    cursor = at
                if on:
                    synth.fs.noteon(chan, pitch, vel)
                else:
                    synth.fs.noteoff(chan, pitch)
            if total > cursor:
                parts.append(synth.samples(total - cursor))
        finally:
            synth.delete()
        stereo = np.concatenate(parts).reshape(-1, 2) if parts else np.zeros((0, 2), np.float32)
        return stereo.mean(1)

    def note_peak(self, inst, pitch: int, velocity: int, seconds: float) -> float:
        """The peak of one note of the instrument played alone for `seconds` (at most NOTE_CHECK_SECONDS, then
        released), from silence: the checking synthesizer is flushed until its output is exactly zero first."""
        seconds = min(round(seconds, 2), NOTE_CHECK_SECONDS)
        key = (inst.is_drum, inst.program, pitch, velocity, seconds)
        if key not in self._audible:
            s = self.checker
            for chan in range(16):
                s.fs.all_sounds_off(chan)
            for _ in range(10 * self.sample_rate // BLOCK):  # at most 10 s; a voice dies out in well under that
                if not s.samples(BLOCK).any():
                    break
            chan = DRUM_CHANNEL if inst.is_drum else 0
            s.select(chan, inst)
            s.fs.noteon(chan, pitch, velocity)
            on = s.samples(max(1, int(seconds * self.sample_rate)))
            s.fs.noteoff(chan, pitch)
            off = s.samples(int(RELEASE_SECONDS * self.sample_rate))
            self._audible[key] = float(max(np.abs(on).max(), np.abs(off).max()))
        return self._audible[key]

    def silent_notes(self, pm, seconds: float, threshold: float) -> list[str]:
        """Every note of the PrettyMIDI object that does not sound in a clip of `seconds`: it starts after the
        clip's end, or peaks below `threshold` played alone for as long as it sounds in the clip; described."""
        out = []
        for inst in pm.instruments:
            for n in inst.notes:
                what = f"drum kit {inst.program} key" if inst.is_drum else f"program {inst.program} note"
                if n.start >= seconds:
                    out.append(f"{what} {n.pitch} starts after the clip ends ({n.start:.2f} s)")
                    continue
                peak = self.note_peak(inst, n.pitch, n.velocity, min(n.end, seconds) - n.start)
                if peak < threshold:
                    out.append(f"{what} {n.pitch} at velocity {n.velocity} is silent (peak {peak:.1e})")
        return out

    def close(self) -> None:
        self.checker.delete()


def add_reverb(wave: np.ndarray, rng: np.random.Generator, sample_rate: int = SAMPLE_RATE) -> np.ndarray:
    """A random room: convolution with exponentially decaying noise (RT60 0.2-1.2 s, wet 0-35 %)."""
    from scipy.signal import fftconvolve

    rt60, wet = rng.uniform(0.2, 1.2), rng.uniform(0.0, 0.35)
    t = np.arange(int(rt60 * sample_rate)) / sample_rate
    ir = rng.standard_normal(len(t)) * np.exp(-6.9 * t / rt60)
    ir /= np.sqrt((ir ** 2).sum())
    tail = fftconvolve(wave, ir)[: len(wave)]
    return ((1 - wet) * wave + wet * tail).astype(np.float32)
