"""The extraction pipeline and the thread settings of issue 15: decoding ahead of the encoder in background
threads writes the same features as decoding in line, bad clips included; threads follow the usable cores."""
from __future__ import annotations

import json
import os
from pathlib import Path

import numpy as np

from benchmark import cpus
from benchmark.cli import main


def _features(cache: Path) -> dict[str, np.ndarray]:
    out = {}
    for meta in sorted(cache.glob("*/meta.json")):
        m = json.loads(meta.read_text())
        out[meta.parent.name] = (np.load(meta.parent / "features.npy"), sorted(m.get("skipped", {})))
    return out


def test_pipelined_extraction_writes_the_serial_features(project, tmp_path, monkeypatch):
    data = Path(os.environ["BENCH_DATA"]) / "tones-register"
    lines = (data / "manifest.jsonl").read_text().splitlines()
    (data / "audio" / "bad.wav").write_bytes(b"RIFF not really")  # a bad clip in the middle: skipped in both
    bad = json.loads(lines[5]) | {"audio": "audio/bad.wav"}
    (data / "manifest.jsonl").write_text("\n".join(lines[:5] + [json.dumps(bad)] + lines[5:]) + "\n")
    found = {}
    for workers in ("0", "3"):
        cache = tmp_path / f"cache-{workers}"
        monkeypatch.setenv("BENCH_CACHE", str(cache))
        assert main(["run", "--model", "mfcc", "--tasks", "tones-register", "--batch-size", "3",
                     "--out", str(tmp_path / f"out-{workers}"),
                     "--decode-workers", workers, "--on-bad-audio", "skip", "--quick"]) == 0
        found[workers] = _features(cache)
    assert found["0"].keys() == found["3"].keys() and found["0"]
    for key, (feats, skipped) in found["0"].items():
        assert skipped == found["3"][key][1] and skipped  # the same clip skipped
        np.testing.assert_array_equal(feats, found["3"][key][0])  # bit for bit


def test_pipelined_frame_extraction_writes_the_serial_frames(tmp_path, monkeypatch):
    """Frame-level extraction through the same pipeline (a synth frame task at size tiny)."""
    from benchmark.data.synth.suite import render_task

    data = tmp_path / "data"
    render_task("synth-beat", data / "synth" / "synth-beat", size="tiny", seed=0, workers=1)
    found = {}
    for workers in ("0", "2"):
        cache = tmp_path / f"cache-{workers}"
        monkeypatch.setenv("BENCH_CACHE", str(cache))
        assert main(["run", "--model", "logmel", "--tasks", "synth-beat", "--data-root", str(data), "--out",
                     str(tmp_path / f"out-{workers}"), "--decode-workers", workers, "--quick"]) == 0
        found[workers] = _features(cache)
    assert found["0"].keys() == found["2"].keys() and found["0"]
    for key, (feats, _) in found["0"].items():
        np.testing.assert_array_equal(feats, found["2"][key][0])


def test_cgroup_quota_caps_the_cores(tmp_path, monkeypatch):
    monkeypatch.setattr(cpus.os, "sched_getaffinity", lambda pid: set(range(8)))
    (tmp_path / "cpu.max").write_text("150000 100000\n")  # 1.5 cores of quota: 2 threads
    assert cpus.usable_cores(tmp_path) == 2
    (tmp_path / "cpu.max").write_text("max 100000\n")
    assert cpus.usable_cores(tmp_path) == 8
    monkeypatch.setattr(cpus.os, "sched_getaffinity", lambda pid: {3})  # taskset -c 3
    assert cpus.usable_cores(tmp_path) == 1


def test_threads_option_sets_torch_threads_and_is_recorded(project, tmp_path):
    import torch

    before = torch.get_num_threads()
    try:
        assert main(["run", "--model", "logmel", "--tasks", "tones-register", "--out", str(tmp_path / "out"),
                     "--threads", "1", "--quick"]) == 0
        res = json.loads((tmp_path / "out" / "quick" / "logmel" / "tones-register.json").read_text())
        assert res["env"]["machine"]["threads"] == 1
        assert main(["run", "--model", "logmel", "--tasks", "tones-register", "--threads", "0"]) == 1
    finally:
        torch.set_num_threads(before)
