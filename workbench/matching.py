"""Claim × reference data → ranked candidate series.

Everything here is driven by the reference packages: a resource is found through the words
of its ``metric`` and ``aliases``, a row through its dimension values and their
``dimension_aliases``. No metric, country or article word is written in this module, so a
package about other places works unchanged.

An index is built once per ``ReferenceData`` (keyed by its fingerprint): inverted indexes
from words to resources and to dimension values, and per-dimension row positions, so that a
claim only ever touches the rows of the few resources its words point to — never a full scan.

Order never depends on the process: Python walks sets of strings in an order that changes with
the hash seed (PYTHONHASHSEED, random per process), so wherever a walk over words or resource
names could decide an order, a tie or a floating-point sum, the walk is sorted, and every
ranking ends in an explicit tie-break (see ``candidate_order``). Two runs on the same files give
the same candidates, the same evidence order and the same reasons, so a ledger refresh of an
unchanged draft is a no-op.
"""

from __future__ import annotations

import datetime as dt
import math
import re
from collections import defaultdict
from collections.abc import Iterable
from dataclasses import dataclass, field
from functools import lru_cache
from typing import TYPE_CHECKING, Any

import numpy as np

from .models import Claim, Kind
from .periods import Period, try_parse_period

if TYPE_CHECKING:
    from .reference import LoadedResource, ReferenceData

SOURCE_DIMENSION = "source"

# Function words carry no meaning for matching; numbers and scale words neither.
_STOP = frozenset(["a", "an", "the", "of", "and", "or", "in", "on", "at", "to", "for", "by", "with", "from", "into", "over", "under", "about", "around", "as", "is", "are", "was", "were", "be", "been", "being", "its", "it", "this", "that", "these", "those", "their", "his", "her", "our", "your", "than", "more", "less", "most", "least", "some", "any", "all", "per", "cent", "percent", "has", "have", "had", "will", "would", "can", "could", "should", "may", "might", "not", "no", "nor", "so", "such", "also", "there", "here", "which", "who", "whom", "whose", "what", "when", "where", "while", "during", "since", "until", "between", "among", "after", "before", "up", "down", "out", "off", "thousand", "million", "billion", "trillion", "hundred", "one", "two", "three", "four", "five", "six", "seven", "eight", "nine", "ten", "eleven", "twelve", "same", "other", "own", "each", "both", "only", "very", "just", "then", "them", "they", "we", "you", "he", "she", "i"])
_WORD = re.compile(r"[^\W_]+", re.UNICODE)


@lru_cache(maxsize=65536)
def lemma(word: str) -> str:
    """A crude English stem, the same for data and text: plurals, -ment, -ed, -ly, -ing folded,
    nationality adjectives to their country (Russians → russia), -ise to -ize."""
    w = word.lower().replace("isation", "ization").replace("ised", "ized")
    if len(w) > 4 and w.endswith("ies"):
        w = w[:-3] + "y"
    elif len(w) > 4 and w.endswith(("sses", "shes", "ches", "xes")):
        w = w[:-2]
    elif len(w) > 3 and w.endswith("s") and not w.endswith(("ss", "us", "is")):
        w = w[:-1]
    for suffix, keep in (("ments", 5), ("ment", 4), ("edly", 5), ("ingly", 5), ("ing", 5), ("ly", 5),
                         ("ed", 4)):
        if w.endswith(suffix) and len(w) - len(suffix) >= keep and not w.endswith("eed"):
            w = w[: -len(suffix)]
            break
    if len(w) > 5 and w.endswith("ian"):
        w = w[:-1]  # russian → russia, indian → india
    elif len(w) > 6 and w.endswith("stani"):
        w = w[:-1]  # kazakhstani → kazakhstan
    return w


def tokens(text: str | None) -> list[str]:
    """Content words of ``text`` as lemmas, in order."""
    if not text:
        return []
    return [lemma(w) for w in _WORD.findall(text) if len(w) > 1 and not w.isdigit() and w.lower() not in _STOP]


def token_set(text: str | None) -> frozenset[str]:
    return frozenset(tokens(text))


# ------------------------------------------------------------------------------------- units

# Units that are the same quantity at another scale: unit → (canonical unit, factor to it).
_SCALED: dict[str, tuple[str, float]] = {"kg": ("t", 1e-3), "GW": ("MW", 1e3), "m": ("km", 1e-3),
                                         "mt": ("t", 1e6), "bcm": ("m3", 1e9)}
_MONEY = re.compile(r"^[A-Z]{3}$")
_KNOWN_NON_COUNT = frozenset({"%", "pp", "bp", "x", "t", "km", "km2", "m3", "bbl", "bbl/d", "MW", "GW",
                              "kg", "m", "mt", "bcm"})


def unit_family(unit: str) -> tuple[str, float]:
    """(family, factor): values in ``unit`` times ``factor`` are in the family's base unit.

    Plain counts ('') and counted nouns ('persons', 'companies') share the family ``count``;
    each currency is its own family, so money is never mixed across currencies.
    """
    unit = unit.strip()
    if unit in _SCALED:
        base, factor = _SCALED[unit]
        return base, factor
    if unit == "" or (unit not in _KNOWN_NON_COUNT and not _MONEY.match(unit) and unit.isalpha()
                      and unit.islower()):
        return "count", 1.0
    return unit, 1.0


def convert_factor(ref_unit: str, claim_unit: str) -> float | None:
    """Factor turning a reference value into the claim's unit, or None when they cannot compare."""
    ref_family, ref_factor = unit_family(ref_unit)
    claim_family, claim_factor = unit_family(claim_unit)
    if ref_family != claim_family:
        return None
    return ref_factor / claim_factor


# ------------------------------------------------------------------------------------- the index

@dataclass
class ResourceIndex:
    """What matching needs of one resource, with rows addressed by position."""

    name: str
    metric: str
    kind: Kind
    title: str
    phrases: list[frozenset[str]]
    dims: tuple[str, ...]  # dimensions other than ``source``
    values: np.ndarray
    rows: np.ndarray
    unit_codes: np.ndarray
    units: list[str]
    period_codes: np.ndarray
    periods: list[Period | None]
    period_start: np.ndarray  # per period code: ordinal of its first day
    period_end: np.ndarray
    period_point: np.ndarray  # per period code: a month or a day, not a span
    period_valid: np.ndarray
    dim_positions: dict[str, dict[str, np.ndarray]]
    dim_codes: dict[str, np.ndarray]
    dim_values: dict[str, list[str]]
    source_codes: np.ndarray | None
    source_values: list[str]
    loaded: Any  # reference.LoadedResource: frame, meta
    title_codes: np.ndarray = field(default_factory=lambda: np.zeros(0, np.int32))
    titles: list[str] = field(default_factory=list)
    url_codes: np.ndarray = field(default_factory=lambda: np.zeros(0, np.int32))
    urls: list[str] = field(default_factory=list)
    weighted_phrases: list[tuple[tuple[tuple[str, float], ...], float]] = field(default_factory=list)
    phrase_words: frozenset[str] = frozenset()
    inherited_words: frozenset[str] = frozenset()  # words of the resources it refines (see _refines)
    cache: dict[object, Any] = field(default_factory=dict)

    def row_dimensions(self, pos: int) -> dict[str, str]:
        out = {d: self.dim_values[d][self.dim_codes[d][pos]] for d in self.dims}
        if self.source_codes is not None:
            out[SOURCE_DIMENSION] = self.source_values[self.source_codes[pos]]
        return out

    def series_key(self, pos: int) -> tuple[int, ...]:
        key = tuple(int(self.dim_codes[d][pos]) for d in self.dims)
        return key + ((int(self.source_codes[pos]),) if self.source_codes is not None else ())

    def source_of(self, pos: int) -> tuple[str, str]:
        return self.titles[self.title_codes[pos]], self.urls[self.url_codes[pos]]


@dataclass
class DimensionTerm:
    resource: str
    dim: str
    value: str
    phrase: frozenset[str]


@dataclass
class ReferenceIndex:
    resources: dict[str, ResourceIndex]
    metric_index: dict[str, set[str]]  # lemma → resource names whose metric/aliases hold it
    dim_index: dict[str, list[DimensionTerm]]  # lemma → dimension values whose names hold it
    idf: dict[str, float]
    fingerprint: str
    value_words: dict[tuple[str, str, str], frozenset[str]] = field(default_factory=dict)
    mention_cache: dict[object, Any] = field(default_factory=dict)

    def weight(self, token: str) -> float:
        return self.idf.get(token, 1.0)


_INDEXES: dict[str, ReferenceIndex] = {}


def reference_index(reference: ReferenceData) -> ReferenceIndex:
    """The index of ``reference``, built once per content fingerprint."""
    cached = _INDEXES.get(reference.fingerprint)
    if cached is None:
        if len(_INDEXES) >= 4:
            _INDEXES.pop(next(iter(_INDEXES)))
        cached = _INDEXES[reference.fingerprint] = _build_index(reference)
    return cached


def _build_resource(res: LoadedResource) -> ResourceIndex:
    import pandas as pd

    frame = res.frame
    block = res.meta.workbench
    phrases = [p for p in (token_set(t) for t in [block.metric, *block.aliases]) if p]
    unit_codes, unit_values = pd.factorize(frame["unit"].astype(str), sort=False)
    codes, uniques = pd.factorize(frame["period"].astype(str), sort=False)
    periods = [try_parse_period(p) for p in uniques]
    starts = np.array([p.start.toordinal() if p else 0 for p in periods], dtype=np.int64)
    ends = np.array([p.end.toordinal() if p else 0 for p in periods], dtype=np.int64)
    points = np.array([p is not None and p.months <= 1 for p in periods], dtype=bool)
    valid = np.array([p is not None for p in periods], dtype=bool)
    dims = tuple(d for d in res.dimensions if d != SOURCE_DIMENSION)
    dim_positions: dict[str, dict[str, np.ndarray]] = {}
    dim_codes: dict[str, np.ndarray] = {}
    dim_values: dict[str, list[str]] = {}
    for d in dims:
        dcodes, duniques = pd.factorize(frame[d].astype(str), sort=False)
        dim_codes[d] = dcodes.astype(np.int32)
        dim_values[d] = [str(v) for v in duniques]
        order = np.argsort(dcodes, kind="stable")
        bounds = np.searchsorted(dcodes[order], np.arange(len(duniques) + 1))
        dim_positions[d] = {str(v): np.sort(order[bounds[i]:bounds[i + 1]]) for i, v in enumerate(duniques)}
    source_codes = None
    source_values: list[str] = []
    if SOURCE_DIMENSION in res.dimensions:
        scodes, suniques = pd.factorize(frame[SOURCE_DIMENSION].astype(str), sort=False)
        source_codes, source_values = scodes.astype(np.int32), [str(v) for v in suniques]
    title_codes, titles = pd.factorize(frame["source_title"].astype(str), sort=False)
    url_codes, urls = pd.factorize(frame["source_url"].astype(str), sort=False)
    return ResourceIndex(
        title_codes=title_codes.astype(np.int32), titles=[str(t) for t in titles],
        url_codes=url_codes.astype(np.int32), urls=[str(u) for u in urls],
        name=res.name, metric=block.metric, kind=Kind(block.kind), title=res.meta.title, phrases=phrases,
        dims=dims, values=frame["value"].to_numpy(dtype=float), rows=frame["row"].to_numpy(),
        unit_codes=unit_codes.astype(np.int32), units=[str(u) for u in unit_values], period_codes=codes.astype(np.int32), periods=periods,
        period_start=starts, period_end=ends, period_point=points, period_valid=valid, dim_positions=dim_positions, dim_codes=dim_codes,
        dim_values=dim_values, source_codes=source_codes, source_values=source_values, loaded=res)


def _build_index(reference: ReferenceData) -> ReferenceIndex:
    resources: dict[str, ResourceIndex] = {}
    metric_index: dict[str, set[str]] = defaultdict(set)
    dim_index: dict[str, list[DimensionTerm]] = defaultdict(list)
    value_words: dict[tuple[str, str, str], frozenset[str]] = {}
    for name, res in reference.resources.items():
        ri = resources[name] = _build_resource(res)
        for phrase in ri.phrases:
            for tok in phrase:
                metric_index[tok].add(name)
        aliases = res.meta.workbench.dimension_aliases
        for d in ri.dims:
            for value in ri.dim_values[d]:
                for surface in [value, *aliases.get(d, {}).get(value, [])]:
                    phrase = token_set(surface)
                    if not phrase:
                        continue
                    key = (name, d, value)
                    value_words[key] = value_words.get(key, frozenset()) | phrase
                    term = DimensionTerm(name, d, value, phrase)
                    for tok in phrase:
                        dim_index[tok].append(term)
    n = max(len(resources), 1)
    idf = {tok: 1.0 + math.log((1 + n) / (1 + len(names))) for tok, names in metric_index.items()}
    for ri in resources.values():
        ri.weighted_phrases = [(tuple((t, idf.get(t, 1.0)) for t in sorted(p)), sum(idf.get(t, 1.0) for t in p))
                               for p in ri.phrases]
        ri.phrase_words = frozenset().union(*ri.phrases) if ri.phrases else frozenset()
    for ri in resources.values():
        ri.inherited_words = frozenset().union(frozenset(), *(
            other.phrase_words for other in resources.values() if _refines(ri, other)))
    return ReferenceIndex(resources, dict(metric_index), dict(dim_index), idf, reference.fingerprint, value_words)


def _refines(finer: ResourceIndex, coarser: ResourceIndex) -> bool:
    """``finer`` breaks ``coarser``'s quantity down by more dimensions: 'ethnic group population' by
    country, city and group refines 'population' by country and city, so what the text calls the
    coarser one (residents, inhabitants) also describes the finer one's rows."""
    return (finer is not coarser and finer.kind is coarser.kind and set(coarser.dims) < set(finer.dims)
            and bool(token_set(coarser.metric)) and token_set(coarser.metric) <= token_set(finer.metric))


# ------------------------------------------------------------------------------------- matching

# How a candidate relates to the claim: read directly, or computed from cells.
DIRECT, GROWTH, DIFFERENCE, SHARE = "direct", "growth", "difference", "share"


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


@dataclass
class ClaimContext:
    """The words around a claim that matching may use."""

    sentence: frozenset[str]
    subject: frozenset[str]
    entities: frozenset[str]
    before: frozenset[str]  # the preceding sentences of the paragraph, and headings above
    as_of: dt.date
    positions: dict[str, list[int]] = field(default_factory=dict)  # lemma → offsets in the sentence
    clause: frozenset[str] = frozenset()  # the words of the claim's own clause
    counted: bool = False  # a plain count: its counted noun (subject) must name the metric
    claim_offset: int = 0  # where the claim's number stands in the sentence
    sentence_text: str = ""
    claim_end: int = 0
    clause_span: tuple[int, int] = (0, 0)
    # Filled by ``match``: metric → the value the text names that the metric's rows do not cover.
    missing: dict[str, MissingValue] = field(default_factory=dict)

    @property
    def near(self) -> frozenset[str]:
        return self.sentence | self.entities

    @property
    def all(self) -> frozenset[str]:
        return self.sentence | self.entities | self.before | self.subject


@dataclass
class Candidate:
    """One resource whose rows could speak to the claim, with the rows that fit its wording."""

    resource: ResourceIndex
    mode: str
    factor: float  # reference value × factor = value in the claim's unit
    score: float
    metric_score: float
    positions: np.ndarray
    matched_dims: dict[str, list[str]] = field(default_factory=dict)
    open_dims: list[str] = field(default_factory=list)  # dimensions the text does not pin down
    listed: list[str] = field(default_factory=list)  # values a list in the text pairs with this figure


def build_context(claim: Claim, before_text: str, as_of: dt.date) -> ClaimContext:
    entity_tokens: set[str] = set()
    for e in claim.entities:
        entity_tokens |= token_set(e)
    positions: dict[str, list[int]] = defaultdict(list)
    for m in _WORD.finditer(claim.sentence):
        word = m.group()
        if len(word) > 1 and not word.isdigit() and word.lower() not in _STOP:
            positions[lemma(word)].append(m.start())
    offset = max(claim.sentence.find(claim.text), 0)
    span = clause_span(claim.sentence, offset)
    # The subject is the counted noun when it stands in the claim's clause ('3 power plants'); one
    # borrowed from the head of a list ('Kelts form communities in cities: 468 thousand in A, …') is not.
    subject_at = claim.sentence.lower().find(claim.subject.lower()) if claim.subject else -1
    counted_noun = subject_at < 0 or span[0] <= subject_at < span[1]
    return ClaimContext(sentence=token_set(claim.sentence), subject=token_set(claim.subject),
                        entities=frozenset(entity_tokens), before=token_set(before_text), as_of=as_of,
                        positions=dict(positions), claim_offset=offset, sentence_text=claim.sentence,
                        claim_end=offset + len(claim.text), clause_span=span,
                        clause=token_set(claim.sentence[span[0]:span[1]]),
                        counted=unit_family(claim.unit)[0] == "count" and counted_noun)


_CLAUSE_BREAK = re.compile(r"[,;:()\[\]\u2013\u2014]|\s-\s")


def clause_around(sentence: str, offset: int) -> str:
    """The stretch of the sentence between the punctuation marks around ``offset``."""
    start, end = clause_span(sentence, offset)
    return sentence[start:end]


def clause_span(sentence: str, offset: int) -> tuple[int, int]:
    """(start, end) offsets of the clause around ``offset``."""
    start, end = 0, len(sentence)
    for m in _CLAUSE_BREAK.finditer(sentence):
        if m.end() <= offset:
            start = m.end()
        elif m.start() > offset:
            end = m.start()
            break
    return start, end


def _distance(ctx: ClaimContext, phrase: frozenset[str]) -> float:
    """How far a mention stands from the claim's number; mentions before it count as nearer."""
    best = math.inf
    for tok in phrase:
        for pos in ctx.positions.get(tok, ()):
            gap = ctx.claim_offset - pos
            best = min(best, gap if gap >= 0 else -2 * gap)
    return best


def _modes(claim: Claim, resource_kind: Kind, ref_unit: str) -> list[tuple[str, float]]:
    """Ways a resource's rows in ``ref_unit`` can speak to the claim, with the unit factor."""
    out: list[tuple[str, float]] = []
    cu = claim.unit
    if claim.kind is Kind.change:
        if cu == "%":
            if ref_unit == "%" and resource_kind is Kind.change:
                out.append((DIRECT, 1.0))
            elif ref_unit not in ("%", "pp") and resource_kind is not Kind.change:
                out.append((GROWTH, 1.0))
        elif cu == "pp":
            if ref_unit == "pp":
                out.append((DIRECT, 1.0))
            elif ref_unit == "%" and resource_kind is not Kind.change:
                out.append((DIFFERENCE, 1.0))
        else:
            factor = convert_factor(ref_unit, cu)
            if factor is not None and resource_kind is Kind.change:
                out.append((DIRECT, factor))
            elif factor is not None:
                out.append((DIFFERENCE, factor))
        return out
    factor = convert_factor(ref_unit, cu)
    if factor is not None and (resource_kind is not Kind.change or cu == "%"):
        out.append((DIRECT, factor))
    if cu == "%" and claim.kind in (Kind.share, Kind.level, Kind.ratio) and unit_family(ref_unit)[0] == "count":
        if resource_kind is Kind.share:
            out.append((DIRECT, 100.0))  # a share series kept as fractions (0.155 → 15.5 %)
        else:
            out.append((SHARE, 1.0))
    return out


def metric_score(index: ReferenceIndex, resource: ResourceIndex, ctx: ClaimContext,
                 dimension_words: frozenset[str] = frozenset()) -> float:
    """How well the claim's words name the resource (0–1), weighting rare words more.

    Two halves: how much of a metric phrase the text contains (words of the claim's own clause
    and subject count fully, the rest of the sentence a little less, the paragraph before less
    still), and how much of what the claim is about the resource explains — the subject's (or
    clause's) words found in the resource's metric phrases or matched dimension values. Words
    no resource knows say nothing either way, except a plain count's counted noun: '3 power
    plants' is not a population.
    """
    own = ctx.clause | ctx.subject
    sentence = ctx.sentence | ctx.entities
    before = ctx.before
    precision = 0.0
    for phrase, total in resource.weighted_phrases:
        hit = 0.0
        for t, w in phrase:
            if t in own:
                hit += w
            elif t in sentence:
                hit += 0.75 * w
            elif t in before:
                hit += 0.4 * w
        precision = max(precision, hit / total)
    explained = resource.phrase_words | resource.inherited_words | dimension_words
    focus = ctx.subject or ctx.clause
    known = focus if (ctx.counted and ctx.subject) else frozenset(
        t for t in focus if t in index.metric_index or t in index.dim_index)
    if known:
        # Summed in word order: a float sum in set order differs in its last bits from seed to seed.
        weights = {t: index.weight(t) for t in sorted(known)}
        recall = sum(w for t, w in weights.items() if t in explained) / sum(weights.values())
    else:
        recall = precision
    score = 0.55 * precision + 0.45 * recall
    if ctx.counted and ctx.subject and recall == 0:
        score *= 0.7
    return score


def _mentions(index: ReferenceIndex, near: frozenset[str], everything: frozenset[str]
              ) -> dict[str, dict[str, dict[str, tuple[float, tuple[frozenset[str], ...]]]]]:
    """resource → dimension → value → (strength, phrase): 1 in the sentence, 0.6 in the text before.

    Cached per pair of word sets: the claims of one sentence share them.
    """
    key = (near, everything)
    cached = index.mention_cache.get(key)
    if cached is not None:
        return cached
    hits: dict[str, dict[str, dict[str, tuple[float, tuple[frozenset[str], ...]]]]] = \
        defaultdict(lambda: defaultdict(dict))
    seen: set[int] = set()
    # Sorted: the order values are found in decides the order of ``matched_dims`` and of the
    # mentions ``named_values`` weighs, so it must not follow the process's hash seed.
    for tok in sorted(everything):
        for term in index.dim_index.get(tok, ()):
            if id(term) in seen:
                continue
            seen.add(id(term))
            if term.phrase <= near:
                strength = 1.0
            elif term.phrase <= everything:
                strength = 0.6
            else:
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


def _dimension_hits(index: ReferenceIndex, ctx: ClaimContext) -> dict[str, dict[str, dict[str, float]]]:
    """resource → dimension → value → strength (about 1 in the sentence, 0.6 in the text before).

    When several values of one dimension stand in the sentence (a list of cities with a figure
    each), the value named nearest to the claim's number gets a slightly higher strength.
    """
    out: dict[str, dict[str, dict[str, float]]] = {}
    for resource, dims in _mentions(index, ctx.near, ctx.all).items():
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


def named_values(index: ReferenceIndex, ctx: ClaimContext) -> dict[str, NamedValue]:
    """dimension → the value the sentence names nearest the claim's number, across every resource.

    A list of places with a figure each ("468 thousand in A, 138 thousand in B") names one place
    per figure, whether or not a given resource has rows for it: any resource's dimension values
    and their aliases count, so a resource that lacks the place can be told apart from one that has it.
    """
    spots: dict[str, list[tuple[int, str, frozenset[str]]]] = defaultdict(list)
    for dims in _mentions(index, ctx.near, ctx.all).values():
        for dim, values in dims.items():
            for value, (strength, phrases) in values.items():
                if strength != 1.0:
                    continue
                for phrase in phrases:
                    for pos in _phrase_starts(ctx, phrase):
                        # only the words standing at this spot: 'Astana city' is not named by 'cities' far off
                        here = frozenset(t for t in phrase
                                         if any(abs(p - pos) <= _SPOT_WIDTH for p in ctx.positions.get(t, ())))
                        if here == phrase:  # all its words together, not 'Kostanay' here and 'regions' there
                            spots[dim].append((pos, value, here))
    numbers = [m.start() for m in _NUMERAL.finditer(ctx.sentence_text) if not _YEAR_LIKE.fullmatch(m.group())]
    nearest: dict[str, tuple[float, set[str], set[str], int, bool]] = {}
    extent: tuple[int, int] | None = None  # the list's items, from its first to its last named value
    for dim, found in spots.items():
        listing = _list_side(numbers, [pos for pos, _, _ in found], ctx.claim_offset, ctx.claim_end)
        side = listing[0] if listing else None
        if listing and extent is None:
            values_first = listing[1]
            before_first = [pos for pos, _, _ in found if pos < numbers[0]]
            after_last = [pos for pos, _, _ in found if pos > numbers[-1]]
            extent = (max(before_first) if values_first and before_first else numbers[0],
                      min(after_last) if not values_first and after_last else numbers[-1])
        for pos, value, phrase in found:
            gap = float(ctx.claim_offset - pos)
            if side:  # a list: the mention on the list's side, before the next (previous) figure
                if not side[0] <= pos < side[1]:
                    continue
                gap = abs(gap)
            else:
                gap = gap if gap >= 0 else -2 * gap
            known = nearest.get(dim)
            if known is None or gap < known[0]:
                nearest[dim] = (gap, {value}, set(phrase), pos, side is not None)
            elif gap == known[0]:
                known[1].add(value)
                known[2].update(phrase)
                if pos < known[3]:  # equally near on both sides: the mention that comes first
                    nearest[dim] = (gap, known[1], known[2], pos, known[4])
    # A value paired with the figure by a list stands in the claim's own part of the sentence too,
    # and so do the words that introduce or close the list: they are said of every item.
    def own(at: int, listed: bool) -> bool:
        shared = extent is not None and not extent[0] <= at <= extent[1]
        return listed or shared or ctx.clause_span[0] <= at < ctx.clause_span[1]

    return {dim: NamedValue(dim, frozenset(values), frozenset(words), own(at, listed), listed)
            for dim, (_, values, words, at, listed) in nearest.items()}


_LIST_LENGTH = 3  # figures: two figures in two clauses are no list ('76 regions … deals worth 100')
_SPOT_WIDTH = 24  # characters: the words of one mention stand this close together
_NUMERAL = re.compile(r"\d[\d,.]*\d|\d")
_YEAR_LIKE = re.compile(r"1[89]\d\d|20\d\d")


def _phrase_starts(ctx: ClaimContext, phrase: frozenset[str]) -> list[int]:
    """Offsets in the sentence where a word of ``phrase`` stands."""
    return sorted({pos for tok in phrase for pos in ctx.positions.get(tok, ())})


def _list_side(numbers: list[int], mentions: list[int], claim_offset: int, claim_end: int
               ) -> tuple[tuple[int, int], bool] | None:
    """The stretch of the sentence that belongs to the claim in a list of figures with a value each.

    "468 thousand in A, 138 thousand in B and 74 thousand in C" names each value after its figure;
    "A has 468 thousand, B 138 thousand" before it. When every figure of the sentence has a mention
    on the same side (before the next figure, or after the previous one), the claim owns the stretch
    on that side (and whether the values come before the figures); otherwise there is no list and
    nearness decides.
    """
    mine = [i for i, n in enumerate(numbers) if claim_offset <= n < claim_end]
    if len(numbers) < _LIST_LENGTH or not mine:
        return None
    bounds = [*numbers, 10**9]
    after = [(bounds[i] + 1, bounds[i + 1]) for i in range(len(numbers))]
    before = [(0 if i == 0 else numbers[i - 1] + 1, numbers[i]) for i in range(len(numbers))]
    me = mine[0]
    for stretches in (after, before):
        if all(any(lo <= m < hi for m in mentions) for lo, hi in stretches):
            return stretches[me], stretches is before
    return None


def _about_elsewhere(res: ResourceIndex, named: dict[str, NamedValue], explained: frozenset[str],
                     wholes: bool = False) -> NamedValue | None:
    """The claim names a value of a dimension (a place) that the resource has no rows for.

    Either the resource has that dimension but not the named value (its rows are about other
    places), or it lacks the dimension and the value stands in the claim's own clause (a country
    total is not a city's figure). A mention whose words the resource explains otherwise (the
    metric's words, a value of another of its dimensions: 'Russians' as a group, not a country)
    does not count.
    """
    for dim, value in named.items():
        if value.words <= explained:
            continue
        if dim in res.dim_positions:
            if not value.values & res.dim_positions[dim].keys():
                return value
        elif value.in_clause and not wholes:
            return value
    return None


def _intersect(a: np.ndarray | None, b: np.ndarray) -> np.ndarray:
    return b if a is None else np.intersect1d(a, b, assume_unique=True)


MIN_METRIC_SCORE = 0.5
# Computed figures rank below figures read directly; a derived share below a recomputed growth.
_MODE_PENALTY = {DIRECT: 0.0, GROWTH: 0.05, DIFFERENCE: 0.05, SHARE: 0.1}


def match(claim: Claim, index: ReferenceIndex, ctx: ClaimContext, *, wholes: bool = False) -> list[Candidate]:
    """Candidate resources for the claim, best first. Unit compatibility is a hard filter.

    A resource whose rows are about another value of a dimension the text names (another city)
    is left out, and recorded in ``ctx.missing``. ``wholes``: looking for the total a part is taken
    of, so a resource that lacks the named dimension altogether (all groups together) is kept.
    """
    names: set[str] = set()
    for tok in ctx.sentence | ctx.subject | ctx.before:
        names |= index.metric_index.get(tok, set())
    hits = _dimension_hits(index, ctx)
    named = named_values(index, ctx)
    candidates: list[Candidate] = []
    for name in sorted(names):  # by name, not in the set's per-process order
        res = index.resources[name]
        res_hits = hits.get(name, {})
        dimension_words = frozenset(t for d, values in res_hits.items() for v in values
                                    for t in index.value_words.get((name, d, v), ()))
        m_score = metric_score(index, res, ctx, dimension_words)
        if m_score < MIN_METRIC_SCORE:
            continue
        if named:
            own_words = res.phrase_words | frozenset(
                t for d, values in res_hits.items() for v in values if d not in named or v in named[d].values
                for t in index.value_words.get((name, d, v), ()))
            elsewhere = _about_elsewhere(res, named, own_words, wholes)
            if elsewhere is not None:
                if wholes or not any(_modes(claim, res.kind, unit) for unit in res.units):
                    continue  # a series the claim could not be read against anyway ('%' for a count)
                known = ctx.missing.get(res.metric)
                missing = MissingValue(m_score, elsewhere.values, sorted(res.dim_values.get(elsewhere.dim, ())),
                                       elsewhere.in_clause, name)
                if known is None or missing.tells_more_than(known):
                    ctx.missing[res.metric] = missing
                continue
            # Rows of a named dimension: the value named for this claim, not another one nearby.
            res_hits = {d: ({v: s for v, s in values.items() if v in named[d].values} or values)
                        if d in named else values for d, values in res_hits.items()}
        selected: np.ndarray | None = None
        matched: dict[str, list[str]] = {}
        open_dims: list[str] = []
        strengths: list[float] = []
        for d in res.dims:
            values = res_hits.get(d)
            if values:
                strongest = max(values.values())
                chosen = sorted(v for v, s in values.items() if s == strongest)
                matched[d] = chosen
                if len(res.dim_values[d]) > 1:
                    strengths.append(strongest)
                if selected is None:
                    selected = (res.dim_positions[d][chosen[0]] if len(chosen) == 1 else
                                np.unique(np.concatenate([res.dim_positions[d][v] for v in chosen])))
                else:  # filter by the dimension's codes: linear, no sort
                    wanted = np.array([res.dim_values[d].index(v) for v in chosen], dtype=np.int32)
                    selected = selected[np.isin(res.dim_codes[d][selected], wanted)]
            elif len(res.dim_values[d]) > 1:
                open_dims.append(d)
        pinned = [d for d in res.dims if len(res.dim_values[d]) > 1]
        listed = [v for d in res.dims if d in named and named[d].listed for v in matched.get(d, ())]
        dim_score = (sum(strengths) / len(pinned)) if pinned else 1.0
        specific = 0.01 * len(matched)  # naming more of a row's dimensions is more specific
        for code, unit in enumerate(res.units):
            modes = _modes(claim, res.kind, unit)
            if not modes:
                continue
            if selected is None:
                positions = np.flatnonzero(res.unit_codes == code) if len(res.units) > 1 else \
                    np.arange(len(res.unit_codes))
            else:
                positions = selected[res.unit_codes[selected] == code] if len(res.units) > 1 else selected
            if not len(positions):
                continue
            for mode, factor in modes:
                score = 0.65 * m_score + 0.35 * dim_score + specific - _MODE_PENALTY[mode]
                candidates.append(Candidate(res, mode, factor, round(score, 4), m_score, positions,
                                            matched, open_dims, listed))
    candidates.sort(key=candidate_order)
    return candidates


def candidate_order(c: Candidate) -> tuple[float, bool, str, str, int]:
    """Best first: higher score, a figure read directly before a computed one; ties broken by
    resource name, then mode, then the first row, so that the order is total."""
    return -c.score, c.mode != DIRECT, c.resource.name, c.mode, int(c.resource.rows[c.positions[0]])


def find_totals(index: ReferenceIndex, ctx: ClaimContext, part: Candidate) -> list[Candidate]:
    """Count series that can serve as the whole a part is taken of (population, all firms…).

    A total is another count resource named in the sentence whose pinned dimension values are
    a strict subset of the part's (the Russians *of Kazakhstan* divide by Kazakhstan's total),
    and that leaves no dimension open (a whole country, not one of its regions).
    """
    part_pins = {(d, v) for d, values in part.matched_dims.items() for v in values}
    out: list[Candidate] = []
    probe = Claim(id="total", text="", start=0, end=0, line=1, column=1, sentence="", value=0.0, unit="",
                  value_high=None, period=None, subject=None, decimals=0)
    for cand in match(probe, index, ctx, wholes=True):
        if cand.resource.name == part.resource.name or cand.mode != DIRECT or cand.open_dims:
            continue
        pins = {(d, v) for d, values in cand.matched_dims.items() for v in values}
        if pins < part_pins or (not pins and part_pins):
            out.append(cand)
    return out


def iter_period_positions(res: ResourceIndex, positions: np.ndarray) -> Iterable[tuple[Period | None, np.ndarray]]:
    codes = res.period_codes[positions]
    for code in np.unique(codes):
        yield res.periods[code], positions[codes == code]
