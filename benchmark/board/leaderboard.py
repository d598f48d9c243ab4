"""`bench leaderboard build`: README.md, leaderboard.json, figures/*.png and the web site (site/, see site.py)
from the result files alone (and the similarity matrices `bench analyze similarity` left under analysis/)."""
from __future__ import annotations

import html
import re
from pathlib import Path

from .. import atomic, results
from . import plots, ranking, site
from ..results.audit import not_converged


def md(text: object) -> str:
    """Text from result files and specs made inert in markdown: HTML escaped (no tag, no entity reaches a
    renderer that allows raw HTML), table pipes, backslashes and the characters of links, emphasis and code
    escaped."""
    s = html.escape(str(text), quote=True)
    return re.sub(r"([\\`*_\[\]|!])", r"\\\1", s)


def _fmt(v: float | None) -> str:
    return "—" if v is None else f"{v:.3f}"


def _params(n: int) -> str:
    return "—" if not n else f"{n / 1e6:.1f}M" if n >= 1e5 else f"{n:,}"


def markdown(board: ranking.Board, figures: dict[str, list[Path]]) -> str:
    lines = ["# Leaderboard", "",
             "Built by `bench leaderboard build` from the result files in `results/<model>/<task>.json` only. "
             "Every score is the **test** score of the layer chosen on **validation** (mean over probe seeds, "
             "± their standard deviation); nothing is selected on test.", "",
             "**Ordering.** The overall table is ordered by the *mean of primary metrics* (each x100, so 0-100; "
             "R2 can be negative) over the tasks a model completed. *Borda* adds, over tasks, the number of models "
             "a model beats on each. Only models that completed every task get an overall rank; the others are "
             "listed, marked, and unranked.", "",
             "The same numbers as a web page, sortable and filterable, with charts per model: "
             "[site/index.html](site/index.html) (works opened from disk).", "",
             "## Tasks and protocols", "", "| task | version | family | primary metric | protocol hash |",
             "| --- | --- | --- | --- | --- |"]
    for t, info in board.tasks.items():
        lines.append(f"| {md(t)} | {info['version']} | {md(info['family'] or '—')} | {md(info['primary'])} | "
                     f"`{info['protocol_hash'][:12]}` |")
    lines += ["", "## Overall", "", "| rank | model | params | mean (0-100) | Borda | tasks done |",
              "| --- | --- | --- | --- | --- | --- |"]
    n_tasks = len(board.tasks)
    for r in ranking.overall(board):
        mark = "" if r["complete"] else f" (incomplete: missing {md(', '.join(r['missing']))})"
        lines.append(f"| {r['rank'] or '—'} | {md(r['model'])}{mark} | {_params(r['params'])} | {r['mean']:.1f} | "
                     f"{r['borda']} | {r['tasks_done']}/{n_tasks} |")
    lines += ["", "## Per task", ""]
    flagged: list[str] = []
    for t in board.tasks:
        pubs = ranking.published(board, t)  # a column only where the spec cites figures
        lines += [f"### {md(t)}", "", "| rank | model | score ± seeds | layer (of) | last layer | weighted sum | "
                                  "clips skipped |" + (" published |" if pubs else ""),
                  "| --- | --- | --- | --- | --- | --- | --- |" + (" --- |" if pubs else "")]
        table = ranking.task_table(board, t)
        for r in table:
            late = not_converged(board.results[r["model"]][t])
            if late:
                flagged.append(f"- {md(r['model'])} on {md(t)}: {md(late)}")
            fewer = " †" if r["fewer_test_clips"] else ""
            ok = " ✓" if r["verified"] else ""
            lines.append(f"| {r['rank']} | {md(r['model'])}{ok}{' ⚠' if late else ''}{fewer} | {r['score']:.3f} ± "
                         f"{r['std']:.3f} | {r['layer']} ({r['num_layers']}) | {_fmt(r['last_layer'])} | "
                         f"{_fmt(r['weighted_sum'])} | {r['skipped'] or '—'} |" + (f" {_fmt(r['published'])} |" if pubs else ""))
        marked = [r for r in table if r["verified"]]
        if marked:
            lines += ["", "✓ re-derived by `bench verify` from the file as it is: " + "; ".join(
                f"{md(r['model'])} by {md(r['verified']['by'])} at {md(r['verified']['at'])}" for r in marked) + "."]
        if any(r["fewer_test_clips"] for r in table):
            lines += ["", "† scored on fewer test clips than others on this task (clips skipped as bad audio, "
                          "`--on-bad-audio skip`): not the same test set."]
        if pubs:
            lines += ["", "Published figures (from the task spec; never ranked, protocols differ):", ""]
            for x in pubs:
                ours = "" if x["ours"] is None else f"; ours {x['ours']:.3f} ({x['difference']:+.3f})"
                lines.append(f"- {md(x['model'])}: {md(x['metric'])} {x['score']:.3f}{ours}. Source: {md(x['source'])}")
        for f in figures.get(f"task:{t}", []):
            lines += ["", f"![{md(t)}](figures/{f.name})"]
        lines.append("")
    lines += ["## Per model: test score of every layer", "",
              "Bold: the layer chosen on validation for that task.", ""]
    for m in board.results:
        table = ranking.layer_table(board, m)
        layers = sorted({layer for d in table.values() for layer in d["scores"]})
        lines += [f"### {md(m)}", "", "| task | " + " | ".join(f"L{layer}" for layer in layers) + " |",
                  "| --- |" + " --- |" * len(layers)]
        for t, d in table.items():
            cells = []
            for layer in layers:
                v = d["scores"].get(layer)
                cells.append("" if v is None else f"**{v:.3f}**" if layer == d["selected"] else f"{v:.3f}")
            lines.append(f"| {md(t)} | " + " | ".join(cells) + " |")
        for f in figures.get(f"model:{m}", []):
            lines += ["", f"![{md(m)}](figures/{f.name})"]
        lines.append("")
    if flagged:
        lines += ["## Probes that may not have converged", "",
                  "⚠ in a task table: most of the selected layer's heads, or more than a tenth of all heads, reached "
                  "their best validation score in the last tenth of the schedule. Such a score may measure the probe's "
                  "schedule rather than the features.", ""] + flagged + [""]
    if board.problems:
        lines += ["## Files left out", ""] + [f"- {md(p)}" for p in board.problems] + [""]
    return "\n".join(lines)


def build(results_dir: Path, out: Path, data_root: Path | None = None, verified_only: bool = False) -> ranking.Board:
    """The board from `results_dir`; when that is not OUT/results, the ranked result files are copied there, so
    the built folder holds everything it publishes. Problems name files relative to the results folder."""
    board = ranking.load(results_dir, data_root, verified_only)
    prefix = str(results_dir).rstrip("/") + "/"
    board.problems = [("results/" + p[len(prefix):]) if p.startswith(prefix) else p for p in board.problems]
    target = out / "results"
    if Path(results_dir).resolve() != target.resolve():
        for model, per in board.results.items():
            for task in per:
                src = Path(results_dir) / model / f"{task}.json"
                atomic.write_text(target / model / f"{task}.json", src.read_text(encoding="utf-8"))
                if task in board.verified.get(model, {}):  # the mark travels with the file
                    rec = results.record_path(src)
                    atomic.write_text(results.record_path(target / model / f"{task}.json"), rec.read_text())
    fig_dir = out / "figures"
    fig_dir.mkdir(parents=True, exist_ok=True)
    figures: dict[str, list[Path]] = {}
    if board.results:
        for m in board.results:
            fig = plots.model_layers(board, m, fig_dir)
            figures[f"model:{m}"] = [fig] if fig else []
        for t in board.tasks:
            figures[f"task:{t}"] = [plots.task_models(board, t, fig_dir)]
    made = {f.name for figs in figures.values() for f in figs}
    for stale in fig_dir.glob("*.png"):  # a figure of an earlier build (a model now gone) is not published
        if stale.name not in made:
            stale.unlink()
    doc = {**ranking.to_json(board), "similarity": site.similarity(out, list(board.results))}
    atomic.write_json(out / "leaderboard.json", doc)
    atomic.write_text(out / "README.md", markdown(board, figures))
    site.build(out, (out / "leaderboard.json").read_text(encoding="utf-8"), board.results)
    return board

