"""The window is a shell that asks the core: no file under ui/ reaches the database layer
(the models, peewee) or opens a transaction of its own. Saves the window cannot make
without a transaction belong in a core service, where the command line can use them too."""

import ast
from pathlib import Path

import ui

FORBIDDEN_MODULES = ("app.book.models", "peewee")  # also checked by lint-imports

def _is_forbidden(module: str) -> bool:
    return any(module == name or module.startswith(name + ".") for name in FORBIDDEN_MODULES)


def _reaches(tree: ast.AST) -> list[tuple[int, str]]:
    """(line, what) for each import of the database layer and each ``.atomic(`` call."""
    found = []
    for node in ast.walk(tree):
        if isinstance(node, ast.Import):
            found += [(node.lineno, a.name) for a in node.names if _is_forbidden(a.name)]
        elif isinstance(node, ast.ImportFrom) and node.module:
            names = [f"{node.module}.{a.name}" for a in node.names]
            found += [(node.lineno, name) for name in names if _is_forbidden(name)]
        elif (
            isinstance(node, ast.Call)
            and isinstance(node.func, ast.Attribute)
            and node.func.attr == "atomic"
        ):
            found.append((node.lineno, ".atomic("))
    return found


def offenders(root: Path) -> list[str]:
    return [
        f"{path.relative_to(root)}:{line}: {what}"
        for path in sorted(root.rglob("*.py"))
        for line, what in _reaches(ast.parse(path.read_text(), str(path)))
    ]


def test_no_ui_file_imports_the_models_or_peewee_or_opens_a_transaction():
    assert offenders(Path(ui.__file__).parent) == []


def test_the_scan_finds_each_way_of_reaching_the_database(tmp_path):
    (tmp_path / "tab.py").write_text(
        "import peewee\n"
        "from app.book.models import Billing\n"
        "from app.book import models\n"
        "def save(db):\n"
        "    with db.atomic('IMMEDIATE'):\n"
        "        pass\n"
    )
    (tmp_path / "fine.py").write_text("from app.billings import billing_detail\n")
    assert offenders(tmp_path) == [
        "tab.py:1: peewee",
        "tab.py:2: app.book.models.Billing",
        "tab.py:3: app.book.models",
        "tab.py:5: .atomic(",
    ]
