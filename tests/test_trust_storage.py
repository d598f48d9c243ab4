"""Trustworthy storage: a damaged feature-cache entry is set aside and re-extracted, a full disk is an error
naming the file before or without losing work, and atomic writes leave no half-written file (issue 10's cases,
split from test_trust.py)."""
from __future__ import annotations

import json
import os
import stat
import subprocess
from pathlib import Path

import numpy as np
import pytest

from benchmark import atomic
from benchmark.extract import cache
from benchmark.cli import main
from conftest import run_logmel as run


# 5. the feature cache is verified -----------------------------------------------------------------------------

def _entry(tmp_path) -> Path:
    entries = [p for p in (tmp_path / "cache").iterdir() if ".bad-" not in p.name]
    assert len(entries) == 1
    return entries[0]


def _garbage(entry: Path):
    arr = np.load(entry / "features.npy", mmap_mode="r+")
    arr[:] = np.random.default_rng(0).normal(size=arr.shape)
    arr.flush()


@pytest.mark.parametrize("damage, why", [
    (_garbage, "does not match the checksum"),
    (lambda e: (e / "features.npy").write_bytes((e / "features.npy").read_bytes()[:1000]), "is corrupt"),
    (lambda e: (e / "features.npy").unlink(), "is corrupt"),
    (lambda e: (e / "meta.json").write_text("{not json"), "broken meta.json"),
])
def test_bad_cache_entry_is_set_aside_and_reextracted(made, tmp_path, capsys, damage, why):
    first = json.loads(made.read_text())
    entry = _entry(tmp_path)
    damage(entry)
    assert run(made.parents[2]) == 0
    err = capsys.readouterr().err
    assert why in err and str(entry) in err and "moved aside" in err
    again = json.loads(made.read_text())
    assert again["runtime"]["features_cached"] is False and again["layers"] == first["layers"]
    assert any(".bad-" in p.name for p in (tmp_path / "cache").iterdir())


def test_no_verify_cache_skips_the_checksum(made, tmp_path, capsys):
    _garbage(_entry(tmp_path))
    assert run(made.parents[2], "--no-verify-cache") == 0
    assert json.loads(made.read_text())["runtime"]["features_cached"] is True


# 6. full disks ------------------------------------------------------------------------------------------------

@pytest.fixture
def tiny_disk(tmp_path):
    """A 64 KiB tmpfs (root only; skipped where mounting is not allowed)."""
    mnt = tmp_path / "tiny"
    mnt.mkdir()
    if os.geteuid() != 0 or subprocess.run(["mount", "-t", "tmpfs", "-o", "size=64k", "tmpfs", str(mnt)],
                                           capture_output=True).returncode != 0:
        pytest.skip("cannot mount a tmpfs here")
    yield mnt
    subprocess.run(["umount", "-l", str(mnt)], check=False)


def test_full_cache_disk_is_an_error_before_any_work(project, tmp_path, tiny_disk, capsys, monkeypatch):
    (tiny_disk / "filler").write_bytes(b"\0" * 60_000)
    monkeypatch.setenv("BENCH_CACHE", str(tiny_disk / "cache"))
    assert run(tmp_path / "out") == 1
    err = capsys.readouterr().err
    assert "not enough space for the feature cache in" in err and str(tiny_disk) in err and "bytes needed" in err


def test_reservation_failure_is_an_error_naming_folder_and_bytes(project, tmp_path, capsys, monkeypatch):
    import errno

    def full(fd, offset, length):
        raise OSError(errno.ENOSPC, "No space left on device")

    monkeypatch.setattr(cache.os, "posix_fallocate", full)  # the cache entry reserves its space
    assert run(tmp_path / "out") == 1
    err = capsys.readouterr().err
    assert "not enough space for the feature cache in" in err and "bytes needed" in err
    assert not list((tmp_path / "cache").glob("*/features.npy"))  # nothing half-made left behind


def test_full_out_disk_keeps_the_result_and_says_where(project, tmp_path, tiny_disk, capsys):
    (tiny_disk / "filler").write_bytes(b"\0" * 60_000)
    assert run(tiny_disk / "out") == 1
    err = capsys.readouterr().err
    assert "could not write" in err and "the result is kept at" in err
    kept = Path(err.split("the result is kept at ")[1].split(":")[0].strip())
    assert json.loads(kept.read_text())["model"]["name"] == "logmel"


# 10. small ones ----------------------------------------------------------------------------------------------

def test_atomic_writes_are_world_readable_and_clean_stale_temporaries(tmp_path):
    target = tmp_path / "r.json"
    dead = subprocess.Popen(["true"])
    dead.wait()
    stale = tmp_path / f".r.json.{atomic._host()}.{dead.pid}.abcd.tmp"
    stale.write_text("half")
    live = tmp_path / f".r.json.{atomic._host()}.{os.getpid()}.efgh.tmp"  # another writer, still at work
    live.write_text("busy")
    atomic.write_json(target, {"a": 1})
    assert json.loads(target.read_text()) == {"a": 1}
    assert not stale.exists() and live.exists()
    mask = os.umask(0o022)
    os.umask(mask)
    assert stat.S_IMODE(target.stat().st_mode) == 0o666 & ~mask



def test_synth_onto_a_full_disk_is_an_error_naming_the_file(tmp_path, tiny_disk, capsys):
    (tiny_disk / "filler").write_bytes(b"\0" * 60_000)
    assert main(["data", "synth", "--size", "tiny", "--tasks", "synth-pitch", "--workers", "1",
                 "--data-root", str(tiny_disk / "data")]) == 1
    err = capsys.readouterr().err
    assert "synth-pitch" in err and "cannot be written" in err and "bytes free on that disk" in err
    assert "Traceback" not in err


def test_a_board_built_onto_a_full_disk_names_the_file(project, tmp_path, tiny_disk, capsys):
    assert main(["run", "--model", "logmel", "--tasks", "tones-register", "--out", str(tmp_path / "lb")]) == 0
    (tiny_disk / "filler").write_bytes(b"\0" * 60_000)
    assert main(["leaderboard", "build", "--results", str(tmp_path / "lb" / "results"),
                 "--out", str(tiny_disk / "board")]) == 1
    err = capsys.readouterr().err
    assert str(tiny_disk / "board") in err and "No space left on device" in err and "cannot be written" in err
