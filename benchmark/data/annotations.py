"""Event annotations as datasets ship them, read with mir_eval's loaders: beat times, and chord intervals with
Harte labels. The data layer owns them: converters check a file with them, the runner reads targets from them."""
from __future__ import annotations

from pathlib import Path

import numpy as np

from ..errors import BenchError


def load_beats(path: Path) -> np.ndarray:
    import mir_eval

    try:
        return np.asarray(mir_eval.io.load_events(str(path)), dtype=np.float64)
    except (ValueError, OSError) as e:
        raise BenchError(f"{path}: not a beat file mir_eval can read (one time in seconds a line): {e}") from None


def load_chords(path: Path) -> tuple[np.ndarray, list[str]]:
    import mir_eval

    try:
        intervals, labels = mir_eval.io.load_labeled_intervals(str(path))
    except (ValueError, OSError) as e:
        raise BenchError(f"{path}: not a .lab chord file mir_eval can read (start end label a line): {e}") from None
    for lab in labels:
        try:
            mir_eval.chord.encode(lab)
        except mir_eval.chord.InvalidChordException as e:
            raise BenchError(f"{path}: chord '{lab}' is not in Harte's syntax ({e})") from None
    return np.asarray(intervals, dtype=np.float64), list(labels)
