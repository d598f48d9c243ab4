"""`bench perf probes`: the batched probe fit against the same heads fitted one by one and against scikit-learn."""
from __future__ import annotations

import time
from typing import Callable

import numpy as np

from ..probing.probes import Scoring, Split, fit, standardize, summarize
from ..config.specs import ProtocolSpec


def synthetic_layers(n: int, dim: int, layers: int, classes: int, seed: int = 0) -> list[Split]:
    """Class-conditional Gaussian features whose signal fades with depth, split 60/20/20."""
    from sklearn.datasets import make_classification

    X, y = make_classification(n_samples=n, n_features=dim, n_informative=min(dim, 64), n_redundant=0,
                               n_classes=classes, n_clusters_per_class=1, class_sep=1.5, random_state=seed)
    rng = np.random.default_rng(seed)
    stack = np.stack([X + rng.normal(0, 0.5 + 0.2 * l, X.shape) for l in range(layers)], 1).astype(np.float32)
    a, b = int(0.6 * n), int(0.8 * n)
    parts = standardize(stack[:a], stack[a:b], stack[b:])
    return [Split(p, t) for p, t in zip(parts, (y[:a], y[a:b], y[b:]))]


def probes_benchmark(n=5000, dim=768, layers=13, grid_size=4, classes=10, epochs=30,
                     print_fn: Callable[..., None] = print) -> dict[str, dict[str, float]]:
    """One grid of C values, three ways: our batched linear probes (every layer x C in one model, C as the L2
    penalty l2 = 1 / (C x training clips), the objective scikit-learn minimises), the same heads one at a time,
    and scikit-learn's LogisticRegression per layer and C. Each picks C per layer and then the layer on
    validation."""
    tr, va, te = synthetic_layers(n, dim, layers, classes)
    cs = [10.0 ** (i - 2) for i in range(grid_size)]
    l2 = [1.0 / (c * len(tr.y)) for c in cs]
    # patience = epochs: every head trains the same number of epochs both ways, a fair timing
    p = ProtocolSpec(probe="linear", grid={"lr": [1e-3], "l2": l2}, epochs=epochs, batch_size=64, patience=epochs,
                     seeds=[0])
    args = dict(scoring=Scoring("multiclass", classes, ["accuracy"], "accuracy"), progress=False)
    figures: dict[str, dict[str, float]] = {}
    # warm-up: the first optimiser construction imports torch's compiler stack; time none of that
    fit(Split(tr.X[:64, :1], tr.y[:64]), Split(va.X[:, :1], va.y), Split(te.X[:, :1], te.y), protocol=p.model_copy(update={"epochs": 1}), **args)

    t = time.perf_counter()
    together = summarize(fit(tr, va, te, protocol=p, **args).heads, "accuracy", True)
    figures["batched"] = {"seconds": time.perf_counter() - t, **_acc(together, va, te)}

    t = time.perf_counter()
    one_by_one = {}
    for layer in range(layers):
        heads = []
        for penalty in l2:
            q = p.model_copy(update={"grid": p.grid.model_copy(update={"l2": [penalty]})})
            heads += fit(Split(tr.X[:, [layer]], tr.y), Split(va.X[:, [layer]], va.y), Split(te.X[:, [layer]], te.y),
                         protocol=q, layer_ids=[layer], **args).heads
        one_by_one.update(summarize(heads, "accuracy", True))
    figures["one head at a time"] = {"seconds": time.perf_counter() - t, **_acc(one_by_one, va, te)}

    from sklearn.linear_model import LogisticRegression

    t = time.perf_counter()
    sk = {}
    for layer in range(layers):
        fits = []
        for c in cs:
            clf = LogisticRegression(C=c, max_iter=1000).fit(tr.X[:, layer], tr.y)
            fits.append({"valid": {"accuracy": clf.score(va.X[:, layer], va.y)},
                         "test": {"accuracy": clf.score(te.X[:, layer], te.y)}})
        sk[layer] = max(fits, key=lambda f: f["valid"]["accuracy"])
    figures["scikit-learn"] = {"seconds": time.perf_counter() - t, **_acc(sk, va, te)}

    print_fn(f"{layers} layers x {grid_size} values of C ({', '.join(f'{c:g}' for c in cs)}), {n} x {dim} features, "
             f"{classes} classes, {epochs} epochs (linear probe, lr 1e-3, batch 64; scikit-learn: "
             "LogisticRegression, lbfgs)")
    for name, f in figures.items():
        print_fn(f"  {name:20s} {f['seconds']:7.2f} s   mean test acc {f['mean_test_acc']:.4f}   "
                 f"selected layer {f['selected_layer']:d} test acc {f['selected_test_acc']:.4f}")
    return figures


def _acc(per_layer: dict, va: Split, te: Split) -> dict[str, float]:
    best = max(per_layer, key=lambda l: (per_layer[l]["valid"]["accuracy"], -l))
    return {"mean_test_acc": float(np.mean([e["test"]["accuracy"] for e in per_layer.values()])),
            "selected_layer": int(best), "selected_test_acc": per_layer[best]["test"]["accuracy"]}
