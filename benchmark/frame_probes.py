"""Frame-level probes: the batched heads of probes.py (every layer x grid point x seed in one model) applied to
every frame, trained on minibatches of frames read from the frame cache, early-stopped per head on the
validation split's event metric (decoded with the decoder's default options), the decoder's options then
chosen on validation per head. Knows nothing of audio.

Beats: one logit per frame, binary cross-entropy with the positive class weighted by (non-beat / beat frames)
of the training split. Chords: 25 logits (benchmark.events.CHORD_CLASSES), cross-entropy, frames whose chord is
outside majmin ignored. A minibatch is `batch_size` x 32 frames drawn at random from the training clips; an
epoch is as many minibatches as cover the training frames once, at most 50 (and at least protocol.epoch_steps).
"""
from __future__ import annotations

import itertools
from dataclasses import dataclass
from typing import Any, Sequence

import numpy as np
import torch
import torch.nn.functional as F

from . import events
from .output import Stage
from .heads import BatchedHeads, param_groups
from .probes import HeadResult
from .specs import ProtocolSpec
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


def _loss(target: str, scores: torch.Tensor, y: torch.Tensor, pos_weight: float) -> torch.Tensor:
    """Each head's mean loss [G, L', S]; scores [G, L', S, B, C], y [S, B]."""
    G, L, S, B, C = scores.shape
    yy = y.expand(G, L, S, B)
    if target == "beats":
        per = F.binary_cross_entropy_with_logits(scores[..., 0], yy.float(), reduction="none",
                                                 pos_weight=torch.tensor(pos_weight, device=scores.device))
        return per.mean(-1)
    per = F.cross_entropy(scores.reshape(-1, C), yy.reshape(-1), ignore_index=events.IGNORE, reduction="none")
    valid = (yy != events.IGNORE).float()
    return (per.reshape(G, L, S, B) * valid).sum(-1) / valid.sum(-1).clamp(min=1)


def decode(target: str, act: np.ndarray, fps: float, options: dict[str, float], decoder: str = "") -> Any:
    """Events from one clip's activations: beats by the DBN or by peak picking, chords as segments."""
    if target == "beats":
        fn = events.dbn if decoder == "dbn" else events.peaks
        return fn(act[:, 0], fps, **options)
    return events.segments(act, fps)


def score(target: str, refs: list[Any], ests: list[Any], only: str | None = None,
          names: Sequence[str] | None = None) -> dict[str, float]:
    """The metrics `names` (default: every metric of the target), or only the one named (what model selection
    needs: a third of the work)."""
    fn, every = ((events.beat_scores, events.BEAT_METRICS) if target == "beats"
                 else (events.chord_scores, events.CHORD_METRICS))
    return fn(refs, ests, [only] if only else list(names or every))


def clip_parts(target: str, primary: str, refs: list[Any], ests: list[Any]) -> np.ndarray:
    """[clips, 2]: each test clip's share of the primary metric (numerator, denominator), so a bootstrap over
    clips recomputes it as sum(num) / sum(den) (beat F-measure: the clip's value over 1; chords: correct over
    scored seconds)."""
    if target == "beats":
        return np.array([[events.beat_scores([r], [e], [primary])[primary], 1.0] for r, e in zip(refs, ests)])
    return np.array([events.chord_parts([r], [e], primary) for r, e in zip(refs, ests)])


def fit_frames(fs, splits: dict[str, FrameSplit], target: str, protocol: ProtocolSpec, decoder_grid: dict[str, list],
               primary: str, layer_ids: list[int], fps: float, mix: bool = False,
               device: torch.device | str = "cpu", progress: bool = True, decoder: str = "",
               metrics: Sequence[str] | None = None) -> list[HeadResult]:
    """Every head's fit (see the module doc). With `decoder` 'dbn' the epochs are scored with peak picking at
    its middle options (a Viterbi per clip, head and epoch would cost minutes an epoch); the decoder chosen on
    validation and the scores are the DBN's."""
    if protocol.solver == "lbfgs":
        return _fit_lbfgs(fs, splits, target, protocol, decoder_grid, primary, layer_ids, fps, mix,
                          torch.device(device), progress, decoder, metrics)
    device = torch.device(device)
    seeds = protocol.seeds
    grid = protocol.grid.points()
    mean, std = _stats(fs, splits["train"].clips)
    mean_t, std_t = torch.from_numpy(mean).to(device), torch.from_numpy(std).to(device)
    n_out = 1 if target == "beats" else len(events.CHORD_CLASSES)
    L = len(layer_ids)
    widths = list(fs.hidden_sizes)
    ragged = not mix and len(set(widths)) > 1
    torch.manual_seed(seeds[0])
    model = BatchedHeads(layer_ids, seeds, mean.shape[-1], n_out, protocol.probe, protocol.hidden, protocol.dropout,
                         mix, n_points=len(grid), widths=widths if ragged else None).to(device)
    opt = torch.optim.AdamW(param_groups(model, grid), foreach=True)
    tr = splits["train"]
    rows = np.concatenate([fs.offsets[fs.rows[i]] + np.arange(fs.n_frames(i)) for i in tr.clips])
    y_all = np.concatenate(tr.targets)
    pos = float(y_all.mean()) if target == "beats" else 0.0
    pos_weight = (1 - pos) / pos if 0 < pos < 1 else 1.0
    B = protocol.batch_size * FRAMES_PER_ITEM
    steps = max(protocol.epoch_steps or 1, min(MAX_STEPS, -(-len(rows) // B)))  # at least epoch_steps
    gens = [np.random.default_rng(s) for s in seeds]
    stop_grid = events.DECODERS["peaks"].grid if decoder == "dbn" else decoder_grid
    defaults = {k: v[len(v) // 2] for k, v in stop_grid.items()}

    def features(x: np.ndarray) -> torch.Tensor:
        """Standardised frames [n, L, D], packed to [n, sum(widths)] when the heads read ragged features."""
        z = (torch.from_numpy(np.asarray(x, dtype=np.float32)).to(device) - mean_t) / std_t
        return torch.cat([z[:, li, :w] for li, w in enumerate(widths)], -1) if ragged else z

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
                out.append((torch.sigmoid(s) if target == "beats" else s).cpu().numpy())
        model.train()
        return out

    shape = (len(grid), 1 if mix else L, len(seeds))
    stopper = Stopper(model, shape, _higher, protocol.patience, protocol.patience_on)
    va = splits["valid"]
    views = halves(len(va.clips))
    no_loss = {v: np.zeros(shape) for v in views}  # event metrics only: a tie keeps the earlier epoch
    with Stage("frame probe (weighted sum)" if mix else "frame probe", protocol.epochs, "epochs", enabled=progress,
               detail=f" at most, {int(np.prod(shape))} heads on {len(rows):,} training frames") as stage:
        for epoch in range(protocol.epochs):
            for _ in range(steps):
                idx = np.stack([g.integers(0, len(rows), B) for g in gens])  # [S, B]
                yb = torch.from_numpy(y_all[idx]).to(device)
                loss = _loss(target, model(batch(idx)), yb, pos_weight).sum()
                opt.zero_grad(set_to_none=True)
                loss.backward()
                model.add_l2_grad(grid)
                opt.step()
            acts = activations(va)
            parts = np.zeros((*shape, len(va.clips), 2))
            for g, li, si in np.ndindex(*shape):
                ests = [decode(target, a[g, li, si], fps, defaults) for a in acts]
                parts[g, li, si] = clip_parts(target, primary, va.refs, ests)
            stopper.update(epoch, {v: _ratio(parts[..., ix, :]) for v, ix in views.items()}, no_loss)
            stage.advance()
            if stopper.done():
                break
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
    options = [dict(zip(decoder_grid, v)) for v in itertools.product(*decoder_grid.values())] or [{}]
    out = []
    for g, li, si in np.ndindex(*shape):
        def ests(split: str, opt_: dict[str, float]) -> list[Any]:
            return [decode(target, a[g, li, si], fps, opt_, decoder) for a in acts[split]]

        chosen = max(options, key=lambda o: score(target, va.refs, ests("valid", o), primary)[primary])
        test_ests = ests("test", chosen)
        weights = torch.softmax(model.points[g].alpha, -1)[si].detach().cpu().tolist() if mix else None
        out.append(HeadResult(-1 if mix else layer_ids[li], grid[g], seeds[si], int(best_epoch[g, li, si]),
                              score(target, va.refs, ests("valid", chosen), names=metrics),
                              score(target, splits["test"].refs, test_ests, names=metrics), weights,
                              clip_parts(target, primary, splits["test"].refs, test_ests), chosen,
                              int(score_epoch[g, li, si])))
    return out


def frame_loss(target: str, y: torch.Tensor, pos_weight: float = 1.0):
    """The mean training loss of one head's scores [n, C] against frame targets y [n] (no ignored frames):
    binary cross-entropy with positives weighted by pos_weight (beats), or cross-entropy (chords)."""
    if target == "beats":
        pw, yf = torch.tensor(pos_weight, device=y.device), y.float()
        return lambda s: F.binary_cross_entropy_with_logits(s[:, 0], yf, pos_weight=pw)
    return lambda s: F.cross_entropy(s, y)


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


def _fit_lbfgs(fs, splits: dict[str, FrameSplit], target: str, protocol: ProtocolSpec,
               decoder_grid: dict[str, list], primary: str, layer_ids: list[int], fps: float, mix: bool,
               device: torch.device, progress: bool, decoder: str, metrics: Sequence[str] | None) -> list[HeadResult]:
    """fit_frames under `solver: lbfgs`: per layer (or once for the weighted sum), the linear head minimising the
    mean training loss + l2/2 x its squared weights (fit_frames' loss, on every training frame at once), by
    `minimise`, for each l2 of the grid from the largest down, each fit starting at the previous one's optimum
    (the optimum of a linear head is unique, so this only saves iterations). A head's `epoch` is its iteration
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
    keep = np.ones(len(y_all), bool) if target == "beats" else y_all != events.IGNORE
    classes = np.array([0]) if target == "beats" else np.unique(y_all[keep])  # the outputs: present classes
    y = torch.from_numpy(y_all[keep] if target == "beats" else np.searchsorted(classes, y_all[keep])).to(device)
    pos = float(y_all.mean()) if target == "beats" else 0.0
    loss_of = frame_loss(target, y, (1 - pos) / pos if 0 < pos < 1 else 1.0)

    def features(i: int) -> torch.Tensor:
        """Clip i's standardised frames, each layer's real columns side by side [n, sum(widths)]."""
        z = (torch.from_numpy(fs.clip(i)).to(device) - mean_t) / std_t
        return torch.cat([z[:, li, :w] for li, w in enumerate(widths)], -1)

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
    heads = [-1] if mix else list(range(len(widths)))
    with Stage("frame probe (weighted sum, L-BFGS)" if mix else "frame probe (L-BFGS)", len(heads) * len(grid),
               "fits", enabled=progress, detail=f" on {len(X):,} training frames") as stage:
        for li in heads:
            cols = (lambda x: x) if mix else (lambda x, li=li: x[:, starts[li]:starts[li + 1]])
            x = X if mix else cols(X).contiguous()
            params = [torch.zeros(max(widths) if mix else widths[li], len(classes), device=device,
                                  requires_grad=True), torch.zeros(len(classes), device=device, requires_grad=True)]
            if mix:
                params.append(torch.zeros(len(widths), device=device, requires_grad=True))
            for g in order:  # the largest l2 first, each fit from the last one's optimum
                l2 = grid[g].get("l2", 0.0)
                iters = minimise(params, lambda: loss_of(head(x, params)) + l2 / 2 * (params[0] ** 2).sum(),
                                 protocol.epochs, grid[g]["lr"])
                fitted[li, g] = (cols, [p.detach().clone() for p in params], iters)
                stage.advance()
            del x
    del X

    def activation(s: torch.Tensor) -> np.ndarray:
        if target == "beats":
            return torch.sigmoid(s).cpu().numpy()
        full = np.full((len(s), len(events.CHORD_CLASSES)), -np.inf, np.float32)
        full[:, classes] = s.cpu().numpy()
        return full

    acts: dict[str, dict[tuple[int, int], list[np.ndarray]]] = {"valid": {}, "test": {}}
    with torch.no_grad():
        for split in acts:
            xs = [features(i) for i in splits[split].clips]
            for k, (cols, p, _) in fitted.items():
                acts[split][k] = [activation(head(cols(x), p)) for x in xs]
    options = [dict(zip(decoder_grid, v)) for v in itertools.product(*decoder_grid.values())] or [{}]
    va, te = splits["valid"], splits["test"]
    out = []
    for (li, g), (_, p, iters) in fitted.items():
        def ests(split: str, opt_: dict[str, float]) -> list[Any]:
            return [decode(target, a, fps, opt_, decoder) for a in acts[split][li, g]]

        chosen = max(options, key=lambda o: score(target, va.refs, ests("valid", o), primary)[primary])
        test_ests = ests("test", chosen)
        out.append(HeadResult(-1 if mix else layer_ids[li], grid[g], protocol.seeds[0], iters - 1,
                              score(target, va.refs, ests("valid", chosen), names=metrics),
                              score(target, te.refs, test_ests, names=metrics),
                              torch.softmax(p[2], 0).tolist() if mix else None,
                              clip_parts(target, primary, te.refs, test_ests), chosen, iters - 1))
    return sorted(out, key=lambda h: (grid.index(h.grid), h.layer))


def _ratio(parts: np.ndarray) -> np.ndarray:
    """A metric from clips' (numerator, denominator) shares [..., clips, 2]."""
    return parts[..., 0].sum(-1) / np.maximum(parts[..., 1].sum(-1), 1e-12)


def _higher(a: np.ndarray, b: np.ndarray) -> np.ndarray:
    return np.where(np.isnan(b), ~np.isnan(a), a > b)


def ratio_metric(higher_is_better: bool = True):
    """The primary metric recomputed from clip shares (see clip_parts), for the bootstrap over test clips."""
    from .metrics import Metric

    return Metric("clip_ratio", lambda y, s, _: float(s[:, 0].sum() / max(s[:, 1].sum(), 1e-12)), ("beats", "chords"),
                  higher_is_better)


def per_clip_targets(target: str, refs: Sequence[Any], lengths: Sequence[int], fps: float) -> list[np.ndarray]:
    if target == "beats":
        return [events.beat_targets(r, n, fps) for r, n in zip(refs, lengths)]
    return [events.chord_targets(r[0], r[1], n, fps) for r, n in zip(refs, lengths)]
