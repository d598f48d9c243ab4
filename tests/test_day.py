"""The researcher's day through the CLI: pipes and --json, progress in logs, --help, no repeated work, one cache
per audio, other weights under their own name, --quick, a private task on the search path, group leakage."""
from __future__ import annotations

import json
import os
import re
import shutil
import subprocess
import sys

import pytest

from benchmark.results import audit
from benchmark import results
from benchmark.cli import main, parser
from benchmark.encoders.handcrafted import Handcrafted

from conftest import REPO, TEST_TASK, benchmark_script


@pytest.fixture
def forwards(monkeypatch):
    calls = {"n": 0}
    original = Handcrafted.forward

    def counting(self, wave):
        calls["n"] += 1
        return original(self, wave)

    monkeypatch.setattr(Handcrafted, "forward", counting)
    return calls


def twin_task(project, data, name="tones-twin", relabel=True):
    """A task on the same audio as tones-register, through its own manifest: lines reversed, other labels."""
    src = data / "tones-register" / "manifest.jsonl"
    rows = [json.loads(line) for line in src.read_text().splitlines()][::-1]
    (data / name).mkdir()
    for r in rows:
        r["audio"] = "../tones-register/" + r["audio"]
        if relabel:
            r["label"] = {"low": "grave", "high": "aigu"}[r["label"]]
    (data / name / "manifest.jsonl").write_text("".join(json.dumps(r) + "\n" for r in rows))
    (project / "tasks" / f"{name}.yaml").write_text(
        TEST_TASK.replace("name: tones-register", f"name: {name}").replace("tones-register/", f"{name}/")
        .replace("name: tones-register,", f"name: {name},"))
    return name


def test_listings_survive_pipes_and_do_not_import_torch(project):
    shutil.copy(REPO / "submissions" / "mert-v1-330m.yaml", project / "submissions")
    env = {**os.environ, "COLUMNS": "80"}
    code = ("import sys; from benchmark.cli import main; rc = main(['list', 'models']); "
            "print('TORCH' if 'torch' in sys.modules else 'LIGHT'); sys.exit(rc)")
    run = subprocess.run([sys.executable, "-c", code], capture_output=True, text=True, env=env, check=True)
    lines = [line for line in run.stdout.splitlines() if "mert-v1-330m" in line]
    assert len(lines) == 1 and "m-a-p/MERT-v1-330M" in lines[0] and "315.0M" in lines[0]  # one line, whole
    assert run.stdout.strip().endswith("LIGHT")  # listing never imports the heavy stack
    run = subprocess.run([sys.executable, "-m", "benchmark.cli", "list", "models", "--json"], capture_output=True,
                         text=True, env=env, check=True)
    rows = {r["model"]: r for r in json.loads(run.stdout)}
    assert rows["mert-v1-330m"]["num_layers"] == 25 and rows["logmel"]["sample_rate"] == 16000
    assert {"model", "adapter", "params", "sample_rate", "num_layers", "frame_rate", "checkpoint"} <= set(rows["logmel"])


def test_builtin_entries_declare_what_their_adapters_build():
    """`bench list models` shows `expect:`; it must be what the adapter really builds (weights not needed)."""
    from benchmark.extract import entries
    from benchmark.config import registry

    os.environ.pop("BENCH_ROOT", None)
    for name, path in registry.submission_paths().items():
        declared = entries.list_entry(name, path)
        described = entries.list_entry(name, path, describe=True)
        if described["source"] == "loaded":
            for k in ("sample_rate", "num_layers", "frame_rate"):
                assert declared[k] == described[k], (name, k)
            assert abs(declared["params"] - described["params"]) <= 0.05 * described["params"], name


def test_every_option_is_documented_with_its_default():
    import argparse

    def walk(p, path=()):
        for action in p._actions:
            if isinstance(action, argparse._SubParsersAction):
                for name, sp in action.choices.items():
                    yield from walk(sp, path + (name,))
            elif action.dest != "help":
                yield path, action, p

    seen = 0
    for path, action, p in walk(parser()):
        seen += 1
        assert action.help, f"bench {' '.join(path)} {action.option_strings}: no help"
        if action.option_strings and action.default not in (None, False):
            assert f"(default: {action.default})" in " ".join(p.format_help().split()), (path, action.dest)
    assert seen > 60
    text = {tuple(p.prog.split()[1:]): " ".join(p.format_help().split()) for _, _, p in walk(parser())}
    assert "(default: small)" in text[("data", "prepare")]
    assert "(default: leaderboard)" in text[("leaderboard", "build")]
    assert "(default: 5000)" in text[("perf", "probes")]


def test_progress_reaches_logs_and_reruns_skip(project, tmp_path, forwards, capsys):
    out = tmp_path / "out"
    twin_task(project, tmp_path / "data")
    assert main(["run", "--model", "logmel", "--suite", "testsuite", "--out", str(out)]) == 0
    err = capsys.readouterr().err
    # no terminal here: one line per stage with counts, time and rate; elapsed time per task
    assert re.search(r"extract: 80/80 clips in [\d.]+ s, [\d.]+ clips/s", err)
    assert re.search(r"probe: \d+/40 epochs in [\d.]+ s", err)
    assert re.search(r"\[2/2\] tones-twin: done in [\d.]+ s", err)
    # the twin reads the same audio through another manifest: one cache entry, one extraction
    assert forwards["n"] == 1
    a, b = (json.loads((out / "results" / "logmel" / f"{t}.json").read_text()) for t in ("tones-register", "tones-twin"))
    assert a["runtime"]["feature_cache"] == b["runtime"]["feature_cache"] and b["runtime"]["features_cached"]
    assert a["task"]["data_hash"] != b["task"]["data_hash"]
    assert a["runtime"]["batch_size"] > 1  # the default: as many 1 s clips as fit the memory budget

    (out / "results" / "logmel" / "tones-twin.json").unlink()
    before = (out / "results" / "logmel" / "tones-register.json").stat().st_mtime_ns
    assert main(["run", "--model", "logmel", "--suite", "testsuite", "--out", str(out)]) == 0
    err = capsys.readouterr().err
    assert "tones-register: skipped" in err and "up to date" in err
    assert (out / "results" / "logmel" / "tones-register.json").stat().st_mtime_ns == before
    assert (out / "results" / "logmel" / "tones-twin.json").is_file()

    # a task that fails does not stop the suite; the next run redoes only what is missing
    (project / "tasks" / "tones-broken.yaml").write_text(
        TEST_TASK.replace("name: tones-register\n", "name: tones-broken\n").replace(
            "manifest: tones-register/", "manifest: nowhere/"))
    assert main(["run", "--model", "logmel", "--suite", "testsuite", "--out", str(out), "--json"]) == 1
    captured = capsys.readouterr()
    assert "failed: tones-broken" in captured.err
    assert [r["task"]["name"] for r in json.loads(captured.out)] == ["tones-register", "tones-twin"]


def test_quick_runs_are_marked_and_never_ranked(project, tmp_path, capsys):
    out = tmp_path / "out"
    assert main(["run", "--model", "logmel", "--tasks", "tones-register", "--quick", "--out", str(out)]) == 0
    path = out / "quick" / "logmel" / "tones-register.json"
    res = json.loads(path.read_text())
    assert res["quick"]["seeds"] == 1 and res["protocol"]["protocol"]["seeds"] == [0]
    assert res["protocol"]["protocol"]["epochs"] <= 20 and not (out / "results").exists()
    assert main(["run", "--model", "logmel", "--tasks", "tones-register", "--quick", "--out", str(out)]) == 0
    assert "skipped" in capsys.readouterr().err  # the same smoke test again: up to date
    assert main(["run", "--model", "logmel", "--tasks", "tones-register", "--quick", "--dtype", "bfloat16",
                 "--out", str(out)]) == 0
    assert "skipped" not in capsys.readouterr().err  # another dtype is other numbers: redone
    (out / "results" / "logmel").mkdir(parents=True)
    shutil.copy(path, out / "results" / "logmel")  # even copied among the real results, it is not ranked
    assert main(["leaderboard", "build", "--out", str(out)]) == 0
    board = json.loads((out / "leaderboard.json").read_text())
    assert board["overall"] == [] and "--quick" in board["skipped"][0]


def test_private_task_on_the_search_path(project, tmp_path, capsys, monkeypatch):
    mine = tmp_path / "mine"
    (mine / "tasks").mkdir(parents=True)
    # a private task that includes the project's _base_probe.yaml and shadows nothing
    (mine / "tasks" / "my-register.yaml").write_text(
        TEST_TASK.replace("name: tones-register\n", "name: my-register\n").replace("suite: [testsuite]", "suite: [me]"))
    monkeypatch.setenv("BENCH_PATH", str(mine))
    assert main(["list", "tasks"]) == 0
    listed = capsys.readouterr().out
    assert "my-register" in listed and "tones-register" in listed
    assert main(["run", "--model", "logmel", "--suite", "me", "--out", str(tmp_path / "o")]) == 0
    assert (tmp_path / "o" / "results" / "logmel" / "my-register.json").is_file()
    capsys.readouterr()
    # --tasks-dir comes first: a task of the same name there wins
    first = tmp_path / "first"
    first.mkdir()
    (first / "my-register.yaml").write_text((mine / "tasks" / "my-register.yaml").read_text().replace(
        "version: 1", "version: 7"))
    assert main(["list", "tasks", "--json", "--tasks-dir", str(first)]) == 0
    rows = {r["task"]: r for r in json.loads(capsys.readouterr().out)}
    assert rows["my-register"]["version"] == 7


def test_a_group_in_two_splits_is_refused(project, tmp_path, capsys):
    manifest = tmp_path / "data" / "tones-register" / "manifest.jsonl"
    rows = [json.loads(line) for line in manifest.read_text().splitlines()]
    for i, r in enumerate(rows):
        r["group"] = f"track-{i // 4}"  # 48 train clips: track-11 is train, track-12 starts valid ...
    rows[47]["group"] = "track-12"  # ... and this train clip shares a track with the first valid clips
    manifest.write_text("".join(json.dumps(r) + "\n" for r in rows))
    assert main(["run", "--model", "logmel", "--tasks", "tones-register", "--out", str(tmp_path / "o")]) == 1
    err = capsys.readouterr().err
    assert "group 'track-12'" in err and "line 49" in err and "line 48" in err and "leakage" in err


def test_other_weights_run_under_their_own_name(project, tmp_path, capsys):
    from test_hf import save_tiny

    save_tiny("hubert", tmp_path / "w-entry")
    (project / "submissions" / "tiny.yaml").write_text(f"name: tiny\nadapter: hf\ncheckpoint: {tmp_path / 'w-entry'}\n")
    other = tmp_path / "w-step2"
    shutil.copytree(tmp_path / "w-entry", other)
    import safetensors.torch as st

    state = st.load_file(other / "model.safetensors")
    state = {k: v + 0.01 if v.is_floating_point() else v for k, v in state.items()}
    st.save_file(state, other / "model.safetensors", metadata={"format": "pt"})
    out = tmp_path / "out"
    base = ["run", "--model", "tiny", "--tasks", "tones-register", "--layers", "last", "--out", str(out)]
    assert main(base) == 0
    assert main(base + ["--checkpoint", str(other)]) == 0
    assert main(base + ["--checkpoint", str(other), "--name", "tiny-step2"]) == 0
    own = json.loads((out / "results" / "tiny" / "tones-register.json").read_text())
    dirs = {p.name for p in (out / "results").iterdir()}
    hashed = next(d for d in dirs if "@" in d)
    assert dirs == {"tiny", hashed, "tiny-step2"} and re.fullmatch(r"tiny@[0-9a-f]{8}", hashed)
    step2 = json.loads((out / "results" / hashed / "tones-register.json").read_text())
    assert step2["model"]["weights_sha256"].startswith(hashed[5:]) and step2["model"]["entry"] == "tiny"
    assert own["model"]["weights_sha256"] != step2["model"]["weights_sha256"]
    # the same weights under two names (tiny@<hash> and tiny-step2) are one result twice: neither is ranked
    capsys.readouterr()
    assert main(["validate", "--results", str(out / "results")]) == 1
    err = capsys.readouterr().err
    assert f"{hashed}/tones-register.json: the same " in err and "one result under two names" in err
    # a typo in a local path is said as such, not as an unknown Hub id
    assert main(base + ["--checkpoint", "./w-step3/"]) == 1
    err = capsys.readouterr().err
    assert "no such file or folder" in err and "hf download" not in err


def test_mixed_weights_under_one_name_are_not_ranked(project, tmp_path):
    from test_leaderboard import fake_result

    paths = []
    for task, ident in (("a", "x"), ("b", "x"), ("c", "y")):
        res = fake_result("m", "tones-register", [(0.5, 0.5)])
        res["model"]["identity"] = ident
        paths.append(tmp_path / "m" / f"{task}.json")
        paths[-1].parent.mkdir(exist_ok=True)
        paths[-1].write_text(json.dumps(res))
    found = audit.mixed_weights({p: json.loads(p.read_text()) for p in paths})
    # no majority decides which weights are the entry's: every file of the name is refused, naming the others
    assert list(found) == paths and "other weights" in found[paths[2]]
    assert str(paths[0]) in found[paths[2]] and str(paths[2]) in found[paths[0]]


def test_results_validate_with_new_model_fields(project, tmp_path):
    assert main(["run", "--model", "logmel", "--tasks", "tones-register", "--out", str(tmp_path / "o")]) == 0
    res = json.loads((tmp_path / "o" / "results" / "logmel" / "tones-register.json").read_text())
    assert results.validate(res) == [] and res["model"]["entry"] == "logmel" and len(res["model"]["identity"]) == 64
    assert res["model"]["weights_sha256"] is None and res["quick"] is None


def test_readme_shows_the_committed_board():
    """The README's table of the committed board is the overall table of leaderboard/README.md, row for row."""
    def rows(text: str) -> list[str]:
        return [line for line in text.splitlines() if re.match(r"^\| (\d+|—) \| ", line)]

    readme = (REPO / "README.md").read_text()
    demo = readme.split("The committed board (", 1)[1].split("\n## ", 1)[0]
    board = (REPO / "leaderboard" / "README.md").read_text().split("## Overall", 1)[1].split("\n## ", 1)[0]
    assert rows(demo) and rows(demo) == rows(board)


def test_readme_tables_are_the_committed_results():
    """The README's frame-level table and its "What the board says" table are what benchmarks/readme_board.py
    makes from the committed result files, row for row."""
    rb = benchmark_script("readme_board")
    lines = (REPO / "README.md").read_text().splitlines()
    results = REPO / "leaderboard" / "results"
    for header, table in ((rb.FRAME_HEADER, rb.frame_table(results)), (rb.SAYS_HEADER, rb.says_table(results))):
        f0, f1 = rb.table_span(lines, header)
        assert lines[f0:f1] == table


def test_readme_board_prose_numbers_are_in_the_committed_results():
    """Every score the README's "What the numbers say" prose quotes (0.xxx, 1.000) is a validation or test score in
    the committed result file of a model its bullet names (the bold network, its random-weight control, the
    baselines and entries it mentions) on a task its sentence names (or, in a sentence naming none, the bullet's
    last task before it): a typo or a number left from an earlier board fails here."""
    readme = (REPO / "README.md").read_text()
    prose = readme.split("What the numbers say so far", 1)[1].split("\n### ", 1)[0]
    bullets = re.split(r"\n- ", prose)[1:]
    assert len(bullets) >= 4
    results = REPO / "leaderboard" / "results"
    entries = sorted(p.name for p in results.iterdir() if p.is_dir())
    task_re = re.compile(r"synth-[a-z]+")

    def scores(model: str, task: str) -> set[str]:
        f = results / model / f"{task}.json"
        if not f.exists():
            return set()
        r = json.loads(f.read_text())
        blocks = list(r["layers"]) + [r[k] for k in ("selected", "last_layer", "weighted_sum") if r.get(k)]
        return {f"{v:.3f}" for b in blocks for split in ("valid", "test") for v in b[split].values()
                if isinstance(v, float)}

    checked = 0
    for bullet in bullets:
        bold = re.findall(r"\*\*([\w.-]+)\*\*", bullet)
        named = {e for e in entries if re.search(rf"(?<![\w-]){re.escape(e)}(?![\w-])", bullet)}
        named |= {e for e in entries for b in bold if e.startswith("random-") and b.startswith(e[len("random-"):])}
        if "baselines" in bullet:
            named |= {"logmel", "mfcc", "chroma"}
        last: list[str] = []
        for sentence in re.split(r"(?<=\.)\s+(?=[A-Z*])", bullet):
            tasks = task_re.findall(sentence) or last
            last = task_re.findall(sentence)[-1:] or last
            known = {v for m in named for t in tasks for v in scores(m, t)}
            # a minus sign counts where it starts a word ("-0.652"), not in a range ("0.991-1.000")
            quoted = re.findall(r"(?:(?<=[\s(])-)?(?<![\d.])[01]\.\d{3}(?!\d)", sentence)
            missing = [q for q in quoted if q not in known]
            assert not missing, (f"README board prose on {bold}: {missing} are not scores of {sorted(named)} on "
                                 f"{tasks}, in: {sentence!r}")
            checked += len(quoted)
    assert checked >= 30
