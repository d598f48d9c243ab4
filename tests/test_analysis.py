"""The layer analyses through the command line: similarity, the best-layer strategy, significance, and
layer-freezing fine-tuning (on crepe-tiny and a tiny transformers model)."""
from __future__ import annotations

import json
import shutil

import pytest
import torch
from conftest import REPO, TEST_TASK
from test_hf import save_tiny

from benchmark.cli import main

FT_PROTOCOL = """
protocol:
  grid: {lr: [3.0e-3], weight_decay: [0.0]}
  epochs: 6
  patience: 6
  seeds: [0]
"""


@pytest.fixture
def tasks(project):
    """A second task on the same clips, in another family, and the crepe-tiny entry."""
    (project / "tasks" / "tones-twin.yaml").write_text(
        TEST_TASK.replace("name: tones-register\n", "name: tones-twin\n").replace("family: acoustic", "family: harmonic"))
    shutil.copy(REPO / "submissions" / "crepe-tiny.yaml", project / "submissions")
    return project


def read(path):
    return json.loads(path.read_text())


def short_task(project) -> str:
    """The test task with a one-point, one-seed, six-epoch protocol, for fine-tuning."""
    (project / "tasks" / "tones-ft.yaml").write_text(
        TEST_TASK.replace("name: tones-register\n", "name: tones-ft\n") + FT_PROTOCOL)
    return "tones-ft"


def tiny_hubert_entry(project, folder):
    """A tiny HuBERT saved under `folder` and the `tiny` entry pointing at it; returns the saved model."""
    model = save_tiny("hubert", folder)
    (project / "submissions" / "tiny.yaml").write_text(f"name: tiny\nadapter: hf\ncheckpoint: {folder}\n")
    return model


def test_similarity_matrix_and_heatmap(tasks, tmp_path):
    out = tmp_path / "out"
    assert main(["analyze", "similarity", "--model", "crepe-tiny", "--task", "tones-register", "--out", str(out)]) == 0
    doc = read(out / "analysis" / "crepe-tiny" / "similarity-tones-register.json")
    m = doc["matrix"]
    assert doc["clips"] == 80 and len(m) == len(m[0]) == 7
    for i in range(7):
        assert m[i][i] == pytest.approx(1.0)
        for j in range(7):
            assert m[i][j] == pytest.approx(m[j][i]) and 0 <= m[i][j] <= 1 + 1e-9
    assert set(doc["measures"]) == {"cka", "cka_debiased", "svcca"}
    assert (out / "analysis" / "crepe-tiny" / "similarity-tones-register.png").stat().st_size > 10_000
    assert main(["analyze", "similarity", "--model", "crepe-tiny", "--task", "tones-register", "--vs", "logmel",
                 "--out", str(out)]) == 0
    vs = read(out / "analysis" / "crepe-tiny" / "similarity-tones-register-vs-logmel.json")
    assert len(vs["matrix"]) == 7 and len(vs["matrix"][0]) == 1


def test_layer_strategy_table_from_result_files(tasks, tmp_path, capsys):
    out = tmp_path / "out"
    assert main(["run", "--model", "crepe-tiny", "--tasks", "tones-register,tones-twin", "--out", str(out)]) == 0
    res = read(out / "results" / "crepe-tiny" / "tones-register.json")
    imp = res["layer_importance"]
    assert imp["layers"] == list(range(7)) and len(imp["weights"]) == 7
    best = res["selected"]["layer"]
    assert imp["valid_delta"][best] == 0 and max(imp["valid_delta"]) == 0  # relative to the best layer
    assert all(e["significance"]["tied_with_best"] for e in res["layers"] if e["layer"] == best)
    assert main(["analyze", "layers", "--model", "crepe-tiny", "--out", str(out)]) == 0
    doc = read(out / "analysis" / "crepe-tiny" / "layers.json")
    assert 0 <= doc["general_layer"] <= 6 and set(doc["family_layers"]) == {"acoustic", "harmonic"}
    rows = {r["task"]: r for r in doc["tasks"]}
    for name in ("tones-register", "tones-twin"):
        r, res = rows[name], read(out / "results" / "crepe-tiny" / f"{name}.json")
        by_layer = {e["layer"]: e["test"]["accuracy"] for e in res["layers"]}
        assert r["test"]["general"] == by_layer[doc["general_layer"]]
        assert r["test"]["last"] == by_layer[6] and r["test"]["weighted_sum"] == res["weighted_sum"]["test"]["accuracy"]
        assert r["gain"]["general_vs_last"] == pytest.approx(by_layer[doc["general_layer"]] - by_layer[6])
    for fig in doc["figures"]:
        assert (out / "analysis" / "crepe-tiny" / fig).stat().st_size > 10_000
    assert "general-purpose layer" in capsys.readouterr().out


def test_finetune_with_nothing_trainable_reproduces_the_frozen_probe(project, tmp_path):
    tiny_hubert_entry(project, tmp_path / "tiny")
    out = tmp_path / "out"
    assert main(["run", "--model", "tiny", "--tasks", "tones-register", "--layers", "last", "--out", str(out)]) == 0
    frozen = read(out / "results" / "tiny" / "tones-register.json")
    assert main(["finetune", "--model", "tiny", "--task", "tones-register", "--freeze-below", "all",
                 "--out", str(out)]) == 0
    tuned = read(out / "finetune" / "tiny" / "tones-register" / "freeze-3.json")
    assert tuned["finetune"]["trainable_params"] == 0 and tuned["finetune"]["layer"] == 3
    (a,), (b,) = frozen["layers"], tuned["layers"]
    assert a["hparams"] == b["hparams"]
    for seed, scores in a["seeds"].items():
        assert b["seeds"][seed] == pytest.approx(scores, abs=1e-6)
    assert b["valid"] == pytest.approx(a["valid"], abs=1e-6)


def test_finetune_changes_only_the_layers_above_k(project, tmp_path):
    short_task(project)
    reference = tiny_hubert_entry(project, tmp_path / "tiny")
    out = tmp_path / "out"
    assert main(["finetune", "--model", "tiny", "--task", "tones-ft", "--freeze-below", "1", "--encoder-lr", "1e-3",
                 "--save-weights", "--out", str(out)]) == 0
    tuned = torch.load(out / "finetune" / "tiny" / "tones-ft" / "freeze-1" / "lr0.003-wd0-seed0.pt")
    before = reference.state_dict()
    changed = {k for k, v in tuned.items() if not torch.equal(v, before[k])}
    assert changed and all(k.startswith(("encoder.layers.1.", "encoder.layers.2.")) for k in changed)
    assert any(k.startswith("encoder.layers.2.") for k in changed)
    result = read(out / "finetune" / "tiny" / "tones-ft" / "freeze-1.json")
    n_trainable = sum(v.numel() for k, v in before.items() if k.startswith(("encoder.layers.1.", "encoder.layers.2."))
                      and v.is_floating_point())
    assert result["finetune"]["trainable_params"] == n_trainable


def test_finetune_runs_on_crepe_tiny(project, tmp_path):
    short_task(project)
    # the real crepe-tiny weights, with a 50 ms hop to keep a CPU test short
    entry = (REPO / "submissions" / "crepe-tiny.yaml").read_text().replace("hop_ms: 10", "hop_ms: 50").replace(
        "frame_rate: 100", "frame_rate: 20")
    (project / "submissions" / "crepe-tiny.yaml").write_text(entry)
    out = tmp_path / "out"
    assert main(["finetune", "--model", "crepe-tiny", "--task", "tones-ft", "--freeze-below", "4,6",
                 "--encoder-lr", "1e-3", "--out", str(out)]) == 0
    k4 = read(out / "finetune" / "crepe-tiny" / "tones-ft" / "freeze-4.json")
    # conv6 and its BatchNorm, and the classifier
    assert k4["finetune"]["trainable_params"] == 64 * 32 * 64 + 64 + 2 * 64 + 256 * 360 + 360
    assert read(out / "finetune" / "crepe-tiny" / "tones-ft" / "freeze-6.json")["finetune"]["trainable_params"] == 0


def test_finetune_musicfm_trains_only_the_blocks_above_k(project, tmp_path):
    from test_encoders import TINY, tiny_net, write_musicfm

    short_task(project)
    net = tiny_net()
    write_musicfm(tmp_path / "ckpt", net)
    (project / "submissions" / "tiny-fm.yaml").write_text(
        f"name: tiny-fm\nadapter: musicfm\ncheckpoint: {tmp_path / 'ckpt'}\noptions: {json.dumps(TINY)}\n")
    out = tmp_path / "out"
    assert main(["finetune", "--model", "tiny-fm", "--task", "tones-ft", "--freeze-below", "2", "--encoder-lr", "1e-3",
                 "--save-weights", "--out", str(out)]) == 0
    tuned = torch.load(out / "finetune" / "tiny-fm" / "tones-ft" / "freeze-2" / "lr0.003-wd0-seed0.pt")
    before = net.state_dict()
    changed = {k for k, v in tuned.items() if not torch.equal(v, before[k])}
    assert changed and all(k.startswith(("conformer.layers.2.", "conformer.layer_norm.")) for k in changed)
    assert "conformer.layer_norm.weight" in changed  # the last state is after the final LayerNorm


def test_finetune_from_the_frozen_prefix_equals_the_full_forward(project, tmp_path, monkeypatch):
    """With layers 0..K frozen, their output is computed once per clip and training runs only the layers above
    K; the scores are those of running the whole network every step (K in the middle; K = the read layer
    trains nothing and is test_finetune_with_nothing_trainable_reproduces_the_frozen_probe)."""
    from benchmark.encoders.crepe import Crepe

    short_task(project)
    entry = (REPO / "submissions" / "crepe-tiny.yaml").read_text().replace("hop_ms: 10", "hop_ms: 50").replace(
        "frame_rate: 100", "frame_rate: 20")
    (project / "submissions" / "crepe-tiny.yaml").write_text(entry)
    found = {}
    for way in ("prefix", "full"):
        if way == "full":
            monkeypatch.setattr(Crepe, "prefix", lambda self, wave, k: None)
        out = tmp_path / way
        assert main(["finetune", "--model", "crepe-tiny", "--task", "tones-ft", "--freeze-below", "3",
                     "--encoder-lr", "1e-3", "--out", str(out)]) == 0
        found[way] = {k: read(out / "finetune" / "crepe-tiny" / "tones-ft" / f"freeze-{k}.json") for k in (3,)}
    for k in (3,):
        cached, full = found["prefix"][k], found["full"][k]
        assert cached["finetune"]["frozen_prefix"] is not None and full["finetune"]["frozen_prefix"] is None
        (a,), (b,) = cached["layers"], full["layers"]
        for seed, scores in b["seeds"].items():
            assert a["seeds"][seed] == pytest.approx(scores, abs=1e-5)
        assert a["test"] == pytest.approx(b["test"], abs=1e-5)
