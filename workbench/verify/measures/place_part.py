"""A figure about a city or province of the country its text names.

'Its population exceeds 20 million, with 1.32 million in the capital and 2.13 million in its largest
city': the last two figures carry the country from the paragraph, and the country's row was read
for them — 15 times too few people, a false alarm. A figure whose own words name a part of a
country (``place_parts.json``: 'the capital', or a proper name a noun or prefix makes a part, 'the
Greater Accra region', 'Metropolitan Lima'), right after it or opening its clause, is about that part,
whether the country stands in its sentence or was carried from farther text: unless a row is the
part's own, it cannot confirm, refute or leave the figure for review, which is `unsupported`, said as
for any place the data lacks. One exception: a part never counts more than its whole, so a figure above the
country's total of an additive measure stays contradicted.
"""

from __future__ import annotations

import dataclasses
import re
from bisect import bisect_right
from functools import cache

from ...extraction.periods import YEAR_DIGITS
from ...gazetteer import settlement_proper_name
from ...matching import ClaimContext, ReferenceIndex
from ...matching.index import ResourceIndex
from ...matching.scoring import reads_in_its_unit
from ...matching.wide import is_total_column, same_table
from ...matching.context import MissingValue
from ...models import Claim, Flag, Verdict
from ...numbers import data_json
from ...places import Places
from ...text import match_spans, piece_after, piece_before
from ..decision import Decision, Reason
from ..observations import additive, signed_value


def place_part(decision: Decision, claim: Claim, ctx: ClaimContext, index: ReferenceIndex | None = None) -> Decision:
    """`unsupported` (the part is not covered) where a figure about a city or province of a country
    was judged, or left for review, by the country's row carried from farther text; else ``decision``."""
    if decision.verdict not in (Verdict.supported, Verdict.contradicted, Verdict.needs_review) or not decision.lead:
        return decision
    lead = decision.lead[0]
    part = part_near(ctx.sentence_text, ctx.claim_offset, claim.text)
    # a decision left for review weighs every row: one of them may be the part's own ('Almaty Region')
    read = decision.lead + decision.ranked if decision.verdict is Verdict.needs_review else [lead]
    places = {v for o in read for values in o.candidate.matched_dims.values() for v in values}
    # the part's own name when it has one ('the Oman governorate, Al Buraimi': Oman's row is not Al Buraimi's)
    own = part.rsplit(", ", 1)[-1] if part is not None else None
    # whole words: a code inside a demonym ('KAZ' in 'the Kazakh capital') names no row of the part
    # … or by the city's bare name ('the city of Astana' for the row 'Astana city')
    if part is None or any(re.search(rf"(?<!\w){re.escape(name)}(?!\w)", own, re.IGNORECASE)
                           for v in places for name in (v, settlement_proper_name(v)) if name):
        return decision  # no part named, or the row is the part's own ('the capital, Nairobi' in a city table)
    if decision.verdict is Verdict.contradicted and additive(lead.candidate.resource) \
            and abs(signed_value(claim)) > abs(lead.observed):
        return decision  # more than the whole country is more than any part of it
    has = sorted(places)
    names = [v for v in has if not (v.isupper() and len(v) <= 3)]
    has = names or has  # 'Kazakhstan', not its code beside it
    missing = MissingValue(score=lead.candidate.metric_score, named=frozenset({part}), has=has, in_clause=True,
                           resource=lead.candidate.resource.name)
    # 'the Kazakh capital', named by its noun alone, where a table of the country's regions and cities
    # holds the measure: one of its rows may be the part's, and the text does not say which
    unnamed = own == part and index is not None and _parts_table(index, lead.candidate.resource, names)
    return dataclasses.replace(decision, verdict=Verdict.needs_review if unnamed else Verdict.unsupported,
                               reason=Reason.PART_UNNAMED if unnamed else Reason.PLACE_NOT_COVERED, flags=[],
                               lead=[], ranked=[], disagreeing=None,
                               not_covered=(lead.candidate.resource.metric, missing))


def place_in_parts_table(decision: Decision, claim: Claim, index: ReferenceIndex, ctx: ClaimContext) -> Decision:
    """`needs_review` (``place_in_other_table``) where a place was found not covered by the series its words
    picked ('the population … of Aktau' against the country's rows), while another table counting what that
    series counts holds rows of that very place (a table of the country's regions and cities): the data does
    cover the place, in a table the text's words did not reach, so whether a row of it judges the figure is
    for a person, not 'nothing can confirm or refute it'."""
    if decision.verdict is not Verdict.unsupported or decision.reason is not Reason.PLACE_NOT_COVERED \
            or decision.not_covered is None:
        return decision
    _, missing = decision.not_covered
    judged = index.resources.get(missing.resource)
    if judged is None or not judged.counted_words:
        return decision
    places = Places.default()
    if any(places.exact(n) is not None for n in missing.named):
        return decision  # a country: the table holding its rows was left out for a cause of its own (a part named)
    named = {n.casefold() for n in missing.named}
    # a column every row of the series holds one value of qualifies what it counts ('Russians' of a city's people):
    # a table counting the same holds that value too, or it counts others (everyone)
    qualifiers = {d: judged.dim_values[d] for d in judged.dims
                  if d not in judged.place_dims and len(judged.dim_values.get(d, ())) == 1}
    # a table's total column first, then by name: one table named, whichever order the index holds
    for name in sorted(index.resources, key=lambda n: (not is_total_column(n), n)):
        res = index.resources[name]
        if same_table(name, judged.name) or not res.counted_words & judged.counted_words \
                or any(res.dim_values.get(d) != values for d, values in qualifiers.items()) \
                or not reads_in_its_unit(claim, res, ctx.substance):
            continue  # another column of the table that lacks the place lacks it for the same cause; a share
            # of the people is no count of them
        if any(v.casefold() in named for dim in res.place_dims for v in res.dim_values.get(dim, []) if v):
            return dataclasses.replace(decision, verdict=Verdict.needs_review, reason=Reason.PLACE_IN_OTHER_TABLE,
                                       flags=[Flag.needs_review], series=res.metric)
    return decision


def _parts_table(index: ReferenceIndex, judged: ResourceIndex, countries: list[str]) -> bool:
    """Whether a resource counting what the judged measure counts lists the country's parts: a row
    naming the country ('Republic of Kazakhstan') among rows of places that are no country."""
    names = [re.compile(rf"(?<!\w){re.escape(c)}(?!\w)") for c in countries if len(c) > 3]
    places = Places.default()
    for res in index.resources.values():
        if res is judged or not res.counted_words & judged.counted_words:
            continue
        for dim in res.place_dims:
            values = [v for v in res.dim_values.get(dim, []) if v]
            if any(n.search(v) for v in values for n in names) \
                    and sum(places.exact(v) is None for v in values) >= 2:
                return True
    return False


def part_near(sentence: str, at: int, figure: str) -> str | None:
    """The words naming a part of a country as the figure's own place, or None: right after it
    ('1.32 million in the capital, Nur-Sultan', '3.1 % in Metropolitan Lima'), or opening its clause
    ('The capital, Accra, has …', 'The Greater Accra region had …')."""
    if not sentence or sentence[at:at + len(figure)] != figure:
        return None
    after = piece_after(_PART_BREAK, sentence, at + len(figure))
    before = piece_before(_PART_BREAK, sentence, at).strip()
    # years are no figures here: 'As far as provinces are concerned, Nyanza recorded in 2021 …'
    before_undated = _undated_piece_before(sentence, at).strip()
    # a named part opening the clause after a year ('In 2021 the Greater Accra region had …'), else one
    # before its figure with the year between them ('in Donetsk oblast in 2017 was 15.9 %')
    return _part_by_noun(after, before) or _part_by_name(after, before) \
        or (_part_by_name(after, before_undated) if before_undated != before else None) \
        or _part_after_its_kind(before_undated)


# what ends the words a part's name is read in: a clause mark or a figure
_PART_BREAK = re.compile(r"[;:]|\d")
# a year written alone, which is no figure here
_YEAR_ALONE = re.compile(rf"(?<![\w.,]){YEAR_DIGITS}(?!\w|[.,]\d)")


def _undated_piece_before(sentence: str, at: int) -> str:
    """``_PART_BREAK.split(undated)[-1]`` of ``sentence[:at]`` with each year in it written 'yyyy': the words before
    the figure back to a clause mark or a figure that is no year. The breaks are found once per sentence and walked
    back from the figure, so that each figure of a long sentence reads only its own stretch of it."""
    starts, _ = match_spans(_PART_BREAK, sentence)
    i = bisect_right(starts, at - 1)
    while i and sentence[starts[i - 1]] not in ";:" and _in_a_year(sentence, starts[i - 1], at):
        i -= 1
    start = starts[i - 1] + 1 if i else 0
    pieces, done = [], start
    for year in _YEAR_ALONE.finditer(sentence, start, at):  # read as if the sentence ended at the figure
        pieces += [sentence[done:year.start()], "y" * len(year.group())]
        done = year.end()
    return "".join([*pieces, sentence[done:at]])


def _in_a_year(sentence: str, digit: int, at: int) -> bool:
    """Whether the digit at ``digit`` is one of a year's (``_YEAR_ALONE``) in ``sentence[:at]``."""
    return any(year.start() <= digit < year.end() for year in _YEAR_ALONE.finditer(sentence, max(digit - 8, 0), at))


def _part_after_its_kind(before: str) -> str | None:
    """'As far as governorates are concerned, Al Buraimi recorded 4.3 %', 'Among the provinces, Gauteng
    had …', 'Among the regions in Chile, Region VII (Maule) had …': a name opening the figure's clause
    after a part noun in the plural that opens the sentence is one of those parts, unless it is a
    country's or a group's name."""
    found = _plural_part_then_name().match(before)
    if found is None:
        return None
    name = found.group("name")
    places = Places.default()
    if places.exact(name) is not None or places.groups_in(name):
        return None
    return name


@cache
def _plural_part_then_name() -> re.Pattern[str]:
    parts = data_json("place_parts.json")
    # 'regions', 'states' too: in the plural, opening the sentence, they are a country's parts, and a
    # country or group named behind them is left out below
    nouns = sorted({*parts["nouns"], *parts.get("named_nouns", [])}, key=lambda n: (-len(n), n))
    plurals = "|".join(re.escape(n[:-1] + "ies" if n.endswith("y") else n + "s") for n in nouns)
    name = r"(?!(?:The|This|That|These|Those|Its|Their|It|In|For|Of|An?)\b)[A-Z][\w'’-]*(?:[\s-][A-Z][\w'’-]*)*"
    # the name may carry its other name in brackets ('Region IX (Zamboanga Peninsula) had …')
    return re.compile(rf"[^,;]{{0,40}}?\b(?i:{plurals})\b[^,;]{{0,30}},\s*(?P<name>{name})(?=(?:\s*\([^()]*\))?\s+[a-z])")


def _part_by_noun(after: str, before: str) -> str | None:
    """'in the capital', 'its largest city, Almaty': a part named by its noun, and its name behind it."""
    part_after, part_opening, part_before = _part_patterns()
    found = part_after.match(after)
    if found is None:
        clause = _last_clause(before)
        found = part_opening.match(clause) or part_before.search(before)
        if found is None:
            return None
        rest = (clause if found.re is part_opening else before)[found.end():]
    else:
        rest = after[found.end():]
    if Places.default().groups_in(found.group(1)):
        return None  # 'in the euro area': a group of countries, not a part of one
    name = re.match(r",?\s+(?:of\s+)?([A-Z][\w'’-]*(?:[\s-][A-Z][\w'’-]*)*)", rest)
    return found.group(1) + (f", {name.group(1)}" if name else "")


def _part_by_name(after: str, before: str) -> str | None:
    """'in the Greater Accra region', 'Metropolitan Lima's prices': a proper name that a part noun
    or a prefix makes a city or region, unless the name is a country's or a group's."""
    part_after, part_opening, part_before = _named_patterns()
    found = part_after.match(after) or part_opening.match(_last_clause(before)) or part_before.search(before)
    if found is None:
        return None
    places = Places.default()
    name = found.group("name") or found.group("pname")
    whole = found.group("part")
    settlement = (found.group("noun") or "").casefold() in _settlement_nouns()
    if (places.exact(name) is not None and not settlement) or places.exact(whole) is not None \
            or places.groups_in(whole):
        return None  # 'the Asia region', 'Greater China': no part of one country ('Mexico City' is)
    return whole


# a clause after an earlier figure opens behind its joining word ('…, while the Volta region had …'); not
# text.clause_span, as commas set off the part a figure is of ('in Accra, the capital, prices rose 7.7 %')
_CLAUSE_JOIN = re.compile(r",\s*(?:and|while|whereas|but)\s+", re.IGNORECASE)


def _last_clause(before: str) -> str:
    """The text before the figure from where its clause opens: the sentence's start, the figure
    before it, or a joining word after a comma."""
    joins = list(_CLAUSE_JOIN.finditer(before))
    return before[joins[-1].end():] if joins else before


@cache
def _part_patterns() -> tuple[re.Pattern[str], re.Pattern[str], re.Pattern[str]]:
    """The part named right after the figure; opening its clause; just before it ('prices in the
    capital rose 7.7 %')."""
    noun = "|".join(re.escape(n) for n in sorted(data_json("place_parts.json")["nouns"], key=len, reverse=True))
    # 'in urban areas': a part named with no determiner (``bare_nouns``)
    bare = "|".join(re.escape(n) for n in sorted(data_json("place_parts.json").get("bare_nouns", []), key=len,
                                                 reverse=True)) or "(?!)"
    after = re.compile(r"^(?:\s*[\w-]+){0,2}?\s*,?\s*(?:live\s+|living\s+)?(?:in|of|for)\s+"
                       r"((?:the|its|their|that|this)\s+(?:[\w-]+\s+){0,2}?(?:" + noun + r")|(?:" + bare + r"))\b",
                       re.IGNORECASE)
    opening = re.compile(r"^(?:in\s+)?((?:the|its|their)\s+(?:[\w-]+\s+){0,2}?(?:" + noun + r"))\b", re.IGNORECASE)
    # the part's name may follow its noun, set off by commas or behind 'of' ('in the Oman governorate of
    # Al Buraimi was 4.3 %'); names are capitalised, so that alternative is read case-sensitively
    before = re.compile(r"\b(?:in|of|for)\s+((?:the|its|their)\s+(?:[\w-]+\s+){0,2}?(?:" + noun + r"))"
                        r"(?=(?:,?\s+(?-i:[A-Z][\w'’-]*(?:[\s-][A-Z][\w'’-]*)*),|\s+of\s+(?-i:[A-Z][\w'’-]*(?:[\s-][A-Z][\w'’-]*)*))?"
                        r"(?:\s+[\w-]+){0,2}\s*$)", re.IGNORECASE)
    return after, opening, before


@cache
def _settlement_nouns() -> frozenset[str]:
    return frozenset(n.casefold() for n in data_json("place_parts.json").get("settlement_nouns", []))


@cache
def _named_patterns() -> tuple[re.Pattern[str], re.Pattern[str], re.Pattern[str]]:
    """A named part right after the figure; opening its clause (behind a country's possessive);
    just before it ('prices in Metropolitan Lima rose 3.1 %'). Names are capitalised, nouns not."""
    parts = data_json("place_parts.json")
    noun = "|".join(re.escape(n) for n in sorted(parts.get("named_nouns", []), key=len, reverse=True)) or "(?!)"
    prefix = "|".join(re.escape(p) for p in parts.get("name_prefixes", [])) or "(?!)"
    # a capital in Latin or Cyrillic script: a gloss keeps a name it does not know as written ('Донецькій')
    cap = "[A-ZÀ-ÖØ-ÞЀ-ЯҐ]"
    name = rf"(?!(?:The|This|That|These|Those|Its|Their|Our|Each|Every|In|For|Of|An?)\b){cap}[\w-]*(?:[ -]{cap}[\w-]*){{0,3}}"
    part = (rf"(?:[Tt]he\s+)?(?P<part>(?:{prefix})\s+(?P<pname>{name})(?:\s+(?i:{noun}))?\b"
            rf"|(?P<name>{name})\s+(?P<noun>(?i:{noun}))\b)")
    after = re.compile(r"^(?:\s*[\w-]+){0,2}?\s*,?\s*(?i:in|of|for|across)\s+" + part)
    # behind a short opening phrase set off by a comma ('On a regional level, the Eastern Region recorded …',
    # 'In 2021, the Volta region had …')
    opening = re.compile(r"^(?:[^,;]{1,40},\s+)?(?:(?i:in|for|across)\s+)?(?:[A-Z][\w-]*['’]s\s+)?" + part)
    # up to two words between the part and its figure, besides the year it is of ('in Donetsk oblast in 2017 was 15.9 %',
    # the year written 'yyyy' by part_near), or a dash or colon that sets the figure off ('в Нарынской области —
    # на 6,1 %', glossed 'in Нарынской oblast — by 6.1 %')
    # 'of' too: an index or count of a named part ('the price index of Lima metropolitan area rose 8.46 %', as a
    # Spanish 'de Lima Metropolitana' reads glossed)
    before = re.compile(r"\b(?i:in|for|across|of)\s+" + part
                        + r"(?=(?:\s+(?i:in|during)\s+y{4})?(?:\s*[—–:])?(?:\s+[\w-]+){0,2}\s*$)")
    return after, opening, before
