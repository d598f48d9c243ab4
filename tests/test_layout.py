"""The walls of the design, enforced: import-linter's contracts in pyproject.toml (no torch under the specs, encoders
never reach probing or the board, probing never reaches audio, the board reads result files only, nothing imports
the command line, no import cycles), and no module importing another module's private name."""
from __future__ import annotations

import ast
import subprocess
import sys
from pathlib import Path

import pytest

from conftest import REPO


def lint_imports(root: Path) -> subprocess.CompletedProcess:
    exe = Path(sys.executable).with_name("lint-imports")
    return subprocess.run([str(exe), "--no-cache"], cwd=root, capture_output=True, text=True, timeout=600,
                          env={"PYTHONPATH": str(root), "PATH": "/usr/bin:/bin"})


def test_the_import_contracts_hold():
    run = lint_imports(REPO)
    assert run.returncode == 0, run.stdout + run.stderr
    assert "BROKEN" not in run.stdout and run.stdout.count("KEPT") >= 6, run.stdout


@pytest.mark.parametrize("module, line, broken", [
    ("benchmark/board/ranking.py", "from ..extract import features  # noqa", "the board reads result files only"),
    ("benchmark/config/specs.py", "import torch  # noqa", "never import torch"),
    ("benchmark/encoders/base.py", "from ..probing import probes  # noqa", "encoders never reach probing"),
    ("benchmark/probing/probes.py", "from ..data import audio  # noqa", "probing never reaches audio or encoders"),
    ("benchmark/pipeline/run.py", "from .. import cli  # noqa", "nothing imports the command line"),
    ("benchmark/errors.py", "from .config import specs  # noqa", "no import cycles"),
])
def test_a_forbidden_import_breaks_its_contract(tmp_path, module, line, broken):
    """Each wall, crossed once in a copy of the package, is reported broken by name."""
    import shutil

    root = tmp_path / "repo"
    shutil.copytree(REPO / "benchmark", root / "benchmark", ignore=shutil.ignore_patterns("web", "__pycache__"))
    shutil.copy(REPO / "pyproject.toml", root)
    path = root / module
    path.write_text(path.read_text() + "\n" + line + "\n")
    run = lint_imports(root)
    assert run.returncode != 0
    broken_lines = [ln for ln in run.stdout.splitlines() if " BROKEN" in ln]
    assert any(broken in ln for ln in broken_lines), run.stdout


def private_imports(package: Path) -> list[str]:
    """`from <a benchmark module> import _name`, or `module._name` on a module so imported, anywhere in the
    package (in a function too)."""
    def private(name: str) -> bool:
        return name.startswith("_") and not name.startswith("__")

    found = []
    for path in sorted(package.rglob("*.py")):
        tree = ast.parse(path.read_text(), str(path))
        where = path.relative_to(package.parent)
        imported = set()
        for node in ast.walk(tree):
            if isinstance(node, ast.ImportFrom) and (node.level or (node.module or "").startswith("benchmark")):
                for alias in node.names:
                    imported.add(alias.asname or alias.name)
                    if private(alias.name):
                        found.append(f"{where}:{node.lineno}: {alias.name}")
        for node in ast.walk(tree):
            if isinstance(node, ast.Attribute) and private(node.attr) and isinstance(node.value, ast.Name) \
                    and node.value.id in imported:
                found.append(f"{where}:{node.lineno}: {node.value.id}.{node.attr}")
    return found


def test_no_module_imports_another_modules_private_name(tmp_path):
    assert private_imports(REPO / "benchmark") == []
    bad = tmp_path / "benchmark"
    bad.mkdir()
    (bad / "a.py").write_text("def f():\n    from .b import _hidden\n")
    (bad / "c.py").write_text("from . import b\n\n\ndef g():\n    return b._hidden()\n")
    assert private_imports(bad) == ["benchmark/a.py:2: _hidden", "benchmark/c.py:5: b._hidden"]
