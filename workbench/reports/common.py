"""What every renderer needs: one flat list of reportable items, paths relative to a root."""

from __future__ import annotations

from collections.abc import Iterator
from dataclasses import dataclass, field
from pathlib import Path

from ..models import CheckReport, DraftReport, Verdict
from ..rules import RULES, is_reported
from .escaping import printable


@dataclass(frozen=True)
class Item:
    """One line of a linter report: a claim's verdict or a draft-level finding."""

    path: str
    line: int
    column: int
    end_column: int | None
    verdict: Verdict
    rule: str
    message: str
    claim_id: str | None = None
    claim_text: str | None = None
    flags: tuple[str, ...] = ()
    suppressed: bool = False
    reviewed: bool = False
    source_url: str = ""
    source: str = ""
    reason: str | None = None  # the claim's reason code (docs/check.md), None for findings
    extra: dict[str, object] = field(default_factory=dict, compare=False, hash=False)

    @property
    def level(self) -> str:
        return RULES[self.rule].level


def relative_path(path: str, root: Path | None) -> str:
    """``path`` relative to ``root`` with forward slashes, when it lies inside it."""
    p = Path(path)
    if root is not None:
        try:
            base = root.resolve()
            p = (p if p.is_absolute() else Path.cwd() / p).resolve().relative_to(base)
        except (ValueError, OSError):
            p = Path(path)
    return p.as_posix()


def items(report: CheckReport, root: Path | None = None, *, everything: bool = False,
          suppressed: bool = False) -> Iterator[Item]:
    """Reportable items in draft order, then by position. ``everything`` adds plain support."""
    for draft in report.drafts:
        yield from draft_items(draft, root, everything=everything, suppressed=suppressed)


def draft_items(draft: DraftReport, root: Path | None = None, *, everything: bool = False,
                suppressed: bool = False) -> list[Item]:
    path = relative_path(draft.path, root)
    found: list[Item] = []
    for result in draft.results:
        if result.suppressed and not suppressed:
            continue
        if not everything and not is_reported(result.verdict, result.rule):
            continue
        claim = result.claim
        single_line = "\n" not in claim.text
        found.append(Item(
            path=path, line=claim.line, column=claim.column,
            end_column=claim.column + len(claim.text) if single_line else None,
            verdict=result.verdict, rule=result.rule, message=result.explanation,
            claim_id=claim.id, claim_text=claim.text, flags=tuple(f.value for f in result.flags),
            suppressed=result.suppressed, reviewed=result.reviewed,
            source_url=result.evidence[0].url if result.evidence else "",
            source=result.evidence[0].source if result.evidence else "", reason=result.reason))
    for finding in draft.findings:
        found.append(Item(path=path, line=finding.line, column=finding.column, end_column=None,
                          verdict=finding.verdict, rule=finding.rule, message=finding.message))
    found.sort(key=lambda i: (i.line, i.column, i.rule))
    return found


def summary_line(report: CheckReport) -> str:
    """'2 drafts, 14 claims: 9 supported, 2 contradicted, …' — the last line of text output."""
    claims = sum(len(d.results) for d in report.drafts)
    counts = [f"{n} {name.replace('_', ' ')}" for name, n in report.summary.items() if n]
    drafts = len(report.drafts)
    head = f"{drafts} draft{'s' if drafts != 1 else ''}, {claims} claim{'s' if claims != 1 else ''}"
    return f"{head}: {', '.join(counts)}" if counts else head


# What a spreadsheet reads as the start of a formula (OWASP's CSV injection list). Leading spaces are
# looked through: Sheets and Calc's "trim spaces" import drop them and then evaluate what follows.
FORMULA_STARTS = ("=", "+", "-", "@", "\t", "\r", "\n")


def spreadsheet_safe(value: object) -> object:
    """A CSV cell a spreadsheet and a terminal show as text; numbers stay numbers.

    Control characters, C1 codes and bidi overrides become visible ``\\xNN`` escapes (as in every
    other format: ``cat`` of the file cannot recolour or move the terminal's cursor, a spreadsheet
    shows no invisible reordering); tabs and newlines stay, quoted by the csv module. A string then
    starting like a formula (``= + - @``, tab, CR, LF, after any spaces) gets a leading apostrophe."""
    if not isinstance(value, str):
        return value
    text = printable(value)
    return "'" + text if text.lstrip(" ").startswith(FORMULA_STARTS) else text
