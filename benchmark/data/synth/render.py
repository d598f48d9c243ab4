"""MIDI (pretty_midi) to audio through FluidSynth (pyfluidsynth), one synthesizer per worker.

The soundfont is loaded once per synthesizer; every clip starts from a system reset, so a clip's audio depends
only on its MIDI and effect settings, never on what the same worker rendered before.
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


class Renderer:
    def __init__(self, soundfont: str | Path, sample_rate: int = SAMPLE_RATE):
        try:
            import fluidsynth
        except (ImportError, OSError) as e:
            raise BenchError(f"the synth suite needs FluidSynth: install the system library libfluidsynth3 "
                             f"(apt-get install libfluidsynth3; `make install` does it when root) ({e})") from None
        if not Path(soundfont).is_file():
            raise BenchError(f"--soundfont: file '{soundfont}' not found")
        self.sample_rate = sample_rate
        # FluidSynth's reverb and chorus keep modulated delay lines running from clip to clip, so their output
        # depends on what was rendered before: both are off, and reverb is a per-clip convolution instead
        # (`add_reverb`), which keeps every clip byte-identical whatever worker renders it, in whatever order.
        self.synth = fluidsynth.Synth(gain=0.5, samplerate=float(sample_rate),
                                      **{"synth.reverb.active": 0, "synth.chorus.active": 0})
        self.rendered = 0  # samples written by this synthesizer so far
        # float output: the 16-bit writer dithers from a running noise table, which would make a clip's
        # bytes depend on what was rendered before it
        self._write_float = fluidsynth.cfunc(
            "fluid_synth_write_float", ctypes.c_int, ("synth", ctypes.c_void_p, 1), ("len", ctypes.c_int, 1),
            ("lout", ctypes.c_void_p, 1), ("loff", ctypes.c_int, 1), ("lincr", ctypes.c_int, 1),
            ("rout", ctypes.c_void_p, 1), ("roff", ctypes.c_int, 1), ("rincr", ctypes.c_int, 1))
        self.sfid = self.synth.sfload(str(soundfont))
        if self.sfid == -1:
            raise BenchError(f"--soundfont: '{soundfont}' is not a soundfont FluidSynth can load")

    def render(self, pm, seconds: float) -> np.ndarray:
        """Mono float32 audio of exactly `seconds`, of every instrument in the PrettyMIDI object."""
        fs = self.synth
        fs.system_reset()
        # let the previous clip's effect tails die out, and start on a block boundary: then an event lands on
        # the same sample whatever this synthesizer rendered before
        flush = self.sample_rate // 2
        self._samples(flush + (-(self.rendered + flush)) % BLOCK)
        events = []
        melodic = iter(c for c in range(16) if c != DRUM_CHANNEL)
        for inst in pm.instruments:
            chan = DRUM_CHANNEL if inst.is_drum else next(melodic)
            fs.program_select(chan, self.sfid, 128 if inst.is_drum else 0, 0 if inst.is_drum else inst.program)
            fs.cc(chan, REVERB_CC, 0)
            fs.cc(chan, CHORUS_CC, 0)
            fs.cc(chan, VOLUME_CC, 100)
            for n in inst.notes:
                events.append((n.start, 1, chan, n.pitch, n.velocity))
                events.append((n.end, 0, chan, n.pitch, 0))
        events.sort(key=lambda e: (e[0], e[1], e[2], e[3]))  # note-offs before note-ons at the same instant
        total = int(round(seconds * self.sample_rate))
        parts, cursor = [], 0
        for t, on, chan, pitch, vel in events:
            at = min(int(round(t * self.sample_rate)), total)
            if at > cursor:
                parts.append(self._samples(at - cursor))
                cursor = at
            if on:
                fs.noteon(chan, pitch, vel)
            else:
                fs.noteoff(chan, pitch)
        if total > cursor:
            parts.append(self._samples(total - cursor))
        stereo = np.concatenate(parts).reshape(-1, 2)
        return stereo.mean(1)

    def _samples(self, n: int) -> np.ndarray:
        """n stereo frames, interleaved float32."""
        self.rendered += n
        buf = np.zeros(2 * n, dtype=np.float32)
        ptr = buf.ctypes.data_as(ctypes.c_void_p)
        self._write_float(self.synth.synth, n, ptr, 0, 2, ptr, 1, 2)
        return buf

    def close(self) -> None:
        self.synth.delete()


def add_reverb(wave: np.ndarray, rng: np.random.Generator, sample_rate: int = SAMPLE_RATE) -> np.ndarray:
    """A random room: convolution with exponentially decaying noise (RT60 0.2-1.2 s, wet 0-35 %)."""
    from scipy.signal import fftconvolve

    rt60, wet = rng.uniform(0.2, 1.2), rng.uniform(0.0, 0.35)
    t = np.arange(int(rt60 * sample_rate)) / sample_rate
    ir = rng.standard_normal(len(t)) * np.exp(-6.9 * t / rt60)
    ir /= np.sqrt((ir ** 2).sum())
    tail = fftconvolve(wave, ir)[: len(wave)]
    return ((1 - wet) * wave + wet * tail).astype(np.float32)
