"""Why the validation split picks a beat network's front end on synth-beat: the network's own beat activation
(its last layer, the probability of a beat every frame, no probe) decoded by madmom's DBN and by peak picking,
scored per clip with mir_eval's F-measure and grouped by the clip's tempo, on the validation and test splits.
Also each split's tempo distribution. Reads the cached frame features (extracting them on a miss).

    python benchmarks/beat_tempo.py [--model madmom-beats] [--task synth-beat]
"""
from __future__ import annotations

import argparse
import json
import warnings

import numpy as np

BANDS = [(0, 80), (80, 120), (120, 160), (160, 1000)]


def main() -> None:
    ap = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    ap.add_argument("--model", default="madmom-beats")
    ap.add_argument("--task", default="synth-beat")
    args = ap.parse_args()

    import mir_eval
    import torch

    from benchmark.probing import events
    from benchmark.config import registry
    from benchmark.pipeline.run import RunOptions, prepare

    torch.set_num_threads(1)
    sub, task = registry.get_submission(args.model), registry.get_task(args.task)
    p = prepare(sub, task, RunOptions(layers="all", threads=1))
    last = len(p.fs.layers) - 1
    fps = float(task.frame_rate)
    tempo = np.array([60.0 / np.median(np.diff(r)) for r in p.annotations])
    out: dict[str, dict] = {}
    for split in ("train", "valid", "test"):
        rows = p.idx[split]
        act = [np.asarray(p.fs.clip(i)[:, last, 0], dtype=np.float32) for i in rows]
        dbn = [events.dbn(a, fps) for a in act]
        f = {}
        with warnings.catch_warnings():
            warnings.simplefilter("ignore")
            f["dbn"] = np.array([mir_eval.beat.f_measure(p.annotations[i], b, 0.07) for i, b in zip(rows, dbn)])
            f["peaks"] = np.array([mir_eval.beat.f_measure(p.annotations[i], events.peaks(a, fps, 0.3, 0.2), 0.07)
                                   for i, a in zip(rows, act)])
        # the DBN's beat interval against the reference's: 0.5 is double the tempo (the metrical-level error)
        ratio = np.array([np.median(np.diff(b)) * tempo[i] / 60.0 if len(b) > 2 else np.nan for i, b in zip(rows, dbn)])
        t = tempo[rows]
        bands = {}
        for lo, hi in BANDS:
            m = (t >= lo) & (t < hi)
            bands[f"{lo}-{hi if hi < 1000 else ''}"] = {
                "clips": int(m.sum()), **{k: round(float(v[m].mean()), 3) if m.any() else None for k, v in f.items()},
                "dbn_double_tempo": int(np.sum(np.abs(ratio[m] - 0.5) < 0.1)),
                "dbn_half_tempo": int(np.sum(np.abs(ratio[m] - 2.0) < 0.3))}
        out[split] = {"clips": len(rows), "tempo_percentiles_10_25_50_75_90": np.percentile(t, [10, 25, 50, 75, 90])
                      .round(0).tolist(), **{k: round(float(v.mean()), 3) for k, v in f.items()}, "by_tempo": bands}
    print(json.dumps({"model": args.model, "task": args.task, "layer": last, "activation": out}, indent=1))


if __name__ == "__main__":
    main()
