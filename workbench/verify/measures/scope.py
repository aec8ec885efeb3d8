"""A claim about one part of what a series counts: 'CO2 emissions from fossil-fuel burning' read
against 'emissions from fossil fuels and cement manufacture', 'goods exports' against 'exports of
goods and services'.

A series whose name joins two scopes with 'and' counts both; a claim whose sentence names every
word of one and none of the other speaks of that one alone. The whole is then an upper bound of
the part, no figure of it: agreeing with the whole does not support the part ('over 9,800 million
tonnes' may hold for fuels and cement together and not for fuels alone), and falling short of the
whole does not contradict it. Only a claim beyond the whole ('more than' it, or above it) is
contradicted by it, and one bounded above by it ('under …') supported.

A part's words that are the publisher's own name for the table ('fossil-fuel-co2-emissions-by-nation',
whose total counts fuels and cement) name the whole as its publisher calls it, for a figure stated
exactly: its digits agree or disagree with that whole, as its publisher counts it. A bound ('over …')
the whole meets says nothing of which one the writer meant, and stays bounded.
"""

from __future__ import annotations

import dataclasses
import re
from functools import lru_cache

from ...matching import ClaimContext, MatchMode
from ...matching.generic import is_generic
from ...models import Claim, Kind, Qualifier, Verdict
from ...numbers import data_json
from ...places import Places
from ...reference.vocabulary import vocabulary
from ...text import surface_at, token_set
from ..decision import Decision, Reason
from ..observations import signed_value

_JOIN = re.compile(r"\s+(?:and|&)\s+", re.IGNORECASE)
# where a scope's words end: punctuation and the prepositions that open or close a name's part
_EDGE = re.compile(r"[(),;:/]|\b(?:from|of|for|in|on|by|with|at|to|per|excluding|including|total)\b",
                   re.IGNORECASE)
_SCOPE_WORDS = 3  # a scope is a short noun phrase: 'fossil fuels', 'cement manufacture'
_JUDGED = {Reason.SUPPORTED_WITHIN_TOLERANCE, Reason.WEAK_MATCH, Reason.SUPPORTED_BY_LATER_DATA,
           Reason.CONTRADICTED}
_READ_AS_IS = (MatchMode.DIRECT, MatchMode.PER_CAPITA)  # a total, or a total per person: the whole bounds the part


def _scopes(metric: str) -> list[tuple[str, str, str]]:
    """The pairs of scopes a series' name joins with 'and' ('fossil fuels', 'cement manufacture'),
    with the rest of its name."""
    pairs = []
    for m in _JOIN.finditer(metric):
        left = _EDGE.split(metric[:m.start()])[-1].split()[-_SCOPE_WORDS:]
        right = _EDGE.split(metric[m.end():])[0].split()[:_SCOPE_WORDS]
        if left and right:
            a, b = " ".join(left), " ".join(right)
            rest = metric[:metric.rfind(a, 0, m.start())] + metric[metric.find(b, m.end()) + len(b):]
            pairs.append((a, b, rest))
    return pairs


def narrower_scope(sentence: str, metric: str, before: frozenset[str] = frozenset()
                   ) -> tuple[str, str, str] | None:
    """(the scope the sentence names, the one it leaves out, the series' words for both) when the
    sentence names every word of one scope the series' name joins and none of the other — unless the
    rest of the name is that part itself ('Cement (emissions from fossil fuels and cement …)', a
    column of a table whose title joins the two), or the text just before (``before``) named both:
    'emissions from fossil fuels and cement production …. Fossil-fuel emissions peaked at …' is the
    writer's short name for the whole."""
    words = token_set(sentence)
    said_otherwise = _scope_names_said(words)
    coverage = frozenset(vocabulary()["coverage_words"]["words"])
    for left, right, rest in _scopes(metric):
        a, b = (_content_words(side) for side in (left, right))
        if not a or not b or a & b or a <= coverage or b <= coverage:
            continue  # 'Regional and World GDP' joins where rows are, not what they count
        for named, other, named_text, other_text in ((a, b, left, right), (b, a, right, left)):
            if other & words or named & token_set(rest) or (named & before and other & before):
                continue
            if named <= words:
                return named_text, other_text, f"{left} and {right}"
            if named in said_otherwise:  # 'from fuel combustion': the writer's words, not the publisher's
                return said_otherwise[named], other_text, f"{left} and {right}"
    return None


def _content_words(text: str) -> frozenset[str]:
    return frozenset(t for t in token_set(text) if not is_generic(t))


@lru_cache(maxsize=1)
def _scope_names() -> tuple[tuple[frozenset[str], str, frozenset[str]], ...]:
    """(a scope's words, another name for it, that name's words) from ``scope_names`` in substances.json."""
    names = data_json("substances.json").get("scope_names", {})
    return tuple((_content_words(scope), name, token_set(name)) for scope, others in names.items() for name in others)


def _scope_names_said(words: frozenset[str]) -> dict[frozenset[str], str]:
    """The scopes a sentence names by another name ('fuel combustion' for fossil fuels): scope words → name."""
    return {scope: name for scope, name, name_words in _scope_names() if name_words <= words}


def part_of_wider_series(decision: Decision, claim: Claim, ctx: ClaimContext | None = None) -> Decision:
    """needs_review (``wider_series``) where the figure was judged against a whole the claim names only a
    part of, unless the whole bounds the claim either way; else ``decision`` unchanged."""
    if decision.reason not in _JUDGED or not decision.lead or claim.kind in (Kind.change, Kind.share):
        return decision
    lead = decision.lead[0]
    if lead.candidate.mode not in _READ_AS_IS:
        return decision
    scope = narrower_scope(claim.sentence, lead.candidate.resource.metric, _text_before(ctx))
    if scope is not None and claim.qualifier is Qualifier.exact and _publishers_name(scope[0], lead.candidate.resource.name):
        return decision
    scope = scope or restated_share(claim, lead.candidate.resource.metric)
    if scope is None:
        return decision
    above = signed_value(claim) > lead.observed or claim.qualifier in (Qualifier.gt, Qualifier.ge)
    if decision.verdict is Verdict.contradicted and above:
        return decision  # more than the whole is more than any part of it
    if decision.verdict is Verdict.supported and claim.qualifier in (Qualifier.lt, Qualifier.le):
        return decision  # under the whole is under any part of it
    flags = decision.review_flags
    return dataclasses.replace(decision, verdict=Verdict.needs_review, reason=Reason.WIDER_SERIES, flags=flags,
                               lead=decision.lead[:1], scope=scope)


def restated_share(claim: Claim, metric: str) -> tuple[str, str, str] | None:
    """('68.1 % of the total national', 'the rest of it', the series' name) when the figure's sentence restates
    it, right after it, as a share below 100 % of a whole that is no group of places ('297 Mt CO2 in 2019, that
    is 68.1 % of the national total'; ``share_restatement_openers``): the figure is a part of that whole. Not
    'or 1.2 % of global emissions', whose whole is the world's and the figure the country's own total."""
    at = surface_at(claim.sentence, claim.text)
    if at < 0:
        return None
    found = _restatement().match(claim.sentence, at + len(claim.text))
    if found is None:
        return None
    try:
        share = float(found.group("share").replace(",", "."))
    except ValueError:
        return None
    whole = found.group("whole").strip()
    if not 0 < share < 100 or not whole or Places.default().groups_in(whole):
        return None
    return f"{found.group('share')} % of {whole}", "the rest of it", metric


@lru_cache(maxsize=1)
def _restatement() -> re.Pattern[str]:
    openers = sorted(data_json("lexicon.json").get("share_restatement_openers", []), key=len, reverse=True)
    if not openers:
        return re.compile(r"(?!)")
    alternation = "|".join(re.escape(o).replace(r"\ ", r"\s+") for o in openers)
    # a few words of its own after the figure ('CO2 in 2019'), a comma, the opener, the share and its whole
    return re.compile(rf"[^,;:]{{0,30}}?,\s*(?i:{alternation})\s+(?P<share>\d{{1,2}}(?:[.,]\d+)?)\s*"
                      rf"(?:%|(?i:percent|per\s+cent))\s+(?i:of)\s+(?P<whole>[^\d,;:.()]{{1,40}})")


def _text_before(ctx: ClaimContext | None) -> frozenset[str]:
    """The words a reader has just read: the paragraph and heading before the claim, and the paragraph
    before that."""
    if ctx is None:
        return frozenset()
    previous = next((words for layer, words, _ in ctx.measure_layers if layer == "previous paragraph"), frozenset())
    return ctx.before | previous


def _publishers_name(part: str, resource: str) -> bool:
    """The part's words are all in the name the publisher gave the table the series is a column of
    ('fossil fuel' in 'fossil-fuel-co2-emissions-by-nation:Total'): the whole, by its publisher's name."""
    table, sep, _column = resource.partition(":")
    words = frozenset(t for t in token_set(part) if not is_generic(t))
    return bool(sep) and bool(words) and words <= token_set(table.replace("-", " "))
