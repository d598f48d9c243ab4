"""Handcrafted single-layer baselines computed with librosa: log-mel, MFCC, chroma."""
from __future__ import annotations

from typing import Literal

import numpy as np
import torch
from pydantic import BaseModel, Field

from .base import OPTIONS_CONFIG, BuildContext, Encoder


class HandcraftedOptions(BaseModel):
    model_config = OPTIONS_CONFIG
    sample_rate: int = Field(16000, gt=0, le=384_000)
    n_fft: int = Field(1024, gt=0, le=65536)
    hop_length: int = Field(320, gt=0, le=65536)
    n_mels: int = Field(128, gt=0, le=1024)
    n_mfcc: int = Field(20, gt=0, le=1024)


class Handcrafted(Encoder):
    kind: Literal["logmel", "mfcc", "chroma"]
    Options = HandcraftedOptions

    def __init__(self, opts: HandcraftedOptions):
        self.o = opts
        self.sample_rate = opts.sample_rate
        self.num_layers = 1
        self.frame_rate = opts.sample_rate / opts.hop_length
        self.frame_offset = 0.0  # librosa centres frame j on sample j x hop
        self.hidden_sizes = [{"logmel": opts.n_mels, "mfcc": opts.n_mfcc, "chroma": 12}[self.kind]]

    @classmethod
    def build(cls, sub, ctx: BuildContext) -> "Handcrafted":
        return cls(cls.Options.model_validate(sub.options))

    def _features(self, y: np.ndarray) -> np.ndarray:
        import librosa

        o = self.o
        if self.kind == "chroma":
            f = librosa.feature.chroma_stft(y=y, sr=o.sample_rate, n_fft=max(o.n_fft, 4096), hop_length=o.hop_length)
        else:
            mel = librosa.feature.melspectrogram(y=y, sr=o.sample_rate, n_fft=o.n_fft, hop_length=o.hop_length,
                                                 n_mels=o.n_mels)
            f = librosa.power_to_db(mel, ref=1.0, amin=1e-10)
            if self.kind == "mfcc":
                f = librosa.feature.mfcc(S=f, n_mfcc=o.n_mfcc)
        return f.T.astype(np.float32)

    def forward(self, wave: torch.Tensor) -> list[torch.Tensor]:
        feats = [self._features(w) for w in wave.float().cpu().numpy()]
        return [torch.from_numpy(np.stack(feats))]


class LogMel(Handcrafted):
    kind = "logmel"


class MFCC(Handcrafted):
    kind = "mfcc"


class Chroma(Handcrafted):
    kind = "chroma"
