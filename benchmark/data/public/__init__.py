"""Converters from the official layout of public datasets to our manifests: `bench data prepare <name> --source`.
One module a dataset; the split lists and vocabularies they ship are in splits/ (SOURCES.md names each source)."""
from __future__ import annotations

from pathlib import Path
from typing import Any

from ...errors import BenchError
from . import (chords_lab, emomusic, folder, giantsteps, gtzan, jamendo, mtt, musiccaps, nsynth, vocalset)
from .common import Dataset, Source, write

DATASETS: dict[str, Dataset] = {d.name: d for d in (
    musiccaps.DATASET, nsynth.DATASET, gtzan.DATASET, gtzan.RHYTHM, mtt.DATASET, giantsteps.DATASET,
    emomusic.DATASET, vocalset.DATASET, jamendo.DATASET, chords_lab.DATASET)}
FOLDER = "folder"


def names() -> list[str]:
    return [*DATASETS, FOLDER]


def prepare(name: str, source: Path, root: Path, skip_missing: bool = False,
            options: dict[str, Any] | None = None) -> tuple[Path, dict[str, Any]]:
    """Convert the user's copy under `source` into `root/<dataset>/`: the manifests and card.json (returned)."""
    options = {k: v for k, v in (options or {}).items() if v is not None}
    if name == FOLDER:
        if not options.get("task"):
            raise BenchError("bench data prepare folder: --task NAME is required (the task the folder defines)")
        dataset = folder.dataset_for(options["task"])
    elif name in DATASETS:
        dataset = DATASETS[name]
    else:
        from ...errors import did_you_mean

        raise BenchError(f"bench data prepare: no converter '{name}'{did_you_mean(name, names())}")
    source = Path(source).expanduser()
    if not source.is_dir():
        raise BenchError(f"--source: no such folder '{source}'")
    src = Source(source, skip_missing, options=options)
    rows = dataset.convert(src)
    out = root / dataset.name
    spec = out / f"{dataset.name}.yaml" if name == FOLDER else None
    card = write(dataset, src, rows, out, {"task_spec": str(spec)} if spec else None)
    if spec:
        from ... import atomic

        atomic.write_text(spec, folder.spec_yaml(dataset.name, sorted({r.label for r in rows}),
                                                 f"manifest-{dataset.name}.jsonl"))
    return out, card
