"""Linear / MLP / weighted-sum probes, trained for every layer x grid point x seed at once.

One batched model holds a head per (layer, seed) for each grid point; one optimiser step (AdamW, one parameter
group per grid point, which carries that point's lr and weight decay; the point's L2 penalty, if any, is in its
heads' loss) updates every head. Each seed draws its own
initialisation and its own minibatch order. Early stopping is per head, on the validation primary metric: each
head keeps the parameters of its best validation epoch, and training ends when every head has run out of patience.

Model selection reads cross-fitted validation predictions (stopping.py); the head stopped on the whole
validation split is the one scored on test. (Choosing on the stopping split's own best score favoured noisy
heads: 4.7 points from scikit-learn's choice of C on average, 16.7 at most, on 80 clips.)
Probes know nothing of audio: they see arrays [clips, layers, dim].
"""
from __future__ import annotations

from dataclasses import dataclass, field
from typing import Any, Iterator, Protocol, Sequence

import numpy as np
import torch
import torch.nn.functional as F

from .heads import BatchedHeads, optimiser, pack, param_groups, run_epochs
from ..config.metrics import METRICS, Metric, batched, better
from ..output import Stage
from ..config.specs import ProtocolSpec
from .stopping import Stopper, halves, other_half

EVAL_CHUNK = 2048


@dataclass
class Split:
    X: np.ndarray  # [N, L, D]
    y: np.ndarray  # int [N] (multiclass, key), {0,1} [N, C] (multilabel), float [N] (regression)


@dataclass
class HeadResult:
    """One head's outcome, at its best validation epoch."""
    layer: int  # index into the fitted layers (-1 for the weighted sum)
    grid: dict[str, float]
    seed: int
    epoch: int
    valid: dict[str, float]
    test: dict[str, float]
    layer_weights: list[float] | None = None
    test_scores: np.ndarray | None = field(default=None, repr=False)  # the head's predictions on the test clips
    decoder: dict[str, float] | None = None  # frame-level heads: the decoder options chosen on validation
    score_epoch: int | None = None  # the epoch its validation score last rose (epoch may be later: a loss tie-break)


@dataclass
class FitOutput:
    heads: list[HeadResult] = field(default_factory=list)
    epochs_run: int = 0


def train_stats(train: np.ndarray) -> tuple[np.ndarray, np.ndarray]:
    """Per-dimension mean and standard deviation over the training rows (float64, keepdims; a constant
    dimension, such as zero padding, gets std 1)."""
    mean = train.mean(0, keepdims=True, dtype=np.float64)
    std = train.std(0, keepdims=True, dtype=np.float64)
    std[std < 1e-8] = 1.0
    return mean, std


def standardize(train: np.ndarray, *others: np.ndarray) -> list[np.ndarray]:
    """Per layer and dimension, with training-split statistics only (zero-padded dims stay zero)."""
    mean, std = train_stats(train)
    return [((x - mean) / std).astype(np.float32) for x in (train, *others)]


def reduce_to_rank(train: np.ndarray, *others: np.ndarray, widths: Sequence[int]
                   ) -> tuple[list[np.ndarray], list[int]]:
    """protocol.reduce: rank. Standardised features [N, L, D] (padded to the widest layer; layer l's real width
    widths[l]) -> the same splits with each layer wider than its training rows' rank rotated onto their principal
    axes (scikit-learn's PCA, fitted on the training rows only, its signs fixed by svd_flip) and cut to that rank,
    scaled so that the kept coordinates' mean training variance is 1, as a standardised dimension's is; and the
    new widths. The training rows keep every inner product (times the one scale), so an SGD-trained first layer
    would learn the same function on them; what is dropped is the part of a validation or test clip outside the
    training span, which a trained head's first layer only meets through its random initial weights. A layer no
    wider than the rank is returned exactly as it came."""
    from sklearn.decomposition import PCA

    n = len(train)
    out, new_widths = [], []
    for li, w in enumerate(widths):
        parts = [x[:, li, :w] for x in (train, *others)]
        if w < n:
            out.append(parts)
            new_widths.append(w)
            continue
        pca = PCA(svd_solver="full").fit(parts[0].astype(np.float64))
        var = pca.explained_variance_
        r = int((var > var[0] * 1e-10).sum()) if var[0] > 0 else 1
        # PCA's variances divide by n - 1; a standardised dimension's by n (train_stats)
        scale = np.sqrt(r / max(var[:r].sum() * (n - 1) / n, 1e-30))
        comps = pca.components_[:r]
        out.append([((p.astype(np.float64) - pca.mean_) @ comps.T * scale).astype(np.float32) for p in parts])
        new_widths.append(r)
    D = max(new_widths)
    splits = []
    for si in range(1 + len(others)):
        X = np.zeros((len(out[0][si]), len(widths), D), np.float32)
        for li, layer in enumerate(out):
            X[:, li, :new_widths[li]] = layer[si]
        splits.append(X)
    return splits, new_widths


def _loss(target: str, scores: torch.Tensor, y: torch.Tensor) -> torch.Tensor:
    """Each head's mean loss, [G, L', S]. scores [G, L', S, B, C]; y [S, B] or [S, B, C] (or shared [B] or
    [B, C]). Training sums these, so every head gets its own, unscaled gradient."""
    return _example_loss(target, scores, y).mean(-1)


def _example_loss(target: str, scores: torch.Tensor, y: torch.Tensor) -> torch.Tensor:
    """Each head's loss on each example, [G, L', S, B]."""
    G, L, S, B, C = scores.shape
    yy = y.expand(S, *y.shape) if y.dim() < (3 if target == "multilabel" else 2) else y
    yy = yy.expand(G, L, *yy.shape)
    if target in ("multiclass", "key"):
        per = F.cross_entropy(scores.reshape(-1, C), yy.reshape(-1), reduction="none")
    elif target == "multilabel":
        per = F.binary_cross_entropy_with_logits(scores, yy.float(), reduction="none").mean(-1)
    else:
        per = (scores.squeeze(-1) - yy) ** 2
    return per.reshape(G, L, S, B)


def _predict(model: BatchedHeads, X: torch.Tensor) -> torch.Tensor:
    model.eval()
    with torch.no_grad():
        out = torch.cat([model(X[i:i + EVAL_CHUNK]) for i in range(0, len(X), EVAL_CHUNK)], dim=3)
    model.train()
    return out


def _to_metric_scores(target: str, scores: np.ndarray, y_scale: tuple[float, float]) -> np.ndarray:
    if target == "regression":
        return scores[..., 0] * y_scale[1] + y_scale[0]
    return scores


class Tuner(Protocol):
    """What fine-tuning adds to a fit of one head: encoder parameters trained with it, and features computed
    by the (changing) encoder instead of read from the cache. See benchmark/pipeline/finetune.py."""
    params: list[torch.nn.Parameter]
    lr: float

    def train_features(self, idx: torch.Tensor) -> torch.Tensor:
        """idx [1, B] -> [1, B, 1, D], with grad."""

    def eval_features(self, split: str) -> torch.Tensor:
        """-> [N, 1, D]."""

    def snapshot(self) -> Any:
        """The trainable state, to restore at the best epoch."""

    def restore(self, state: Any) -> None:
        """Back to a snapshot."""


@dataclass(frozen=True)
class Scoring:
    """What the heads predict and how they are scored: the target type, the outputs of a head, the metrics (the
    primary one stops the heads and selects among them) and the class names the metrics read."""
    target: str
    n_out: int
    metrics: Sequence[str]
    primary: str
    classes: Sequence[str] = ()


def fit(train: Split, valid: Split, test: Split, scoring: Scoring, protocol: ProtocolSpec,
        layer_ids: list[int] | None = None, mix: bool = False, widths: Sequence[int] | None = None,
        tuner: Tuner | None = None, device: torch.device | str = "cpu", progress: bool = True) -> FitOutput:
    """Train every (layer, grid point, seed) head together; return each head at its best validation epoch.

    Features must already be standardised. With `mix`, fit the weighted-sum probe over all layers instead.
    With a `tuner` (one layer, one grid point, one seed), encoder parameters train along with the head and
    the features come from the tuner; everything else is this same loop. `widths` (each layer's real width in
    the padded X) lets the per-layer heads skip the padding: the same heads, a fraction of the work.
    """
    target, n_out, primary, classes = scoring.target, scoring.n_out, scoring.primary, scoring.classes
    device = torch.device(device)
    L = train.X.shape[1]
    layer_ids = list(range(L)) if layer_ids is None else layer_ids
    seeds = protocol.seeds
    grid = protocol.grid.points()
    pmetric: Metric = METRICS[primary]
    # regression targets are standardised with training statistics; predictions are mapped back for metrics
    y_scale = (float(train.y.mean()), float(train.y.std() or 1.0)) if target == "regression" else (0.0, 1.0)

    def tensor(a: np.ndarray) -> torch.Tensor:
        return torch.from_numpy(np.ascontiguousarray(a)).to(device)

    def targets(y: np.ndarray) -> torch.Tensor:
        return tensor(((y - y_scale[0]) / y_scale[1]).astype(np.float32) if target == "regression" else y)

    torch.manual_seed(seeds[0])
    ragged = widths is not None and not mix and tuner is None and len(set(widths)) > 1
    Xtr, Xva, Xte = (tensor(pack(s.X, widths) if ragged else s.X) for s in (train, valid, test))
    Ytr, Yva = targets(train.y), targets(valid.y)
    model = BatchedHeads(layer_ids, seeds, train.X.shape[2], n_out, protocol.probe, protocol.hidden,
                         protocol.dropout, mix, n_points=len(grid), widths=widths if ragged else None).to(device)
    groups = param_groups(model, grid)
    if tuner is not None:
        if (len(grid), L, len(seeds), mix) != (1, 1, 1, False):
            raise ValueError("fine-tuning fits one head: one layer, one grid point, one seed")
        if tuner.params:
            groups.append({"params": tuner.params, "lr": tuner.lr, "weight_decay": 0.0})
        tuned_best = tuner.snapshot()
    opt = optimiser(groups)
    shape = (len(grid), 1 if mix else L, len(seeds))  # one head per (grid point, layer, seed)
    is_better = np.vectorize(lambda a, b: better(pmetric, a, b))
    stopper = Stopper(model, shape, is_better, protocol.patience, protocol.patience_on,
                      pmetric.high if pmetric.higher_is_better else pmetric.low)
    views = halves(len(valid.y))
    gens = [torch.Generator().manual_seed(s) for s in seeds]
    N, B = len(Xtr), min(protocol.batch_size, len(Xtr))
    steps = N // B  # drop the ragged last batch so every seed's batch has the same size

    heads = f"{len(grid) * shape[1] * len(seeds)} heads ({shape[1]} {'mix' if mix else 'layers'} x {len(grid)} " \
            f"grid points x {len(seeds)} seeds) on {N} clips"
    passes = -(-(protocol.epoch_steps or steps) // max(steps, 1))  # whole passes, at least epoch_steps steps

    def losses() -> Iterator[torch.Tensor]:
        perms = torch.stack([torch.cat([torch.randperm(N, generator=g)[:steps * B] for _ in range(passes)])
                             for g in gens]).to(device)
        for t in range(steps * passes):
            idx = perms[:, t * B:(t + 1) * B]
            xb = tuner.train_features(idx) if tuner is not None else Xtr[idx]
            yield _loss(target, model(xb), Ytr[idx]).sum()

    def end_of_epoch(epoch: int) -> bool:
        nonlocal tuned_best
        raw = _predict(model, tuner.eval_features("valid") if tuner is not None else Xva)
        vloss = _example_loss(target, raw, Yva).cpu().numpy()
        scores = _to_metric_scores(target, raw.float().cpu().numpy(), y_scale)
        # the primary metric decides; on a tie (small validation sets saturate) the lower loss does
        improved = stopper.update(epoch, {
            v: batched(pmetric, valid.y[ix], scores[:, :, :, ix].reshape(-1, len(ix), *scores.shape[4:]),
                       classes).reshape(shape) for v, ix in views.items()},
            {v: vloss[..., ix].mean(-1) for v, ix in views.items()})
        if tuner is not None and improved.any():
            tuned_best = tuner.snapshot()
        if ragged and stopper.freezes:  # what a stopped head does is not kept: skip it
            model.active = stopper.live().any(axis=2)
        stage.advance()
        return protocol.early_stopping and stopper.done()

    with Stage("probe (weighted sum)" if mix else "probe", protocol.epochs, "epochs", enabled=progress,
               detail=f" at most, {heads}") as stage:
        epochs_run = run_epochs(model, opt, grid, protocol.epochs, losses, end_of_epoch)

    model.active = None  # the kept heads are all scored
    def predict(X: torch.Tensor) -> np.ndarray:
        return _to_metric_scores(target, _predict(model, X).float().cpu().numpy(), y_scale)

    # cross-fitted unless fine-tuning (the encoder's state is kept for the whole split's best epoch only) or
    # without early stopping (every head is its last epoch's: no stopping choice to keep selection away from)
    crossfitted = protocol.selection == "crossfit" and tuner is None and protocol.early_stopping
    per_view: dict[str, np.ndarray] = {}
    for v in ("a", "b") if crossfitted else ():
        stopper.load(v)
        per_view[v] = predict(Xva)
    if protocol.early_stopping:
        stopper.load("all")
    if tuner is not None:
        if protocol.early_stopping:
            tuner.restore(tuned_best)
        Xva, Xte = tuner.eval_features("valid"), tuner.eval_features("test")
    valid_scores = predict(Xva)
    if crossfitted:
        for i in range(len(valid.y)):
            valid_scores[:, :, :, i] = per_view[other_half(i)][:, :, :, i]
    per_split = {"valid": (valid_scores, valid.y), "test": (predict(Xte), test.y)}
    best_epoch = stopper.epoch["all"] if protocol.early_stopping else np.full(shape, epochs_run - 1)
    score_epoch = stopper.score_epoch["all"]
    out = FitOutput(epochs_run=epochs_run)
    for g, pt in enumerate(model.points):
        weights = torch.softmax(pt.alpha, -1).detach().cpu().numpy() if mix else None
        for li in range(shape[1]):
            for si, seed in enumerate(seeds):
                res = {split: {name: METRICS[name](y, sc[g, li, si], classes) for name in scoring.metrics}
                       for split, (sc, y) in per_split.items()}
                out.heads.append(HeadResult(-1 if mix else layer_ids[li], grid[g], seed, int(best_epoch[g, li, si]),
                                            res["valid"], res["test"],
                                            None if weights is None else weights[si].tolist(),
                                            per_split["test"][0][g, li, si],
                                            score_epoch=int(score_epoch[g, li, si])))
    return out


def summarize(heads: list[HeadResult], primary: str, higher_is_better: bool) -> dict[int, dict[str, Any]]:
    """Per layer: the grid point with the best mean validation primary metric over seeds, and for it the
    mean over seeds of every metric (valid and test) and the seed standard deviation of the test metrics."""
    by_layer: dict[int, dict[str, list[HeadResult]]] = {}
    for h in heads:
        by_layer.setdefault(h.layer, {}).setdefault(repr(sorted(h.grid.items())), []).append(h)
    out = {}
    for layer, groups in by_layer.items():
        def key(hs: list[HeadResult]) -> float:
            v = np.nanmean([h.valid[primary] for h in hs])
            return -np.inf if np.isnan(v) else (v if higher_is_better else -v)

        hs = max(groups.values(), key=key)
        metrics = hs[0].valid.keys()
        entry: dict[str, Any] = {
            "layer": layer,
            "valid": {k: float(np.mean([h.valid[k] for h in hs])) for k in metrics},
            "test": {k: float(np.mean([h.test[k] for h in hs])) for k in metrics},
            "test_std": {k: float(np.std([h.test[k] for h in hs])) for k in metrics},
            "hparams": {**hs[0].grid, "best_epoch": [h.epoch + 1 for h in hs]},
            "seeds": {str(h.seed): h.test for h in hs},
        }
        if hs[0].decoder is not None:
            entry["hparams"]["decoder"] = [h.decoder for h in hs]
        if hs[0].layer_weights is not None:
            entry["layer_weights"] = np.mean([h.layer_weights for h in hs], axis=0).tolist()
        out[layer] = entry
    return out


def chosen_test_scores(heads: list[HeadResult], per_layer: dict[int, dict[str, Any]]) -> dict[int, np.ndarray]:
    """Per layer, the test predictions averaged over the seeds of the grid point summarize() chose."""
    out: dict[int, list[np.ndarray]] = {}
    for h in heads:
        hp = per_layer[h.layer]["hparams"]
        if h.test_scores is not None and all(h.grid[k] == hp[k] for k in h.grid):
            out.setdefault(h.layer, []).append(h.test_scores)
    return {layer: np.mean(v, axis=0) for layer, v in out.items()}
