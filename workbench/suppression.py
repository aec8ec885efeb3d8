"""Inline suppression comments in the prose of a draft.

- ``<!-- workbench: ignore -->`` suppresses everything reported in the next paragraph;
  ``<!-- workbench: ignore CW101 CW104 -->`` only those rules.
- ``<!-- workbench off -->`` … ``<!-- workbench on -->`` suppresses everything between them
  (to the end of the draft when ``on`` never comes).

The colon is optional in all three. A suppression that covers nothing reported is itself a
finding (CW301), so stale comments do not silently hide future problems.
"""

from __future__ import annotations

import re
from collections.abc import Callable
from dataclasses import dataclass, field

from .models import ClaimResult, DraftReport, Finding, Verdict
from .rules import RuleId, is_reported
from .structure import paragraph_end

_COMMENT = re.compile(r"<!--\s*workbench\s*:?\s*(?P<verb>ignore|off|on)\b(?P<rules>[^>]*?)-->", re.IGNORECASE)
_RULE_ID = re.compile(r"\bCW\d{3}\b", re.IGNORECASE)


@dataclass
class Suppression:
    kind: str  # "ignore" or "off"
    start: int  # first covered offset
    end: int  # one past the last covered offset
    comment_offset: int
    rules: frozenset[str] = field(default_factory=frozenset)  # empty: every rule
    used: bool = False

    def covers(self, offset: int, rule: str) -> bool:
        return self.start <= offset < self.end and (not self.rules or rule in self.rules)


def parse_suppressions(text: str) -> list[Suppression]:
    """Every suppression comment in ``text`` with the span of text it covers."""
    found: list[Suppression] = []
    open_off: tuple[int, int] | None = None  # (comment offset, covered from)
    for m in _COMMENT.finditer(text):
        verb = m.group("verb").lower()
        if verb == "ignore":
            rules = frozenset(r.upper() for r in _RULE_ID.findall(m.group("rules")))
            start = m.end()
            while start < len(text) and text[start] in " \t\r\n":
                start += 1
            found.append(Suppression("ignore", start, paragraph_end(text, start), m.start(), rules))
        elif verb == "off":
            if open_off is None:
                open_off = (m.start(), m.end())
        elif open_off is not None:  # on
            found.append(Suppression("off", open_off[1], m.start(), open_off[0]))
            open_off = None
        else:  # an "on" with no "off" before it covers nothing
            found.append(Suppression("on", m.end(), m.end(), m.start()))
    if open_off is not None:
        found.append(Suppression("off", open_off[1], len(text), open_off[0]))
    return sorted(found, key=lambda s: s.comment_offset)


def apply_suppressions(report: DraftReport, text: str, line_col: Callable[[int], tuple[int, int]],
                       offsets_of_findings: dict[int, int]) -> DraftReport:
    """Mark suppressed results, drop suppressed findings, add CW301 for unused suppressions.

    ``line_col(offset)`` gives the 1-based line and column of an offset; ``offsets_of_findings``
    maps the index of a finding in ``report.findings`` to the text offset it is about.
    """
    suppressions = parse_suppressions(text)
    if not suppressions:
        return report
    results: list[ClaimResult] = []
    for result in report.results:
        hit = [s for s in suppressions if s.covers(result.claim.start, result.rule)]
        reported = is_reported(result.verdict, result.rule)
        if hit and reported:
            for s in hit:
                s.used = True
            result = result.model_copy(update={"suppressed": True})
        results.append(result)
    findings: list[Finding] = []
    for i, finding in enumerate(report.findings):
        offset = offsets_of_findings.get(i)
        hit = [s for s in suppressions if offset is not None and s.covers(offset, finding.rule)]
        if hit:
            for s in hit:
                s.used = True
            continue
        findings.append(finding)
    for s in suppressions:
        if s.used:
            continue
        line, column = line_col(s.comment_offset)
        what = {"ignore": "`workbench: ignore` comment", "off": "`workbench off` … `on` block",
                "on": "`workbench on` comment (with no `off` before it)"}[s.kind]
        findings.append(Finding(rule=RuleId.UNUSED_SUPPRESSION, verdict=Verdict.needs_review, line=line, column=column,
                                message=f"This {what} suppresses nothing that would be reported; remove it."))
    return report.model_copy(update={"results": results, "findings": findings})
