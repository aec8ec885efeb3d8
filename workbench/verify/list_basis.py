"""One agreeing rate in a list of rates on another basis.

A sentence that ranks places by a rate for one period ('Colombia third with 13.1 %, Chile fourth with
12.8 %, Peru fifth with 8.4 %') gives every rate on one basis. When most of its other figures miss the
annual-average row of their own place and period — each contradicted, or sent to review on that row
(another basis of the rate, a row published after the draft) — the list is of that other basis
(December on December, a 12-month rate), and one figure that meets its annual average does so by the
coincidence of two bases: support would be a silent pass on the basis, so it is for a person to review.
The thresholds are data (periods.json ``list_rate_basis``); a list whose other figures mostly agree
keeps its support.
"""

from __future__ import annotations

import functools

from ..models import ClaimResult, Verdict
from ..numbers import data_json
from ..rules import sent_to_review
from .decision import Reason
from .same_row import indices_by_row


@functools.lru_cache(maxsize=1)
def _thresholds() -> tuple[int, float]:
    rules = data_json("periods.json")["list_rate_basis"]
    return int(rules["min_other_figures"]), float(rules["disagreeing_share"])


def _row_key(result: ClaimResult) -> tuple[str, str, str] | None:
    """The sentence, series and period a percent figure was read against; None for no row or another unit."""
    if result.claim.unit != "%" or not result.evidence or result.reviewed:
        return None
    lead = result.evidence[0]
    return result.claim.sentence, lead.resource, lead.period


def _disagrees(result: ClaimResult) -> bool:
    """The figure's own row misses it: contradicted, or sent to review on that row (another basis, a row
    published after the draft)."""
    return result.verdict in (Verdict.contradicted, Verdict.needs_review) and not result.evidence[0].supports


def review_agreeing_rate_in_list(results: list[ClaimResult]) -> list[ClaimResult]:
    """``results`` (of one draft) with each supported rate of a list whose other rates mostly miss their
    annual averages turned to needs_review (``rate_basis``), saying which of the list's figures miss."""
    least, share = _thresholds()
    changed = list(results)
    for members in indices_by_row(results, _row_key).values():
        places = {tuple(sorted(results[i].evidence[0].dimensions.items())) for i in members}
        if len(places) < least + 1:  # one place's figures restated are no list of places
            continue
        for i in members:
            result = results[i]
            if result.verdict is not Verdict.supported:
                continue
            others = [results[j] for j in members if j != i]
            missing = [o for o in others if _disagrees(o)]
            if len(others) < least or len(missing) < share * len(others):
                continue
            changed[i] = _to_review(result, missing, len(others))
    return changed


def _to_review(result: ClaimResult, missing: list[ClaimResult], others: int) -> ClaimResult:
    shown = ", ".join(f"{o.claim.text!r} against {o.evidence[0].value:.3g}" for o in missing[:3])
    said = (f" But {len(missing)} of the sentence's {others} other rates of {result.evidence[0].period} miss their "
            f"annual averages ({shown}{', …' if len(missing) > 3 else ''}): the list gives its rates on another "
            f"basis (December on December or 12-month), so this one's agreement with the annual average may be a "
            f"coincidence: a person should decide.")
    return sent_to_review(result, Reason.RATE_BASIS.value, said)
