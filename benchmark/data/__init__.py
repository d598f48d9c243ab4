"""Datasets: the JSONL manifest loader and the built-in generators that work offline."""
