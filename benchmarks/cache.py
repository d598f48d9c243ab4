"""What verifying the feature cache costs: the sha256 of a cache entry's features.npy, checked on every read
(`--no-verify-cache` skips it), per GB, next to reading the same bytes without hashing.

    python benchmarks/cache.py [--gb 1.0]
"""
from __future__ import annotations

import argparse
import tempfile
import time
from pathlib import Path

import numpy as np

from benchmark.extract.cache import file_sha256


def main() -> None:
    ap = argparse.ArgumentParser()
    ap.add_argument("--gb", type=float, default=1.0)
    a = ap.parse_args()
    n = int(a.gb * 2 ** 30 / 4 / 1024)
    with tempfile.TemporaryDirectory(dir=Path.home()) as tmp:
        path = Path(tmp) / "features.npy"
        arr = np.lib.format.open_memmap(path, mode="w+", dtype=np.float32, shape=(n, 1024))
        arr[:] = np.random.default_rng(0).normal(size=(1024,)).astype(np.float32)
        arr.flush()
        del arr
        size = path.stat().st_size / 2 ** 30
        t0 = time.perf_counter()
        with open(path, "rb") as f:
            while f.read(1 << 22):
                pass
        read_s = time.perf_counter() - t0
        t0 = time.perf_counter()
        file_sha256(path)
        hash_s = time.perf_counter() - t0
    print(f"{size:.2f} GiB features.npy (page cache warm): read {read_s / size:.2f} s/GiB, "
          f"read + sha256 {hash_s / size:.2f} s/GiB ({size / hash_s:.2f} GiB/s)")


if __name__ == "__main__":
    main()
