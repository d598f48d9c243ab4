"""The frame-level synth tasks: their annotations agree with the MIDI that makes the audio, and the rendered
files are what mir_eval reads."""
from __future__ import annotations

import json

import mir_eval
import numpy as np

from benchmark.data import annotations
from benchmark.cli import main
from benchmark.data.synth.frame_tasks import KICK, SECONDS, SNARE, beat, chords


def test_beats_follow_the_drums_but_are_not_simply_their_loud_onsets():
    accented_beats = beats_total = offbeat_accents = 0
    for seed in range(60):
        clip = beat(np.random.default_rng(seed), "train")
        beats = np.array(clip.label)
        gaps = np.diff(beats)
        assert (gaps > 60 / 181).all() and (gaps < 60 / 59).all() and beats[-1] < SECONDS
        drums = next(i for i in clip.midi.instruments if i.is_drum)
        hits = np.array(sorted(n.start for n in drums.notes))
        on_grid = [np.abs(hits - b).min() < 1e-6 for b in beats]
        assert np.mean(on_grid) > 0.5, seed  # the drums play the beat grid ...
        accents = np.array(sorted(n.start for n in drums.notes if n.pitch in (KICK, SNARE)))
        near = np.abs(accents[:, None] - beats[None]).min(1) < 1e-6 if len(accents) else np.array([])
        offbeat_accents += int((~near).sum())
        beats_total += len(beats)
        accented_beats += sum(np.abs(accents - b).min() < 1e-6 for b in beats) if len(accents) else 0
    # ... but kicks and snares fall off the beat too, and many beats carry neither
    assert offbeat_accents > 0.1 * beats_total
    assert 0.4 < accented_beats / beats_total < 0.9


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
    for task, load in (("synth-beat", annotations.load_beats), ("synth-chords", annotations.load_chords)):
        rows = [json.loads(x) for x in (tmp_path / "synth" / task / "manifest.jsonl").read_text().splitlines()]
        assert len(rows) == 20 and all(r["label"] is None for r in rows)
        for r in rows:
            got = load(tmp_path / "synth" / task / r["annotation"])
            assert len(got if task == "synth-beat" else got[1]) > 2
    assert main(["validate", "--data-root", str(tmp_path), "--results", str(tmp_path / "no-results")]) == 0


def test_data_of_an_older_generator_is_rendered_again(tmp_path):
    from benchmark.data.synth.suite import render_task

    out = tmp_path / "synth-beat"
    manifest = render_task("synth-beat", out, size="tiny")
    card = json.loads((out / "card.json").read_text())
    assert card["generator"] == 3  # 3: the drum kits selected
    stamp = manifest.stat().st_mtime_ns
    assert render_task("synth-beat", out, size="tiny").stat().st_mtime_ns == stamp  # up to date: kept
    card["generator"] = 2  # rendered when every kit was kit 0
    (out / "card.json").write_text(json.dumps(card))
    render_task("synth-beat", out, size="tiny")
    assert json.loads((out / "card.json").read_text())["generator"] == 3
