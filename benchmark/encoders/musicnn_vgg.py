"""The VGG-like tagging baseline of musicnn (Pons & Serra 2019), rebuilt in torch on the TensorFlow 1 checkpoints
inside the musicnn 0.1.0 wheel (`musicnn/MTT_vgg/`, `musicnn/MSD_vgg/`: trained on the MagnaTagATune and Million
Song Dataset top-50 tags), read without TensorFlow (`tf_checkpoint`).

Input: musicnn's log-mel (`musicnn.log_mel`: 16 kHz, 96 bands at 62.5 Hz) in 3 s patches of 187 frames, as
musicnn's `extractor` cuts it (the network is not fully convolutional: its dense layer reads a fixed 2 x 1 grid).

Network (`models.vgg`, 128 filters): a batch-normalised input, then five blocks of a 3 x 3 convolution, ReLU, batch
norm and max pooling over time x mel (4 x 1 stride 2, then 2 x 2, 2 x 2, 2 x 2, then 4 x 4): 92 x 48, 46 x 24,
23 x 12, 11 x 6 and 2 x 1 cells of 128 channels; the dense layer's 50 tag logits read the last grid flattened.

Layers, one vector per 3 s patch (frame rate 16000 / 256 / 187 = 0.334 Hz): 0-3 pool1-pool4, each block's output
averaged over the patch's time axis (mel x channels: 6144, 3072, 1536, 768); 4 pool5 flattened (256: what the
dense layer reads); 5 the tag logits (50). Patches do not overlap and, as musicnn's `extractor` cuts them, a
clip's last partial patch is dropped (`musicnn.patch_plan`): each patch counts once in a clip's mean, and every
patch is 3 s of the clip's own audio. A clip shorter than one patch, which the original cannot run, is one patch
completed with the log-mel of silence (0). The patches, not the audio, are batched (`patch_batch`), so the
features never depend on a chunk length.
"""
from __future__ import annotations

from typing import Literal

import numpy as np
import torch
import torch.nn.functional as F
from pydantic import Field
from torch import nn

from .base import BuildContext, ControlledEncoder, ControlOptions
from .musicnn import (HOP, N_MELS, PATCH, SAMPLE_RATE, BatchNorm, load_checkpoint, log_mel, patch_plan,
                      variable_reader)

FILTERS, TAGS = 128, 50
POOLS = [((4, 1), (2, 2)), ((2, 2), (2, 2)), ((2, 2), (2, 2)), ((2, 2), (2, 2)), ((4, 4), (4, 4))]
LAYER_NAMES = ["pool1", "pool2", "pool3", "pool4", "pool5", "logits"]


class VggNet(nn.Module):
    def __init__(self):
        super().__init__()
        self.bn_in = BatchNorm(1)
        self.convs = nn.ModuleList(nn.Conv2d(1 if i == 0 else FILTERS, FILTERS, 3, padding=1) for i in range(5))
        self.bns = nn.ModuleList(BatchNorm(FILTERS) for _ in range(5))
        self.dense = nn.Linear(2 * FILTERS, TAGS)

    def blocks(self, mel: torch.Tensor) -> list[torch.Tensor]:
        """mel [B, 187, 96] -> the five pooled block outputs [B, 128, time, mel]."""
        x = self.bn_in(mel[:, None])
        out = []
        for conv, bn, (size, stride) in zip(self.convs, self.bns, POOLS):
            x = F.max_pool2d(bn(F.relu(conv(x))), size, stride)
            out.append(x)
        return out

    def forward(self, mel: torch.Tensor) -> list[torch.Tensor]:
        """mel [B, 187, 96] -> the six layers [B, D]."""
        pools = self.blocks(mel)
        pool5 = pools[4].permute(0, 2, 3, 1).flatten(1)  # TensorFlow's [time, mel, channel] order: 256
        return [p.mean(2).flatten(1) for p in pools[:4]] + [pool5, self.dense(pool5)]


def load_tf(net: VggNet, weights: dict[str, np.ndarray], where: str) -> None:
    take = variable_reader(weights, where, "musicnn VGG")
    with torch.no_grad():
        for i, bn in enumerate([net.bn_in, *net.bns]):
            scope = "batch_normalization" if i == 0 else f"batch_normalization_{i}"
            for var in ("gamma", "beta", "moving_mean", "moving_variance"):
                getattr(bn, var).copy_(take(f"{scope}/{var}", (bn.gamma.shape[0],)))
        for i, conv in enumerate(net.convs):
            out, cin = conv.weight.shape[:2]
            conv.weight.copy_(take(f"{i + 1}CNN/kernel", (3, 3, cin, out)).permute(3, 2, 0, 1))
            conv.bias.copy_(take(f"{i + 1}CNN/bias", (out,)))
        net.dense.weight.copy_(take("dense/kernel", (2 * FILTERS, TAGS)).T)
        net.dense.bias.copy_(take("dense/bias", (TAGS,)))


def patches(mel: np.ndarray) -> np.ndarray:
    """[frames, 96] -> [patches, 187, 96]: musicnn's non-overlapping patches, the last partial one dropped; a
    clip shorter than a patch is one patch completed with zeros."""
    plan = patch_plan(len(mel), keep_tail=False)
    out = np.zeros((len(plan), PATCH, N_MELS), dtype=np.float32)
    for i, (s, _) in enumerate(plan):
        seg = mel[s:s + PATCH]
        out[i, :len(seg)] = seg
    return out


class VggOptions(ControlOptions):
    model: Literal["MTT_vgg", "MSD_vgg"] = "MTT_vgg"
    patch_batch: int = Field(32, gt=0, le=4096, description="3 s patches per forward pass (memory, not results)")


class MusicnnVgg(ControlledEncoder):
    Options = VggOptions
    sample_rate = SAMPLE_RATE
    frame_rate = SAMPLE_RATE / HOP / PATCH
    frame_offset = (PATCH // 2) / PATCH  # a patch's centre: its frame 93 of 187 (librosa's centred frames)
    hidden_sizes = [48 * FILTERS, 24 * FILTERS, 12 * FILTERS, 6 * FILTERS, 2 * FILTERS, TAGS]
    num_layers = len(hidden_sizes)
    max_seconds = None  # the patches are cut from the whole clip's log-mel and batched (patch_batch)

    layer_names = LAYER_NAMES

    net_class = VggNet

    @classmethod
    def load_weights(cls, net: VggNet, opts: VggOptions, sub, ctx: BuildContext) -> str:
        return load_checkpoint(load_tf, net, opts.model, sub, ctx)

    def forward(self, wave: torch.Tensor) -> list[torch.Tensor]:
        """[B, T] -> six layers [B, patches, D]."""
        batch = np.stack([patches(log_mel(w)) for w in wave.float().cpu().numpy()])  # [B, P, 187, 96]
        b, p = batch.shape[:2]
        flat = torch.from_numpy(batch).to(self.device).flatten(0, 1)
        outs = [self.net(flat[i:i + self.o.patch_batch]) for i in range(0, len(flat), self.o.patch_batch)]
        return [torch.cat(h).reshape(b, p, -1) for h in zip(*outs)]
