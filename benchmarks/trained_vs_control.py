"""The task-trained networks against their random-weight controls and logmel, layer by layer, from the committed
result files (leaderboard/results and the DBN-decoded beat task's leaderboard/dbn/results): prints the markdown
tables the README shows, so every number there is re-derived from the JSON.

    python benchmarks/trained_vs_control.py [--board leaderboard]
"""
from __future__ import annotations

import argparse
import json
from pathlib import Path

HERE = Path(__file__).resolve().parent
PAIRS = [("madmom-beats", "random-madmom-beats", "synth-beat"),
         ("madmom-downbeats", "random-madmom-downbeats", "synth-beat"),
         ("beatnet", "random-beatnet", "synth-beat"),
         ("madmom-beats", "random-madmom-beats", "synth-beat-dbn"),
         ("madmom-chroma", "random-madmom-chroma", "synth-chords"),
         ("madmom-key", "random-madmom-key", "synth-key")]


def load(board: Path, model: str, task: str) -> dict | None:
    for folder in (board / "results", board / "dbn" / "results"):
        path = folder / model / f"{task}.json"
        if path.is_file():
            return json.loads(path.read_text())
    return None


def fmt(block: dict | None, metric: str) -> str:
    return "" if not block else f"{block['test'][metric]:.3f}"


def summary(board: Path) -> list[str]:
    """One row per (network, task): selected layer (by validation) and last layer, network and control."""
    lines = ["| task | network | selected layer: network / control | last layer: network / control | "
             "best layer on test: network / control | logmel |", "| --- | --- | --- | --- | --- | --- |"]
    for net, ctl, task in PAIRS:
        a, b, base = load(board, net, task), load(board, ctl, task), load(board, "logmel", task)
        if a is None:
            lines.append(f"| {task} | {net} | not run | | | |")
            continue
        m = a["primary_metric"]

        def sel(r):
            return "—" if r is None else f"{r['selected']['test'][m]:.3f} (L{r['selected']['layer']})"

        def best(r):
            if r is None:
                return "—"
            e = max(r["layers"], key=lambda e: e["test"][m])
            return f"{e['test'][m]:.3f} (L{e['layer']})"

        lines.append(f"| {task} ({m}) | {net} | {sel(a)} / {sel(b)} | {fmt(a['last_layer'], m)} / "
                     f"{fmt(b and b['last_layer'], m) or '—'} | {best(a)} / {best(b)} | "
                     f"{'—' if base is None else format(base['selected']['test'][m], '.3f')} |")
    return lines


def layers(board: Path, net: str, ctl: str, task: str) -> list[str]:
    a, b = load(board, net, task), load(board, ctl, task)
    if a is None:
        return []
    m = a["primary_metric"]
    names = a["model"].get("layer_names") or []
    out = [f"{net} against {ctl} on {task} ({m}, test; valid cross-fitted in brackets; * chosen on validation):",
           "", f"| layer | {net} | {ctl} |", "| --- | --- | --- |"]
    for i, e in enumerate(a["layers"]):
        f = b["layers"][i] if b else None
        name = names[e["layer"]] if e["layer"] < len(names) else ""

        def cell(x, r):
            if x is None:
                return ""
            star = " *" if x["layer"] == r["selected"]["layer"] else ""
            return f"{x['test'][m]:.3f} ({x['valid'][m]:.3f}){star}"

        out.append(f"| {e['layer']} {name} | {cell(e, a)} | {cell(f, b) if b else ''} |")
    out.append(f"| weighted sum | {fmt(a.get('weighted_sum'), m)} | {fmt(b and b.get('weighted_sum'), m)} |")
    return out + [""]


def main() -> None:
    ap = argparse.ArgumentParser(description=__doc__.split("\n")[0])
    ap.add_argument("--board", default=str(HERE.parent / "leaderboard"))
    board = Path(ap.parse_args().board)
    print("\n".join(summary(board)), "\n")
    for net, ctl, task in PAIRS:
        print("\n".join(layers(board, net, ctl, task)))


if __name__ == "__main__":
    main()
