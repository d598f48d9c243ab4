"""`bench data prepare` on the layouts people actually download (issue 26): marsyas' and Kaggle's GTZAN, clip-named
and already-cut MusicCaps audio, GiantSteps with its converted .wav, Isophonics unpacked and McGill Billboard,
MARBLE's VocalSet split reproduced, the Jamendo card, files that are plainly not audio, and every converter
pointed at the wrong folder."""
from __future__ import annotations

import csv
import json
from pathlib import Path

import pytest

from benchmark.cli import main

from public_trees import BUILDERS
from public_trees import manifest_rows as _rows
from public_trees import prepared as _prepared


def test_gtzan_reads_marsyas_au_kaggle_wav_and_both_side_by_side(isolated, capsys):
    """marsyas' .au (the default tree), Kaggle's Data/genres_original/*.wav, and a .wav converted beside each .au:
    the same clips, splits and labels; with both, the .wav by the stated rule."""
    from public_trees import gtzan_kaggle

    _, out, card = _prepared("gtzan", isolated / "marsyas", capsys)
    au = _rows(out, "gtzan-genre")
    assert au and all(r["audio"].endswith(".au") for r in au)
    assert "genres/rock/rock.00099.<audio>" in card["missing"]
    tree = gtzan_kaggle(isolated / "kaggle" / "source")
    assert main(["data", "prepare", "gtzan", "--source", str(tree.root), "--data-root", str(isolated / "kaggle" / "data"),
                 "--skip-missing", "--json"]) == 0
    card = json.loads(capsys.readouterr().out)
    wav = _rows(isolated / "kaggle" / "data" / "gtzan", "gtzan-genre")
    assert [(r["group"], r["label"], r["split"]) for r in wav] == [(r["group"], r["label"], r["split"]) for r in au]
    assert tree.missing in card["missing"]
    both = isolated / "marsyas" / "source"
    import soundfile as sf
    for p in list((both / "genres").rglob("*.au")):
        try:
            data, sr = sf.read(p)
        except RuntimeError:
            continue
        sf.write(p.with_suffix(".wav"), data, sr)
    assert main(["data", "prepare", "gtzan", "--source", str(both), "--data-root", str(isolated / "both"),
                 "--skip-missing", "--json"]) == 0
    capsys.readouterr()
    chosen = _rows(isolated / "both" / "gtzan", "gtzan-genre")
    # the corrupt .au was converted too (libsndfile reads it as raw u-law), and its .wav is chosen
    assert len(chosen) == len(au) + 1
    assert all(r["audio"].endswith(".wav") for r in chosen)


def _marble_vocalset(full: Path, work: Path) -> dict[tuple[str, str], dict[str, str]]:
    """MARBLE's benchmark/tasks/VocalSet/preprocess.py, step by step on a copy (its unzip filter, renames and
    deletions applied with os.rename / os.remove, files numbered per technique folder with sorted(os.listdir),
    the global numpy generator seeded with 42617, GroupShuffleSplit without a random_state); silence trimming and
    resampling left out, a file kept when it holds one 132,000-sample chunk at 44.1 kHz. Per (technique folder,
    original file name), its split in each task."""
    import os
    import shutil

    import numpy as np
    import soundfile as sf
    from sklearn.model_selection import GroupShuffleSplit

    tech_types = ["belt", "breathy", "inhaled", "lip_trill", "spoken", "straight", "trill", "trillo", "vibrato",
                  "vocal_fry", "fast_forte", "fast_piano", "forte", "messa", "pp", "slow_forte", "slow_piano"]
    tech_task_type = tech_types[:10]
    origin = {}
    for wav in full.glob("*/*/*/*.wav"):
        if wav.parent.name in tech_types:
            (work / wav.parent.name).mkdir(parents=True, exist_ok=True)
            shutil.copy(wav, work / wav.parent.name / wav.name)
            origin[(wav.parent.name, wav.name)] = wav.name
    renames = [("/lip_trill/lip_trill_arps.wav", "/lip_trill/f2_lip_trill_arps.wav"),
               ("/lip_trill/scales_lip_trill.wav", "/lip_trill/m3_scales_lip_trill.wav"),
               ("/straight/arpeggios_straight_a.wav", "/straight/f4_arpeggios_straight_a.wav"),
               ("/straight/arpeggios_straight_e.wav", "/straight/f4_arpeggios_straight_e.wav"),
               ("/straight/row_straight.wav", "/straight/m8_row_straight.wav"),
               ("/fast_piano/scales_c_fast_piano_a.wav", "/fast_piano/m10_scales_c_fast_piano_a.wav")]
    for old, new in renames:
        if os.path.exists(f"{work}{old}"):
            os.rename(f"{work}{old}", f"{work}{new}")
            origin[tuple(new.strip("/").split("/"))] = old.split("/")[-1]
    for gone in ["/vibrato/f2_scales_vibrato_a(1).wav", "/vibrato/caro_vibrato.wav", "/vibrato/dona_vibrato.wav",
                 "/vibrato/row_vibrato.wav", "/vibrato/slow_vibrato_arps.wav"]:
        if os.path.exists(f"{work}{gone}"):
            os.remove(f"{work}{gone}")
    table = []  # file, tech, singer (the file's prefix), file_id
    for cur_type in sorted(os.listdir(work)):
        for i, file in enumerate(sorted(os.listdir(work / cur_type))):
            try:
                info = sf.info(str(work / cur_type / file))
            except RuntimeError:  # the fixture's corrupt file: intact in MARBLE's copy
                table.append((file, cur_type, file.split("_")[0], i))
                continue
            if info.frames * 44100 / info.samplerate > 44 * 3000:
                table.append((file, cur_type, file.split("_")[0], i))
    np.random.seed(42617)
    tech = [r for r in table if r[1] in tech_task_type]
    train_val = [r for r in tech if r[2] not in ("f2", "f8", "m3", "m5", "m10")]
    _, valid_idx = next(GroupShuffleSplit(n_splits=1, test_size=0.4).split(train_val, groups=[r[3] for r in train_val]))
    out: dict[tuple[str, str], dict[str, str]] = {}
    for k, r in enumerate(train_val):
        out.setdefault((r[1], origin[(r[1], r[0])]), {})["technique"] = "valid" if k in set(valid_idx) else "train"
    for r in tech:
        if r[2] in ("f2", "f8", "m3", "m5", "m10"):
            out.setdefault((r[1], origin[(r[1], r[0])]), {})["technique"] = "test"
    tv_idx, test_idx = next(GroupShuffleSplit(n_splits=1, test_size=0.2).split(table, groups=[r[3] for r in table]))
    rest = [table[k] for k in tv_idx]
    _, valid_idx = next(GroupShuffleSplit(n_splits=1, test_size=0.4).split(rest, groups=[r[3] for r in rest]))
    for k in test_idx:
        out.setdefault((table[k][1], origin[(table[k][1], table[k][0])]), {})["singer"] = "test"
    for k, r in enumerate(rest):
        out.setdefault((r[1], origin[(r[1], r[0])]), {})["singer"] = "valid" if k in set(valid_idx) else "train"
    return out


def test_vocalset_marble_split_is_marbles_own(isolated, capsys):
    """--split marble (the default) puts every recording where MARBLE's preprocess.py puts it, and uses exactly
    the recordings MARBLE uses (no '(1)' duplicate, nothing from vibrado/, nothing shorter than a chunk);
    --split hash keeps every recording."""
    tree, out, _ = _prepared("vocalset", isolated, capsys)
    want = _marble_vocalset(tree.root / "FULL", isolated / "marble-copy")
    for task in ("technique", "singer"):
        got = {}
        for r in _rows(out, f"vocalset-{task}"):
            path = Path(r["audio"])
            got[(path.parent.name, path.name)] = r["split"]
        expected = {k: v[task] for k, v in want.items() if task in v and k[1] != "f1_arpeggios_straight_a.wav"}
        assert got == expected, task  # (the corrupt file is left out by --skip-missing)
        assert not any("vibrado" in k[0] or "(1)" in k[1] or k[1] == "f1_long_breathy_a.wav" for k in got)
        assert len(set(got.values())) == 3
    assert main(["data", "prepare", "vocalset", "--source", str(tree.root), "--data-root", str(isolated / "h"),
                 "--skip-missing", "--split", "hash", "--json"]) == 0
    capsys.readouterr()
    hashed = _rows(isolated / "h" / "vocalset", "vocalset-singer")
    assert any("vibrado" in r["audio"] for r in hashed) and any("f1_long_breathy_a" in r["audio"] for r in hashed)


def test_vocalset_with_unknown_singer_folders_says_what_it_found(isolated, capsys):
    root = isolated / "src"
    from public_trees import tone

    tone(root / "FULL" / "singer1" / "scales" / "belt" / "s1_scales_belt_a.wav", 220.0, 1.0)
    assert main(["data", "prepare", "vocalset", "--source", str(root), "--data-root", str(isolated / "d")]) == 1
    err = " ".join(capsys.readouterr().err.split())
    assert "female1..female9, male1..male11" in err and "found folders singer1" in err, err


def test_musiccaps_clip_named_downloads_and_cut_clips(isolated, capsys):
    """Clips saved as <ytid>-<start>-<end>.wav (a download script's naming; yt-dlp's keyframe cuts run a little
    long) and plain <ytid>.wav files already cut to 10 s are the clips themselves; a file named by id that holds
    the clip at start_s is the whole track."""
    from public_trees import musiccaps, tone

    tree = musiccaps(isolated / "source")
    table = list(csv.DictReader(open(tree.root / "musiccaps-public.csv")))
    audio = tree.root / "audio"
    a, b, c = table[0], table[2], table[3]
    for row in (a, b, c):
        (audio / f"{row['ytid']}.wav").unlink()
    tone(audio / f"{a['ytid']}-{a['start_s']}-{a['end_s']}.wav", 220.0, 12.5)  # a long keyframe cut
    tone(audio / f"[{b['ytid']}]-[{b['start_s']}-{b['end_s']}].wav", 330.0, 10.0)
    tone(audio / f"{c['ytid']}.wav", 440.0, 10.4)  # cut to the clip, named by id alone
    root = isolated / "data"
    assert main(["data", "prepare", "musiccaps", "--source", str(tree.root), "--data-root", str(root),
                 "--skip-missing", "--json"]) == 0
    card = json.loads(capsys.readouterr().out)
    rows = {r["group"]: r for r in _rows(root / "musiccaps", "musiccaps-aspects")}
    assert {a["ytid"], b["ytid"], c["ytid"]} <= set(rows)
    assert not [u for u in card["unreadable"] if "shorter than the clip" in u]
    assert rows[a["ytid"]].get("offset", 0.0) == 0.0 and rows[a["ytid"]]["duration"] == 10.0
    assert "offset" not in rows[b["ytid"]] and "offset" not in rows[c["ytid"]]


def test_musiccaps_with_wrongly_named_audio_says_what_it_looked_for(isolated, capsys):
    from public_trees import musiccaps

    tree = musiccaps(isolated / "source")
    for p in list((tree.root / "audio").iterdir()):
        p.rename(p.with_name(f"song {p.name}"))
    assert main(["data", "prepare", "musiccaps", "--source", str(tree.root), "--data-root", str(isolated / "d")]) == 1
    err = " ".join(capsys.readouterr().err.split())
    assert "Looked for audio named <ytid>.<ext> or <ytid>-<start>-<end>.<ext>" in err and "found " in err
    assert "song fx000-AbC_d" in err or "audio files (e.g." in err, err


def test_giantsteps_wav_beside_mp3_after_convert_audio(isolated, capsys):
    """The dataset's convert_audio.sh writes <id>.LOFI.wav beside each <id>.LOFI.mp3: one file per track, the
    .wav by the stated rule, the same tracks and labels."""
    from public_trees import giantsteps

    tree = giantsteps(isolated / "source")
    import soundfile as sf
    for mp3 in list(tree.root.rglob("*.LOFI.mp3")):
        try:
            data, sr = sf.read(mp3)
        except RuntimeError:
            continue
        sf.write(mp3.with_suffix(".wav"), data, sr)
    assert main(["data", "prepare", "giantsteps-key", "--source", str(tree.root), "--data-root",
                 str(isolated / "d"), "--skip-missing", "--json"]) == 0
    capsys.readouterr()
    rows = _rows(isolated / "d" / "giantsteps-key", "giantsteps-key")
    assert rows and all(r["audio"].endswith(".LOFI.wav") for r in rows)


def _chord_track(path: Path, chords: list[tuple[str, float]]) -> list[str]:
    import numpy as np
    import soundfile as sf

    sr = 16000
    t = np.arange(2 * len(chords) * sr) / sr
    wave = np.zeros_like(t)
    lines = []
    for k, (name, f0) in enumerate(chords):
        seg = (t >= 2 * k) & (t < 2 * k + 2)
        for ratio in (1, 2 ** ((3 if name.endswith("min") else 4) / 12), 2 ** (7 / 12)):
            wave[seg] += np.sin(2 * np.pi * f0 * ratio * t[seg])
        lines.append(f"{2 * k:.6f} {2 * k + 2:.6f} {name}")
    path.parent.mkdir(parents=True, exist_ok=True)
    sf.write(path, (0.2 * wave).astype(np.float32), sr)
    return lines


def test_chords_lab_isophonics_unpacked_and_billboard(isolated, capsys):
    """Isophonics unpacked (chordlab/, keylab/ and seglab/ reuse the file names: only chordlab/ is read) and
    McGill Billboard's LAB release (<id>/full.lab beside the reduced majmin*.lab, the audio in each folder, or
    mirdata's index + audio/<decade>/<artist>/<title>/audio.flac)."""
    iso = isolated / "iso"
    prog = [("C:maj", 261.63), ("A:min", 220.0), ("F:maj", 174.61), ("G:maj", 196.0)]
    for i in range(6):
        album, track = "The Beatles/01_-_Please_Please_Me", f"0{i + 1}_-_Song_{i}"
        lines = _chord_track(iso / "audio" / album / f"{track}.wav", prog[i % 4:] + prog[:i % 4])
        for kind, text in (("chordlab", "\n".join(lines)), ("keylab", "0.0 8.0 Key C"),
                           ("seglab", "0.0 8.0 verse")):
            (iso / kind / album).mkdir(parents=True, exist_ok=True)
            (iso / kind / album / f"{track}.lab").write_text(text + "\n")
    split_file = isolated / "iso-split.txt"
    split_file.write_text("".join(f"0{i + 1}_-_Song_{i} {'train' if i < 4 else 'valid' if i == 4 else 'test'}\n"
                                  for i in range(6)))
    assert main(["data", "prepare", "chords-lab", "--source", str(iso), "--data-root", str(isolated / "d1"),
                 "--split-file", str(split_file), "--json"]) == 0
    card = json.loads(capsys.readouterr().out)
    rows = _rows(isolated / "d1" / "chords-lab", "chords")
    assert len(rows) == 6 and all("/chordlab/" in r["annotation"] for r in rows), card

    bb = isolated / "bb"
    for i, bid in enumerate(("0003", "0004", "0006", "0010", "0012", "0015")):
        lines = _chord_track(bb / "McGill-Billboard" / bid / "audio.flac", prog[i % 4:] + prog[:i % 4])
        (bb / "McGill-Billboard" / bid / "full.lab").write_text("\n".join(lines) + "\n")
        (bb / "McGill-Billboard" / bid / "majmin.lab").write_text("\n".join(lines) + "\n")
    split_file = isolated / "bb-split.txt"
    split_file.write_text("0003 train\n0004 train\n0006 train\n0010 train\n0012 valid\n0015 test\n")
    assert main(["data", "prepare", "chords-lab", "--source", str(bb), "--data-root", str(isolated / "d2"),
                 "--split-file", str(split_file), "--json"]) == 0
    capsys.readouterr()
    rows = _rows(isolated / "d2" / "chords-lab", "chords")
    assert sorted(r["group"] for r in rows) == ["0003", "0004", "0006", "0010", "0012", "0015"]
    assert all(r["annotation"].endswith("full.lab") and r["audio"].endswith("audio.flac") for r in rows)

    mirdata = isolated / "mirdata"  # mirdata's layout: the index names each id's audio folder
    lines = _chord_track(mirdata / "audio" / "1960s" / "James Brown" / "I Don't Mind" / "audio.flac", prog)
    (mirdata / "McGill-Billboard" / "0003").mkdir(parents=True)
    (mirdata / "McGill-Billboard" / "0003" / "full.lab").write_text("\n".join(lines) + "\n")
    (mirdata / "billboard-2.0-index.csv").write_text(
        "id,chart_date,target_rank,actual_rank,title,artist,peak_rank,weeks_on_chart\n"
        "1,1987-07-11,82,,,,,\n3,1961-07-03,56,57,I Don't Mind,James Brown,47,8\n")
    from benchmark.data.public import chords_lab
    from benchmark.data.public.common import Source

    found = chords_lab.billboard_index(Source(mirdata))
    assert found == {"0003": mirdata / "audio" / "1960s" / "James Brown" / "I Don't Mind" / "audio.flac"}


def test_jamendo_card_compares_with_the_split_tables(isolated, capsys):
    _, out, card = _prepared("mtg-jamendo", isolated, capsys)
    for task, info in card["tasks"].items():
        assert info["expected"] == {"train": 6, "valid": 3, "test": 3}, task
        assert info["difference"] == {s: info["clips"][s] - info["expected"][s] for s in info["clips"]}
    assert card["tasks"]["jamendo-top50"]["difference"]["train"] == -2  # the missing and the corrupt file


def test_empty_html_and_noisy_mp3_files_are_named_for_what_they_are(tmp_path, capfd):
    from benchmark.data.audio import BadAudio, duration

    (tmp_path / "empty.wav").write_bytes(b"")
    (tmp_path / "page.mp3").write_text("<!DOCTYPE html><html><body>Sign in</body></html>")
    (tmp_path / "junk.mp3").write_bytes(bytes(range(256)) * 40)
    reasons = {}
    for name in ("empty.wav", "page.mp3", "junk.mp3"):
        with pytest.raises(BadAudio) as e:
            duration(tmp_path / name)
        reasons[name] = e.value.reason
    assert reasons["empty.wav"] == "empty file (0 bytes)"
    assert reasons["page.mp3"].startswith("an HTML page, not audio")
    assert "possibly a pipe" not in reasons["junk.mp3"]
    assert "Illegal Audio-MPEG-Header" not in capfd.readouterr().err


@pytest.mark.parametrize("name", sorted(BUILDERS))
def test_an_empty_or_wrong_source_is_described_not_counted(name, isolated, capsys):
    """Every converter, pointed at a folder that holds something else (an audio file named like no dataset),
    says what it looked for and names what it found there, never a count alone."""
    from public_trees import tone

    wrong = isolated / "downloads"
    tone(wrong / "misc" / "some song.wav", 220.0, 1.0)
    args = ["--task", "x"] if name == "folder" else []
    code = main(["data", "prepare", name, "--source", str(wrong), "--data-root", str(isolated / "d"), *args])
    err = " ".join(capsys.readouterr().err.split())
    assert code == 1
    assert "misc/" in err or "some song.wav" in err, err  # what is there
    assert "found" in err.lower(), err  # and says it found that
