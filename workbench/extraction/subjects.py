"""What a figure is about: the counted noun after it, or the noun phrase before its verb."""

from __future__ import annotations

from typing import Final

import bisect
import re

from ..gazetteer import Gazetteer
from ..models import Qualifier
from ..numbers import alternation
from ..patterns import Behind, reversed_words
from .nonclaims import FOOTNOTE_MARK_AFTER_PERCENT
from .quantities import Quantity
from .sentences import Sentence
from .vocabulary import (
    Kinds,
    Qualifiers,
    AUXILIARIES,
    CLAUSE_BREAK,
    LEX,
    MEASURE_NOUNS,
    NOUN_AFTER,
    NOUN_PHRASE_LINKS,
    NUMBER_WORD_SET,
    of_after,
    RATE_OF_PHRASES,
    STOPWORDS,
    VERB_WORDS,
    may_end_rate_phrase,
)

_STRIP_DETERMINERS: Final = frozenset(LEX["determiners_to_strip"])
_REPORTED_CLAUSE_OPENERS: Final = frozenset(LEX["reported_clause_openers"])
_SMALL_WORDS: Final = STOPWORDS | VERB_WORDS | MEASURE_NOUNS | NUMBER_WORD_SET | frozenset(LEX["time_units"])
_INNER_SUBJECT_WORDS: Final = frozenset(LEX["inner_subject_words"])
_PERIOD_OPENERS: Final = frozenset(LEX["period_openers"])
# A period that opens its sentence starts at most this far in (the longest opener, plus ", ").
_OPENER_REACH: Final = max(map(len, _PERIOD_OPENERS)) + 8
# How far back from a figure its subject is looked for: a subject is a clause or two before its
# figure, and a bound keeps a sentence with thousands of figures linear, not quadratic.
SUBJECT_REACH: Final = 600
SHARE_VERB_CUES: Final = [c for c in LEX["share_cues"] if not c.endswith(" of")]
# A share verb that ends a clause ("Russians make up 19%"), read backwards: one anchored
# attempt. Its plain form, ``(?<![\w])(?:cues)\s*\Z`` searched forwards, is in the tests.
SHARE_VERB_ENDING: Final = Behind(rf"\s*(?:{reversed_words(SHARE_VERB_CUES)})(?![\w])", re.I)
_OR_QUALIFIER: Final = {w: Qualifier(q) for w, q in LEX["or_qualifiers"].items()}
_OR_QUALIFIER_LATER: Final = re.compile(rf"[^.;:!?,()\d]{{1,60}}?\s(?i:or\s+(?P<w>{'|'.join(_OR_QUALIFIER)}))\b")
# A digit that starts a number but not a year: ``(?<![\w.,])(?!(?:1[89]|20)\d\d\b)\d``, written
# digit first (the year test looks back at it) so ``re`` skips ahead to digits; nor a length of time that
# names a basis ("According to official data, the 12-month inflation was …": that clause holds the subject),
# nor a time of day ("At 4pm the rand traded at …", "by 10.30 a.m.": cores.SKIP_DIGIT_FORMS' clock times).
QUANTITY_IN: Final = re.compile(r"\d(?<![\w.,]\d)(?!(?<=1)[89]\d\d\b)(?!(?<=2)0\d\d\b)"
                         r"(?!\d?(?:[.:]\d{2})?\s*(?:[ap]\.m\.|[ap]m\b))"
                         rf"(?!\d*[- ](?:{alternation(LEX['basis_lengths'])})\b)")
_POSSESSIVE: Final = re.compile(r"['’]s$")
_SHARE_OPENER: Final = re.compile(rf"^(?:{'|'.join(LEX['share_nouns'])})\s+of\s+", re.I)
_WORD: Final = re.compile(r"[A-Za-z][\w'’\-]*|\d[\d.,]*%?")
# ', after 2.3 % in 2021': the next figure of a yearly run, right before the figure (lexicon run_links)
_RUN_LINK_BEFORE: Final = re.compile(rf"[,;]\s*(?i:{alternation(LEX['run_links'])})\s*\Z")
# 'grew at an average rate of 5 %': the rate phrase says how the figure is taken, not what it is about.
_RATE_PHRASE_END: Final = re.compile(rf"\s(?:{'|'.join(re.escape(p) for p in RATE_OF_PHRASES)})\s*\Z", re.I)
# 'which at the average exchange rate was about $1.69 trillion': the rate a sum was converted at says how the
# figure is expressed, not what it is about; never when the rate's own figure follows ('at an exchange rate of
# about 1.5': the phrase, 'of' and two words at most run into the figure)
_CONVERSION: Final = LEX["conversion_phrases"]
_CONVERSION_PHRASE: Final = re.compile(
    rf"(?<![\w'’-])(?:{alternation(_CONVERSION['openers'])})\s+(?:(?:{alternation(_CONVERSION['modifiers'])})\s+){{0,3}}"
    rf"(?:{alternation(_CONVERSION['rates'])})(?![\w'’-])(?!\s*(?:of(?:\s+[\w'’-]+){{0,2}})?\s*\Z)", re.I)
# 'urban 12.4 million and rural population – 7.6 million': a dash right after a word, right before the
# figure, stands for the verb the coordination leaves out, so the words before it name the figure.
_GAP_DASH: Final = re.compile(r"(?<=[^\W\d_])\s*[–—]\s*\Z|(?<=[^\W\d_])\s+-\s+\Z")


_NOMINAL_PARTICIPLES: Final = frozenset(LEX["nominal_participles"])
# between a figure and the next: no clause's end, then a bracket opened right before the next figure
_BRACKET_OPENED: Final = re.compile(r"[^()\d.;:!?]{0,80}\(\s*")
# 'the overall growth of 177,919 in its population': what a change noun's figure changed, named after it
_CHANGE_NOUNS: Final = frozenset(w.lower() for words in LEX["change_nouns"].values() for w in words)
_CHANGED_AFTER: Final = re.compile(rf"[ \t]+(?i:{alternation(LEX['change_noun_subject_links'])})(?=[ \t])")


def _is_participle(word: str) -> bool:
    """A lone word after a figure that is a verb's form ("recorded", "registered"), not a noun it counts
    ("bed", "seed": short words ending in -ed are nouns)."""
    lowered = word.lower()
    if lowered in _NOMINAL_PARTICIPLES:  # '2.8 million unemployed', '12,000 displaced': the people counted
        return False
    return lowered in VERB_WORDS or (len(lowered) > 4 and lowered.endswith("ed"))


class SubjectReader:
    """Fills each quantity's subject, remembering the previous figure of each sentence."""

    def __init__(self, prose: str, reversed_prose: str, gazetteer: Gazetteer) -> None:
        self.prose = prose
        self.reversed = reversed_prose
        self.gazetteer = gazetteer
        self._previous_end: dict[int, int] = {}  # sentence start → end of its previous figure
        self._last_subject: dict[int, str] = {}  # sentence start → subject of its previous figure

    def fill(self, q: Quantity, sentence: Sentence) -> None:
        previous_end = self._previous_end.get(sentence.start)
        # a footnote's mark glued after the figure's percent ('1,5%1, inferior a …') is part of the figure's end
        mark = FOOTNOTE_MARK_AFTER_PERCENT.match(self.prose, q.end - 1) if self.prose[q.end - 1:q.end] == "%" else None
        self._previous_end[sentence.start] = mark.end() if mark is not None else q.end
        last_subject = self._last_subject
        of = None if q.subject_after else of_after(self.prose, q.end)  # read by the other branches only
        if q.subject_after:
            q.subject = self.noun_after(q.end, sentence.end) or self._gapped_subject(q, previous_end) \
                or last_subject.get(sentence.start) or self._subject_before(q, sentence, previous_end)
            # (the pattern's "or" starts within 62 characters: most figures have none there)
            if q.qualifier == Qualifiers.exact and "or" in self.prose[q.end:q.end + 64].lower():
                later = _OR_QUALIFIER_LATER.match(self.prose, q.end, sentence.end)
                if later:  # "300 schools or more"
                    q.qualifier = _OR_QUALIFIER[later.group("w").lower()]
        elif of and (q.unit not in ("%", "x", "") or q.kind == Kinds.share) \
                and not SHARE_VERB_ENDING.found(self.reversed, q.left_end, q.left_end - sentence.start):
            # "19% of the population", "$23.7 billion of foreign investment", "40 thousand tonnes of grain"
            q.subject = self.noun_after(of.end()) or self._subject_before(q, sentence, previous_end)
        elif previous_end is not None \
                and _RUN_LINK_BEFORE.search(self.prose, max(previous_end, q.left_end - 16), q.left_end):
            # "rose 6.3% in 2022, after 2.3% in 2021": the run's figure is of the run's subject (none when the
            # figure before it had none: then the sentence's measure is the run's, never a clause farther back)
            q.subject = last_subject.get(sentence.start)
        elif previous_end is not None and sentence.start in last_subject \
                and _continues_previous(_without_conversion(self._without_periods(sentence, previous_end, q.left_end))):
            # "grew by 10% to 28.2 billion", "109 trillion roubles, at the average exchange rate $1.69 trillion": same subject
            q.subject = last_subject[sentence.start]
        elif q.unit == "%" and q.kind == Kinds.share and not of and self.noun_after(q.end) \
                and self.prose[q.start:q.end][:1].isalpha():
            q.subject = self.noun_after(q.end)  # "one in four households"
        else:
            q.subject = self._gapped_subject(q, previous_end) or self._subject_before(q, sentence, previous_end) \
                or last_subject.get(sentence.start)
        if q.kind is Kinds.change and q.subject and _only_change_noun(q.subject):
            # 'saw the overall growth of 177,919 in its population': the change is of what 'in' names after it
            link = _CHANGED_AFTER.match(self.prose, q.end, sentence.end)
            changed = self.noun_after(link.end(), sentence.end) if link else None
            if changed:
                q.subject = f"{q.subject} in {changed}"
        if q.subject:
            last_subject[sentence.start] = q.subject

    def _gapped_subject(self, q: Quantity, previous_end: int | None) -> str | None:
        """The noun phrase before a dash that stands for a left-out verb ('12.4 million and rural
        population – 7.6 million', 'men 1,200, women – 1,500'), read after the sentence's previous
        figure only: a first figure's subject is the clause's, read the usual way."""
        if previous_end is None or previous_end >= q.left_end:
            return None
        between = self.prose[previous_end:q.left_end]
        dash = _GAP_DASH.search(between)
        if dash is None:
            return None
        clause = CLAUSE_BREAK.split(between[:dash.start()])[-1]
        if QUANTITY_IN.search(clause):
            return None
        phrase = _phrase_before(clause)
        return self._subject_from(phrase, q) if phrase else None

    def _without_periods(self, sentence: Sentence, start: int, end: int) -> str:
        """Text between two offsets with the sentence's period phrases blanked out."""
        text = self.prose[start:end]
        periods = sentence.periods
        for i in range(bisect.bisect_left(periods, start, key=_period_start), len(periods)):
            p_start, p_end, _ = periods[i]
            if p_start >= end:
                break
            if p_end <= end:
                a, b = p_start - start, p_end - start
                text = text[:a] + " " * (b - a) + text[b:]
        return text

    def noun_after(self, pos: int, end: int | None = None) -> str | None:
        """The counted noun phrase right after a number: "42 thousand local enterprises with…",
        read no further than ``end`` (the sentence's: a fact box's next label is no noun of it)."""
        found = NOUN_AFTER.match(self.prose, pos, len(self.prose) if end is None else end)
        if not found:
            return None
        words: list[str] = found.group(1).split()  # typed: the compiled build splits and lowers without method lookups
        while words and words[0].lower() in _STRIP_DETERMINERS:
            words.pop(0)
        phrase: list[str] = []
        for i, word in enumerate(words):
            lowered = word.lower()
            if lowered in STOPWORDS and lowered not in NOUN_PHRASE_LINKS or lowered in NUMBER_WORD_SET:
                break  # a small word, or the next figure ("households and six out of ten firms")
            if lowered == "and" and words[i + 2:i + 3] == ["to"]:
                break  # "people and plans to hire": a second verb, not a second noun
            if phrase and (lowered in VERB_WORDS or (lowered.endswith("ed") and phrase[-1].lower() != "and")):
                break  # "students attended": the verb ends the counted noun
            if lowered in NOUN_PHRASE_LINKS and not phrase:
                break
            phrase.append(word)
            if len(phrase) == 6:
                break
        while phrase and phrase[-1].lower() in NOUN_PHRASE_LINKS:
            phrase.pop()
        if len(phrase) == 1 and _is_participle(phrase[0]):
            return None  # "534,000 recorded last year": a verb of the figure, not a counted noun
        return " ".join(phrase) or None

    def _subject_before(self, q: Quantity, sentence: Sentence, previous_end: int | None = None) -> str | None:
        """The noun phrase a quantity is about, read backwards from the number.

        "In 2022, bilateral trade grew by 10%" → "bilateral trade": drop the period phrase that
        opens the sentence, then the verb and small words before the number, then keep the
        noun phrase up to the previous verb, clause break or sentence start. When the sentence's
        previous figure stands in the same clause ("deposits 2 bln roubles and reserves 1.1 tn"),
        the phrase after it comes first.
        """
        low = sentence.start + self._opening_period_end(q, sentence)
        left = self._without_periods(sentence, max(low, q.left_end - SUBJECT_REACH), q.left_end)
        if q.left_end - SUBJECT_REACH > low:  # cut short: start at a clause break, not mid-phrase
            low = q.left_end - SUBJECT_REACH
            first_break = CLAUSE_BREAK.search(left)
            left = left[first_break.end():] if first_break else ""
            low = q.left_end - len(left)
        if left.endswith("-") and left[-2:-1].isalpha():
            left = left[:-1]  # 'prices for foodstuff-111.2 %': the hyphen glues the word to the figure, no compound's
        cue = SHARE_VERB_ENDING.start_at_end(left)
        if cue is not None:
            left = left[:cue]  # "Russians make up 19% of…": the part is the subject
        rate_phrase = _RATE_PHRASE_END.search(left) if may_end_rate_phrase(left) else None
        if rate_phrase is not None:
            left = left[:rate_phrase.start()]
        left = _without_conversion(left)
        after_previous = -1 if previous_end is None else previous_end - low
        phrase: list[str] = []
        if 0 <= after_previous <= len(left) and not CLAUSE_BREAK.search(left, after_previous):
            phrase = _phrase_before(left[after_previous:], quantity_is_verb=q.is_verb)
        for clause in ([] if phrase else reversed(CLAUSE_BREAK.split(left))):
            if QUANTITY_IN.search(clause):
                continue  # "The bridge, which is 12 km long, cost…": that clause is another claim's
            phrase = _phrase_before(clause, quantity_is_verb=q.is_verb)
            if phrase:
                break
            if clause.strip() and not _only_small_words(clause):
                return None  # "…, reaching 28.2 billion": the subject is the previous claim's
        return self._subject_from(phrase, q) if phrase else None

    def _opening_period_end(self, q: Quantity, sentence: Sentence) -> int:
        """Where a period phrase that opens the sentence ("In 2022, …") ends, from the sentence start."""
        cut = 0
        for p_start, p_end, _ in sentence.periods:
            if p_start - sentence.start > _OPENER_REACH:
                break  # in text order: no later period opens the sentence
            if p_end <= q.left_end and self.prose[sentence.start:p_start].strip(" ,").lower() in _PERIOD_OPENERS:
                cut = max(cut, p_end - sentence.start)
        return cut

    def _subject_from(self, phrase: list[str], q: Quantity) -> str:
        """The phrase as a subject: sentence-case unless a name, without "share of" for a share."""
        if phrase[0][0].isupper() and not phrase[0].isupper() and self.gazetteer.canonical(
                _POSSESSIVE.sub("", phrase[0])) is None:
            phrase[0] = phrase[0][0].lower() + phrase[0][1:]
        subject = " ".join(phrase)
        if q.kind == Kinds.share:
            subject = _SHARE_OPENER.sub("", subject) or subject  # "share of Russians…" → "Russians…"
        return subject


def _continues_previous(clause: str) -> bool:
    """Whether the words between a figure and the figure before it in its sentence (period phrases blanked) leave
    it that figure's subject: no noun of their own ("grew by 10% to 28.2 billion"), or no clause's end before a
    bracket opened right before it ("released 322.5 million tonnes of CO2 in 2018 (7.1 million tonnes more than
    in 2017)": a figure opening a bracket after the figure before it speaks of that figure's subject). One blanked
    clause for both tests; the bracket's pattern only where a bracket stands."""
    return _only_small_words(clause) or ("(" in clause and _BRACKET_OPENED.fullmatch(clause) is not None)


def _without_conversion(text: str) -> str:
    """``text`` with the phrases that say at which rate a sum was converted (``_CONVERSION_PHRASE``) blanked, not
    cut: offsets into it stay those of the prose."""
    if "rate" not in text.lower():
        return text
    return _CONVERSION_PHRASE.sub(lambda m: " " * len(m.group()), text)


def _only_change_noun(subject: str) -> bool:
    """A subject that names a change and not what changed: 'growth', 'the overall increase'. (Split before
    lower-casing, which adds no white space: only the last word is lower-cased.)"""
    words = subject.split()
    return 0 < len(words) <= 3 and words[-1].lower() in _CHANGE_NOUNS


def _period_start(period: tuple[int, int, str | None]) -> int:
    return period[0]


def _only_small_words(clause: str) -> bool:
    """No noun of its own: small words, verbs, measure nouns, figures and durations ("over five years")."""
    return all(w[0].isdigit() or w.lower() in _SMALL_WORDS for w in _WORD.findall(clause))


def _is_verb_at(lowered: list[str], i: int) -> bool:
    """Whether word i (of a clause's words, lower-cased) acts as a verb: a known one, or an
    -ed/-s word right after an auxiliary or a noun."""
    word = lowered[i]
    if word in VERB_WORDS:
        return True
    previous = lowered[i - 1] if i > 0 else ""
    if previous in AUXILIARIES:
        return True
    return word.endswith("ed") and bool(previous) and previous not in STOPWORDS and not previous[0].isdigit()


def _phrase_before(clause: str, quantity_is_verb: bool = False) -> list[str]:
    """The noun phrase that ends a clause, before its number's verb and small words.

    When the quantity is itself the verb ("costs doubled"), the word right before it is the
    subject, even one that can be a verb too.
    """
    words: list[str] = _WORD.findall(clause)  # typed, so the compiled build lowers each word without a method lookup
    lowered = [word.lower() for word in words]  # once per word, not once per test
    n = len(words)
    # Peel off the verb and the small words between the subject and the number. A measure noun after
    # the verb is the figure's ('reached a record high of'); one before it heads the subject ('the
    # price level increased by').
    verb_peeled = False
    while n:
        small = lowered[n - 1] in STOPWORDS or words[n - 1][0].isdigit()
        verb = not small and not quantity_is_verb and _is_verb_at(lowered, n - 1)
        if not (small or verb or (lowered[n - 1] in MEASURE_NOUNS and not verb_peeled)):
            break
        if lowered[n - 1] in _REPORTED_CLAUSE_OPENERS and n < len(words):
            return []  # "INSEE indicated that price increases had reached": the reporter is no subject
        verb_peeled = verb_peeled or verb
        n -= 1
    head = n - 1 if quantity_is_verb else -1  # the subject's last word: no verb test
    first = n
    for i in range(n - 1, -1, -1):
        word = lowered[i]
        if (word in STOPWORDS and word not in _INNER_SUBJECT_WORDS) or words[i][0].isdigit() \
                or (i != head and _is_verb_at(lowered, i)):
            break
        first = i
        if n - first == 8:
            break
    last = n
    # A phrase neither opens nor ends with a small word or a link ("and costs", "exports of").
    while first < last and (lowered[first] in STOPWORDS or lowered[first] in NOUN_PHRASE_LINKS):
        first += 1
    while first < last and (lowered[last - 1] in STOPWORDS or lowered[last - 1] in NOUN_PHRASE_LINKS):
        last -= 1
    return words[first:last]
