"""A figure that compares one place with another: 'Russia's population is about seven times that of
Kazakhstan', 'Kazakhstan's economy is one-eighth the size of Russia's'.

The figure is a ratio of two places' rows of one series, which no row holds and the checker does not
compute: matching finds no series for it and would call it `unsupported` — a false alarm when the
data has rows for both places. A multiple, or a share worded as a ratio ('the size of', ``share_ratio_words``), whose sentence names
two places the data has rows for, one on each side of the figure, is sent to a person (`place_ratio`): the rows to compare
exist, the ratio is not judged. When the sentence names its measure, the rows must be of that measure ('10 times the
global average' of per-person CO2 with no world row of it stays unsupported, whatever the world's population rows)."""

from __future__ import annotations

from ...gazetteer import part_noun_words
from ...matching import ClaimContext
from ...matching.index import ReferenceIndex, is_place_name_column
from ...matching.measure import measure_words
from ...models import Claim, Kind, Verdict
from ...numbers import data_json
from ...places import Places, is_marker
from ...text import token_set
from ..decision import Decision, Reason
from ..wording import holds_any

_UNJUDGED = frozenset({Reason.NO_MATCH, Reason.NO_FIGURE})  # what a ratio of two places' rows ends as


def place_ratio(decision: Decision, claim: Claim, index: ReferenceIndex, ctx: ClaimContext) -> Decision:
    """`needs_review` (``place_ratio``) for a multiple or share of one place's figure over another's
    that nothing judged; else ``decision``."""
    if decision.verdict is not Verdict.unsupported or decision.reason not in _UNJUDGED | {Reason.PLACE_NOT_COVERED}:
        return decision
    part = _part_share(claim, index, ctx)
    if part is not None:
        return part
    if decision.reason not in _UNJUDGED:
        return decision  # the part named, the country's rows left out for it: only a part's share is sent on
    if not (claim.unit == "x" or (claim.kind is Kind.share and claim.unit == "%")):
        return decision
    if claim.unit != "x" and not holds_any(claim.sentence[ctx.claim_end:], data_json("multiples.json")["share_ratio_words"]):
        return decision  # '12 % of its exports to Uganda': a share between two places, not their ratio
    places = Places.default()
    before: list[tuple[int, str]] = []  # (distance from the figure, place)
    after: list[tuple[int, str]] = []
    for token, offsets in ctx.positions.items():
        if not is_marker(token) or not places.knows(token) or not index.dim_index.get(token):
            continue  # a city, or a place no resource has rows for: no ratio the data could give
        for at in offsets:
            if at < ctx.claim_offset:
                before.append((ctx.claim_offset - at, token))
            elif at >= ctx.claim_end:
                after.append((at - ctx.claim_end, token))
    if not after and _ends_elliptic(claim, ctx):
        # 'Russia's GDP was 1.9 trillion against 0.2 trillion in Kazakhstan. The Russian economy is nine times
        # bigger.': no 'than', the other place is the one the paragraph's earlier sentences compared it with
        after = [(0, t) for layer, words in ctx.layers if layer == "paragraph"
                 for t in sorted(words) if is_marker(t) and places.knows(t) and index.dim_index.get(t)]
    # the places nearest the figure on each side are the two it compares
    pairs = sorted((d1 + d2, a, b) for d1, a in before for d2, b in after if a != b)
    # 'Qatar, with 55.4 tonnes of CO2 per person, … about 10 times the global average': the measure the
    # sentence names must have rows for both places — a world population row compares nothing
    # with a country's emissions
    measured = _measured_series(index, ctx)
    if measured:
        pairs = [p for p in pairs if _rows_of_the_measure(index, p[1], p[2], measured)]
    if not pairs:
        return decision
    _, first, second = pairs[0]
    return Decision(Verdict.needs_review, Reason.PLACE_RATIO,
                    series=f"{places.name_of(first)} and {places.name_of(second)}")


def _measured_series(index: ReferenceIndex, ctx: ClaimContext) -> frozenset[str]:
    """The resources the sentence's own words name the measure of (its places' names aside); empty when
    it names none ('Russia is nine times bigger'), and then any series with rows for both places will do."""
    found = measure_words(index, ctx.sentence - ctx.entities)
    return frozenset(n for t in found for n in index.metric_index.get(t, ()) if n in index.resources)


def _rows_of_the_measure(index: ReferenceIndex, first: str, second: str, series: frozenset[str]) -> bool:
    """Whether resources of ``series`` (one, or two packages of the same measure) have rows for both places
    (their markers)."""
    return all(series & {t.resource for t in index.dim_index.get(place, ())} for place in (first, second))


_ELLIPTIC_TAIL = 2  # words after a multiple that leaves its base unsaid: 'bigger', 'as large', 'larger now'


def _ends_elliptic(claim: Claim, ctx: ClaimContext) -> bool:
    """A multiple that ends its sentence with at most a comparative after it ('… is nine times bigger.'),
    no 'than', 'as' or other base of its own."""
    tail = [w.strip(".,;:!?'\"”’").lower() for w in claim.sentence[ctx.claim_end:].split()]
    own_base_words = data_json("multiples.json")["own_base_words"]  # 'times that of', 'times as large as'
    return claim.unit == "x" and len(tail) <= _ELLIPTIC_TAIL and not set(own_base_words).intersection(tail)


def _part_share(claim: Claim, index: ReferenceIndex, ctx: ClaimContext) -> Decision | None:
    """'11 % of Kazakhstan's population lives in Almaty': a share of the one country the sentence names
    that a city or region of it holds, where a table has a row for that part (a value of a place-name
    column): both rows exist, the share of one in the other is not computed — a person compares them.
    A part no table names ('ethnic Russians make up 15 %') stays unjudged, and so does any other percent
    (a rate, a change: 'exports grew 12%, led by Almaty' compares no places). A level counts only when its
    own subject names the part (a share whose noun was not read: 'Алматы қаласында Қазақстан халқының 11%')."""
    if claim.unit != "%" or claim.kind not in (Kind.share, Kind.level):
        return None
    places = Places.default()
    countries = [t for t in ctx.positions if is_marker(t) and places.knows(t) and index.dim_index.get(t)]
    if len(countries) != 1:
        return None
    country = places.name_of(countries[0])
    own_words = token_set(country)
    subject = token_set(claim.subject)
    for token in ctx.positions:
        if is_marker(token) or token in own_words or token in part_noun_words() \
                or (claim.kind is Kind.level and token not in subject):
            continue  # 'region' alone ('Among the regions, Region IX …') names no row of a region table
        parts = [t for t in index.dim_index.get(token, ()) if is_place_name_column(t.dim)]
        if parts:  # the value the text names most of ('Almaty city' where it says 'in Almaty city')
            part = max(parts, key=lambda t: (len(t.phrase & ctx.positions.keys()), -len(t.phrase)))
            return Decision(Verdict.needs_review, Reason.PLACE_RATIO, series=f"{part.value} and {country}")
    return None

