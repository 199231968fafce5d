"""Errors the core raises toward the user."""


class Refused(Exception):
    """An action or input the rules do not allow; the message is for the user.

    Nothing has been changed when this is raised: services raise it before they
    write, or from inside the transaction that is then rolled back.
    """

    @property
    def message(self) -> str:
        return str(self.args[0]) if self.args else "Not allowed."


class BookError(Exception):
    """The book file itself cannot be used (not SQLite, newer version, locked...)."""
