"""Stage 2, extraction: audio decoding, an entry's encoder, and its features (pooled per clip, or per frame at a
task's rate) written to and read from the feature cache, locally or on Ray. May import config, data, encoders
and the shared helpers (errors, atomic, output, cpus); never probing, pipeline, results or the board."""
