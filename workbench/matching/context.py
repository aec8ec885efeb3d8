"""The words around a claim, and which dimension values (places, groups) the text names for it."""

from __future__ import annotations

import calendar
import datetime as dt
import math
import re
from bisect import bisect_left, bisect_right
from collections import defaultdict
from dataclasses import dataclass, field, replace
from functools import lru_cache
from typing import TYPE_CHECKING, Final
from urllib.parse import urlsplit

from .. import substances
from ..drafts import url_host_words
from ..gazetteer import Entity, Gazetteer, part_nouns, part_proper_name, place_key, plain_letters, subdivision_country
from ..dateline_cities import dateline_cities, folded_city
from ..languages import host_countries_in_english
from ..models import Claim, ClaimResult, Kind
from ..numbers import alternation, data_json, lexicon, ordinal_suffix
from ..places import Place, Places, is_marker, marker
from ..structure import introducing_paragraph, list_lead, table_start
from ..extraction.headers import lead_gives_unit, table_headers, words_pattern
from ..extraction.extractor import SENTENCE_WINDOW
from ..extraction.periods import YEAR_DIGITS
from ..text import (clause_break_between, clause_span, last_match_before, search_once, surface_at, token_positions,
                    token_set, token_set_before, with_ascii_digits)
from ..unit_families import counts_things
from ..units import PERCENT_OR_PP, is_money, lookup_prefix, lookup_suffix, per_capita_people_after, \
    per_capita_people_nouns, per_capita_subjects, per_capita_words, names_shared_currency, sole_issuers, unit_words
from .carried import carried_period, earlier_paragraphs, neighbour_sentences, sentence_before_paragraph, sentences, \
    trailing_period, year_after_compared_base
from .comparisons import comparison_between, compared_in_time, may_compare, next_figures_place, other_side
from .conflicts import joined_sides, names_a_conflict
from .coordinated import coordinated_after, coordinated_start
from .descriptions import (describes_a_member, names_a_people, names_a_size_yardstick, names_other_members,
                           names_where_it_lies)
from .markets import names_a_market, names_a_rule
from .settlements import marked_settlements, said_there, subject_cities, voices_a_government
from .share_base import base_of_an_earlier_share, describes_itself_after, names_a_share_base
from .index import DimensionTerm, ReferenceIndex, ResourceIndex
from .measure import ADDRESS_LAYER, PER_CAPITA, CarriedMeasure, measure_layers
from .proper_names import in_proper_name, organisation_names
from .sentence_scan import NUMERAL, YEAR_LIKE, any_between, last_digit_end
from .respective import in_figure_run, respective_spot, unpaired_respective_places
from .implied import ImpliedMeasure
from .stray_subject import stray_subject
from .place_subject import place_only_subject
from .place_homonyms import common_word_not_a_place

if TYPE_CHECKING:
    from ..drafts import Draft
    from .scoring import Candidate


@dataclass
class MissingValue:
    """A resource left out because the claim names a value (a place) it has no rows for."""

    score: float  # the resource's metric score: the best-named metric is the one to mention
    named: frozenset[str]  # the value(s) the text names
    has: list[str]  # the values of that dimension the resource does have (empty: it lacks the dimension)
    in_clause: bool  # the value stands in the claim's own clause (or its place in a list)
    resource: str = ""  # the resource left out: breaks ties between equally good reasons

    @property
    def rank(self) -> tuple[bool, bool, float]:
        """Which reason to tell: the value named for this very figure, about a dimension the data has."""
        return self.in_clause, bool(self.has), self.score

    def tells_more_than(self, other: MissingValue) -> bool:
        """The better reason of two: higher ``rank``; on a tie, the resource whose name sorts first."""
        return self.rank > other.rank or (self.rank == other.rank and self.resource < other.resource)


# How strongly a place named farther from the claim counts: a reader takes the place from the
# sentence, else the sentences before it in its paragraph, the paragraphs before that (in its
# section), the heading above, the title, the front matter (``about:`` / ``places:``), the lead
# (the draft's first paragraph), and last the countries the draft as a whole is about. The nearest
# layer that names a value of a dimension decides it (``_select_rows`` keeps the strongest).
SENTENCE = "sentence"
LAYER_STRENGTH: dict[str, float] = {"paragraph": 0.6, "previous paragraph": 0.55, "heading": 0.5, "title": 0.45,
                                    "front matter": 0.4, "lead": 0.375, "currency": 0.37, "dateline": 0.365,
                                    "address": 0.36, "draft": 0.35}


def layer_of(strength: float) -> str:
    """The layer a mention's strength says it was found in (sentence strengths are 0.9–1)."""
    if strength > 0.8:
        return SENTENCE
    return min(LAYER_STRENGTH, key=lambda name: abs(LAYER_STRENGTH[name] - strength))


@dataclass
class ClaimContext:
    """The words around a claim that matching may use."""

    sentence: frozenset[str]
    subject: frozenset[str]
    entities: frozenset[str]
    before: frozenset[str]  # the preceding sentences of the paragraph, and headings above
    as_of: dt.date
    positions: dict[str, list[int]] = field(default_factory=dict)  # lemma → offsets in the sentence, in order
    clause: frozenset[str] = frozenset()  # the words of the claim's own clause
    counted: bool = False  # a plain count: its counted noun (subject) must name the metric
    claim_offset: int = 0  # where the claim's number stands in the sentence
    sentence_text: str = ""
    claim_end: int = 0
    clause_span: tuple[int, int] = (0, 0)
    # Where a place may come from beyond the sentence, nearest first: (layer name, its words and places).
    layers: tuple[tuple[str, frozenset[str]], ...] = ()
    # The words of the sentence before, when this one refers back to what it measured ('this indicator').
    referred: frozenset[str] = frozenset()
    # The period a reader may carry from earlier text when the sentence names none: (period, layer,
    # the words of the text that named it); verify keeps it only if that text names the claim's measure.
    carried_period: tuple[str, str, frozenset[str]] | None = None
    # The carried period verify did not keep (its text named another measure): it dates no figure, but among rows
    # of several periods that each agree with an undated figure it is the one a reader takes (``period_carried_to``).
    set_aside_period: str | None = None
    # The year an earlier sentence of the paragraph carries to a month the claim's sentence names without
    # one ('… the latest observations in 2019 … With the average for May peaking at 414.7 ppm'), which
    # extraction dated by the draft's year instead; None when no such year (``month_year.carried_year_of_month``).
    month_carried_year: int | None = None
    # Where a measure may come from beyond the paragraph and heading, nearest first: (layer, words, text).
    measure_layers: tuple[tuple[str, frozenset[str], str], ...] = ()
    # Filled by ``match``: the measure carried from one of ``measure_layers`` (``measure.carry_measure``).
    measure_from: CarriedMeasure | None = None
    # Filled by ``match``: metric → the value the text names that the metric's rows do not cover.
    missing: dict[str, MissingValue] = field(default_factory=dict)
    # Filled by ``match``: metric → how many places its rows cover, when the text names none of them.
    unplaced: dict[str, int] = field(default_factory=dict)
    # Filled by ``named_values``: dimension → the values the sentence names only as the places of its
    # other figures ('double Tunisia (32 tonnes)'), none of them this figure's
    others_places: dict[str, frozenset[str]] = field(default_factory=dict)
    # The amounts of money (value, unit) its sentence states as the level a percent claim changes (``money_levels``).
    money_levels: tuple[tuple[float, str], ...] = ()
    # Every figure its sentence states (value, decimals), as the extractor read them (``rivals.stated_figures``).
    sentence_figures: tuple[tuple[float, int], ...] = ()
    # The texts a reader carries a rate's basis from ('12-month', 'in December'), nearest first:
    # (layer, text) for the paragraph before the sentence, the heading, earlier paragraphs and the title.
    basis_texts: tuple[tuple[str, str], ...] = ()
    # False when neither the draft nor the configuration gives a date, and as_of is only today's.
    dated: bool = True
    # In an undated draft, the claim's year was counted from a year the text writes ('down from 4.82 % a year
    # earlier' under '… in October 2025': October 2024; ``relative.reanchor_relative``), not from the day of
    # the check: a year the text gives, as one its sentence writes is.
    year_from_text: bool = False
    # the draft's date as its front matter gives it, when that is a month ('2023-05': as_of is its last day)
    month_shown: str | None = None
    # The figure stands in a table's row (Markdown or plain text): cells have no tense, so the draft's date
    # does not say which year they count; only a year in the row, the header or the lead does. So too a
    # fact box's line ('GDP per head: $13,700' as its own paragraph).
    table_row: bool = False
    # The substance ('CO2', 'C') the text referred back to names, for a mass its own sentence leaves open.
    substance: str | None = None
    # Filled by ``match``: the measure a figure's counted noun or unit implied (``implied.implied_context``).
    implied: ImpliedMeasure | None = None
    # The words the sentence writes its places with ('American', 'Chinese'): where, never what is measured.
    place_words: frozenset[str] = frozenset()
    # The sentences right before and after the claim's in its own paragraph, as written (either may be absent).
    neighbours: tuple[str, ...] = ()
    # For a sentence opening its paragraph, the last sentence of the paragraph before it under one heading.
    closing_before: str = ""
    # The figure as the draft writes it, where a glossed paragraph's claim reads it in English ('142.857
    # milioni' read as '142,857 million'): what tells a separator's two readings apart.
    written: str = ""
    # The sentence as the claim holds it, char for char with ``sentence_text`` but with the places and
    # organisations it names left in (``sentence_text`` blanks them): word lists are found in its normalized
    # form, so a figure's offset is carried there through it, not through the blanks normalizing drops.
    unmasked_text: str = ""
    # The (kind, unit, period) of every figure the draft states in sentences before the claim's, as read for
    # checking (``undated.dated_units_before``): whether a year carried to it dated a figure like it there.
    dated_before: frozenset[tuple[Kind, str, str]] = frozenset()
    # The one currency every territory writing the claim's paragraph's language tenders (languages.json
    # ``home_currency``; None in English or a language of several): what an exchange rate its copy names no
    # currency of is of ('курс нацвалюти', the national currency's rate, in Ukrainian copy: the hryvnia).
    home_currency: str | None = None

    @property
    def near(self) -> frozenset[str]:
        return self.sentence | self.entities

    @property
    def paragraph(self) -> str:
        """The claim's paragraph before its sentence (the 'paragraph' layer of ``basis_texts``); '' when its
        sentence opens the paragraph."""
        return next((text for layer, text in self.basis_texts if layer == "paragraph"), "")

    @property
    def all(self) -> frozenset[str]:
        return frozenset().union(self.sentence, self.entities, self.before, self.subject,
                                 *(words for _, words in self.layers))


def offset_in_sentence(claim: Claim, text: str) -> int:
    """Where ``claim`` stands in its sentence: found by the sentence's place in the draft ``text``, so a
    figure the sentence writes twice is the claim's own occurrence; else its first occurrence."""
    lo = max(claim.end - len(claim.sentence), 0)
    at = text.find(claim.sentence, lo, claim.start + len(claim.sentence))
    if at != -1 and at <= claim.start and claim.sentence.startswith(claim.text, claim.start - at):
        return claim.start - at
    # a long sentence's window is cut with "…" either side, which the draft does not write
    window = claim.sentence.removeprefix("…")
    if len(window) < len(claim.sentence) or window.endswith("…"):
        cut = len(claim.sentence) - len(window)
        at = text.find(window.removesuffix("…"), lo, claim.start + len(claim.sentence))
        if at != -1 and at <= claim.start and window.startswith(claim.text, claim.start - at):
            return cut + claim.start - at
    if not claim.text.isascii() and claim.sentence.find(claim.text) < 0:
        # the sentence is read with ASCII digits ('… 6.1 درصد …'), the surface is as written ('۶٫۱ درصد'):
        # both are looked for so, one character for one
        hi = claim.start + len(claim.sentence)
        surface, at = with_ascii_digits(claim.text), with_ascii_digits(text[lo:hi]).find(claim.sentence)
        if at != -1 and lo + at <= claim.start and claim.sentence.startswith(surface, claim.start - lo - at):
            return claim.start - lo - at
    return max(surface_at(claim.sentence, claim.text), 0)


def _context(claim: Claim, sentence: str, entities: frozenset[str], markers: dict[str, list[int]],
             before: frozenset[str], layers: tuple[tuple[str, frozenset[str]], ...], as_of: dt.date,
             offset: int | None = None) -> ClaimContext:
    offset = max(surface_at(claim.sentence, claim.text), 0) if offset is None else offset
    span = clause_span(sentence, offset)
    # The subject is the counted noun when it stands in the claim's clause ('3 power plants'); one
    # borrowed from the head of a list ('Kelts form communities in cities: 468 thousand in A, …') is not.
    subject_at = claim.sentence.lower().find(claim.subject.lower()) if claim.subject else -1
    # (a figure's digit-group comma, '93,000 children', ends no clause)
    counted_noun = subject_at < 0 or not clause_break_between(claim.sentence, min(subject_at, offset),
                                                              max(subject_at, offset))
    words, sentence_positions = _sentence_words(sentence)
    positions = {**sentence_positions, **markers}
    clause = token_set(sentence[span[0]:span[1]]) | frozenset(
        m for m, at in markers.items() if any_between(at, span[0], span[1])) \
        | per_capita_token(sentence, offset + len(claim.text)) | per_capita_label(sentence, offset) \
        | per_capita_subject(sentence, offset, markers, offset + len(claim.text))
    # 'was 9.11 placing it above', 'making an increase of 1.8 %': no counted noun; what the sentence
    # says before the figure names it
    stray = stray_subject(claim) or place_only_subject(claim)  # 'The CPI in Vietnam was …': 'Vietnam' says where
    subject = token_set_before(sentence, offset) if stray else token_set(claim.subject)
    return ClaimContext(sentence=words | frozenset(markers), subject=subject,
                        entities=entities, before=before, as_of=as_of, positions=positions, claim_offset=offset,
                        sentence_text=sentence, claim_end=offset + len(claim.text), clause_span=span, clause=clause,
                        unmasked_text=claim.sentence if len(claim.sentence) == len(sentence) else sentence,
                        counted=counts_things(claim.unit) and counted_noun and not stray, layers=layers)


@lru_cache(maxsize=1)
def _per_capita_after() -> re.Pattern[str]:
    words = [w for w in per_capita_words() if w.replace("-", " ") != "per capita"]
    # a slash says 'per' as the words do ('7.8 t / head', '4 tCO2/person'): their nouns after one
    nouns = sorted({w.split()[-1] for w in per_capita_words()})
    # the words between may name the substance, an epithet before it too ('of planet-warming carbon dioxide
    # per person'), not another figure
    return re.compile(rf"(?:[^\d;:!?()]|(?<=[^\W\d_])\d){{0,42}}?(?:\b(?:{alternation(words)})|/\s*(?:{alternation(nouns)}))\b",
                      re.IGNORECASE)


@lru_cache(maxsize=1)
def _per_capita_opening() -> re.Pattern[str]:
    return re.compile(rf"\W*(?:{alternation(per_capita_words())})\b", re.IGNORECASE)


@lru_cache(maxsize=1)
def _per_capita_label() -> re.Pattern[str]:
    # per-capita words, then words (a bracketed year) and a colon right before the figure: a label
    return re.compile(rf"\b(?:{alternation(per_capita_words())})\b[^\d,;.!?:]*(?:\(\s*{YEAR_DIGITS}\s*\))?\s*:\s*$",
                      re.IGNORECASE)


@lru_cache(maxsize=1)
def _per_capita_anywhere() -> re.Pattern[str]:
    return words_pattern(per_capita_words())


# a claim written as a figure alone ('2.6', '4,4'): its unit came from elsewhere (a list's lead, a column)
_FIGURE_ONLY = re.compile(r"[+\-\u2212]?[\d.,\u00a0 ]+")


@lru_cache(maxsize=1)
def _per_capita_slash() -> re.Pattern[str]:
    """A unit over a slash and the person a per-capita word names ('tonnes/inhabitant', 't/capita'): per person."""
    people = {w.split()[-1] for w in per_capita_words() if " " in w}
    return re.compile(rf"(?<=\w)/(?:{alternation(sorted(people))})s?(?![\w])", re.IGNORECASE)


def _per_capita_in(header: str) -> bool:
    """A table column's header that says its figures are per person ('CO2 emissions (per capita)',
    'Tonnes/inhabitants')."""
    return _per_capita_anywhere().search(header) is not None or _per_capita_slash().search(header) is not None


def per_capita_label(sentence: str, offset: int) -> frozenset[str]:
    """'CO2 emissions from fossil fuel per person (2017): 11.7 metric tons': a label that says per
    person before the colon right ahead of the figure, as a fact box prints it."""
    found = _per_capita_label().search(sentence, max(0, offset - 120), offset)
    return token_set("per capita") if found else frozenset()


def per_capita_token(sentence: str, offset: int) -> frozenset[str]:
    """'16 metric tons per person', 'Per inhabitant, emissions were 6.5 tonnes': the word a publisher
    names such a series by ('Per Capita'), for a figure that per-capita words follow closely or whose
    sentence they open."""
    found = _per_capita_after().match(sentence, offset) or _per_capita_opening().match(sentence)
    return PER_CAPITA if found else frozenset()


@lru_cache(maxsize=1)
def _per_capita_subject() -> re.Pattern[str] | None:
    words = per_capita_subjects()
    return re.compile(rf"(?<![\w])(?:{alternation(words)})\s+\Z", re.IGNORECASE) if words else None


_SUBJECT_REACH = 60  # characters from the place's people to their figure


def per_capita_subject(sentence: str, offset: int, markers: dict[str, list[int]], end: int = -1) -> frozenset[str]:
    """'The average Chilean emitted 4.48 tCO2', 'each person contributes 31.28 tonnes': a place's people one by one
    ('the average', 'each', units.json per_capita_subjects; before its name or demonym, or before a noun for anyone
    of them, per_capita_people_nouns) as the figure's subject, with no other figure between, make it per person."""
    pattern = _per_capita_subject()
    if pattern is None:
        return frozenset()
    anyone = _anyone_of_the_people()
    if anyone is not None and _said_before(anyone, sentence, offset):
        return PER_CAPITA
    after, end = _per_capita_people_after(), max(end, offset)
    for spots in markers.values():  # each place's offsets, in order: only those within reach of the figure are read
        for at in spots[bisect_left(spots, offset - _SUBJECT_REACH):bisect_left(spots, offset)]:
            if pattern.search(sentence, max(0, at - 16), at) \
                    and not any(c.isdigit() or c in ";:!?" for c in sentence[at:offset]):
                return PER_CAPITA
        if after is None:
            continue
        # '18.4 tonnes of CO2 for every Norwegian': the people one by one after the figure
        for at in spots[bisect_right(spots, end):bisect_right(spots, end + _SUBJECT_REACH)]:
            if after.search(sentence, max(end, at - 16), at) \
                    and not any(c.isdigit() or c in ";:!?,()" for c in sentence[end:at]):
                return PER_CAPITA
    return frozenset()


@lru_cache(maxsize=1)
def _anyone_of_the_people() -> re.Pattern[str] | None:
    """'each person', 'the average citizen' (per_capita_subjects, then per_capita_people_nouns)."""
    subjects, nouns = per_capita_subjects(), per_capita_people_nouns()
    if not subjects or not nouns:
        return None
    return re.compile(rf"(?<![\w])(?:{alternation(subjects)})\s+(?:{alternation(nouns)})(?![\w])", re.IGNORECASE)


def _said_before(pattern: re.Pattern[str], sentence: str, offset: int) -> bool:
    """``pattern`` ends within the ``_SUBJECT_REACH`` characters before the figure, no other figure or clause mark
    between (the sentence's matches found once for all its figures)."""
    found = last_match_before(pattern, sentence, offset)
    return found is not None and offset - found.end() <= _SUBJECT_REACH \
        and not any(c.isdigit() or c in ";:!?" for c in sentence[found.end():offset])


@lru_cache(maxsize=1)
def _per_capita_people_after() -> re.Pattern[str] | None:
    words = per_capita_people_after()
    return re.compile(rf"(?<![\w])(?:{alternation(words)})\s+\Z", re.IGNORECASE) if words else None


@lru_cache(maxsize=256)
def _sentence_words(sentence: str) -> tuple[frozenset[str], dict[str, list[int]]]:
    """A sentence's words and where each stands, read once for all its figures (shared: not to be changed)."""
    return token_set(sentence), token_positions(sentence)


def draft_context(claim: Claim, draft: Draft, as_of: dt.date, gazetteer: Gazetteer,
                  places: Places | None = None, dated: bool | None = None,
                  money: frozenset[str] = frozenset()) -> ClaimContext:
    """The words and places a reader carries to ``claim``: its sentence, the paragraph before it,
    the heading above, the title, the front matter's ``about:`` / ``places:``, the country whose own
    currency the amounts of its paragraph (``money``, their currency codes) are in, and the countries
    the draft is about (the claim's entities named nowhere nearer)."""
    reader = _reader(gazetteer, places or Places.default())
    offset = offset_in_sentence(claim, draft.text)
    sentence, entities, markers = _this_side(reader, claim, *_after_dateline(
        reader, claim.sentence, _dateline_end(draft, reader, set_off=True) - (claim.start - offset)))
    sentence, entities, markers, elsewhere = _whole_country_side(reader, claim.sentence, offset, sentence, entities,
                                                                 markers)
    start = claim.start - offset
    own_paragraph = draft.paragraph_at(claim.start)
    # a table's row carries what comes before the table, never the rows above it (another country's
    # record), also when a blank line parts the rows from the header line above them
    table = table_start(draft.text, claim.start)
    # a dateline's city ('Moscow, 31 January. /TASS/.') is where the story was filed: the dateline layer reads it as
    # its country, so the paragraph's words before the figure begin after it
    paragraph = draft.prose[max(draft.body_start, start - 600, own_paragraph.start, _dateline_end(draft, reader)):
                            start if table is None else min(start, max(table, own_paragraph.start))]
    heading = draft.heading_for(claim.start)
    heading_text = draft.text[heading.text_start:min(heading.end, claim.start)] if heading else ""
    # 'emissions in the Kingdom fell', 'at the regional level': the one country (or country group) among the places
    # named before is the figure's
    referred = _place_referred(claim.sentence, markers)
    earlier = _earlier_places(draft, claim.start, heading.end if heading else draft.body_start, reader, referred)
    # 'Kostanay Region lost residents. The region counted …': the one region or city named before is the figure's
    part_positions, said = _part_referred(reader, sentence, markers, (paragraph, heading_text, _title(draft)), earlier)
    if part_positions or any(not reader.places.knows(m) for m in markers):
        # the noun read as a group of countries ('the region') is the region's, referred to or named beside it
        markers = {m: at for m, at in markers.items()
                   if not (reader.places.is_group(m) and any(said[0] <= a < said[1] for a in at))}
        markers.update({m: at for m, at in part_positions.items() if is_marker(m)})
        entities = entities | frozenset(w for w in part_positions if not is_marker(w))
    layers = [(name, words) for name, words in (
        ("paragraph", _referred_place_only(reader, reader.read(paragraph), referred) if paragraph.strip() else frozenset()),
        ("previous paragraph", earlier),
        ("heading", reader.read(heading_text) if heading_text.strip() else frozenset()),
        ("title", reader.read(_title(draft)) if _title(draft).strip() else frozenset()),
        ("front matter", reader.read("\n".join(draft.about)) if draft.about else frozenset()),
        ("lead", _lead_place(draft, claim.start, reader)),
        # an amount's economy, not a percent's: '27,3 %' beside 'R$ 6,18' may be the dollar's move, a pair's
        ("currency", _currency_place(money, reader) if is_money(claim.unit) else frozenset()),
        ("dateline", _dateline_place(draft, reader)),
        (ADDRESS_LAYER, _address_place(draft, reader, any(_part_noun_said(t) is not None for t in (sentence, paragraph))))
    ) if words]
    parts = frozenset()
    if _speaks_of_the_whole_country(claim.sentence, offset):
        # 'Nationally, prices rose 3.16 %' after 'the city of Recife saw 4.4 %': the figure is the country's, so a
        # city or region named before it is not its place — in its paragraph or in any layer farther out (an
        # earlier paragraph, the lead, the page's address): every layer's part is left out, not its paragraph's only;
        # the country the part lies in is the layer's place instead
        parts = _parts_named(reader, (paragraph, heading_text, _title(draft)))
        layers = [(name, kept) for name, words in layers if (kept := _whole_country_layer(reader, words, parts))]
    named = set(entities).union(*(words for _, words in layers))
    # entities of the claim's own sentence were weighed there (a cause or a ranking field left out); a part a
    # whole country's figure speaks past is none of its places, in the rest of the draft either
    rest = [e for e in claim.entities if not token_set(e) <= named and e not in claim.sentence
            and not (parts and token_set(e) <= parts)]
    # the draft's main countries speak for a claim only when they are one: with two, a reader
    # cannot tell which one a figure with no place nearer is about
    main = reader.read("\n".join(rest)) if rest else frozenset()
    if main and _one_place(main) is not None:
        layers.append(("draft", main))
    before = token_set(paragraph) | token_set(heading_text)
    ctx = _with_part_words(_context(claim, sentence, entities, markers, before, tuple(layers), as_of, offset),
                           part_positions)
    ctx = replace(ctx,
                  dated=bool(draft.date) if dated is None else dated,
                  table_row=table is not None or _fact_line(claim.sentence, draft.prose[own_paragraph.start:own_paragraph.end]),
                  month_shown=draft.shown_month(as_of),
                  place_words=reader.place_words(claim.sentence))
    if elsewhere:  # 'the region's …, the national average … 6.9 %': 'region' is not what 6.9 % is of
        ctx = replace(ctx, subject=ctx.subject - elsewhere)
    carried = None
    back = earlier_paragraphs(draft, claim.start, heading.end if heading else draft.body_start,
                              reader.places.context_paragraphs_back)
    if not claim.period:
        carried = trailing_period(draft.prose[start + len(claim.sentence):own_paragraph.end], as_of) \
            or carried_period(claim.sentence, paragraph, back, heading_text, as_of, reader.content_words, ctx.dated,
                              change=claim.kind is Kind.change)
        if carried is None and not ctx.dated and (claim.kind is Kind.change and claim.unit != "x" or claim.unit == "%"):
            # 'Compared with 2021, annual inflation … 8.7 %', nothing else dating it: the year after the base
            carried = year_after_compared_base(claim.sentence, as_of)
    month_carried = _year_for_bare_month(claim, paragraph, back, heading_text, as_of, reader) if ctx.dated else None
    measures = measure_layers(draft, back, _title(draft), reader.content_words)
    # the sentences right before and after the claim's, within a long sentence's window of it
    neighbours = neighbour_sentences(draft.prose, max(draft.body_start, own_paragraph.start), own_paragraph.end,
                                     start, start + len(claim.sentence), SENTENCE_WINDOW)
    # a sentence opening its paragraph follows the one that closed the paragraph before (under one heading)
    closing = sentence_before_paragraph(draft, claim.start, heading.end if heading else draft.body_start, SENTENCE_WINDOW) \
        if not draft.prose[max(draft.body_start, own_paragraph.start):max(start, 0)].strip() else None
    basis = (("paragraph", paragraph), ("heading", heading_text), *(("previous paragraph", p) for p in back),
             ("title", _title(draft)))
    # a table's cell: its column's header says what its masses are of ('Total emissions (1000 tons of C)')
    # (a plain-text table's row too: 'Platz Land Tonnen/Einwohner …' over '1 Katar 30,8 79 Mio. 0,24 %')
    headers = table_headers(draft.text)
    column = headers.column_at(claim.start) if "|" in claim.sentence or headers.plain_cell(claim.start) else None
    lead = list_lead(draft.text, claim.start) if column is None else None
    if lead is not None and claim.unit and _per_capita_in(lead) and _FIGURE_ONLY.fullmatch(claim.text):
        # '- Peru: 2.6' under '… emitted per person (tonnes):' took its unit, and so its per person, from the lead;
        # '- Chile: 84.3 million tonnes' states its own measure, whatever else the lead names
        ctx = replace(ctx, clause=ctx.clause | PER_CAPITA)
    if column is not None:
        ctx = replace(ctx, substance=substances.header_substance(column.text))
        # 'CO2 emissions (per capita)', or a bare cell under 'les émissions par habitant …': each is per person
        if _per_capita_in(column.text) or column.unit == (None, None, False) and claim.unit \
                and table_headers(draft.text).implied_per_person(claim.start):
            ctx = replace(ctx, clause=ctx.clause | PER_CAPITA)
    return _referring_back(replace(_read_as_year_means(claim, ctx), carried_period=carried, month_carried_year=month_carried,
                                   measure_layers=measures, basis_texts=tuple((layer, text) for layer, text in basis if text.strip()),
                                   neighbours=tuple(neighbours), closing_before=closing or ""),
                           claim, draft, start, paragraph, headed=column is not None)


def _after_dateline(reader: PlaceReader, sentence: str, filed: int) -> tuple[str, frozenset[str], dict[str, list[int]]]:
    """``reader.read_sentence`` of a figure's sentence, the city of a dateline it opens with (its first ``filed``
    characters: 'ASTANA – Kazakhstan's population has reached …') left out: where the story was filed, not a place
    the figure is about (the dateline layer reads it as its country)."""
    read, entities, markers = reader.read_sentence(sentence)
    if filed <= 0:
        return read, entities, markers
    # its words too, however written: 'ASTANA' is no gazetteer's mention, yet the word names a row ('Astana city')
    kept = [m for m in reader.mentions(sentence) if m[0] >= filed]
    chars = list(read)
    chars[:filed] = " " * min(filed, len(chars))
    names = frozenset().union(frozenset(), *(token_set(name) for _, _, name, _ in kept))
    spots = {m: [a for a in at if a >= filed] for m, at in markers.items()}
    return "".join(chars), names, {m: at for m, at in spots.items() if at}


# ``year_mean_words``: the sentence says its figures are means over a year, so a frequency word of its own
# ('Global monthly average concentrations … 339 ppm in 1980 (averaged over the year)') names no monthly series
_YEAR_MEANS = re.compile(rf"(?<![\w-])(?:{alternation(data_json('periods.json')['year_mean_words'])})(?![\w-])",
                         re.IGNORECASE)
_MONTH_WORDS = token_set("month monthly")
_YEAR_WORD = token_set("annual")


def _read_as_year_means(claim: Claim, ctx: ClaimContext) -> ClaimContext:
    """'(averaged over the year)': the sentence's levels are a year's means, whatever 'monthly' said — its words
    read with a month's frequency as the year's (a change as written is no mean, and keeps them). Read on the kind
    extraction gave, before a figure is re-read as a change: '1.3 times as high as in 2031' compares two years' means."""
    if claim.kind is Kind.change or not _says_year_means(ctx.sentence_text):
        return ctx
    return replace(ctx, clause=_as_annual(ctx.clause), subject=_as_annual(ctx.subject), sentence=_as_annual(ctx.sentence))


@lru_cache(maxsize=64)  # asked once per claim of the sentence: a long sentence's figures would each scan it whole
def _says_year_means(sentence: str) -> bool:
    return _YEAR_MEANS.search(sentence) is not None


def _as_annual(words: frozenset[str]) -> frozenset[str]:
    """The words with a month's frequency read as the year's."""
    return (words - _MONTH_WORDS) | _YEAR_WORD if words & _MONTH_WORDS else words


_MONTH_PERIOD = re.compile(r"(\d{4})-\d{2}")
# capitalised: 'prices may rise' names no month
_MONTH_NAME = re.compile(r"\b(?:" + "|".join(calendar.month_name[1:]) + r")\b")


def _year_for_bare_month(claim: Claim, paragraph: str, back: list[str], heading: str, as_of: dt.date,
                         reader: PlaceReader) -> int | None:
    """The year the sentences before the claim's, in its paragraph, carry to a month its sentence names
    with no year (extraction gave that month the draft's year): read as ``carried_period`` reads a
    sentence with no period, the month set aside. None when the sentence writes the year, when the
    nearest text naming a period names several or a part of a year, or the year comes from farther away."""
    found = _MONTH_PERIOD.fullmatch(claim.period or "")
    if found is None or found.group(1) in claim.sentence or not _MONTH_NAME.search(claim.sentence):
        return None
    carried = carried_period(_MONTH_NAME.sub(" ", claim.sentence), paragraph, back, heading, as_of,
                             reader.content_words, True)
    if carried is None or carried[1] != "paragraph" or not re.fullmatch(r"\d{4}", carried[0]):
        return None
    return int(carried[0])


def _this_side(reader: PlaceReader, claim: Claim, sentence: str, entities: frozenset[str],
               markers: dict[str, list[int]]) -> tuple[str, frozenset[str], dict[str, list[int]]]:
    """The sentence as this figure reads it: places on the other side of a comparison (another
    figure's, or the baseline it is measured against) blanked, with their markers and names."""
    if not markers or not may_compare(claim.sentence):
        return sentence, entities, markers
    offset = max(surface_at(claim.sentence, claim.text), 0)
    kept = reader.mentions(claim.sentence)
    other = [m for m in kept if m[3] and other_side(claim.sentence, offset, offset + len(claim.text), m[0], claim.unit == "x")]
    if not other:
        return sentence, entities, markers
    chars = list(sentence)
    for start, end, _, _ in other:
        chars[start:end] = " " * (end - start)
    names = frozenset().union(*(token_set(name) for m in kept if m not in other for _, _, name, _ in [m]))
    spots = {m: [a for a in at if not any(s <= a < e for s, e, _, _ in other)] for m, at in markers.items()}
    return "".join(chars), names, {m: at for m, at in spots.items() if at}


def _referring_back(ctx: ClaimContext, claim: Claim, draft: Draft, sentence_start: int, paragraph: str,
                    headed: bool = False) -> ClaimContext:
    """'Over 60 years this indicator reached a maximum of 18.8 million': the sentence names what it
    measures only by referring back, so the sentence before it (in its paragraph, else the paragraph
    before) names the metric as if it stood here, and a referring noun counts nothing itself.
    An item of a list is read so too: the lead that opens the list with a colon ('the largest emitting
    countries in 2011:', then 'India, up 7 percent to 2.5 billion tons') names what every item measures,
    and so does the paragraph before a table's row that no header row heads (``headed``: its column's header says)."""
    text = paragraph
    table = table_start(draft.text, sentence_start) if headed and not text.strip() else None
    if table is not None:
        # a row whose header line stands in the paragraph above it ('Émissions … (tonnes) :' then
        # '1990 | 2019 |', a blank line, the rows): the words above the header introduce the table
        text = introducing_paragraph(draft.prose, table)
    lead = list_lead(draft.text, sentence_start) if not headed and claim.unit else None
    if lead is not None and lead_gives_unit(lead):
        text = lead  # '- Peru: 2.6' under 'CO2 emitted per person (tonnes):': what every item measures, not the first's only
    if not text.strip():
        earlier = draft.paragraphs_ending_by(draft.paragraph_at(sentence_start).start)
        text = draft.prose[draft.paragraphs[earlier - 1].start:draft.paragraphs[earlier - 1].end] if earlier else ""
    if not search_once(REFERRING, claim.sentence) and not search_once(_REFERRING_PRONOUN, claim.sentence) \
            and not _REFERRING_OPENING.match(claim.sentence) \
            and not _LIST_LEAD_END.search(text) and (headed or not _table_row(claim.sentence)):
        return ctx
    last = sentences(text)
    referred = token_set(" ".join(last[-_SENTENCES_BACK:]))
    counted = ctx.counted and not (ctx.subject <= REFERRING_NOUNS)
    # a table column's header names its masses' substance nearer than the lead does
    substance = ctx.substance or substances.mentioned(" ".join(last[-_SENTENCES_BACK:]))
    return replace(ctx, referred=referred, counted=counted, substance=substance)



# a lead that opens a list ends with a colon, an item's number ('3.', '3)') at most after it
_ROW_CELLS = 3  # pipes: '4 | Algeria | 1995 | 2684 kg |' is a table's record, which its lead describes


def _table_row(sentence: str) -> bool:
    """A table's row ('4 | Afrique | Algérie | 1995 | 2684 kg de CO2 |'): the paragraph that introduces
    the table ('the ranking of CO2 emissions per inhabitant') says what its figures measure, as a list's lead does."""
    return sentence.count("|") >= _ROW_CELLS and "\n" not in sentence.strip()


# a fact box's line: a short label of words, a colon, its figure and nothing but figures' brackets after
# ('GDP per head: $13,700 (PPP: $16,010)', 'Population: 18.3m')
_FACT_LINE = re.compile(r"\s*[^\W\d_][^\W\d]*(?:[ \t'’-]+[^\W\d]+){0,5}:[ \t]*[^\s\d]{0,3}\d(?:[^.!?\n]|(?<=\d)\.(?=\d))*?\.?\s*\Z")


def _fact_line(sentence: str, paragraph: str) -> bool:
    """A fact box's line standing as its own paragraph: like a table's cell it has no tense, and the page's
    date says when it was shown, not which year its figure counts (``verify.periods.undated``)."""
    return sentence.strip() == paragraph.strip() and len(sentence) < 120 and _FACT_LINE.match(sentence) is not None \
        and not any(w[:1].isdigit() for w in sentence.split(":", 1)[1].split()[1:] if not w.startswith("("))


_LIST_LEAD_END = re.compile(r":\s*(?:\d{1,2}[.)])?\s*\Z")
_REFERRING = lexicon().get("referring_back", {})
REFERRING_NOUNS = token_set(" ".join(_REFERRING.get("nouns", [])))
_DETERMINERS = "|".join(map(re.escape, _REFERRING["determiners"]))
REFERRING = re.compile(rf"\b(?:{_DETERMINERS})\s+(?:{'|'.join(map(re.escape, _REFERRING['nouns']))})\b",
                       re.IGNORECASE)
_REFERRING_OPENING = re.compile(
    rf"^\W*(?:(?:{'|'.join(map(re.escape, _REFERRING.get('opening_articles', [])))})\s+)?"
    rf"(?:{'|'.join(map(re.escape, _REFERRING['nouns']))})\b(?!\s+of\b)"
    # 'Higher was the rate last 1974 …': one opening word, the verb, then the subject (``inverted_opening``)
    + (rf"|^\W*[^\W\d]+\s+(?:{'|'.join(map(re.escape, _REFERRING['pronoun_verbs']))})\s+"
       rf"(?:{'|'.join(map(re.escape, _REFERRING['opening_articles']))})\s+"
       rf"(?:{'|'.join(map(re.escape, _REFERRING['nouns']))})\b(?!\s+of\b)"
       if _REFERRING.get("inverted_opening") else ""), re.IGNORECASE)
# 'In 2021, it had been 3.1 %': a pronoun as the subject of a verb, at the start of a sentence or clause,
# after an opening adverb ('Thus it has grown') and with a modal or an adverb before the verb ('it would reach')
# … and a verb of a move of the lexicon's ``change_verbs`` ('In 1975, it soared to 34.5 per cent') as well as those listed
_PRONOUN_VERBS = sorted({*_REFERRING["pronoun_verbs"],
                         *(verb for side in ("up", "down") for verb in lexicon()["change_verbs"][side] if " " not in verb)},
                        key=lambda verb: (-len(verb), verb))
_REFERRING_PRONOUN = re.compile(
    rf"(?:^|[,;:]\s*)(?:(?:{'|'.join(map(re.escape, _REFERRING.get('pronoun_openers', [])))})\s+)?"
    rf"(?:{'|'.join(map(re.escape, _REFERRING.get('pronouns', ['it'])))})\s+"
    rf"(?:(?:{'|'.join(map(re.escape, _REFERRING.get('pronoun_modals', [])))})\s+)?"
    rf"(?:{'|'.join(map(re.escape, _PRONOUN_VERBS))})\b", re.IGNORECASE)
_SENTENCES_BACK = int(_REFERRING.get("sentences_back", 1))


def _title(draft: Draft) -> str:
    """The front matter's ``title:``, else the draft's first top-level heading ('# …')."""
    if draft.title:
        return draft.title
    return draft.first_top_heading


def _currency_place(money: frozenset[str], reader: PlaceReader) -> frozenset[str]:
    """The one country that alone issues the currencies its paragraph's amounts are in ('183 743.4 млн. лева':
    Bulgaria), as a marker: a reader of a figure beside them knows whose economy it is, as an office's own name
    tells. Amounts in a currency several countries tender (dollars, euros) name none; two such countries, none."""
    issuers = {sole_issuers().get(code) for code in money}
    keys = {key for key in issuers if key is not None}
    place = reader.places.exact(keys.pop()) if len(keys) == 1 else None
    return frozenset({marker(place.key)}) if place is not None and not place.aggregate else frozenset()


def _address_place(draft: Draft, reader: PlaceReader, parts: bool = False) -> frozenset[str]:
    """The one country the page's address names ('…/Demography_Of_Russia.html', '…/kazakhstan/population',
    '…/rusyada-enflasyon' read through its draft's Turkish): a slug is the page's headline in the
    publisher's words; else the one its host name does ('economie-ivoirienne.ci', a ministry's portal on
    one country). Country groups are left out, for an address's sections ('/world/', '/asia/') file the
    page under a region; several countries name none. A city or region the slug heads the story with
    ('tehran-province-records-lowest-inflation') in a text that names the country it lies in (the Statistical
    Center of Iran) is no place of a figure naming none, unless its sentence or paragraph calls its place
    'the region' or 'the city' (``parts``): the story's other figures are the country's, which the text itself
    names, nearer than the address."""
    found = _one_country(draft.address_words, reader)
    if found and not parts and not reader.places.knows(next(iter(found))):
        country = _country_of_part(reader.places.name_of(next(iter(found))))
        # the whole text read once a draft (``read`` is cached by its text), not once a claim
        if country is not None and marker(country) in reader.read(draft.prose[draft.body_start:]):
            return frozenset()
    # the publisher's host name only where the path names no country: its own headline is nearer
    if found or not draft.host_words:
        return found
    # 'ins-cameroun.cm' on an English page: the host keeps its publisher's language
    url = draft.url or ""
    top_level = (urlsplit(url if "//" in url else f"//{url}").hostname or "").rpartition(".")[2]
    return _one_country(draft.host_words, reader) \
        or _one_country(host_countries_in_english(draft.host_words, top_level), reader) \
        or _host_acronym_country(url_host_words(url), top_level, reader) \
        or _statistics_host_country(url, top_level, reader)


def _host_acronym_country(host_words: str, top_level: str, reader: PlaceReader) -> frozenset[str]:
    """The country a host's short label names as a statistics office's acronym the gazetteer knows ('inege' of
    'inege.gq', 'dzs' of 'podaci.dzs.hr'), read from the host as written (a gloss would have put the office's name
    in English words) and in capitals, as hosts are written in lower case. Only under that country's own
    country-code domain: both say whose office it is, where 'bls.gov' or 'ons.de' alone would not."""
    domain = _country_code_place(top_level, reader)
    if domain is None:
        return frozenset()
    acronyms = " ".join(w.upper() for w in host_words.split()
                        if w.isalpha() and _HOST_ACRONYM_LETTERS[0] <= len(w) <= _HOST_ACRONYM_LETTERS[1])
    found = _one_country(acronyms, reader)
    return found if found == {marker(domain)} else frozenset()


# A host label this long may be an acronym: two letters are often a language or a country code ('en', 'us').
_HOST_ACRONYM_LETTERS = (3, 6)


def _statistics_host_country(url: str, top_level: str, reader: PlaceReader) -> frozenset[str]:
    """The country of a statistics office's own host ('stat.gov.kz', 'stat.ee'): its country-code domain's, when
    a label of the host calls it a statistics office (``statistics_host_labels``) — the office speaks for its
    country as its name does."""
    domain = _country_code_place(top_level, reader)
    if domain is None:
        return frozenset()
    labels = (urlsplit(url if "//" in url else f"//{url}").hostname or "").split(".")[:-1]
    return frozenset({marker(domain)}) if any(label in _STATISTICS_HOST_LABELS for label in labels) else frozenset()


_STATISTICS_HOST_LABELS = frozenset(data_json("places.json").get("statistics_host_labels", ()))
_BRAND_DOMAINS = frozenset(data_json("places.json").get("brand_country_domains", ()))


def _country_code_place(top_level: str, reader: PlaceReader) -> str | None:
    """The key of the country a two-letter top-level domain stands for ('kz' → KAZ); None for a generic one, or a
    country's domain sold as a brand (``brand_country_domains``: '.io', '.tv')."""
    if len(top_level) != 2 or not top_level.isalpha() or top_level.lower() in _BRAND_DOMAINS:
        return None
    place = reader.places.exact(top_level.upper())
    return place.key if place is not None and not place.aggregate else None


# the small words inside a country's name ('Trinidad and Tobago', 'Isle of Man'), lower case in the gazetteer
_ADDRESS_NAME_LINKS: Final = frozenset(lexicon()["proper_name_links"])


def _one_country(address_words: str, reader: PlaceReader) -> frozenset[str]:
    """The one country (or city or region: '…-chislennost-naseleniia-mangistau') an address's words name ('Zambias
    Inflation Eases'), as a marker; else empty."""
    # a name's links stay in lower case, as the gazetteer writes them: 'trinidad-and-tobago' is 'Trinidad and Tobago'
    words = " ".join(w if w.isupper() or (at and w in _ADDRESS_NAME_LINKS) else w.capitalize()
                     for at, w in enumerate(address_words.split()))
    if not words:
        return frozenset()
    # a slug drops the apostrophe of a possessive: 'costa-ricas-inflation' is Costa Rica's
    unpossessed = re.sub(r"(?<=[a-z]{2})s\b", "", words)
    found = frozenset(m for text in (words, unpossessed) for m in reader.read(text)
                      if is_marker(m) and not reader.places.is_group(m[len(marker("")):]))
    return found if len(found) == 1 else frozenset()


@lru_cache(maxsize=1024)  # each claim asks it of the same few layers of its draft
def _one_place(words: frozenset[str]) -> frozenset[str] | None:
    """A layer's place markers when it names exactly one place; empty when it names none; None when
    it names several, for then a reader cannot tell which one a later figure is about."""
    found = frozenset(w for w in words if is_marker(w))
    return found if len(found) <= 1 else None


def _earlier_places(draft: Draft, offset: int, section_start: int, reader: PlaceReader,
                    referred: str = "") -> frozenset[str]:
    """The place named in the nearest earlier paragraph of the claim's section that names one (at
    most ``context_paragraphs_back`` paragraphs back, never past the heading above): its marker. For a
    figure whose sentence calls its place 'the country' or 'the regional level' (``referred``), a paragraph
    naming several places, one country (or one group) among them, names that one."""
    paragraphs = draft.paragraphs
    own = draft.paragraph_at(offset).start
    at = draft.paragraphs_starting_before(own) - 1
    at = at if at >= 0 else None
    # a dateline's city (and its state) is read by the dateline layer as its country, no place of its paragraph
    filed = _dateline_end(draft, reader) if at is not None else 0
    for back in range(reader.places.context_paragraphs_back):
        if at is None or at - back < 0 or paragraphs[at - back].start < section_start:
            break
        span = paragraphs[at - back]
        text = draft.prose[max(span.start, filed):span.end]
        found = _one_place_named(reader, text)
        if found is None and referred:
            found = _the_one_among(reader.read(text), reader, referred) or None
        if found is None:
            break
        if found:
            return found
    return frozenset()


@lru_cache(maxsize=1)
def _country_referring_nouns() -> re.Pattern[str]:
    return re.compile(rf"(?<!\w)(?i:{alternation(data_json('places.json').get('country_referring_nouns', ()))})(?!\w)")


@lru_cache(maxsize=1)
def _group_referring_nouns() -> re.Pattern[str]:
    return re.compile(rf"(?<!\w)(?i:{alternation(data_json('places.json').get('group_referring_nouns', ()))})(?!\w)")


def _place_referred(sentence: str, markers: dict[str, list[int]]) -> str:
    """What kind of place a sentence naming none of its own calls its figure's: 'country' for 'the country', 'the
    Kingdom' (``country_referring_nouns``), 'group' for 'the regional level' (``group_referring_nouns``); else ''.
    ``markers``: the places the sentence names for the figure, those it speaks past left out ('… an analysis of
    global energy data, emissions in the Kingdom fell 2.7 %': the world is no place of the Kingdom's figure)."""
    kind = _referring_kind(sentence)
    return kind if kind and not markers else ""


@lru_cache(maxsize=64)  # asked once per claim of the sentence, as ``_says_year_means``
def _referring_kind(sentence: str) -> str:
    return "country" if _country_referring_nouns().search(sentence) is not None \
        else "group" if _group_referring_nouns().search(sentence) is not None else ""


def _the_one_among(words: frozenset[str], reader: PlaceReader, kind: str = "country") -> frozenset[str]:
    """The marker of the one country (``kind`` 'country': groups and cities left out) or the one country group
    ('group') among a text's places; empty when none or several."""
    found = frozenset(w for w in words if is_marker(w) and reader.places.knows(w)
                      and reader.places.is_group(w) == (kind == "group"))
    return found if len(found) == 1 else frozenset()


def _referred_place_only(reader: PlaceReader, words: frozenset[str], referred: str) -> frozenset[str]:
    """A layer's words; for a figure said of 'the country' or 'the regional level' (``referred``) in a layer naming
    several places, one of that kind among them, the other places' markers are left out: 'the Kingdom' is no group
    nor city, and 'the regional level' no member country."""
    if not referred or (_one_place(words) is not None):
        return words
    one = _the_one_among(words, reader, referred)
    return words if not one else frozenset(w for w in words if not is_marker(w)) | one


@lru_cache(maxsize=1)
def _part_referring_nouns() -> re.Pattern[str]:
    return re.compile(rf"(?<!\w)(?i:{alternation(data_json('places.json').get('part_referring_nouns', ()))})(?!\w)")


def _part_referred(reader: PlaceReader, sentence: str, markers: dict[str, list[int]], before: tuple[str, ...],
                   earlier: frozenset[str]) -> tuple[dict[str, list[int]], tuple[int, int]]:
    """A sentence naming no place finer than a country that calls its figure's place 'the region' or 'the city'
    (``part_referring_nouns``): the one region or city the nearest text before it names (the paragraph before the
    figure, else an earlier paragraph (``earlier``), the heading, the title), when that text names exactly one
    place and it is no country nor group. Its marker and its name's words, each at the referring noun's offset in
    ``sentence``, and the noun's span; empty when the sentence says no such noun or no such place stands before it
    (the span stays when the sentence names a region or city of its own: the noun is that place's)."""
    said = _part_noun_said(sentence)
    if said is None:
        return {}, (0, 0)
    if any(not reader.places.knows(m) for m in markers):
        return {}, said.span()
    for words in (*(_one_place_named(reader, text) if text.strip() else frozenset() for text in before[:1]), earlier,
                  *(_one_place_named(reader, text) if text.strip() else frozenset() for text in before[1:])):
        if words is None:
            return {}, (0, 0)  # several places: a reader cannot tell which one 'the region' is
        found = [w for w in words if is_marker(w)]
        if not found:
            continue
        if reader.places.knows(found[0]):
            return {}, (0, 0)  # a country or a group is no region's or city's name
        return dict.fromkeys(words, [said.start()]), said.span()
    return {}, (0, 0)


@lru_cache(maxsize=64)  # asked once per claim of the sentence, as ``_says_year_means``
def _part_noun_said(sentence: str) -> re.Match[str] | None:
    return _part_referring_nouns().search(sentence)


def _with_part_words(ctx: ClaimContext, part_positions: dict[str, list[int]]) -> ClaimContext:
    """The context with the referred region's or city's name words standing where the sentence refers to it, so
    its rows are found by them as if the sentence had named it there."""
    if not part_positions:
        return ctx
    words = frozenset(part_positions)
    positions = dict(ctx.positions)
    for word, at in part_positions.items():
        positions[word] = sorted(set(positions.get(word, [])) | set(at))
    in_clause = ctx.clause_span[0] <= next(iter(part_positions.values()))[0] < ctx.clause_span[1]
    return replace(ctx, sentence=ctx.sentence | words, positions=positions,
                   clause=ctx.clause | words if in_clause else ctx.clause)


def _lead_place(draft: Draft, offset: int, reader: PlaceReader) -> frozenset[str]:
    """The draft's main place from one clear mention: the lead (its first paragraph, when the
    claim stands after it) naming exactly one place."""
    paragraphs = draft.paragraphs
    if not paragraphs or offset < paragraphs[0].end:
        return frozenset()
    lead = paragraphs[0]
    if draft.heading_for(lead.start) is not None and draft.heading_for(lead.start).start == lead.start:
        lead = paragraphs[1] if len(paragraphs) > 1 and offset >= paragraphs[1].end else None
        if lead is None:
            return frozenset()
    # a dateline opening the lead is read by the dateline layer as its country
    return _one_place_named(reader, draft.prose[max(lead.start, _dateline_end(draft, reader)):lead.end]) or frozenset()


def _dateline_place(draft: Draft, reader: PlaceReader) -> frozenset[str]:
    """The country of the city a news agency's dateline opens the draft's first paragraph with ('DEN HAAG (AFN) -',
    'Amman, The Consumer Price Index …'): the report was filed there, about that country, when the rest of that
    paragraph names no place (a dateline over another country's news, 'Hanoi (VNA) - The Philippines' …', gives way
    to it, as to every place nearer the figure)."""
    lead = _first_body_paragraph(draft)
    found = _filed_from(lead)
    if found is None:
        return frozenset()
    country = _dateline_country(found, reader)
    if country is None or any(is_marker(w) for w in reader.read(lead[found.end():])):
        return frozenset()
    return frozenset({marker(country)})


def _dateline_country(found: re.Match[str], reader: PlaceReader) -> str | None:
    """The key of the country a dateline (``_filed_from``'s match) was filed in: its city's, or, for a city no list
    holds, the country of the state or province the dateline names after it ('CLEVELAND, Ohio (WOIO) -': the
    gazetteer's subdivision rows name their countries). The state is where the city lies, no place of the figures."""
    country = dateline_cities().get(folded_city(found.group("city")))
    if country is not None:
        return country
    after_city = found.group(0)[found.end("city") - found.start():]
    states = {country for _, _, name, _ in reader.mentions(after_city) if (country := subdivision_country(name))}
    return next(iter(states)) if len(states) == 1 else None


# 'DEN HAAG (AFN) -', 'OTTAWA, Jan. 17 (Xinhua) --', 'Bogotá, 20 de enero de 2015 (EFE).-': a city, a date, the agency.
# Every agency's shape: the day and month after the city with no comma ('Bratislava 15. januára (TASR) -') or after a full stop
# ('MOSCOW. Jan 28 (Interfax) -'), the agency between slashes ('MOSCOW, January 31. /TASS/.')
# Spaces are taken whole (possessive): two runs of ``\s*`` side by side, with no date between, tried every split of
# a long run of spaces in the first paragraph (quadratic: 8,000 spaces after its first words took 12 CPU seconds).
_FILED_FROM = re.compile(r"\s*(?P<city>[^\W\d_](?:[^\W\d_]|['’. -]){1,30}?)\s*+(?:[,.][^()\n]{1,40}?|(?<=\s)\d{1,2}\.?\s?[^\W\d_][^()\n]{0,36}?)?\s*+"
                         r"(?:\([^()\n]{1,30}\)\s*+\.?\s*+[-–—:]|/[^/()\n]{1,30}/\s*+[-–—:.])")
# 'Amman, The Consumer Price Index …', 'Muscat: The rate …': a city and a comma or a colon before a letter
# (``_filed_from_before_capital``), the agency left out
_FILED_FROM_BEFORE_LETTER = re.compile(r"\s*(?P<city>[^\W\d_](?:[^\W\d_]|['’. -]){1,30}?)[,:]\s+(?=[^\W\d_])")


# 'ASTANA –', 'MBABANE — The inflation rate …': a city written in capitals and a dash, the agency left out
_FILED_FROM_CAPITALS = re.compile(r"\s*(?P<city>[^\W\d_](?:[^\W\d_]|['’. -]){1,30}?)\s*+[-–—]\s")


def _filed_from(lead: str, set_off: bool = False) -> re.Match[str] | None:
    """The dateline a first paragraph opens with (its city: group 'city'), in any of the agencies' shapes; None
    when it opens with none. The city is not checked against the known ones here. ``set_off``: only a dateline its
    agency or a dash sets off from the sentence; a city and a comma before a capital may be the sentence's own
    subject too ('Almaty, Kazakhstan's largest city, had …')."""
    found = _FILED_FROM.match(lead) or (None if set_off else _filed_from_before_capital(lead))
    if found is None and (found := _FILED_FROM_CAPITALS.match(lead)) is not None and not found.group("city").isupper():
        return None  # 'Kazakhstan – the largest …' opens a sentence on a place
    return found


def _filed_from_before_capital(lead: str) -> re.Match[str] | None:
    """A city and a comma before a capital ('Amman, The …', 'Jakarta, Pertumbuhan …'), or a letter of a script
    without case: a lower-case word after the comma goes on a sentence that opens on a place ('Guatemala, por otro
    lado, …'), no dateline."""
    found = _FILED_FROM_BEFORE_LETTER.match(lead)
    return found if found is not None and not lead[found.end()].islower() else None


def _first_body_paragraph(draft: Draft) -> str:
    """The draft's first paragraph of prose, its title or a heading above it aside: where a dateline stands."""
    start, end = _first_body_span(draft)
    return draft.prose[start:end]


def _first_body_span(draft: Draft) -> tuple[int, int]:
    """Where ``_first_body_paragraph`` stands in the prose (0, 0 when the draft has none)."""
    for span in draft.paragraphs:
        heading = draft.heading_for(max(span.start, span.end - 1))  # the nearest above its end: found by bisection
        if heading is not None and heading.start >= span.start:
            continue
        return span.start, span.end
    return 0, 0


def _dateline_end(draft: Draft, reader: PlaceReader, set_off: bool = False) -> int:
    """Where a dateline naming a known city ('Moscow, 31 January. /TASS/.', 'DEN HAAG (AFN) -'), or a city and its
    known state ('CLEVELAND, Ohio (WOIO) -'), that opens the draft's first paragraph ends in the prose; 0 when none
    opens it (``set_off``: as ``_filed_from``)."""
    start, end = _first_body_span(draft)
    lead = draft.prose[start:end]
    found = _filed_from(lead, set_off)
    if found is None or _dateline_country(found, reader) is None:
        return 0
    return start + found.end()


def _one_place_named(reader: PlaceReader, text: str) -> frozenset[str] | None:
    """``_one_place`` of a text, with the words of that place's name when it is no country or group (a city, a
    reference table's region): a region's rows are found by its name's words, which a marker alone does not hold."""
    found = _one_place(reader.read(text))
    if not found:
        return found
    key = next(iter(found))
    names = [name for _, _, name, place in reader.mentions(text)
             if place is not None and marker(place) == key and reader.places.exact(place) is None]
    return found.union(*(token_set(name) for name in names))


_LAYER_WORDS = {"paragraph": "the paragraph", "previous paragraph": "an earlier paragraph", "heading": "the heading",
                "title": "the title", "front matter": "the front matter", "lead": "the draft's lead",
                "currency": "the currency of its paragraph's amounts", "dateline": "the dateline",
                "address": "the page's address (url:)",
                "draft": "the rest of the draft"}


def describe_context(result: ClaimResult, candidates: list[Candidate]) -> ClaimResult:
    """Say on each piece of evidence, and once in the explanation, where a row's place was taken
    from when the claim's own sentence does not name it ('country Germany from the heading')."""
    by_resource: dict[str, Candidate] = {}
    for cand in candidates:
        by_resource.setdefault(cand.resource.name, cand)
    evidence = []
    for ev in result.evidence:
        cand = by_resource.get(ev.resource)
        parts: list[str] = []
        said: set[str] = set()
        # a dimension that holds the place's name reads better than one that holds its code
        named_first = sorted(cand.context.items(), key=lambda item: (
            cand.resource.place_values.get(ev.dimensions.get(item[0], "")) == ev.dimensions.get(item[0]),
            item[0])) if cand else ()
        for dim, layer in named_first:
            value = ev.dimensions.get(dim)
            # only where the context chose (one value needs no reader), and one place said once
            if value is None or layer not in _LAYER_WORDS or len(cand.resource.dim_values.get(dim, ())) < 2:
                continue
            place = cand.resource.place_values.get(value, value)
            if place not in said:
                said.add(place)
                parts.append(f"{dim} {value} from {_LAYER_WORDS[layer]}")
        evidence.append(ev.model_copy(update={"context": "; ".join(parts)}) if parts else ev)
    lead = evidence[0].context if evidence else None  # the explanation speaks of the lead evidence
    if not lead:
        return result.model_copy(update={"evidence": evidence})
    explanation = f"{result.explanation.rstrip()} (The sentence names no place: {lead}.)"
    return result.model_copy(update={"evidence": evidence, "explanation": explanation})


@lru_cache(maxsize=1)
def _whole_country_words() -> re.Pattern[str]:
    # not a possessive: 'the residents in the country's largest city' speak of a part; the country's own noun
    # with one ('the country's point-to-point rate') speaks of the whole, unless one of its parts follows
    # within two words ('the country's largest city', 'the nation's north'), or it is set off by a comma after a
    # word, where it may describe the name before it ('In Luanda, the country's biggest market, …'); after a year
    # ('In 2023, the country's rate …') it still speaks of the whole
    parts = data_json("place_parts.json")
    part_words = [*parts["nouns"], *parts["container_nouns"], *parts["direction_nouns"]]
    possessive = (rf"(?<![^\W\d_],\s)(?:{alternation(lexicon()['whole_country_possessors'])})['’]s"
                  rf"(?!\s+(?:[\w-]+\s+){{0,2}}(?:{alternation(part_words)})(?!\w))")
    return re.compile(rf"(?<!\w)(?i:(?:{alternation(lexicon()['whole_country_words'])})(?!\w|['’]s\b)|{possessive})")


def _whole_country_side(reader: PlaceReader, text: str, offset: int, sentence: str, entities: frozenset[str],
                        markers: dict[str, list[int]]
                        ) -> tuple[str, frozenset[str], dict[str, list[int]], frozenset[str]]:
    """'the region's rate of 7.5 % was higher than the national average, which was 6.9 %': words before the
    figure that make it the whole country's speak past a city, a region or a group of countries the sentence
    names before them (one nation's figure is none of theirs), so that place is blanked for this figure, with
    its markers and words (returned last: the figure's subject is none of them either), and the one country they
    lie in is named where the words stand ('Ontario's rate was 3.8 %, while the national average was 3.9 %': Canada's);
    a place named after those words ('nationally …, but in Manila 8 %') stays the figure's."""
    # the last such words before the figure: places named before them are the ones they speak past
    whole = last_match_before(_whole_country_words(), text, offset)
    if whole is None:
        return sentence, entities, markers, frozenset()
    kept = reader.mentions(text)
    parts = [m for m in kept if m[1] <= whole.start()
             and not (m[3] and reader.places.knows(m[3]) and not reader.places.is_group(m[3]))]
    if not parts:
        return sentence, entities, markers, frozenset()
    chars = list(sentence)
    for start, end, _, _ in parts:
        chars[start:end] = " " * (end - start)
    names = frozenset().union(*(token_set(name) for m in kept if m not in parts for _, _, name, _ in [m]))
    spots = {m: [a for a in at if not any(s <= a < e for s, e, _, _ in parts)] for m, at in markers.items()}
    elsewhere = frozenset().union(*(token_set(name) for _, _, name, _ in parts)) - names
    countries = {country for _, _, name, _ in parts if (country := _country_of_part(name))}
    if len(countries) == 1:
        spots.setdefault(marker(countries.pop()), []).append(whole.start())
    return "".join(chars), entities & names, {m: at for m, at in spots.items() if at}, elsewhere


def _speaks_of_the_whole_country(sentence: str, offset: int) -> bool:
    """The figure's sentence says, before it (at ``offset``), that it is the whole country's ('nationally', 'the
    national average', 'nationwide'; Portuguese 'no país' as glossed, 'in the country')."""
    return last_match_before(_whole_country_words(), sentence, offset) is not None


def _whole_country_layer(reader: PlaceReader, words: frozenset[str], parts: frozenset[str]) -> frozenset[str]:
    """A layer's words for a figure its sentence calls the whole country's: the cities and regions it names
    (``parts``, and every place no country list holds) left out, and the one country they lie in put in their
    stead ('Saskatchewan's CPI has risen by 1 per cent' before 'the national average of 2.7 per cent': Canada's),
    as a dateline's city names its country. Parts of several countries, or of none known, name no country."""
    left = frozenset(w for w in words if w in parts or is_marker(w) and not reader.places.knows(w))
    countries = {country for w in left if is_marker(w) and (country := _country_of_part(reader.places.name_of(w)))}
    return words - left | ({marker(countries.pop())} if len(countries) == 1 else frozenset())


def _country_of_part(name: str) -> str | None:
    """The key of the country a state, a province (the gazetteer's subdivisions) or a city a dateline may name
    (``dateline_cities``) lies in; None for a part the lists do not place."""
    return subdivision_country(name) or dateline_cities().get(folded_city(name))


def _parts_named(reader: PlaceReader, texts: tuple[str, ...]) -> frozenset[str]:
    """The words and markers of the cities and regions (places of no country of the place list) ``texts`` name."""
    words: set[str] = set()
    for text in texts:
        for _, _, name, key in reader.mentions(text) if text.strip() else ():
            if key and not reader.places.knows(key):
                words |= token_set(name)
                words.add(marker(key))
    return frozenset(words)


class PlaceReader:
    """Finds the places a text names: countries and cities through the gazetteer, country groups
    through their words; a place named as the field of a ranking ('the fifth-largest economy in
    the world') is left out, for the subject of the clause beats a nearby mention."""

    def __init__(self, gazetteer: Gazetteer, places: Places) -> None:
        self.gazetteer = gazetteer
        self.places = places

    def mentions(self, text: str) -> list[tuple[int, int, str, str | None]]:
        """(start, end, entity name, place key or None), in order, ranking fields left out."""
        return list(self._mentions_of(text))

    @lru_cache(maxsize=512)  # noqa: B019 - a text's mentions are read for its places and again to blank them
    def found_in(self, text: str) -> tuple[list[tuple[int, int, Entity]], list[tuple[int, int, Place]]]:
        """The gazetteer's mentions and the country groups' mentions in ``text``, unfiltered (shared: not
        to be changed)."""
        return self.gazetteer.find(text), self.places.groups_in(text)

    def _part_of_country(self, entity: Entity) -> bool:
        """A reference table's value named as a part of a country ('North Kazakhstan Region', 'East Kazakhstan
        Region'): a place of its own, though its words hold the country's name. A name whose words before the
        noun are a country's own ('Kazakhstan Region') is the country still."""
        if entity.type != "reference" or self.places.exact(entity.name) is not None:
            return False
        proper = part_proper_name(entity.name)
        return proper is not None and self.places.exact(proper) is None

    def _zone_city(self, name: str) -> bool:
        """A city CLDR names a time zone after ('Maputo'), by a name no place list reads as a country or group."""
        # the place lists first: a country's name never needs CLDR's cities (and babel) loaded
        return self.places.exact(name) is None and place_key(name, True, self.places) is None \
            and folded_city(name) in dateline_cities()

    @lru_cache(maxsize=512)  # noqa: B019 - each figure of a sentence reads its places: read them once
    def _mentions_of(self, text: str) -> tuple[tuple[int, int, str, str | None], ...]:
        found: list[tuple[int, int, str, str | None]] = []
        entities, groups_found = self.found_in(text)
        institutions = None
        for start, end, entity in entities:
            if entity.type in _SUBDIVISIONS:
                # 'the University of California San Diego', 'Ohio State University': an institution, not the state
                institutions = organisation_names(text) if institutions is None else institutions
                if any(s <= start and end <= e for s, e in institutions):
                    continue
            # a city or an organisation is a place only by its exact name ('European Union'): the
            # country patterns would read 'Kazan' or 'Gazprom' loosely
            place = place_key(entity.name, entity.type in _MAYBE_COUNTRY, self.places, aliases=False)
            if self._part_of_country(entity):
                # 'North Kazakhstan Region' is the region, not the country its name holds; 'Mangystau Region', a
                # reference table's region no country's name reads, is a place of its own as well, so a paragraph
                # before the figure that names it is its place as a city's would be
                place = entity.name
            if place is None and entity.type in _SETTLEMENTS:
                place = entity.name  # a city is a place of its own: its country's row is not its figure
            if entity.type == "city" and said_there(text, start, end):
                continue  # '…, the ministry said on Monday in Berlin.': where it was said, not what about
            if entity.type == "city" and voices_a_government(text, end):
                # 'Moscow said inflation was …': the capital speaks for its government, of its country's figure
                place = dateline_cities().get(folded_city(entity.name))
                if place is None:
                    continue
            found.append((start, end, entity.name, place))
        for start, end, group in groups_found:
            overlapping = [m for m in found if m[0] < end and start < m[1]]
            # the longer name wins: 'Euro Area' is the group, not the 'Euro' a table lists as a country
            if all(start <= m[0] and m[1] <= end and (m[1] - m[0]) < end - start for m in overlapping):
                found = [m for m in found if m not in overlapping]
                found.append((start, end, group.name, group.key))
        for start, end, name in marked_settlements(text):
            # a city or region the text marks as one ('the city of Ilorin', 'Kebbi State') is a place of its
            # own, as a gazetteer's city is; a name the place list knows ('Mexico City'?) keeps its reading
            overlapping = [m for m in found if m[0] < end and start < m[1]]
            if self.places.exact(name) is None and all(start <= m[0] and m[1] <= end and m[2] != name and m[3] != name
                                                       and not (m[3] and self.places.is_group(m[3])) for m in overlapping):
                found = [m for m in found if m not in overlapping]
                found.append((start, end, name, name))
        for start, end, name in subject_cities(text, self._zone_city):
            # 'inflation in Maputo': a city the gazetteer lacks, named as the figure's subject, is a place of its own
            if not any(m[0] < end and start < m[1] for m in found):
                found.append((start, end, name, name))
        found.sort()
        # 'Gayri Safi Yurt İçi Hasıla' (Turkish, gross domestic product): a city's name that is a word of the text's
        # language, written as the word, names no place
        others = [(m[0], m[1], bool(m[3] and self.places.knows(m[3]))) for m in found]
        found = [m for m in found if (m[3] and self.places.knows(m[3])) or not common_word_not_a_place(text, m[0], m[1], others)]
        if any(key and not self.places.knows(key) for _, _, _, key in found):  # a city is named
            found = [m for m in found if not (m[3] and self.places.knows(m[3]) and _holds_a_part(text, m[0], m[1]))]
            # 'Kerema Regency, Indonesia': the country set off after a city is where the city is, not the figure's place
            found = [m for i, m in enumerate(found) if not (
                i and m[3] and self.places.knows(m[3]) and found[i - 1][3] and not self.places.knows(found[i - 1][3])
                and text[found[i - 1][1]:m[0]] == ", ")]
        groups = {key for _, _, _, key in found if key and self.places.is_group(key)}
        starts = frozenset(m[0] for m in found)
        # a group named as a ranking's field, or inside a title ('Review of World Energy'), is no place here;
        # nor the base of a share set off after another figure (', 27 % of the world's total')
        return _with_ordinal_references(text, tuple(m for m in found if (m[3] not in groups or not (_ranking_field(text, m[0], m[1], self.places)
                                                                     or _standing_field(text, m[0], m[1], found, self.places)
                                                                     or in_proper_name(text, m[0], m[1], starts)
                                                                     or names_a_market(text, m[1], m[0])
                                                                     or names_a_rule(text, m[1], m[0])
                                                                     or names_a_share_base(text, m[0])
                                                                     or names_other_members(text, m[0], m[1])
                                                                     or names_where_it_lies(text, m[0])))
                     and not _cause_after_figure(text, m[0], self.places)
                     and not names_a_people(text, m[0])
                     and not names_a_size_yardstick(text, m[0], m[1])
                     and not names_a_conflict(text, m[0], m[1], text[m[0]:m[1]] in self.gazetteer.people)
                     and not _currency_unit(text, m[0], m[1], self.places)
                     and not describes_a_member(text, m[0], m[1], m[2], self.gazetteer)))

    @lru_cache(maxsize=512)  # noqa: B019 - readers are few and long-lived (``_reader``); the claims of a
    def read_sentence(self, text: str) -> tuple[str, frozenset[str], dict[str, list[int]]]:  # draft share texts
        """The sentence with ranking fields blanked, its entities' words, and place markers → offsets."""
        kept = self.mentions(text)
        blanked = _blank_except(text, kept, self)
        entities: set[str] = set()
        markers: dict[str, list[int]] = defaultdict(list)
        for start, _, name, key in kept:
            entities |= token_set(name)
            if key:
                markers[marker(key)].append(start)
        return blanked, frozenset(entities), dict(markers)

    @lru_cache(maxsize=512)  # noqa: B019 - the same for each figure of the sentence
    def place_words(self, text: str) -> frozenset[str]:
        """The words of the places named in ``text``."""
        return frozenset().union(*(token_set(text[start:end]) for start, end, _, _ in self.mentions(text)))

    @lru_cache(maxsize=512)  # noqa: B019
    def content_words(self, text: str) -> frozenset[str]:
        """The words of ``text`` with its places and named entities left out."""
        kept = list(text)
        for start, end, _, _ in self.mentions(text):
            kept[start:end] = " " * (end - start)
        return token_set("".join(kept))

    @lru_cache(maxsize=512)  # noqa: B019
    def read(self, text: str) -> frozenset[str]:
        """A layer's words, its entities' names and its places' markers."""
        kept = self.mentions(text)
        words = set(token_set(_blank_except(text, kept, self)))
        for _, _, name, key in kept:
            words |= token_set(name)
            if key:
                words.add(marker(key))
        return frozenset(words)


@lru_cache(maxsize=1)
def _ordinal_referring_words() -> tuple[tuple[int, re.Pattern[str]], ...]:
    """For each of the two places in order (0: 'the former', 1: 'the latter'), its position and its referring words
    in every language (``ordinal_referring_words`` in places.json), where they stand as a noun of their own: before
    punctuation, a possessive, an auxiliary or a level verb ('the former is', 'the latter, 212'), never before the
    noun they describe ('the former Soviet republics', 'the former all-time low'). A position no language lists
    words for keeps its number: the other's words still refer to their own place."""
    by_position: dict[int, list[str]] = defaultdict(list)
    for in_order in data_json("places.json").get("ordinal_referring_words", {}).values():
        for position, words in enumerate(in_order):
            by_position[position].extend(words)
    verbs = alternation([*lexicon()["auxiliaries"], *lexicon()["level_verbs"]])
    return tuple((position, re.compile(rf"(?<!\w)(?i:{alternation(by_position[position])})"
                                       rf"(?=\s*(?:[^\w\s-]|$)|\s+(?i:{verbs})(?!\w))"))
                 for position in _REFERRED_POSITIONS if by_position[position])


_REFERRED_POSITIONS: Final = (0, 1)  # 'the former', 'the latter': of two places, never more


def _with_ordinal_references(text: str, found: tuple[tuple[int, int, str, str | None], ...]
                             ) -> tuple[tuple[int, int, str, str | None], ...]:
    """``found`` (a text's place mentions, in order) with 'the former' and 'the latter' read as the first and the
    second of the two places named before them: a mention of that place where the words stand. With one place
    named before, or three, a reader cannot tell which they mean, and they name none."""
    added: list[tuple[int, int, str, str | None]] = []
    for position, pattern in _ordinal_referring_words() if found else ():
        for words in pattern.finditer(text):
            if any(start < words.end() and words.start() < end for start, end, _, _ in found):
                continue
            named: dict[str, str] = {}  # place key → its first name before the words, in order
            for start, end, name, key in found:
                if end <= words.start() and key:
                    named.setdefault(key, name)
            if len(named) == 2:
                key, name = list(named.items())[position]
                added.append((words.start(), words.end(), name, key))
    return tuple(sorted((*found, *added))) if added else found


@lru_cache(maxsize=4)
def _reader(gazetteer: Gazetteer, places: Places) -> PlaceReader:
    return PlaceReader(gazetteer, places)


_MAYBE_COUNTRY = frozenset({"country", "reference"})  # gazetteer types whose names may be a country's
_SUBDIVISIONS = frozenset({"subdivision"})  # a country's states (US states), named in institutions' names too
_SETTLEMENTS = frozenset({"city"}) | _SUBDIVISIONS  # gazetteer types that name a place inside a country


_WORD = re.compile(r"[^\W_]+(?:'s)?", re.UNICODE)


def _ranking_field(text: str, start: int, end: int, places: Places) -> bool:
    """A place named within a few words after a ranking word ('largest economy in the world'), or
    just before one as a possessive ('the world's largest'), in the same clause."""
    window = places.ranking_window
    lo, hi = clause_span(text, start)
    before = [w.lower() for w in _WORD.findall(text[max(lo, start - 80):start])][-window:]
    possessive = text[end:end + 2] in ("'s", "’s") or text[start:end].lower().endswith("'s")
    skip = 2 if text[end:end + 2] in ("'s", "’s") else 0  # 'world’s' read as 'world' + '’s'
    following = [w.lower() for w in _WORD.findall(text[end + skip:min(hi, end + 60)])]
    after = following[:2]
    if not possessive and following and following[0] in _ranking_possessives():
        # 'world of largest economy', glossed from '세계의 최대 경제국': the world's largest economy; 'world of major
        # economies top 10' ('世界の経済大国トップ10'): the particle's noun phrase may run a word further
        possessive, after = True, following[1:4]
    # 'in the world ranking', glossed 'nella graduatoria mondiale' ('in the ranking global'): the ranking's field
    pairs = list(zip(before, before[1:]))  # 'the 8th place in the global table'
    # a rank right after the place: 'world 9th', as '세계 9위' (the world's ninth) is glossed
    return any(w in places.ranking_words for w in before) or any(_is_rank(w) for w in before[-3:]) or \
        any(f"{a} {b}" in places.ranking_words for a, b in pairs) or \
        any(a in _rank_nouns() and b.isdigit() for a, b in pairs) or \
        (possessive and any(w in places.ranking_words for w in after)) or \
        (bool(after) and (after[0] in places.ranking_words or _is_rank(after[0])))


@lru_cache(maxsize=1)
def _rank_nouns() -> frozenset[str]:
    """Nouns that make the bare figure after them a rank ('the place 47', places.json ``rank_nouns``)."""
    return frozenset(w.casefold() for w in data_json("places.json").get("rank_nouns", []))


def _standing_field(text: str, start: int, end: int, found: list[tuple[int, int, str, str | None]],
                    places: Places) -> bool:
    """'Guyana emerges as the region's most significant upward trend': a group named as a possessive right before a
    superlative word (places.json ``superlative_words``), in a clause that names a country before it (``found``:
    the text's mentions, the group's among them), is the field of that country's standing, not a place."""
    lo, hi = clause_span(text, start)
    following = _WORD.findall(text[end:min(hi, end + 40)])
    if text[start:end].lower().endswith(_POSSESSIVE_ENDINGS):
        possessive = True
    else:  # 'Europe’s': the group's name, then its possessive ending ('s' among the words after it)
        possessive = text[end:end + 2] in _POSSESSIVE_ENDINGS
        following = following[1:] if possessive and following and following[0].lower() == "s" else following
    if not possessive or not following or following[0].lower() not in _superlative_words():
        return False
    return any(lo <= m_start and m_end <= start and key and places.knows(key) and not places.is_group(key)
               for m_start, m_end, _, key in found)


_POSSESSIVE_ENDINGS = ("'s", "’s")


@lru_cache(maxsize=1)
def _superlative_words() -> frozenset[str]:
    """The words after a group's possessive that make it a standing's field (places.json ``superlative_words``)."""
    return frozenset(w.casefold() for w in data_json("places.json").get("superlative_words", []))


@lru_cache(maxsize=1)
def _ranking_possessives() -> frozenset[str]:
    """The glossed words of an attributive particle between a place and a ranking (places.json ranking_possessives)."""
    return frozenset(w.casefold() for w in data_json("places.json").get("ranking_possessives", []))


# a rank written with figures ('26th in the world', '147th global'): the place after it is the rank's field
_RANK = re.compile(rf"\d+{ordinal_suffix()}")
# … or in words, as Romance copy writes 'the world's top emitter' ('primo inquinatore mondiale': 'first polluter global')
_RANK_WORDS = frozenset(lexicon()["ordinal_units"])


def _is_rank(word: str) -> bool:
    return word in _RANK_WORDS or _RANK.fullmatch(word) is not None


def _cause_after_figure(text: str, start: int, places: Places) -> bool:
    """A place named after a figure behind a cause word ('… 9.1 % in May, due to … the war in
    Ukraine'): the sentence gives a cause there, not the figure's place."""
    if not places.cause_words:
        return False
    last_digit = last_digit_end(text, start)  # the sentence's digits found once, not per mention
    if last_digit < 0:
        return False
    # only within the mention's own stretch of the clause: 'driven by demand in China, Kazakhstan's
    # exports rose' gives China as a cause, not Kazakhstan
    stretch = text[max(last_digit, clause_span(text, start)[0]):start]
    between = f" {' '.join(_WORD.findall(stretch.casefold()))} "
    return any(f" {w} " in between for w in places.cause_words) and not describes_itself_after(text, start)


_CURRENCY_LOOKBACK = 3  # words: 'in current US dollars', 'against the US dollar'


def _currency_unit(text: str, start: int, end: int, places: Places) -> bool:
    """A place that starts a currency's name behind a unit word ('in US dollars', 'against the
    Russian ruble'), or a currency sign before a figure ('US$139 billion'): the money a figure is
    written in or quoted against, not the figure's place."""
    if _currency_sign(text, start, end):
        return True
    if not places.currency_words_before:
        return False
    following = list(_WORD.finditer(text, end, min(len(text), end + 40)))[:2]
    if not following or text[end:following[0].start()].strip():
        return False
    lo = clause_span(text, start)[0]
    if _FIGURE_BEFORE.search(text[max(lo, start - 60):start]):
        # '2.5 trillion US dollars': the figure's unit, however its sentence names the place
        return _names_money(text, start, following)
    # the unit word before decides first: it is cheap to read, and most places have none
    before = [w.casefold() for w in _WORD.findall(text[max(lo, start - 60):start])][-_CURRENCY_LOOKBACK:]
    return any(w in places.currency_words_before for w in before) and _names_money(text, start, following)


def _names_money(text: str, start: int, following: list[re.Match[str]]) -> bool:
    return any((form := lookup_suffix(text[start:m.end()])) is not None and is_money(form.unit) for m in following)


_FIGURE_BEFORE = re.compile(rf"\d(?:\s+(?i:{'|'.join(map(re.escape, lexicon()['scale_words_after_number']))}))?\s+\Z")


_SIGN_THEN_FIGURE = re.compile(r"\s?[^\w\s]{1,2}(?=\s?[\d.,]*\d)")
_SIGN_GLUED = re.compile(r"[^\w\s]{1,2}")


def _currency_sign(text: str, start: int, end: int) -> bool:
    """The place's letters and the symbol after them are one currency sign written before a figure
    ('US$5', 'US $5', 'HK$ 12'), or glued to them anywhere ('GDP (current US$)'), as the currency
    table spells its signs."""
    sign = _SIGN_THEN_FIGURE.match(text, end)
    form = lookup_prefix(text[start:sign.end()].strip()) if sign is not None else None
    return (form is not None and is_money(form.unit)) or _glued_sign(text, start, end)


def _glued_sign(text: str, start: int, end: int) -> bool:
    """The place's letters with a currency symbol glued after them and no word following:
    'GDP (current US$)', 'GDP, US$: 181.7 billion' name the money, wherever they stand."""
    for width in (1, 2):
        cut = end + width
        if cut <= len(text) and _SIGN_GLUED.fullmatch(text, end, cut) and not (cut < len(text) and text[cut].isalnum()):
            form = lookup_prefix(text[start:cut])
            if form is not None and is_money(form.unit):
                return True
    return False


def _blank_except(text: str, kept: list[tuple[int, int, str, str | None]], reader: PlaceReader) -> str:
    """``text`` with the place mentions that are ranking fields, and the joined sides of a conflict
    ('Russia-Ukraine war'), blanked out (same length)."""
    chars = list(text)
    kept_spans = {(s, e) for s, e, _, _ in kept}
    entities, groups_found = reader.found_in(text)
    every = [(s, e) for s, e, _ in entities] + [(s, e) for s, e, _ in groups_found]
    for s, e in every:
        if (s, e) not in kept_spans and not any(ks <= s and e <= ke for ks, ke in kept_spans):
            chars[s:e] = " " * (e - s)
    for s, e in joined_sides(text):
        chars[s:e] = " " * (e - s)
    # who publishes the figure ('the National Bureau of Statistics') says nothing of what it measures;
    # the places inside the name stay
    for s, e in organisation_names(text):
        for i in range(s, e):
            if not any(ks <= i < ke for ks, ke in kept_spans):
                chars[i] = " "
    return "".join(chars)


def _distance(ctx: ClaimContext, phrase: frozenset[str]) -> float:
    """How far a mention stands from the claim's number; mentions before it count as nearer. A word's offsets are in
    order: only the mention just before the number and the one just after it can be nearest (a sentence naming a
    place a hundred times reads two of them per figure, not all)."""
    best = math.inf
    for tok in phrase:
        offsets = ctx.positions.get(tok, ())
        after = bisect_right(offsets, ctx.claim_offset)
        if after:
            best = min(best, ctx.claim_offset - offsets[after - 1])
        if after < len(offsets):
            best = min(best, 2 * (offsets[after] - ctx.claim_offset))
    return best


def _mentions(index: ReferenceIndex, ctx: ClaimContext
              ) -> dict[str, dict[str, dict[str, tuple[float, tuple[frozenset[str], ...]]]]]:
    """resource → dimension → value → (strength, phrase): 1 in the sentence, ``LAYER_STRENGTH`` of
    the nearest layer beyond it that names the value.

    Cached per pair of word sets: the claims of one sentence share them.
    """
    near, everything = ctx.near, ctx.all
    key = (near, ctx.layers, everything)
    cached = index.mention_cache.get(key)
    if cached is not None:
        return cached
    hits: dict[str, dict[str, dict[str, tuple[float, tuple[frozenset[str], ...]]]]] = \
        defaultdict(lambda: defaultdict(dict))
    seen: set[int] = set()
    # one phrase names a value in many resources (a place in every table): weigh it once
    strengths: dict[frozenset[str], float] = {}
    # Sorted: the order values are found in decides the order of ``matched_dims`` and of the
    # mentions ``named_values`` weighs, so it must not follow the process's hash seed.
    for tok in sorted(everything):
        for term in index.dim_index.get(tok, ()):
            if id(term) in seen:
                continue
            seen.add(id(term))
            strength = strengths.get(term.phrase)
            if strength is None:
                strength = strengths[term.phrase] = _phrase_strength(term.phrase, near, ctx.layers, everything)
            if not strength or _word_of_a_longer_place(index, term, _found_in(term.phrase, near, ctx.layers, everything)):
                continue
            slot = hits[term.resource][term.dim]
            known = slot.get(term.value)
            if known is None or strength > known[0]:
                slot[term.value] = (strength, (term.phrase,))
            elif strength == known[0]:  # every surface that names the value, for distances
                slot[term.value] = (strength, known[1] + (term.phrase,))
    if len(index.mention_cache) > 256:
        index.mention_cache.clear()
    index.mention_cache[key] = hits
    return hits


def _word_of_a_longer_place(index: ReferenceIndex, term: DimensionTerm, words: frozenset[str]) -> bool:
    """A place's value named only by words that are part of another place's longer name ('Kazakhstan' in
    'North Kazakhstan Region', 'Sudan' in 'South Sudan'), the place itself named nowhere there: no mention of it."""
    place = index.place_of.get((term.resource, term.dim, term.value))
    if place is None or any(is_marker(t) for t in term.phrase) or marker(place.key) in words:
        return False
    return any(term.phrase < token_set(index.place_names.get(w) or Places.default().name_of(w))
               for w in words if is_marker(w))


def _found_in(phrase: frozenset[str], near: frozenset[str], layers: tuple[tuple[str, frozenset[str]], ...],
              everything: frozenset[str]) -> frozenset[str]:
    """The words of the nearest layer that holds ``phrase`` (as ``_phrase_strength`` finds it)."""
    if phrase <= near:
        return near
    return next((words for _, words in layers if phrase <= words), everything)


def _phrase_strength(phrase: frozenset[str], near: frozenset[str],
                     layers: tuple[tuple[str, frozenset[str]], ...], everything: frozenset[str]) -> float:
    """1 for a phrase the sentence holds, else the strength of the nearest layer that holds it, else 0."""
    if phrase <= near:
        return 1.0
    strength = next((LAYER_STRENGTH[name] for name, words in layers if phrase <= words), 0.0)
    if not strength and phrase <= everything:
        return LAYER_STRENGTH["paragraph"]  # its words spread over the sentence and before it
    return strength


def dimension_hits(index: ReferenceIndex, ctx: ClaimContext) -> dict[str, dict[str, dict[str, float]]]:
    """resource → dimension → value → strength (about 1 in the sentence, 0.6 in the text before).

    When several values of one dimension stand in the sentence (a list of cities with a figure
    each), the value named nearest to the claim's number gets a slightly higher strength.
    """
    out: dict[str, dict[str, dict[str, float]]] = {}
    for resource, dims in _mentions(index, ctx).items():
        out[resource] = {}
        for dim, values in dims.items():
            in_sentence = sum(1 for strength, _ in values.values() if strength == 1.0)
            if in_sentence > 1:
                out[resource][dim] = {
                    v: (s - 0.1 * min(min(_distance(ctx, p) for p in phrases), 200) / 200 if s == 1.0 else s)
                    for v, (s, phrases) in values.items()}
            else:
                out[resource][dim] = {v: s for v, (s, _) in values.items()}
    return out


@dataclass(frozen=True)
class NamedValue:
    """The value of one dimension that the text names for the claim: the mention nearest its number."""

    dim: str
    values: frozenset[str]  # the dimension values (in any resource) named at that spot
    words: frozenset[str]  # the words of that mention
    in_clause: bool  # it stands in the claim's own clause, or a list pairs it with the claim's figure
    listed: bool = False  # a list pairs it with the claim's figure
    # several places joined by 'and', the figure said of each ('Mali and Senegal with 9.7 %'): their values, as written
    grouped: tuple[str, ...] = ()


_Spot = tuple[int, str, frozenset[str]]  # where a value is named in the sentence, the value, the words naming it


@dataclass(eq=False)
class _SpotsInOrder:
    """One dimension's spots of a sentence sorted by where they stand, read once for all its figures: a figure of a
    list asks only the spots on its side of the list (bisected), and the list itself is read once
    (``_list_reading``), not each spot by each figure."""

    offsets: tuple[int, ...]
    spots: tuple[_Spot, ...]
    listing: _ListReading | None = None  # the sentence's figures read as a list against these spots, when first asked

    @classmethod
    def of(cls, found: list[_Spot]) -> _SpotsInOrder:
        spots = tuple(sorted(found, key=lambda spot: spot[0]))
        return cls(tuple(pos for pos, _, _ in spots), spots)

    def between(self, lo: int, hi: int) -> tuple[_Spot, ...]:
        """The spots with ``lo <= offset < hi``."""
        return self.spots[bisect_left(self.offsets, lo):bisect_left(self.offsets, hi)]


def _sentence_spots(index: ReferenceIndex, ctx: ClaimContext
                    ) -> tuple[dict[str, list[_Spot]], dict[str, _SpotsInOrder]]:
    """dimension → (offset, value, phrase) of every value the sentence names, across every resource, as found and
    in order of offset.

    What the sentence names is the same for each of its figures: read once per sentence (cached on the
    index), so a sentence listing hundreds of figures is not read again for each one.
    """
    in_sentence = tuple((resource, dim, value, phrases) for resource, dims in _mentions(index, ctx).items()
                        for dim, values in dims.items() for value, (strength, phrases) in values.items()
                        if strength == 1.0)
    key = (ctx.sentence_text, ctx.near, in_sentence)
    cached = index.spot_cache.get(key)
    if cached is not None:
        return cached
    spots: dict[str, list[tuple[int, str, frozenset[str]]]] = defaultdict(list)
    # a word's mention starts, read once per place: every resource naming the place has them at the same spots
    starts_of: dict[tuple[str | None, frozenset[str]], list[int]] = {}
    for resource, dim, value, phrases in in_sentence:
        place = index.place_of.get((resource, dim, value))
        for phrase in phrases:
            if len(phrase) == 1:  # one word: every place it stands is a spot (most values)
                word = (place.key if place is not None else None, phrase)
                if word not in starts_of:
                    starts_of[word] = [_mention_start(ctx, place, pos) for pos in _phrase_starts(ctx, phrase)]
                spots[dim] += [(start, value, phrase) for start in starts_of[word]]
                continue
            for pos in _phrase_starts(ctx, phrase):
                # all its words together at this spot, not 'Kostanay' here and 'regions' there:
                # 'Astana city' is not named by 'cities' far off; and the spot is where the
                # mention starts, as a place's marker is ('United States' at 'United', not 'States')
                if all(any_between(ctx.positions.get(t, []), pos - _SPOT_WIDTH, pos + _SPOT_WIDTH + 1)
                       or _closes_list_of_names(ctx, t, pos) for t in phrase) \
                        and not _inside_mention(ctx, phrase, pos):
                    spots[dim].append((pos, value, phrase))
    _name_unknown_places(index, ctx, spots)
    for dim in spots.keys() - index.area_dim_names:  # countries; a region's name holds its city's ('Almaty Region')
        spots[dim] = _outside_longer_names(spots[dim])
    for dim in spots.keys() & index.area_dim_names:
        # the country among the regions (a national total row) is the whole the named area is part
        # of: 'Almaty's share of Kazakhstan's population' is Almaty's row, however near the country stands
        areas = [spot for spot in spots[dim] if not all(is_marker(t) for t in spot[2])]
        spots[dim] = areas or spots[dim]
    read = spots, {dim: _SpotsInOrder.of(found) for dim, found in spots.items()}
    if len(index.spot_cache) > 256:
        index.spot_cache.clear()
    index.spot_cache[key] = read
    return read


def _keep_nearest(nearest: dict[str, tuple[float, set[str], set[str], int, bool]], dim: str, gap: float, value: str,
                  phrase: frozenset[str], pos: int, listed: bool) -> None:
    """Keep the mention at ``pos`` for ``dim`` when it is the nearest yet; equally near ones are kept together, at the
    spot of the one that comes first (the answer does not depend on the order the mentions are weighed in)."""
    known = nearest.get(dim)
    if known is None or gap < known[0]:
        nearest[dim] = (gap, {value}, set(phrase), pos, listed)
    elif gap == known[0]:
        known[1].add(value)
        known[2].update(phrase)
        if pos < known[3]:  # equally near on both sides: the mention that comes first
            nearest[dim] = (gap, known[1], known[2], pos, known[4])


def named_values(index: ReferenceIndex, ctx: ClaimContext) -> dict[str, NamedValue]:
    """dimension → the value the sentence names nearest the claim's number, across every resource.

    A list of places with a figure each ("468 thousand in A, 138 thousand in B") names one place
    per figure, whether or not a given resource has rows for it: any resource's dimension values
    and their aliases count, so a resource that lacks the place can be told apart from one that has it.
    """
    spots, in_order = _sentence_spots(index, ctx)
    numbers, claim_at = _figure_groups(ctx)
    nearest: dict[str, tuple[float, set[str], set[str], int, bool]] = {}
    extent: tuple[int, int] | None = None  # the list's items, from its first to its last named value
    others: dict[str, set[str]] = defaultdict(set)
    values_first = _in_parentheses(ctx)
    for dim, found in spots.items():
        ordered = in_order[dim]
        if ordered.listing is None:
            ordered.listing = _list_reading(tuple(numbers), ordered.offsets, ctx.sentence_text)
        listing = _side_in_list(ordered.listing, numbers, *claim_at, values_first=values_first)
        side = listing[0] if listing else None
        if listing and extent is None:
            first, last = bisect_left(ordered.offsets, numbers[0]), bisect_right(ordered.offsets, numbers[-1])
            extent = (ordered.offsets[first - 1] if listing[1] and first else numbers[0],
                      ordered.offsets[last] if not listing[1] and last < len(ordered.offsets) else numbers[-1])
        if side:  # a list: the mention on the list's side, before the next (previous) figure, the nearest
            for pos, value, phrase in ordered.between(*side):
                _keep_nearest(nearest, dim, abs(float(ctx.claim_offset - pos)), value, phrase, pos, True)
            continue
        # '… to $12,919 in 2023, while Turkmenistan …': a place past the figure's clause is another clause's
        # subject when the figure's own clause names one before it
        text = ctx.sentence_text
        own_before = any(0 <= pos < ctx.claim_offset and not clause_break_between(text, pos, ctx.claim_offset)
                         for pos, _, _ in found)
        for pos, value, phrase in found:
            gap = float(ctx.claim_offset - pos)
            if own_before and ctx.claim_end <= pos < len(text) and clause_break_between(text, ctx.claim_end, pos):
                continue
            if pos >= ctx.claim_end and _compared_side(ctx, pos) \
                    and not compared_in_time(ctx.sentence_text, ctx.claim_end, pos, ctx.claim_offset):
                continue  # '4.7 compared to the U.S., at 4.9': the place of the other side of the comparison
            if next_figures_place(ctx.sentence_text, ctx.claim_end, pos):
                if _leads_into_a_figure(ctx.sentence_text, pos):  # not a year ('Peruvian … of 2022')
                    others[dim].add(value)
                continue  # '1.8 % in China, and Oman with 1.98 %': the next figure's place
            if any(is_marker(t) for t in phrase) and base_of_an_earlier_share(ctx.sentence_text, pos, ctx.claim_offset):
                continue  # '21 % of world emissions with 5.96 billion tons': the share's whole, not this figure's
            gap = gap if gap >= 0 else 0.0 if leads_into_place(ctx, pos) else -2 * gap
            _keep_nearest(nearest, dim, gap, value, phrase, pos, False)
    grouped: dict[str, tuple[str, ...]] = {}
    in_run = in_figure_run(ctx.sentence_text, ctx.claim_offset, ctx.claim_end)  # 'Chile and Peru … 4.6 and 1.9'
    for dim, (gap, values, words, at, listed) in list(nearest.items()):  # 'Mali and Senegal with 9.7 %'
        if not listed and not in_run:
            first = coordinated_start(ctx.sentence_text, at, spots[dim], values, words, ctx.entities)
            if first is not None:
                nearest[dim] = (gap, values, words, first, listed)
            if coordinated_after(ctx.sentence_text, at, spots[dim], values, words, ctx.entities) or first is not None:
                grouped[dim] = tuple(sorted(values, key=lambda v: min(p for p, named, _ in spots[dim] if named == v)))
    paired_dims: set[str] = set()
    for dim, found in spots.items():  # '… Kuwait and the UAE, with 24.4 and 21.8 respectively'
        paired = respective_spot(ctx.sentence_text, ctx.claim_offset, ctx.claim_end, found, ctx.entities)
        if paired is not None:
            paired_dims.add(dim)
            nearest[dim] = (0.0, paired[1], paired[2], paired[0], True)
        elif unpaired := unpaired_respective_places(ctx.sentence_text, ctx.claim_offset, ctx.claim_end, found,
                                                    ctx.entities):
            # the figure is one place's of the list, which one unknown: read as said of the group, so a
            # row agreeing for one place is no pass while another place's disagrees
            values = set().union(*(m[1] for m in unpaired))
            nearest[dim] = (0.0, values, set().union(*(m[2] for m in unpaired)), unpaired[0][0], False)
            grouped[dim] = tuple(sorted(values, key=lambda v: min(p for p, named, _ in found if named == v)))
    # A value paired with the figure by a list stands in the claim's own part of the sentence too,
    # and so do the words that introduce or close the list: they are said of every item.
    bracketed = _in_parentheses(ctx)

    def own(at: int, listed: bool) -> bool:
        shared = extent is not None and not extent[0] <= at <= extent[1]
        return listed or shared or ctx.clause_span[0] <= at < ctx.clause_span[1] \
            or bracketed and _names_the_bracket(ctx.sentence_text, at, ctx.claim_offset)

    ctx.others_places = {dim: index.with_same_places(dim, frozenset(values))
                         for dim, values in others.items() if dim not in nearest}
    # the place named reaches each package's own spelling of it, whichever spelling stood nearest
    return {dim: NamedValue(dim, index.with_same_places(dim, frozenset(values)), frozenset(words), own(at, listed), listed,
                            () if dim in paired_dims else grouped.get(dim, ()))
            for dim, (_, values, words, at, listed) in nearest.items()}


_DIGIT = re.compile(r"\d")
_YEAR_AT = re.compile(rf"{YEAR_DIGITS}(?!\d|[.,]\d)")  # no part of a longer figure ('2020.5', '2,020')


def _leads_into_a_figure(sentence: str, pos: int) -> bool:
    """The first numeral after ``pos`` is a figure, not a bare year."""
    digit = _DIGIT.search(sentence, pos)
    return digit is not None and _YEAR_AT.match(sentence, digit.start()) is None


def _compared_side(ctx: ClaimContext, pos: int) -> bool:
    """A comparison word ('compared to', 'than', 'versus') stands between the figure and a place after it."""
    return comparison_between(ctx.sentence_text, ctx.claim_end, pos)


# 'unemployment was 7.9 % in Chile and 5.6 % in Kenya': a place the figure's own words lead straight
# into belongs to it, however near the place named before it stands
# (', respectively, in India': the figures' own words set off between them and the place)
_STRAIGHT_AFTER = re.compile(rf"\W*(?:(?:{alternation(lexicon().get('respective_words', []))})\W+)?"
                             rf"(?:{alternation(data_json('places.json')['figure_into_place'])})\s+(?:the\s+)?$",
                             re.IGNORECASE)


def leads_into_place(ctx: ClaimContext, pos: int) -> bool:
    """The figure's own words, or those of the group of figures it opens, lead straight into the place
    at ``pos``: figures joined by 'and' / 'to' share the place after them ('Unlike Peru, prices rose
    5.1 % and 6.7 % in Chile'), however near a place named outside their clause stands."""
    if pos < ctx.claim_end:
        return False
    between = ctx.sentence_text[ctx.claim_end:pos]
    if _STRAIGHT_AFTER.fullmatch(between):
        return True
    run = _GROUP_TAIL.match(between)
    # only when the figure's own clause names no place before it ('unemployment in Chile was 7.9 %
    # and 5.6 % in Kenya': the first figure is Chile's)
    return run is not None and bool(_STRAIGHT_AFTER.fullmatch(between, run.end())) and not any(
        is_marker(token) and any(ctx.clause_span[0] <= at < ctx.claim_offset for at in offsets)
        for token, offsets in ctx.positions.items())


_LIST_LENGTH = 3  # figures: two figures in two clauses are no list ('76 regions … deals worth 100')
_SPOT_WIDTH = 24  # characters: the words of one mention stand this close together


def _name_unknown_places(index: ReferenceIndex, ctx: ClaimContext,
                         spots: dict[str, list[tuple[int, str, frozenset[str]]]]) -> None:
    """A place the sentence names that no resource has rows for (Argentina, 'advanced economies')
    is still the place named there: it goes to every place dimension, so the figure is not read
    against a neighbour's rows, and a resource is told apart as having no rows for it."""
    for token, offsets in ctx.positions.items():
        if not is_marker(token):
            continue
        known = {term.dim for term in index.dim_index.get(token, ())}
        name = index.place_names.get(token) or Places.default().name_of(token)
        if not Places.default().knows(token):  # a city
            if not known and _a_dimension_value(index, name):
                continue  # a table lists it by name (a 'city' column): its rows decide, not the country's
            offsets = [pos for pos in offsets if not _in_an_aside(ctx.sentence_text, pos)
                       and not (pos <= 3 and _DATELINE.match(ctx.sentence_text, pos))]
        # a group ('the region', 'the world') is no district's or city's name: a column of them keeps its rows
        skipped = index.area_dim_names if Places.default().is_group(token) else frozenset()
        for dim in sorted(index.place_dim_names - known - skipped):
            spots[dim] += [(pos, name, frozenset({token})) for pos in offsets]


@lru_cache(maxsize=1)
def _container_patterns() -> tuple[re.Pattern[str], re.Pattern[str]]:
    nouns = "|".join(re.escape(n) for n in sorted(data_json("place_parts.json").get("container_nouns", []),
                                                   key=len, reverse=True)) or "(?!)"
    before = re.compile(rf"\b(?:{nouns})\s+(?:of|in)\s+(?:the\s+)?$", re.IGNORECASE)
    after = re.compile(rf"(?:['’]s)?\s+(?:[\w-]+\s+){{0,2}}?(?:{nouns})\b", re.IGNORECASE)
    return before, after


# 'Astana (Kazinform) - …', 'Almaty, Nov 16 (Reuters) – …': where the story was filed, not a figure's place
_DATELINE = re.compile(r"[^\W\d_][\w .'’-]{0,30}?(?:,[^()\n]{0,30}?)?\s*\(\s*[^()\n]{2,40}\)\s*[-–—]")


@lru_cache(maxsize=1)
def _aside_opener() -> re.Pattern[str]:
    words = "|".join(re.escape(w) for w in sorted(data_json("place_parts.json").get("aside_openers", []),
                                                   key=len, reverse=True)) or "(?!)"
    return re.compile(rf"\s*(?:{words})\b", re.IGNORECASE)


def _in_an_aside(sentence: str, at: int) -> bool:
    """The place at ``at`` stands in a clause that opens as an aside about another place ('Kazakhstan,
    whose largest city is Almaty, has …'): not the figure's place."""
    start, _ = clause_span(sentence, at)
    return start > 0 and _aside_opener().match(sentence, start) is not None


def _holds_a_part(text: str, start: int, end: int) -> bool:
    """The country named at ``text[start:end]`` is what holds a part the sentence names ('the most
    populous region of Kazakhstan', "Kazakhstan's largest city"), not the figure's place."""
    before, after = _container_patterns()
    return bool(before.search(text[max(0, start - 60):start]) or after.match(text, end))


def _a_dimension_value(index: ReferenceIndex, name: str) -> bool:
    """Every word of ``name`` names a value of some resource's dimension ('Almaty' in a city column)."""
    words = token_set(name)
    return bool(words) and all(w in index.dim_index for w in words)


# a percent's or points' unit word (units.json), then the word or dash that joins the next figure
_RATE_WORDS = [word for unit in PERCENT_OR_PP for word in unit_words(unit)]
_JOINED_FIGURES = re.compile(rf"\s*(?:{alternation(_RATE_WORDS)})?\s*(?:and|or|to|-|–)\s*", re.IGNORECASE)


# the rest of a group of figures after its first: each joined one and its rate word ('and 6.7 pct')
_GROUP_TAIL = re.compile(rf"(?:{_JOINED_FIGURES.pattern}{NUMERAL.pattern})+\s*(?:{alternation(_RATE_WORDS)})?",
                         re.IGNORECASE)


def _figure_groups(ctx: ClaimContext) -> tuple[list[int], tuple[int, int]]:
    """Where each group of figures starts, and the claim's group as (start, end): figures joined by
    'and' / 'or' / 'to' share what follows them ('4.7% and 7.7% in the US, 3.2% and 5.5% in Germany')."""
    starts, figures, group_of = sentence_figures(ctx.sentence_text)
    i = bisect_left(figures, ctx.claim_offset)  # the first figure of the claim's: its group is the claim's
    if i < len(figures) and figures[i] < ctx.claim_end:
        return starts, (starts[group_of[i]], starts[group_of[i]] + 1)
    return starts, (ctx.claim_offset, ctx.claim_end)


@lru_cache(maxsize=256)
def sentence_figures(text: str) -> tuple[list[int], list[int], list[int]]:
    """Read once per sentence, for all its claims: where each group of figures starts, where each
    figure starts, and the group each figure is in."""
    found = [m for m in NUMERAL.finditer(text) if not YEAR_LIKE.fullmatch(m.group())]
    starts: list[int] = []
    group_of: list[int] = []
    last_end = -1
    for m in found:
        if starts and _JOINED_FIGURES.fullmatch(text[last_end:m.start()]):
            group_of.append(len(starts) - 1)
        else:
            starts.append(m.start())
            group_of.append(len(starts) - 1)
        last_end = m.end()
    return starts, [m.start() for m in found], group_of


def _mention_start(ctx: ClaimContext, place: Place | None, pos: int) -> int:
    """Where the mention of ``place`` that the word at ``pos`` stands in starts: 'MACEDONIA', one
    package's name, is the last word of 'North Macedonia', whose marker stands at 'North'; so every
    package's spelling of the place is named at one spot."""
    if place is None:
        return pos
    # the marker's offsets are in order: only those just before ``pos`` are read, the first that fits is the
    # earliest (a sentence naming a place a hundred times reads each of its mentions' few neighbours)
    offsets = ctx.positions.get(marker(place.key), [])
    for p in offsets[bisect_left(offsets, pos - _SPOT_WIDTH):bisect_left(offsets, pos)]:
        if _ONE_NAME.fullmatch(ctx.sentence_text, p, pos):
            return p
    return pos


_ONE_NAME = re.compile(r"(?:[^\W\d_][\w'’.-]*\s+)+")  # the words of one name before its last one, no comma


def _outside_longer_names(found: list[tuple[int, str, frozenset[str]]]) -> list[tuple[int, str, frozenset[str]]]:
    """``found`` without the one-word mentions that are a word of another value's longer name at the same
    spot: 'Sudan' in 'South Sudan', 'Guinea' in 'Papua New Guinea' name no second place."""
    longer = sorted(((pos, phrase) for pos, _, phrase in found if len(phrase) > 1), key=lambda spot: spot[0])
    longer_at = [pos for pos, _ in longer]

    @lru_cache(maxsize=None)  # one answer per spot: several resources name the same word at the same spot
    def in_a_longer_name(pos: int, phrase: frozenset[str]) -> bool:  # only the longer names within reach of ``pos``
        near = longer[bisect_left(longer_at, pos - _SPOT_WIDTH):bisect_right(longer_at, pos + _SPOT_WIDTH)]
        return any(phrase < other for _, other in near)

    return [(pos, value, phrase) for pos, value, phrase in found
            if not (len(phrase) == 1 and in_a_longer_name(pos, phrase))]


# a list of names, each with its figure in parentheses: 'Almaty (16.2 %), Turkistan (24.5 %) and Zhambyl'
_FIGURE_IN_PARENTHESES = re.compile(r"\([^()]*\)")
_LIST_WORD = re.compile(r"[^\W\d_][\w'\u2019\-]*|\S")
# how far a list's closing noun may stand from a name in it: a few dozen names with their figures, and a
# bound that keeps a sentence listing thousands of names linear
_LIST_REACH = 480


@lru_cache(maxsize=1)
def _part_nouns() -> frozenset[str]:
    return frozenset(part_nouns())  # read when a list is first met, not when the module is imported


def _closes_list_of_names(ctx: ClaimContext, token: str, pos: int) -> bool:
    """A part's noun in the plural right after a list of names holding the one at ``pos`` names each
    of them ('least in Almaty (16.2 %), Turkistan (24.5 %) and Zhambyl (43.3 %) regions': Almaty Region)."""
    if token not in _part_nouns():
        return False
    text = ctx.sentence_text
    for at in ctx.positions.get(token, ()):
        singular = not text[at + len(token):at + len(token) + 1].isalpha()
        if at <= pos + _SPOT_WIDTH or singular or at > pos + _LIST_REACH:
            continue  # near enough already, the singular (one name's noun, not the list's), or too far
        between = _FIGURE_IN_PARENTHESES.sub(" ", text[pos:at])
        words = _LIST_WORD.findall(between)
        if words and all(w in (",", "&", "and") or w[0].isupper() for w in words):
            return True
    return False


def _inside_mention(ctx: ClaimContext, phrase: frozenset[str], pos: int) -> bool:
    """Another word of ``phrase`` stands just before ``pos``: the spot is inside a mention that started there."""
    return any(any_between(ctx.positions.get(t, []), pos - _SPOT_WIDTH, pos) for t in phrase)


def _phrase_starts(ctx: ClaimContext, phrase: frozenset[str]) -> list[int]:
    """Offsets in the sentence where a word of ``phrase`` stands."""
    return sorted({pos for tok in phrase for pos in ctx.positions.get(tok, ())})


# 'Chile (19.9), Peru (11.1)': a figure in parentheses right after a name is that name's
_OPENS_AFTER_NAME = re.compile(r"[^\W\d_][.'\u2019]?\s*\(\s*$")
_CLOSES_BEFORE_NEXT = re.compile(r"[^()\d]*\)")


# a place's name, then the bracket that holds its figure: 'Shymkent (1.26 million people)'
_NAME_BEFORE_BRACKET = re.compile(r"[^\W\d_][\w'\u2019.-]*(?:[ \t]+[^\W\d_][\w'\u2019.-]*){0,3}[ \t]*\([ \t]*")


def _names_the_bracket(text: str, at: int, claim_offset: int) -> bool:
    """The mention at ``at`` is the name the bracket holding the figure follows ('Shymkent (1.26 million people) and
    Astana (1.55 million people)'): the figure is that place's, though the bracket is a clause of its own."""
    return _NAME_BEFORE_BRACKET.fullmatch(text, at, claim_offset) is not None


def _in_parentheses(ctx: ClaimContext) -> bool:
    text = ctx.sentence_text
    return (_OPENS_AFTER_NAME.search(text[max(0, ctx.claim_offset - 8):ctx.claim_offset]) is not None
            and _CLOSES_BEFORE_NEXT.match(text, ctx.claim_end) is not None)


@dataclass(frozen=True)
class _ListReading:
    """A sentence's figures read as a list against one dimension's mentions, once for all its figures: for the side
    after each figure and the side before it, the stretch each figure owns there, whether a mention stands in it,
    and how many stretches just before and just after it have one, in a row."""

    after: tuple[tuple[tuple[int, int], ...], tuple[bool, ...], tuple[int, ...], tuple[int, ...]]
    before: tuple[tuple[tuple[int, int], ...], tuple[bool, ...], tuple[int, ...], tuple[int, ...]]


def _list_reading(numbers: tuple[int, ...], mentions: tuple[int, ...], text: str = "") -> _ListReading:
    """``numbers`` (where each group of figures starts) read as a list against ``mentions`` (offsets, in order)."""
    after, before = _stretches(text, numbers)
    return _ListReading((after, *_named_runs(after, mentions)), (before, *_named_runs(before, mentions)))


def _list_side(numbers: list[int], mentions: list[int], claim_offset: int, claim_end: int,
               values_first: bool = False, text: str = "") -> tuple[tuple[int, int], bool] | None:
    """The stretch of the sentence that belongs to the claim in a list of figures with a value each.

    "468 thousand in A, 138 thousand in B and 74 thousand in C" names each value after its figure;
    "A has 468 thousand, B 138 thousand" before it. When a run of at least three figures (or groups of
    figures joined by 'and') holding the claim's has a mention each on the same side (before the next
    figure, or after the previous one), the claim owns the stretch
    on that side (and whether the values come before the figures); otherwise there is no list and
    nearness decides. ``values_first`` (the figure is in parentheses after a name) breaks a tie
    between the sides for the values before the figures.
    """
    return _side_in_list(_list_reading(tuple(numbers), tuple(sorted(mentions)), text), numbers, claim_offset,
                         claim_end, values_first)


def _side_in_list(listing: _ListReading, numbers: list[int], claim_offset: int, claim_end: int,
                  values_first: bool = False) -> tuple[tuple[int, int], bool] | None:
    """``_list_side`` from the sentence's list read once (``_list_reading``): the claim's figure looked up in it."""
    me = bisect_left(numbers, claim_offset)  # numbers are in order: the first at or after the claim
    if len(numbers) < _LIST_LENGTH or me == len(numbers) or numbers[me] >= claim_end:
        return None
    best: tuple[int, tuple[tuple[int, int], ...], bool] | None = None
    for side in ((listing.before, listing.after) if values_first else (listing.after, listing.before)):
        # the run of figures with a mention each that holds the claim's: a figure outside the list
        # ('compared with 1% before, the rates are 4.7% in A, 3.2% in B…') does not undo it; the
        # side with the longer run is the list's
        stretches, named, run_before, run_after = side
        run = run_before[me] + 1 + run_after[me]
        if named[me] and run >= _LIST_LENGTH and (best is None or run > best[0]):
            best = (run, stretches, side is listing.before)
    return (best[1][me], best[2]) if best else None


@lru_cache(maxsize=64)
def _stretches(text: str, numbers: tuple[int, ...]) -> tuple[tuple[tuple[int, int], ...], tuple[tuple[int, int], ...]]:
    """The stretch after and before each figure, up to the next (previous) one and cut at an item's
    end: the same for every claim of the sentence."""
    bounds = [*numbers, 10**9]
    after = [(bounds[i] + 1, bounds[i + 1]) for i in range(len(numbers))]
    before = [(0 if i == 0 else numbers[i - 1] + 1, numbers[i]) for i in range(len(numbers))]
    if text:
        after, before = _items_of(text, after, before)
    return tuple(after), tuple(before)  # cached: shared by every claim of the sentence


@lru_cache(maxsize=64)
def _named_runs(stretches: tuple[tuple[int, int], ...], ordered: tuple[int, ...]
                ) -> tuple[tuple[bool, ...], tuple[int, ...], tuple[int, ...]]:
    """Whether a mention stands in each stretch, and the run of named stretches around each."""
    named = [any_between(ordered, lo, hi) for lo, hi in stretches]  # type: ignore[arg-type]
    run_before = [0] * len(named)  # how many stretches just before each have a mention, in a row
    for i in range(1, len(named)):
        run_before[i] = run_before[i - 1] + 1 if named[i - 1] else 0
    run_after = [0] * len(named)
    for i in range(len(named) - 2, -1, -1):
        run_after[i] = run_after[i + 1] + 1 if named[i + 1] else 0
    return tuple(named), tuple(run_before), tuple(run_after)


_ITEM_BREAK = re.compile(r"[;:]")


def _items_of(text: str, after: list[tuple[int, int]], before: list[tuple[int, int]]
              ) -> tuple[list[tuple[int, int]], list[tuple[int, int]]]:
    """The stretches cut at a semicolon or colon, which end a list's item ('Chile, 12.1 Mt; Peru,
    8.4 Mt') or open the list ('half the region's CO2: Chile, …'): a name past one is another
    figure's."""
    def cut_after(lo: int, hi: int) -> tuple[int, int]:
        m = _ITEM_BREAK.search(text, lo, min(hi, len(text)))
        return (lo, m.start()) if m else (lo, hi)

    def cut_before(lo: int, hi: int) -> tuple[int, int]:
        breaks = [m.end() for m in _ITEM_BREAK.finditer(text, lo, min(hi, len(text)))]
        return (breaks[-1], hi) if breaks else (lo, hi)
    return [cut_after(*s) for s in after], [cut_before(*s) for s in before]


def _has_rows_for(res: ResourceIndex, value: NamedValue, named: dict[str, NamedValue]) -> bool:
    """The resource has rows for the place a mention marks, however its table spells the place
    ('Libya' named, 'LIBYAN ARAB JAMAHIRIYAH' in the rows; another package's 'Country Name' column),
    and its own place columns, where the text names them, name that same place (a partner country
    named beside 'the Kazakh economy' is no row of a national total)."""
    markers = {w for w in value.words if is_marker(w)}
    if not markers or not any(marker(key) in markers for key in res.place_values.values()):
        return False
    return all(markers & named[d].words for d in res.place_dims if d in named)


def about_elsewhere(res: ResourceIndex, named: dict[str, NamedValue], explained: frozenset[str],
                     wholes: bool = False, of_no_country: bool = False, a_count: bool = False) -> NamedValue | None:
    """The claim names a value of a dimension (a place) that the resource has no rows for.

    Either the resource has that dimension but not the named value (its rows are about other
    places), or it lacks the dimension and the value stands in the claim's own clause (a country
    total is not a city's figure). A mention whose words the resource explains otherwise (the
    metric's words, a value of another of its dimensions: 'Russians' as a group, not a country)
    does not count. ``of_no_country``: the resource is a global or station series of the air read in its own
    unit, which no country named beside it rules out. ``a_count``: the claim counts something (no share, whose
    whole a country named beside the part may be), so a country named beside a region the resource holds is the
    region's, not the figure's place.
    """
    for dim, value in named.items():
        # A place's marker stands beside the words that named it: those words decide ('Russian
        # universities' explained by the metric is not Russia the country named elsewhere).
        words = frozenset(w for w in value.words if not is_marker(w)) or value.words
        if words <= explained or _has_rows_for(res, value, named) or _a_shared_currency(value, words):
            continue
        if dim in res.dim_positions:
            if not value.values & res.dim_positions[dim].keys():
                return value
        elif value.in_clause and not wholes and not of_no_country \
                and not (a_count and _a_part_named_beside(res, value, named)):
            return value
    return None


def _a_shared_currency(value: NamedValue, words: frozenset[str]) -> bool:
    """'… soit 1,60 euro le litre': the word names an exchange-rate table's row for a currency ('Euro') that
    several countries tender, not a place, so no series is about elsewhere for lacking it (a currency one
    country alone issues names that country: ``_currency_place``)."""
    places = Places.default()
    return not any(places.exact(v) is not None and not places.exact(v).aggregate for v in value.values) \
        and names_shared_currency(frozenset(plain_letters(w) for w in words))


def _a_part_named_beside(res: ResourceIndex, value: NamedValue, named: dict[str, NamedValue]) -> bool:
    """A country named beside a region or city the resource has rows for ('the national statistics bureau
    of Kazakhstan: 533.2 thousand live in North Kazakhstan Region'): the finer place is the figure's, so the
    country, which a table of its regions has no column for, rules nothing out. A country named beside
    another country is no part of it: that one still does."""
    places = Places.default()
    country = any(places.knows(w) and not places.is_group(w) for w in value.words if is_marker(w))
    return country and not _names_a_people(value, named, places) and any(
        other is not value and other.dim in res.dim_positions and other.values & res.dim_positions[other.dim].keys()
        and not any(places.knows(w) for w in other.words if is_marker(w))
        for other in named.values())


def _names_a_people(value: NamedValue, named: dict[str, NamedValue], places: Places) -> bool:
    """The country's words name a people at that spot too ('Russian communities', 'ethnic Russians'): a value
    of another dimension, named by the same country's marker, that is no place itself (a people column's
    'Russians'). A people living in a city is no country the figure is of, so it lets no region through."""
    markers = {w for w in value.words if is_marker(w)}
    return any(other is not value and markers & other.words and not any(places.exact(v) for v in other.values)
               for other in named.values())
