"""Configuration: the task specs and submission entries (strict schemas, safe YAML), the metric vocabulary a
spec may name (metrics), and where specs and entries are found (registry). Imports nothing of torch, audio,
probing or the board: a spec is data. May import benchmark.errors."""
