"""Stable rule ids for everything `workbench check` reports.

Ids never change meaning once published: SARIF viewers, suppressions and CI dashboards key on
them. CW1xx are verdicts on single claims, CW2xx internal-consistency findings inside a draft,
CW3xx findings about the check's own inline comments.
"""

from __future__ import annotations

from dataclasses import dataclass
from enum import StrEnum

from .models import ClaimResult, Flag, Verdict


class RuleId(StrEnum):
    """Rule ids; the value is what reports print."""

    SUPPORTED = "CW100"
    CONTRADICTED = "CW101"
    UNSUPPORTED = "CW102"
    NEEDS_REVIEW = "CW103"
    STALE = "CW104"
    SOURCES_DISAGREE = "CW105"
    NOT_A_CLAIM = "CW109"
    PARTS_VS_TOTAL = "CW201"
    SHARE_VS_COUNT = "CW202"
    GROWTH_VS_LEVELS = "CW203"
    UNUSED_SUPPRESSION = "CW301"


@dataclass(frozen=True)
class Rule:
    id: RuleId
    name: str
    summary: str
    description: str
    level: str  # SARIF level: error | warning | note


RULES: dict[RuleId, Rule] = {r.id: r for r in [
    Rule(RuleId.SUPPORTED, "claim-supported", "The claim agrees with the reference data.",
         "A matching reference observation agrees with the claim within the tolerance its wording implies.",
         "note"),
    Rule(RuleId.CONTRADICTED, "claim-contradicted", "The reference data disagrees with the claim.",
         "The best-matching reference observation disagrees with the claim beyond the tolerance its wording "
         "implies (rounding of the stated digits, 'about', 'more than', …).",
         "error"),
    Rule(RuleId.UNSUPPORTED, "claim-unsupported", "No reference observation covers the claim.",
         "Nothing in the reference data matches the claim's metric, unit and period; a person has to find a "
         "source or add one to the reference data.",
         "error"),
    Rule(RuleId.NEEDS_REVIEW, "claim-needs-review", "The match is weak or ambiguous.",
         "Candidate observations were found but none fits clearly (several metrics fit about equally, or the "
         "wording cannot be confirmed from the data); a person should decide.",
         "warning"),
    Rule(RuleId.STALE, "claim-stale", "The figure matches an older period, not the one the claim speaks of.",
         "The claim agrees with an older observation but not with the one for the period it names (or the "
         "latest one on or before the draft's date, when it names none): the figure is out of date.",
         "error"),
    Rule(RuleId.SOURCES_DISAGREE, "sources-disagree", "Sources disagree; one of them supports the claim.",
         "One source supports the claim and another, for the same period, does not. The verdict follows the "
         "supporting source; the reader may need to know about the other.",
         "warning"),
    Rule(RuleId.NOT_A_CLAIM, "not-a-claim", "A reviewer marked this as not a claim worth checking.",
         "A reviewer decided this number is not a checkable claim.",
         "note"),
    Rule(RuleId.PARTS_VS_TOTAL, "parts-exceed-or-miss-total", "Listed parts do not add up to the stated total.",
         "A sentence lists parts ('53, 30 and 77') next to a stated total ('about two hundred') and their sum "
         "does not agree with the total within its tolerance.",
         "warning"),
    Rule(RuleId.SHARE_VS_COUNT, "share-count-mismatch", "A percentage and a count in one sentence imply a wrong total.",
         "A share and a count stated together ('19 % … 3.5 million') imply a total; it disagrees with the "
         "matching total in the reference data.",
         "warning"),
    Rule(RuleId.GROWTH_VS_LEVELS, "growth-levels-mismatch", "A stated growth rate disagrees with two stated levels.",
         "A sentence states a growth rate and two levels of the same quantity; the growth computed from the "
         "levels disagrees with the stated rate.",
         "error"),
    Rule(RuleId.UNUSED_SUPPRESSION, "unused-suppression", "A workbench suppression comment suppresses nothing.",
         "An inline `<!-- workbench: ignore -->` or `<!-- workbench off -->` comment covers no reported claim "
         "or finding; remove it so that it does not hide a future problem.",
         "warning"),
]}

_RULE_OF_VERDICT = {Verdict.contradicted: RuleId.CONTRADICTED, Verdict.unsupported: RuleId.UNSUPPORTED,
                    Verdict.needs_review: RuleId.NEEDS_REVIEW, Verdict.not_a_claim: RuleId.NOT_A_CLAIM}


def rule_for(verdict: Verdict, flags: list[Flag] | tuple[Flag, ...] = ()) -> RuleId:
    """The rule id a claim result is reported under, from its verdict and flags."""
    if verdict is Verdict.supported:
        return RuleId.SOURCES_DISAGREE if Flag.sources_disagree in flags else RuleId.SUPPORTED
    if verdict in (Verdict.contradicted, Verdict.unsupported) and Flag.stale in flags:
        return RuleId.STALE
    return _RULE_OF_VERDICT[verdict]


def sent_to_review(result: ClaimResult, reason: str, said: str) -> ClaimResult:
    """``result`` as `needs_review`, flagged so, for ``reason``, with ``said`` ending its explanation: what a
    check over a whole sentence's results (verify/same_row.py, verify/list_basis.py) found that one result alone
    could not show."""
    flags = [*result.flags, Flag.needs_review] if Flag.needs_review not in result.flags else result.flags
    verdict = Verdict.needs_review
    return result.model_copy(update={"verdict": verdict, "auto_verdict": verdict, "rule": rule_for(verdict, flags),
                                     "flags": flags, "reason": reason,
                                     "explanation": result.explanation.rstrip() + said})


def is_reported(verdict: Verdict, rule: str) -> bool:
    """Whether a result is worth a line in a linter-style report (plain support is not)."""
    return verdict is not Verdict.not_a_claim and rule != RuleId.SUPPORTED
