"""Stable rule ids for everything `workbench check` reports.

Ids never change meaning once published: SARIF viewers, suppressions and CI dashboards key on
them. CW1xx are verdicts on single claims, CW2xx internal-consistency findings inside a draft,
CW3xx findings about the check's own inline comments.
"""

from __future__ import annotations

from dataclasses import dataclass

from .models import Flag, Verdict


@dataclass(frozen=True)
class Rule:
    id: str
    name: str
    summary: str
    description: str
    level: str  # SARIF level: error | warning | note


RULES: dict[str, Rule] = {r.id: r for r in [
    Rule("CW100", "claim-supported", "The claim agrees with the reference data.",
         "A matching reference observation agrees with the claim within the tolerance its wording implies.",
         "note"),
    Rule("CW101", "claim-contradicted", "The reference data disagrees with the claim.",
         "The best-matching reference observation disagrees with the claim beyond the tolerance its wording "
         "implies (rounding of the stated digits, 'about', 'more than', …).",
         "error"),
    Rule("CW102", "claim-unsupported", "No reference observation covers the claim.",
         "Nothing in the reference data matches the claim's metric, unit and period; a person has to find a "
         "source or add one to the reference data.",
         "error"),
    Rule("CW103", "claim-needs-review", "The match is weak or ambiguous.",
         "Candidate observations were found but none fits clearly (several metrics fit about equally, or the "
         "wording cannot be confirmed from the data); a person should decide.",
         "warning"),
    Rule("CW104", "claim-stale", "The figure matches an older period, not the one the claim speaks of.",
         "The claim agrees with an older observation but not with the one for the period it names (or the "
         "latest one on or before the draft's date, when it names none): the figure is out of date.",
         "error"),
    Rule("CW105", "sources-disagree", "Sources disagree; one of them supports the claim.",
         "One source supports the claim and another, for the same period, does not. The verdict follows the "
         "supporting source; the reader may need to know about the other.",
         "warning"),
    Rule("CW109", "not-a-claim", "A reviewer marked this as not a claim worth checking.",
         "A reviewer decided this number is not a checkable claim.",
         "note"),
    Rule("CW201", "parts-exceed-or-miss-total", "Listed parts do not add up to the stated total.",
         "A sentence lists parts ('53, 30 and 77') next to a stated total ('about two hundred') and their sum "
         "does not agree with the total within its tolerance.",
         "warning"),
    Rule("CW202", "share-count-mismatch", "A percentage and a count in one sentence imply a wrong total.",
         "A share and a count stated together ('19 % … 3.5 million') imply a total; it disagrees with the "
         "matching total in the reference data.",
         "warning"),
    Rule("CW203", "growth-levels-mismatch", "A stated growth rate disagrees with two stated levels.",
         "A sentence states a growth rate and two levels of the same quantity; the growth computed from the "
         "levels disagrees with the stated rate.",
         "error"),
    Rule("CW301", "unused-suppression", "A workbench suppression comment suppresses nothing.",
         "An inline `<!-- workbench: ignore -->` or `<!-- workbench off -->` comment covers no reported claim "
         "or finding; remove it so that it does not hide a future problem.",
         "warning"),
]}

SUPPORTED, CONTRADICTED, UNSUPPORTED, NEEDS_REVIEW, STALE, SOURCES_DISAGREE, NOT_A_CLAIM = (
    "CW100", "CW101", "CW102", "CW103", "CW104", "CW105", "CW109")
PARTS_VS_TOTAL, SHARE_VS_COUNT, GROWTH_VS_LEVELS = "CW201", "CW202", "CW203"
UNUSED_SUPPRESSION = "CW301"


def rule_for(verdict: Verdict, flags: list[Flag] | tuple[Flag, ...] = ()) -> str:
    """The rule id a claim result is reported under, from its verdict and flags."""
    if verdict is Verdict.supported:
        return SOURCES_DISAGREE if Flag.sources_disagree in flags else SUPPORTED
    if verdict in (Verdict.contradicted, Verdict.unsupported) and Flag.stale in flags:
        return STALE
    return {Verdict.contradicted: CONTRADICTED, Verdict.unsupported: UNSUPPORTED,
            Verdict.needs_review: NEEDS_REVIEW, Verdict.not_a_claim: NOT_A_CLAIM}[verdict]


def is_reported(verdict: Verdict, rule: str) -> bool:
    """Whether a result is worth a line in a linter-style report (plain support is not)."""
    return verdict is not Verdict.not_a_claim and rule != SUPPORTED
