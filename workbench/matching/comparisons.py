"""A place on the other side of a comparison is not the figure's: in '144.1 million, compared to
329.4 million in the United States' the United States is the second figure's; in 'Iran is above the
global average at 2.00 t' the world is the baseline and Iran the subject. Words in data/places.json
(``comparison_before_place``, ``own_figure_links``, ``succession_words``) and the lexicon
(``comparison_words``); in 'Burkina Faso leads with 14.1 %, followed by Mali with 9.6 %' Mali is the
second figure's."""

from __future__ import annotations

import re
from functools import lru_cache

from ..extraction.periods import YEAR_DIGITS
from ..extraction.vocabulary import RELATIVE
from ..numbers import alternation, comparison_words, data_json, figure_lead_words, lexicon
from ..text import clause_span, search_once
from .descriptions import member_nouns
from .sentence_scan import longest_literal, search_between, starts_at

_NUMERAL = re.compile(r"\d")
_YEAR_ONLY = re.compile(rf"{YEAR_DIGITS}(?!\d|[.,]\d)")  # a bare year, no part of a longer figure ('2,020')


@lru_cache(maxsize=1)
def comparison_word() -> re.Pattern[str]:
    """A comparison word of the lexicon ('than', 'compared with') standing as words."""
    return re.compile(rf"(?<![\w]){comparison_words()}(?![\w])", re.I)


@lru_cache(maxsize=1)
def _comparison_longest() -> int:
    return longest_literal(lexicon().get("comparison_words", []))


def comparison_between(text: str, lo: int, hi: int) -> bool:
    """A comparison word stands in ``text[lo:hi]`` (``comparison_word().search(text, lo, hi)``): the
    text's comparison words are found once, so the figures of one sentence each ask in little time."""
    return search_between(comparison_word(), text, lo, hi, _comparison_longest())


@lru_cache(maxsize=1)
def _patterns() -> tuple[re.Pattern[str], re.Pattern[str], re.Pattern[str], re.Pattern[str]]:
    rules = data_json("places.json")
    after = comparison_word()
    # the places overtaken may be listed, the one weighed last: 'overtook Canada, Italy and Russia' (each item a
    # name of at most three words, the first capitalised, no figure)
    listed = r"(?:(?-i:[A-Z])[\w'’.-]*(?:\s+[\w'’.-]+){0,2}?(?:\s*,\s*(?:and\s+)?|\s+and\s+|\s*&\s*)(?:the\s+)?){0,4}"
    before = re.compile(rf"(?<![\w])(?:{alternation(rules['comparison_before_place'])})\s+(?:the\s+)?{listed}$", re.I)
    links = alternation(rules["own_figure_links"])
    # the place and at most four words before the link: 'the global average per capita rate of 1.30 t'
    own = re.compile(rf"[\w'’.-]+(?:\s+[\w'’.-]+){{0,4}}?\s*(?:(?<![\w])(?:{links})\s+|[:,(]\s*){figure_lead_words()}\W{{0,2}}$", re.I)
    gate = re.compile(rf"(?<![\w])(?:{comparison_words()}|"
                      rf"{alternation(rules['comparison_before_place'])}|"
                      rf"{alternation(rules['succession_words'])}|{alternation(rules['ranking_baseline_words'])})(?![\w])", re.I)
    return after, before, own, gate


@lru_cache(maxsize=1)
def _succession() -> re.Pattern[str]:
    """A succession word ('followed by', 'ahead of') standing as words."""
    words = data_json("places.json")["succession_words"]
    return re.compile(rf"(?<![\w])(?:{alternation(words)})(?![\w])", re.I)


@lru_cache(maxsize=1)
def _ranked_against() -> re.Pattern[str]:
    """A ranking word ('behind', 'ahead of': ``ranking_baseline_words``) ending the text before a place."""
    words = data_json("places.json")["ranking_baseline_words"]
    return re.compile(rf"(?<![\w])(?:{alternation(words)})\s+(?:the\s+)?$", re.I)


@lru_cache(maxsize=1)
def _compared() -> re.Pattern[str]:
    """A comparison word of the lexicon ('than', 'compared with'), or a word setting a place against
    the figures ('unlike'), ending the text before a place."""
    rules = data_json("places.json")
    baselines = alternation(rules.get("contrast_baseline_words", []))
    fillers = alternation(rules.get("comparison_place_fillers", ["in", "for"]))
    # a place's adjective after its member noun, as French, Spanish, Portuguese and Italian write it ('más que la
    # economía mundial', glossed 'more than the economy global'): the noun stands between the word and the place
    nouns = alternation(sorted(member_nouns()))
    return re.compile(rf"(?<![\w])(?:{comparison_words()}|{baselines})\s+"
                      rf"(?:(?:{fillers})\s+)?(?:the\s+)?(?:(?:{nouns})\s+)?$", re.I)


def compared_place(sentence: str, pos: int) -> bool:
    """Whether the place named at ``pos`` stands right after a comparison word ('higher than (in) Russia',
    'than those of the Chinese'):
    the baseline the sentence measures against."""
    return _compared().search(sentence[max(0, pos - 40):pos]) is not None


@lru_cache(maxsize=1)
def _contrast() -> re.Pattern[str] | None:
    """A clause break followed by a contrast word."""
    words = data_json("places.json").get("contrast_clause_words", [])
    return re.compile(rf"[,;]\s*(?:{alternation(words)})(?![\w])", re.I) if words else None


def _baseline_of_earlier_clause(sentence: str, claim_start: int, pos: int) -> bool:
    """'China emits more in total than the United States, but per capita it is lower (7.6 t)': the place
    after 'than' is the earlier clause's baseline; the figure after ', but' is that clause's subject's."""
    contrast = _contrast()
    return contrast is not None and compared_place(sentence, pos) \
        and contrast.search(sentence, pos, claim_start) is not None


@lru_cache(maxsize=1)
def _own_voice() -> re.Pattern[str] | None:
    """A word of ``own_voice_words`` ('our', 'we'): the writer speaking of their own place."""
    words = data_json("places.json").get("own_voice_words", [])
    return re.compile(rf"(?<![\w])(?:{alternation(words)})(?![\w])", re.I) if words else None


def _baseline_of_own_voice(sentence: str, pos: int) -> bool:
    """'In 2013 our emissions per capita were larger than those of the Chinese: 10.3 t': the place right after
    the comparison word is the baseline of a clause whose subject, before that word, is the writer's own place."""
    own = _own_voice()
    if own is None or not compared_place(sentence, pos):
        return False
    found = _compared().search(sentence[max(0, pos - 40):pos])
    word_at = max(0, pos - 40) + found.start() if found else pos
    return own.search(sentence, clause_span(sentence, word_at)[0], word_at) is not None


@lru_cache(maxsize=1)
def _next_figure_patterns() -> tuple[re.Pattern[str], re.Pattern[str]]:
    rules = data_json("places.json")
    links = alternation([*rules["own_figure_links"], *rules["next_figure_links"]])
    leads = re.compile(rf"[\w'’.-]+(?:\s+[\w'’.-]+){{0,3}}?\s*(?:(?<![\w])(?:{links})\s+|[:(]\s*){figure_lead_words()}\W{{0,2}}", re.I)
    return leads, re.compile(r",|(?<![\w])and(?![\w])", re.I)


def next_figures_place(sentence: str, claim_end: int, pos: int) -> bool:
    """Whether the place named at ``pos``, after the figure ending at ``claim_end`` and past a comma or
    'and', leads straight into a figure of its own ('… 1.8 %, and Oman with 1.98 %'): that figure's place."""
    if pos < claim_end:
        return False
    leads, listed = _next_figure_patterns()
    # each figure of a sentence asks of each place after it: the digits and list marks are found once per sentence
    figure = starts_at(_NUMERAL, sentence).first_from(pos)
    if figure is None:
        return False
    if ";" in sentence[claim_end:pos]:
        # '… more than 10 million kt; the United States emitted 5.1 million kt': a semicolon closes the figure's
        # clause, and a place past it whose own clause goes on to a figure (no bare year) is that figure's,
        # whatever verb leads there
        return ";" not in sentence[pos:figure[0]] and _YEAR_ONLY.match(sentence, figure[0]) is None
    return search_between(listed, sentence, claim_end, pos, len("and")) \
        and leads.fullmatch(sentence, pos, figure[0]) is not None


@lru_cache(maxsize=1)
def _time() -> re.Pattern[str]:
    """A year, or a year counted from another or from the draft's date ('a year earlier': periods.json
    anchored_relative; 'last year', 'so far this year': the lexicon's relative_years)."""
    anchored = alternation(data_json("periods.json").get("anchored_relative", []))
    return re.compile(rf"(?<![\w])(?:{YEAR_DIGITS}|{anchored}|{RELATIVE})(?![\w])", re.I)


def compared_in_time(sentence: str, claim_end: int, pos: int, claim_start: int | None = None) -> bool:
    """'rose 5.1 % in 2021, compared with 6.2 % a year earlier, in India': both sides of the comparison
    name a time, so it compares one place at two times and the place after both sides is said of both
    figures (not only of the other side's, as in '4.7, compared to 4.9 in the US'). The figure's own
    time stands after it, or before it in its clause when ``claim_start`` is given ('the rate for 2020
    was 2.2 %, compared to 3.7 % in 2019, according to the Namibian statistics agency')."""
    found = comparison_word().search(sentence, claim_end, pos)
    if found is None or _time().search(sentence, found.end(), pos) is None:
        return False
    if _time().search(sentence, claim_end, found.start()) is not None:
        return True
    return claim_start is not None and _time().search(sentence, clause_span(sentence, claim_start)[0],
                                                      claim_start) is not None


def _baseline_after_figure(sentence: str, claim_end: int, compared_from: int, pos: int) -> bool:
    """'With 2,888 million tonnes the superpower emitted more CO2 than the next three countries together:
    Russia, Germany and China': a place past a comparison word after the figure, with no figure of its own
    anywhere after the word, is the baseline the figure is measured against, not the figure's place. Not
    past a semicolon (another clause's place), nor past a time after the word ('higher than a year earlier
    in Chile' compares one place at two times)."""
    return ";" not in sentence[claim_end:pos] and _NUMERAL.search(sentence, compared_from) is None \
        and _time().search(sentence, compared_from, pos) is None


def may_compare(sentence: str) -> bool:
    """Whether the sentence holds a comparison word at all (most do not): only then are its places weighed."""
    return search_once(_patterns()[3], sentence) is not None


def other_side(sentence: str, claim_start: int, claim_end: int, pos: int, multiple: bool = False) -> bool:
    """Whether the place named at ``pos`` in ``sentence`` stands on the other side of a comparison
    from the figure at ``claim_start``–``claim_end``. A ``multiple`` ('seven times more than Kazakhstan's')
    keeps its baseline place: the ratio is of the two places' rows (verify/measures/place_ratio.py)."""
    after, before, own, _ = _patterns()
    if pos >= claim_end:
        comparison = after.search(sentence, claim_end, pos)
        if comparison is not None and _NUMERAL.search(sentence, comparison.end(), pos) is not None:
            return not compared_in_time(sentence, claim_end, pos, claim_start)
        if comparison is not None and not multiple and _baseline_after_figure(sentence, claim_end, comparison.end(), pos):
            return True
        if _ranked_against().search(sentence[max(claim_end, pos - 40):pos]) is not None \
                and _baseline_after_figure(sentence, claim_end, pos, pos):
            return True  # '$4.28 trillion, they are second behind Germany': the place ranked against, no figure after it
        # '14.1 %, followed by Mali with 9.6 %': a place past a succession word, with a figure of its own after it
        return _succession().search(sentence, claim_end, pos) is not None and _NUMERAL.search(sentence, pos) is not None
    if pos < claim_start and _baseline_of_earlier_clause(sentence, claim_start, pos):
        return True
    if pos < claim_start and _baseline_of_own_voice(sentence, pos):
        return True
    if pos >= claim_start or not before.search(sentence[max(0, pos - 100):pos]):
        return False
    return own.fullmatch(sentence, pos, claim_start) is None
