"""'142.857 milioni' in an Italian paragraph is read as the language groups thousands, 142,857 million;
the copy may mean the English decimal, 142.857 million. When the row is exactly a thousand away from
that reading, the 'slip of scale' is the gap between the two readings of the figure's one separator,
not the writer's slip: a person reads which was meant (needs_review), no contradiction is raised. The
same for a comma read as a decimal where it may group ('1,085 millones' read 1.085 million, a thousand
below the row). An English comma read as a group ('142,857 million') is no such reading: English never
writes its decimals with one. Judged on the surface as written (``ClaimContext.written``), which the
glossed claim no longer shows."""

from __future__ import annotations

import dataclasses
import re

from ...matching.context import ClaimContext
from ...models import Claim, Flag, Verdict
from ..decision import Decision, Reason

# one group of one to three digits, one separator and exactly three digits: '142.857', '1,085'
_ONE_SEPARATOR_GROUP = re.compile(r"(?<![\d.,])\d{1,3}([.,])\d{3}(?![\d]|[.,]\d)")
_THOUSAND_SLACK = 0.05  # the slip is a thousand within the claim's own rounding


def one_separator_group(written: str) -> bool:
    """The figure as written has one separator before exactly three digits ('142.857', '1,085'): two readings."""
    return _ONE_SEPARATOR_GROUP.search(written) is not None


def separator_factor(separator: str) -> float:
    """How far the reading as taken is from the other: a dot read as a group is a thousand times the
    decimal; a comma read as a decimal a thousandth of the group."""
    return 1e3 if separator == "." else 1e-3


def separator_reading(decision: Decision, claim: Claim, ctx: ClaimContext) -> Decision:
    """``decision`` as needs_review when its scale slip is the other reading of the written figure's one
    separator: a dot read as a group with the row a thousand below, or a comma read as a decimal with
    the row a thousand above (``claim`` is the claim as read, its separator already decided)."""
    if decision.reason is not Reason.SCALE_SLIP or not decision.lead:
        return decision
    mark = _ONE_SEPARATOR_GROUP.search(ctx.written)
    observed = decision.lead[0].observed
    if mark is None or not observed or mark.group(1) == claim.text[mark.start(1):mark.start(1) + 1]:
        return decision  # read with the separator as written: English, which has one reading of it
    if abs(claim.value / observed / separator_factor(mark.group(1)) - 1) > _THOUSAND_SLACK:
        return decision
    flags = decision.flags if Flag.needs_review in decision.flags else [*decision.flags, Flag.needs_review]
    return dataclasses.replace(decision, verdict=Verdict.needs_review, reason=Reason.SEPARATOR_READING, flags=flags,
                               separator=mark.group())
