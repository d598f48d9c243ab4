"""The one exception type the CLI turns into a one-line message and exit code 1, and the hint that names what
was meant."""
from __future__ import annotations

import difflib


class BenchError(Exception):
    """A user-facing error: says what was wrong, where, and what to do."""


def did_you_mean(name: str, known: list[str]) -> str:
    """The closest known name, or all of them, as the end of an error message about an unknown `name`."""
    close = difflib.get_close_matches(name, known, n=1)
    return f" (did you mean '{close[0]}'?)" if close else f" (known: {', '.join(sorted(known))})"
