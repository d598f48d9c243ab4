"""GTZAN (Tzanetakis and Cook 2002) genre, and its beats (GTZAN-rhythm, Marchand and Peeters 2015), on the
fault-filtered split of Kereliuk et al. (2015): 443/197/290 of the 1000 clips, shipped in splits/gtzan/."""
from __future__ import annotations

import math
import re
from pathlib import Path

from ...errors import BenchError
from .common import AUDIO_RULE, Dataset, Row, Source, find_audio, iter_lines, shipped

GENRES = ("blues", "classical", "country", "disco", "hiphop", "jazz", "metal", "pop", "reggae", "rock")


def split_of() -> dict[str, str]:
    """'blues.00012' -> its split in the fault-filtered lists."""
    return {Path(line).stem: split for split in ("train", "valid", "test") for line in shipped(f"gtzan/{split}.txt")}


# marsyas' tarball unpacks to genres/ (.au); Kaggle's "GTZAN Dataset - Music Genre Classification" to
# Data/genres_original/ (.wav); some copies keep a top gtzan/ folder
GENRE_FOLDERS = ("genres", "genres_original", "Data/genres_original", "gtzan/genres", "gtzan/genres_original")


def _genres_folder(src: Source) -> Path:
    for name in GENRE_FOLDERS:
        if (src.root / name).is_dir():
            return src.root / name
    found = sorted({p.parent.parent.relative_to(src.root).as_posix() for p in src.root.rglob("blues.000*")
                    if p.parent.name == "blues"})
    raise BenchError(f"{src.root}: no GTZAN genre folder: looked for {', '.join(g + '/' for g in GENRE_FOLDERS)} "
                     f"holding <genre>/<genre>.NNNNN.<wav|au>; "
                     + (f"found blues/ under {', '.join(f or '.' for f in found)}: give that folder's parent as "
                        "--source" if found else f"found {src.found_instead()}"))


def _clip_audio(src: Source, folder: Path, clip: str) -> Path | None:
    """The clip's audio by AUDIO_RULE (marsyas' .au, Kaggle's or a converted .wav); reported missing as
    <genre>/<clip>.<audio> when there is none."""
    path = find_audio(folder / clip.split(".")[0], clip)
    if path is None:
        src.note_missing(folder / clip.split(".")[0] / f"{clip}.<audio>")
        return None
    return path if src.audio(path) is not None else None


def convert(src: Source) -> list[Row]:
    folder = _genres_folder(src)
    src.looked_for = f"{folder.relative_to(src.root)}/<genre>/<genre>.NNNNN.<wav|au|...> ({AUDIO_RULE})"
    rows = []
    for clip, split in sorted(split_of().items()):
        path = _clip_audio(src, folder, clip)
        if path is not None:
            rows.append(Row("gtzan-genre", path, clip.split(".")[0], split, clip))
    return rows


def beat_times(path: Path) -> str:
    """A GTZAN-rhythm beat file (time in seconds and beat position a line) as mir_eval's one time a line."""
    times = []
    for n, line in iter_lines(path):
        fields = line.replace(",", " ").split()
        try:
            t = float(fields[0])
        except ValueError:
            raise BenchError(f"{path}: line {n}: '{line.strip()}' does not start with a time in seconds") from None
        if not math.isfinite(t) or t < 0:  # float() reads 'nan', 'inf' and -5 as times
            raise BenchError(f"{path}: line {n}: beat time {fields[0]} is not a time in seconds from 0")
        if times and t <= times[-1]:
            raise BenchError(f"{path}: line {n}: beat time {t} is not after the one before ({times[-1]})")
        times.append(t)
    if not times:
        raise BenchError(f"{path}: no beats")
    return "".join(f"{t:.6f}\n" for t in times)


# the annotation repository (TempoBeatDownbeat/gtzan_tempo_beat) ships beats/gtzan_<genre>_<NNNNN>.beats;
# other copies name them after the audio, <genre>.<NNNNN>.beats
BEAT_NAME = re.compile(r"^(?:gtzan_)?(?P<genre>[a-z]+)[._](?P<num>\d{5})\.beats$")


def beat_files(src: Source) -> dict[str, Path]:
    """Every beat file under --source by clip ('blues.00012'), whichever of the two names it has."""
    out: dict[str, Path] = {}
    for p in sorted(src.root.rglob("*.beats")):
        m = BEAT_NAME.match(p.name)
        if m:
            out.setdefault(f"{m['genre']}.{m['num']}", p)
    return out


def convert_rhythm(src: Source) -> list[Row]:
    folder = _genres_folder(src)
    beats = beat_files(src)
    if not beats:
        seen = sorted(p.name for p in src.root.rglob("*.beats"))[:3]
        raise BenchError(f"{src.root}: no beat annotation files named gtzan_<genre>_NNNNN.beats (the annotation "
                         f"repository's beats/ folder) or <genre>.NNNNN.beats found under it"
                         + (f"; found {', '.join(seen)}" if seen else f"; found {src.found_instead()}"))
    src.looked_for = (f"{folder.relative_to(src.root)}/<genre>/<genre>.NNNNN.<wav|au|...> beside "
                      f"{len(beats)} beat files")
    rows = []
    for clip, split in sorted(split_of().items()):
        path, ann = _clip_audio(src, folder, clip), beats.get(clip)
        if ann is None:
            src.note_missing(src.root / "beats" / f"gtzan_{clip.replace('.', '_')}.beats")
        elif path is not None:
            rows.append(Row("gtzan-beat", path, None, split, clip, annotation_text=beat_times(ann)))
    return rows


FF = {"train": 443, "valid": 197, "test": 290}
DATASET = Dataset(
    name="gtzan", tasks=("gtzan-genre",), title="GTZAN genre",
    url="https://marsyas.info/downloads/datasets.html", licence="research use (no explicit licence)",
    size="1.2 GB (1000 30 s clips)",
    layout="genres/<genre>/<genre>.NNNNN.au (marsyas' tarball) or .wav; Kaggle's Data/genres_original/ also found; "
           + AUDIO_RULE,
    split="fault-filtered split of Kereliuk et al. 2015 (splits/gtzan/, from jongpillee/music_dataset_split)",
    convert=convert, expected={"gtzan-genre": FF})
RHYTHM = Dataset(
    name="gtzan-rhythm", tasks=("gtzan-beat",), title="GTZAN-rhythm beats",
    url="https://github.com/TempoBeatDownbeat/gtzan_tempo_beat", licence="annotations: research use",
    size="GTZAN's audio + 1000 small text files",
    layout="GTZAN's genres/<genre>/<genre>.NNNNN.<au|wav> and, anywhere below, the annotation repository's "
           "beats/gtzan_<genre>_NNNNN.beats (or <genre>.NNNNN.beats; time and beat position a line)",
    split="the fault-filtered GTZAN split", convert=convert_rhythm, expected={"gtzan-beat": FF})
