"""Frame-level tasks end to end through the CLI: synth-beat and synth-chords at size tiny, with logmel and a
random-weights control; the result schema, the analyses, the leaderboard and verify handle them."""
from __future__ import annotations

import json
import shutil

from conftest import REPO

from benchmark import results
from benchmark.cli import main


def test_beats_and_chords_from_every_layer(project, tmp_path, capsys):
    for name in ("synth-beat", "synth-chords"):
        shutil.copy(REPO / "tasks" / f"{name}.yaml", project / "tasks")
    shutil.copy(REPO / "submissions" / "random-crepe-tiny.yaml", project / "submissions")
    out = tmp_path / "out"
    assert main(["data", "synth", "--size", "tiny", "--tasks", "synth-beat,synth-chords"]) == 0
    assert main(["run", "--model", "logmel", "--suite", "synth-frames", "--out", str(out)]) == 0
    assert main(["run", "--model", "random-crepe-tiny", "--suite", "synth-frames", "--layers", "0,6",
                 "--out", str(out)]) == 0
    err = capsys.readouterr().err
    assert "frame cache:" in err and "MiB" in err  # the size is said before extraction
    beat = json.loads((out / "results" / "logmel" / "synth-beat.json").read_text())
    chords = json.loads((out / "results" / "logmel" / "synth-chords.json").read_text())
    ctrl = json.loads((out / "results" / "random-crepe-tiny" / "synth-beat.json").read_text())
    for res in (beat, chords, ctrl):
        assert results.validate(res) == []
        assert res["protocol"]["frame_rate"] in (50, 10) and res["protocol"]["protocol"]["pooling"] == "frames"
    assert set(beat["selected"]["test"]) == {"beat_f_measure", "beat_cemgil", "beat_p_score"}
    assert set(chords["selected"]["test"]) == set(chords["metrics"]) == {"chord_majmin", "chord_root"}  # the spec's
    assert beat["selected"]["test"]["beat_f_measure"] > 0.5  # drums are easy for a log-mel
    assert [e["layer"] for e in ctrl["layers"]] == [0, 6] and ctrl["weighted_sum"]["layers"] == [0, 6]
    assert "significance" in ctrl["layers"][1] and "decoder" in beat["layers"][0]["hparams"]
    thresholds = {d["threshold"] for d in beat["layers"][0]["hparams"]["decoder"]}
    assert thresholds <= {0.2, 0.3, 0.4, 0.5, 0.6, 0.7}  # chosen on validation from the decoder's grid

    assert main(["leaderboard", "build", "--out", str(out)]) == 0
    board = json.loads((out / "leaderboard.json").read_text())
    assert set(board["tasks"]) == {"synth-beat", "synth-chords"} and not board["skipped"]
    assert main(["analyze", "layers", "--model", "random-crepe-tiny", "--out", str(out)]) == 0
    assert main(["analyze", "similarity", "--model", "logmel", "--task", "synth-beat", "--out", str(out)]) == 0
    capsys.readouterr()
    assert main(["verify", str(out / "results" / "logmel" / "synth-chords.json")]) == 0  # same machine: exact
    assert "reproduces" in capsys.readouterr().out
