"""GTZAN (Tzanetakis and Cook 2002) genre, and its beats (GTZAN-rhythm, Marchand and Peeters 2015), on the
fault-filtered split of Kereliuk et al. (2015): 443/197/290 of the 1000 clips, shipped in splits/gtzan/."""
from __future__ import annotations

from pathlib import Path

from ...errors import BenchError
from .common import Dataset, Row, Source, iter_lines, shipped

GENRES = ("blues", "classical", "country", "disco", "hiphop", "jazz", "metal", "pop", "reggae", "rock")


def split_of() -> dict[str, str]:
    """'blues.00012' -> its split in the fault-filtered lists."""
    return {Path(line).stem: split for split in ("train", "valid", "test") for line in shipped(f"gtzan/{split}.txt")}


def _genres_folder(src: Source) -> Path:
    for name in ("genres", "genres_original", "gtzan/genres"):
        if (src.root / name).is_dir():
            return src.root / name
    raise BenchError(f"{src.root}: no folder 'genres/' (GTZAN's <genre>/<genre>.NNNNN.wav); is --source the folder "
                     "that holds it?")


def convert(src: Source) -> list[Row]:
    folder = _genres_folder(src)
    rows = []
    for clip, split in sorted(split_of().items()):
        genre = clip.split(".")[0]
        wav = folder / genre / f"{clip}.wav"
        if src.audio(wav) is not None:
            rows.append(Row("gtzan-genre", wav, genre, split, clip))
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
        if times and t <= times[-1]:
            raise BenchError(f"{path}: line {n}: beat time {t} is not after the one before ({times[-1]})")
        times.append(t)
    if not times:
        raise BenchError(f"{path}: no beats")
    return "".join(f"{t:.6f}\n" for t in times)


def convert_rhythm(src: Source) -> list[Row]:
    folder = _genres_folder(src)
    beats = {p.name.removesuffix(".beats"): p for p in src.root.rglob("*.beats")}
    if not beats:
        raise BenchError(f"{src.root}: no beat annotation files '<genre>.NNNNN.beats' found under it")
    rows = []
    for clip, split in sorted(split_of().items()):
        wav = folder / clip.split(".")[0] / f"{clip}.wav"
        seconds, ann = src.audio(wav), beats.get(clip)
        if ann is None:
            src.note_missing(src.root / "annotations" / f"{clip}.beats")
        elif seconds is not None:
            rows.append(Row("gtzan-beat", wav, None, split, clip, annotation_text=beat_times(ann)))
    return rows


FF = {"train": 443, "valid": 197, "test": 290}
DATASET = Dataset(
    name="gtzan", tasks=("gtzan-genre",), title="GTZAN genre",
    url="https://marsyas.info/downloads/datasets.html", licence="research use (no explicit licence)",
    size="1.2 GB (1000 30 s clips)", layout="genres/<genre>/<genre>.NNNNN.wav (genres_original/ also found)",
    split="fault-filtered split of Kereliuk et al. 2015 (splits/gtzan/, from jongpillee/music_dataset_split)",
    convert=convert, expected={"gtzan-genre": FF})
RHYTHM = Dataset(
    name="gtzan-rhythm", tasks=("gtzan-beat",), title="GTZAN-rhythm beats",
    url="https://github.com/TempoBeatDownbeat/gtzan_tempo_beat", licence="annotations: research use",
    size="GTZAN's audio + 1000 small text files",
    layout="genres/<genre>/<genre>.NNNNN.wav and, anywhere below, <genre>.NNNNN.beats (time, beat position a line)",
    split="the fault-filtered GTZAN split", convert=convert_rhythm, expected={"gtzan-beat": FF})
