"""The network MusicFM and MuQ share: a 24 kHz log-mel front end, a residual 2-D conv subsampler and a
transformers Wav2Vec2Conformer encoder, returning 13 hidden states.

Written from the published facts of minzwon/musicfm and tencent-ailab/MuQ (their code is not copied). The
state-dict names below (`conv.conv.{0,1}.conv1 ...`, `conv.linear`, `conformer.layers.N ...`) are those of the
official checkpoints after their `model.` prefix.

Hidden states: 0 = the subsampler's output, i = block i's output for i = 1..L-1, L = block L's output after the
encoder's final LayerNorm. The blocks are run here one by one rather than through the encoder's own forward,
whose `hidden_states` output changed in transformers 5.16; so the states do not depend on the installed version.
"""
from __future__ import annotations

from dataclasses import dataclass

import numpy as np
import torch
import torch.nn.functional as F
from torch import nn


@dataclass(frozen=True)
class MelConfig:
    sample_rate: int = 24000
    n_fft: int = 2048
    hop_length: int = 240
    n_mels: int = 128
    f_min: float = 0.0
    f_max: float | None = None  # None: Nyquist (12 kHz at 24 kHz)
    mean: float = 6.768444971712967  # melspec_2048_mean of the MSD stats
    std: float = 18.417922652295623  # melspec_2048_std


def htk_mel_filterbank(sr: int, n_fft: int, n_mels: int, f_min: float, f_max: float) -> np.ndarray:
    """[n_fft // 2 + 1, n_mels] triangular filters equally spaced on the HTK mel scale, peak 1, no area
    normalisation (torchaudio's default, librosa's `htk=True, norm=None`), in float64."""
    def to_mel(f):
        return 2595.0 * np.log10(1.0 + np.asarray(f) / 700.0)

    def to_hz(m):
        return 700.0 * (10.0 ** (np.asarray(m) / 2595.0) - 1.0)

    freqs = np.linspace(0, sr / 2, n_fft // 2 + 1)
    edges = to_hz(np.linspace(to_mel(f_min), to_mel(f_max), n_mels + 2))
    lower, centre, upper = edges[:-2], edges[1:-1], edges[2:]
    rising = (freqs[:, None] - lower) / (centre - lower)
    falling = (upper - freqs[:, None]) / (upper - centre)
    return np.maximum(0.0, np.minimum(rising, falling))


class MelFrontEnd(nn.Module):
    """wave [B, T] -> normalised log-mel [B, n_mels, T // hop], always computed in float32."""

    def __init__(self, cfg: MelConfig):
        super().__init__()
        self.cfg = cfg
        fb = htk_mel_filterbank(cfg.sample_rate, cfg.n_fft, cfg.n_mels, cfg.f_min, cfg.f_max or cfg.sample_rate / 2)
        self.register_buffer("fb", torch.tensor(fb, dtype=torch.float32), persistent=False)
        self.register_buffer("window", torch.hann_window(cfg.n_fft), persistent=False)

    def power_db(self, wave: torch.Tensor) -> torch.Tensor:
        """Unnormalised dB mel power [B, n_mels, frames], the last frame dropped."""
        with torch.autocast(wave.device.type, enabled=False):
            spec = torch.stft(wave.float(), self.cfg.n_fft, self.cfg.hop_length, window=self.window, center=True,
                              pad_mode="reflect", return_complex=True)
            power = spec.real.square() + spec.imag.square()  # [B, freq, frames]
            mel = torch.einsum("bft,fm->bmt", power, self.fb)
            return (10.0 * torch.log10(mel.clamp_min(1e-10)))[..., :-1]

    def forward(self, wave: torch.Tensor) -> torch.Tensor:
        return (self.power_db(wave) - self.cfg.mean) / self.cfg.std


class Res2d(nn.Module):
    """conv3x3-BN-ReLU-conv3x3-BN plus a conv3x3-BN shortcut (first conv and shortcut strided), ReLU after."""

    def __init__(self, cin: int, cout: int, stride: tuple[int, int]):
        super().__init__()
        self.conv1 = nn.Conv2d(cin, cout, 3, stride=stride, padding=1)
        self.bn1 = nn.BatchNorm2d(cout)
        self.conv2 = nn.Conv2d(cout, cout, 3, padding=1)
        self.bn2 = nn.BatchNorm2d(cout)
        self.conv3 = nn.Conv2d(cin, cout, 3, stride=stride, padding=1)
        self.bn3 = nn.BatchNorm2d(cout)

    def forward(self, x: torch.Tensor) -> torch.Tensor:
        out = self.bn2(self.conv2(F.relu(self.bn1(self.conv1(x)))))
        return F.relu(out + self.bn3(self.conv3(x)))


class Subsampler(nn.Module):
    """[B, n_mels, frames] -> [B, frames / time_stride, dim]: two Res2d blocks halving the mel axis twice and the
    time axis by `time_strides`, then the [channels, mel] axes flattened channel-major and projected."""

    def __init__(self, channels: int, dim: int, n_mels: int, time_strides: tuple[int, int] = (2, 2)):
        super().__init__()
        self.conv = nn.Sequential(Res2d(1, channels, (2, time_strides[0])),
                                  Res2d(channels, channels, (2, time_strides[1])))
        self.linear = nn.Linear(channels * (n_mels // 4), dim)

    def forward(self, mel: torch.Tensor) -> torch.Tensor:
        x = self.conv(mel[:, None])  # [B, C, mel/4, t]
        b, c, f, t = x.shape
        return self.linear(x.permute(0, 3, 1, 2).reshape(b, t, c * f))


@dataclass(frozen=True)
class ArchConfig:
    encoder_dim: int = 1024
    encoder_depth: int = 12
    num_heads: int = 16
    ffn_dim: int = 4096
    conv_dim: int = 512
    depthwise_kernel: int = 31
    rotary_base: int = 10000
    layer_norm_eps: float = 1e-5
    dropout: float = 0.1
    time_strides: tuple[int, int] = (2, 2)


def conformer_config(a: ArchConfig, overrides: dict | None = None):
    """The Wav2Vec2Conformer configuration, written here (MusicFM's code fetches one from the Hub)."""
    from transformers import Wav2Vec2ConformerConfig

    kw = dict(hidden_size=a.encoder_dim, num_hidden_layers=a.encoder_depth, num_attention_heads=a.num_heads,
              intermediate_size=a.ffn_dim, hidden_act="swish", conv_depthwise_kernel_size=a.depthwise_kernel,
              position_embeddings_type="rotary", rotary_embedding_base=a.rotary_base,
              layer_norm_eps=a.layer_norm_eps, hidden_dropout=a.dropout, attention_dropout=a.dropout,
              activation_dropout=a.dropout)
    kw.update(overrides or {})
    kw.update(hidden_size=a.encoder_dim, num_hidden_layers=a.encoder_depth, layerdrop=0.0)
    cfg = Wav2Vec2ConformerConfig(**kw)
    cfg._attn_implementation = "sdpa"
    return cfg


class MusicConformer(nn.Module):
    """Front end + subsampler + Conformer blocks; `forward` returns encoder_depth + 1 hidden states."""

    def __init__(self, arch: ArchConfig, mel: MelConfig, conformer_overrides: dict | None = None):
        super().__init__()
        from transformers.models.wav2vec2_conformer.modeling_wav2vec2_conformer import Wav2Vec2ConformerEncoder

        self.arch = arch
        self.front = MelFrontEnd(mel)
        self.conv = Subsampler(arch.conv_dim, arch.encoder_dim, mel.n_mels, arch.time_strides)
        self.conformer = Wav2Vec2ConformerEncoder(conformer_config(arch, conformer_overrides))
        del self.conformer.pos_conv_embed  # in the checkpoints, never used with rotary embeddings

    @property
    def frame_rate(self) -> float:
        c = self.front.cfg
        return c.sample_rate / c.hop_length / (self.arch.time_strides[0] * self.arch.time_strides[1])

    def blocks(self, x: torch.Tensor) -> list[torch.Tensor]:
        h = self.conformer.dropout(x)
        return [h, *self.tail(h, 0)]

    def tail(self, h: torch.Tensor, k: int) -> list[torch.Tensor]:
        """States k+1.. from state k: conformer layers k.., the final LayerNorm on the last."""
        enc = self.conformer
        rel = enc.embed_positions(h) if enc.embed_positions is not None else None
        states = []
        for layer in enc.layers[k:]:
            out = layer(h, attention_mask=None, relative_position_embeddings=rel)
            h = out[0] if isinstance(out, tuple) else out  # a tuple before transformers 5
            states.append(h)
        states[-1] = enc.layer_norm(h)
        return states

    def forward(self, wave: torch.Tensor) -> list[torch.Tensor]:
        return self.blocks(self.conv(self.front(wave)))
