"""Numbers read as quantities that place or name things instead: ages ("aged 65 or over",
"under the age of 15", "65 and older"), ranks at the head of a list line ("102 Fertility Rate
Kazakhstan 2.31": 102 is the rank, 2.31 the value; "1- Venezuela:", a list's own number) and model names ("iPhone 15"). The words are
in ``workbench/data/nonclaims.json``."""

from __future__ import annotations

import re
from decimal import Decimal
from typing import Any, Final, TYPE_CHECKING

from .. import units
from ..numbers import alternation, data_json, figure_lead_words, is_whole, lexicon, scales
from ..patterns import YEAR_1800_TO_2099, Behind, may_end_with_word, reversed_words, word_endings

# "1,5%1": a percent sign glued to its figure, then a footnote's mark (one or two digits that go on as no number):
# the sign is that figure's, not the next one's ("%5", as Turkish copy writes a percent first), and the mark no figure
FOOTNOTE_MARK_AFTER_PERCENT: Final = re.compile(r"%\d{1,2}(?![\d%]|[.,]\d)")

if TYPE_CHECKING:
    from .quantities import Quantity

# 'emissions, measured by 1000 tons, increased …': the scale and unit a sentence states for its figures
_UNIT_STATED_BEFORE: Final = re.compile(rf"(?<![\w])(?:{alternation(data_json('nonclaims.json')['unit_statement_words'])})\s+\Z",
                                 re.I) if data_json("nonclaims.json").get("unit_statement_words") else None
# What its words end with (lower case): the pattern ends in one of them and then white space, so a figure with any
# other character before its white space ('reached 300', 'of 300', '(45%') needs no search of the window
_UNIT_STATED_LAST: Final = frozenset(w[-1].lower() for w in data_json("nonclaims.json").get("unit_statement_words", []))
UNIT_STATED_WINDOW: Final = 16  # characters before a figure ``_UNIT_STATED_BEFORE`` is searched in


def unit_stated_may_end_at(prose: str, start: int) -> bool:
    """Whether ``_UNIT_STATED_BEFORE`` may match in the window before ``start`` (no match where this says no): white
    space right before ``start``, and before that run, within the window, a character one of its words ends with
    in any case (one that is not ASCII goes to the pattern)."""
    low = max(0, start - UNIT_STATED_WINDOW)
    at = start
    while at > low and prose[at - 1].isspace():
        at -= 1
    if at == start or at == low:
        return False
    last = prose[at - 1]
    return last.lower() in _UNIT_STATED_LAST or not last.isascii()


def margin_may_end_at(prose: str, end: int) -> bool:
    """Whether ``_MARGIN_BEFORE`` may match in the window before ``end`` (no match where this says no): after the
    spaces the pattern allows before ``end``, within the window, a character one of its signs ends with, in any case
    (one that is not ASCII goes to the pattern). Most figures have none ('rose 5%'), and their search, a pattern
    tried at every digit of the window, is skipped."""
    low = max(0, end - MARGIN_WINDOW)
    at = end
    while at > low and prose[at - 1] in _MARGIN_SPACE:
        at -= 1
    if at == low:
        return False
    last = prose[at - 1]
    return last.lower() in _MARGIN_LAST or not last.isascii()


def nonclaim_words() -> dict[str, Any]:
    return data_json("nonclaims.json")


_WORDS: Final = nonclaim_words()
# "aged 65", and the second age of "ages of 15 and 24" / "aged 15-24": ending where the figure's
# window ends, so matched once on the text reversed (``Behind``), not searched from every start of
# the window. Its plain form, ``(?<![\w-])(?:cues)\s*(?:\d{1,3}\s*(?:and|to|-|–)\s*)?\Z`` searched
# in the window, is in the tests.
_AGE_BEFORE: Final = Behind(
    rf"(?:\s*(?:dna|ot|-|–)\s*\d{{1,3}})?\s*(?:{reversed_words(_WORDS['age_cues_before'])})(?![\w-])", re.I)
AGE_WINDOW: Final = 40  # characters before a figure its age cue is read in
_AGE_AFTER: Final = re.compile(rf"[\s-]*(?:{alternation(_WORDS['age_words_after'])})(?![\w])", re.I)
_AGE_SUBJECTS: Final = frozenset(_WORDS["age_subjects"])
_AGE_COMPARED: Final = _WORDS["age_comparisons_after_subject"]
# "residents over 18", "anyone under 16": a people noun, a comparison, then the figure.
_SUBJECT_COMPARED_BEFORE: Final = re.compile(
    rf"(?<![\w-])(?:{alternation(_WORDS['age_subjects'])})[ \t]+(?:{alternation(_AGE_COMPARED['words'])})[ \t]+\Z", re.I)
# "the over 65 population": "the", a comparison, the figure, then the people noun ("over 65 patients
# were treated" counts them).
_COMPARED_BEFORE: Final = re.compile(rf"(?<![\w-])the[ \t]+(?:{alternation(_AGE_COMPARED['words'])})[ \t-]+\Z", re.I)
_SUBJECT_AFTER: Final = re.compile(rf"(?:s|'s|’s)?[ \t-]+(?:{alternation(_WORDS['age_subjects'])})(?![\w-])", re.I)
_CITATION_OPEN: Final = re.compile(r"\[(?:\d{1,3}[ \t]*[,–-][ \t]*)*\Z")
_CITATION_CLOSE: Final = re.compile(r"(?:[ \t]*[,–-][ \t]*\d{1,3})*\]")
# a scale word or abbreviation after the figure: "over 18 million" counts something, it is no age
_SCALES_AFTER: Final = alternation([*lexicon()["word_scales"], *lexicon()["scale_words_after_number"],
                             *lexicon()["scale_abbreviations_after_number"]])
_COUNTED_AFTER: Final = re.compile(rf"[ \t]*(?:(?:{_SCALES_AFTER})(?![\w-])|[kmbKMB%]\b|%)", re.I)
# A line that opens with the figure (after list or table markers)…
_LINE_OPENING: Final = re.compile(r"(?:\A|\n)[ \t|*#>+-]*\Z")
# …and goes on with capitalised words, then another figure: a ranked list's line.
_RANKED_REST: Final = re.compile(r"[ \t|]+[A-Z][\w'’.,()-]*(?:[ \t|]+[A-Z(&][\w'’.,()&-]*)*[ \t|]+[-−]?\d")
# …or is the list's own number, marked off from a capitalised name: "1- Venezuela:", "3) Brazil".
_LIST_MARKER_AFTER: Final = re.compile(r"[.)–-][ \t]+[A-Z]")
# '(2000 = 100)', '2015=100': a base year and the sign before an index's base value
_INDEX_BASE_BEFORE: Final = re.compile(rf"(?<![\d.,]){YEAR_1800_TO_2099}[ \t]*=[ \t]*\Z")
# "ranked the number two emitter", "Weltrang: 9": the word of a ranking right before a bare whole figure
_RANK: Final = _WORDS["rank_words_before"]
_RANK_WORD_BEFORE: Final = re.compile(rf"(?<![\w-])(?:{alternation(_RANK['words'])})[ \t]*:?[ \t]*\Z", re.I)
_CAMEL_NAME_BEFORE: Final = re.compile(r"(?:\A|\s)[a-z]+[A-Z][\w-]*[ \t]\Z")  # "iPhone 15", "eBay 2"
# "$1 = 54.04 rupees", "GH¢16 to $1", "R6 to buy $1", "per one U.S. dollar": the unit of money another is quoted in.
# The links a rate is quoted with are currencies.json's; 'to' ('to buy') counts only after a figure ('GH¢16 to $1'), below.
_RATE_LINKS: Final = data_json("currencies.json")["exchange_rates"]
# '70p': a minor unit's letter glued to the figure, an amount of its currency (currencies.json glued_minor_units)
_GLUED_MINOR: Final = data_json("currencies.json")["glued_minor_units"]
_DENOMINATOR_WORDS: Final = [*(w for w in _RATE_LINKS["level_links"] if w != "to"), *_RATE_LINKS["per_links"],
                      *_WORDS["rate_denominator_before"]]
_DENOMINATOR_BEFORE: Final = re.compile(
    rf"(?:(?<![\w-])(?:{alternation([w for w in _DENOMINATOR_WORDS if w[0].isalpha()])})"
    rf"|{alternation([w for w in _DENOMINATOR_WORDS if not w[0].isalpha()])}"
    rf"|\d[\d.,]*(?:[ \t]+(?P<word>[A-Za-z]+))?[ \t]+(?P<link>to(?:[ \t]+buy)?|for))\s*\Z", re.I)
_DENOMINATOR_AFTER: Final = re.compile(rf"[ \t]*(?:{alternation(_WORDS['rate_denominator_after'])})")
# '1 Dollar – Rs 39', 'one dollar against 10.28 rands', '£1: €1.43' (currencies.json one_unit_quote_joints): a link to
# the amount the unit is worth
_LINK_AFTER: Final = re.compile(rf"[ \t]*(?:{alternation([*_WORDS['rate_denominator_links_after'], *_RATE_LINKS['one_unit_quote_joints']])})"
                         r"(?:(?<!\w)|(?![\w-]))", re.I)
# 'one euro could buy 1.12 dollars': the unit a price is quoted for, priced by a figure with decimals
_PRICED_BY_AFTER: Final = re.compile(rf"[ \t]+(?i:{alternation(_RATE_LINKS['priced_by_words'])})(?![\w-])")
# the amount after such a link: a sign or code, the figure (its decimals after a point, or after a comma as
# continental and South African copy writes them: 'R8,64'; a comma before three digits groups thousands), the word after it
_AMOUNT_AFTER: Final = re.compile(rf"[ \t]*{figure_lead_words()}"
                           r"(?P<sign>[^\w\s]{1,3}|[A-Z][A-Za-z]{0,2}\.?|[A-Z]{1,2}[^\w\s]{1,2})?[ \t\u00a0]?"
                           r"(?P<figure>\d+(?:,\d{3})*(?!\d)(?P<decimals>(?:\.|,(?=\d{1,2}(?!\d)))\d+)?)(?:[ \t\u00a0]*(?P<word>%|[A-Za-z]+(?:[ \t][A-Za-z]+)?))?")
_RATE_BASE_BEFORE: Final = re.compile(rf"(?<![\w-])(?:{alternation(_WORDS['rate_base_before'])})\s+\Z", re.I)
_STEPS: Final = _WORDS["step_words_before"]
# "a level 3 heat alert", "phase two of the plan": the word of a scale's steps right before the figure
_STEP_BEFORE: Final = re.compile(rf"(?<![\w-])(?:{alternation(_STEPS['words'])})[ \t]+\Z", re.I)
_GRADE_AFTER: Final = re.compile(rf"[ \t]+(?:{alternation(_WORDS['grade_words_after'])})(?![\w-])")
# "call 911 or", "the first 10 Tests": what a bare figure after these words is.
_CALL_OR_SPAN_BEFORE: Final = re.compile(
    rf"(?:(?<![\w-])(?P<call>{alternation(_WORDS['phone_cues_before'])})"
    rf"|(?<![\w-])the\s+(?:{alternation(_WORDS['span_openers'])}))\s+\Z", re.I)
# the last words of both patterns' words (``may_end_with_word``): what the word before a figure must be for a search
_STEP_ENDINGS: Final = word_endings(_STEPS["words"])
_CALL_OR_SPAN_ENDINGS: Final = word_endings([*_WORDS["phone_cues_before"], *_WORDS["span_openers"]])
_CALL_END: Final = re.compile(rf"[ \t]*(?:[.,;:!?)]|\Z|(?i:{alternation(_WORDS['phone_followers'])})(?![\w-]))")
_NUMBER_WORD_VERB: Final = re.compile(rf"(?i:{alternation(_WORDS['number_word_verbs'])})(?![\w-])")
# "At 0649 GMT", "by 1530 local time": a 24-hour clock time written as three or four digits
_CLOCK_DIGITS: Final = re.compile(r"(?:[01]?\d|2[0-3])[0-5]\d")
_CLOCK_ZONE_AFTER: Final = re.compile(rf"[ \t]*(?:{alternation(_WORDS['clock_zones_after'])})(?![\w-])")
_CLOCK_WORD_AFTER: Final = re.compile(rf"[ \t]+(?i:{alternation(_WORDS['clock_words_after'])})(?![\w-])")
_LAST_HOUR: Final = 24


def _amount_of_another_currency(prose: str, at: int, unit: str, decimals_enough: bool) -> bool:
    """Whether an amount of a currency other than ``unit`` follows ``at``: '– Rs 39', 'against 10.28 rands'
    (with ``decimals_enough``, a figure with decimals naming no currency: 'could buy 1.12'). A percentage
    or a sum of the same currency ('against a high of $4.50') is no price of the one unit."""
    amount = _AMOUNT_AFTER.match(prose, at)
    if amount is None:
        return False
    word = amount.group("word") or ""
    forms = [units.lookup_prefix(amount.group("sign")) if amount.group("sign") else None,
             units.lookup_suffix(word) if word else None,
             units.lookup_suffix(word.split()[0]) if " " in word else None]
    named = {form.unit for form in forms if form is not None}
    if word and amount.end("figure") == amount.start("word") and amount.group("figure") not in _GLUED_MINOR["not_figures"]:
        named |= {_GLUED_MINOR["units"][word]} if word in _GLUED_MINOR["units"] else set()  # '€1: 70p': pence
    if "%" in named:
        return False
    money = {code for code in named if units.is_money(code)}
    if money:
        return unit not in money
    return decimals_enough and amount.group("decimals") is not None


# '415.7 ppm ± 0.2 ppm', '2.1 % plus or minus 0.3 %': a margin sign right before the figure, another figure (a
# digit, then at most a unit's word or sign) before the sign; a sign alone ('± 300 orang') means 'about'
_MARGIN_BEFORE: Final = re.compile(
    rf"\d[ \t\u00a0]*(?:[^\W\d]+\.?|[^\w\s]{{1,2}})?[ \t\u00a0]*(?:{alternation(_WORDS['margin_signs_before'])})[ \t\u00a0]*\Z", re.I)
MARGIN_WINDOW: Final = 32  # characters before a figure its margin sign and the figure before it are read in
_MARGIN_SPACE: Final = " \t\u00a0"  # what ``_MARGIN_BEFORE`` allows between its sign and the figure
_MARGIN_LAST: Final = frozenset(sign[-1].lower() for sign in _WORDS["margin_signs_before"])
# 'plus or minus 0.3 %': the reader takes the sign's last word as the figure's own minus
_MINUS_WORD_OPENING: Final = re.compile(rf"(?:{alternation(scales()['minus_words'])})[ \t\u00a0]+", re.I)


# a year, a dash and an apostrophe right before two digits: 'the crisis of 2008-’09'
_ELIDED_SPAN_END_BEFORE: Final = re.compile(rf"(?<!\d){YEAR_1800_TO_2099}\s*[–—-]\s*['’]\Z")


class NonClaims:
    """Tells which read quantities are ages, ranks or names, from the prose around them."""

    def __init__(self, prose: str, reversed_prose: str) -> None:
        self.prose = prose
        self.reversed = reversed_prose

    def rejects(self, q: Quantity) -> bool:
        if _UNIT_STATED_BEFORE is not None and unit_stated_may_end_at(self.prose, q.start) \
                and _UNIT_STATED_BEFORE.search(self.prose, max(0, q.start - UNIT_STATED_WINDOW), q.start):
            return True  # 'measured by 1000 tons': the unit the figures after it are in, no figure
        if self._margin_of_error(q):
            return True
        if q.unit != "":
            if q.value_high is not None:
                return False
            return self._rate_denominator(q) if q.value == 1 else self._rate_base(q)
        return self._age(q) or self._rank(q) or self._named_rank(q) or self._model_name(q) or self._named_or_delimiting(q) or self._citation(q) \
            or self._clock_time(q) or self._elided_span_end(q) or self._index_base(q) or self._footnote_mark(q)

    def _margin_of_error(self, q: Quantity) -> bool:
        """ "415.7 ppm ± 0.2 ppm": the uncertainty stated after a figure, which nobody claims as a quantity. Read before
        the figure's sign or currency and before its digits: in "plus or minus 0.3 %" the reader took "minus" as a sign."""
        if q.value_high is not None:
            return False
        ends = {q.left_end, q.start}
        if (minus := _MINUS_WORD_OPENING.match(self.prose, q.start, q.end)) is not None:
            ends.add(minus.end())
        return any(margin_may_end_at(self.prose, end) and _MARGIN_BEFORE.search(self.prose, max(0, end - MARGIN_WINDOW), end)
                   is not None for end in sorted(ends))

    def _footnote_mark(self, q: Quantity) -> bool:
        """ "fue de 1,5%1, inferior a …": the digits glued after a figure's percent sign mark a footnote."""
        return q.start >= 2 and self.prose[q.start - 1] == "%" and self.prose[q.start - 2].isdigit() \
            and FOOTNOTE_MARK_AFTER_PERCENT.match(self.prose, q.start - 1) is not None

    def _index_base(self, q: Quantity) -> bool:
        """ "(2000 = 100)", "CPI (2015=100)": the base an index is set to in its base year, as a table's caption
        or a series' name states it — no figure of the index."""
        return q.value == 100 and q.value_high is None and _INDEX_BASE_BEFORE.search(self.prose, max(0, q.start - 12), q.start) is not None

    def _elided_span_end(self, q: Quantity) -> bool:
        """ "the crisis of 2008-’09": the two digits that end a span of years with its century elided."""
        return q.value_high is None and _ELIDED_SPAN_END_BEFORE.search(self.prose, max(0, q.start - 8), q.start) is not None \
            and self.prose[q.start:q.end].isdigit() and q.end - q.start == 2

    def _clock_time(self, q: Quantity) -> bool:
        """ "At 0649 GMT": a time of day, written as the digits of a 24-hour clock before a time zone; "at three
        o'clock": an hour before the clock's word."""
        if q.value_high is not None:
            return False
        if is_whole(q.value) and 0 <= q.value <= _LAST_HOUR and _CLOCK_WORD_AFTER.match(self.prose, q.end) is not None:
            return True
        return _CLOCK_DIGITS.fullmatch(self.prose[q.start:q.end]) is not None \
            and _CLOCK_ZONE_AFTER.match(self.prose, q.end) is not None

    def _rate_denominator(self, q: Quantity) -> bool:
        """ "($1 = 54.04 rupees)", "GH¢16.17 to $1", "against one U.S. dollar": money quoted against."""
        if not units.is_money(q.unit):
            return False
        if _DENOMINATOR_AFTER.match(self.prose, q.end):
            return True
        link = _LINK_AFTER.match(self.prose, q.end)
        if link and _amount_of_another_currency(self.prose, link.end(), q.unit, decimals_enough=False):
            return True
        # '1 dolar 2.12 lira', as a list of years' rates writes it: one unit, then another currency's amount, no link
        if q.value == 1 and _amount_of_another_currency(self.prose, q.end, q.unit, decimals_enough=False):
            return True
        priced_by = _PRICED_BY_AFTER.match(self.prose, q.end)
        if priced_by and _amount_of_another_currency(self.prose, priced_by.end(), q.unit, decimals_enough=True):
            return True
        before = _DENOMINATOR_BEFORE.search(self.prose, max(0, q.left_end - 24), q.left_end)
        if before is None or not before.group("word"):
            return before is not None
        form = units.lookup_suffix(before.group("word"))  # "fell 5 cents to $1": one currency, a level
        if before.group("link").lower() == "for":  # "24 pounds for $1"; "24 shares for $1" is a price
            return form is not None and units.is_money(form.unit) and form.unit != q.unit
        return form is None or form.unit != q.unit

    def _rate_base(self, q: Quantity) -> bool:
        """ "$0.41 per $100 of assessed value", "for every $100,000": the round sum a rate is quoted per."""
        if not units.is_money(q.unit) or not _is_power_of_ten(q.value):
            return False
        return _RATE_BASE_BEFORE.search(self.prose, max(0, q.left_end - 16), q.left_end) is not None

    def _named_or_delimiting(self, q: Quantity) -> bool:
        """A grade ("95 unleaded"), a step of a scale ("level 3"), a number to call ("call 911 or"), the
        size of a group ("the first 10 Tests") or a verb ("zero in on"): none asserts a quantity."""
        prose = self.prose
        if q.value == 0 and _NUMBER_WORD_VERB.match(prose, q.start):
            return True
        if q.value_high is not None or not is_whole(q.value):
            return False
        if _GRADE_AFTER.match(prose, q.end):
            return True
        low = max(0, q.left_end - 16)
        if q.value <= _STEPS["max_step"] and may_end_with_word(prose, low, q.left_end, _STEP_ENDINGS) \
                and _STEP_BEFORE.search(prose, low, q.left_end):
            return True
        if not may_end_with_word(prose, low, q.left_end, _CALL_OR_SPAN_ENDINGS):
            return False
        before = _CALL_OR_SPAN_BEFORE.search(prose, low, q.left_end)
        if before is None:
            return False
        return not before.group("call") or bool(_CALL_END.match(prose, q.end))

    def _age(self, q: Quantity) -> bool:
        if _AGE_BEFORE.found(self.reversed, q.left_end, AGE_WINDOW):
            return True
        if _AGE_AFTER.match(self.prose, q.end):
            return q.subject is None or q.subject.split()[0].lower() in _AGE_SUBJECTS or q.qualifier.value != "exact"
        return self._age_after_people(q)

    def _age_after_people(self, q: Quantity) -> bool:
        """ "residents over 18", "anyone under 16": an age, unless something is counted after it; "the
        over 65 population" (a people noun of ``age_subjects`` right after): an age."""
        if not is_whole(q.value) or not 0 < q.value <= _AGE_COMPARED["max_age"] or q.value_high is not None:
            return False
        if _COMPARED_BEFORE.search(self.prose, max(0, q.start - 16), q.start) and _SUBJECT_AFTER.match(self.prose, q.end):
            return True  # "the over 65 population"
        if not _SUBJECT_COMPARED_BEFORE.search(self.prose, max(0, q.start - 40), q.start):
            return False
        return not _COUNTED_AFTER.match(self.prose, q.end)

    def _citation(self, q: Quantity) -> bool:
        """ "… as reported [2].", "[4, 7]", "[3–5]": whole numbers alone in square brackets cite sources."""
        prose = self.prose
        if not is_whole(q.value) or "[" not in prose[max(0, q.start - 12):q.start]:
            return False
        return bool(_CITATION_OPEN.search(prose, max(0, q.start - 12), q.start)) and bool(_CITATION_CLOSE.match(prose, q.end))

    def _rank(self, q: Quantity) -> bool:
        if not is_whole(q.value) or q.value_high is not None:
            return False
        if not _LINE_OPENING.search(self.prose, max(0, q.left_end - 12), q.left_end):
            return False
        if _LIST_MARKER_AFTER.match(self.prose, q.end):
            return True
        return bool(_RANKED_REST.match(self.prose, q.end, min(len(self.prose), q.end + 160)))

    def _named_rank(self, q: Quantity) -> bool:
        """ "the number two emitter", "(Weltrang: 9)": a place a ranking's own word names, not a count."""
        return is_whole(q.value) and q.value_high is None and 0 < q.value <= _RANK["max_rank"] \
            and _RANK_WORD_BEFORE.search(self.prose, max(0, q.left_end - 16), q.left_end) is not None

    def _model_name(self, q: Quantity) -> bool:
        if self.prose[q.start - 1:q.start] not in (" ", "\t"):
            return False  # the pattern ends in a space or a tab: tested before it is searched
        return bool(_CAMEL_NAME_BEFORE.search(self.prose, max(0, q.start - 30), q.start))


def _is_power_of_ten(value: Decimal) -> bool:
    if value < 10 or not is_whole(value):
        return False
    # read from the Decimal's own digits: str(int()) refuses a number of more than 4,300 digits, which a
    # run of thousands groups ('$999,999,…') is
    digits = value.as_tuple().digits
    return digits[0] == 1 and digits.count(0) == len(digits) - 1
