"""Extraction throughput of the local executor against `--executor ray` with 1 and 2 workers, on this machine:
clips/s over the whole extraction (start-up included) and in the steady state (from the first shard merged to
the last). Prints figures; asserts nothing. Needs the ray extra and the synth suite at size tiny.

    python benchmarks/ray_throughput.py [--model crepe-tiny] [--task synth-pitch] [--batch 4]
"""
from __future__ import annotations

import argparse
import os
import shutil
import tempfile
import time
from pathlib import Path


def main() -> None:
    ap = argparse.ArgumentParser(description=__doc__, formatter_class=argparse.RawDescriptionHelpFormatter)
    ap.add_argument("--model", default="crepe-tiny")
    ap.add_argument("--task", default="synth-pitch")
    ap.add_argument("--batch", type=int, default=4)
    ap.add_argument("--data-root", default=None, help="where the synth suite is (rendered at size tiny if not)")
    a = ap.parse_args()
    tmp = Path(tempfile.mkdtemp(prefix="ray-throughput-"))
    os.environ["BENCH_DATA"] = a.data_root or str(tmp / "data")
    os.environ.setdefault("HF_HUB_OFFLINE", "1")

    import ray

    from benchmark import cpus
    from benchmark.config import registry
    from benchmark.cli import main as bench
    from benchmark.pipeline.distributed import RayExecutor
    from benchmark.pipeline.run import RunOptions, prepare

    if not a.data_root:
        bench(["data", "synth", "--size", "tiny", "--tasks", a.task, "--data-root", os.environ["BENCH_DATA"]])
    sub, task = registry.get_submission(a.model), registry.get_task(a.task)
    threads = cpus.configure(None)
    rows = []

    def extract(name: str, executor: RayExecutor | None) -> None:
        os.environ["BENCH_CACHE"] = str(tmp / f"cache-{name}")
        arrivals: list[float] = []
        if executor is not None:
            run = executor.run

            def timed(*args, **kwargs):
                for shard in run(*args, **kwargs):
                    arrivals.append(time.perf_counter())
                    yield shard
            executor.run = timed  # type: ignore[method-assign]
        t0 = time.perf_counter()
        p = prepare(sub, task, RunOptions(batch_size=a.batch, executor=executor, out=tmp / "out"))
        total = time.perf_counter() - t0
        n = len(p.fs.rows)
        steady = None
        if len(arrivals) > 1:
            steady = (n - n / len(arrivals)) / (arrivals[-1] - arrivals[0])  # the clips after the first shard
        rows.append((name, n, total, n / total, steady))

    extract(f"local ({threads} threads)", None)
    ray.init(num_cpus=cpus.usable_cores(), include_dashboard=False, configure_logging=False,
             runtime_env={"env_vars": {k: v for k, v in os.environ.items() if k.startswith(("BENCH_", "HF_"))}})
    for workers in (1, 2):
        extract(f"ray, {workers} worker(s)", RayExecutor(workers=workers))
        shutil.rmtree(tmp / f"cache-ray, {workers} worker(s)", ignore_errors=True)
    ray.shutdown()
    print(f"\n{a.model} on {a.task} (size tiny), batches of {a.batch}, {cpus.usable_cores()} cores, CPU only")
    print(f"{'executor':24s} {'clips':>6s} {'seconds':>8s} {'clips/s':>8s} {'steady clips/s':>15s}")
    for name, n, total, rate, steady in rows:
        print(f"{name:24s} {n:6d} {total:8.1f} {rate:8.2f} {'-' if steady is None else f'{steady:.2f}':>15s}")
    shutil.rmtree(tmp, ignore_errors=True)


if __name__ == "__main__":
    main()
