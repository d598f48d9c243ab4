"""MusicFM and MuQ from their official checkpoints (and random-weight controls of the same network).

MusicFM (minzwon/MusicFM): `pretrained_msd.pt` (or `pretrained_fma.pt`), a torch checkpoint whose
`["state_dict"]` keys all start with `model.`, beside `msd_stats.json` (or `fma_stats.json`) holding
`melspec_2048_mean` and `melspec_2048_std`. The architecture is fixed in code (ArchConfig).

MuQ (OpenMuQ/MuQ-large-msd-iter): `config.json` (`label_rate`, `stat` with the normalisation pair,
`w2v2_config` for the Conformer, sizes) and `model.safetensors` with `model.`-prefixed keys. The `muq` PyPI
package is not used (it pulls torchvision, which breaks beside this torch).

Both load strictly: every key of the subsampler (`conv.*`) and the encoder (`conformer.*`) must be present with
its shape; the rest of the checkpoint (quantizer/RVQ, prediction head, cls token, the unused positional conv)
is ignored. The front end's stored mel filterbank and window are compared with the ones computed here and must
agree within 1e-4. Weights come from a local path (`checkpoint:` in the entry or
`--checkpoint`) or the Hugging Face cache; they are downloaded only when the Hub is reachable.
"""
from __future__ import annotations

import json
from pathlib import Path
from typing import Any

import torch
from pydantic import BaseModel, Field

from ..errors import BenchError
from .base import OPTIONS_CONFIG, BuildContext, Encoder, count_params, hub_reachable, looks_like_path
from .conformer import ArchConfig, MelConfig, MusicConformer

IGNORED_PREFIXES = ("conformer.pos_conv_embed.",)
FRONT_END = "preprocessor_melspec_2048.mel_stft"  # the stored front end, compared with ours at load time
FRONT_END_TOLERANCE = 1e-4
COMPUTED_BUFFERS = ("conformer.embed_positions.inv_freq",)  # a function of the config; stored by some versions


class ConformerEncoder(Encoder):
    """The adapter half both models share: forward, describe, strict loading, file lookup."""

    sample_rate = 24000

    def __init__(self, net: MusicConformer, device: torch.device, weights: str, max_seconds: float | None):
        self.net = net.eval().to(device)
        self.device = device
        self.weights = weights
        self.sample_rate = net.front.cfg.sample_rate
        self.num_layers = net.arch.encoder_depth + 1
        self.hidden_sizes = [net.arch.encoder_dim] * self.num_layers
        self.frame_rate = net.frame_rate
        self.frame_offset = 0.0  # centred STFT frames; the subsampler's stride-2 convolutions keep the centres
        self.max_seconds = max_seconds
        self.params = count_params(net)

    def forward(self, wave: torch.Tensor) -> list[torch.Tensor]:
        return self.net(wave.to(self.device))

    def prefix(self, wave: torch.Tensor, k: int) -> torch.Tensor:
        return self.forward(wave)[k]

    def forward_from(self, state: torch.Tensor, k: int) -> list[torch.Tensor]:
        return self.net.tail(state, k)

    def describe(self) -> dict[str, Any]:
        return {**super().describe(), "weights": self.weights}

    def layer_modules(self) -> list[list[torch.nn.Module]]:
        blocks = [[layer] for layer in self.net.conformer.layers]
        blocks[-1].append(self.net.conformer.layer_norm)  # the last state is after the final LayerNorm
        return [[self.net.conv], *blocks]


def fetch(name: str, src: str, revision: str | None, files: list[str], how: str, download: bool = True) -> list[Path]:
    """Local files of `src`: a folder holding `files`, or a Hub repo id whose files are in the HF cache (or
    downloadable). Anything else is one error saying where they were looked for and how to supply them."""
    p = Path(src)
    if p.is_dir():
        missing = [f for f in files if not (p / f).is_file()]
        if missing:
            raise BenchError(f"model '{name}': '{missing[0]}' is not in {p} (expected {', '.join(files)}; {how})")
        return [p / f for f in files]
    if p.suffix or looks_like_path(src):
        raise BenchError(f"model '{name}': checkpoint '{src}': no such file or folder ({how})")
    import huggingface_hub
    from huggingface_hub import constants

    out = []
    for f in files:
        hit = huggingface_hub.try_to_load_from_cache(src, f, revision=revision)
        if isinstance(hit, str):
            out.append(Path(hit))
            continue
        try:
            if not download or not hub_reachable():
                raise OSError("offline")
            out.append(Path(huggingface_hub.hf_hub_download(src, f, revision=revision)))
        except Exception as e:  # offline, unreachable, gated, missing: all end the same way for the user
            rev = f" --revision {revision}" if revision else ""
            raise BenchError(
                f"model '{name}': weights not found. Looked for {', '.join(files)} of Hub repo '{src}' in the Hugging "
                f"Face cache ({constants.HF_HUB_CACHE}) and then on the Hub "
                f"({'unreachable' if str(e) == 'offline' else type(e).__name__}). Supply them with "
                f"--checkpoint PATH or `checkpoint:` in submissions/{name}.yaml ({how}), or fetch them where there "
                f"is network: `hf download {src} {' '.join(files)}{rev}`."
            ) from None
    return out


def load_strict(net: MusicConformer, state: dict[str, torch.Tensor], path: Path) -> None:
    """Load `model.conv.*` and `model.conformer.*`; refuse a missing, misshaped or unexpected key by name."""
    if not any(k.startswith("model.") for k in state):
        raise BenchError(f"{path}: no key starts with 'model.'; not an official checkpoint "
                         f"(first key: '{next(iter(state), '')}')")
    ours = {k[6:]: v for k, v in state.items()
            if k.startswith(("model.conv.", "model.conformer.")) and not k[6:].startswith(IGNORED_PREFIXES)}
    own = net.state_dict()
    for key, value in own.items():
        if key not in ours:
            if key in COMPUTED_BUFFERS:
                continue
            raise BenchError(f"{path}: key 'model.{key}' is missing from the checkpoint")
        if tuple(ours[key].shape) != tuple(value.shape):
            raise BenchError(f"{path}: key 'model.{key}' has shape {tuple(ours[key].shape)}, the architecture "
                             f"expects {tuple(value.shape)}")
    extra = sorted(set(ours) - set(own) - set(COMPUTED_BUFFERS))
    if extra:
        raise BenchError(f"{path}: unexpected key 'model.{extra[0]}' (a different architecture?)")
    check_front_end(net, state, path)
    net.load_state_dict({k: v for k, v in ours.items() if k in own}, strict=False)


def check_front_end(net: MusicConformer, state: dict[str, torch.Tensor], path: Path) -> None:
    """The official checkpoints store the mel filterbank and the STFT window their model was trained with; this
    adapter computes its own. Where the checkpoint has them, they must agree (the released weights agree within
    1.3e-5: float32 rounding of the same formulas), else the checkpoint is refused."""
    ours = {"fb": net.front.fb, "window": net.front.window}
    for name, key in (("fb", f"model.{FRONT_END}.mel_scale.fb"), ("window", f"model.{FRONT_END}.spectrogram.window")):
        if key not in state:
            continue
        stored = state[key].detach().float().cpu()
        if tuple(stored.shape) != tuple(ours[name].shape):
            raise BenchError(f"{path}: key '{key}' has shape {tuple(stored.shape)}; this adapter's front end has "
                             f"{tuple(ours[name].shape)} (another mel configuration?)")
        diff = float((stored - ours[name].cpu()).abs().max())
        if diff > FRONT_END_TOLERANCE:
            raise BenchError(f"{path}: key '{key}' differs from the front end this adapter computes by up to "
                             f"{diff:.3g} (more than {FRONT_END_TOLERANCE:g}): the model was trained on another "
                             "log-mel, which this adapter does not reproduce")


def _stat_pair(stats: dict, path: Path, where: str = "") -> tuple[float, float]:
    try:
        return float(stats["melspec_2048_mean"]), float(stats["melspec_2048_std"])
    except (KeyError, TypeError, ValueError):
        raise BenchError(f"{path}: field '{where}melspec_2048_mean'/'{where}melspec_2048_std': expected the "
                         "two numbers of the log-mel normalisation") from None


def _read_json(path: Path) -> dict:
    try:
        return json.loads(path.read_text())
    except json.JSONDecodeError as e:
        raise BenchError(f"{path}: not valid JSON ({e})") from None


class MusicFMOptions(BaseModel):
    model_config = OPTIONS_CONFIG
    weights: str = "pretrained_msd.pt"
    stats: str = "msd_stats.json"
    random_init: bool = False  # the control: same network, seeded random weights, MSD statistics, no files
    seed: int = 0
    max_seconds: float | None = Field(30.0, gt=0)
    # the architecture (the published model's by default; smaller only for tests)
    encoder_dim: int = 1024
    encoder_depth: int = 12
    num_heads: int = 16
    ffn_dim: int = 4096
    conv_dim: int = 512

    def arch(self) -> ArchConfig:
        return ArchConfig(encoder_dim=self.encoder_dim, encoder_depth=self.encoder_depth, num_heads=self.num_heads,
                          ffn_dim=self.ffn_dim, conv_dim=self.conv_dim)


class MusicFM(ConformerEncoder):
    Options = MusicFMOptions

    @classmethod
    def build(cls, sub, ctx: BuildContext) -> "MusicFM":
        o = cls.Options.model_validate(sub.options)
        if o.random_init:
            torch.manual_seed(o.seed)
            return cls(MusicConformer(o.arch(), MelConfig()), ctx.device, f"random (seed {o.seed})", o.max_seconds)
        src = ctx.checkpoint or sub.checkpoint
        how = f"the {o.weights} file with {o.stats} beside it, or a folder holding both"
        if not src:
            raise BenchError(f"submissions/{sub.name}.yaml: field 'checkpoint': expected a Hub repo id "
                             f"(minzwon/MusicFM) or a local path ({how})")
        p = Path(src)
        weights, stats = (p, p.parent / o.stats) if p.is_file() else fetch(sub.name, src, sub.revision,
                                                                              [o.weights, o.stats], how)
        if not stats.is_file():
            raise BenchError(f"model '{sub.name}': the statistics file {stats} is missing ({how})")
        mean, std = _stat_pair(_read_json(stats), stats)
        net = MusicConformer(o.arch(), MelConfig(mean=mean, std=std))
        try:
            ckpt = torch.load(weights, map_location="cpu", weights_only=True)
        except Exception as e:
            raise BenchError(f"{weights}: cannot be read as a torch checkpoint ({str(e).splitlines()[0]})") from None
        if not isinstance(ckpt, dict) or "state_dict" not in ckpt:
            raise BenchError(f"{weights}: field 'state_dict': missing; expected a checkpoint dict with the "
                             "model's weights under 'state_dict'")
        load_strict(net, ckpt["state_dict"], weights)
        return cls(net, ctx.device, str(weights), o.max_seconds)

    @classmethod
    def describe_entry(cls, sub) -> dict[str, Any]:
        o = cls.Options.model_validate(sub.options)
        with torch.device("meta"):
            net = MusicConformer(o.arch(), MelConfig())
        return cls(net, torch.device("meta"), "", o.max_seconds).describe()


class MuQOptions(BaseModel):
    model_config = OPTIONS_CONFIG
    max_seconds: float | None = Field(30.0, gt=0)


MUQ_DEFAULTS = {"label_rate": 25, "n_mels": 128, "hop_length": 240, "conv_dim": 512, "encoder_dim": 1024,
                "encoder_depth": 12}


def muq_network(config: dict, path: Path) -> MusicConformer:
    """The network a MuQ config.json describes."""
    c = {**MUQ_DEFAULTS, **config}
    mean, std = _stat_pair(c.get("stat"), path, "stat.")
    w2v2 = c.get("w2v2_config")
    if not isinstance(w2v2, dict) or not w2v2:
        raise BenchError(f"{path}: field 'w2v2_config': expected the Conformer's configuration (an object)")
    strides = {25: (2, 2), 50: (2, 1)}.get(int(c["label_rate"]))
    if strides is None:
        raise BenchError(f"{path}: field 'label_rate': {c['label_rate']} is not 25 or 50 (frames per second)")
    from transformers import Wav2Vec2ConformerConfig

    known = Wav2Vec2ConformerConfig().to_dict()
    overrides = {k: v for k, v in w2v2.items() if k in known and not k.startswith("_")
                 and k not in ("model_type", "architectures", "transformers_version")}
    base = ArchConfig(encoder_dim=int(c["encoder_dim"]), encoder_depth=int(c["encoder_depth"]),
                      num_heads=int(w2v2.get("num_attention_heads", 16)),
                      ffn_dim=int(w2v2.get("intermediate_size", 4096)), conv_dim=int(c["conv_dim"]),
                      time_strides=strides)
    mel = MelConfig(hop_length=int(c["hop_length"]), n_mels=int(c["n_mels"]), mean=mean, std=std)
    return MusicConformer(base, mel, overrides)


class MuQ(ConformerEncoder):
    Options = MuQOptions
    FILES = ["config.json", "model.safetensors"]

    @classmethod
    def build(cls, sub, ctx: BuildContext) -> "MuQ":
        from safetensors.torch import load_file

        o = cls.Options.model_validate(sub.options)
        src = ctx.checkpoint or sub.checkpoint
        how = "a folder holding config.json and model.safetensors"
        if not src:
            raise BenchError(f"submissions/{sub.name}.yaml: field 'checkpoint': expected a Hub repo id "
                             f"(OpenMuQ/MuQ-large-msd-iter) or {how}")
        config_path, weights = fetch(sub.name, src, sub.revision, cls.FILES, how)
        net = muq_network(_read_json(config_path), config_path)
        load_strict(net, load_file(str(weights)), weights)
        return cls(net, ctx.device, str(weights), o.max_seconds)

    @classmethod
    def describe_entry(cls, sub) -> dict[str, Any]:
        """From a local or cached config.json when there is one, else the published large configuration."""
        o = cls.Options.model_validate(sub.options)
        config = {"stat": {"melspec_2048_mean": 0.0, "melspec_2048_std": 1.0},
                  "w2v2_config": {"num_attention_heads": 16, "intermediate_size": 4096}}
        try:
            path = fetch(sub.name, sub.checkpoint or "", sub.revision, ["config.json"], "", download=False)[0]
            config = _read_json(path)
        except BenchError:
            pass
        with torch.device("meta"):
            net = muq_network(config, Path("config.json"))
        return cls(net, torch.device("meta"), "", o.max_seconds).describe()
