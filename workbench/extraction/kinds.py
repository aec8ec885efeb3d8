"""What a quantity is: its qualifier ("more than"), and whether it is a level, a count, a share,
a ratio or a change (with its direction), read from the words around it."""

from __future__ import annotations

import re
from typing import Final, TYPE_CHECKING

from .. import units
from ..models import Direction, Qualifier
from ..numbers import alternation, is_whole
from ..patterns import CASE_INSENSITIVE_EXTRAS, Behind, BehindMatch, WordBefore, reversed_words
from .nonclaims import nonclaim_words as _nonclaim_words
from .sentences import Sentences
from .vocabulary import (
    Directions,
    Kinds,
    Qualifiers,
    CLAUSE_BREAK,
    DIRECTION_OF,
    LEX,
    NOUN_DIRECTION,
    of_after,
    PHRASAL_PARTICLES,
    QUALIFIER_OF,
    RATE_OF_PHRASES,
    may_end_rate_phrase,
)

if TYPE_CHECKING:
    from .quantities import Quantity

QUALIFIER_BEFORE: Final = Behind(rf"\s*(?P<q>{reversed_words(QUALIFIER_OF)})(?![\w])", re.I)
# The last words of the qualifiers ('than' of 'more than'), lower case: a figure whose word before it is all ASCII
# letters and none of these has no qualifier written before it ('rose 5%', 'by 5%'), and ``QUALIFIER_BEFORE`` is
# not tried (``qualifier_may_end_at``). Off if a qualifier holds a letter ``re`` folds onto an ASCII one ('ſ').
_QUALIFIER_LAST_WORDS: Final = frozenset(word.split()[-1].lower() for word in QUALIFIER_OF)
_QUALIFIER_WORD_TEST: Final = not any(c in CASE_INSENSITIVE_EXTRAS for word in QUALIFIER_OF for c in word)


def qualifier_may_end_at(prose: str, pos: int, width: int) -> bool:
    """Whether ``QUALIFIER_BEFORE`` may end at ``pos`` within the ``width`` characters before it (no match where this
    says no): after the white space before ``pos``, the run of other characters (within the window) is one of the
    qualifiers' last words in any case; a run that is not all ASCII letters goes to the pattern. Asked of every
    figure; a ``re`` call costs ~2.5 k instructions compiled, these tests a few hundred."""
    low = max(0, pos - width)
    at = pos
    while at > low and prose[at - 1].isspace():
        at -= 1
    if at == low:
        return False
    start = at - 1
    while start > low and not prose[start - 1].isspace():
        start -= 1
    word = prose[start:at]
    if not (_QUALIFIER_WORD_TEST and word.isascii() and word.isalpha()):
        return True
    return word.lower() in _QUALIFIER_LAST_WORDS
_UP_TO: Final = "up to"
# 'exceeded the mark of 410 ppm', 'topped the 410 ppm mark', 'fell below the 2 % threshold': a bound whose
# figure a threshold noun (lexicon ``threshold_marks``) names, the qualifier before 'the'
_MARKS: Final = alternation(LEX["threshold_marks"])
_MARK_ARTICLE: Final = "the"  # 'the 410 ppm mark', 'the mark of 410'
_MARK_NOUN_LINK: Final = "of"  # between the threshold noun and its figure
_MARK_BEFORE: Final = re.compile(
    rf"(?<![\w-])(?P<q>{alternation(sorted(QUALIFIER_OF))})(?:\s+[^\W\d]+){{0,4}}?\s+{_MARK_ARTICLE}\s+"
    rf"(?:(?P<noun>{_MARKS})\s+{_MARK_NOUN_LINK}\s+)?\Z",
    re.I)  # 'exceeded for the first time the mark of 410'
_MARK_AFTER: Final = re.compile(rf"[\d.,]*\d(?:\s*\(?[^\W\d.,;:!?()]+\)?){{0,2}}?\s+(?:{_MARKS})(?![\w-])", re.I)
_MARK_REACH: Final = 60  # characters before a figure to its qualifier
_MARK_PHRASE_ENDS: Final = (_MARK_ARTICLE, _MARK_NOUN_LINK)  # the words ``_MARK_BEFORE`` ends with
_MARK_PHRASE_END_LEN: Final = max(map(len, _MARK_PHRASE_ENDS))


def _may_end_mark_phrase(prose: str, low: int, pos: int) -> bool:
    """Whether ``_MARK_BEFORE`` may end at ``pos``: one of the words it ends with and white space right
    before it. Most figures have neither, and the pattern's unanchored search over its reach costs about as
    much as the rest of reading a qualifier; no character but these ASCII letters matches them caselessly."""
    if not prose[pos - 1:pos].isspace():
        return False
    return prose[low:pos].rstrip()[-_MARK_PHRASE_END_LEN:].lower().endswith(_MARK_PHRASE_ENDS)
_VERB_CLOSING_QUALIFIERS: Final = frozenset({Qualifiers.exact, Qualifiers.approx})
_BOUND_BEFORE: Final = re.compile(r"(?<![\w-])(?:of|at|with|than|from|to|by|in|on|and|or|between)\s+\Z", re.I)
_LEVEL_TO: Final = re.compile(r"(?<![\w-])to\s+\Z", re.I)  # 'auf 113,4 Mrd gestiegen', glossed 'to 113.4 bn rose': the new level
_UP_TO_VERBS: Final = frozenset(LEX["verbs_before_up_to"])
_OR_QUALIFIER: Final = {w: Qualifier(q) for w, q in [*LEX["or_qualifiers"].items(),
                                              *LEX["or_qualifiers_right_after_number"].items()]}
_POST_QUALIFIER: Final = re.compile(rf"\s+(?i:or\s+(?P<w>{'|'.join(_OR_QUALIFIER)}))\b|(?P<plus>\+)(?![\w.])")
# a change verb right after an amount that closes its clause ('102.5 won rose.', as Korean is glossed)
# the verb closing the clause right after the figure, perhaps after a qualifier written after it ('93% or so increased.')
_VERB_CLOSING: Final = re.compile(rf"(?:\s+or\s+(?:{'|'.join(_OR_QUALIFIER)}))?\s+(?P<v>{alternation(list(DIRECTION_OF))})\s*(?:[.,;!?]|\Z)", re.I)
# '329 Mt CO2 (estimate)': an estimate's word alone in brackets after the figure and at most two words of its unit
_ESTIMATE_ASIDE: Final = re.compile(
    rf"(?:\s+[^\W\d][^\s()]*){{0,2}}?\s*\(\s*(?:{alternation(LEX['estimate_asides'])})\s*\)", re.I)
# "rose 5%", "grew by 5%", "an increase of 5%": a change verb (or noun) right before the figure, or
# before the parenthesis or spaced dash that opens the figure's aside ("rose (by 4.2%", "fell — by 3%").
_ASIDE_GAP: Final = r"(?:\s+(?:[—–]\s+)?|\(\s*)"  # reversed: " (" before the figure reads "( "
# "up by a record 0.75 percentage points": words that size the change may stand between 'by' and the figure;
# "by an average 2.9 cents" only after 'by' ("rose an average 3 % a year" is an average rate, not a change)
_BY_OR_OF: Final = rf"(?:{reversed_words(['by', 'of'])}){_ASIDE_GAP}"
_CHANGE_BEFORE: Final = Behind(
    rf"{_ASIDE_GAP}(?:(?:{reversed_words(LEX['change_size_intensifiers'])})\s+(?:{_BY_OR_OF})?"
    rf"|(?:{reversed_words(LEX['change_size_after_by'])})\s+{_BY_OR_OF}|{_BY_OR_OF})?"
    rf"(?P<v>{reversed_words(DIRECTION_OF)})(?![\w-])", re.I)
_BRACKET_CLOSES: Final = re.compile(r"\s*\)")
# "a 5% increase", and "a 1.6% monthly fall": the period the change is measured over may stand between
_CHANGE_NOUN_AFTER: Final = re.compile(rf"[\s-]+(?:(?:{alternation(LEX['change_noun_period_words'])})[\s-]+)?"
                                rf"(?P<n>{alternation(list(NOUN_DIRECTION))})\b", re.I)
_PHRASAL_UP_DOWN: Final = frozenset(LEX["phrasal_verbs_before_up_down"])
_BARE_CHANGE_VERBS: Final = frozenset(LEX["bare_change_verbs"])  # not a change without a unit: "set up 14 zones"
_SHARE_TAKING_VERBS: Final = frozenset(LEX["share_taking_verbs"])
# the cue may stand before other figures of the list ("of which 62.7% is urban and 37.3% rural"):
# a decimal point is no sentence end
_SHARE_BEFORE: Final = re.compile(
    rf"(?<![\w])(?P<cue>{alternation(LEX['share_cues'])})\b(?P<rest>(?:[^.;:!?]++|(?<=\d)\.(?=\d))*+)\Z", re.I)
# "Of the 529 samples tested, about 80% were influenza A": the sentence opens on the whole, then a comma
_SHARE_OPENER: Final = re.compile(rf"[\s\"'“‘(]*(?:{alternation(LEX['share_openers'])})(?![\w-])[^.;:!?]*?,", re.I)
# "um 6,8 Prozent auf 2.787.000 Personen gestiegen", glossed "by 6.8 percent to 2,787,000 Personen rose": the
# verb comes last, right after the figure or after the new level ("to" a figure and up to two words)
_VERB_LATER_IN_CLAUSE: Final = re.compile(
    rf"(?:\s+to\s+\d[\d.,]*(?:\s+[^\W\d][\w-]*){{0,2}})?\s+(?P<v>{alternation(list(DIRECTION_OF))})(?![\w-])", re.I)
_TRANSITIVE_DIRECTION: Final = {w: Direction(d) for d, words in LEX["transitive_change_verbs"].items() for w in words}
_TRANSITIVE_VERB: Final = re.compile(rf"(?<![\w-])(?:{alternation(list(_TRANSITIVE_DIRECTION))})(?![\w-])", re.I)
# "the forecast is lowered 6%", "tariffs were cut 10%": a transitive change verb right before a percentage.
_TRANSITIVE_BEFORE: Final = Behind(rf"\s+(?P<v>{reversed_words(_TRANSITIVE_DIRECTION)})(?![\w-])", re.I)
# "GDP growth will be around 3 %", "the increase for the year works out to 1.45 %": a change noun, then (in
# the same clause: "the fastest rise in a decade, with inflation at 4 %" is no change) a
# linking verb, before the figure.
_CLAUSE_BREAKS: Final = r".,;:!?()\d%"  # what the words between a change noun and its link never hold
_CHANGE_SUBJECT: Final = re.compile(
    rf"(?<![\w-])(?P<n>{alternation(list(NOUN_DIRECTION))})(?![\w-])[^{_CLAUSE_BREAKS}]{{0,50}}?"
    rf"(?<![\w-])(?:{alternation(LEX['change_subject_links'])})(?:\s+(?:{alternation(list(QUALIFIER_OF))}))?\s*\Z", re.I)
# The last of those characters before a figure, found in the reversed text (a character class: ``re`` skips to it).
_CLAUSE_BREAK_CHARACTER: Final = re.compile(rf"[{_CLAUSE_BREAKS}]")
# Whether a ``_CHANGE_SUBJECT`` match can hold such a character only as a qualifier's last one ('approx.', 'ca.'),
# followed by white space alone: then a match starts after the last one that is not followed by white space alone.
# (A noun or a link holding one, or a qualifier holding one inside, and the shortcut is off: the search reads it all.)
_CHANGE_SUBJECT_CUT: Final = not any(
    _CLAUSE_BREAK_CHARACTER.search(word) for word in (*NOUN_DIRECTION, *LEX["change_subject_links"])) and not any(
    _CLAUSE_BREAK_CHARACTER.search(word[:-1]) for word in QUALIFIER_OF)
# "The biggest increases were in Porto Alegre (2.07%), Florianópolis (1.59%)": a ranked change noun as the
# subject, then a list of names each with its percentage in brackets (lexicon ``ranked_change_words``)
_RANKED_CHANGES: Final = re.compile(
    rf"(?<![\w-])(?i:{alternation(LEX['ranked_change_words'])})\s+(?P<n>{alternation(list(NOUN_DIRECTION))})s?(?![\w-])"
    rf"(?:[^.;:!?]|(?<=\d)\.(?=\d)){{0,200}}?\Z", re.I)
# "the population growth rate fell from 2.2 % to 1.5 %", glossed verb-last "population growth rate 1.5 % was": a
# rate of change as the clause's subject, before a percentage (lexicon ``rate_of_change_subjects``)
_RATE_OF_CHANGE_DIRECTION: Final = {" ".join(w.split()).lower(): Direction(d)
                                    for w, d in LEX["rate_of_change_subjects"].items()}
_RATE_OF_CHANGE_SUBJECT: Final = re.compile(
    rf"(?<![\w-])(?P<n>{alternation(list(_RATE_OF_CHANGE_DIRECTION))})(?![\w-])"
    rf"(?P<gap>(?:[^.,;:!?()]|(?<=\d)[.,](?=\d)){{0,90}}?)\Z", re.I)
_RATE_OF_CHANGE_BREAK: Final = re.compile(rf"(?<![\w-])(?:{alternation(LEX['price_clause_breaks'])})(?![\w-])", re.I)


def rate_of_change_before(sentence: str, figure_start: int) -> Direction | None:
    """ "the population growth rate fell from 2.2 % to 1.5 %": the direction of the rate of change a figure's
    clause names before it, or None. Extraction keeps such a figure a level (of the rate, as it is written);
    the verdicts read it as that change of the measure's rows (verify ``rate_of_change_claim``)."""
    found = _RATE_OF_CHANGE_SUBJECT.search(sentence, max(0, figure_start - 140), figure_start)
    if found is None or _RATE_OF_CHANGE_BREAK.search(found.group("gap")):
        return None
    return _RATE_OF_CHANGE_DIRECTION.get(" ".join(found.group("n").lower().split()))
_NAME_THEN_BRACKET: Final = re.compile(r"[^\W\d_][^\W\d_.]*\s*\(\s*\Z")
_SUBJECT_LINK_BEFORE: Final = Behind(
    rf"\s*(?:(?:{reversed_words(QUALIFIER_OF)})\s+)?(?:{reversed_words(LEX['change_subject_links'])})(?![\w-])", re.I)
BY_BEFORE: Final = WordBefore("by")
_COMPARATIVE_DIRECTION: Final = {" ".join(w.split()): Direction(d) for d, words in LEX["comparative_change"].items()
                          for w in words}
# 'grew at an annual rate of 5.4 %', 'growth at an average of 13.8 %': a change verb or noun, then a
# rate phrase (lexicon ``rate_of_before``).
_RATE_OF_BEFORE: Final = re.compile(
    rf"(?<![\w-])(?P<v>{alternation([*DIRECTION_OF, *NOUN_DIRECTION])})\s+(?:{alternation(RATE_OF_PHRASES)})\s*\Z",
    re.I)
# The units a figure in points of a rate can have been read with (``Classifier.rate_points``).
POINTS_UNITS: Final = frozenset({"", "points"})
# 'up 14.77 points on November': a bare figure in points, of a rate (see ``Classifier.rate_points``); 'was 0.2 index
# points lower than the annual rate of 1.8 per cent' calls a rate's points an index's, loosely, and means the same.
_POINTS_AFTER: Final = re.compile(
    rf"\s+(?:(?:{alternation(LEX['index_nouns'])})\s+)?(?:{alternation(LEX['rate_point_words'])})(?![\w-])", re.I)
_RATE_NOUN: Final = re.compile(rf"(?<![\w-])(?:{alternation(LEX['rate_nouns'])})(?![\w-])", re.I)
_INDEX_NOUN: Final = re.compile(rf"(?<![\w-])(?:{alternation(LEX['index_nouns'])})(?![\w-])", re.I)
# '14.77 points up on November's', '2 % down on a year earlier': the direction written after the figure.
_UP_DOWN_AFTER: Final = re.compile(
    rf"\s+(?P<d>(?i:up|down))\s+(?i:{alternation(LEX['rate_change_after'])})(?![\w-])")
# What links a figure to the one before it that it restates ("fell by 556,000, or 0.44 per cent").
_RESTATING_LINKS: Final = alternation([' '.join(w.split()) for w in _nonclaim_words()['restating_links']])
_RESTATING_GAP: Final = re.compile(rf"\s*(?:{_RESTATING_LINKS})\s*\Z", re.I)
# "rose by 249 thousand people or 1.3%": the change's counted noun may stand before the link.
_RESTATING_GAP_AFTER_NOUN: Final = re.compile(rf"(?:\s+[^\W\d][\w'’-]*){{1,2}}\s*(?:{_RESTATING_LINKS})\s*\Z", re.I)
# "lost 19.87% of its value, that is, 3.42 pesos": what a percent change is taken of ('of its value', three words at
# most) and a restating link, a comma after it too: the amount after them is the same change in money
_PERCENT_RESTATED_IN_AMOUNT: Final = re.compile(rf"(?:\s+[^\W\d][\w'’-]*){{0,3}}\s*(?:{_RESTATING_LINKS})\s*,?\s*\Z", re.I)
# "declined to 4.2 % in December, or by 4.4 percentage points": a restating link and "by" after a move's new
# level (a phrase of time may stand between: its year is no figure) — the figure after them is the move's size.
_RESTATED_SIZE_GAP: Final = re.compile(rf"[^.;:!?%()]{{0,40}}?(?:{_RESTATING_LINKS})\s+by\s*\Z", re.I)
# the move a new level was reached by: a change verb, up to two words ('slightly'), then 'to'
_MOVE_TO_BEFORE: Final = re.compile(rf"(?<![\w-])(?P<v>{alternation(list(DIRECTION_OF))})(?:\s+[^\W\d]+){{0,2}}?\s+to\s*\Z",
                             re.I)
# The text before a figure that restates the one before it: that figure (with its scale or noun) and the link.
RESTATED_TAIL: Final = re.compile(rf"[$€£¥]?\d[\d.,\s]*(?:\s*[^\W\d][\w'’-]*){{0,3}}\s*(?:{_RESTATING_LINKS})\s*\Z", re.I)
# "Der Umsatz stieg im dritten Quartal … um 4,7 Prozent", glossed "The sales rose in the third quarter compared with
# the previous year by 4.7 percent"; Polish "drożał cukier, o 47,9 proc." ("rose sugar, by 47.9 percent"): a change
# verb earlier in the sentence, no figure between, then "by" right before the figure — what it rose by.
_FIGURE_OR_STOP: Final = re.compile(r"[\d.;:!?%]")
_BY_DIRECTION: Final = {**DIRECTION_OF, **{w: Direction(d) for d, words in LEX["change_verbs_before_by"].items() for w in words}}
_CHANGE_VERB: Final = re.compile(rf"(?<![\w-])(?:{alternation(list(_BY_DIRECTION))})(?![\w-])", re.I)
# "in growth by 12.4%", "a contraction by 19.6%" (Italian "in crescita del", "una contrazione del", glossed): a
# change noun right before "by"
_CHANGE_NOUN_THEN_BY: Final = re.compile(rf"(?<![\w-])(?P<n>{alternation(list(NOUN_DIRECTION))})\s+by\s*\(?\s*\Z", re.I)
# "rose for vegetables (by 23.5 %), eggs (22.2 %); fish (16 %)": a list of names, each with its figure in brackets —
# from one bracket's close to the next one's open, a list separator and the next name (no figure between).
_BRACKETED_SIBLING: Final = re.compile(r"\.?\s*\)\s*[,;]\s*[^\d.;:!?%()]{1,80}\(\s*\Z")
# Words that make "from X to Y" a movement (two values, the old and the new) rather than a span.
_MOVEMENT_WORDS: Final = [*DIRECTION_OF, *_TRANSITIVE_DIRECTION, *NOUN_DIRECTION, *LEX["multiple_verbs"], *LEX["movement_words"]]
_MOVEMENT: Final = re.compile(rf"(?<![\w-])(?:{alternation(sorted({' '.join(w.lower().split()) for w in _MOVEMENT_WORDS}))})(?![\w-])",
                       re.I)
# the high end's scale and unit, then an aside (a bracket, or a comma's clause) naming a change within it
_CHANGE_ASIDE_AFTER: Final = re.compile(
    rf"[^\d(),;.!?\n]{{0,30}}(?:\(|,\s)(?:[^()\n;:.!?]|\.(?=\d)){{0,40}}?(?<![\w-])(?i:{alternation(sorted(NOUN_DIRECTION))})(?![\w-])")
# '32% more than', '0.2% lower', '€365m (1.7%) ahead of target': the comparative may follow an aside
# in brackets that restates the figure.
_COMPARATIVE_AFTER: Final = re.compile(
    rf"(?:\s*\([^()\n]{{1,40}}\))?\s+(?P<c>(?i:{alternation(list(_COMPARATIVE_DIRECTION))}))(?![\w])")
_NOT_COMPARED: Final = re.compile(rf"\s+(?i:{alternation(LEX['comparative_not_before'])})(?![\w])")
# 'a loss of $20.1 billion', 'the reduction of about 265,000', 'the largest decline at -45%'; the noun
# may name what changed first: 'a growth in emissions of 74%', 'a fall in the exports of 3%' (group ``what``),
# or be sized by an adjective after it, as a Romance sentence glossed word for word reads ('an increase record of 3.5').
_CHANGE_NOUN_FIGURE_LINKS: Final = tuple(LEX["change_noun_figure_links"])
_CHANGE_NOUN_OF: Final = Behind(
    rf"{_ASIDE_GAP}(?:{reversed_words(_CHANGE_NOUN_FIGURE_LINKS)})\s+"
    rf"(?:(?P<what>(?:[^\W\d]+\s+){{1,4}}){reversed_words(LEX['change_noun_subject_links'])}\s+"
    rf"|(?:{reversed_words(LEX['change_size_after_noun'])})\s+)?"
    rf"(?P<v>{reversed_words(NOUN_DIRECTION)})(?![\w-])",
    re.I)
# 'Population growth rate: 0.9 %', 'GDP - real growth rate: 3.2 %', 'Croissance démographique (2017) : 1,04 %'
# glossed: a fact box's label, from its line's start, that ends on a change noun (then words of its rate, an aside
# in brackets) and a colon right before the figure: the figure is the change, as after 'of'.
_CHANGE_NOUN_LABEL: Final = re.compile(
    rf"[\s#*>|-]*(?:(?:{alternation(LEX['change_label_heads'])})\s+)?(?P<what>[^\W\d][^\d\n.;:!?()]{{0,40}}?\s+)??"
    rf"(?<![\w-])(?P<v>{alternation(sorted(NOUN_DIRECTION))})(?:\s+(?:{alternation(LEX['change_label_tails'])}))*(?![\w-])"
    rf"\s*(?:\([^()\n]{{1,30}}\)\s*)?:\s*", re.I)
# the links as a cased word may stand before a figure, for a cheap test ahead of the pattern
_OF_AT: Final = tuple(form for link in _CHANGE_NOUN_FIGURE_LINKS for form in (link, link.capitalize(), link.upper()))
_ASIDE_CHARS: Final = " \t\n\u00a0(—–"
_SIGNED: Final = LEX["signed_change"]
_SIGNED_UNITS: Final = frozenset(_SIGNED["units"])
# "… to $4.20", "… to an average of $9.20", "… on both ends to $4.20": the level a move went to
_TO_FIGURE_AFTER: Final = re.compile(rf"\s+(?:(?:{alternation(LEX['level_to_asides'])})\s+)?to\s+"
                              r"(?:an?\s+(?:average|range)\s+of\s+)?[^\W\d_]{0,3}\$?\d")
_MINUS_LEVEL_NOUN: Final = re.compile(rf"(?<![\w-])(?:{alternation(_SIGNED['minus_level_nouns'])})(?![\w-])", re.I)
_MINUS_SIGNS: Final = frozenset("-\u2212\u2013")
# 'a net change of -10.35 %': the words right before the signed figure call it a change
_CHANGE_OF_BEFORE: Final = re.compile(rf"(?<![\w-])(?:{alternation(_SIGNED['change_of_nouns'])})\s+of\s*$", re.I)
_PER_CAPITA_AFTER: Final = re.compile(
    rf"(?:\s+[\w.-]+){{0,3}}?\s+(?:{alternation(LEX['per_capita_after'])})(?![\w])", re.I)
_PER_CAPITA_BEFORE: Final = re.compile(rf"(?<![\w-])(?:{alternation(LEX['per_capita_before'])})(?![\w])", re.I)
# a word every per-person phrase holds, looked for before the patterns are tried
_PER_CAPITA_CUES: Final = tuple({w.lower().replace("-", " ").split()[-1 if w.lower().startswith(("a ", "each ")) else 0]
                          for w in [*LEX["per_capita_after"], *LEX["per_capita_before"]]})
_THRESHOLD: Final = re.compile(rf"(?i:{alternation(LEX['threshold_qualifiers'])})(?![\w])")
# "rose 13.58 percent, compared to 3.51 percent in November", "accelerated to 7.5% from 5.4%": the
# change it is compared with, in the same unit, is a change too.
_COMPARED_CHANGE: Final = re.compile(
    rf"[^.;:!?\d]{{0,40}}?(?<![\w-])(?:{alternation(LEX['compared_change_links'])})\s*\Z", re.I)
_THAN_AFTER: Final = re.compile(r"(?:\s+[A-Za-z][\w'-]*){1,2}\s+than(?![\w])")
# "surged 14% and 9%", "rose 3% in May and 2% in June", "up 5% in Europe, 4% in Asia" (or "; 4% in Asia"): another
# figure of the same change, after at most a short phrase of place or time.
_COORDINATED_LINK: Final = alternation(LEX["coordinated_change_links"])
# A list names each item before its figure: "up 8.4 per cent, foodstuffs, 5.4 per cent and capital
# goods, 3.9 per cent" (the item's name between a comma or link and a comma).
_COORDINATED: Final = re.compile(
    rf"(?:\s+(?:{alternation(LEX['coordinated_change_places'])})\s+[^.;:!?%()]{{1,30}}?)?"
    rf"\s*(?:[,;]\s*(?:(?:{_COORDINATED_LINK})\s+)?|(?:{_COORDINATED_LINK})\s+)"
    rf"(?:[^\W\d][^\d.;:!?%(),]{{0,30}},\s*)?\Z", re.I)

# "fell by 8.1 per cent, second only to that in Portugal, by 9.0 per cent": a figure in the same unit that
# one of these words opens after a change, its verb left out, is another figure of the same change.
_ELIDED_CHANGE: Final = re.compile(
    rf"[^.;:!?\d%()]{{0,40}}?(?<![\w-])(?:{alternation(LEX['elided_change_links'])})\s*\Z", re.I)



def _noun_direction(found: BehindMatch | re.Match[str] | None) -> Direction | None:
    """The direction a change noun found before a figure names ('the rise of', 'growth rate:'), None when there is
    none or the words before it name a rate or an index, whose level the figure then is."""
    if found is None:
        return None
    what = found.group("what")
    if what and (_RATE_NOUN.search(what) or _INDEX_NOUN.search(what)):
        return None
    return NOUN_DIRECTION.get(found.group("v").lower())

class Classifier:
    """Reads qualifiers, kinds and directions around quantities in one draft's prose."""

    def __init__(self, prose: str, reversed_prose: str, sentences: Sentences) -> None:
        self.prose = prose
        self.reversed = reversed_prose
        self.sentences = sentences

    def qualifier_before(self, pos: int) -> tuple[Qualifier, int]:
        """The qualifier written just before ``pos`` and where it starts."""
        prose = self.prose
        found = QUALIFIER_BEFORE.before(self.reversed, pos, 40) if qualifier_may_end_at(prose, pos, 40) else None
        if not found and pos > 0 and prose[pos - 1] == "+" and qualifier_may_end_at(prose, pos - 1, 40):
            found = QUALIFIER_BEFORE.before(self.reversed, pos - 1, 40)  # "about +3%": before the written plus
        if not found:
            return self._threshold_mark(pos)
        word = " ".join(found.group("q").lower().split())
        if word == _UP_TO and self._moved_up_to(found.start()):
            return Qualifiers.exact, pos
        return QUALIFIER_OF[word], found.start()

    def _threshold_mark(self, pos: int) -> tuple[Qualifier, int]:
        """The qualifier of a figure a threshold noun names ('exceeded the mark of 410', 'topped the 410
        ppm mark': a bound, as 'exceeded 410' is) and where it starts, else exact."""
        low = max(0, pos - _MARK_REACH)
        if not _may_end_mark_phrase(self.prose, low, pos):
            return Qualifiers.exact, pos
        found = _MARK_BEFORE.search(self.prose, low, pos)
        if found is None or not (found.group("noun") or _MARK_AFTER.match(self.prose, pos)):
            return Qualifiers.exact, pos
        return QUALIFIER_OF[" ".join(found.group("q").lower().split())], found.start()

    def _moved_up_to(self, start: int) -> bool:
        """ "shot up to 36 %": the word before 'up to' is a verb of movement, so the figure is where it went."""
        before = self.prose[max(0, start - 30):start].split()
        word = before[-1].lower().strip(",") if before else ""
        return word in _UP_TO_VERBS or word in DIRECTION_OF or (len(word) > 3 and word.endswith("ed"))

    def post_qualifier(self, q: Quantity) -> None:
        """ "300 or more", "5,000+", "329 Mt (estimate)": a qualifier written after the figure."""
        found = _POST_QUALIFIER.match(self.prose, q.end)
        if q.qualifier is Qualifiers.exact and not found and _ESTIMATE_ASIDE.match(self.prose, q.end):
            q.qualifier = Qualifiers.approx  # the figure stays its own surface: the aside is no part of it
            return
        if not found or q.qualifier != Qualifiers.exact:
            return
        if found.group("plus"):
            q.qualifier = Qualifiers.gt
            q.end = found.end()
            return
        q.qualifier = _OR_QUALIFIER[found.group("w").lower()]

    def change_before(self, pos: int) -> Direction | None:
        return self._change_before(pos)[0]

    def _change_before(self, pos: int) -> tuple[Direction | None, str]:
        """The direction of the change word before ``pos``, and that word as written ("" if none)."""
        found = _CHANGE_BEFORE.before(self.reversed, pos, 40)
        if not found:
            return None, ""
        written = found.group("v")
        verb = " ".join(written.lower().split())
        if verb in PHRASAL_PARTICLES:
            previous = self.prose[max(0, pos - 40):found.start()].split()[-1:]
            if previous and previous[0].lower().strip(",") in _PHRASAL_UP_DOWN:
                return None, written  # "make up 19%", "set up 14 zones": not a change
        return DIRECTION_OF.get(verb), written

    def movement_before(self, pos: int) -> bool:
        """A change word earlier in the sentence (within 160 characters): "rose from 7 to 10", "hike tariffs from"."""
        left = max(self.sentences.at(pos).start, pos - 160)
        return _MOVEMENT.search(self.prose, left, pos) is not None

    def change_sized_after(self, pos: int) -> bool:
        """ "from $24.9 billion to $262.6 billion (10.5 times growth)", "… to 40 million, a threefold rise": an
        aside right after a "from … to" pair (past the high end's scale and unit) that names a change makes the
        two the old and the new value, as a change word before them does."""
        return _CHANGE_ASIDE_AFTER.match(self.prose, pos) is not None

    def change_closing_after(self, pos: int) -> Direction | None:
        """ "12 times rose." (Uzbek '12 marta oshdi', glossed: a verb-final language puts the verb after the
        multiple): a change verb right after ``pos`` that closes the clause. A particle is no verb there
        ("revised 3 times up": how it was revised, not by how much)."""
        found = _VERB_CLOSING.match(self.prose, pos)
        verb = found.group("v").lower() if found else ""
        return DIRECTION_OF.get(verb) if verb and verb not in PHRASAL_PARTICLES else None

    def change_noun_after(self, pos: int) -> Direction | None:
        """ "a 5% increase", "a threefold rise"."""
        noun = _CHANGE_NOUN_AFTER.match(self.prose, pos)
        return NOUN_DIRECTION.get(noun.group("n").lower()) if noun else None

    def classify(self, q: Quantity, left_pos: int) -> None:
        """Kind and direction from the words around the quantity."""
        direction, verb = self._change_before(left_pos)  # one match serves both tests
        if q.unit == "%" and verb.lower() in _SHARE_TAKING_VERBS and of_after(self.prose, q.end):
            q.kind = Kinds.share  # "gained 19% of the vote": the part taken of a whole
            return
        # "fell below 2 %", "rose above $100": where the measure went, a level
        threshold = direction is not None and left_pos != q.start and self._threshold(left_pos, q.start)
        if direction is None:
            direction = self._change_noun_of(left_pos) or self._change_noun_label(left_pos)
        if direction is not None and (threshold or verb.lower() in _BARE_CHANGE_VERBS and not q.unit):
            direction = None  # "set up 14 zones" is not a change
        if direction is None and not threshold:
            direction = self._direction_around(q, left_pos)
        if direction is not None:
            q.kind, q.direction = Kinds.change, direction
            if direction is Directions.up and self._written_plus(q):  # the claim's text takes its sign
                q.start, q.left_end = q.start - 1, min(q.left_end, q.start - 1)
            return
        if q.unit == "%":
            sentence = self.sentences.at(q.start)
            q.kind = Kinds.share if self._share_context(q, sentence.start) else Kinds.level
        elif q.unit == "":
            q.kind = Kinds.count
            q.subject_after = True
        elif q.unit == "x" or q.unit[:1] == "/" or "/" in q.unit and units.dimension(q.unit) not in units.NOT_RATIO_DIMENSIONS \
                or units.dimension(q.unit) in units.RATIO_DIMENSIONS:
            q.kind = Kinds.ratio  # a multiple, a rate "per 100,000", a price "$80 a barrel", a yield "9 t/ha"
        elif self._per_capita(q):
            q.kind = Kinds.ratio

    def _direction_around(self, q: Quantity, left_pos: int) -> Direction | None:
        """A change no verb right before the figure states: "a 5% increase", "raised … by 5%",
        "0.2% lower", "grew at a rate of 5%", "2% up on", "+8.6%"; for a count "reduced by 100,000",
        "200,000 fewer than"."""
        if not q.unit:
            return self._by_after_transitive_verb(left_pos) or (
                self._comparative_after(q.end, than_only=True) if self.prose.find("than", q.end, q.end + 40) >= 0 else None) \
                or self._signed(q) or self._by_then_verb(q, left_pos)
        return self.change_noun_after(q.end) or self._by_after_transitive_verb(left_pos) \
            or self._by_after_change_word(left_pos) or self._verb_closing_after(q) \
            or self._comparative_after(q.end) or self._rate_of_after_change_verb(left_pos) \
            or self._up_down_after(q) or self._signed(q) or self._rate_changed(q, left_pos) \
            or self._by_then_verb(q, left_pos) or self._price_moved_to(q, left_pos) or self._ranked_change(q)

    def _ranked_change(self, q: Quantity) -> Direction | None:
        """ "The biggest increases were seen in Porto Alegre (2.07%), Florianópolis (1.59%)": a percentage in
        brackets right after a name, in a sentence whose subject is a ranked change noun before it, is that
        change, in the noun's direction."""
        if q.unit not in _SIGNED_UNITS or not _BRACKET_CLOSES.match(self.prose, q.end):
            return None
        if _NAME_THEN_BRACKET.search(self.prose, max(0, q.start - 40), q.start) is None:
            return None
        sentence = self.sentences.at(q.start)
        found = _RANKED_CHANGES.search(self.prose, max(sentence.start, q.start - 260), q.start)
        return NOUN_DIRECTION.get(found.group("n").lower()) if found else None

    def _verb_closing_after(self, q: Quantity) -> Direction | None:
        """ "102.5 won rose." (Korean '102.5원 올랐다', glossed: a verb-final language puts the verb after the
        amount it moved by): money, points or a percentage ('93% or so increased.', '93% 가량 증가했다') right before
        a change verb that closes the clause is a change."""
        if not (units.is_money(q.unit.split("/", 1)[0]) or q.unit in units.POINT_UNITS or q.unit in _SIGNED_UNITS):
            return None
        if q.unit in _SIGNED_UNITS and not units.is_money(q.unit) and (
                q.qualifier not in _VERB_CLOSING_QUALIFIERS or _BOUND_BEFORE.search(self.prose, max(0, q.left_end - 12), q.left_end)):
            return None  # 'the share of firms above 10% rose', 'those with 5% rose': a percentage bounding a noun, no change
        found = _VERB_CLOSING.match(self.prose, q.end)
        if not found or _LEVEL_TO.search(self.prose, max(0, q.left_end - 8), q.left_end):
            return None
        return DIRECTION_OF.get(found.group("v").lower())

    def _price_moved_to(self, q: Quantity, left_pos: int) -> Direction | None:
        """ "lowered 10 cents to $4.20 per bushel", "raised 5 cents a gallon to $3.10": money right after a
        transitive change verb and before the level it moved to is the move ("raised $5 million" alone is
        money raised, a level)."""
        if not units.is_money(q.unit.split("/", 1)[0]) or not _TO_FIGURE_AFTER.match(self.prose, q.end):
            return None
        found = _TRANSITIVE_BEFORE.before(self.reversed, left_pos, 16)
        return _TRANSITIVE_DIRECTION.get(" ".join(found.group("v").lower().split())) if found is not None else None

    def _by_then_verb(self, q: Quantity, left_pos: int) -> Direction | None:
        """ "by 6.8 percent to 2,787,000 rose" (German's "um 6,8 Prozent auf 2.787.000 gestiegen",
        glossed): "by" before the figure, the change verb after it or after the new level."""
        if not BY_BEFORE.found(self.reversed, left_pos, 6):
            return None
        found = _VERB_LATER_IN_CLAUSE.match(self.prose, q.end)
        return DIRECTION_OF.get(found.group("v").lower()) if found else None

    def _rate_changed(self, q: Quantity, left_pos: int) -> Direction | None:
        """ "lowered 6%", "growth was 3.5%": a percentage a transitive verb or a change noun's
        linking verb states."""
        if q.unit not in _SIGNED_UNITS:
            return None
        found = _TRANSITIVE_BEFORE.before(self.reversed, left_pos, 16)
        if found is not None:
            return _TRANSITIVE_DIRECTION.get(" ".join(found.group("v").lower().split()))
        link = _SUBJECT_LINK_BEFORE.before(self.reversed, left_pos, 40)
        if link is None:
            return None
        # the pattern crosses no sentence end, so the window needs no sentence lookup
        subject = _CHANGE_SUBJECT.search(self.prose, self._after_clause_break(max(0, link.start() - 60), left_pos), left_pos)
        return NOUN_DIRECTION.get(subject.group("n").lower()) if subject else None

    def _after_clause_break(self, low: int, high: int) -> int:
        """Where a ``_CHANGE_SUBJECT`` match in ``prose[low:high]`` can start at the earliest: after the last
        character its noun, words and link never hold ('.', ',', a digit …), found by one scan of the reversed
        text; a search from ``low`` tried the noun and then up to 50 characters of links at every word before it
        (~19 k instructions a call compiled, 2 % of a paragraph pass). The same match, from fewer starts."""
        if not _CHANGE_SUBJECT_CUT:
            return low
        size = len(self.prose)
        found = _CLAUSE_BREAK_CHARACTER.search(self.reversed, size - high, size - low)
        if found is None:
            return low
        at = size - 1 - found.start()
        if at + 1 == high or self.prose[at + 1:high].isspace():
            return low  # maybe a qualifier's last character ('approx.'): the search reads the whole window
        return at + 1

    def _threshold(self, qual_start: int, start: int) -> bool:
        return _THRESHOLD.match(self.prose, qual_start, start) is not None

    def _change_noun_of(self, pos: int) -> Direction | None:
        if not self.prose[max(0, pos - 6):pos].rstrip(_ASIDE_CHARS).endswith(_OF_AT):
            return None  # the common case, decided on the characters before the figure
        # 'the rise in the base rate of 5%': the figure is the rate's level
        return _noun_direction(_CHANGE_NOUN_OF.before(self.reversed, pos, 60))

    def _change_noun_label(self, pos: int) -> Direction | None:
        """ "Population growth rate: 0.86 %": the change a fact box's label names before its colon."""
        if not self.prose[max(0, pos - 4):pos].rstrip().endswith(":"):
            return None  # the common case, decided on the characters before the figure
        line_start = self.prose.rfind("\n", 0, pos) + 1
        # 'Inflation rate growth: 2 %' names a rate's level first
        return _noun_direction(_CHANGE_NOUN_LABEL.fullmatch(self.prose, max(line_start, self.sentences.at(pos).start), pos))

    def _signed(self, q: Quantity) -> Direction | None:
        """ "Thailand (-11.5%)": a minus written on a percentage or points is a change (lexicon
        ``signed_change``) unless the sentence names something that can itself be negative; a written
        plus ("+8.6%", "+$3m", "+12") makes any figure but a temperature a change up, sign and all."""
        prose, start = self.prose, q.start
        if q.value < 0 and prose[start:start + 1] in _MINUS_SIGNS:
            if q.unit not in _SIGNED_UNITS:
                return None
            sentence = self.sentences.at(start)
            if _CHANGE_OF_BEFORE.search(prose[max(sentence.start, start - 40):start]):
                return Directions.down  # the sentence may name a level ('the exchange rate'), the figure is its change
            return None if _MINUS_LEVEL_NOUN.search(prose, sentence.start, start) else Directions.down
        if prose[start:start + 1] == "+":  # classified before, its sign already in the claim's text
            return Directions.up
        return Directions.up if self._written_plus(q) else None

    def _written_plus(self, q: Quantity) -> bool:
        """A '+' written right before the figure ("+8.6%"), not a temperature's ("+5C" is a level)."""
        prose, start = self.prose, q.start
        return start > 0 and prose[start - 1] == "+" and not (start > 1 and prose[start - 2].isalnum()) \
            and units.dimension(q.unit) != "temperature"

    def _per_capita(self, q: Quantity) -> bool:
        """ "6.4 tonnes per person", "per capita emissions of 15.4 tons": a physical quantity per person."""
        window = self.prose[max(0, q.left_end - 60):q.end + 50].lower()
        if not any(cue in window for cue in _PER_CAPITA_CUES):
            return False  # the common case: no per word near the figure
        if units.dimension(q.unit) in units.NOT_RATIO_DIMENSIONS or units.is_money(q.unit) or q.unit in units.POINT_UNITS:
            return False
        after = _PER_CAPITA_AFTER.match(self.prose, q.end)
        if after and not CLAUSE_BREAK.search(after.group()):
            return True
        left = CLAUSE_BREAK.split(self.prose[max(0, q.left_end - 60):q.left_end])[-1]
        return _PER_CAPITA_BEFORE.search(left) is not None

    def rate_points(self, q: Quantity, sentence_start: int) -> None:
        """ "The inflation rate rose to 36 %, 14.77 points up on November": a bare figure in points
        after a rate is a change in percentage points; beside an index ('the index fell 300 points')
        points stay the index's own."""
        if q.value_high is not None or q.unit not in POINTS_UNITS:
            return
        points = _POINTS_AFTER.match(self.prose, q.end) if not q.unit else None
        if points is None and not q.unit:
            return
        before = self.prose[sentence_start:q.start]
        if not _RATE_NOUN.search(before) or _INDEX_NOUN.search(before):
            return
        q.unit, q.end, q.subject_after = "pp", points.end() if points else q.end, False
        self.classify(q, q.left_end)

    def _up_down_after(self, q: Quantity) -> Direction | None:
        """ "14.77 points up on November's figure": a rate's change with its direction after it."""
        if q.unit not in units.PERCENT_UNITS:
            return None
        found = _UP_DOWN_AFTER.match(self.prose, q.end)
        return DIRECTION_OF.get(found.group("d").lower()) if found else None

    def restated(self, q: Quantity, previous: Quantity) -> None:
        """A change restated in another unit right after it is the same change, same direction
        ("fell by 556,000, or 0.44 per cent", "rose by 249 thousand people or 1.3%"); a figure joined to a change by "and" or a comma in the
        same unit is another change of the same verb ("plummeted 20.5% and 20.6%"); a percentage
        restating a count or an amount is its share ("2.45 million, or 5.4%"), unless a change noun or a clause-closing
        change verb after it makes both the change; a figure after a move's new level
        and "or by" is the move's size ("declined to 4.2%, or by 4.4 points")."""
        gap = q.left_end - previous.end
        if gap < 0 or gap > 100 or q.kind not in (Kinds.level, Kinds.count):
            return
        if gap > 48 and not (previous.kind is Kinds.change and _BRACKETED_SIBLING.match(self.prose, previous.end, q.left_end)):
            return
        if previous.kind is Kinds.change and q.unit == previous.unit \
                and _BRACKETED_SIBLING.match(self.prose, previous.end, q.left_end):
            q.kind, q.direction = Kinds.change, previous.direction
            return  # "vegetables (by 23.5 %), eggs (22.2 %)": the next name's share of the same change
        if previous.kind is Kinds.level and self._move_size_restated(q, previous):
            return  # "declined to 4.2 %, or by 4.4 points": the size of the move to that level
        if previous.kind == Kinds.change:
            if gap <= 24 and _RESTATING_GAP.match(self.prose, previous.end, q.left_end) \
                    or q.unit == "%" != previous.unit and _RESTATING_GAP_AFTER_NOUN.match(self.prose, previous.end, q.left_end) \
                    or previous.unit == "%" != q.unit and units.is_money(q.unit) \
                    and _PERCENT_RESTATED_IN_AMOUNT.match(self.prose, previous.end, q.left_end) \
                    or q.unit == previous.unit \
                    and _COORDINATED.match(self.prose, previous.end, q.left_end) \
                    or q.unit == previous.unit and _COMPARED_CHANGE.match(self.prose, previous.end, q.left_end) \
                    or q.unit == previous.unit and _ELIDED_CHANGE.match(self.prose, previous.end, q.left_end):
                q.kind, q.direction = Kinds.change, previous.direction
        elif gap <= 24 and q.unit == "%" and previous.unit != "%" and previous.kind in (Kinds.level, Kinds.count):
            restating = _RESTATING_GAP.match(self.prose, previous.end, q.left_end) is not None
            if not restating and not _RESTATING_GAP_AFTER_NOUN.match(self.prose, previous.end, q.left_end):
                return
            closed = _BRACKET_CLOSES.match(self.prose, q.end)
            # "a $616 million (1.5 percent) increase"; "238.6 thousand people or 1.3% rose." (Kazakh '238,6 мың
            # адамға немесе 1,3% өсті', glossed: a verb-final language's change verb closes the clause after both)
            direction = self.change_noun_after(closed.end()) if closed else self.change_closing_after(q.end)
            if direction is not None:  # both are the change
                q.kind, q.direction = Kinds.change, direction
                previous.kind, previous.direction = Kinds.change, direction
            elif restating:
                q.kind = Kinds.share

    def _move_size_restated(self, q: Quantity, previous: Quantity) -> bool:
        """ "Inflation declined to 4.2 % in December, or by 4.4 percentage points": the level a change verb
        moved to, then a restating link and "by" — the figure after them is the size of that move, in the
        verb's direction (``q`` becomes the change; the level stays the level). True when it is."""
        if not _RESTATED_SIZE_GAP.match(self.prose, previous.end, q.left_end):
            return False
        verb = _MOVE_TO_BEFORE.search(self.prose, max(0, previous.left_end - 60), previous.left_end)
        direction = DIRECTION_OF.get(" ".join(verb.group("v").lower().split())) if verb else None
        if direction is None:
            return False
        q.kind, q.direction = Kinds.change, direction
        return True

    def _share_context(self, q: Quantity, sentence_start: int) -> bool:
        if of_after(self.prose, q.end):
            return True
        if _SHARE_OPENER.match(self.prose, sentence_start, q.left_end):
            return True
        left = self.prose[max(sentence_start, q.left_end - 160):q.left_end]
        return bool(_SHARE_BEFORE.search(left))

    def _by_after_transitive_verb(self, pos: int) -> Direction | None:
        """ "raised its key rate by 100 basis points": a change verb earlier in the clause, then "by"."""
        if not BY_BEFORE.found(self.reversed, pos, 6):
            return None
        clause = CLAUSE_BREAK.split(self.prose[max(0, pos - 80):pos])[-1]
        verbs = _TRANSITIVE_VERB.findall(clause)
        return _TRANSITIVE_DIRECTION.get(verbs[-1].lower()) if verbs else None

    def _by_after_change_word(self, pos: int) -> Direction | None:
        """ "rose in the third quarter by 4.7 %" (German and Polish word order, glossed), "growth by 12.4 %": a
        change verb earlier in the sentence with no figure between, or a change noun right before, then "by"."""
        found = BY_BEFORE.found(self.reversed, pos, 8)
        if not found:
            return None
        by_at = self.prose.rfind("by", max(0, pos - 8), pos)
        if by_at < 0:
            return None
        low = max(self.sentences.at(pos).start, by_at - 130)
        noun = _CHANGE_NOUN_THEN_BY.search(self.prose, low, pos)
        if noun is not None:
            return NOUN_DIRECTION.get(noun.group("n").lower())
        window = self.prose[low:by_at]
        window = window[max((m.end() for m in _FIGURE_OR_STOP.finditer(window)), default=0):]
        verbs = _CHANGE_VERB.findall(window)
        return _BY_DIRECTION.get(" ".join(verbs[-1].lower().split())) if verbs else None

    def _rate_of_after_change_verb(self, pos: int) -> Direction | None:
        """ "grew at an annual rate of 5.4 %": the verb's change, given as a rate."""
        low = max(0, pos - 80)
        if not may_end_rate_phrase(self.prose[low:pos]):
            return None
        found = _RATE_OF_BEFORE.search(self.prose, low, pos)
        if found is None:
            return None
        word = " ".join(found.group("v").lower().split())
        return DIRECTION_OF.get(word) or NOUN_DIRECTION.get(word)

    def _comparative_after(self, pos: int, than_only: bool = False) -> Direction | None:
        """ "32% more than in 2020", "0.2% lower": a change relative to a baseline; a count only
        before "than" ("200,000 fewer than"). "3,397 metres above sea level" places, it compares nothing."""
        found = _COMPARATIVE_AFTER.match(self.prose, pos)
        if found is None or _NOT_COMPARED.match(self.prose, found.end()):
            return None
        word = " ".join(found.group("c").lower().split())
        if than_only and not word.endswith(" than") and not _THAN_AFTER.match(self.prose, found.end()):
            return None  # "1,200 fewer workers than" compares; "3 more survivors" adds
        return _COMPARATIVE_DIRECTION.get(word)


def bare_measures(quantities: list[Quantity]) -> None:
    """A bare figure with a fraction and nothing that made it a unit ("stood at 185.8", "a
    7.5-magnitude quake") measures something, it counts nothing: a level. Run once a sentence's
    units are settled (headers, shared units), which look for bare figures as counts."""
    for q in quantities:
        if q.kind is Kinds.count and not q.unit and not is_whole(q.value):
            q.kind = Kinds.level
