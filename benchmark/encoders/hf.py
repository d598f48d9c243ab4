"""Any Hugging Face transformers audio model, by Hub id (pinned revision) or local directory.

A new encoder of this kind is submitted as YAML alone. Models whose config asks for remote code are refused
unless the command line passes --trust-remote-code.
"""
from __future__ import annotations

import math
from pathlib import Path

import torch
from pydantic import BaseModel

from ..errors import BenchError
from .base import (OPTIONS_CONFIG, BuildContext, Encoder, count_params, hub_reachable, looks_like_path,
                   missing_path_error)


class HFOptions(BaseModel):
    model_config = OPTIONS_CONFIG
    max_seconds: float | None = None
    # Load into this transformers architecture (a model_type such as "hubert") instead of the one the config
    # names: for checkpoints whose remote code is a known transformers model (MERT is a HubertModel with a
    # layer-normed feature projection). No remote code runs; every weight of the architecture must be in the
    # checkpoint, and config fields the architecture cannot express are refused (REFUSED_FIELDS).
    architecture: str | None = None


# Config fields of remote-code models that change the computation in ways the stand-in architecture lacks.
# (MERT's `attention_relax` only subtracts a scaled row maximum before the softmax, which leaves it unchanged.)
REFUSED_FIELDS = {"feature_extractor_cqt": "a CQT feature extractor", "deepnorm": "DeepNorm residual scaling"}


def _load_error(name: str, src: str, revision: str | None, err: Exception) -> BenchError:
    rev = f" --revision {revision}" if revision else ""
    where = "local directory" if Path(src).exists() else "Hugging Face Hub id"
    return BenchError(
        f"model '{name}': cannot load {where} '{src}'{' at revision ' + revision if revision else ''}: "
        f"{str(err).splitlines()[0].rstrip('.')}. Offline (HF_HUB_OFFLINE=1 or no network) it must already be in the "
        f"Hugging Face cache ($HF_HOME): fetch it where there is network with `hf download {src}{rev}`, "
        f"or point `checkpoint:` in submissions/{name}.yaml (or --checkpoint) at a local directory."
    )


def conv_frame_offset(kernels: list[int], strides: list[int]) -> float:
    """Where a frame of an unpadded convolutional feature encoder (wav2vec2, HuBERT, MERT) is centred, in frames:
    frame j covers its receptive field from sample j x hop."""
    field = 1 + sum((k - 1) * math.prod(strides[:i]) for i, k in enumerate(kernels))
    return (field - 1) / 2 / math.prod(strides)


class HFEncoder(Encoder):
    Options = HFOptions

    def __init__(self, model: torch.nn.Module, feature_extractor, config, opts: HFOptions, device: torch.device):
        self.model = model.eval().to(device)
        self.fe = feature_extractor
        self.config = config
        self.device = device
        self.sample_rate = int(feature_extractor.sampling_rate)
        self.is_whisper = config.model_type == "whisper"
        self.num_layers = int(config.num_hidden_layers) + 1
        self.hidden_sizes = [int(config.hidden_size)] * self.num_layers
        if self.is_whisper:
            # the encoder always sees 30 s of log-mel at 100 Hz and halves it once
            self.frame_rate = self.sample_rate / feature_extractor.hop_length / 2
            self.frame_offset = 0.0  # centred STFT frames, halved by a stride-2 convolution that keeps the centres
            self.max_seconds = opts.max_seconds or feature_extractor.chunk_length
        else:
            strides = list(getattr(config, "conv_stride", [1]))
            self.frame_rate = self.sample_rate / math.prod(strides)
            self.frame_offset = conv_frame_offset(list(getattr(config, "conv_kernel", [1] * len(strides))), strides)
            self.max_seconds = opts.max_seconds
        self.params = count_params(self.model)

    @classmethod
    def build(cls, sub, ctx: BuildContext) -> "HFEncoder":
        from transformers import AutoFeatureExtractor, AutoModel
        from transformers.models.auto.modeling_auto import MODEL_MAPPING
        from transformers.utils import logging as hf_logging

        hf_logging.disable_progress_bar()  # ours (rich) is the one progress display

        opts = cls.Options.model_validate(sub.options)
        src = ctx.checkpoint or sub.checkpoint
        if not src:
            raise BenchError(f"submissions/{sub.name}.yaml: field 'checkpoint': the hf adapter needs a Hub id "
                             "or a local directory")
        if not Path(src).exists() and looks_like_path(src):
            raise missing_path_error(sub.name, src)
        kw = {"revision": sub.revision, "trust_remote_code": ctx.trust_remote_code and not opts.architecture}
        if not Path(src).exists() and not hub_reachable():
            kw["local_files_only"] = True  # the HF cache only, at once
        config = cls.load_config(sub, src, opts, kw)
        try:
            fe = AutoFeatureExtractor.from_pretrained(src, **kw)
            if opts.architecture:
                model_cls = MODEL_MAPPING[type(config)]
                model, info = model_cls.from_pretrained(src, config=config, output_loading_info=True, **kw)
                if info["missing_keys"]:
                    missing = sorted(info["missing_keys"])
                    raise BenchError(f"model '{sub.name}': the checkpoint has no weight '{missing[0]}' "
                                     f"({len(missing)} missing) for architecture '{opts.architecture}'; "
                                     "it is not that architecture")
            else:
                model = AutoModel.from_pretrained(src, config=config, **kw)
        except OSError as e:
            raise _load_error(sub.name, src, sub.revision, e) from None
        if getattr(config, "is_encoder_decoder", False):
            model = model.get_encoder()
        return cls(model, fe, config, opts, ctx.device)

    @classmethod
    def load_config(cls, sub, src: str, opts: HFOptions, kw: dict):
        """The model's config, through `architecture`'s config class when one is set."""
        from transformers import AutoConfig
        from transformers.models.auto.configuration_auto import CONFIG_MAPPING

        where = f"submissions/{sub.name}.yaml: field 'options.architecture'"
        files = {k: kw[k] for k in ("revision", "local_files_only") if k in kw}
        if opts.architecture and opts.architecture not in CONFIG_MAPPING:
            raise BenchError(f"{where}: '{opts.architecture}' is not a transformers model type (e.g. hubert)")
        try:
            if opts.architecture:
                config_cls = CONFIG_MAPPING[opts.architecture]
                raw, _ = config_cls.get_config_dict(src, **files)
                for field, what in REFUSED_FIELDS.items():
                    if raw.get(field):
                        raise BenchError(f"{where}: '{src}' sets {field} ({what}), which "
                                         f"'{opts.architecture}' does not compute; it cannot stand in")
                return config_cls.from_pretrained(src, **files)
            config = AutoConfig.from_pretrained(src, **kw)
        except ValueError as e:
            if "trust_remote_code" in str(e) or "does not recognize this architecture" in str(e):
                raise BenchError(
                    f"model '{sub.name}': '{src}' needs code from its repository to run, which a submission "
                    "may not do by default. Read that code, then pass --trust-remote-code to allow it (or set "
                    "`options.architecture` to the transformers model it is)."
                ) from None
            raise _load_error(sub.name, src, sub.revision, e) from None
        except OSError as e:
            raise _load_error(sub.name, src, sub.revision, e) from None
        if getattr(config, "auto_map", None) and not kw["trust_remote_code"]:
            raise BenchError(f"model '{sub.name}': '{src}' maps its classes to code in its repository; "
                             "pass --trust-remote-code to allow running it, or set `options.architecture`.")
        return config

    @classmethod
    def describe_entry(cls, sub) -> dict:
        """From the config alone (local or in the HF cache; no download, no weights read)."""
        from transformers import AutoFeatureExtractor, AutoModel
        from transformers.models.auto.modeling_auto import MODEL_MAPPING

        opts = cls.Options.model_validate(sub.options)
        kw = {"revision": sub.revision, "trust_remote_code": False, "local_files_only": True}
        try:
            config = cls.load_config(sub, sub.checkpoint or "", opts, kw)
            fe = AutoFeatureExtractor.from_pretrained(sub.checkpoint, **kw)
        except (BenchError, OSError, ValueError):
            return {"params": "weights not available"}
        with torch.device("meta"):
            model = MODEL_MAPPING[type(config)](config) if opts.architecture else AutoModel.from_config(config)
        if getattr(config, "is_encoder_decoder", False):
            model = model.get_encoder()
        return cls(model, fe, config, opts, torch.device("meta")).describe()

    def layer_modules(self) -> list[list[torch.nn.Module]]:
        """State i >= 1 is encoder layer i; models whose encoder ends in a LayerNorm (Whisper, pre-LN
        wav2vec 2.0 / HuBERT) train it with the last block (transformers 4.x folds it into the last state).
        State 0 (the embedding) is never trained."""
        encoder = getattr(self.model, "encoder", self.model)
        blocks = [[layer] for layer in encoder.layers]
        if self._ends_in_norm():
            blocks[-1].append(encoder.layer_norm)
        return [[], *blocks]

    def _ends_in_norm(self) -> bool:
        return self.is_whisper or bool(getattr(self.config, "do_stable_layer_norm", False))

    def prefix(self, wave: torch.Tensor, k: int) -> torch.Tensor | None:
        """State k (the input of encoder layer k), from one forward; None for Whisper (its layers need the
        attention mask and position handling of its own forward) and models without `encoder.layers`."""
        layers = getattr(getattr(self.model, "encoder", None), "layers", None)
        if self.is_whisper or layers is None or len(layers) != self.num_layers - 1:
            return None
        states = self.forward(wave)
        if not hasattr(self, "_norm_last"):
            # whether the last hidden state is after the encoder's final LayerNorm differs between transformers
            # versions (4.x folds it in, 5.x records the last layer's own output): look, once
            last = self._layer(layers[-1], states[-2])
            self._norm_last = self._ends_in_norm() and not torch.allclose(last, states[-1], atol=1e-5, rtol=1e-4)
        return states[k]

    @staticmethod
    def _layer(layer: torch.nn.Module, h: torch.Tensor) -> torch.Tensor:
        h = layer(h)
        return h[0] if isinstance(h, tuple) else h

    def forward_from(self, state: torch.Tensor, k: int) -> list[torch.Tensor]:
        encoder = self.model.encoder
        out, h = [], state
        for layer in encoder.layers[k:]:
            h = self._layer(layer, h)
            out.append(h)
        if self._norm_last:
            out[-1] = encoder.layer_norm(out[-1])
        return out

    def forward(self, wave: torch.Tensor) -> list[torch.Tensor]:
        batch = [w for w in wave.float().cpu().numpy()]
        inputs = self.fe(batch, sampling_rate=self.sample_rate, return_tensors="pt")
        inputs = {k: v.to(self.device) for k, v in inputs.items() if k in ("input_values", "input_features")}
        out = self.model(**inputs, output_hidden_states=True)
        states = list(out.hidden_states)
        if self.is_whisper:
            frames = math.ceil(wave.shape[-1] / self.sample_rate * self.frame_rate)
            states = [h[:, :frames] for h in states]
        return states

