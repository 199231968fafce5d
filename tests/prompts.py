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
