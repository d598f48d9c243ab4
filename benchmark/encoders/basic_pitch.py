"""basic-pitch (Bittner et al., ICASSP 2022), Spotify's polyphonic transcription network, rebuilt in torch on the
ONNX model that ships inside the basic-pitch 0.4.0 wheel (`basic_pitch/saved_models/icassp_2022/nmp.onnx`): its
learned weights are read with the `onnx` package, never run by onnxruntime. Trained on note, onset and pitch
contour annotations of GuitarSet, iKala, MAESTRO, MedleyDB-Pitch and Slakh.

Input, as `basic_pitch.models.get_cqt`: 22.05 kHz; the CQT of nnAudio's CQT2010v2 as basic-pitch ports it (27.5 Hz
up, 36 bins an octave, 309 bins, hop 256: 86.13 frames a second, centred with reflection padding; one 256-tap
kernel bank applied to the signal halved eight times by a 256-tap low-pass FIR), scaled by the square root of
each bin's kernel length; then 10 log10(power) normalised to [0, 1] per input window (its minimum and maximum
over the window), and a learned scalar batch norm. The kernels and the filter are computed here
(`cqt_kernels`, `lowpass`) and checked against the ONNX model's constants by the tests.

Network (`basic_pitch.models.model`, n_harmonics 8): the harmonic stack (the CQT shifted by harmonics 0.5, 1, 2
... 7: 8 channels x 264 bins, 3 a semitone); the contour stack (3 x 39 convolution, 8 channels, ReLU) and the
contour posteriorgram (5 x 5, sigmoid, 264 bins); the note stack (7 x 7 convolution of the contours, stride 3 in
frequency, 32 channels, ReLU) and the note posteriorgram (7 x 3, sigmoid, 88 keys); the onset stack (5 x 5
convolution of the harmonic stack, stride 3, 32 channels, ReLU) and the onset posteriorgram (3 x 3 over the notes
and the onset stack, sigmoid, 88 keys). The batch norms are folded into the convolutions as in the ONNX model.

Layers, each at 86.13 Hz: 0 cqt (309: the harmonic stack is 8 shifted copies of it, so a probe sees the same
information), 1 contour_stack (8 x 264), 2 contour (264), 3 note_stack (32 x 88), 4 note (88), 5 onset_stack
(32 x 88), 6 onset (88); stacks flattened channel-major. The network sees 2 s windows (43844 samples) as it was
trained; a clip runs as windows 142 frames apart whose first and last 15 frames are dropped (basic-pitch's own
overlap), on an exact frame grid: frame j is centred on sample 256 j. (basic-pitch's `predict` steps its
windows by 36164 samples, 141.27 frames, yet keeps 142 frames of each, so its frames drift by 0.73 frames a
window; this adapter does not.)
"""
from __future__ import annotations



import numpy as np
import torch
import torch.nn.functional as F
from torch import nn

from ..errors import BenchError
from .base import ControlledEncoder, ControlOptions

SAMPLE_RATE, HOP = 22050, 256
WINDOW = 2 * SAMPLE_RATE - HOP  # 43844 samples: 172 frames
WINDOW_FRAMES = WINDOW // HOP + 1
CONTEXT = 15  # frames dropped at each end of a window
WINDOW_BATCH = 32  # windows a forward pass: about 12 MB of activations each
FMIN, BINS_PER_OCTAVE, N_BINS = 27.5, 36, 309
N_OCTAVES = -(-N_BINS // BINS_PER_OCTAVE)  # 9
HARMONICS = [0.5, 1, 2, 3, 4, 5, 6, 7]
CONTOUR_BINS, NOTE_BINS = 264, 88
LAYER_NAMES = ["cqt", "contour_stack", "contour", "note_stack", "note", "onset_stack", "onset"]
ONNX_REL = "basic_pitch/saved_models/icassp_2022/nmp.onnx"
# the convolutions after the harmonic stack, by their (unique) ONNX weight shapes [out, in, time, frequency]
CONVS = {"onset_conv": (32, 8, 5, 5), "contour_conv": (8, 8, 3, 39), "contour_out": (1, 8, 5, 5),
         "note_conv": (32, 1, 7, 7), "note_out": (1, 32, 7, 3), "onset_out": (1, 33, 3, 3)}
CQT_BN = "model_1/batch_normalization/FusedBatchNormV3;model_1/batch_normalization/FusedBatchNormV3"


def cqt_kernels() -> tuple[np.ndarray, np.ndarray]:
    """The top octave's complex CQT kernels [36, 256] (L1-normalised Hann-windowed exponentials, as nnAudio's
    create_cqt_kernels) and every bin's kernel length [309]."""
    import scipy.signal

    q = 1.0 / (2 ** (1 / BINS_PER_OCTAVE) - 1)
    remainder = N_BINS % BINS_PER_OCTAVE
    fmax_top = FMIN * 2 ** (N_OCTAVES - 1) * 2 ** ((remainder - 1) / BINS_PER_OCTAVE)
    fmin_top = fmax_top / 2 ** (1 - 1 / BINS_PER_OCTAVE)
    n_fft = 2 ** int(np.ceil(np.log2(np.ceil(q * SAMPLE_RATE / fmin_top))))
    kernels = np.zeros((BINS_PER_OCTAVE, n_fft), dtype=np.complex64)
    for k, freq in enumerate(fmin_top * 2.0 ** (np.arange(BINS_PER_OCTAVE) / BINS_PER_OCTAVE)):
        length = np.ceil(q * SAMPLE_RATE / freq)
        start = int(np.ceil(n_fft / 2.0 - length / 2.0)) - int(length % 2)
        sig = (scipy.signal.get_window("hann", int(length), fftbins=True)
               * np.exp(np.r_[-length // 2:length // 2] * 1j * 2 * np.pi * freq / SAMPLE_RATE) / length)
        kernels[k, start:start + int(length)] = sig / np.linalg.norm(sig, 1)
    lengths = np.ceil(q * SAMPLE_RATE / (FMIN * 2.0 ** (np.arange(N_BINS) / BINS_PER_OCTAVE)))
    return kernels, lengths


def lowpass() -> np.ndarray:
    """The half-band FIR [256] that halves the signal between octaves (nnAudio's create_lowpass_filter)."""
    import scipy.signal

    center, transition = 0.5, 0.001
    return scipy.signal.firwin2(256, [0.0, center / (1 + transition), center * (1 + transition), 1.0],
                                [1.0, 1.0, 0.0, 0.0])


class BasicPitchNet(nn.Module):
    def __init__(self):
        super().__init__()
        kernels, lengths = cqt_kernels()
        self.register_buffer("kernel_real", torch.from_numpy(kernels.real.astype(np.float32))[:, None])
        self.register_buffer("kernel_imag", torch.from_numpy(kernels.imag.astype(np.float32))[:, None])
        self.register_buffer("lowpass", torch.from_numpy(lowpass().astype(np.float32))[None, None])
        self.register_buffer("scale", torch.from_numpy(np.sqrt(lengths).astype(np.float32)))
        self.bn_scale, self.bn_shift = nn.Parameter(torch.ones(())), nn.Parameter(torch.zeros(()))
        shifts = [int(round(12 * 3 * np.log2(h))) for h in HARMONICS]  # [-36, 0, 36, 57, 72, 84, 93, 101]
        self.shifts = shifts
        self.onset_conv = nn.Conv2d(8, 32, 5, stride=(1, 3), padding=(2, 1))
        self.contour_conv = nn.Conv2d(8, 8, (3, 39), padding=(1, 19))
        self.contour_out = nn.Conv2d(8, 1, 5, padding=2)
        self.note_conv = nn.Conv2d(1, 32, 7, stride=(1, 3), padding=(3, 2))
        self.note_out = nn.Conv2d(32, 1, (7, 3), padding=(3, 1))
        self.onset_out = nn.Conv2d(33, 1, 3, padding=1)

    def cqt(self, wave: torch.Tensor) -> torch.Tensor:
        """[B, 43844] -> the normalised log-CQT after the batch norm [B, 172, 309]."""
        x, hop, octaves = wave[:, None], HOP, []
        for octave in range(N_OCTAVES):
            if octave:
                x = F.conv1d(F.pad(x, (127, 127)), self.lowpass, stride=2)
                hop //= 2
            padded = F.pad(x, (128, 128), mode="reflect")
            re = F.conv1d(padded, self.kernel_real, stride=hop)
            im = F.conv1d(padded, self.kernel_imag, stride=hop)
            octaves.insert(0, torch.stack([re, im], -1))  # the lowest octave first
        c = torch.cat(octaves, 1)[:, -N_BINS:] * self.scale[:, None, None]
        mag = c.square().sum(-1).sqrt().transpose(1, 2)
        db = 10 * torch.log10(mag.square() + 1e-10)
        db = db - db.amin((1, 2), keepdim=True)
        top = db.amax((1, 2), keepdim=True)
        norm = torch.where(top == 0, torch.zeros_like(db), db / torch.where(top == 0, torch.ones_like(top), top))
        return norm * self.bn_scale + self.bn_shift

    def harmonic_stack(self, cqt: torch.Tensor) -> torch.Tensor:
        """[B, T, 309] -> [B, 8, T, 264]: bin f of channel h is bin f + shift_h of the CQT (zero outside)."""
        chans = []
        for s in self.shifts:
            shifted = F.pad(cqt[..., s:], (0, s)) if s >= 0 else F.pad(cqt[..., :s], (-s, 0))
            chans.append(shifted[..., :CONTOUR_BINS])
        return torch.stack(chans, 1)

    def forward(self, wave: torch.Tensor) -> list[torch.Tensor]:
        """[B, 43844] -> the seven layers, each [B, 172, D]."""
        cqt = self.cqt(wave)
        x = self.harmonic_stack(cqt)
        contour_stack = F.relu(self.contour_conv(x))
        contour = torch.sigmoid(self.contour_out(contour_stack))
        note_stack = F.relu(self.note_conv(contour))
        note = torch.sigmoid(self.note_out(note_stack))
        onset_stack = F.relu(self.onset_conv(x))
        onset = torch.sigmoid(self.onset_out(torch.cat([note, onset_stack], 1)))
        flat = lambda h: h.transpose(1, 2).flatten(2)  # noqa: E731  [B, C, T, F] -> [B, T, C * F]
        return [cqt, flat(contour_stack), flat(contour), flat(note_stack), flat(note), flat(onset_stack),
                flat(onset)]


def load_onnx(net: BasicPitchNet, path: str) -> None:
    """The ONNX model's learned weights into the network, each found by its shape and checked."""
    import onnx
    from onnx import numpy_helper

    try:
        graph = onnx.load(path).graph
    except Exception as e:  # noqa: BLE001  onnx raises DecodeError, OSError, ...
        raise BenchError(f"{path}: cannot be read as an ONNX model ({type(e).__name__}: {e})") from None
    init = {i.name: numpy_helper.to_array(i) for i in graph.initializer}
    convs = {}
    for node in graph.node:
        if node.op_type == "Conv" and len(node.input) == 3 and init.get(node.input[1], np.zeros(0)).ndim == 4:
            w = init[node.input[1]]
            for name, shape in CONVS.items():
                if tuple(w.shape) == shape:
                    convs.setdefault(name, []).append((w, init[node.input[2]]))
    with torch.no_grad():
        for name, shape in CONVS.items():
            found = convs.get(name, [])
            if len(found) != 1:
                raise BenchError(f"{path}: expected one convolution with weights {list(shape)} ({name}), "
                                 f"found {len(found)}; not basic-pitch's nmp.onnx?")
            conv = getattr(net, name)
            conv.weight.copy_(torch.from_numpy(found[0][0].astype(np.float32)))
            conv.bias.copy_(torch.from_numpy(found[0][1].astype(np.float32).reshape(-1)))
        for param, key in ((net.bn_scale, CQT_BN), (net.bn_shift, CQT_BN + "1")):
            if key not in init or init[key].size != 1:
                raise BenchError(f"{path}: the CQT batch norm's constant '{key}' is missing")
            param.copy_(torch.tensor(float(init[key].reshape(-1)[0])))


class BasicPitch(ControlledEncoder):
    Options = ControlOptions
    sample_rate = SAMPLE_RATE
    frame_rate = SAMPLE_RATE / HOP
    frame_offset = 0.0  # centred frames: frame j on sample 256 j
    hidden_sizes = [N_BINS, 8 * CONTOUR_BINS, CONTOUR_BINS, 32 * NOTE_BINS, NOTE_BINS, 32 * NOTE_BINS, NOTE_BINS]
    num_layers = len(hidden_sizes)
    max_seconds = 60.0

    layer_names = LAYER_NAMES

    net_class = BasicPitchNet
    wheel = ("basic-pitch", "0.4.0", ONNX_REL, "weights (nmp.onnx)", "the path of an nmp.onnx")
    load_file = staticmethod(load_onnx)

    def forward(self, wave: torch.Tensor) -> list[torch.Tensor]:
        """[B, T] -> seven layers [B, 1 + T // 256, D]: the clip, after 15 frames of zeros (as basic-pitch pads
        it), cut into windows of 172 frames 142 apart, each keeping its middle 142 frames; `WINDOW_BATCH` windows
        a forward pass."""
        wave = wave.float().to(self.device)
        n_frames = wave.shape[1] // HOP + 1
        keep = WINDOW_FRAMES - 2 * CONTEXT  # 142
        n_windows = max(1, -(-n_frames // keep))
        # window w starts CONTEXT frames before frame w * keep; pad so that every window is whole
        total = (n_windows - 1) * keep * HOP + WINDOW
        padded = F.pad(wave, (CONTEXT * HOP, max(0, total - CONTEXT * HOP - wave.shape[1])))
        windows = padded.unfold(1, WINDOW, keep * HOP)[:, :n_windows]  # [B, W, 43844]
        b = wave.shape[0]
        flat = windows.reshape(b * n_windows, WINDOW)
        parts = [self.net(flat[i:i + WINDOW_BATCH]) for i in range(0, len(flat), WINDOW_BATCH)]
        outs = [torch.cat(p, 0) for p in zip(*parts)]
        layers = []
        for h in outs:
            h = h[:, CONTEXT:CONTEXT + keep].reshape(b, n_windows * keep, -1)
            layers.append(h[:, :n_frames])
        return layers
