"""A HEAR 2021 module as an encoder: the entry names the module (`options.module`, e.g. hearbaseline.naive) and,
optionally, the file its `load_model` reads (`options.weights`). Two layers:

- 0 `timestamp`: `get_timestamp_embeddings`, at the module's own timestamps: its frame rate and the centre of its
  first frame are read from the timestamps of two seconds of silence when the encoder is built, and every later
  call must keep that grid, so its frames are aligned to a task's like any encoder's;
- 1 `scene`: `get_scene_embeddings`, repeated at every timestamp: pooled over time it is the scene embedding
  itself, and a frame-level task reads it as a constant.

A module that cannot be imported, lacks one of the API's three functions, or returns what the API does not
(shapes, a sample rate HEAR does not allow, timestamps off a regular grid) is an error naming the module and what
it returned. hearbaseline 2021.1.1 calls `librosa.filters.mel(sr, ...)` with `sr` positional, which librosa 0.10
and later refuse; its `load_model` runs with that one call's positional arguments passed by name.
"""
from __future__ import annotations

import contextlib
import importlib
from typing import Any, Iterator

import numpy as np
import torch
from pydantic import BaseModel, Field

from ..errors import BenchError
from .base import OPTIONS_CONFIG, BuildContext, Encoder, count_params

API = ("load_model", "get_scene_embeddings", "get_timestamp_embeddings")
SAMPLE_RATES = (16000, 22050, 44100, 48000)


class HearOptions(BaseModel):
    model_config = OPTIONS_CONFIG
    module: str = Field(pattern=r"^[A-Za-z_][A-Za-z0-9_]*(\.[A-Za-z_][A-Za-z0-9_]*)*$")
    weights: str | None = None  # the path handed to load_model ("" when not given)
    max_seconds: float | None = Field(None, gt=0)  # longer audio is cut into chunks of this length


@contextlib.contextmanager
def _librosa_mel_by_name() -> Iterator[None]:
    """librosa.filters.mel accepting (sr, n_fft, n_mels) positionally, as librosa < 0.10 did."""
    try:
        import librosa.filters as lf
    except ImportError:
        yield
        return
    original = lf.mel

    def mel(*args: Any, **kwargs: Any) -> Any:
        return original(**dict(zip(("sr", "n_fft", "n_mels"), args)), **kwargs)

    lf.mel = mel
    try:
        yield
    finally:
        lf.mel = original


class HearModule(Encoder):
    Options = HearOptions

    def __init__(self, opts: HearOptions, device: torch.device):
        self.name, self.device, self.max_seconds = opts.module, device, opts.max_seconds
        try:
            self.mod = importlib.import_module(opts.module)
        except ImportError as e:
            raise BenchError(f"HEAR module '{opts.module}' cannot be imported ({e}); install it in this "
                             "environment (hearbaseline: pip install --no-deps hearbaseline==2021.1.1)") from None
        missing = [f for f in API if not callable(getattr(self.mod, f, None))]
        if missing:
            raise BenchError(f"HEAR module '{opts.module}' lacks {', '.join(missing)}: HEAR's API is "
                             f"{', '.join(API)}")
        with _librosa_mel_by_name():
            self.model = self.mod.load_model(opts.weights or "")
        sr = getattr(self.model, "sample_rate", None)
        if not isinstance(sr, int) or sr not in SAMPLE_RATES:
            raise BenchError(f"HEAR module '{opts.module}': its model's sample_rate is {sr!r}; HEAR's API allows "
                             f"{', '.join(map(str, SAMPLE_RATES))}")
        self.sample_rate = sr
        if isinstance(self.model, torch.nn.Module):
            self.model = self.model.to(device).eval()
        self.params = count_params(self.model) if isinstance(self.model, torch.nn.Module) else 0
        self.frame_rate, self.frame_offset = 1.0, 0.5  # replaced from the timestamps of the first call
        self._grid: tuple[float, float] | None = None
        with torch.inference_mode():
            emb, scene = self._call(torch.zeros(1, 2 * sr, device=device))
        self.hidden_sizes = [int(emb.shape[-1]), int(scene.shape[-1])]
        self.num_layers = 2
        self.layer_names = ["timestamp", "scene"]

    def _call(self, wave: torch.Tensor) -> tuple[torch.Tensor, torch.Tensor]:
        """(timestamp embeddings [B, T, D], scene embeddings [B, D2]) checked against the API."""
        out = self.mod.get_timestamp_embeddings(wave, self.model)
        if not (isinstance(out, tuple) and len(out) == 2):
            raise BenchError(f"HEAR module '{self.name}': get_timestamp_embeddings returned {type(out).__name__}, "
                             "not (embeddings, timestamps)")
        emb, ts = out
        B = wave.shape[0]
        if emb.dim() != 3 or emb.shape[0] != B or ts.shape != emb.shape[:2] or emb.shape[1] < 1:
            raise BenchError(f"HEAR module '{self.name}': get_timestamp_embeddings(audio[{B}, {wave.shape[1]}]) "
                             f"returned embeddings {tuple(emb.shape)} and timestamps {tuple(ts.shape)}; the API "
                             f"asks [{B}, n_timestamps, size] and [{B}, n_timestamps]")
        t = ts[0].detach().double().cpu().numpy() / 1000.0  # ms -> s
        if self._grid is None:  # the first call fixes the grid
            if len(t) < 2:
                raise BenchError(f"HEAR module '{self.name}': two seconds of audio gave {len(t)} timestamp; at "
                                 "least two are needed to read its frame rate")
            hop = float(np.median(np.diff(t)))
            self._grid = (hop, float(t[0]))
            self.frame_rate, self.frame_offset = round(1.0 / hop, 6), round(float(t[0]) / hop, 6)
        hop, t0 = self._grid
        want = t0 + hop * np.arange(len(t))
        if np.abs(t - want).max() > 1e-3 * hop + 1e-6:
            raise BenchError(f"HEAR module '{self.name}': its timestamps are not a regular grid from {t0 * 1000:g} "
                             f"ms every {hop * 1000:g} ms (found {(t[:4] * 1000).round(3).tolist()} ...)")
        scene = self.mod.get_scene_embeddings(wave, self.model)
        if scene.dim() != 2 or scene.shape[0] != B:
            raise BenchError(f"HEAR module '{self.name}': get_scene_embeddings(audio[{B}, {wave.shape[1]}]) "
                             f"returned {tuple(scene.shape)}; the API asks [{B}, size]")
        return emb, scene

    @classmethod
    def build(cls, sub: Any, ctx: BuildContext) -> "HearModule":
        return cls(cls.Options.model_validate(sub.options), ctx.device)

    def forward(self, wave: torch.Tensor) -> list[torch.Tensor]:
        emb, scene = self._call(wave)
        return [emb.float(), scene.float()[:, None, :].expand(-1, emb.shape[1], -1)]

    def describe(self) -> dict[str, Any]:
        return {**super().describe(), "module": self.name, "layer_names": self.layer_names}
