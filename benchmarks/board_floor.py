"""The least the committed board can cost: every board entry's bare forward pass over all the synth suite's audio
at size small, once, on one thread (no probe, no decoding, no cache), against the hour `make board` is asked to
take on two cores. Each entry runs 8 s of noise at its own sample rate (after a 1 s warm-up); seconds per audio
second times the suite's audio seconds (read from the rendered clips' manifests) is its extraction floor. Written
to benchmarks/results.json under `board.floor` with the machine; run on a quiet machine (it times one thread).

    python benchmarks/board_floor.py [--models logmel,crepe-tiny,...] [--data-root DIR] [--out benchmarks/results.json]
"""
from __future__ import annotations

import argparse
import json
import re
import sys
import time
from pathlib import Path

HERE = Path(__file__).resolve().parent
sys.path.insert(0, str(HERE))


def board_models() -> list[str]:
    """BOARD_MODELS of the Makefile, the entries `make board` runs."""
    text = (HERE.parent / "Makefile").read_text()
    m = re.search(r"^BOARD_MODELS\s*:=((?:.*\\\n)*.*)$", text, re.M)
    return m.group(1).replace("\\\n", " ").split()


def suite_audio_seconds(data_root: Path | None) -> float:
    """The audio seconds the encoders see on every synth-suite task (frames.clip_seconds: the task's clip length,
    else the clip's duration, else its file's)."""
    from benchmark.config.registry import get_task, tasks_in_suite
    from benchmark.data.manifest import data_root as default_root, load_manifest
    from benchmark.extract.frames import clip_seconds

    root = data_root or default_root()
    return sum(clip_seconds(c, task.clip) for task in map(get_task, tasks_in_suite("synth"))
               for c in load_manifest(root / task.dataset.manifest))


def main() -> None:
    import torch

    from benchmark.config.registry import get_submission
    from benchmark.encoders.base import BuildContext
    from benchmark.extract.entries import build_encoder
    from perf import machine

    ap = argparse.ArgumentParser(description=__doc__.split("\n")[0])
    ap.add_argument("--models", help="comma-separated entries (default: the Makefile's BOARD_MODELS)")
    ap.add_argument("--data-root", type=Path)
    ap.add_argument("--out", default=str(HERE / "results.json"))
    args = ap.parse_args()
    torch.set_num_threads(1)
    audio = suite_audio_seconds(args.data_root)
    per: dict[str, dict[str, float]] = {}
    for name in args.models.split(",") if args.models else board_models():
        enc = build_encoder(get_submission(name), BuildContext())
        sr = enc.describe()["sample_rate"]
        wave = torch.randn(1, 8 * sr, generator=torch.Generator().manual_seed(0)) * 0.1
        with torch.inference_mode():
            enc.forward(wave[:, :sr])
            t = time.perf_counter()
            enc.forward(wave)
            per_s = (time.perf_counter() - t) / 8
        per[name] = {"seconds_per_audio_second": round(per_s, 5), "suite_seconds": round(per_s * audio, 1)}
        print(f"{name:24s} {per_s:.4f} s per audio second  {per_s * audio:9,.0f} s over the suite", flush=True)
    total = sum(p["suite_seconds"] for p in per.values())
    print(f"{len(per)} entries, {audio:,.0f} s of audio each: {total:,.0f} s on one thread, "
          f"{total / 2:,.0f} s on two cores at best (the board is asked for 3,600 s)")
    out = Path(args.out)
    doc = json.loads(out.read_text()) if out.is_file() else {}
    doc.setdefault("board", {})["floor"] = {"machine": machine(), "audio_seconds": round(audio, 1),
                                            "entries": per, "one_thread_seconds": round(total, 1),
                                            "two_cores_seconds": round(total / 2, 1)}
    tmp = out.with_suffix(".tmp")
    tmp.write_text(json.dumps(doc, indent=1) + "\n")
    tmp.replace(out)


if __name__ == "__main__":
    main()
