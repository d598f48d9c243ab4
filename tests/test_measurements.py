"""The measurement scripts of benchmarks/ (convergence.py, protocols.py) on the real code paths, against
scikit-learn and `bench run`."""
from __future__ import annotations

import json
import shutil
import subprocess
import sys

import numpy as np
import pytest
from sklearn.datasets import make_classification
from sklearn.linear_model import LogisticRegression

from benchmark.probing.probes import standardize
from conftest import REPO, benchmark_script


def test_the_convergence_reference_fits_a_wide_layer_in_its_training_span_with_the_same_decisions():
    """benchmarks/convergence.py fits its reference on a layer wider than its training clips in orthonormal
    coordinates of their span (row_space): the same C, and scikit-learn's decision values on the whole layer."""
    convergence = benchmark_script("convergence")
    X, y = make_classification(n_samples=260, n_features=400, n_informative=30, n_classes=3, random_state=2)
    tr, te = standardize(X[:60].astype(np.float32), X[60:].astype(np.float32))
    rtr, rte = convergence.row_space(tr, te)
    assert rtr.shape == (60, 59) and rte.shape == (200, 59)  # 60 centred rows span 59 dimensions
    whole = LogisticRegression(C=0.1, max_iter=5000, tol=1e-10).fit(tr, y[:60])
    span = LogisticRegression(C=0.1, max_iter=5000, tol=1e-10).fit(rtr, y[:60])
    np.testing.assert_allclose(span.decision_function(rte), whole.decision_function(te), rtol=1e-3, atol=1e-3)
    narrow = tr[:, :50]
    assert convergence.row_space(narrow, te[:, :50])[0] is narrow


def test_a_protocol_variant_computes_what_bench_run_computes_with_the_same_keys_in_the_yaml(project, tmp_path):
    """benchmarks/protocols.py's variant (a JSON object of protocol fields) is the task's protocol with those keys
    written in tasks/_base_probe.yaml: the same protocol hash and the same per-layer scores as `bench run` on the
    edited YAML; the board's own protocol is untouched, and a bad field is refused by name."""
    import pydantic

    from benchmark.cli import main
    from benchmark.config import registry

    protocols = benchmark_script("protocols")
    variant = {"probe": "linear", "grid": {"l2": [0.0, 0.05]}}
    row = protocols.measure("logmel", "tones-register", variant, None, None, None)
    assert row["board"]["protocol_hash"] != row["alternative"]["protocol_hash"]

    base = project / "tasks" / "_base_probe.yaml"
    text = base.read_text()
    assert "probe: mlp" in text and "weight_decay: [0.0]}" in text
    base.write_text(text.replace("probe: mlp", "probe: linear")
                    .replace("weight_decay: [0.0]}", "weight_decay: [0.0], l2: [0.0, 0.05]}"))
    assert main(["run", "--model", "logmel", "--tasks", "tones-register", "--out", str(tmp_path / "edited")]) == 0
    doc = json.loads((tmp_path / "edited" / "results" / "logmel" / "tones-register.json").read_text())
    assert doc["protocol"]["hash"] == row["alternative"]["protocol_hash"]
    assert {e["layer"]: round(e["test"]["accuracy"], 4) for e in doc["layers"]} == row["alternative"]["test_per_layer"]
    assert row["alternative"]["test"] == round(doc["selected"]["test"]["accuracy"], 4)

    with pytest.raises(pydantic.ValidationError, match="probe"):
        protocols.with_variant(registry.get_task("tones-register"), {"probe": "lstm"})
    with pytest.raises(SystemExit, match="field 'grid' is merged into the task's grid"):
        protocols.with_variant(registry.get_task("tones-register"), {"grid": [0.05]})


def test_convergence_paired_bootstraps_the_probe_against_the_reference_clip_by_clip(project, tmp_path):
    """benchmarks/convergence.py --paired fits the probe again (the result file's numbers: reproduced), and its
    interval for probe - reference is the paired bootstrap of the two on the same test clips: recomputed here from
    the same resamples with scikit-learn's accuracy on the reference refitted by scikit-learn, clip by clip."""
    from sklearn.metrics import accuracy_score

    from benchmark.cli import main
    from benchmark.config import registry
    from benchmark.pipeline import run
    from benchmark.probing import probes, significance

    convergence = benchmark_script("convergence")
    board = tmp_path / "board"
    assert main(["run", "--model", "logmel", "--tasks", "tones-register", "--out", str(board)]) == 0
    doc = json.loads((board / "results" / "logmel" / "tones-register.json").read_text())
    row = convergence.measure("logmel", "tones-register", None, board, pair=True)
    pr = row["paired"]
    assert pr["reproduced"] and pr["probe_test"] == round(doc["selected"]["test"]["accuracy"], 4)
    per_layer = row["test_per_layer"]  # the probe's from the result file, the reference's beside it
    assert {l: v["probe"] for l, v in per_layer.items()} == {e["layer"]: round(e["test"]["accuracy"], 4)
                                                             for e in doc["layers"]}
    assert per_layer[row["reference"]["layer"]]["reference"] == row["reference"]["test"]
    assert per_layer[row["probe"]["layer"]]["reference"] == row["reference_at_probe_layer"]

    sub, task = registry.get_submission("logmel"), registry.get_task("tones-register")
    p = run.prepare(sub, task, run.RunOptions(out=board))
    Xs = probes.standardize(*(p.fs.select(p.idx[s]) for s in ("train", "valid", "test")))
    ys = [p.y[p.idx[s]] for s in ("train", "valid", "test")]
    ref_layer, C = row["reference"]["layer"], row["reference"]["C"]
    li = p.fs.layers.index(ref_layer)
    ref = LogisticRegression(C=C, max_iter=3000).fit(Xs[0][:, li], ys[0]).predict(Xs[2][:, li])
    assert accuracy_score(ys[2], ref) == pytest.approx(row["reference"]["test"], abs=1e-4)
    _, _, preds = convergence.probe_again(p, task)
    probe = np.asarray(p.classes)[preds.argmax(1)] if ys[2].dtype.kind in "US" else preds.argmax(1)
    assert accuracy_score(ys[2], probe) == pytest.approx(pr["probe_test"], abs=1e-4)
    rng = np.random.default_rng(significance.SEED)
    diffs = []
    for _ in range(significance.RESAMPLES):
        i = rng.integers(0, len(ys[2]), len(ys[2]))
        diffs.append(accuracy_score(ys[2][i], probe[i]) - accuracy_score(ys[2][i], ref[i]))
    lo, hi = np.quantile(diffs, [0.025, 0.975])
    assert pr["diff_ci"] == pytest.approx([lo, hi], abs=1e-4)
    assert pr["relation"] == ("tied" if lo <= 0 <= hi else "worse" if hi < 0 else "better")


def test_the_frame_reference_holds_one_layer_of_frames_at_a_time(project, tmp_path):
    """benchmarks/convergence.py's frame-level reference reads a layer's frames as arrays of their own, equal to the
    cache's frames: a view into each clip's every layer kept them all in memory (a VGG's synth-beat reference grew
    to 21.7 GB and the OOM killer stopped it)."""
    from benchmark.cli import main
    from benchmark.config import registry
    from benchmark.pipeline import run

    convergence = benchmark_script("convergence")
    shutil.copy(REPO / "tasks" / "synth-beat.yaml", project / "tasks")
    assert main(["data", "synth", "--size", "tiny", "--tasks", "synth-beat"]) == 0
    p = run.prepare(registry.get_submission("logmel"), registry.get_task("synth-beat"), run.RunOptions(out=tmp_path))
    clips = p.idx["train"].tolist()[:3]
    frames = convergence.layer_frames(p.fs, clips, 0)
    for i, x in zip(clips, frames):
        assert x.base is None and x.dtype == np.float32  # owns its data: nothing else of the clip stays alive
        np.testing.assert_array_equal(x, p.fs.clip(i)[:, 0])


def test_measurement_scripts_writing_one_results_file_at_once_keep_every_row(tmp_path):
    """benchmarks/perf.record_row, which every measurement script writes its rows with, run by four processes at
    once on one file: every row of every process is there (without the lock beside the file, rows were lost)."""
    out = tmp_path / "results.json"
    code = ("import sys; sys.path.insert(0, {here!r}); import perf; from pathlib import Path\n"
            "for k in range(25): perf.record_row(Path({out!r}), 'probes', f'{{sys.argv[1]}}/{{k}}', {{'k': k}})")
    code = code.format(here=str(REPO / "benchmarks"), out=str(out))
    procs = [subprocess.Popen([sys.executable, "-c", code, str(w)], cwd=REPO) for w in range(4)]
    assert [p.wait() for p in procs] == [0, 0, 0, 0]
    rows = json.loads(out.read_text())["probes"]["rows"]
    assert set(rows) == {f"{w}/{k}" for w in range(4) for k in range(25)}
    assert rows["3/24"]["k"] == 24 and "machine" in rows["3/24"]


def test_a_measurement_row_records_the_revision_its_script_started_from(tmp_path):
    """A reference fit runs for up to half an hour; a commit made meanwhile must not become its rows' revision.
    The revision is asked when a script imports benchmarks/perf (before it measures), and the row gets that one."""
    out = tmp_path / "results.json"
    code = ("import sys; sys.path.insert(0, {here!r}); from benchmark import results\n"
            "import perf\n"
            "assert results.git_revision.cache_info().currsize == 1, 'not asked at the start'\n"
            "from pathlib import Path; perf.record_row(Path({out!r}), 'probes', 'k', {{}})")
    code = code.format(here=str(REPO / "benchmarks"), out=str(out))
    subprocess.run([sys.executable, "-c", code], cwd=REPO, check=True)
    from benchmark.results import git_revision

    assert json.loads(out.read_text())["probes"]["rows"]["k"]["machine"]["git_revision"] == git_revision()
