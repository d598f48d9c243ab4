"""The one exception type the CLI turns into a one-line message and exit code 1."""


class BenchError(Exception):
    """A user-facing error: says what was wrong, where, and what to do."""
