"""How many cores this process may really use, and torch's threads set to that (or to --threads).

`os.cpu_count()` is the host's count; a container or a `taskset` sees fewer. The usable count is the CPU
affinity mask, capped by the cgroup's CPU quota (v2 `cpu.max`, v1 `cpu.cfs_quota_us`). Oversubscribed
threads made probe fitting about 10x slower on a loaded 2-core machine (issue 15), so torch never runs more
threads than that, and the decoding workers of the extraction take what the forward pass leaves.
"""
from __future__ import annotations

import math
import os
from pathlib import Path

from .errors import BenchError


def _cgroup_quota(root: Path = Path("/sys/fs/cgroup")) -> float | None:
    """Cores allowed by the cgroup's CPU quota, or None when there is none."""
    try:
        quota, period = (root / "cpu.max").read_text().split()[:2]  # cgroup v2: "max 100000" or "150000 100000"
        return None if quota == "max" else int(quota) / int(period)
    except (OSError, ValueError):
        pass
    try:
        quota = int((root / "cpu" / "cpu.cfs_quota_us").read_text())  # cgroup v1
        period = int((root / "cpu" / "cpu.cfs_period_us").read_text())
        return None if quota <= 0 else quota / period
    except (OSError, ValueError):
        return None


def usable_cores(cgroup_root: Path = Path("/sys/fs/cgroup")) -> int:
    try:
        cores = len(os.sched_getaffinity(0))
    except AttributeError:  # not Linux
        cores = os.cpu_count() or 1
    quota = _cgroup_quota(cgroup_root)
    if quota is not None:
        cores = min(cores, max(1, math.ceil(quota)))
    return max(1, cores)


def configure(threads: int | None = None) -> int:
    """Set torch's intra-op threads and the BLAS/OpenMP pools numpy and scipy loaded (threadpoolctl) to
    `threads`, else to the usable cores; returns the count. (The BLAS count changes sums' order: librosa's
    features computed with 1 and 2 BLAS threads differ in the last bits.)"""
    import torch
    from threadpoolctl import threadpool_limits

    n = usable_cores() if threads is None else threads
    if n < 1:
        raise BenchError(f"--threads: {n} is not a number of threads >= 1")
    if torch.get_num_threads() != n:
        torch.set_num_threads(n)
    threadpool_limits(limits=n)
    return n


def decode_workers(threads: int) -> int:
    """Background threads that decode and resample audio while the encoder runs: one, plus one per two cores
    beyond the forward pass's (the decoders spend most of their time in soundfile and soxr, outside the GIL)."""
    return max(1, min(4, usable_cores() - threads + 1))
