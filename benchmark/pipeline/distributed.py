"""`bench run --executor ray`: feature extraction spread over a Ray cluster, into the same feature cache.

The clips still to extract, in the same batches as the local executor, become a Ray Dataset with one row per
batch. Decoding, resampling and cropping run as Ray tasks on CPUs (`map`); the encoder runs in a pool of actors
(`map_batches`), one model copy per worker (per GPU with `--gpus-per-worker 1`). Each actor writes its batch's
features as one shard file in the cache entry's `shards/` folder: written to a temporary name and renamed, so
a shard is there whole (with the clip rows it holds) or not at all, and named by those rows, so a batch done
twice (a retried task) writes the same file again. The driver merges each shard into the entry's arrays as it
arrives and marks its rows done, exactly as the local loop does; a shard whose rows are already done is not
merged again. Ray Data restarts a killed actor and retries its batch. An interrupted run leaves the shards it
wrote; the next run merges those first and extracts only the rest. The entry's key does not depend on the
executor: a distributed extraction and a local one are interchangeable.

Ray is an optional extra (`pip install -e '.[ray]'`), imported only here and only when asked for.
"""
from __future__ import annotations

import dataclasses
import hashlib
import os
import shutil
import socket
import tempfile
import time
from dataclasses import dataclass
from pathlib import Path
from typing import Any, Callable, Iterator

import numpy as np

from ..errors import BenchError
from ..output import note

SHARDS = "shards"
DECODE_CPUS = 0.25  # a decoding task's CPU request: mostly soundfile and soxr, outside the GIL
RESERVE_CPUS = 0.5  # CPUs left to decoding when CPU-only workers share the cluster's cores


@dataclass
class RayExecutor:
    """Where and how wide to extract: `address` None starts a local Ray (or uses the one this process already
    joined), 'auto' or HOST:PORT joins a cluster; `workers` encoder copies (default: one per GPU, or one on a
    CPU-only cluster); `gpus_per_worker` (default 1 when the cluster has GPUs, else 0)."""
    address: str | None = None
    workers: int | None = None
    gpus_per_worker: float | None = None
    last_plan: dict[str, float] = dataclasses.field(default_factory=dict)  # the last extraction's plan()

    def start(self) -> Any:
        try:
            import ray
        except ImportError:
            raise BenchError("--executor ray needs Ray: pip install -e '.[ray]' (or pip install 'ray[data]')") \
                from None
        if not ray.is_initialized():
            self._reachable()
            # the workers read the same project, data, cache and Hub settings as this process (a cluster started
            # elsewhere does not inherit its environment)
            env = {k: v for k, v in os.environ.items() if k.startswith(("BENCH_", "HF_"))}
            try:
                ray.init(address=self.address, include_dashboard=False, configure_logging=False,
                         runtime_env={"env_vars": env})
            except ConnectionError as e:
                raise BenchError(f"--address {self.address}: no Ray cluster answers there ({e}); start one with "
                                 "`ray start --head`, or leave --address out for a local Ray") from None
        import logging

        import ray.data

        logging.getLogger("ray.data").setLevel(logging.WARNING)  # its per-dataset INFO lines
        ctx = ray.data.DataContext.get_current()
        ctx.enable_progress_bars = False  # the Stage line is the progress
        ctx.print_on_execution_start = False
        return ray

    def _reachable(self) -> None:
        """A HOST:PORT address answers a TCP connection within 5 s, or a clear error now (Ray itself would retry
        for minutes)."""
        if not self.address or self.address in ("auto", "local") or "://" in self.address:
            return
        host, _, port = self.address.rpartition(":")
        try:
            socket.create_connection((host or "127.0.0.1", int(port)), timeout=5).close()
        except (OSError, ValueError) as e:
            raise BenchError(f"--address {self.address}: no Ray cluster answers there ({e}); start one with "
                             "`ray start --head --port PORT`, or leave --address out for a local Ray") from None

    def plan(self, ray: Any) -> dict[str, float]:
        """Workers, and each one's GPUs and CPUs, from the cluster's resources."""
        res = ray.cluster_resources()
        gpus, cpus = float(res.get("GPU", 0)), float(res.get("CPU", 1))
        per_gpu = self.gpus_per_worker if self.gpus_per_worker is not None else (1.0 if gpus else 0.0)
        if per_gpu > 0 and per_gpu > gpus:
            raise BenchError(f"--gpus-per-worker {per_gpu:g}: the Ray cluster has {gpus:g} GPUs")
        workers = self.workers or (max(1, int(gpus // per_gpu)) if per_gpu else 1)
        if workers < 1:
            raise BenchError(f"--workers: {workers} is not a number of workers >= 1")
        # CPU-only workers share the cores, leaving some to the decoding tasks; a GPU worker takes one core
        per_cpu = 1.0 if per_gpu else max(0.25, (cpus - RESERVE_CPUS) / workers)
        return {"workers": workers, "gpus_per_worker": per_gpu, "cpus_per_worker": round(per_cpu, 2)}

    def extract(self, folder: Path, groups: list[list[int]], load: Callable[[int], np.ndarray],
                work: Callable[..., dict[str, np.ndarray]], build: Callable[[], Any], done: np.ndarray,
                merge: Callable[[dict[str, np.ndarray]], int], stage: Any) -> dict[str, Any]:
        """Every group's shard (see run) given to `merge`, which stores the rows not done yet and returns how many
        clips it settled (advanced on `stage`); then the shards are removed, the entry's arrays holding them.
        Returns the entry's `executor` record."""
        merged = 0
        for shard in self.run(folder / SHARDS, groups, load, work, build, done):
            n = merge(shard)
            merged += n
            stage.advance(n)
        record = {"name": "ray", "shards": len(list((folder / SHARDS).glob("*.npz"))), "clips": merged,
                  **self.last_plan}
        shutil.rmtree(folder / SHARDS, ignore_errors=True)
        return record

    def run(self, shard_dir: Path, groups: list[list[int]], load: Callable[[int], np.ndarray],
            work: Callable[[Any, list[int], list[np.ndarray]], dict[str, np.ndarray]],
            build: Callable[[], Any], done: np.ndarray) -> Iterator[dict[str, np.ndarray]]:
        """Every group's shard, as {rows, lengths, block, bad_rows, bad_reasons}: first the shards an earlier,
        interrupted run left (rows not yet done), then those of the groups still to do, as they arrive.
        `load(row)` decodes a clip (in a CPU task); `work(encoder, rows, waves)` makes a shard's arrays (in an
        actor, whose encoder `build()` made once)."""
        shard_dir.mkdir(parents=True, exist_ok=True)
        covered: set[int] = set()
        for path in sorted(shard_dir.glob("*.npz")):
            shard = read_shard(path)
            if shard is None:
                continue
            rows = shard["rows"].tolist() + shard["bad_rows"].tolist()
            covered.update(rows)
            if not all(done[r] for r in rows):
                yield shard
        groups = [g for g in ([r for r in g if r not in covered] for g in groups) if g]
        if not groups:
            return
        ray = self.start()
        plan = self.last_plan = self.plan(ray)
        note(f"extracting {sum(map(len, groups))} clips in {len(groups)} batches on Ray: {plan['workers']} "
             f"worker(s), {plan['gpus_per_worker']:g} GPU and {plan['cpus_per_worker']:g} CPU each")
        ds = ray.data.from_items([{"group": i} for i in range(len(groups))], override_num_blocks=len(groups))
        # as many decoding tasks at a time as encoder copies (each task's process imports soundfile and soxr only)
        ds = ds.map(_decode, fn_kwargs={"groups": groups, "load": load}, num_cpus=DECODE_CPUS,
                    compute=ray.data.TaskPoolStrategy(size=plan["workers"]))
        ds = ds.map_batches(_Worker, batch_size=1, compute=ray.data.ActorPoolStrategy(size=plan["workers"]),
                            num_gpus=plan["gpus_per_worker"],
                            num_cpus=plan["cpus_per_worker"],
                            fn_constructor_kwargs={"build": build, "work": work, "shard_dir": str(shard_dir),
                                                   "threads": max(1, int(plan["cpus_per_worker"]))})
        for out in ds.iter_rows():
            shard = read_shard(shard_dir / str(out["shard"]))
            if shard is None:
                raise BenchError(f"{shard_dir / str(out['shard'])}: a worker reported this shard but it cannot be "
                                 "read; is the cache folder shared by every node of the Ray cluster?")
            yield shard


def shard_name(rows: list[int]) -> str:
    """A group's shard file name: its first row, its size and a hash of all its rows (so it names the group)."""
    h = hashlib.sha256(",".join(map(str, rows)).encode()).hexdigest()[:16]
    return f"rows-{rows[0]:09d}-{len(rows):05d}-{h}.npz"


def write_shard(shard_dir: Path, rows: list[int], arrays: dict[str, np.ndarray]) -> str:
    """The shard of `rows` written whole or not at all (a temporary file renamed into place)."""
    name = shard_name(rows)
    fd, tmp = tempfile.mkstemp(dir=shard_dir, prefix=f".{name}.", suffix=".tmp")
    try:
        with os.fdopen(fd, "wb") as f:
            np.savez(f, group=np.asarray(rows, dtype=np.int64), **arrays)
            f.flush()
            os.fsync(f.fileno())
        os.replace(tmp, shard_dir / name)
    except BaseException:
        Path(tmp).unlink(missing_ok=True)
        raise
    return name


def read_shard(path: Path) -> dict[str, np.ndarray] | None:
    """A shard's arrays; None (after a note) for a file that cannot be read, whose rows are then extracted
    again."""
    try:
        with np.load(path, allow_pickle=False) as z:
            shard = {k: z[k] for k in ("group", "rows", "lengths", "block", "bad_rows", "bad_reasons")}
        if len(shard["rows"]) != len(shard["lengths"]) or int(shard["lengths"].sum()) != len(shard["block"]):
            raise ValueError("its rows, lengths and block do not agree")
        return shard
    except (OSError, ValueError, KeyError, EOFError) as e:
        note(f"shard {path} cannot be read ({e}); its clips are extracted again", "warning:", "yellow")
        path.unlink(missing_ok=True)
        return None


def _decode(item: dict[str, Any], groups: list[list[int]], load: Callable[[int], np.ndarray]) -> dict[str, Any]:
    """A Ray task: one group's clips decoded, resampled and cropped (bad audio named, not raised)."""
    from ..data.audio import load_group

    rows, waves, bad = load_group(groups[item["group"]], load)
    return {"group": item["group"], "rows": np.asarray(rows, dtype=np.int64),
            "waves": np.stack(waves) if waves else np.zeros((0, 0), np.float32),  # a group's clips: one length
            "bad_rows": np.asarray([r for r, _ in bad], dtype=np.int64),
            "bad_reasons": np.asarray([why for _, why in bad], dtype=str),
            "all_rows": np.asarray(groups[item["group"]], dtype=np.int64)}


class _Worker:
    """A Ray actor: one encoder, built once; each call encodes one group and writes its shard."""

    def __init__(self, build: Callable[[], Any], work: Callable[..., dict[str, np.ndarray]], shard_dir: str,
                 threads: int):
        from .. import cpus

        cpus.configure(threads)  # torch and BLAS: Ray sets OMP_NUM_THREADS for its workers, not torch's count
        self.enc, self.work, self.shard_dir = build(), work, Path(shard_dir)

    def __call__(self, batch: dict[str, np.ndarray]) -> dict[str, np.ndarray]:
        rows = batch["rows"][0].tolist()
        waves = [np.array(w) for w in batch["waves"][0]] if rows else []  # writable copies, for torch
        out = self.work(self.enc, rows, waves)
        bad_rows = batch["bad_rows"][0].tolist() + out.pop("bad_rows", [])
        bad_reasons = batch["bad_reasons"][0].tolist() + out.pop("bad_reasons", [])
        name = write_shard(self.shard_dir, batch["all_rows"][0].tolist(),
                           {**out, "bad_rows": np.asarray(bad_rows, dtype=np.int64),
                            "bad_reasons": np.asarray(bad_reasons, dtype=str)})
        return {"shard": np.asarray([name])}


def _compute(sub: Any, task: Any, opts: Any, threads: int) -> dict[str, Any]:
    """A Ray task: one (model, task)'s probes on its cached features (`bench run`'s compute, in one process)."""
    from .. import cpus
    from .run import compute

    cpus.configure(threads)
    return compute(sub, task, opts)


def fan_out(todo: list[tuple[int, Any, Any]], opts: Any) -> Iterator[tuple[tuple[int, Any, Any], Any, float]]:
    """`bench run --executor ray` over several (model, task) pairs: first each pair's features, extracted on the
    cluster one pair after another (each spread over the workers); then every pair's probe fit as one Ray task,
    all at once. Yields ((n, entry, task), result or BenchError, start time) as pairs finish; each result is
    written here, by this one process, through run.run_task (the one place a result file is written)."""
    from .run import prepare, result_path, run_task

    if not todo:
        return
    ray = opts.executor.start()
    ready = []
    for item in todo:
        n, sub, task = item
        t0 = time.perf_counter()
        note(f"[{n}] {result_path(sub, task, opts).parent.name} on {task.name}: features")
        try:
            extract_s = prepare(sub, task, opts).extract_s
        except BenchError as e:
            yield item, e, t0
            continue
        ready.append((item, t0, extract_s))
    if not ready:
        return
    cpus = float(ray.cluster_resources().get("CPU", 1))
    threads = max(1, min(4, int(cpus // len(ready))))
    here = dataclasses.replace(opts, executor=None)  # the features are in the cache now
    note(f"fitting the probes of {len(ready)} (model, task) pair(s) as Ray tasks, {threads} thread(s) each")
    remote = ray.remote(_compute).options(num_cpus=threads, max_retries=2)
    refs = {remote.remote(item[1], item[2], here, threads): (item, t0, x) for item, t0, x in ready}
    while refs:
        finished, _ = ray.wait(list(refs), num_returns=1)
        item, t0, extract_s = refs.pop(finished[0])
        try:
            result = ray.get(finished[0])
        except Exception as e:  # noqa: BLE001 - a BenchError raised in the task comes back wrapped by Ray
            cause = getattr(e, "cause", e)
            if isinstance(cause, BenchError):
                yield item, BenchError(str(cause)), t0
                continue
            raise
        # the task found the features in the cache; the extraction was the first phase's, on the cluster
        yield item, run_task(item[1], item[2], opts, result, extract_s=round(extract_s, 3),
                             features_cached=extract_s == 0,
                             executor={"name": "ray", "probe_threads": threads, **opts.executor.last_plan}), t0
