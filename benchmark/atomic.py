"""Write-then-rename in the same folder: a reader sees the old file or the new one, never half of one, and an
interrupted run loses nothing already written.

A temporary file carries the host and the pid of its writer in its name, so the next write of the same file
can tell a leftover of a killed writer (its pid is gone) from another live writer's, and removes only the
leftovers. Files are written world-readable (0644 under the usual umask), like any file `open` creates.
"""
from __future__ import annotations

import json
import os
import socket
import tempfile
import time
from pathlib import Path
from typing import Any

STALE_AFTER_S = 24 * 3600  # a temporary file this old is a leftover whatever its name says


def _umask() -> int:
    mask = os.umask(0)
    os.umask(mask)
    return mask


def _host() -> str:
    return socket.gethostname().replace(".", "_") or "host"


def _alive(pid: int) -> bool:
    try:
        os.kill(pid, 0)
    except ProcessLookupError:
        return False
    except PermissionError:
        return True
    return True


def clean_stale(path: Path) -> list[Path]:
    """Remove the temporary files that killed writers of `path` left beside it; returns what was removed."""
    host = _host()
    removed = []
    for tmp in path.parent.glob(f".{path.name}.*.tmp"):
        parts = tmp.name[len(path.name) + 2:].split(".")
        try:
            old = time.time() - tmp.stat().st_mtime > STALE_AFTER_S
        except FileNotFoundError:
            continue
        dead = len(parts) >= 3 and parts[0] == host and parts[1].isdigit() and not _alive(int(parts[1]))
        if dead or old or len(parts) < 3:
            tmp.unlink(missing_ok=True)
            removed.append(tmp)
    return removed


def write_bytes(path: Path, data: bytes) -> None:
    """`data` as `path`, or an OSError naming the file (a full disk, a read-only folder), the file as it was."""
    path = Path(path)
    tmp = None
    try:
        path.parent.mkdir(parents=True, exist_ok=True)
        clean_stale(path)
        fd, tmp = tempfile.mkstemp(dir=path.parent, prefix=f".{path.name}.{_host()}.{os.getpid()}.",
                                   suffix=".tmp")
        os.fchmod(fd, 0o666 & ~_umask())
        with os.fdopen(fd, "wb") as f:
            f.write(data)
        os.replace(tmp, path)
    except BaseException as e:
        if tmp:
            Path(tmp).unlink(missing_ok=True)
        if isinstance(e, OSError):  # named: the temporary file's write error says neither the file nor the target
            raise OSError(e.errno, f"cannot be written ({e.strerror or e}; {len(data):,} bytes); the file is as it "
                          "was", str(path)) from None
        raise


def write_text(path: Path, text: str) -> None:
    write_bytes(path, text.encode())


def write_json(path: Path, obj: Any, indent: int | None = 2) -> None:
    write_text(path, json.dumps(obj, indent=indent) + "\n")
