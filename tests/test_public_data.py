"""`bench data prepare <dataset> --source`: every converter on a fixture tree in the dataset's official layout
(tests/public_trees.py), with one missing and one corrupt audio file; then `bench run --model logmel` on the
prepared task, end to end through the CLI."""
from __future__ import annotations

import json

import pytest

from benchmark.cli import main
from benchmark.data.manifest import load_manifest

from public_trees import BUILDERS


@pytest.fixture
def isolated(tmp_path, monkeypatch):
    monkeypatch.setenv("BENCH_CACHE", str(tmp_path / "cache"))
    monkeypatch.delenv("BENCH_ROOT", raising=False)
    monkeypatch.delenv("BENCH_DATA", raising=False)
    return tmp_path


@pytest.mark.parametrize("name", sorted(BUILDERS))
def test_prepare_then_run(name, isolated, capsys):
    tree = BUILDERS[name](isolated / "source")
    root = isolated / "data"
    prepare = ["data", "prepare", name, "--source", str(tree.root), "--data-root", str(root), *tree.args]

    # a missing or corrupt file stops the conversion, names the file, and writes nothing
    assert main(prepare) == 1
    err = capsys.readouterr().err
    assert "unreadable" in err and "--skip-missing" in err
    assert not any(root.rglob("*.jsonl"))

    assert main([*prepare, "--skip-missing", "--json"]) == 0
    card = json.loads(capsys.readouterr().out)
    if tree.missing:
        assert tree.missing in card["missing"]
    assert [u for u in card["unreadable"] if u.startswith(tree.corrupt + ":")], card["unreadable"]
    out = root / card["dataset"]
    assert json.loads((out / "card.json").read_text()) == card
    for task, info in card["tasks"].items():
        manifest = out / info["manifest"]
        clips = load_manifest(manifest)  # the loader's own checks: files exist, splits, no group in two splits
        assert {s: sum(c.split == s for c in clips) for s in ("train", "valid", "test")} == info["clips"]
        assert all(c.audio.resolve() != (tree.root / tree.corrupt).resolve() for c in clips)
        if info["expected"] is not None:
            found = info["tracks"] if card["expected_unit"] == "tracks" else info["clips"]
            assert info["difference"] == {s: found[s] - info["expected"][s] for s in found}

    run = ["run", "--model", "logmel", "--tasks", tree.run_task, "--data-root", str(root),
           "--out", str(isolated / "out"), "--device", "cpu", "--quick"]
    if name == "folder":
        run += ["--tasks-dir", str(out)]
    assert main(run) == 0, capsys.readouterr().err
    result = json.loads((isolated / "out" / "quick" / "logmel" / f"{tree.run_task}.json").read_text())
    assert result["task"]["name"] == tree.run_task
    assert result["selected"]["test"][result["primary_metric"]] is not None
