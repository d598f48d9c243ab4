"""What an entry is when it runs: its encoder built and held to what the entry declares, its identity (the
feature cache key's half: adapter, weights and their content hash, options), its name on the board, and its
description for `bench list models`. Discovery of the entries' files is registry.py's."""
from __future__ import annotations

import hashlib
import json
from pathlib import Path
from typing import Any

from ..config import specs
from ..errors import BenchError
from ..config.registry import check_options, get_adapter
from ..config.specs import Submission, load_submission


def weights_sha256(path: Path) -> str:
    """Content hash of local weights: sha256 of a file, or of a folder's files (relative names and each file's
    sha256). File hashes are memoised by size and mtime under $BENCH_CACHE/.., so a second run reads nothing."""
    from .. import atomic
    from ..data.manifest import file_hash
    from .cache import cache_root

    memo_path = cache_root().parent / "weights-hashes.json"
    try:
        memo = json.loads(memo_path.read_text())
    except (OSError, ValueError):
        memo = {}
    if path.is_file():
        out = file_hash(path, memo)
    else:
        h = hashlib.sha256()
        for p in sorted(q for q in path.rglob("*") if q.is_file()):
            h.update(f"{p.relative_to(path).as_posix()}\0{file_hash(p, memo)}\n".encode())
        out = h.hexdigest()
    try:
        atomic.write_json(memo_path, memo, indent=None)
    except OSError:
        pass  # a read-only cache only costs the next run a re-read
    return out


def encoder_identity(sub: Submission, checkpoint: str | None = None) -> dict[str, Any]:
    """Everything that determines an encoder's outputs, known without loading it (the cache key's half): for
    local weights, their content hash."""
    src = checkpoint or sub.checkpoint
    ident: dict[str, Any] = {"adapter": sub.adapter, "checkpoint": src, "revision": sub.revision,
                             "options": sub.options}
    if src and Path(src).exists():
        ident["checkpoint"] = None  # where the weights lie does not matter, what they are does
        ident["weights_sha256"] = weights_sha256(Path(src))
    return ident


def run_name(sub: Submission, checkpoint: str | None, identity: dict[str, Any], name: str | None = None) -> str:
    """The model's name on the board: --name when given; the entry's name when it runs its own weights; else
    `<entry>@<first 8 hex of the weights hash>` (local weights) or of the Hub id and revision, so that other
    weights never share a result file with the entry's."""
    if name:
        try:
            specs.safe_name(name)
        except ValueError as e:
            raise BenchError(f"--name: {e}") from None
        return name
    if not checkpoint or checkpoint == sub.checkpoint:
        return sub.name
    short = identity.get("weights_sha256") or specs.digest([checkpoint, sub.revision])
    return f"{sub.name}@{short[:8]}"


def list_entry(name: str, path: Path, describe: bool = False) -> dict[str, Any]:
    """One line of `bench list models`: from the YAML alone (what the entry declares under `expect:`, which
    the loaded encoder is held to), or, with `describe`, from the adapter (imports torch; may read configs)."""
    sub = load_submission(path)
    row: dict[str, Any] = {"model": name, "adapter": sub.adapter, "checkpoint": sub.checkpoint,
                           "revision": sub.revision, "license": sub.license, "path": str(path)}
    declared = sub.expect.model_dump(exclude_none=True) if sub.expect else {}
    keys = ("params", "sample_rate", "num_layers", "frame_rate")
    if describe:
        check_options(sub, path)
        info = describe_submission(sub)
        row.update({k: info.get(k) for k in keys}, source="declared" if info.get("declared") else "loaded")
        if not isinstance(row["params"], int):
            row["params"] = None
    else:
        row.update({k: declared.get(k) for k in keys}, source="declared" if declared else "unknown")
    return row


def describe_submission(sub: Submission) -> dict[str, Any]:
    """Parameters, sample rate, layers and frame rate of an entry, from the adapter (which may describe an
    entry without loading weights); when the weights are not here, what the entry declares (`expect:`),
    marked `declared`."""
    from ..encoders.base import BuildContext

    cls = get_adapter(sub.adapter)
    try:
        if hasattr(cls, "describe_entry"):
            info = cls.describe_entry(sub)
        else:
            info = cls.build(sub, BuildContext()).describe()
    except BenchError:
        info = {"params": "weights not available"}
    if "sample_rate" not in info and sub.expect:
        info = {**info, **sub.expect.model_dump(exclude_none=True), "declared": True}
    return info


def build_encoder(sub: Submission, ctx) -> Any:
    """Build an entry's encoder and hold it to what the entry declares."""
    enc = get_adapter(sub.adapter).build(sub, ctx)
    if sub.expect:
        got = enc.describe()
        for key, want in sub.expect.model_dump(exclude_none=True).items():
            have = got.get(key)
            ok = abs(have - want) <= 0.05 * want if key == "params" else have == want
            if not ok:
                raise BenchError(f"submissions/{sub.name}.yaml: field 'expect.{key}': the entry declares {want}, "
                                 f"the loaded encoder has {have}")
    return enc
