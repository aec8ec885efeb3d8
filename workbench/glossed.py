"""A draft's non-English claims checked through its English gloss (``languages``), reported as written.

The draft's own claims (ids, offsets, text) stay what extraction read in the draft; each is paired with
the claim extraction reads at the same place of the glossed draft (its period, kind and subject read
from English words: 'a dicembre 2021' is December 2021, 'dell'anno precedente' the year before), and
that one is matched and verified. The result is then given back its own claim. A figure of a
non-English sentence that still matches nothing is ``needs_review`` (``unknown_language_words``),
naming the words the checker could not read: a linter must not flag what it did not understand.
"""

from __future__ import annotations

import bisect
import calendar  # its month names are English, as the gloss writes them
import logging
import re
from collections.abc import Callable
from dataclasses import dataclass, field, replace
from functools import cached_property, lru_cache

from .drafts import Draft
from .extraction.extractor import claim_id
from .languages import (ENGLISH, Gloss, doubted_at, draft_language, glossed_draft, home_currency_of, language,
                        names_bare_level_measure, unknown_words, unread_script)
from .models import Claim, ClaimResult, Kind, Verdict
from .numbers import data_json
from .patterns import YEAR_1800_TO_2199
from .rules import rule_for
from .structure import is_plain_row
from .text import surface_at, with_ascii_digits
from .units import canonical_unit, is_currency_word, is_money

_log = logging.getLogger(__name__)
UNKNOWN_LANGUAGE_WORDS = "unknown_language_words"  # the reason code (docs/check.md)
_FLAGGED_UNREAD = frozenset({"no_match"})  # reasons that mean: nothing the checker knows was named
_UNREAD_WORDS_MATTER = frozenset({"no_figure"})  # … or a reading the words it did not know may change
# what a figure of a paragraph in a script nobody reads cannot be: its words were never read
_UNREAD_SCRIPT_FLAGS = frozenset({Verdict.unsupported, Verdict.contradicted})
_READ_IN_ENGLISH = ("qualifier",)  # what a twin's English reading always gives the claim as written


@dataclass
class GlossedReading:
    """The glossed draft, and each original claim id → the claim read there."""

    draft: Draft
    gloss: Gloss
    twins: dict[str, Claim]
    added: list[Claim]  # figures only the gloss reads (or reads otherwise), as the draft writes them
    dropped: set[str]  # ids of the draft's own readings the gloss's replace
    # original (start, end, script) of each paragraph written mostly in a script no language is read in
    unread_scripts: list[tuple[int, int, str]] = field(default_factory=list)
    written: Draft | None = None  # the draft as written, whose paragraphs' languages are told

    @classmethod
    def as_written(cls, draft: Draft) -> GlossedReading:
        """The reading of a draft nothing of which is glossed: every claim is read as the draft writes it."""
        return cls(draft, Gloss(draft.text), {}, [], set(), _unread_scripts(draft), draft)

    def claims(self, claims: list[Claim]) -> list[Claim]:
        """The draft's claims with the gloss's readings in place of those it replaces, each as reported
        (``as_reported``): `extract` and `check` report the same claim."""
        return [*(self.as_reported(c) for c in claims if c.id not in self.dropped), *self.added]

    def in_unread_script(self, claim: Claim) -> bool:
        """Whether the claim stands in a paragraph written in a script no language is read in."""
        return any(start <= claim.start < end for start, end, _ in self.unread_scripts)

    def claim(self, claim: Claim) -> Claim:
        return self.twins.get(claim.id, claim)

    @cached_property
    def _written_language(self) -> str | None:
        """The written draft's language (``draft_language``), told once for all its claims."""
        return draft_language(self.written) if self.written is not None else None

    def as_reported(self, claim: Claim) -> Claim:
        """A claim as written, with what its English reading says of it: a glossed paragraph's verbs and
        qualifiers are read only in English ('subiu 0,59%' rose, a change; 'environ 8 543' about). A
        share the English reading finds ('% del Pil') is left to the draft's own reading."""
        twin = self.twins.get(claim.id)
        if twin is None:
            return claim
        reading = {field: getattr(twin, field) for field in _READ_IN_ENGLISH}
        if twin.kind is Kind.change:  # a verb or noun of change the draft's own reading cannot know
            reading |= {"kind": twin.kind, "direction": twin.direction}
        elif twin.kind is Kind.ratio and claim.kind is Kind.level and twin.unit == claim.unit and is_money(claim.unit):
            reading |= {"kind": twin.kind}  # money a share ('Ergebnis je Aktie von 0,33 Euro'): said in the draft's words
        if all(getattr(claim, field) == value for field, value in reading.items()):
            return claim
        return claim.model_copy(update=reading)

    def as_written_words(self, written: Draft, twin: Claim, words: str) -> str:
        """``words`` of a twin's English sentence ('the previous year') as the draft writes them ('im Vorjahr'),
        so that an explanation quotes the draft; the English words when they cannot be traced back."""
        at, found = surface_at(twin.sentence, twin.text), twin.sentence.find(words)
        if at < 0 or found < 0:
            return words
        glossed_start = twin.start - at + found
        start = self.gloss.to_original(glossed_start)
        end = self.gloss.to_original_end(glossed_start + len(words))
        said = " ".join(written.text[start:end].split()) if 0 <= start < end <= len(written.text) else ""
        return said or words

    def draft_for(self, claim: Claim) -> Draft | None:
        """The glossed draft for a claim read in it; None for one to read in the original."""
        return self.draft if claim.id in self.twins else None

    def restore(self, result: ClaimResult, claim: Claim, names_measure: bool = False,
                measure_before: bool = False) -> ClaimResult:
        """``result`` about ``claim`` as written in the draft; unread words said when nothing matched.
        ``names_measure``: the English reading's sentence names a measure the data knows — only then is
        its 'nothing matches' the sentence's own (a sentence naming none, 'a higher value in a full
        year', leaves its measure to text the reading may have lost). ``measure_before``: a sentence before
        it in its paragraph names one, read whole by the same reading: enough for 'nothing matches', not for
        'no figure for that period', whose year the reading may have taken from that sentence."""
        twin = self.twins.get(claim.id)
        if twin is not None:
            explanation = result.explanation.replace(f"'{twin.text}'", f"'{claim.text}'")
            # the period judged is the English reading's ('im Vorjahr' counted from the year it names): the
            # claim reports that one, so its period and its evidence agree
            judged = claim.model_copy(update={"period": result.claim.period})
            result = result.model_copy(update={"claim": judged, "explanation": explanation})
        script = next((s for start, end, s in self.unread_scripts if start <= claim.start < end), None)
        if script is not None and result.verdict in _UNREAD_SCRIPT_FLAGS:
            return _unread_script(result, script)
        code = self.gloss.language_at(claim.start)
        if result.verdict in _UNREAD_SCRIPT_FLAGS and self.written is not None \
                and (doubted := doubted_at(self.written, claim.start, self._written_language)):
            return _untold(result, doubted, code)
        if code == ENGLISH or result.verdict is not Verdict.unsupported:
            return result
        if result.reason in _FLAGGED_UNREAD and (names_measure or measure_before) and _read_whole(claim, code, twin):
            return result  # every word of it read: its English reading is the sentence's, and names nothing held
        # 'no figure for that period' of a series the sentence itself never named ('12,8 százalékkal fizettünk
        # többet 2021-hez képest': we paid 12.8 % more compared with 2021) may be a reading of the wrong year
        unread = result.reason in _UNREAD_WORDS_MATTER and (not names_measure or bool(unknown_words(claim.sentence, code)))
        return _unread(result, claim, code) if result.reason in _FLAGGED_UNREAD or unread else result


def _read_whole(claim: Claim, code: str, twin: Claim | None) -> bool:
    """Whether the glossary read every word of the claim's sentence, and the claim's figure whole. A
    capital hides no word here (``unknown_words`` with ``capitals``): a sentence's first word, a German
    noun and an acronym are read only if glossed, since each may be the measure ('Inflacja', 'Quote',
    'IPCA'); in a language with no spaces, every character of its script the gloss turned into English
    (``unknown_words``: no run of it left as written). Not for a
    bare level with no unit, unless its English reading (``twin``) names a measure written bare, an index's
    level. A figure the reading stopped short of ('19 миллионов 503 тысячи' of '… 503 тысячи 159 человек', '371' of
    '371. 60 ரூபாவாக') lost the words after it, and one read with no unit beside a currency (``_currency_left_unread``)
    lost what it counts: not read whole."""
    lang = language(code)
    bare = not claim.unit and claim.kind is Kind.level
    if lang is None or bare and not (twin is not None and (names_bare_level_measure(twin.sentence)
                                                             or _year_series_item(twin))):
        return False  # a bare figure ('and India only 1.38') leaves what it measures to words the reading may have split
    if twin is not None and _only_a_date_beside(twin):
        return False  # a list's line ('2022年5月 130円'): nothing in it says what it counts, its lead above does
    sentence = claim.sentence
    at = surface_at(sentence, claim.text)
    if at < 0 or _FIGURE_GOES_ON.match(sentence, at + len(claim.text)):
        return False
    if _currency_left_unread(claim, sentence, at):
        return False
    return not unknown_words(sentence, code, capitals=True)


# a year's figure of a series quoted year by year: its year in its own clause before it ('in 1992/93 at a rate of 4.79,'
# as a solar year's span is glossed), and its clause closed right after it
_YEAR_IN_CLAUSE = re.compile(rf"(?<!\d){YEAR_1800_TO_2199}(?:/\d\d)?(?!\d)[^,;:]*\Z")
_CLAUSE_CLOSED = re.compile(r"\s*(?:[,;:]|\.?\s*\Z)")


def _year_series_item(twin: Claim) -> bool:
    """Whether the English reading's bare figure is one year's figure in a series quoted year by year ('in 1992/93 at a
    rate of 4.79, 1993/94 at a rate of 4.94, …'): the measure stands where the series opens, each year's figure is
    written bare, and no word after it, up to its clause's end, was left to name a unit the reading may have lost."""
    sentence = twin.sentence
    at = surface_at(sentence, twin.text)
    if at < 0 or not _CLAUSE_CLOSED.match(sentence, at + len(twin.text)):
        return False
    clause_start = max(sentence.rfind(mark, 0, at) for mark in ",;:") + 1
    return _YEAR_IN_CLAUSE.search(sentence[clause_start:at]) is not None


# what says the reading stopped short of a figure's end: more digits ('19 миллионов 503 тысячи' of '… 503 тысячи 159
# человек'), a decimal point typed with a space after it ('371. 60 ரூபாவாக'; a comma there starts the next figure), or a
# footnote's mark between the figure and its unit ('225,5 mld[4] USD')
_FIGURE_GOES_ON = re.compile(r"\s*(?:\d|\[\d{1,3}\]|\.\s\d)")
_NEXT_TOKEN = re.compile(r"\s+(\S+)")
_SIGNS_AND_WORDS = re.compile(r"[^\d\s.,]+")  # what a figure's surface writes besides its digits ('$', 'mld')


def _currency_left_unread(claim: Claim, sentence: str, at: int) -> bool:
    """A figure read with no unit though a currency stands in its own surface or right after it ('$17.74' of '$17.74
    pesos por dólar', a sign the reading could not square with the word after it; '18.3283 pesos', a peso of no country
    the reading could tell; '225,5 mld USD', written '225,5 mld[4] USD', whose footnote's mark stopped the reading): the
    reading lost what the figure counts."""
    if claim.unit:
        return False
    written = _SIGNS_AND_WORDS.findall(claim.text)
    after = _NEXT_TOKEN.match(sentence, at + len(claim.text))
    if after is not None:
        written.append(after.group(1))
    return any(is_currency_word(word) for word in written)


_LETTERS = re.compile(r"[^\W\d_]+")
_MONTH_NAMES = frozenset(calendar.month_name[1:])  # English, as the gloss writes a date


def _only_a_date_beside(twin: Claim) -> bool:
    """The English reading of the claim's sentence holds no word but a month's name beside the figure ('May 2022
    130 yen' of '2022年5月 130円', a list's line under its lead): it says nothing of what it counts."""
    rest = twin.sentence.replace(twin.text, " ")
    return all(word in _MONTH_NAMES for word in _LETTERS.findall(rest))


def _unread(result: ClaimResult, claim: Claim, code: str) -> ClaimResult:
    lang = language(code)
    words = list(dict.fromkeys(unknown_words(claim.sentence, code, capitals=True)))[:6]
    name = lang.name if lang else code
    said = f" (words it does not know: {', '.join(words)})" if words else ""
    return _to_review(result, f"The sentence is in {name}: read through its {name} words, it names no measure or "
                              f"place the reference data has{said}. Check it by hand, or add the words to "
                              f"workbench/data/languages.json.")


def _untold(result: ClaimResult, doubted: tuple[str, ...], code: str) -> ClaimResult:
    names = [lang.name if (lang := language(c)) else c for c in doubted]
    among = names[0] if len(names) == 1 else f"{', '.join(names[:-1])} or {names[-1]}"
    read = "as English" if code == ENGLISH else f"through its {language(code).name if language(code) else code} words"
    return _to_review(result, f"The paragraph's language could not be told: its words may be {among}, too few or too "
                              f"alike to tell which; read {read}, they may say what was not read. Check it by hand.")


def _unread_script(result: ClaimResult, script: str) -> ClaimResult:
    name = script.title() if script != "CJK" else script
    return _to_review(result, f"The paragraph is written in {name} script, which no language the checker reads is "
                              f"written in: its words were not read. Check it by hand, or add its language to "
                              f"workbench/data/languages.json.")


def _to_review(result: ClaimResult, why: str) -> ClaimResult:
    """``result`` sent to review as words the checker could not read, ``why`` before its own explanation."""
    explanation = f"{why} {result.explanation}"
    verdict = Verdict.needs_review
    return result.model_copy(update={"verdict": verdict, "auto_verdict": verdict, "reason": UNKNOWN_LANGUAGE_WORDS,
                                     "rule": rule_for(verdict, result.flags), "explanation": explanation})


# a run of characters outside ASCII: only a paragraph holding one can be in another script
_NON_ASCII = re.compile(r"[^\x00-\x7f]+")


def _unread_scripts(draft: Draft) -> list[tuple[int, int, str]]:
    """The draft's paragraphs written mostly in a script no language of the data file is written in."""
    text, paragraphs = draft.text, draft.paragraphs
    starts = [span.start for span in paragraphs]
    # an ASCII paragraph is read (``unread_script``): the paragraphs a run of other characters falls in are the
    # only ones asked, found by bisection, not a slice of every paragraph of a long draft
    asked: dict[int, None] = {}
    for run in _NON_ASCII.finditer(text, starts[0] if starts else len(text)):
        at = max(bisect.bisect_right(starts, run.start()) - 1, 0)
        while at < len(paragraphs) and paragraphs[at].start < run.end():
            if paragraphs[at].end > run.start():
                asked[at] = None
            at += 1
    found = ((paragraphs[at].start, paragraphs[at].end, unread_script(text[paragraphs[at].start:paragraphs[at].end]))
             for at in asked)
    return [(start, end, script) for start, end, script in found if script is not None]


def read_glossed(draft: Draft, claims: list[Claim], extract: Callable[[Draft], list[Claim]]) -> GlossedReading:
    """Claims of the draft's non-English paragraphs paired with their reading in the glossed draft.

    Where the gloss reads a figure the draft's own reading missed ('37,5 millions'), or read with
    another value ('106,7 mil milhões': 106.7 where the gloss reads 106.7 billion) or without the unit
    the gloss reads, or with another one ('75 miliona evra'; '3 Euro pro Liter' is EUR/l in the gloss,
    EUR in the English reading), the gloss's reading stands, as the draft writes it (``added``, ``dropped``). A draft with nothing glossed (all
    English, or a glossing bug) is read as written."""
    try:
        glossed = glossed_draft(draft)
    except Exception as exc:  # noqa: BLE001 — a bug in glossing: the draft is read as written
        _log.warning("%s: not glossed (%s: %s)", draft.path, type(exc).__name__, exc)
        return GlossedReading.as_written(draft)
    if glossed is None:
        return GlossedReading.as_written(draft)
    text, gloss = glossed
    foreign = [c for c in claims if gloss.language_at(c.start) != ENGLISH]
    by_place = {(c.start, c.value): c for c in foreign}
    at_start = {c.start: c for c in foreign}
    taken = {c.start for c in claims}
    reading = GlossedReading(text, gloss, {}, [], set(), _unread_scripts(draft), draft)
    twins = [_celsius_as_written(twin, gloss) for twin in extract(_glossed_only(text, gloss))]
    covered = sorted((gloss.to_original(t.start), gloss.to_original_end(t.end)) for t in twins)
    starts = [s for s, _ in covered]
    for claim in foreign:  # the English reading takes it for no figure ('acumulado em 12 meses')
        if not _overlaps(covered, starts, claim.start, claim.end):
            reading.dropped.add(claim.id)
    kept = sorted((c.start, c.end) for c in foreign if _home_priced(c, gloss))
    if kept:  # the draft's own reading of a rate table's row stands: the gloss lost the words that priced it
        kept_starts = [s for s, _ in kept]
        twins = [t for t in twins if not _overlaps(kept, kept_starts, gloss.to_original(t.start), gloss.to_original_end(t.end))]
    used = {c.id for c in claims}
    for twin in twins:
        start = gloss.to_original(twin.start)
        original = by_place.get((start, twin.value))
        if original is not None and twin.unit and twin.unit != original.unit:
            original = None  # the gloss reads the unit the draft's words name ('1,9 milijardi evra': EUR)
        elif original is not None and original.unit and not twin.unit \
                and _unit_is_a_function_word(draft.text, original, gloss.to_original_end(twin.end), gloss.language_at(start)):
            original = None  # 'alle ore 11 ha comunicato': Italian 'ha' (has) is no hectare
        if original is None and (start not in taken or start in at_start):
            original = _as_written(twin, draft, gloss)
            if original is not None:
                if start in at_start:
                    dropped = at_start.pop(start).id
                    reading.dropped.add(dropped)
                    used.discard(dropped)
                # equal figures of one sentence ('yüzde 5 … yüzde 5'): numbered '-2', '-3' in text order, as the
                # draft's own reading numbers them
                original = _numbered(original, used)
                reading.added.append(original)
                taken.add(start)
        if original is not None and original.id not in reading.twins:
            reading.twins[original.id] = twin.model_copy(update={"id": original.id})
    _drop_parts(reading, foreign)
    return reading


def _unit_is_a_function_word(text: str, claim: Claim, read_to: int, code: str) -> bool:
    """Whether the unit the draft's own (English) reading gave ``claim`` is read from words past ``read_to``, where the
    gloss's reading stopped with no unit, that are all function words of the paragraph's language: a unit's symbol
    that language writes as a word of its own (Italian and Spanish 'ha', has: 'alle ore 11 ha comunicato')."""
    lang = language(code)
    if lang is None or not claim.start < read_to < claim.end:
        return False
    words = _LETTERS.findall(text, read_to, claim.end)
    return bool(words) and all(lang.key(word) in lang.function_words for word in words)


def _numbered(claim: Claim, used: set[str]) -> Claim:
    """``claim`` with an id no claim of ``used`` has (its own, or numbered '-2', '-3'…), which joins ``used``."""
    given, count = claim.id, 1
    while given in used:
        count += 1
        given = f"{claim.id}-{count}"
    used.add(given)
    return claim if given == claim.id else claim.model_copy(update={"id": given})


def _home_priced(claim: Claim, gloss: Gloss) -> bool:
    """A figure of a rates table's row the draft's own reading priced in the home currency of its paragraph's
    language ('Kurs średni USD 3,86' in a Polish paragraph: złoty per dollar, ``extraction.exchange_rates``):
    the gloss turns the words that told the language into English, and would read an amount of dollars."""
    home = home_currency_of(gloss.language_at(claim.start))
    row = claim.sentence.strip()
    return home is not None and claim.unit == home and (row.startswith("|") or is_plain_row(row))


# what follows a figure's last digit in its surface: its unit's words ('degrees', 'ºF', 'degrees F') or a glued letter ('110F')
_UNIT_AFTER_DIGITS = re.compile(r"\d(\s*)(\D*?)\s*\Z")
_GLUED_LETTERS: dict[str, str] = data_json("units.json")["glued_temperature"]["letters"]


def _celsius_as_written(twin: Claim, gloss: Gloss) -> Claim:
    """The English reading gives bare degrees the Fahrenheit of US places ('1 grado' above NOAA's
    average); copy in a language that writes Celsius whatever the place (``fahrenheit_places`` not set)
    means Celsius unless its words say Fahrenheit."""
    if twin.unit != "°F" or _writes_fahrenheit(twin.text):
        return twin
    lang = language(gloss.language_at(gloss.to_original(twin.start)))
    if lang is None or lang.fahrenheit_places:
        return twin
    return twin.model_copy(update={"unit": "°C"})


def _writes_fahrenheit(surface: str) -> bool:
    """Whether a figure's own words, as the English reading read them, write Fahrenheit: a unit the
    vocabulary reads as °F ('°F', 'ºF', '℉', 'degrees F', 'Fahrenheit') or a glued 'F' ('110F'). Bare
    'degrees' are not: the places gave them their scale."""
    found = _UNIT_AFTER_DIGITS.search(surface)
    if found is None:
        return False
    space, words = found.groups()
    return canonical_unit(words) == "°F" or not space and _GLUED_LETTERS.get(words) == "°F"


def claims_as_read(draft: Draft, claims: list[Claim], extract: Callable[[Draft], list[Claim]]) -> list[Claim]:
    """The draft's claims, in text order, with the figures its non-English paragraphs hold only in words
    the gloss reads ('dos millones de personas', 'trois milliards d'euros') as the draft writes them."""
    return sorted(read_glossed(draft, claims, extract).claims(claims), key=lambda claim: claim.start)


def _drop_parts(reading: GlossedReading, foreign: list[Claim]) -> None:
    """The draft's own readings inside a figure the gloss reads whole are parts of it, not claims:
    '19 миллионов 300 тысяч' is 19.3 million, and its '300' no figure of its own."""
    by_start = sorted(foreign, key=lambda claim: claim.start)
    starts = [claim.start for claim in by_start]
    for whole in reading.added:  # only the claims starting inside a whole can be its parts: found by bisection
        for part in by_start[bisect.bisect_left(starts, whole.start):bisect.bisect_right(starts, whole.end)]:
            if part.id != whole.id and part.end <= whole.end and (part.start, part.end) != (whole.start, whole.end):
                reading.dropped.add(part.id)


def _glossed_only(draft: Draft, gloss: Gloss) -> Draft:
    """The glossed draft with its English paragraphs blanked (newlines kept, so offsets hold): their
    claims are the draft's own already, and reading them again would double the draft's extraction."""
    chars = list(draft.text)
    at = draft.body_start
    for start, end, _ in gloss.languages:
        g_start, g_end = gloss.to_glossed(start), gloss.to_glossed(end)
        chars[at:g_start] = _blank(chars[at:g_start])
        at = max(at, g_end)
    chars[at:] = _blank(chars[at:])
    return replace(draft, text="".join(chars))


def _blank(chars: list[str]) -> list[str]:
    return [c if c == "\n" else " " for c in chars]


def _overlaps(spans: list[tuple[int, int]], starts: list[int], start: int, end: int) -> bool:
    """Whether a span of ``spans`` (sorted, with their ``starts``) overlaps [start, end)."""
    i = bisect.bisect_left(starts, end)  # spans starting before ``end``; the nearest few reach back
    return any(s < end and start < e for s, e in spans[max(0, i - 3):i])


# characters of a sentence's opening compared to tell which of its equal surfaces a figure is
_OPENING = 24


@lru_cache(maxsize=4)
def _spaces_collapsed(text: str) -> tuple[str, list[int], list[int]]:
    """``text`` with each run of whitespace one space, as a claim's sentence is written; where each of its characters
    stands in ``text``; and where each of ``text``'s characters stands in it (a run's spaces all at its one)."""
    chars: list[str] = []
    original: list[int] = []
    collapsed_at: list[int] = []
    for i, ch in enumerate(text):
        if ch.isspace():
            if i and text[i - 1].isspace():
                collapsed_at.append(len(chars) - 1)
                continue
            ch = " "
        collapsed_at.append(len(chars))
        original.append(i)
        chars.append(ch)
    return "".join(chars), original, collapsed_at


def _sentence_span(twin: Claim, glossed: str) -> tuple[int, int] | None:
    """Where the twin's sentence stands in the ``glossed`` text (None if nowhere): of equal surfaces ('… yüzde 5
    arttı, Şubat ayında da yüzde 5 arttı'), the one the sentence, set back from the twin's start, opens from as
    written — the first one made every later figure's sentence start at the first figure's offset back,
    mid-sentence. The sentence is written with its spaces collapsed ('South Korea  of' read 'South Korea of'), so it
    is set back in the text collapsed alike: set back in the text as it stands, a sentence after a doubled space
    opened mid-word, each of its figures' somewhere else. The first surface when none does (a sentence whose
    spaces the reading folded)."""
    # a surface spanning a doubled space ('14,770 US dollars   to 33,150') is in its sentence collapsed too
    written = twin.text if surface_at(twin.sentence, twin.text) >= 0 else " ".join(twin.text.split())
    first = surface_at(twin.sentence, written)
    if first < 0 or not 0 <= twin.start < len(glossed):
        return None
    collapsed, original, collapsed_at = _spaces_collapsed(glossed)
    figure = collapsed_at[twin.start]
    surface = written if twin.sentence.startswith(written, first) else with_ascii_digits(written)
    opening = twin.sentence[:_OPENING]
    at = first
    while at >= 0 and figure - at >= 0:
        if collapsed.startswith(opening, figure - at):
            last = min(figure - at + len(twin.sentence), len(original)) - 1
            return original[figure - at], original[last] + 1
        at = twin.sentence.find(surface, at + 1)
    return twin.start - first, twin.start - first + len(twin.sentence)


def _as_written(twin: Claim, draft: Draft, gloss: Gloss) -> Claim | None:
    """A claim the glossed draft holds where the draft's own reading has none, as the draft writes it:
    its surface, sentence, offsets and id those of the draft's text; its reading the gloss's."""
    start, end = gloss.to_original(twin.start), gloss.to_original_end(twin.end)
    if gloss.language_at(start) == ENGLISH or not 0 <= start < end <= len(draft.text):
        return None
    span = _sentence_span(twin, gloss.text)
    sentence_start = gloss.to_original(max(span[0], 0)) if span is not None else start
    sentence_end = gloss.to_original_end(span[1]) if span is not None else end
    surface, sentence = draft.text[start:end], " ".join(draft.text[sentence_start:max(sentence_end, end)].split())
    if not surface.strip() or " ".join(surface.split()) not in sentence:
        return None
    line, column = draft.line_col(start)
    return twin.model_copy(update={"id": claim_id(surface, sentence), "text": surface, "start": start, "end": end,
                                   "line": line, "column": column, "sentence": sentence})
