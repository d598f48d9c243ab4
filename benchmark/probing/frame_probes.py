"""Frame-level probes: a linear head (or MLP) per layer applied to every frame, for an event target (Beats,
Chords: what each target's frames, loss, activation, decoder and metrics are), fitted by one of two solvers, the
decoder's options then chosen on validation per head. Knows nothing of audio.

- adam (the default): the batched heads of heads.py (every layer x grid point x seed in one model) trained on
  minibatches of `batch_size` x 32 frames drawn at random from the training clips (an epoch covers the training
  frames once, at most 50 steps, at least protocol.epoch_steps), early-stopped per head on the validation
  split's event metric decoded with the decoder's default options.
- lbfgs: each head's optimum on every training frame at once (_fit_lbfgs), scored once at the end.
"""
from __future__ import annotations

import itertools
from dataclasses import dataclass
from typing import Any, Iterator, Sequence

import numpy as np
import torch

from . import events
from .event_targets import EVENT_TARGETS, EventTarget
from ..output import Stage
from .heads import BatchedHeads, optimiser, param_groups, run_epochs
from .probes import HeadResult
from ..config.specs import ProtocolSpec
from .stopping import Stopper, halves, other_half

FRAMES_PER_ITEM = 32  # a minibatch is protocol.batch_size x this many frames
MAX_STEPS = 50
HELD_BYTES = 4 * 2 ** 30  # training frames up to this size (float32) are standardised once and held in memory


@dataclass
class FrameSplit:
    clips: list[int]  # task clip indices (into the FrameSet)
    targets: list[np.ndarray]  # per clip: [n] 0/1 (beats) or class indices with events.IGNORE (chords)
    refs: list[Any]  # per clip: reference events (beat times, or (intervals, labels))


def _stats(fs, clips: list[int]) -> tuple[np.ndarray, np.ndarray]:
    """Per layer and dimension, mean and std over every training frame, accumulated clip by clip."""
    total = total_sq = None
    n = 0
    for i in clips:
        x = fs.clip(i).astype(np.float64)
        s, sq = x.sum(0), (x * x).sum(0)
        total, total_sq = (s, sq) if total is None else (total + s, total_sq + sq)
        n += len(x)
    mean = total / max(n, 1)
    std = np.sqrt(np.maximum(total_sq / max(n, 1) - mean ** 2, 0))
    std[std < 1e-6] = 1.0
    return mean.astype(np.float32), std.astype(np.float32)


def _standardised(x: np.ndarray, mean: torch.Tensor, std: torch.Tensor, widths: list[int] | None) -> torch.Tensor:
    """Frames [n, L, D] standardised with the training statistics; with `widths`, each layer's real columns
    side by side [n, sum(widths)] (the padding left out)."""
    z = (torch.from_numpy(np.asarray(x, dtype=np.float32)).to(mean.device) - mean) / std
    return torch.cat([z[:, li, :w] for li, w in enumerate(widths)], -1) if widths is not None else z


def fit_frames(fs, splits: dict[str, FrameSplit], target: str, protocol: ProtocolSpec, decoder_grid: dict[str, list],
               primary: str, layer_ids: list[int], fps: float, mix: bool = False,
               device: torch.device | str = "cpu", progress: bool = True, decoder: str = "",
               metrics: Sequence[str] | None = None) -> list[HeadResult]:
    """Every head's fit (see the module doc). With `decoder` 'dbn' the epochs are scored with peak picking at
    its middle options (a Viterbi per clip, head and epoch would cost minutes an epoch); the decoder chosen on
    validation and the scores are the DBN's."""
    kind = EVENT_TARGETS[target]
    if protocol.solver == "lbfgs":
        return _fit_lbfgs(fs, splits, kind, protocol, decoder_grid, primary, layer_ids, fps, mix,
                          torch.device(device), progress, decoder, metrics)
    device = torch.device(device)
    seeds = protocol.seeds
    grid = protocol.grid.points()
    mean, std = _stats(fs, splits["train"].clips)
    mean_t, std_t = torch.from_numpy(mean).to(device), torch.from_numpy(std).to(device)
    n_out = kind.n_out
    L = len(layer_ids)
    widths = list(fs.hidden_sizes)
    ragged = not mix and len(set(widths)) > 1
    torch.manual_seed(seeds[0])
    model = BatchedHeads(layer_ids, seeds, mean.shape[-1], n_out, protocol.probe, protocol.hidden, protocol.dropout,
                         mix, n_points=len(grid), widths=widths if ragged else None).to(device)
    opt = optimiser(param_groups(model, grid))
    tr = splits["train"]
    rows = np.concatenate([fs.offsets[fs.rows[i]] + np.arange(fs.n_frames(i)) for i in tr.clips])
    y_all = np.concatenate(tr.targets)
    pos_weight = kind.pos_weight(y_all)
    B = protocol.batch_size * FRAMES_PER_ITEM
    steps = max(protocol.epoch_steps or 1, min(MAX_STEPS, -(-len(rows) // B)))  # at least epoch_steps
    gens = [np.random.default_rng(s) for s in seeds]
    stop_grid = events.DECODERS["peaks"].grid if decoder == "dbn" else decoder_grid
    defaults = {k: v[len(v) // 2] for k, v in stop_grid.items()}

    def features(x: np.ndarray) -> torch.Tensor:
        """Standardised frames [n, L, D], packed to [n, sum(widths)] when the heads read ragged features."""
        return _standardised(x, mean_t, std_t, widths if ragged else None)

    # the training frames, standardised once and held in memory (in `rows` order) when they fit the budget;
    # else each minibatch is read from the memory-mapped cache (the same values)
    width = sum(widths) if ragged else int(np.prod(fs.store.shape[1:]))
    held = torch.cat([features(fs.clip(i)) for i in tr.clips]) if len(rows) * width * 4 <= HELD_BYTES else None
    valid_x = [features(fs.clip(i)) for i in splits["valid"].clips]

    def batch(idx: np.ndarray) -> torch.Tensor:
        """Minibatch [S, B, ...] of training frames at positions idx [S, B] of `rows`."""
        if held is not None:
            return held[torch.from_numpy(idx).to(device)]
        flat = rows[idx.reshape(-1)]
        order = np.argsort(flat)
        x = np.empty((len(flat), *fs.store.shape[1:]), dtype=np.float32)
        x[order] = fs.store[flat[order]]  # sorted reads from the memory map
        z = features(x)
        return z.reshape(*idx.shape, *z.shape[1:])

    def activations(split: FrameSplit) -> list[np.ndarray]:
        """Per clip [G, L', S, n, C]: sigmoid (beats) or raw scores (chords)."""
        model.eval()
        out = []
        with torch.no_grad():
            for k, i in enumerate(split.clips):
                s = model(valid_x[k] if split is splits["valid"] else features(fs.clip(i)))
                out.append(kind.activation(s).cpu().numpy())
        model.train()
        return out

    shape = (len(grid), 1 if mix else L, len(seeds))
    stopper = Stopper(model, shape, _higher, protocol.patience, protocol.patience_on)
    va = splits["valid"]
    views = halves(len(va.clips))
    no_loss = {v: np.zeros(shape) for v in views}  # event metrics only: a tie keeps the earlier epoch

    def losses() -> Iterator[torch.Tensor]:
        for _ in range(steps):
            idx = np.stack([g.integers(0, len(rows), B) for g in gens])  # [S, B]
            yield kind.head_losses(model(batch(idx)), torch.from_numpy(y_all[idx]).to(device), pos_weight).sum()

    def end_of_epoch(epoch: int) -> bool:
        acts = activations(va)
        parts = np.zeros((*shape, len(va.clips), 2))
        for g, li, si in np.ndindex(*shape):
            ests = [kind.decode(a[g, li, si], fps, defaults) for a in acts]
            parts[g, li, si] = kind.clip_parts(primary, va.refs, ests)
        stopper.update(epoch, {v: _ratio(parts[..., ix, :]) for v, ix in views.items()}, no_loss)
        stage.advance()
        return protocol.early_stopping and stopper.done()

    with Stage("frame probe (weighted sum)" if mix else "frame probe", protocol.epochs, "epochs", enabled=progress,
               detail=f" at most, {int(np.prod(shape))} heads on {len(rows):,} training frames") as stage:
        run_epochs(model, opt, grid, protocol.epochs, losses, end_of_epoch)
    valid_acts: list[np.ndarray] | None = None
    if protocol.selection == "crossfit":
        per_view = {}
        for v in ("a", "b"):
            stopper.load(v)
            per_view[v] = activations(va)
        valid_acts = [per_view[other_half(i)][i] for i in range(len(va.clips))]
    stopper.load("all")
    acts = {"test": activations(splits["test"])}
    acts["valid"] = valid_acts if valid_acts is not None else activations(va)
    best_epoch, score_epoch = stopper.epoch["all"], stopper.score_epoch["all"]
    out = []
    for g, li, si in np.ndindex(*shape):
        chosen, valid, test, parts = _decoded(kind, [a[g, li, si] for a in acts["valid"]],
                                              [a[g, li, si] for a in acts["test"]], va, splits["test"], fps,
                                              decoder_grid, decoder, primary, metrics)
        weights = torch.softmax(model.points[g].alpha, -1)[si].detach().cpu().tolist() if mix else None
        out.append(HeadResult(-1 if mix else layer_ids[li], grid[g], seeds[si], int(best_epoch[g, li, si]), valid,
                              test, weights, parts, chosen, int(score_epoch[g, li, si])))
    return out


def _decoded(kind: EventTarget, valid_acts: list[np.ndarray], test_acts: list[np.ndarray], va: FrameSplit,
             te: FrameSplit, fps: float, decoder_grid: dict[str, list], decoder: str, primary: str,
             metrics: Sequence[str] | None) -> tuple[dict[str, float], dict[str, float], dict[str, float], np.ndarray]:
    """One head's decoder options chosen on validation (the first best of the grid), and with them its validation
    scores, test scores and test clips' shares: (options, valid, test, parts). Each clip is decoded once per
    option."""
    options = [dict(zip(decoder_grid, v)) for v in itertools.product(*decoder_grid.values())] or [{}]
    valid = [[kind.decode(a, fps, o, decoder) for a in valid_acts] for o in options]
    best = max(range(len(options)), key=lambda k: kind.score(va.refs, valid[k], primary)[primary])
    test = [kind.decode(a, fps, options[best], decoder) for a in test_acts]
    return (options[best], kind.score(va.refs, valid[best], names=metrics), kind.score(te.refs, test, names=metrics),
            kind.clip_parts(primary, te.refs, test))


def minimise(params: list[torch.Tensor], objective, max_iter: int, lr: float = 1.0) -> int:
    """Minimise objective() over params in place by L-BFGS (strong-Wolfe line search) until the largest gradient
    entry is below 1e-6, the loss stops changing, or max_iter iterations; the iterations it ran."""
    opt = torch.optim.LBFGS(params, lr=lr, max_iter=max_iter, tolerance_grad=1e-6, tolerance_change=1e-10,
                            history_size=20, line_search_fn="strong_wolfe")

    def closure() -> torch.Tensor:
        opt.zero_grad()
        loss = objective()
        loss.backward()
        return loss

    opt.step(closure)
    return int(opt.state[params[0]]["n_iter"])


def _fit_lbfgs(fs, splits: dict[str, FrameSplit], kind: EventTarget, protocol: ProtocolSpec,
               decoder_grid: dict[str, list], primary: str, layer_ids: list[int], fps: float, mix: bool,
               device: torch.device, progress: bool, decoder: str, metrics: Sequence[str] | None) -> list[HeadResult]:
    """fit_frames under `solver: lbfgs`: per layer (or once for the weighted sum), the linear head minimising the
    mean training loss + l2/2 x its squared weights (fit_frames' loss, on every training frame at once), by
    `minimise`, for each l2 of the grid from the largest down, each fit starting at the previous one's optimum
    (the optimum of a linear head is unique, so this only saves iterations; the weighted sum, not convex in its
    layer weights, starts each fit from equal layer weights and zeros). A head's `epoch` is its iteration
    count: one that reached protocol.epochs is late in the convergence record. Chord classes absent from the
    training frames get no output (score -inf), as in scikit-learn. The decoder's options are then chosen on
    validation per head."""
    grid = protocol.grid.points()
    order = sorted(range(len(grid)), key=lambda g: -grid[g].get("l2", 0.0))
    mean, std = _stats(fs, splits["train"].clips)
    mean_t, std_t = torch.from_numpy(mean).to(device), torch.from_numpy(std).to(device)
    widths = list(fs.hidden_sizes)
    starts = np.concatenate([[0], np.cumsum(widths)]).tolist()
    tr = splits["train"]
    y_all = np.concatenate(tr.targets)
    keep, classes = kind.kept(y_all), kind.classes(y_all)  # the outputs: the classes training frames have
    loss_of = kind.loss(torch.from_numpy(kind.index(y_all[keep], classes)).to(device), kind.pos_weight(y_all))

    def features(i: int) -> torch.Tensor:
        """Clip i's standardised frames, each layer's real columns side by side [n, sum(widths)]."""
        return _standardised(fs.clip(i), mean_t, std_t, widths)

    X = torch.cat([features(i) for i in tr.clips])[torch.from_numpy(keep).to(device)]

    def mixed(x: torch.Tensor, p: list[torch.Tensor]) -> torch.Tensor:
        """The weighted sum's head on packed frames x: (sum over layers of alpha_l x_l, zero-padded to the widest)
        @ w + b, computed as x @ (each layer's alpha_l w[:w_l] stacked) + b: one matmul over the real columns.
        p = (w [D, C], b, alpha [L])."""
        a = torch.softmax(p[2], 0)
        return x @ torch.cat([a[li] * p[0][:w] for li, w in enumerate(widths)]) + p[1]

    def linear(x: torch.Tensor, p: list[torch.Tensor]) -> torch.Tensor:
        return x @ p[0] + p[1]

    head = mixed if mix else linear
    # (head, grid point) -> (a clip's columns the head reads, its fitted parameters, iterations)
    fitted: dict[tuple[int, int], tuple[Any, list[torch.Tensor], int]] = {}

    def fit_head(li: int, X: torch.Tensor, stage: Stage) -> None:
        """Layer li's heads (the weighted sum's with li -1) on the packed training frames X, one per l2: the
        largest first, each fit from the last one's optimum (the weighted sum's each from the start)."""
        cols = (lambda x: x) if mix else (lambda x: x[:, starts[li]:starts[li + 1]])
        x = X if mix else cols(X).contiguous()
        def start() -> list[torch.Tensor]:  # zero weights and bias; the weighted sum's layer weights equal
            return [torch.zeros(max(widths) if mix else widths[li], len(classes), device=device, requires_grad=True),
                    torch.zeros(len(classes), device=device, requires_grad=True),
                    *([torch.zeros(len(widths), device=device, requires_grad=True)] if mix else [])]

        params = start()
        for g in order:
            l2 = grid[g].get("l2", 0.0)
            if mix:  # not convex in the layer weights: each l2 from the same start, so no fit depends on another
                params = start()
            iters = minimise(params, lambda: loss_of(head(x, params)) + l2 / 2 * (params[0] ** 2).sum(),
                             protocol.epochs, grid[g]["lr"])
            fitted[li, g] = (cols, [p.detach().clone() for p in params], iters)
            stage.advance()

    heads = [-1] if mix else list(range(len(widths)))
    with Stage("frame probe (weighted sum, L-BFGS)" if mix else "frame probe (L-BFGS)", len(heads) * len(grid),
               "fits", enabled=progress, detail=f" on {len(X):,} training frames") as stage:
        for li in heads:
            fit_head(li, X, stage)
    del X

    def activation(s: torch.Tensor) -> np.ndarray:
        """The head's activation over every output (those absent from training: -inf, which no decoder picks)."""
        full = np.full((len(s), kind.n_out), -np.inf, np.float32)
        full[:, classes] = kind.activation(s).cpu().numpy()
        return full

    acts: dict[str, dict[tuple[int, int], list[np.ndarray]]] = {"valid": {}, "test": {}}
    with torch.no_grad():
        for split in acts:
            xs = [features(i) for i in splits[split].clips]
            for k, (cols, p, _) in fitted.items():
                acts[split][k] = [activation(head(cols(x), p)) for x in xs]
    out = []
    for (li, g), (_, p, iters) in fitted.items():
        chosen, valid, test, parts = _decoded(kind, acts["valid"][li, g], acts["test"][li, g], splits["valid"],
                                              splits["test"], fps, decoder_grid, decoder, primary, metrics)
        out.append(HeadResult(-1 if mix else layer_ids[li], grid[g], protocol.seeds[0], iters - 1, valid, test,
                              torch.softmax(p[2], 0).tolist() if mix else None, parts, chosen, iters - 1))
    return sorted(out, key=lambda h: (grid.index(h.grid), h.layer))


def _ratio(parts: np.ndarray) -> np.ndarray:
    """A metric from clips' (numerator, denominator) shares [..., clips, 2]."""
    return parts[..., 0].sum(-1) / np.maximum(parts[..., 1].sum(-1), 1e-12)


def _higher(a: np.ndarray, b: np.ndarray) -> np.ndarray:
    return np.where(np.isnan(b), ~np.isnan(a), a > b)


def ratio_metric(higher_is_better: bool = True):
    """The primary metric recomputed from clip shares (see clip_parts), for the bootstrap over test clips."""
    from ..config.metrics import Metric

    return Metric("clip_ratio", lambda y, s, _: float(s[:, 0].sum() / max(s[:, 1].sum(), 1e-12)), ("beats", "chords"),
                  higher_is_better)
