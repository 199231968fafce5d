#!/usr/bin/env bash
# Collect the window's texts into the translation files (keeps every translation made;
# no line numbers, so the file changes only when a text does),
# then open the new ones in Qt Linguist: .venv/bin/pyside6-linguist resources/translations/*.ts
set -euo pipefail
cd "$(dirname "$0")/.."
for ts in resources/translations/*.ts; do
    .venv/bin/pyside6-lupdate $(find ui app -name "*.py" | sort) -ts "$ts" -no-obsolete -locations none
done
