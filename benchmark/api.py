"""The Python API: `evaluate` an entry, an Encoder or a torch module on tasks; `load_results` from a folder or a
published Hub board. The same code paths as `bench run` (cache, probes, result schema)."""
from __future__ import annotations

import sys
from pathlib import Path
from typing import Any, Iterable

from .errors import BenchError


def _task(t: Any):
    from .config import registry
    from .config.specs import TaskSpec

    if isinstance(t, TaskSpec):
        return t
    if isinstance(t, (str, Path)) and str(t).endswith((".yaml", ".yml")):
        return registry.load_task(Path(t))
    return registry.get_task(str(t))


def _model(model: Any, sample_rate: int | None, name: str | None, device: str) -> tuple[Any, Any, Any]:
    """(submission, encoder or None, identity or None) for an entry name, an Encoder, or a torch module."""
    import torch

    from .config import registry
    from .encoders.base import Encoder
    from .encoders.module import ModuleEncoder, encoder_sha256
    from .extract.features import resolve_device
    from .config.specs import Submission

    if isinstance(model, str):
        return registry.get_submission(model), None, None
    if isinstance(model, torch.nn.Module):
        enc = ModuleEncoder(model, sample_rate, device=resolve_device(device))
    elif isinstance(model, Encoder):
        enc = model
    else:
        raise BenchError(f"evaluate(): model must be an entry name, an Encoder or a torch.nn.Module, not "
                         f"{type(model).__name__}")
    inner = getattr(enc, "module", enc)
    cls = f"{type(inner).__module__}.{type(inner).__qualname__}"
    weights = encoder_sha256(enc)
    sub = Submission(name=name or f"{type(inner).__name__.lower()}-{weights[:8]}", adapter="python",
                     description=f"in-memory {cls} evaluated through benchmark.evaluate()")
    return sub, enc, {"adapter": "python", "class": cls, "weights_sha256": weights,
                      "sample_rate": enc.sample_rate}


def evaluate(model: Any, tasks: Iterable[Any], layers: str = "all", out: str | Path | None = None,
             device: str = "auto", *, sample_rate: int | None = None, name: str | None = None,
             data_root: str | Path | None = None, batch_size: int | None = None, quick: bool = False,
             overwrite: bool = False, checkpoint: str | None = None) -> list[dict[str, Any]]:
    """Probe every layer of `model` on `tasks`; return one result per task (the result-file schema).

    `model`: an entry name (submissions/), an `Encoder` instance, or a `torch.nn.Module` whose
    `module(wave[B, T])` returns a list of [B, frames, D] hidden states at `sample_rate` Hz. `tasks`: task
    names, task YAML paths or TaskSpecs. With `out`, results are written as `bench run --out` writes them (and
    a task whose file is up to date is read, not redone, unless `overwrite`); without, nothing is written."""
    from . import results
    from .pipeline.run import RunOptions, compute, run_task, up_to_date

    if isinstance(tasks, (str, Path)):
        tasks = [tasks]
    specs = [_task(t) for t in tasks]
    sub, enc, ident = _model(model, sample_rate, name, device)
    opts = RunOptions(layers=layers, device=device, batch_size=batch_size, out=Path(out or "."),
                      data_root=str(data_root) if data_root else None, checkpoint=checkpoint, name=name,
                      quick=quick, overwrite=overwrite, encoder=enc, identity=ident,
                      command=("python", "-c", f"benchmark.evaluate({sub.name!r}, ...)", *sys.argv[:1]))
    found = []
    results.git_revision()
    for task in specs:
        if out is None:
            found.append(compute(sub, task, opts))
            continue
        old = up_to_date(sub, task, opts)
        found.append(old if old is not None else run_task(sub, task, opts))
    return found


def load_results(source: str | Path, revision: str | None = None, repo_type: str = "dataset",
                 checked: bool = True) -> list[dict[str, Any]]:
    """Every result file of a board: a local folder (`<folder>/results/<model>/<task>.json` or
    `<folder>/<model>/<task>.json`) or a published Hub repo id (`owner/name`, fetched with huggingface_hub
    into its cache; offline, from the cache). A file that does not parse or fails the schema is an error.
    `checked` (the default): only the files that pass the leaderboard's audit (their own consistency, the
    current task specs, the other files: data, weights, copies; not the entries, so a module's results load);
    each file left out is named with its reasons in a warning. `checked=False`: every file that parses, unaudited."""
    import warnings

    from .results import audit
    from .config import registry
    from . import results

    folder = Path(source).expanduser()
    if not folder.is_dir():
        if Path(source).is_absolute() or str(source).startswith((".", "~")) or str(source).count("/") != 1:
            raise BenchError(f"load_results: no such folder '{source}' (and it is not a Hub id 'owner/name')")
        from huggingface_hub import snapshot_download

        try:
            folder = Path(snapshot_download(str(source), repo_type=repo_type, revision=revision,
                                            allow_patterns=["results/*/*.json", "leaderboard.json"]))
        except Exception as e:  # noqa: BLE001 - offline, missing, gated: one message
            raise BenchError(f"load_results: cannot fetch {repo_type} repo '{source}' from the Hub or its cache "
                             f"({type(e).__name__}: {str(e).splitlines()[0] if str(e) else ''})") from None
    base = folder / "results" if (folder / "results").is_dir() else folder
    out = {}
    for path in sorted(base.glob("*/*.json")):
        res, problem = results.read(path)
        if problem:
            raise BenchError(problem)
        out[path] = res
    if not out:
        raise BenchError(f"load_results: no result files under {base} (<model>/<task>.json)")
    if not checked:
        return list(out.values())
    specs = {}
    for name, path in registry.task_paths().items():
        try:
            specs[name] = registry.load_task(path)
        except BenchError:
            pass  # a broken spec: its task's files fail the audit with 'not in tasks/'
    verdict = audit.audit(list(out), specs, None)  # entries are the board's rule: a module's results load
    for path, why in verdict.problems.items():
        warnings.warn(f"load_results: {path} left out: {'; '.join(why)}", stacklevel=2)
    return [out[p] for p in out if p in verdict.ok]
