"""Does the probe measure the features? Each (model, task) pair's probe against a converged reference on the same
features, with the share of heads that peaked in the last tenth of their schedule. Prints a table and writes
benchmarks/results.json under `convergence` (each row with the machine it was measured on).

    python benchmarks/convergence.py --models logmel,chroma --tasks synth-chords,synth-beat,synth-instrument

- our probe: `bench run`'s own computation (run.compute, the task's protocol, features from the cache), nothing
  written to the board; with --results DIR, the up-to-date result file there (the committed board's);
- the reference: scikit-learn's LogisticRegression run to convergence (lbfgs, max_iter 3000) per layer, C chosen
  on validation from REF_C, on the same standardised features: every training frame of a frame-level task (beats
  weighted as the probe weights them, chords outside majmin left out), then the same decoder with its options
  chosen on validation and the same mir_eval metric; the pooled clips of a clip-level task.
Both are reported at each one's layer chosen on validation and at the probe's chosen layer.

With --paired (clip-level tasks), the probe is fitted again on the cached features (its numbers checked against the
result's) and its selected layer's test predictions, averaged over seeds, are paired clip by clip with the
reference's at its own chosen layer: the board's paired bootstrap (probing/significance.py, the resamples, level and
seed of the layer ties) gives an interval for probe - reference, so a gap on a few dozen test clips is read against
what those clips can tell apart.
"""
from __future__ import annotations

import argparse
import itertools
import sys
import time
import warnings
from pathlib import Path

import numpy as np

HERE = Path(__file__).resolve().parent
sys.path.insert(0, str(HERE))
REF_C = (0.01, 0.1, 1.0)


def layer_frames(fs, clips: list[int], li: int) -> list[np.ndarray]:
    """Each clip's frames of layer index `li` [n, width] as float32 arrays of their own: a view would keep every
    layer of each clip alive (a VGG's synth-beat, 72,000 frames x 6 layers x 6,144, is 10.6 GB in float32, and the
    reference holding it was stopped by the kernel's OOM killer)."""
    return [np.array(fs.clip(i)[:, li], dtype=np.float32) for i in clips]


def frame_reference(p, task) -> dict[int, dict[str, float]]:
    """Per layer: the reference's valid and test primary metric on a frame-level task."""
    from sklearn.linear_model import LogisticRegression

    from benchmark.probing.event_targets import EVENT_TARGETS
    from benchmark.probing.events import DECODERS, IGNORE

    fs, refs = p.fs, p.annotations
    targets = EVENT_TARGETS[task.target].targets(refs, [fs.n_frames(i) for i in range(len(p.clips))], task.frame_rate)
    dec = task.decoder_spec()
    grid = {**DECODERS[dec.name].grid, **dec.options}
    options = [dict(zip(grid, v)) for v in itertools.product(*grid.values())] or [{}]
    per = {s: p.idx[s].tolist() for s in ("train", "valid", "test")}
    out = {}
    for li, layer in enumerate(fs.layers):
        X = {s: layer_frames(fs, per[s], li) for s in per}
        Xtr = np.concatenate(X["train"])
        ytr = np.concatenate([targets[i] for i in per["train"]])
        mean, std = Xtr.mean(0), Xtr.std(0)
        std[std < 1e-6] = 1.0
        keep = ytr != IGNORE
        Xtr, ytr = (Xtr[keep] - mean) / std, ytr[keep]
        best = None
        for C in REF_C:
            with warnings.catch_warnings():
                warnings.simplefilter("ignore")
                model = LogisticRegression(C=C, max_iter=3000, class_weight="balanced" if task.target == "beats"
                                           else None).fit(Xtr, ytr.astype(int))

            def acts(split: str) -> list[np.ndarray]:
                out_ = []
                for x in X[split]:
                    z = (x - mean) / std
                    if task.target == "beats":
                        out_.append(model.predict_proba(z)[:, 1:2])
                    else:  # scores over every class of CHORD_CLASSES (classes unseen in training: -inf)
                        full = np.full((len(z), 25), -np.inf)
                        full[:, model.classes_] = model.decision_function(z)
                        out_.append(full)
                return out_

            va, te = acts("valid"), acts("test")
            vrefs, trefs = [refs[i] for i in per["valid"]], [refs[i] for i in per["test"]]

            def sc(a, r, o):
                kind = EVENT_TARGETS[task.target]
                return kind.score(r, [kind.decode(x, task.frame_rate, o) for x in a], task.primary)[task.primary]

            opt = max(options, key=lambda o: sc(va, vrefs, o))
            v = sc(va, vrefs, opt)
            if best is None or v > best["valid"]:
                best = {"valid": v, "test": sc(te, trefs, opt), "C": C, "decoder": opt}
        out[layer] = best
    return out


def clip_reference(p, task) -> dict[int, dict[str, float]]:
    """Per layer: the reference's valid and test primary metric on a multiclass or key task."""
    from sklearn.linear_model import LogisticRegression

    from benchmark.probing import probes
    from benchmark.config.metrics import METRICS

    if task.target not in ("multiclass", "key"):
        raise SystemExit(f"{task.name}: the reference is a logistic regression, for multiclass and key tasks")
    Xs = probes.standardize(*(p.fs.select(p.idx[s]) for s in ("train", "valid", "test")))
    ys = [p.y[p.idx[s]] for s in ("train", "valid", "test")]
    metric = METRICS[task.primary]
    out = {}
    for li, layer in enumerate(p.fs.layers):
        splits = row_space(*(x[:, li] for x in Xs))
        best = None
        for C in REF_C:
            with warnings.catch_warnings():
                warnings.simplefilter("ignore")
                m = LogisticRegression(C=C, max_iter=3000).fit(splits[0], ys[0])

            def scores(X):  # decision values over every class (a class unseen in training: -inf)
                s = np.full((len(X), len(p.classes)), -np.inf)
                s[:, m.classes_] = m.decision_function(X) if len(m.classes_) > 2 else np.stack(
                    [-m.decision_function(X), m.decision_function(X)], 1)
                return s

            def sc(X, y):
                return metric(y, scores(X), p.classes)

            v = sc(splits[1], ys[1])
            if best is None or v > best["valid"]:
                best = {"valid": v, "test": sc(splits[2], ys[2]), "C": C, "test_scores": scores(splits[2])}
        out[layer] = best
    return out


def row_space(train: np.ndarray, *others: np.ndarray) -> list[np.ndarray]:
    """A layer wider than its training rows, in orthonormal coordinates of their span (else as it came). The same
    fit, faster: an L2-penalised logistic regression's weights lie in the training rows' span (a part orthogonal
    to it changes no training score and only adds penalty), and an orthonormal basis keeps both every training
    score and the penalty, so the decision values on any clip are those of the fit on all the dimensions."""
    if train.shape[1] <= len(train):
        return [train, *others]
    _, s, vt = np.linalg.svd(train.astype(np.float64), full_matrices=False)
    basis = vt[: int((s > s[0] * 1e-7).sum()) if s[0] > 0 else 1].T
    return [x @ basis for x in (train, *others)]


def probe_again(p, task) -> tuple[int, dict[int, float], np.ndarray]:
    """The probe fitted again on the prepared features, per layer only (the weighted sum is not needed): its
    layer chosen on validation as result files choose it, every layer's test score, and the chosen layer's test
    predictions averaged over the seeds of its grid point (what the board's layer ties are bootstrapped from)."""
    from benchmark import results
    from benchmark.config.metrics import METRICS
    from benchmark.pipeline.kinds import kind_of
    from benchmark.probing import probes

    task = task.model_copy(update={"protocol": task.protocol.model_copy(update={"weighted_sum": False})})
    heads, per_layer, _ = kind_of(task).fit(p, task)
    sel = results.best_layer(list(per_layer.values()), task.primary, METRICS[task.primary].higher_is_better)["layer"]
    return sel, {l: e["test"][task.primary] for l, e in per_layer.items()}, \
        probes.chosen_test_scores(heads, per_layer)[sel]


def paired(p, task, result: dict, ref: dict) -> dict:
    """Probe (its selected layer) - reference (`ref`: the row of its chosen layer) on the same test clips: the
    board's paired bootstrap interval and its reading (worse, tied, better), and whether the fit again gave the
    result's numbers (else the interval is about that fit, not the result)."""
    from benchmark.config.metrics import METRICS
    from benchmark.probing import significance

    prim = task.primary
    sel, tests, preds = probe_again(p, task)
    off = max(abs(tests[e["layer"]] - e["test"][prim]) for e in result["layers"])
    y = p.y[p.idx["test"]]
    sig = significance.paired_bootstrap(METRICS[prim], y, {"reference": ref["test_scores"],
                                                          "probe": preds}, "reference", p.classes)["probe"]
    return {"diff_ci": [round(v, 4) for v in sig["diff_ci"]], "relation": sig["relation"],
            "probe_test": round(tests[sel], 4), "reproduced": sel == result["selected"]["layer"] and off < 1e-9,
            "max_layer_test_difference": off, "test_clips": int(len(y)), "resamples": significance.RESAMPLES,
            "level": significance.LEVEL}


def convergence_of(result: dict) -> dict:
    return result.get("convergence") or {}


def measure(model: str, task_name: str, data_root: str | None, results: Path | None, pair: bool = False) -> dict:
    from benchmark.config import registry
    from benchmark.config.metrics import METRICS
    from benchmark.pipeline import run
    from benchmark.pipeline.kinds import FrameLevel, kind_of
    from benchmark.results import best_layer

    sub, task = registry.get_submission(model), registry.get_task(task_name)
    opts = run.RunOptions(data_root=data_root, out=results or Path("/nonexistent"))
    # the board's own result when it is up to date (same weights, protocol, spec, data), else computed here
    result = (run.up_to_date(sub, task, opts) if results else None) or run.compute(sub, task, opts)
    probe_s = result["runtime"]["probe_s"]
    frame = isinstance(kind_of(task), FrameLevel)
    p = run.prepare(sub, task, opts)
    t0 = time.perf_counter()
    ref = frame_reference(p, task) if frame else clip_reference(p, task)
    ref_s = time.perf_counter() - t0
    prim = task.primary
    sel = result["selected"]["layer"]
    # the reference's layer by the board's rule (best validation score, ties to the lowest layer)
    ref_sel = best_layer([{"layer": l, "valid": {prim: r["valid"]}} for l, r in ref.items()], prim,
                         METRICS[prim].higher_is_better)["layer"]
    per_layer = {e["layer"]: e["test"][prim] for e in result["layers"]}
    diffs = [per_layer[l] - ref[l]["test"] for l in per_layer]
    conv = convergence_of(result)
    row = {"model": model, "task": task_name, "metric": prim,
           "probe": {"layer": sel, "test": round(result["selected"]["test"][prim], 4)},
           "reference": {"layer": ref_sel, "test": round(ref[ref_sel]["test"], 4), "C": ref[ref_sel]["C"]},
           "reference_at_probe_layer": round(ref[sel]["test"], 4),
           "difference": round(result["selected"]["test"][prim] - ref[ref_sel]["test"], 4),
           "mean_abs_difference_per_layer": round(float(np.mean(np.abs(diffs))), 4),
           "test_per_layer": {l: {"probe": round(per_layer[l], 4), "reference": round(ref[l]["test"], 4)}
                              for l in per_layer},
           "late_share": conv.get("late_share"), "selected_late": conv.get("selected_late"),
           "epochs_cap": conv.get("cap"), "probe_seconds": round(probe_s, 1),
           "reference_seconds": round(ref_s, 1)}
    if pair and not frame:
        row["paired"] = paired(p, task, result, ref[ref_sel])
    return row


def main() -> None:
    from perf import record_row

    ap = argparse.ArgumentParser(description=__doc__.split("\n")[0])
    ap.add_argument("--models", required=True)
    ap.add_argument("--tasks", required=True)
    ap.add_argument("--data-root")
    ap.add_argument("--results", help="a board folder (e.g. leaderboard): read its up-to-date result files "
                                      "instead of fitting the probes again")
    ap.add_argument("--threads", type=int, help="torch and BLAS threads (the features' cache key holds the count "
                                                 "they were extracted with: give the board's)")
    ap.add_argument("--paired", action="store_true", help="clip-level tasks: fit the probe again and bootstrap "
                                                          "probe - reference over the same test clips")
    ap.add_argument("--out", default=str(HERE / "results.json"))
    args = ap.parse_args()
    from benchmark import cpus

    cpus.configure(args.threads)
    rows = []
    for model in args.models.split(","):
        for task in args.tasks.split(","):
            row = measure(model, task, args.data_root, Path(args.results) if args.results else None, args.paired)
            rows.append(row)
            pr = row.get("paired")
            print(f"{model:14s} {task:16s} probe {row['probe']['test']:.3f} (layer {row['probe']['layer']})  "
                  f"reference {row['reference']['test']:.3f} (layer {row['reference']['layer']}, C "
                  f"{row['reference']['C']})  diff {row['difference']:+.3f}  late {row['late_share']}"
                  + (f"  paired {pr['relation']} [{pr['diff_ci'][0]:+.3f}, {pr['diff_ci'][1]:+.3f}]"
                     f"{'' if pr['reproduced'] else ' (fit again differs from the result)'}" if pr else ""),
                  flush=True)
            record_row(Path(args.out), "convergence", f"{model}/{task}", row)


if __name__ == "__main__":
    main()
