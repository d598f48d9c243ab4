"""An in-memory torch module as an encoder (the Python API): `module(wave[B, T])` returns every layer's
hidden states as a list of [B, frames, D] tensors, at a sample rate the caller declares."""
from __future__ import annotations

import hashlib
from typing import Any

import numpy as np
import torch

from ..errors import BenchError
from .base import Encoder, count_params


def module_sha256(module: torch.nn.Module) -> str:
    """Content hash of a module's state (names, shapes, dtypes, values): what its outputs depend on, with its
    class; the feature cache and the result file's identity use it."""
    h = hashlib.sha256(f"{type(module).__module__}.{type(module).__qualname__}".encode())
    for name, t in sorted(module.state_dict().items()):
        a = t.detach().to("cpu").contiguous()
        h.update(f"{name}:{tuple(a.shape)}:{a.dtype}".encode())
        h.update(a.view(torch.uint8).numpy().tobytes() if a.numel() else b"")
    return h.hexdigest()


class ModuleEncoder(Encoder):
    def __init__(self, module: torch.nn.Module, sample_rate: int, max_seconds: float | None = None,
                 device: torch.device | str = "cpu") -> None:
        if not isinstance(sample_rate, int) or sample_rate <= 0:
            raise BenchError(f"evaluate(): sample_rate must be a positive int (Hz) for a torch module, got "
                             f"{sample_rate!r}")
        self.module = module.eval().to(device)
        self.device = torch.device(device)
        self.sample_rate, self.max_seconds = sample_rate, max_seconds
        self.params = count_params(module)
        with torch.inference_mode():  # one second of silence tells the layers, widths and frame rate
            states = self.forward(torch.zeros(1, sample_rate, device=self.device))
        self.num_layers = len(states)
        self.hidden_sizes = [int(h.shape[-1]) for h in states]
        self.frame_rate = float(states[0].shape[1])

    def forward(self, wave: torch.Tensor) -> list[torch.Tensor]:
        states = self.module(wave)
        if isinstance(states, torch.Tensor) and states.dim() == 4:
            states = list(states)
        if not isinstance(states, (list, tuple)) or not states or not all(
                isinstance(h, torch.Tensor) and h.dim() == 3 and h.shape[0] == wave.shape[0] for h in states):
            raise BenchError(f"evaluate(): {type(self.module).__name__}(wave[B, T]) must return a list of hidden "
                             "states, each a [B, frames, D] tensor")
        widths = [int(h.shape[-1]) for h in states]
        if hasattr(self, "hidden_sizes") and widths != self.hidden_sizes:
            raise BenchError(f"evaluate(): {type(self.module).__name__}(wave[{wave.shape[0]}, {wave.shape[1]}]) "
                             f"returned {len(widths)} layers of widths {widths}; its first call (one second of "
                             f"silence) returned {self.num_layers} of widths {self.hidden_sizes}: every input must "
                             "give the same layers")
        return list(states)

    def describe(self) -> dict[str, Any]:
        return {**super().describe(), "module": f"{type(self.module).__module__}.{type(self.module).__qualname__}"}


def encoder_sha256(enc: Encoder) -> str:
    """Content hash of an Encoder instance's weights: the state of every torch module among its attributes,
    with its class and description."""
    h = hashlib.sha256(f"{type(enc).__module__}.{type(enc).__qualname__}".encode())
    for key, value in sorted(vars(enc).items()):
        if isinstance(value, torch.nn.Module):
            h.update(f"{key}={module_sha256(value)}".encode())
        elif isinstance(value, (int, float, str, bool, list, tuple)) or value is None:
            h.update(f"{key}={value!r}".encode())
        elif isinstance(value, np.ndarray):
            h.update(key.encode() + value.tobytes())
    return h.hexdigest()
