"""Errors as data: a type, a message, and where the problem is.

Every mistake a user can make (a bad draft, a broken CSV, a corrupt ledger, a bad flag) is a
``WorkbenchError``. The CLI prints ``str(error)`` — one line, ``path:line:col: message (hint)``
— and exits 2. Nothing else about the error reaches the user: no traceback.
"""

from __future__ import annotations

from dataclasses import dataclass, field
from typing import ClassVar


def location(path: str | None, line: int | None, column: int | None) -> str:
    """``path:line:col``, as far as it is known."""
    parts = [path or "<input>"]
    if line is not None:
        parts.append(str(line))
        if column is not None:
            parts.append(str(column))
    return ":".join(parts)


def one_line(path: str | None, line: int | None, column: int | None, message: str, hint: str | None) -> str:
    """The one line a problem is shown as: ``path:line:col: message (hint)``."""
    text = f"{location(path, line, column)}: {message}" if path or line else message
    return f"{text} ({hint})" if hint else text


@dataclass
class WorkbenchError(Exception):
    """A user-facing error. Subclasses set ``type`` and the default ``hint``."""

    type: ClassVar[str] = "error"
    hint: ClassVar[str] = ""

    path: str | None = None
    line: int | None = None
    column: int | None = None
    params: dict[str, object] = field(default_factory=dict)

    def __post_init__(self) -> None:
        super().__init__(str(self))

    @property
    def message(self) -> str:
        return str(self.params.get("message", ""))

    @property
    def where(self) -> str:
        return location(self.path, self.line, self.column)

    def __str__(self) -> str:
        hint = self.params.get("hint", self.hint)
        return one_line(self.path, self.line, self.column, self.message, str(hint) if hint else None)

    @classmethod
    def at(cls, message: str, path: str | None = None, line: int | None = None,
           column: int | None = None, hint: str | None = None) -> "WorkbenchError":
        """Build an error of this type: ``DraftError.at("empty file", "d.md", 1, 1)``."""
        params: dict[str, object] = {"message": message}
        if hint is not None:
            params["hint"] = hint
        return cls(path=path, line=line, column=column, params=params)

    def to_dict(self) -> dict[str, object]:
        return {"type": self.type, "message": self.message, "path": self.path,
                "line": self.line, "column": self.column}


class DraftError(WorkbenchError):
    type = "draft-error"
    hint = "give a UTF-8 text or Markdown draft"


class ReferenceDataError(WorkbenchError):
    type = "reference-error"
    hint = "fix the reference data package and run `workbench reference validate`"


class LedgerError(WorkbenchError):
    type = "ledger-error"
    hint = "restore the ledger from version control or fix it by hand; it was not changed"


class ConflictError(WorkbenchError):
    type = "ledger-conflict"
    hint = "reload the ledger and apply your change again"


class ConfigError(WorkbenchError):
    type = "config-error"
    hint = "see `workbench --help` and the README's configuration section"


class FetchError(WorkbenchError):
    type = "fetch-error"
    hint = "the reference package was left unchanged"


class UsageError(WorkbenchError):
    type = "usage-error"
    hint = "see `workbench COMMAND --help`"


class WriteError(WorkbenchError):
    type = "write-error"
    hint = "free space or fix the folder's permissions; the file on disk was left as it was"


class InternalError(Exception):
    """A bug met while processing ``path`` in a worker process, carried back to the CLI (plain
    exception arguments survive pickling)."""

    def __init__(self, path: str | None, description: str) -> None:
        super().__init__(path, description)
        self.path = path
        self.description = description


# The input being processed, for the CLI's last-resort message when a bug escapes: set by the
# loops that go through many files, read only by ``workbench.cli.main``.
_current_input: list[str | None] = [None]


def note_input(path: str | None) -> None:
    """Remember that ``path`` is being processed now (for the message if a bug escapes)."""
    _current_input[0] = path


def current_input() -> str | None:
    return _current_input[0]
