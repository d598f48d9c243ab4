"""`bench data synth`: render the synth tasks' WAVs, JSONL manifests and dataset cards.

Every clip's MIDI comes from its own seed (suite seed, task, clip index), and every clip is rendered by a
synthesizer of its own (render.py): the audio is byte-identical whatever the number of workers and whatever was
rendered before. Work is handed out in fixed chunks of clips, one renderer (and one soundfont load) a chunk.
Clips are written as they are rendered: memory does not grow with the size of the suite.
"""
from __future__ import annotations

import json
import multiprocessing as mp
import shutil
import time
import zlib
from concurrent.futures import ProcessPoolExecutor
from concurrent.futures.process import BrokenProcessPool
from contextlib import contextmanager, nullcontext
from pathlib import Path
from typing import Any, Callable, Iterator

import numpy as np
import soundfile as sf
from rich.progress import BarColumn, Progress, TextColumn, TimeRemainingColumn

from ... import atomic
from ...errors import BenchError
from .render import SAMPLE_RATE, Renderer, add_reverb, default_soundfont, soundfont_sha256
from .frame_tasks import TASKS  # every synth task: tasks.py's and the frame-level ones frame_tasks.py adds

SPLITS = ("train", "valid", "test")
CHUNK = 64  # clips per renderer
# 2: silent clips and (pitch) clips sounding another note are drawn again; 3: a fresh synthesizer per clip (no
# leak from the clip before), every note checked alone, drum kits selected
RENDERER_VERSION = 3
MIN_PEAK = 1e-4  # a dry render (or a single note played alone) quieter than this is silence
MAX_ATTEMPTS = 20
PITCH_TASKS = ("synth-pitch",)


def _render_chunk(chunk: tuple[str, list[tuple[str, str, int, str, int | None, int]]]) -> list[dict[str, Any]]:
    soundfont, jobs = chunk
    renderer = Renderer(soundfont)
    try:
        return [_render_one(renderer, job) for job in jobs]
    finally:
        renderer.close()


def _clip_rng(seed: int, task: str, index: int, attempt: int = 0) -> np.random.Generator:
    """A clip's own random stream; a re-draw (attempt > 0) gets a new one, leaving every other clip as it was."""
    key = [seed, zlib.crc32(task.encode()), index] + ([attempt] if attempt else [])
    return np.random.default_rng(key)


def sounding_midi(wave: np.ndarray, start: float = 0.1, end: float = 1.1) -> int | None:
    """The MIDI note of a single note's median f0 (YIN), as the suite's label tests measure it."""
    import librosa

    seg = wave[int(start * SAMPLE_RATE):int(end * SAMPLE_RATE)]
    f0 = float(np.median(librosa.yin(seg, fmin=50, fmax=1500, sr=SAMPLE_RATE, frame_length=2048)))
    return int(round(69 + 12 * np.log2(f0 / 440))) if f0 > 0 else None


def _peak(wave: np.ndarray) -> float:
    return float(np.abs(wave).max()) if len(wave) else 0.0


def audit_clip(task: str, renderer: Renderer, clip: Any, wave: np.ndarray) -> str | None:
    """Why a dry render cannot carry its label (None when it can): silence; a note that is silent played alone
    (some General MIDI programs are silent at some notes, and the label names every note: the interval, the
    chord, the mix's families, the drum pattern whose beats are labelled); for the pitch task, a sounding pitch
    that is not the label's."""
    if _peak(wave) < MIN_PEAK:
        return f"silent (peak {_peak(wave):.1e})"
    silent = renderer.silent_notes(clip.midi, clip.seconds, MIN_PEAK)
    if silent:
        return silent[0] + (f" (and {len(silent) - 1} more notes)" if len(silent) > 1 else "")
    if task in PITCH_TASKS:
        heard = sounding_midi(wave)
        if heard != int(clip.label):
            return f"sounds as MIDI {heard}, labelled {clip.label}"
    return None


def _render_one(renderer: Renderer, job: tuple[str, str, int, str, int | None, int]) -> dict[str, Any]:
    task, out, index, split, cls, seed = job
    reasons = []
    for attempt in range(MAX_ATTEMPTS):
        rng = _clip_rng(seed, task, index, attempt)
        clip = TASKS[task].make(rng, split, cls)
        wave = renderer.render(clip.midi, clip.seconds)
        why = audit_clip(task, renderer, clip, wave)
        if why is None:
            break
        reasons.append(why)
    else:
        raise BenchError(f"{task} clip {index}: no audible render with the right label in {MAX_ATTEMPTS} draws "
                         f"({'; '.join(reasons[:3])}); is the soundfont a General MIDI one?")
    wave = add_reverb(wave, rng)
    peak = float(np.abs(wave).max())
    if peak > 0:
        wave = wave * (rng.uniform(0.1, 0.9) / peak)  # loudness is a nuisance too
    name = f"{split}-{index:05d}"
    audio = Path(out) / "audio" / f"{name}.wav"
    try:
        sf.write(audio, wave, SAMPLE_RATE, subtype="PCM_16")
        clip.midi.write(str(Path(out) / "midi" / f"{name}.mid"))
    except (sf.LibsndfileError, OSError) as e:  # a full disk, a read-only folder
        free = shutil.disk_usage(out).free if Path(out).exists() else 0
        raise BenchError(f"{audio}: cannot be written ({getattr(e, 'error_string', None) or e.strerror or e}; "
                         f"{free:,} bytes free on that disk; a clip needs about {wave.size * 2 + 1000:,}): free "
                         "space or pass another --data-root") from None
    row = {"audio": f"audio/{name}.wav", "label": clip.label, "split": split, "duration": clip.seconds,
           "redraws": reasons}
    kind = TASKS[task].annotation
    if kind:  # the exact event times, in the file formats mir_eval reads
        rel = f"annotations/{name}.{'txt' if kind == 'beats' else 'lab'}"
        (Path(out) / "annotations").mkdir(exist_ok=True)
        lines = [f"{t:.6f}" for t in clip.label] if kind == "beats" else [f"{a:.6f}\t{b:.6f}\t{lab}"
                                                                           for a, b, lab in clip.label]
        (Path(out) / rel).write_text("\n".join(lines) + "\n")
        row.update(label=None, annotation=rel)
    return row


def plan(task: str, size: str) -> list[tuple[str, int | None]]:
    """(split, class index or None) of every clip, in order."""
    spec = TASKS[task]
    jobs: list[tuple[str, int | None]] = []
    for split, n in zip(SPLITS, spec.sizes[size]):
        if spec.classes:
            jobs += [(split, c) for c in range(len(spec.classes)) for _ in range(n)]
        else:
            jobs += [(split, None)] * n
    return jobs


def _card(task: str, size: str, seed: int, soundfont: Path, rows: list[dict[str, Any]], seconds: float) -> dict:
    counts: dict[str, dict[str, int]] = {s: {} for s in SPLITS}
    for r in rows:
        labels = r["label"] if isinstance(r["label"], list) else [r["label"]]
        if TASKS[task].classes or isinstance(r["label"], list):
            for lab in labels:
                counts[r["split"]][str(lab)] = counts[r["split"]].get(str(lab), 0) + 1
    return {"task": task, "size": size, "seed": seed, "renderer": RENDERER_VERSION, "generator": TASKS[task].version,
            "sample_rate": SAMPLE_RATE,
            "soundfont": {"name": soundfont.name, "sha256": soundfont_sha256(str(soundfont))},
            "clips": {s: sum(r["split"] == s for r in rows) for s in SPLITS}, "counts_per_class": counts,
            "audio_hours": round(sum(r["duration"] for r in rows) / 3600, 4), "render_seconds": round(seconds, 2),
            "redraws": {"clips": sum(bool(r["redraws"]) for r in rows),
                        "draws": sum(len(r["redraws"]) for r in rows),
                        "why": {r["audio"]: r["redraws"] for r in rows if r["redraws"]},
                        "rule": f"a clip whose dry render peaks below {MIN_PEAK:g}, or one of whose notes peaks "
                                f"below it played alone"
                                + (", or whose YIN pitch is not its label" if task in PITCH_TASKS else "")
                                + ", is drawn again from its next random stream"}}


def render_task(task: str, out: Path, size: str = "small", seed: int = 0, workers: int = 1,
                soundfont: str | Path | None = None, imap: Callable | None = None) -> Path:
    """Render one synth task into `out`; the manifest and card are written last, atomically. `imap` is a
    suite's shared worker pool; without it the task gets `workers` of its own."""
    if task not in TASKS:
        raise BenchError(f"unknown synth task '{task}' (known: {', '.join(TASKS)})")
    soundfont = Path(soundfont or default_soundfont())
    out = Path(out)
    manifest, card_path = out / "manifest.jsonl", out / "card.json"
    want = {"size": size, "seed": seed, "soundfont_sha256": soundfont_sha256(str(soundfont)),
            "renderer": RENDERER_VERSION, "generator": TASKS[task].version}
    if manifest.is_file() and card_path.is_file():
        card = json.loads(card_path.read_text())
        if {"size": card["size"], "seed": card["seed"], "soundfont_sha256": card["soundfont"]["sha256"],
                "renderer": card.get("renderer"), "generator": card.get("generator", 1)} == want:
            return manifest
    (out / "audio").mkdir(parents=True, exist_ok=True)
    (out / "midi").mkdir(exist_ok=True)
    jobs = [(task, str(out), i, split, cls, seed) for i, (split, cls) in enumerate(plan(task, size))]
    t0 = time.perf_counter()
    with Progress(TextColumn(f"render {task}"), BarColumn(), TextColumn("{task.completed}/{task.total} clips"),
                  TimeRemainingColumn(), transient=True) as bar:
        job = bar.add_task(task, total=len(jobs))
        chunks = [(str(soundfont), jobs[i:i + CHUNK]) for i in range(0, len(jobs), CHUNK)]
        with nullcontext(imap) if imap else _workers(workers) as mapper:
            rows = _collect(mapper(_render_chunk, chunks), bar, job)
    seconds = time.perf_counter() - t0
    atomic.write_json(card_path, _card(task, size, seed, soundfont, rows, seconds), indent=1)
    fields = ("audio", "label", "split", "duration", "annotation")
    atomic.write_text(manifest, "".join(json.dumps({k: r[k] for k in fields if k in r}) + "\n" for r in rows))
    return manifest


def warm_numba() -> None:
    """Compile librosa's numba kernels (and write numba's on-disk cache of them) in this process, before any
    worker starts. Workers that compile them at the same moment write that cache together, and a cache written
    so has made every later process that loads it crash (a segfault in librosa.yin, in a fresh environment's
    first `make demo`)."""
    sounding_midi(np.sin(2 * np.pi * 440 * np.arange(2 * SAMPLE_RATE) / SAMPLE_RATE).astype(np.float32))


@contextmanager
def _workers(n: int) -> Iterator[Callable]:
    """An ordered map over n worker processes (the plain map for one). A worker that dies (a crash in
    FluidSynth or numba) is an error, not a wait forever (multiprocessing.Pool's imap waits forever)."""
    if n <= 1:
        yield map
        return
    warm_numba()
    with ProcessPoolExecutor(n, mp_context=mp.get_context("spawn")) as pool:
        yield pool.map


def _collect(chunks, bar, job) -> list[dict[str, Any]]:
    out: list[dict[str, Any]] = []
    try:
        for rows in chunks:
            out.extend(rows)
            bar.advance(job, len(rows))
    except BrokenProcessPool as e:
        raise BenchError(f"a rendering worker process died ({e}); its manifest was not written. Run again "
                         "with --workers 1 to see the error in this process") from None
    return out


def render_suite(root: Path, size: str = "small", seed: int = 0, workers: int = 1,
                 soundfont: str | Path | None = None, tasks: list[str] | None = None) -> dict[str, Path]:
    """Render every synth task (or the named ones) under <root>/synth/<task>/, sharing one worker pool."""
    with _workers(workers) as imap:
        return {t: render_task(t, Path(root) / "synth" / t, size, seed, workers, soundfont, imap)
                for t in tasks or TASKS}
