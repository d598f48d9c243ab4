"""The frame-level synth tasks: their annotations agree with the MIDI that makes the audio, and the rendered
files are what mir_eval reads."""
from __future__ import annotations

import json

import mir_eval
import numpy as np

from benchmark import events
from benchmark.cli import main
from benchmark.data.synth.frame_tasks import SECONDS, beat, chords


def test_beats_are_where_the_drums_play_and_at_musical_tempi():
    for seed in range(40):
        clip = beat(np.random.default_rng(seed), "train")
        beats = np.array(clip.label)
        gaps = np.diff(beats)
        assert (gaps > 60 / 181).all() and (gaps < 60 / 59).all() and beats[-1] < SECONDS
        drums = next(i for i in clip.midi.instruments if i.is_drum)
        starts = np.array(sorted(n.start for n in drums.notes))
        for b in beats:  # a hit (hat, kick, snare or tom) on every beat
            assert np.abs(starts - b).min() < 1e-6


def test_chord_labels_are_the_notes_that_sound():
    for seed in range(40):
        clip = chords(np.random.default_rng(seed), "train")
        assert clip.label[0][0] == 0.0 and abs(clip.label[-1][1] - SECONDS) < 1e-6
        for start, end, label in clip.label:
            mid = (start + end) / 2
            sounding = {n.pitch % 12 for i in clip.midi.instruments for n in i.notes if n.start <= mid < n.end}
            if label == "N":
                assert not sounding
                continue
            root, bitmap, bass = mir_eval.chord.encode(label, reduce_extended_chords=False)
            want = {(root + k) % 12 for k in np.flatnonzero(bitmap)}
            assert sounding <= want and len(sounding) >= 1, (seed, label, sounding)
            if len(clip.midi.instruments) == 2:  # the bass line plays the label's bass (root or inversion)
                played = [n for n in clip.midi.instruments[1].notes if n.start <= mid < n.end]
                assert [n.pitch % 12 for n in played] == [(root + bass) % 12]


def test_rendered_annotations_load_with_mir_eval(tmp_path):
    assert main(["data", "synth", "--size", "tiny", "--tasks", "synth-beat,synth-chords",
                 "--data-root", str(tmp_path)]) == 0
    for task, load in (("synth-beat", events.load_beats), ("synth-chords", events.load_chords)):
        rows = [json.loads(x) for x in (tmp_path / "synth" / task / "manifest.jsonl").read_text().splitlines()]
        assert len(rows) == 20 and all(r["label"] is None for r in rows)
        for r in rows:
            got = load(tmp_path / "synth" / task / r["annotation"])
            assert len(got if task == "synth-beat" else got[1]) > 2
    assert main(["validate", "--data-root", str(tmp_path), "--results", str(tmp_path / "no-results")]) == 0
