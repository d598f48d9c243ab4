"""music-layer-bench: layer-wise probing of music audio encoders.

    from benchmark import evaluate, load_results

are imported on first use, so that `import benchmark` (and the `bench` command) stays light.
"""
from __future__ import annotations

from typing import Any

__all__ = ["evaluate", "load_results"]


def __getattr__(name: str) -> Any:
    if name in __all__:
        from . import api

        return getattr(api, name)
    raise AttributeError(f"module 'benchmark' has no attribute '{name}'")
