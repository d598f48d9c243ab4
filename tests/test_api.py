"""The Python API (evaluate, load_results), publishing a board built from results kept elsewhere, and the
figures a paper would use."""
from __future__ import annotations

import json
from pathlib import Path

import numpy as np
import pytest
import torch

import benchmark
from benchmark.board import plots
from benchmark import results
from benchmark.cli import main
from benchmark.board.publish import operations


class TwoLayers(torch.nn.Module):
    """Frames of 160 samples -> two hidden states (log energy of 8 bands, then a linear mix of them)."""

    def __init__(self):
        super().__init__()
        self.mix = torch.nn.Linear(8, 4)

    def forward(self, wave):
        frames = wave.unfold(-1, 160, 160)  # [B, F, 160]
        spec = torch.fft.rfft(frames).abs()[..., :80].reshape(*frames.shape[:2], 8, 10).mean(-1)
        h0 = torch.log(spec + 1e-6)
        return [h0, self.mix(h0)]


def test_evaluate_a_torch_module_and_load_the_results(project, tmp_path):
    torch.manual_seed(0)
    model = TwoLayers()
    found = benchmark.evaluate(model, tasks=["tones-register"], sample_rate=16000, device="cpu")
    assert len(found) == 1 and results.validate(found[0]) == []
    res = found[0]
    assert res["model"]["num_layers"] == 2 and res["model"]["frame_rate"] == 100.0
    assert res["selected"]["test"]["accuracy"] >= 0.9 and not (tmp_path / "results").exists()  # nothing written

    out = tmp_path / "board"
    again = benchmark.evaluate(model, tasks=["tones-register"], sample_rate=16000, out=out, name="two-layers")
    path = out / "results" / "two-layers" / "tones-register.json"
    assert path.is_file() and again[0]["runtime"]["features_cached"]  # same weights: the same cache entry
    assert [e["test"] for e in again[0]["layers"]] == [e["test"] for e in res["layers"]]
    loaded = benchmark.load_results(out)
    assert loaded == [json.loads(path.read_text())]

    with torch.no_grad():
        model.mix.weight.add_(1.0)  # other weights: another identity, never the cached features
    other = benchmark.evaluate(model, tasks=["tones-register"], sample_rate=16000)[0]
    assert other["model"]["identity"] != res["model"]["identity"] and not other["runtime"]["features_cached"]


def test_evaluate_an_entry_by_name_an_encoder_instance_and_refuse_nonsense(project):
    from benchmark.encoders.handcrafted import MFCC

    res = benchmark.evaluate("mfcc", tasks="tones-register")
    assert res[0]["model"]["name"] == "mfcc" and res[0]["task"]["name"] == "tones-register"
    mine = benchmark.evaluate(MFCC(MFCC.Options()), tasks=["tones-register"], name="my-mfcc")[0]
    assert mine["model"]["name"] == "my-mfcc" and mine["model"]["hidden_sizes"] == [20]
    assert mine["model"]["identity"] != res[0]["model"]["identity"]  # an instance is identified by its content
    assert [e["test"] for e in mine["layers"]] == [e["test"] for e in res[0]["layers"]]  # same encoder, same numbers
    with pytest.raises(benchmark.api.BenchError, match="must return a list of hidden states"):
        benchmark.evaluate(torch.nn.Identity(), tasks=["tones-register"], sample_rate=16000)


def test_load_results_from_a_published_board_in_the_hub_cache(project, tmp_path, monkeypatch):
    """A Hub board as huggingface_hub caches it (offline here: read from the cache by snapshot_download)."""
    import huggingface_hub.constants

    assert main(["run", "--model", "logmel", "--tasks", "tones-register", "--out", str(tmp_path / "lb")]) == 0
    commit = "0123456789abcdef0123456789abcdef01234567"
    repo = tmp_path / "hub" / "datasets--me--board"
    (repo / "refs").mkdir(parents=True)
    (repo / "refs" / "main").write_text(commit)
    snap = repo / "snapshots" / commit / "results" / "logmel"
    snap.mkdir(parents=True)
    src = tmp_path / "lb" / "results" / "logmel" / "tones-register.json"
    (snap / "tones-register.json").write_text(src.read_text())
    monkeypatch.setattr(huggingface_hub.constants, "HF_HUB_CACHE", str(tmp_path / "hub"))
    loaded = benchmark.load_results("me/board")
    assert [r["task"]["name"] for r in loaded] == ["tones-register"]
    with pytest.raises(benchmark.api.BenchError, match="cannot fetch"):
        benchmark.load_results("me/other-board")


def test_publish_a_board_built_from_results_kept_elsewhere(project, tmp_path, capsys):
    runs = tmp_path / "runs"
    assert main(["run", "--model", "logmel", "--tasks", "tones-register", "--out", str(runs),
                 "--data-root", str(tmp_path / "data")]) == 0
    board = tmp_path / "site"
    assert main(["leaderboard", "build", "--results", str(runs / "results"), "--out", str(board)]) == 0
    assert (board / "results" / "logmel" / "tones-register.json").is_file()  # copied beside the board
    capsys.readouterr()
    assert main(["leaderboard", "publish", "--repo-id", "me/board", "--from", str(board), "--dry-run"]) == 0
    listed = capsys.readouterr().out
    assert "add results/logmel/tones-register.json  (" in listed and "bytes)" in listed
    assert main(["leaderboard", "publish", "--repo-id", "me/board", "--from", str(board), "--dry-run", "--json"]) == 0
    files = {f["path"]: f["bytes"] for f in json.loads(capsys.readouterr().out)["files"]}
    assert files["results/logmel/tones-register.json"] > 1000 and "README.md" in files
    for op in operations(board, "dataset"):
        if op.path_in_repo.endswith(".json"):
            text = op.path_or_fileobj if isinstance(op.path_or_fileobj, bytes) else Path(op.path_or_fileobj).read_bytes()
            assert str(tmp_path).encode() not in text and b'"/' not in text  # no local absolute path
    published = json.loads(next(op.path_or_fileobj for op in operations(board, "dataset")
                                if op.path_in_repo.startswith("results/")))
    assert published["selected"] == json.loads((runs / "results" / "logmel" / "tones-register.json").read_text())[
        "selected"]  # the numbers are untouched
    assert "<local>/" in " ".join(published["command"])


def figure(monkeypatch):
    made = {}

    def keep(fig, path):
        made[path.name] = fig
        return path

    monkeypatch.setattr(plots, "_save", keep)
    return made


def test_task_figure_has_error_bars_and_chance_and_only_the_bars_it_has(project, monkeypatch):
    from test_leaderboard import fake_result

    from benchmark.board.ranking import Board

    one = fake_result("one", "tones-register", [(0.8, 0.8)])
    one["task"]["classes"] = ["high", "low"]
    board = Board({"tones-register": {"higher_is_better": True}}, {"one": {"tones-register": one}})
    made = figure(monkeypatch)
    plots.task_models(board, "tones-register", Path("."))
    ax = made["task-tones-register.png"].axes[0]
    labels = [t.get_text() for t in ax.get_legend().get_texts()]
    assert sorted(labels) == ["chance (0.5)", "layer chosen on validation"]  # one layer: no last layer, no weighted sum
    from matplotlib.container import ErrorbarContainer

    assert ax.get_ylabel() == "test accuracy" and any(isinstance(c, ErrorbarContainer) for c in ax.containers)
    assert plots.model_layers(board, "one", Path(".")) is None  # no layer figure for a single-layer model


def test_similarity_heatmap_fits_its_scale_and_names_the_measures(monkeypatch):
    made = figure(monkeypatch)
    m = (0.3 + 0.1 * np.eye(4)).tolist()
    plots.similarity_heatmaps({"cka": m, "svcca": m}, [0, 1, 2, 3], [0, 1, 2, 3], "a", "a", "t", Path("s.png"))
    axes = made["s.png"].axes
    assert [axes[0].get_title(), axes[1].get_title()] == ["linear CKA", "SVCCA"]
    lo, hi = axes[0].images[0].get_clim()
    assert (lo, hi) == pytest.approx((0.3, 0.4))  # fitted to the values, not 0-1
    assert "0.40" in [t.get_text() for t in axes[0].texts]  # values in the cells
