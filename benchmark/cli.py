"""The `bench` command: run, list, validate, data, perf."""
from __future__ import annotations

import argparse
import sys
from pathlib import Path
from typing import Any

from rich.console import Console
from rich.table import Table

from .errors import BenchError

out = Console()
err = Console(stderr=True)


def _table_for(result: dict[str, Any]) -> Table:
    p = result["primary_metric"]
    sel = result["selected"]["layer"]
    t = Table(title=f"{result['model']['name']} on {result['task']['name']} ({p}; layer chosen on valid)")
    for col in ("layer", f"valid {p}", f"test {p}", "± seeds", "lr", "wd"):
        t.add_column(col, justify="right")
    for e in result["layers"]:
        mark = " *" if e["layer"] == sel else ""
        t.add_row(f"{e['layer']}{mark}", f"{e['valid'][p]:.4f}", f"{e['test'][p]:.4f}", f"{e['test_std'][p]:.4f}",
                  f"{e['hparams']['lr']:g}", f"{e['hparams']['weight_decay']:g}")
    ws = result["weighted_sum"]
    if ws:
        t.add_row("wsum", f"{ws['valid'][p]:.4f}", f"{ws['test'][p]:.4f}", f"{ws['test_std'][p]:.4f}",
                  f"{ws['hparams']['lr']:g}", f"{ws['hparams']['weight_decay']:g}")
    return t


def cmd_run(a: argparse.Namespace) -> int:
    from . import registry
    from .results import result_path
    from .run import RunOptions, run_task

    if bool(a.tasks) == bool(a.suite):
        raise BenchError("bench run: give exactly one of --tasks T1,T2 or --suite NAME")
    names = registry.tasks_in_suite(a.suite) if a.suite else [t.strip() for t in a.tasks.split(",") if t.strip()]
    sub = registry.get_submission(a.model)
    tasks = [registry.get_task(n) for n in names]  # every spec is checked before any work starts
    opts = RunOptions(layers=a.layers, device=a.device, dtype=a.dtype, batch_size=a.batch_size, out=Path(a.out),
                      data_root=a.data_root, checkpoint=a.checkpoint, trust_remote_code=a.trust_remote_code,
                      command=tuple(["bench", *sys.argv[1:]]))
    for task in tasks:
        err.print(f"[bold]{sub.name}[/] on [bold]{task.name}[/]")
        result = run_task(sub, task, opts)
        out.print(_table_for(result))
        err.print(f"wrote {result_path(opts.out, sub.name, task.name)}")
    return 0


def cmd_list(a: argparse.Namespace) -> int:
    from . import registry

    if a.what == "tasks":
        t = Table(title="tasks")
        for col in ("task", "version", "suite", "target", "primary", "dataset"):
            t.add_column(col)
        for name, path in registry.task_paths().items():
            spec = registry.load_task(path)
            t.add_row(name, str(spec.version), ",".join(spec.suite), spec.target, spec.primary, spec.dataset.name)
    else:
        t = Table(title="models (* declared by the entry; its weights and config are not here)")
        for col in ("model", "adapter", "params", "sample rate", "layers", "frame rate", "checkpoint"):
            t.add_column(col, overflow="fold")
        for name in registry.submission_paths():
            sub = registry.get_submission(name)
            info = registry.describe_submission(sub)
            mark = "*" if info.get("declared") else ""
            params = info.get("params", "?")
            if isinstance(params, int):
                params = f"{params / 1e6:.1f}M" if params >= 1e7 else f"{params / 1e6:.2f}M" if params else "0"
            t.add_row(name, sub.adapter, params + mark, *[f"{info[k]:g}{mark}" if k in info else "?" for k in
                                                          ("sample_rate", "num_layers", "frame_rate")],
                      sub.checkpoint or "-")
    out.print(t)
    return 0


def cmd_validate(a: argparse.Namespace) -> int:
    from . import registry

    n, errors = registry.validate_all(Path(a.results) if a.results else None)
    for e in errors:
        err.print(f"[red]error[/] {e}", highlight=False, soft_wrap=True)
    if errors:
        err.print(f"{len(errors)} of {n} files have errors")
        return 1
    out.print(f"{n} files valid")
    return 0


def cmd_data_prepare(a: argparse.Namespace) -> int:
    from .data import builtin
    from .data.manifest import data_root

    from . import registry

    root = data_root(a.data_root)
    specs = [registry.load_task(p) for p in registry.task_paths().values()]
    known = {t.dataset.name: t for t in specs if t.dataset.builtin}
    if a.name not in known:
        raise BenchError(f"bench data prepare: no task's dataset '{a.name}' can be rendered here"
                         f"{registry.did_you_mean(a.name, list(known))}; public datasets need a converter")
    task = known[a.name]
    target = (root / task.dataset.manifest).parent
    manifest = builtin.render(task.dataset.builtin, task.dataset.name, target, size=a.size, seed=a.seed)
    out.print(f"wrote {manifest}")
    return 0


def cmd_data_synth(a: argparse.Namespace) -> int:
    import json
    import time

    from .data.manifest import data_root
    from .data.synth.suite import render_suite

    root = data_root(a.data_root)
    tasks = [t.strip() for t in a.tasks.split(",")] if a.tasks else None
    t0 = time.perf_counter()
    manifests = render_suite(root, size=a.size, seed=a.seed, workers=a.workers, soundfont=a.soundfont, tasks=tasks)
    seconds = time.perf_counter() - t0
    t = Table(title=f"synth suite ({a.size}, seed {a.seed}) under {root / 'synth'}")
    for col in ("task", "train", "valid", "test", "audio hours", "render s"):
        t.add_column(col, justify="right")
    hours = 0.0
    for name, manifest in manifests.items():
        card = json.loads((manifest.parent / "card.json").read_text())
        hours += card["audio_hours"]
        t.add_row(name, *[str(card["clips"][s]) for s in ("train", "valid", "test")], f"{card['audio_hours']:.3f}",
                  f"{card['render_seconds']:.1f}")
    out.print(t)
    if hours:
        out.print(f"{seconds:.1f} s in all for {hours:.3f} h of audio ({seconds / hours:.0f} s per audio hour, "
                  f"{a.workers} worker(s))")
    return 0


def cmd_leaderboard_build(a: argparse.Namespace) -> int:
    from .leaderboard import build

    results_dir = Path(a.results) if a.results else Path(a.out) / "results"
    board = build(results_dir, Path(a.out))
    for p in board.problems:
        err.print(f"[yellow]skipped[/] {p}", highlight=False, soft_wrap=True)
    out.print(f"wrote {Path(a.out) / 'README.md'}, leaderboard.json and figures/ "
              f"({len(board.results)} models, {len(board.tasks)} tasks, {len(board.problems)} files left out)")
    return 0


def cmd_leaderboard_publish(a: argparse.Namespace) -> int:
    from .publish import publish

    publish(Path(a.from_dir), a.repo_id, a.repo_type, a.dry_run,
            print_fn=lambda line: out.print(line, highlight=False, soft_wrap=True))
    return 0


def cmd_perf(a: argparse.Namespace) -> int:
    from .perf import probes_benchmark

    probes_benchmark(n=a.n, dim=a.dim, layers=a.layers, lrs=a.lrs, classes=a.classes, epochs=a.epochs,
                     print_fn=lambda line: out.print(line, soft_wrap=True, highlight=False))
    return 0


def parser() -> argparse.ArgumentParser:
    p = argparse.ArgumentParser(prog="bench", description="Layer-wise probing benchmark for music audio encoders")
    sub = p.add_subparsers(dest="cmd", required=True)

    r = sub.add_parser("run", help="extract every layer's features and probe them for each task")
    r.add_argument("--model", required=True, help="a submission name (bench list models)")
    r.add_argument("--tasks", help="comma-separated task names (bench list tasks)")
    r.add_argument("--suite", help="every task whose spec names this suite")
    r.add_argument("--layers", default="all", help="'all', 'last', or a list like 0,4-6 (default: all)")
    r.add_argument("--device", default="auto", choices=["auto", "cpu", "cuda"])
    r.add_argument("--dtype", default="float32", choices=["float32", "bfloat16"])
    r.add_argument("--batch-size", type=int, default=1, help="clips per encoder forward pass")
    r.add_argument("--out", default="leaderboard", help="results go to OUT/results/<model>/<task>.json")
    r.add_argument("--data-root", help="datasets folder (else $BENCH_DATA, else ~/.cache/bench/data)")
    r.add_argument("--checkpoint", help="local weights or Hub id, overriding the entry's checkpoint")
    r.add_argument("--trust-remote-code", action="store_true",
                   help="allow a Hub model to run code from its repository")
    r.set_defaults(fn=cmd_run)

    ls = sub.add_parser("list", help="list tasks or models")
    ls.add_argument("what", choices=["tasks", "models"])
    ls.set_defaults(fn=cmd_list)

    v = sub.add_parser("validate", help="check every YAML under tasks/ and submissions/, and the result files")
    v.add_argument("--results", help="result files to check against the entries and tasks "
                                     "(default: leaderboard/results)")
    v.set_defaults(fn=cmd_validate)

    d = sub.add_parser("data", help="datasets")
    dsub = d.add_subparsers(dest="data_cmd", required=True)
    prep = dsub.add_parser("prepare", help="render a task's built-in dataset into the data root")
    prep.add_argument("name", help="a dataset name from a task spec (dataset.name), e.g. toy-tones")
    prep.add_argument("--data-root")
    prep.add_argument("--size", default="small", choices=["tiny", "small", "full"])
    prep.add_argument("--seed", type=int, default=0)
    prep.set_defaults(fn=cmd_data_prepare)
    syn = dsub.add_parser("synth", help="render the synth suite (MIDI through a soundfont) into the data root")
    syn.add_argument("--size", default="small", choices=["tiny", "small", "full"])
    syn.add_argument("--data-root")
    syn.add_argument("--seed", type=int, default=0)
    syn.add_argument("--workers", type=int, default=1)
    syn.add_argument("--soundfont", help="a .sf2 file (default: TimGM6mb.sf2 from the pretty_midi wheel)")
    syn.add_argument("--tasks", help="comma-separated synth tasks (default: all)")
    syn.set_defaults(fn=cmd_data_synth)

    lb = sub.add_parser("leaderboard", help="build and publish the leaderboard")
    lbs = lb.add_subparsers(dest="lb_cmd", required=True)
    b = lbs.add_parser("build", help="README.md, leaderboard.json and figures from the result files")
    b.add_argument("--results", help="folder of <model>/<task>.json (default: OUT/results)")
    b.add_argument("--out", default="leaderboard")
    b.set_defaults(fn=cmd_leaderboard_build)
    pub = lbs.add_parser("publish", help="push the built folder to a Hugging Face Hub repo in one commit")
    pub.add_argument("--repo-id", required=True, help="OWNER/NAME")
    pub.add_argument("--from", dest="from_dir", default="leaderboard")
    pub.add_argument("--repo-type", default="dataset", choices=["dataset", "space"])
    pub.add_argument("--dry-run", action="store_true", help="print the operations instead of committing")
    pub.set_defaults(fn=cmd_leaderboard_publish)

    pf = sub.add_parser("perf", help="speed figures")
    pfs = pf.add_subparsers(dest="perf_cmd", required=True)
    pp = pfs.add_parser("probes", help="batched probe fit vs one head at a time vs scikit-learn")
    pp.add_argument("--n", type=int, default=5000)
    pp.add_argument("--dim", type=int, default=768)
    pp.add_argument("--layers", type=int, default=13)
    pp.add_argument("--lrs", type=int, default=4)
    pp.add_argument("--classes", type=int, default=10)
    pp.add_argument("--epochs", type=int, default=30)
    pp.set_defaults(fn=cmd_perf)
    return p


def main(argv: list[str] | None = None) -> int:
    args = parser().parse_args(argv)
    try:
        return args.fn(args)
    except BenchError as e:
        err.print(f"[red]error:[/] {e}", highlight=False, soft_wrap=True)
        return 1
    except KeyboardInterrupt:
        err.print("interrupted: extracted features are kept in the cache; run the same command to resume")
        return 130


if __name__ == "__main__":
    sys.exit(main())
