"""What the `bench data` subcommands do: prepare a public dataset from the user's copy (or render a built-in
one), render the synth suite, and whether a task's data is there (`bench list tasks`)."""
from __future__ import annotations

import argparse
import json
import time
from pathlib import Path
from typing import Any

from .. import output
from ..errors import BenchError, did_you_mean


def data_state(spec: Any, root: Path) -> str:
    """Whether a task's data is under the data root: 'ready', 'renders' (a built-in dataset, made on first
    use), or the command that prepares it."""
    if (root / spec.dataset.manifest).is_file():
        return "ready"
    if spec.dataset.builtin:
        return "renders"
    return f"missing: bench data prepare {spec.dataset.name} --source DIR"


def cmd_data_prepare(a: argparse.Namespace) -> int:
    from ..config import registry
    from ..data import builtin, public
    from ..data.manifest import data_root

    root = data_root(a.data_root)
    if a.list:
        rows = []
        for d in public.DATASETS.values():
            card = root / d.name / "card.json"
            rows.append({"name": d.name, "tasks": list(d.tasks), "title": d.title, "url": d.url, "licence": d.licence,
                         "size": d.size, "layout": d.layout, "split": d.split,
                         "prepared": str(card.parent) if card.is_file() else None})
        rows.append({"name": public.FOLDER, "tasks": ["(--task NAME)"], "title": "a folder of <label>/ folders",
                     "url": "-", "licence": "the user's", "size": "any", "layout": "<label>/*.<audio>, optionally "
                     "under train/ valid/ test/", "split": "the split folders, else stratified 70/15/15 (seed 0)",
                     "prepared": None})
        if a.json:
            output.emit_json(rows)
            return 0
        output.table(f"dataset converters (data root {root})", ["dataset", "tasks", "get it from", "licence", "size",
                                                                "prepared"],
                     [[r["name"], ", ".join(r["tasks"]), r["url"], r["licence"], r["size"],
                       "yes" if r["prepared"] else "no"] for r in rows])
        output.say("layout each reads (--source is its top folder):")
        for r in rows:
            output.say(f"  {r['name']}: {r['layout']}; split: {r['split']}")
        return 0
    if not a.name:
        raise BenchError("bench data prepare: name a dataset (bench data prepare --list shows them)")
    if a.name in public.names():
        if not a.source:
            raise BenchError(f"bench data prepare {a.name}: --source DIR is required (your copy of the dataset in its "
                             "official layout; datasets are never downloaded)")
        t0 = time.perf_counter()
        out, card = public.prepare(a.name, Path(a.source), root, a.skip_missing,
                                   {"task": a.task, "split_file": a.split_file, "split": a.split})
        if a.json:
            output.emit_json(card)
            return 0
        cols = ["task", "train", "valid", "test", "expected", "difference"]
        rows = []
        for task, info in card["tasks"].items():
            exp, diff = info["expected"], info["difference"]
            unit = "" if card["expected_unit"] == "clips" else f" {card['expected_unit']}"
            rows.append([task, *[str(info["clips"][s]) for s in ("train", "valid", "test")],
                         "-" if exp is None else "/".join(str(exp[s]) for s in ("train", "valid", "test")) + unit,
                         "-" if diff is None else "/".join(f"{diff[s]:+d}" for s in ("train", "valid", "test"))])
        output.table(f"{card['dataset']} prepared in {time.perf_counter() - t0:.1f} s under {out}", cols, rows,
                     right=cols[1:])
        skipped = len(card["missing"]) + len(card["unreadable"])
        if skipped:
            output.note(f"{len(card['missing'])} missing and {len(card['unreadable'])} unreadable files left out "
                        f"(--skip-missing); listed in {out / 'card.json'}", "warning:", "yellow")
        if card.get("task_spec"):
            spec = Path(card["task_spec"])
            output.say(f"wrote the task spec {spec}; run it with: bench run --model MODEL --tasks-dir {spec.parent} "
                       f"--tasks {spec.stem} --data-root {root}")
        output.say(f"wrote {', '.join(i['manifest'] for i in card['tasks'].values())} and card.json in {out}")
        return 0
    specs = [registry.load_task(p) for p in registry.task_paths().values()]
    known = {t.dataset.name: t for t in specs if t.dataset.builtin}
    if a.name not in known:
        raise BenchError(f"bench data prepare: no converter or built-in dataset '{a.name}'"
                         f"{did_you_mean(a.name, list(known) + public.names())}")
    task = known[a.name]
    manifest = builtin.render(task.dataset.builtin, task.dataset.name, (root / task.dataset.manifest).parent,
                              size=a.size, seed=a.seed)
    output.say(f"wrote {manifest}")
    return 0


def cmd_data_synth(a: argparse.Namespace) -> int:
    from ..data.manifest import data_root
    from ..data.synth.suite import render_suite

    root = data_root(a.data_root)
    tasks = [t.strip() for t in a.tasks.split(",")] if a.tasks else None
    t0 = time.perf_counter()
    manifests = render_suite(root, size=a.size, seed=a.seed, workers=a.workers, soundfont=a.soundfont, tasks=tasks)
    seconds = time.perf_counter() - t0
    cards = {name: json.loads((m.parent / "card.json").read_text()) for name, m in manifests.items()}
    if a.json:
        output.emit_json({"seconds": round(seconds, 3), "cards": cards})
        return 0
    hours = sum(c["audio_hours"] for c in cards.values())
    output.table(f"synth suite ({a.size}, seed {a.seed}) under {root / 'synth'}",
                 ["task", "train", "valid", "test", "audio hours", "render s"],
                 [[name, *[str(c["clips"][s]) for s in ("train", "valid", "test")], f"{c['audio_hours']:.3f}",
                   f"{c['render_seconds']:.1f}"] for name, c in cards.items()],
                 right=["train", "valid", "test", "audio hours", "render s"])
    if hours:
        output.say(f"{seconds:.1f} s in all for {hours:.3f} h of audio ({seconds / hours:.0f} s per audio hour, "
                   f"{a.workers} worker(s))")
    return 0
