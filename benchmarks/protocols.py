"""Would another probe protocol measure the features better? The board's protocol and a variant of it, on the
same cached features, against the converged reference of benchmarks/convergence.py. Prints a table and writes
benchmarks/results.json under `protocols` (each row with the machine it was measured on).

    python benchmarks/protocols.py --models random-madmom-key --tasks synth-chord --results leaderboard \\
        --name linear-l2 --variant '{"probe": "linear", "grid": {"l2": [0.0, 0.005, 0.05]}}'

The variant is a JSON object of protocol fields (tasks/_base_probe.yaml's `protocol:`); `grid` merges into the
task's grid, the rest replaces. It is validated as the task's YAML would be, and what is computed is what
`bench run` computes once the same keys are written in the YAML (tested), with nothing written to a board.
"""
from __future__ import annotations

import argparse
import json
import sys
from pathlib import Path
from typing import Any

HERE = Path(__file__).resolve().parent
sys.path.insert(0, str(HERE))


def with_variant(task, variant: dict[str, Any]):
    """The task under the protocol variant, validated as its YAML would be (an unknown or ill-typed key: an error
    naming it)."""
    from benchmark.config.specs import ProtocolSpec

    base = task.protocol.model_dump()
    if not isinstance(variant.get("grid", {}), dict):
        raise SystemExit(f"--variant: field 'grid' is merged into the task's grid: expected an object such as "
                         f"{{\"l2\": [0.0, 0.05]}}, got {variant['grid']!r}")
    changed = {**base, **{k: v for k, v in variant.items() if k != "grid"},
               "grid": {**base["grid"], **variant.get("grid", {})}}
    return task.model_copy(update={"protocol": ProtocolSpec.model_validate(changed)})


def summary(result: dict[str, Any]) -> dict[str, Any]:
    prim, sel, conv = result["primary_metric"], result["selected"], result.get("convergence") or {}
    return {"layer": sel["layer"], "valid": round(sel["valid"][prim], 4), "test": round(sel["test"][prim], 4),
            "protocol_hash": result["protocol"]["hash"], "probe_seconds": round(result["runtime"]["probe_s"], 1),
            "late_share": conv.get("late_share"), "flagged": conv.get("flagged")}


def measure(model: str, task_name: str, variant: dict[str, Any], data_root: str | None,
            results: Path | None, reference: dict[str, Any] | None) -> dict[str, Any]:
    from benchmark.config import registry
    from benchmark.pipeline import run

    sub, task = registry.get_submission(model), registry.get_task(task_name)
    scratch = run.RunOptions(data_root=data_root, out=Path("/nonexistent"))  # nothing is written there
    board = (run.up_to_date(sub, task, run.RunOptions(data_root=data_root, out=results)) if results else None
             ) or run.compute(sub, task, scratch)
    alt = run.compute(sub, with_variant(task, variant), scratch)
    prim = task.primary
    per_layer = {e["layer"]: round(e["test"][prim], 4) for e in alt["layers"]}
    row = {"model": model, "task": task_name, "metric": prim, "variant": variant,
           "board": summary(board), "alternative": {**summary(alt), "test_per_layer": per_layer}}
    if reference:  # the converged reference's row of benchmarks/convergence.py, when it has one
        row["reference"] = reference["reference"]
        row["difference"] = {"board": round(row["board"]["test"] - reference["reference"]["test"], 4),
                             "alternative": round(row["alternative"]["test"] - reference["reference"]["test"], 4)}
    return row


def main() -> None:
    from perf import record_row

    ap = argparse.ArgumentParser(description=__doc__.split("\n")[0])
    ap.add_argument("--models", required=True)
    ap.add_argument("--tasks", required=True)
    ap.add_argument("--variant", required=True, help="a JSON object of protocol fields")
    ap.add_argument("--name", required=True, help="the variant's name in the rows (e.g. linear-l2)")
    ap.add_argument("--data-root")
    ap.add_argument("--results", help="a board folder: the board protocol's numbers from its up-to-date files")
    ap.add_argument("--threads", type=int, help="torch and BLAS threads (give the board's: the feature cache's "
                                                 "key holds the count)")
    ap.add_argument("--out", default=str(HERE / "results.json"))
    args = ap.parse_args()
    try:
        variant = json.loads(args.variant)
    except json.JSONDecodeError as e:
        raise SystemExit(f"--variant: expected a JSON object of protocol fields, got {args.variant!r} ({e})")
    if not isinstance(variant, dict):
        raise SystemExit(f"--variant: expected a JSON object of protocol fields, got {args.variant!r}")
    from benchmark import cpus

    cpus.configure(args.threads)
    out = Path(args.out)
    for model in args.models.split(","):
        for task in args.tasks.split(","):
            doc = json.loads(out.read_text()) if out.is_file() else {}
            ref = doc.get("convergence", {}).get("rows", {}).get(f"{model}/{task}")
            row = measure(model, task, variant, args.data_root, Path(args.results) if args.results else None, ref)
            b, a = row["board"], row["alternative"]
            print(f"{model:14s} {task:16s} board {b['test']:.3f} (layer {b['layer']}, {b['probe_seconds']} s)  "
                  f"{args.name} {a['test']:.3f} (layer {a['layer']}, {a['probe_seconds']} s)"
                  + (f"  reference {row['reference']['test']:.3f}" if ref else ""), flush=True)
            record_row(out, "protocols", f"{model}/{task}/{args.name}", row)


if __name__ == "__main__":
    main()
