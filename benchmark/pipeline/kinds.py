"""What kind of task a task is, to the pipeline: run.prepare and run.compute ask the task's kind, never which
target it has.

- ClipLevel: pooled features, a label per clip (probing.targets.encode_targets), the batched probes of
  probing.probes (or, under probe knn or centroid or a few-shot protocol, probing.peers), the bootstrap over test
  clips on the metric itself.
- FrameLevel: every layer's frames at the task's rate, reference events per clip (the event target's files),
  probing.frame_probes under the task's solver and decoder, the bootstrap over clips' shares of the event metric.
"""
from __future__ import annotations

from typing import Any

import numpy as np

from ..config.metrics import METRICS, Metric
from ..config.specs import FRAME_TARGETS, TaskSpec
from ..data.manifest import SPLITS, Clip
from ..probing.targets import encode_targets, load_annotations

# (every head, per layer its summary, the weighted sum's entry or None); torch is imported by the fits only, so
# that `bench validate` (which reads targets through the kinds) does not load it
Fit = tuple[list[Any], dict[int, dict[str, Any]], dict[str, Any] | None]


def _weighted(mixed: dict[str, Any], layers: list[int]) -> dict[str, Any]:
    """The weighted-sum probe's entry of a result from its summary."""
    return {**{k: mixed[k] for k in ("valid", "test", "test_std")}, "layer_weights": mixed["layer_weights"],
            "layers": layers, "hparams": mixed["hparams"]}


class ClipLevel:
    per_frame = False

    def targets(self, task: TaskSpec, clips: list[Clip]) -> tuple[np.ndarray, list[str], list[Any] | None]:
        """(y, classes, reference events or None) of every clip."""
        return (*encode_targets(task, [c.label for c in clips], [c.where for c in clips]), None)

    def fit(self, p: Any, task: TaskSpec) -> Fit:
        """Every layer's heads, their summary per layer, and the weighted sum's entry (None when not fitted)."""
        from ..probing import probes

        fs, idx = p.fs, p.idx
        Xs = probes.standardize(*(fs.select(idx[s]) for s in SPLITS))
        widths = fs.hidden_sizes
        if task.protocol.reduce == "rank" and task.protocol.trained:
            Xs, widths = probes.reduce_to_rank(*Xs, widths=widths)
        split = [probes.Split(X, p.y[idx[s]]) for s, X in zip(SPLITS, Xs)]
        higher = METRICS[task.primary].higher_is_better
        if not task.protocol.trained:  # knn, centroid, few-shot: the neighbours' protocols
            from ..probing import peers

            heads = peers.fit(*split, protocol=task.protocol, metric_names=task.metrics, classes=p.classes,
                              layer_ids=fs.layers)
            return heads, probes.summarize(heads, task.primary, higher), None
        scoring = probes.Scoring(task.target, 1 if task.target == "regression" else len(p.classes), task.metrics,
                                 task.primary, p.classes)
        args = dict(scoring=scoring, protocol=task.protocol, device=p.device)
        heads = probes.fit(*split, layer_ids=fs.layers, widths=widths, **args).heads
        per_layer = probes.summarize(heads, task.primary, higher)
        ws = None
        if task.protocol.weighted_sum and len(fs.layers) > 1:
            ws = _weighted(probes.summarize(probes.fit(*split, mix=True, **args).heads, task.primary, higher)[-1],
                           fs.layers)
        return heads, per_layer, ws

    def bootstrap_metric(self, metric: Metric) -> Metric:
        """What the paired bootstrap recomputes from each resampled set of test clips."""
        return metric


class FrameLevel(ClipLevel):
    per_frame = True

    def targets(self, task, clips):
        from ..probing.events import CHORD_CLASSES

        # the annotations are read before extraction: a bad file costs no encoder time
        labels = {"beats": ["beat"], "chords": list(CHORD_CLASSES)}[task.target]
        return np.zeros(len(clips)), labels, load_annotations(task, clips)

    def fit(self, p, task):
        from ..probing import frame_probes as fp
        from ..probing import probes
        from ..probing.event_targets import EVENT_TARGETS
        from ..probing.events import DECODERS

        fs, idx, refs = p.fs, p.idx, p.annotations
        event = EVENT_TARGETS[task.target]
        targets = event.targets(refs, [fs.n_frames(i) for i in range(len(p.clips))], task.frame_rate)
        splits = {s: fp.FrameSplit(idx[s].tolist(), [targets[i] for i in idx[s]], [refs[i] for i in idx[s]])
                  for s in SPLITS}
        decoder = task.decoder_spec()
        args = dict(target=task.target, protocol=task.protocol, primary=task.primary, fps=task.frame_rate,
                    device=p.device, decoder_grid={**DECODERS[decoder.name].grid, **decoder.options},
                    decoder=decoder.name, metrics=task.metrics, layer_ids=fs.layers)
        heads = fp.fit_frames(fs, splits, **args)
        per_layer = probes.summarize(heads, task.primary, True)
        ws = None
        if task.protocol.weighted_sum and len(fs.layers) > 1:
            ws = _weighted(probes.summarize(fp.fit_frames(fs, splits, mix=True, **args), task.primary, True)[-1],
                           fs.layers)
        return heads, per_layer, ws

    def bootstrap_metric(self, metric):
        from ..probing.frame_probes import ratio_metric

        return ratio_metric(metric.higher_is_better)


class Unlabelled(ClipLevel):
    """Pooled features of a frame-level task's clips, without targets (the similarity analyses)."""

    def targets(self, task, clips):
        return np.zeros(len(clips)), [], None


def kind_of(task: TaskSpec) -> ClipLevel:
    return FrameLevel() if task.target in FRAME_TARGETS else ClipLevel()


def pooled(task: TaskSpec) -> ClipLevel:
    """The kind that gives any task's clips pooled features (the analyses compare layers on those)."""
    kind = kind_of(task)
    return Unlabelled() if kind.per_frame else kind
