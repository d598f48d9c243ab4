"""Built-in datasets that render offline, by name; a task spec names one as `dataset.builtin`."""
from __future__ import annotations

import importlib
from pathlib import Path

from ..errors import BenchError
from ..specs import TaskSpec

BUILTINS = {"tones": "benchmark.data.tones:render"}


def render(name: str, out: Path, size: str = "small", seed: int = 0) -> Path:
    if name not in BUILTINS:
        raise BenchError(f"unknown built-in dataset '{name}' (known: {', '.join(sorted(BUILTINS))})")
    module, attr = BUILTINS[name].split(":")
    return getattr(importlib.import_module(module), attr)(out, size=size, seed=seed)


def ensure(task: TaskSpec, root: Path) -> Path:
    """The task's manifest under the data root, rendering a built-in dataset when it is missing."""
    manifest = root / task.dataset.manifest
    if manifest.is_file():
        return manifest
    if task.dataset.builtin:
        render(task.dataset.builtin, manifest.parent)
        return manifest
    raise BenchError(f"task '{task.name}': dataset manifest {manifest} not found; prepare the dataset "
                     f"'{task.dataset.name}' with `bench data prepare {task.dataset.name} --data-root {root}`")
