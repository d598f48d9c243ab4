"""Stage 3, probing: task targets, the batched probe heads and their two solvers, frame-level event targets and
decoders, early stopping, metrics and significance. Reads feature arrays, never audio, encoders or the cache:
may import config, data (labels and annotations) and the shared helpers."""
