"""A figure stated in the present perfect ('the population has reached 19 million', 'prices have
risen 3 %') speaks of the time of writing, as 'now' does: nothing earlier text dates is carried to it,
and a stock's count is of the draft's date. The words are data (``data/present_perfect.json``)."""

from __future__ import annotations

import re
from functools import lru_cache

from ..numbers import alternation, data_json


@lru_cache(maxsize=1)
def _before_figure() -> re.Pattern[str]:
    """The present perfect closing the text right before a figure: auxiliary, an adverb or two, the
    participle, then only link words ('to', 'the … mark of')."""
    d = data_json("present_perfect.json")
    aux = alternation(d["auxiliaries"])
    adverbs = alternation(d["adverbs"])
    participle = _participle().pattern
    links = alternation(d["links"])
    return re.compile(rf"(?:\b|(?<=\w)){aux}\s+(?:(?:{adverbs}|[^\W\d_]+ly)\s+){{0,2}}{participle}"
                      rf"(?:\s+(?:{links}))*\s*[$€£¥]?\s*$", re.IGNORECASE)


@lru_cache(maxsize=1)
def _present_before_figure() -> re.Pattern[str]:
    """A verb of the simple present closing the text right before a figure ('reaches', 'tops')."""
    d = data_json("present_perfect.json")
    return re.compile(rf"\b(?:{alternation(d['present_verbs'])})(?:\s+(?:{alternation(d['links'])}))*\s*[$€£¥]?\s*$",
                      re.IGNORECASE)


_FIGURE = re.compile(r"[$€£¥]?\d")


@lru_cache(maxsize=1)
def _participle() -> re.Pattern[str]:
    return re.compile(rf"(?:[^\W\d_]+ed|{alternation(data_json('present_perfect.json')['irregular_participles'])})",
                      re.IGNORECASE)


def is_participle(word: str) -> bool:
    """``word`` is an English past participle ('revised', 'taken'): after 'will be' it makes a passive."""
    return _participle().fullmatch(word) is not None


def present_perfect_before(text: str) -> bool:
    """``text`` (a sentence up to a figure) ends in a verb of the present perfect, or of the simple
    present that states a level reached ('reaches', 'tops')."""
    return present_perfect_words(text) is not None


def present_perfect_words(text: str) -> str | None:
    """The verb of the present perfect (or of the simple present that states a level reached) closing
    ``text`` right before a figure, as written ('has reached', 'tops'); None when there is none."""
    tail = text[-120:]
    found = _before_figure().search(tail) or _present_before_figure().search(tail)
    return found.group().strip() if found is not None else None


@lru_cache(maxsize=4096)  # asked by each figure of the sentence
def states_present_perfect(sentence: str) -> bool:
    """Some figure of ``sentence`` stands right after a verb in the present perfect."""
    return any(present_perfect_before(sentence[:m.start()]) for m in _FIGURE.finditer(sentence)
               if m.start() == 0 or not sentence[m.start() - 1].isalnum())


def past_reached_before(text: str) -> str | None:
    """The verb of the simple past that reports a level reached ('rose to', 'reached'; ``past_reached_verbs``)
    closing ``text`` right before a figure, as written; None when there is none. Only a stock's count reads it
    as of the time of writing: a rate that 'rose to 5 %' may be any year's."""
    found = _past_reached_before_figure().search(text[-120:])
    return found.group().strip() if found is not None else None


@lru_cache(maxsize=1)
def _past_reached_before_figure() -> re.Pattern[str]:
    d = data_json("present_perfect.json")
    return re.compile(rf"\b(?:{alternation(d['past_reached_verbs'])})(?:\s+(?:{alternation(d['links'])}))*\s*[$€£¥]?\s*$",
                      re.IGNORECASE)


@lru_cache(maxsize=1)
def _tense_words() -> tuple[re.Pattern[str], re.Pattern[str], re.Pattern[str]]:
    """(a verb of the simple present, a verb of the past, a sentence opening that points back), as whole words."""
    present = alternation(data_json("present_perfect.json")["present_tense_verbs"])
    past = alternation(data_json("current_rates.json")["past_words"])
    referring = data_json("lexicon.json")["referring_back"]
    back = alternation([*referring["pronouns"], *referring["determiners"]])
    return (re.compile(rf"\b(?:{present})\b", re.IGNORECASE), re.compile(rf"\b(?:{past})\b", re.IGNORECASE),
            re.compile(rf"\W*(?:{back})\b", re.IGNORECASE))


def turns_to_present(sentence: str, dated: str) -> bool:
    """``sentence`` (of a dated draft: the caller's) is in the simple present, after ``dated`` (the sentence before it that names a period) in the
    past tense: 'GDP per head was $9,000 in 2020. Inflation is almost 9 %.' — the second speaks of the time of
    writing, so the first's year is not carried to it. A sentence holding a past verb too, or opening by pointing
    back ('It is …', 'This is …'), still speaks of the year before; so does one after a dated sentence that is in the
    present itself ('Italy is second for the fall of 2019, down 3 %. Germany is first with 5 %': one frame, 2019's)."""
    present, past, pointing_back = _tense_words()
    return present.search(sentence) is not None and past.search(sentence) is None \
        and pointing_back.match(sentence) is None and past.search(dated) is not None and present.search(dated) is None
