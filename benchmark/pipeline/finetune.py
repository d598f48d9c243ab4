"""`bench finetune`: layer-freezing fine-tuning. The encoder's layers above K train together with the probe
head (layers 0..K and the front end stay frozen), the head reads one layer (the last by default), and the
task's protocol applies unchanged (but for `reduce`: the head reads the whole layer, as features that change
cannot be cut to a rank fitted once): grid, seeds, epochs, early stopping on validation, standardisation with the
frozen features' training statistics. The encoder has its own (small) learning rate.

One fit per (grid point, seed), each from the pretrained weights, through the same training loop as the frozen
probes (probes.fit with a Tuner). With K = the read layer nothing in the encoder trains, and the result is the
frozen probe's. Results have the standard schema plus a `finetune` block, at
<out>/finetune/<model>/<task>/freeze-<K>.json.
"""
from __future__ import annotations

import copy
import time
from dataclasses import replace
from pathlib import Path
from typing import Any

import numpy as np
import torch

from ..extract import entries, features
from ..probing import probes
from .. import results
from ..data.manifest import SPLITS
from ..errors import BenchError
from ..config.metrics import METRICS
from .run import Prepared, RunOptions, prepare, result_doc
from ..config.specs import Submission, TaskSpec

EVAL_BATCH = 16


def result_path(out: Path, model: str, task: str, k: int) -> Path:
    return Path(out) / "finetune" / model / task / f"freeze-{k}.json"


def frozen_prefix(enc, waves: dict[str, list[np.ndarray]], k: int) -> dict[str, list[list[Any]]] | None:
    """Per split and clip, per chunk of the clip (as features.pool chunks it), the encoder's state after the
    frozen layers 0..k, computed once (float32, in memory) so that each training step runs only the layers
    above k. None when the encoder cannot split its forward (it says so on the first chunk; then every step
    runs all of it)."""
    out: dict[str, list[list[Any]]] = {}
    with torch.no_grad():
        for split, ws in waves.items():
            out[split] = []
            for w in ws:
                parts = []
                for a, b in features.chunk_ranges(enc, len(w)):
                    state = enc.prefix(torch.from_numpy(w[None, a:b]).to(enc.device), k)
                    if state is None:
                        return None
                    parts.append(state)
                out[split].append(parts)
    return out


class EncoderTuner(probes.Tuner):
    """Features of one layer from the live encoder, standardised with the frozen training statistics; with
    `prefix` (frozen_prefix of K), only the layers above K run."""

    def __init__(self, enc, layer: int, trainable: list[torch.nn.Module], waves: dict[str, list[np.ndarray]],
                 mean: np.ndarray, std: np.ndarray, lr: float, prefix: dict[str, list[list[Any]]] | None = None,
                 freeze_below: int | None = None):
        self.enc, self.layer, self.modules, self.waves, self.lr = enc, layer, trainable, waves, lr
        self.prefix, self.k = prefix, freeze_below
        self.params = [q for m in trainable for q in m.parameters()]
        self.mean = torch.from_numpy(mean).float().to(enc.device)
        self.std = torch.from_numpy(std).float().to(enc.device)
        self.dim = enc.hidden_sizes[layer]
        self.fixed: dict[str, torch.Tensor] = {}
        if not self.params:  # nothing trains: the features are constant, so compute them once
            self.fixed = {s: self.eval_features(s) for s in waves}

    def _features(self, split: str, idx: list[int]) -> torch.Tensor:
        ws = [self.waves[split][i] for i in idx]
        if len({len(w) for w in ws}) == 1:
            groups = [idx]
        else:  # clips of different lengths go one by one
            groups = [[i] for i in idx]
        if self.prefix is None:
            pooled = [features.pool(self.enc, torch.from_numpy(np.stack([self.waves[split][i] for i in g]))
                                    .to(self.enc.device))[self.layer] for g in groups]
        else:
            pooled = [self._pool_from_prefix(split, g) for g in groups]
        return (torch.cat(pooled) - self.mean[: self.dim]) / self.std[: self.dim]

    def _pool_from_prefix(self, split: str, group: list[int]) -> torch.Tensor:
        """features.pool's mean over every chunk's frames of the read layer, from the frozen prefix."""
        total, frames = None, 0
        for c in range(len(self.prefix[split][group[0]])):
            state = torch.cat([self.prefix[split][i][c] for i in group])
            h = self.enc.forward_from(state, self.k)[self.layer - self.k - 1]
            part = h.float().sum(1)
            total = part if total is None else total + part
            frames += h.shape[1]
        return total / frames

    def train_features(self, idx: torch.Tensor) -> torch.Tensor:
        if self.fixed:
            return self.fixed["train"][idx[0]][None]
        for m in self.modules:
            m.train()
        x = self._features("train", idx[0].tolist())
        for m in self.modules:
            m.eval()
        return x[None, :, None, :]

    def eval_features(self, split: str) -> torch.Tensor:
        if split in self.fixed:
            return self.fixed[split]
        n = len(self.waves[split])
        with torch.no_grad():
            parts = [self._features(split, list(range(i, min(i + EVAL_BATCH, n)))) for i in range(0, n, EVAL_BATCH)]
        return torch.cat(parts)[:, None, :]

    def snapshot(self) -> Any:
        return [copy.deepcopy(m.state_dict()) for m in self.modules]

    def restore(self, state: Any) -> None:
        for m, s in zip(self.modules, state):
            m.load_state_dict(s)


def trainable_modules(enc, module: torch.nn.Module, freeze_below: int, layer: int) -> list[torch.nn.Module]:
    """The modules of states freeze_below+1 .. layer; every parameter of the encoder is frozen first."""
    per_state = enc.layer_modules()
    module.requires_grad_(False)
    mods = [m for state in per_state[freeze_below + 1: layer + 1] for m in state]
    for m in mods:
        for q in m.parameters():
            q.requires_grad_(True)
    return mods


def weights_path(out: Path, model: str, task: str, k: int, point: dict[str, float], seed: int) -> Path:
    """lr{lr}-wd{wd}[-l2{l2}]-seed{seed}.pt under finetune/<model>/<task>/freeze-<k>/"""
    l2 = f"-l2{point['l2']:g}" if "l2" in point else ""
    return (Path(out) / "finetune" / model / task / f"freeze-{k}"
            / f"lr{point['lr']:g}-wd{point['weight_decay']:g}{l2}-seed{seed}.pt")


def finetune(sub: Submission, task: TaskSpec, opts: RunOptions, freeze_below: list[int] | str, layer: str = "last",
             encoder_lr: float = 1e-5, save_weights: bool = False) -> list[dict[str, Any]]:
    """One result per K in `freeze_below`: a list, or a string like 0,6,12 or 0-12 (a sweep in one call);
    'all' freezes every layer up to the read one (nothing in the encoder trains).
    With `save_weights`, each fit's encoder state (at its best validation epoch) is saved beside the result."""
    # the encoder changes as it trains, so no rotation fitted on its features holds: fine-tuning reads the whole
    # layer, and its results say so (protocol.reduce none)
    task = task.model_copy(update={"protocol": task.protocol.model_copy(update={"reduce": "none"})})
    p: Prepared = prepare(sub, task, replace(opts, layers=layer))
    if len(p.fs.layers) != 1:
        raise BenchError(f"--layer: '{layer}' must name one layer, the one the head reads")
    read = p.fs.layers[0]
    # built anew: one built for a cache-miss extraction ran under inference mode, and modules that cache
    # tensors (rotary embeddings) would hand inference tensors to autograd
    enc = entries.build_encoder(sub, p.ctx)
    if freeze_below in ("all", "last"):  # every layer the head reads frozen: the frozen probe, through this loop
        ks = [read]
    else:
        ks = features.parse_layers(freeze_below, enc.num_layers) if isinstance(freeze_below, str) else freeze_below
    bad = [k for k in ks if not 0 <= k <= read]
    if bad:
        raise BenchError(f"--freeze-below: K={bad[0]} is outside 0..{read} (the read layer: K={read} trains "
                         "nothing in the encoder)")
    module = _root_module(enc)
    pretrained = copy.deepcopy(module.state_dict())
    sr = enc.sample_rate
    waves = {s: [features.load_clip(p.clips[i], task.clip, sr).astype(np.float32) for i in p.idx[s]]
             for s in SPLITS}
    frozen = np.asarray(p.fs.layer(0))[:, None]  # [clips, 1, dim]: the read layer, as the frozen probe sees it
    Xs = probes.standardize(*(frozen[p.idx[s]] for s in SPLITS))
    mean, std = (a[0, 0] for a in probes.train_stats(frozen[p.idx["train"]]))
    split = {s: probes.Split(X, p.y[p.idx[s]]) for s, X in zip(SPLITS, Xs)}
    n_out = 1 if task.target == "regression" else len(p.classes)
    metric = METRICS[task.primary]
    out = []
    for k in ks:
        t0 = time.perf_counter()
        heads, trainable_params = [], 0
        module.load_state_dict(pretrained)
        module.eval()
        prefix = frozen_prefix(enc, waves, k) if k < read else None
        prefix_s = time.perf_counter() - t0
        for point in task.protocol.grid.points():
            for seed in task.protocol.seeds:
                module.load_state_dict(pretrained)
                module.eval()
                mods = trainable_modules(enc, module, k, read)
                trainable_params = sum(q.numel() for m in mods for q in m.parameters())
                torch.manual_seed(seed)
                tuner = EncoderTuner(enc, read, mods, waves, mean, std, encoder_lr, prefix, k)
                proto = task.protocol.model_copy(update={
                    "grid": task.protocol.grid.model_copy(update={name: [v] for name, v in point.items()}),
                    "seeds": [seed]})
                heads += probes.fit(split["train"], split["valid"], split["test"],
                                    probes.Scoring(task.target, n_out, task.metrics, task.primary, p.classes),
                                    proto, layer_ids=[read], device=p.device, tuner=tuner).heads
                if save_weights:
                    path = weights_path(opts.out, sub.name, task.name, k, point, seed)
                    path.parent.mkdir(parents=True, exist_ok=True)
                    torch.save(module.state_dict(), path.with_suffix(".tmp"))
                    path.with_suffix(".tmp").replace(path)
        per_layer = probes.summarize(heads, task.primary, metric.higher_is_better)
        result = result_doc(sub, task, opts, p, [per_layer[read]], heads, per_layer, None,
                            {"extract_s": round(p.extract_s, 3), "probe_s": round(time.perf_counter() - t0, 3)})
        result["finetune"] = {"freeze_below": k, "layer": read, "encoder_lr": encoder_lr,
                              "trainable_params": trainable_params,
                              "frozen_prefix": None if prefix is None else {
                                  "computed_once_s": round(prefix_s, 3), "dtype": "float32"},
                              "note": f"layers 0..{k} and the front end frozen; {k + 1}..{read} trained with the head"}
        results.write(result, result_path(opts.out, sub.name, task.name, k))
        out.append(result)
    module.load_state_dict(pretrained)
    return out


def _root_module(enc) -> torch.nn.Module:
    for name in ("net", "model"):
        if isinstance(getattr(enc, name, None), torch.nn.Module):
            return getattr(enc, name)
    raise BenchError(f"the {type(enc).__name__} encoder has no trainable layers to fine-tune")
