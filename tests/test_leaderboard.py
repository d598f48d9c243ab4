"""The leaderboard from result files the tests write: ranks, honesty rules, figures, and publishing."""
from __future__ import annotations

import json
from pathlib import Path

import pytest

from benchmark import atomic, results
from benchmark.cli import main
from benchmark.errors import BenchError
from benchmark.board.publish import publish
from benchmark.config.registry import get_task


def task_data_hash(task: str) -> str:
    """The hash of the task's data in the test data root, as a run records it."""
    from benchmark.data.manifest import data_root, dataset_hash, load_manifest

    manifest = data_root() / get_task(task).dataset.manifest
    return dataset_hash(manifest, load_manifest(manifest))


def fake_result(model: str, task: str, layers: list[tuple[float, float]], protocol_hash: str | None = None,
                params: int = 1_000_000, data_hash: str | None = None) -> dict:
    """A schema-valid, self-consistent result whose layer l has (valid, test) accuracy layers[l]."""
    spec = get_task(task)
    entries = [{"layer": i, "valid": {"accuracy": v}, "test": {"accuracy": t}, "test_std": {"accuracy": 0.01},
                "hparams": {"lr": 1e-3, "weight_decay": 0.0, "best_epoch": [3, 4]}}
               for i, (v, t) in enumerate(layers)]
    best = max(entries, key=lambda e: e["valid"]["accuracy"])
    pick = {k: best[k] for k in ("valid", "test", "test_std")}
    return {
        "schema_version": 1,
        "model": {"name": model, "adapter": "hf", "checkpoint": None, "revision": None,
                  "num_layers": len(layers), "params": params},
        "task": {"name": task, "version": spec.version, "spec_hash": spec.spec_hash, "data_hash": data_hash or task_data_hash(task)},
        "protocol": {"hash": protocol_hash or spec.protocol_hash, **spec.protocol_dict()},
        "primary_metric": "accuracy", "higher_is_better": True, "metrics": ["accuracy"],
        "layers": entries, "selected": {"layer": best["layer"], "by": "valid", **pick},
        "last_layer": {"layer": entries[-1]["layer"], **{k: entries[-1][k] for k in ("valid", "test", "test_std")}},
        "weighted_sum": {"valid": {"accuracy": 0.5}, "test": {"accuracy": 0.5}, "test_std": {"accuracy": 0.0},
                         "layer_weights": [1 / len(layers)] * len(layers), "layers": list(range(len(layers))),
                         "hparams": {"lr": 1e-3}} if len(layers) > 1 else None,
        "runtime": {"extract_s": 1.0, "probe_s": 1.0, "device": "cpu", "dtype": "float32"},
        "env": {"packages": {}, "git_revision": "abc", "python": "3.11", "platform": "linux"},
        "created": "2026-11-25T00:00:00+00:00",
    }


@pytest.fixture
def board_dir(project, tmp_path):
    """Two tasks; m1 and m2 complete, m3 misses a task, m4's second file has another protocol, m5 is corrupt."""
    (project / "tasks" / "tones-b.yaml").write_text(
        (project / "tasks" / "tones-register.yaml").read_text().replace("name: tones-register\n", "name: tones-b\n"))
    for name in ("m1", "m2", "m3", "m4", "m5"):
        (project / "submissions" / f"{name}.yaml").write_text(f"name: {name}\nadapter: logmel\n")
    out = tmp_path / "lb"
    files = {
        ("m1", "tones-register"): fake_result("m1", "tones-register", [(0.6, 0.95), (0.9, 0.90), (0.8, 0.85)]),
        ("m1", "tones-b"): fake_result("m1", "tones-b", [(0.7, 0.7), (0.85, 0.80), (0.8, 0.75)]),
        ("m2", "tones-register"): fake_result("m2", "tones-register", [(0.7, 0.70)]),
        ("m2", "tones-b"): fake_result("m2", "tones-b", [(0.9, 0.95)]),
        ("m3", "tones-register"): fake_result("m3", "tones-register", [(0.99, 0.99)]),
        ("m4", "tones-register"): fake_result("m4", "tones-register", [(0.8, 0.80)]),
        ("m4", "tones-b"): fake_result("m4", "tones-b", [(0.99, 0.99)], protocol_hash="f" * 64),
    }
    for (m, t), res in files.items():
        assert results.validate(res) == []
        atomic.write_json(results.result_path(out, m, t), res)
    (out / "results" / "m5").mkdir()
    (out / "results" / "m5" / "tones-register.json").write_text("{not json")
    return out


def test_build_ranks_honestly(board_dir, capsys):
    assert main(["leaderboard", "build", "--out", str(board_dir)]) == 0
    md = (board_dir / "README.md").read_text()
    lines = md.splitlines()
    # overall: m1 (mean 85.0) before m2 (82.5); m3 and m4 listed but unranked
    assert "| 1 | m1 | 1.0M | 85.0 | 2 | 2/2 |" in lines
    assert "| 2 | m2 | 1.0M | 82.5 | 1 | 2/2 |" in lines
    assert any(l.startswith("| — | m3 (incomplete: missing tones-b) |") for l in lines)
    assert any(l.startswith("| — | m4 (incomplete: missing tones-b) |") for l in lines)
    # per task: the validation-chosen layer's test score, never the best test layer (m1 layer 0 has 0.95)
    assert "| 2 | m1 | 0.900 ± 0.010 | 1 (3) | 0.850 | 0.500 | — |" in lines
    assert "| 1 | m3 | 0.990 ± 0.010 | 0 (1) | 0.990 | — | — |" in lines
    # the stale and the corrupt file are reported by path and left out
    err = capsys.readouterr().err
    assert "m4/tones-b.json" in err and "protocol" in err
    assert "m5/tones-register.json" in err and "not valid JSON" in err
    assert "## Files left out" in md
    # the per-model layer table marks the chosen layer
    assert "| tones-register | 0.950 | **0.900** | 0.850 |" in lines

    board = json.loads((board_dir / "leaderboard.json").read_text())
    overall = {r["model"]: r for r in board["overall"]}
    assert overall["m1"]["rank"] == 1 and overall["m3"]["rank"] is None
    assert overall["m1"]["borda"] == (4 - 2) + (2 - 2)  # beats m2, m4 on tones-register; m2 on tones-b beats it
    assert [r["model"] for r in board["per_task"]["tones-b"]] == ["m2", "m1"]
    for png in ("layers-m1.png", "task-tones-register.png", "task-tones-b.png"):
        assert (board_dir / "figures" / png).read_bytes()[:8] == b"\x89PNG\r\n\x1a\n"


def test_validate_checks_result_files(board_dir, project, capsys):
    (project / "submissions" / "m1.yaml").unlink()
    assert main(["validate", "--results", str(board_dir / "results")]) == 1
    text = capsys.readouterr().err
    assert "m1/tones-register.json: field 'model.entry': 'm1' has no entry in submissions/" in text
    assert "m5/tones-register.json: not valid JSON" in text


class RecordingHub:
    def __init__(self, fail: Exception | None = None):
        self.calls: list[tuple[str, dict]] = []
        self.fail = fail

    def create_repo(self, **kw):
        self.calls.append(("create_repo", kw))
        if self.fail:
            raise self.fail

    def create_commit(self, **kw):
        self.calls.append(("create_commit", kw))
        return type("Info", (), {"commit_url": "https://hub/commit/1"})()


def test_publish_makes_one_commit_with_everything(board_dir, monkeypatch):
    import huggingface_hub.constants

    main(["leaderboard", "build", "--out", str(board_dir)])
    monkeypatch.setattr(huggingface_hub.constants, "HF_HUB_OFFLINE", False)
    hub = RecordingHub()
    assert publish(board_dir, "me/board", api=hub, print_fn=lambda _: None) == "https://hub/commit/1"
    assert [c[0] for c in hub.calls] == ["create_repo", "create_commit"]
    assert hub.calls[0][1] == {"repo_id": "me/board", "repo_type": "dataset", "exist_ok": True}
    commit = hub.calls[1][1]
    assert commit["commit_message"] == "Update leaderboard: 4 models, 2 tasks"
    paths = [op.path_in_repo for op in commit["operations"]]
    assert paths == ["README.md", "leaderboard.json",
                     "figures/layers-m1.png", "figures/task-tones-b.png", "figures/task-tones-register.png",
                     "results/m1/tones-b.json", "results/m1/tones-register.json", "results/m2/tones-b.json",
                     "results/m2/tones-register.json", "results/m3/tones-register.json",
                     "results/m4/tones-register.json"]  # the stale and the corrupt file stay out
    readme = commit["operations"][0].path_or_fileobj
    readme = readme if isinstance(readme, bytes) else Path(readme).read_bytes()
    assert readme.startswith(b"---\npretty_name:") and b"# Leaderboard" in readme


def test_publish_reports_hub_errors_and_dry_run_commits_nothing(board_dir, monkeypatch, capsys):
    import huggingface_hub.constants

    main(["leaderboard", "build", "--out", str(board_dir)])
    monkeypatch.setattr(huggingface_hub.constants, "HF_HUB_OFFLINE", False)
    with pytest.raises(BenchError, match="publishing to dataset 'me/board' failed: PermissionError: 403"):
        publish(board_dir, "me/board", api=RecordingHub(fail=PermissionError("403 forbidden")))
    capsys.readouterr()
    assert main(["leaderboard", "publish", "--repo-id", "me/board", "--from", str(board_dir), "--dry-run"]) == 0
    printed = capsys.readouterr().out
    assert "add README.md" in printed and "add results/m1/tones-b.json" in printed


def test_publish_offline_fails_at_once(board_dir, capsys):
    main(["leaderboard", "build", "--out", str(board_dir)])
    assert main(["leaderboard", "publish", "--repo-id", "me/board", "--from", str(board_dir)]) == 1
    assert "HF_HUB_OFFLINE" in capsys.readouterr().err
