"""Copy the committed board's overall table (leaderboard/README.md, "## Overall") into the README, under "The
committed board (", replacing the table there, so the README shows the board the result files build (a test
holds them equal); and below it, the frame-level table (each model's test score and layer chosen on validation on
synth-beat and synth-chords, and whether its convergence record is flagged) from the result files; and under "What
the board says", a row per model: the tasks it leads (the best selected test score on the board, ties shared) and
the layer chosen on validation for each task, by name and depth. Run after `bench leaderboard build --out
leaderboard`.

    python benchmarks/readme_board.py [--readme README.md] [--board leaderboard/README.md] [--results DIR]
"""
from __future__ import annotations

import argparse
import json
import re
from pathlib import Path

ROOT = Path(__file__).resolve().parent.parent
ROW = re.compile(r"^\| (rank|---|\d+|—) \|")


def table(lines: list[str], start: int) -> tuple[int, int]:
    """The first markdown table (header, rule, rows) at or after line `start`: [first, last + 1)."""
    i = start
    while i < len(lines) and not lines[i].startswith("| rank |"):
        i += 1
    j = i
    while j < len(lines) and ROW.match(lines[j]):
        j += 1
    return i, j


FRAME_HEADER = "| model | beat F-measure (layer) | chord majmin (layer) | flagged |"
FRAME_TASKS = ("synth-beat", "synth-chords")


def frame_table(results: Path) -> list[str]:
    """The frame-level table: a row per model with a result file on either frame-level task."""
    rows = []
    for model in sorted(p.name for p in results.iterdir() if p.is_dir()):
        cells, flagged = [], []
        for task in FRAME_TASKS:
            path = results / model / f"{task}.json"
            if not path.is_file():
                cells.append("—")
                continue
            res = json.loads(path.read_text())
            sel = res["selected"]
            cells.append(f"{sel['test'][res['primary_metric']]:.3f} ({sel['layer']})")
            if (res.get("convergence") or {}).get("flagged"):
                flagged.append(task)
        if any(c != "—" for c in cells):
            rows.append(f"| {model} | {' | '.join(cells)} | {', '.join(flagged) or '—'} |")
    return [FRAME_HEADER, "| --- | --- | --- | --- |", *rows]


SAYS_HEADER = "| model | tasks | leads | layer chosen on validation (depth: layer k of n is k/(n-1)) |"


def _selected(res: dict) -> tuple[float, float]:
    """A result's test score at its chosen layer, and the same signed so that higher is better."""
    score = res["selected"]["test"][res["primary_metric"]]
    return score, score if res["higher_is_better"] else -score


def says_table(results: Path) -> list[str]:
    """Per model with result files: how many tasks, the tasks it leads, and per task the chosen layer."""
    runs: dict[str, dict[str, dict]] = {}
    for path in sorted(results.glob("*/*.json")):
        runs.setdefault(path.parent.name, {})[path.stem] = json.loads(path.read_text())
    best: dict[str, float] = {}
    for per in runs.values():
        for task, res in per.items():
            best[task] = max(best.get(task, -float("inf")), _selected(res)[1])
    rows = []
    for model, per in sorted(runs.items()):
        leads, chosen = [], []
        for task, res in sorted(per.items()):
            score, signed = _selected(res)
            if signed >= best[task] - 1e-12 and len(runs) > 1:
                leads.append(f"{task} ({score:.3f})")
            k, n = res["selected"]["layer"], res["model"]["num_layers"]
            name = (res["model"].get("layer_names") or [None] * n)[k] if k >= 0 else None
            depth = f"{k / (n - 1):.2f}" if n > 1 else "-"
            chosen.append(f"{task} {k}" + (f" {name}" if name else "") + f" ({depth})")
        one = all(res["model"]["num_layers"] == 1 for res in per.values())
        rows.append(f"| {model} | {len(per)} | {', '.join(leads) or '—'} | {'one layer' if one else '; '.join(chosen)} |")
    return [SAYS_HEADER, "| --- | --- | --- | --- |", *rows]


def table_span(lines: list[str], header: str) -> tuple[int, int]:
    """The table whose first line is `header`: [first, last + 1)."""
    f0 = f1 = lines.index(header)
    while f1 < len(lines) and lines[f1].startswith("|"):
        f1 += 1
    return f0, f1


def replace_table(lines: list[str], header: str, table_lines: list[str]) -> None:
    """Replace the table that starts with `header` by `table_lines` (in place)."""
    f0, f1 = table_span(lines, header)
    lines[f0:f1] = table_lines


def main() -> None:
    ap = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    ap.add_argument("--readme", type=Path, default=ROOT / "README.md")
    ap.add_argument("--board", type=Path, default=ROOT / "leaderboard" / "README.md")
    ap.add_argument("--results", type=Path, default=ROOT / "leaderboard" / "results")
    args = ap.parse_args()
    board = args.board.read_text().split("## Overall", 1)[1].splitlines()
    b0, b1 = table(board, 0)
    lines = args.readme.read_text().splitlines()
    at = next(k for k, line in enumerate(lines) if "The committed board (" in line)
    r0, r1 = table(lines, at)
    if r0 >= len(lines) or b0 >= len(board):
        raise SystemExit("no overall table found")
    lines[r0:r1] = board[b0:b1]
    replace_table(lines, FRAME_HEADER, frame_table(args.results))
    if SAYS_HEADER in lines:
        replace_table(lines, SAYS_HEADER, says_table(args.results))
    args.readme.write_text("\n".join(lines) + "\n")
    print(f"{args.readme}: {b1 - b0 - 2} board rows")


if __name__ == "__main__":
    main()
