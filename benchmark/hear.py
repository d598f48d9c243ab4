"""Our encoders as a HEAR 2021 module, so that the HEAR evaluation kit and every tool built on its API evaluate
an entry at a chosen layer:

    import benchmark.hear as hear
    model = hear.load_model("musicnn-msd:4")        # "<entry>:<layer>", or a JSON/YAML file {model, layer}
    emb, ts = hear.get_timestamp_embeddings(audio, model)   # audio [n_sounds, n_samples] at model.sample_rate
    scene = hear.get_scene_embeddings(audio, model)         # [n_sounds, model.scene_embedding_size]

Timestamp embeddings are the layer's frames aligned to a 50 ms grid exactly as `bench run` aligns a
frame-level task's (extract.frames.encode_frames: frame k covers [k, k + 1) x 50 ms, its timestamp is the centre,
in milliseconds); the scene embedding is their mean over time. Each sound is encoded alone, so a sound's
embedding does not depend on the batch it comes in. `all` layers is refused: HEAR evaluates one embedding, and
concatenating layers would evaluate a wide mixture no layer analysis can read back; run `bench run --layers all`
for every layer, or one HEAR model per layer.
"""
from __future__ import annotations

from pathlib import Path

import numpy as np
import torch

from .config import registry
from .config.spec_yaml import load_yaml_with_includes
from .errors import BenchError
from .extract.entries import build_encoder
from .extract.frames import encode_frames, task_frames
from .encoders.base import BuildContext
from .encoders.hear_module import SAMPLE_RATES  # the rates HEAR's API allows

HOP_MS = 50.0  # the timestamp grid, HEAR's usual hop


class HearModel(torch.nn.Module):
    """One entry's encoder read at one layer, with the attributes HEAR's API asks of a model."""

    def __init__(self, entry: str, layer: int):
        super().__init__()
        sub = registry.get_submission(entry)
        self.encoder = build_encoder(sub, BuildContext(device=torch.device("cpu")))
        if not 0 <= layer < self.encoder.num_layers:
            raise BenchError(f"HEAR model '{entry}:{layer}': layer {layer} is not one of {entry}'s layers "
                             f"0-{self.encoder.num_layers - 1}")
        if self.encoder.sample_rate not in SAMPLE_RATES:
            raise BenchError(f"HEAR model '{entry}:{layer}': {entry} reads audio at {self.encoder.sample_rate} Hz; "
                             f"HEAR's API allows {', '.join(map(str, SAMPLE_RATES))} Hz only")
        self.entry, self.layer = entry, layer
        self.sample_rate = int(self.encoder.sample_rate)
        self.scene_embedding_size = self.timestamp_embedding_size = int(self.encoder.hidden_sizes[layer])


def _spec(model_file_path: str) -> tuple[str, str]:
    """(entry, layer) from "<entry>:<layer>" or a JSON/YAML file naming them."""
    path = Path(model_file_path)
    if model_file_path.endswith((".json", ".yaml", ".yml")):
        if not path.is_file():
            raise BenchError(f"HEAR model file {path}: not found (expected a JSON or YAML file with 'model' and "
                             "'layer')")
        doc = load_yaml_with_includes(path)
        if not isinstance(doc, dict) or "model" not in doc or "layer" not in doc:
            raise BenchError(f"{path}: expected the keys 'model' (an entry) and 'layer' (its index), found "
                             f"{sorted(doc) if isinstance(doc, dict) else type(doc).__name__}")
        return str(doc["model"]), str(doc["layer"])
    entry, sep, layer = model_file_path.rpartition(":")
    if not sep or not entry:
        raise BenchError(f"HEAR model '{model_file_path}': expected '<entry>:<layer>' (e.g. 'musicnn-msd:4') or a "
                         "JSON/YAML file naming 'model' and 'layer'")
    return entry, layer


def load_model(model_file_path: str = "") -> HearModel:
    """HEAR's load_model: the entry and layer `model_file_path` names (see the module doc)."""
    entry, layer = _spec(model_file_path)
    if layer == "all":
        raise BenchError(f"HEAR model '{model_file_path}': 'all' layers is refused: HEAR evaluates one embedding; "
                         "name one layer (bench run --layers all probes every layer)")
    if not layer.lstrip("-").isdigit():
        raise BenchError(f"HEAR model '{model_file_path}': the layer '{layer}' is not an integer")
    return HearModel(entry, int(layer))


def _check(audio: torch.Tensor, model: HearModel) -> None:
    if not isinstance(model, HearModel):
        raise BenchError(f"expected a model from benchmark.hear.load_model, got {type(model).__name__}")
    if audio.ndim != 2:
        raise BenchError(f"audio: expected a 2-D tensor [n_sounds, n_samples], got shape {tuple(audio.shape)}")


def get_timestamp_embeddings(audio: torch.Tensor, model: HearModel) -> tuple[torch.Tensor, torch.Tensor]:
    """([n_sounds, n_timestamps, size] float32, [n_sounds, n_timestamps] centres in ms) on a 50 ms grid."""
    _check(audio, model)
    fps = 1000.0 / HOP_MS
    n = max(1, task_frames(audio.shape[1] / model.sample_rate, fps))
    rows = [encode_frames(model.encoder, a, fps, n, [model.layer])[0]
            for a in audio.detach().cpu().numpy().astype(np.float32)]
    emb = torch.from_numpy(np.stack(rows)).float() if rows else torch.zeros(0, n, model.timestamp_embedding_size)
    ts = ((torch.arange(n, dtype=torch.float64) + 0.5) * HOP_MS).float().expand(len(rows), n)
    return emb.to(audio.device), ts.contiguous().to(audio.device)


def get_scene_embeddings(audio: torch.Tensor, model: HearModel) -> torch.Tensor:
    """[n_sounds, size] float32: the mean of the timestamp embeddings over time."""
    emb, _ = get_timestamp_embeddings(audio, model)
    return emb.mean(1)
