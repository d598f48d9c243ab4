"""Speed and memory of the layer-similarity measures on many clips: features are read in batches from a
memory-mapped array (as from the feature cache), so peak memory stays near dim^2, not clips^2.

    python benchmarks/similarity.py [--clips 20000] [--dim 1024] [--layers 4]
"""
from __future__ import annotations

import argparse
import resource
import tempfile
import time
from pathlib import Path

import numpy as np

from benchmark.analysis.similarity import similarity_matrices


def main() -> None:
    ap = argparse.ArgumentParser()
    ap.add_argument("--clips", type=int, default=20000)
    ap.add_argument("--dim", type=int, default=1024)
    ap.add_argument("--layers", type=int, default=4)
    a = ap.parse_args()
    with tempfile.TemporaryDirectory() as tmp:
        path = Path(tmp) / "features.npy"
        feats = np.lib.format.open_memmap(path, mode="w+", dtype=np.float32, shape=(a.clips, a.layers, a.dim))
        rng = np.random.default_rng(0)
        base = rng.normal(size=(a.clips, a.dim)).astype(np.float32)
        for layer in range(a.layers):  # each layer a noisier copy of the one before
            base = base + rng.normal(size=base.shape).astype(np.float32) * 0.5
            feats[:, layer] = base
        feats.flush()
        del feats, base
        feats = np.load(path, mmap_mode="r")
        before = resource.getrusage(resource.RUSAGE_SELF).ru_maxrss / 1024
        loaders = [lambda s, i=i: np.asarray(feats[s, i], dtype=np.float64) for i in range(a.layers)]
        t0 = time.perf_counter()
        mats = similarity_matrices(loaders, None, a.clips)
        dt = time.perf_counter() - t0
        peak = resource.getrusage(resource.RUSAGE_SELF).ru_maxrss / 1024
    pairs = a.layers * (a.layers + 1) // 2
    gram_gb = a.clips * a.clips * 8 / 1e9
    print(f"{a.clips} clips x {a.layers} layers x {a.dim} dims: {pairs} layer pairs x 3 measures in {dt:.1f} s "
          f"({dt / pairs:.2f} s a pair)")
    print(f"peak RSS {peak:.0f} MB (before the measures: {before:.0f} MB); one float64 Gram matrix of these clips "
          f"would take {gram_gb:.1f} GB")
    print("CKA row 0:", " ".join(f"{v:.3f}" for v in mats["cka"][0]))


if __name__ == "__main__":
    main()
