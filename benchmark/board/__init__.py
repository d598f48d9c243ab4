"""The board: ranking the result files, the leaderboard's markdown and figures, the static web board and
its publication to the Hugging Face Hub. Reads result files only (through benchmark.results): never the
pipeline, the cache, encoders or the probes."""
