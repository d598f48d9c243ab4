"""The frame-level targets as the probe sees them (benchmark.frame_probes asks its target, never which target
it holds): per target, its frame targets from the reference events, its outputs, its training loss (batched
heads or one head), the activation its decoder reads, the decoder, its mir_eval metrics and each clip's share
of the primary metric for the bootstrap. Beats and Chords; a new event target is a subclass here."""
from __future__ import annotations

from typing import Any, Sequence

import numpy as np
import torch
import torch.nn.functional as F

from . import events


class EventTarget:
    """What a frame-level target is to the probe: its frame targets, outputs, loss, activation, decoder and
    metrics. The probe asks its target, never which target it holds."""
    name: str
    metrics: tuple[str, ...]
    n_out: int  # a head's outputs


    def targets(self, refs: Sequence[Any], lengths: Sequence[int], fps: float) -> list[np.ndarray]:
        """Per clip, its frames' targets from its reference events."""
        raise NotImplementedError

    def classes(self, y: np.ndarray) -> np.ndarray:
        """The outputs a head fitted on training targets y gets (indices into the full output)."""
        raise NotImplementedError

    def index(self, y: np.ndarray, classes: np.ndarray) -> np.ndarray:
        """Kept training targets y as a head with outputs `classes` reads them."""
        return y

    def kept(self, y: np.ndarray) -> np.ndarray:
        """The training frames that count (chords: not those outside the vocabulary)."""
        return np.ones(len(y), bool)

    def pos_weight(self, y: np.ndarray) -> float:
        return 1.0

    def head_losses(self, scores: torch.Tensor, y: torch.Tensor, pos_weight: float) -> torch.Tensor:
        """Each batched head's mean loss [G, L', S]; scores [G, L', S, B, C], y [S, B]."""
        raise NotImplementedError

    def loss(self, y: torch.Tensor, pos_weight: float = 1.0):
        """The mean loss of one head's scores [n, C] against frame targets y [n] (no ignored frames)."""
        raise NotImplementedError

    def activation(self, scores: torch.Tensor) -> torch.Tensor:
        """What the decoder reads from a head's scores."""
        return scores

    def decode(self, act: np.ndarray, fps: float, options: dict[str, float], decoder: str = "") -> Any:
        """Events from one clip's activations [n, C]."""
        raise NotImplementedError

    def clip_part(self, primary: str, ref: Any, est: Any) -> list[float]:
        raise NotImplementedError

    def score(self, refs: list[Any], ests: list[Any], only: str | None = None,
              names: Sequence[str] | None = None) -> dict[str, float]:
        """The metrics `names` (default: every metric of the target), or only the one named (what model
        selection needs: a third of the work)."""
        raise NotImplementedError

    def clip_parts(self, primary: str, refs: list[Any], ests: list[Any]) -> np.ndarray:
        """[clips, 2]: each test clip's share of the primary metric (numerator, denominator), so a bootstrap over
        clips recomputes it as sum(num) / sum(den) (beat F-measure: the clip's value over 1; chords: correct
        over scored seconds)."""
        return np.array([self.clip_part(primary, r, e) for r, e in zip(refs, ests)])


class Beats(EventTarget):
    """One logit per frame, binary cross-entropy with beats weighted by (non-beat / beat frames) of the training
    split; a sigmoid activation decoded by peak picking or the DBN; mir_eval's beat metrics."""
    name, metrics, n_out = "beats", events.BEAT_METRICS, 1

    def targets(self, refs, lengths, fps):
        return [events.beat_targets(r, n, fps) for r, n in zip(refs, lengths)]

    def classes(self, y):
        return np.array([0])

    def pos_weight(self, y):
        pos = float(y.mean())
        return (1 - pos) / pos if 0 < pos < 1 else 1.0

    def head_losses(self, scores, y, pos_weight):
        G, L, S, B, _ = scores.shape
        return F.binary_cross_entropy_with_logits(scores[..., 0], y.expand(G, L, S, B).float(), reduction="none",
                                                  pos_weight=torch.tensor(pos_weight, device=scores.device)).mean(-1)

    def loss(self, y, pos_weight=1.0):
        pw, yf = torch.tensor(pos_weight, device=y.device), y.float()
        return lambda s: F.binary_cross_entropy_with_logits(s[:, 0], yf, pos_weight=pw)

    def activation(self, scores):
        return torch.sigmoid(scores)

    def decode(self, act, fps, options, decoder=""):
        return (events.dbn if decoder == "dbn" else events.peaks)(act[:, 0], fps, **options)

    def score(self, refs, ests, only=None, names=None):
        return events.beat_scores(refs, ests, [only] if only else list(names or self.metrics))

    def clip_part(self, primary, ref, est):
        return [events.beat_scores([ref], [est], [primary])[primary], 1.0]


class Chords(EventTarget):
    """A logit per class of events.CHORD_CLASSES, cross-entropy over the frames whose chord is in the majmin
    vocabulary; the frame-wise argmax merged into segments; mir_eval's chord metrics."""
    name, metrics, n_out = "chords", events.CHORD_METRICS, len(events.CHORD_CLASSES)

    def targets(self, refs, lengths, fps):
        return [events.chord_targets(r[0], r[1], n, fps) for r, n in zip(refs, lengths)]

    def classes(self, y):
        return np.unique(y[self.kept(y)])

    def kept(self, y):
        return y != events.IGNORE

    def index(self, y, classes):
        return np.searchsorted(classes, y)

    def head_losses(self, scores, y, pos_weight):
        G, L, S, B, C = scores.shape
        yy = y.expand(G, L, S, B)
        per = F.cross_entropy(scores.reshape(-1, C), yy.reshape(-1), ignore_index=events.IGNORE, reduction="none")
        valid = (yy != events.IGNORE).float()
        return (per.reshape(G, L, S, B) * valid).sum(-1) / valid.sum(-1).clamp(min=1)

    def loss(self, y, pos_weight=1.0):
        return lambda s: F.cross_entropy(s, y)

    def decode(self, act, fps, options, decoder=""):
        return events.segments(act, fps)

    def score(self, refs, ests, only=None, names=None):
        return events.chord_scores(refs, ests, [only] if only else list(names or self.metrics))

    def clip_part(self, primary, ref, est):
        return events.chord_parts([ref], [est], primary)


EVENT_TARGETS: dict[str, EventTarget] = {t.name: t for t in (Beats(), Chords())}
