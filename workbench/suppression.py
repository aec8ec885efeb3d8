"""Inline suppression comments in the prose of a draft.

- ``<!-- workbench: ignore -->`` suppresses everything reported in the next paragraph;
  ``<!-- workbench: ignore CW101 CW104 -->`` only those rules.
- ``<!-- workbench off -->`` … ``<!-- workbench on -->`` suppresses everything between them
  (to the end of the draft when ``on`` never comes).

The colon is optional in all three. A suppression that covers nothing reported is itself a
finding (CW301), so stale comments do not silently hide future problems.
"""

from __future__ import annotations

import bisect
import heapq
import re
from collections.abc import Callable
from dataclasses import dataclass, field

from .models import ClaimResult, DraftReport, Finding, Verdict
from .rules import RuleId, is_reported
from .structure import paragraph_breaks

# The rule list stops at the next "<" or ">", so a run of unclosed "<!-- workbench ignore" is
# read in linear time (each attempt ends at the next comment).
_COMMENT = re.compile(r"<!--\s*workbench\s*:?\s*(?P<verb>ignore|off|on)\b(?P<rules>[^<>]*?)-->", re.IGNORECASE)
_SPACES = re.compile(r"[ \t\r\n]*")
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
    breaks: list[int] | None = None  # found once, at the first 'ignore' (most drafts have none): one pass
    for m in _COMMENT.finditer(text):
        verb = m.group("verb").lower()
        if verb == "ignore":
            breaks = [b.start for b in paragraph_breaks(text)] if breaks is None else breaks
            rules = frozenset(r.upper() for r in _RULE_ID.findall(m.group("rules")))
            start = _SPACES.match(text, m.end()).end()  # type: ignore[union-attr]
            index = bisect.bisect_left(breaks, start)
            end = breaks[index] if index < len(breaks) else len(text)
            found.append(Suppression("ignore", start, end, m.start(), rules))
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


class _Sweep:
    """Which suppressions cover an offset, asked in increasing offset order.

    Linear in suppressions + questions however many comments overlap: the active ones are
    counted (per rule, and those for every rule), and each is marked used at most once."""

    def __init__(self, suppressions: list[Suppression]) -> None:
        self._pending = sorted(suppressions, key=lambda s: s.start, reverse=True)
        self._ending: list[tuple[int, int, Suppression]] = []  # heap of (end, id, suppression)
        self._any = 0
        self._by_rule: dict[str, int] = {}
        self._unused: dict[str, dict[int, Suppression]] = {}  # rule ("" = every rule) → active, unused

    def _keys(self, s: Suppression) -> frozenset[str] | set[str]:
        return s.rules or {""}

    def _advance(self, offset: int) -> None:
        while self._pending and self._pending[-1].start <= offset:
            s = self._pending.pop()
            heapq.heappush(self._ending, (s.end, id(s), s))
            for key in self._keys(s):
                self._by_rule[key] = self._by_rule.get(key, 0) + 1
                if not s.used:
                    self._unused.setdefault(key, {})[id(s)] = s
        while self._ending and self._ending[0][0] <= offset:
            _, ident, s = heapq.heappop(self._ending)
            for key in self._keys(s):
                self._by_rule[key] -= 1
                self._unused.get(key, {}).pop(ident, None)

    def covered(self, offset: int, rule: str) -> bool:
        """Whether a suppression covers ``offset`` for ``rule``; those that do are marked used."""
        self._advance(offset)
        if not self._by_rule.get("", 0) and not self._by_rule.get(rule, 0):
            return False
        for key in ("", rule):
            for s in list(self._unused.get(key, {}).values()):
                s.used = True
                for other in self._keys(s):
                    self._unused.get(other, {}).pop(id(s), None)
        return True


def apply_suppressions(report: DraftReport, text: str, line_col: Callable[[int], tuple[int, int]],
                       offsets_of_findings: dict[int, int]) -> DraftReport:
    """Mark suppressed results, drop suppressed findings, add CW301 for unused suppressions.

    ``line_col(offset)`` gives the 1-based line and column of an offset; ``offsets_of_findings``
    maps the index of a finding in ``report.findings`` to the text offset it is about.
    """
    suppressions = parse_suppressions(text)
    if not suppressions:
        return report
    # Questions in offset order: (offset, rule, 0 = result / 1 = finding, index).
    questions = [(r.claim.start, r.rule, 0, i) for i, r in enumerate(report.results)
                 if is_reported(r.verdict, r.rule)]
    questions += [(offsets_of_findings[i], f.rule, 1, i) for i, f in enumerate(report.findings)
                  if offsets_of_findings.get(i) is not None]
    sweep = _Sweep(suppressions)
    covered = {(kind, index) for offset, rule, kind, index in sorted(questions) if sweep.covered(offset, rule)}
    results: list[ClaimResult] = [r.model_copy(update={"suppressed": True}) if (0, i) in covered else r
                                  for i, r in enumerate(report.results)]
    findings: list[Finding] = [f for i, f in enumerate(report.findings) if (1, i) not in covered]
    for s in suppressions:
        if s.used:
            continue
        line, column = line_col(s.comment_offset)
        what = {"ignore": "`workbench: ignore` comment", "off": "`workbench off` … `on` block",
                "on": "`workbench on` comment (with no `off` before it)"}[s.kind]
        findings.append(Finding(rule=RuleId.UNUSED_SUPPRESSION, verdict=Verdict.needs_review, line=line, column=column,
                                message=f"This {what} suppresses nothing that would be reported; remove it."))
    return report.model_copy(update={"results": results, "findings": findings})
