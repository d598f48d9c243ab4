"""A reader of TensorFlow's checkpoint format (a tensor bundle), without TensorFlow.

A checkpoint `PREFIX` is `PREFIX.index` plus `PREFIX.data-SSSSS-of-NNNNN` shards. The index is a LevelDB table
(sorted string table): data blocks of prefix-compressed key/value entries, an index block of block handles,
and a 48-byte footer ending in the magic number 0xdb4775248b80fb57. TensorFlow writes it uncompressed. Each key
is a variable's name; its value a `BundleEntryProto` (protobuf: dtype, shape, shard id, offset, size, crc32c);
the empty key holds the `BundleHeaderProto`. A tensor is `size` raw little-endian bytes at `offset` of its
shard. Partitioned (sliced) variables are not supported; nor are string tensors.
"""
from __future__ import annotations

import struct
from dataclasses import dataclass
from pathlib import Path
from typing import Iterator

import numpy as np

from ..errors import BenchError

MAGIC = 0xDB4775248B80FB57
FOOTER = 48
# TensorFlow's DataType enum -> numpy
DTYPES = {1: np.float32, 2: np.float64, 3: np.int32, 4: np.uint8, 5: np.int16, 6: np.int8, 9: np.int64,
          10: np.bool_, 17: np.uint16, 19: np.float16, 22: np.uint32, 23: np.uint64}


@dataclass(frozen=True)
class Entry:
    dtype: int
    shape: tuple[int, ...]
    shard: int
    offset: int
    size: int
    sliced: bool


def _varint(buf: bytes, pos: int) -> tuple[int, int]:
    value = shift = 0
    while True:
        if pos >= len(buf):
            raise ValueError("truncated varint")
        b = buf[pos]
        pos += 1
        value |= (b & 0x7F) << shift
        if b < 0x80:
            return value, pos
        shift += 7


def _fields(msg: bytes) -> Iterator[tuple[int, int | bytes]]:
    """(field number, value) of a protobuf message: ints for varint and fixed fields, bytes for the rest."""
    pos = 0
    while pos < len(msg):
        tag, pos = _varint(msg, pos)
        number, wire = tag >> 3, tag & 7
        if wire == 0:
            value, pos = _varint(msg, pos)
        elif wire == 1:
            value, pos = struct.unpack_from("<Q", msg, pos)[0], pos + 8
        elif wire == 5:
            value, pos = struct.unpack_from("<I", msg, pos)[0], pos + 4
        elif wire == 2:
            n, pos = _varint(msg, pos)
            value, pos = msg[pos:pos + n], pos + n
        else:
            raise ValueError(f"protobuf wire type {wire} is not supported")
        yield number, value


def _entry(value: bytes) -> Entry:
    dtype, shape, shard, offset, size, sliced = 0, [], 0, 0, 0, False
    for number, v in _fields(value):
        if number == 1:
            dtype = v
        elif number == 2:  # TensorShapeProto: repeated Dim (field 2) {size: 1}
            for n, dim in _fields(v):
                if n == 2:
                    shape.append(next((s for k, s in _fields(dim) if k == 1), 0))
        elif number == 3:
            shard = v
        elif number == 4:
            offset = v
        elif number == 5:
            size = v
        elif number == 7:
            sliced = True
    return Entry(int(dtype), tuple(int(s) for s in shape), int(shard), int(offset), int(size), sliced)


def _block(data: bytes, handle: bytes, where: str) -> bytes:
    offset, pos = _varint(handle, 0)
    size, _ = _varint(handle, pos)
    if offset + size + 5 > len(data):
        raise ValueError("a block runs past the end of the file")
    if data[offset + size] != 0:
        raise BenchError(f"{where}: a compressed index block (type {data[offset + size]}); TensorFlow writes "
                         "checkpoint indexes uncompressed")
    return data[offset:offset + size]


def _entries(block: bytes) -> Iterator[tuple[bytes, bytes]]:
    """A LevelDB block's key/value pairs: keys share a prefix with the key before (restart points at the end)."""
    restarts = struct.unpack_from("<I", block, len(block) - 4)[0]
    end = len(block) - 4 - 4 * restarts
    pos, key = 0, b""
    while pos < end:
        shared, pos = _varint(block, pos)
        own, pos = _varint(block, pos)
        size, pos = _varint(block, pos)
        key = key[:shared] + block[pos:pos + own]
        pos += own
        yield key, block[pos:pos + size]
        pos += size


def read_index(prefix: str | Path) -> dict[str, Entry]:
    """Every variable of a checkpoint: name -> Entry (the header entry left out)."""
    path = Path(f"{prefix}.index")
    try:
        data = path.read_bytes()
    except OSError as e:
        raise BenchError(f"{path}: cannot be read ({e.strerror or e})") from None
    try:
        if len(data) < FOOTER or struct.unpack_from("<Q", data, len(data) - 8)[0] != MAGIC:
            raise ValueError("no LevelDB table footer (magic number)")
        footer = data[-FOOTER:]
        _, pos = _varint(footer, 0)  # the metaindex handle: offset, size
        _, pos = _varint(footer, pos)
        index = _block(data, footer[pos:], str(path))
        out = {}
        for _, handle in _entries(index):
            for key, value in _entries(_block(data, handle, str(path))):
                if key:
                    out[key.decode()] = _entry(value)
        return out
    except (ValueError, struct.error, UnicodeDecodeError) as e:
        raise BenchError(f"{path}: not a TensorFlow checkpoint index ({e})") from None


def load(prefix: str | Path) -> dict[str, np.ndarray]:
    """Every variable of the checkpoint at `prefix` as a numpy array (TensorFlow's layout: a conv kernel is
    [height, width, in, out], a dense kernel [in, out])."""
    index = read_index(prefix)
    shards = 1 + max((e.shard for e in index.values()), default=0)
    out: dict[str, np.ndarray] = {}
    for s in range(shards):
        path = Path(f"{prefix}.data-{s:05d}-of-{shards:05d}")
        try:
            data = path.read_bytes()
        except OSError as e:
            raise BenchError(f"{path}: cannot be read ({e.strerror or e}); a checkpoint is its .index and every "
                             f".data shard") from None
        for name, e in index.items():
            if e.shard != s:
                continue
            if e.sliced:
                raise BenchError(f"{prefix}: variable '{name}' is partitioned into slices, which is not supported")
            if e.dtype not in DTYPES:
                raise BenchError(f"{prefix}: variable '{name}' has TensorFlow dtype {e.dtype}, not supported")
            dtype = np.dtype(DTYPES[e.dtype]).newbyteorder("<")
            if e.size != int(np.prod(e.shape, dtype=np.int64)) * dtype.itemsize or e.offset + e.size > len(data):
                raise BenchError(f"{path}: variable '{name}' ({e.size} bytes at {e.offset}) does not match its "
                                 f"shape {list(e.shape)} or runs past the shard")
            out[name] = np.frombuffer(data, dtype, count=e.size // dtype.itemsize, offset=e.offset
                                      ).reshape(e.shape).astype(dtype.newbyteorder("="))
    return out
