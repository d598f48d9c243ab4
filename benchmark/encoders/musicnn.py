"""musicnn (Pons & Serra 2019), the music tagging CNN, rebuilt in torch on the TensorFlow 1 checkpoints that
ship inside the musicnn 0.1.0 wheel (`musicnn/MTT_musicnn/`, `musicnn/MSD_musicnn/`: trained on the
MagnaTagATune and Million Song Dataset top-50 tags), read without TensorFlow (`tf_checkpoint`).

Input, as musicnn's extractor: 16 kHz, librosa's mel power spectrogram (n_fft 512, hop 256: 62.5 frames a second,
centred; 96 bands), then log10(10000 x + 1) in float16 as the original computes it, except where the original's
float16 product overflows (mel power above 6.55: the original then outputs NaN), computed there in float32.

Network (`models.build_musicnn`): a batch-normalised input; the front end's timbral branch (convolutions 7 x 38
and 7 x 67 over time x mel, 204 filters each, max over frequency) and temporal branch (1-D convolutions of 128,
64 and 32 frames along time, 51 filters each, max over frequency); the mid end's three 7-frame convolutions of 64
filters, the last two residual; the back end pools the concatenated 753 channels over time (max and mean,
interleaved per channel: 1506), then a 200-unit dense layer and the 50 tag logits. Every batch norm uses its
moving statistics (epsilon 1e-3).

Layers, each a sequence at 62.5 Hz: 0 timbral (408), 1 temporal (153), 2 cnn1, 3 cnn2, 4 cnn3 (64 each),
5 pooled (1506), 6 penultimate (200), 7 tag logits (50). Patch by patch, as musicnn's `extractor`: the log-mel of
the whole clip (librosa's centred frames) is cut into non-overlapping 3 s patches of 187 frames, and each patch
goes through the whole network on its own, its convolutions zero-padded at the patch's edges (they never see the
neighbouring patch). Frames 0-4 are the patch's frames; 5-7 are the patch's one output, held over its frames.
The original drops a clip's last partial patch (and cannot run a clip shorter than a patch); here the last
patch is the clip's final 187 frames (a whole patch of real audio, overlapping the one before), and it gives
only the frames no earlier patch has, so every frame is musicnn's output for the 3 s patch that holds it, and
the mean over a clip's frames weights each patch by the frames it alone covers. A clip shorter than a patch is
one patch of its own length (the network takes any length; musicnn's `input_length` does the same). The
patches, not the audio, are batched (`patch_batch`), so the features never depend on a chunk length.
"""
from __future__ import annotations

from typing import Callable, Literal

import numpy as np
import torch
import torch.nn.functional as F
from pydantic import Field
from torch import nn

from ..errors import BenchError
from . import tf_checkpoint
from .base import BuildContext, ControlledEncoder, ControlOptions, wheel_file

SAMPLE_RATE = 16000
N_FFT, HOP, N_MELS = 512, 256, 96
PATCH = 187  # frames in musicnn's 3 s training patches
BN_EPS = 1e-3  # tf.layers.batch_normalization's default
TIMBRAL = [(7, int(0.4 * N_MELS)), (7, int(0.7 * N_MELS))]  # 7 x 38, 7 x 67
TEMPORAL = [128, 64, 32]
FRONT_FILTERS, TEMPO_FILTERS, MID_FILTERS, DENSE_UNITS, TAGS = 204, 51, 64, 200, 50
LAYER_NAMES = ["timbral", "temporal", "cnn1", "cnn2", "cnn3", "pooled", "penultimate", "logits"]


def log_mel(wave: np.ndarray) -> np.ndarray:
    """[T] at 16 kHz -> [frames, 96] float32: musicnn's input representation, computed in float16 as the
    original does (the same numbers wherever the original's are finite); where its float16 `10000 x` overflows
    (mel power above 6.55, which ordinary music reaches) the original gives infinity and then NaN outputs, and
    this computes the same formula in float32 instead."""
    import librosa

    mel = librosa.feature.melspectrogram(y=np.asarray(wave, dtype=np.float32), sr=SAMPLE_RATE, hop_length=HOP,
                                         n_fft=N_FFT, n_mels=N_MELS).T
    with np.errstate(over="ignore"):
        half = np.log10(10000 * mel.astype(np.float16) + 1).astype(np.float32)
    wide = np.log10(10000 * mel.astype(np.float32) + 1)
    return np.where(np.isfinite(half), half, wide).astype(np.float32)


class BatchNorm(nn.Module):
    """Inference batch norm over the channel axis 1, TensorFlow's variables."""

    def __init__(self, n: int):
        super().__init__()
        self.gamma, self.beta = nn.Parameter(torch.ones(n)), nn.Parameter(torch.zeros(n))
        self.register_buffer("moving_mean", torch.zeros(n))
        self.register_buffer("moving_variance", torch.ones(n))

    def forward(self, x: torch.Tensor) -> torch.Tensor:
        return F.batch_norm(x, self.moving_mean, self.moving_variance, self.gamma, self.beta, False, 0.0, BN_EPS)


class MusicnnNet(nn.Module):
    """Module names follow the checkpoint's creation order: batch_normalization[_i], conv2d[_i], dense[_i]."""

    def __init__(self):
        super().__init__()
        self.bn_in = BatchNorm(1)
        self.timbral = nn.ModuleList(nn.Conv2d(1, FRONT_FILTERS, k) for k in TIMBRAL)
        self.timbral_bn = nn.ModuleList(BatchNorm(FRONT_FILTERS) for _ in TIMBRAL)
        self.temporal = nn.ModuleList(nn.Conv2d(1, TEMPO_FILTERS, (k, 1)) for k in TEMPORAL)
        self.temporal_bn = nn.ModuleList(BatchNorm(TEMPO_FILTERS) for _ in TEMPORAL)
        front = len(TIMBRAL) * FRONT_FILTERS + len(TEMPORAL) * TEMPO_FILTERS  # 561
        self.mid = nn.ModuleList(nn.Conv1d(c, MID_FILTERS, 7) for c in (front, MID_FILTERS, MID_FILTERS))
        self.mid_bn = nn.ModuleList(BatchNorm(MID_FILTERS) for _ in range(3))
        self.pool_bn = BatchNorm(2 * (front + 3 * MID_FILTERS))  # 1506
        self.dense = nn.Linear(2 * (front + 3 * MID_FILTERS), DENSE_UNITS)
        self.dense_bn = BatchNorm(DENSE_UNITS)
        self.out = nn.Linear(DENSE_UNITS, TAGS)

    def tf_names(self) -> list[tuple[str, nn.Module]]:
        """(checkpoint scope, module) in the order the original graph creates them."""
        bns = [self.bn_in, *self.timbral_bn, *self.temporal_bn, *self.mid_bn, self.pool_bn, self.dense_bn]
        convs = [*self.timbral, *self.temporal, *self.mid]
        scope = lambda base, i: base if i == 0 else f"{base}_{i}"  # noqa: E731
        return ([(scope("batch_normalization", i), m) for i, m in enumerate(bns)]
                + [(scope("conv2d", i), m) for i, m in enumerate(convs)]
                + [("dense", self.dense), ("dense_1", self.out)])

    def frames(self, mel: torch.Tensor) -> list[torch.Tensor]:
        """mel [B, T, 96] -> timbral [B, 408, T], temporal [B, 153, T], cnn1..3 [B, 64, T]."""
        x = self.bn_in(mel[:, None])  # [B, 1, T, 96]
        timbral = []
        for conv, bn in zip(self.timbral, self.timbral_bn):
            h = bn(F.relu(conv(F.pad(x, (0, 0, 3, 3)))))
            timbral.append(h.amax(dim=3))
        temporal = []
        for k, conv, bn in zip(TEMPORAL, self.temporal, self.temporal_bn):
            h = bn(F.relu(conv(F.pad(x, (0, 0, (k - 1) // 2, k // 2)))))  # TensorFlow's "same" padding
            temporal.append(h.amax(dim=3))
        front = torch.cat(timbral + temporal, 1)
        cnn1 = self.mid_bn[0](F.relu(self.mid[0](F.pad(front, (3, 3)))))
        cnn2 = self.mid_bn[1](F.relu(self.mid[1](F.pad(cnn1, (3, 3))))) + cnn1
        cnn3 = self.mid_bn[2](F.relu(self.mid[2](F.pad(cnn2, (3, 3))))) + cnn2
        return [torch.cat(timbral, 1), torch.cat(temporal, 1), cnn1, cnn2, cnn3]

    def back(self, mid: torch.Tensor) -> list[torch.Tensor]:
        """The back end on one patch's mid-end features [B, 753, T], pooled over its frames -> pooled [B, 1506, 1],
        penultimate [B, 200, 1], logits [B, 50, 1]."""
        pooled = torch.stack([mid.amax(2, keepdim=True), mid.mean(2, keepdim=True)], 2).flatten(1, 2)  # max, mean
        pooled = self.pool_bn(pooled)
        dense = self.dense_bn(F.relu(self.dense(pooled.transpose(1, 2)).transpose(1, 2)))
        return [pooled, dense, self.out(dense.transpose(1, 2)).transpose(1, 2)]

    def forward(self, mel: torch.Tensor) -> list[torch.Tensor]:
        """One patch per row: mel [B, T, 96] -> the five frame layers [B, C, T] and the three back-end layers
        [B, C, 1]."""
        front = self.frames(mel)
        return front + self.back(torch.cat(front, 1))


def variable_reader(weights: dict[str, np.ndarray], where: str, kind: str):
    """`take(name, shape)`: a checkpoint variable as a float32 tensor, or an error naming the file and the
    variable when it is missing (not a `kind` checkpoint?) or has another shape."""
    def take(name: str, shape: tuple[int, ...]) -> torch.Tensor:
        if name not in weights:
            raise BenchError(f"{where}: variable '{name}' is missing; not a {kind} checkpoint?")
        w = weights[name]
        if tuple(w.shape) != shape:
            raise BenchError(f"{where}: variable '{name}' has shape {list(w.shape)}, expected {list(shape)}")
        return torch.from_numpy(np.ascontiguousarray(w, dtype=np.float32))

    return take


def load_tf(net: MusicnnNet, weights: dict[str, np.ndarray], where: str) -> None:
    """The checkpoint's variables into the network, each checked for presence and shape (the optimizer's
    slots and counters are ignored)."""
    take = variable_reader(weights, where, "musicnn")
    with torch.no_grad():
        for scope, m in net.tf_names():
            if isinstance(m, BatchNorm):
                n = m.gamma.shape[0]
                for var in ("gamma", "beta", "moving_mean", "moving_variance"):
                    getattr(m, var).copy_(take(f"{scope}/{var}", (n,)))
            elif isinstance(m, nn.Linear):
                m.weight.copy_(take(f"{scope}/kernel", tuple(m.weight.shape[::-1])).T)
                m.bias.copy_(take(f"{scope}/bias", tuple(m.bias.shape)))
            else:  # TensorFlow's [height, width, in, out]
                if isinstance(m, nn.Conv1d):  # written as a 2-D convolution over [time, channels, 1]
                    out, cin, k = m.weight.shape
                    w = take(f"{scope}/kernel", (k, cin, 1, out))[:, :, 0].permute(2, 1, 0)
                else:
                    out, cin, kh, kw = m.weight.shape
                    w = take(f"{scope}/kernel", (kh, kw, cin, out)).permute(3, 2, 0, 1)
                m.weight.copy_(w)
                m.bias.copy_(take(f"{scope}/bias", tuple(m.bias.shape)))


def load_checkpoint(load: Callable[[nn.Module, dict[str, np.ndarray], str], None], net: nn.Module, model: str,
                    sub, ctx: BuildContext) -> str:
    """Read --checkpoint, else the entry's checkpoint, else the wheel's checkpoint `model`, into `net` with
    `load`; return the prefix read."""
    prefix = ctx.checkpoint or sub.checkpoint or wheel_checkpoint(model)
    load(net, tf_checkpoint.load(prefix), str(prefix))
    return str(prefix)


def wheel_checkpoint(model: str) -> str:
    """The checkpoint prefix inside the installed musicnn distribution (found without importing it: its import
    needs TensorFlow). The wheel's checkpoints have an empty file prefix: `<dir>/.index`."""
    index = wheel_file("musicnn", "0.1.0", f"musicnn/{model}/.index", f"'{model}' weights",
                       "a TensorFlow checkpoint prefix")
    return f"{index.parent}/"


def patch_plan(frames: int, keep_tail: bool = True) -> list[tuple[int, int]]:
    """(start, first frame it alone covers) of each PATCH-frame patch of a clip of `frames` log-mel frames:
    non-overlapping from frame 0, as musicnn's `extractor` cuts them. The remainder past the last whole patch:
    with `keep_tail`, one more patch, the clip's last PATCH frames (covering the remainder alone); without, dropped
    as the original drops it. A clip shorter than a patch: one patch from 0 (of its own length)."""
    if frames <= PATCH:
        return [(0, 0)]
    plan = [(s, s) for s in range(0, frames - PATCH + 1, PATCH)]
    end = plan[-1][0] + PATCH
    # k whole patches of audio give k x 187 + 1 centred frames: the extra frame is no patch of its own
    if keep_tail and frames - end > 1:
        plan.append((frames - PATCH, end))
    return plan


class MusicnnOptions(ControlOptions):
    model: Literal["MTT_musicnn", "MSD_musicnn"] = "MSD_musicnn"
    patch_batch: int = Field(16, gt=0, le=4096, description="3 s patches per forward pass (memory, not results)")


class Musicnn(ControlledEncoder):
    Options = MusicnnOptions
    sample_rate = SAMPLE_RATE
    frame_rate = SAMPLE_RATE / HOP
    frame_offset = 0.0  # librosa's centred frames
    hidden_sizes = [2 * FRONT_FILTERS, 3 * TEMPO_FILTERS, MID_FILTERS, MID_FILTERS, MID_FILTERS,
                    2 * (2 * FRONT_FILTERS + 3 * TEMPO_FILTERS + 3 * MID_FILTERS), DENSE_UNITS, TAGS]
    num_layers = len(hidden_sizes)

    layer_names = LAYER_NAMES

    max_seconds = None  # the patches are cut from the whole clip's log-mel and batched (patch_batch)

    net_class = MusicnnNet

    @classmethod
    def load_weights(cls, net: MusicnnNet, opts: MusicnnOptions, sub, ctx: BuildContext) -> str:
        return load_checkpoint(load_tf, net, opts.model, sub, ctx)

    def forward(self, wave: torch.Tensor) -> list[torch.Tensor]:
        """[B, T] -> eight layers [B, frames, D], patch by patch (see the module doc)."""
        mels = np.stack([log_mel(w) for w in wave.float().cpu().numpy()])  # [B, frames, 96]
        b, frames = mels.shape[:2]
        plan = patch_plan(frames)
        n = min(PATCH, frames)
        batch = torch.from_numpy(np.stack([m[s:s + n] for m in mels for s, _ in plan])).to(self.device)
        outs = [self.net(batch[i:i + self.o.patch_batch]) for i in range(0, len(batch), self.o.patch_batch)]
        layers = []
        for h in (torch.cat(o) for o in zip(*outs)):  # [B x patches, C, n] or [B x patches, C, 1]
            h = h.reshape(b, len(plan), h.shape[1], h.shape[2])
            own = [h[:, p, :, first - s:] if h.shape[-1] > 1 else h[:, p].expand(-1, -1, n - (first - s))
                   for p, (s, first) in enumerate(plan)]
            layers.append(torch.cat(own, -1).transpose(1, 2))
        return layers
