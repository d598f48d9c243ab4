"""The leaderboard as a static web site: OUT/site/, written by `bench leaderboard build` beside README.md.

Every number on every page comes from leaderboard.json: the build copies it into the site and wraps the same
text as `data.js` (`window.LEADERBOARD = ...`), because a page opened from disk may not fetch a JSON file. The
pages are shells that `app.js` fills in: an index (the overall table, sortable by every column, filtered by
suite and task family), a page per task and a page per model. The chart library (Chart.js, from the npm
registry, see web/vendor/SOURCE.json) is copied into the site: no page asks the network for anything.
"""
from __future__ import annotations

import html
import json
import shutil
from pathlib import Path
from typing import Any

from .. import atomic
from ..results import public_result

WEB = Path(__file__).parent / "web"
ASSETS = ["app.js", "style.css", "vendor/chart.umd.min.js", "vendor/chart.js-LICENSE.md"]
GENERATED = ("index.html", "data.js", "leaderboard.json", "tasks", "models", "results", "assets")


def similarity(out: Path, models: list[str]) -> dict[str, dict[str, Any]]:
    """model -> task (or task-vs-model) -> the CKA matrix `bench analyze similarity` wrote under OUT/analysis/."""
    found: dict[str, dict[str, Any]] = {}
    for m in models:
        for path in sorted((out / "analysis" / m).glob("similarity-*.json")):
            try:
                doc = json.loads(path.read_text(encoding="utf-8"))
                found.setdefault(m, {})[path.stem.removeprefix("similarity-")] = {
                    k: doc[k] for k in ("task", "vs", "clips", "layers", "vs_layers", "measure", "matrix")}
            except (OSError, ValueError, KeyError):
                continue  # a damaged analysis file is not the board's business; its heatmap is just absent
    return found


def _page(title: str, kind: str, name: str, depth: int, body: str) -> str:
    up = "../" * depth
    return f"""<!doctype html>
<html lang="en">
<head>
<meta charset="utf-8">
<meta name="viewport" content="width=device-width, initial-scale=1">
<title>{html.escape(title)}</title>
<link rel="stylesheet" href="{up}assets/style.css">
</head>
<body data-page="{kind}" data-name="{html.escape(name)}" data-root="{up}">
<header><nav><a href="{up}index.html">Leaderboard</a> · <a href="{up}leaderboard.json">leaderboard.json</a></nav>
<h1>{html.escape(title)}</h1></header>
<main>
<noscript><p>These pages draw their tables and charts with JavaScript from
<a href="{up}leaderboard.json">leaderboard.json</a>; without it, read that file or the board's README.md.</p>
</noscript>
{body}
</main>
<script src="{up}assets/vendor/chart.umd.min.js"></script>
<script src="{up}data.js"></script>
<script src="{up}assets/app.js"></script>
</body>
</html>
"""


def build(out: Path, board_text: str, results: dict[str, dict[str, dict[str, Any]]]) -> Path:
    """Write OUT/site/ from leaderboard.json's text and the ranked result files (published as `public_result`
    makes them); pages of models or tasks no longer on the board are removed. Returns the site folder."""
    board = json.loads(board_text)
    site = out / "site"
    site.mkdir(parents=True, exist_ok=True)
    for name in GENERATED:  # the build owns these; anything else in site/ (screenshots) is left alone
        target = site / name
        if target.is_dir():
            shutil.rmtree(target)
    atomic.write_text(site / "leaderboard.json", board_text)
    atomic.write_text(site / "data.js", f"window.LEADERBOARD = {board_text.strip()};\n")
    for rel in ASSETS:
        (site / "assets" / rel).parent.mkdir(parents=True, exist_ok=True)
        shutil.copyfile(WEB / rel, site / "assets" / rel)
    for model, per in results.items():
        for task, res in per.items():
            # compact: the links' downloads are most of the site's bytes (indented, 0.55 MB more at 185 files)
            atomic.write_text(site / "results" / model / f"{task}.json",
                              json.dumps(public_result(res), separators=(",", ":")) + "\n")
    atomic.write_text(site / "index.html", _page("Music encoder layer-wise leaderboard", "index", "", 0, """
<section aria-labelledby="about"><h2 id="about">How to read it</h2><p id="ordering"></p></section>
<section aria-labelledby="overall-h"><h2 id="overall-h">Overall</h2>
<form id="filters" class="filters"><label>Suite <select id="suite"></select></label>
<label>Task family <select id="family"></select></label></form>
<p id="filter-note" aria-live="polite"></p>
<div class="scroll"><table id="overall"><caption>Models ranked by the mean of primary metrics over the
tasks shown; click a column's header to sort by it.</caption><thead></thead><tbody></tbody></table></div>
</section>
<section aria-labelledby="tasks-h"><h2 id="tasks-h">Tasks</h2>
<div class="scroll"><table id="tasks"><thead></thead><tbody></tbody></table></div></section>
<section id="skipped-section" aria-labelledby="skipped-h" hidden><h2 id="skipped-h">Files left out</h2>
<ul id="skipped"></ul></section>
"""))
    for task in board["tasks"]:
        atomic.write_text(site / "tasks" / f"{task}.html", _page(f"Task: {task}", "task", task, 1, """
<p id="task-info"></p>
<div class="scroll"><table id="task-table"><caption>Test score of the layer chosen on validation (mean over probe
seeds, ± their standard deviation), beside the last layer and the weighted sum of all layers.</caption>
<thead></thead><tbody></tbody></table></div>
<section id="published-section" hidden><h2>Published figures</h2><p>From the task spec; never ranked (the
protocols differ).</p><ul id="published"></ul></section>
"""))
    for model in board["overall"]:
        m = model["model"]
        atomic.write_text(site / "models" / f"{m}.html", _page(f"Model: {m}", "model", m, 1, """
<p id="model-info"></p>
<section aria-labelledby="curves-h"><h2 id="curves-h">Test score by layer</h2>
<p>One chart per task: the test score of every layer's probe (mean over seeds, the band is ± their standard
deviation). The ringed point is the layer chosen on validation; shaded layers are tied with it (paired
bootstrap over test clips).</p><div id="curves" class="cards"></div></section>
<section aria-labelledby="weights-h"><h2 id="weights-h">Weighted-sum layer weights</h2>
<div class="scroll" id="weights"></div></section>
<section aria-labelledby="sim-h"><h2 id="sim-h">Layer similarity (linear CKA)</h2><div id="similarity"></div>
</section>
<section aria-labelledby="files-h"><h2 id="files-h">Result files</h2><ul id="files"></ul></section>
"""))
    return site


def files(site: Path) -> list[Path]:
    """The files a Space publishes: everything the build wrote (not screenshots kept beside it)."""
    return sorted(p for name in GENERATED for p in ([site / name] if (site / name).is_file()
                                                     else (site / name).rglob("*")) if p.is_file())
