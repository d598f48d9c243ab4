"""The synth suite: labels checked from the audio itself with signal processing, determinism, and the
run path that renders a missing synth dataset first."""
from __future__ import annotations

import hashlib
import json
import shutil
from pathlib import Path

import librosa
import mir_eval
import numpy as np
import pytest
import soundfile as sf

from benchmark.data.synth.suite import render_suite
from benchmark.data.synth.tasks import CHORDS, INTERVALS
from benchmark.data.labels import KEYS

# Krumhansl-Kessler key profiles (C major, C minor)
MAJOR = np.array([6.35, 2.23, 3.48, 2.33, 4.38, 4.09, 2.52, 5.19, 2.39, 3.66, 2.29, 2.88])
MINOR = np.array([6.33, 2.68, 3.52, 5.38, 2.60, 3.53, 2.54, 4.75, 3.98, 2.69, 3.34, 3.17])


@pytest.fixture(scope="module")
def suite(tmp_path_factory) -> Path:
    root = tmp_path_factory.mktemp("synth")
    render_suite(root, size="tiny", seed=0, workers=2)
    return root / "synth"


def clips(suite: Path, task: str):
    for line in (suite / task / "manifest.jsonl").read_text().splitlines():
        row = json.loads(line)
        wave, sr = sf.read(suite / task / row["audio"], dtype="float32")
        yield row, wave, sr


def chroma(wave, sr, start=0.1, end=1.3):
    return librosa.feature.chroma_cqt(y=wave[int(start * sr):int(end * sr)], sr=sr).mean(1)


def test_pitch_label_is_the_sounding_f0(suite):
    hits = []
    for row, wave, sr in clips(suite, "synth-pitch"):
        f0 = np.median(librosa.yin(wave[int(0.1 * sr):int(1.1 * sr)], fmin=50, fmax=1500, sr=sr, frame_length=2048))
        hits.append(round(69 + 12 * np.log2(f0 / 440)) == int(row["label"]))
    assert np.mean(hits) >= 0.95, np.mean(hits)


def test_chord_quality_is_in_the_chroma(suite):
    """The k strongest pitch classes form the labelled quality over some root (harmonics of reeds and brass
    mislead chroma now and then, hence not 100 %)."""
    hits = []
    for row, wave, sr in clips(suite, "synth-chord"):
        pattern = CHORDS[row["label"]]
        top = set(np.argsort(chroma(wave, sr))[-len(pattern):].tolist())
        hits.append(any(top == {(r + i) % 12 for i in pattern} for r in range(12)))
    assert np.mean(hits) >= 0.8, np.mean(hits)


def test_interval_size_is_in_the_chroma(suite):
    hits = []
    for row, wave, sr in clips(suite, "synth-interval"):
        size = INTERVALS.index(row["label"]) + 1
        if size == 12:
            continue  # an octave is one pitch class
        a, b = np.argsort(chroma(wave, sr))[-2:]
        d = (a - b) % 12
        hits.append(min(d, 12 - d) == min(size, 12 - size))
    assert np.mean(hits) >= 0.8, np.mean(hits)


def test_key_agrees_with_krumhansl_schmuckler(suite):
    scores = []
    for row, wave, sr in clips(suite, "synth-key"):
        c = librosa.feature.chroma_cqt(y=wave, sr=sr).mean(1)
        corr = [np.corrcoef(c, np.roll(p, k))[0, 1] for p in (MAJOR, MINOR) for k in range(12)]
        scores.append(mir_eval.key.weighted_score(row["label"], KEYS[int(np.argmax(corr))]))
    assert np.mean(scores) >= 0.8, np.mean(scores)


def test_tempo_matches_the_onset_periodicity(suite):
    hits, test_tempos, train_tempos = [], [], []
    for row, wave, sr in clips(suite, "synth-tempo"):
        env = librosa.onset.onset_strength(y=wave, sr=sr)
        est = librosa.feature.tempo(onset_envelope=env, sr=sr, start_bpm=110)[0]
        hits.append(min(abs(est * k - row["label"]) / row["label"] for k in (0.5, 1, 2)) < 0.05)
        (test_tempos if row["split"] == "test" else train_tempos).append(row["label"])
    assert np.mean(hits) >= 0.9, np.mean(hits)
    assert min(train_tempos) >= 70 and max(train_tempos) <= 150
    assert all(t < 70 or t > 150 for t in test_tempos)  # extrapolation, as SynTheory's tempo split


def test_tags_are_families_and_cards_count_them(suite):
    card = json.loads((suite / "synth-tags" / "card.json").read_text())
    rows = [json.loads(line) for line in (suite / "synth-tags" / "manifest.jsonl").read_text().splitlines()]
    assert all(1 <= len(r["label"]) <= 3 for r in rows)
    assert card["clips"] == {"train": 24, "valid": 8, "test": 8}
    assert card["soundfont"]["name"] == "TimGM6mb.sf2" and len(card["soundfont"]["sha256"]) == 64
    train_counts = {}
    for r in rows:
        if r["split"] == "train":
            for t in r["label"]:
                train_counts[t] = train_counts.get(t, 0) + 1
    assert card["counts_per_class"]["train"] == train_counts


def _digest(folder: Path) -> dict[str, str]:
    return {p.name: hashlib.sha256(p.read_bytes()).hexdigest() for p in sorted((folder / "audio").glob("*.wav"))}


def test_same_seed_is_byte_identical_whatever_the_workers(suite, tmp_path):
    again = render_suite(tmp_path, size="tiny", seed=0, workers=1, tasks=["synth-chord", "synth-tags"])
    for task, manifest in again.items():
        assert _digest(manifest.parent) == _digest(suite / task)
        assert manifest.read_text() == (suite / task / "manifest.jsonl").read_text()
    other = render_suite(tmp_path / "seed1", size="tiny", seed=1, workers=1, tasks=["synth-chord"])
    theirs = _digest(other["synth-chord"].parent)
    ours = _digest(suite / "synth-chord")
    assert sum(theirs[k] != ours[k] for k in ours) > 0.9 * len(ours)


def test_a_rendering_worker_that_dies_is_an_error_not_a_wait_forever(monkeypatch):
    # multiprocessing.Pool's imap waited forever after a worker segfaulted (in numba, `make demo`)
    import os

    from benchmark.data.synth import suite as S
    from benchmark.errors import BenchError

    class Bar:
        def advance(self, job, n):
            pass

    monkeypatch.setattr(S, "warm_numba", lambda: None)
    with S._workers(2) as mapper:
        with pytest.raises(BenchError, match="a rendering worker process died"):
            S._collect(mapper(os._exit, [3, 3]), Bar(), 0)


def test_run_renders_missing_synth_data_and_beats_chance(project, tmp_path, monkeypatch):
    from conftest import REPO

    from benchmark.cli import main

    for name in ("_base_probe.yaml", "synth-chord.yaml"):
        shutil.copy(REPO / "tasks" / name, project / "tasks" / name)
    data = tmp_path / "empty-data-root"
    assert main(["run", "--model", "chroma", "--tasks", "synth-chord", "--data-root", str(data),
                 "--out", str(tmp_path / "out")]) == 0
    card = json.loads((data / "synth" / "synth-chord" / "card.json").read_text())
    assert card["size"] == "small"
    res = json.loads((tmp_path / "out" / "results" / "chroma" / "synth-chord.json").read_text())
    assert res["selected"]["test"]["accuracy"] > 2 / 7  # chance is 1/7


def test_every_clip_is_audible_and_pitch_clips_sound_their_label(suite):
    """The renderer re-draws silent clips (some GM programs are silent at some notes) and pitch clips that
    sound another note; what it keeps is loud enough and, for pitch, sounds the labelled note."""
    from benchmark.data.synth.suite import sounding_midi

    for task in ("synth-pitch", "synth-instrument", "synth-tags"):
        for row, wave, sr in clips(suite, task):
            assert np.abs(wave).max() > 0.05, (task, row)
        card = json.loads((suite / task / "card.json").read_text())
        assert card["redraws"]["clips"] == len(card["redraws"]["why"]) and "drawn again" in card["redraws"]["rule"]
    for row, wave, sr in clips(suite, "synth-pitch"):
        assert sounding_midi(wave) == int(row["label"]), row


def test_unusable_renders_are_drawn_again_and_counted(tmp_path, monkeypatch):
    from benchmark.data.synth import suite as synth

    real = synth.audit_clip
    refused: list[int] = []

    def refuse_first_draw(task, renderer, clip, wave):
        if len(refused) < 3:
            refused.append(1)
            return "silent (peak 0.0e+00)"
        return real(task, renderer, clip, wave)

    monkeypatch.setattr(synth, "audit_clip", refuse_first_draw)
    manifest = synth.render_task("synth-instrument", tmp_path / "inst", size="tiny")
    card = json.loads((manifest.parent / "card.json").read_text())
    # 3 forced re-draws of the first clip, beside whatever the soundfont itself made silent
    assert card["redraws"]["why"]["audio/train-00000.wav"][:3] == ["silent (peak 0.0e+00)"] * 3
    assert card["redraws"]["draws"] == sum(len(v) for v in card["redraws"]["why"].values()) >= 3
    assert "redraws" not in manifest.read_text()  # the manifest keeps its schema


def test_audit_names_silence_a_silent_part_and_a_wrong_pitch():
    import pretty_midi

    from benchmark.data.synth.render import Renderer, default_soundfont
    from benchmark.data.synth.suite import audit_clip
    from benchmark.data.synth.tasks import Clip

    r = Renderer(default_soundfont())
    try:
        def note(program, pitch, start=0.05):
            inst = pretty_midi.Instrument(program=program)
            inst.notes.append(pretty_midi.Note(100, pitch, start, start + 1.4))
            return inst

        pm = pretty_midi.PrettyMIDI()
        pm.instruments.append(note(0, 60))
        wave = r.render(pm, 2.0)
        assert audit_clip("synth-pitch", r, Clip(pm, "60", 2.0), wave) is None
        assert audit_clip("synth-pitch", r, Clip(pm, "67", 2.0), wave).startswith("sounds as MIDI 60")
        assert audit_clip("synth-instrument", r, Clip(pm, "keyboard", 2.0), wave * 0).startswith("silent")
        mix = pretty_midi.PrettyMIDI()
        mix.instruments.extend([note(0, 60), note(16, 60, start=5.0)])  # the organ plays after the clip ends
        verdict = audit_clip("synth-tags", r, Clip(mix, ["keyboard", "organ"], 2.0), r.render(mix, 2.0))
        assert verdict == "program 16 note 60 starts after the clip ends (5.00 s)"
        alto = pretty_midi.PrettyMIDI()  # TimGM6mb's alto sax is silent at E4: a P5 of which one note sounds
        alto.instruments.append(pretty_midi.Instrument(program=65))
        alto.instruments[0].notes += [pretty_midi.Note(100, 64, 0.05, 1.5), pretty_midi.Note(100, 71, 0.05, 1.5)]
        wave = r.render(alto, 2.0)
        assert np.abs(wave).max() > 1e-2  # the clip as a whole is loud
        assert audit_clip("synth-interval", r, Clip(alto, "P5", 2.0), wave).startswith(
            "program 65 note 64 at velocity 100 is silent")
    finally:
        r.close()


def _single(program: int, pitch: int, velocity: int, end: float, drum: bool = False):
    import pretty_midi

    pm = pretty_midi.PrettyMIDI()
    pm.instruments.append(pretty_midi.Instrument(program=program, is_drum=drum))
    pm.instruments[0].notes.append(pretty_midi.Note(velocity, pitch, 0.05, end))
    return pm


def test_a_clip_after_a_loud_one_is_exactly_its_own_midi():
    """The renderer once carried the previous clip's voice into the next (5.9e-4 after its flush), so a silent
    note passed the audibility check and loudness normalisation scaled the leak up: now every clip is its own
    MIDI, bit for bit, whatever was rendered before."""
    from benchmark.data.synth.render import Renderer, default_soundfont

    quiet = _single(0, 64, 90, 1.5)
    silent = _single(65, 64, 100, 1.5)  # TimGM6mb's alto sax has no sample at E4
    fresh = Renderer(default_soundfont())
    used = Renderer(default_soundfont())
    try:
        alone, alone_silent = fresh.render(quiet, 2.0), fresh.render(silent, 2.0)
        for pm in (_single(48, 60, 127, 1.99), _single(0, 36, 127, 1.99, drum=True)):  # loud to the clip's end
            used.render(pm, 2.0)
            assert np.array_equal(used.render(quiet, 2.0), alone)
            used.render(pm, 2.0)
            assert not used.render(silent, 2.0).any()
        assert not alone_silent.any() and np.abs(alone).max() > 1e-2
    finally:
        fresh.close()
        used.close()


@pytest.mark.parametrize("kit", [8, 16, 25, 40])
def test_drum_kits_are_selected(kit):
    """Every drum track once played kit 0; a GM kit is the drum track's program in bank 128."""
    from benchmark.data.synth.render import Renderer, default_soundfont

    r = Renderer(default_soundfont())
    try:
        standard = r.render(_single(0, 38, 110, 0.3, drum=True), 1.0)
        other = r.render(_single(kit, 38, 110, 0.3, drum=True), 1.0)
    finally:
        r.close()
    assert np.abs(standard).max() > 1e-2 and np.abs(other).max() > 1e-2
    assert np.abs(standard - other).max() > 0.1 * np.abs(standard).max()


FLUID_R3 = Path("/usr/share/sounds/sf2/FluidR3_GM.sf2")


@pytest.mark.parametrize("soundfont", ["TimGM6mb", "FluidR3_GM"])
def test_every_note_of_every_clip_sounds(soundfont, suite, tmp_path):
    """The whole suite (tiny) rendered with both soundfonts: every note of every kept clip, re-rendered alone
    from the clip's MIDI file by a fresh synthesizer at the lowest velocity the suite plays it, sounds (some GM
    programs are silent at some notes in both soundfonts, and a clip's overall energy cannot show a silent note
    beside a loud one)."""
    import os

    import pretty_midi

    from benchmark.data.synth.render import Renderer, default_soundfont

    if soundfont == "TimGM6mb":
        path, root = default_soundfont(), suite
    else:
        path, root = FLUID_R3, tmp_path / "synth"
        if not path.is_file():
            if os.environ.get("CI"):
                pytest.fail(f"{path} is missing: `make install` installs Debian's fluid-soundfont-gm")
            pytest.skip(f"{path} is missing (Debian's fluid-soundfont-gm)")
        render_suite(tmp_path, size="tiny", seed=0, workers=2, soundfont=path)
    quietest: dict[tuple, tuple[int, str]] = {}
    for task_dir in sorted(root.iterdir()):
        for line in (task_dir / "manifest.jsonl").read_text().splitlines():
            audio = json.loads(line)["audio"]
            pm = pretty_midi.PrettyMIDI(str(task_dir / audio.replace("audio/", "midi/").replace(".wav", ".mid")))
            for inst in pm.instruments:
                for n in inst.notes:
                    key = (inst.is_drum, inst.program, n.pitch)
                    quietest[key] = min(quietest.get(key, (128, "")), (n.velocity, f"{task_dir.name}/{audio}"))
    r = Renderer(path)
    try:
        silent = {key: where for key, (vel, where) in quietest.items()
                  if np.abs(r.render(_single(key[1], key[2], vel, 0.55, key[0]), 0.8)).max() <= 1e-4}
    finally:
        r.close()
    assert not silent, silent
