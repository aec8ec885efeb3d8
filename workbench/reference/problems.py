"""Reference data problems as data: a stable code, where it is, and the one-line message.

Codes follow Frictionless' error names where one fits (``type-error``, ``constraint-error``,
``missing-column``…), so that `workbench reference validate --format json` can be filtered by
a script while the text format stays ``path:line:column: message (hint)``.
"""

from __future__ import annotations

from dataclasses import asdict, dataclass, field
from enum import StrEnum
from typing import Literal

from ..errors import ReferenceDataError, location, one_line


class ProblemCode(StrEnum):
    NO_FOLDER = "no-folder"
    MISSING_FOLDER = "missing-folder"
    UNREADABLE_FILE = "unreadable-file"
    MISSING_FILE = "missing-file"
    NO_DESCRIPTOR = "no-descriptor"  # a warning: a folder of CSVs described in memory
    ENCODING_ERROR = "encoding-error"
    JSON_ERROR = "json-error"
    YAML_ERROR = "yaml-error"  # datapackage.yaml / .yml that YAML cannot read
    ARCHIVE_ERROR = "archive-error"  # a zip that cannot be read, or holds no package where one is looked for
    UNSAFE_MEMBER = "unsafe-member"  # a zip member with an absolute path, '..' or a link: the archive is refused
    DESCRIPTOR_ERROR = "descriptor-error"
    DUPLICATE_RESOURCE = "duplicate-resource"
    INVALID_PATH = "invalid-path"
    SCHEMA_ERROR = "schema-error"
    BLANK_HEADER = "blank-header"
    DUPLICATE_COLUMN = "duplicate-column"
    EXTRA_COLUMN = "extra-column"
    MISSING_COLUMN = "missing-column"
    INCORRECT_LABEL = "incorrect-label"
    SOURCE_ERROR = "source-error"
    EXTRA_CELL = "extra-cell"  # a warning: cells beyond the header, ignored
    MISSING_CELL = "missing-cell"  # a row shorter than the header
    MISSING_VALUE = "missing-value"
    TYPE_ERROR = "type-error"
    INVALID_UNIT = "invalid-unit"
    CONSTRAINT_ERROR = "constraint-error"
    UNKNOWN_SOURCE = "unknown-source"
    DUPLICATE_ROW = "duplicate-row"
    BLANK_ROW = "blank-row"
    MATCHING = "matching"  # a warning: what the matcher will miss (no aliases, no unit, default kind)


@dataclass(frozen=True)
class Problem:
    """One problem in one file. ``line`` is the file's line (1 = a CSV's header, or the line
    in datapackage.json); ``column`` is 1-based; ``field`` names the CSV column when known."""

    code: ProblemCode
    message: str
    path: str | None = None
    line: int | None = None
    column: int | None = None
    field: str | None = None
    hint: str | None = None  # None: the general advice of ReferenceDataError
    severity: Literal["error", "warning"] = "error"  # warnings never stop a package from loading
    resource: str | None = None  # the resource it concerns, when one

    @property
    def is_error(self) -> bool:
        return self.severity == "error"

    @property
    def where(self) -> str:
        return location(self.path, self.line, self.column)

    def __str__(self) -> str:
        hint = ReferenceDataError.hint if self.hint is None else self.hint
        return f"{self.line_text()} ({hint})" if hint else self.line_text()

    def line_text(self) -> str:
        """The problem without its hint: ``path:line:col: [warning: ]message``."""
        message = f"warning: {self.message}" if self.severity == "warning" else self.message
        return one_line(self.path, self.line, self.column, message, None)

    def to_dict(self) -> dict[str, object]:
        return {**asdict(self), "code": self.code.value}


@dataclass
class ReferenceProblems(ReferenceDataError):
    """Raised by ``load_reference``: the first problem's place, and all problems in ``problems``."""

    problems: list[Problem] = field(default_factory=list)

    @classmethod
    def of(cls, problems: list[Problem]) -> "ReferenceProblems":
        first = problems[0]
        more = f" — and {len(problems) - 1} more problem(s)" if len(problems) > 1 else ""
        params: dict[str, object] = {"message": first.message + more}
        if more:
            params["hint"] = "run `workbench reference validate` to list them all"
        elif first.hint:  # its own advice ('give the folder that holds it'), not the general one
            params["hint"] = first.hint
        return cls(path=first.path, line=first.line, column=first.column, params=params, problems=problems)
