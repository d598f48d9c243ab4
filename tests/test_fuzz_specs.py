"""Property-based fuzzing of the spec loaders: whatever a YAML file holds, loading it either succeeds with a spec
whose numbers are finite and sane, or fails with a BenchError naming the file; never another exception."""
from __future__ import annotations

import math
from pathlib import Path

import yaml
from hypothesis import HealthCheck, given, settings
from hypothesis import strategies as st

from benchmark.errors import BenchError
from benchmark.config.specs import load_submission, load_task

BASE = {
    "version": 1,
    "clip": {"seconds": 2.0, "crop": "center"},
    "protocol": {"pooling": "mean", "probe": "mlp", "hidden": 64, "dropout": 0.2,
                 "grid": {"lr": [1e-3, 1e-4], "weight_decay": [0.0]}, "epochs": 10, "batch_size": 16,
                 "patience": 3, "seeds": [0, 1], "weighted_sum": True},
}
TASK = {"include": "_base.yaml", "name": "fuzz", "version": 1, "suite": ["s"], "family": "acoustic",
        "dataset": {"name": "d", "manifest": "d/manifest.jsonl"}, "target": "multiclass",
        "metrics": ["accuracy"], "primary": "accuracy"}
SUBMISSION = {"name": "fuzz", "adapter": "logmel", "checkpoint": None, "revision": None, "options": {},
              "expect": {"sample_rate": 16000, "num_layers": 1}}

scalars = st.one_of(
    st.none(), st.booleans(), st.integers(min_value=-(10 ** 30), max_value=10 ** 30),
    st.floats(allow_nan=True, allow_infinity=True), st.text(max_size=20),
    st.sampled_from(["..", "../../etc/passwd", "/etc/passwd", "a/b", "~", "", "-1", ".nan", ".inf", "1e23",
                     "_base.yaml", "../_base.yaml", "fuzz", "accuracy", "r2", "mlp", "key", "mean"]))
values = st.recursive(scalars, lambda inner: st.one_of(st.lists(inner, max_size=4),
                                                       st.dictionaries(st.text(max_size=8), inner, max_size=4)),
                      max_leaves=12)


def _paths(obj, prefix=()):
    yield prefix
    if isinstance(obj, dict):
        for k, v in obj.items():
            yield from _paths(v, prefix + (k,))


def _mutate(doc: dict, path: tuple, value, delete: bool) -> dict:
    if not path:
        return value if isinstance(value, dict) else {"junk": value}
    out = dict(doc)
    head, rest = path[0], path[1:]
    if rest and isinstance(out.get(head), dict):
        out[head] = _mutate(out[head], rest, value, delete)
    elif delete:
        out.pop(head, None)
    else:
        out[head] = value
    return out


def _check_sane(task) -> None:
    p = task.protocol
    nums = [*p.grid.lr, *p.grid.weight_decay, p.dropout, p.hidden, p.epochs, p.batch_size, p.patience, *p.seeds]
    if task.clip.seconds is not None:
        nums.append(task.clip.seconds)
    assert all(math.isfinite(v) for v in nums)
    assert all(v > 0 for v in p.grid.lr) and all(0 <= s < 2 ** 32 for s in p.seeds)
    assert ".." not in task.name and "/" not in task.name and ".." not in task.dataset.manifest.split("/")


def _write(folder: Path, name: str, doc) -> Path:
    path = folder / name
    path.write_text(yaml.safe_dump(doc, allow_unicode=True))
    return path


def _load(loader, path: Path):
    try:
        return loader(path)
    except BenchError as e:
        assert str(path) in str(e) or path.name in str(e), e
        return None


FUZZ = settings(max_examples=300, deadline=None, suppress_health_check=[HealthCheck.function_scoped_fixture,
                                                                         HealthCheck.too_slow])


@FUZZ
@given(data=st.data())
def test_mutated_task_specs_load_or_fail_cleanly(tmp_path_factory, data):
    folder = tmp_path_factory.mktemp("fuzz")
    which = data.draw(st.sampled_from(["task", "base"]))
    doc = TASK if which == "task" else BASE
    path = data.draw(st.sampled_from(list(_paths(doc))))
    mutated = _mutate(doc, path, data.draw(values), data.draw(st.booleans()))
    _write(folder, "_base.yaml", mutated if which == "base" else BASE)
    task_path = _write(folder, "fuzz.yaml", mutated if which == "task" else TASK)
    task = _load(load_task, task_path)
    if task is not None:
        _check_sane(task)


@FUZZ
@given(data=st.data())
def test_mutated_submissions_and_raw_bytes_load_or_fail_cleanly(tmp_path_factory, data):
    folder = tmp_path_factory.mktemp("fuzz")
    path = folder / "fuzz.yaml"
    if data.draw(st.booleans()):
        doc = _mutate(SUBMISSION, data.draw(st.sampled_from(list(_paths(SUBMISSION)))), data.draw(values),
                      data.draw(st.booleans()))
        path.write_text(yaml.safe_dump(doc, allow_unicode=True))
    else:  # raw text and bytes: broken YAML, anchors and aliases, tags, non-UTF-8
        raw = data.draw(st.one_of(
            st.binary(max_size=200),
            st.text(alphabet=st.sampled_from(list("abc:{}[]&*!|>-?,#'\" \n\t0123456789.")), max_size=120),
            st.builds(lambda n: ("a: &x [1]\n" + "".join(f"l{i}: &x{i} [*x{i - 1 if i else ''}, *x]\n"
                                                        for i in range(n))).encode(), st.integers(0, 30))))
        path.write_bytes(raw if isinstance(raw, bytes) else raw.encode())
    _load(load_submission, path)
    _load(load_task, path)
