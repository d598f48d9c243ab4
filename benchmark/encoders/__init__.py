"""Encoder adapters: one module per model family, all behind the interface in `base`."""
