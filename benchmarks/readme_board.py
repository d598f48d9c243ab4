"""Copy the committed board's overall table (leaderboard/README.md, "## Overall") into the README, under "The
committed board (", replacing the table there, so the README shows the board the result files build (a test
holds them equal); and below it, the frame-level table (each model's test score and layer chosen on validation on
synth-beat and synth-chords, and whether its convergence record is flagged) from the result files. Run after
`bench leaderboard build --out leaderboard`.

    python benchmarks/readme_board.py [--readme README.md] [--board leaderboard/README.md]
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
    f0 = next(k for k in range(r0, len(lines)) if lines[k] == FRAME_HEADER)
    f1 = f0
    while f1 < len(lines) and lines[f1].startswith("|"):
        f1 += 1
    lines[f0:f1] = frame_table(args.results)
    args.readme.write_text("\n".join(lines) + "\n")
    print(f"{args.readme}: {b1 - b0 - 2} board rows")


if __name__ == "__main__":
    main()
