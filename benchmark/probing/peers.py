"""The neighbours' protocols, every layer at once on the standardised pooled features, as probe heads that
probes.summarize and the bootstrap read like any other:

- knn (X-ARES beside its MLP): each clip's k nearest training clips by cosine similarity vote, a class's score the
  share of the votes (ties broken by the summed similarity); k chosen on validation from K_GRID.
- centroid (MARBLE v2's few-shot evaluation without the few shots): the class whose training mean is nearest by
  cosine similarity; the scores are the cosine similarities.
- fewshot (MAEB): scikit-learn's LogisticRegression (its defaults, max_iter 1000) on `shots` training clips a
  class (all of a class that has fewer), drawn `draws` times with seeds 0..draws-1; a draw is a head's seed, so
  the result's seed spread is the spread over draws.
No head is trained epoch by epoch: a head's epoch is 0 and the result has no convergence record.
"""
from __future__ import annotations

from typing import Sequence

import numpy as np

from ..config.metrics import METRICS
from ..config.specs import ProtocolSpec
from .probes import HeadResult, Split

K_GRID = (1, 3, 5, 10, 20, 50)


def _unit(x: np.ndarray) -> np.ndarray:
    return x / np.maximum(np.linalg.norm(x, axis=-1, keepdims=True), 1e-12)


def _knn_scores(sim: np.ndarray, y_train: np.ndarray, k: int, n_classes: int) -> np.ndarray:
    """[n, C]: each row's share of the votes of its k most similar training clips, plus 1e-6 x their summed
    similarity (which breaks ties between classes with as many votes, and changes no ranking otherwise)."""
    top = np.argpartition(-sim, k - 1, axis=1)[:, :k]
    votes = np.zeros((len(sim), n_classes))
    close = np.zeros((len(sim), n_classes))
    rows = np.arange(len(sim))[:, None]
    np.add.at(votes, (rows, y_train[top]), 1.0)
    np.add.at(close, (rows, y_train[top]), sim[rows, top])
    return votes / k + 1e-6 * close


def fit(train: Split, valid: Split, test: Split, protocol: ProtocolSpec, metric_names: Sequence[str],
        classes: Sequence[str], layer_ids: list[int]) -> list[HeadResult]:
    """Every layer's heads under the protocol's probe (knn, centroid) or few-shot setting."""
    C = len(classes)

    def scored(layer: int, grid: dict, seed: int, s_valid: np.ndarray, s_test: np.ndarray) -> HeadResult:
        return HeadResult(layer, grid, seed, 0, {m: METRICS[m](valid.y, s_valid, classes) for m in metric_names},
                          {m: METRICS[m](test.y, s_test, classes) for m in metric_names}, test_scores=s_test)

    out = []
    for li, layer in enumerate(layer_ids):
        xtr, xva, xte = (s.X[:, li] for s in (train, valid, test))
        if protocol.fewshot is not None:
            from sklearn.linear_model import LogisticRegression

            for draw in range(protocol.fewshot.draws):
                rng = np.random.default_rng(draw)
                pick = np.concatenate([rng.permutation(np.flatnonzero(train.y == c))[:protocol.fewshot.shots]
                                       for c in range(C)])
                model = LogisticRegression(max_iter=1000).fit(xtr[pick], train.y[pick])

                def proba(x: np.ndarray) -> np.ndarray:
                    full = np.zeros((len(x), C))
                    full[:, model.classes_] = model.predict_proba(x)
                    return full

                out.append(scored(layer, {"shots": protocol.fewshot.shots}, draw, proba(xva), proba(xte)))
        elif protocol.probe == "centroid":
            present = [c for c in range(C) if np.any(train.y == c)]
            cent = np.zeros((C, xtr.shape[1]))
            cent[present] = [xtr[train.y == c].mean(0) for c in present]
            cent = _unit(cent)

            def sims(x: np.ndarray) -> np.ndarray:
                s = _unit(x) @ cent.T
                s[:, [c for c in range(C) if c not in present]] = -np.inf
                return s

            out.append(scored(layer, {}, 0, sims(xva), sims(xte)))
        else:  # knn
            utr = _unit(xtr)
            sim_va, sim_te = _unit(xva) @ utr.T, _unit(xte) @ utr.T
            for k in (k for k in K_GRID if k <= len(xtr)):
                out.append(scored(layer, {"k": k}, 0, _knn_scores(sim_va, train.y, k, C),
                                  _knn_scores(sim_te, train.y, k, C)))
    return out
