"""`<root>/<label>/*.<audio>`, or `<root>/<split>/<label>/*.<audio>` with split folders train/valid/test: a
classification task the user names. Without split folders, a stratified 70/15/15 split with a fixed seed."""
from __future__ import annotations

from pathlib import Path

from ...errors import BenchError
from ...config.specs import NAME_PATTERN
from ..manifest import SPLITS
from .common import AUDIO_EXTENSIONS, Dataset, Row, Source

SEED = 0


def _files(folder: Path) -> list[tuple[str, Path]]:
    out = []
    for label_dir in sorted(p for p in folder.iterdir() if p.is_dir() and not p.name.startswith(".")):
        for p in sorted(label_dir.rglob("*")):
            if p.is_file() and p.suffix.lower() in AUDIO_EXTENSIONS:
                out.append((label_dir.name, p))
    return out


def stratified(labels: list[str]) -> list[str]:
    """70/15/15 per class with a fixed seed (scikit-learn's stratified split, twice)."""
    from sklearn.model_selection import train_test_split

    idx = list(range(len(labels)))
    try:
        rest, test = train_test_split(idx, test_size=0.15, random_state=SEED, stratify=labels)
        train, valid = train_test_split(rest, test_size=0.15 / 0.85, random_state=SEED,
                                        stratify=[labels[i] for i in rest])
    except ValueError as e:
        from collections import Counter

        counts = ", ".join(f"{k}/ {v}" for k, v in sorted(Counter(labels).items()))
        raise BenchError(f"cannot split the folder's classes 70/15/15 (found <label>/ folders with these many "
                         f"files: {counts}; {e}); give split folders train/ valid/ test/, or more files per class"
                         ) from None
    out = [""] * len(labels)
    for name, part in (("train", train), ("valid", valid), ("test", test)):
        for i in part:
            out[i] = name
    return out


def convert(src: Source) -> list[Row]:
    task = src.options["task"]
    split_dirs = [s for s in SPLITS if (src.root / s).is_dir()]
    if split_dirs:
        if len(split_dirs) < 3:
            raise BenchError(f"{src.root}: split folders {split_dirs} found; give all of train/ valid/ test/ or none")
        found = [(label, p, s) for s in SPLITS for label, p in _files(src.root / s) if src.audio(p) is not None]
    else:
        files = [(label, p) for label, p in _files(src.root) if src.audio(p) is not None]  # split what can be read
        found = [(label, p, s) for (label, p), s in zip(files, stratified([f[0] for f in files]))] if files else []
    if not found:
        raise BenchError(f"{src.root}: no readable audio in <label>/ folders (extensions "
                         f"{', '.join(AUDIO_EXTENSIONS)}); found {src.found_instead()}")
    return [Row(task, path, label, split, str(path.relative_to(src.root).with_suffix(""))) for label, path, split in found]


def dataset_for(task: str) -> Dataset:
    if not task or not NAME_PATTERN.match(task) or ".." in task:
        raise BenchError(f"bench data prepare folder: --task '{task}' is not a safe name (letters, digits and . _ + -)")
    return Dataset(name=task, tasks=(task,), title=f"folder dataset '{task}'", url="-", licence="the user's",
                   size="any", layout="<label>/*.<audio>, or train/ valid/ test/ each with <label>/ folders",
                   split="the split folders, else stratified 70/15/15 with seed 0", convert=convert,
                   expected_note="no fixed dataset: no official counts")


def spec_yaml(task: str, labels: list[str], manifest: str) -> str:
    """A task spec for the prepared folder: the shared probe protocol, multiclass, accuracy."""
    import json

    return (f"# written by `bench data prepare folder --task {task}`; edit freely (a change of the protocol changes "
            "its hash)\ninclude: _base_probe.yaml\n"
            f"name: {task}\nversion: 1\ndescription: {json.dumps('classes of the folders of ' + task)}\n"
            f"suite: [local]\ndataset: {{name: {task}, manifest: {task}/{manifest}}}\ntarget: multiclass\n"
            f"labels: {json.dumps(labels)}\nmetrics: [accuracy, f1_macro]\nprimary: accuracy\n")
