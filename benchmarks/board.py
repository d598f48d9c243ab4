"""What the committed board costs: per (network, task) the seconds its result file says were spent extracting
features and training probes, summed per network and in all, written to benchmarks/results.json under `board`
with the machine. `make board` calls it with the wall time of its own run (`--seconds`), which is the board's
time only when nothing was skipped (a resumed run skips the result files already up to date); the sum over the
files is the board's cost from an empty cache, one run after another.

    python benchmarks/board.py [--results leaderboard/results] [--seconds WALL] [--out benchmarks/results.json]
"""
from __future__ import annotations

import argparse
import json
import sys
from pathlib import Path

HERE = Path(__file__).resolve().parent
sys.path.insert(0, str(HERE))


def runs(results: Path) -> dict[str, dict]:
    """'model/task' -> the seconds and the threads of each result file under `results`."""
    out = {}
    for path in sorted(results.glob("*/*.json")):
        res = json.loads(path.read_text())
        rt = res["runtime"]
        out[f"{path.parent.name}/{path.stem}"] = {
            "extract_s": rt.get("extract_s"), "probe_s": rt.get("probe_s"),
            "features_cached": rt.get("features_cached"), "threads": res["env"]["machine"].get("threads"),
            "git_revision": res["env"].get("git_revision")}
    return out


def main() -> None:
    from perf import machine

    ap = argparse.ArgumentParser(description=__doc__.split("\n")[0])
    ap.add_argument("--results", default=str(HERE.parent / "leaderboard" / "results"))
    ap.add_argument("--seconds", type=float, help="the wall time of the `make board` run that made them")
    ap.add_argument("--out", default=str(HERE / "results.json"))
    args = ap.parse_args()
    per = runs(Path(args.results))
    models: dict[str, dict[str, float]] = {}
    for key, r in per.items():
        m = models.setdefault(key.split("/")[0], {"extract_s": 0.0, "probe_s": 0.0, "tasks": 0})
        m["extract_s"] += r["extract_s"] or 0.0
        m["probe_s"] += r["probe_s"] or 0.0
        m["tasks"] += 1
    total = sum(m["extract_s"] + m["probe_s"] for m in models.values())
    for name, m in sorted(models.items(), key=lambda kv: -(kv[1]["extract_s"] + kv[1]["probe_s"])):
        print(f"{name:24s} {m['tasks']} tasks  extract {m['extract_s']:8.1f} s  probes {m['probe_s']:8.1f} s")
    print(f"{'all':24s} {len(per)} files  {total:,.0f} s from the files" +
          (f"; this run's wall time {args.seconds:,.0f} s" if args.seconds is not None else ""))
    out = Path(args.out)
    doc = json.loads(out.read_text()) if out.is_file() else {}
    board = doc.get("board", {})
    board.update({"machine": machine(), "runs": per, "per_model": models, "summed_seconds": round(total, 1)})
    if args.seconds is not None:
        board["seconds"] = round(args.seconds, 1)
    doc["board"] = board
    tmp = out.with_suffix(".tmp")
    tmp.write_text(json.dumps(doc, indent=1) + "\n")
    tmp.replace(out)


if __name__ == "__main__":
    main()
