"""Representation similarity between layers: linear CKA (Kornblith et al. 2019), its debiased form (the
unbiased HSIC estimator of Song et al. 2012, as in Nguyen et al. 2021), and SVCCA (Raghu et al. 2017).

Everything is computed in feature space from sums over clips taken in batches, so memory is
O(dim_a x dim_b + clips) whatever the number of clips; an [n, n] Gram matrix is never formed.
Inputs are features [n, d] (one row per clip, e.g. time-pooled layer outputs).
"""
from __future__ import annotations

from typing import Callable

import numpy as np

BATCH = 4096

Loader = Callable[[slice], np.ndarray]  # rows of one layer's features, as float64


class LayerStats:
    """One feature matrix's mean, centred second moment and squared row norms: two passes over batches."""

    def __init__(self, load: Loader, n: int, batch: int = BATCH):
        self.load, self.n, self.batch = load, n, batch
        total = None
        for s in range(0, n, batch):
            x = load(slice(s, s + batch))
            total = x.sum(0) if total is None else total + x.sum(0)
        self.mean = total / n
        self.cov = np.zeros((len(self.mean), len(self.mean)))
        self.norms = np.zeros(n)  # squared row norms of the centred features, for the unbiased HSIC
        for s, x in self.batches():
            self.cov += x.T @ x
            self.norms[s:s + len(x)] = np.einsum("ij,ij->i", x, x)
        self._bases: dict[float, np.ndarray] = {}

    def batches(self):
        for s in range(0, self.n, self.batch):
            yield s, self.load(slice(s, s + self.batch)) - self.mean

    def basis(self, keep: float) -> np.ndarray:
        if keep not in self._bases:
            self._bases[keep] = _whitened_basis(self.cov, keep)
        return self._bases[keep]


class _Moments:
    """What every measure needs about a pair: each side's LayerStats and the cross moment A^T B."""

    def __init__(self, a: LayerStats, b: LayerStats):
        if a.n != b.n:
            raise ValueError(f"the two feature matrices have {a.n} and {b.n} rows; they must describe the same clips")
        self.a, self.b, self.n = a, b, a.n
        if a is b:
            self.ab = a.cov
        else:
            self.ab = np.zeros((len(a.mean), len(b.mean)))
            for (_, xa), (_, xb) in zip(a.batches(), b.batches()):
                self.ab += xa.T @ xb
        self.aa, self.bb, self.na, self.nb = a.cov, b.cov, a.norms, b.norms

    def unbiased_hsic_terms(self) -> tuple[float, float, float]:
        """The unbiased HSIC of (a, b), (a, a), (b, b), with K = A A^T (centred A) and the diagonal removed."""
        n = self.n
        # (K~ 1)_i = a_i . sum_j a_j - |a_i|^2; centred features sum to zero, so (K~ 1)_i = -|a_i|^2
        ka, kb = -self.na, -self.nb
        one_k_one_a, one_k_one_b = ka.sum(), kb.sum()

        def hsic(tr_kl: float, diag: float, oko_k: float, oko_l: float, k1l1: float) -> float:
            tr = tr_kl - diag  # tr(K~ L~)
            return (tr + oko_k * oko_l / ((n - 1) * (n - 2)) - 2.0 / (n - 2) * k1l1) / (n * (n - 3))

        ab = hsic(np.sum(self.ab ** 2), float(self.na @ self.nb), one_k_one_a, one_k_one_b, float(ka @ kb))
        aa = hsic(np.sum(self.aa ** 2), float(self.na @ self.na), one_k_one_a, one_k_one_a, float(ka @ ka))
        bb = hsic(np.sum(self.bb ** 2), float(self.nb @ self.nb), one_k_one_b, one_k_one_b, float(kb @ kb))
        return ab, aa, bb


def _loaders(x: np.ndarray) -> Loader:
    return lambda s: np.asarray(x[s], dtype=np.float64)


def linear_cka(a: np.ndarray | Loader, b: np.ndarray | Loader, n: int | None = None, debiased: bool = False,
               batch: int = BATCH) -> float:
    """Linear CKA of two feature matrices over the same n rows: ||A^T B||_F^2 / (||A^T A||_F ||B^T B||_F) on
    centred features; `debiased` uses unbiased HSIC estimates (near 0 for independent features)."""
    m = _moments(a, b, n, batch)
    return cka_from(m, debiased)


def _moments(a, b, n, batch) -> _Moments:
    if not callable(a):
        n = len(a)
        a = _loaders(a)
    if not callable(b):
        b = _loaders(b)
    if n is None or n < 4:
        raise ValueError("CKA needs the number of rows, at least 4")
    return _Moments(LayerStats(a, n, batch), LayerStats(b, n, batch))


def cka_from(m: _Moments, debiased: bool) -> float:
    if debiased:
        ab, aa, bb = m.unbiased_hsic_terms()
    else:
        ab, aa, bb = np.sum(m.ab ** 2), np.sum(m.aa ** 2), np.sum(m.bb ** 2)
    denom = np.sqrt(max(aa, 0.0) * max(bb, 0.0))
    return float(ab / denom) if denom > 0 else float("nan")


def _whitened_basis(cov: np.ndarray, keep: float) -> np.ndarray:
    """Columns mapping centred features to the top principal directions holding `keep` of the variance,
    scaled to unit variance: the SVD step of SVCCA (keep = 1 keeps every direction of non-zero variance)."""
    vals, vecs = np.linalg.eigh(cov)
    order = np.argsort(vals)[::-1]
    vals, vecs = np.clip(vals[order], 0, None), vecs[:, order]
    nonzero = vals > vals[0] * 1e-10
    vals, vecs = vals[nonzero], vecs[:, nonzero]
    k = int(np.searchsorted(np.cumsum(vals) / vals.sum(), keep - 1e-12) + 1) if keep < 1 else len(vals)
    return vecs[:, :k] / np.sqrt(vals[:k])


def svcca_from(m: _Moments, keep: float = 0.99) -> float:
    """Mean canonical correlation between the SVD-reduced features (SVCCA). With keep = 1 it is plain CCA,
    invariant to any invertible linear map of either side."""
    wa, wb = m.a.basis(keep), m.b.basis(keep)
    rho = np.linalg.svd(wa.T @ m.ab @ wb, compute_uv=False)
    return float(np.clip(rho, 0, 1).mean())


def svcca(a: np.ndarray | Loader, b: np.ndarray | Loader, n: int | None = None, keep: float = 0.99,
          batch: int = BATCH) -> float:
    return svcca_from(_moments(a, b, n, batch), keep)


MEASURES = ("cka", "cka_debiased", "svcca")


def similarity_matrices(layers_a: list[Loader], layers_b: list[Loader] | None, n: int, batch: int = BATCH,
                        keep: float = 0.99) -> dict[str, list[list[float]]]:
    """Every measure for every (layer of a, layer of b) pair; layers_b None means a against itself (each
    pair computed once). Each layer's own statistics are computed once; a pair adds one cross moment."""
    stats_a = [LayerStats(f, n, batch) for f in layers_a]
    stats_b = stats_a if layers_b is None else [LayerStats(f, n, batch) for f in layers_b]
    out = {name: [[0.0] * len(stats_b) for _ in stats_a] for name in MEASURES}
    for i, a in enumerate(stats_a):
        for j, b in enumerate(stats_b):
            if layers_b is None and j < i:
                for name in MEASURES:
                    out[name][i][j] = out[name][j][i]
                continue
            m = _Moments(a, b)
            out["cka"][i][j] = cka_from(m, False)
            out["cka_debiased"][i][j] = cka_from(m, True)
            out["svcca"][i][j] = svcca_from(m, keep)
    return out
