"""Frame-level features: alignment of 25/50/75/100 Hz encoders to a task's frame rate, checked with an encoder
whose frames carry their own timestamps, through chunking; and the float16 frame cache end to end."""
from __future__ import annotations

import numpy as np
import pytest
import torch

from benchmark.data import audio
from benchmark.extract import frames
from benchmark.data.manifest import clip_ids, load_manifest
from benchmark.encoders.base import Encoder
from benchmark.config.specs import ClipSpec
from conftest import REPO


class Clock(Encoder):
    """Frame j is the mean of its hop of input samples; fed a ramp of sample times, each frame carries its own
    centre time (in absolute seconds, chunks included). Layer 1 is layer 0 doubled. `centred`: frame j is the
    sample at j x hop instead (an STFT front end with center=True, frame_offset 0)."""

    def __init__(self, rate: int, max_seconds: float | None = None, centred: bool = False):
        self.sample_rate, self.frame_rate, self.max_seconds = 24000, float(rate), max_seconds
        self.num_layers, self.hidden_sizes, self.device = 2, [1, 1], torch.device("cpu")
        self.centred, self.frame_offset = centred, 0.0 if centred else 0.5

    def forward(self, wave):
        hop = int(self.sample_rate / self.frame_rate)
        if self.centred:
            t = wave[:, ::hop, None]
        else:
            n = wave.shape[-1] // hop
            t = wave[:, : n * hop].reshape(wave.shape[0], n, hop).mean(-1, keepdim=True)
        return [t, 2 * t]


@pytest.mark.parametrize("rate", [25, 50, 75, 100])
@pytest.mark.parametrize("fps,max_seconds,centred", [(50.0, None, False), (100.0, None, False), (10.0, None, False),
                                                     (50.0, 3.0, False), (50.0, None, True), (50.0, 3.0, True)])
def test_frames_land_at_the_task_frame_centres(rate, fps, max_seconds, centred):
    enc = Clock(rate, max_seconds, centred)
    seconds = 10.0
    ramp = (np.arange(int(seconds * enc.sample_rate)) + 0.5) / enc.sample_rate  # each sample's own time
    n_out = int(seconds * fps)
    t0, t1 = frames.encode_frames(enc, ramp, fps, n_out, [0, 1])
    assert t0.shape == (n_out, 1)
    assert np.allclose(t1, 2 * t0)
    centres = (np.arange(n_out) + 0.5) / fps
    chunk = int(max_seconds * enc.sample_rate) if max_seconds else None
    own = np.concatenate([enc.forward(torch.from_numpy(ramp[None, a:b]))[0][0, :, 0].numpy()  # their own times
                          for a, b in audio.chunks(len(ramp), chunk)])
    for k, c in enumerate(centres):
        held = own[(own * fps >= k - 1e-6) & (own * fps < k + 1 - 1e-6)]
        if len(held):  # an encoder faster than the task: the mean of the frames the task frame holds
            want = held.mean()
        elif 1 / rate < c < seconds - 1 / rate:  # slower: interpolated at the task frame's centre
            want = c
        else:  # beyond the first/last frame: held
            continue
        assert abs(t0[k, 0] - want) < 1e-4, (k, t0[k, 0], want)
        assert abs(t0[k, 0] - c) <= 0.5 / rate + 1e-4  # within half an encoder frame of the centre


def test_frame_cache_end_to_end(project, tmp_path):
    from benchmark.extract import entries
    from benchmark.config import registry
    from benchmark.data.manifest import data_root

    manifest = data_root() / "tones-register" / "manifest.jsonl"
    clips = load_manifest(manifest)
    sub = registry.get_submission("logmel")
    built = {"n": 0}

    def build():
        built["n"] += 1
        return entries.build_encoder(sub, None)

    spec = ClipSpec(seconds=1.0)
    ids = clip_ids(manifest, clips)
    fs = frames.extract_frames(clips, spec, entries.encoder_identity(sub), ids, build, fps=50.0)
    assert fs.store.dtype == np.float16 and fs.n_frames(0) == 50 and fs.clip(3).shape == (50, 1, 128)
    assert built["n"] == 1 and not fs.cached
    again = frames.extract_frames(clips, spec, entries.encoder_identity(sub), ids, build, fps=50.0)
    assert again.cached and built["n"] == 1 and np.array_equal(again.clip(5), fs.clip(5))
    other = frames.extract_frames(clips, spec, entries.encoder_identity(sub), ids, build, fps=25.0)
    assert other.n_frames(0) == 25 and built["n"] == 2  # another frame rate is another entry


def test_encoder_frame_offsets_put_a_click_at_its_time():
    """A click at 1.0 s: the logmel baseline's loudest frame (librosa, centred frames, frame_offset 0) sits at
    1.0 s once placed at (j + frame_offset) / frame_rate; a wav2vec2-style feature encoder's frame covers its
    400-sample receptive field from j x 320, so its centre is 199.5 samples in."""
    from benchmark.encoders.handcrafted import HandcraftedOptions, LogMel

    enc = LogMel(HandcraftedOptions())
    wave = np.zeros(2 * enc.sample_rate, dtype=np.float32)
    wave[enc.sample_rate] = 1.0
    energy = enc.forward(torch.from_numpy(wave)[None])[0][0].sum(-1)
    j = int(energy.argmax())
    assert abs((j + enc.frame_offset) / enc.frame_rate - 1.0) < 0.5 / enc.frame_rate
    assert enc.frame_offset == 0.0

    from transformers import HubertConfig

    from benchmark.encoders.hf import conv_frame_offset

    cfg = HubertConfig()  # MERT's feature encoder: kernels 10,3,3,3,3,2,2, strides 5,2,2,2,2,2,2
    assert conv_frame_offset(list(cfg.conv_kernel), list(cfg.conv_stride)) * 320 == pytest.approx(199.5)


def test_an_interrupted_frame_extraction_resumes_where_it_stopped(project, tmp_path, monkeypatch):
    """Killed after 2 clips, the next run computes only the others (no entry set aside, no full re-extraction)
    and the features equal an uninterrupted run's; a second run meeting the live entry shares it."""
    from benchmark.extract import cache, entries
    from benchmark.config import registry
    from benchmark.data.manifest import data_root

    manifest = data_root() / "tones-register" / "manifest.jsonl"
    clips = load_manifest(manifest)
    sub = registry.get_submission("logmel")
    calls = {"n": 0, "stop": 2}

    def build():
        enc = entries.build_encoder(sub, None)
        forward = enc.forward

        def counted(wave):
            if calls["n"] == calls["stop"]:
                raise KeyboardInterrupt  # as a kill between two clips
            calls["n"] += 1
            return forward(wave)

        enc.forward = counted
        return enc

    spec, ids = ClipSpec(seconds=1.0), clip_ids(manifest, clips)
    with pytest.raises(KeyboardInterrupt):
        frames.extract_frames(clips, spec, entries.encoder_identity(sub), ids, build, fps=50.0)
    assert calls["n"] == 2
    calls.update(n=0, stop=-1)
    fs = frames.extract_frames(clips, spec, entries.encoder_identity(sub), ids, build, fps=50.0)
    n_distinct = len(set(ids))
    assert calls["n"] == n_distinct - 2 and not fs.cached
    assert not list(cache.cache_root().glob("*.bad-*"))
    fresh_root = tmp_path / "fresh"
    monkeypatch.setenv("BENCH_CACHE", str(fresh_root))
    calls.update(n=0, stop=-1)
    ref = frames.extract_frames(clips, spec, entries.encoder_identity(sub), ids, build, fps=50.0)
    assert calls["n"] == n_distinct
    for i in range(len(clips)):
        assert np.array_equal(ref.clip(i), fs.clip(i))


# one frame-level extraction in its own process; with `hold` it stops after its second clip until `go` exists
_EXTRACT = """
import hashlib, sys, time
from pathlib import Path
import numpy as np
from benchmark.extract import entries, frames
from benchmark.config import registry
from benchmark.data.manifest import clip_ids, data_root, load_manifest
from benchmark.config.specs import ClipSpec

hold, go, out = sys.argv[1] == "1", Path(sys.argv[2]), Path(sys.argv[3])
manifest = data_root() / "tones-register" / "manifest.jsonl"
clips = load_manifest(manifest)
sub = registry.get_submission("logmel")
n = {"clips": 0}

def build():
    enc = entries.build_encoder(sub, None)
    forward = enc.forward
    def paced(wave):
        if hold and n["clips"] == 2:
            (go.parent / "held").write_text("")
            while not go.exists():
                time.sleep(0.05)
        n["clips"] += 1
        return forward(wave)
    enc.forward = paced
    return enc

fs = frames.extract_frames(clips, ClipSpec(seconds=1.0), entries.encoder_identity(sub), clip_ids(manifest, clips),
                           build, fps=50.0)
digest = hashlib.sha256(b"".join(np.ascontiguousarray(fs.clip(i)).tobytes() for i in range(len(clips))))
out.write_text(f"{digest.hexdigest()} {n['clips']}")
"""


def test_two_concurrent_frame_extractions_share_the_live_entry(project, tmp_path):
    """Issue 28, point 6: a second frame-level run that starts while the first is mid-way shares its live cache
    entry: neither sets the other's entry aside, both finish with the features of an uninterrupted run."""
    import os
    import subprocess
    import sys
    import time

    from benchmark.extract import cache

    sync = tmp_path / "sync"
    sync.mkdir()
    env = {**os.environ, "PYTHONPATH": str(REPO), "OMP_NUM_THREADS": "1"}
    run = [sys.executable, "-c", _EXTRACT]
    first = subprocess.Popen([*run, "1", str(sync / "go"), str(sync / "first")], env=env)
    deadline = time.time() + 120
    while not (sync / "held").exists():  # the first run has written 2 clips and waits, its entry live
        assert first.poll() is None and time.time() < deadline, "the first run stopped before its third clip"
        time.sleep(0.05)
    second = subprocess.run([*run, "0", str(sync / "go"), str(sync / "second")], env=env, capture_output=True,
                            text=True, timeout=300)
    assert second.returncode == 0, second.stderr
    (sync / "go").write_text("")
    assert first.wait(timeout=300) == 0
    digest_1, n_1 = (sync / "first").read_text().split()
    digest_2, n_2 = (sync / "second").read_text().split()
    assert not list(cache.cache_root().glob("*.bad-*"))  # nothing moved aside
    from benchmark.data.manifest import data_root

    manifest = data_root() / "tones-register" / "manifest.jsonl"
    n_distinct = len(set(clip_ids(manifest, load_manifest(manifest))))
    assert int(n_2) == n_distinct - 2  # the second computed only the clips the first had not flagged done
    fresh = tmp_path / "fresh"
    subprocess.run([*run, "0", str(sync / "go"), str(sync / "fresh")], env={**env, "BENCH_CACHE": str(fresh)},
                   check=True, timeout=300)
    assert digest_1 == digest_2 == (sync / "fresh").read_text().split()[0]
