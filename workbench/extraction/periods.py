"""Periods named in a sentence ("in 2022", "January–August 2023", "Q3 2024", "last year"), and
which of them a figure belongs to."""

from __future__ import annotations

import bisect
import datetime as dt
import re
from collections.abc import Callable
from typing import Any, Final, TYPE_CHECKING

from ..numbers import alternation, comparison_words, data_json, ordinal_suffix, parse_number
from ..patterns import YEAR_1800_TO_2099, YEAR_1800_TO_2199, Behind, caseless_literal_first, reversed_words, scannable_trie, word_rests
from ..periods import month_label, try_parse_period
from ..structure import PARAGRAPH_BREAK
from .branch_dispatch import FirstCharacterDispatch
from ..move_ends import move_end
from .vocabulary import CARDINALS, DIRECTION_OF, Kinds, LEX, NOUN_DIRECTION, MONTH_NAMES, MONTHS, RELATIVE, RELATIVE_YEARS, VERB_WORDS, \
    relative_year_offset

# A match's ``group``: a group that took no part in the match gives None.
Groups = Callable[[str], Any]

if TYPE_CHECKING:
    from .quantities import Quantity
    from .sentences import Period, Sentence

_MORE: dict[str, Any] = data_json("periods.json")
# Months are matched capitalised (see vocabulary.MONTHS).
_YEAR: Final = YEAR_1800_TO_2199
_ORDINAL: Final = ordinal_suffix()  # "May 5th, 2021", "the 21st of June"
# '1980 to 80 million tonnes': a two-digit figure with a scale word after it is an amount, no span's end
_NO_SCALE_AFTER: Final = rf"(?!\s+(?i:{alternation([*LEX['scale_words_after_number'], *LEX['scale_abbreviations_after_number'], *data_json('scales.json')['plural_scales_after_number']['words']])})(?!\w))"
YEAR_DIGITS: Final = _YEAR  # a year as news text writes one (1800–2199, ``patterns``): what every reader of years builds on
YEAR_WRITTEN: Final = re.compile(rf"(?<!\d){_YEAR}(?!\d)")  # such a year written alone, no part of a longer run of digits
# 'the 1990s' is the decade's ten years; 'the early 1990s', 'the mid-1990s', 'the late 1990s' are no whole decade;
# 'the 1800s', 'the 1900s' are usually centuries: left unread
_WHOLE_DECADE: Final = r"(?<![\w.,$£€-])" + "".join(rf"(?<![{w[0].upper()}{w[0]}]{re.escape(w[1:])}\s)"
                                             for w in _MORE["part_of_decade_words"])
# 'the first day of 2022', '2022'nin ilk günü': one day at the year's edge (periods.json year_edge_days)
_EDGE_DAYS: dict[str, dict[str, str]] = _MORE["year_edge_days"]
_EDGE_TAIL: Final = 6 + max(map(len, _EDGE_DAYS["after_year"]), default=0)  # how far one reaches past its year ('’nin ')
_PART_INDEX: dict[str, int] = LEX["part_ordinals"]  # "first" → 1, "3rd" → 3
_PART_ORDINALS: Final = "|".join(w for w in _PART_INDEX if w.isalpha())
_PART_NUMERALS: Final = "|".join(w for w in _PART_INDEX if not w.isalpha())
_MONTH_PREPOSITIONS: Final = "|".join(LEX["month_prepositions"])
# 'in mid-April', 'by early May', 'at the end of June': a part of the month between the preposition and it
_MONTH_PARTS: Final = "|".join(re.escape(w).replace(r"\ ", r"\s+") for w in sorted(LEX.get("month_parts", ()), key=len, reverse=True))
_MONTH_PART: Final = rf"(?:(?i:{_MONTH_PARTS})\s*)?" if _MONTH_PARTS else ""
# 'in month July' (a gloss of 'في شهر يوليو'): the word 'month' between the preposition and its month
_MONTH_NOUN: Final = rf"(?:(?i:{alternation(LEX['month_nouns'])})\s+)?"
# The word a period expression can start with, when it starts with neither a digit nor a capital
# (months, Q1/H1): tried once per word before the branches below, which then run only there.
# a day of the month as an ordinal word ('the first of January 2023'), longest first ('twenty-first' before 'twenty')
_DAY_ORDINALS: dict[str, int] = _MORE["day_ordinal_words"]
_DAY_WORDS: Final = "|".join(re.escape(w) for w in sorted(_DAY_ORDINALS, key=len, reverse=True))
_PERIOD_FIRST_WORDS: Final = sorted({"the", *_PART_ORDINALS.split("|"), *_DAY_ORDINALS, *LEX["month_prepositions"],
                              *LEX["cardinals"], *LEX["tens"], *(p.split()[0] for p in RELATIVE_YEARS),
                              *_MORE["first_words"], *(p.split()[0] for p in _EDGE_DAYS["before_year"])})
PERIOD_FIRST_WORD: Final = rf"(?=\d|[A-Z]|(?:{caseless_literal_first(word_rests(_PERIOD_FIRST_WORDS))})(?![\w]))"
# 'this year', 'last year', '10 years ago': counted from the draft's date, not from a year the sentence names
_DRAFT_RELATIVE: Final = alternation([p for p in RELATIVE_YEARS if p not in {" ".join(a.lower().split()) for a in _MORE["anchored_relative"]}])
# Each branch names one kind of period expression; ``PERIOD`` tries them in this order.
PERIOD_BRANCHES: list[str] = [
    rf"(?P<mspan>(?:(?<=(?i:between)\s)(?P<between>))?(?P<m1>{MONTHS})\.?(?:,?\s+(?P<y0>{_YEAR})(?=\s*(?:[–—-]|\s(?i:to|through|till|until|and)\s)\s*{MONTHS}\.?,?\s+{_YEAR}(?!\d)))?\s*(?:[–—-]|\s(?i:to|through|till|until)\s|(?(between)\s(?i:and)\s|(?!)))\s*(?P<m2>{MONTHS})\b\.?(?:(?:\s+(?i:in|of|for|during)\s+(?:(?i:the\s+year)\s+)?|,?\s*(?:(?i:of)\s+)?)(?P<y1>{_YEAR})(?!\d)|(?!,?\s+(?i:in|of|for|during)\s+(?:(?i:the\s+year)\s+)?{_YEAR})))",
    rf"(?P<nmonths>(?i:(?:the\s+)?(?:first\s+)?)(?P<n>\d{{1,2}}|(?i:{CARDINALS}))\s+(?i:months)\s+(?i:of)\s+(?:(?:(?i:the\s+(?:year\s+)?))?(?P<y2>{_YEAR})(?!\d)|(?P<rel2>(?i:{RELATIVE}))|(?P<cur2>(?i:the\s+year))(?![\w-])))",
    rf"(?P<trailing>(?i:(?:the\s+)?)(?P<tn>\d{{1,2}}|(?i:{CARDINALS}))[\s-]+(?i:months?)\s+(?i:{alternation(_MORE['ended_words'])})\s+(?P<tm>{MONTHS})\b\.?(?:,?\s+(?P<ty>{_YEAR})(?!\d))?)",
    rf"(?P<yearto>(?i:the\s+)?(?i:year)\s+(?i:{alternation(_MORE['ended_words'])})\s+(?P<ym>{MONTHS})\b\.?(?:,?\s+(?:(?i:of)\s+)?(?P<yy>{_YEAR})(?!\d))?)",
    rf"(?P<yearsto>(?i:the\s+)?(?:(?P<ytn>\d{{1,2}}|(?i:{CARDINALS}))[\s-]+(?i:years?)|(?P<decade>(?i:decade)))\s+(?i:{alternation(_MORE['ended_words'])})(?:\s+(?i:in))?\s+(?P<yty>{_YEAR})(?!\d))",
    # 'the last 5 years'; 'the 5 last years' as French, Spanish or Italian copy orders it, glossed ('les 5 dernières années')
    rf"(?P<past>(?i:the)\s+(?:(?i:{alternation(_MORE['past_words'])})\s+(?P<pastn>\d{{1,3}}|(?i:{CARDINALS}))|(?P<pastn2>\d{{1,3}}|(?i:{CARDINALS}))\s+(?i:{alternation(_MORE['past_words'])}))\s+(?i:years)\b)",
    rf"(?P<ytd>(?:{alternation(_MORE['year_to_date'])})(?![\w-]))",
    rf"(?P<fiscal>(?:{alternation(_MORE['fiscal_prefixes'])})\s?(?P<fy1>{_YEAR})(?:[/–-](?P<fy2>{_YEAR}|\d{{2}}))?(?!\d))",
    # 'the first quarter of 2022', '… of the year 2022', and '… of year 2022' as languages that write the noun before
    # every year read glossed (Khmer 'ត្រីមាសទី១ ឆ្នាំ២០២២')
    rf"(?P<part>(?P<pn>(?i:{_PART_ORDINALS}|{_PART_NUMERALS}))\s+(?P<pk>(?i:half|quarter))(?:\s+(?i:of)\s+(?:(?:(?i:the\s+)?(?i:year)\s+)?(?P<y3>{_YEAR})(?!\d)|(?P<rel3>(?i:{RELATIVE}))))?)",
    rf"(?P<qcode>\b(?P<qk>[QH])(?P<qn>[1-4])\s*(?P<y4>{_YEAR})(?!\d))",
    rf"(?P<mdate>(?P<m5>{MONTHS})\.?\s+(?:(?P<d5>[0-3]?\d)(?i:{_ORDINAL})?|(?P<dw5>(?i:{_DAY_WORDS})))(?![\w-]),?\s+(?P<y6>{_YEAR})(?!\d))",
    # '1 January 2023', 'the 1st of January 2023', 'the first of January 2023' (periods.json day_ordinal_words);
    # '26 of April of 2022', as Spanish, Portuguese and Italian dates ('26 de abril de 2022') are glossed
    rf"(?P<dmdate>(?<![\w.,])(?:(?P<d6>[0-3]?\d)(?:(?i:{_ORDINAL})(?:\s+(?i:of))?|\s+(?i:of)(?=\s+{MONTHS})|\.(?=\s))?|(?P<dw6>(?i:{_DAY_WORDS}))(?:\s+(?i:of))?)\s+(?P<m6>{MONTHS})\.?,?\s+(?:(?i:of)\s+)?(?P<y7>{_YEAR})(?!\d))",
    # '14/08/2014', '31.12.2018', '2014-08-14': a day written in figures, day first as tables and most of the world
    # write it ('08/14/2014' month first only where its second figure cannot be a month); '05/06/2014' with a
    # slash may be either: its year alone, as before (``_numeric_date``)
    rf"(?P<numdate>(?<![\w.,/-])(?:(?P<nd>[0-3]?\d)(?P<ns>[./])(?P<nm>[0-3]?\d)(?P=ns)(?P<ny>{_YEAR})|(?P<iy>{_YEAR})-(?P<im>[01]\d)-(?P<id>[0-3]\d))(?![\w]|[.,/-]\d))",
    rf"(?P<ymdate>(?<![\w.,$-])(?P<y8>{_YEAR})\s+(?P<d9>[0-3]?\d)(?:\s+|-)(?P<m9>{MONTHS})\b)",
    rf"(?P<dayonly>(?<![\w])(?i:{alternation(_MORE['day_prepositions'])})\s+(?:(?P<m7>{MONTHS})\.?\s+(?:(?P<d7>[0-3]?\d)(?i:{_ORDINAL})?|(?P<dw7>(?i:{_DAY_WORDS})))|(?:(?P<d8>[0-3]?\d)(?i:{_ORDINAL})?|(?:(?i:the)\s+)?(?P<dw8>(?i:{_DAY_WORDS})))\s+(?:(?i:of)\s+)?(?P<m8>{MONTHS}))(?![\w-]|,?\s+{_YEAR}|[.,:]\d))",
    rf"(?P<monthyear>(?P<m3>{MONTHS})\.?(?:,?\s+(?:(?i:of)\s+(?:(?i:the)\s+)?)?|[ \t]*/[ \t]*)(?P<y5>{_YEAR})(?!\d))",  # 'Jul / 2022' as tables date a row
    # year first, as the glosses of Hungarian, Georgian or Mongolian read ('2021 decemberében' → '2021 December'),
    # a year's word or an 'in' between as Latvian, Lithuanian, Hungarian and Georgian read ('2023. gada septembrī' →
    # '2023 year in September', '2023 წლის ივლისში' → '2023 in July'; periods.json year_month_links)
    rf"(?P<yearmonth>(?<![\w.,$-])(?P<y9>{_YEAR})\s+(?:(?i:{alternation(_MORE['year_month_links'])})\s+)?"
    rf"(?P<m10>{MONTHS})\b(?!\.?\s*[0-3]?\d(?!\d)))",
    rf"(?P<yspan>(?<![\w.,$-])(?P<ys>{_YEAR})\s*(?:[–—/-]|\s(?i:to|and|until|through)\s)\s*(?P<ye>{_YEAR}|[’']?\d{{2}}{_NO_SCALE_AFTER})(?![\w%]|[.,]\d))",
    rf"(?P<yedge>(?:(?P<eb>(?i:{alternation(list(_EDGE_DAYS['before_year']))}))\s+(?P<ey1>{_YEAR})(?![\w%]|[.,]\d)|(?<![\w.,$£€-])(?P<ey2>{_YEAR})(?:['’][^\W\d_]{{1,3}})?\s+(?P<ea>(?i:{alternation(list(_EDGE_DAYS['after_year']))}))(?![\w])))",
    rf"(?P<decadeof>{_WHOLE_DECADE}(?P<dy>(?:1[89][1-9]|20\d)0)['’]?s(?![\w]))",
    rf"(?P<year>(?<![\w.,$£€-])(?P<y>{_YEAR})(?![\w%]|[.,]\d))",
    rf"(?P<relmonth>(?i:{alternation([*_MORE['relative_months'], *_MORE['anchored_relative_months']])})\b)",
    # 'February this year', 'March of last year' with no preposition before the month (the sentence's subject,
    # as Spanish 'febrero de este año estuvo …' reads glossed): the month of the year the phrase counts. After a
    # preposition the month branch reads the month and the relative year apart, as before (an undated draft
    # counts 'last year' from a year its sentence names)
    rf"(?P<mrel>(?P<m11>{MONTHS})\.?\s+(?:(?i:of)\s+)?(?P<mrely>(?i:{_DRAFT_RELATIVE}))(?![\w-]))",
    # '10 years ago December': the month of the year the phrase counts, when the month follows it at once
    rf"(?P<rel>(?i:{RELATIVE})\b(?:\s+(?:(?i:in)\s+)?(?P<relm>{MONTHS})\b(?!\.?,?\s*(?:[0-3]?\d(?!\d)|{_YEAR})))?)",
    rf"(?P<month>(?<![\w])(?i:{_MONTH_PREPOSITIONS})\s+{_MONTH_NOUN}{_MONTH_PART}(?P<m4>{MONTHS})\b(?!\.?,?\s*(?:[–—-]|(?i:to|through|till|until)\s|(?:(?i:of)\s+)?{_YEAR}|(?:[0-3]?\d(?i:{_ORDINAL})?|(?i:{_DAY_WORDS})),?\s+{_YEAR})))",
]
# ' …, from US$0.754 in 2019 to US$0.746 in 2020': a change's two ends right after it, each dated by its year
# (periods.json change_end_years); a few words may stand between ('relative to the U.S. dollar, from …': a dot
# after a capital is an abbreviation's, no sentence's end)
_ENDS: Final = _MORE["change_end_years"]
_END_FIGURE: Final = r"[^\s\d]{0,4}\d[\d.,]*(?:[ \t]?[^\s\d,;.]{1,12})?"
_CHANGE_END_YEARS: Final = re.compile(
    rf"(?:[^.;\d]|\.(?!\s)|(?<=[A-Z])\.){{0,60}}?(?<![\w])(?i:{alternation(_ENDS['from'])})[ \t]+{_END_FIGURE}[ \t]+(?i:{alternation(_ENDS['in'])})[ \t]+"
    rf"(?P<y1>{_YEAR})(?!\d),?[ \t]+(?i:{alternation(_ENDS['to'])})[ \t]+{_END_FIGURE}[ \t]+(?i:{alternation(_ENDS['in'])})[ \t]+"
    rf"(?P<y2>{_YEAR})(?!\d)")


# ' rose from 339 ppm in 1980 (the year's mean) to 410 ppm in 2019, an increase of ': the same two ends written
# before a change their 'restated_by' words join to it; an end's unit may be a few words, a bracket may follow its year
_END_BEFORE: Final = r"[^\s\d]{0,4}\d[\d.,]*(?:[ \t]+[^\s\d,;.()]{1,12}){0,4}?"
_ASIDE: Final = r"(?:[ \t]*\([^()\d]{0,40}\))?"
_CHANGE_END_YEARS_BEFORE: Final = re.compile(
    rf"(?<![\w])(?i:{alternation(_ENDS['from'])})[ \t]+{_END_BEFORE}[ \t]+(?i:{alternation(_ENDS['in'])})[ \t]+"
    rf"(?P<y1>{_YEAR})(?!\d){_ASIDE},?[ \t]+(?i:{alternation(_ENDS['to'])})[ \t]+{_END_BEFORE}[ \t]+"
    rf"(?i:{alternation(_ENDS['in'])})[ \t]+(?P<y2>{_YEAR})(?!\d){_ASIDE}[ \t]*,[ \t]*"
    rf"(?i:{alternation(_ENDS.get('restated_by', []))})(?:[ \t]+[^\s\d,;.()]+){{0,3}}[ \t]*$")  # 'of more than'


def change_end_years_before(before: str) -> tuple[str, str] | None:
    """The two years that date a change's ends written right before it and joined to it by a restating word
    (``before``: the sentence up to the change's figure, '… from 339 ppm in 1980 to 410 ppm in 2019, an increase
    of'): ('1980', '2019'); None when they are not so written."""
    ends = _CHANGE_END_YEARS_BEFORE.search(before[-_ENDS_BEFORE_REACH:])
    return (ends.group("y1"), ends.group("y2")) if ends is not None and ends.group("y1") < ends.group("y2") else None


_ENDS_BEFORE_REACH: Final = 200  # the two ends and their words: a bounded search on any sentence


def change_end_years(after: str) -> tuple[str, str] | None:
    """The two years that date a change's ends written right after it (``after``: the text after the change's
    figure, ', from US$0.754 in 2019 to US$0.746 in 2020'): ('2019', '2020'); None when they are not so written."""
    ends = _CHANGE_END_YEARS.match(after)
    return (ends.group("y1"), ends.group("y2")) if ends is not None and ends.group("y1") < ends.group("y2") else None


_PERIOD_START: Final = rf"(?<![\w]){PERIOD_FIRST_WORD}"
# ``periods_in`` tries at each position only the branches its first character can open.
PERIOD_SCAN: Final = FirstCharacterDispatch(rf"(?<![\w]){PERIOD_FIRST_WORD}", PERIOD_BRANCHES)
PERIOD: Final = PERIOD_SCAN.whole  # one regex: the branch that matched is its ``lastgroup``

# Every period expression above holds one of these; a sentence without any has no period.
# (Written so that every branch starts with a literal character, which ``re`` scans for fast.)
_PERIOD_GATE: Final = re.compile(
    r"1(?<!\d.)[89]\d\d(?!\d)|2(?<!\d.)[01]\d\d(?!\d)|"
    + scannable_trie([m.capitalize() for m in MONTH_NAMES]
                     + [w for word in LEX["period_words"] for w in (word, word.capitalize())] + _MORE["anchors"]))
# The same as one group, for ``gate_anchors``: ``split`` then hands each anchor out between the pieces around it.
_PERIOD_GATE_GROUPED: Final = re.compile(f"({_PERIOD_GATE.pattern})") if _PERIOD_GATE.groups == 0 else None


def gate_anchors(prose: str, start: int, end: int) -> list[tuple[int, int]]:
    """The spans of ``_PERIOD_GATE.finditer(prose, start, end)``, read from the lengths of what ``split`` cuts from a copy
    of the span and the character before it (the most its look-behinds read): one call and two strings an anchor, where
    ``finditer`` made a match object, an iterator step and a ``span()`` call for each. A match of the character before
    the span, which ``finditer`` never tries, sends the span to ``finditer``."""
    low = start - 1 if start > 0 else 0
    parts = _PERIOD_GATE_GROUPED.split(prose[low:end]) if _PERIOD_GATE_GROUPED is not None else None
    if parts is None or low < start and len(parts) > 1 and not parts[0]:
        return [m.span() for m in _PERIOD_GATE.finditer(prose, start, end)]
    spans: list[tuple[int, int]] = []
    at = low
    for i in range(1, len(parts), 2):
        at += len(parts[i - 1])
        spans.append((at, at + len(parts[i])))
        at += len(parts[i])
    return spans


# ('since the 2009 census': the census's year is the base too)
_DAY_BASE_BEFORE: Final = Behind(rf"\s+(?i:{reversed_words(_MORE['day_base_words'])})(?![\w])")
_DAY_BRANCHES: Final = frozenset({"mdate", "dmdate", "ymdate", "numdate"})
# ('from the year 2017', a gloss's 'from years 2017': a noun for year may stand between the word and its year)
_BASELINE_BEFORE: Final = Behind(rf"(?:\s+(?i:{reversed_words(_MORE['baseline_year_nouns'])})(?![\w]))?"
                                 rf"\s+(?:(?i:{reversed_words(LEX['baseline_markers'])})|(?i:{reversed_words(_MORE['baseline_phrases'])}))(?![\w])")
# 'compared with the previous 12 months (October 2023 – September 2024)': a bracket opened right after a base that
# comparison words name (periods.json ``compared_base_words``) and a few words restates that base, whatever periods
# it holds; after a span's own words ('over the last 12 months (October 2024 – September 2025)') it is the figure's
_BRACKETED_BASE: Final = re.compile(rf"(?<![\w])(?i:{alternation(_MORE['compared_base_words'])})"
                                    rf"(?:\s+[\w'\u2019-]+){{1,5}}\s*\(\s*$")
# how far into a bracket its period may stand, and how far before the bracket the comparison words may start
_BRACKET_REACH: Final = 40
_BRACKETED_BASE_REACH: Final = 80
# How far back from a period its baseline words may start: the longest phrase and year noun, and slack for extra spaces.
_BASELINE_REACH: Final = max(len(w) for w in (*LEX["baseline_markers"], *_MORE["baseline_phrases"])) \
    + max(len(w) for w in _MORE["baseline_year_nouns"]) + 9
# 'the latest value from 2024 is -12.3 %', 'the census from the year 2021': 'from' after a reading's noun dates the reading (periods.json
# ``reading_from_nouns``); the noun's own determiners, spelt backwards, are skipped to see what comes before them
_READING_FROM_BEFORE: Final = Behind(rf"(?:\s+(?i:{reversed_words(_MORE['baseline_year_nouns'])})(?![\w]))?"
                                     rf"\s+(?i:morf)\s+(?i:{reversed_words(_MORE['reading_from_nouns'])})(?![\w])"
                                     rf"(?:\s+(?i:{reversed_words(_MORE['reading_from_determiners'])})(?![\w]))*")
# 'since records began in 1958': the year something began, after 'since' and at most three words
_SINCE_BEGAN_BEFORE: Final = Behind(rf"\s+(?i:{reversed_words(_MORE['since_began_phrases'])})(?:\s+[^\W\d_]+){{0,3}}?"
                             rf"\s+(?i:{reversed_words(_MORE['since_began_openers'])})(?![\w])")
# 'since the start of modern measurements, in 1957': the year a record started, after a start's opener and a few words
_SINCE_START_BEFORE: Final = Behind(rf"\s+(?i:{reversed_words(_MORE['since_start_links'])})(?:\s*,\s*|\s+)[^\W\d_]+"
                                    rf"(?:\s+[^\W\d_]+){{0,2}}?\s+(?i:{reversed_words(_MORE['since_start_openers'])})(?![\w])")
# 'up 5 % on 2019': a figure of change, then 'on' and the year it is measured from.
_CHANGE_BASE_BEFORE: Final = Behind(rf"\s+(?:(?i:{reversed_words(_MORE['change_base_words'])}))\s+"
                             rf"(?:(?i:{reversed_words(_MORE['change_units'])}))\s*\d")
_CHANGE_BASE_BEFORE_RELATIVE: Final = Behind(rf"\s+(?:(?i:{reversed_words(_MORE['change_base_words_relative'])}))\s+"
                                      rf"(?:(?i:{reversed_words(_MORE['change_units'])}))\s*\d")
# how far back the base word, the unit and the figure's last digit reach: 24 for 'per cent', more for 'parts per million'
_CHANGE_BASE_REACH: Final = max(len(w) for w in _MORE["change_units"]) + 16
# (the year's noun may stand before the opener: 'compared with 2015, the year in which …', ``year_clause_appositions``)
# (or, after a few words that say more of the year, a comma and 'when'/'then': 'since 2009 at the end of the crisis, when …';
# 'which' or 'where' there refer to the nearer noun)
# (spaces taken whole: '\s*,?\s+' tried every split of a long run of spaces after the year, quadratic)
_YEAR_CLAUSE: Final = re.compile(rf"(?:\s*+[,–—-])?\s++(?:(?i:{alternation(_MORE['year_clause_appositions'])})\s++)?"
                          rf"(?i:{alternation(_MORE['year_clause_openers'])})\b"
                          rf"|(?:\s++[^\W\d_][\w'\u2019-]*){{1,8}}?\s*+[,–—]\s++(?i:{alternation(_MORE['year_clause_openers_after_words'])})\b")
# ', where it was moved in 1997': a clause about a place, opened after the figure (``place_clause_openers``)
_PLACE_CLAUSE: Final = re.compile(rf"[,–—]\s*+(?i:{alternation(_MORE['place_clause_openers'])})\b")
# 'lower than the previous year's 6.4 %', 'against 2016's 6.6 %': a baseline's year owns the figure its possessive
# stands before (up to two words between: 'last year's revised 3.1 %')
_POSSESSIVE_FIGURE: Final = re.compile(r"['\u2019]s\s+(?:[^\W\d_]+\s+){0,2}?[-+\u2212]?\d")
# 'as in 2021 (2.8 %)', 'the highest since 1974 (9.5 %)': a figure alone in brackets right after a year
_BRACKETS: Final = _MORE["year_figure_brackets"]
_YEAR_BEFORE_BRACKET: Final = re.compile(
    rf"(?<![\d.,])({YEAR_1800_TO_2099})\s*(?:{'|'.join(map(re.escape, _BRACKETS))})\s*[-+−]?$")
_BRACKET_CLOSE: Final = re.compile(rf"\s*(?:{'|'.join(map(re.escape, _BRACKETS.values()))})")
# '2020 (-0.2 %)': a figure alone in brackets right after a period, with at most two words or marks of its unit
_OWN_BRACKETED_FIGURE: Final = re.compile(
    rf"\s*(?:{'|'.join(map(re.escape, _BRACKETS))})\s*[-+−]?\d[\d.,]*(?:\s*[%‰]|\s+[^\W\d_]+){{0,2}}"
    rf"\s*(?:{'|'.join(map(re.escape, _BRACKETS.values()))})")
# 'since 1985 (when it was 9.2 %)': a year, a bracket, words saying 'when it was', then the figure
_WHEN_WORDS: list[str] = _MORE.get("year_bracket_when_words", [])
_WHEN_LAST_WORDS: Final = frozenset(w.split()[-1] for w in _WHEN_WORDS)
_YEAR_BEFORE_WHEN_BRACKET: Final = re.compile(
    rf"(?<![\d.,])({YEAR_1800_TO_2099})\s*(?:{'|'.join(map(re.escape, _BRACKETS))})\s*"
    rf"(?i:{alternation(_WHEN_WORDS)})\s+[-+−]?$") if _WHEN_WORDS else None
# 'the same month last year', 'the same month of 2022': one month of that year (periods.json same_month_words)
# (``SAME_MONTH_BEFORE.start_at_end(text)``: whether ``text`` ends with those words; relative.py asks it too)
SAME_MONTH_BEFORE: Final = Behind(rf"\s+(?:(?i:{reversed_words(_MORE['same_month_prepositions'])})\s+)?"
                           rf"(?i:{reversed_words(_MORE['same_month_words'])})(?![\w])")
# 'the same period in the previous year' after 'the first nine months of 2021': those months of that year
# (periods.json same_part_words)
SAME_PART_BEFORE: Final = Behind(rf"\s+(?:(?i:{reversed_words(_MORE['same_month_prepositions'])})\s+)?"
                          rf"(?i:{reversed_words(_MORE['same_part_words'])})(?![\w])")
# the months of a part of one year: '2031-01/2031-09'
_PART_OF_ONE_YEAR: Final = re.compile(r"(\d{4})(-\d{2})/(\d{4})(-\d{2})")
# the month of a period value: '2031-05', or a day's '2031-05-12'
_MONTH_VALUE: Final = re.compile(r"\d{4}-(\d{2})(?:-\d{2})?")
_SPAN_OPENER_BEFORE: Final = Behind(rf"\s+(?:(?i:{reversed_words(_MORE['span_openers'])}))(?![\w])")
# Case-insensitive words, each branch opening with its first letter spelt out (see
# ``caseless_literal_first``): a leading look-behind would make ``re`` try the whole alternation
# at every character of the sentence.
_BASELINE_IN_GAP_PLAIN: Final = rf"(?<![\w]){comparison_words()}(?![\w])"  # re.I; the meaning
# and 'as much as' ('2.6 billion tonnes, as much as China had recorded in 1990'): the year after it is the other side's
_BASELINE_IN_GAP: Final = re.compile(
    "(?:" + caseless_literal_first(word_rests([*LEX["comparison_words"], *LEX["equality_comparisons"]],
                                              flexible_space=True), r"(?<![\w].)") + r")(?![\w])")
# 'rose from more than 24.6 to more than 51.7 million': 'than' qualifies an end of a span, it compares nothing
_SPAN_END_QUALIFIER: Final = re.compile(r"(?<![\w])(?i:from|to)\s+(?i:more|less|fewer)\s+\Z")
_SEMICOLON: Final = re.compile(";")
_DIGIT_OR_BREAK: Final = re.compile(r"[\d;:]|,\s")
# what ends one item of a list before the next: a closing bracket or a semicolon (after a comma a change of the
# compared pair may follow: '106.79 against 102.46 for 2021, a rise of 4.23 %' is 2021's base)
_ITEM_CLOSED: Final = re.compile(r"[);；]")
_DIGIT_OR_STOP: Final = re.compile(r"[\d;:]")  # another figure, or a clause that stops
# '7.8 % (year 2021: 2.8 %, 2022: 8.6 %)': a bracket opening right after a figure, up to two words before its
# period, and the period labelling a figure of its own (a colon or an equals sign, then the figure)
_BRACKET_OPENING: Final = re.compile(r"\s*[(\[]\s*(?:[^\W\d_]+\.?\s+){0,2}")
_LABELLED_FIGURE: Final = re.compile(r"\s*[:=]\s*[-+\u2212]?[$\u20ac\u00a3]?\d")


def _opens_item(prose: str, start: int, end: int) -> bool:
    """A clause mark or a line's start right before ``end`` (no earlier than ``start``): the year there opens
    an item of a list or a fact box. Read back from ``end`` over the whitespace only: a figure far before
    its year costs no scan of the span between (a run of figures would be quadratic)."""
    at = end
    while at > start and prose[at - 1].isspace():
        if prose[at - 1] == "\n":
            return True
        at -= 1
    return at == 0 or (at > start and prose[at - 1] in ",;")


# '111.59 (2020=100)': an index's base year, which dates no figure but the 100 it labels
_INDEX_BASE: Final = re.compile(r"\s*=\s*100(?![\d]|[.,]\d)")
# 'the 2021 census', a gloss's '2021 National census': a year naming a census (lexicon ``census_words``), at most two
# words before the census word
_CENSUS_NAMED: Final = re.compile(rf"\s++(?:[^\W\d_]++\s++){{0,2}}?(?i:{alternation(LEX['census_words'])})(?![\w])")
_FULL_DATE: Final = re.compile(r"\d{4}-\d{2}-\d{2}")
# 'the highest inflation in the last 14 years': a record word (periods.json record_words) a few words before a span
# of years, with no figure or clause mark between — the span the record is ranked over
_RECORD_BEFORE: Final = re.compile(rf"(?<!\w)(?i:{alternation(_MORE['record_words'])})(?!\w)(?:\s+[^\s\d,;:.()]+){{0,3}}\s*$")
_RECORD_REACH: Final = 60  # characters before a span that its record word may stand in


def _record_window(prose: str, period: Period) -> bool:
    """The span of years ``period`` is the window a record is ranked over ('the highest inflation in the last 14
    years, behind Venezuela (686.4 %)'), not a period of the figures after it: the record's own year is another."""
    start, _end, value = period
    # a span of whole years: months so far this year ('the peak so far this year') date the figure itself
    return value is not None and _YEAR_SPAN.fullmatch(value) is not None \
        and _RECORD_BEFORE.search(prose, max(0, start - _RECORD_REACH), start) is not None


_YEAR_SPAN: Final = re.compile(r"\d{4}/\d{4}")


# 'last year (2021)': a year alone in brackets right after a relative year names the year the writer counted
_YEAR_BRACKETED_AFTER: Final = re.compile(rf"[ \t]*[(\uff08][ \t]*(?P<y>{_YEAR})[ \t]*[)\uff09]")
_TITLE_QUOTES: Final[dict[str, Any]] = _MORE["title_year_quotes"]
# the rest of a quoted title after its opening year, up to the closing mark
_TITLE_AFTER_YEAR: Final = re.compile(
    rf"[ \u00a0][^\n,.;:!?{re.escape(_TITLE_QUOTES['close'])}]{{1,{_TITLE_QUOTES['reach']}}}[{re.escape(_TITLE_QUOTES['close'])}]")


def _title_edition_year(prose: str, start: int, end: int) -> bool:
    """The year at ``start``–``end`` opens a quoted title ('‘2020 Human Development Index’'): its edition."""
    return start > 0 and prose[start - 1] in _TITLE_QUOTES["open"] and _TITLE_AFTER_YEAR.match(prose, end) is not None
# a contrast between two figures ('10.2 % but 34 % in 2017'): places.json contrast_clause_words
_CONTRAST_WORDS: Final = data_json("places.json").get("contrast_clause_words", [])
# a contrast word, then only verbs and qualifiers before the next figure: the same thing at another time
_CONTRAST: Final = re.compile(rf"(?<![\w])(?:{alternation(_CONTRAST_WORDS)})((?:\s+[^\W\d_]+)*)\s+[-+$€£]?\d", re.IGNORECASE) \
    if _CONTRAST_WORDS else None


_CONTRAST_WORD: Final = re.compile(rf"(?:{alternation(_CONTRAST_WORDS)})", re.IGNORECASE) if _CONTRAST_WORDS else None
# a contrast word standing as a word of its own ('while', not the 'but' of 'attributed')
_CONTRAST_WORD_ALONE: Final = re.compile(rf"(?<![\w])(?:{alternation(_CONTRAST_WORDS)})(?![\w])", re.IGNORECASE) \
    if _CONTRAST_WORDS else None


def _only_verbs_and_fillers(words: list[str]) -> bool:
    return all(word.lower() in VERB_WORDS or word.lower() in _CONTRAST_FILLERS for word in words)


def _contrast_index(prose: str, start: int, end: int) -> tuple[list[int], list[int], list[bool]]:
    """Every position of ``prose[start:end]`` where ``_CONTRAST`` matches, with its match's end and
    whether only verbs and fillers stand between the contrast word and the figure.

    ``_CONTRAST`` has one match at most from a position (a contrast word, every letter-only word after
    it, then the figure), and a contrast word among those words matches to the same figure, with the
    words after it: so one ``finditer`` gives every position, and the ends never decrease from one
    position to the next. ``search(prose, pos, endpos)`` is then the first position from ``pos`` on,
    if its end is at most ``endpos`` (a later one ends no earlier)."""
    starts: list[int] = []
    ends: list[int] = []
    plain: list[bool] = []
    assert _CONTRAST is not None and _CONTRAST_WORD is not None
    for found in _CONTRAST.finditer(prose, start, end):
        words = list(re.finditer(r"\S+", found.group(1)))
        after = [word.group() for word in words]
        starts.append(found.start())
        ends.append(found.end())
        plain.append(_only_verbs_and_fillers(after))
        base = found.start(1)
        for i, word in enumerate(words):
            if _CONTRAST_WORD.fullmatch(word.group()):
                starts.append(base + word.start())
                ends.append(found.end())
                plain.append(_only_verbs_and_fillers(after[i + 1:]))
    return starts, ends, plain


_CONTRAST_FILLERS: Final = frozenset(w.lower() for w in data_json("places.json").get("contrast_fillers", []))
# A verb between two figures: a known one, an "-ed" word, or "to" before a word ("plans to hire").
_HAS_VERB: Final = re.compile(
    rf"(?<![\w'’-])(?:(?i:{alternation(sorted(VERB_WORDS))})(?![\w'’-])|[A-Za-z]+ed\b|to\s+[A-Za-z])")


# A future modal or phrase (``future_words``) in the clause of a day or month written without its year
_FUTURE: Final = re.compile(rf"(?<![\w'’])(?i:{alternation(_MORE['future_words'])})(?![\w'’])")
_CLAUSE_BREAK: Final = re.compile(r"[,;:]\s|\s[–—]\s")


def _without_in(phrase: str) -> str:
    """ "last year in" (before "last year in May") without its 'in', however it is cased or spaced."""
    words = phrase.split()
    return " ".join(words[:-1] if words and words[-1].lower() == "in" else words)



def _reading_from(reversed_prose: str, at: int) -> bool:
    """A year right after 'from' and a reading's noun ('the latest value from 2024'), with no baseline word
    before the noun ('up from the value from 2020'): the reading's year, not a baseline."""
    noun = _READING_FROM_BEFORE.pattern.match(reversed_prose, at, at + 80)
    if noun is None:
        return False
    rest = noun.end()
    return _BASELINE_BEFORE.pattern.match(reversed_prose, rest, rest + _BASELINE_REACH) is None

def _in_bracketed_base(prose: str, start: int) -> bool:
    """The period at ``start`` stands in a bracket opened right after a base that comparison words name
    (``_BRACKETED_BASE``: 'compared with the previous 12 months (October 2023 – September 2024)'): it dates
    that base, not the figure."""
    opening = prose.rfind("(", max(0, start - _BRACKET_REACH), start)
    if opening == -1 or ")" in prose[opening:start]:
        return False
    return _BRACKETED_BASE.search(prose, max(0, opening - _BRACKETED_BASE_REACH), opening + 1) is not None


class PeriodReader:
    """Reads period expressions as ISO periods ("2023-01/2023-08"); relative ones from ``as_of``."""

    def __init__(self, prose: str, reversed_prose: str, as_of: dt.date | None) -> None:
        self.prose = prose
        self.reversed = reversed_prose
        self.as_of = as_of
        self._reading = (0, 0)  # the span of the expression ``value`` reads
        self._paragraph_bounds: tuple[list[int], list[int]] | None = None  # (starts, ends) of the paragraph breaks
        self._paragraph_periods: dict[int, list[Period]] = {}  # a paragraph's start → the periods it names

    def periods_in(self, start: int, end: int) -> list[Period]:
        """Periods named in a sentence; baselines ("than in 2020", "from a year earlier") have no value.

        Every period expression holds a year, a month or a period word, so only the text around
        those anchors is read.
        """
        prose, reversed_prose = self.prose, self.reversed
        windows: list[list[int]] = []
        for anchor_start, anchor_end in gate_anchors(prose, start, end):
            # An expression's first anchor is at most 35 characters in ("compared to the beginning of the year":
            # "year" is the anchor), 40 with slack for extra spaces; the longest tail is " earlier".
            low, high = max(start, anchor_start - 40), min(end, anchor_end + max(10, _EDGE_TAIL))
            if windows and low <= windows[-1][1]:
                windows[-1][1] = max(windows[-1][1], high)
            else:
                windows.append([low, high])
        found: list[Period] = []
        unanchored: list[tuple[int, str]] = []  # 'the previous year' with no year named before it
        same_parts: dict[str, str] = {}  # a year 'the same period' named a part of → that part ('2021' → '2021-01/2021-03')
        n = len(reversed_prose)
        for low, high in windows:
            for m in PERIOD_SCAN.matches(prose, low, high):
                # "from 1960 to 2021" is a span; "from 2020", "than in 2020" are baselines.
                # (``Behind.found`` spelt out: one call fewer per expression)
                if m.lastgroup == "yspan" and _not_a_year_span(prose, m):
                    m = _FIRST_YEAR_ALONE.match(prose, m.start()) or m  # the span's first year alone
                at, branch = n - m.start(), m.lastgroup
                baseline = (_BASELINE_BEFORE.pattern.match(reversed_prose, at, at + _BASELINE_REACH)
                            or _SINCE_BEGAN_BEFORE.pattern.match(reversed_prose, at, at + 60)
                            or _SINCE_START_BEFORE.pattern.match(reversed_prose, at, at + 80)
                            or branch == "year" and _CHANGE_BASE_BEFORE.pattern.match(reversed_prose, at, at + _CHANGE_BASE_REACH)
                            or branch in ("rel", "relmonth")
                            and _CHANGE_BASE_BEFORE_RELATIVE.pattern.match(reversed_prose, at, at + _CHANGE_BASE_REACH)) \
                    and not (branch in ("yspan", "mspan") and _SPAN_OPENER_BEFORE.pattern.match(reversed_prose, at, at + 12))
                if not baseline and _in_bracketed_base(prose, m.start()):
                    baseline = True  # '… compared with the previous 12 months (October 2023 – September 2024)'
                if baseline and branch == "year" and _reading_from(reversed_prose, at):
                    baseline = None  # 'the latest value from 2024 is …': the reading's own year
                if baseline and branch in _DAY_BRANCHES and _DAY_BASE_BEFORE.pattern.match(reversed_prose, at, at + 24):
                    baseline = None  # 'compared to June 1, 2020': a change from a day's count, see ``day_base_words``
                value = None if baseline and not _YEAR_CLAUSE.match(prose, m.end()) \
                    and not _POSSESSIVE_FIGURE.match(prose, m.end()) else self.value(m)
                if branch == "rel" and value and _after_base_month(prose, reversed_prose, m.start()):
                    value = None  # 'compared to December last year': the year dates the baseline's month
                if branch == "rel" and value and not m.group("relm") \
                        and (named := _YEAR_BRACKETED_AFTER.match(prose, m.end())) is not None:
                    value = named.group("y")  # 'last year (2021)' in a text read in 2025: the year the writer wrote
                if branch == "rel" and (value or _only_anchored(m.group("rel"))):
                    counted = _anchored(m.group("rel"), found or self._paragraph_periods_before(start))
                    if counted is None and m.group("rel").lower().split()[-1:] != ["ago"] \
                            and " ".join(m.group("rel").lower().split()) in _ANCHORED:
                        unanchored.append((len(found), m.group("rel")))  # counted from a year named after it
                    value = counted or value
                elif branch == "relmonth" and _anchored_months(m.group("relmonth")) is not None:
                    value = None if baseline else _anchored_month(prose, m.group("relmonth"), found or self._paragraph_periods_before(start))
                elif branch == "mspan" and value and not m.group("y1"):
                    value = _in_named_year(value, found)
                elif branch == "part" and value and not (m.group("y3") or m.group("rel3")):
                    value = _part_in_named_year(value, found)
                if branch == "year" and value and _INDEX_BASE.match(prose, m.end()):
                    value = None  # '(2015=100)': the year an index is based on, no period of a figure nor one to carry
                if branch == "year" and value and _title_edition_year(prose, m.start(), m.end()):
                    value = None  # '‘2020 Human Development Index’': a title's edition, no period to carry
                if branch == "year" and value and _CENSUS_NAMED.match(prose, m.end()) \
                        and any(day and _FULL_DATE.fullmatch(day) for _, _, day in found):
                    # 'As of 1 January 2023, counting the results of the 2021 census, the population was …': after the
                    # day the figure is counted on, the census's year names the census the count builds on, not its period
                    value = None
                if branch == "month" and value:
                    value = _month_before_its_base(prose, m, end) or value
                if branch == "rel" and value and value.isdigit() and found:
                    month_then = _month_of_year_after(prose, found[-1], m.start())
                    if month_then is not None:
                        # 'in February this year', 'in December last year': the month of the year counted,
                        # for the figures after it too ('fell 1.7 % in February this year and by 0.7 % …')
                        value = f"{value}-{month_then:02d}"
                        found[-1] = (found[-1][0], found[-1][1], value)
                if branch in ("rel", "year") and value and value.isdigit() \
                        and SAME_MONTH_BEFORE.pattern.match(reversed_prose, at, at + 20):
                    month = self._month_named_before(found, start)
                    value = f"{value}-{month}" if month else value
                elif branch in ("rel", "year") and value and value.isdigit() \
                        and SAME_PART_BEFORE.pattern.match(reversed_prose, at, at + 30):
                    same_parts[value] = _same_part_in_year(value, found)
                    value = same_parts[value]
                elif branch == "rel" and value is not None and value in same_parts:
                    # '5.9 % compared with the same period last year, while last year the rate was 2.1 %': the
                    # relative year written again after its same period is that period again, the comparison's base
                    value = same_parts[value]
                found.append((n - at, m.end(), value))
        return _anchored_to_later_year(found, unanchored)

    def _paragraph_periods_before(self, start: int) -> list[Period]:
        """The periods the sentences of the paragraph before ``start`` named (within 600 characters):
        what 'a year earlier' counts from when its own sentence named none ('Inflation averaged 2.3 %
        in 2023. It was 2.5 % a year earlier.': 2022). The paragraph's periods are read once, for all its sentences."""
        paragraph_start, paragraph_end = self._paragraph_around(start)
        low = max(paragraph_start, start - 600)
        if low >= start or not _HAS_DIGIT.search(self.prose, low, start):
            return []  # no earlier sentence in the paragraph, or none naming a year in digits
        named = self._paragraph_periods.get(paragraph_start)
        if named is None:
            reading = self._reading
            named = self._paragraph_periods[paragraph_start] = self.periods_in(paragraph_start, paragraph_end)
            self._reading = reading
        return [period for period in named if low <= period[0] and period[1] <= start]

    def _breaks(self) -> tuple[list[int], list[int]]:
        """The starts and the ends of the text's paragraph breaks, in order (found once)."""
        if self._paragraph_bounds is None:
            found = list(PARAGRAPH_BREAK.finditer(self.prose))
            self._paragraph_bounds = ([m.start() for m in found], [m.end() for m in found])
        return self._paragraph_bounds

    def _paragraph_around(self, offset: int) -> tuple[int, int]:
        """The start and the end of the paragraph ``offset`` is in."""
        starts, ends = self._breaks()
        before = bisect.bisect_right(ends, offset)  # breaks that end at or before ``offset``
        return (ends[before - 1] if before else 0), (starts[before] if before < len(starts) else len(self.prose))

    def _month_named_before(self, found: list[Period], start: int) -> str | None:
        """The month ('05') 'the same month' refers to: the last one the sentence named before it,
        else the last one its paragraph or the paragraph before named."""
        for period in reversed(found):
            if period[2] and (named := _MONTH_VALUE.fullmatch(period[2])):
                return named.group(1)
        starts, ends = self._breaks()
        before = bisect.bisect_right(ends, start)  # breaks that end at or before ``start``
        low = starts[before - 2] if before > 1 else 0  # the paragraph before's start (or the text's)
        reading, month = self._reading, None
        for m in PERIOD_SCAN.matches(self.prose, low, start):
            value = self.value(m)
            if value and (named := _MONTH_VALUE.fullmatch(value)):
                month = named.group(1)
        self._reading = reading
        return month

    def value(self, m: re.Match[str]) -> str | None:
        """The period a match of ``PERIOD`` names; its branch encloses its inner groups, so closes last."""
        branch = m.lastgroup or ""
        plain = _PLAIN_VALUES.get(branch)
        if plain is not None:
            return plain(m.group)
        read = _READER_VALUES.get(branch)
        self._reading = m.span()
        return read(self, m.group) if read else None

    def _relative_year(self, phrase: str | None) -> int | None:
        if not phrase or self.as_of is None:
            return None
        offset = relative_year_offset(phrase)
        return None if offset is None or _only_anchored(phrase) else self.as_of.year + offset

    def _relative_month(self, g: Groups) -> str | None:
        """ "last month": the calendar month before the draft's ('a month earlier' counts from a month
        its sentence names instead: ``_anchored_month``)."""
        offset = _RELATIVE_MONTHS.get(" ".join(g("relmonth").lower().split()))
        if offset is None or self.as_of is None:
            return None
        return month_label(self.as_of.year, self.as_of.month, offset)

    def _month_span(self, g: Groups) -> str | None:
        first, last = _month(g("m1")), _month(g("m2"))
        if g("y0"):  # 'from March 2023 to February 2024': each end with its year
            return _dated_month_span(int(g("y0")), first, int(g("y1")), last)
        if not g("y1"):  # 'from January to October': the latest such span ended by the draft's date
            if self.as_of is None or first > last:
                return None
            year = self.as_of.year if last <= self.as_of.month else self.as_of.year - 1
            return f"{year}-{first:02d}/{year}-{last:02d}"
        if first > last:  # 'July–June 2015': a fiscal year, July 2014 to June 2015
            return f"{int(g('y1')) - 1}-{first:02d}/{g('y1')}-{last:02d}"
        return f"{g('y1')}-{first:02d}/{g('y1')}-{last:02d}"

    def _first_months(self, g: Groups) -> str | None:
        if g("y2"):
            year: int | None = int(g("y2"))
        elif g("cur2"):  # 'the first eleven months of the year': the draft's year, as 'so far this year' is
            year = self.as_of.year if self.as_of else None
        else:
            year = self._relative_year(g("rel2"))
        try:
            months = int(parse_number(g("n"))[0])
        except ValueError:
            return None
        if year is None or not 1 <= months <= 12:
            return None
        return f"{year}-01/{year}-{months:02d}" if months > 1 else f"{year}-01"

    def _part(self, g: Groups) -> str | None:
        index = _PART_INDEX[g("pn").lower()]
        if g("y3") or g("rel3"):
            year = int(g("y3")) if g("y3") else self._relative_year(g("rel3"))
            return _part_of_year(year, g("pk").lower(), index)
        if self.as_of is None:
            return None
        # "in the third quarter": the latest such quarter (or half) that has ended by the draft's date.
        this_year = _part_of_year(self.as_of.year, g("pk").lower(), index)
        if this_year is None:
            return None
        last_month = int(this_year[-2:])
        ended = (self.as_of.year, self.as_of.month) > (self.as_of.year, last_month)
        return this_year if ended else _part_of_year(self.as_of.year - 1, g("pk").lower(), index)

    def _relative(self, g: Groups) -> str | None:
        month = g("relm")
        year = self._relative_year(_without_in(g("rel")[:g("rel").rfind(month)]) if month else g("rel"))
        if year is None:
            return None
        return f"{year}-{MONTH_NAMES[month.lower().rstrip('.')]:02d}" if month else str(year)

    def _month_of_relative_year(self, g: Groups) -> str | None:
        """ "February this year": that month of the year the phrase counts from the draft's date."""
        year = self._relative_year(g("mrely"))
        return None if year is None else f"{year}-{_month(g('m11')):02d}"

    def _past_years(self, g: Groups) -> str | None:
        """ "over the past 10 years": the ten whole years before the draft's year."""
        try:
            years = int(parse_number(g("pastn") or g("pastn2"))[0])
        except ValueError:
            return None
        if self.as_of is None or not 1 <= years <= 500:
            return None
        return f"{self.as_of.year - years}/{self.as_of.year - 1}" if years > 1 else str(self.as_of.year - 1)

    def _year_to_date(self, g: Groups) -> str | None:
        if self.as_of is None:
            return None
        year, month = self.as_of.year, self.as_of.month
        return f"{year}-01/{year}-{month:02d}" if month > 1 else f"{year}-01"

    def _year_to_month(self, g: Groups) -> str | None:
        """ "the year to October": the twelve months ending with that month (of its year, else the
        latest such month on or before the draft's date)."""
        month = _month(g("ym"))
        if g("yy"):
            year = int(g("yy"))
        elif self.as_of is not None:
            year = self.as_of.year if month <= self.as_of.month else self.as_of.year - 1
        else:
            return None
        return f"{month_label(year, month, -11)}/{month_label(year, month)}"

    def _trailing_months(self, g: Groups) -> str | None:
        """ "the three months to December" with no year: the months ending with the latest such month on
        or before the draft's date, as "the year to October" is read."""
        if g("ty"):
            return _trailing_months(g)
        if self.as_of is None:
            return None
        month = _month(g("tm"))
        year = self.as_of.year if month <= self.as_of.month else self.as_of.year - 1
        return _trailing_months(lambda name: str(year) if name == "ty" else g(name))

    def _day_alone(self, g: Groups) -> str | None:
        """ "on Nov. 14", "as at 1 July", "on the first of July" with no year: that day on or before the draft's date; in a clause
        about the future ("on 1 July the population will amount to"), on or after it."""
        if self.as_of is None:
            return None
        written = g("d7") or g("d8") or g("dw7") or g("dw8")
        month, day = _month(g("m7") or g("m8")), int(written) if written.isdigit() else _DAY_ORDINALS[written.casefold()]
        past = (month, day) <= (self.as_of.month, self.as_of.day)
        if self._in_future_clause() and not _PAST_PREPOSITION.match(g("dayonly")):
            year = self.as_of.year if (month, day) >= (self.as_of.month, self.as_of.day) else self.as_of.year + 1
        else:
            year = self.as_of.year if past else self.as_of.year - 1
        try:
            return dt.date(year, month, day).isoformat()
        except ValueError:
            return None

    def _month_alone(self, g: Groups) -> str | None:
        """ "in May": the latest May begun by the draft's date; in a clause about the future ("by July
        it will reach"), the next one."""
        if self.as_of is None:
            return None
        month = _month(g("m4"))
        if self._in_future_clause() and not _PAST_PREPOSITION.match(g("month")):
            year = self.as_of.year if month >= self.as_of.month else self.as_of.year + 1
        else:
            year = self.as_of.year if month <= self.as_of.month else self.as_of.year - 1
        return f"{year}-{month:02d}"

    def _decade_so_far(self, g: Groups) -> str:
        """ "the 2020s" in a draft of 2024 → 2020/2024: no year after the draft's."""
        return _decade(g, self.as_of.year if self.as_of else None)

    def _in_future_clause(self) -> bool:
        """A future modal or phrase (``future_words``) in the clause of the expression being read."""
        prose, (first, last) = self.prose, self._reading
        starts = [b.end() for b in _CLAUSE_BREAK.finditer(prose, max(0, first - 160), first)]
        start = starts[-1] if starts else max(0, first - 160)
        after = _CLAUSE_BREAK.search(prose, last, last + 160)
        end = after.start() if after else min(len(prose), last + 160)
        return _FUTURE.search(prose, start, end) is not None

    def period_for(self, q: Quantity, sentence: Sentence) -> str | None:
        """The period right after the quantity ("10% in 2022"), else the nearest before it in the
        sentence ("In 2022, … 10%"), else the first after it ("grew by 10% to 28.2 billion in
        2022", "exports rose 5% and imports 3% in 2023") — unless a semicolon stands between, or
        a figure between them about something else has a verb of its own ("employs 12,000 people
        and plans to open 40 offices by 2026": 2026 is the offices').

        Each test is a binary search in the sentence's index (built once per sentence), so a
        sentence with thousands of figures and periods costs a logarithm per figure.
        """
        index = sentence.period_index
        if index is None:
            for listed_period in sentence.periods:
                if listed_period[2]:
                    break
            else:  # no valued period in the sentence (most have none): no index to build
                return _bracketed_year(self.prose, q) if sentence.periods else None
            index = sentence.period_index = _SentenceIndex(self.prose, sentence)
        if index.respective is None:  # once per sentence: a long one has thousands of figures
            index.respective = self._respective_years(index)
        listed = index.respective.get(q.start)
        if listed is not None:
            return listed
        bracketed = _bracketed_year(self.prose, q) or _bracketed_after_period(self.prose, q, sentence)
        if bracketed is not None:
            return bracketed
        if q.kind == Kinds.change and q.unit == "%":
            ends = change_end_years(self.prose[q.end:sentence.end]) \
                or change_end_years_before(self.prose[sentence.start:q.start])
            if ends is not None:
                return f"{ends[0]}/{ends[1]}"  # 'fell 1.0 %, from $0.754 in 2019 to $0.746 in 2020'
        period = self._nearest_period(q, index)
        if period is None:
            return None
        start = self._move_start(q, period, sentence)
        if start is not None:
            return start or None
        return self._from_to_years(q, period, index) or self._respective(period, q, index)

    def _move_start(self, q: Quantity, period: Period, sentence: Sentence) -> str | None:
        """ "inflation rose from 6.8 % to 8.0 % in 2021": a year after a change's 'to' figure is the year
        the change ended in; the 'from' figure is where it started, an earlier reading, not that year's:
        '' (no period) — or the year its own words name before the 'to' ('increased from 33.9 million
        tonnes since 1991 to 41 million tonnes in 1996', a baseline's year: 1991). None when ``q`` is
        no such 'from' figure. A span after the pair ('between 1960 and 1969') is the change's whole
        course: each end is one of its years (read by the verdicts' ``span_end_claim``)."""
        if period[0] < q.end or "/" in (period[2] or ""):
            return None
        end = move_end(self.prose[sentence.start:q.start], self.prose[q.end:period[0]])
        if end is None or end[0] != "from" \
                or _CHANGE_WORD_BEFORE.search(self.prose, max(sentence.start, q.start - _CHANGE_WORD_REACH), q.start) is None:
            return None
        to_at = q.end + len(end[1])
        own = [year.group() for p in sentence.periods if q.end <= p[0] and p[1] <= to_at
               for year in [_ONE_YEAR.search(self.prose, p[0], p[1])] if year is not None]
        return own[-1] if len(own) == 1 else ""

    def _respective_years(self, index: _SentenceIndex) -> dict[int, str]:
        """ "in 2002, 2006 and 2008, by 2.8 %, 3.3 % and 3.9 % respectively": a list of years and a list
        of as many figures, on either side of it, in a sentence saying 'respectively', pair in order:
        figure start → its year (empty when the sentence pairs nothing)."""
        sentence = index.sentence
        # (an ASCII sentence without the word in any case skips the search; its text differs from the prose's span in
        # white space alone, which the word holds none of)
        if not index.valued or sentence.text.isascii() and _RESPECTIVELY_WORD not in sentence.text.lower() \
                or not _RESPECTIVELY.search(self.prose, sentence.start, sentence.end):
            return {}
        years: list[str] = []
        for start, end, value in index.valued:
            pair = _TWO_YEARS.fullmatch(self.prose, start, end)
            if pair is not None:
                years += [pair.group(1), pair.group(2)]
            elif _ONE_YEAR.fullmatch(value or ""):
                years.append(str(value))
            else:
                return {}  # a month or a span among them: not a plain list of years
        if len(years) < 2:
            return {}
        index.know_figures()
        first, last = index.valued[0][0], index.valued[-1][1]
        pairs: dict[int, str] = {}
        for side in ([f for f in index.figures if f.end <= first], [f for f in index.figures if f.start >= last]):
            if len(side) == len(years):
                pairs.update((f.start, year) for f, year in zip(side, years))
        return pairs

    def _from_to_years(self, q: Quantity, period: Period, index: _SentenceIndex) -> str | None:
        """ "… in 1950 and … in 2008; the oil share rose from 11% to 20%": a 'from A to B' pair of
        figures after two years, neither with its own, spans them — A the first year's, B the last's."""
        if period[1] > q.start:
            return None
        years, year_ends = index.single_years()
        before = bisect.bisect_right(year_ends, q.start)  # the single years that end before the figure
        if before < 2 or years[before - 1] != period or years[0][2] >= period[2]:  # type: ignore[operator]  # single years are valued
            return None
        sentence = index.sentence
        end = move_end(self.prose[sentence.start:q.start], self.prose[q.end:sentence.end])
        if end is None:
            return None
        return years[0][2] if end[0] == "from" else period[2]

    def _respective(self, period: Period, q: Quantity, index: _SentenceIndex) -> str | None:
        """ "in 2021 and 2022 … 4.7% and 7.7%": two years and two figures joined by 'and' pair up
        in order, so each figure is its own year's, not the span's."""
        years = _TWO_YEARS.fullmatch(self.prose, period[0], period[1])
        if years is None:
            return period[2]
        index.know_figures()
        i = bisect.bisect_left(index.figure_starts, q.start)
        figures = index.figures

        def joined(k: int) -> bool:  # figure k and figure k + 1 stand joined by a bare 'and'
            return 0 <= k and k + 1 < len(figures) and \
                _JUST_AND.fullmatch(self.prose, figures[k].end, figures[k + 1].start) is not None
        if joined(i) and not joined(i - 1) and not joined(i + 1):
            return years.group(1)
        if joined(i - 1) and not joined(i - 2) and not joined(i):
            return years.group(2)
        return period[2]

    def _base_opening_a_clause(self, period: Period) -> bool:
        """'8.4 %, a rate not seen since 1986, when the average reached 8.8 %': a year after a baseline word
        keeps its value for the clause it opens ('when …'), and is that clause's figure's, never the
        figure's before it."""
        at = len(self.prose) - period[0]
        if _BASELINE_BEFORE.pattern.match(self.reversed, at, at + _BASELINE_REACH) is None \
                or _YEAR_CLAUSE.match(self.prose, period[1]) is None:
            return False
        # 'from June 2015 to June 2016, when …': a span its opener starts is the figure's, as the scan reads it
        return not opened_span(self.prose, period[0], period[1])

    def _opens_next_clause(self, q: Quantity, after: Period, index: _SentenceIndex) -> bool:
        """'was 8.6 % and in 2020, it was 4.2 %': a year joined to the figure by a clause joiner
        (``next_clause_joiners``) and at most two words, with a figure after it, is the next figure's;
        up to five words when the figure's own clause named its period before it ('in December was
        9.1 % and over the whole year 2022 averaged 7.1 %')."""
        if not _NEXT_CLAUSE_JOIN.fullmatch(self.prose, q.end, after[0]):
            if not _NEXT_CLAUSE_JOIN_LONG.fullmatch(self.prose, q.end, after[0]) \
                    and not self._parallel_year(q, after, index):
                return False
            before = index.last_before(q.start)
            if before is None or index.another_figures_own(before, q) \
                    or _DIGIT_OR_BREAK.search(self.prose, before[1], q.start):
                return False
        index.know_figures()
        i = bisect.bisect_left(index.figure_starts, after[1])
        return i < len(index.figures) and index.figures[i].start < index.sentence.end

    def _dates_a_later_event(self, q: Quantity, after: Period, index: _SentenceIndex) -> bool:
        """'In 2020 … the GDP was 1,488 billion dollars before rebounding in 2021': a year after the figure past a
        word that orders another event against it (``event_order_words``) dates that event; when the sentence named
        a year before the figure, with no other figure between, that year is the figure's."""
        if not _EVENT_ORDER_JOIN.fullmatch(self.prose, q.end, after[0]):
            return False
        before = index.last_before(q.start)
        if before is None or index.another_figures_own(before, q):
            return False
        index.know_figures()
        i = bisect.bisect_left(index.figure_starts, before[1])
        return i < len(index.figures) and index.figures[i].start == q.start

    def _parallel_year(self, q: Quantity, after: Period, index: _SentenceIndex) -> bool:
        """'the 2023 average 1,306 won to the 2022 average 1,292 won' (a glossed postposition, no comma): a
        figure whose own clause named its year before it, then another year (neither within the other)
        standing before a figure of its own with no figure between: each year is the figure after it."""
        before = index.last_before(q.start)
        # a year right after an earlier figure ('reached 3.9 % in 2010 compared with 5.7 % in 2009') says the
        # sentence writes each year after its figure: the year after ``q`` is then ``q``'s
        if before is None or index.another_figures_own(before, q) \
                or _DIGIT_OR_BREAK.search(self.prose, before[1], q.start) or index.follows_earlier_figure(before, q):
            return False
        own, later = try_parse_period(before[2]), try_parse_period(after[2])
        if own is None or later is None or (later.start <= own.end and own.start <= later.end) \
                or not YEAR_WRITTEN.search(self.prose, before[0], before[1]) \
                or not YEAR_WRITTEN.search(self.prose, after[0], after[1]):
            return False
        index.know_figures()
        i = bisect.bisect_left(index.figure_starts, after[1])
        return i < len(index.figures) and index.figures[i].start < index.sentence.end \
            and not _DIGIT_OR_BREAK.search(self.prose, after[1], index.figures[i].start)

    def _outside_aside(self, before: Period | None, q: Quantity, index: _SentenceIndex) -> Period | None:
        """'In the fourth quarter of 2007, leading up to the crisis of 2008-09, the rand averaged R6.75': a
        period inside an aside set off by commas, closed before the figure, dates the aside's own noun; the
        period named before the aside is the figure's. ``before`` itself when it stands in no such aside."""
        if before is None:
            return None
        earlier = index.last_before(before[0])
        if earlier is None:
            return before
        outer, inner = try_parse_period(earlier[2]), try_parse_period(before[2])
        if outer is None or inner is None or (inner.start <= outer.end and outer.start <= inner.end) \
                or not YEAR_WRITTEN.search(self.prose, before[0], before[1]):
            # 'of 2022, reached in early April, …': a period within the first one (or a month with no year of
            # its own) refines it
            return before
        prose = self.prose
        # 'In 2021, after the fall of 2020 (-0.2 %), prices rose again': the aside's year may carry its own figure in
        # brackets right after it, which is the aside's too
        own = _OWN_BRACKETED_FIGURE.match(prose, before[1], q.start)
        closed = prose[own.end() if own else before[1]:q.start]
        opened = prose[earlier[1]:before[0]]
        if opened.lstrip().startswith(",") and opened.count(",") == 1 and closed.count(",") == 1 \
                and not _DIGIT_OR_STOP.search(opened) and not _DIGIT_OR_STOP.search(closed) \
                and _YEAR_CLAUSE.match(prose, before[1]) is None \
                and not (_CONTRAST_WORD_ALONE is not None and _CONTRAST_WORD_ALONE.search(opened)):
            # 'since 2012, when it was 2.4 %': 2012's; '9.6 % in 2022, while in 2021, it stood at 7.23 %': a contrast
            # opens a clause of its own year, no aside
            return earlier
        return before

    def _nearest_period(self, q: Quantity, index: _SentenceIndex) -> Period | None:
        # A period after a comparison word is the baseline ("compared with a year earlier"), not the claim's.
        after = index.first_after(q.end)
        if after is not None and (self._base_opening_a_clause(after)
                                  or index.place_clause_between(q.end, after[0])):
            after = None  # the year of a clause about a place after the figure dates what happened there
        # 'Inflation rate: 15.1 %, 2001: 18.6 %' (a fact box's 'Label: value'): a year that opens an item and
        # whose colon opens a figure of its own labels that figure, never the one before it; 'in 2021: 120 in
        # January …' dates the figure before and opens its breakdown
        if after is not None and not _BRACKET_OPENING.fullmatch(self.prose, q.end, after[0]) \
                and _opens_item(self.prose, q.end, after[0]) \
                and _LABELLED_FIGURE.match(self.prose, after[1]):
            after = None
        # '… a fall of 0.4 % and 2020, when …': a year after a bare 'and' opens the next item, not this figure's
        if after is not None and after[0] - q.end <= 40 and not _DIGIT_OR_BREAK.search(self.prose, q.end, after[0]) \
                and not _JUST_AND.fullmatch(self.prose, q.end, after[0]):
            if _BRACKET_OPENING.fullmatch(self.prose, q.end, after[0]) and _LABELLED_FIGURE.match(self.prose, after[1]):
                after = None  # the bracket's years label its own figures, not this one
            elif not self._opens_next_clause(q, after, index) and not self._dates_a_later_event(q, after, index):
                return after
            else:
                after = None
        before = index.last_before(q.start)
        while before is not None and (base := _INDEX_BASE.match(self.prose, before[1])) and base.end() <= q.start:
            before = index.last_before(before[0])
        while before is not None and _record_window(self.prose, before):
            before = index.last_before(before[0])
        before = self._outside_aside(before, q, index)
        if before is not None and (_present_clause_opens(self.prose, before[1], q.start)
                                   or _PRESENT_LEVEL_FIGURE.search(self.prose, max(before[1], q.start - 32), q.start)):
            # '413.33 ppm in April last year, now 416.21 ppm', 'by 2050 … from its current level of 145.5 million':
            # the figure is the present's
            before = None
        elif before is not None and not index.another_figures_own(before, q) \
                and not index.closes_compared_item(before, q):
            return before
        if after is None or index.semicolon_between(q.end, after[0]):
            return None
        if index.other_figure_with_verb(q, after[0]):
            return None
        if index.contrasted_later(q.end, after[0]):
            return None  # 'Egypt (10.2 % but more than 34 % in 2017)': the later year is the contrasted figure's
        if index.compared_figure_owns(q, after):
            return None  # 'reached 5.2 % …, after 1.6 % in 2021': the year is the compared figure's
        return after


# The reader of each branch of ``PERIOD``, as module data rather than a table of bound methods per
# draft: those that need the draft's date (``as_of``) and those that need nothing but the match.
_READER_VALUES: dict[str, Callable[[PeriodReader, Groups], str | None]] = {
    "decadeof": PeriodReader._decade_so_far, "mspan": PeriodReader._month_span, "nmonths": PeriodReader._first_months, "part": PeriodReader._part,
    "rel": PeriodReader._relative, "month": PeriodReader._month_alone, "past": PeriodReader._past_years,
    "ytd": PeriodReader._year_to_date, "dayonly": PeriodReader._day_alone, "yearto": PeriodReader._year_to_month,
    "trailing": PeriodReader._trailing_months,
    "relmonth": PeriodReader._relative_month, "mrel": PeriodReader._month_of_relative_year}


class _SentenceIndex:
    """A sentence's periods, comparison words, semicolons, verbs and figures, sorted for bisection.

    Only the valued periods are indexed up front: most sentences have none (then every figure's
    answer is None), and the other lists are needed only on the fallback paths, so each is built
    the first time it is asked for.
    """

    def __init__(self, prose: str, sentence: Sentence) -> None:
        self.prose = prose
        self.sentence = sentence
        self.valued = [p for p in sentence.periods if p[2]]  # in text order, never overlapping
        self.valued_starts = [p[0] for p in self.valued]
        self.valued_ends = [p[1] for p in self.valued]
        self._comparisons: tuple[list[int], list[int]] | None = None
        self._opening_starts: dict[re.Pattern[str], list[int]] = {}  # pattern → where it matches in the sentence
        self._contrasts: tuple[list[int], list[int], list[bool]] | None = None
        self._verbs: tuple[list[int], list[int]] | None = None
        self._figures_known = False
        self._single_years: tuple[list[Period], list[int]] | None = None
        self.figures: list[Quantity] = []
        self.figure_starts: list[int] = []
        self.figure_left_ends: list[int] = []
        self.next_other: list[int] = []
        self.respective: dict[int, str] | None = None  # figure start → its year under 'respectively'

    def single_years(self) -> tuple[list[Period], list[int]]:
        """The valued periods that name one year, and their ends (in text order, as they never
        overlap), built once: each figure then bisects instead of filtering every period again."""
        if self._single_years is None:
            years = [p for p in self.valued if _ONE_YEAR.fullmatch(p[2] or "")]
            self._single_years = years, [p[1] for p in years]
        return self._single_years

    def know_figures(self) -> None:
        """Index the figures (once), for the rules that compare a figure with its neighbours."""
        if not self._figures_known:
            self._figure_index()

    def _comparison_index(self) -> tuple[list[int], list[int]]:
        if self._comparisons is None:
            found = [m for m in _BASELINE_IN_GAP.finditer(self.prose, self.sentence.start, self.sentence.end)
                     if not _SPAN_END_QUALIFIER.search(self.prose, max(0, m.start() - 16), m.start())]
            self._comparisons = [m.start() for m in found], [m.end() for m in found]
        return self._comparisons

    def _figure_index(self) -> None:
        """The figures and, for ``other_figure_with_verb``, the next of another subject; read once the sentence's
        figures are all known."""
        self._figures_known = True
        figures = self.sentence.quantities
        self.figure_starts = [f.start for f in figures]
        self.figure_left_ends = [f.left_end for f in figures]
        self.figures = figures
        # next_other[i]: the first figure from i on whose subject differs from figure i's.
        self.next_other = [len(figures)] * len(figures)
        for i in range(len(figures) - 2, -1, -1):
            same = figures[i + 1].subject == figures[i].subject
            self.next_other[i] = self.next_other[i + 1] if same else i + 1

    def first_after(self, pos: int) -> Period | None:
        """The first valued period starting at or after ``pos`` with no comparison word before it."""
        i = bisect.bisect_left(self.valued_starts, pos)
        if i == len(self.valued):
            return None
        period = self.valued[i]
        comparison_starts, comparison_ends = self._comparison_index()
        c = bisect.bisect_left(comparison_starts, pos)
        if c < len(comparison_starts) and comparison_ends[c] <= period[0]:
            return None  # every later period has that comparison word before it too
        return period

    def last_before(self, pos: int) -> Period | None:
        i = bisect.bisect_right(self.valued_ends, pos)
        return self.valued[i - 1] if i else None

    def contrasted_later(self, low: int, high: int) -> bool:
        """'5.4 % but 9.2 % in 2019', '10.2 % but soared to more than 34 % in 2017': whether the first
        contrast (``_CONTRAST``) from ``low`` on ends by ``high`` with only verbs and fillers between its
        contrast word and its figure, so the year after that figure of the same thing is that figure's;
        'sales grew 4 % while profits fell 2 % in 2021' names a new subject, and the year is both. Found by
        bisection in the positions read once (a search from every figure to its year is quadratic in a
        run of figures)."""
        if _CONTRAST is None:
            return False
        if self._contrasts is None:
            self._contrasts = _contrast_index(self.prose, self.sentence.start, self.sentence.end)
        starts, ends, plain = self._contrasts
        i = bisect.bisect_left(starts, low)
        return i < len(starts) and ends[i] <= high and plain[i]

    def place_clause_between(self, low: int, high: int) -> bool:
        """Whether a clause about a place (``_PLACE_CLAUSE``) opens between ``low`` and ``high``."""
        return self._opens_between(_PLACE_CLAUSE, low, high)

    def semicolon_between(self, low: int, high: int) -> bool:
        return self._opens_between(_SEMICOLON, low, high)

    def _opens_between(self, pattern: re.Pattern[str], low: int, high: int) -> bool:
        """Whether ``pattern`` matches from a position between ``low`` and ``high``: its positions read once per
        sentence, then bisected (a search from every figure to a far year is quadratic in a run of figures)."""
        starts = self._opening_starts.get(pattern)
        if starts is None:
            starts = [m.start() for m in pattern.finditer(self.prose, self.sentence.start, self.sentence.end)]
            self._opening_starts[pattern] = starts
        i = bisect.bisect_left(starts, low)
        return i < len(starts) and starts[i] < high

    def another_figures_own(self, period: Period, q: Quantity) -> bool:
        """'up from 16.3 tonnes in 2010 and takes the total to 392 million': the year right after an earlier
        baseline figure ('from', ``baseline_markers``) is that figure's, when a new clause ('and' and several
        words) leads from it to ``q``; a year after a figure of its own ('reached 220 billion in 2022 and
        the population rose to 20.1 million') is still shared."""
        self.know_figures()
        i = bisect.bisect_right(self.figure_starts, period[0]) - 1
        if i < 0 or self.figures[i].start == q.start or self.figures[i].end > period[0]:
            return False
        figure = self.figures[i]
        if not _BASELINE_FIGURE.search(self.prose, max(0, figure.start - 24), figure.start):
            return False
        if period[0] - figure.end > _OWN_YEAR_REACH or _DIGIT_OR_BREAK.search(self.prose, figure.end, period[0]):
            return False
        return bool(_NEW_CLAUSE.match(self.prose, period[1], q.start))

    def ends_earlier_item(self, period: Period, q: Quantity) -> bool:
        """'764 billion dollars in 2005 and 990 billion dollars in 2006 and …': a year right after an earlier
        figure, with only a joiner ('and', a comma) between it and ``q``, closes that figure's item of a
        list; it is not named before ``q`` as its own."""
        return bool(_BARE_JOIN.fullmatch(self.prose, period[1], q.start)) and self.follows_earlier_figure(period, q)

    def follows_earlier_figure(self, period: Period, q: Quantity) -> bool:
        """``period`` stands right after a figure before ``q`` ('3.9 % in 2010'): that figure's own year."""
        self.know_figures()
        i = bisect.bisect_right(self.figure_starts, period[0]) - 1
        if i < 0 or self.figures[i].start >= q.start or self.figures[i].end > period[0]:
            return False
        figure = self.figures[i]
        return period[0] - figure.end <= _OWN_YEAR_REACH and not _DIGIT_OR_BREAK.search(self.prose, figure.end, period[0])

    def closes_compared_item(self, period: Period, q: Quantity) -> bool:
        """'Cameroon (0.6 % after 0.9 % in 2016), Chad (4.2 % …': the year right after a figure compared with
        the one before it (``compared_change_links``) is that compared figure's, and the list item it closes
        ('),', ';') is behind ``q``: the year dates the earlier item's comparison, not ``q``."""
        self.know_figures()
        i = bisect.bisect_right(self.figure_starts, period[0]) - 1
        if i < 0 or self.figures[i].start >= q.start or self.figures[i].end > period[0]:
            return False
        figure = self.figures[i]
        return bool(_COMPARED_FIGURE.search(self.prose, max(0, figure.left_end - 24), figure.left_end)) \
            and period[0] - figure.end <= _OWN_YEAR_REACH and not _DIGIT_OR_BREAK.search(self.prose, figure.end, period[0]) \
            and bool(_ITEM_CLOSED.search(self.prose, period[1], q.start))

    def compared_figure_owns(self, q: Quantity, period: Period) -> bool:
        """The figure right before ``period``, after ``q``, is one ``q`` is compared with ('after 1.6 % in
        2021', ``compared_change_links``), and the period stands right after it: that figure's year."""
        self.know_figures()
        i = bisect.bisect_right(self.figure_starts, period[0]) - 1
        if i < 0 or self.figures[i].start <= q.start or self.figures[i].end > period[0]:
            return False
        figure = self.figures[i]
        return bool(_COMPARED_FIGURE.search(self.prose, max(0, figure.left_end - 24), figure.left_end)) \
            and period[0] - figure.end <= _OWN_YEAR_REACH and not _DIGIT_OR_BREAK.search(self.prose, figure.end, period[0])

    def other_figure_with_verb(self, q: Quantity, before: int) -> bool:
        """A figure between ``q`` and ``before``, about something else, with a verb after ``q``."""
        self.know_figures()
        after = bisect.bisect_left(self.figure_starts, q.end)
        if after == len(self.figures) or self.figures[after].start >= before:
            return False  # no figure between (most figures: alone in their clause): the verbs are not read
        if self._verbs is None:  # read once per sentence, the first time a figure stands between
            verbs = list(_HAS_VERB.finditer(self.prose, self.sentence.start, self.sentence.end))
            self._verbs = [m.start() for m in verbs], [m.end() for m in verbs]
        verb_starts, verb_ends = self._verbs
        v = bisect.bisect_left(verb_starts, q.end)
        if v == len(verb_starts):
            return False
        verb_end = verb_ends[v]  # the earliest verb after q: any later figure sees it
        first = max(after, bisect.bisect_left(self.figure_left_ends, verb_end))
        i = first
        while i < len(self.figures) and self.figures[i].start < before:
            figure = self.figures[i]
            if figure.subject != q.subject:
                return figure.end <= before
            i = self.next_other[i]
        return False


_ONE_YEAR: Final = re.compile(_YEAR)
# a verb or noun of change (lexicon ``change_verbs``, ``change_nouns``) shortly before a 'from … to …'
# pair: a move between two readings, not a range of one period's figures ('estimates from 2 % to 3 %')
_CHANGE_WORD_BEFORE: Final = re.compile(rf"(?<![\w-])(?i:{alternation([*DIRECTION_OF, *NOUN_DIRECTION])})(?![\w-])")
_CHANGE_WORD_REACH: Final = 80
_TWO_YEARS: Final = re.compile(rf"({YEAR_1800_TO_2199})\s+(?i:and)\s+({YEAR_1800_TO_2199})")
_JUST_AND: Final = re.compile(r"\s+(?i:and)\s+")
# between two items of a list: a comma or 'and' (a glued prefix of languages.json set apart reads as a
# letter or two before the figure, 'و990')
_BARE_JOIN: Final = re.compile(r"\s*,?\s*(?:(?i:and)\s+|[^\W\d_]{1,2}\s*)?")
def _next_clause_join(most_words: int) -> re.Pattern[str]:
    """A joiner opening the next clause (lexicon ``next_clause_joiners``), then up to ``most_words`` words."""
    # spaces taken whole: '\s*,?\s+' tried every split of a long run of spaces (quadratic)
    return re.compile(rf"(?:\s*+,)?\s++(?i:{alternation(_MORE['next_clause_joiners'])})\s+(?:[^\W\d_]+\s+){{0,{most_words}}}")


def _figure_after_word(words: list[str]) -> re.Pattern[str]:
    """The text before a figure that ends with one of ``words`` (and at most three characters of the figure's)."""
    return re.compile(rf"(?<![\w])(?i:{alternation(words)})\s+\S{{0,3}}$")


_NEXT_CLAUSE_JOIN: Final = _next_clause_join(2)
# a word ordering another event against the figure, then up to four words before that event's year
_EVENT_ORDER_JOIN: Final = re.compile(rf"(?:\s*+,)?\s++(?i:{alternation(_MORE['event_order_words'])})\s+(?:[^\W\d_]+\s+){{0,4}}")
# a clause break, then a present word opening the clause (periods.json ``present_clause_words``), after at most a
# joiner ('and now', 'so now'; Dutch 'nu dus' glossed 'now so' has it after): what makes the rest the present's
_PRESENT_CLAUSE: Final = re.compile(rf"(?:[,;:]|\s[–—])\s*(?:(?i:{alternation([*_MORE['next_clause_joiners'], 'so'])})\s+)?"
                             rf"(?i:{alternation(_MORE['present_clause_words'])})(?![\w'’])")


_PRESENT_CLAUSE_REACH: Final = 80  # how far before its figure a clause that opens with 'now' starts ('…, and today it measures')


def _present_clause_opens(prose: str, period_end: int, figure_start: int) -> bool:
    """Whether the figure's own clause, after the period's (ending at ``period_end``), opens with a present word:
    the last clause break before the figure, within ``_PRESENT_CLAUSE_REACH`` of it, is followed by one ('…, now
    416.21 ppm'). A bounded window: a long sentence's many figures each look only near themselves."""
    low = max(period_end, figure_start - _PRESENT_CLAUSE_REACH)
    last = None
    for last in _CLAUSE_BREAK.finditer(prose, low, figure_start):
        pass
    return last is not None and _PRESENT_CLAUSE.match(prose, last.start(), figure_start) is not None


def in_present_clause(sentence: str, figure_start: int) -> bool:
    """Whether the figure at ``figure_start`` stands in a clause of ``sentence`` that opens with a present word
    ('413.33 ppm in April last year, now 416.21 ppm'): the one reading extraction and verification share."""
    return _present_clause_opens(sentence, 0, figure_start)
# the same, with more words ('… in December was 9.1 % and over the whole year 2022 averaged 7.1 %'): read
# only for a figure whose clause dated it before, so the later year is the next figure's, not a second one
_NEXT_CLAUSE_JOIN_LONG: Final = _next_clause_join(5)
_BASELINE_FIGURE: Final = _figure_after_word(LEX["baseline_markers"])
_COMPARED_FIGURE: Final = _figure_after_word(LEX["compared_change_links"])
_PRESENT_LEVEL_FIGURE: Final = _figure_after_word(_MORE["present_level_words"])
_OWN_YEAR_REACH: Final = 30  # '16.3 tonnes per person in 2010': how far a figure's own year may stand after it
# 'and' then three or more words up to the next figure: a clause of its own, not 'and imports 3 %'
_NEW_CLAUSE: Final = re.compile(r"\s+(?i:and)\s+(?:[^\W\d_][\w'’-]*[\s,]+){3,}\S*$")
# Literal first ("R" or "r", the guard after it), so ``re`` skips to those letters instead of trying the
# look-behind at every character of the sentence; the same matches as the plain form (tested).
_RESPECTIVELY_WORD: Final = "respectively"
_RESPECTIVELY: Final = re.compile("(?:" + caseless_literal_first(word_rests([_RESPECTIVELY_WORD]), r"(?<![\w].)") + r")(?![\w])")


_RELATIVE_MONTHS: dict[str, int] = {" ".join(k.lower().split()): int(v) for k, v in _MORE["relative_months"].items()}
# an anchored phrase the lexicon gives no count ('a year prior') is a year before its anchor
_ANCHORED: dict[str, int] = {" ".join(p.lower().split()): -1 if (offset := relative_year_offset(p)) is None else offset
                             for p in _MORE["anchored_relative"]}


def _bracketed_year(prose: str, q: Quantity) -> str | None:
    """The year a figure standing alone in brackets right after it belongs to, even a baseline's
    ('the highest since 1974 (9.5 %)': the 9.5 % is 1974's, as in 'since 1974, when it was 9.5 %')."""
    if opens_bracket_before(prose[max(0, q.start - 12):q.start]):
        m = _YEAR_BEFORE_BRACKET.search(prose, max(0, q.start - 12), q.start)
    elif _after_when_words(prose[max(0, q.start - 12):q.start]):
        assert _YEAR_BEFORE_WHEN_BRACKET is not None
        m = _YEAR_BEFORE_WHEN_BRACKET.search(prose, max(0, q.start - 40), q.start)
    else:
        return None  # nearly every figure: no bracket right before it
    if not m or not _BRACKET_CLOSE.match(prose, q.end):
        return None
    month = _MONTH_BEFORE_YEAR.search(prose, max(0, m.start(1) - 14), m.start(1))
    # 'the highest monthly average since March 1998 (1,488.87 won)': March 1998's, not the year's
    return f"{m.group(1)}-{_month(month.group('mb')):02d}" if month else m.group(1)


def _after_base_month(prose: str, reversed_prose: str, start: int) -> bool:
    """A month name stands right before ``start`` (a relative year) and a baseline word right before the
    month ('compared to December last year'): the year is the baseline's, as 'compared to December 2021' is."""
    month = _MONTH_BEFORE_YEAR.search(prose, max(0, start - 16), start)
    at = len(reversed_prose) - month.start() if month is not None else -1
    return month is not None and _BASELINE_BEFORE.pattern.match(reversed_prose, at, at + _BASELINE_REACH) is not None


_MONTH_BEFORE_YEAR: Final = re.compile(rf"(?<![\w])(?P<mb>{MONTHS})\.?,?\s+$")


# the white space, opening bracket and sign between a period and a figure standing alone in the bracket
_OPEN_BRACKET_BETWEEN: Final = re.compile(rf"\s*(?:{'|'.join(map(re.escape, _BRACKETS))})\s*[-+−]?")


def _bracketed_after_period(prose: str, q: Quantity, sentence: Sentence) -> str | None:
    """The period a figure standing alone in brackets right after it belongs to, when the sentence
    named it in words ('a slowdown compared to the previous year (5.2 %)' after 'over 2023': 2022;
    'in December 2022 (6.5 %)'): what ``_bracketed_year`` reads for a year written out."""
    if not opens_bracket_before(prose[max(0, q.start - 12):q.start]) or not _BRACKET_CLOSE.match(prose, q.end):
        return None  # nearly every figure: no bracket around it
    for start, end, value in sentence.periods:
        if end <= q.start and _OPEN_BRACKET_BETWEEN.fullmatch(prose, end, q.start):
            # a baseline keeps no value of its own ('compared to the previous year'), but the figure in
            # its bracket is the base year's: counted from the year the sentence named before it — or the
            # base month's or quarter's, from the month or quarter named before it ('up from the previous
            # quarter (1,087.1 won)' after 'the first quarter of 2015': the fourth quarter of 2014)
            earlier = [p for p in sentence.periods if p[1] <= start]
            return value or _anchored(prose[start:end], earlier) or _anchored_month(prose, prose[start:end], earlier, bracketed=True)
    return None


_BRACKET_OPENERS: Final = tuple(_BRACKETS)


def _before_sign(window: str) -> str:
    """``window`` without the white space and the sign at its end: what stands before a figure's digits."""
    rest = window.rstrip()
    if rest[-1:] in ("-", "+", "\u2212"):
        rest = rest[:-1].rstrip()
    return rest


def _after_when_words(window: str) -> bool:
    """Whether ``window`` ends with the last word of a ``year_bracket_when_words`` phrase (then white
    space and a sign at most): the cheap test before ``_YEAR_BEFORE_WHEN_BRACKET`` is searched."""
    words = _before_sign(window).rsplit(None, 1)
    return bool(words) and words[-1].lower() in _WHEN_LAST_WORDS


def opens_bracket_before(window: str) -> bool:
    """Whether ``window`` ends with an opening bracket, then white space and a sign at most: what
    ``_YEAR_BEFORE_BRACKET`` needs at its end, tested before that search tries every start."""
    return _before_sign(window).endswith(_BRACKET_OPENERS)


_ONLY_ANCHORED: Final = frozenset(" ".join(p.lower().split()) for p in _MORE["counted_only_from_another"])


def _only_anchored(phrase: str) -> bool:
    """'two years later': a year only when counted from one the sentence named, never from the draft's date."""
    return " ".join(phrase.lower().split()) in _ONLY_ANCHORED


def counted_from(phrase: str, year: int) -> int | None:
    """The year an anchored phrase ('the previous year', 'a year earlier') names when counted from ``year``,
    as the sentence's reading counts it; None for a phrase that is not one."""
    counted = _anchored(phrase, [(0, 0, str(year))])
    return None if counted is None else int(counted[:4])


def _anchored(phrase: str, before: list[Period]) -> str | None:
    """ "a year earlier" after a year the sentence named: counted from that year, not the draft's; after
    a month ('in May, up from 426.7 ppm a year earlier') it is the same month of the year counted."""
    offset = _ANCHORED.get(" ".join(phrase.lower().split()))
    if offset is None:
        return None
    named = _last_named(before)
    return None if named is None else str(int(named[:4]) + offset) + named[4:]


_ANCHORED_MONTHS: dict[str, int] = {" ".join(k.lower().split()): int(v) for k, v in _MORE["anchored_relative_months"].items()}
_MONTH_OR_MONTHS: Final = re.compile(r"(\d{4})-(\d\d)(?:/(\d{4})-(\d\d))?")


def _anchored_months(phrase: str) -> int | None:
    """The months 'a month earlier', 'the previous quarter' count (periods.json ``anchored_relative_months``)."""
    return _ANCHORED_MONTHS.get(" ".join(phrase.lower().split()))


def _anchored_month(prose: str, phrase: str, before: list[Period], bracketed: bool = False) -> str | None:
    """ "0.71 in May 2021, up from 0.72 a month earlier": the month (or the months of a quarter) counted
    from the last month or run of months the sentence (else its paragraph) named before the phrase, with
    its year written; None when the last period named is no month (a year alone says no month to count
    from) or a month whose year only the draft's date gives ('in December from 3.5 % the prior month' in
    an undated text: which year's November is as unknown as which December). ``bracketed``: the phrase is the
    base of a figure standing alone in brackets after it, which takes the counted period whenever the sentence
    wrote the year of the last period on its own before it ('2015 first quarter … the previous quarter (1,087.1)');
    the phrase itself dates no other figure of the sentence."""
    offset = _anchored_months(phrase)
    last = next((p for p in reversed(before) if p[2]), None)
    named = last[2] if last is not None and (_ONE_YEAR.search(prose, last[0], last[1])
                                             or bracketed and _year_named_before(last, before)) else None
    if named is None and last is not None and offset is not None:
        named = _same_month_written_before(prose, last)
    found = _MONTH_OR_MONTHS.fullmatch(named) if offset is not None and named else None
    if found is None:
        return None
    assert offset is not None

    def moved(year: str, month: str) -> str:
        return month_label(int(year), int(month), offset)
    first = moved(found.group(1), found.group(2))
    return first if found.group(3) is None else f"{first}/{moved(found.group(3), found.group(4))}"


def _year_named_before(last: Period, before: list[Period]) -> bool:
    """The year of ``last`` (a month or quarter written without one) is a year the sentence named on its own before
    it ('2015년 1분기', glossed '2015 1st quarter'): the quarter is of a year the text says, not the draft's date's."""
    year = (last[2] or "")[:4]
    return any(p[2] == year and p[1] <= last[0] for p in before)


# a month's name with its year written after it ('January 2023', 'Jan. 2023', 'December, 2022')
_MONTH_WITH_YEAR: Final = re.compile(rf"(?<![\w])(?P<month>(?i:{alternation(sorted(MONTH_NAMES, key=lambda w: (-len(w), w)))}))"
                              rf"\.?,?\s+(?P<year>{_YEAR})(?![\d])")


def _same_month_written_before(prose: str, last: Period) -> str | None:
    """The month ``last`` names without its year ('5.1 % in January, against 5.2 % the previous month'), dated by
    the nearest earlier mention of the same month with its year ('4.8 % in January 2023' a paragraph above): a
    reader takes the January the text already dated; None when the text wrote that month with no year before."""
    named = re.fullmatch(r"\d{4}-(\d\d)", last[2] or "")
    if named is None:
        return None
    month = int(named.group(1))
    years = [m.group("year") for m in _MONTH_WITH_YEAR.finditer(prose, 0, last[0]) if _month(m.group("month")) == month]
    return f"{years[-1]}-{month:02d}" if years else None


_BASE_LINKS: Final = re.compile(rf"(?<![\w])(?i:{alternation(_MORE['month_base_links'])})(?![\w])")


def _month_before_its_base(prose: str, m: re.Match[str], end: int) -> str | None:
    """ "424 ppm in May, 3 ppm more than … in May 2022": the month of the year after the one its sentence
    compares it with (``month_base_links``), whatever the draft's date; else None."""
    name = m.group("m4")
    same = re.compile(rf"(?<![\w]){re.escape(name)}\.?,?\s+(?P<y>{YEAR_1800_TO_2099})(?![\d])(?!\s+(?i:to|through|until|till)\b)",
                      re.IGNORECASE)
    later = same.search(prose, m.end(), end)
    if later is None or not _BASE_LINKS.search(prose, m.end(), later.start()):
        return _month_after_its_base(prose, m, end)
    return f"{int(later.group('y')) + 1}-{_month(name):02d}"


def _month_of_year_after(prose: str, before: Period, at: int) -> int | None:
    """The number of the month a month period ``before`` names, when it has a value and only spaces (and 'of') stand
    between it and the relative year at ``at`` ('in February this year'); else None."""
    if not before[2] or len(before[2]) != 7 or not _MONTH_VALUE.fullmatch(before[2]) \
            or not _SPACES_OF.fullmatch(prose, before[1], at):
        return None
    named = _MONTH_ENDING.search(prose, before[0], before[1])
    return _month(named.group("name")) if named is not None else None


_SPACES_OF: Final = re.compile(r"\s+(?:(?i:of)\s+)?")
_MONTH_ENDING: Final = re.compile(rf"(?<![\w])(?P<name>{MONTHS})\.?\Z")


_MONTH_BEFORE_LINKS: Final = re.compile(rf",?\s*(?i:{alternation(_MORE['month_before_words'])})\s+(?:the\s+month\s+of\s+)?"
                                 rf"(?P<name>{MONTHS})\.?,?\s+(?P<y>{YEAR_1800_TO_2099})(?![\d])", re.IGNORECASE)


def _month_after_its_base(prose: str, m: re.Match[str], end: int) -> str | None:
    """ "in December compared to November 2011", "in January against December 2023": a month named without its
    year, compared right after it (``month_before_words``) with the month just before it and that month's year, is
    of the year that follows from it — 2011's December, 2024's January — whatever the draft's date; else None."""
    name = m.group("m4")
    base = _MONTH_BEFORE_LINKS.match(prose, m.end(), end)
    if base is None:
        return None
    month, earlier = _month(name), _month(base.group("name"))
    if earlier != (month - 2) % 12 + 1:
        return None  # not the month just before: 'in May compared with March 2023' names no year-on-year base either
    return f"{int(base.group('y')) + (month == 1)}-{month:02d}"


def _anchored_to_later_year(found: list[Period], unanchored: list[tuple[int, str]]) -> list[Period]:
    """'From 2.8 % the previous year, inflation rose to 8.6 % in 2022': an anchored phrase with no year named
    before it counts from the one year its sentence names after it, when it names exactly one; else it
    keeps the draft's date."""
    for at, phrase in unanchored:
        later = {p[2] for p in found[at + 1:] if p[2] and _YEAR_ONLY.fullmatch(p[2])}
        start, end, _ = found[at]
        counted = _anchored(phrase, [(0, 0, next(iter(later)))]) if len(later) == 1 else None
        if counted is not None:
            found[at] = (start, end, counted)
    return found


_YEAR_ONLY: Final = re.compile(r"\d{4}")


def _last_named(before: list[Period]) -> str | None:
    """The last year or month the sentence named before here."""
    return next((p[2] for p in reversed(before) if p[2] and _YEAR_OR_MONTH.fullmatch(p[2])), None)


_SPAN_OPENER_RIGHT_BEFORE: Final = re.compile(rf"(?<![\w])(?i:{alternation(_MORE['span_openers'])})\s+\Z")


def opened_span(prose: str, start: int, end: int) -> bool:
    """Whether the period ``prose[start:end]`` is a span of years or months that a span opener starts ('from June
    2015 to June 2016', 'between 2010 and 2020'): the span is the figure's, its 'from' no baseline's — as the scan
    reads it (``periods_in``) for whoever reads a period's words again."""
    span = PERIOD.match(prose, start, end)
    return span is not None and span.lastgroup in ("yspan", "mspan") \
        and _SPAN_OPENER_RIGHT_BEFORE.search(prose, max(0, start - 12), start) is not None


def _dated_month_span(first_year: int, first: int, last_year: int, last: int) -> str | None:
    """The months from ``first`` of ``first_year`` to ``last`` of ``last_year`` ('March 2023 – February 2024': a
    twelve months' average, or a change over them), not the last month alone. The same month a year apart ('from
    December 2021 to December 2022') is a change over twelve months to the last: that month's 12-month rate, the last
    month's period. A span running backwards names no period."""
    if (first_year, first) >= (last_year, last):
        return None
    if first == last and last_year == first_year + 1:
        return f"{last_year}-{last:02d}"
    return f"{first_year}-{first:02d}/{last_year}-{last:02d}"


def _in_named_year(span: str, before: list[Period]) -> str:
    """ "In 2019, exports from January to October": a span of months with no year is in the year the
    sentence named before it, not the draft's."""
    named = _last_named(before)
    if named is None:
        return span
    first, last = span.split("/")
    return f"{named[:4]}{first[4:]}/{named[:4]}{last[4:]}"


def _part_in_named_year(part: str, before: list[Period]) -> str:
    """ "In 2022 the economy grew 3.1 %, and 1.2 % in the fourth quarter", "2.4 % in the third quarter of
    2021 and 1.1 % in the fourth quarter": a quarter or half with no year is of the year the sentence
    named before it (a year, a month or a part of one year), not the latest one ended by the draft's date."""
    year = next((named.group(1) for p in reversed(before) if p[2] and (named := _WITHIN_ONE_YEAR.fullmatch(p[2]))
                 and named.group(2) in (None, named.group(1))), None)
    if year is None:
        return part
    first, last = part.split("/")
    return f"{year}{first[4:]}/{year}{last[4:]}"


def _same_part_in_year(year: str, before: list[Period]) -> str:
    """ "3.5 % in the first nine months of 2021, up from 2.2 % for the same period in 2020": the part of one
    year the sentence named last before 'the same period' (a quarter, a half, months from January), in
    ``year``; the year itself when the sentence named no such part."""
    for period in reversed(before):
        named = _PART_OF_ONE_YEAR.fullmatch(period[2] or "")
        if named is not None and named.group(1) == named.group(3):
            return f"{year}{named.group(2)}/{year}{named.group(4)}"
    return year


_YEAR_OR_MONTH: Final = re.compile(r"\d{4}(?:-\d{2})?")
_WITHIN_ONE_YEAR: Final = re.compile(r"(\d{4})(?:-\d{2})?(?:/(\d{4})-\d{2})?")
_HAS_DIGIT: Final = re.compile(r"\d")


def _years_to(g: Groups) -> str | None:
    """ "the ten years to 2022", "the decade ending in 2022" → 2013/2022: the whole years up to and including it."""
    try:
        years = 10 if g("decade") else int(parse_number(g("ytn"))[0])
    except ValueError:
        return None
    if not 2 <= years <= 100:
        return None
    last = int(g("yty"))
    return f"{last - years + 1}/{last}"


def _trailing_months(g: Groups) -> str | None:
    """ "the 12 months ended October 2022" → 2021-11/2022-10."""
    try:
        months = int(parse_number(g("tn"))[0])
    except ValueError:
        return None
    if not 1 <= months <= 120:
        return None
    year, month = int(g("ty")), _month(g("tm"))
    end = month_label(year, month)
    return end if months == 1 else f"{month_label(year, month, 1 - months)}/{end}"


def _fiscal_year(g: Groups) -> str | None:
    """ "FY2023/24" → 2023/2024, the calendar years a fiscal year touches; "FY2023" → 2023."""
    first, last = g("fy1"), g("fy2")
    if not last:
        return first
    if len(last) == 2:
        last = first[:2] + last
    return f"{first}/{last}" if last > first else None


def _quarter_code(g: Groups) -> str | None:
    return _part_of_year(int(g("y4")), "quarter" if g("qk") == "Q" else "half", int(g("qn")))


def _date(g: Groups) -> str | None:
    """'January 1, 2021', '1 January 2021', 'the first of January 2021' or, year first as a gloss of Kazakh '2023 жылдың 1 қаңтары' reads,
    '2023 1 January': that day, when it is one."""
    day, month, year = (g("d5") or g("dw5"), g("m5"), g("y6")) if g("m5") else (g("d9"), g("m9"), g("y8")) if g("m9") \
        else (g("d6") or g("dw6"), g("m6"), g("y7"))
    try:
        number = int(day) if day.isdigit() else _DAY_ORDINALS[day.casefold()]  # 'first' → 1
        return dt.date(int(year), _month(month), number).isoformat()
    except ValueError:
        return None


def _numeric_date(g: Groups) -> str | None:
    """'14/08/2014', '31.12.2018', '2014-08-14': that day. A slash's two figures that may each be the month
    ('05/06/2014': the 5th of June or the 6th of May) name only their year; a figure over 12 tells which is the day."""
    if g("iy"):
        year, month, day = int(g("iy")), int(g("im")), int(g("id"))
    else:
        year, day, month = int(g("ny")), int(g("nd")), int(g("nm"))
        if g("ns") == "/" and day <= 12 and month <= 12 and day != month:
            return str(year)
        if month > 12 and g("ns") == "/":
            day, month = month, day  # '08/14/2014': month first, as US copy writes it
    try:
        return dt.date(year, month, day).isoformat()
    except ValueError:
        return str(year)


def _month_year(g: Groups) -> str | None:
    """'March 2022', 'March of 2022', or year first '2022 March' (the gloss of '2022 წლის მარტში')."""
    year, month = (g("y5"), g("m3")) if g("m3") else (g("y9"), g("m10"))
    return f"{year}-{_month(month):02d}"


# '2021 and 12 schools': a two-digit figure joined by a word, with a word after it, counts that word's thing;
# 'from 40 720 in 2013 to 43 610': one with a group of three digits after a space opens a spaced number
_COUNTED_AFTER_JOINING_WORD: Final = re.compile(r"[ \t]+[^\W\d_]|[ \t\u00a0\u202f]\d{3}(?!\d)")
_FIRST_YEAR_ALONE: Final = re.compile(rf"(?P<year>(?P<y>{_YEAR}))")  # the "year" branch's reading of a span's first year


def _tail_year(first_year: str, tail: str) -> str | None:
    """The later year a two-digit tail names ('2019-20' → 2020, '1999–00' → 2000), or None where no
    reader takes it for one: not later than the first year ('2021 and 12')."""
    later = int(first_year[:2] + tail)
    if later <= int(first_year):
        later += 100  # the century turned: '1999–00'; a span of a decade at most
        if later - int(first_year) > 10:
            return None
    return str(later)


def _not_a_year_span(prose: str, m: re.Match[str]) -> bool:
    """A span whose two-digit end is no year's tail: 'in 2021 and 12 schools', 'from 2019 to 15 in
    2020' (a count after a joining word), or 'in 2021 and 12.' (no later year); the first year stands alone."""
    tail = m.group("ye").lstrip("’'")
    if len(tail) != 2:
        return False
    joined_by_word = prose[m.end("ys"):m.start("ye")].strip().isalpha()
    return _tail_year(m.group("ys"), tail) is None \
        or joined_by_word and _COUNTED_AFTER_JOINING_WORD.match(prose, m.end()) is not None


def ends_a_year_span(prose: str, sentence: Sentence, start: int, end: int) -> bool:
    """Whether the figure at ``start``–``end`` is the end of a span of years its sentence names ('in 2021
    and 22', '2019 to 20'): the later year's digits, no count of anything."""
    ends = sentence.year_span_ends
    if ends is None:  # once per sentence, each span's end to its earliest start: a sentence of thousands of
        ends = sentence.year_span_ends = {}  # figures (Thai writes no full stop) asks once for each of them
        for period_start, period_end, value in sentence.periods:
            if value and "/" in value and YEAR_WRITTEN.match(prose, period_start):
                ends[period_end] = min(period_start, ends.get(period_end, period_start))
    earliest = ends.get(end)
    return earliest is not None and earliest < start


def _year_span(g: Groups) -> str | None:
    first_year, last_year = g("ys"), g("ye")
    last_year = last_year.lstrip("’'")  # "2008-’09": the elided century marked
    if len(last_year) == 2:
        return f"{first_year}/{tail}" if (tail := _tail_year(first_year, last_year)) else None  # "2019-20" → 2019/2020
    if last_year < first_year and _JUST_AND.search(g("yspan")):
        # 'in 2021 and 2020 … 3.4 % and 0.7 %, respectively': two years listed newest first, each
        # figure its own (``_respective`` pairs them in text order); alone they span both years
        return f"{last_year}/{first_year}"
    return f"{first_year}/{last_year}" if last_year > first_year else None


_PAST_PREPOSITION: Final = re.compile(rf"(?i:{alternation(_MORE['past_prepositions'])})(?![\w])")


def _year_edge_day(g: Groups) -> str | None:
    """'the first day of 2022' → 2022-01-01; '2021's last day' → 2021-12-31."""
    words, table = (g("eb"), _EDGE_DAYS["before_year"]) if g("eb") else (g("ea"), _EDGE_DAYS["after_year"])
    day = table.get(" ".join(words.lower().split())) or table.get(" ".join(words.lower().replace("’", "'").split()))
    return f"{g('ey1') or g('ey2')}-{day}" if day else None


def _year(g: Groups) -> str | None:
    return g("y")


def _decade(g: Groups, last_year: int | None = None) -> str:
    """ "in the 1980s" → 1980/1989; a decade still running ends at ``last_year`` (the draft's)."""
    first = int(g("dy"))
    last = first + 9 if last_year is None or last_year < first else min(first + 9, last_year)
    return f"{first}/{last}" if last > first else str(first)


def _month(name: str) -> int:
    return MONTH_NAMES[name.lower().rstrip(".")]


def _part_of_year(year: int | None, part: str, index: int) -> str | None:
    if year is None:
        return None
    if part == "half":
        if index > 2:
            return None
        first = 1 if index == 1 else 7
        return f"{year}-{first:02d}/{year}-{first + 5:02d}"
    first = 3 * (index - 1) + 1
    return f"{year}-{first:02d}/{year}-{first + 2:02d}"


_PLAIN_VALUES: dict[str, Callable[[Groups], str | None]] = {
    "qcode": _quarter_code, "monthyear": _month_year, "yearmonth": _month_year, "mdate": _date, "dmdate": _date, "ymdate": _date, "numdate": _numeric_date,
    "yspan": _year_span, "year": _year, "yearsto": _years_to,
    "fiscal": _fiscal_year, "yedge": _year_edge_day}
