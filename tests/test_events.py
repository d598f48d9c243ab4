"""Frame-level events: decoders on hand-made activations, metrics against mir_eval called directly, the
majmin vocabulary against mir_eval's own majmin rule."""
from __future__ import annotations

import mir_eval
import numpy as np
import pytest

from benchmark.probing import events


def test_peaks_keep_the_higher_of_close_peaks_and_the_threshold():
    fps = 50.0
    act = np.full(100, 0.05)
    act[[10, 35, 37, 60, 80]] = [0.9, 0.8, 0.6, 0.7, 0.25]
    got = events.peaks(act, fps, threshold=0.3, min_distance=0.15)  # 37 is 40 ms after 35: one beat
    assert got == pytest.approx((np.array([10, 35, 60]) + 0.5) / fps)
    assert events.peaks(act, fps, threshold=0.2, min_distance=0.15)[-1] == pytest.approx(80.5 / fps)


def test_segments_merge_runs_of_the_argmax():
    names = ["N", "N", "C:maj", "C:maj", "C:maj", "A:min"]
    scores = np.zeros((len(names), len(events.CHORD_CLASSES)))
    for i, n in enumerate(names):
        scores[i, events.CHORD_CLASSES.index(n)] = 1.0
    intervals, labels = events.segments(scores, fps=10.0)
    assert labels == ["N", "C:maj", "A:min"]
    assert np.allclose(intervals, [[0.0, 0.2], [0.2, 0.5], [0.5, 0.6]])


def test_beat_scores_are_mir_evals():
    rng = np.random.default_rng(0)
    refs = [np.arange(0.5, 8, 0.5), np.arange(0.3, 8, 0.6)]
    ests = [r + rng.normal(0, 0.03, len(r)) for r in refs]
    ests[1] = ests[1][::2]
    got = events.beat_scores(refs, ests)
    want = {"beat_f_measure": np.mean([mir_eval.beat.f_measure(r, e) for r, e in zip(refs, ests)]),
            "beat_cemgil": np.mean([mir_eval.beat.cemgil(r, e)[0] for r, e in zip(refs, ests)]),
            "beat_p_score": np.mean([mir_eval.beat.p_score(r, e) for r, e in zip(refs, ests)])}
    assert got == pytest.approx(want)
    assert events.beat_scores([refs[0]], [np.array([])])["beat_f_measure"] == 0.0
    # model selection scores only the primary metric: the same number
    assert events.beat_scores(refs, ests, ["beat_f_measure"]) == {"beat_f_measure": got["beat_f_measure"]}


def test_chord_scores_are_mir_evals_weighted_by_duration():
    ref1 = (np.array([[0, 2.0], [2.0, 4.0], [4.0, 5.0]]), ["C:maj", "A:min7", "N"])
    est1 = (np.array([[0, 2.5], [2.5, 5.0]]), ["C:maj", "A:min"])
    ref2 = (np.array([[0, 1.0], [1.0, 3.0]]), ["G:7", "E:dim"])
    est2 = (np.array([[0, 3.0]]), ["G:maj"])
    got = events.chord_scores([ref1, ref2], [est1, est2])
    per = [mir_eval.chord.evaluate(r[0], r[1], e[0], e[1]) for r, e in ((ref1, est1), (ref2, est2))]
    # clip 2's E:dim is out of majmin's gamut: only its G:7 second counts for majmin
    majmin_weight = [5.0, 1.0]
    want = sum(p["majmin"] * w for p, w in zip(per, majmin_weight)) / sum(majmin_weight)
    assert got["chord_majmin"] == pytest.approx(want)
    assert got["chord_root"] == pytest.approx((per[0]["root"] * 5 + per[1]["root"] * 3) / 8)
    assert events.chord_scores([ref1, ref2], [est1, est2], ["chord_majmin"]) == {"chord_majmin": got["chord_majmin"]}


def test_chord_scores_of_many_segmentations_are_mir_evals_evaluate():
    # the comparisons are computed once per label pair (a cache): every clip must still be mir_eval's number
    rng = np.random.default_rng(0)
    ref_labels = ["C:maj", "A:min7", "G:7", "E:dim", "D:sus4", "F:maj/3", "Bb:maj7", "N", "C#:min/b3", "X"]
    for _ in range(20):
        ref_b = np.sort(rng.uniform(0, 8, 5))
        ref = (np.stack([np.r_[0, ref_b], np.r_[ref_b, 8.0]], 1), list(rng.choice(ref_labels, 6)))
        n = int(rng.integers(1, 40))
        est_b = np.sort(rng.uniform(0, 8, n - 1))
        est = (np.stack([np.r_[0, est_b], np.r_[est_b, 8.0]], 1), list(rng.choice(events.CHORD_CLASSES, n)))
        want = mir_eval.chord.evaluate(ref[0], ref[1], est[0], est[1])
        got = events.chord_scores([ref], [est])
        for name in ("majmin", "root", "mirex"):
            assert got[f"chord_{name}"] == pytest.approx(want[name], abs=1e-12)


@pytest.mark.parametrize("label,want", [("C:maj", "C:maj"), ("A:min7", "A:min"), ("G:7", "G:maj"),
                                        ("Db:maj/3", "C#:maj"), ("N", "N"), ("E:dim", None), ("D:sus4", None),
                                        ("X", None)])
def test_majmin_vocabulary_follows_mir_eval(label, want):
    got = events.majmin_class(label)
    assert (None if got == events.IGNORE else events.CHORD_CLASSES[got]) == want
    if want is not None:  # a class's own label scores 1 against the original under mir_eval's majmin
        assert mir_eval.chord.majmin([label], [want])[0] == 1.0


def test_frame_targets():
    assert events.beat_targets(np.array([0.0, 0.51, 0.99]), 5, fps=5.0).tolist() == [1, 0, 1, 0, 1]
    y = events.chord_targets(np.array([[0, 0.5], [0.5, 1.0]]), ["C:maj", "D:sus4"], 6, fps=5.0)
    assert y.tolist() == [1, 1, events.IGNORE, events.IGNORE, events.IGNORE, 0]  # by frame centres


def test_dbn_decoder_places_the_beats_madmoms_dbn_places():
    """The `dbn` decoder against madmom's own DBNBeatTrackingProcessor (fixtures/madmom_dbn.npz, made by
    fixtures/make_madmom_fixtures.py) on fixed activations at 100 and 50 frames/s: a steady pulse that changes
    tempo, a messy one with dropped and doubled beats, near-silence, and madmom's beat activation of a real
    signal: the same beat frames, every one (ours at the frame's centre)."""
    from pathlib import Path

    ref = np.load(Path(__file__).parent / "fixtures" / "madmom_dbn.npz")
    names = sorted({k.split("/")[0] for k in ref.files})
    assert len(names) == 4
    for name in names:
        for fps in (100, 50):
            act = ref[f"{name}/{fps}/activation"]
            ours = events.dbn(act, fps)
            frames = np.round(ours * fps - 0.5).astype(int)
            assert frames.tolist() == ref[f"{name}/{fps}/beat_frames"].tolist(), (name, fps)


def test_dbn_decoder_is_a_beat_task_choice(tmp_path):
    from benchmark.config.specs import TaskSpec

    base = dict(name="b", version=1, dataset={"name": "d", "manifest": "m.jsonl"}, target="beats", frame_rate=50,
                protocol={"pooling": "frames", "probe": "linear", "grid": {"lr": [1e-3]}, "epochs": 2,
                          "seeds": [0]}, metrics=["beat_f_measure"], primary="beat_f_measure")
    spec = TaskSpec(**base, decoder={"name": "dbn", "options": {"transition_lambda": [30, 100]}})
    assert spec.decoder_spec().name == "dbn"
    with pytest.raises(ValueError, match="decoded by 'peaks' or 'dbn'"):
        TaskSpec(**base, decoder={"name": "segments"})


def test_peak_picking_reaches_the_clip_edges_and_the_fastest_tempo():
    """find_peaks alone never places a peak at the first or last frame (an oracle lost a beat in 12 of 180 synth
    clips to it), and a min_distance of 0.35 s cannot follow 180 BPM (0.333 s): beats at both edges are found,
    and every min_distance of the default grid is shorter than a beat at 180 BPM."""
    fps = 50
    act = np.zeros(400)
    beats = np.arange(0, 400, 16)  # 187.5 BPM, a beat on frame 0
    beats = np.r_[beats, 399]
    act[beats] = 1.0
    found = np.round(events.peaks(act, fps, threshold=0.5, min_distance=0.3) * fps - 0.5).astype(int)
    assert found.tolist() == beats.tolist()
    assert max(events.DECODERS["peaks"].grid["min_distance"]) < 60 / 180
