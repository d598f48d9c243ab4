"""`bench run --executor ray` on a local Ray cluster (ray.init(num_cpus=2)), the synth suite at size tiny: the
features are bit for bit the local executor's, pooled and frame-level; a worker killed mid-run ends in the same
features with every clip merged once; an interrupted run extracts only what is missing; several (model, task)
pairs fan out as Ray tasks and write the same results as a local run.

Ray is the optional extra `.[ray]`, which `make install` installs: absent, these tests are skipped, except in CI.
"""
from __future__ import annotations

import json
import os
import shutil
import signal
import threading
import time
from pathlib import Path

import numpy as np
import pytest

from benchmark.cli import main

if os.environ.get("CI"):  # make install puts Ray in; CI must not skip these
    import ray
else:
    ray = pytest.importorskip("ray", reason="Ray is the optional extra: pip install -e '.[ray]'")

from benchmark import cpus  # noqa: E402
from benchmark.config import registry  # noqa: E402
from benchmark.pipeline.distributed import RayExecutor  # noqa: E402
from benchmark.pipeline.run import RunOptions, prepare  # noqa: E402

TASKS = ("synth-tags", "synth-chords")  # 40 clips pooled; 20 clips of frames at 10 per second


@pytest.fixture(scope="module")
def synth(tmp_path_factory):
    data = tmp_path_factory.mktemp("data")
    assert main(["data", "synth", "--size", "tiny", "--tasks", ",".join(TASKS), "--data-root", str(data),
                 "--workers", "1"]) == 0
    return data


def test_bad_executor_options_are_clear_errors(synth, monkeypatch, capsys):
    from conftest import REPO

    monkeypatch.setenv("BENCH_ROOT", str(REPO))
    monkeypatch.setenv("BENCH_DATA", str(synth))
    base = ["run", "--model", "logmel", "--tasks", "synth-tags", "--out", str(synth / "out")]
    assert main([*base, "--workers", "2"]) == 1
    assert "--workers applies to --executor ray only" in capsys.readouterr().err
    assert main([*base, "--executor", "ray", "--address", "127.0.0.1:9"]) == 1  # nothing listens on port 9
    assert "--address 127.0.0.1:9: no Ray cluster answers there" in capsys.readouterr().err
    # (before the module's cluster starts: a Ray this process already joined would be used as it is)


@pytest.fixture(scope="module")
def ray_cluster(synth, tmp_path_factory):
    """One local Ray of 2 CPUs for the module; its workers see the synth data and the cache `cache-ray` (the
    probe tasks of a fan-out read it; extraction workers are given their shard folder)."""
    from conftest import REPO

    shared = tmp_path_factory.mktemp("ray")
    env = {"BENCH_ROOT": str(REPO), "BENCH_DATA": str(synth), "BENCH_CACHE": str(shared / "cache-ray"),
           "HF_HUB_OFFLINE": "1"}
    ray.init(num_cpus=2, include_dashboard=False, configure_logging=False, runtime_env={"env_vars": env})
    yield shared, env
    ray.shutdown()


@pytest.fixture
def cluster(ray_cluster, tmp_path, monkeypatch):
    """This test's folders, the cluster's environment here too, and one torch/BLAS thread here, as in each
    worker, so that both executors sum in the same order."""
    shared, env = ray_cluster
    for k, v in env.items():
        monkeypatch.setenv(k, v)
    before = cpus.configure(None)
    cpus.configure(1)
    yield tmp_path
    cpus.configure(before)
    shutil.rmtree(shared / "cache-ray", ignore_errors=True)


def features(task: str, cache: Path, monkeypatch, executor=None, model: str = "logmel", batch: int = 4):
    """The cache entry of one task's features (pooled or frames), extracted by `executor` into `cache`."""
    monkeypatch.setenv("BENCH_CACHE", str(cache))
    t = registry.get_task(task)
    p = prepare(registry.get_submission(model), t, RunOptions(batch_size=batch, executor=executor, out=cache / "out"))
    meta = json.loads((cache / Path(p.fs.key[:32] if t.target not in ("beats", "chords") else
                                    f"frames-{p.fs.key[:32]}") / "meta.json").read_text())
    return np.array(p.fs.store), meta, p.fs.key


def test_frame_features_are_the_local_executors_bit_for_bit(cluster, monkeypatch):
    """(Pooled features: test_bench_run_fans_out_model_task_pairs.)"""
    local, _, key = features("synth-chords", cluster / "cache-local", monkeypatch)
    distributed, meta, ray_key = features("synth-chords", cluster / "cache-ray", monkeypatch, RayExecutor())
    assert ray_key == key  # one cache key: either executor's entry serves the other
    assert distributed.dtype == local.dtype == np.float16 and np.array_equal(distributed, local)
    assert meta["complete"] and meta["executor"]["name"] == "ray" and meta["executor"]["clips"] == 20
    assert not (cluster / "cache-ray" / f"frames-{key[:32]}" / "shards").exists()  # merged, then removed


def _ray_worker_pids() -> list[int]:
    pids = []
    for cmd in Path("/proc").glob("[0-9]*/cmdline"):
        try:
            if b"MapWorker(MapBatches(_Worker))" in cmd.read_bytes():
                pids.append(int(cmd.parent.name))
        except OSError:
            continue
    return pids


def test_a_killed_worker_ends_in_the_same_features(cluster, monkeypatch):
    local, _, key = features("synth-tags", cluster / "cache-local", monkeypatch, batch=1)
    shards = cluster / "cache-ray" / key[:32] / "shards"
    killed: dict[str, object] = {}

    def kill_after_the_first_shard() -> None:
        deadline = time.time() + 120
        while time.time() < deadline and not killed:
            written = len(list(shards.glob("*.npz"))) if shards.is_dir() else 0
            pids = _ray_worker_pids()
            if written and pids:
                os.kill(pids[0], signal.SIGKILL)
                killed.update(pid=pids[0], shards_before=written)
            time.sleep(0.01)

    killer = threading.Thread(target=kill_after_the_first_shard)
    killer.start()
    distributed, meta, _ = features("synth-tags", cluster / "cache-ray", monkeypatch, RayExecutor(), batch=1)
    killer.join()
    assert killed and killed["shards_before"] < 40, killed  # killed mid-run
    assert killed["pid"] not in _ray_worker_pids()
    assert np.array_equal(distributed, local)
    # one shard per batch of one clip, each merged once: no clip lost, none written twice
    assert meta["executor"]["shards"] == 40 and meta["executor"]["clips"] == 40


def test_an_interrupted_run_extracts_only_what_is_missing(cluster, monkeypatch, capsys):
    local, _, key = features("synth-tags", cluster / "cache-local", monkeypatch, batch=4)
    folder = cluster / "cache-ray" / key[:32]

    class Interrupted(Exception):
        pass

    class StopAfter(RayExecutor):
        def run(self, *args, **kwargs):
            for n, shard in enumerate(super().run(*args, **kwargs)):
                if n == 2:
                    raise Interrupted  # as if killed here: 2 shards merged, the other 8 on disk
                yield shard

    with pytest.raises(Interrupted):
        features("synth-tags", cluster / "cache-ray", monkeypatch, StopAfter(), batch=4)
    deadline = time.time() + 60
    while _ray_worker_pids() and time.time() < deadline:  # the interrupted run's workers stop writing shards
        time.sleep(0.1)
    done = np.load(folder / "done.npy")
    assert done.sum() == 8  # the two merged batches
    on_disk = sorted((folder / "shards").glob("*.npz"))  # those, and the batches finished meanwhile (or not)
    pending = [p for p in on_disk if not done[np.load(p)["group"]].all()]
    if pending:
        pending.pop().unlink()  # as if that batch never finished
    sent = 40 - 8 - 4 * len(pending)
    capsys.readouterr()
    distributed, meta, _ = features("synth-tags", cluster / "cache-ray", monkeypatch, RayExecutor(), batch=4)
    assert f"extracting {sent} clips in {sent // 4} batches on Ray" in capsys.readouterr().err  # the missing only
    assert np.array_equal(distributed, local)
    assert meta["executor"]["clips"] == 32 and meta["executor"]["shards"] == 10  # one a batch, old or new


def test_bench_run_fans_out_model_task_pairs(cluster, monkeypatch):
    """Two (model, task) pairs: features on the cluster, bit for bit the local ones, then each pair's probes as a
    Ray task; the results are the local run's (one thread each way)."""
    out_ray, out_local = cluster / "out-ray", cluster / "out-local"
    run = ["run", "--model", "logmel,mfcc", "--tasks", "synth-tags", "--quick", "--threads", "1"]
    assert main([*run, "--executor", "ray", "--out", str(out_ray)]) == 0
    ray_cache = Path(os.environ["BENCH_CACHE"])  # the cluster's: its probe tasks read it
    monkeypatch.setenv("BENCH_CACHE", str(cluster / "cache-local"))
    assert main([*run, "--out", str(out_local)]) == 0
    for model in ("logmel", "mfcc"):
        a = json.loads((out_ray / "quick" / model / "synth-tags.json").read_text())
        b = json.loads((out_local / "quick" / model / "synth-tags.json").read_text())
        assert a["runtime"]["executor"]["name"] == "ray" and "executor" not in b["runtime"]
        key = a["runtime"]["feature_cache"]
        assert key == b["runtime"]["feature_cache"]
        ours = np.load(ray_cache / key[:32] / "features.npy")
        assert np.array_equal(ours, np.load(cluster / "cache-local" / key[:32] / "features.npy")), model
        assert a["layers"] == b["layers"] and a["selected"] == b["selected"], model

