"""'142.857 milioni' in an Italian paragraph is read as the language groups thousands, 142,857 million;
the copy may mean the English decimal, 142.857 million. When the row is exactly a thousand away from
that reading, the 'slip of scale' is the gap between the two readings of the figure's one separator,
not the writer's slip: a person reads which was meant (needs_review), no contradiction is raised. The
same for a comma read as a decimal where it may group ('1,085 millones' read 1.085 million, a thousand
below the row). An English comma read as a group ('142,857 million') is no such reading: English never
writes its decimals with one. Judged on the surface as written, which the glossed claim no longer shows."""

from __future__ import annotations

import re

from ..models import Claim, ClaimResult, Flag, Verdict
from ..rules import rule_for
from ..wording import spoken_quantity
from .decision import Reason

# one group of one to three digits, one separator and exactly three digits: '142.857', '1,085'
_ONE_SEPARATOR_GROUP = re.compile(r"(?<![\d.,])\d{1,3}([.,])\d{3}(?![\d]|[.,]\d)")
_THOUSAND_SLACK = 0.05  # the slip is a thousand within the claim's own rounding


def separator_reading(result: ClaimResult, written: Claim, in_english: Claim) -> ClaimResult:
    """``result`` as needs_review when its scale slip is the other reading of the written figure's one
    separator: a dot read as a group with the row a thousand below, or a comma read as a decimal with
    the row a thousand above (``in_english`` is the claim as read, its separator already decided)."""
    if result.reason != Reason.SCALE_SLIP or result.reviewed or not result.evidence:
        return result
    mark = _ONE_SEPARATOR_GROUP.search(written.text)
    observed = result.evidence[0].value
    if mark is None or not observed or mark.group(1) == in_english.text[mark.start(1):mark.start(1) + 1]:
        return result  # read with the separator as written: English, which has one reading of it
    ratio = in_english.value / observed
    expected = 1e3 if mark.group(1) == "." else 1e-3
    if abs(ratio / expected - 1) > _THOUSAND_SLACK:
        return result
    other = spoken_quantity(in_english.value / expected, in_english.unit)
    explanation = (f"{result.explanation.rstrip().removesuffix('.')}. But that thousand is the gap between the two "
                   f"readings of the separator in {mark.group()!r}: read the other way it is "
                   f"{other}, which agrees with the row. A person should read which the writer meant.")
    flags = [*result.flags, Flag.needs_review] if Flag.needs_review not in result.flags else result.flags
    verdict = Verdict.needs_review
    return result.model_copy(update={"verdict": verdict, "auto_verdict": verdict, "rule": rule_for(verdict, flags),
                                     "flags": flags, "reason": Reason.SEPARATOR_READING, "explanation": explanation})
