"""Specs and labels refuse what cannot run (issue 10, items 7 and 8): every malformed value, path, name or file
is one line naming the file and the field, exit 1, and the other files are still validated."""
from __future__ import annotations

import pytest

from benchmark.cli import main
from benchmark.errors import BenchError
from benchmark.data.labels import normalize_key
from benchmark.probing.targets import encode_targets


def _validate(capsys, project) -> tuple[int, str]:
    code = main(["validate", "--results", str(project / "nothing")])
    cap = capsys.readouterr()
    return code, cap.err + cap.out


# 7. specs refuse what cannot run ------------------------------------------------------------------------------

@pytest.mark.parametrize("base_edit, field", [
    (("lr: [3.0e-3, 1.0e-3]", "lr: [.nan]"), "tones-register.yaml: field 'protocol.grid.lr.0'"),
    (("lr: [3.0e-3, 1.0e-3]", "lr: [-0.1]"), "tones-register.yaml: field 'protocol.grid.lr.0'"),
    (("seconds: 1.0", "seconds: .inf"), "tones-register.yaml: field 'clip.seconds'"),
    (("hidden: 32", "hidden: 1e12"), "tones-register.yaml: field 'protocol.hidden'"),
    (("seeds: [0, 1]", "seeds: [1e23]"), "tones-register.yaml: field 'protocol.seeds.0'"),
    (("seeds: [0, 1]", "seeds: [-1]"), "tones-register.yaml: field 'protocol.seeds.0'"),
    (("epochs: 40", "epochs: 40\n  epochs: 41"), "_base_probe.yaml: line 10: not valid YAML (key 'epochs' given "
                                                 "twice (first on line 9))"),
])
def test_base_protocol_values_are_refused(project, capsys, base_edit, field):
    base = project / "tasks" / "_base_probe.yaml"
    base.write_text(base.read_text().replace(*base_edit))
    code, text = _validate(capsys, project)
    assert code == 1 and field in text, text


@pytest.mark.parametrize("edit, expected", [
    (("include: _base_probe.yaml", "include: ../../../../etc/passwd"), "field 'include': '../../../../etc/passwd' "
                                                                       "is outside"),
    (("manifest: tones-register/manifest.jsonl", "manifest: ../../outside.jsonl"), "field 'dataset.manifest'"),
    (("manifest: tones-register/manifest.jsonl", "manifest: /etc/passwd"), "field 'dataset.manifest'"),
    (("name: tones-register", "name: .."), "field 'name'"),
])
def test_paths_and_names_stay_inside(project, capsys, edit, expected):
    path = project / "tasks" / "tones-register.yaml"
    path.write_text(path.read_text().replace(*edit))
    code, text = _validate(capsys, project)
    assert code == 1 and expected in text, text


def test_adapter_options_refuse_non_finite_numbers(project, capsys):
    (project / "submissions" / "nanhop.yaml").write_text("name: nanhop\nadapter: logmel\noptions: {n_mels: 1e9}\n")
    (project / "submissions" / "nancrepe.yaml").write_text("name: nancrepe\nadapter: crepe\noptions: {hop_ms: .nan}\n")
    code, text = _validate(capsys, project)
    assert code == 1
    assert "nanhop.yaml: field 'options.n_mels'" in text and "nancrepe.yaml: field 'options.hop_ms'" in text


def test_malformed_files_are_each_named_and_the_others_still_validated(project, capsys):
    (project / "tasks" / "latin1.yaml").write_bytes("name: caf\xe9\n".encode("latin-1"))
    (project / "tasks" / "deep.yaml").write_text("a: " + "[" * 5000 + "]" * 5000 + "\n")
    (project / "submissions" / "bad.yaml").write_text("name: bad\nadapter: logmel\nadapter: mfcc\n")
    (project / "tasks" / "typo.yaml").write_text(
        (project / "tasks" / "tones-register.yaml").read_text().replace("tones-register", "typo")
        .replace("target:", "tagret:"))
    code, text = _validate(capsys, project)
    assert code == 1 and "Traceback" not in text
    assert "latin1.yaml: line 1: not UTF-8 text" in text
    assert "deep.yaml" in text and "nested" in text
    assert "bad.yaml: line 3: not valid YAML (key 'adapter' given twice (first on line 2))" in text
    assert any("typo.yaml: " in ln and "field 'tagret': unknown field" in ln for ln in text.splitlines())
    assert "4 of 8 files have errors" in text  # 5 tasks, 3 entries: the good ones are still checked


def test_validate_checks_labels_where_the_data_is(project, capsys):
    task = project / "tasks" / "tones-register.yaml"
    task.write_text(task.read_text() + "labels: [low, medium]\n")
    code, text = _validate(capsys, project)
    assert code == 1
    assert "field 'label': 'high' does not fit task 'tones-register'" in text and "line 2" in text


# 8. labels as the field writes them --------------------------------------------------------------------------

def test_key_labels_are_normalised_through_mir_eval():
    assert normalize_key("Bb minor") == normalize_key("A# minor") == "A# minor"
    assert normalize_key("db major") == "C# major"
    from benchmark.config.specs import TaskSpec

    spec = TaskSpec.model_validate({
        "name": "k", "version": 1, "dataset": {"name": "k", "manifest": "k/m.jsonl"}, "target": "key",
        "metrics": ["key_weighted"], "primary": "key_weighted",
        "protocol": {"grid": {"lr": [1e-3]}, "epochs": 1, "seeds": [0]}})
    y, classes = encode_targets(spec, ["Bb minor", "A# minor", "Eb major"], ["l1", "l2", "l3"])
    assert y[0] == y[1] == classes.index("A# minor") and classes[y[2]] == "D# major"
    with pytest.raises(BenchError, match="l1: field 'label': 'H dorian'"):
        encode_targets(spec, ["H dorian"], ["l1"])
