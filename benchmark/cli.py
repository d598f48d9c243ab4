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
    for col in ("layer", f"valid {p}", f"test {p}", "± seeds", "vs * (bootstrap)", "lr", "wd"):
        t.add_column(col, justify="right")
    for e in result["layers"]:
        mark = " *" if e["layer"] == sel else ""
        rel = e.get("significance", {}).get("relation", "") if e["layer"] != sel else ""
        t.add_row(f"{e['layer']}{mark}", f"{e['valid'][p]:.4f}", f"{e['test'][p]:.4f}", f"{e['test_std'][p]:.4f}",
                  rel, f"{e['hparams']['lr']:g}", f"{e['hparams']['weight_decay']:g}")
    ws = result["weighted_sum"]
    if ws:
        t.add_row("wsum", f"{ws['valid'][p]:.4f}", f"{ws['test'][p]:.4f}", f"{ws['test_std'][p]:.4f}", "",
                  f"{ws['hparams']['lr']:g}", f"{ws['hparams']['weight_decay']:g}")
    return t


def cmd_run(a: argparse.Namespace) -> int:
    from . import registry
    from .results import result_path
    from .run import run_task

    if bool(a.tasks) == bool(a.suite):
        raise BenchError("bench run: give exactly one of --tasks T1,T2 or --suite NAME")
    names = registry.tasks_in_suite(a.suite) if a.suite else [t.strip() for t in a.tasks.split(",") if t.strip()]
    sub = registry.get_submission(a.model)
    tasks = [registry.get_task(n) for n in names]  # every spec is checked before any work starts
    opts = _run_options(a, a.layers)
    for task in tasks:
        err.print(f"[bold]{sub.name}[/] on [bold]{task.name}[/]")
        result = run_task(sub, task, opts)
        out.print(_table_for(result))
        err.print(f"wrote {result_path(opts.out, sub.name, task.name)}")
    return 0


def _run_options(a: argparse.Namespace, layers: str = "all"):
    from .run import RunOptions

    return RunOptions(layers=layers, device=a.device, dtype=a.dtype, batch_size=a.batch_size, out=Path(a.out),
                      data_root=a.data_root, checkpoint=a.checkpoint, trust_remote_code=a.trust_remote_code,
                      on_bad_audio=a.on_bad_audio, verify_cache=not a.no_verify_cache,
                      command=tuple(["bench", *sys.argv[1:]]))


def cmd_verify(a: argparse.Namespace) -> int:
    import json

    from .verify import verify_file

    reports = [verify_file(Path(f), a.data_root, a.device) for f in a.files]
    if a.json:
        print(json.dumps([r.to_json() for r in reports], indent=1))
    else:
        for rep in reports:
            for line in rep.lines(every=a.all):
                out.print(line, highlight=False, soft_wrap=True, markup=False)
    return 0 if all(r.reproduces for r in reports) else 1


def cmd_analyze_similarity(a: argparse.Namespace) -> int:
    from .analysis import report

    path, doc = report.similarity(a.model, a.task, a.vs, _run_options(a))
    t = Table(title=f"linear CKA, {a.model}{' vs ' + a.vs if a.vs else ''} on {a.task} ({doc['clips']} clips)")
    t.add_column("layer", justify="right")
    for j in doc["vs_layers"]:
        t.add_column(str(j), justify="right")
    for i, row in zip(doc["layers"], doc["matrix"]):
        t.add_row(str(i), *[f"{v:.2f}" for v in row])
    out.print(t)
    err.print(f"wrote {path} and {path.with_suffix('.png')}")
    return 0


def cmd_analyze_layers(a: argparse.Namespace) -> int:
    from .analysis import report

    path, doc = report.layers(a.model, Path(a.out), tuple(["bench", *sys.argv[1:]]))
    t = Table(title=f"{a.model}: layer strategies on test (chosen on valid); general-purpose layer "
                    f"{doc['general_layer']}, family layers {doc['family_layers']}")
    for col in ("task", "family", "metric", "best", "tied with best (+ better)", "per-task", "general", "family", "last",
                "wsum", "general-last", "general-wsum"):
        t.add_column(col, justify="right" if col not in ("task", "family", "metric") else "left")

    def f(v):
        return "-" if v is None else f"{v:.3f}"

    for r in doc["tasks"]:
        tied = "-" if r["tied_with_best"] is None else ",".join(
            [str(x) for x in r["tied_with_best"]] + [f"+{x}" for x in r["better_than_best"]])
        t.add_row(r["task"], r["family"], r["metric"], str(r["best_layer"]), tied,
                  *[f(r["test"][k]) for k in ("per_task", "general", "family", "last", "weighted_sum")],
                  f(r["gain"]["general_vs_last"]), f(r["gain"]["general_vs_weighted_sum"]))
    m = doc["mean_test"]
    t.add_row("mean", "", "", "", "", *[f(m[k]) for k in ("per_task", "general", "family", "last", "weighted_sum")],
              f(doc["mean_gain"].get("general_vs_last")), f(doc["mean_gain"].get("general_vs_weighted_sum")))
    out.print(t)
    err.print(f"wrote {path} and figures {', '.join(doc['figures'])}")
    return 0


def cmd_finetune(a: argparse.Namespace) -> int:
    from . import registry
    from .finetune import finetune, result_path

    sub, task = registry.get_submission(a.model), registry.get_task(a.task)
    for r in finetune(sub, task, _run_options(a), a.freeze_below, a.layer, a.encoder_lr, a.save_weights):
        out.print(_table_for(r))
        k = r["finetune"]["freeze_below"]
        err.print(f"K={k}: {r['finetune']['trainable_params']} encoder parameters trained; "
                  f"wrote {result_path(Path(a.out), sub.name, task.name, k)}")
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

    from .data.manifest import data_root

    n, errors = registry.validate_all(Path(a.results) if a.results else None, data_root(a.data_root))
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
    from .data.manifest import data_root

    board = build(results_dir, Path(a.out), data_root(a.data_root))
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


def _encoder_args(p: argparse.ArgumentParser, out_help: str = "results go to OUT/results/<model>/<task>.json"):
    p.add_argument("--device", default="auto", choices=["auto", "cpu", "cuda"])
    p.add_argument("--dtype", default="float32", choices=["float32", "bfloat16"])
    p.add_argument("--batch-size", type=int, default=1, help="clips per encoder forward pass")
    p.add_argument("--out", default="leaderboard", help=out_help)
    p.add_argument("--data-root", help="datasets folder (else $BENCH_DATA, else ~/.cache/bench/data)")
    p.add_argument("--checkpoint", help="local weights or Hub id, overriding the entry's checkpoint")
    p.add_argument("--trust-remote-code", action="store_true",
                   help="allow a Hub model to run code from its repository")
    p.add_argument("--on-bad-audio", default="fail", choices=["fail", "skip"],
                   help="a clip that cannot be decoded, is truncated, empty, non-finite or outside its file (or "
                        "whose features come out non-finite): stop naming it, or skip it and list it in the result "
                        "file (default: fail)")
    p.add_argument("--no-verify-cache", action="store_true",
                   help="read cached features without checking their checksum")


def parser() -> argparse.ArgumentParser:
    p = argparse.ArgumentParser(prog="bench", description="Layer-wise probing benchmark for music audio encoders")
    sub = p.add_subparsers(dest="cmd", required=True)

    r = sub.add_parser("run", help="extract every layer's features and probe them for each task")
    r.add_argument("--model", required=True, help="a submission name (bench list models)")
    r.add_argument("--tasks", help="comma-separated task names (bench list tasks)")
    r.add_argument("--suite", help="every task whose spec names this suite")
    r.add_argument("--layers", default="all", help="'all', 'last', or a list like 0,4-6 (default: all)")
    _encoder_args(r)
    r.set_defaults(fn=cmd_run)

    an = sub.add_parser("analyze", help="layer analyses on the cached features and the result files")
    ans = an.add_subparsers(dest="analysis", required=True)
    sim = ans.add_parser("similarity", help="CKA / debiased CKA / SVCCA between every pair of layers")
    sim.add_argument("--model", required=True)
    sim.add_argument("--task", required=True)
    sim.add_argument("--vs", help="a second model: its layers against the first's, on the same clips")
    _encoder_args(sim, out_help="writes OUT/analysis/<model>/similarity-<task>.json and .png")
    sim.set_defaults(fn=cmd_analyze_similarity)
    lay = ans.add_parser("layers", help="best layer per task, general-purpose and per-family layers, gains")
    lay.add_argument("--model", required=True)
    lay.add_argument("--out", default="leaderboard", help="reads OUT/results/<model>/, writes OUT/analysis/<model>/")
    lay.set_defaults(fn=cmd_analyze_layers)

    ft = sub.add_parser("finetune", help="train the encoder's layers above K with the probe head")
    ft.add_argument("--model", required=True)
    ft.add_argument("--task", required=True)
    ft.add_argument("--freeze-below", required=True,
                    help="K: layers 0..K frozen, K+1..the read layer trained; a list like 0,6,12 or a range "
                         "0-12 sweeps K in one command; 'all' freezes every layer (the frozen probe)")
    ft.add_argument("--layer", default="last", help="the layer the head reads (default: last)")
    ft.add_argument("--encoder-lr", type=float, default=1e-5, help="learning rate of the encoder's layers")
    ft.add_argument("--save-weights", action="store_true",
                    help="save each fit's fine-tuned encoder state under OUT/finetune/<model>/<task>/freeze-<K>/")
    _encoder_args(ft, out_help="writes OUT/finetune/<model>/<task>/freeze-<K>.json")
    ft.set_defaults(fn=cmd_finetune)

    ls = sub.add_parser("list", help="list tasks or models")
    ls.add_argument("what", choices=["tasks", "models"])
    ls.set_defaults(fn=cmd_list)

    v = sub.add_parser("validate", help="check every YAML under tasks/ and submissions/, and the result files")
    v.add_argument("--results", help="result files to check against the entries and tasks "
                                     "(default: leaderboard/results)")
    v.add_argument("--data-root", help="datasets folder, to check manifests and data hashes where the data is "
                                       "(else $BENCH_DATA, else ~/.cache/bench/data)")

    ver = sub.add_parser("verify", help="re-derive result files from the cached features and say, per number, "
                                        "whether they reproduce")
    ver.add_argument("files", nargs="+", metavar="RESULT.json")
    ver.add_argument("--data-root", help="datasets folder (else $BENCH_DATA, else ~/.cache/bench/data)")
    ver.add_argument("--device", default="auto", choices=["auto", "cpu", "cuda"])
    ver.add_argument("--all", action="store_true", help="list every number, not only those that are not exact")
    ver.add_argument("--json", action="store_true", help="print the reports as JSON on stdout")
    ver.set_defaults(fn=cmd_verify)
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
    b.add_argument("--out", default="leaderboard", help="writes OUT/README.md, OUT/leaderboard.json, OUT/figures/")
    b.add_argument("--data-root", help="datasets folder, to check result files' data hashes where the data is "
                                       "(else $BENCH_DATA, else ~/.cache/bench/data)")
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
    if args.cmd in ("run", "finetune", "verify", "analyze"):
        from .results import git_revision

        git_revision()  # the code that runs is the code of now, whatever is committed while it runs
    try:
        return args.fn(args)
    except BenchError as e:
        err.print(f"[red]error:[/] {e}", highlight=False, soft_wrap=True)
        return 1
    except OSError as e:  # a full disk, a read-only folder, a file that vanished: a message, not a traceback
        where = f"{e.filename}: " if e.filename else ""
        err.print(f"[red]error:[/] {where}{e.strerror or e}", highlight=False, soft_wrap=True)
        return 1
    except KeyboardInterrupt:
        err.print("interrupted: extracted features are kept in the cache; run the same command to resume")
        return 130


if __name__ == "__main__":
    sys.exit(main())
