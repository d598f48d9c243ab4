"""The command line: `bench`'s argument parser and error handling (here); what each command does is
commands.py (and data_commands.py for `bench data`). May import every stage; nothing imports it."""
from __future__ import annotations

import argparse
import sys

from . import commands as c
from . import data_commands as dc
from ..errors import BenchError
from ..output import note

DATA_ROOT_HELP = "datasets folder (else $BENCH_DATA, else ~/.cache/bench/data)"


class Help(argparse.ArgumentDefaultsHelpFormatter):
    """Every option's default in --help (none shown where there is no default)."""

    def _get_help_string(self, action: argparse.Action) -> str:
        if action.default in (None, False) or action.default is argparse.SUPPRESS:
            return action.help or ""
        return super()._get_help_string(action)


def _json(p: argparse.ArgumentParser) -> None:
    p.add_argument("--json", action="store_true", help="print machine-readable JSON (stable keys) on stdout")


def _encoder_args(p: argparse.ArgumentParser, out_help: str = "results go to OUT/results/<model>/<task>.json"):
    p.add_argument("--device", default="auto", choices=["auto", "cpu", "cuda"],
                   help="where the encoder and probes run; auto: CUDA when there is one")
    p.add_argument("--dtype", default="float32", choices=["float32", "bfloat16"],
                   help="bfloat16: autocast for the encoder (features are stored in float32)")
    p.add_argument("--batch-size", type=int, default=None,
                   help="clips per encoder forward pass (default: as many fixed-length clips as fit "
                        "--batch-memory by an estimate; 1 for clips of different lengths)")
    p.add_argument("--batch-memory", type=float, default=2.0, metavar="GIB",
                   help="memory budget in GiB of one forward pass, for the default batch size")
    p.add_argument("--out", default="leaderboard", help=out_help)
    p.add_argument("--data-root", help=DATA_ROOT_HELP)
    p.add_argument("--checkpoint", help="local weights (file or folder) or a Hub id, overriding the entry's; the "
                                        "results then go under <model>@<weights hash> unless --name is given")
    p.add_argument("--trust-remote-code", action="store_true",
                   help="allow a Hub model to run code from its repository")
    p.add_argument("--on-bad-audio", default="fail", choices=["fail", "skip"],
                   help="a clip that cannot be decoded, is truncated, empty, non-finite or outside its file (or "
                        "whose features come out non-finite): stop naming it, or skip it and list it in the result "
                        "file")
    p.add_argument("--no-verify-cache", action="store_true",
                   help="read cached features without checking their checksum")
    _threads(p)
    p.add_argument("--decode-workers", type=int, default=None, metavar="N",
                   help="threads that decode and resample the next clips while the encoder runs (default: from "
                        "the cores left by --threads; 0 decodes in the main thread)")
    _json(p)


def _threads(p: argparse.ArgumentParser) -> None:
    p.add_argument("--threads", type=int, default=None, metavar="N",
                   help="torch threads (default: the cores this process may use: its CPU affinity, capped by the "
                        "cgroup quota; never more, so probes and extraction do not oversubscribe)")


def _search_args(p: argparse.ArgumentParser) -> None:
    p.add_argument("--tasks-dir", action="append", metavar="DIR",
                   help="a folder of task YAML searched before $BENCH_PATH and the built-in tasks/ (repeatable)")
    p.add_argument("--submissions-dir", action="append", metavar="DIR",
                   help="a folder of entry YAML searched before $BENCH_PATH and the built-in submissions/ "
                        "(repeatable)")


def parser() -> argparse.ArgumentParser:
    common = argparse.ArgumentParser(add_help=False)
    _search_args(common)
    p = argparse.ArgumentParser(prog="bench", formatter_class=Help,
                                description="Layer-wise probing benchmark for music audio encoders")
    sub = p.add_subparsers(dest="cmd", required=True)

    def cmd(parent, name: str, help: str, fn=None) -> argparse.ArgumentParser:
        q = parent.add_parser(name, help=help, description=help, formatter_class=Help, parents=[common])
        if fn:
            q.set_defaults(fn=fn)
        return q

    r = cmd(sub, "run", "extract every layer's features and probe them for each task", c.cmd_run)
    r.add_argument("--model", required=True, help="a submission name (bench list models)")
    r.add_argument("--tasks", "--task", help="comma-separated task names (bench list tasks)")
    r.add_argument("--suite", help="every task whose spec names this suite")
    r.add_argument("--layers", default="all", help="'all', 'last', or a list like 0,4-6")
    r.add_argument("--name", help="the model's name on the board and in results/ (default: the entry's name, or "
                                  "<entry>@<weights hash> with other weights than the entry's)")
    r.add_argument("--overwrite", action="store_true",
                   help="redo tasks whose result file is up to date (same weights, protocol, task version, data "
                        "and layers); without it they are skipped")
    r.add_argument("--quick", action="store_true",
                   help="smoke test: one seed, at most 20 epochs, patience 5; results go to OUT/quick/<model>/ and "
                        "say so, and the leaderboard never ranks them")
    _encoder_args(r)
    r.add_argument("--executor", default="local", choices=["local", "ray"],
                   help="where features are extracted: here, or on a Ray cluster (pip install -e '.[ray]'), into "
                        "the same feature cache; with ray, the (model, task) probe fits also run as Ray tasks")
    r.add_argument("--address", default=None, metavar="auto|HOST:PORT",
                   help="--executor ray: the cluster to join (default: the one in RAY_ADDRESS, else a local Ray "
                        "started for this run)")
    r.add_argument("--workers", type=int, default=None, metavar="N",
                   help="--executor ray: encoder copies (default: one per GPU, or one on a CPU-only cluster)")
    r.add_argument("--gpus-per-worker", type=float, default=None, metavar="G",
                   help="--executor ray: GPUs each encoder copy takes (default: 1 when the cluster has GPUs, "
                        "else 0)")

    an = cmd(sub, "analyze", "layer analyses on the cached features and the result files")
    ans = an.add_subparsers(dest="analysis", required=True)
    sim = cmd(ans, "similarity", "CKA / debiased CKA / SVCCA between every pair of layers", c.cmd_analyze_similarity)
    sim.add_argument("--model", required=True, help="a submission name")
    sim.add_argument("--task", required=True, help="the task whose clips are compared")
    sim.add_argument("--vs", help="a second model: its layers against the first's, on the same clips")
    _encoder_args(sim, out_help="writes OUT/analysis/<model>/similarity-<task>.json and .png")
    lay = cmd(ans, "layers", "best layer per task, general-purpose and per-family layers, gains",
              c.cmd_analyze_layers)
    lay.add_argument("--model", required=True, help="a model name under OUT/results/")
    lay.add_argument("--out", default="leaderboard", help="reads OUT/results/<model>/, writes OUT/analysis/<model>/")
    _json(lay)

    ft = cmd(sub, "finetune", "train the encoder's layers above K with the probe head", c.cmd_finetune)
    ft.add_argument("--model", required=True, help="a submission name")
    ft.add_argument("--task", required=True, help="a task name")
    ft.add_argument("--freeze-below", required=True,
                    help="K: layers 0..K frozen, K+1..the read layer trained; a list like 0,6,12 or a range "
                         "0-12 sweeps K in one command; 'all' freezes every layer (the frozen probe)")
    ft.add_argument("--layer", default="last", help="the layer the head reads")
    ft.add_argument("--encoder-lr", type=float, default=1e-5, help="learning rate of the encoder's layers")
    ft.add_argument("--save-weights", action="store_true",
                    help="save each fit's fine-tuned encoder state under OUT/finetune/<model>/<task>/freeze-<K>/")
    _encoder_args(ft, out_help="writes OUT/finetune/<model>/<task>/freeze-<K>.json")

    ls = cmd(sub, "list", "list tasks or models (from the YAML files; fast)", c.cmd_list)
    ls.add_argument("what", choices=["tasks", "models"], help="what to list")
    ls.add_argument("--data-root", help=DATA_ROOT_HELP + "; tasks: whether each task's data is there")
    ls.add_argument("--describe", action="store_true",
                    help="models: build each entry's encoder description through its adapter (slow: imports torch, "
                         "reads configs) instead of what the entry declares under expect:")
    _json(ls)

    v = cmd(sub, "validate", "check every YAML of the search path, manifests where the data is, and the result "
                             "files", c.cmd_validate)
    v.add_argument("--results", help="result files to check against the entries and tasks "
                                     "(default: leaderboard/results of the project)")
    v.add_argument("--data-root", help=DATA_ROOT_HELP)
    _json(v)

    ver = cmd(sub, "verify", "re-derive result files from the cached features and say, per number, whether they "
                             "reproduce", c.cmd_verify)
    ver.add_argument("files", nargs="+", metavar="RESULT.json", help="result files to re-derive")
    ver.add_argument("--data-root", help=DATA_ROOT_HELP)
    ver.add_argument("--device", default="auto", choices=["auto", "cpu", "cuda"], help="where the probes run")
    ver.add_argument("--all", action="store_true", help="list every number, not only those that are not exact")
    _threads(ver)
    _json(ver)

    d = cmd(sub, "data", "datasets")
    dsub = d.add_subparsers(dest="data_cmd", required=True)
    prep = cmd(dsub, "prepare", "convert your copy of a public dataset (--source) into manifests and a card "
                                "under the data root, or render a built-in dataset", dc.cmd_data_prepare)
    prep.add_argument("name", nargs="?", help="a converter (bench data prepare --list), or a built-in dataset name "
                                              "from a task spec (dataset.name), e.g. toy-tones")
    prep.add_argument("--list", action="store_true", help="list the converters: tasks, layout, where to get each, "
                                                          "licence, and whether it is prepared")
    prep.add_argument("--source", help="the dataset's top folder in its official layout")
    prep.add_argument("--skip-missing", action="store_true",
                      help="prepare without the missing or unreadable audio files (the card lists them) instead "
                           "of stopping")
    prep.add_argument("--task", help="folder: the name of the task the folder defines")
    prep.add_argument("--split-file", help="chords-lab: '<track> <train|valid|test>' a line (default: a fixed hash)")
    prep.add_argument("--split", choices=["marble", "hash"], default=None,
                      help="vocalset: MARBLE's split reproduced (marble, the default) or a fixed hash of each recording")
    prep.add_argument("--data-root", help=DATA_ROOT_HELP)
    prep.add_argument("--size", default="small", choices=["tiny", "small", "full"],
                      help="built-in datasets: how many clips")
    prep.add_argument("--seed", type=int, default=0, help="built-in datasets: random seed of the rendering")
    _json(prep)
    syn = cmd(dsub, "synth", "render the synth suite (MIDI through a soundfont) into the data root", dc.cmd_data_synth)
    syn.add_argument("--size", default="small", choices=["tiny", "small", "full"], help="how many clips")
    syn.add_argument("--data-root", help=DATA_ROOT_HELP)
    syn.add_argument("--seed", type=int, default=0, help="random seed of the rendering")
    syn.add_argument("--workers", type=int, default=1, help="rendering processes (the audio is the same for any)")
    syn.add_argument("--soundfont", help="a .sf2 file (default: TimGM6mb.sf2 from the pretty_midi wheel)")
    syn.add_argument("--tasks", help="comma-separated synth tasks (default: all)")
    _json(syn)

    lb = cmd(sub, "leaderboard", "build and publish the leaderboard")
    lbs = lb.add_subparsers(dest="lb_cmd", required=True)
    b = cmd(lbs, "build", "README.md, leaderboard.json, figures and the ranked result files, from result files",
            c.cmd_leaderboard_build)
    b.add_argument("--results", help="folder of <model>/<task>.json (default: OUT/results); the ranked files are "
                                     "copied to OUT/results/ when it is elsewhere")
    b.add_argument("--out", default="leaderboard",
                   help="writes OUT/README.md, OUT/leaderboard.json, OUT/figures/ and OUT/results/")
    b.add_argument("--data-root", help=DATA_ROOT_HELP + "; result files' data hashes are checked where the data is")
    b.add_argument("--verified-only", action="store_true",
                   help="rank only the files `bench verify` re-derived as they are (its records in "
                        "RESULTS/../verified/); the others are listed as left out")
    _json(b)
    pub = cmd(lbs, "publish", "push a built board to a Hugging Face Hub repo in one commit",
              c.cmd_leaderboard_publish)
    pub.add_argument("--repo-id", required=True, help="OWNER/NAME")
    pub.add_argument("--from", dest="from_dir", default="leaderboard", help="the folder `leaderboard build` wrote")
    pub.add_argument("--repo-type", default="dataset", choices=["dataset", "space"], help="Hub repo type")
    pub.add_argument("--dry-run", action="store_true", help="list every file and its size instead of committing")
    _json(pub)

    ex = cmd(sub, "export", "the result files in another tool's format")
    exs = ex.add_subparsers(dest="export_cmd", required=True)
    mt = cmd(exs, "mteb", "MTEB/MAEB result files: OUT/results/<org>__<model>/<revision>/<task>.json beside a "
                          "model_meta.json, every layer under experiments/layer-<k>/", c.cmd_export_mteb)
    mt.add_argument("--results", default="leaderboard/results", help="folder of <model>/<task>.json")
    mt.add_argument("--out", required=True, help="writes OUT/results/... (mteb's ResultCache(OUT) reads it)")
    _json(mt)

    pf = cmd(sub, "perf", "speed figures")
    pfs = pf.add_subparsers(dest="perf_cmd", required=True)
    pp = cmd(pfs, "probes", "batched probe fit vs one head at a time vs scikit-learn", c.cmd_perf)
    pp.add_argument("--n", type=int, default=5000, help="clips of synthetic features")
    pp.add_argument("--dim", type=int, default=768, help="feature width")
    pp.add_argument("--layers", type=int, default=13, help="layers")
    pp.add_argument("--grid-size", "--lrs", type=int, default=4, dest="grid_size",
                    help="values of C in the grid: 0.01, 0.1, 1, ...")
    pp.add_argument("--classes", type=int, default=10, help="classes")
    pp.add_argument("--epochs", type=int, default=30, help="epochs (no early stopping: a fair timing)")
    _json(pp)
    return p


def main(argv: list[str] | None = None) -> int:
    argv = sys.argv[1:] if argv is None else list(argv)
    args = parser().parse_args(argv)
    args.argv = argv  # what the result files record as the command
    try:
        if args.cmd in ("run", "finetune", "verify", "analyze"):
            from .. import cpus
            from ..results import git_revision

            git_revision()  # the code that runs is the code of now, whatever is committed while it runs
            cpus.configure(getattr(args, "threads", None))
        from ..config import registry

        registry.add_search_dirs(args.tasks_dir, args.submissions_dir)
        return args.fn(args)
    except BenchError as e:
        note(str(e), "error:", "red")
        return 1
    except OSError as e:  # a full disk, a read-only folder, a file that vanished: a message, not a traceback
        where = f"{e.filename}: " if e.filename else ""
        note(f"{where}{e.strerror or e}", "error:", "red")
        return 1
    except KeyboardInterrupt:
        note("interrupted: extracted features are kept in the cache; run the same command to resume")
        return 130
    finally:
        from ..config import registry

        registry.reset_search_dirs()

