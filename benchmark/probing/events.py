"""Frame-level targets as events: annotations (read by data.annotations), frame targets, decoders from
per-frame activations to events, and the event metrics (mir_eval only). Knows nothing of torch.

Conventions: frame k of a clip at `fps` frames per second covers [k / fps, (k + 1) / fps); a decoded event sits
at its frame's centre. Beats: one activation per frame (the probability that a beat falls in it). Chords: one
score per frame and class of the majmin vocabulary `CHORD_CLASSES` (`N`, then 12 major, then 12 minor).
"""
from __future__ import annotations

import functools
from dataclasses import dataclass
from typing import Any, Callable, Sequence

import numpy as np

from ..data.labels import PITCH_NAMES

CHORD_CLASSES = ["N"] + [f"{p}:maj" for p in PITCH_NAMES] + [f"{p}:min" for p in PITCH_NAMES]
IGNORE = -1  # a frame whose chord is outside majmin (sus, power chords, X): no loss, as majmin scores it


def majmin_class(label: str) -> int:
    """The index in CHORD_CLASSES of a chord label, by mir_eval's own majmin rule: `N` is N; a chord whose
    first eight semitones are those of maj (maj, maj7, 7, ...) or min (min, min7, ...) is that quality of its
    root; anything else (dim, aug, sus, power chords, X) is IGNORE, as mir_eval's majmin leaves it out."""
    import mir_eval

    root, bitmap, _ = mir_eval.chord.encode(label, reduce_extended_chords=False)
    if root < 0:
        return 0 if not bitmap.any() and label.strip() == "N" else IGNORE
    if np.array_equal(bitmap[:8], mir_eval.chord.QUALITIES["maj"][:8]):
        return 1 + root
    if np.array_equal(bitmap[:8], mir_eval.chord.QUALITIES["min"][:8]):
        return 13 + root
    return IGNORE


def beat_targets(beats: np.ndarray, n: int, fps: float) -> np.ndarray:
    y = np.zeros(n, dtype=np.float32)
    idx = np.floor(beats * fps).astype(int)
    y[idx[(idx >= 0) & (idx < n)]] = 1.0
    return y


def chord_targets(intervals: np.ndarray, labels: Sequence[str], n: int, fps: float) -> np.ndarray:
    """The majmin class of every frame, by the chord sounding at its centre (N where none is)."""
    centres = (np.arange(n) + 0.5) / fps
    y = np.zeros(n, dtype=np.int64)
    for (start, end), lab in zip(intervals, labels):
        y[(centres >= start) & (centres < end)] = majmin_class(lab)
    return y


# decoders ----------------------------------------------------------------------------------------------------

def peaks(activation: np.ndarray, fps: float, threshold: float, min_distance: float) -> np.ndarray:
    """Beat times: the activation's peaks above `threshold`, at least `min_distance` seconds apart (the higher
    one kept), at their frames' centres (scipy.signal.find_peaks). The first and last frames can be peaks too:
    the activation is padded with -inf on both sides (find_peaks alone never places a peak at an edge, and lost
    one beat in 12 of 180 clips to it)."""
    from scipy.signal import find_peaks

    padded = np.concatenate([[-np.inf], np.asarray(activation, dtype=np.float64), [-np.inf]])
    idx, _ = find_peaks(padded, height=threshold, distance=max(1, int(round(min_distance * fps))))
    return (idx - 1 + 0.5) / fps


@functools.lru_cache(maxsize=16)
def _beat_hmm(fps: float, min_bpm: float, max_bpm: float, num_tempi: int | None, transition_lambda: float,
              observation_lambda: float):
    """madmom's beat DBN (Krebs, Böck and Widmer 2015) for one frame rate and setting: madmom-infer's state space,
    transition and observation models and Viterbi (BSD-2, a reimplementation of madmom's)."""
    from madmom_infer.features.beats_hmm import BeatStateSpace, BeatTransitionModel, RNNBeatTrackingObservationModel
    from madmom_infer.ml.hmm import HiddenMarkovModel

    class Observation(RNNBeatTrackingObservationModel):
        """madmom's densities: log((1 - a) / (lambda - 1)) off the beat, log(a) on it. (madmom-infer 0.2.0 calls
        np.asarray(..., ndmin=1), which numpy 2.4 does not take.)"""

        def log_densities(self, observations):
            # in float32, as madmom computes them from its float32 activations (near-silence ties otherwise
            # break another way)
            a = np.atleast_1d(np.asarray(observations, dtype=np.float32))
            with np.errstate(divide="ignore"):  # an activation of exactly 0 or 1: log 0 = -inf, as in madmom
                return np.stack([np.log((np.float32(1.0) - a) / np.float32(self.observation_lambda - 1)),
                                 np.log(a)], 1).astype(float)

    space = BeatStateSpace(60.0 * fps / max_bpm, 60.0 * fps / min_bpm, num_tempi)
    observation = Observation(space, observation_lambda)
    return HiddenMarkovModel(BeatTransitionModel(space, transition_lambda), observation, None), observation


def dbn(activation: np.ndarray, fps: float, min_bpm: float = 55.0, max_bpm: float = 215.0,
        transition_lambda: float = 100.0, observation_lambda: float = 16.0, num_tempi: int | None = None
        ) -> np.ndarray:
    """Beat times by madmom's DBNBeatTrackingProcessor (offline, correct=True; its defaults, every beat interval
    in frames between the tempo limits a tempo state): the Viterbi path through the beat-position x tempo state
    space, then in each stretch of frames the path spends in the beat
    states, the frame of the highest activation, placed at its frame's centre. The standard of published beat
    F-measures (MARBLE's among them)."""
    act = np.clip(np.asarray(activation, dtype=np.float32).reshape(-1), 0.0, 1.0)
    if not act.any():
        return np.zeros(0)
    hmm, observation = _beat_hmm(float(fps), float(min_bpm), float(max_bpm), num_tempi,
                                 float(transition_lambda), float(observation_lambda))
    path, _ = hmm.viterbi(act)
    if not len(path) or not path.any():
        return np.zeros(0)
    in_beat = np.asarray(observation.pointers)[path]
    idx = np.nonzero(np.diff(in_beat))[0] + 1
    if in_beat[0]:
        idx = np.r_[0, idx]
    if in_beat[-1]:
        idx = np.r_[idx, in_beat.size]
    beats = [int(np.argmax(act[a:b])) + a for a, b in idx.reshape(-1, 2)] if idx.size else []
    return (np.asarray(beats, dtype=np.float64) + 0.5) / fps


def segments(scores: np.ndarray, fps: float) -> tuple[np.ndarray, list[str]]:
    """Chords: the per-frame argmax over CHORD_CLASSES, runs of one class merged into labelled intervals."""
    best = np.asarray(scores).argmax(-1)
    if not len(best):
        return np.zeros((0, 2)), []
    change = np.flatnonzero(np.diff(best)) + 1
    starts = np.concatenate([[0], change])
    ends = np.concatenate([change, [len(best)]])
    return np.stack([starts, ends], 1) / fps, [CHORD_CLASSES[best[s]] for s in starts]


@dataclass(frozen=True)
class Decoder:
    """A decoder and the grid of its options, each chosen on the validation split per probe head."""
    fn: Callable[..., Any]
    grid: dict[str, list[float]]


DECODERS: dict[str, Decoder] = {
    # min_distance stays below a beat at 180 BPM (0.333 s), the fastest tempo of synth-beat and GTZAN-rhythm's bulk
    "peaks": Decoder(peaks, {"threshold": [0.2, 0.3, 0.4, 0.5, 0.6, 0.7], "min_distance": [0.15, 0.2, 0.25, 0.3]}),
    "segments": Decoder(segments, {}),
    # madmom's defaults, one setting: each option a grid of one (a task may widen it; every value costs a Viterbi
    # per clip and head)
    "dbn": Decoder(dbn, {"min_bpm": [55.0], "max_bpm": [215.0], "transition_lambda": [100.0],
                         "observation_lambda": [16.0]}),
}


# metrics (mir_eval) ------------------------------------------------------------------------------------------

BEAT_METRICS = ("beat_f_measure", "beat_cemgil", "beat_p_score")
CHORD_METRICS = ("chord_majmin", "chord_root", "chord_mirex")


def beat_scores(refs: Sequence[np.ndarray], ests: Sequence[np.ndarray],
                names: Sequence[str] = BEAT_METRICS) -> dict[str, float]:
    """mir_eval's F-measure (70 ms window), Cemgil accuracy and P-score (or those of them in `names`), each the
    mean over clips, beats not trimmed (clips are short)."""
    import warnings

    import mir_eval

    fns = {"beat_f_measure": lambda r, e: mir_eval.beat.f_measure(r, e, f_measure_threshold=0.07),
           "beat_cemgil": lambda r, e: mir_eval.beat.cemgil(r, e)[0], "beat_p_score": mir_eval.beat.p_score}
    out: dict[str, list[float]] = {k: [] for k in names}
    with warnings.catch_warnings():
        warnings.simplefilter("ignore")  # mir_eval warns on an empty estimate; it scores it 0, as it should
        for ref, est in zip(refs, ests):
            for k in names:
                out[k].append(fns[k](ref, est))
    return {k: float(np.mean(v)) for k, v in out.items()}


def _chord_comparisons(ref: tuple[np.ndarray, list[str]], est: tuple[np.ndarray, list[str]],
                       names: Sequence[str] = CHORD_METRICS) -> tuple[dict[str, np.ndarray], np.ndarray]:
    """mir_eval's per-segment comparisons (majmin, root, MIREX, or those in `names`) of one clip, and the
    segments' durations."""
    import mir_eval

    (ref_int, ref_lab), (est_int, est_lab) = ref, est
    lo, hi = float(ref_int.min()), float(ref_int.max())
    est_int, est_lab = mir_eval.util.adjust_intervals(np.asarray(est_int).reshape(-1, 2), list(est_lab), lo, hi,
                                                     mir_eval.chord.NO_CHORD, mir_eval.chord.NO_CHORD)
    intervals, r, e = mir_eval.util.merge_labeled_intervals(ref_int, ref_lab, est_int, est_lab)
    comps = {k: np.array([_compare(k, a, b) for a, b in zip(r, e)], dtype=np.float64) for k in names}
    return comps, mir_eval.util.intervals_to_durations(intervals)


@functools.lru_cache(maxsize=1 << 16)
def _compare(name: str, ref: str, est: str) -> float:
    """mir_eval's comparison of one (reference, estimate) label pair. mir_eval compares segment by segment,
    each pair on its own, so a pair's value is computed once: model selection scores every head every epoch,
    on the same few hundred labels."""
    import mir_eval

    fn = {"chord_majmin": mir_eval.chord.majmin, "chord_root": mir_eval.chord.root,
          "chord_mirex": mir_eval.chord.mirex}[name]
    return float(fn([ref], [est])[0])


def chord_scores(refs: Sequence[tuple[np.ndarray, list[str]]],
                 ests: Sequence[tuple[np.ndarray, list[str]]], names: Sequence[str] = CHORD_METRICS
                 ) -> dict[str, float]:
    """mir_eval's majmin, root and MIREX chord scores (or those in `names`), weighted by duration over all clips
    together."""
    import warnings

    import mir_eval

    parts = [_chord_comparisons(r, e, names) for r, e in zip(refs, ests)]
    d = np.concatenate([p[1] for p in parts])
    with warnings.catch_warnings():
        warnings.simplefilter("ignore")  # all segments out of gamut: mir_eval scores 0 and warns
        return {k: float(mir_eval.chord.weighted_accuracy(np.concatenate([p[0][k] for p in parts]), d))
                for k in names}


def chord_parts(refs: Sequence[tuple[np.ndarray, list[str]]], ests: Sequence[tuple[np.ndarray, list[str]]],
                name: str) -> tuple[float, float]:
    """A chord score as (correct seconds, scored seconds), so that clips can be pooled or resampled: the
    score of several clips is the sum of the first over the sum of the second (mir_eval's weighted accuracy,
    segments out of the vocabulary's gamut not scored)."""
    num = den = 0.0
    for r, e in zip(refs, ests):
        comps, d = _chord_comparisons(r, e, [name])
        keep = comps[name] >= 0
        num += float((d[keep] * comps[name][keep]).sum())
        den += float(d[keep].sum())
    return num, den
