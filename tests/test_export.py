"""`bench export mteb` on the committed board: MTEB's layout, and files that mteb's own TaskResult and ModelMeta
accept (their schemas frozen from mteb 2.26.24 by tests/fixtures/make_mteb_fixtures.py, which also read every
exported file with mteb itself)."""
from __future__ import annotations

import json
from pathlib import Path

import jsonschema
import pytest

from benchmark.cli import main
from conftest import REPO

FIXTURES = Path(__file__).parent / "fixtures"


@pytest.fixture
def exported(tmp_path, monkeypatch):
    monkeypatch.setenv("BENCH_ROOT", str(REPO))
    monkeypatch.setenv("BENCH_DATA", str(tmp_path / "no-data"))
    out = tmp_path / "mteb"
    assert main(["export", "mteb", "--results", str(REPO / "leaderboard" / "results"), "--out", str(out)]) == 0
    return out


def committed() -> dict[tuple[str, str], dict]:
    return {(p.parent.name, p.stem): json.loads(p.read_text())
            for p in sorted((REPO / "leaderboard" / "results").glob("*/*.json"))}


def test_every_result_is_an_mteb_task_result_in_mtebs_layout(exported):
    schema = json.loads((FIXTURES / "mteb_task_result.schema.json").read_text())
    fields = json.loads((FIXTURES / "mteb_model_meta.fields.json").read_text())
    ours = committed()
    assert ours
    for (model, task), res in ours.items():
        top = exported / "results" / f"music-layer-bench__{model}" / "no_revision_available"
        for where, entry in [(top, res["selected"]), *[(top / "experiments" / f"layer-{e['layer']}", e)
                                                      for e in res["layers"]]]:
            doc = json.loads((where / f"{task}.json").read_text())
            jsonschema.validate(doc, schema)
            for split, scores in doc["scores"].items():  # TaskResult's own validator's rules
                assert len(scores) == 1 and isinstance(scores[0]["hf_subset"], str)
                assert isinstance(scores[0]["languages"], list)
                ours_split = entry["test" if split == "test" else "valid"]
                assert scores[0]["main_score"] == ours_split[res["primary_metric"]]
                assert {k: scores[0][k] for k in ours_split} == ours_split
            assert doc["task_name"] == task and doc["dataset_revision"] == res["task"]["data_hash"]
            meta = json.loads((where / "model_meta.json").read_text())
            assert set(fields["required"]) <= set(meta) <= set(fields["fields"])  # ModelMeta forbids other keys
            assert meta["name"] == f"music-layer-bench/{model}" and meta["modalities"] == ["audio"]
        assert doc["scores"]["test"][0]["layer"] == res["layers"][-1]["layer"]
        if res.get("weighted_sum"):
            ws = json.loads((top / "experiments" / "weighted-sum" / f"{task}.json").read_text())
            assert ws["scores"]["test"][0]["main_score"] == res["weighted_sum"]["test"][res["primary_metric"]]


def test_a_file_the_board_would_not_rank_is_not_exported(tmp_path, monkeypatch, capsys):
    """Export reads what the board ranks: a result made under another protocol is left out and named."""
    monkeypatch.setenv("BENCH_ROOT", str(REPO))
    monkeypatch.setenv("BENCH_DATA", str(tmp_path / "no-data"))
    src = tmp_path / "results" / "logmel"
    src.mkdir(parents=True)
    res = json.loads((REPO / "leaderboard" / "results" / "logmel" / "synth-key.json").read_text())
    res["protocol"]["hash"] = "0" * 64
    (src / "synth-key.json").write_text(json.dumps(res))
    assert main(["export", "mteb", "--results", str(tmp_path / "results"), "--out", str(tmp_path / "mteb")]) == 0
    assert not list((tmp_path / "mteb").rglob("synth-key.json"))
    assert "synth-key.json" in capsys.readouterr().err
