"""Decode, downmix, resample, crop/pad and chunk audio. Knows nothing of models or tasks."""
from __future__ import annotations

import contextlib
import re
from typing import Any
from pathlib import Path

import numpy as np
import soundfile as sf
import soxr

from ..errors import BenchError



class BadAudio(BenchError):
    """A clip that cannot be used: unreadable, truncated, empty, non-finite, or a window outside the file."""

    def __init__(self, reason: str, path: str | Path = ""):
        super().__init__(f"{path}: {reason}" if path else reason)
        self.reason = reason


END_SLACK_S = 0.01  # a window may end this far past the file (rounding of durations written by other tools)


def _checked_frames(f: sf.SoundFile) -> int:
    """The frames of an open file, refusing one whose header promises more than it holds, or none."""
    total = f.frames
    if re.search(r"^data\s*:.*\(should be", f.extra_info, re.M):  # libsndfile's own check of the header
        raise BadAudio(f"truncated: the header promises more audio than the file holds ({total} frames "
                       f"read, {total / f.samplerate:.3f} s)")
    if total <= 0:
        raise BadAudio("no audio in the file (0 frames)")
    return total


def duration(path: str | Path) -> float:
    """Seconds of audio in a file, from its header, checked as `load` checks it (decodable, not truncated, not
    empty); raises BadAudio with the reason. What dataset converters use to list unreadable files. What the
    decoder prints on the process's stderr (mpg123's "Illegal Audio-MPEG-Header" lines) is kept out of the
    terminal, and given with the reason when the file cannot be read."""
    not_audio = _not_audio(Path(path))
    if not_audio:
        raise BadAudio(not_audio, path)
    with _captured_stderr() as said:
        try:
            with sf.SoundFile(str(path)) as f:
                return _checked_frames(f) / f.samplerate
        except BadAudio as e:
            error: BadAudio = BadAudio(e.reason, path)
        except (sf.LibsndfileError, RuntimeError, ValueError) as e:
            why = str(getattr(e, "error_string", None) or e)
            if "possibly a pipe" in why and Path(path).is_file():  # libsndfile's words for a format it cannot tell
                why = f"not a format libsndfile recognises, or corrupt; {Path(path).stat().st_size} bytes"
            error = BadAudio(f"cannot decode audio ({why})", path)
    decoder = " ".join(said()[:1])
    raise BadAudio(error.reason + (f"; the decoder said: {decoder}" if decoder else ""), path) from None


def _not_audio(path: Path) -> str | None:
    """Why a file is plainly not audio (empty, a web page saved by a failed download), or None."""
    try:
        size = path.stat().st_size
        with open(path, "rb") as f:
            raw = f.read(256)
        head = raw.lstrip().lower()
    except OSError:
        return None  # soundfile says why
    if size == 0:
        return "empty file (0 bytes)"
    if head.startswith((b"<!doctype html", b"<html", b"<?xml", b"<head")):
        return "an HTML page, not audio (a failed download?)"
    if path.suffix.lower() in (".au", ".snd") and not raw.startswith(b".snd"):
        # libsndfile reads a .au file without the header as raw 8 kHz u-law: noise, not an error
        return "not a Sun AU file (no '.snd' header)"
    return None


@contextlib.contextmanager
def _captured_stderr():
    """Redirect the process's file descriptor 2 (where C decoders write) to a temporary file while the block
    runs; yields a function returning the lines written. Falls back to doing nothing where fd 2 is not there."""
    import os
    import tempfile

    try:
        saved = os.dup(2)
    except OSError:
        yield lambda: []
        return
    with tempfile.TemporaryFile() as tmp:
        lines: list[str] = []
        try:
            os.dup2(tmp.fileno(), 2)
            yield lambda: lines
        finally:
            os.dup2(saved, 2)
            os.close(saved)
            tmp.seek(0)
            lines.extend(line.strip() for line in tmp.read().decode("utf-8", "replace").splitlines() if line.strip())


MIN_SECONDS = 0.05  # a shorter clip holds no musical event: it is padded silence to every encoder


def load(path: str | Path, sample_rate: int, offset: float = 0.0, duration: float | None = None) -> np.ndarray:
    """Mono float32 audio at `sample_rate`, reading only [offset, offset + duration) from disk. Raises BadAudio
    (with the reason) unless the window lies inside the file and every sample read is finite."""
    try:
        with sf.SoundFile(str(path)) as f:
            sr, total = f.samplerate, _checked_frames(f)
            start = int(round(offset * sr))
            if start >= total:
                raise BadAudio(f"offset {offset:g} s is at or past the end of the file ({total / sr:.3f} s)")
            frames = total - start if duration is None else int(round(duration * sr))
            if start + frames > total + END_SLACK_S * sr:
                raise BadAudio(f"offset {offset:g} s + duration {duration:g} s ends past the end of the file "
                               f"({total / sr:.3f} s)")
            f.seek(start)
            wave = f.read(min(frames, total - start), dtype="float32", always_2d=True)
    except BadAudio as e:
        raise BadAudio(e.reason, path) from None
    except (sf.LibsndfileError, RuntimeError, ValueError) as e:
        raise BadAudio(f"cannot decode audio ({getattr(e, 'error_string', None) or e})", path) from None
    if len(wave) == 0:
        raise BadAudio("no audio read", path)
    if len(wave) < MIN_SECONDS * sr:  # e.g. an offset 0.5 ms before the end of the file
        raise BadAudio(f"only {1000 * len(wave) / sr:.1f} ms of audio from {offset:g} s; a clip holds at least "
                       f"{1000 * MIN_SECONDS:g} ms", path)
    if len(wave) < min(frames, total - start):
        raise BadAudio(f"truncated: {len(wave)} of {min(frames, total - start)} frames could be read", path)
    bad = ~np.isfinite(wave)
    if bad.any():
        raise BadAudio(f"{int(bad.sum())} non-finite samples (NaN or infinity), the first at "
                       f"{(start + int(np.argmax(bad.any(axis=1)))) / sr:.3f} s", path)
    mono = wave.mean(axis=1)
    if sr != sample_rate:
        mono = soxr.resample(mono, sr, sample_rate, quality="HQ").astype(np.float32)
    if not np.isfinite(mono).all():  # finite samples near float32's limit overflow when mixed or resampled
        raise BadAudio(f"samples of magnitude up to {float(np.abs(wave).max()):.3g} overflow float32 when mixed to "
                       f"mono or resampled from {sr} to {sample_rate} Hz (audio is expected within about [-1, 1])",
                       path)
    return np.ascontiguousarray(mono, dtype=np.float32)


def crop_or_pad(wave: np.ndarray, length: int, crop: str = "center") -> np.ndarray:
    """Exactly `length` samples: a centred (or leading) window of longer audio, zero padding at the end."""
    n = len(wave)
    if n > length:
        start = (n - length) // 2 if crop == "center" else 0
        return wave[start:start + length]
    if n < length:
        return np.pad(wave, (0, length - n))
    return wave


def chunks(length: int, chunk: int | None) -> list[tuple[int, int]]:
    """[start, end) ranges of at most `chunk` samples covering `length`, of near-equal size so that no
    chunk is a sliver too short for the encoder's receptive field (one range if chunk is None)."""
    if chunk is None or length <= chunk:
        return [(0, length)]
    k = -(-length // chunk)
    bounds = [round(i * length / k) for i in range(k + 1)]
    return list(zip(bounds[:-1], bounds[1:]))


def load_clip(clip: Any, spec: Any, sr: int) -> np.ndarray:
    """A manifest clip (data.manifest.Clip) at `sr`, cropped or padded as the task's clip settings (ClipSpec)
    say."""
    wave = load(clip.audio, sr, clip.offset, clip.duration)
    if spec.seconds is not None:
        wave = crop_or_pad(wave, int(round(spec.seconds * sr)), spec.crop)
    return wave


def load_row(clip_of: dict[int, Any], spec: Any, sr: int, r: int) -> np.ndarray:
    """load_clip() of a cache row's clip: picklable with functools.partial and light to import (no torch), for
    the Ray executor's decoding tasks."""
    return load_clip(clip_of[r], spec, sr)


def load_group(rows: list[int], load: Any) -> tuple[list[int], list[np.ndarray], list[tuple[int, str]]]:
    """(rows, waves, bad) of a group of cache rows decoded by `load(row)`: a clip whose audio is bad is in `bad`
    with the reason instead of raising (the local decoding threads and the Ray executor's decoding tasks)."""
    good, waves, bad = [], [], []
    for r in rows:
        try:
            waves.append(load(r))
            good.append(r)
        except BadAudio as e:
            bad.append((r, e.reason))
    return good, waves, bad
