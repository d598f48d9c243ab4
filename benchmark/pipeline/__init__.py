"""The pipeline: one (entry, task) through extraction and probing to a result document (run), the fine-tuning
variant, the re-derivation of a result file (verify), `bench validate`, the Ray executor and fan-out
(distributed) and the probe timings (perf). May import every stage below it; only the CLI, the API and the
analyses import it."""
