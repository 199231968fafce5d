"""Bahasa Indonesia and English through Qt Linguist.

Texts are marked ``tr("…")`` (``QT_TR_NOOP("…")`` where they are kept for later, in tables made
at import); ``pyside6-lupdate`` collects them into ``resources/translations/*.ts``, and
the ``.qm`` Qt loads is built from it by ``pyside6-lrelease``: by packaging/build.sh for a
bundle, or here on first use (kept beside the .ts, or in the data folder when that is
read-only). Everything is in the empty context, as lupdate files a bare ``tr()``.
"""

from __future__ import annotations

import contextlib
from pathlib import Path

from PySide6.QtCore import QT_TR_NOOP, QT_TRANSLATE_NOOP, QCoreApplication, QTranslator

from app.common import i18n as core_i18n
from app.common import paths
from app.common.i18n import count_of  # the same words, through the same translator

FOLDER = Path(__file__).resolve().parent.parent / "resources" / "translations"
LANGUAGE_FILES = {"id": "efaktur_desk_id"}
__all__ = ["QT_TR_NOOP", "count_of", "install", "tr"]
_installed: list[QTranslator] = []


def tr(text: str) -> str:
    return QCoreApplication.translate("", text)


def source_file(language: str) -> Path:
    return FOLDER / f"{LANGUAGE_FILES[language]}.ts"


def _lrelease() -> str | None:
    import PySide6

    bundled = Path(PySide6.__file__).parent / "lrelease"
    if bundled.exists():
        return str(bundled)
    import shutil

    return shutil.which("pyside6-lrelease") or shutil.which("lrelease")


def compiled_file(language: str) -> Path | None:
    """The .qm for ``language``: the built one when it is newer than its .ts, else built
    now. None when neither a .qm nor lrelease is there (the texts stay English)."""
    name = f"{LANGUAGE_FILES[language]}.qm"
    source = source_file(language)
    for place in (FOLDER, paths.data_dir() / "translations"):
        built = place / name
        if built.exists() and (
            not source.exists() or built.stat().st_mtime >= source.stat().st_mtime
        ):
            return built
    tool = _lrelease()
    if tool is None or not source.exists():
        return None
    import subprocess  # only here, where the .qm is built: not on every start

    # never in a data folder that went missing: making it would hide that it is gone
    places = [FOLDER] + ([] if paths.missing_data_dir() else [paths.data_dir() / "translations"])
    for place in places:
        with contextlib.suppress(OSError, subprocess.SubprocessError):
            place.mkdir(parents=True, exist_ok=True)
            built = place / name
            subprocess.run(
                [tool, "-silent", str(source), "-qm", str(built)],
                check=True,
                capture_output=True,
                timeout=60,
            )
            return built
    return None


def install(language: str) -> bool:
    """Show the interface in ``language`` from now on ("en" is the source: nothing to
    load). Widgets made before keep their texts, so this runs before the window."""
    app = QCoreApplication.instance()
    core_i18n.use(tr)  # the core's messages, through the same translators
    for translator in _installed:
        app.removeTranslator(translator)
    _installed.clear()
    if language not in LANGUAGE_FILES:
        return language == "en"
    built = compiled_file(language)
    translator = QTranslator(app)
    if built is None or not translator.load(str(built)):
        return False
    app.installTranslator(translator)
    _installed.append(translator)
    return True


# Qt's own buttons and boxes (Qt ships no Indonesian): the texts its themes ask for.
QT_TEXTS = [
    QT_TRANSLATE_NOOP("QPlatformTheme", "OK"),
    QT_TRANSLATE_NOOP("QPlatformTheme", "Save"),
    QT_TRANSLATE_NOOP("QPlatformTheme", "&Save"),
    QT_TRANSLATE_NOOP("QPlatformTheme", "Open"),
    QT_TRANSLATE_NOOP("QPlatformTheme", "Cancel"),
    QT_TRANSLATE_NOOP("QPlatformTheme", "Close"),
    QT_TRANSLATE_NOOP("QPlatformTheme", "&Yes"),
    QT_TRANSLATE_NOOP("QPlatformTheme", "&No"),
    QT_TRANSLATE_NOOP("QPlatformTheme", "Apply"),
    QT_TRANSLATE_NOOP("QPlatformTheme", "Help"),
    QT_TRANSLATE_NOOP("QPlatformTheme", "Discard"),
    QT_TRANSLATE_NOOP("QPlatformTheme", "Reset"),
    QT_TRANSLATE_NOOP("QPlatformTheme", "Restore Defaults"),
    QT_TRANSLATE_NOOP("QGnomeTheme", "&OK"),
    QT_TRANSLATE_NOOP("QGnomeTheme", "&Save"),
    QT_TRANSLATE_NOOP("QGnomeTheme", "&Cancel"),
    QT_TRANSLATE_NOOP("QGnomeTheme", "&Close"),
    QT_TRANSLATE_NOOP("QGnomeTheme", "Close without Saving"),
    QT_TRANSLATE_NOOP("QLineEdit", "&Undo"),
    QT_TRANSLATE_NOOP("QLineEdit", "&Redo"),
    QT_TRANSLATE_NOOP("QLineEdit", "Cu&t"),
    QT_TRANSLATE_NOOP("QLineEdit", "&Copy"),
    QT_TRANSLATE_NOOP("QLineEdit", "&Paste"),
    QT_TRANSLATE_NOOP("QLineEdit", "Delete"),
    QT_TRANSLATE_NOOP("QLineEdit", "Select All"),
]
