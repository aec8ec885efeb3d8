"""'Above the central bank's 4 % target', 'a target range of 3 % to 6 %', 'la meta de 3,4 %': a figure
its own words call a policy target (``policy_target_words`` in data/lexicon.json) is a goal someone
set, not an outturn of the series it is compared with. The data holds outturns and no targets, so no
row judges it: unsupported, the row it was compared with shown — never a contradiction."""

from __future__ import annotations

import re
from functools import lru_cache

from ...extraction.periods import YEAR_DIGITS
from ...matching import ClaimContext
from ...models import Verdict
from ...numbers import alternation, lexicon
from ...units import unit_words
from ..decision import Decision, Reason

_READ_BY_A_ROW = (Verdict.supported, Verdict.contradicted, Verdict.needs_review)


@lru_cache(maxsize=1)
def _patterns() -> tuple[re.Pattern[str], re.Pattern[str], re.Pattern[str], re.Pattern[str]] | None:
    words = lexicon().get("policy_target_words", [])
    if not words:
        return None
    target = rf"(?:{alternation(words)})"
    # '4 % target', '2 % inflation target': at most two words between the figure and the noun, none a
    # preposition or comparison ('5 % above target', '5 % against a target of 2 %' are outturns)
    not_between, joining = alternation(lexicon()["policy_target_not_between"]), alternation(lexicon()["policy_target_joining"])
    between = rf"(?!(?:{not_between})\s)[^\W\d]+\s+"
    # '3% or so of annual expected target' (Chinese '3%左右的年度预期目标' glossed): a language that puts the
    # figure before its noun links them by an approximation and a possessive, which English words would not
    figure_first = "|".join(r"\s+".join(map(re.escape, words.split()))
                            for words in lexicon().get("policy_target_figure_first", []))
    linked = rf"(?:(?:{figure_first})\s+)?" if figure_first else ""
    after = re.compile(rf"\s*{linked}(?:{between}){{0,2}}?{target}(?![\w])", re.I)
    # 'target of 4 %', 'target range of 3 %', 'inflation target of 2 %', 'targets 2 %': the noun, then
    # only the words that join it to its figure
    # 'the target for 2021 of 3.75 %', 'a meta de 2021, de 3,75 %' (as glossed): the year it is set for may come between
    dated = rf"(?:\s+(?:for|of|in)\s+{YEAR_DIGITS},?)?"
    # 'a target of less than 10 %', 'a ceiling of around 3 %': the bound or approximation the target is set as
    bound = alternation(sorted({w for words in lexicon()["qualifiers"].values() if isinstance(words, list)
                                for w in words if w[0].isalpha()}, key=lambda w: (-len(w), w)))
    # 'a target range for inflation of between 1 % and 3 %': what the target is set for, then its joining word
    set_for = rf"(?:\s+for\s+[^\W\d]+(?:\s+[^\W\d]+)?\s+(?:{joining}))"
    # 'within the central bank's band (3-6 %)': the figure in brackets right after its noun, and only there
    # ('exceeded the target in 2022 (9.2 %)' gives the year's outturn in brackets)
    before = re.compile(rf"(?<![\w]){target}(?:\s+(?:range|band))?(?:\s*\(\s*|(?:{set_for}|{dated}(?:\s+(?:{joining}))?)"
                        rf"(?:\s+(?:{bound}))?\s+)$", re.I)
    # 'a target of stabilizing inflation at around 6 %': the noun, an aim in a verb's -ing form and at
    # most three words of what it aims at, then a word that ends the aim
    aims = alternation(lexicon().get("policy_target_aims", []))
    aiming = re.compile(rf"(?<![\w]){target}\s+of\s+[^\W\d]+ing\s+(?:[^\W\d]+\s+){{0,3}}?(?:{aims})\s+$", re.I)
    return after, before, aiming, _apposition(target, not_between)


def _apposition(target: str, not_between: str) -> re.Pattern[str]:
    """'above 2 %, the central bank's target', '2 procent, het streefcijfer van de ECB' (as glossed): the figure,
    a comma, then an article and at most four words, none a digit or a word that sets the figure beside the
    target, then the noun that ends the phrase ('of …', a possessive, punctuation or the sentence's end).
    'rose 5 %, the target is 2 %' (a verb after the noun) names another figure."""
    word = rf"(?!(?:{not_between})\s)[^\W\d][\w'’.-]*\s+"
    articles = alternation(lexicon()["policy_target_appositive_articles"])
    return re.compile(rf"\s*,\s*(?:{articles})\s+(?:{word}){{0,4}}?{target}(?:\s+(?:range|band))?"
                      rf"(?=\s+(?:of|set\s+by)\s|\s*[.,;:)]|\s*$)", re.I)


@lru_cache(maxsize=1)
def _own_figure() -> re.Pattern[str]:
    """'the 6-percent threshold', 'its 2 % inflation target', 'the 3-6 percent target band': a target noun
    right after a percentage of its own (at most two words between, as the ``after`` reading allows)."""
    words = alternation(w for w in unit_words("%") if w != "%")
    return re.compile(rf"\d(?:\s*[-–]\s*|\s*)(?:%|(?:{words})(?![\w]))\s*(?:[^\W\d]+\s+){{0,2}}$", re.I)


def _names_another_figure(text_before_noun: str) -> bool:
    """A target noun that already carries its own figure names that one: a figure after it ('above the
    6 % threshold at 6.8 %') is the level set beside the target, not the target."""
    return _own_figure().search(text_before_noun.rstrip() + " ") is not None



@lru_cache(maxsize=1)
def _reached() -> tuple[frozenset[str], re.Pattern[str]]:
    """The threshold nouns (lexicon ``threshold_marks``) and the verb of a level or a move with its link right before
    one ('stood at the', 'rose to the'): the noun then names the level reached, not a line someone set."""
    lex = lexicon()
    verbs = alternation(sorted({*lex["level_verbs"], *lex["change_verbs"]["up"], *lex["change_verbs"]["down"]},
                               key=lambda w: (-len(w), w)))
    links = alternation(sorted(lex["policy_target_reached_links"], key=lambda w: (-len(w), w)))
    return (frozenset(w.lower() for w in lex["threshold_marks"]),
            re.compile(rf"(?<![\w])(?:{verbs})\s+(?:{links})\s+$", re.I))


def _names_level_reached(text_before_noun: str, noun_phrase: str) -> bool:
    """'it stood at the threshold of 7.23 %': a threshold noun a verb of a level or a move reaches names the
    level the measure stood at; the figure after it is an outturn."""
    marks, reached = _reached()
    noun = noun_phrase.split(None, 1)[0].lower() if noun_phrase.strip() else ""
    return noun in marks and reached.search(text_before_noun) is not None


def target_words(sentence: str, start: int, end: int) -> str | None:
    """The target noun that names the figure at ``sentence[start:end]`` as a goal, if any."""
    patterns = _patterns()
    if patterns is None:
        return None
    after, before, aiming, apposition = patterns
    found = after.match(sentence, end) or apposition.match(sentence, end)
    if found is None:
        window_start = max(0, start - 60)
        found = before.search(sentence[window_start:start])
        if found is not None:
            noun_at = window_start + found.start()
            if _names_another_figure(sentence[max(0, noun_at - 40):noun_at]) \
                    or _names_level_reached(sentence[max(0, noun_at - 40):noun_at], found.group()):
                found = None
    found = found or aiming.search(sentence[max(0, start - 80):start])
    return found.group().strip(" ,") if found else None


def policy_target(decision: Decision, ctx: ClaimContext) -> Decision:
    """A figure its own words call a target, judged or sent to review by a row → unsupported: the data has
    no targets, so no reading of the row's period or basis makes one judge it."""
    if decision.verdict not in _READ_BY_A_ROW or not decision.lead or not ctx.sentence_text:
        return decision
    words = target_words(ctx.sentence_text, ctx.claim_offset, ctx.claim_end)
    if words is None:
        return decision
    return decision.judged(Verdict.unsupported, Reason.POLICY_TARGET, lead=decision.lead[:1], projection=words)
