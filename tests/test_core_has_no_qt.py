"""The core must work with no Qt at all: importing any of it loads no PySide6."""

import pkgutil
import subprocess
import sys
from pathlib import Path

import app


def test_importing_every_core_module_loads_no_qt():
    modules = sorted(m.name for m in pkgutil.walk_packages(app.__path__, "app."))
    assert "app.billings.billing_actions" in modules and "app.cli.main" in modules
    script = (
        "import importlib, sys\n"
        f"for name in {modules!r}:\n"
        "    importlib.import_module(name)\n"
        "qt = ('PySide6', 'shiboken6', 'ui')\n"
        "print(sorted(m for m in sys.modules if m.split('.')[0] in qt))\n"
    )
    out = subprocess.run(
        [sys.executable, "-c", script],
        capture_output=True,
        text=True,
        check=True,
        cwd=Path(app.__file__).parent.parent,
    )
    assert out.stdout.strip() == "[]"


def test_no_core_source_names_qt():
    root = Path(app.__file__).parent
    offenders = [
        str(p.relative_to(root))
        for p in root.rglob("*.py")
        if "PySide6" in p.read_text() or "QtCore" in p.read_text()
    ]
    assert offenders == []
