"""`bench validate`: every task, entry and result file checked as the runner and the board would check them."""
from __future__ import annotations

from pathlib import Path

from ..errors import BenchError
from ..config.registry import check_options, load_task, root, submission_paths, task_paths
from ..config.specs import load_submission


def validate_all(results_dir: Path | None = None, data_root: Path | None = None,
                 warnings: list[str] | None = None) -> tuple[int, list[str]]:
    """Check every task and submission (and, where a task's data is under `data_root`, that its manifest
    parses and its labels fit the task), and every result file as the leaderboard would (`audit`) plus that
    it belongs to an entry in submissions/; returns (number of files checked, error lines). Result files whose
    probe may not have converged are appended to `warnings`."""
    from ..data.manifest import load_manifest
    from ..results import audit
    from .kinds import kind_of

    errors, n = [], 0
    specs = {}
    for name, path in task_paths().items():
        n += 1
        try:
            specs[name] = load_task(path)
        except BenchError as e:
            errors.append(str(e))
            continue
        manifest = data_root / specs[name].dataset.manifest if data_root else None
        if manifest is not None and manifest.parent.is_dir() and not manifest.is_file():
            errors.append(f"{path}: field 'dataset.manifest': {manifest} not found, though its folder is there")
        elif manifest is not None and manifest.is_file():
            try:
                # the manifest parses and every label (or annotation file) fits the task
                kind_of(specs[name]).targets(specs[name], load_manifest(manifest))
            except BenchError as e:
                errors.append(f"{path}: field 'dataset.manifest': {e}")
    for path in submission_paths().values():
        n += 1
        try:
            check_options(load_submission(path), path)
        except BenchError as e:
            errors.append(str(e))
    results_dir = results_dir or root() / "leaderboard" / "results"
    paths = sorted(results_dir.glob("*/*.json"))
    n += len(paths)
    checked = audit.audit(paths, specs, data_root, set(submission_paths()))
    for path in paths:
        why = list(checked.problems.get(path, []))
        if why:
            errors.append(f"{path}: {'; '.join(why)}")
        elif warnings is not None and path in checked.ok and audit.not_converged(checked.ok[path]):
            warnings.append(f"{path}: not converged: {audit.not_converged(checked.ok[path])}")
    return n, errors
