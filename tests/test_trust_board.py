"""A leaderboard that accepts other people's result files (issue 28): names and text from files never reach the
board's markdown as HTML, and result names are those `bench run` writes."""
from __future__ import annotations

import json

from test_leaderboard import fake_result

from benchmark.cli import main
from benchmark.leaderboard import md
from benchmark.results import read

HOSTILE = '"><img src=x onerror=alert(1)>'


def test_markdown_escapes_html_and_table_syntax():
    assert "<" not in md(HOSTILE) and ">" not in md(HOSTILE) and md(HOSTILE).count("&lt;") == 1
    assert md("a|b") == "a\\|b" and md("[x](javascript:1)") == "\\[x\\](javascript:1)"
    assert md("madmom-beats") == "madmom-beats" and md("synth-beat") == "synth-beat"


def test_a_hostile_result_name_is_refused_and_the_board_stays_inert(project, tmp_path):
    out = tmp_path / "board"
    for model in ("m1", HOSTILE):
        res = fake_result(model, "tones-register", [(0.5, 0.6), (0.7, 0.8)])
        path = out / "results" / model / "tones-register.json"
        path.parent.mkdir(parents=True)
        path.write_text(json.dumps(res))
    res, problem = read(out / "results" / HOSTILE / "tones-register.json")
    assert res is None and "not a name `bench run` writes" in problem
    assert read(out / "results" / "m1" / "tones-register.json")[1] is None
    main(["leaderboard", "build", "--out", str(out)])
    readme = (out / "README.md").read_text()
    assert "<img" not in readme and "onerror=alert(1)&gt;" in readme  # listed among the files left out, inert
    assert "| 1 | m1 |" in readme
    # a model renamed to the hashed form `bench run` writes for other weights is a name
    ok = out / "results" / "m1@0123abcd" / "tones-register.json"
    ok.parent.mkdir()
    ok.write_text(json.dumps(fake_result("m1@0123abcd", "tones-register", [(0.5, 0.6)])))
    assert read(ok)[1] is None
