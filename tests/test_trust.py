"""Trustworthy numbers: every hostile-but-fair input of issue 10 ends cleanly (an exit code, a message naming the
file and the field, nothing corrupt left) through the CLI or the public loaders."""
from __future__ import annotations

import json
import os
import re
import shutil
from pathlib import Path

import numpy as np
import pytest
import soundfile as sf

from benchmark.data.audio import BadAudio, load
from benchmark.cli import main
from benchmark.data.manifest import load_manifest
from benchmark.encoders.handcrafted import Handcrafted
from benchmark.errors import BenchError
from conftest import RESULT, run_logmel as run

def _edit(path: Path, fn) -> None:
    doc = json.loads(path.read_text())
    fn(doc)
    path.write_text(json.dumps(doc))


def _validate(capsys, results_dir: Path, *extra) -> tuple[int, str]:
    code = main(["validate", "--results", str(results_dir), *extra])
    cap = capsys.readouterr()
    return code, cap.err + cap.out


# 1. result files are checked, not trusted ------------------------------------------------------------------

def _claim_accuracy(doc):
    doc["layers"][0]["test"]["accuracy"] = 1.5
    doc["selected"]["test"]["accuracy"] = 1.5
    doc["last_layer"]["test"]["accuracy"] = 1.5


def _rehash_protocol(doc):
    doc["protocol"]["protocol"]["epochs"] = 1  # contents changed, hash kept


def _wrong_selected(doc):
    doc["layers"].append({**doc["layers"][0], "layer": 1})
    doc["layers"][1]["valid"] = {k: v / 2 for k, v in doc["layers"][1]["valid"].items()}
    doc["model"]["num_layers"] = 2
    doc["last_layer"] = {"layer": 1, **{k: doc["layers"][1][k] for k in ("valid", "test", "test_std")}}
    doc["selected"]["layer"] = 1
    doc.pop("layer_importance")


def _wrong_last(doc):
    doc["last_layer"]["layer"] = 7


def _fake_data(doc):
    doc["task"]["data_hash"] = "a" * 64


def _old_version(doc):
    doc["task"]["version"] = 7


def _hide_late_heads(doc):
    """A flagged run relabelled as converged: its own best epochs say otherwise."""
    conv = doc["convergence"]
    conv["best_epochs"] = {k: [[conv["cap"]] * len(r) for r in rows] for k, rows in conv["best_epochs"].items()}


@pytest.mark.parametrize("tamper, field", [
    (_claim_accuracy, "layers.0.test.accuracy': 1.5 is outside the range of accuracy [0, 1]"),
    (_rehash_protocol, "field 'protocol.hash': does not match the protocol recorded"),
    (_wrong_selected, "field 'selected.layer': is 1, but the best validation accuracy is layer 0"),
    (_wrong_last, "field 'last_layer.layer': is 7"),
    (_fake_data, "field 'task.data_hash': aaaaaaaaaaaa is not the hash of the task's data"),
    (_old_version, "made under task version 7"),
    (_hide_late_heads, "field 'convergence.late': is 0, its best epochs give"),
])
def test_tampered_result_is_refused_by_validate_and_never_ranked(made, capsys, tamper, field):
    _edit(made, tamper)
    code, text = _validate(capsys, made.parent.parent)
    assert code == 1
    line = next(ln for ln in text.splitlines() if str(made) in ln)
    assert field in line, line
    board = made.parent.parent.parent
    assert main(["leaderboard", "build", "--out", str(board)]) == 0
    lb = json.loads((board / "leaderboard.json").read_text())
    assert lb["overall"] == [] and any(field in s for s in lb["skipped"])


def test_untampered_result_passes_validate(made, capsys):
    code, text = _validate(capsys, made.parent.parent)
    assert code == 0, text


def test_files_of_other_data_are_never_ranked_together(made, project, capsys, tmp_path, monkeypatch):
    for name in ("mfcc", "chroma"):
        assert main(["run", "--model", name, "--tasks", "tones-register", "--out", str(made.parents[2])]) == 0
    _edit(made, _fake_data)  # logmel's file now claims other data than mfcc's and chroma's
    monkeypatch.setenv("BENCH_DATA", str(tmp_path / "elsewhere"))  # the data is not here: only the mix is seen
    assert main(["leaderboard", "build", "--out", str(made.parents[2])]) == 0
    lb = json.loads((made.parents[2] / "leaderboard.json").read_text())
    # the board cannot tell which data is the task's: no file of it is ranked, each naming the other side
    assert lb["overall"] == []
    for name in ("logmel", "mfcc", "chroma"):
        assert any(f"{name}/tones-register.json" in s and "never ranked together" in s for s in lb["skipped"])


# 2. bench verify ---------------------------------------------------------------------------------------------

def test_verify_reproduces_exactly_on_the_same_machine_and_catches_edits(made, capsys):
    assert main(["verify", str(made), "--json"]) == 0
    rep = json.loads(capsys.readouterr().out)[0]
    assert rep["same_machine"] and rep["reproduces"] and rep["counts"]["off"] == 0
    assert rep["counts"]["exact"] == len(rep["numbers"]) > 20

    _edit(made, lambda d: d["layers"][0]["test"].update(accuracy=d["layers"][0]["test"]["accuracy"] - 0.125))
    assert main(["verify", str(made)]) == 1
    text = capsys.readouterr().out
    assert "off     layers.0.test.accuracy" in text and "does not reproduce" in text


def test_verify_across_machines_uses_the_stated_tolerance_and_reextracts(made, capsys, tmp_path):
    _edit(made, lambda d: d["env"]["machine"].update(cpu="Another CPU"))
    shutil.rmtree(tmp_path / "cache")  # the cache is gone, the data is here: verify re-extracts
    assert main(["verify", str(made), "--json"]) == 0
    rep = json.loads(capsys.readouterr().out)[0]
    assert not rep["same_machine"] and "cpu: 'Another CPU' there" in rep["machine_differences"][0]
    test_acc = next(n for n in rep["numbers"] if n["path"] == "layers.0.test.accuracy")
    assert test_acc["tolerance"] >= 1 / 16  # one test clip of 16
    assert rep["reproduces"]


def test_verify_judges_scores_not_training_byproducts_across_machines():
    from benchmark.pipeline.verify import compare

    rec = {"task": {"clips": {"valid": 10, "test": 20}, "data_hash": "h", "classes": []}, "protocol": {"hash": "p"},
           "runtime": {"feature_cache": "k"},
           "layers": [{"layer": 0, "valid": {"accuracy": 0.5}, "test": {"accuracy": 0.5}, "test_std": {"accuracy": 0.0},
                       "hparams": {"best_epoch": [3]}, "significance": {"relation": "worse"}}]}
    der = json.loads(json.dumps(rec))
    der["layers"][0]["test"]["accuracy"] = 0.55  # one test clip of 20: the tolerance
    der["layers"][0]["valid"]["accuracy"] = 0.7  # two valid clips of 10: beyond it
    der["layers"][0]["hparams"]["best_epoch"] = [9]
    der["layers"][0]["significance"]["relation"] = "tied"
    status = {n.path: n.status for n in compare(rec, der, same_machine=False)}
    assert status["layers.0.test.accuracy"] == "within" and status["layers.0.valid.accuracy"] == "off"
    assert status["layers.0.hparams.best_epoch.0"] == status["layers.0.significance.relation"] == "differs"
    assert status["task.data_hash"] == "exact"
    same = {n.path: n.status for n in compare(rec, der, same_machine=True)}
    assert {same[p] for p in ("layers.0.test.accuracy", "layers.0.significance.relation")} == {"off"}
    der["task"]["data_hash"] = "other"
    assert {n.path: n.status for n in compare(rec, der, False)}["task.data_hash"] == "off"


# 4. bad audio is never silent ---------------------------------------------------------------------------------

def _manifest(project) -> Path:
    return Path(os.environ["BENCH_DATA"]) / "tones-register" / "manifest.jsonl"


def _first_train(project) -> tuple[Path, dict, list[str]]:
    manifest = _manifest(project)
    rows = manifest.read_text().splitlines()
    return manifest, json.loads(rows[0]), rows


def test_nan_in_a_training_clip_fails_naming_line_and_file_or_is_skipped_and_listed(project, tmp_path, capsys):
    manifest, row, _ = _first_train(project)
    wav = manifest.parent / row["audio"]
    wave, sr = sf.read(wav, dtype="float32")
    wave[5000] = np.nan
    sf.write(wav, wave, sr, subtype="FLOAT")
    assert run(tmp_path / "out") == 1
    err = capsys.readouterr().err
    assert f"{manifest}: line 1" in err and "train-00.wav" in err and "non-finite samples" in err
    assert not (tmp_path / "out").joinpath(*RESULT).exists()

    assert run(tmp_path / "out", "--on-bad-audio", "skip") == 0
    res = json.loads((tmp_path / "out").joinpath(*RESULT).read_text())
    assert res["skipped_clips"]["count"] == 1 and res["task"]["clips"]["train"] == 47
    assert "non-finite" in res["skipped_clips"]["clips"][0]["reason"]
    assert res["skipped_clips"]["clips"][0]["where"].endswith("line 1")
    # the cache remembers the skip: a later run without --on-bad-audio skip still refuses
    assert run(tmp_path / "out") == 1 and "line 1" in capsys.readouterr().err


def _truncated(wav: Path):
    data = wav.read_bytes()
    wav.write_bytes(data[: len(data) // 3])


@pytest.mark.parametrize("damage, reason", [
    (_truncated, "truncated"),
    (lambda wav: wav.write_bytes(wav.read_bytes()[:44]), "truncated"),  # the header alone
    (lambda wav: wav.write_bytes(b""), "cannot decode audio"),
])
def test_damaged_files_are_named(project, tmp_path, capsys, damage, reason):
    manifest, row, _ = _first_train(project)
    damage(manifest.parent / row["audio"])
    assert run(tmp_path / "out") == 1
    err = capsys.readouterr().err
    assert f"{manifest}: line 1" in err and reason in err and "Traceback" not in err


def test_windows_outside_the_file_are_refused(tmp_path):
    wav = tmp_path / "a.wav"
    sf.write(wav, np.zeros(22050, dtype=np.float32) + 0.1, 22050)  # 1 s
    with pytest.raises(BadAudio, match="past the end"):
        load(wav, 16000, offset=2.0)
    with pytest.raises(BadAudio, match="ends past the end"):
        load(wav, 16000, offset=0.5, duration=1.0)
    assert len(load(wav, 16000, offset=0.25, duration=0.5)) == 8000


@pytest.mark.parametrize("field, value, expected", [
    ("duration", -1.0, "field 'duration': -1.0 is not a number of seconds above 0"),
    ("offset", -0.5, "field 'offset': -0.5 is not a number of seconds from 0"),
    ("duration", "long", "field 'duration': 'long'"),
    ("duration", 1e308, "field 'duration': 1e+308 is not a number of seconds above 0, at most 604,800"),
    ("offset", 1e308, "field 'offset': 1e+308 is not a number of seconds from 0 to 604,800"),
])
def test_manifest_refuses_negative_windows(project, field, value, expected):
    manifest, row, rows = _first_train(project)
    row[field] = value
    manifest.write_text("\n".join([json.dumps(row)] + rows[1:]) + "\n")
    with pytest.raises(BenchError, match="line 1: " + re.escape(expected)):
        load_manifest(manifest)


def test_non_finite_features_are_reported_per_layer(project, tmp_path, capsys, monkeypatch):
    original = Handcrafted.forward
    calls = {"n": 0}

    def nan_once(self, wave):
        calls["n"] += 1
        out = original(self, wave)
        return [h * np.nan for h in out] if calls["n"] == 3 else out

    monkeypatch.setattr(Handcrafted, "forward", nan_once)
    assert run(tmp_path / "out", "--batch-size", "1") == 1  # one clip a forward: the third clip's are NaN
    assert "features are not finite (NaN or infinity) at layer(s) 0" in capsys.readouterr().err
    calls["n"] = 0
    assert run(tmp_path / "out2", "--on-bad-audio", "skip", "--batch-size", "1") == 0  # resumes: tried again
    res = json.loads((tmp_path / "out2").joinpath(*RESULT).read_text())
    assert res["skipped_clips"]["count"] == 1 and "layer(s) 0" in res["skipped_clips"]["clips"][0]["reason"]


def test_verify_treats_a_change_of_the_package_code_like_a_change_of_machine():
    # a change of benchmark/ reorders float sums (the probes' matmuls did): exactness is not expected then
    import subprocess

    from benchmark.pipeline.verify import code_difference

    repo = Path(__file__).resolve().parents[1]
    git = lambda *a: subprocess.run(["git", *a], cwd=repo, capture_output=True, text=True)  # noqa: E731
    last = git("log", "-1", "--format=%H", "--", "benchmark").stdout.strip()
    before = git("rev-parse", "--verify", "--quiet", f"{last}~1").stdout.strip()
    if not last or not before:
        pytest.skip("needs the git history of the checkout")
    assert code_difference("abc+dirty", "abc+dirty") is None  # the same tree as far as the file says
    assert "benchmark/ changed since" in code_difference(before, "HEAD")
    assert "not in this checkout" in code_difference("0" * 40, "HEAD")
    assert "uncommitted changes" in code_difference(before + "+dirty", "HEAD")
    if git("status", "--porcelain", "--untracked-files=no", "--", "benchmark").stdout == "":
        assert code_difference(git("rev-parse", "HEAD").stdout.strip(), "x") is None


def test_a_run_cut_off_by_its_schedule_is_warned_by_validate_and_marked_on_the_board(project, tmp_path, capsys):
    """A --quick-like short schedule (2 epochs) leaves the heads rising: the result says so under
    `convergence`, `bench validate` counts it (a warning, not an error) and the board marks the row."""
    proto = project / "tasks" / "_base_probe.yaml"
    proto.write_text(proto.read_text().replace("epochs: 40", "epochs: 2").replace("lr: [3.0e-3, 1.0e-3]",
                                                                                   "lr: [1.0e-3]"))
    out = tmp_path / "short"
    assert run(out) == 0
    doc = json.loads(out.joinpath(*RESULT).read_text())
    assert doc["convergence"]["flagged"] and doc["convergence"]["cap"] == 2
    code, text = _validate(capsys, out / "results")
    assert code == 0 and "not converged" in text and "1 result files may not have converged" in " ".join(text.split())
    assert main(["leaderboard", "build", "--out", str(out)]) == 0
    readme = (out / "README.md").read_text()
    assert "## Probes that may not have converged" in readme and "logmel ⚠" in readme


def test_verified_marks_follow_the_bytes_verified(made, project, capsys):
    """`bench verify` records what it re-derived beside the results; the board marks the file ✓ (by whom, when)
    while its bytes are those verified; an edit afterwards loses the mark; --verified-only ranks marked rows only."""
    board = made.parents[2]
    assert main(["run", "--model", "mfcc", "--tasks", "tones-register", "--out", str(board)]) == 0
    assert main(["verify", str(made)]) == 0
    rec = json.loads((board / "verified" / "logmel" / "tones-register.json").read_text())
    assert rec["reproduces"] and rec["counts"]["off"] == 0 and rec["by"] and rec["verified_at"]
    assert main(["leaderboard", "build", "--out", str(board)]) == 0
    table = (board / "README.md").read_text().split("### tones-register", 1)[1].split("\n## ", 1)[0]
    assert "| logmel ✓ |" in table and "| mfcc |" in table and "✓ re-derived by `bench verify`" in table
    doc = json.loads((board / "leaderboard.json").read_text())
    rows = {r["model"]: r for r in doc["per_task"]["tones-register"]}
    assert rows["logmel"]["verified"]["by"] == rec["by"] and rows["mfcc"]["verified"] is None
    assert main(["leaderboard", "build", "--out", str(board), "--verified-only"]) == 0
    doc = json.loads((board / "leaderboard.json").read_text())
    assert [r["model"] for r in doc["per_task"]["tones-register"]] == ["logmel"]
    assert any("mfcc/tones-register.json: not verified" in s for s in doc["skipped"])
    # a later edit (here a self-consistent one: the recorded creation time) voids the mark
    _edit(made, lambda d: d.update(created="2030-01-01T00:00:00+00:00"))
    assert main(["leaderboard", "build", "--out", str(board)]) == 0
    table = (board / "README.md").read_text().split("### tones-register", 1)[1].split("\n## ", 1)[0]
    assert "✓" not in table


def test_verify_checks_the_model_identity(made, capsys):
    _edit(made, lambda d: d["model"].update(identity="0" * 64))
    assert main(["verify", str(made)]) == 1
    assert "model.identity" in capsys.readouterr().out


def test_a_board_of_a_forged_a_copied_and_a_genuine_file(made, project, capsys):
    """Issue 28's acceptance: the genuine file ranks verified; the copy under a new name is refused with its
    reason; the forged (self-consistent) one ranks unverified, and is left out with --verified-only."""
    board = made.parents[2]
    assert main(["verify", str(made)]) == 0
    assert main(["run", "--model", "mfcc", "--tasks", "tones-register", "--out", str(board)]) == 0
    forged = board / "results" / "mfcc" / "tones-register.json"

    def forge(d):  # 0.95 everywhere a layer's test accuracy is read, consistently
        for block in (d["selected"], d["last_layer"], *d["layers"]):
            block["test"]["accuracy"] = 0.95
        d["layer_importance"]["test_delta"] = [0.0] * len(d["layers"])
        d["layer_importance"]["test_ratio"] = [1.0] * len(d["layers"])
    _edit(forged, forge)
    copy = board / "results" / "chroma" / "tones-register.json"  # an existing entry's name
    copy.parent.mkdir()
    copy.write_text(made.read_text().replace('"name": "logmel"', '"name": "chroma"', 1))
    assert main(["validate", "--results", str(board / "results")]) == 1
    assert main(["leaderboard", "build", "--out", str(board)]) == 0
    readme = (board / "README.md").read_text()
    table = readme.split("### tones-register", 1)[1].split("\n## ", 1)[0]
    assert "| logmel ✓ |" in table and "| mfcc |" in table and "chroma" not in table
    assert "chroma/tones-register.json: the same" in readme.replace("\\\\", "").replace("\\_", "_")
    assert main(["leaderboard", "build", "--out", str(board), "--verified-only"]) == 0
    table = (board / "README.md").read_text().split("### tones-register", 1)[1].split("\n## ", 1)[0]
    assert "| logmel ✓ |" in table and "mfcc" not in table
