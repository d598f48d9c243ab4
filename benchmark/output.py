"""What the commands print: tables that survive pipes, JSON on request, progress that reaches logs.

A table is printed as a rich table only when stdout is a terminal wide enough for every cell whole; otherwise
(a pipe, a log file, a narrow terminal) as plain aligned lines, one row a line, nothing wrapped or cut, so that
`bench list models | grep NAME` finds the name. `--json` prints the same rows as JSON with stable keys.

Progress goes to stderr: a bar with an ETA in a terminal; without one (CI, SLURM, a log file), one line when a
stage starts, a line at most every `BENCH_PROGRESS_SECONDS` (default 30) seconds, and one when it ends, each
with counts, elapsed time and rate.
"""
from __future__ import annotations

import json
import os
import sys
import time
from typing import Any, Sequence

from rich.console import Console
from rich.progress import BarColumn, Progress, TextColumn, TimeElapsedColumn, TimeRemainingColumn
from rich.table import Table

err = Console(stderr=True)


def stdout_console() -> Console:
    return Console()  # made when printing, so a test's redirected stdout is the one written to


def emit_json(data: Any) -> None:
    sys.stdout.write(json.dumps(data, indent=1, ensure_ascii=False, default=str) + "\n")
    sys.stdout.flush()


def plain_lines(title: str, columns: Sequence[str], rows: Sequence[Sequence[str]]) -> list[str]:
    """The table as aligned text: a '# title' line, the header, one line per row; cells never cut."""
    widths = [max([len(c)] + [len(r[i]) for r in rows]) for i, c in enumerate(columns)]

    def line(cells: Sequence[str]) -> str:
        return "  ".join(str(c).ljust(w) for c, w in zip(cells, widths)).rstrip()

    return ([f"# {title}"] if title else []) + [line(columns)] + [line(r) for r in rows]


def table(title: str, columns: Sequence[str], rows: Sequence[Sequence[Any]], right: Sequence[str] = ()) -> None:
    """Print a table on stdout: rich when it fits the terminal whole, else plain lines."""
    rows = [[str(c) for c in r] for r in rows]
    console = stdout_console()
    if console.is_terminal:
        t = Table(title=title)
        for c in columns:
            t.add_column(c, justify="right" if c in right else "left", no_wrap=True)
        for r in rows:
            t.add_row(*r)
        if console.measure(t).maximum <= console.width:
            console.print(t)
            return
    for text in plain_lines(title, columns, rows):
        sys.stdout.write(text + "\n")
    sys.stdout.flush()


def say(text: str) -> None:
    """A line for the user on stdout, never wrapped (paths and names stay whole)."""
    sys.stdout.write(text + "\n")
    sys.stdout.flush()


def note(text: str, prefix: str = "", style: str = "") -> None:
    """A line on stderr, never wrapped; `prefix` (e.g. 'error:') in `style`. No markup is read from `text`."""
    from rich.text import Text

    line = Text(prefix + " ", style=style) if prefix else Text()
    line.append(text)
    err.print(line, highlight=False, soft_wrap=True)


def _fmt_s(seconds: float) -> str:
    return f"{seconds:.1f} s" if seconds < 120 else f"{seconds / 60:.1f} min"


class Stage:
    """Progress of one stage (`extract`, `probe`): a bar in a terminal, log lines elsewhere."""

    def __init__(self, name: str, total: int, unit: str, done: int = 0, enabled: bool = True,
                 detail: str = "") -> None:
        self.name, self.total, self.unit, self.done, self.enabled = name, total, unit, done, enabled
        self.start_done, self.detail = done, detail
        self.interval = float(os.environ.get("BENCH_PROGRESS_SECONDS", "30"))
        self.bar: Progress | None = None
        self.t0 = self.last = 0.0

    def __enter__(self) -> "Stage":
        self.t0 = self.last = time.perf_counter()
        if not self.enabled:
            return self
        if err.is_terminal:
            self.bar = Progress(TextColumn(self.name), BarColumn(), TextColumn(f"{{task.completed}}/{{task.total}} "
                                                                              f"{self.unit}"),
                                TimeElapsedColumn(), TextColumn("eta"), TimeRemainingColumn(), console=err,
                                transient=True)
            self.bar.start()
            self.job = self.bar.add_task(self.name, total=self.total, completed=self.done)
        else:
            extra = f" ({self.done} already done)" if self.done else ""
            note(f"{self.name}: {self.total} {self.unit}{extra}{self.detail}")
        return self

    def rate(self) -> str:
        spent = time.perf_counter() - self.t0
        n = self.done - self.start_done
        return f"{_fmt_s(spent)}, {n / spent:.1f} {self.unit}/s" if spent > 0 and n else _fmt_s(spent)

    def advance(self, n: int = 1) -> None:
        self.done += n
        if not self.enabled:
            return
        if self.bar is not None:
            self.bar.advance(self.job, n)
        elif time.perf_counter() - self.last >= self.interval:
            self.last = time.perf_counter()
            note(f"{self.name}: {self.done}/{self.total} {self.unit}, {self.rate()}")

    def __exit__(self, *exc: Any) -> None:
        if self.bar is not None:
            self.bar.stop()
        if self.enabled and exc[0] is None:
            note(f"{self.name}: {self.done}/{self.total} {self.unit} in {self.rate()}")
