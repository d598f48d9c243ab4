"""Every speed and memory figure of issue 15 in one run, each ratio measured side by side on this machine, printed
and written to benchmarks/results.json (with the machine they came from). `make perf` runs it.

    python benchmarks/perf.py [--only extract,probes,rerun,memory,finetune] [--out benchmarks/results.json]

- extract: the harness (features.extract: decoding 44.1 kHz stereo WAVs in background threads, resampling,
  batching, the float32 cache and its checksum) against the bare encoder forward on the same clips already
  decoded, in the same batches; crepe-tiny and a small HuBERT-shaped model (random weights, built here), on CPU
  (and CUDA when present). Also the harness with decoding in line (--decode-workers 0).
- probes: one grid of 4 values of C (0.01-10), three ways: the batched fit of 13 layers x 4 L2 penalties
  l2 = 1 / (C x training clips) (5000 x 768 features, linear, 30 epochs), the same heads one at a time, and
  scikit-learn's LogisticRegression per layer and C; each chooses C per layer and the layer on validation.
- rerun: `bench run` on a 240-clip task, then the same command again (up to date: skipped), then with
  --overwrite (features from the cache, probes refitted).
- memory: peak RSS of `bench run --model logmel` at two dataset sizes, each in a fresh process.
- finetune: `bench finetune --model crepe-tiny --freeze-below 4` with the frozen prefix computed once, against
  running the whole network every step (the same scores).
- large (only with --only large, minutes): the probe stage on MERT-330M's shape, 20k clips x 25 layers x 1024,
  150 MLP heads; peak memory and time per epoch.
"""
from __future__ import annotations

import argparse
import json
import os
import platform
import subprocess
import sys
import tempfile
import time
from pathlib import Path

import numpy as np
import soundfile as sf

from benchmark.results import git_revision

# asked when a script starts (each imports this module before it measures): a row written hours later records the
# revision of the code that ran it, not a commit made while it ran
git_revision()

HERE = Path(__file__).resolve().parent
SR_FILE = 44100


def machine() -> dict:
    import torch

    from benchmark import cpus

    cpu = platform.processor() or platform.machine()
    try:
        for line in Path("/proc/cpuinfo").read_text().splitlines():
            if line.startswith("model name"):
                cpu = line.split(":", 1)[1].strip()
                break
    except OSError:
        pass
    return {"git_revision": git_revision(), "cpu": cpu, "usable_cores": cpus.usable_cores(),
            "host_cores": os.cpu_count(),
            "torch_threads": torch.get_num_threads(), "torch": torch.__version__,
            "cuda": torch.cuda.get_device_name(0) if torch.cuda.is_available() else None,
            "python": platform.python_version()}


def record_row(out: Path, section: str, key: str, row: dict) -> None:
    """Add one row to `section` of the results file (written atomically after each row, so a long run keeps what
    it measured); each row keeps the machine it was measured on, the section the last run's. The read, change and
    write hold a lock beside the file, so measurement scripts running at once all keep their rows (without it two
    that read before either wrote lose one's row)."""
    from filelock import FileLock

    from benchmark import atomic

    mach = machine()
    with FileLock(str(out) + ".lock"):
        doc = json.loads(out.read_text()) if out.is_file() else {}
        sec = doc.setdefault(section, {"machine": mach, "rows": {}})
        sec["machine"] = mach
        sec["rows"][key] = {**row, "machine": mach}
        atomic.write_json(out, doc, indent=1)


def tone_task(folder: Path, n: int, seconds: float = 4.0, seed: int = 0) -> Path:
    """n stereo 44.1 kHz WAVs of harmonic tones in two registers, a manifest, and a task spec."""
    rng = np.random.default_rng(seed)
    (folder / "data" / "tones" / "audio").mkdir(parents=True, exist_ok=True)
    t = np.arange(int(seconds * SR_FILE)) / SR_FILE
    rows = []
    for i in range(n):
        label = "low" if i % 2 else "high"
        f0 = rng.uniform(80, 200) if label == "low" else rng.uniform(800, 2000)
        wave = sum(k ** -1.0 * np.sin(2 * np.pi * k * f0 * t) for k in range(1, 5))
        wave = 0.3 * wave / np.abs(wave).max() + rng.normal(0, 0.01, len(t))
        sf.write(folder / "data" / "tones" / "audio" / f"{i:04d}.wav",
                 np.stack([wave, 0.8 * wave], 1).astype(np.float32), SR_FILE)
        split = "train" if i % 5 < 3 else "valid" if i % 5 == 3 else "test"
        rows.append({"audio": f"audio/{i:04d}.wav", "label": label, "split": split})
    (folder / "data" / "tones" / "manifest.jsonl").write_text("".join(json.dumps(r) + "\n" for r in rows))
    (folder / "tasks").mkdir(exist_ok=True)
    (folder / "tasks" / "tones.yaml").write_text(
        "include: _base_probe.yaml\nname: tones\nversion: 1\nfamily: acoustic\n"
        "dataset: {name: tones, manifest: tones/manifest.jsonl}\ntarget: multiclass\n"
        f"clip: {{seconds: {seconds}}}\nmetrics: [accuracy]\nprimary: accuracy\n")
    return folder / "data" / "tones" / "manifest.jsonl"


def small_hf(folder: Path) -> Path:
    import torch
    import transformers as tf

    torch.manual_seed(0)
    cfg = tf.HubertConfig(hidden_size=256, num_hidden_layers=4, num_attention_heads=4, intermediate_size=1024)
    tf.HubertModel(cfg).save_pretrained(folder)
    tf.Wav2Vec2FeatureExtractor(sampling_rate=16000, do_normalize=True).save_pretrained(folder)
    return folder


def extract_figures(tmp: Path, n: int, batch: int) -> dict:
    import torch

    from benchmark import cpus
    from benchmark.extract import features
    from benchmark.data.manifest import clip_ids, load_manifest
    from benchmark.encoders.base import BuildContext
    from benchmark.config.registry import build_encoder, get_submission
    from benchmark.config.specs import ClipSpec, Submission

    manifest = tone_task(tmp / "extract", n)
    clips = load_manifest(manifest)
    ids = clip_ids(manifest, clips)
    spec = ClipSpec(seconds=4.0)
    devices = ["cpu"] + (["cuda"] if torch.cuda.is_available() else [])
    out = {}
    for device in devices:
        ctx = BuildContext(device=torch.device(device))
        models = {"crepe-tiny": get_submission("crepe-tiny"),
                  "small-hubert": Submission(name="small-hubert", adapter="hf",
                                             checkpoint=str(small_hf(tmp / "small-hubert")))}
        for name, sub in models.items():
            enc = build_encoder(sub, ctx)
            waves = [features.load_clip(c, spec, enc.sample_rate) for c in clips]
            features.encode_pooled(enc, np.stack(waves[:batch]), "float32")  # warm-up
            t = time.perf_counter()
            for s in range(0, n, batch):
                [p.cpu().numpy() for p in features.encode_pooled(enc, np.stack(waves[s:s + batch]), "float32")]
            bare = time.perf_counter() - t
            row = {"bare_forward_s": round(bare, 3), "bare_clips_per_s": round(n / bare, 2)}
            for label, workers in (("harness", cpus.decode_workers(torch.get_num_threads())), ("harness_serial", 0)):
                os.environ["BENCH_CACHE"] = str(tmp / f"cache-{name}-{device}-{label}")
                t = time.perf_counter()
                features.extract(clips, spec, {"bench": f"{name}-{label}"}, ids, lambda: enc, "all", "float32",
                                 batch, "fail", True, 2.0, workers)
                took = time.perf_counter() - t
                row[f"{label}_s"] = round(took, 3)
                row[f"{label}_clips_per_s"] = round(n / took, 2)
                row[f"{label}_decode_workers"] = workers
            row["ratio_vs_bare"] = round(bare / row["harness_s"], 3)
            row["serial_ratio_vs_bare"] = round(bare / row["harness_serial_s"], 3)
            out[f"{name}/{device}"] = row
            print(f"  extract {name} on {device}: bare {row['bare_clips_per_s']} clips/s, harness "
                  f"{row['harness_clips_per_s']} ({row['ratio_vs_bare']:.2f}x of bare; decoding in line "
                  f"{row['serial_ratio_vs_bare']:.2f}x)", flush=True)
    ratios = [r["ratio_vs_bare"] for r in out.values()]
    return {"clips": n, "batch_size": batch, "clip_seconds": 4.0, "file": "44.1 kHz stereo WAV",
            "models": out, "ratio_vs_bare": min(ratios)}


def probe_figures(epochs: int) -> dict:
    from benchmark.pipeline.perf import probes_benchmark

    f = probes_benchmark(epochs=epochs, print_fn=lambda s: print("  " + s, flush=True))
    batched, sk = f["batched"], f["scikit-learn"]
    return {"setting": "13 layers x 4 values of C (0.01-10), 5000 x 768, 10 classes, linear, "
                       f"{epochs} epochs, lr 1e-3; ours: C as the L2 penalty 1 / (C x training clips); "
                       "scikit-learn: LogisticRegression per layer and C", "figures": f,
            "speedup_vs_one_by_one": round(f["one head at a time"]["seconds"] / batched["seconds"], 2),
            "speedup_vs_sklearn_same_grid": round(sk["seconds"] / batched["seconds"], 2),
            "selected_test_acc_minus_sklearn": round(batched["selected_test_acc"] - sk["selected_test_acc"], 4),
            "mean_test_acc_minus_sklearn": round(batched["mean_test_acc"] - sk["mean_test_acc"], 4)}


def _bench(args: list[str], env: dict) -> tuple[float, int]:
    """A `bench` command in a fresh process: its wall time and peak RSS in MiB."""
    code = ("import resource, sys; from benchmark.cli import main; rc = main(sys.argv[1:]); "
            "print('PEAK', resource.getrusage(resource.RUSAGE_SELF).ru_maxrss); sys.exit(rc)")
    t = time.perf_counter()
    p = subprocess.run([sys.executable, "-c", code, *args], env=env, capture_output=True, text=True)
    took = time.perf_counter() - t
    if p.returncode:
        raise SystemExit(f"bench {' '.join(args)} failed:\n{p.stderr[-2000:]}")
    peak = int(next(line.split()[1] for line in p.stdout.splitlines() if line.startswith("PEAK")))
    return took, peak // 1024


def _env(tmp: Path) -> dict:
    return {**os.environ, "BENCH_DATA": str(tmp / "data"), "BENCH_CACHE": str(tmp / "cache"),
            "BENCH_PATH": str(tmp)}


def rerun_figures(tmp: Path) -> dict:
    folder = tmp / "rerun"
    tone_task(folder, 240, seconds=2.0)
    args = ["run", "--model", "logmel", "--tasks", "tones", "--out", str(folder / "out")]
    first, _ = _bench(args, _env(folder))
    skip, _ = _bench(args, _env(folder))
    refit, _ = _bench(args + ["--overwrite"], _env(folder))
    print(f"  rerun: first {first:.1f} s, up-to-date re-run {skip:.1f} s ({first / skip:.1f}x), --overwrite from the "
          f"feature cache {refit:.1f} s", flush=True)
    return {"clips": 240, "first_s": round(first, 2), "skip_s": round(skip, 2), "overwrite_cached_s": round(refit, 2),
            "speedup": round(first / skip, 2), "speedup_overwrite_cached": round(first / refit, 2)}


def memory_figures(tmp: Path, sizes: list[int]) -> dict:
    peak = {}
    for n in sizes:
        folder = tmp / f"memory-{n}"
        tone_task(folder, n, seconds=4.0)
        took, mb = _bench(["run", "--model", "logmel", "--tasks", "tones", "--out", str(folder / "out")],
                          _env(folder))
        peak[str(n)] = mb
        print(f"  memory: {n} clips of 4 s, bench run --model logmel: peak RSS {mb} MiB ({took:.1f} s)", flush=True)
    return {"model": "logmel", "clip_seconds": 4.0, "peak_rss_mb": peak}


def finetune_figures(tmp: Path) -> dict:
    folder = tmp / "finetune"
    tone_task(folder, 30, seconds=2.0)
    (folder / "tasks" / "tones-ft.yaml").write_text(
        (folder / "tasks" / "tones.yaml").read_text().replace("name: tones\n", "name: tones-ft\n")
        + "protocol:\n  grid: {lr: [3.0e-3]}\n  seeds: [0]\n  epochs: 6\n  patience: 6\n")
    args = ["finetune", "--model", "crepe-tiny", "--task", "tones-ft", "--freeze-below", "4", "--encoder-lr", "1e-3"]
    cached, _ = _bench(args + ["--out", str(folder / "cached")], _env(folder))
    code = ("import sys; from benchmark.encoders.crepe import Crepe; Crepe.prefix = lambda self, w, k: None; "
            "from benchmark.cli import main; sys.exit(main(sys.argv[1:]))")
    t = time.perf_counter()
    subprocess.run([sys.executable, "-c", code, *args, "--out", str(folder / "full")], env=_env(folder), check=True,
                   capture_output=True)
    full = time.perf_counter() - t
    a, b = (json.loads((folder / w / "finetune" / "crepe-tiny" / "tones-ft" / "freeze-4.json").read_text())
            for w in ("cached", "full"))
    same = abs(a["selected"]["test"]["accuracy"] - b["selected"]["test"]["accuracy"]) < 1e-6
    fit_a, fit_b = a["runtime"]["probe_s"], b["runtime"]["probe_s"]  # the fine-tuning itself (prefix included)
    print(f"  finetune crepe-tiny, K=4 of 6, 30 clips of 2 s, 6 epochs: fine-tuning from the frozen prefix "
          f"{fit_a:.1f} s, whole forward every step {fit_b:.1f} s ({fit_b / fit_a:.1f}x; commands {cached:.1f} s vs "
          f"{full:.1f} s with start-up and feature extraction); same test accuracy: {same}", flush=True)
    return {"setting": "crepe-tiny (10 ms hop), freeze-below 4 of 6, 30 clips of 2 s (18 train), 1 grid point, "
                       "1 seed, 6 epochs, each in a fresh process", "cached_prefix_fit_s": fit_a, "full_forward_fit_s": fit_b,
            "speedup_cached_prefix": round(fit_b / fit_a, 2), "command_s": {"cached_prefix": round(cached, 2),
                                                                          "full_forward": round(full, 2)},
            "command_speedup": round(full / cached, 2), "same_scores": same}


def large_grid_figures(n: int, layers: int, dim: int, epochs: int) -> dict:
    """The probe stage alone on MERT-330M's shape: n clips x 25 layers x 1024, the shared protocol (MLP 512,
    2 learning rates, 3 seeds: 150 heads fitted together), a few epochs; its peak memory and time per epoch."""
    import torch

    from benchmark.config import registry
    from benchmark.probing.probes import Scoring, Split, fit, standardize

    rng = np.random.default_rng(0)
    classes = 10
    y = rng.integers(0, classes, n)
    centers = rng.normal(0, 1, (classes, dim)).astype(np.float32)
    X = np.empty((n, layers, dim), dtype=np.float32)
    for layer in range(layers):  # class signal that fades with depth
        X[:, layer] = centers[y] * (1.0 - layer / (2 * layers)) + rng.normal(0, 2.0, (n, dim)).astype(np.float32)
    a, b = int(0.6 * n), int(0.8 * n)
    parts = standardize(X[:a], X[a:b], X[b:])
    del X
    base = registry.load_task(registry.root() / "tasks" / "synth-instrument.yaml").protocol
    proto = base.model_copy(update={"epochs": epochs, "patience": epochs})
    before = resource_peak_mb()
    t = time.perf_counter()
    fit(*(Split(p, t_) for p, t_ in zip(parts, (y[:a], y[a:b], y[b:]))), Scoring("multiclass", classes, ["accuracy"],
        "accuracy"), protocol=proto, progress=False,
        device=torch.device("cuda" if torch.cuda.is_available() else "cpu"))
    took = time.perf_counter() - t
    peak = resource_peak_mb()
    heads = layers * len(proto.grid.lr) * len(proto.grid.weight_decay) * len(proto.seeds)
    print(f"  large grid: {n} clips x {layers} layers x {dim}, {heads} MLP heads together, {epochs} epochs: "
          f"{took / epochs:.0f} s an epoch, peak RSS {peak:,} MiB (features alone {n * layers * dim * 4 / 2**20:,.0f} "
          f"MiB; {before:,} MiB before the fit)", flush=True)
    return {"clips": n, "layers": layers, "dim": dim, "heads": heads, "epochs": epochs,
            "seconds_per_epoch": round(took / epochs, 1), "peak_rss_mb": peak, "peak_rss_before_fit_mb": before}


def resource_peak_mb() -> int:
    import resource

    return resource.getrusage(resource.RUSAGE_SELF).ru_maxrss // 1024


def main() -> None:
    ap = argparse.ArgumentParser(description=__doc__, formatter_class=argparse.RawDescriptionHelpFormatter)
    ap.add_argument("--only", help="comma-separated sections (default: all)")
    ap.add_argument("--out", default=str(HERE / "results.json"))
    ap.add_argument("--clips", type=int, default=64, help="extract: clips of 4 s")
    ap.add_argument("--batch", type=int, default=8, help="extract: clips per forward pass")
    ap.add_argument("--epochs", type=int, default=30, help="probes: epochs")
    ap.add_argument("--sizes", default="100,400", help="memory: dataset sizes")
    ap.add_argument("--large", default="20000,25,1024,2", help="large (not in the default sections): clips, "
                                                                "layers, dim, epochs")
    a = ap.parse_args()
    sections = a.only.split(",") if a.only else ["extract", "probes", "rerun", "memory", "finetune"]
    out = Path(a.out)
    doc = json.loads(out.read_text()) if out.is_file() else {}
    doc["machine"] = machine()
    print(f"machine: {doc['machine']}", flush=True)
    t_all = time.perf_counter()
    with tempfile.TemporaryDirectory() as tmp_s:
        tmp = Path(tmp_s)
        runs = {"extract": lambda: extract_figures(tmp, a.clips, a.batch), "probes": lambda: probe_figures(a.epochs),
                "rerun": lambda: rerun_figures(tmp), "memory": lambda: memory_figures(tmp, [int(s) for s in
                                                                                         a.sizes.split(",")]),
                "finetune": lambda: finetune_figures(tmp),
                "large": lambda: large_grid_figures(*[int(v) for v in a.large.split(",")])}
        for name in sections:
            t = time.perf_counter()
            doc[name] = {**runs[name](), "seconds": round(time.perf_counter() - t, 1)}
    doc["total_seconds"] = round(time.perf_counter() - t_all, 1)
    doc["measured"] = time.strftime("%Y-%m-%d %H:%M:%S %Z")
    from benchmark import atomic

    atomic.write_json(out, doc)
    print(f"wrote {out} ({doc['total_seconds']:.0f} s)")


if __name__ == "__main__":
    main()
