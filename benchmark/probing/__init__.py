"""Probing: task targets, the batched probe heads and their two solvers, frame-level event targets and
decoders, early stopping and significance (the metrics themselves are config's vocabulary). Reads feature
arrays, never audio, encoders or the cache: may import config, data (labels and annotations) and the shared
helpers."""
