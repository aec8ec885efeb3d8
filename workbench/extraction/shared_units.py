"""A unit written once for several figures of one sentence.

News writes a unit once and lets the reader carry it to the figures around it:

- a list of bare figures in parentheses after names, introduced by a figure with its unit
  ("emitting more than 10 million metric tons of carbon: Chile (19.9), Peru (11.1)", or
  "Chile (1.19 metric tons per person), Peru (0.56)"), each perhaps followed by its rank ("Iraq (204,
  31st global)"): each takes that unit and its scale word;
- figures joined by "and" or commas before the one that carries the unit ("24.4 and 21.8 tons
  respectively", "3.1, 2.7 and 2.2 million tonnes", "rose 3.1 and 4.2 per cent"): each takes the
  last one's unit and scale (one with the same scale word of its own, "136.8 million and 72 million
  tonnes", its unit), or the unit written after 'respectively' ("3.1, 4.2 and 5.0
  respectively per cent"); figures offered as alternatives of one size take it too ("rise 3 or 4 per
  cent", "2.1, 2.5 or 3 billion euros"), a figure restated after ', or' does not;

- an amount with a scale word and nothing counted after it, linked by "from", "to", "than", "and"…
  to money earlier in its sentence ("fall to four billion stg … from 4.75 billion", "17.7 mln dlrs
  from 15.3 mln"): that money's currency, or the one the words between name ("213.5 trillion
  rubles, which in dollar terms is 2.556 trillion" is dollars) or 'in' names right after it
  ("4 billion dollars, equivalent to 380 billion in rupees");
- an amount with a scale word and no unit right before money of the same scale, joined by "to" or
  "and" ("from 2.4 trillion to 2.6 trillion euros", as "von 2,4 Billionen auf 2,6 Billionen Euro"
  is glossed): that money's currency;
- an amount with a scale word and nothing counted after it, the far end of a span from a measure of
  the same scale right before it ("from 14 million tonnes in 1990 to 31 million in 2010"), or the next
  item of a ranking or comparison ("5.96 billion tons, followed by China with 5.32 billion"): that measure's unit;
- a bare figure after 'and' that follows a percentage change and the base it is measured from, and is
  followed by the same base word ("up by one percent compared to November 2022 and 14.4 compared to
  December 2021"): the percent and the change of the first;
- a bare figure after a label that opens with a unit, quoted or closed by a colon, as portals and
  rankings print them ("Mexico 'Tons of CO2' value is 463,739,000", "Tonnes of CO2: 1,250"):
  it takes the label's unit; so does one a linking word joins to a subject that ends in a unit and a
  per-person phrase ("South Africa's CO2 tonnes per capita was 9.11"), and both ends of a span opened
  right after a per-person subject that names its unit after 'of' ("per capita emissions of tonnes of
  carbon dioxide went from 13.3 in 2012 to 16.9 in 2016": lexicon per_person_span_links), per person.
- bare figures listed after a temperature, each followed by nothing counted, as forecasts write them
  ("36 degrees today, 39 tomorrow and 38 on Monday", "30C in London, 28 in Leeds"): its scale.
- a bare figure below 100 after a rate in percent (a level), joined to it in its clause by a compared
  link ("12.3 % in March against 14.4 a year earlier", "9.5 %, exceeding the figure of 9.29"): percent;
  so a bare figure within a factor of ten of a level in another unit (not money) that such a link joins
  it to ("0.40 metric tons of carbon, well below the global average (1.30)"): that unit; and so a bare
  figure ending a clause set against the level's by a contrast link ("more than 9 tons per person, while
  every French person is responsible for around 5"); and so the next item of a ranking after the level,
  its place named and then 'at' or 'with' ("15.74 tonnes, followed by Germany at 9.7": ranked_next_links).
- a mass in tonnes with no scale word, its unit restated in brackets as a scaled symbol ("some 66
  tonnes of CO2 (MtCO2)"): the writer's tonnes are the symbol's, for it and for every later figure of
  the sentence in tonnes with no scale word ("… double Tunisia (32 tonnes)").
- a bare figure after a change in an absolute unit and 'to' or 'at' ("fell 47.75 points to 2,292.27",
  "fell 120.5 points, or 0.4%, to 33,870.1", "rose 2 degrees to 30"): the level, in that unit.

Across sentences (``unit_said_short``): a bare figure followed by the first word of a unit written in
several words, and no more of it ("417.1 parts"), takes the unit its paragraph wrote in full before
("420 parts per million").

Across sentences (``per_person_said_again``): a bare figure followed by a noun and a per-person phrase
("15.2 emissions per capita") takes the unit of an earlier figure of its paragraph, of its size, whose
sentence names that noun per person before it ("an emission per capita of about 39.7 tons").

Across sentences (``money_said_again``): an amount of a million or more with no unit and nothing
counted after it, in a sentence about money, takes the currency of the money just before it in its
paragraph ("Sales rose 6% to €10.2 billion. Net profit stood at 1.5 billion").

A figure with a unit or scale word of its own, a percentage, a year or a figure outside such a
list keeps what it has.
"""

from __future__ import annotations

import re
from bisect import bisect_left
from decimal import Decimal, InvalidOperation
from functools import lru_cache
from typing import Final

from .. import units
from ..numbers import alternation, is_whole
from ..patterns import YEAR_1800_TO_2099
from ..structure import PARAGRAPH_BREAK, PASTED_BULLETS
from ..substances import glued_mass_symbols
from ..units import lookup_suffix
from .quantities import Quantity
from .vocabulary import Kinds, LEX

_BARE: Final = re.compile(r"[+-]?\d[\d,]*(?:\.\d+)?|[+-]?\.\d+")
# the first numeral of a figure: thousands grouped by points before a decimal comma ('1.234,5'), by blanks ('1 934',
# '1 934,5'), or by commas before a decimal point ('1,234.5')
_LEADING_NUMBER: Final = re.compile(r"[^\d]*?(\d{1,3}(?:\.\d{3})+,\d{1,2}(?!\d)"
                                    r"|\d{1,3}(?:[ \u00a0\u202f]\d{3})+(?:,\d{1,2})?(?!\d)|\d[\d,]*(?:\.\d+)?)")
# a numeral whose last comma has one or two digits after it, its only one: a decimal comma ('12,5 millones'), no group
_COMMA_DECIMALS: Final = re.compile(r"[\d.]+,\d{1,2}")
_GROUP_BLANKS: Final = str.maketrans("", "", " \u00a0\u202f")
# a figure and its scale word, nothing counted: '136.8 million', '2.5bn'
_SCALED_ALONE: Final = re.compile(r"\d[\d,]*(?:\.\d+)?\s?[A-Za-z]+")
# a bare figure in parentheses right after a name: 'Chile (19.9)', 'Trinidad and Tobago (13.6)'
_OPEN: Final = re.compile(r"[A-Za-z\u00c0-\u024f.'\u2019)]\s*\(\s*$")
# … closed right after it, or after a rank the list gives each name ('Iraq (204, 31st global)')
_CLOSE: Final = re.compile(r"^\s*(?:,\s*\d+(?:st|nd|rd|th)\b[^\d()]{0,30})?\)")
# what joins figures that share the unit written after the last: '24.4 and 21.8 tons', '3.1, 2.7 and 2.2'
_JOIN: Final = re.compile(r"^(?:\s*,\s*|\s*,?\s+and\s+)$")
# 'rose 3 or 4 per cent', '2.1, 2.5 or 3 billion euros': alternatives share the unit too; ', or' restates
# a figure in another unit ('rose 12,000, or 0.4 per cent') and is no alternative
_ALTERNATIVE: Final = re.compile(r"^\s+or\s+$")
_ALTERNATIVE_SPREAD: Final = 10  # alternatives are figures of one size: '25,000 or 0.2 per cent' restates, unpunctuated
# 'respectively' (or 'in that order') between the last joined figure and the unit of them all
_RESPECTIVELY_THEN: Final = re.compile(rf",?\s+(?i:{alternation(LEX['respective_words'])}),?\s+")
_UNIT_WORDS: Final = re.compile(r"[^\W\d][\w%/.-]*(?:\s+[^\W\d][\w%/.-]*){0,2}|%")


# a label right before the figure: quoted ('Tons of CO2' value is …) or closed by a colon (Tons of CO2: …)
_QUOTED_LABEL: Final = re.compile(r"[\'\"\u2018\u201c]([^\'\"\u2018\u2019\u201c\u201d]{2,60})[\'\"\u2019\u201d]"
                           r"\s*(?:(?:value|figure|total|amount|number)\s+)?(?:(?:in|for|of)\s+\d{4}\s+)?(?:is|was|stood at|:|=)?\s*$",
                           re.IGNORECASE)
_COLON_LABEL: Final = re.compile(r"(?:^|[.;,(]\s*|\s)([^\W\d][^:;.()]{1,60}):\s*$")
_LABEL_QUOTES: Final = "'\"\u2018\u201c"  # what ``_QUOTED_LABEL`` opens with


def _label_before(before: str) -> re.Match[str] | None:
    """``_QUOTED_LABEL`` or ``_COLON_LABEL`` in ``before``, each searched only where it can end
    there: an opening quote in the window, a colon before its last blanks. Both patterns search
    every position, and the colon's reads up to 60 characters at each: 8 µs in a plain sentence."""
    if any(quote in before for quote in _LABEL_QUOTES):
        quoted = _QUOTED_LABEL.search(before)
        if quoted is not None:
            return quoted
    return _COLON_LABEL.search(before) if before.rstrip().endswith(":") else None


def share_units(prose: str, quantities: list[Quantity], sentence_start: int = 0) -> None:
    """Give the bare figures of one sentence (in text order) the unit news wrote once for them."""
    for q in quantities:
        if _is_bare(prose, q):
            _label_unit(prose, q, sentence_start)
    _per_person_subject_span(prose, quantities, sentence_start)
    _mass_symbol_restated(prose, quantities)
    if len(quantities) >= 2:
        _shared_units(prose, quantities)
    for q in quantities:  # once every figure has its unit: the scale word a unit like 'ppm' cannot take
        _scale_slip_dropped(prose, q)


def _shared_units(prose: str, quantities: list[Quantity]) -> None:
    """The units written once for several figures of a sentence, each way news writes one."""
    _joined_before_unit(prose, quantities)
    _unit_after_respectively(prose, quantities)
    _parenthesised_list(prose, quantities)
    _money_before(prose, quantities)
    _scaled_before_money(prose, quantities)
    _scaled_after_measure(prose, quantities)
    _parallel_base(prose, quantities)
    _temperature_series(prose, quantities)
    _compared_rate(prose, quantities)
    _level_moved_to(prose, quantities)
    _bare_span_end(prose, quantities)
    _series_after_scaled(prose, quantities)
    _series_moved_on(prose, quantities)


def _scale_slip_dropped(prose: str, q: Quantity) -> None:
    """'405.5 million parts per million', and '403.3 million' beside it, which takes its unit: a figure in a unit
    that says its own scale ('ppm') keeps no scale word of its own, the writer's slip."""
    if not units.takes_no_scale(q.unit):
        return
    scale = _scale(prose, q)
    if scale is None or scale == 1:
        return
    q.value = q.value / scale
    q.value_high = q.value_high / scale if q.value_high is not None else None


# a forecast's list after a temperature: "36 degrees today, 39 tomorrow and 38 on Monday"
_SERIES_GAP: Final = re.compile(r"[^\d.;:!?()]{0,30}?(?:,|\band\b)[^\d.;:!?()]{0,12}")
_SERIES_END: Final = re.compile(
    rf"[ \t]*(?:[).,;:!?]|\Z|(?i:{alternation([*LEX['words_after_uncounted_amount'], *LEX['series_time_words']])})(?![\w])"
    rf"|[A-Z])")
_TEMPERATURES: Final = ("°C", "°F", "°")  # "°": bare "degrees", a temperature or an angle decided later (newsunits)


def _temperature_series(prose: str, quantities: list[Quantity]) -> None:
    """ "36 degrees today, 39 tomorrow and 38 on Monday", "30C in London, 28 in Leeds": bare figures
    listed after a temperature, each followed by nothing counted, are temperatures in its scale."""
    for i, donor in enumerate(quantities):
        if donor.unit not in _TEMPERATURES or _is_bare(prose, donor):
            continue
        previous = donor
        for q in quantities[i + 1:]:
            if not _is_bare(prose, q) or not _SERIES_GAP.fullmatch(prose, previous.end, q.start) \
                    or not _SERIES_END.match(prose, q.end) or not -60 <= q.value <= 140:
                break
            q.unit, q.kind = donor.unit, donor.kind
            previous = q


# what may stand between a mass and the bracket restating its unit: 'of CO2', 'de CO2' glossed
_RESTATED_SYMBOL: Final = re.compile(r"(?:\s+of\s+[^\W\d_][\w\u2082]*)?\s*\(\s*([^\W\d_][\w\u2082]*)\s*\)")


def _mass_symbol_restated(prose: str, quantities: list[Quantity]) -> None:
    """ "some 66 tonnes of CO2 (MtCO2), double Tunisia (32 tonnes)": tonnes with no scale word, restated
    in brackets as a scaled mass symbol, are the symbol's; so are the later tonnes of the sentence with
    no scale word of their own."""
    scale: Decimal | None = None
    for q in quantities:
        if q.unit != "t" or q.value_high is not None or _scale(prose, q) != 1:
            continue
        if scale is None:
            found = _RESTATED_SYMBOL.match(prose, q.end)
            glued = glued_mass_symbols().get(found.group(1)) if found else None
            if glued is None or glued[0] <= 1:
                continue
            scale = Decimal(str(glued[0]))
        q.value = q.value * scale


def _is_bare(prose: str, q: Quantity) -> bool:
    return not q.unit and q.value_high is None and _BARE.fullmatch(prose[q.start:q.end]) is not None


def _same_scale_alone(prose: str, q: Quantity, scale: Decimal | None) -> bool:
    """A figure with a scale word and nothing else ('136.8 million') whose scale is ``scale`` (> 1)."""
    return scale is not None and scale > 1 and not q.unit and q.value_high is None \
        and _SCALED_ALONE.fullmatch(prose[q.start:q.end]) is not None and _scale(prose, q) == scale


def _in_parentheses(prose: str, q: Quantity) -> bool:
    return (_OPEN.search(prose[max(0, q.start - 40):q.start]) is not None
            and _CLOSE.match(prose[q.end:q.end + 45]) is not None)


def _written_number(prose: str, q: Quantity) -> Decimal | None:
    """The first numeral of ``q`` as written, before any scale word: '1,234 million' → 1234, '12,5 millones' → 12.5,
    '1 934' → 1934."""
    m = _LEADING_NUMBER.match(prose, q.start, q.end)
    if m is None:
        return None
    numeral = m.group(1).translate(_GROUP_BLANKS)
    if _COMMA_DECIMALS.fullmatch(numeral):
        numeral = numeral.replace(".", "").replace(",", ".")
    try:
        return Decimal(numeral.replace(",", ""))
    except InvalidOperation:
        return None


def _scale(prose: str, q: Quantity) -> Decimal | None:
    """The factor the donor's own words put on its numeral ('10 million metric tons' → 1e6)."""
    written = _written_number(prose, q)
    if not written:
        return None
    scale = q.value / written
    return scale if scale >= 1 and is_whole(scale) else None


def _take_unit(prose: str, q: Quantity, donor: Quantity) -> bool:
    scale = _scale(prose, donor)
    if scale is None:
        return False
    q.unit = donor.unit
    q.value = q.value * scale
    if q.kind is not Kinds.change:  # "rose 3.1 and 4.2 per cent": the verb's change holds for both
        q.kind = donor.kind
    if q.subject is None:
        q.subject = donor.subject
    return True


def _joined_before_unit(prose: str, quantities: list[Quantity]) -> None:
    """'24.4 and 21.8 tons': the figures before the one with the unit, joined to it, take it."""
    for i in range(len(quantities) - 1, 0, -1):
        donor = quantities[i]
        if not donor.unit or _is_bare(prose, donor):
            continue
        j = i - 1
        scale = _scale(prose, donor)
        while j >= 0 and (_is_bare(prose, quantities[j]) or _same_scale_alone(prose, quantities[j], scale)) \
                and (_JOIN.match(prose[quantities[j].end:quantities[j + 1].start])
                     or _alternative(prose, quantities[j], quantities[j + 1], donor)):
            j -= 1
        joined = quantities[j + 1:i]
        for q in joined:
            if _is_bare(prose, q):
                _take_unit(prose, q, donor)
            else:  # '136.8 million and 72 million tonnes': its own scale word, the donor's unit
                q.unit = donor.unit
                if q.kind is not Kinds.change:
                    q.kind = donor.kind
                if q.subject is None:
                    q.subject = donor.subject
        if joined and joined[0].kind is Kinds.change and joined[0].unit == donor.unit \
                and donor.kind in (Kinds.level, Kinds.count):
            donor.kind, donor.direction = Kinds.change, joined[0].direction


def _alternative(prose: str, q: Quantity, following: Quantity, donor: Quantity) -> bool:
    """Whether ``q`` is an alternative to ``following`` ('3 or 4'), of the size of the donor's figure."""
    if not _ALTERNATIVE.match(prose[q.end:following.start]):
        return False
    written = _written_number(prose, donor)
    if written is None:
        return False
    donor_figure = abs(written)
    figure = abs(q.value)
    return figure > 0 and donor_figure > 0 and max(figure, donor_figure) < _ALTERNATIVE_SPREAD * min(figure, donor_figure)


def _unit_after_respectively(prose: str, quantities: list[Quantity]) -> None:
    """ "rose 3.1, 4.2 and 5.0 respectively per cent": bare figures joined in a list, the unit
    written after the word that pairs them with their subjects."""
    for i, last in enumerate(quantities):
        after = _RESPECTIVELY_THEN.match(prose, last.end) if _is_bare(prose, last) else None
        if after is None:
            continue
        words = _UNIT_WORDS.match(prose, after.end())
        form = None
        for n in (3, 2, 1):  # the longest unit written there ('per cent' before 'per')
            parts = words.group().split()[:n] if words else []
            form = lookup_suffix(" ".join(parts)) if len(parts) == n else None
            if form is not None and form.unit:
                break
        if form is None or not form.unit or units.is_money(form.unit):
            continue
        j = i
        while j > 0 and _is_bare(prose, quantities[j - 1]) and _JOIN.match(prose[quantities[j - 1].end:quantities[j].start]):
            j -= 1
        for q in quantities[j:i + 1]:
            q.unit = form.unit
            q.value = q.value * Decimal(str(form.scale))
            if q.kind is Kinds.count:
                q.kind = Kinds.level


def _parenthesised_list(prose: str, quantities: list[Quantity]) -> None:
    """'… 10 million metric tons …: Chile (19.9), Peru (11.1)': at least two bare figures in
    parentheses after names take the unit of the one figure with a unit written before them."""
    listed = [q for q in quantities if _is_bare(prose, q) and _in_parentheses(prose, q)]
    if len(listed) < 2:
        return
    before = [q for q in quantities if q.end <= listed[0].start and q.unit and not _is_bare(prose, q)]
    if not before or len({(q.unit, _scale(prose, q)) for q in before}) != 1:
        return
    for q in listed:
        _take_unit(prose, q, before[-1])


# a subject that ends in a unit and a per-person phrase, linked to the figure right after it ('South Africa's
# CO2 tonnes per capita was 9.11'): the words before the phrase, which may end in a unit, then the link
_UNIT_PER_PERSON_SUBJECT: Final = re.compile(
    rf"(?<![\w'’-])(?P<words>(?:[^\W\d_][\w'’-]*\s+){{1,3}})(?i:{alternation(LEX['per_capita_before'])})\s+"
    rf"(?i:{alternation(LEX['change_subject_links'])})\s+$")


def _label_unit(prose: str, q: Quantity, sentence_start: int) -> None:
    before = prose[max(sentence_start, q.start - 120):q.start]
    m = _label_before(before)
    if m is None:
        _unit_per_person_subject(before, q)
        return
    words = m.group(1).split()
    for n in (3, 2, 1):  # the longest unit the label opens with ('metric tons' before 'tons')
        form = lookup_suffix(" ".join(words[:n])) if len(words) >= n else None
        if form is not None and form.unit and form.unit != "%":
            q.unit = form.unit
            return


def _unit_per_person_subject(before: str, q: Quantity) -> None:
    """'CO2 tonnes per capita was 9.11': the unit the subject names right before its per-person phrase is
    the figure's (the longest one its last words make: 'metric tons' before 'tons')."""
    if not before.rstrip().endswith(_LINK_ENDS):
        return  # the common case: no linking word right before the figure
    m = _UNIT_PER_PERSON_SUBJECT.search(before)
    if m is None:
        return
    words = m.group("words").split()
    for n in (3, 2, 1):
        form = lookup_suffix(" ".join(words[-n:])) if len(words) >= n else None
        if form is not None and form.unit and form.unit not in units.PERCENT_UNITS and not units.is_money(form.unit):
            q.unit = form.unit
            if q.kind is not Kinds.change:
                q.kind = Kinds.ratio  # a quantity per person, as '6.4 tonnes per person' reads
            return


# a per-person subject that names its unit after 'of', then a span's opening link, right before the figure
# ('per capita emissions of tonnes of carbon dioxide in Iceland went from 13.3'): the words after 'of' open with the unit
_PER_PERSON_OF_UNIT_SPAN: Final = re.compile(
    rf"(?<![\w])(?i:{alternation(LEX['per_capita_before'])})\s+(?:[^\W\d_][\w'’-]*\s+){{1,2}}(?i:of)\s+"
    rf"(?P<words>[^.;:!?()]{{1,80}}?)\s+(?i:{alternation(LEX['per_person_span_links'])})\s+$")
# the far end of that span: 'to' after the near end and, perhaps, its year ('13.3 in 2012 to 16.9')
_SPAN_FAR_END: Final = re.compile(rf"\s+(?:(?i:in)\s+{YEAR_1800_TO_2099}\s+)?(?i:to)\s+")


def _per_person_subject_span(prose: str, quantities: list[Quantity], sentence_start: int) -> None:
    """'per capita emissions of tonnes of carbon dioxide went from 13.3 in 2012 to 16.9 in 2016': the unit
    the per-person subject names after 'of' is both ends' — quantities per person — as it is the figure's
    when written after it ('13.3 tonnes per person')."""
    for i, q in enumerate(quantities):
        if not _is_bare(prose, q):
            continue
        m = _PER_PERSON_OF_UNIT_SPAN.search(prose, max(sentence_start, q.start - 160), q.start)
        if m is None:
            continue
        words = m.group("words").split()
        form = next((f for n in (3, 2, 1) if len(words) >= n
                     for f in (lookup_suffix(" ".join(words[:n])),) if f is not None and f.unit), None)
        if form is None or form.unit in units.PERCENT_UNITS or units.is_money(form.unit):
            continue
        ends = [q]
        far = quantities[i + 1] if i + 1 < len(quantities) else None
        if far is not None and _is_bare(prose, far) and _SPAN_FAR_END.fullmatch(prose[q.end:far.start]) is not None:
            ends.append(far)
        for end in ends:
            end.unit = form.unit
            if end.kind is not Kinds.change:
                end.kind = Kinds.ratio  # a quantity per person, as '6.4 tonnes per person' reads


_LINK_ENDS: Final = tuple({link.split()[-1].lower() for link in LEX["change_subject_links"]}
                   | {link.split()[-1].capitalize() for link in LEX["change_subject_links"]})


_MONEY_LINK: Final = re.compile(rf"(?<![\w])(?:{alternation(LEX['amount_links'])})(?![\w])", re.IGNORECASE)
# what may follow an amount that counts nothing: punctuation, the end, a linking word, or a parenthesis
# that opens with another figure ('5.3 billion (19 %)')
_NOTHING_COUNTED: Final = re.compile(
    rf"[ \t]*(?:[)\].,;:!?]|\((?=\s*[+-]?\d)|$|(?:{alternation(LEX['words_after_uncounted_amount'])})(?![\w]))",
    re.IGNORECASE)
_MONEY_REACH: Final = 150  # characters from the money to the amount
_WORD: Final = re.compile(r"[A-Za-z]+")


def _money_before(prose: str, quantities: list[Quantity]) -> None:
    """ "fell to four billion stg … from 4.75 billion": a scaled amount with nothing counted after
    it takes the currency of the money before it in its sentence, when a linking word joins them
    and no other measure stands between (a percentage may); a currency the words between name wins."""
    for i, q in enumerate(quantities):
        if q.unit or q.value_high is not None or _is_bare(prose, q) or not _NOTHING_COUNTED.match(prose, q.end):
            continue
        scale = _scale(prose, q)
        if scale is None or scale < 1000:
            continue
        for j in range(i - 1, -1, -1):  # by index: a copy of the figures before each one is quadratic in a long line
            donor = quantities[j]
            if q.start - donor.end > _MONEY_REACH or donor.unit and donor.unit not in units.PERCENT_UNITS and not _plain_money(donor):
                break
            if not _plain_money(donor):
                continue
            between = prose[donor.end:q.start]
            if _MONEY_LINK.search(between) or _linked_by_unread_words(prose, between, q, donor, scale):
                q.unit = _currency_named(between) or _currency_named_after(prose, q.end) or donor.unit
                q.kind = Kinds.level if q.kind is Kinds.count else q.kind
                q.subject_after = False
            break


_LETTERS: Final = re.compile(r"[^\W\d_]+")
_UNCOUNTED_FOLLOWERS: Final = frozenset(w.lower() for w in LEX["words_after_uncounted_amount"] if " " not in w)


def _linked_by_unread_words(prose: str, between: str, q: Quantity, donor: Quantity, scale: Decimal) -> bool:
    """Whether words a gloss left in their own script ('44,2 billion leva at заложени 43,5 billion': budgeted) join
    a scaled amount to money of the same scale word before it: a linking word may be among them. Only unread words
    of another script and the words that may follow an amount that counts nothing stand between."""
    words = _LETTERS.findall(between)
    unread = [word for word in words if not word.isascii()]
    return bool(unread) and _scale(prose, donor) == scale \
        and all(not word.isascii() or word.lower() in _UNCOUNTED_FOLLOWERS for word in words)


# "fell 47.75 points to 2,292.27", "fell 120.5 points, or 0.4%, to 33,870.1": the change, perhaps its
# percentage said again, then the level it moved to
# "to", "at"; "higher to", "lower at"; "to end at", "to finish at" (the dev set reads "to close at 34,916" as a bare level)
# "ticked 6.75 points higher, or 0.24%, to 2,654.80": the direction may come before the percentage said again
_MOVED_TO: Final = re.compile(rf"(?:\s+(?:{alternation(LEX['moved_to_directions'])})(?=\s*,))?"
                       rf"\s*(?:,\s*or\s+\S+\s*,)?\s*(?:(?:{alternation(LEX['moved_to_directions'])})\s+)?(?:to|at)\s+"
                       rf"(?:(?:{alternation(LEX['moved_to_ends'])})\s+at\s+)?")


def _level_moved_to(prose: str, quantities: list[Quantity]) -> None:
    """ "The index fell 47.75 points to 2,292.27", "rose 2 degrees to 30": a bare figure right after a
    change in an absolute unit and 'to' (or 'at') is the level the change moved to, in that unit."""
    for donor, q in zip(quantities, quantities[1:]):
        _moved_to(prose, donor, q)
    for donor, restated, q in zip(quantities, quantities[1:], quantities[2:]):
        if restated.unit in units.RELATIVE_UNITS:
            _moved_to(prose, donor, q)


def _moved_to(prose: str, donor: Quantity, q: Quantity) -> None:
    if donor.kind is not Kinds.change or not donor.unit or donor.unit in units.RELATIVE_UNITS or "/" in donor.unit \
            or not _is_bare(prose, q) or not _MOVED_TO.fullmatch(prose, donor.end, q.start):
        return
    q.unit = donor.unit
    q.kind = Kinds.level


_MONEY_NOUN: Final = re.compile(rf"(?<![\w-])(?:{alternation(LEX['money_nouns'])})(?![\w-])", re.IGNORECASE)
# 'the nominal dollar GDP was 1.876 trillion', 'in dollar terms': a currency's name right before a noun
# that is money when a currency qualifies it
_CURRENCY_THEN_NOUN: Final = re.compile(
    rf"(?<![\w-])([A-Za-z]+)[ \t]+(?:{alternation([*LEX['money_nouns'], *LEX['currency_qualified_nouns']])})(?![\w-])",
    re.IGNORECASE)
_SAID_AGAIN_REACH: Final = 300  # characters back to the money whose currency an amount said again takes
_MILLION: Final = Decimal(1_000_000)


def money_said_again(prose: str, found: list[tuple[Quantity, int]]) -> None:
    """ "Sales rose 6% to €10.2 billion … Net profit stood at 1.5 billion against a loss of 766
    million": an amount with a scale word of a million or more, no unit and nothing counted after it,
    in a sentence about money (a noun of ``money_nouns`` before it in its sentence), takes the currency
    of the last plain money before it in its paragraph when no other measure stands between. ``found``
    holds each figure of the text, in order, with the start of its sentence."""
    donor: Quantity | None = None
    for q, sentence_start in found:
        if _plain_money(q):
            donor = q
            continue
        if q.unit and q.unit not in units.PERCENT_UNITS:
            donor = None  # another measure (a multiple too) between: the money before is no longer what the text is about
            continue
        if donor is None or q.unit or q.value_high is not None:
            continue
        if q.start - donor.end > _SAID_AGAIN_REACH or PARAGRAPH_BREAK.search(prose, donor.end, q.start):
            continue
        scale = _scale(prose, q)
        if scale is None or scale < _MILLION or not _NOTHING_COUNTED.match(prose, q.end) \
                or _MONEY_NOUN.search(prose, sentence_start, q.start) is None:
            continue
        q.unit = donor.unit
        if q.kind is Kinds.count:
            q.kind = Kinds.level


def money_named_before(prose: str, found: list[tuple[Quantity, int]]) -> None:
    """ "the nominal dollar GDP in 2014 was 1.876 trillion in Russia against 212 billion in Kazakhstan": an
    amount with a scale word of a million or more, no unit and nothing counted after it takes the currency
    its sentence names before it as a qualifier of money (a currency's name right before a noun of
    ``money_nouns`` or ``currency_qualified_nouns``), when no figure before it in its sentence is counted in another
    measure's unit (percent and plain money aside)."""
    # each sentence's currency-then-noun phrases are found once, up to its last figure: a sentence of thousands
    # of amounts searched its whole text before each of them
    reach: dict[int, int] = {}
    for q, sentence_start in found:
        reach[sentence_start] = max(reach.get(sentence_start, 0), q.start)
    phrases: dict[int, list[tuple[int, str]]] = {}
    for q, sentence_start in found:
        if q.unit or q.value_high is not None or not _NOTHING_COUNTED.match(prose, q.end):
            continue
        scale = _scale(prose, q)
        if scale is None or scale < _MILLION:
            continue
        if sentence_start not in phrases:
            scanned = _CURRENCY_THEN_NOUN.finditer(prose, sentence_start, reach[sentence_start])
            phrases[sentence_start] = [(m.end(), unit) for m in scanned if (unit := _currency_named(m.group(1)))]
        named = [unit for end, unit in phrases[sentence_start] if end <= q.start]
        if not named or any(o.unit and o.unit not in units.PERCENT_UNITS and not _plain_money(o)
                            for o, start in found if start == sentence_start and o.end <= q.start):
            continue
        q.unit = named[-1]
        if q.kind is Kinds.count:
            q.kind = Kinds.level


_IN_CURRENCY_AFTER: Final = re.compile(r"[ \t]+in[ \t]+([A-Za-z]+)")  # '380 billion in rupees'


def _currency_named_after(prose: str, end: int) -> str | None:
    after = _IN_CURRENCY_AFTER.match(prose, end)
    return _currency_named(after.group(1)) if after else None


def _plain_money(q: Quantity) -> bool:
    return bool(q.unit) and "/" not in q.unit and units.is_money(q.unit)


def _currency_named(text: str) -> str | None:
    for word in _WORD.findall(text):
        form = lookup_suffix(word) if len(word) > 2 else None
        if form is not None and units.is_money(form.unit):
            return form.unit
    return None


# 'from 9.3 trillion to 9.4 trillion euros': what joins a scaled amount to the money after it
_TO_MONEY: Final = re.compile(r"\s+(?:to|and)\s+")


def _scaled_before_money(prose: str, quantities: list[Quantity]) -> None:
    """ "from 9.3 trillion to 9.4 trillion euros": an amount written with its own scale word and no
    unit, joined by "to" or "and" to money of the same scale right after it, is in that currency."""
    for q, donor in zip(quantities, quantities[1:]):
        if q.unit or q.value_high is not None or _is_bare(prose, q) or not donor.unit \
                or not units.is_money(donor.unit) or not _TO_MONEY.fullmatch(prose, q.end, donor.start):
            continue
        scale = _scale(prose, q)
        if scale is None or scale == 1 or scale != _scale(prose, donor):
            continue
        q.unit = donor.unit
        if q.kind is Kinds.count:
            q.kind = donor.kind


_SPAN_LINK: Final = re.compile(rf"(?<![\w])(?:{alternation([*LEX['span_links'], *LEX['parallel_links']])})(?![\w])",
                        re.IGNORECASE)
_SPAN_REACH: Final = 60  # characters from the measure to the amount
_LINKED_REACH: Final = 120  # … when the link stands right before the amount ('(compared to 50 million')
_LINK_RIGHT_BEFORE: Final = re.compile(rf"(?<![\w])(?:{alternation([*LEX['span_links'], *LEX['parallel_links']])})\s*$",
                                       re.IGNORECASE)


def _scaled_after_measure(prose: str, quantities: list[Quantity]) -> None:
    """ "from 14 million tonnes in 1990 to 31 million in 2010": an amount written with its own scale word,
    no unit and nothing counted after it, the other end of a span from a measure (not money, which
    ``_money_before`` reads, nor a percentage) of the same scale right before it, is in that measure's unit.
    So are the items of a list that opens so ("36 billion tonnes of CO2, of which China emitted 10.4 billion,
    the US 5.2 billion, followed by the EU with 2.9 billion (7.9 %), India with 2.6 billion (7.1 %)"): after
    one item took the unit, a comma goes on with the list, and an item's share in brackets is no item."""
    listed: set[int] = set()  # the items that took their unit so: the list goes on after them
    items = [q for q in quantities if not _in_parentheses(prose, q)]
    for donor, q in zip(items, items[1:]):
        if q.unit or q.value_high is not None or _is_bare(prose, q) or not _NOTHING_COUNTED.match(prose, q.end):
            continue
        if not donor.unit or donor.unit in units.PERCENT_UNITS or units.is_money(donor.unit) or donor.value_high is not None:
            continue
        linked = _SPAN_LINK.search(prose, donor.end, q.start) or (id(donor) in listed and "," in prose[donor.end:q.start])
        # 'about 65 million tonnes of CO2 from burning fuels for energy (compared to 50 million in 1996)': a link
        # right before the amount joins it to the measure across the words that say more of that measure
        reach = _LINKED_REACH if _LINK_RIGHT_BEFORE.search(prose, donor.end, q.start) else _SPAN_REACH
        if q.start - donor.end > reach or not linked:
            continue
        scale = _scale(prose, q)
        if scale is None or scale < 1000 or scale != _scale(prose, donor):
            continue
        q.unit = donor.unit
        q.kind = donor.kind if q.kind is Kinds.count else q.kind
        q.subject_after = False
        listed.add(id(q))


_BASE_LINK: Final = alternation(LEX["parallel_base_links"])
# between a percent change and the bare figure: its base word, the base (no figure but a year), then 'and'
_BASE_THEN_AND: Final = re.compile(rf"\s+(?P<link>(?i:{_BASE_LINK}))\s+(?:[^\W\d][\w'’.-]*\s+|{YEAR_1800_TO_2099}\s+){{1,5}}"
                            r"(?i:and)\s+$")
# the same base word right after the bare figure (its text compared with the link before: the same word)
_BASE_LINK_AFTER: Final = re.compile(rf"\s+(?P<link>{_BASE_LINK})\s", re.IGNORECASE)


def _parallel_base(prose: str, quantities: list[Quantity]) -> None:
    """'up by one percent compared to November 2022 and 14.4 compared to December 2021': the bare
    figure after 'and', followed by the same base word as the percent change before it, is a change
    in percent too, of the same direction."""
    for donor, q in zip(quantities, quantities[1:]):
        if donor.unit != "%" or donor.kind is not Kinds.change or not _is_bare(prose, q) or is_whole(q.value) and q.value >= 1000:
            continue
        between = _BASE_THEN_AND.fullmatch(prose, donor.end, q.start)
        if between is None:
            continue
        link = " ".join(between.group("link").lower().split())
        after = prose[q.end:q.end + len(link) + 12]
        again = _BASE_LINK_AFTER.match(after)
        if again is not None and again.group("link").casefold() == link.casefold():
            q.unit, q.kind, q.direction = "%", Kinds.change, donor.direction
            if q.subject is None:
                q.subject = donor.subject


# between a rate and the bare figure compared with it: no figure but a year, no clause's end but a comma, then the link
# and at most 'the figure of' ('against 14.4', ', exceeding the figure of 9.29')
_RATE_THEN_LINK: Final = re.compile(rf"(?:[^\d;:.!?]|(?<!\d){YEAR_1800_TO_2099}(?!\d)){{0,80}}?(?<![\w])(?i:{alternation(LEX['compared_rate_links'])})\s+"
                             r"(?:(?:the|a|an)\s+)?(?:(?:[^\W\d_]+\s+){0,2}?(?i:figure|level|rate|reading|mark|average)(?:\s+of\s+|\s*\(\s*))?$")

# a clause set against the reading's ('…, while every French person is responsible for around 5'): a comma,
# a contrast link (lexicon contrast_links), no figure (but a year or a word's digit: 'CO2') nor clause's end before the bare figure
_CONTRAST_THEN_FIGURE: Final = re.compile(rf"(?:[^\d;:.!?]|(?<=[^\W\d_])\d|(?<!\d){YEAR_1800_TO_2099}(?!\d)){{0,80}}?,\s*(?i:{alternation(LEX['contrast_links'])})\s+[^\d;:.!?]{{0,60}}$")

# the next item of a ranking ('…, followed by Germany at 9.7'): no figure (but a word's digit: 'CO2') nor clause's
# end, a ranking link (lexicon ranked_next_links), up to three words naming the next place or holder, 'at' or 'with' (ranked_value_links) and perhaps a qualifier's word, then the bare figure
_RANKED_NEXT: Final = re.compile(rf"(?:[^\d;:.!?]|(?<=[^\W\d_])\d){{0,40}}?(?<![\w])(?i:{alternation(LEX['ranked_next_links'])})\s+"
                          rf"(?:[^\W\d_][\w'’.-]*\s+){{1,3}}(?i:{alternation(LEX['ranked_value_links'])})\s+(?:[^\W\d_]+\s+)?$")

# what may follow it: the clause's end or a word of its period or clause, no word it counts ('12 companies')
_NOTHING_COUNTED_AFTER: Final = re.compile(rf"\s*(?:$|[,;.)!?]|(?i:{alternation(LEX['compared_rate_followers'])})\b)")


def _compared_rate(prose: str, quantities: list[Quantity]) -> None:
    """'12.3 % in March against 14.4 a year earlier': a bare figure a compared link joins to the rate in
    percent before it (a level, not a change: 'rose 5 % from 14.4' compares a level) is that rate's
    figure in percent — the writer left the sign off the second, not the unit. So too a level in another
    measure compared with a reading of its size ('0.40 metric tons of carbon, well below the global average
    (1.30)', '4.60 tonnes a year, against 4.66 for the world'): the compared reading is in the same unit."""
    compared: Quantity | None = None  # the last figure that took its unit from a compared reading
    for donor, q in zip(quantities, quantities[1:]):
        if not donor.unit or donor.kind is Kinds.change or not _is_bare(prose, q):
            continue
        if donor is compared and _JOIN.match(prose[donor.end:q.start]) and _NOTHING_COUNTED_AFTER.match(prose, q.end) \
                and (donor.unit == "%" and q.value < 100 or donor.unit != "%" and _same_size(donor.value, q.value)):
            # 'vs 6.7 and 17 for China and the US': the list the compared link opens, each in its unit
            q.unit, q.kind, compared = donor.unit, donor.kind, q
            if q.subject is None:
                q.subject = donor.subject
            continue
        if donor.unit == "%" and not q.value < 100:
            continue
        # a span in another measure ('3 to 4 tonnes, against 2') has no one reading of its size; a span of rates still gives percent
        if donor.unit != "%" and (donor.value_high is not None or units.is_money(donor.unit)
                                  or not _same_size(donor.value, q.value)):
            continue
        if (_RATE_THEN_LINK.fullmatch(prose, donor.end, q.start) or _CONTRAST_THEN_FIGURE.fullmatch(prose, donor.end, q.start)
                or _RANKED_NEXT.fullmatch(prose, donor.end, q.start)) \
                and _NOTHING_COUNTED_AFTER.match(prose, q.end):
            # '38 degrees …, compared with 41': a reading of that measure, no count; so is the figure of a
            # clause set against it ('9 tons of CO2 per person, while every French person emits around 5')
            q.unit, q.kind, compared = donor.unit, donor.kind, q
            if q.subject is None:
                q.subject = donor.subject


# 'from 929 metric tons of carbon in 2000 to ': 'from' right before a span's first end, and its words up to 'to'
# (a year, no other figure, no clause break) before the bare figure of its far end
_FROM_BEFORE: Final = re.compile(r"(?<![\w])(?i:from)\s+$")
_WORDS_TO: Final = re.compile(rf"(?:[^\d;:.!?()]|(?<!\d){YEAR_1800_TO_2099}(?!\d)){{0,{_SPAN_REACH}}}?(?<![\w])(?i:to)\s+")


def _bare_span_end(prose: str, quantities: list[Quantity]) -> None:
    """ "grown from 929 metric tons of carbon in 2000 to 2,248 in 2010": the bare figure ending a span 'from' a
    level in a measure (not a rate, not money: their readers above) opens, of that level's size, is in its unit
    (``_scaled_after_measure`` reads such a span when both ends carry a scale word)."""
    for donor, q in zip(quantities, quantities[1:]):
        if not donor.unit or donor.unit in units.PERCENT_UNITS or units.is_money(donor.unit) \
                or donor.value_high is not None or not _is_bare(prose, q):
            continue
        if _FROM_BEFORE.search(prose, max(0, donor.start - 12), donor.start) is None \
                or not _WORDS_TO.fullmatch(prose, donor.end, q.start) or not _same_size(donor.value, q.value) \
                or not _NOTHING_COUNTED_AFTER.match(prose, q.end):
            continue
        q.unit, q.kind = donor.unit, donor.kind
        if q.subject is None:
            q.subject = donor.subject


# a later reading of a series dated by the year right after it: '143 in 2009'
_YEAR_AFTER: Final = re.compile(rf"[ \t]+in[ \t]+{YEAR_1800_TO_2099}(?!\d)")
_AT: Final = re.compile(r"(?<![\w])at(?![\w])", re.IGNORECASE)  # Spanish and Portuguese 'a' is glossed 'at': 'descendió a 143'
_SERIES_REACH: Final = 60  # characters from one reading to the next


def _series_after_scaled(prose: str, quantities: list[Quantity]) -> None:
    """ "reached 149 million in 1993, fell to 143 in 2009 and recovered to 146 in 2015": bare figures,
    each moved 'to' or 'at' (a span link before it) and dated by a year right after it, that follow a figure with
    a scale word (not a percentage) and are of its written size, are later readings of its series — the
    writer wrote the scale once, as a history in prose does. A bare figure of another size ('to 3 in
    2009' after '149 million') or with no year after it keeps what it has."""
    for i, donor in enumerate(quantities):
        scale = _scale(prose, donor)
        if scale is None or scale < 1000 or donor.value_high is not None or donor.unit in units.PERCENT_UNITS \
                or _is_bare(prose, donor):
            continue
        written = donor.value / scale
        previous = donor
        for q in quantities[i + 1:]:
            if not _is_bare(prose, q) or q.start - previous.end > _SERIES_REACH \
                    or not (_SPAN_LINK.search(prose, previous.end, q.start) or _AT.search(prose, previous.end, q.start)) \
                    or not _YEAR_AFTER.match(prose, q.end) \
                    or not written or not Decimal("0.5") <= q.value / written <= 2:
                break
            q.value = q.value * scale
            q.unit = donor.unit
            if q.kind is not Kinds.change:
                q.kind = donor.kind
            if q.subject is None:
                q.subject = donor.subject
            previous = q


_CHANGE_VERBS: Final = alternation([*LEX["change_verbs"]["up"], *LEX["change_verbs"]["down"]])
# from one reading of a series to the next in its clause: no other figure (but a year) nor clause's end, then a change
# verb and 'to' or 'at' right before the bare figure ('…, which fell to ', '… and in 2017 dropped to ')
_MOVED_ON: Final = re.compile(rf"(?P<words>(?:[^\d;:.!?()\u2013\u2014]|(?<!\d){YEAR_1800_TO_2099}(?!\d)){{0,{_SERIES_REACH}}}?)"
                              rf"(?<![\w])(?i:{_CHANGE_VERBS})\s+(?i:to|at)\s+$")
_YEAR_AMONG: Final = re.compile(rf"(?<!\d){YEAR_1800_TO_2099}(?!\d)")
_OTHER_SUBJECT: Final = re.compile(rf"(?<![\w])(?i:{alternation(LEX['series_moved_subject_words'])})(?![\w])")


def _series_moved_on(prose: str, quantities: list[Quantity]) -> None:
    """ "inflation was 6.65 percent in 2014, which fell to 4.91 in 2015 and dropped to 3.33 in 2017": bare
    figures each moved 'to' (or 'at') by a change verb in the clause after a level in a unit with no scale word,
    each dated by a year of its own (right after it or among the words before it) and of the level's size, are
    later readings of its series — the writer wrote the unit once. A figure of another subject ('the number of
    banks fell to 12'), with no year of its own, or with a word it counts after it keeps what it has (figures
    with a scale word: ``_series_after_scaled``)."""
    for i, donor in enumerate(quantities):
        if not donor.unit or donor.kind not in (Kinds.level, Kinds.ratio) or donor.value_high is not None \
                or units.is_money(donor.unit) or donor.unit in units.POINT_UNITS or _scale(prose, donor) != 1:
            continue
        previous = donor
        for q in quantities[i + 1:]:
            if not _is_bare(prose, q):
                break
            moved = _MOVED_ON.fullmatch(prose, previous.end, q.start)
            # the year right after the reading before dates that one, not this
            dated_before = _YEAR_AFTER.match(prose, previous.end)
            own_words = prose[dated_before.end() if dated_before is not None else previous.end:q.start]
            if moved is None or _OTHER_SUBJECT.search(moved.group("words")) is not None \
                    or not (_YEAR_AMONG.search(own_words) or _YEAR_AFTER.match(prose, q.end)) \
                    or not _NOTHING_COUNTED_AFTER.match(prose, q.end) \
                    or not _same_size(donor.value, q.value) or donor.unit == "%" and not q.value < 100:
                break
            q.unit, q.kind = donor.unit, donor.kind
            if q.subject is None:
                q.subject = donor.subject
            previous = q


def _same_size(a: Decimal, b: Decimal) -> bool:
    """Two readings of one measure compared in a clause: within a factor of ten of each other."""
    return bool(a) and bool(b) and Decimal("0.1") <= abs(b / a) <= 10


_HEAD_WORD_AFTER: Final = re.compile(r"[ \t\u00a0]+([^\W\d_]+)")  # the word right after a figure
# a word in the clause comparing its figure with another reading ('against 418.9 parts a year before')
_SHORT_UNIT_LINK: Final = re.compile(rf"(?<![\w])(?i:{alternation([*LEX['compared_rate_links'], *LEX['short_unit_time_links']])})(?![\w])")
_CLAUSE_BREAK_BEFORE: Final = re.compile(r"[,;:]")  # the last clause break before a figure
# the first clause or sentence end after it: every position one stands at (a lookahead, so a '.' and the line break
# after it are two)
_CLAUSE_BREAK_AFTER: Final = re.compile(r"(?=[,;:]|[.!?](?:\s|$)|\n)")
_SHORT_REACH: Final = 600  # characters back to the full name of a unit said short


@lru_cache(maxsize=1)
def _short_heads() -> frozenset[str]:
    """The first words of measures written in several words that are no unit alone ('parts' of 'parts
    per million'): a figure followed by one of them alone has its unit said short. Not money's ('3
    Canadian firms' after '5 Canadian dollars') nor percent's ('3 per 1,000' after '5 per cent')."""
    heads = set()
    for form in units.unit_suffixes():
        words = form.surface.lower().split()
        if len(words) > 1 and len(words[0]) > 2 and form.unit and not units.is_money(form.unit) \
                and form.unit not in units.PERCENT_UNITS and lookup_suffix(words[0]) is None:
            heads.add(words[0])
    return frozenset(heads)


def unit_said_short(prose: str, found: list[tuple[Quantity, int]]) -> None:
    """ "CO2 reached 420 parts per million in May, up from 417.1 parts a year earlier": a bare figure
    followed by the first word of a unit written in several words, and by no more of it, takes the
    unit of the last figure of its paragraph written with that unit in full (the word joins the
    claim's text). ``found`` holds each figure of the text, in order, with the start of its sentence."""
    heads = _short_heads()
    clauses = _Clauses(prose)
    for i, (q, sentence_start) in enumerate(found):
        if not _is_bare(prose, q):
            continue
        after = _HEAD_WORD_AFTER.match(prose, q.end)
        if after is None or after.group(1).lower() not in heads or not clauses.compares_readings(q, sentence_start):
            continue
        head = after.group(1).lower()
        for donor, _ in (found[j] for j in range(i - 1, -1, -1)):
            if q.start - donor.end > _SHORT_REACH or PARAGRAPH_BREAK.search(prose, donor.end, q.start):
                break
            if not donor.unit or _is_bare(prose, donor):
                continue
            written = prose[donor.start:donor.end]
            full = re.search(rf"(?<![\w]){re.escape(head)}\s+\S", written, re.IGNORECASE)
            form = lookup_suffix(written[full.start():]) if full else None
            if form is not None and form.unit == donor.unit:
                q.unit, q.end = donor.unit, after.end()
                q.subject, q.subject_after = donor.subject, donor.subject_after  # the head word counted nothing
                if q.kind is Kinds.count:
                    q.kind = Kinds.level
                break


# a bare figure's noun and per-person phrase right after it ('15.2 emissions per capita'), and the same noun
# and phrase in an earlier sentence ('an emission per capita of about 39.7 tons')
_NOUN_PER_PERSON_AFTER: Final = re.compile(rf"[ \t\u00a0]+(?P<noun>[^\W\d_]+)[ \t\u00a0]+(?P<per>{alternation(LEX['per_capita_before'])})(?![\w])",
                                    re.IGNORECASE)
_NOUN_PER_PERSON: Final = re.compile(rf"(?<![\w])(?P<noun>[^\W\d_]+)[ \t\u00a0]+(?P<per>{alternation(LEX['per_capita_before'])})(?![\w])",
                              re.IGNORECASE)


def per_person_said_again(prose: str, found: list[tuple[Quantity, int]]) -> None:
    """ "Qatar had an emission per capita of about 39.7 tons. Kazakhstan is tenth with about 15.2 emissions
    per capita.": a bare figure followed by a noun and a per-person phrase takes the unit of the last figure
    of its paragraph, of its size (within a factor of ten), whose sentence names the same noun (one form the
    start of the other: 'emission', 'emissions') with the same phrase before it — the writer named the
    measure's unit once. A quantity per person."""
    for i, (q, _sentence_start) in enumerate(found):
        if not _is_bare(prose, q):
            continue
        after = _NOUN_PER_PERSON_AFTER.match(prose, q.end)
        if after is None:
            continue
        noun, per = after.group("noun").casefold(), " ".join(after.group("per").casefold().split())
        for donor, donor_start in reversed(found[:i]):
            if q.start - donor.end > _SHORT_REACH or PARAGRAPH_BREAK.search(prose, donor.end, q.start):
                break
            if not donor.unit or _is_bare(prose, donor) or donor.unit in units.PERCENT_UNITS \
                    or units.is_money(donor.unit) or not _same_size(donor.value, q.value):
                continue
            if any(_same_noun(m.group("noun").casefold(), noun) and " ".join(m.group("per").casefold().split()) == per
                   for m in _NOUN_PER_PERSON.finditer(prose, donor_start, donor.start)):
                q.unit = donor.unit
                if q.kind is not Kinds.change:
                    q.kind = Kinds.ratio
                break


# a list line that names an item, a comma, and its figure, nothing after it ('– India, 2.45.'): a series over its
# items; 'Label: value' lines list facts of several measures ('- Staff: 12'). Its marker opens a line or follows a
# heading's colon ('Largest emitters in 2017: – China, 10.92 billion tonnes.')
_ITEM_MARKERS: Final = f"-\u2013\u2014*+{PASTED_BULLETS}"
# (a Markdown list's marker reaches extraction blanked: its line opens with blanks)
_ITEM_BEFORE: Final = re.compile(rf"(?:(?:^|\n|:)[ \t#]*(?P<marker>[{_ITEM_MARKERS}])[ \t]+|(?:^|\n)(?P<blanked>[ \t]+))"
                                 rf"[^\W\d_][^\d\n,:;()]{{0,40}}?,[ \t]+$")
_ITEM_END: Final = re.compile(r"[ \t]*[.;]?[ \t]*(?:\n|$)")
_LIST_REACH: Final = 600  # characters back to the list line that wrote the unit


def list_item_unit(prose: str, found: list[tuple[Quantity, int]]) -> None:
    """ "Largest emitters in 2017: – China, 10.92 billion tonnes. – India, 2.45. – Japan, 1.32.": a bare figure that
    is all a list line gives after its item's name takes the unit and scale word of the list's line before it that
    wrote them, of its size (within a factor of ten of that line's written number), when only lines of that list
    (same marker) stand between them — a list writes its measure once, on its first line."""
    for i, (q, _sentence_start) in enumerate(found):
        if not _is_bare(prose, q) or not _ITEM_END.match(prose, q.end):
            continue
        line_start = prose.rfind("\n", 0, q.start) + 1
        item = _ITEM_BEFORE.search(prose, line_start - 1 if line_start else 0, q.start)
        if item is None:
            continue
        for donor, _ in reversed(found[:i]):
            if q.start - donor.end > _LIST_REACH:
                break
            donor_item = _ITEM_BEFORE.search(prose, max(0, prose.rfind("\n", 0, donor.start)), donor.start)
            if donor_item is None or _marker(donor_item) != _marker(item) or not _ITEM_END.match(prose, donor.end) \
                    or not _list_lines_between(prose, donor.end, line_start, _marker(item)):
                break
            if _is_bare(prose, donor):
                continue  # an earlier item that took nothing yet: the unit stands further up
            written = _written_number(prose, donor)
            if donor.unit and donor.value_high is None and donor.kind is Kinds.level \
                    and written is not None and _same_size(written, q.value):
                _take_unit(prose, q, donor)
            break


def _marker(item: re.Match[str]) -> str:
    """A list line's marker; a blank for a Markdown list's blanked one."""
    return item.group("marker") or " "


def _list_lines_between(prose: str, start: int, end: int, marker: str) -> bool:
    """Whether the lines from ``start`` (the end of a list line) to ``end`` are blank or lines of the same list."""
    lines = prose[start:end].split("\n")[1:]
    if marker == " ":
        return all(not line.strip() or line[:1] in " \t" for line in lines)
    return all(not line.strip() or line.lstrip(" \t#").startswith(marker) for line in lines)


def _same_noun(a: str, b: str) -> bool:
    """One noun in two forms: one the start of the other, and of at least four letters ('emission',
    'emissions')."""
    short, long = sorted((a, b), key=len)
    return len(short) >= 4 and long.startswith(short) and len(long) - len(short) <= 2


class _Clauses:
    """The clause breaks of a text, found once, and what each clause says, read once: every figure of a long clause
    looked for its clause's ends from the sentence's start and read the whole clause (quadratic in its figures)."""

    def __init__(self, prose: str) -> None:
        self.prose = prose
        self._breaks: list[int] | None = None
        self._ends: list[int] = []
        self._compared: dict[tuple[int, int], bool] = {}

    def compares_readings(self, q: Quantity, sentence_start: int) -> bool:
        """The figure's clause compares it with another reading ('against 418.9 parts a year before', 'ten
        years ago the reading was 1,810 parts'): a count of parts ('the kit comes in 12 parts') does not."""
        if self._breaks is None:
            self._breaks = [m.start() for m in _CLAUSE_BREAK_BEFORE.finditer(self.prose)]
            self._ends = [m.start() for m in _CLAUSE_BREAK_AFTER.finditer(self.prose)]
        before = bisect_left(self._breaks, q.start) - 1
        start = self._breaks[before] + 1 if before >= 0 and self._breaks[before] >= sentence_start else sentence_start
        after = bisect_left(self._ends, q.end)
        end = self._ends[after] if after < len(self._ends) else len(self.prose)
        if (start, end) not in self._compared:
            self._compared[(start, end)] = _SHORT_UNIT_LINK.search(self.prose, start, end) is not None
        return self._compared[(start, end)]
