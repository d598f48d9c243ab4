"""`bench verify RESULT.json...`: re-derive a result file from the cached features (re-extracted when the cache
is missing and the data is there) with the same probes, seeds and grid, and say, number by number, whether it
reproduces.

Exact on the machine that made the file, with the code that made it: the same CPU (and GPU), thread count,
package versions and benchmark/ source run the same float operations in the same order, so every number must be
equal. On another machine, or after a change of benchmark/ since the recorded git revision, the order of float sums
can differ (other SIMD widths and BLAS kernels), which moves a probe's training the way a change of seed does;
there a score reproduces when it lies within the tolerance

    max(one clip of its split, 2 x the spread of the test score over the probe seeds)

One clip (1/n) is the resolution of an accuracy-like score on n clips, and the seed spread is the size of the
differences the protocol itself cannot tell apart. Numbers that follow from training rather than score it
(best epochs, layer weights, bootstrap intervals, importance deltas) must be equal on the same machine and are
listed, not judged, across machines. The identity of what was measured (data hash, feature-cache key, clip
counts, protocol hash) must be equal everywhere.
"""
from __future__ import annotations

import math
import re
from dataclasses import dataclass, field, replace
from pathlib import Path
from typing import Any, Iterator

from ..results import audit
from ..config import registry
from .. import results
from ..errors import BenchError

IDENTITY = ("model.identity", "task.data_hash", "task.clips", "protocol.hash", "runtime.feature_cache",
            "task.classes", "skipped_clips.count")
SCORE = re.compile(r"^(layers\.\d+|selected|last_layer|weighted_sum)\.(valid|test|test_std)\.(\w+)$")
JUDGED = ("layers", "selected", "last_layer", "weighted_sum", "layer_importance")
SAME_MACHINE_KEYS = ("cpu", "arch", "gpu", "threads")


@dataclass
class Number:
    path: str
    recorded: Any
    derived: Any
    status: str  # exact | within | differs | off
    tolerance: float | None = None


@dataclass
class Report:
    file: Path
    same_machine: bool
    why_not_same: list[str]
    numbers: list[Number] = field(default_factory=list)
    problems: list[str] = field(default_factory=list)  # what `audit` says about the file

    @property
    def reproduces(self) -> bool:
        return bool(self.numbers) and not any(n.status == "off" for n in self.numbers)

    def counts(self) -> dict[str, int]:
        out = {"exact": 0, "within": 0, "differs": 0, "off": 0}
        for n in self.numbers:
            out[n.status] += 1
        return out

    def to_json(self) -> dict[str, Any]:
        return {"file": str(self.file), "reproduces": self.reproduces, "same_machine": self.same_machine,
                "machine_differences": self.why_not_same, "counts": self.counts(), "problems": self.problems,
                "numbers": [vars(n) for n in self.numbers]}

    def lines(self, every: bool = False) -> list[str]:
        """The report as text: the case, the numbers that are not exact (every one with `every`), what the
        checks of the file say, and the verdict."""
        case = "same machine: every number must be equal" if self.same_machine else (
            "another machine (" + "; ".join(self.why_not_same) + "): scores within max(1 clip, 2 x seed spread)")
        out = [f"{self.file}: {case}"]
        for n in self.numbers:
            if n.status != "exact" or every:
                tol = f" (tolerance {n.tolerance:.4f})" if n.tolerance is not None else ""
                out.append(f"  {n.status:7s} {n.path}: recorded {n.recorded}, derived {n.derived}{tol}")
        out += [f"  check: {p}" for p in self.problems]
        c = self.counts()
        out.append(f"{self.file}: {'reproduces' if self.reproduces else 'does not reproduce'}: {c['exact']} exact, "
                   f"{c['within']} within tolerance, {c['differs']} differ (not judged across machines), "
                   f"{c['off']} off")
        return out


def _leaves(obj: Any, prefix: str = "") -> Iterator[tuple[str, Any]]:
    if isinstance(obj, dict):
        for k, v in obj.items():
            yield from _leaves(v, f"{prefix}.{k}" if prefix else str(k))
    elif isinstance(obj, list) and not all(isinstance(v, str) for v in obj):
        for i, v in enumerate(obj):
            yield from _leaves(v, f"{prefix}.{i}")
    else:
        yield prefix, obj


def _get(obj: dict[str, Any], path: str) -> Any:
    for part in path.split("."):
        if isinstance(obj, list) and part.isdigit():
            obj = obj[int(part)] if int(part) < len(obj) else None
        else:
            obj = obj.get(part) if isinstance(obj, dict) else None
    return obj


def code_difference(there: str | None, here: str | None) -> str | None:
    """Why the code that made a file may compute its numbers in another float order than the code here: the
    package's source (benchmark/) differs between the recorded git revision and this working tree (None when
    it does not). A change of the probes' code reorders float sums as a change of machine does."""
    import subprocess

    if there == here and there:
        return None  # the same revision and the same state of the tree (committed or not) as far as it says
    if not there or there == "unknown":
        return "code: the file records no git revision"
    if there.endswith("+dirty"):
        return f"code: made from uncommitted changes on {there[:12]}"
    pkg = Path(__file__).resolve().parents[1]  # benchmark/
    try:
        diff = subprocess.run(["git", "diff", "--quiet", there, "--", str(pkg)], cwd=pkg, capture_output=True,
                              timeout=30)
    except (OSError, subprocess.TimeoutExpired):
        return f"code: cannot compare revision {there[:12]} with this code (no git)"
    if diff.returncode == 0:
        return None
    if diff.returncode == 1:
        return f"code: benchmark/ changed since {there[:12]} ({(here or 'unknown')[:12]} here)"
    return f"code: revision {there[:12]} is not in this checkout"


def machine_differences(recorded: dict[str, Any], here: dict[str, Any]) -> list[str]:
    """Why numbers made there may differ from numbers made here (empty: the same machine and software)."""
    out = []
    rec_m, now_m = recorded.get("machine") or {}, here.get("machine") or {}
    for k in SAME_MACHINE_KEYS:
        if rec_m.get(k) != now_m.get(k):
            out.append(f"{k}: {rec_m.get(k)!r} there, {now_m.get(k)!r} here")
    for name, v in (recorded.get("packages") or {}).items():
        if here["packages"].get(name) != v and name != "music-layer-bench":
            out.append(f"{name}: {v} there, {here['packages'].get(name)} here")
    code = code_difference(recorded.get("git_revision"), here.get("git_revision"))
    return out + ([code] if code else [])


def tolerance(res: dict[str, Any], path: str) -> float | None:
    """The cross-machine tolerance of a score (see the module's docstring); None for numbers not judged."""
    m = SCORE.match(path)
    if not m:
        return None
    entry, split, metric = m.groups()
    n = (res["task"].get("clips") or {}).get("test" if split == "test_std" else split) or 1
    spread = _get(res, f"{entry}.test_std.{metric}")
    spread = spread if isinstance(spread, (int, float)) and math.isfinite(spread) else 0.0
    return max(1.0 / n, 2.0 * spread)


def compare(recorded: dict[str, Any], derived: dict[str, Any], same_machine: bool) -> list[Number]:
    out = []
    paths = [p for p, _ in _leaves(recorded) if p.split(".")[0] in JUDGED] + list(IDENTITY)
    for path in paths:
        a, b = _get(recorded, path), _get(derived, path)
        if path in IDENTITY:
            out.append(Number(path, a, b, "exact" if a == b else "off"))
            continue
        if not isinstance(a, (int, float)) or isinstance(a, bool):  # a label of training, e.g. tied/worse
            out.append(Number(path, a, b, "exact" if a == b else "off" if same_machine else "differs"))
            continue
        tol = None if same_machine else tolerance(recorded, path)
        if isinstance(b, (int, float)) and (a == b or (math.isnan(a) and math.isnan(b))):
            out.append(Number(path, a, b, "exact", tol))
            continue
        if same_machine:
            out.append(Number(path, a, b, "off"))
            continue
        if tol is None:
            out.append(Number(path, a, b, "differs"))
        else:
            ok = isinstance(b, (int, float)) and abs(a - b) <= tol + 1e-12
            out.append(Number(path, a, b, "within" if ok else "off", tol))
    return out


def _options(res: dict[str, Any], data_root: str | None, device: str):
    from .run import RunOptions

    rt = res["runtime"]
    layers = rt.get("layers")
    if layers is None:  # files written before `runtime.layers`: the command that made them says it
        cmd = res.get("command") or []
        layers = cmd[cmd.index("--layers") + 1] if "--layers" in cmd[:-1] else "all"
    return RunOptions(layers=layers, device=device, dtype=rt["dtype"], batch_size=rt.get("batch_size", 1),
                      data_root=data_root, checkpoint=res["model"]["checkpoint"],
                      on_bad_audio=(res.get("skipped_clips") or {}).get("policy", "fail"),
                      name=res["model"]["name"], quick=bool(res.get("quick")))


def verify_file(path: Path, data_root: str | None = None, device: str = "auto") -> Report:
    """Re-derive one result file and compare every number with it."""
    from ..data.manifest import data_root as resolve_root

    res, problem = results.read(path)
    if problem:
        raise BenchError(problem)
    if res.get("finetune"):
        raise BenchError(f"{path}: a fine-tuning result; bench verify re-derives probe results of `bench run`")
    sub = registry.get_submission(res["model"].get("entry") or res["model"]["name"])
    task = registry.get_task(res["task"]["name"])
    specs = {task.name: task}
    checked = audit.audit([Path(path)], specs, resolve_root(data_root))
    if res["task"]["spec_hash"] != task.spec_hash:
        raise BenchError(f"{path}: made under spec {res['task']['spec_hash'][:12]}, the current spec of {task.name} "
                         f"is {task.spec_hash[:12]}: check out the revision that made it "
                         f"({res['env']['git_revision']}) to verify it")
    opts = _options(res, data_root, device)
    if res["model"]["checkpoint"] == sub.checkpoint:  # the entry's own weights, not a --checkpoint override
        opts = replace(opts, checkpoint=None)
    threads = (res["env"].get("machine") or {}).get("threads")
    import torch

    before = torch.get_num_threads()
    if threads:
        torch.set_num_threads(int(threads))
    try:
        from .run import compute

        derived = compute(sub, task, opts)
    finally:
        torch.set_num_threads(before)
    why = machine_differences(res["env"], derived["env"])
    report = Report(Path(path), not why, why, problems=checked.problems.get(Path(path), []))
    report.numbers = compare(res, derived, report.same_machine)
    return report


def record(report: Report) -> Path:
    """The verification record of a report: the result file's sha256 (an edit afterwards voids the mark), what
    was compared and how it came out, the machine, who and when. Written for a failed verification too."""
    import datetime
    import getpass
    import hashlib
    import socket

    from .. import atomic

    path = results.record_path(report.file)
    doc = {"result_sha256": hashlib.sha256(Path(report.file).read_bytes()).hexdigest(),
           "reproduces": report.reproduces, "same_machine": report.same_machine,
           "machine_differences": report.why_not_same, "counts": report.counts(), "problems": report.problems,
           "by": f"{getpass.getuser()}@{socket.gethostname()}", "machine": results.machine(),
           "git_revision": results.git_revision(),
           "verified_at": datetime.datetime.now(datetime.timezone.utc).isoformat(timespec="seconds")}
    atomic.write_json(path, doc)
    return path
