"""Fixture trees of the public datasets, in their official layouts: the file names, folder structure and annotation
formats of the real downloads, with a few short generated clips per class, one audio file the metadata lists
deleted (missing) and one overwritten with garbage (corrupt). Used by tests/test_public_data.py."""
from __future__ import annotations

import csv
import json
from dataclasses import dataclass, field
from pathlib import Path

import numpy as np
import soundfile as sf

from benchmark.data.public import common

SR = 16000
KEYS = [f"{t} {m}" for t in ("C", "D", "E", "F#", "A", "Bb") for m in ("major", "minor")]


@dataclass
class Tree:
    root: Path
    missing: str  # a file the metadata lists that is not there, as the card names it
    corrupt: str  # an audio file that cannot be decoded, as the card names it
    run_task: str  # the task `bench run --model logmel` runs on the prepared data
    args: list[str] = field(default_factory=list)  # further `bench data prepare` arguments


def tone(path: Path, f0: float, seconds: float = 1.0, fmt: str | None = None, seed: int = 0) -> None:
    """A harmonic tone with a little noise: every class has its own pitch, so a probe has something to learn."""
    rng = np.random.default_rng(seed)
    t = np.arange(int(seconds * SR)) / SR
    wave = sum(k ** -1.0 * np.sin(2 * np.pi * k * f0 * t) for k in range(1, 5))
    wave = (0.3 * wave / np.abs(wave).max() + rng.normal(0, 0.01, len(t))).astype(np.float32)
    path.parent.mkdir(parents=True, exist_ok=True)
    sf.write(path, wave, SR, format=fmt or path.suffix[1:].upper())


def corrupt(path: Path) -> None:
    path.parent.mkdir(parents=True, exist_ok=True)
    path.write_bytes(b"\x00\x17not audio at all" * 64)


def f0_of(i: int) -> float:
    return 110.0 * 2 ** (i / 3)


def nsynth(root: Path) -> Tree:
    families = ["guitar", "keyboard", "organ"]
    for si, (split, n) in enumerate((("train", 4), ("valid", 2), ("test", 2))):
        examples = {}
        for fi, fam in enumerate(families):
            for k in range(n):
                pitch = 48 + 12 * (k % 2)
                note = f"{fam}_acoustic_{10 * si + fi:03d}-{pitch:03d}-{100 - k:03d}"
                examples[note] = {"note": fi * 100 + k, "note_str": note, "instrument": fi, "instrument_str":
                                  f"{fam}_acoustic_{10 * si + fi:03d}", "pitch": pitch, "velocity": 100 - k, "sample_rate": 16000,
                                  "qualities": [0] * 10, "qualities_str": [], "instrument_family": fi,
                                  "instrument_family_str": fam, "instrument_source": 0,
                                  "instrument_source_str": "acoustic"}
                tone(root / f"nsynth-{split}" / "audio" / f"{note}.wav", f0_of(3 * fi) * 2 ** ((pitch - 48) / 12))
        (root / f"nsynth-{split}").mkdir(parents=True, exist_ok=True)
        (root / f"nsynth-{split}" / "examples.json").write_text(json.dumps(examples, indent=2))
    gone = root / "nsynth-train" / "audio" / "guitar_acoustic_000-048-100.wav"
    gone.unlink()
    corrupt(root / "nsynth-test" / "audio" / "organ_acoustic_022-060-099.wav")
    return Tree(root, "nsynth-train/audio/guitar_acoustic_000-048-100.wav",
                "nsynth-test/audio/organ_acoustic_022-060-099.wav", "nsynth-instrument")


def _gtzan_audio(root: Path, per_split=(3, 1, 1), folder: str = "genres", ext: str = ".au") -> list[str]:
    """A few clips of the fault-filtered lists per genre and split, as <folder>/<genre>/<genre>.NNNNN<ext>:
    marsyas' tarball unpacks to genres/ with Sun .au files (genres/blues/blues.00000.au), Kaggle's copy to
    Data/genres_original/ with .wav files."""
    kept = []
    for split, n in zip(("train", "valid", "test"), per_split):
        by_genre: dict[str, list[str]] = {}
        for line in common.shipped(f"gtzan/{split}.txt"):
            by_genre.setdefault(line.split("/")[0], []).append(Path(line).stem)
        for gi, genre in enumerate(sorted(by_genre)[:4]):
            for clip in by_genre[genre][:n]:
                tone(root / folder / genre / f"{clip}{ext}", f0_of(2 * gi), 3.0, seed=len(kept))
                kept.append(clip)
    return kept


def gtzan(root: Path) -> Tree:
    """marsyas' genres.tar.gz, as it unpacks: genres/<genre>/<genre>.000NN.au."""
    kept = _gtzan_audio(root)
    corrupt(root / "genres" / "blues" / f"{kept[0]}.au")
    return Tree(root, "genres/rock/rock.00099.<audio>", f"genres/blues/{kept[0]}.au", "gtzan-genre")


def gtzan_kaggle(root: Path) -> Tree:
    """Kaggle's 'GTZAN Dataset - Music Genre Classification': Data/genres_original/<genre>/<genre>.000NN.wav."""
    kept = _gtzan_audio(root, folder="Data/genres_original", ext=".wav")
    corrupt(root / "Data" / "genres_original" / "blues" / f"{kept[0]}.wav")
    return Tree(root, "Data/genres_original/rock/rock.00099.<audio>", f"Data/genres_original/blues/{kept[0]}.wav",
                "gtzan-genre")


# the first lines of TempoBeatDownbeat/gtzan_tempo_beat's beats/gtzan_blues_00000.beats: time <tab> beat position
GTZAN_RHYTHM_HEAD = "0.217\t3\n0.695\t4\n1.173\t1\n1.653\t2\n2.137\t3\n"


def gtzan_rhythm(root: Path) -> Tree:
    """GTZAN (marsyas' .au) and the annotation repository's beats/gtzan_<genre>_<NNNNN>.beats, as it ships (999
    files: jazz.00054, whose audio is corrupt in GTZAN, has none)."""
    kept = _gtzan_audio(root)
    ann = root / "gtzan_tempo_beat" / "beats"
    ann.mkdir(parents=True)
    for i, clip in enumerate(kept):
        genre, num = clip.split(".")
        if i == 0:
            text = GTZAN_RHYTHM_HEAD
            beats = [0.217, 0.695, 1.173, 1.653, 2.137]
        else:
            period = 0.4 + 0.05 * (i % 4)
            beats = list(np.arange(0.2, 3.0, period))
            text = "".join(f"{t:.3f}\t{k % 4 + 1}\n" for k, t in enumerate(beats))
        (ann / f"gtzan_{genre}_{num}.beats").write_text(text)
        # the clicks on the beats make the beats audible
        t = np.arange(3 * SR) / SR
        wave = 0.02 * np.sin(2 * np.pi * 220 * t)
        for b in beats:
            s = int(b * SR)
            wave[s:s + 400] += 0.5 * np.exp(-np.arange(400) / 60) * np.sin(2 * np.pi * 1500 * np.arange(400) / SR)
        sf.write(root / "genres" / clip.split(".")[0] / f"{clip}.au", wave.astype(np.float32), SR, format="AU")
    corrupt(root / "genres" / kept[1].split(".")[0] / f"{kept[1]}.au")
    return Tree(root, "genres/rock/rock.00099.<audio>", f"genres/{kept[1].split('.')[0]}/{kept[1]}.au", "gtzan-beat")


def musiccaps(root: Path) -> Tree:
    top = [line.split("\t")[0] for line in common.shipped("musiccaps/aspects-top50.txt")]
    genres = ["rock", "jazz", "classical"]
    rows, n_train, n_valid, i = [], 0, 0, 0
    while n_train < 6 or n_valid < 3:
        ytid = f"fx{i:03d}-AbC_d"
        i += 1
        evaluation = len(rows) % 3 == 0
        split = "test" if evaluation else common.hash_split(ytid, 0.15, 0.0, "musiccaps")
        n_train += split == "train"
        n_valid += split == "valid"
        g = len(rows) % 3
        aspects = [genres[g], top[g], top[3 + g % 2], "some rare words"]
        rows.append({"ytid": ytid, "start_s": 30 if len(rows) != 1 else 20, "end_s": 40 if len(rows) != 1 else 30,
                     "audioset_positive_labels": "/m/04rlf", "aspect_list": str(aspects),
                     "caption": "A generated tone, with a comma.", "author_id": 4, "is_balanced_subset": False,
                     "is_audioset_eval": evaluation})
        whole = len(rows) == 2  # a whole track: the clip is cut at start_s
        tone(root / "audio" / f"{ytid}.{'flac' if whole else 'wav'}", f0_of(2 * g), 32.0 if whole else 10.0,
             seed=len(rows))
    with open(root / "musiccaps-public.csv", "w", newline="") as f:
        w = csv.DictWriter(f, fieldnames=list(rows[0]))
        w.writeheader()
        w.writerows(rows)
    (root / "audio" / f"{rows[4]['ytid']}.wav").unlink()
    corrupt(root / "audio" / f"{rows[5]['ytid']}.wav")
    return Tree(root, f"{rows[4]['ytid']}.<audio>", f"audio/{rows[5]['ytid']}.wav", "musiccaps-genre")


# annotations_final.csv's 188 tag columns in the table's order, between clip_id and mp3_path: lower case, with
# spaces ('no vocals', 'male vocal', 'new age'; the top-50 list spells them noVocals, maleVocal, newAge), every
# field quoted, tab-separated (the list as a public MagnaTagATune tagger's README prints the header)
MTT_TAGS = ['no voice', 'singer', 'duet', 'plucking', 'hard rock', 'world', 'bongos', 'harpsichord',
            'female singing', 'clasical', 'sitar', 'chorus', 'female opera', 'male vocal', 'vocals', 'clarinet',
            'heavy', 'silence', 'beats', 'men', 'woodwind', 'funky', 'no strings', 'chimes', 'foreign', 'no piano',
            'horns', 'classical', 'female', 'no voices', 'soft rock', 'eerie', 'spacey', 'jazz', 'guitar', 'quiet',
            'no beat', 'banjo', 'electric', 'solo', 'violins', 'folk', 'female voice', 'wind', 'happy', 'ambient',
            'new age', 'synth', 'funk', 'no singing', 'middle eastern', 'trumpet', 'percussion', 'drum', 'airy',
            'voice', 'repetitive', 'birds', 'space', 'strings', 'bass', 'harpsicord', 'medieval', 'male voice',
            'girl', 'keyboard', 'acoustic', 'loud', 'classic', 'string', 'drums', 'electronic', 'not classical',
            'chanting', 'no violin', 'not rock', 'no guitar', 'organ', 'no vocal', 'talking', 'choral', 'weird',
            'opera', 'soprano', 'fast', 'acoustic guitar', 'electric guitar', 'male singer', 'man singing',
            'classical guitar', 'country', 'violin', 'electro', 'reggae', 'tribal', 'dark', 'male opera',
            'no vocals', 'irish', 'electronica', 'horn', 'operatic', 'arabic', 'lol', 'low', 'instrumental',
            'trance', 'chant', 'strange', 'drone', 'synthesizer', 'heavy metal', 'modern', 'disco', 'bells', 'man',
            'deep', 'fast beat', 'industrial', 'hard', 'harp', 'no flute', 'jungle', 'pop', 'lute', 'female vocal',
            'oboe', 'mellow', 'orchestral', 'viola', 'light', 'echo', 'piano', 'celtic', 'male vocals', 'orchestra',
            'eastern', 'old', 'flutes', 'punk', 'spanish', 'sad', 'sax', 'slow', 'male', 'blues', 'vocal', 'indian',
            'no singer', 'scary', 'india', 'woman', 'woman singing', 'rock', 'dance', 'piano solo', 'guitars',
            'no drums', 'jazzy', 'singing', 'cello', 'calm', 'female vocals', 'voices', 'different', 'techno',
            'clapping', 'house', 'monks', 'flute', 'not opera', 'not english', 'oriental', 'beat', 'upbeat', 'soft',
            'noise', 'choir', 'female singer', 'rap', 'metal', 'hip hop', 'quick', 'water', 'baroque', 'women',
            'fiddle', 'english']


def mtt(root: Path) -> Tree:
    from benchmark.data.public.mtt import tag_key

    top50 = common.shipped("mtt/top50_tags.txt")
    header = ["clip_id", *MTT_TAGS, "mp3_path"]
    column = {tag_key(t): i for i, t in enumerate(MTT_TAGS)}
    lines, made = [], []
    for split, n in (("train", 8), ("valid", 3), ("test", 4)):
        for k, mp3 in enumerate(common.shipped(f"mtt/{split}.txt.gz")):  # the table lists every clip
            cls = k % 2
            # guitar/classical, slow/techno, and a tag the table spells with a space (noVocals / maleVocal)
            tags = {top50[cls], top50[2 + cls], top50[21 + 6 * cls]}
            row = ["0"] * len(MTT_TAGS)
            for t in tags:
                row[column[tag_key(t)]] = "1"
            lines.append([str(len(lines) + 1), *row, mp3])
            if k < n:  # audio for a few
                tone(root / mp3, f0_of(5 * cls), 1.0, fmt="MP3", seed=len(lines))
                made.append(mp3)
    with open(root / "annotations_final.csv", "w", newline="") as f:
        w = csv.writer(f, delimiter="\t", quoting=csv.QUOTE_ALL)
        w.writerow(header)
        w.writerows(lines)
    (root / made[1]).unlink()
    corrupt(root / made[-1])
    return Tree(root, made[1], made[-1], "mtt-top50")


def giantsteps(root: Path) -> Tree:
    split_of = common.shipped_table("giantsteps-key/split.tsv")
    gs, mtg = root / "giantsteps-key-dataset", root / "giantsteps-mtg-key-dataset"
    (gs / "annotations" / "key").mkdir(parents=True)
    (mtg / "annotations").mkdir(parents=True)
    table = ["ID\tMANUAL KEY\tC\tGENRE"]
    kept = {"train": [], "valid": [], "test": []}
    for i, (tid, split) in enumerate(sorted(split_of.items(), key=lambda kv: int(kv[0]))):
        key = KEYS[i % 2]  # every track annotated (the real datasets are); audio for a few
        if split == "test":
            (gs / "annotations" / "key" / f"{tid}.LOFI.key").write_text(key.lower() + "\n")
        else:
            table.append(f"{tid}\t{key}\t2\tTechno")
        if len(kept[split]) < (6 if split == "train" else 3):
            kept[split].append(tid)
            folder = gs if split == "test" else mtg
            tone(folder / "audio" / f"{tid}.LOFI.mp3", 261.6 if i % 2 == 0 else 293.7, 2.0, fmt="MP3", seed=i)
    (mtg / "annotations" / "annotations.txt").write_text("\n".join(table) + "\n")
    (mtg / "audio" / f"{kept['train'][0]}.LOFI.mp3").unlink()
    corrupt(gs / "audio" / f"{kept['test'][0]}.LOFI.mp3")
    return Tree(root, f"giantsteps-mtg-key-dataset/audio/{kept['train'][0]}.LOFI.mp3",
                f"giantsteps-key-dataset/audio/{kept['test'][0]}.LOFI.mp3", "giantsteps-key")


def emomusic(root: Path) -> Tree:
    split_of = common.shipped_table("emomusic/split.tsv")
    (root / "annotations").mkdir(parents=True)
    lines = ["song_id, mean_arousal, std_arousal, mean_valence, std_valence"]
    kept = {"train": [], "valid": [], "test": []}
    for song, split in sorted(split_of.items(), key=lambda kv: int(kv[0])):
        level = int(song) % 3
        lines.append(f"{song}, {3 + 2 * level}, 0.9, {7 - 2 * level}, 0.8")
        if len(kept[split]) < (9 if split == "train" else 4):
            kept[split].append(song)
            tone(root / "clips_45seconds" / f"{song}.mp3", f0_of(3 * level), 1.5, fmt="MP3", seed=int(song))
    (root / "annotations" / "static_annotations.csv").write_text("\n".join(lines) + "\n")
    (root / "clips_45seconds" / f"{kept['train'][0]}.mp3").unlink()
    corrupt(root / "clips_45seconds" / f"{kept['valid'][0]}.mp3")
    return Tree(root, f"clips_45seconds/{kept['train'][0]}.mp3", f"clips_45seconds/{kept['valid'][0]}.mp3",
                "emomusic-arousal")


# VocalSet as Zenodo ships it (FULL/<female1..9|male1..11>/<context>/<technique>/<file>.wav), with the real file
# names and the quirks MARBLE's preprocess.py and a public clean-up list name: files without their singer prefix,
# a '(1)' duplicate, the 'vibrado/' typo folder, an excerpt of male8 named m9_, a file too short for a 3 s chunk
VOCALSET_FILES = [
    "female1/arpeggios/belt/f1_arpeggios_belt_c_a.wav", "female1/arpeggios/belt/f1_arpeggios_belt_c_e.wav",
    "female1/scales/breathy/f1_scales_breathy_c_a.wav", "female1/long_tones/vibrato/f1_long_vibrato_a.wav",
    "female1/arpeggios/straight/f1_arpeggios_straight_a.wav", "female1/long_tones/breathy/f1_long_breathy_a.wav",
    "female2/scales/vibrato/f2_scales_vibrato_a.wav", "female2/scales/vibrato/f2_scales_vibrato_a(1).wav",
    "female2/arpeggios/vibrado/f2_arpeggios_vibrato_a.wav", "female2/arpeggios/vibrado/slow_vibrato_arps.wav",
    "female2/arpeggios/lip_trill/lip_trill_arps.wav", "female2/arpeggios/belt/f2_arpeggios_belt_a.wav",
    "female4/arpeggios/straight/arpeggios_straight_a.wav", "female4/arpeggios/straight/arpeggios_straight_e.wav",
    "female4/scales/belt/f4_scales_belt_a.wav", "female4/scales/breathy/f4_scales_breathy_a.wav",
    "male1/scales/breathy/m1_scales_breathy_a.wav", "male1/arpeggios/belt/m1_arpeggios_belt_a.wav",
    "male1/scales/straight/m1_straight_tone_scales_u.wav", "male1/arpeggios/vibrato/m1_arpeggios_vibrato_a.wav",
    "male3/scales/lip_trill/scales_lip_trill.wav", "male3/arpeggios/belt/m3_arpeggios_belt_a.wav",
    "male8/excerpts/vibrato/m9_caro_vibrato.wav", "male8/excerpts/straight/row_straight.wav",
    "male8/arpeggios/breathy/m8_arpeggios_breathy_a.wav", "male8/arpeggios/belt/m8_arpeggios_belt_a.wav",
    "male10/excerpts/vibrato/caro_vibrato.wav", "male10/scales/fast_piano/scales_c_fast_piano_a.wav",
    "male10/arpeggios/belt/m10_arpeggios_belt_a.wav", "male10/long_tones/straight/m10_long_straight_a.wav",
]


def vocalset(root: Path) -> Tree:
    singers = sorted({f.split("/")[0] for f in VOCALSET_FILES})
    techniques = sorted({f.split("/")[2] for f in VOCALSET_FILES})
    files = []
    for rel in VOCALSET_FILES:
        wav = root / "FULL" / rel
        singer, _, technique = rel.split("/")[:3]
        seconds = 2.0 if rel.endswith("f1_long_breathy_a.wav") else 6.5
        tone(wav, f0_of(singers.index(singer) + 4 * techniques.index(technique)) / 2, seconds, seed=len(files))
        files.append(wav)
    files[1].unlink()
    corrupt(files[4])
    # VocalSet ships no file list: a deleted recording cannot be told from one never recorded
    return Tree(root, "", str(files[4].relative_to(root)), "vocalset-technique")


def jamendo(root: Path) -> Tree:
    split_dir = root / "data" / "splits" / "split-0"
    split_dir.mkdir(parents=True)
    subsets = {"top50tags": ["genre---rock", "instrument---piano"], "genre": ["genre---rock", "genre---jazz"],
               "instrument": ["instrument---piano", "instrument---guitar"],
               "moodtheme": ["mood/theme---happy", "mood/theme---sad"]}
    header = "TRACK_ID\tARTIST_ID\tALBUM_ID\tPATH\tDURATION\tTAGS"
    track = 1000
    paths = []
    for stem, tags in subsets.items():
        for split, name, n in (("train", "train", 6), ("valid", "validation", 3), ("test", "test", 3)):
            lines = [header]
            for k in range(n):
                track += 1
                rel = f"{track % 100:02d}/{track}.mp3"
                lines.append(f"track_{track:07d}\tartist_{track:06d}\talbum_{track:06d}\t{rel}\t200.0\t{tags[k % 2]}"
                             + ("\tgenre---electronic" if k % 3 == 0 else ""))
                tone(root / "audio" / rel.replace(".mp3", ".low.mp3"), f0_of(4 * (k % 2)), 1.0, fmt="MP3",
                     seed=track)
                paths.append(rel)
            (split_dir / f"autotagging_{stem}-{name}.tsv").write_text("\n".join(lines) + "\n")
    missing = paths[0]
    (root / "audio" / missing.replace(".mp3", ".low.mp3")).unlink()
    bad = paths[1].replace(".mp3", ".low.mp3")
    corrupt(root / "audio" / bad)
    return Tree(root, f"audio/{missing}", f"audio/{bad}", "jamendo-genre")


def chords_lab(root: Path) -> Tree:
    """Isophonics style: audio/<album>/<track>.wav and chordlab/<album>/<track>.lab (start end label a line)."""
    chords = [("C:maj", 261.63), ("A:min", 220.0), ("F:maj", 174.61), ("G:maj", 196.0)]
    split_lines = []
    for i in range(10):
        track = f"{i + 1:02d}_-_Song_{i}"
        seq = [chords[(i + k) % 4] for k in range(4)]
        t = np.arange(8 * SR) / SR
        wave = np.zeros_like(t)
        lab = []
        for k, (name, f0) in enumerate(seq):
            seg = (t >= 2 * k) & (t < 2 * k + 2)
            root_note, minor = f0, name.endswith("min")
            for ratio in (1, 2 ** ((3 if minor else 4) / 12), 2 ** (7 / 12)):
                wave[seg] += np.sin(2 * np.pi * root_note * ratio * t[seg])
            lab.append(f"{2 * k:.6f} {2 * k + 2:.6f} {name}")
        path = root / "audio" / "Album" / f"{track}.wav"
        path.parent.mkdir(parents=True, exist_ok=True)
        sf.write(path, (0.2 * wave).astype(np.float32), SR)
        (root / "chordlab" / "Album").mkdir(parents=True, exist_ok=True)
        (root / "chordlab" / "Album" / f"{track}.lab").write_text("\n".join(lab) + "\n")
        split_lines.append(f"{track}\t{'train' if i < 6 else 'valid' if i < 8 else 'test'}")
    (root / "audio" / "Album" / "01_-_Song_0.wav").unlink()
    corrupt(root / "audio" / "Album" / "02_-_Song_1.wav")
    split_file = root.parent / "my-split.txt"
    split_file.write_text("\n".join(split_lines) + "\n")
    return Tree(root, "chordlab/Album/01_-_Song_0.<audio>", "audio/Album/02_-_Song_1.wav", "chords",
                ["--split-file", str(split_file)])


def folder(root: Path) -> Tree:
    for ci, label in enumerate(("bell", "drone", "pluck")):
        for k in range(8):
            tone(root / label / f"{label}_{k}.wav", f0_of(4 * ci), 1.0, seed=10 * ci + k)
    corrupt(root / "pluck" / "pluck_7.wav")
    return Tree(root, "", "pluck/pluck_7.wav", "my-sounds", ["--task", "my-sounds"])


BUILDERS = {"nsynth": nsynth, "gtzan": gtzan, "gtzan-rhythm": gtzan_rhythm, "musiccaps": musiccaps, "mtt": mtt,
            "giantsteps-key": giantsteps, "emomusic": emomusic, "vocalset": vocalset, "mtg-jamendo": jamendo,
            "chords-lab": chords_lab, "folder": folder}


def prepared(name, tmp_path, capsys) -> tuple[Tree, Path, dict]:
    """The fixture tree of `name` prepared through the CLI (--skip-missing): the tree, the dataset folder, the card."""
    from benchmark.cli import main

    tree = BUILDERS[name](tmp_path / "source")
    root = tmp_path / "data"
    assert main(["data", "prepare", name, "--source", str(tree.root), "--data-root", str(root), "--skip-missing",
                 "--json", *tree.args]) == 0
    card = json.loads(capsys.readouterr().out)
    return tree, root / card["dataset"], card


def manifest_rows(folder: Path, task: str) -> list[dict]:
    return [json.loads(line) for line in (folder / f"manifest-{task}.jsonl").read_text().splitlines()]
