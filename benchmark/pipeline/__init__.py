"""Stage 4, the pipeline: one (entry, task) through extraction and probing to a result document (run), the
fine-tuning variant, the re-derivation of a result file (verify), `bench validate` and the probe timings. The
one stage that may import every stage below it; nothing but the CLI and the API imports it."""
