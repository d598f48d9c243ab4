"""The label vocabularies that datasets, targets and metrics share: pitch-class and key names in mir_eval's
spelling, and the normalisation of a key label to them. The data layer owns them, so a converter or a generator
never reaches up into targets or metrics for a name."""
from __future__ import annotations

from typing import Any

PITCH_NAMES = ["C", "C#", "D", "D#", "E", "F", "F#", "G", "G#", "A", "A#", "B"]
KEYS = [f"{p} {m}" for m in ("major", "minor") for p in PITCH_NAMES]  # mir_eval's key names; default key classes


def normalize_key(label: Any) -> str:
    """A key label in mir_eval's spelling ('Bb minor', 'bb minor', 'A# minor' are all 'A# minor'), parsed by
    mir_eval's own key functions; only major and minor keys are classes of a key task."""
    import mir_eval

    if not isinstance(label, str):
        raise ValueError(f"a key is a string like 'Bb minor', not {label!r}")
    try:
        mir_eval.key.validate_key(label)
        tonic, mode = mir_eval.key.split_key_string(label)
    except (ValueError, KeyError) as e:
        raise ValueError(f"'{label}' is not a key ({e})") from None
    if tonic is None or mode not in ("major", "minor"):
        raise ValueError(f"'{label}' is not a major or minor key, the classes of a key task")
    return f"{PITCH_NAMES[tonic]} {mode}"
