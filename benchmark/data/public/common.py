"""What every converter of a public dataset shares: finding and checking the user's files, the fixed splits,
the manifests and the card.

A converter reads the dataset's official layout under `--source` and returns manifest rows; this module checks
every audio file it names (missing or unreadable files are listed with a count, and the run stops unless
`--skip-missing`), refuses a track in two splits, and writes `<data-root>/<dataset>/manifest-<task>.jsonl`
(paths relative to it) and `card.json`: clips per split and class, the counts of the full official dataset and
the difference, and a checksum of every manifest. Nothing is written unless every check passes.
"""
from __future__ import annotations

import hashlib
import json
import os
from collections import Counter
from dataclasses import dataclass, field
from pathlib import Path
from typing import Any, Callable, Iterable

from ... import atomic
from ..audio import BadAudio, duration
from ...errors import BenchError
from ..manifest import SPLITS

# what soundfile decodes, in the order one is chosen when a track has several (a `.wav` made beside each `.mp3` by
# GiantSteps' convert_audio.sh, GTZAN's `.au` converted to `.wav`): lossless first, since lossy decoders differ
# by a few samples of delay from one library to the next
AUDIO_EXTENSIONS = (".wav", ".flac", ".aiff", ".aif", ".au", ".ogg", ".opus", ".mp3")
AUDIO_RULE = "one audio file per track: the first of " + " ".join(AUDIO_EXTENSIONS) + " present"
SPLITS_DIR = Path(__file__).parent / "splits"
CARD_VERSION = 1


@dataclass
class Row:
    """One manifest line of one task."""
    task: str
    audio: Path
    label: Any
    split: str
    group: str  # the track (or recording) a clip comes from: a group never spans two splits
    offset: float = 0.0
    duration: float | None = None
    annotation: Path | None = None
    annotation_text: str | None = None  # written by `write` to annotations/<group>.<kind> when the official
    annotation_kind: str = "beats"  # file is not in a format mir_eval reads (e.g. GTZAN-rhythm's beat columns)


@dataclass(frozen=True)
class Dataset:
    """A converter and what `bench data prepare --list` and the card say of its dataset."""
    name: str
    tasks: tuple[str, ...]
    title: str
    url: str
    licence: str
    size: str
    layout: str  # what --source must hold
    split: str  # where the split comes from
    convert: Callable[["Source"], list[Row]]
    expected: dict[str, dict[str, int]] | None = None  # task -> split -> clips (or tracks) of the full dataset
    expected_unit: str = "clips"  # or "tracks": what `expected` counts
    expected_note: str = ""


@dataclass
class Source:
    """The user's copy of a dataset, and the problems found while reading it."""
    root: Path
    skip_missing: bool = False
    missing: list[str] = field(default_factory=list)
    unreadable: list[str] = field(default_factory=list)
    options: dict[str, Any] = field(default_factory=dict)  # converter options from the command line
    expected: dict[str, dict[str, int]] = field(default_factory=dict)  # counts the converter read from the source
    looked_for: str = ""  # what the converter looked for, said when it finds nothing or almost nothing
    _durations: dict[Path, float | None] = field(default_factory=dict)

    def path(self, *parts: str) -> Path:
        return self.root.joinpath(*parts)

    def need(self, rel: str, what: str) -> Path:
        """A file or folder the layout cannot do without (an annotation table, a split list): its absence is an
        error whatever --skip-missing says."""
        p = self.root / rel
        if not p.exists():
            raise BenchError(f"{self.root}: {what} '{rel}' not found; is --source the dataset's top folder? "
                             f"Found {self.found_instead()} (bench data prepare --list shows the layout each "
                             "converter reads)")
        return p

    def audio(self, path: Path) -> float | None:
        """The file's duration in seconds, or None (and the file is listed) when it is missing or unreadable."""
        if path in self._durations:
            return self._durations[path]
        seconds = None
        if not path.is_file():
            self.missing.append(self._rel(path))
        else:
            try:
                seconds = duration(path)
            except BadAudio as e:
                self.unreadable.append(f"{self._rel(path)}: {e.reason}")
        self._durations[path] = seconds
        return seconds

    def note_missing(self, path: Path) -> None:
        self.missing.append(self._rel(path))

    def found_instead(self, limit: int = 3) -> str:
        """What is under --source: a few audio files and folders, for an error that found almost nothing."""
        audio, folders = [], []
        for p in sorted(self.root.rglob("*")):
            if p.is_dir() and p.parent == self.root:
                folders.append(p.name + "/")
            elif p.is_file() and p.suffix.lower() in AUDIO_EXTENSIONS and len(audio) < limit:
                audio.append(self._rel(p))
        n_audio = sum(1 for p in self.root.rglob("*") if p.is_file() and p.suffix.lower() in AUDIO_EXTENSIONS)
        parts = [f"{n_audio} audio files" + (f" (e.g. {', '.join(audio)})" if audio else "")]
        if folders:
            parts.append(f"top folders {', '.join(folders[:8])}" + (" ..." if len(folders) > 8 else ""))
        return "; ".join(parts)

    def hint(self) -> str:
        """'looked for X under ROOT; found Y instead', or '' when the converter said nothing of what it looks for."""
        if not self.looked_for:
            return ""
        return f" Looked for {self.looked_for} under {self.root}; found {self.found_instead()}."

    def _rel(self, path: Path) -> str:
        try:
            return str(path.relative_to(self.root))
        except ValueError:
            return str(path)


def read_text(path: Path) -> str:
    try:
        return path.read_text(encoding="utf-8-sig")
    except UnicodeDecodeError as e:
        raise BenchError(f"{path}: not UTF-8 text ({e.reason} at byte {e.start})") from None


def shipped(rel: str) -> list[str]:
    """The non-empty lines of a list shipped under data/public/splits/ (gzip when it ends in .gz)."""
    path = SPLITS_DIR / rel
    if rel.endswith(".gz"):
        import gzip

        text = gzip.decompress(path.read_bytes()).decode("utf-8")
    else:
        text = path.read_text(encoding="utf-8")
    return [line.strip() for line in text.splitlines() if line.strip() and not line.startswith("#")]


def shipped_table(rel: str) -> dict[str, str]:
    """A shipped two-column TSV with a header: first column -> second."""
    lines = shipped(rel)[1:]
    return dict(line.split("\t")[:2] for line in lines)


def hash_split(key: str, valid: float, test: float, salt: str = "bench") -> str:
    """A split fixed by the key alone (sha256, so the same on every machine and Python): about `test` of keys to
    test, `valid` to valid, the rest to train."""
    u = int.from_bytes(hashlib.sha256(f"{salt}:{key}".encode()).digest()[:8], "big") / 2 ** 64
    return "test" if u < test else "valid" if u < test + valid else "train"


def audio_index(folder: Path, skip: Callable[[Path], bool] = lambda p: False) -> dict[str, Path]:
    """Audio files under a folder by stem (any extension soundfile decodes; files for which `skip` is true left
    out). A stem with files of several extensions in one folder gets one of them by AUDIO_RULE; a stem in two
    folders is an error (two tracks)."""
    found: dict[str, Path] = {}
    for p in sorted(folder.rglob("*")):
        if p.suffix.lower() in AUDIO_EXTENSIONS and p.is_file() and not skip(p):
            other = found.get(p.stem)
            if other is not None and other.parent != p.parent:
                raise BenchError(f"{folder}: two audio files for '{p.stem}' in different folders: {other} and {p}")
            if other is None or preference(p) < preference(other):
                found[p.stem] = p
    return found


def preference(path: Path) -> int:
    """A file's rank under AUDIO_RULE (lower is chosen)."""
    return AUDIO_EXTENSIONS.index(path.suffix.lower())


def audio_in(folder: Path) -> Path | None:
    """The one audio file of a folder that holds a single track's (by AUDIO_RULE, then name), or None."""
    files = [p for p in sorted(folder.iterdir()) if p.is_file() and p.suffix.lower() in AUDIO_EXTENSIONS]
    return min(files, key=lambda p: (preference(p), p.name)) if files else None


def find_audio(folder: Path, stem: str) -> Path | None:
    """The file `folder/stem.<ext>` chosen by AUDIO_RULE, or None."""
    for ext in AUDIO_EXTENSIONS:
        for candidate in (folder / f"{stem}{ext}", folder / f"{stem}{ext.upper()}"):
            if candidate.is_file():
                return candidate
    return None


def windows(total: float, seconds: float) -> list[tuple[float, float | None]]:
    """(offset, duration) of the whole consecutive windows of `seconds` in a file of `total` seconds (a remainder
    shorter than a window is dropped); a file shorter than one window is one clip of all of it (duration None)."""
    n = int(total // seconds + 1e-9)
    if n == 0:
        return [(0.0, None)]
    return [(k * seconds, seconds) for k in range(n)]


def _manifest_line(row: Row, base: Path) -> dict[str, Any]:
    def rel(p: Path) -> str:
        return os.path.relpath(p.resolve(), base.resolve())

    out: dict[str, Any] = {"audio": rel(row.audio), "split": row.split, "group": row.group}
    if row.annotation is not None:
        out["annotation"] = rel(row.annotation)
    else:
        out["label"] = row.label
    if row.offset:
        out["offset"] = round(row.offset, 6)
    if row.duration is not None:
        out["duration"] = round(row.duration, 6)
    return out


def _class_counts(rows: list[Row]) -> dict[str, dict[str, int]] | None:
    if not rows or rows[0].annotation is not None or isinstance(rows[0].label, float):
        return None
    out = {}
    for split in SPLITS:
        c: Counter = Counter()
        for r in rows:
            if r.split == split:
                c.update(r.label if isinstance(r.label, list) else [r.label])
        out[split] = dict(sorted(c.items(), key=lambda kv: str(kv[0])))
    return out


def write(dataset: Dataset, src: Source, rows: list[Row], out: Path,
          extra: dict[str, Any] | None = None) -> dict[str, Any]:
    """Check what the converter found, then write every manifest and the card (atomically, each file whole;
    `extra` goes into the card). Raises BenchError, writing nothing, when files are missing or unreadable and
    --skip-missing is not given."""
    problems = len(src.missing) + len(src.unreadable)
    if problems and not src.skip_missing:
        shown = [f"missing: {m}" for m in src.missing[:5]] + [f"unreadable: {u}" for u in src.unreadable[:5]]
        found = sum(1 for r in rows)
        hint = src.hint() if len(src.missing) > found else ""
        raise BenchError(f"bench data prepare {dataset.name}: {len(src.missing)} missing and {len(src.unreadable)} "
                         f"unreadable audio files under {src.root} (first: {'; '.join(shown)}); nothing written. "
                         f"Give --skip-missing to prepare the dataset without them (the card lists them).{hint}")
    groups: dict[tuple[str, str], tuple[str, Row]] = {}
    for r in rows:
        first = groups.setdefault((r.task, r.group), (r.split, r))
        if first[0] != r.split:
            raise BenchError(f"bench data prepare {dataset.name}: track '{r.group}' is in split '{first[0]}' "
                             f"({first[1].audio}) and in split '{r.split}' ({r.audio}); a track must stay in one "
                             "split")
    by_task: dict[str, list[Row]] = {t: [] for t in dataset.tasks}
    for r in rows:
        by_task[r.task].append(r)
    for task, task_rows in by_task.items():
        empty = [s for s in SPLITS if not any(r.split == s for r in task_rows)]
        if empty:
            raise BenchError(f"bench data prepare {dataset.name}: task '{task}' has no clip in split "
                             f"{', '.join(repr(s) for s in empty)} (of {len(task_rows)} clips found under "
                             f"{src.root}); nothing written.{src.hint()}")
    out.mkdir(parents=True, exist_ok=True)
    for r in rows:
        if r.annotation_text is not None:
            r.annotation = out / "annotations" / f"{r.group}.{r.annotation_kind}"
            r.annotation.parent.mkdir(exist_ok=True)
            atomic.write_text(r.annotation, r.annotation_text)
    card: dict[str, Any] = {"card_version": CARD_VERSION, "dataset": dataset.name, "title": dataset.title,
                            "source": str(src.root.resolve()), "url": dataset.url, "licence": dataset.licence,
                            "split": dataset.split, "options": src.options, "tasks": {},
                            "missing": sorted(src.missing), "unreadable": sorted(src.unreadable),
                            "expected_unit": dataset.expected_unit, "expected_note": dataset.expected_note,
                            **(extra or {})}
    for task, task_rows in by_task.items():
        name = f"manifest-{task}.jsonl"
        text = "".join(json.dumps(_manifest_line(r, out), ensure_ascii=False) + "\n" for r in task_rows)
        atomic.write_text(out / name, text)
        clips = {s: sum(r.split == s for r in task_rows) for s in SPLITS}
        tracks = {s: len({r.group for r in task_rows if r.split == s}) for s in SPLITS}
        found = tracks if dataset.expected_unit == "tracks" else clips
        expected = src.expected.get(task) or (dataset.expected or {}).get(task)
        card["tasks"][task] = {
            "manifest": name, "sha256": hashlib.sha256(text.encode()).hexdigest(), "clips": clips,
            "tracks": tracks, "classes": _class_counts(task_rows), "expected": expected,
            "difference": None if expected is None else {s: found[s] - expected[s] for s in SPLITS}}
    atomic.write_json(out / "card.json", card)
    return card


def iter_lines(path: Path) -> Iterable[tuple[int, str]]:
    for n, line in enumerate(read_text(path).splitlines(), 1):
        if line.strip():
            yield n, line
