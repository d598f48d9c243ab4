"""Spec and entry YAML, read as data and within limits: a SafeLoader that refuses duplicate keys and stops at
MAX_NODES values, size and depth limits checked before and after parsing, UTF-8 only, and `include:` merged
from the file's own folder (or the task search path). Every refusal names the file and what was wrong."""
from __future__ import annotations

from pathlib import Path
from typing import Any

import yaml

from ..errors import BenchError

MAX_DEPTH = 32  # nesting of a YAML document
MAX_NODES = 100_000  # values in a YAML document, aliases counted each time they are used
MAX_BYTES = 1_000_000


class _TooLarge(yaml.YAMLError):
    pass


class _Loader(yaml.SafeLoader):
    """safe_load that refuses a key given twice in one mapping (YAML's last-one-wins hides typos), and stops
    composing once the document holds more than MAX_NODES nodes (a 490,000-item list in a 0.98 MB file took
    151 s and 381 MB to be refused after parsing)."""

    nodes = 0

    def compose_node(self, parent, index):
        self.nodes += 1
        if self.nodes > MAX_NODES:
            raise _TooLarge(f"more than {MAX_NODES} values")
        return super().compose_node(parent, index)

    def construct_mapping(self, node, deep=False):
        seen: dict[Any, int] = {}
        for key_node, _ in node.value:
            if key_node.tag == "tag:yaml.org,2002:merge":
                continue
            key = self.construct_object(key_node, deep=True)
            line = key_node.start_mark.line + 1
            try:
                first = seen.get(key)
            except TypeError:
                raise yaml.constructor.ConstructorError(None, None, f"a key must be a plain value, not {key!r}",
                                                        key_node.start_mark) from None
            if first is not None:
                raise yaml.constructor.ConstructorError(
                    None, None, f"key '{key}' given twice (first on line {first})", key_node.start_mark)
            seen[key] = line
        return super().construct_mapping(node, deep)


def _check_size(path: Path, data: Any) -> None:
    """Refuse documents nested deeper than MAX_DEPTH or holding more than MAX_NODES values (an alias counts
    every time it is used, so a 'billion laughs' document stops here instead of exhausting memory later)."""
    budget = MAX_NODES
    stack = [(data, 1)]
    while stack:
        node, depth = stack.pop()
        budget -= 1
        if budget < 0:
            raise BenchError(f"{path}: more than {MAX_NODES} values (aliases counted each time they are used)")
        if depth > MAX_DEPTH:
            raise BenchError(f"{path}: nested more than {MAX_DEPTH} levels deep")
        if isinstance(node, dict):
            stack.extend((v, depth + 1) for v in node.values())
        elif isinstance(node, list):
            stack.extend((v, depth + 1) for v in node)


def read_yaml(path: Path) -> dict[str, Any]:
    if not path.is_file():
        raise BenchError(f"{path}: file not found")
    raw = path.read_bytes()
    if len(raw) > MAX_BYTES:
        raise BenchError(f"{path}: {len(raw)} bytes; a spec or entry is at most {MAX_BYTES}")
    try:
        text = raw.decode("utf-8")
    except UnicodeDecodeError as e:
        line = raw[:e.start].count(b"\n") + 1
        raise BenchError(f"{path}: line {line}: not UTF-8 text (byte 0x{raw[e.start]:02x}); save it as UTF-8") from None
    separators = text.count(",") + text.count("\n")
    if separators > 2 * MAX_NODES:  # a cheap bound before parsing: PyYAML takes minutes over such a list
        raise BenchError(f"{path}: {separators:,} commas and line breaks, room for more than {MAX_NODES:,} values "
                         f"(a spec or entry holds at most {MAX_NODES:,}); refused before parsing")
    try:
        data = yaml.load(text, Loader=_Loader)  # noqa: S506 (a SafeLoader subclass)
    except _TooLarge as e:
        raise BenchError(f"{path}: {e} (a spec or entry holds at most {MAX_NODES}); refused while reading") from None
    except yaml.YAMLError as e:
        mark = getattr(e, "problem_mark", None)
        where = f" line {mark.line + 1}" if mark else ""
        raise BenchError(f"{path}:{where}: not valid YAML ({getattr(e, 'problem', None) or e})") from None
    except RecursionError:
        raise BenchError(f"{path}: nested more than {MAX_DEPTH} levels deep") from None
    _check_size(path, data)
    if not isinstance(data, dict):
        raise BenchError(f"{path}: expected a mapping of fields at the top level, got {type(data).__name__}")
    return data


def _merge(base: dict[str, Any], over: dict[str, Any]) -> dict[str, Any]:
    out = dict(base)
    for k, v in over.items():
        out[k] = _merge(out[k], v) if isinstance(v, dict) and isinstance(out.get(k), dict) else v
    return out


def load_yaml_with_includes(path: Path, _seen: tuple[Path, ...] = (), _root: Path | None = None,
                            include_dirs: list[Path] | tuple[Path, ...] = ()) -> dict[str, Any]:
    """Read a YAML file; `include: other.yaml` (relative to it, and inside the folder of the file first read)
    is deep-merged underneath. A plain file name not found there is looked up in `include_dirs`, in order."""
    path = Path(path)
    root = _root or path.resolve().parent
    if path.resolve() in _seen:
        raise BenchError(f"{path}: field 'include': include cycle through {path.name}")
    data = read_yaml(path)
    inc = data.pop("include", None)
    if inc is None:
        return data
    if not isinstance(inc, str) or not inc or any(ord(c) < 32 for c in inc):
        raise BenchError(f"{path}: field 'include': expected a file name (printable, no control characters), "
                         f"got {inc!r}")
    base_path = path.parent / inc
    if not base_path.is_file() and not any(c in inc for c in "/\\") and ".." not in inc:
        for d in include_dirs:
            if (Path(d) / inc).is_file():
                base_path, root = Path(d) / inc, Path(d).resolve()
                break
    if not base_path.resolve().is_relative_to(root):
        raise BenchError(f"{path}: field 'include': '{inc}' is outside {root}; an include must be a file in that "
                         f"folder")
    if not base_path.is_file():
        where = " or in " + ", ".join(map(str, include_dirs)) if include_dirs else ""
        raise BenchError(f"{path}: field 'include': file '{inc}' not found next to it{where}")
    return _merge(load_yaml_with_includes(base_path, _seen + (path.resolve(),), root, include_dirs), data)
