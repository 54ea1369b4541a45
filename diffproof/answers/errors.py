"""Why an answer cannot be judged: the project's own exceptions, each with a message a student can act on."""

from __future__ import annotations


class InvalidAnswer(ValueError):
    """The text is not a formula of the notation; ``position`` (0-based) points at the problem when known."""

    def __init__(self, message: str, position: int | None = None, context: str = "") -> None:
        super().__init__(message)
        self.message = message
        self.position = position
        self.context = context

    def __str__(self) -> str:
        if self.position is None:
            return self.message
        return f"{self.message} (at character {self.position + 1})"

    def labelled(self, label: str, text: str) -> InvalidAnswer:
        """The same error prefixed by the argument it came from, with the pointer into ``text`` as context."""
        return type(self)(f"{label}: {self}", None, self.pointer(text))

    def pointer(self, text: str) -> str:
        """The offending line of ``text`` with a caret under ``position`` (empty when unknown or too long)."""
        if self.position is None or len(text) > 400 or not text.isprintable():
            return ""
        return f"  {text}\n  {' ' * self.position}^"


class UnknownSymbol(InvalidAnswer):
    """A name the quantity (or the notation) does not know; the message lists the accepted names."""


class LimitExceeded(InvalidAnswer):
    """The input is larger, deeper or more explosive than the checker accepts."""
