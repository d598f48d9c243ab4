"""Discovery of tasks/*.yaml and submissions/*.yaml, and adapter name -> implementation (lazily)."""
from __future__ import annotations

import importlib
import os
from importlib.metadata import entry_points
from pathlib import Path
from typing import Any

from pydantic import ValidationError

from ..errors import BenchError, did_you_mean
from . import specs
from .specs import Submission, TaskSpec, format_validation_error, load_submission

ADAPTERS: dict[str, str] = {
    "hf": "benchmark.encoders.hf:HFEncoder",
    "logmel": "benchmark.encoders.handcrafted:LogMel",
    "mfcc": "benchmark.encoders.handcrafted:MFCC",
    "chroma": "benchmark.encoders.handcrafted:Chroma",
    "crepe": "benchmark.encoders.crepe:Crepe",
    "musicnn": "benchmark.encoders.musicnn:Musicnn",
    "musicnn-vgg": "benchmark.encoders.musicnn_vgg:MusicnnVgg",
    "basic-pitch": "benchmark.encoders.basic_pitch:BasicPitch",
    "madmom-chroma": "benchmark.encoders.madmom_chroma:MadmomChroma",
    "madmom-key": "benchmark.encoders.madmom_key:MadmomKey",
    "madmom-beats": "benchmark.encoders.madmom_beats:MadmomBeats",
    "madmom-downbeats": "benchmark.encoders.madmom_beats:MadmomDownbeats",
    "beatnet": "benchmark.encoders.beatnet:BeatNetEncoder",
    "musicfm": "benchmark.encoders.musicfm:MusicFM",
    "muq": "benchmark.encoders.musicfm:MuQ",
    "hear": "benchmark.encoders.hear_module:HearModule",
}
ENTRY_POINT_GROUP = "bench.encoders"


def root() -> Path:
    """The project folder: $BENCH_ROOT (an isolated project whose tasks/ and submissions/ replace the built-in
    ones), else the working directory if it has both, else the checkout this package lives in."""
    if os.environ.get("BENCH_ROOT"):
        return Path(os.environ["BENCH_ROOT"])
    cwd = Path.cwd()
    if (cwd / "tasks").is_dir() and (cwd / "submissions").is_dir():
        return cwd
    return Path(__file__).resolve().parents[2]


_EXTRA: dict[str, list[Path]] = {"tasks": [], "submissions": []}  # --tasks-dir / --submissions-dir


def add_search_dirs(tasks: list[str] | None = None, submissions: list[str] | None = None) -> None:
    """Folders of the command line (--tasks-dir, --submissions-dir), searched before everything else."""
    for kind, dirs in (("tasks", tasks), ("submissions", submissions)):
        for d in dirs or []:
            if not Path(d).is_dir():
                raise BenchError(f"--{kind}-dir: no such folder '{d}'")
            _EXTRA[kind].append(Path(d))


def reset_search_dirs() -> None:
    for dirs in _EXTRA.values():
        dirs.clear()


def search_dirs(kind: str) -> list[Path]:
    """Where `kind` ('tasks' or 'submissions') YAML files are looked up, first match of a name wins: the
    folders given on the command line, then each root of $BENCH_PATH (dir1:dir2, each root's `tasks/` and
    `submissions/`, or the root itself when it holds YAML files directly), then the project's own folder."""
    dirs = list(_EXTRA[kind])
    for part in filter(None, os.environ.get("BENCH_PATH", "").split(os.pathsep)):
        r = Path(part).expanduser()
        if not r.is_dir():
            raise BenchError(f"$BENCH_PATH: no such folder '{part}'")
        dirs.append(r / kind if (r / kind).is_dir() else r)
    dirs.append(root() / kind)
    return dirs


def _paths(kind: str) -> dict[str, Path]:
    """name -> file of every task or entry on the search path. A `.yml` file there is an error, not skipped:
    it was meant to be read (the folders hold YAML only)."""
    found: dict[str, Path] = {}
    for d in search_dirs(kind):
        stray = sorted(d.glob("*.yml"))
        if stray:
            raise BenchError(f"{stray[0]}: {kind} files end in .yaml; rename it to {stray[0].stem}.yaml "
                             f"(a .yml file is never read)")
        for p in sorted(d.glob("*.yaml")):
            if not p.name.startswith("_"):
                found.setdefault(p.stem, p)
    return dict(sorted(found.items()))


def adapter_names() -> list[str]:
    return sorted(set(ADAPTERS) | {ep.name for ep in entry_points(group=ENTRY_POINT_GROUP)})


def get_adapter(name: str, where: str = "") -> Any:
    """The adapter class for a name: built-ins first, then installed `bench.encoders` entry points."""
    if name in ADAPTERS:
        module, attr = ADAPTERS[name].split(":")
        return getattr(importlib.import_module(module), attr)
    for ep in entry_points(group=ENTRY_POINT_GROUP):
        if ep.name == name:
            return ep.load()
    raise BenchError(f"{where}field 'adapter': unknown adapter '{name}'{did_you_mean(name, adapter_names())}")


def task_paths() -> dict[str, Path]:
    return _paths("tasks")


def submission_paths() -> dict[str, Path]:
    return _paths("submissions")


def load_task(path: Path) -> TaskSpec:
    """A task spec; an `include:` not found beside it is looked up in the other task folders of the search
    path (so a private task can include the built-in `_base_probe.yaml`)."""
    return specs.load_task(path, include_dirs=search_dirs("tasks"))


def get_task(name: str) -> TaskSpec:
    paths = task_paths()
    if name not in paths:
        raise BenchError(f"unknown task '{name}'{did_you_mean(name, list(paths))}; tasks are looked up in "
                         f"{', '.join(map(str, search_dirs('tasks')))}")
    return load_task(paths[name])


def get_submission(name: str) -> Submission:
    paths = submission_paths()
    if name not in paths:
        raise BenchError(f"unknown model '{name}'{did_you_mean(name, list(paths))}; "
                         f"entries are looked up in {', '.join(map(str, search_dirs('submissions')))}")
    sub = load_submission(paths[name])
    check_options(sub, paths[name])
    return sub


def check_options(sub: Submission, path: Path) -> None:
    cls = get_adapter(sub.adapter, f"{path}: ")
    try:
        cls.Options.model_validate(sub.options)
    except ValidationError as e:
        msg = format_validation_error(path, e).replace("field '", "field 'options.")
        raise BenchError(msg) from None


def tasks_in_suite(suite: str) -> list[str]:
    names = [n for n, p in task_paths().items() if suite in load_task(p).suite]
    if not names:
        suites = sorted({s for p in task_paths().values() for s in load_task(p).suite})
        raise BenchError(f"no task names the suite '{suite}'{did_you_mean(suite, suites)}")
    return names
