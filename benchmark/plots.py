"""Leaderboard figures (matplotlib, Agg): score vs layer per model, and models side by side per task."""
from __future__ import annotations

from pathlib import Path

import matplotlib

matplotlib.use("Agg")
import matplotlib.pyplot as plt  # noqa: E402

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


def model_layers(board: Board, model: str, out: Path) -> Path:
    """Test score of every layer's probe, one line per task, the validation-chosen layer marked; and the
    weighted-sum probe's layer weights as bars."""
    table = layer_table(board, model)
    with_weights = {t: d for t, d in table.items() if d["layer_weights"]}
    fig, axes = plt.subplots(1, 2 if with_weights else 1, figsize=(13 if with_weights else 7.5, 5.5),
                             squeeze=False)
    ax = axes[0][0]
    layers_seen: set[int] = set()
    for task, d in table.items():
        xs = sorted(d["scores"])
        layers_seen.update(xs)
        p = board.results[model][task]["primary_metric"]
        (line,) = ax.plot(xs, [d["scores"][x] for x in xs], marker="o", ms=4, label=f"{task} ({p})")
        ax.plot([d["selected"]], [d["scores"][d["selected"]]], marker="*", ms=14, color=line.get_color(),
                markeredgecolor="black")
    ax.set_xticks(sorted(layers_seen))
    ax.set_xlabel("layer (0 = the first state the encoder returns)")
    ax.set_ylabel("test score of the layer's probe")
    ax.set_title(f"{model}: score vs layer (star: layer chosen on validation)")
    _legend_below(ax, ncol=2, y=-0.15, grid_axis="both")
    if with_weights:
        ax = axes[0][1]
        n = len(with_weights)
        width = 0.8 / n
        for i, (task, d) in enumerate(with_weights.items()):
            xs = [x + (i - (n - 1) / 2) * width for x in d["weighted_sum_layers"]]
            ax.bar(xs, d["layer_weights"], width=width, label=task)
        ax.set_xticks(sorted({x for d in with_weights.values() for x in d["weighted_sum_layers"]}))
        ax.set_xlabel("layer")
        ax.set_ylabel("softmax weight")
        ax.set_title(f"{model}: weighted-sum probe's layer weights")
        _legend_below(ax, ncol=2, y=-0.15, grid_axis="y")
    return _save(fig, out / f"layers-{_slug(model)}.png")


def task_models(board: Board, task: str, out: Path) -> Path:
    """Per model: the validation-chosen layer (with seed spread), the last layer and the weighted sum."""
    rows = task_table(board, task)
    fig, ax = plt.subplots(figsize=(max(6.0, 1.3 * len(rows) + 2), 4.8))
    width = 0.27
    xs = range(len(rows))
    ax.bar([x - width for x in xs], [r["score"] for r in rows], width, yerr=[r["std"] for r in rows], capsize=3,
           label="layer chosen on validation")
    ax.bar(list(xs), [r["last_layer"] for r in rows], width, label="last layer")
    ax.bar([x + width for x in xs], [r["weighted_sum"] or 0 for r in rows], width, label="weighted sum")
    ax.set_xticks(list(xs))
    ax.set_xticklabels([f"{r['model']}\n(layer {r['layer']})" for r in rows], fontsize=9)
    ax.set_ylabel(f"test {board.results[rows[0]['model']][task]['primary_metric']}")
    ax.set_title(f"{task}: models side by side")
    _legend_below(ax, ncol=3, y=-0.2, grid_axis="y")
    return _save(fig, out / f"task-{_slug(task)}.png")


def similarity_heatmaps(matrices: dict[str, list[list[float]]], layers_a: list[int], layers_b: list[int],
                        label_a: str, label_b: str, title: str, path: Path) -> Path:
    """One heatmap per measure, layers of a down, layers of b across."""
    fig, axes = plt.subplots(1, len(matrices), figsize=(4.6 * len(matrices) + 1, 4.6), squeeze=False)
    for ax, (name, m) in zip(axes[0], matrices.items()):
        im = ax.imshow(m, origin="lower", vmin=0, vmax=1, cmap="viridis", aspect="auto")
        ax.set_xticks(range(len(layers_b)), [str(x) for x in layers_b], fontsize=7)
        ax.set_yticks(range(len(layers_a)), [str(x) for x in layers_a], fontsize=7)
        ax.set_xlabel(f"{label_b} layer")
        ax.set_ylabel(f"{label_a} layer")
        ax.set_title(name.replace("_", " "))
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
