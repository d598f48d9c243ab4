"""What each `bench` subcommand does (the argument parser is cli.py). Reports print through `output`: plain,
complete lines when stdout is not a terminal, JSON with --json. Heavy modules are imported inside commands, so
that `bench list` and `--help` stay fast."""
from __future__ import annotations

import argparse
import time
from pathlib import Path
from typing import Any

from .. import output
from ..errors import BenchError


def _f(v: float | None, digits: int = 4) -> str:
    return "-" if v is None else f"{v:.{digits}f}"


def result_rows(result: dict[str, Any]) -> tuple[str, list[str], list[list[str]]]:
    p = result["primary_metric"]
    sel = result["selected"]["layer"]
    title = f"{result['model']['name']} on {result['task']['name']} ({p}; layer chosen on valid)"
    ws = result["weighted_sum"]
    # the chosen grid point's keys, in a fixed order (lr, weight_decay, l2 of trained heads; k, shots otherwise)
    keys = {k for e in result["layers"] for k in e["hparams"]} - {"best_epoch", "decoder"}
    grid = [k for k in ("lr", "weight_decay", "l2", "k", "shots") if k in keys]
    cols = ["layer", f"valid {p}", f"test {p}", "± seeds", "vs * (bootstrap)",
            *[{"weight_decay": "wd"}.get(k, k) for k in grid]]
    rows = []
    for e in result["layers"]:
        rel = e.get("significance", {}).get("relation", "") if e["layer"] != sel else ""
        rows.append([f"{e['layer']}{' *' if e['layer'] == sel else ''}", _f(e["valid"][p]), _f(e["test"][p]),
                     _f(e["test_std"][p]), rel, *[f"{e['hparams'][k]:g}" for k in grid]])
    if ws:
        rows.append(["wsum", _f(ws["valid"][p]), _f(ws["test"][p]), _f(ws["test_std"][p]), "",
                     *[f"{ws['hparams'][k]:g}" for k in grid]])
    return title, cols, rows


def print_result(result: dict[str, Any]) -> None:
    title, cols, rows = result_rows(result)
    output.table(title, cols, rows, right=cols)


def run_options(a: argparse.Namespace, layers: str = "all"):
    from ..pipeline.run import RunOptions

    return RunOptions(layers=layers, device=a.device, dtype=a.dtype, batch_size=a.batch_size,
                      batch_memory_gib=a.batch_memory, out=Path(a.out), data_root=a.data_root,
                      checkpoint=a.checkpoint, trust_remote_code=a.trust_remote_code, on_bad_audio=a.on_bad_audio,
                      verify_cache=not a.no_verify_cache, command=tuple(["bench", *a.argv]),
                      name=getattr(a, "name", None), quick=getattr(a, "quick", False),
                      overwrite=getattr(a, "overwrite", False), threads=getattr(a, "threads", None),
                      decode_workers=getattr(a, "decode_workers", None), executor=executor(a))


def executor(a: argparse.Namespace):
    """--executor ray as a distributed.RayExecutor (Ray itself is imported when it starts); None: local."""
    if getattr(a, "executor", "local") != "ray":
        for flag in ("address", "workers", "gpus_per_worker"):
            if getattr(a, flag, None) is not None:
                raise BenchError(f"--{flag.replace('_', '-')} applies to --executor ray only")
        return None
    from ..pipeline.distributed import RayExecutor

    return RayExecutor(address=a.address, workers=a.workers, gpus_per_worker=a.gpus_per_worker)


def cmd_run(a: argparse.Namespace) -> int:
    from ..config import registry
    from ..pipeline.run import result_path, run_task, up_to_date

    if bool(a.tasks) == bool(a.suite):
        raise BenchError("bench run: give exactly one of --tasks T1,T2 or --suite NAME")
    names = registry.tasks_in_suite(a.suite) if a.suite else [t.strip() for t in a.tasks.split(",") if t.strip()]
    subs = [registry.get_submission(m.strip()) for m in a.model.split(",") if m.strip()]
    if len(subs) > 1 and (a.checkpoint or a.name):
        raise BenchError("--checkpoint and --name apply to one --model, not to several")
    tasks = [registry.get_task(n) for n in names]  # every spec is checked before any work starts
    out = Path(a.out)
    for p in (out, out / "results"):  # a file where the results folder goes fails now, not after the run
        if p.exists() and not p.is_dir():
            raise BenchError(f"--out: {p} is a file, not a folder; the results go to {out / 'results'}/<model>/")
    opts = run_options(a, a.layers)
    pairs = [(sub, task) for sub in subs for task in tasks]
    done, failed, todo, t_all = [], [], [], time.perf_counter()
    for n, (sub, task) in enumerate(pairs, 1):
        old = up_to_date(sub, task, opts)
        if old is not None:
            output.note(f"[{n}/{len(pairs)}] {_pair(sub, task, len(subs))}: skipped, {result_path(sub, task, opts)} "
                        "is up to date (same weights, protocol, task version, data and layers; --overwrite to redo)")
            done.append(old)
        else:
            todo.append((n, sub, task))
    skipped = len(done)

    def finished(n: int, sub, task, result: dict[str, Any], t0: float) -> None:
        done.append(result)
        if not a.json:
            print_result(result)
        peak = result["runtime"].get("peak_rss_mb")
        output.note(f"[{n}/{len(pairs)}] {_pair(sub, task, len(subs))}: done in {time.perf_counter() - t0:.1f} s "
                    f"(features {result['runtime']['extract_s']:.1f} s, probes {result['runtime']['probe_s']:.1f} s"
                    + (f", peak memory {peak:,} MiB" if peak else "") + f"); wrote {result_path(sub, task, opts)}")

    def failure(sub, task, e: BenchError) -> None:
        if len(pairs) == 1:
            raise e
        output.note(f"{_pair(sub, task, len(subs))}: {e}", "error:", "red")
        failed.append(_pair(sub, task, len(subs)))

    if opts.executor is None:
        for n, sub, task in todo:
            output.note(f"[{n}/{len(pairs)}] {result_path(sub, task, opts).parent.name} on {task.name}"
                        f"{' (--quick: never ranked)' if opts.quick else ''}")
            t0 = time.perf_counter()
            try:
                finished(n, sub, task, run_task(sub, task, opts), t0)
            except BenchError as e:
                failure(sub, task, e)
    else:
        from ..pipeline.distributed import fan_out

        for (n, sub, task), outcome, t0 in fan_out(todo, opts):
            if isinstance(outcome, BenchError):
                failure(sub, task, outcome)
            else:
                finished(n, sub, task, outcome, t0)
    if len(pairs) > 1:
        output.note(f"{len(done) - skipped} of {len(pairs)} {'tasks' if len(subs) == 1 else '(model, task) pairs'} "
                    f"run, {skipped} up to date, in {time.perf_counter() - t_all:.1f} s"
                    + (f"; failed: {', '.join(failed)} (run the same command again to redo only those)"
                       if failed else ""))
    if a.json:
        output.emit_json(done)
    return 1 if failed else 0


def _pair(sub, task, n_models: int) -> str:
    return task.name if n_models == 1 else f"{sub.name} on {task.name}"


def cmd_verify(a: argparse.Namespace) -> int:
    from ..pipeline.verify import record, verify_file

    reports = [verify_file(Path(f), a.data_root, a.device) for f in a.files]
    for rep in reports:  # the board marks a file verified while its bytes are those verified
        written = record(rep)
        if not a.json:
            output.note(f"recorded in {written}")
    if a.json:
        output.emit_json([r.to_json() for r in reports])
    else:
        for rep in reports:
            for line in rep.lines(every=a.all):
                output.say(line)
    return 0 if all(r.reproduces for r in reports) else 1


def cmd_analyze_similarity(a: argparse.Namespace) -> int:
    from ..analysis import report

    path, doc = report.similarity(a.model, a.task, a.vs, run_options(a))
    if a.json:
        output.emit_json(doc)
        return 0
    output.table(f"linear CKA, {a.model}{' vs ' + a.vs if a.vs else ''} on {a.task} ({doc['clips']} clips)",
                 ["layer", *map(str, doc["vs_layers"])],
                 [[str(i), *[f"{v:.2f}" for v in row]] for i, row in zip(doc["layers"], doc["matrix"])],
                 right=["layer", *map(str, doc["vs_layers"])])
    output.note(f"wrote {path} and {path.with_suffix('.png')}")
    return 0


def cmd_analyze_layers(a: argparse.Namespace) -> int:
    from ..analysis import report

    path, doc = report.layers(a.model, Path(a.out), tuple(["bench", *a.argv]))
    if a.json:
        output.emit_json(doc)
        return 0
    cols = ["task", "family", "metric", "best", "tied with best (+ better)", "per-task", "general", "family layer",
            "last", "wsum", "general-last", "general-wsum"]
    keys = ("per_task", "general", "family", "last", "weighted_sum")
    rows = []
    for r in doc["tasks"]:
        tied = "-" if r["tied_with_best"] is None else ",".join(
            [str(x) for x in r["tied_with_best"]] + [f"+{x}" for x in r["better_than_best"]])
        rows.append([r["task"], r["family"] or "-", r["metric"], str(r["best_layer"]), tied,
                     *[_f(r["test"][k], 3) for k in keys], _f(r["gain"]["general_vs_last"], 3),
                     _f(r["gain"]["general_vs_weighted_sum"], 3)])
    m, g = doc["mean_test"], doc["mean_gain"]
    rows.append(["mean", "", "", "", "", *[_f(m[k], 3) for k in keys], _f(g.get("general_vs_last"), 3),
                 _f(g.get("general_vs_weighted_sum"), 3)])
    output.table(f"{a.model}: layer strategies on test (chosen on valid); general-purpose layer "
                 f"{doc['general_layer']}, family layers {doc['family_layers']}", cols, rows, right=cols[3:])
    for x in doc["published"]:
        ours = "not in our result" if x["ours"] is None else f"{x['ours']:.3f}, difference {x['difference']:+.3f}"
        output.say(f"{x['task']}: published {x['metric']} {x['score']:.3f} ({x['model']}; {x['source']}); ours "
                   f"{ours}")
    output.note(f"wrote {path} and figures {', '.join(doc['figures'])}")
    return 0


def cmd_finetune(a: argparse.Namespace) -> int:
    from ..config import registry
    from ..pipeline.finetune import finetune, result_path

    sub, task = registry.get_submission(a.model), registry.get_task(a.task)
    found = finetune(sub, task, run_options(a), a.freeze_below, a.layer, a.encoder_lr, a.save_weights)
    for r in found:
        if not a.json:
            print_result(r)
        k = r["finetune"]["freeze_below"]
        output.note(f"K={k}: {r['finetune']['trainable_params']} encoder parameters trained; "
                    f"wrote {result_path(Path(a.out), sub.name, task.name, k)}")
    if a.json:
        output.emit_json(found)
    return 0


def _params(p: Any) -> str:
    if not isinstance(p, int):
        return str(p)
    return f"{p / 1e6:.1f}M" if p >= 1e7 else f"{p / 1e6:.2f}M" if p else "0"


def cmd_list(a: argparse.Namespace) -> int:
    from ..extract import entries
    from ..config import registry

    if a.what == "tasks":
        from ..data.manifest import data_root
        from .data_commands import data_state

        root = data_root(a.data_root)
        found = []
        for name, path in registry.task_paths().items():
            spec = registry.load_task(path)
            found.append({"task": name, "version": spec.version, "suite": spec.suite, "family": spec.family,
                          "target": spec.target, "primary": spec.primary, "dataset": spec.dataset.name,
                          "data": data_state(spec, root), "description": spec.description,
                          "published": [p.model_dump() for p in spec.published], "path": str(path)})
        if a.json:
            output.emit_json(found)
            return 0
        output.table(f"tasks (data under {root})", ["task", "version", "suite", "family", "target", "primary",
                                                    "dataset", "data"],
                     [[t["task"], str(t["version"]), ",".join(t["suite"]), t["family"] or "-", t["target"],
                       t["primary"], t["dataset"], t["data"]] for t in found])
        return 0
    found = [entries.list_entry(name, path, describe=a.describe) for name, path in registry.submission_paths().items()]
    if a.json:
        output.emit_json(found)
        return 0
    rows = []
    for e in found:
        mark = "" if e["source"] == "loaded" else "*"
        rows.append([e["model"], e["adapter"], *[(_params(e[k]) if k == "params" else f"{e[k]:g}") + mark
                                                 if e.get(k) is not None else "?"
                                                 for k in ("params", "sample_rate", "num_layers", "frame_rate")],
                     e["checkpoint"] or "-"])
    output.table("models (* as the entry declares under expect:, checked when the encoder loads; --describe "
                 "builds each one)", ["model", "adapter", "params", "sample rate", "layers", "frame rate",
                                      "checkpoint"], rows)
    return 0


def cmd_validate(a: argparse.Namespace) -> int:
    from ..pipeline import validate
    from ..data.manifest import data_root

    warnings: list[str] = []
    n, errors = validate.validate_all(Path(a.results) if a.results else None, data_root(a.data_root), warnings)
    if a.json:
        output.emit_json({"files": n, "errors": errors, "not_converged": warnings})
        return 1 if errors else 0
    for w in warnings:
        output.note(w, "warning", "yellow")
    if warnings:
        output.note(f"{len(warnings)} result files may not have converged (see 'convergence' in each)")
    for e in errors:
        output.note(str(e), "error", "red")
    if errors:
        output.note(f"{len(errors)} of {n} files have errors")
        return 1
    output.say(f"{n} files valid")
    return 0


def cmd_leaderboard_build(a: argparse.Namespace) -> int:
    from ..data.manifest import data_root
    from ..board.leaderboard import build

    results_dir = Path(a.results) if a.results else Path(a.out) / "results"
    board = build(results_dir, Path(a.out), data_root(a.data_root), a.verified_only)
    for p in board.problems:
        output.note(p, "skipped", "yellow")
    if a.json:
        from ..board.ranking import to_json

        output.emit_json(to_json(board))
        return 0
    output.say(f"wrote {Path(a.out) / 'README.md'}, leaderboard.json and figures/ ({len(board.results)} models, "
               f"{len(board.tasks)} tasks, {len(board.problems)} files left out)")
    return 0


def cmd_export_mteb(a: argparse.Namespace) -> int:
    from ..board.export import export_mteb

    written, problems = export_mteb(Path(a.results), Path(a.out))
    for p in problems:
        output.note(p, "skipped", "yellow")
    if a.json:
        output.emit_json({"written": [str(p) for p in written], "skipped": problems})
        return 0
    output.say(f"wrote {len(written)} MTEB result files under {Path(a.out) / 'results'} "
               f"({len(problems)} result files left out)")
    return 0


def cmd_leaderboard_publish(a: argparse.Namespace) -> int:
    from ..board.publish import publish

    publish(Path(a.from_dir), a.repo_id, a.repo_type, a.dry_run, print_fn=output.say, as_json=a.json)
    return 0


def cmd_perf(a: argparse.Namespace) -> int:
    from ..pipeline.perf import probes_benchmark

    figures = probes_benchmark(n=a.n, dim=a.dim, layers=a.layers, grid_size=a.grid_size, classes=a.classes, epochs=a.epochs,
                               print_fn=(lambda line: None) if a.json else output.say)
    if a.json:
        output.emit_json(figures)
    return 0
