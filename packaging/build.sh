#!/usr/bin/env bash
# Build the one-folder bundle in build/dist/efaktur-desk and check that it starts:
# `efaktur-desk --check` opens the window offscreen on a fresh book and exits 0 once painted.
# Linux and macOS; on Windows run the same two pyinstaller/--check steps in PowerShell.
set -euo pipefail
cd "$(dirname "$0")/.."
python3 -m venv build/venv
build/venv/bin/pip install -q -e ".[package]"
for ts in resources/translations/*.ts; do  # the .qm Qt loads, built here, never committed
    build/venv/bin/pyside6-lrelease -silent "$ts" -qm "${ts%.ts}.qm"
done
build/venv/bin/pyinstaller --noconfirm --log-level WARN \
    --distpath build/dist --workpath build/work packaging/efaktur-desk.spec
check_book="$(mktemp -d)/book.sqlite"
QT_QPA_PLATFORM=offscreen build/dist/efaktur-desk/efaktur-desk --db "$check_book" --check
QT_QPA_PLATFORM=offscreen build/dist/efaktur-desk/efaktur-desk --db "$check_book" demo
build/dist/efaktur-desk/efaktur-desk --db "$check_book" billings | head -3
echo "built and started: build/dist/efaktur-desk/"
