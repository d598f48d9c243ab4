"""`bench export mteb`: the board's result files in the layout and keys of MTEB's result files (MAEB, its audio
extension, keeps its numbers the same way), so that mteb's result cache, leaderboard and tools read them:

    OUT/results/<org>__<model>/<revision>/model_meta.json          the model (a ModelMeta)
    OUT/results/<org>__<model>/<revision>/<task>.json              the layer chosen on validation (a TaskResult)
    OUT/results/<org>__<model>/<revision>/experiments/layer-<k>/   every layer, each with its model_meta.json
    OUT/results/<org>__<model>/<revision>/experiments/weighted-sum/

A TaskResult holds task_name, dataset_revision (our data hash), mteb_version (the mteb release whose format
these files follow), scores by split ("test", "validation": one entry, hf_subset "default", languages
["zxx-Zxxx"] as MAEB's music tasks, main_score the task's primary metric, every metric of the task, the layer, its
name, our protocol hash, the encoder identity and the version of ours that made the result, from its file),
evaluation_time (extraction + probes, seconds) and date (ISO 8601, as the result file's `created`).
Reads the files the board would rank (ranking.load: audited against the current specs), nothing else.
"""
from __future__ import annotations

from datetime import datetime
from pathlib import Path
from typing import Any

from .. import atomic
from . import ranking

MTEB_FORMAT = "2.26.24"  # the mteb release whose TaskResult and ModelMeta fields these files follow
ORG = "music-layer-bench"  # the organisation part of a model's MTEB name: <ORG>/<our model name>
LANGUAGES = ["zxx-Zxxx"]  # no linguistic content (ISO 639-3 zxx, ISO 15924 Zxxx), as MAEB's music tasks
NO_REVISION = "no_revision_available"  # mteb's folder for a model without a revision


def model_folder(name: str) -> str:
    """mteb's path form of a model name: '/' -> '__', ' ' -> '_'."""
    return f"{ORG}/{name}".replace("/", "__").replace(" ", "_")


def revision(res: dict[str, Any]) -> str:
    """The model's revision folder: the entry's revision, else the weights' sha256 (first 12), else mteb's
    placeholder."""
    m = res["model"]
    return m.get("revision") or (m.get("weights_sha256") or "")[:12] or NO_REVISION


def model_meta(res: dict[str, Any], embed_dim: int | list[int]) -> dict[str, Any]:
    """A ModelMeta's fields for the result's model (what we do not know is None, as mteb allows; it forbids other
    keys, so our own record of the encoder is in each score entry)."""
    m = res["model"]
    checkpoint = m.get("checkpoint")
    return {
        "name": f"{ORG}/{m['name']}", "revision": revision(res), "release_date": None, "languages": None,
        "n_parameters": m.get("params"), "memory_usage_mb": None, "max_tokens": None, "embed_dim": embed_dim,
        "license": None, "open_weights": None, "public_training_code": None, "public_training_data": None,
        "framework": ["PyTorch"], "similarity_fn_name": None, "use_instructions": False,
        "training_datasets": None, "adapted_from": checkpoint if checkpoint and "/" in str(checkpoint) else None,
        "reference": f"https://huggingface.co/{checkpoint}" if checkpoint and "/" in str(checkpoint) else None,
        "modalities": ["audio"], "loader": None,
    }


def task_result(res: dict[str, Any], entry: dict[str, Any], layer: int | str) -> dict[str, Any]:
    """One TaskResult from a result file and one of its layer entries (selected, a layer, the weighted sum)."""
    created = res.get("created")
    rt = res.get("runtime", {})
    names = res["model"].get("layer_names") or []
    name = names[layer] if isinstance(layer, int) and layer < len(names) else str(layer)

    def split(scores: dict[str, float]) -> list[dict[str, Any]]:
        return [{**scores, "main_score": scores[res["primary_metric"]], "hf_subset": "default",
                 "languages": LANGUAGES, "layer": layer, "layer_name": name, "protocol_hash": res["protocol"]["hash"],
                 "encoder_identity": res["model"].get("identity"),
                 "music_layer_bench_version": res["env"]["packages"].get("music-layer-bench")}]

    return {"dataset_revision": res["task"]["data_hash"], "task_name": res["task"]["name"],
            "mteb_version": MTEB_FORMAT, "scores": {"test": split(entry["test"]), "validation": split(entry["valid"])},
            "evaluation_time": round(float(rt.get("extract_s") or 0) + float(rt.get("probe_s") or 0), 3),
            "kg_co2_emissions": None,
            "date": datetime.fromisoformat(created).isoformat() if created else None}


def export_mteb(results_dir: Path, out: Path) -> tuple[list[Path], list[str]]:
    """Write every rankable result file under `results_dir` in MTEB's layout under `out`; returns the files
    written and the board's problems (files left out, and why)."""
    board = ranking.load(results_dir)
    written: list[Path] = []
    for model, per_task in sorted(board.results.items()):
        for task, res in sorted(per_task.items()):
            sizes = res["model"].get("hidden_sizes") or []
            folder = Path(out) / "results" / model_folder(res["model"]["name"]) / revision(res)
            sel = res["selected"]["layer"]
            entries = [(folder, res["selected"], sel)]
            entries += [(folder / "experiments" / f"layer-{e['layer']}", e, e["layer"]) for e in res["layers"]]
            if res.get("weighted_sum"):
                entries.append((folder / "experiments" / "weighted-sum", res["weighted_sum"], "weighted-sum"))
            for where, entry, layer in entries:
                dim = sizes[layer] if isinstance(layer, int) and layer < len(sizes) else (max(sizes) if sizes else 0)
                atomic.write_json(where / "model_meta.json", model_meta(res, dim))
                path = where / f"{task}.json"
                atomic.write_json(path, task_result(res, entry, layer))
                written.append(path)
    return written, board.problems
