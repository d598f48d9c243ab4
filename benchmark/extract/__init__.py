"""Extraction: an entry's encoder and identity (entries), and its features, pooled per clip (features) or per
frame at a task's rate (frames), written to and read from the feature cache entry (cache), in this process or
through an executor it is handed (pipeline.distributed's Ray). May import config, data (audio, manifests),
encoders and the shared helpers; never probing, pipeline, results or the board."""
