"""End to end through the CLI: `bench run` on the manifest-backed test task with a handcrafted encoder."""
from __future__ import annotations

import json

import numpy as np
import pytest

from benchmark import results
from benchmark.cli import main
from benchmark.encoders.handcrafted import Handcrafted


@pytest.fixture
def count_forward(monkeypatch):
    calls = {"n": 0, "fail_after": None}
    original = Handcrafted.forward

    def counting(self, wave):
        if calls["fail_after"] is not None and calls["n"] >= calls["fail_after"]:
            raise KeyboardInterrupt
        calls["n"] += 1
        return original(self, wave)

    monkeypatch.setattr(Handcrafted, "forward", counting)
    return calls


def run(out, *extra):
    return main(["run", "--model", "logmel", "--tasks", "tones-register", "--layers", "all", "--out", str(out),
                 "--batch-size", "1", *extra])


def test_run_writes_valid_result_and_rerun_uses_cache(project, tmp_path, count_forward, capsys):
    out = tmp_path / "out"
    assert run(out) == 0
    assert count_forward["n"] == 80  # one forward pass per clip
    path = out / "results" / "logmel" / "tones-register.json"
    first = json.loads(path.read_text())
    assert results.validate(first) == []
    assert first["model"]["name"] == "logmel" and first["model"]["num_layers"] == 1
    assert first["task"]["clips"] == {"train": 48, "valid": 16, "test": 16}
    assert first["selected"]["by"] == "valid"
    assert first["selected"]["test"]["accuracy"] >= 0.9  # low vs high register is easy for a log-mel
    assert first["weighted_sum"] is None  # one layer: nothing to weigh
    assert first["env"]["packages"]["torch"].startswith("2.13")
    assert "accuracy" in capsys.readouterr().out  # the per-layer table

    assert run(out) == 0  # the same command again: the result is up to date, nothing is redone
    assert count_forward["n"] == 80
    assert json.loads(path.read_text()) == first
    assert "skipped" in capsys.readouterr().err

    assert run(out, "--overwrite") == 0
    assert count_forward["n"] == 80  # no forward pass: the features come from the cache
    second = json.loads(path.read_text())
    assert second["runtime"]["features_cached"] is True
    assert second["layers"] == first["layers"]  # same command, same numbers


def test_interrupted_extraction_resumes(project, tmp_path, count_forward):
    count_forward["fail_after"] = 10
    assert run(tmp_path / "out") == 130
    assert not (tmp_path / "out" / "results" / "logmel" / "tones-register.json").exists()
    count_forward["fail_after"] = None
    assert run(tmp_path / "out") == 0
    assert count_forward["n"] == 80  # 10 before the interrupt + the 70 left, none twice

    # the resumed cache holds the same features as an uninterrupted extraction
    from benchmark.extract import features
    cache = sorted((tmp_path / "cache").glob("*/features.npy"))
    assert len(cache) == 1
    resumed = np.load(cache[0])
    import shutil
    shutil.rmtree(tmp_path / "cache")
    assert run(tmp_path / "out2") == 0
    fresh = np.load(sorted((tmp_path / "cache").glob("*/features.npy"))[0])
    np.testing.assert_allclose(resumed, fresh, rtol=1e-6)
    assert features.cache_root() == tmp_path / "cache"


def test_suite_runs_every_task_of_it(project, tmp_path):
    assert main(["run", "--model", "chroma", "--suite", "testsuite", "--out", str(tmp_path / "o")]) == 0
    assert (tmp_path / "o" / "results" / "chroma" / "tones-register.json").is_file()


def test_missing_dataset_says_how_to_prepare(project, tmp_path, capsys):
    assert main(["run", "--model", "logmel", "--tasks", "tones-register", "--data-root", str(tmp_path / "nowhere")]) == 1
    msg = capsys.readouterr().err
    assert "tones-register" in msg and "bench data prepare" in msg


def test_unknown_model_and_task_suggest_names(project, capsys):
    assert main(["run", "--model", "logmle", "--tasks", "tones-register"]) == 1
    assert "did you mean 'logmel'" in capsys.readouterr().err
    assert main(["run", "--model", "logmel", "--tasks", "tones-registr"]) == 1
    assert "did you mean 'tones-register'" in capsys.readouterr().err


def test_data_prepare_renders_a_builtin_dataset_where_its_task_reads_it(tmp_path, monkeypatch):
    from conftest import REPO

    monkeypatch.setenv("BENCH_ROOT", str(REPO))
    assert main(["data", "prepare", "toy-tones", "--size", "tiny", "--data-root", str(tmp_path)]) == 0
    rows = (tmp_path / "toy-tones" / "manifest.jsonl").read_text().splitlines()
    assert len(rows) == 12 * (6 + 3 + 3)
    assert main(["data", "prepare", "toy-tone", "--data-root", str(tmp_path)]) == 1
