"""madmom's log-filtered spectrogram, the front end of its deep chroma and key networks, as its processors compute
it (SignalProcessor, FramedSignalProcessor(frame_size=8192, fps), ShortTimeFourierTransformProcessor,
LogarithmicFilteredSpectrogramProcessor(num_bands=24, fmin=65, fmax=2100, unique_filters=True)):

- 44.1 kHz mono; frames of 8192 samples every `hop` (44100 / fps), frame i centred on sample hop x i, zero-padded
  at the ends; ceil(samples / hop) frames;
- the magnitude of the FFT of each frame times a symmetric Hann window (np.hanning; unscaled, as for float audio),
  bins 0 .. 4095 (no Nyquist bin);
- madmom's LogarithmicFilterbank: 24 bands an octave from 65 to 2100 Hz tuned to 440 Hz, each centre on its
  nearest FFT bin (duplicates dropped), area-normalised triangles over consecutive centres, overlaps resolved by
  their maximum: 105 bands; then log10(1 + x).
"""
from __future__ import annotations

import numpy as np
import torch
from torch import nn

SAMPLE_RATE, FRAME = 44100, 8192
BANDS_PER_OCTAVE, FMIN, FMAX, FREF = 24, 65.0, 2100.0, 440.0


def log_filterbank(frame_size: int = FRAME, bands_per_octave: int = BANDS_PER_OCTAVE, fmin: float = FMIN,
                   fmax: float = FMAX, sample_rate: int = SAMPLE_RATE) -> np.ndarray:
    """[frame_size // 2 FFT bins, bands] float32: madmom's LogarithmicFilterbank (area-normalised, bin-unique),
    by default the deep chroma and key front end's. The bins' frequencies are madmom's fft_frequencies: those of
    an FFT of 2 x (frame_size // 2) points (for an odd frame, not quite the frame's own)."""
    half = frame_size // 2
    bin_freqs = np.fft.fftfreq(2 * half, 1.0 / sample_rate)[:half]
    left = np.floor(np.log2(fmin / FREF) * bands_per_octave)
    right = np.ceil(np.log2(fmax / FREF) * bands_per_octave)
    freqs = FREF * 2.0 ** (np.arange(left, right) / bands_per_octave)
    freqs = freqs[np.searchsorted(freqs, fmin):]
    freqs = freqs[: np.searchsorted(freqs, fmax, "right")]
    # each frequency to its nearest FFT bin (the lower on a tie), duplicates dropped
    idx = np.clip(bin_freqs.searchsorted(freqs), 1, len(bin_freqs) - 1)
    idx -= freqs - bin_freqs[idx - 1] < bin_freqs[idx] - freqs
    bins = np.unique(idx)
    bank = np.zeros((len(bin_freqs), len(bins) - 2), dtype=np.float32)
    for band, (start, center, stop) in enumerate(zip(bins[:-2], bins[1:-1], bins[2:])):
        start, center, stop = int(start), int(center), int(stop)
        if stop - start < 2:  # too narrow: a single bin
            center, stop = start, start + 1
        tri = np.zeros(stop - start, dtype=np.float32)
        tri[: center - start] = np.linspace(0, 1, center - start, endpoint=False)
        tri[center - start:] = np.linspace(1, 0, stop - center, endpoint=False)
        tri /= tri.sum()
        np.maximum(bank[start:stop, band], tri, out=bank[start:stop, band])
    return bank


class LogFilteredSpectrogram(nn.Module):
    """[B, T] at 44.1 kHz -> [B, ceil(T / hop), bands] (105 with the defaults)."""

    def __init__(self, hop: int | float, frame_size: int = FRAME, **bank: float):
        super().__init__()
        fb = log_filterbank(frame_size, **bank)  # type: ignore[arg-type]
        self.hop, self.frame_size, self.bands = hop, frame_size, fb.shape[1]
        self.register_buffer("filterbank", torch.from_numpy(fb), persistent=False)
        self.register_buffer("window", torch.from_numpy(np.hanning(frame_size).astype(np.float32)),
                             persistent=False)

    def forward(self, wave: torch.Tensor) -> torch.Tensor:
        n = int(np.ceil(wave.shape[1] / self.hop))
        half = self.frame_size // 2
        # frame i starts frame_size // 2 before sample int(i x hop) (madmom's signal_frame), zeros beyond the signal
        starts = torch.tensor([int(i * self.hop) for i in range(n)], device=wave.device)
        padded = torch.nn.functional.pad(wave, (half, self.frame_size))
        frames = padded[:, starts[:, None] + torch.arange(self.frame_size, device=wave.device)]
        spec = torch.fft.rfft(frames * self.window, dim=-1)[..., :half].abs()
        return torch.log10(spec @ self.filterbank + 1.0)
