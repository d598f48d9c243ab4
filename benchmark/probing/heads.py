"""The batched heads: every (grid point, layer, seed) probe head as one torch module, so that one optimiser step
trains them all. A head's initial weights depend only on its (seed, layer), and each seed draws its own dropout
masks, so a head gets the same numbers batched as alone. With layers of different widths (`widths`), each
layer's first weights are its own parameter and the heads read packed features, skipping the padding; heads
that have stopped can be left out of the compute (`active`). The minibatch training loop is here (run_epochs);
what each fit trains on, stops on and selects is probes.py's and frame_probes.py's."""
from __future__ import annotations

from typing import Any, Callable, Iterable, Sequence

import numpy as np
import torch


def _init(gen_seed: int, shape: Sequence[int], fan_in: int) -> torch.Tensor:
    g = torch.Generator().manual_seed(gen_seed)
    bound = fan_in ** -0.5
    return (torch.rand(*shape, generator=g) * 2 - 1) * bound


class _Point(torch.nn.Module):
    """The heads of one grid point: parameters with leading axes [layers', seeds]."""

    def __init__(self, layer_ids: list[int], seeds: list[int], dim: int, out: int, probe: str, hidden: int,
                 mix: bool, widths: Sequence[int] | None = None):
        super().__init__()
        heads = [-1] if mix else layer_ids
        if mix:
            self.alpha = torch.nn.Parameter(torch.zeros(len(seeds), len(layer_ids)))

        def stack(shape: Sequence[int], fan_in: int, tag: int) -> torch.nn.Parameter:
            # a head's initial weights depend only on (seed, layer), so batched and one-by-one fits agree
            return torch.nn.Parameter(torch.stack([torch.stack([
                _init(s * 1_000_003 + (l + 1) * 101 + tag, shape, fan_in) for s in seeds]) for l in heads]))

        first = (dim, out if probe == "linear" else hidden)
        if widths is not None:
            # ragged: layer l's first weights are its own parameter [S, w_l, C], the first w_l rows of the padded
            # head's initial weights (the rows the padding would meet are never used)
            full = stack(first, dim, 0).detach()
            self.parts = torch.nn.ParameterList(torch.nn.Parameter(full[li, :, :w].clone())
                                                for li, w in enumerate(widths))
        if probe == "linear":
            self.b = stack((out,), dim, 1)
            if widths is None:
                self.w = stack(first, dim, 0)
        else:
            self.b1 = stack((hidden,), dim, 1)
            self.w2, self.b2 = stack((hidden, out), hidden, 2), stack((out,), hidden, 3)
            if widths is None:
                self.w1 = stack(first, dim, 0)

    def first(self) -> list[torch.Tensor]:
        """The first affine map's weights: [L', S, D, C], or per layer [S, w_l, C] when ragged."""
        if hasattr(self, "parts"):
            return list(self.parts)
        return [self.w if hasattr(self, "w") else self.w1]

    def weights(self) -> list[torch.nn.Parameter]:
        """The weight matrices, which an L2 penalty shrinks (not the biases, nor the layer weights alpha)."""
        return [*self.first(), *([self.w2] if hasattr(self, "w2") else [])]

    def head_mask(self, name: str, mask: torch.Tensor) -> torch.Tensor:
        """Broadcast this point's [L', S] head mask to the parameter `name`."""
        if name == "alpha":
            return mask[0][:, None]
        if name.startswith("parts."):  # layer l's own weights [S, w_l, C]
            return mask[int(name.split(".")[1])][:, None, None]
        return mask.reshape(*mask.shape, *([1] * (getattr(self, name).dim() - 2)))


def pack(X: np.ndarray, widths: Sequence[int]) -> np.ndarray:
    """[..., L, D] features padded to the widest layer -> [..., sum(widths)]: each layer's real columns side by
    side (the ragged layout the heads read; padding is most of the values when widths differ)."""
    return np.concatenate([X[..., li, :w] for li, w in enumerate(widths)], -1)


def _ragged_affine(x: torch.Tensor, widths: Sequence[int], parts: list[list[torch.Tensor]],
                   bs: list[torch.Tensor], active: np.ndarray | None = None) -> torch.Tensor:
    """_affine's first layer on packed features: x [S, B, sum(widths)] (or [B, sum(widths)]); parts G x L' x
    [S, w_l, C] (each layer's own weights) -> [G, L', S, B, C]. The work is sum(widths), not L' x D.
    With `active` [G, L'], the heads of an inactive (grid point, layer) are not computed (zeros stand in, and
    their own weights get no gradient, so the optimiser skips them too)."""
    G, outs, start = len(parts), [], 0
    for li, w in enumerate(widths):
        xl = x[..., start:start + w]
        if active is None or active[:, li].all():
            outs.append(xl @ torch.cat([p[li] for p in parts], -1))  # [S, B, G*C]
        else:
            S, C = parts[0][li].shape[0], parts[0][li].shape[-1]
            outs.append(torch.cat([xl @ p[li] if active[g, li] else xl.new_zeros(S, xl.shape[-2], C)
                                   for g, p in enumerate(parts)], -1))
        start += w
    return _by_point(torch.stack(outs), G, bs)


def _affine(z: torch.Tensor, ws: list[torch.Tensor], bs: list[torch.Tensor]) -> torch.Tensor:
    """Per-head affine maps. z [1 or G, L', S, B, D]; ws G x [L', S, D, C] -> [G, L', S, B, C].
    When all grid points read the same input, their weights are concatenated into one wider matmul,
    which is several times faster than G thin ones."""
    G = len(ws)
    if z.shape[0] == 1:
        return _by_point(torch.einsum("lsbd,lsdc->lsbc", z[0], torch.cat(ws, -1)), G, bs)
    return torch.einsum("glsbd,glsdc->glsbc", z, torch.stack(ws)) + torch.stack(bs)[:, :, :, None]


def _by_point(out: torch.Tensor, G: int, bs: list[torch.Tensor]) -> torch.Tensor:
    """[L', S, B, G*C] (the grid points' outputs side by side) -> [G, L', S, B, C], plus each head's bias."""
    L, S, B, _ = out.shape
    return out.view(L, S, B, G, -1).permute(3, 0, 1, 2, 4) + torch.stack(bs)[:, :, :, None]


class BatchedHeads(torch.nn.Module):
    """Every (grid point, layer, seed) head as one model. With `mix`, a softmax-weighted sum of all layers
    (weights initialised equal) feeds a single head per (grid point, seed): the weighted-sum probe."""

    def __init__(self, layer_ids: list[int], seeds: list[int], dim: int, out: int, probe: str, hidden: int,
                 dropout: float, mix: bool, n_points: int = 1, widths: Sequence[int] | None = None):
        super().__init__()
        self.mix, self.probe, self.dropout, self.n_seeds = mix, probe, dropout, len(seeds)
        # with widths (one head per layer only), forward reads packed features [.., sum(widths)] (see pack);
        # the weights keep their padded shape [.., dim, ..], so a head starts from the same values either way
        self.widths = None if mix or widths is None else list(widths)
        self.seeds = list(seeds)
        self.points = torch.nn.ModuleList(
            [_Point(layer_ids, seeds, dim, out, probe, hidden, mix, self.widths) for _ in range(n_points)])
        self.drop_gens: list[torch.Generator] | None = None
        # ragged heads only: [G, L'] the (grid point, layer) heads still computed; fit clears a pair once all its
        # heads have stopped (Stopper.freezes), as nothing they do after is kept
        self.active: np.ndarray | None = None

    def _dropout(self, h: torch.Tensor) -> torch.Tensor:
        """Dropout whose mask for a (seed, example, unit) comes from that seed's own generator and is shared by
        the seed's heads: a head sees the same masks whether it is trained alone or with the others."""
        if not self.training or self.dropout == 0:
            return h
        if self.drop_gens is None:
            self.drop_gens = [torch.Generator(h.device).manual_seed(s * 7919 + 17) for s in self.seeds]
        B, H = h.shape[3], h.shape[4]
        keep = torch.stack([torch.rand(B, H, generator=g, device=h.device) for g in self.drop_gens]) >= self.dropout
        return h * keep.to(h.dtype) / (1.0 - self.dropout)

    def keep_best(self, best_state: dict[str, torch.Tensor], improved: np.ndarray) -> None:
        """Copy the parameters of the heads that just improved ([G, L', S] mask) into `best_state`."""
        mask = torch.from_numpy(improved).to(next(self.parameters()).device)
        for g, pt in enumerate(self.points):
            for name, p in pt.named_parameters():
                key = f"points.{g}.{name}"
                best_state[key] = torch.where(pt.head_mask(name, mask[g]), p.detach(), best_state[key])

    def add_l2_grad(self, grid: list[dict[str, float]]) -> None:
        """After backward: add each grid point's L2 penalty, l2/2 x the squared weights of each of its heads, to
        the gradient (l2 x w), as if it were in the loss; cheaper than differentiating it."""
        for pt, g in zip(self.points, grid):
            if g.get("l2"):
                for w in pt.weights():
                    w.grad.add_(w.detach(), alpha=g["l2"])

    def forward(self, x: torch.Tensor) -> torch.Tensor:
        """x [S, B, L, D] (or [B, L, D], shared by all seeds; packed [S, B, W] or [B, W] with widths) ->
        scores [G, L', S, B, C]."""
        P = self.points
        if self.widths is not None:
            if self.probe == "linear":
                return _ragged_affine(x, self.widths, [p.first() for p in P], [p.b for p in P], self.active)
            h = self._dropout(torch.relu(_ragged_affine(x, self.widths, [p.first() for p in P], [p.b1 for p in P],
                                                        self.active)))
            return _affine(h, [p.w2 for p in P], [p.b2 for p in P])
        if x.dim() == 3:
            x = x.unsqueeze(0).expand(self.n_seeds, *x.shape)
        if self.mix:
            # [S, 1, 1, L] @ [S, B, L, D]: a batched matmul, 5-15x faster than the einsum it replaces, whose
            # permuted copy of x dominated the weighted-sum probe
            z = torch.stack([(torch.softmax(p.alpha, -1)[:, None, None] @ x).squeeze(-2) for p in self.points])
            z = z.unsqueeze(1)
        else:
            z = x.permute(2, 0, 1, 3).unsqueeze(0)
        if self.probe == "linear":
            return _affine(z, [p.w for p in P], [p.b for p in P])
        h = self._dropout(torch.relu(_affine(z, [p.w1 for p in P], [p.b1 for p in P])))
        return _affine(h, [p.w2 for p in P], [p.b2 for p in P])


def run_epochs(model: BatchedHeads, opt: torch.optim.Optimizer, grid: list[dict[str, float]], epochs: int,
               losses: Callable[[], Iterable[torch.Tensor]], end_of_epoch: Callable[[int], bool]) -> int:
    """The training loop of every minibatch fit (probes.fit, frame_probes.fit_frames): each epoch, a step on every
    loss `losses()` yields (each minibatch's summed head losses; each grid point's L2 penalty is added to the
    gradient), then `end_of_epoch(epoch)` (validation, early stopping, progress), which says whether to stop.
    Returns the epochs run."""
    for epoch in range(epochs):
        for loss in losses():
            opt.zero_grad(set_to_none=True)
            loss.backward()
            model.add_l2_grad(grid)
            opt.step()
        if end_of_epoch(epoch):
            return epoch + 1
    return epochs


def optimiser(groups: list[dict[str, Any]]) -> torch.optim.AdamW:
    """AdamW over `groups`, fused: one kernel updates every parameter (on one CPU thread 4x faster than the
    foreach form on madmom-key's heads, 28M parameters: 0.026 s a step against 0.101; with 64 clips a minibatch
    the update, not the matmuls, was 42 % of a wide network's clip-level probe). The same update rule; the
    rounding of its last bit may differ from the foreach form."""
    return torch.optim.AdamW(groups, fused=True)


def param_groups(model: BatchedHeads, grid: list[dict[str, float]]) -> list[dict[str, Any]]:
    """One AdamW parameter group per grid point, carrying its lr and (decoupled) weight decay."""
    return [{"params": pt.parameters(), "lr": g["lr"], "weight_decay": g["weight_decay"]}
            for pt, g in zip(model.points, grid)]
