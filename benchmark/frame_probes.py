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
