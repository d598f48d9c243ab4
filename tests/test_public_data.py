"""`bench data prepare <dataset> --source`: every converter on a fixture tree in the dataset's official layout
(tests/public_trees.py), with one missing and one corrupt audio file; then `bench run --model logmel` on the
prepared task, end to end through the CLI."""
from __future__ import annotations

import csv
import json
from pathlib import Path

import pytest

from benchmark.cli import main
from benchmark.data.manifest import load_manifest
from benchmark.data.public.common import shipped

from public_trees import BUILDERS
from public_trees import manifest_rows as _rows
from public_trees import prepared as _prepared


@pytest.mark.parametrize("name", sorted(BUILDERS))
def test_prepare_then_run(name, isolated, capsys):
    tree = BUILDERS[name](isolated / "source")
    root = isolated / "data"
    prepare = ["data", "prepare", name, "--source", str(tree.root), "--data-root", str(root), *tree.args]

    # a missing or corrupt file stops the conversion, names the file, and writes nothing
    assert main(prepare) == 1
    err = capsys.readouterr().err
    assert "unreadable" in err and "--skip-missing" in err
    assert not any(root.rglob("*.jsonl"))

    assert main([*prepare, "--skip-missing", "--json"]) == 0
    card = json.loads(capsys.readouterr().out)
    if tree.missing:
        assert tree.missing in card["missing"]
    assert [u for u in card["unreadable"] if u.startswith(tree.corrupt + ":")], card["unreadable"]
    out = root / card["dataset"]
    assert json.loads((out / "card.json").read_text()) == card
    for task, info in card["tasks"].items():
        manifest = out / info["manifest"]
        clips = load_manifest(manifest)  # the loader's own checks: files exist, splits, no group in two splits
        assert {s: sum(c.split == s for c in clips) for s in ("train", "valid", "test")} == info["clips"]
        assert all(c.audio.resolve() != (tree.root / tree.corrupt).resolve() for c in clips)
        if info["expected"] is not None:
            found = info["tracks"] if card["expected_unit"] == "tracks" else info["clips"]
            assert info["difference"] == {s: found[s] - info["expected"][s] for s in found}

    run = ["run", "--model", "logmel", "--tasks", tree.run_task, "--data-root", str(root),
           "--out", str(isolated / "out"), "--device", "cpu", "--quick"]
    if name == "folder":
        run += ["--tasks-dir", str(out)]
    assert main(run) == 0, capsys.readouterr().err
    result = json.loads((isolated / "out" / "quick" / "logmel" / f"{tree.run_task}.json").read_text())
    assert result["task"]["name"] == tree.run_task
    assert result["selected"]["test"][result["primary_metric"]] is not None


def test_musiccaps_clips_tracks_and_split(isolated, capsys):
    tree, out, card = _prepared("musiccaps", isolated, capsys)
    table = {r["ytid"]: r for r in csv.DictReader(open(tree.root / "musiccaps-public.csv"))}
    rows = _rows(out, "musiccaps-aspects")
    whole = [r for r in rows if r["audio"].endswith(".flac")]
    assert len(whole) == 1 and whole[0]["offset"] == 20.0 and whole[0]["duration"] == 10.0  # cut at start_s
    assert all("offset" not in r and "duration" not in r for r in rows if not r["audio"].endswith(".flac"))
    for r in rows:
        assert (r["split"] == "test") == (table[r["group"]]["is_audioset_eval"] == "True")
        assert "some rare words" not in r["label"]
    assert all(r["label"] and set(r["label"]) <= {"rock", "jazz", "classical"}
               for r in _rows(out, "musiccaps-genre"))


def test_gtzan_follows_the_fault_filtered_lists(isolated, capsys):
    _, out, card = _prepared("gtzan", isolated, capsys)
    split_of = {Path(line).stem: s for s in ("train", "valid", "test") for line in shipped(f"gtzan/{s}.txt")}
    rows = _rows(out, "gtzan-genre")
    assert rows and all(split_of[r["group"]] == r["split"] and r["group"].startswith(r["label"]) for r in rows)
    assert card["tasks"]["gtzan-genre"]["expected"] == {"train": 443, "valid": 197, "test": 290}
    assert len(card["missing"]) == 930 - len(rows) - 1  # all but the clips here and the corrupt one


def test_gtzan_rhythm_beats_become_mir_eval_files(isolated, capsys):
    """The annotation repository's beats/gtzan_<genre>_<NNNNN>.beats (time <tab> beat position) become one time a
    line, for the clip <genre>.<NNNNN>; the first file holds the real file's first lines."""
    tree, out, _ = _prepared("gtzan-rhythm", isolated, capsys)
    rows = _rows(out, "gtzan-beat")
    assert rows
    for r in rows:
        genre, num = r["group"].split(".")
        ours = (out / r["annotation"]).read_text().split()
        theirs = [line.split("\t")[0] for line in (tree.root / "gtzan_tempo_beat" / "beats" /
                                                    f"gtzan_{genre}_{num}.beats").read_text().splitlines()]
        assert [float(t) for t in ours] == [float(t) for t in theirs]
        assert r["audio"].endswith(f"{r['group']}.au")


def test_mtt_groups_by_track_and_keeps_top50(isolated, capsys):
    _, out, _ = _prepared("mtt", isolated, capsys)
    top50 = set(shipped("mtt/top50_tags.txt"))
    for r in _rows(out, "mtt-top50"):
        assert set(r["label"]) <= top50 and len(r["label"]) == 3
        assert not r["group"].endswith(".mp3") and Path(r["audio"]).name.startswith(r["group"] + "-")


def test_giantsteps_sources_keys_and_windows(isolated, capsys):
    _, out, card = _prepared("giantsteps-key", isolated, capsys)
    rows = _rows(out, "giantsteps-key")
    assert {r["split"] for r in rows if "giantsteps-key-dataset" in r["audio"]} == {"test"}
    assert {r["label"] for r in rows} == {"C major", "C minor"}  # 'c major' in a .key file, normalised
    assert card["expected_unit"] == "tracks" and card["tasks"]["giantsteps-key"]["expected"]["test"] == 604


def test_emomusic_static_means(isolated, capsys):
    _, out, _ = _prepared("emomusic", isolated, capsys)
    for dim, base, step in (("valence", 7, -2), ("arousal", 3, 2)):
        for r in _rows(out, f"emomusic-{dim}"):
            assert r["label"] == base + step * (int(r["group"]) % 3)


def test_vocalset_singers_and_windows(isolated, capsys):
    """Zenodo's singer folders (female2, male10) name the singers f2, m10; MARBLE's technique test singers are the
    test split; 6.5 s recordings give two 3 s clips in one split."""
    _, out, _ = _prepared("vocalset", isolated, capsys)
    tech = _rows(out, "vocalset-technique")
    assert {r["audio"].split("/FULL/")[1].split("/")[0] for r in tech if r["split"] == "test"} == {
        "female2", "male3", "male10"}
    assert {r["label"] for r in _rows(out, "vocalset-singer")} >= {"f1", "f2", "f4", "m1", "m3", "m8", "m10"}
    per_file: dict[str, list] = {}
    for r in _rows(out, "vocalset-singer"):
        per_file.setdefault(r["audio"], []).append((r["offset"] if "offset" in r else 0.0, r["duration"], r["split"]))
    assert all(sorted(v)[:2] == [(0.0, 3.0, v[0][2]), (3.0, 3.0, v[0][2])] and len(v) == 2 for v in per_file.values())


def test_chords_lab_split_file_and_folder_spec(isolated, capsys):
    _, out, _ = _prepared("chords-lab", isolated, capsys)
    split = {r["group"]: r["split"] for r in _rows(out, "chords")}
    assert split["03_-_Song_2"] == "train" and split["07_-_Song_6"] == "valid" and split["10_-_Song_9"] == "test"


def test_folder_writes_a_task_spec(isolated, capsys):
    from benchmark.config import registry

    _, out, card = _prepared("folder", isolated, capsys)
    registry.add_search_dirs([str(out)])
    try:
        spec = registry.get_task("my-sounds")
    finally:
        registry.reset_search_dirs()
    assert spec.labels == ["bell", "drone", "pluck"] and spec.dataset.manifest == "my-sounds/manifest-my-sounds.jsonl"
    classes = card["tasks"]["my-sounds"]["classes"]
    assert all(set(classes[s]) == {"bell", "drone", "pluck"} for s in ("train", "valid", "test"))


def test_list_shows_converters_and_data_state(isolated, capsys):
    _prepared("nsynth", isolated, capsys)
    root = isolated / "data"
    assert main(["data", "prepare", "--list", "--data-root", str(root), "--json"]) == 0
    listed = {d["name"]: d for d in json.loads(capsys.readouterr().out)}
    assert set(listed) >= {"musiccaps", "nsynth", "gtzan", "gtzan-rhythm", "mtt", "giantsteps-key", "emomusic",
                           "vocalset", "mtg-jamendo", "chords-lab", "folder"}
    assert listed["nsynth"]["prepared"] and not listed["gtzan"]["prepared"] and listed["gtzan"]["licence"]
    assert main(["list", "tasks", "--data-root", str(root), "--json"]) == 0
    state = {t["task"]: t["data"] for t in json.loads(capsys.readouterr().out)}
    assert state["nsynth-pitch"] == "ready" and state["synth-pitch"] == "renders"
    assert state["gtzan-genre"] == "missing: bench data prepare gtzan --source DIR"
    assert main(["data", "prepare", "gtzan", "--data-root", str(root)]) == 1
    assert "--source DIR is required" in capsys.readouterr().err


def test_suites_name_the_public_tasks():
    from benchmark.config import registry

    assert set(registry.tasks_in_suite("seed")) == {"musiccaps-aspects", "musiccaps-genre", "nsynth-pitch",
                                                    "nsynth-instrument"}
    marble = set(registry.tasks_in_suite("marble"))
    assert {"gtzan-genre", "gtzan-beat", "mtt-top50", "giantsteps-key", "emomusic-valence", "emomusic-arousal",
            "vocalset-singer", "vocalset-technique", "nsynth-pitch", "nsynth-instrument", "jamendo-top50"} <= marble


def test_published_figures_beside_ours_never_ranked(isolated, capsys):
    from benchmark.config import registry
    from benchmark.config.specs import load_task

    _prepared("gtzan", isolated, capsys)
    root, out, tasks = isolated / "data", isolated / "out", isolated / "tasks"
    tasks.mkdir()
    shipped_spec = registry.root() / "tasks" / "gtzan-genre.yaml"
    (tasks / "gtzan-genre.yaml").write_text(shipped_spec.read_text() + "  - {model: logmel-paper, submission: logmel, "
                                            "score: 0.5, metric: accuracy, source: a test}\n")
    include = [registry.root() / "tasks"]
    assert load_task(tasks / "gtzan-genre.yaml", include).spec_hash == load_task(shipped_spec, include).spec_hash
    common = ["--tasks-dir", str(tasks)]
    assert main(["run", "--model", "logmel", "--tasks", "gtzan-genre", "--data-root", str(root), "--out", str(out),
                 "--device", "cpu", "--json", *common]) == 0
    ours = json.loads(capsys.readouterr().out)[0]["selected"]["test"]["accuracy"]
    assert main(["leaderboard", "build", "--out", str(out), "--data-root", str(root), "--json", *common]) == 0
    board = json.loads(capsys.readouterr().out)
    assert [r["model"] for r in board["per_task"]["gtzan-genre"]] == ["logmel"]  # published rows are not ranked
    assert board["per_task"]["gtzan-genre"][0]["published"] == 0.5
    pubs = {p["model"]: p for p in board["published"]["gtzan-genre"]}
    assert pubs["MuQ-iter"]["score"] == 0.856 and pubs["MuQ-iter"]["ours"] is None
    assert pubs["logmel-paper"]["difference"] == pytest.approx(ours - 0.5)
    readme = (out / "README.md").read_text()
    assert "| published |" in readme and f"ours {ours:.3f} ({ours - 0.5:+.3f})" in readme
    assert main(["analyze", "layers", "--model", "logmel", "--out", str(out), "--json", *common]) == 0
    doc = json.loads(capsys.readouterr().out)
    assert [(p["task"], p["model"]) for p in doc["published"]] == [("gtzan-genre", "logmel-paper")]
    assert doc["published"][0]["difference"] == pytest.approx(ours - 0.5)


def test_published_metric_must_be_the_tasks(tmp_path):
    from benchmark.config import registry
    from benchmark.errors import BenchError
    from benchmark.config.specs import load_task

    spec = tmp_path / "gtzan-genre.yaml"
    spec.write_text((registry.root() / "tasks" / "gtzan-genre.yaml").read_text().replace(
        "score: 0.838, metric: accuracy", "score: 0.838, metric: roc_auc"))
    with pytest.raises(BenchError, match=r"published.1.metric.*'roc_auc' is not one of 'metrics'"):
        load_task(spec, [registry.root() / "tasks"])
