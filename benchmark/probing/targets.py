"""Manifest labels -> the arrays the probes learn, checked against what the task can encode. Knows nothing of
torch, so `bench validate` can check a task's labels without the heavy stack."""
from __future__ import annotations

import math
from typing import Any, Sequence

import numpy as np

from ..errors import BenchError
from ..data.labels import KEYS, normalize_key
from ..config.specs import TaskSpec


def _label_error(task: TaskSpec, where: str, value: Any, why: str) -> BenchError:
    fits = f"target {task.target}" + (f", labels {task.labels}" if task.labels else "")
    return BenchError(f"{where}: field 'label': {value!r} does not fit task '{task.name}' ({fits}): {why}")


def encode_targets(task: TaskSpec, labels: Sequence[Any], where: Sequence[str]) -> tuple[np.ndarray, list[str]]:
    """Labels -> class indices, multi-hot rows, or floats, with the classes (from the spec or the data).
    `where` names each label's manifest line for the error that a label the task cannot encode raises."""
    if task.target == "regression":
        out = np.empty(len(labels), dtype=np.float32)
        for i, v in enumerate(labels):
            if isinstance(v, bool) or not isinstance(v, (int, float, str)):
                raise _label_error(task, where[i], v, "expected a number")
            try:
                out[i] = float(v)
            except ValueError:
                raise _label_error(task, where[i], v, "expected a number") from None
            if not math.isfinite(float(v)) or not math.isfinite(out[i]):
                raise _label_error(task, where[i], v, "expected a finite number")
        return out, []
    if task.target == "multilabel":
        for i, v in enumerate(labels):
            if not isinstance(v, list) or not all(isinstance(t, str) for t in v):
                raise _label_error(task, where[i], v, "expected a list of tag names")
        classes = list(task.labels or sorted({t for v in labels for t in v}))
        pos = {c: i for i, c in enumerate(classes)}
        y = np.zeros((len(labels), len(classes)), dtype=np.int64)
        for i, v in enumerate(labels):
            unknown = [t for t in v if t not in pos]
            if unknown:
                raise _label_error(task, where[i], v, f"'{unknown[0]}' is not one of the task's labels")
            y[i, [pos[t] for t in v]] = 1
        return y, classes
    if task.target == "key":
        classes = [normalize_key(k) for k in task.labels] if task.labels else list(KEYS)
        names = []
        for i, v in enumerate(labels):
            try:
                names.append(normalize_key(v))
            except ValueError as e:
                raise _label_error(task, where[i], v, str(e)) from None
    else:
        for i, v in enumerate(labels):
            if not isinstance(v, (str, int)) or isinstance(v, bool):
                raise _label_error(task, where[i], v, "expected a class name (a string or an integer)")
        names = [str(v) for v in labels]
        classes = list(task.labels or sorted(set(names)))
    pos = {c: i for i, c in enumerate(classes)}
    for i, n in enumerate(names):
        if n not in pos:
            raise _label_error(task, where[i], labels[i], "not one of the task's labels")
    return np.array([pos[n] for n in names], dtype=np.int64), classes


def load_annotations(task: TaskSpec, clips: Sequence[Any]) -> list[Any]:
    """Every clip's events of a frame-level task, read with mir_eval's loaders: beat times, or (intervals,
    labels) of chords; an error names the manifest line of a clip without an annotation file."""
    from ..data.annotations import load_beats, load_chords

    load = {"beats": load_beats, "chords": load_chords}[task.target]
    out = []
    for c in clips:
        if c.annotation is None:
            raise BenchError(f"{c.where}: field 'annotation': task '{task.name}' (target {task.target}) needs a "
                             "beat or .lab file per clip, relative to the manifest")
        out.append(load(c.annotation))
    return out
