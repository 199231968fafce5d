"""Prompts that tests script: answers are queued, every box shown is recorded."""

from __future__ import annotations

import pytest

from ui.interaction import Prompts


class ScriptedPrompts(Prompts):
    def __init__(self) -> None:
        self.answers: list[bool] = []
        self.choices: list[int | None] = []
        self.asked: list[str] = []
        self.informed: list[str] = []
        self.refused: list[str] = []
        self.paths: list = []  # answers to save_path (a Path or None)
        self.texts: list[str | None] = []  # answers to pick_text
        self.offered: list[list[str]] = []  # the items each pick_text offered
        self.opened: list[list] = []  # answers to open_paths (lists of Paths)
        self.shown_externally: list = []  # paths handed to the system viewer
        self.folders: list = []  # answers to choose_folder (a Path or None)

    def ask_yes_no(self, parent, title, text) -> bool:
        self.asked.append(text)
        if not self.answers:
            pytest.fail(f"unexpected question: {text}")
        return self.answers.pop(0)

    def inform(self, parent, title, text) -> None:
        self.informed.append(text)

    def refuse(self, parent, title, text) -> None:
        self.refused.append(text)

    def choose(self, parent, title, text, options):
        self.asked.append(text)
        if not self.choices:
            pytest.fail(f"unexpected choice: {text}")
        return self.choices.pop(0)

    def save_path(self, parent, title, suggested, file_filter):
        self.asked.append(f"{title}: {suggested}")
        if not self.paths:
            pytest.fail(f"unexpected save dialog: {title}")
        return self.paths.pop(0)

    def open_paths(self, parent, title, file_filter):
        self.asked.append(title)
        if not self.opened:
            pytest.fail(f"unexpected open dialog: {title}")
        return self.opened.pop(0)

    def choose_folder(self, parent, title, start):
        self.asked.append(title)
        if not self.folders:
            pytest.fail(f"unexpected folder dialog: {title}")
        return self.folders.pop(0)

    def open_externally(self, path):
        self.shown_externally.append(path)
        return True

    def pick_text(self, parent, title, label, items):
        self.asked.append(label)
        self.offered.append(list(items))
        if not self.texts:
            pytest.fail(f"unexpected pick: {label}")
        return self.texts.pop(0)
