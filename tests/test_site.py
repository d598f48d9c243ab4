"""The web board (`bench leaderboard build` writes OUT/site/), opened from disk in headless Chromium: its rows are
leaderboard.json's, sorting and filtering reorder them, a model page draws its charts, the console stays clean
and no request leaves the page.

Chromium is Debian's `chromium` package (`make install` installs it when root), driven by Playwright's Python
client with that executable. With BENCH_SCREENSHOTS=DIR the test also saves the screenshots the README shows
(`make screenshots` writes them to leaderboard/site/).
"""
from __future__ import annotations

import json
import os
import re
import shutil
from pathlib import Path

import pytest

from benchmark.cli import main
from benchmark.board.publish import operations
from benchmark.board.site import files
from conftest import REPO

CHROMIUM_FLAGS = ["--no-sandbox", "--disable-gpu", "--disable-quic", "--no-first-run", "--disable-sync",
                  "--disable-background-networking", "--disable-component-update"]


def chromium() -> str:
    path = os.environ.get("BENCH_CHROMIUM") or shutil.which("chromium") or shutil.which("chromium-browser")
    if path:
        return path
    if os.environ.get("CI"):  # CI installs it (make install, as root): its absence is a failure, not a skip
        pytest.fail("no chromium on PATH in CI: `make install` should have installed Debian's chromium")
    pytest.skip("no Chromium here: install Debian's `chromium` package (`make install` does when root)")


def build_board(out: Path, leave_out: tuple[str, ...] = ()) -> Path:
    """The committed board's result files (but `leave_out`, as model/task) and similarity analysis, built in
    `out`."""
    shutil.copytree(REPO / "leaderboard" / "results", out / "results")
    shutil.copytree(REPO / "leaderboard" / "analysis", out / "analysis")
    for name in leave_out:
        (out / "results" / f"{name}.json").unlink()
    env = {"BENCH_ROOT": str(REPO), "BENCH_DATA": str(out / "no-data")}
    old = {k: os.environ.get(k) for k in env}
    os.environ.update(env)
    try:
        assert main(["leaderboard", "build", "--out", str(out)]) == 0
    finally:
        for k, v in old.items():
            os.environ.pop(k) if v is None else os.environ.__setitem__(k, v)
    return out


@pytest.fixture(scope="module")
def board(tmp_path_factory):
    return build_board(tmp_path_factory.mktemp("board"))


class Browser:
    """A headless Chromium page that records console errors and every request, and aborts any that is not a
    file from disk."""

    def __init__(self, p, exe: str):
        self.browser = p.chromium.launch(executable_path=exe, args=CHROMIUM_FLAGS)
        self.page = self.browser.new_page(viewport={"width": 1280, "height": 900})
        self.errors: list[str] = []
        self.requests: list[str] = []
        self.page.on("console", lambda m: self.errors.append(f"console {m.type}: {m.text}")
                     if m.type in ("error", "warning") else None)
        self.page.on("pageerror", lambda e: self.errors.append(f"page error: {e}"))
        self.page.on("request", lambda r: self.requests.append(r.url))
        self.page.route(re.compile(r"^(?!file:)"), lambda route: route.abort())

    def rows(self, table: str = "#overall") -> list[str]:
        return self.page.eval_on_selector_all(f"{table} tbody tr", "rs => rs.map(r => r.dataset.model)")

    def close(self) -> None:
        self.browser.close()
        assert not self.errors, self.errors
        assert self.requests and all(u.startswith("file://") for u in self.requests), \
            [u for u in self.requests if not u.startswith("file://")]


def test_vendored_chart_library_is_the_npm_release():
    import hashlib

    from benchmark.board.site import WEB

    source = json.loads((WEB / "vendor" / "SOURCE.json").read_text())
    for name, f in source["files"].items():
        assert (WEB / "vendor" / name).is_file(), name
        if "sha256" in f:
            assert hashlib.sha256((WEB / "vendor" / name).read_bytes()).hexdigest() == f["sha256"], name


def test_site_is_built_from_leaderboard_json_and_is_light(board):
    site = board / "site"
    doc = json.loads((board / "leaderboard.json").read_text())
    assert (site / "leaderboard.json").read_text() == (board / "leaderboard.json").read_text()
    assert json.loads((site / "data.js").read_text().removeprefix("window.LEADERBOARD = ").rstrip(";\n")) == doc
    assert {p.stem for p in (site / "models").glob("*.html")} == {r["model"] for r in doc["overall"]}
    assert {p.stem for p in (site / "tasks").glob("*.html")} == set(doc["tasks"])
    assert doc["similarity"]["crepe-tiny"]["synth-beat"]["matrix"][0][0] == pytest.approx(1.0)
    pages = [p.read_text() for p in site.rglob("*.html")]
    assert not any(re.search(r"""(src|href)=["']?(https?:)?//""", p) for p in pages)  # nothing from a CDN
    size = sum(p.stat().st_size for p in site.rglob("*") if p.is_file())
    assert size < 3_000_000, size
    # the committed board is what its result files build today
    committed = REPO / "leaderboard"
    assert (committed / "leaderboard.json").read_text() == (board / "leaderboard.json").read_text()
    assert {p.relative_to(committed / "site"): p.read_bytes() for p in files(committed / "site")} == \
        {p.relative_to(site): p.read_bytes() for p in files(site)}


def test_site_result_files_are_the_public_results_written_compact(board):
    """The downloads the model pages link to are most of the site's bytes: written without indentation, each the
    result file as published (`public_result`), every number as in the board's own copy."""
    from benchmark.results import public_result

    site = sorted((board / "site" / "results").rglob("*.json"))
    assert len(site) == len(list((board / "results").rglob("*.json")))
    for p in site:
        text, res = p.read_text(), json.loads((board / p.relative_to(board / "site")).read_text())
        assert text == json.dumps(public_result(res), separators=(",", ":")) + "\n", p


def test_space_publish_is_the_site_in_one_commit(board, capsys):
    ops = {op.path_in_repo: op for op in operations(board, "space")}
    assert {"README.md", "index.html", "data.js", "leaderboard.json", "assets/app.js",
            "assets/vendor/chart.umd.min.js", "models/crepe-tiny.html",
            "results/crepe-tiny/synth-beat.json"} <= set(ops)
    assert b"sdk: \"static\"" in ops["README.md"].path_or_fileobj
    assert not any(p.endswith(".png") and p.startswith(("index", "model")) for p in ops)  # screenshots stay home
    assert main(["leaderboard", "publish", "--repo-id", "me/board", "--repo-type", "space", "--from", str(board),
                 "--dry-run"]) == 0
    out = capsys.readouterr().out
    assert "would create space repo me/board" in out and re.search(r"add index\.html  \([\d,]+ bytes\)", out)


def test_pages_in_headless_chromium(board):
    exe = chromium()
    sync_api = pytest.importorskip("playwright.sync_api", reason="pip install playwright (the test extra)")
    doc = json.loads((board / "leaderboard.json").read_text())
    site = board / "site"
    shots = Path(os.environ["BENCH_SCREENSHOTS"]) if os.environ.get("BENCH_SCREENSHOTS") else None
    with sync_api.sync_playwright() as p:
        b = Browser(p, exe)
        page = b.page
        page.goto((site / "index.html").as_uri())
        assert b.rows() == [r["model"] for r in doc["overall"]]
        means = page.eval_on_selector_all("#overall tbody tr td:nth-child(4)", "cs => cs.map(c => c.textContent)")
        assert means == [f"{r['mean']:.1f}" for r in doc["overall"]]
        if shots:
            page.screenshot(path=str(shots / "index.png"), full_page=True)
        page.click("#overall thead button:text-is('model')")
        assert b.rows() == sorted(r["model"] for r in doc["overall"])
        page.click("#overall thead button:text-is('model')")
        assert b.rows() == sorted((r["model"] for r in doc["overall"]), reverse=True)
        assert page.get_attribute("#overall thead th:nth-child(2)", "aria-sort") == "descending"
        page.click("#overall thead button:text-is('Borda')")  # highest first
        assert b.rows() == [r["model"] for r in sorted(doc["overall"], key=lambda r: -r["borda"])]
        group = next(g for g in doc["overall_by"] if g["family"] == "harmonic" and g["suite"] is None)
        page.select_option("#family", "harmonic")
        assert b.rows() == [r["model"] for r in group["overall"]]
        headers = page.eval_on_selector_all("#overall thead th", "hs => hs.map(h => h.textContent)")
        assert headers[6:] == group["tasks"]

        task = "synth-key"
        page.goto((site / "tasks" / f"{task}.html").as_uri())
        assert b.rows("#task-table") == [r["model"] for r in doc["per_task"][task]]

        model = "crepe-tiny"
        page.goto((site / "models" / f"{model}.html").as_uri())
        charts = page.evaluate("""() => [...document.querySelectorAll('#curves canvas')].map(c => {
            const d = c.getContext('2d').getImageData(0, 0, c.width, c.height).data;
            let ink = 0; for (let i = 3; i < d.length; i += 4) if (d[i] > 0) ink++;
            return {label: c.getAttribute('aria-label'), ink, task: c.closest('figure').dataset.task}; })""")
        assert [c["task"] for c in charts] == sorted(doc["per_model_layers"][model])
        assert all(c["ink"] > 2000 and "chosen on validation" in c["label"] for c in charts), charts
        sim = page.eval_on_selector_all("#similarity table.heatmap tbody tr", "rs => rs.length")
        # one heatmap per similarity analysis of the model on the board, a row per layer
        assert sim == sum(len(s["layers"]) for s in doc["similarity"][model].values())
        assert {"synth-beat", "synth-pitch"} <= set(doc["similarity"][model])
        links = page.eval_on_selector_all("#files a", "as => as.map(a => a.getAttribute('href'))")
        assert links and all((site / "models" / h).resolve().is_file() for h in links)
        if shots:
            page.screenshot(path=str(shots / f"model-{model}.png"), full_page=True)
        b.close()


def test_incomplete_model_is_marked_and_unranked_in_chromium(tmp_path):
    """chroma without synth-key: listed after every ranked model, marked, no rank; over the acoustic tasks
    (synth-key is harmonic) it is complete and ranked again."""
    exe = chromium()
    sync_api = pytest.importorskip("playwright.sync_api", reason="pip install playwright (the test extra)")
    out = build_board(tmp_path / "board", leave_out=("chroma/synth-key",))
    doc = json.loads((out / "leaderboard.json").read_text())
    with sync_api.sync_playwright() as p:
        b = Browser(p, exe)
        b.page.goto((out / "site" / "index.html").as_uri())
        rows = b.rows()
        ranked_rows = [r["model"] for r in doc["overall"] if r["rank"] is not None]
        assert ranked_rows and rows.index("chroma") > max(rows.index(m) for m in ranked_rows)
        row = b.page.locator("#overall tbody tr[data-model=chroma]")
        assert row.get_attribute("class") == "incomplete"
        assert row.locator("td").first.text_content() == "—"
        assert "incomplete: missing synth-key" in row.text_content()
        b.page.select_option("#family", "acoustic")
        group = next(g for g in doc["overall_by"] if g["family"] == "acoustic" and g["suite"] is None)
        ranked = {r["model"]: r["rank"] for r in group["overall"]}
        assert ranked["chroma"] is not None and "synth-key" not in group["tasks"]
        assert row.get_attribute("class") is None
        assert row.locator("td").first.text_content() == str(ranked["chroma"])
        b.close()
