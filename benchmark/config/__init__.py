"""Stage 1, configuration: the task specs and submission entries (strict schemas, safe YAML) and where they are
found. Imports nothing of torch, audio, probing or the board: a spec is data. May import benchmark.errors."""
