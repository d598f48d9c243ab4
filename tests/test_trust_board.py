"""A leaderboard that accepts other people's result files (issue 28): names and text from files never reach the
board's markdown as HTML, and result names are those `bench run` writes."""
from __future__ import annotations

import json

from test_leaderboard import fake_result

from benchmark.cli import main
from benchmark.board.leaderboard import md
from benchmark.results import read

HOSTILE = '"><img src=x onerror=alert(1)>'


def test_markdown_escapes_html_and_table_syntax():
    assert "<" not in md(HOSTILE) and ">" not in md(HOSTILE) and md(HOSTILE).count("&lt;") == 1
    assert md("a|b") == "a\\|b" and md("[x](javascript:1)") == "\\[x\\](javascript:1)"
    assert md("madmom-beats") == "madmom-beats" and md("synth-beat") == "synth-beat"


def test_a_hostile_result_name_is_refused_and_the_board_stays_inert(project, tmp_path):
    out = tmp_path / "board"
    (project / "submissions" / "m1.yaml").write_text("name: m1\nadapter: logmel\n")
    for model in ("m1", HOSTILE):
        res = fake_result(model, "tones-register", [(0.5, 0.6), (0.7, 0.8)])
        path = out / "results" / model / "tones-register.json"
        path.parent.mkdir(parents=True)
        path.write_text(json.dumps(res))
    res, problem = read(out / "results" / HOSTILE / "tones-register.json")
    assert res is None and "not a name `bench run` writes" in problem
    assert read(out / "results" / "m1" / "tones-register.json")[1] is None
    main(["leaderboard", "build", "--out", str(out)])
    readme = (out / "README.md").read_text()
    assert "<img" not in readme and "onerror=alert(1)&gt;" in readme  # listed among the files left out, inert
    assert "| 1 | m1 |" in readme
    # a model renamed to the hashed form `bench run` writes for other weights is a name
    ok = out / "results" / "m1@0123abcd" / "tones-register.json"
    ok.parent.mkdir()
    ok.write_text(json.dumps(fake_result("m1@0123abcd", "tones-register", [(0.5, 0.6)])))
    assert read(ok)[1] is None


def _write(out, model, res):
    path = out / "results" / model / f"{res['task']['name']}.json"
    path.parent.mkdir(parents=True, exist_ok=True)
    path.write_text(json.dumps(res))
    return path


def test_copies_forged_identities_and_unknown_entries_are_not_ranked(project, tmp_path, capsys):
    """A result copied under a new name, two files of one name that disagree on the weights (one forged with
    identity '0' x 64), and a result of an entry that does not exist: none is ranked, each with its reason;
    the genuine file beside them is."""
    out = tmp_path / "board"
    for name in ("real", "copy", "twin"):
        (project / "submissions" / f"{name}.yaml").write_text(f"name: {name}\nadapter: logmel\n")
    (project / "tasks" / "tones-b.yaml").write_text(
        (project / "tasks" / "tones-register.yaml").read_text().replace("name: tones-register\n", "name: tones-b\n"))
    real = fake_result("real", "tones-register", [(0.5, 0.6), (0.7, 0.8)])
    _write(out, "real", real)
    _write(out, "real", fake_result("real", "tones-b", [(0.6, 0.6), (0.75, 0.7)]))
    copied = json.loads(json.dumps(real))
    copied["model"]["name"] = "copy"
    _write(out, "copy", copied)
    _write(out, "copy", fake_result("copy", "tones-b", [(0.6, 0.65), (0.7, 0.72)]))
    genuine, forged = (fake_result("twin", t, [(0.5, 0.55), (0.6, 0.58)]) for t in ("tones-register", "tones-b"))
    genuine["model"]["identity"], forged["model"]["identity"] = "a" * 64, "0" * 64
    paths = [_write(out, "twin", genuine), _write(out, "twin", forged)]
    _write(out, "ghost", fake_result("ghost", "tones-register", [(0.4, 0.45)]))
    assert main(["leaderboard", "build", "--out", str(out)]) == 0
    readme = (out / "README.md").read_text()
    # every tones-register file is out: the copy and its original, the ghost; twin's two files both
    assert "### tones-register" not in readme and "### tones-b" in readme
    overall = readme.split("## Overall", 1)[1].split("## Per task", 1)[0]
    assert "| real |" in overall and "| copy |" in overall and "twin" not in overall and "ghost" not in overall
    left = readme.split("## Files left out", 1)[1]
    assert left.count("one result under two names") == 2
    assert md(f"made with encoder identity {'0' * 12} where {paths[0]}") in left  # each side names the other
    assert md(f"made with encoder identity {'a' * 12} where {paths[1]}") in left
    assert md("'ghost' has no entry in submissions/") in left


def test_skipped_clips_are_shown_and_fewer_test_clips_marked(project, tmp_path):
    out = tmp_path / "board"
    for name in ("full", "partial"):
        (project / "submissions" / f"{name}.yaml").write_text(f"name: {name}\nadapter: logmel\n")
    full = fake_result("full", "tones-register", [(0.5, 0.6), (0.7, 0.8)])
    partial = fake_result("partial", "tones-register", [(0.55, 0.65), (0.75, 0.85)])
    full["task"]["clips"] = {"train": 48, "valid": 16, "test": 16}
    partial["task"]["clips"] = {"train": 48, "valid": 16, "test": 13}
    partial["skipped_clips"] = {"count": 3, "policy": "skip", "clips": [
        {"where": f"manifest.jsonl:{i}", "audio": f"a{i}.wav", "split": "test", "reason": "empty"} for i in range(3)]}
    _write(out, "full", full)
    _write(out, "partial", partial)
    assert main(["leaderboard", "build", "--out", str(out)]) == 0
    table = (out / "README.md").read_text().split("### tones-register", 1)[1].split("\n## ", 1)[0]
    rows = {line.split(" | ")[1]: line for line in table.splitlines() if line.startswith("| 1 ") or line.startswith("| 2 ")}
    assert rows["partial †"].endswith("| 3 |") and rows["full"].endswith("| — |")
    assert "† scored on fewer test clips than others" in table


def test_audio_that_overflows_when_resampled_is_bad_audio_not_a_traceback(tmp_path):
    """A float WAV of finite samples near float32's limit: soxr's resampling overflows to infinity, which the
    check after it reports as bad audio naming the file (the check before resampling cannot see it)."""
    import numpy as np
    import pytest
    import soundfile as sf

    from benchmark.data.audio import BadAudio, load

    wav = tmp_path / "loud.wav"
    sf.write(wav, (np.sin(np.arange(44100) / 7) * 3e38).astype(np.float32), 44100, subtype="FLOAT")
    with pytest.raises(BadAudio, match="overflow float32 when mixed to mono or resampled from 44100 to 16000 Hz"):
        load(wav, 16000)


def test_an_include_with_a_control_character_is_a_clear_error(tmp_path):
    import pytest

    from benchmark.errors import BenchError
    from benchmark.config.spec_yaml import load_yaml_with_includes

    spec = tmp_path / "t.yaml"
    spec.write_text('include: "a\\0b"\nname: t\n')
    with pytest.raises(BenchError, match=r"t\.yaml: field 'include': expected a file name \(printable"):
        load_yaml_with_includes(spec)


def test_a_module_whose_layers_change_between_inputs_is_a_clear_error(project):
    """A Python-API module that returns more layers for a batch of several clips than for one: an error naming
    the module and both layer lists, not an IndexError deep in the extraction."""
    import pytest
    import torch

    import benchmark
    from benchmark.errors import BenchError

    class Grows(torch.nn.Module):
        def forward(self, wave):
            frames = wave.unfold(-1, 160, 160)[..., :4]
            return [frames] * (1 if wave.shape[0] == 1 else 2)

    with pytest.raises(BenchError, match=r"Grows\(wave\[\d+, \d+\]\) returned 2 layers of widths \[4, 4\]; its first "
                                         r"call \(one second of silence\) returned 1 of widths \[4\]"):
        benchmark.evaluate(Grows(), tasks=["tones-register"], sample_rate=16000)


import pytest  # noqa: E402


@pytest.mark.parametrize("edit, message", [
    ("version: 1", "version: true"),
    ("labels", "labels: [a, a]"),
    ("labels", "labels: []"),
    ("published", "score: 85.6"),
])
def test_task_specs_refuse_what_they_used_to_accept_silently(project, edit, message):
    """`version: true` read as 1, repeated or no labels, a published accuracy of 85.6 (issue 28, point 8)."""
    from benchmark.errors import BenchError
    from benchmark.config.registry import load_task

    path = project / "tasks" / "tones-register.yaml"
    text = path.read_text()
    if edit == "version: 1":
        assert "version: 1\n" in text
        text = text.replace("version: 1\n", "version: true\n")
    elif edit == "labels":
        text += f"{message}\n"
    else:
        text += ("published:\n  - {model: m, score: 85.6, metric: accuracy, source: 'a paper, table 2'}\n")
    path.write_text(text)
    with pytest.raises(BenchError) as e:
        load_task(path)
    want = {"version: true": "version", "labels: [a, a]": "'a' listed more than once",
            "labels: []": "labels", "score: 85.6": "85.6 is outside accuracy's range [0, 1]"}[message]
    assert want in str(e.value) and "tones-register.yaml" in str(e.value)


def test_a_yml_task_file_is_an_error_not_silently_skipped(project, capsys):
    (project / "tasks" / "mine.yml").write_text("name: mine\n")
    assert main(["list", "tasks"]) == 1
    err = capsys.readouterr().err
    assert "mine.yml: tasks files end in .yaml; rename it to mine.yaml" in err


def test_out_naming_a_file_fails_before_any_work(project, tmp_path, capsys):
    target = tmp_path / "out.txt"
    target.write_text("not a folder")
    assert main(["run", "--model", "logmel", "--tasks", "tones-register", "--out", str(target)]) == 1
    err = capsys.readouterr().err
    assert f"--out: {target} is a file, not a folder" in err and "extract" not in err


def test_a_spec_with_a_huge_list_is_refused_before_parsing(tmp_path):
    """A 0.98 MB spec holding a 490,000-item list took 151 s and 381 MB to be refused after parsing; the
    separators are counted first. (Lists of up to the node budget still parse and are refused by count.)"""
    from benchmark.errors import BenchError
    from benchmark.config.spec_yaml import read_yaml as _read_yaml

    big = tmp_path / "big.yaml"
    big.write_text("name: x\nlabels: [" + ",".join(["1"] * 490_000) + "]\n")
    with pytest.raises(BenchError, match=r"big\.yaml: 490,001 commas and line breaks, .*refused before parsing"):
        _read_yaml(big)


def test_load_results_leaves_out_what_the_audit_refuses(project, tmp_path):
    import benchmark

    out = tmp_path / "board"
    good = fake_result("m1", "tones-register", [(0.5, 0.6), (0.7, 0.8)])
    bad = json.loads(json.dumps(fake_result("m2", "tones-register", [(0.55, 0.65), (0.75, 0.85)])))
    bad["selected"]["test"]["accuracy"] = 0.95  # a forged score: the selected layer's no longer matches
    _write(out, "m1", good)
    _write(out, "m2", bad)
    with pytest.warns(UserWarning, match=r"m2/tones-register\.json left out: field 'selected"):
        loaded = benchmark.load_results(out)
    assert [r["model"]["name"] for r in loaded] == ["m1"]
    assert len(benchmark.load_results(out, checked=False)) == 2


@pytest.mark.parametrize("line", ["nan 1", "-5.0 1", "inf 1"])
def test_a_beat_file_with_an_impossible_time_is_refused(tmp_path, line):
    from benchmark.data.public.gtzan import beat_times
    from benchmark.errors import BenchError

    f = tmp_path / "gtzan_blues_00000.beats"
    f.write_text(f"0.5 1\n{line}\n")
    with pytest.raises(BenchError, match=r"gtzan_blues_00000\.beats: line 2: beat time .* is not a time in seconds"):
        beat_times(f)


@pytest.mark.parametrize("pitch", [60.7, "60", True, 128])
def test_an_nsynth_pitch_that_is_no_midi_note_is_refused(tmp_path, pitch):
    from benchmark.data.public import nsynth
    from benchmark.data.public.common import Source
    from benchmark.errors import BenchError

    for split, folder in nsynth.FOLDERS.items():
        (tmp_path / folder / "audio").mkdir(parents=True)
        (tmp_path / folder / "examples.json").write_text(json.dumps(
            {"bass_synthetic_000-060-100": {"pitch": pitch, "instrument_family_str": "bass"}}))
    with pytest.raises(BenchError, match=r"examples\.json: example 'bass_synthetic_000-060-100': field 'pitch': "):
        nsynth.convert(Source(tmp_path))


def test_a_clip_of_half_a_millisecond_is_bad_audio(tmp_path):
    import numpy as np
    import soundfile as sf

    from benchmark.data.audio import BadAudio, load

    wav = tmp_path / "one.wav"
    sf.write(wav, np.zeros(16000, np.float32) + 0.1, 16000)
    with pytest.raises(BadAudio, match=r"only 0\.5 ms of audio from 0\.9995 s; a clip holds at least 50 ms"):
        load(wav, 16000, offset=0.9995)
    assert len(load(wav, 16000, offset=0.9)) == 1600
