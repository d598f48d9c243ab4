"""Leaderboard figures (matplotlib, Agg): score vs layer per model, and models side by side per task."""
from __future__ import annotations

from pathlib import Path

import matplotlib

matplotlib.use("Agg")
import matplotlib.pyplot as plt  # noqa: E402

import numpy as np  # noqa: E402

from ..config.metrics import chance, label  # noqa: E402
from .ranking import Board, layer_table, task_table  # noqa: E402


def _slug(name: str) -> str:
    return "".join(c if c.isalnum() or c in "-_" else "-" for c in name)


def _legend_below(ax, ncol: int, y: float, grid_axis: str) -> None:
    """Grid, and the legend under the axes, where it cannot cover a line or a bar."""
    ax.grid(alpha=0.3, axis=grid_axis)
    ax.legend(fontsize=8, loc="upper center", bbox_to_anchor=(0.5, y), ncol=ncol, frameon=False)


def _save(fig, path: Path) -> Path:
    fig.tight_layout()
    fig.savefig(path, dpi=110)
    plt.close(fig)
    return path


def single_layer(board: Board, model: str) -> bool:
    """A model whose every result has one layer: no layer figure, no last-layer bar."""
    return all(res["model"]["num_layers"] == 1 for res in board.results[model].values())


def model_layers(board: Board, model: str, out: Path) -> Path | None:
    """Test score of every layer's probe with its seed band (± std over probe seeds), one axis per metric, the
    validation-chosen layer starred; and the weighted-sum probe's layer weights as a heatmap (tasks x layers).
    None for a single-layer model (there is nothing to draw)."""
    if single_layer(board, model):
        return None
    table = layer_table(board, model)
    by_metric: dict[str, list[str]] = {}
    for task in table:
        by_metric.setdefault(board.results[model][task]["primary_metric"], []).append(task)
    with_weights = {t: d for t, d in table.items() if d["layer_weights"]}
    n_ax = len(by_metric) + (1 if with_weights else 0)
    cols = min(3, n_ax)
    rows = -(-n_ax // cols)
    fig, grid_axes = plt.subplots(rows, cols, figsize=(5.4 * cols + 1, 5.0 * rows), squeeze=False)
    axes = [list(grid_axes.flat)]
    for ax in axes[0][n_ax:]:
        ax.set_visible(False)
    for ax, (metric, tasks) in zip(axes[0], by_metric.items()):
        layers_seen: set[int] = set()
        for task in tasks:
            d = table[task]
            xs = sorted(d["scores"])
            layers_seen.update(xs)
            ys = np.array([d["scores"][x] for x in xs])
            sd = np.array([d["std"][x] for x in xs])
            (line,) = ax.plot(xs, ys, marker="o", ms=3, label=task)
            ax.fill_between(xs, ys - sd, ys + sd, color=line.get_color(), alpha=0.2, linewidth=0)
            ax.plot([d["selected"]], [d["scores"][d["selected"]]], marker="*", ms=13, color=line.get_color(),
                    markeredgecolor="black")
        _ticks(ax, sorted(layers_seen))
        ax.set_xlabel("layer (0 = the first state the encoder returns)")
        ax.set_ylabel(f"test {label(metric)}")
        ax.set_title(f"{label(metric)}: score vs layer")
        _legend_below(ax, ncol=2, y=-0.15, grid_axis="both")
    if with_weights:
        ax = axes[0][n_ax - 1]
        layers = sorted({x for d in with_weights.values() for x in d["weighted_sum_layers"]})
        grid = np.full((len(with_weights), len(layers)), np.nan)
        for i, d in enumerate(with_weights.values()):
            for x, w in zip(d["weighted_sum_layers"], d["layer_weights"]):
                grid[i, layers.index(x)] = w
        im = ax.imshow(grid, aspect="auto", cmap="viridis", vmin=0, vmax=float(np.nanmax(grid)))
        _ticks(ax, layers, positions=True)
        ax.set_yticks(range(len(with_weights)), list(with_weights), fontsize=8)
        ax.set_xlabel("layer")
        ax.set_title("weighted-sum probe: softmax layer weights")
        fig.colorbar(im, ax=ax, fraction=0.046, label="weight")
    fig.suptitle(f"{model}: per-layer probes (band: ± std over probe seeds; star: layer chosen on validation)",
                 fontsize=10)
    return _save(fig, out / f"layers-{_slug(model)}.png")


def _ticks(ax, layers: list[int], positions: bool = False) -> None:
    """Every layer up to 16, else every other one (or every fourth), so the labels stay readable."""
    step = 1 if len(layers) <= 16 else 2 if len(layers) <= 32 else 4
    shown = layers[::step]
    ax.set_xticks([layers.index(x) for x in shown] if positions else shown, [str(x) for x in shown], fontsize=8)


def task_models(board: Board, task: str, out: Path) -> Path:
    """Per model: the validation-chosen layer, the last layer (multi-layer models) and the weighted sum (where
    fitted), each with its spread over probe seeds; the chance level as a dashed line."""
    rows = task_table(board, task)
    any_res = board.results[rows[0]["model"]][task]
    metric = any_res["primary_metric"]
    bars = [("layer chosen on validation", "score", "std")]
    if any(r["num_layers"] > 1 for r in rows):
        bars.append(("last layer", "last_layer", "last_layer_std"))
    if any(r["weighted_sum"] is not None for r in rows):
        bars.append(("weighted sum", "weighted_sum", "weighted_sum_std"))
    fig, ax = plt.subplots(figsize=(max(6.0, 1.3 * len(rows) + 2), 4.8))
    width = 0.8 / len(bars)
    for i, (name, key, std) in enumerate(bars):
        keep = [(x, r) for x, r in enumerate(rows) if r[key] is not None and not (
            key == "last_layer" and r["num_layers"] == 1)]
        xs = [x + (i - (len(bars) - 1) / 2) * width for x, _ in keep]
        ax.bar(xs, [r[key] for _, r in keep], width, yerr=[r[std] or 0 for _, r in keep], capsize=3, label=name)
    level = chance(metric, any_res["task"].get("classes") or [])
    if level is not None:
        ax.axhline(level, color="grey", linestyle="--", linewidth=1, label=f"chance ({level:.3g})")
    ax.set_xticks(range(len(rows)), [f"{r['model']}\n(layer {r['layer']})" for r in rows], fontsize=9)
    ax.set_ylabel(f"test {label(metric)}")
    ax.set_title(f"{task}: models side by side (error bars: ± std over probe seeds)", fontsize=10)
    _legend_below(ax, ncol=len(bars) + 1, y=-0.2, grid_axis="y")
    return _save(fig, out / f"task-{_slug(task)}.png")


MEASURE_TITLES = {"cka": "linear CKA", "cka_debiased": "debiased CKA", "svcca": "SVCCA"}


def similarity_heatmaps(matrices: dict[str, list[list[float]]], layers_a: list[int], layers_b: list[int],
                        label_a: str, label_b: str, title: str, path: Path) -> Path:
    """One heatmap per measure, layers of a down, layers of b across; each colour scale fitted to its values
    (shown by its bar), the values written in the cells up to 16 x 16 layers."""
    fig, axes = plt.subplots(1, len(matrices), figsize=(5.2 * len(matrices) + 1, 5.0), squeeze=False)
    for ax, (name, m) in zip(axes[0], matrices.items()):
        arr = np.asarray(m, dtype=float)
        lo, hi = float(np.nanmin(arr)), float(np.nanmax(arr))
        im = ax.imshow(arr, origin="lower", vmin=lo, vmax=hi if hi > lo else lo + 1e-6, cmap="viridis",
                       aspect="auto")
        _ticks(ax, list(layers_b), positions=True)
        step = 1 if len(layers_a) <= 16 else 2 if len(layers_a) <= 32 else 4
        ax.set_yticks(range(0, len(layers_a), step), [str(x) for x in layers_a[::step]], fontsize=8)
        if len(layers_a) <= 16 and len(layers_b) <= 16:
            mid = (lo + hi) / 2
            for i in range(arr.shape[0]):
                for j in range(arr.shape[1]):
                    ax.text(j, i, f"{arr[i, j]:.2f}", ha="center", va="center", fontsize=6,
                            color="black" if arr[i, j] > mid else "white")
        ax.set_xlabel(f"{label_b} layer")
        ax.set_ylabel(f"{label_a} layer")
        ax.set_title(MEASURE_TITLES.get(name, name.replace("_", " ")))
        fig.colorbar(im, ax=ax, fraction=0.046)
    fig.suptitle(title)
    return _save(fig, path)


def strategy_bars(table: dict, model: str, path: Path) -> Path:
    """Test score per task under each layer strategy."""
    rows = table["tasks"]
    names = ["per_task", "general", "family", "last", "weighted_sum"]
    fig, ax = plt.subplots(figsize=(max(7.0, 1.5 * len(rows) + 2), 4.8))
    width = 0.8 / len(names)
    for i, s in enumerate(names):
        xs = [x + (i - (len(names) - 1) / 2) * width for x in range(len(rows))]
        ax.bar(xs, [r["test"][s] if r["test"][s] is not None else 0 for r in rows], width, label=s.replace("_", " "))
    ax.set_xticks(range(len(rows)), [f"{r['task']}\n({r['metric']})" for r in rows], fontsize=8)
    ax.set_ylabel("test score")
    ax.set_title(f"{model}: layer strategies (general layer {table['general_layer']})")
    _legend_below(ax, ncol=5, y=-0.2, grid_axis="y")
    return _save(fig, path)
