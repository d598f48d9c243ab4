"""Built-in datasets that render offline, by name; a task spec names one as `dataset.builtin`."""
from __future__ import annotations

import os
from pathlib import Path

from ..errors import BenchError
from ..config.specs import TaskSpec


def _tones(dataset: str, out: Path, size: str, seed: int) -> Path:
    from .tones import render

    return render(out, size=size, seed=seed)


def _synth(dataset: str, out: Path, size: str, seed: int) -> Path:
    from .synth.suite import render_task

    return render_task(dataset, out, size=size, seed=seed, workers=os.cpu_count() or 1)


BUILTINS = {"tones": _tones, "synth": _synth}


def render(builtin: str, dataset: str, out: Path, size: str = "small", seed: int = 0) -> Path:
    if builtin not in BUILTINS:
        raise BenchError(f"unknown built-in dataset '{builtin}' (known: {', '.join(sorted(BUILTINS))})")
    return BUILTINS[builtin](dataset, out, size, seed)


def ensure(task: TaskSpec, root: Path) -> Path:
    """The task's manifest under the data root, rendering a built-in dataset (size small) when it is missing."""
    manifest = root / task.dataset.manifest
    if manifest.is_file():
        return manifest
    if task.dataset.builtin:
        render(task.dataset.builtin, task.dataset.name, manifest.parent)
        return manifest
    raise BenchError(f"task '{task.name}': dataset manifest {manifest} not found; prepare your copy of the dataset "
                     f"'{task.dataset.name}' with `bench data prepare {task.dataset.name} --source DIR --data-root "
                     f"{root}` (bench data prepare --list says where to get it and the layout it reads)")
