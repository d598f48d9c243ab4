"""Strict specs: every kind of bad YAML gets one line naming the file and the field, and exit code 1."""
from __future__ import annotations

import os
import subprocess
import sys

import pytest

from benchmark.cli import main
from benchmark.config.registry import get_task

GOOD_TASK = (
    "include: _base_probe.yaml\nname: {name}\nversion: 1\nsuite: [testsuite]\n"
    "dataset: {{name: d, manifest: d/manifest.jsonl}}\ntarget: multiclass\nmetrics: [accuracy]\nprimary: accuracy\n"
)


def validate(capsys) -> tuple[int, str]:
    code = main(["validate"])
    cap = capsys.readouterr()
    return code, cap.err + cap.out


def test_repo_specs_are_valid(capsys, monkeypatch, tmp_path):
    from conftest import REPO

    monkeypatch.setenv("BENCH_ROOT", str(REPO))
    # the committed specs, entries and result files, without this machine's datasets (whose data hashes are
    # what `bench validate` on a maintainer's machine checks)
    monkeypatch.setenv("BENCH_DATA", str(tmp_path / "no-data"))
    code, text = validate(capsys)
    assert code == 0, text


def test_include_merges_base_and_versions_hash(project):
    task = get_task("tones-register")
    assert task.protocol.hidden == 32 and task.clip.seconds == 1.0  # from the base file
    assert task.version == 1 and len(task.protocol_hash) == 64


def test_l2_at_its_default_changes_no_hash(project, monkeypatch):
    """grid.l2 came after results were published: spelled out at [0.0] it leaves the protocol and spec hashes
    as they were (the committed results still match their specs); any other value makes a new protocol."""
    import json

    from conftest import REPO

    task = get_task("tones-register")
    grid = task.protocol.grid
    same = task.model_copy(update={"protocol": task.protocol.model_copy(
        update={"grid": grid.model_copy(update={"l2": [0.0]})})})
    other = task.model_copy(update={"protocol": task.protocol.model_copy(
        update={"grid": grid.model_copy(update={"l2": [0.0, 1e-3]})})})
    assert (same.protocol_hash, same.spec_hash) == (task.protocol_hash, task.spec_hash)
    assert other.protocol_hash != task.protocol_hash and other.spec_hash != task.spec_hash
    assert [p.get("l2") for p in other.protocol.grid.points()] == [0.0, 1e-3] * len(grid.lr)
    assert all("l2" not in p for p in grid.points())
    committed = json.loads((REPO / "leaderboard" / "results" / "logmel" / "synth-pitch.json").read_text())
    monkeypatch.setenv("BENCH_ROOT", str(REPO))
    assert committed["protocol"]["hash"] == get_task("synth-pitch").protocol_hash


@pytest.mark.parametrize("body, field, expected", [
    (GOOD_TASK.replace("target:", "tagret:"), "tagret", "unknown field"),
    (GOOD_TASK.replace("version: 1", "version: one"), "version", "integer"),
    (GOOD_TASK.replace("_base_probe.yaml", "_missing.yaml"), "include", "not found"),
    (GOOD_TASK.replace("primary: accuracy", "primary: r2"), "(top level)", "'primary' is 'r2'"),
    (GOOD_TASK.replace("metrics: [accuracy]", "metrics: [acuracy]"), "(top level)", "unknown metric 'acuracy'"),
])
def test_bad_task_is_one_line_naming_file_and_field(project, capsys, body, field, expected):
    path = project / "tasks" / "broken.yaml"
    path.write_text(body.format(name="broken"))
    code, text = validate(capsys)
    assert code == 1
    line = next(ln for ln in text.splitlines() if "broken.yaml" in ln)
    assert f"field '{field}'" in line and expected in line


def test_protocol_typo_is_named_with_its_path(project, capsys):
    (project / "tasks" / "broken.yaml").write_text(GOOD_TASK.format(name="broken") + "protocol: {epohcs: 3}\n")
    code, text = validate(capsys)
    assert code == 1 and "field 'protocol.epohcs': unknown field" in text


def test_unknown_adapter_and_bad_option(project, capsys):
    (project / "submissions" / "x.yaml").write_text("name: x\nadapter: logmle\n")
    (project / "submissions" / "y.yaml").write_text("name: y\nadapter: logmel\noptions: {n_mels: lots}\n")
    code, text = validate(capsys)
    assert code == 1
    assert "x.yaml: field 'adapter': unknown adapter 'logmle' (did you mean 'logmel'?)" in text
    assert "y.yaml: field 'options.n_mels'" in text


def test_yaml_cannot_run_code(project, capsys):
    (project / "submissions" / "evil.yaml").write_text(
        "name: evil\nadapter: !!python/object/apply:os.system ['touch pwned']\n")
    code, text = validate(capsys)
    assert code == 1 and "evil.yaml" in text and "not valid YAML" in text
    assert not (project / "pwned").exists()


def test_cli_error_has_no_traceback(project):
    (project / "tasks" / "broken.yaml").write_text(GOOD_TASK.format(name="broken").replace("target:", "tagret:"))
    proc = subprocess.run([sys.executable, "-m", "benchmark.cli", "validate"], capture_output=True, text=True,
                          env={**os.environ})
    assert proc.returncode == 1
    assert "Traceback" not in proc.stderr
    assert "broken.yaml: " in proc.stderr and "field 'tagret': unknown field" in proc.stderr
    assert len(proc.stderr.strip().splitlines()) == 2  # the error line and the count


def test_clip_level_head_settings_leave_other_protocols_hashes_alone():
    """patience_on and reduce are read by heads trained epoch by epoch on pooled features only: set in a base file
    they change those tasks' hashes, and leave the frame-level L-BFGS probe's and the neighbours' (kNN, few-shot)
    as they are, so their results stay current."""
    from benchmark.config.specs import ProtocolSpec

    def spec(**kw):
        return ProtocolSpec(**{"grid": {"lr": [1e-3]}, "epochs": 10, "seeds": [0], **kw})

    clip = spec(probe="mlp")
    lbfgs = spec(pooling="frames", probe="linear", solver="lbfgs")
    knn = spec(probe="knn", weighted_sum=False)
    few = spec(probe="linear", fewshot={"shots": 8, "draws": 10}, weighted_sum=False)
    frames_adam = spec(pooling="frames", probe="linear")
    set_ = {"patience_on": "score_or_loss_unsaturated", "reduce": "rank"}
    for p in (lbfgs, knn, few):
        assert p.model_copy(update=set_).hash_dump() == p.hash_dump()
    assert clip.model_copy(update=set_).hash_dump() == {**clip.hash_dump(), **set_}
    # the frame-level minibatch probe reads patience_on, not reduce
    assert frames_adam.model_copy(update=set_).hash_dump() == {**frames_adam.hash_dump(),
                                                               "patience_on": "score_or_loss_unsaturated"}
