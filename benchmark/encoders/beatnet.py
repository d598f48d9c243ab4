"""BeatNet (Heydari, Cwitkowitz and Duan, ISMIR 2021), a convolutional-recurrent network trained for joint beat,
downbeat and meter tracking: model 1 of the BeatNet 1.1.3 wheel (`BeatNet/models/model_1_weights.pt`, a torch
state dict, CC BY 4.0; the model its authors trained on every dataset but GTZAN, so GTZAN stays unseen), rebuilt
here (the wheel's own code needs madmom and librosa at import) with its front end as BeatNet's LOG_SPECT computes
it through madmom's processors:

- 22.05 kHz mono; frames of 1411 samples (64 ms) every 441 (20 ms, 50 frames/s), frame i starting 705 samples
  before sample 441 i; the Hann-windowed magnitude spectrum (705 bins); madmom's LogarithmicFilterbank (24 bands
  an octave, 30 Hz up, area-normalised, bin-unique: 136 bands); log10(1 + x); and its positive difference to the
  frame before: 272 features;
- a 1-D convolution across the 272 features of each frame (2 kernels of 10, ReLU, max-pool 2), a dense layer to
  150, two unidirectional LSTM layers of 150 (torch's own: the causal, online network), a dense layer to 3 and a
  softmax over beat, downbeat and no beat.

Layers at 50 frames/s: 0 the features (272), 1 the pooled convolution (262), 2 the dense layer (150), 3-4 the LSTM
layers (150), 5 the beat and downbeat probabilities (2).
"""
from __future__ import annotations

import torch
import torch.nn.functional as F
from torch import nn

from ..errors import BenchError
from .base import ControlledEncoder, ControlOptions
from .madmom_beats import SpectralFeatures

SAMPLE_RATE, HOP, FRAME, BANDS = 22050, 441, 1411, 24
WEIGHTS_REL = "BeatNet/models/model_1_weights.pt"
LAYER_NAMES = ["spectral_features", "conv", "dense", "lstm1", "lstm2", "beat_downbeat"]
STATE = {"conv1.weight": (2, 1, 10), "conv1.bias": (2,), "linear0.weight": (150, 262), "linear0.bias": (150,),
         **{f"lstm.{kind}_{part}_l{i}": (600, 150) if kind == "weight" else (600,)
            for i in (0, 1) for kind in ("weight", "bias") for part in ("ih", "hh")},
         "linear.weight": (3, 150), "linear.bias": (3,)}


class BeatNetCRNN(nn.Module):
    def __init__(self):
        super().__init__()
        self.features = SpectralFeatures((BANDS,), (FRAME,), HOP, SAMPLE_RATE)
        self.conv1 = nn.Conv1d(1, 2, 10)
        self.linear0 = nn.Linear(2 * ((self.features.dim - 10 + 1) // 2), 150)
        self.lstm1 = nn.LSTM(150, 150, batch_first=True)
        self.lstm2 = nn.LSTM(150, 150, batch_first=True)
        self.linear = nn.Linear(150, 3)

    def forward(self, wave: torch.Tensor) -> list[torch.Tensor]:
        feats = self.features(wave)  # [B, T, 272]
        b, t, d = feats.shape
        conv = F.max_pool1d(F.relu(self.conv1(feats.reshape(b * t, 1, d))), 2).reshape(b, t, -1)
        dense = self.linear0(conv)
        h1, _ = self.lstm1(dense)
        h2, _ = self.lstm2(h1)
        probs = torch.softmax(self.linear(h2), -1)[..., :2]  # BeatNet keeps beat and downbeat
        return [feats, conv, dense, h1, h2, probs]


def load_state(net: BeatNetCRNN, path: str) -> None:
    """BeatNet's state dict (weights only: torch.load with weights_only) into `net`; its two-layer LSTM becomes
    two one-layer LSTMs, so that each layer's output is a hidden state."""
    try:
        state = torch.load(path, map_location="cpu", weights_only=True)
    except Exception as e:  # torch raises several types for a file that is not a state dict
        raise BenchError(f"{path}: not a BeatNet state dict ({type(e).__name__}: {e})") from None
    shapes = {k: tuple(v.shape) for k, v in state.items()} if isinstance(state, dict) else {}
    if shapes != STATE:
        raise BenchError(f"{path}: not BeatNet's BDA(272, 150, 2) weights: expected {len(STATE)} tensors "
                         f"({', '.join(list(STATE)[:3])}, ...), found {len(shapes)}")
    with torch.no_grad():
        for name in ("conv1", "linear0", "linear"):
            getattr(net, name).weight.copy_(state[f"{name}.weight"])
            getattr(net, name).bias.copy_(state[f"{name}.bias"])
        for i, lstm in enumerate((net.lstm1, net.lstm2)):
            for kind in ("weight", "bias"):
                for part in ("ih", "hh"):
                    getattr(lstm, f"{kind}_{part}_l0").copy_(state[f"lstm.{kind}_{part}_l{i}"])


class BeatNetEncoder(ControlledEncoder):
    Options = ControlOptions
    sample_rate = SAMPLE_RATE
    frame_rate = SAMPLE_RATE / HOP
    frame_offset = 0.0  # frame i centred on sample 441 i
    hidden_sizes = [272, 262, 150, 150, 150, 2]
    num_layers = len(hidden_sizes)
    max_seconds = None  # the LSTMs run over the whole clip from a zero state, as BeatNet's offline mode

    layer_names = LAYER_NAMES

    net_class = BeatNetCRNN
    wheel = ("BeatNet", "1.1.3", WEIGHTS_REL, "weights (model_1_weights.pt)",
             "the path of a BeatNet model_N_weights.pt")
    load_file = staticmethod(load_state)
