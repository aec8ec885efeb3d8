"""A currency's move in percent ('the U.S. dollar fell 5.6 percent against the Taiwan dollar', 'the
RMB depreciated by 4.55%'): its sentence names an exchange rate (``exchange_rate_words``) or the base
currency by its own words, and exactly one other currency — whose countries' rate series are then
the claim's rows (the base currency's 'US' is no place), read as the change of the claim's year.

Markets quote a year's move from close to close, the series hold averages, and which way a move is
signed depends on which currency is the subject and how the publisher quotes the pair: the reading
is shown, and the verdict is for a person (``needs_review``, reason ``rate_move``), agreeing or not."""

from __future__ import annotations

from ..config import Tolerances
from ..matching import Candidate, MatchMode, ReferenceIndex
from ..models import Claim, Kind, Verdict
from ..units import currencies
from .decision import Decision, Reason
from .rate_clues import base_currency_words, names_base
from .rates import rate_candidates
from .wording import holds_any


def moved_currency(claim: Claim, tol: Tolerances) -> str | None:
    """The one currency other than the base whose move in percent the claim's sentence states, else None."""
    if claim.kind is not Kind.change or claim.unit != "%":
        return None
    sentence = claim.sentence
    if not (holds_any(sentence, tol.exchange_rate_words) or names_base(sentence, tol.exchange_rate_base)):
        return None
    base = set(base_currency_words(tol.exchange_rate_base))
    named = {code for code, spec in currencies().items() if code != tol.exchange_rate_base
             and holds_any(sentence, [w for w in (*spec["words"], *spec["codes"], *spec["symbols"])
                                      if w not in base and len(w) > 1])}
    return named.pop() if len(named) == 1 else None


def move_candidates(claim: Claim, index: ReferenceIndex, tol: Tolerances) -> list[Candidate]:
    """The rate series' rows about the moved currency's countries, read as changes."""
    code = moved_currency(claim, tol)
    return [] if code is None else rate_candidates(claim, index, tol, code, MatchMode.GROWTH)


def rate_move(decision: Decision, moved: list[Candidate]) -> Decision:
    """A currency's move judged from average rows: shown, for a person to decide."""
    if not moved or not decision.lead or decision.verdict not in (Verdict.supported, Verdict.contradicted):
        return decision
    return decision.for_review(Reason.RATE_MOVE)
