"""Peak memory of frame-level extraction: ten-minute clips through the frame cache (logmel, 100 frames/s), at
two dataset sizes, each in a fresh process. The peak RSS must stay flat as the dataset grows: clips are encoded
one at a time and written to the float16 cache with the file API, and extraction fixes glibc's mmap threshold
(frames._fixed_mmap_threshold: without it, the dynamic threshold kept the arrays of long clips in the heap and the
peak crept from 757 to 997 MiB between 1 and 8 clips). Each size runs twice, as the process starts and with
MALLOC_MMAP_THRESHOLD_=131072 set from outside: the two must agree.

    python benchmarks/frames.py [--minutes 10] [--sizes 1,4]
"""
from __future__ import annotations

import argparse
import json
import resource
import subprocess
import sys
import tempfile
import time
from pathlib import Path

import numpy as np
import soundfile as sf


def one(folder: Path, n: int, minutes: float) -> None:
    """In this process: write n clips, extract their frames, print the figures as JSON."""
    import os

    os.environ["BENCH_CACHE"] = str(folder / "cache")
    from benchmark.extract import entries, frames
    from benchmark.data.manifest import clip_ids, load_manifest
    from benchmark.config.specs import ClipSpec, Submission

    sr = 16000
    rows = []
    rng = np.random.default_rng(0)
    for i in range(n):
        t = np.arange(int(minutes * 60 * sr)) / sr
        wave = (0.3 * np.sin(2 * np.pi * (220 + 20 * i) * t) + 0.01 * rng.normal(size=len(t))).astype(np.float32)
        sf.write(folder / f"long-{i}.wav", wave, sr)
        rows.append({"audio": f"long-{i}.wav", "label": "x", "split": ["train", "valid", "test"][i % 3]})
    while len({r["split"] for r in rows}) < 3:  # the manifest needs every split: point more lines at clip 0
        rows.append({**rows[0], "split": ["train", "valid", "test"][len(rows) % 3]})
    manifest = folder / "manifest.jsonl"
    manifest.write_text("".join(json.dumps(r) + "\n" for r in rows))
    clips = load_manifest(manifest)
    sub = Submission(name="logmel", adapter="logmel")
    before = resource.getrusage(resource.RUSAGE_SELF).ru_maxrss
    t0 = time.perf_counter()
    fs = frames.extract_frames(clips, ClipSpec(), entries.encoder_identity(sub), clip_ids(manifest, clips),
                               lambda: entries.build_encoder(sub, None), fps=100.0)
    print(json.dumps({"clips": n, "frames": int(fs.offsets[-1]), "seconds": round(time.perf_counter() - t0, 1),
                      "cache_mib": round(frames.cache_size_bytes(Path(fs.store.filename).parent) / 2 ** 20, 1),
                      "rss_before_mib": round(before / 1024, 1),
                      "peak_rss_mib": round(resource.getrusage(resource.RUSAGE_SELF).ru_maxrss / 1024, 1)}))


def main() -> None:
    ap = argparse.ArgumentParser()
    ap.add_argument("--minutes", type=float, default=10.0)
    ap.add_argument("--sizes", default="1,4", help="clips per run, comma-separated")
    ap.add_argument("--one", type=int, help=argparse.SUPPRESS)
    ap.add_argument("--dir", help=argparse.SUPPRESS)
    a = ap.parse_args()
    if a.one is not None:
        one(Path(a.dir), a.one, a.minutes)
        return
    print(f"frame extraction of {a.minutes:g}-minute clips (logmel, 100 frames/s), a fresh process per size")
    import os

    for malloc in ({}, {"MALLOC_MMAP_THRESHOLD_": "131072"}):
        print("glibc malloc: " + (", ".join(f"{k}={v}" for k, v in malloc.items()) or "default"))
        for n in [int(x) for x in a.sizes.split(",")]:
            with tempfile.TemporaryDirectory(dir=Path.home()) as tmp:
                out = subprocess.run([sys.executable, __file__, "--one", str(n), "--dir", tmp, "--minutes",
                                      str(a.minutes)], capture_output=True, text=True, check=True,
                                     env={**os.environ, **malloc}).stdout
                r = json.loads(out.strip().splitlines()[-1])
                print(f"  {r['clips']} clip(s), {r['frames']:,} frames: {r['seconds']} s, cache {r['cache_mib']} MiB, "
                      f"peak RSS {r['peak_rss_mib']} MiB (after imports and audio: {r['rss_before_mib']} MiB)")


if __name__ == "__main__":
    main()
