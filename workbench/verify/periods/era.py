"""A change over a named era ('over the years of independence, the population increased by 2.5
million', 'since the fall of the Soviet Union', 'since joining the EU', 'over the past decade'): the
change from the era's first year to the figure's own, read as a span (``observations.observe_span``).

The era's first year is, in order: a year its phrase names ('since independence in 1991', 'since the
2008 crisis'); a year an earlier sentence names beside the era's own word ('Kazakhstan gained
independence in 1991.'); a relative span counted back from the figure's year ('the past decade');
the year ``data/eras.json`` gives for the place the figure is about. With none the start is unknown:
the claim is sent to a person (``span_start_unknown``), never read as a one-year change — unless the table
says the era ended before any series' first row ('pre-industrial'): then no row holds its first end, and the
claim is unsupported (``span_before_records``), as any period before the data is."""

from __future__ import annotations

import re
from dataclasses import dataclass
from functools import lru_cache

from ...config import Tolerances
from ...matching import ClaimContext
from ...matching.carried import read_periods, sentences
from ...matching.context import sentence_figures
from ...models import Claim, Flag, Kind, Verdict
from ...numbers import WORD_VALUES, alternation, data_json, lexicon
from ...periods import DAY, MONTH, MULTI_YEAR, QUARTER, YEAR, Period, granularity, try_parse_period
from ...places import is_marker
from ..decision import Decision, Reason
from ..observations import last_published_year
from ...text import first_match_between
from ..wording import holds_any

_YEAR = re.compile(r"\b(1[6-9]\d\d|20\d\d)\b")


@dataclass(frozen=True)
class Era:
    """The era a claim's sentence names: its phrase, and where its first year came from (None: unknown)."""

    phrase: str
    start: int | None
    source: str  # 'the phrase', 'an earlier sentence', 'the past decade', 'the era table', ''
    before_records: bool = False  # the era table says it ended before any series' first row ('pre-industrial')


@lru_cache(maxsize=1)
def _data() -> dict:
    return data_json("eras.json")


@lru_cache(maxsize=1)
def _era_names() -> dict[str, str]:
    """Each era word, case and spacing folded → its era's name."""
    names: dict[str, str] = {}
    for name, era in _data()["eras"].items():
        for w in era["words"]:
            names.setdefault(" ".join(w.casefold().split()), name)  # the first era listing a word names it
    return names


@lru_cache(maxsize=1)
def _era_pattern() -> re.Pattern[str]:
    d = _data()
    # each era word once, its name looked up from the words matched
    return re.compile(rf"\b(?P<opener>{alternation(d['openers'])})\s+(?:the\s+)?"
                      rf"(?P<era>{alternation(list(dict.fromkeys(w for e in d['eras'].values() for w in e['words'])))})"
                      r"(?:\s+(?:in|of)\s+(?P<year>(?:1[6-9]|20)\d\d))?\b", re.IGNORECASE)


@lru_cache(maxsize=1)
def _relative_pattern() -> re.Pattern[str]:
    d = _data()
    count = rf"(?:\d{{1,3}}|{alternation([w for w in WORD_VALUES if WORD_VALUES[w] < 100])})"
    return re.compile(rf"\b(?:{alternation(d['relative_openers'])})\s+(?:(?P<count>{count})\s+)?"
                      rf"(?P<unit>{alternation(list(d['relative_units']))})\b", re.IGNORECASE)


def relative_span(text: str) -> tuple[str, int] | None:
    """The first span ``text`` counts back from its own time ('during the last decade': 10, 'over the
    past five years': 5): its phrase and its years; None when it names none, or none of a known length."""
    return _span_of_years(_relative_pattern().search(text))


def relative_span_between(text: str, start: int, end: int) -> tuple[str, int] | None:
    """``relative_span(text[start:end])``, the text's spans found once for every figure that asks of the stretch
    before or after it (``text.first_match_between``); a ``start`` inside a word is read as the cut text."""
    if start < 0 or 0 < start < len(text) and _WORD_CHAR.match(text, start - 1) and _WORD_CHAR.match(text, start):
        return relative_span(text[start:end])
    return _span_of_years(first_match_between(_relative_pattern(), text, start, end))


_WORD_CHAR = re.compile(r"\w")


def _span_of_years(found: re.Match[str] | None) -> tuple[str, int] | None:
    if found is None or (not found.group("count")
                         and found.group("unit").casefold() in _data().get("relative_units_counted_only", ())):
        return None  # 'in the last years': no count of years
    return found.group(0), _relative_years(found)


def _era_name(words: str) -> str | None:
    return _era_names().get(" ".join(words.casefold().split()))


def _relative_years(relative: re.Match[str]) -> int:
    """The years a relative span counts back ('the last ten years': 10, 'the past decade': 10)."""
    count = relative.group("count")
    n = int(count) if count and count.isdigit() else int(WORD_VALUES.get((count or "").casefold(), 1))
    return n * _data()["relative_units"][relative.group("unit").casefold()]


def _place_keys(ctx: ClaimContext) -> list[str]:
    """The places the claim is about, nearest first: its sentence, then the layers a place is carried from."""
    keys = [t.split(":", 1)[1] for t in sorted(ctx.sentence) if is_marker(t)]
    for _layer, words in ctx.layers:
        keys += [t.split(":", 1)[1] for t in sorted(words) if is_marker(t) and t.split(":", 1)[1] not in keys]
    return keys


def _year_beside(word: str, texts: list[str]) -> int | None:
    """A year an earlier text names within a few words of the era's own word ('gained independence in
    1991', 'the 1991 independence'), nearest text first; None when it names none or several."""
    near = _near_word(word.split()[-1])
    for text in texts:
        years = {int(a or b) for a, b in near.findall(text)}
        if len(years) == 1:
            return years.pop()
        if years:
            return None
    return None


@lru_cache(maxsize=64)
def _near_word(last: str) -> re.Pattern[str]:
    core = re.escape(last[:max(5, len(last) - 3)]) + r"\w*"  # 'independence': 'independent' too
    return re.compile(rf"\b{core}(?:\W+\w+){{0,3}}?\W+(1[6-9]\d\d|20\d\d)\b"
                      rf"|\b(1[6-9]\d\d|20\d\d)\b(?:\W+\w+){{0,2}}?\W+{core}", re.IGNORECASE)


def _after_record(sentence: str, at: int, tol: Tolerances) -> bool:
    """The words before ``at`` (eight, in its clause) hold a record's word: 'the lowest since 2016'."""
    clause = re.split(r"[;:]|,\s", sentence[:at])[-1]
    return holds_any(" ".join(clause.split()[-8:]), tol.record_words)


_BRACKETED = re.compile(r"\([^()]*\)")
_GLUED_TO_WORD = re.compile(r"[^\W\d_]")  # 'G7', 'CO2': part of a name, not a figure


def _another_figures(sentence: str, claim_offset: int, claim_end: int, at: int) -> bool:
    """A figure of the sentence's own (not a year, not in brackets, not part of a name like 'G7', not
    the claim's own group such as the target of 'grew by 40% to 22.4 million') stands between the claim's
    end and ``at``: a phrase after it ('2.3 ppm compared with 2022 and 151 % above pre-industrial
    levels') is that figure's."""
    if claim_end >= at:
        return False
    _starts, figures, group_of = sentence_figures(sentence)
    bracketed = [m.span() for m in _BRACKETED.finditer(sentence)]
    own = next((group_of[i] for i, pos in enumerate(figures) if claim_offset <= pos < claim_end), None)
    for i, pos in enumerate(figures):
        if not claim_end <= pos < at or group_of[i] == own:
            continue
        if pos > 0 and _GLUED_TO_WORD.match(sentence, pos - 1):
            continue
        if any(a <= pos < b for a, b in bracketed):
            continue
        return True
    return False


# what stands between a span's phrase and a figure it governs: the noun it comes before, where a language puts
# it first (Chinese '过去十年平均增幅(2.4 ppm)', glossed 'over the past ten years average increase (2.4 ppm)'), a
# bracket, a colon or a dash, and a qualifier's word or two ('over the past ten years (2.4 ppm)', '… over the past
# decade: about 2.4 ppm'); not a comma, which lists the claim's own span beside another figure ('rose 20 % over
# the past decade, 5 % in 2023')
_CLAUSE_BREAK = re.compile(r"[;:]|,\s")
_GOVERNED_GAP = re.compile(r"\s*(?:[^\W\d_]+\s+){0,3}?[(\[:–—]\s*(?:[^\W\d_]+\s+){0,2}")


def _phrase_of_the_figure_after(sentence: str, phrase: re.Match[str], claim_offset: int, claim_end: int) -> bool:
    """'… rose 2.5 ppm, higher than the average increase over the past ten years (2.4 ppm)': a span's phrase in
    a later clause than the claim, followed at once by another figure (in a bracket or an apposition), is that
    figure's, the one it is nearest and governs. In the claim's own clause it stays the claim's ('grew by 467 %
    since independence in 1963 (9 million then)')."""
    phrase_end = phrase.end()
    if claim_end > phrase.start() or not _CLAUSE_BREAK.search(sentence, claim_end, phrase.start()):
        return False
    _starts, figures, _group_of = sentence_figures(sentence)
    following = next((pos for pos in figures if pos >= phrase_end), None)
    if following is None or claim_offset <= following < claim_end:
        return False
    if following > 0 and _GLUED_TO_WORD.match(sentence, following - 1):
        return False
    return _GOVERNED_GAP.fullmatch(sentence, phrase_end, following) is not None


def _span_of_an_earlier_figure(sentence: str, span_end: int, ctx: ClaimContext) -> bool:
    """'During the last decade the average increase was 2 ppm, but in 2015 the level grew 3.05 ppm': a span
    before another figure of the sentence, when the claim's own clause names its year, is that figure's."""
    if span_end >= ctx.claim_offset or not _YEAR.search(sentence, *ctx.clause_span):
        return False
    _starts, figures, _group_of = sentence_figures(sentence)
    bracketed = [m.span() for m in _BRACKETED.finditer(sentence)]
    return any(span_end <= pos < ctx.clause_span[0] and not (pos > 0 and _GLUED_TO_WORD.match(sentence, pos - 1))
               and not any(a <= pos < b for a, b in bracketed) and not _YEAR.match(sentence, pos)
               for pos in figures)


def find_era(claim: Claim, ctx: ClaimContext, end: int, tol: Tolerances) -> Era | None:
    """The era the claim's sentence names before or around its figure, with its first year; a phrase after
    another figure of the sentence is that figure's."""
    sentence = claim.sentence
    found = next((m for m in _era_pattern().finditer(sentence) if not _after_record(sentence, m.start(), tol)
                  and not _another_figures(sentence, ctx.claim_offset, ctx.claim_end, m.start())
                  and not _phrase_of_the_figure_after(sentence, m, ctx.claim_offset, ctx.claim_end)), None)
    if found is not None:
        if found.group("year"):
            return Era(found.group(0), int(found.group("year")), "the phrase")
        inner = _YEAR.search(found.group("era"))  # 'since the 2008 crisis'
        if inner:
            return Era(found.group(0), int(inner.group(1)), "the phrase")
        beside = _year_beside(found.group("era"), claim_texts_before(ctx))
        if beside is not None:
            return Era(found.group(0), beside, "an earlier sentence")
        name = _era_name(found.group("era"))
        entry = _data()["eras"].get(name or "", {})
        years = entry.get("years", {})
        for key in [*_place_keys(ctx), "*"]:
            if key in years:
                return Era(found.group(0), int(years[key]), "the era table")
        return Era(found.group(0), None, "", before_records=bool(entry.get("before_records")))
    relative = _relative_pattern().search(sentence)
    if relative is not None and not _after_record(sentence, relative.start(), tol) \
            and not _another_figures(sentence, ctx.claim_offset, ctx.claim_end, relative.start()) \
            and not _phrase_of_the_figure_after(sentence, relative, ctx.claim_offset, ctx.claim_end) \
            and not _span_of_an_earlier_figure(sentence, relative.end(), ctx):
        return Era(relative.group(0), end - _relative_years(relative), relative.group(0).split(None, 2)[-1])
    return _era_of_the_multiple_before(claim, ctx, end, tol)


@lru_cache(maxsize=1)
def _multiple_pattern() -> re.Pattern[str]:
    """A figure written as a multiple: '3 times', '3-fold', '3fold'."""
    words = data_json("multiples.json")
    return re.compile(rf"\d\s*(?:{alternation(words['multiple_words_after_figure'])}"
                      rf"|-?(?:{alternation(words['multiple_suffixes'])}))\b", re.IGNORECASE)


def _era_of_the_multiple_before(claim: Claim, ctx: ClaimContext, end: int, tol: Tolerances) -> Era | None:
    """'Since the start of the century Ethiopia's economy grew 19 times. Kazakhstan's grew 14 times.': a
    multiple whose sentence names no period of its own continues the list of multiples the sentence before
    it, in its paragraph, gave over an era; that era's first year, when the era has one."""
    if claim.unit != "x" or claim.period or _YEAR.search(claim.sentence):
        return None
    previous = (sentences(ctx.paragraph) or [""])[-1]
    if not _multiple_pattern().search(previous):
        return None
    found = next((m for m in _era_pattern().finditer(previous) if not _after_record(previous, m.start(), tol)), None)
    if found is None:
        return None
    name = _era_name(found.group("era"))
    years = _data()["eras"].get(name or "", {}).get("years", {})
    start = found.group("year") or next((years[key] for key in [*_place_keys(ctx), "*"] if key in years), None)
    return None if start is None else Era(found.group(0), int(start), "the sentence before")


def claim_texts_before(ctx: ClaimContext) -> list[str]:
    """The text before the claim's sentence a reader has seen, nearest first (its paragraph and heading,
    then earlier paragraphs, the title, front matter)."""
    near = [text for _layer, text in ctx.basis_texts if text]  # its paragraph, the heading, earlier paragraphs
    return near + [text for _layer, _words, text in ctx.measure_layers if text and text not in near]


def _counted_span(claim: Claim, period: Period, tol: Tolerances) -> Claim:
    """'Fell by 300,000 in the last ten years', read as the ten yearly rows 2014–2023: a change over ten
    years runs from the row before them (2013), as 'the past decade' does."""
    relative = _relative_pattern().search(claim.sentence)
    if relative is None or _after_record(claim.sentence, relative.start(), tol):
        return claim
    years = _relative_years(relative)
    if period.end.year - period.start.year + 1 != years:
        return claim
    return claim.model_copy(update={"period": f"{period.start.year - 1}/{period.end.year}"})


def _averaged_over_its_span(ctx: ClaimContext, tol: Tolerances) -> bool:
    """'The average increase over the past ten years (2.4 ppm)': the figure's own clause calls it an average
    (``average_words``), the mean of the span's yearly changes, read from the ten years' own rows; not the
    change over them, which runs from the row before the first."""
    if not ctx.sentence_text:
        return False
    # a bracket is no clause break here: '… average increase (2.4 ppm)' is the bracket's noun's figure
    clause = re.split(r"[;:]|,\s", ctx.sentence_text[:ctx.claim_offset])[-1]
    return holds_any(clause, tol.average_words)


@lru_cache(maxsize=1)
def _compared_link() -> re.Pattern[str]:
    return re.compile(rf"\b(?:{alternation(lexicon()['compared_change_links'])})\b", re.IGNORECASE)


def seen_from_the_year_compared(claim: Claim, ctx: ClaimContext) -> Claim:
    """'CO2 rose 2.5 ppm in 2020, higher than the average increase over the past ten years (2.4 ppm)': a mean
    over a span counted back, compared with a figure of the one year its sentence names before the comparison
    ('than', ``compared_change_links``), is seen from that year: the ten years to 2020, not to the draft's."""
    period = try_parse_period(claim.period) if claim.period else None
    sentence = ctx.sentence_text
    if period is None or granularity(period) != MULTI_YEAR or not sentence:
        return claim
    links = [m for m in _compared_link().finditer(sentence, 0, ctx.claim_offset)]
    if not links:
        return claim
    # the span counted back stands between the comparison and the figure: the compared side's own
    relative = relative_span(sentence[links[-1].end():ctx.claim_offset])
    years = period.end.year - period.start.year + 1
    if relative is None or relative[1] != years:
        return claim
    before = sentence[:links[-1].start()]
    named = {p for _start, _end, p in read_periods(before, ctx.as_of) if p}
    parsed = [try_parse_period(p) for p in named]
    yearly = {p.start.year for p in parsed if p is not None and granularity(p) == YEAR}
    if len(yearly) != 1 or not _another_figure_before(before):
        return claim
    seen_from = yearly.pop()
    if seen_from >= period.end.year:
        return claim
    return claim.model_copy(update={"period": f"{seen_from - years + 1}/{seen_from}"})


def _another_figure_before(before: str) -> bool:
    """The text before the comparison holds a figure that is no year: the one the mean is compared with."""
    _starts, figures, _group_of = sentence_figures(before)
    return any(not _YEAR.match(before, pos) for pos in figures)


def _end_year(claim: Claim, ctx: ClaimContext, tol: Tolerances) -> int | None:
    if not claim.period:
        return last_published_year(ctx.as_of, tol)
    period = try_parse_period(claim.period)
    if period is None or granularity(period) not in (YEAR, QUARTER, MONTH, DAY):
        return None  # a span of its own ('between 1991 and 2021') is read as written
    return period.end.year


def era_span_claim(claim: Claim, ctx: ClaimContext, tol: Tolerances) -> tuple[Claim, Era | None]:
    """The change claim with its period widened to 'first year of the era/its own year'; the era
    found (its start None when unknown), or None when the sentence names no era."""
    before_records = before_records_era_in_clause(claim, ctx, tol)
    if before_records is not None:
        return claim, before_records
    # a multiple ('grew 14 times since the start of the century') is the era's last year over its first, as
    # 'from 2000 to 2023' reads it: never one year's change
    if claim.kind is not Kind.change or claim.unit == "pp":
        return claim, None
    period = try_parse_period(claim.period) if claim.period else None
    if period is not None and granularity(period) == MULTI_YEAR:
        if _averaged_over_its_span(ctx, tol):
            return seen_from_the_year_compared(claim, ctx), None
        return _counted_span(claim, period, tol), None
    end = _end_year(claim, ctx, tol)
    if end is None:
        return claim, None
    era = find_era(claim, ctx, end, tol)
    if era is None:
        return claim, None
    if era.start is not None and era.start == end and claim.period:
        # 'since independence in 1991', 'since 2017': the year the figure was dated by is the era's first
        end = last_published_year(ctx.as_of, tol)
    if era.start is None:
        return claim, era
    if not era.start < end:
        return claim, None
    return claim.model_copy(update={"period": f"{era.start}/{end}"}), era


@lru_cache(maxsize=1)
def _before_records_pattern() -> re.Pattern[str]:
    """The words of the eras the table says ended before any series' first row ('pre-industrial levels')."""
    words = [w for era in _data()["eras"].values() if era.get("before_records") for w in era["words"]]
    return re.compile(rf"(?<![\w-])(?:{alternation(list(dict.fromkeys(words)))})(?![\w-])", re.IGNORECASE)


def before_records_era_in_clause(claim: Claim, ctx: ClaimContext, tol: Tolerances) -> Era | None:
    """'… 50 % higher than in the pre-industrial era', '149 % of the pre-industrial level', 'compared with
    pre-industrial times, up 46 %': a percent whose own clause names an era that ended before every series'
    first row compares the figure's time with that era, whatever words link them (a gloss rarely keeps
    'since' or 'above' right before the era's word) and whether it is read as a change, a share or a ratio:
    no row holds the era's end, so nothing can judge it. The era's words must be the figure's: no other
    figure of the sentence (no year, nothing in brackets) stands between them, nor a record's word ('50 %, the
    fastest rise since pre-industrial times' ranks another figure, which other rules read)."""
    sentence = ctx.sentence_text
    if claim.unit != "%" or not sentence or not claim.sentence:
        return None
    lo, hi = ctx.clause_span
    if not lo <= ctx.claim_offset < hi:
        return None
    for found in _before_records_pattern().finditer(sentence, lo, hi):
        if found.start() >= ctx.claim_end:
            between = (ctx.claim_end, found.start())
        elif found.end() <= ctx.claim_offset:
            between = (found.end(), ctx.claim_offset)
        else:
            continue
        if _figure_between(sentence, *between) or holds_any(sentence[slice(*between)], tol.record_words):
            continue
        # the phrase as the reader says it, its opener with it when it has one ('above pre-industrial levels')
        opened = next((m.group(0) for m in _era_pattern().finditer(sentence, lo, found.end())
                       if m.end("era") == found.end()), found.group(0))
        return Era(opened, None, "", before_records=True)
    return None


def _figure_between(sentence: str, start: int, end: int) -> bool:
    """A figure of the sentence (no year, none in brackets, none part of a name like 'CO2') starts in [start, end)."""
    _starts, figures, _group_of = sentence_figures(sentence)
    bracketed = [m.span() for m in _BRACKETED.finditer(sentence)]
    return any(start <= pos < end and not (pos > 0 and _GLUED_TO_WORD.match(sentence, pos - 1))
               and not any(a <= pos < b for a, b in bracketed) and not _YEAR.match(sentence, pos)
               for pos in figures)


def era_review(decision: Decision, era: Era | None) -> Decision:
    """A change over an era whose first year nothing gives: for a person, never a one-year change. One from an
    era before every series' first row ('since pre-industrial times') has no row of its first end: unsupported."""
    if era is None or era.start is not None:
        return decision
    if era.before_records:
        return Decision(Verdict.unsupported, Reason.SPAN_BEFORE_RECORDS, [], series=era.phrase)
    if decision.lead:
        return decision.for_review(Reason.SPAN_START_UNKNOWN, series=era.phrase)
    return Decision(Verdict.needs_review, Reason.SPAN_START_UNKNOWN, [Flag.needs_review], series=era.phrase)


def era_note(era: Era | None) -> str:
    """Where the era's first year came from, for the explanation."""
    if era is None or era.start is None:
        return ""
    return f" ({era.phrase!r} read as from {era.start}, from {era.source}.)"
