"""One pass over a draft: scan for number cores, read each as a quantity, then make the claims."""

from __future__ import annotations

import bisect
import datetime as dt
import gc
import hashlib
import math
import re
from decimal import Decimal, InvalidOperation
from collections.abc import Callable
from typing import Any, Final

from .. import units
from ..gazetteer import Gazetteer
from ..models import Claim
from ..numbers import data_json
from ..text import with_ascii_digits
from . import scanbytes
from .cores import candidates, candidates_of_texts, core_at, core_past_ratio, four_digits_or_nothing, glued_core_at
from .entities import EntityReader, names_written_in
from .exchange_rates import read_rate
from .headers import TableHeaders, apply_header, compared_units
from .kinds import POINTS_UNITS, Classifier, bare_measures
from .newsunits import DEGREES, carry_price_unit, degrees_unit, per_share_before, price_per_before, price_said_again
from .money_signs import byte_classes, glued_starts
from .nonclaims import NonClaims
from .periods import PeriodReader, ends_a_year_span
from .quantities import Quantity, QuantityReader
from .ratios import BRANCHES as RATIO_BRANCHES
from .ratios import RatioReader
from .sentences import Sentence, Sentences
from .shared_units import (list_item_unit, money_named_before, money_said_again, per_person_said_again, share_units,
                           unit_said_short)
from .subjects import SubjectReader


# Arabic percent, decimal and group signs: written beside ASCII digits too ('500٪'), never as prose punctuation
_ARABIC_NUMBER_SIGNS: Final = ("٪", "٫", "٬")


def ascii_digits(prose: str, starts: list[int]) -> str | None:
    """The prose with digits of every script read as ASCII digits ("۲۰۲۲" is a year like "2022"), and
    Arabic number signs as ASCII ones ('500٪' is '500%'), or None when no candidate (``starts``) opens with
    another script's digit and no such sign is written — nearly always, so ordinary text costs one look per
    candidate and a scan for three signs, not a pass over every character."""
    if prose.isascii() or not starts:
        return None
    if max(map(prose.__getitem__, starts)) < "\x80" and not any(sign in prose for sign in _ARABIC_NUMBER_SIGNS):
        return None
    return with_ascii_digits(prose)


def _prefix_pattern() -> re.Pattern[str]:
    scripts = [spec for name, spec in data_json("languages.json")["prefixes_before_figure"].items() if not name.startswith("_")]
    letters = re.escape("".join(spec["letters"] for spec in scripts))
    joiners = re.escape("".join(dict.fromkeys(c for spec in scripts for c in spec["joiners"])))
    # (?<!\w)[letters]{1,2}[joiners]?(?=\d), its look-behind tested after the first letter ("no word character
    # before it"): a pattern that opens with a character set lets ``re`` skip to the prefix letters, where the
    # look-behind first was tried at every character of a text that is not ASCII
    return re.compile(rf"[{letters}](?<!\w.)[{letters}]?[{joiners}]?(?=\d)")


GLUED_PREFIX: Final = _prefix_pattern()  # also tells the gloss such a prefix is read (languages.unknown_words)


def prefixes_apart(prose: str) -> str | None:
    """The prose with a one-letter prefix glued to a figure ('ל-7.3%', 'ב-2023', 'و14 مليار') blanked
    with its hyphen, so the figure reads as one standing alone; None when there is none (any ASCII
    text). The same length, so offsets hold; the letters are languages.json's 'prefixes_before_figure'."""
    if prose.isascii():
        return None
    found = False
    pieces: list[str] = []
    last = 0
    for m in GLUED_PREFIX.finditer(prose):
        found = True
        pieces += [prose[last:m.start()], " " * (m.end() - m.start())]
        last = m.end()
    return "".join(pieces) + prose[last:] if found else None


# A sentence longer than this (no news sentence is; a run-on line or a huge table can be) enters
# claim ids as its own digest, so each of its thousands of figures hashes a few bytes, not it all.
LONG_SENTENCE: Final = 8192
SENTENCE_WINDOW: Final = 500  # characters either side of a figure that a long sentence's claim carries


# CPython's own lowering, called through a name: compiled code inlines ``str.lower`` letter by letter, which writes a
# word-final capital sigma 'σ' where CPython writes 'ς' ('ΚΥΠΡΟΣ'), and a claim's id must not depend on the build
_lower = str.lower


def claim_id(surface: str, sentence: str) -> str:
    """Id from the quantity's surface and its sentence (whitespace and case normalised)."""
    return _claim_id(surface, _sentence_key(" ".join(sentence.split())))


def _sentence_key(normalised: str) -> bytes:
    key = ("\x1f" + _lower(normalised)).encode("utf-8")
    return key if len(normalised) <= LONG_SENTENCE else b"\x1f#" + hashlib.sha1(key).digest()


def _claim_id(surface: str, sentence_key: bytes) -> str:
    digest = hashlib.sha1(_lower(" ".join(surface.split())).encode("utf-8") + sentence_key)
    return "c-" + digest.hexdigest()[:8]


class CollectorPaused:
    """Python's cycle collector held off while a draft is read, then restored as it was.

    The pass allocates a few container objects per candidate (matches, quantities, claims) and
    frees nearly all of them by reference counting; the collector would still walk the young
    ones hundreds of times per megabyte (2 % of the instructions by callgrind, more in memory
    traffic). The few cycles made here (a sentence and its period index) are collected after
    the pass. A class, not a ``contextmanager``: that costs a generator per call, which a
    paragraph-sized text notices.
    """

    __slots__ = ("was_enabled",)

    def __enter__(self) -> None:
        self.was_enabled = gc.isenabled()
        gc.disable()

    def __exit__(self, *exc: object) -> None:
        if self.was_enabled:
            gc.enable()


class Extractor:
    """The readers of one draft, wired together; ``run`` returns its claims in text order."""

    # for mypyc, which lets a compiled class delete only the attributes listed here
    __deletable__ = ("sentences", "kinds", "subjects", "entities", "periods", "quantities", "ratios")

    def __init__(self, text: str, prose: str, as_of: dt.date | None, gazetteer: Gazetteer,
                 line_col: Callable[[int], tuple[int, int]], body_start: int,
                 window: tuple[int, int] | None = None, address: str = "", starts: list[int] | None = None,
                 names_written: bool = True, classes: bytes | None = None) -> None:
        """``window``: read only the candidates in ``[low, high)`` of the whole text (one chunk of a
        long text read in parallel, ``parallel``); every reader still sees the whole text. ``address``: the
        words of the page's address, which may name the currency a one-letter sign stands for. ``starts``,
        ``names_written`` and ``classes``: the prose's candidates (``candidates``), whether a gazetteer name is
        written in its body (``entities.names_written_in``) and its byte classes (``money_signs.byte_classes``),
        where a batch of texts was scanned at once."""
        self.text = text
        self.body_start = body_start
        self.address = address
        self.starts = candidates(prose, body_start) if starts is None else starts
        scanned = prose
        translated = ascii_digits(prose, self.starts)
        if translated is not None:
            prose = translated
            self.starts = candidates(prose, body_start)
        if (priced := units.colon_prices(prose)) is not None:  # '10:66 kronor' is no clock time
            prose = priced
            self.starts = candidates(prose, body_start)
        if (apart := prefixes_apart(prose)) is not None:  # Hebrew 'ל-7.3%': to 7.3%
            prose = apart
            self.starts = candidates(prose, body_start)
        self.prose = prose
        self.names_written = names_written or prose is not scanned  # (a changed prose is looked at again)
        glued = glued_starts(prose, address, classes if prose is scanned else None)
        # "R3.55=US$1", "USD115", ".08", "foodstuff-111.2%"
        self.glued = frozenset([*units.rate_notation_starts(prose), *units.hyphen_glued_percent_starts(prose), *glued])
        if self.glued:
            self.starts = sorted({*self.starts, *self.glued})
        if window is not None:
            self.starts = self.starts[bisect.bisect_left(self.starts, window[0]):bisect.bisect_left(self.starts, window[1])]
        self.line_col = line_col
        self.consumed = -1  # where the last figure read (or skipped form) ends: a chunk after it starts there at the earliest
        self.first_sentence_start: int | None = None  # the sentence of the first figure read
        # Figures whose value no float holds (a 400-digit numeral): left out, their spans kept here.
        self.unrepresentable: list[tuple[int, int]] = []
        self.found: list[tuple[Quantity, Sentence]] = []
        if self.starts:  # a text with no candidate (a paragraph of prose alone) needs no reader
            self._wire(text, prose, as_of, gazetteer)

    def _wire(self, text: str, prose: str, as_of: dt.date | None, gazetteer: Gazetteer) -> None:
        """The readers the pass hands each candidate to."""
        reversed_prose = prose[::-1]  # for the look-behind patterns (``patterns.Behind``)
        self.periods = PeriodReader(prose, reversed_prose, as_of)
        self.sentences = Sentences(text, prose, self.body_start, self.periods.periods_in)
        kinds = self.kinds = Classifier(prose, reversed_prose, self.sentences)
        self.nonclaims = NonClaims(prose, reversed_prose)
        self.tables = TableHeaders(text)
        self.quantities = QuantityReader(prose, reversed_prose, kinds, self.tables.plain_cell, self.address,
                                         self.tables.letter_unit)
        self.ratios = RatioReader(prose, reversed_prose, kinds)
        self.subjects = SubjectReader(prose, reversed_prose, gazetteer)
        self.entities = EntityReader(prose, self.body_start, gazetteer, self.names_written)

    def run(self) -> list[Claim]:
        """Every claim, numbered (``numbered``), in text order."""
        with CollectorPaused():  # building the claims allocates as the pass does
            return numbered(self.run_unnumbered(), {})

    def run_unnumbered(self) -> list[tuple[str, dict[str, Any]]]:
        """Each claim as its id before numbering (``numbered``) and its fields, in text order."""
        if not self.starts:
            return []
        with CollectorPaused():
            claims = self._run()
            self._release()
        return claims

    def _release(self) -> None:
        """Free what the pass built (sentences, their figures and indexes) before the collector
        resumes: its first collection then walks the claims alone, not every object of the pass."""
        self.sentences.release()
        del self.sentences, self.kinds, self.subjects, self.entities, self.periods, self.quantities, self.ratios
        self.found = []

    def _run(self) -> list[tuple[str, dict[str, Any]]]:
        self.read_figures()
        self.settle()
        return self.made_claims()

    # The pass in three stages, so that ``read_all`` can run each stage over many texts in turn: a stream of
    # short texts then keeps one stage's code hot in the cache, as one long text does.
    def read_figures(self) -> None:
        """Each candidate read as a quantity in its sentence (``found``)."""
        found: list[tuple[Quantity, Sentence]] = []
        consumed = -1
        prose, glued_at = self.prose, self.glued
        # The readers' methods are called on the readers, not bound to locals: compiled, a call on the object is
        # a direct native call, where a bound method is called through Python's generic protocol.
        quantities, ratios, sentences = self.quantities, self.ratios, self.sentences
        for start in self.starts:
            if start < consumed:
                continue
            glued = start in glued_at
            if not glued and four_digits_or_nothing(prose, start) and quantities.plain_year_at(start):
                continue  # a bare year (most four-digit figures): what reading its core would conclude
            m = glued_core_at(prose, start) if glued else core_at(prose, start)
            if m is None:
                continue
            branch = m.lastgroup
            if branch == "skip":
                consumed = m.end()
                continue
            quantity = ratios.read(m) if branch in RATIO_BRANCHES else quantities.read(m)
            if quantity is None and branch == "ratio":
                m = core_past_ratio(m)  # "40 in three cities" is no share: its 40 is a figure still
                quantity = None if m is None or m.lastgroup == "skip" else quantities.read(m)
            if quantity is None:
                continue
            consumed = quantity.end
            if self.nonclaims.rejects(quantity) or self.tables.rank_cell(quantity.start):
                continue
            sentence = sentences.at(quantity.start)
            if not quantity.unit and ends_a_year_span(prose, sentence, quantity.start, quantity.end):
                continue  # 'in 2021 and 22': the second year's digits
            if quantity.unit in POINTS_UNITS:
                self.kinds.rate_points(quantity, sentence.start)
            apply_header(prose, quantity, sentence, self.tables)
            read_rate(prose, quantity, sentence.start, sentence.end)  # "32.5 to the dollar", "USD/JPY 151.2"
            if sentence.quantities:  # "a decrease of 556,000, or 0.44 per cent": both the change
                self.kinds.restated(quantity, sentence.quantities[-1])
                if quantity.unit:  # "rose 36 cents to $99.96 a barrel": the cents are per barrel too
                    carry_price_unit(prose, quantity, sentence.quantities)
            if quantity.unit:  # "the average price per square metre … stood at 1,637.4 euros"
                price_per_before(prose, quantity, sentence.start, sentence.quantities)
                per_share_before(prose, quantity, sentence.start, sentence.quantities)
            if self.first_sentence_start is None:
                self.first_sentence_start = sentence.start
            self.subjects.fill(quantity, sentence)
            quantity.subject = self.tables.figure_subject(quantity.start) or quantity.subject
            sentence.quantities.append(quantity)
            found.append((quantity, sentence))
        self.found = found
        self.consumed = consumed

    def settle(self) -> None:
        """What a figure takes from the other figures of its sentence and of the text."""
        prose, found = self.prose, self.found
        for sentence in {id(s): s for _, s in found}.values():
            share_units(prose, sentence.quantities, sentence.start)  # a unit written once for several figures
            compared_units(prose, sentence)  # a bare figure compared with a measured one
            bare_measures(sentence.quantities)
        sentence_starts = [(quantity, sentence.start) for quantity, sentence in found]
        money_said_again(prose, sentence_starts)
        money_named_before(prose, sentence_starts)
        unit_said_short(prose, sentence_starts)  # '417.1 parts' after '420 parts per million'
        per_person_said_again(prose, sentence_starts)  # '15.2 emissions per capita' after 'an emission per capita of 39.7 tons'
        list_item_unit(prose, sentence_starts)  # '– India, 2.45.' under '– China, 10.92 billion tonnes.'
        price_said_again(prose, sentence_starts)  # 'the price was $4.07' after 'the price for a gallon … is $3.83'

    def made_claims(self) -> list[tuple[str, dict[str, Any]]]:
        """The claims of the figures found, before numbering. Made once the whole text is read: a period may
        belong to a later figure."""
        claims = []
        for quantity, sentence in self.found:
            claim = self._claim(quantity, sentence)
            if claim is None:
                self.unrepresentable.append((quantity.start, quantity.end))
            else:
                claims.append(claim)
        return claims

    def _claim(self, q: Quantity, sentence: Sentence) -> tuple[str, dict[str, Any]] | None:
        value = _finite(q.value, q.places)
        high = None if q.value_high is None else _finite(q.value_high, q.places)
        if value is None or (q.value_high is not None and high is None):
            return None
        surface = self.text[q.start:q.end]
        if sentence.key is None:
            # sentence.text is already whitespace-normalised: the key of ``claim_id`` without the split.
            sentence.key = _sentence_key(sentence.text)
        base = _claim_id(surface, sentence.key)
        line, column = self.line_col(q.start)
        text = sentence.text if len(sentence.text) <= LONG_SENTENCE else _window(self.prose, q, sentence)
        entities = list(self.entities.of(sentence))
        unit = q.unit if q.unit != DEGREES else degrees_unit(sentence.text, entities)
        return base, {
            "id": base, "text": surface, "start": q.start, "end": q.end, "line": line, "column": column,
            "sentence": text, "value": value, "value_high": high, "unit": unit,
            "qualifier": q.qualifier, "kind": q.kind, "direction": q.direction,
            "period": self.tables.column_year(q.start) or self.periods.period_for(q, sentence), "subject": q.subject,
            "entities": entities, "decimals": q.decimals}


def line_col_of(text: str) -> Callable[[int], tuple[int, int]]:
    """1-based line and column of an offset of plain ``text``; its line starts are found when the
    first claim asks for its line."""
    starts: list[int] = []

    def line_col(offset: int) -> tuple[int, int]:
        if not starts:  # (str.find per line: a one-line paragraph, most of them, pays one call and no ``re`` scanner)
            starts.append(0)
            at = text.find("\n")
            while at >= 0:
                starts.append(at + 1)
                at = text.find("\n", at + 1)
        line = bisect.bisect_right(starts, offset)
        return line, offset - starts[line - 1] + 1
    return line_col


def read_all(extractors: list[Extractor]) -> list[list[Claim]]:
    """The claims of each extractor's text, as its ``run`` returns them, each stage run over every text before the
    next: the texts share no reader and no context, only the code's place in the cache (benchmarks/README.md,
    "Seventeenth performance pass")."""
    with CollectorPaused():
        reading = [extractor for extractor in extractors if extractor.starts]
        for extractor in reading:
            extractor.read_figures()
        for extractor in reading:
            extractor.settle()
        made = [extractor.made_claims() if extractor.starts else [] for extractor in extractors]
        for extractor in reading:
            # each text's sentence cycles broken (``_release`` without its seven attribute deletions, each a
            # generic attribute call when compiled): the readers go with the extractors when the batch is done,
            # inside the caller's pause of the collector (``parallel._read_batch``)
            extractor.sentences.release()
        return [numbered(claims, {}) for claims in made]


def scanned_together(proses: list[str], gazetteer: Gazetteer | None) -> tuple[list[list[int]], list[bool], list[bytes]]:
    """Each text's candidates, whether a place name is written in it and its byte classes, found for a batch of
    short texts at once (``cores.candidates_of_texts``, ``entities.names_written_in``, ``money_signs.byte_classes``):
    a scan per text costs a few RE2 calls of argument conversion that find nothing, and a copy per text a few calls
    more. Names are looked for where a text's reader will look for places (it has a candidate) on RE2 as
    ``find_mentions`` would be, with one gazetteer for all (``gazetteer``; None: each text's reader looks)."""
    starts = candidates_of_texts(proses)
    names = [True] * len(proses)
    pays = scanbytes.re2_pays_each([len(prose) for prose in proses])
    spotted = [i for i in range(len(proses)) if starts[i] and pays[i]]
    if gazetteer is not None and spotted:
        for i, written in zip(spotted, names_written_in(gazetteer, [proses[i] for i in spotted])):
            names[i] = written
    data, offsets = scanbytes.joined_copy(proses, "\n", byte_classes)  # (each character's class alone)
    classes = [data[offset:offset + len(prose)] for prose, offset in zip(proses, offsets)]
    return starts, names, classes


def numbered(claims: list[tuple[str, dict[str, Any]]], seen_ids: dict[str, int]) -> list[Claim]:
    """The claims, the second and later claim of one id (the same surface in the same sentence)
    numbered "-2", "-3"… in text order; ``seen_ids`` counts the ids already given."""
    made = []
    for base, fields in claims:
        count = seen_ids[base] = seen_ids.get(base, 0) + 1
        if count > 1:
            fields["id"] = f"{base}-{count}"
        made.append(built_claim(fields))
    return made


_CLAIM_FIELDS: Final = frozenset(Claim.model_fields)
_set_attribute: Final = object.__setattr__


def built_claim(fields: dict[str, Any]) -> Claim:
    """The Claim of ``fields``, every one already of its field's type and within its bounds (what
    validation would return: floats from ``_finite``, the enums themselves, a list of its own),
    made without validating them again, as ``Claim.model_construct`` does, minus its per-field
    defaults and aliases: 2-3 times cheaper than the validator per claim. Tests compare every
    claim of the corpora with the validated one, and every output validates against the schema."""
    claim = Claim.__new__(Claim)
    _set_attribute(claim, "__dict__", fields)
    _set_attribute(claim, "__pydantic_fields_set__", set(_CLAIM_FIELDS))  # a set of its own: pydantic adds to it
    _set_attribute(claim, "__pydantic_extra__", None)
    _set_attribute(claim, "__pydantic_private__", None)
    return claim


def _window(prose: str, q: Quantity, sentence: Sentence) -> str:
    """The part of a sentence longer than ``LONG_SENTENCE`` around a figure, "…" where cut: every claim of a 5 MB
    line carrying the whole line would make its JSON quadratic. The figures starting in one stretch of
    ``SENTENCE_WINDOW`` characters share one window, at least that many characters either side of each: what the
    checker reads of a text once for all its claims is read once a stretch, not once a figure."""
    stretch = sentence.start + (q.start - sentence.start) // SENTENCE_WINDOW * SENTENCE_WINDOW
    low, high = max(sentence.start, stretch - SENTENCE_WINDOW), min(sentence.end, stretch + 2 * SENTENCE_WINDOW)
    text = " ".join(prose[low:high].split())
    return ("…" if low > sentence.start else "") + text + ("…" if high < sentence.end else "")


def _finite(value: Decimal, places: int | None) -> float | None:
    """The value as a float rounded to ``places``; None when no finite float holds it."""
    try:
        number = float(round(value, places)) if places is not None else float(value)
    except (InvalidOperation, OverflowError, ValueError):
        return None
    return number if math.isfinite(number) else None
