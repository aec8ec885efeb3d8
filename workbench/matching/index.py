"""The reference index: the data side of matching, built once per ``ReferenceData``.

Inverted indexes from words to resources (through their ``metric`` and ``aliases``) and to
dimension values (through the values and their ``dimension_aliases``), and per-dimension row
positions, so that a claim only ever touches the rows of the few resources its words point to.
"""

from __future__ import annotations

import math
import re
from pathlib import PurePosixPath
from collections import Counter, defaultdict
from collections.abc import Set
from dataclasses import dataclass, field
from functools import cached_property, lru_cache
from typing import TYPE_CHECKING, Any

import numpy as np

from ..gazetteer import part_proper_name, settlement_proper_name
from ..models import Kind, PeriodOrigin
from ..numbers import data_json, lexicon, reads_as_float
from ..periods import Period, try_parse_period
from ..places import Place, Places, marker
from ..reference.stated_period import INFERRED_FROM
from ..reference.vocabulary import plain, vocabulary
from ..text import lemma, token_set
from ..units import is_money, names_shared_currency

if TYPE_CHECKING:
    from ..reference import LoadedResource, ReferenceData

SOURCE_DIMENSION = "source"
_CODE = re.compile(r"[A-Z]{2,3}")
_LEADING_ARTICLE = re.compile(r"^\s*the\s+", re.IGNORECASE)


@dataclass
class ResourceIndex:
    """What matching needs of one resource, with rows addressed by position."""

    name: str
    metric: str
    kind: Kind
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
    title_codes: np.ndarray  # per row: its source's title, by code into ``titles``
    titles: list[str]
    url_codes: np.ndarray
    urls: list[str]
    weighted_phrases: list[tuple[tuple[tuple[str, float], ...], float]] = field(default_factory=list)
    phrase_words: frozenset[str] = frozenset()
    inherited_words: frozenset[str] = frozenset()  # words of the resources it refines (see _refines)
    place_dims: tuple[str, ...] = ()  # dimensions whose values are places: countries, or a column named for them
    place_groups: tuple[tuple[str, ...], ...] = ()  # place dimensions naming the same rows in other words
    place_values: dict[str, str] = field(default_factory=dict)  # value → place key, in any place dimension
    national_values: frozenset[str] = frozenset()  # values of an area dimension naming the country's total row
    metric_places: frozenset[str] = frozenset()  # markers of the country groups its metric names ('global')
    counted_words: frozenset[str] = frozenset()  # nouns for what its metric counts ('people' of a population)
    part_words: frozenset[str] = frozenset()  # nouns for a part of what it counts ('children' of a population)
    period_from: PeriodOrigin | None = None  # no period column and none set: what its one period was read from
    period_file: str | None = None  # the file name it was read from, when that is where
    published_values: np.ndarray | None = None  # the cells as published, when ``values`` are derived from them (a rate turned round)
    published_divisors: np.ndarray | None = None  # the cells ``published_values`` were divided by (a cross rate)
    # Filled by verification: arrays per period code worked out once per resource (the day a figure is out
    # for a set of publication lags, which periods speak of a claim's period), not once per claim.
    per_code: dict[tuple[object, ...], np.ndarray] = field(default_factory=dict, repr=False, compare=False)

    @cached_property
    def step_days(self) -> int:
        """The usual gap between the series' successive dates (the median), in days; 0 for one date."""
        starts = np.unique(self.period_start[self.period_valid & self.period_point])
        return int(np.median(np.diff(starts))) - 1 if len(starts) > 1 else 0

    @cached_property
    def _row_positions(self) -> dict[int, int]:
        """row number → its position; -1 for a number more than one position holds."""
        positions: dict[int, int] = {}
        for pos, row in enumerate(self.rows.tolist()):
            positions[row] = -1 if row in positions else pos
        return positions

    def of_areas_only(self, positions: np.ndarray, area_dims: frozenset[str]) -> bool:
        """The rows at ``positions`` are each a district's, a city's or a region's: a value in one of its area
        dimensions, and none of its values names the country's total row among them (``national_values``)."""
        dims = [d for d in self.place_dims if d in area_dims]
        if not len(positions) or not dims:
            return False
        for pos in positions.tolist():
            row = self.row_dimensions(pos)
            if any(v in self.national_values for v in row.values()) or not any(row[d].strip() for d in dims):
                return False
        return True

    def position_of_row(self, row: int | None) -> int | None:
        """The position of the row numbered ``row``; None when no position or more than one holds it. The
        loader numbers a resource's cells once each (``reference.table``); a frame holding one number twice
        names no one row by it, and the first holder may be another series' or year's cell: a check reading
        the lead row's neighbours from it (``rate_gap``'s step into the year, ``year_peak``'s months,
        ``crossed_again``'s years) would read figures the claim was never matched to, so it is skipped."""
        pos = self._row_positions.get(row, -1) if row is not None else -1
        return pos if pos >= 0 else None

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
    place_of: dict[tuple[str, str, str], Place] = field(default_factory=dict)  # (resource, dim, value) → place
    place_dim_names: frozenset[str] = frozenset()  # the names of every resource's place dimensions
    place_names: dict[str, str] = field(default_factory=dict)  # place marker → a value that names it
    area_dim_names: frozenset[str] = frozenset()  # place dimensions naming districts, cities, regions: no country
    # (dimension, value) → every resource's value naming the same place there: packages spell one country
    # their own ways ('MACEDONIA', 'North Macedonia'), and a text naming it names each spelling; sorted
    place_spellings: dict[tuple[str, str], tuple[str, ...]] = field(default_factory=dict)
    mention_cache: dict[object, Any] = field(default_factory=dict)
    # a sentence's place spots (matching.context), apart: one entry a sentence must not evict the text-wide entries above
    spot_cache: dict[object, Any] = field(default_factory=dict)

    def weight(self, token: str) -> float:
        return self.idf.get(token, 1.0)

    def with_same_places(self, dim: str, values: frozenset[str]) -> frozenset[str]:
        """``values`` of ``dim`` with every resource's other spellings of the places they name."""
        return values.union(*(self.place_spellings.get((dim, v), ()) for v in values))

    def spelled_as_in(self, res: ResourceIndex, dim: str, values: tuple[str, ...]) -> tuple[str, ...]:
        """The places ``values`` name, in order, each once and as ``res`` spells it in ``dim`` (as
        written where ``res`` has no row for it): rows are told by their own spelling."""
        own = res.dim_positions.get(dim, {})
        out: list[str] = []
        for value in values:
            spelled = value if value in own else next(
                (s for s in self.place_spellings.get((dim, value), ()) if s in own), value)
            if spelled not in out:
                out.append(spelled)
        return tuple(out)


_INDEXES: dict[str, ReferenceIndex] = {}


def reference_index(reference: ReferenceData) -> ReferenceIndex:
    """The index of ``reference``, built once per content fingerprint."""
    cached = _INDEXES.get(reference.fingerprint)
    if cached is None:
        if len(_INDEXES) >= 4:
            _INDEXES.pop(next(iter(_INDEXES)))
        cached = _INDEXES[reference.fingerprint] = _build_index(reference)
    return cached


# Up to this many rows a text column is coded in Python: pandas' factorize costs ~0.1 ms a call
# whatever the size, most of a cold check's index build for a package of small tables.
_SMALL_COLUMN = 2_000


def _codes(column: Any) -> tuple[np.ndarray, list[str]]:
    """A column as integer codes into its distinct values (as text), in order of first appearance;
    a missing value is coded -1, as pandas' factorize codes it."""
    import pandas as pd

    if column.dtype == "str" and len(column) <= _SMALL_COLUMN:
        seen: dict[str, int] = {}
        codes = [seen.setdefault(value, len(seen)) if isinstance(value, str) else -1  # else missing
                 for value in column.tolist()]
        return np.array(codes, dtype=np.int32), list(seen)
    # Loaded text columns are str already; astype would copy each one (half the index's build time).
    codes, uniques = pd.factorize(column if column.dtype == "str" else column.astype(str), sort=False)
    return codes.astype(np.int32), [str(v) for v in uniques]


def _build_resource(res: LoadedResource) -> ResourceIndex:
    frame = res.frame
    block = res.meta.workbench
    phrases = [p for p in (token_set(t) for t in [block.metric, *block.aliases]) if p]
    phrases += [p for p in _implied_aliases(phrases) if p not in phrases]
    period_codes, period_texts = _codes(frame["period"])
    periods = [try_parse_period(p) for p in period_texts]
    dims = tuple(d for d in res.dimensions if d != SOURCE_DIMENSION)
    dim_positions: dict[str, dict[str, np.ndarray]] = {}
    dim_codes: dict[str, np.ndarray] = {}
    dim_values: dict[str, list[str]] = {}
    for d in dims:
        dim_codes[d], dim_values[d] = _codes(frame[d])
        order = np.argsort(dim_codes[d], kind="stable")
        bounds = np.searchsorted(dim_codes[d][order], np.arange(len(dim_values[d]) + 1))
        dim_positions[d] = {v: np.sort(order[bounds[i]:bounds[i + 1]]) for i, v in enumerate(dim_values[d])}
    phrases = _without_place_codes(phrases, dim_values)
    if _rows_name_places(dim_values):
        phrases = _without_place_words(phrases, [block.metric, *block.aliases])
    unit_codes, units = _codes(frame["unit"])
    phrases = _without_unit_words(phrases, units)
    source_codes, source_values = (_codes(frame[SOURCE_DIMENSION]) if SOURCE_DIMENSION in res.dimensions
                                   else (None, []))
    title_codes, titles = _codes(frame["source_title"])
    url_codes, urls = _codes(frame["source_url"])
    named = frozenset(marker(place.key) for text in [block.metric, *block.aliases]
                      for _, _, place in Places.default().groups_in(text))
    return ResourceIndex(
        name=res.name, metric=block.metric, kind=Kind(block.kind), phrases=phrases, metric_places=named,
        dims=dims, values=frame["value"].to_numpy(dtype=float), rows=frame["row"].to_numpy(),
        unit_codes=unit_codes, units=units, period_codes=period_codes, periods=periods,
        period_start=np.array([p.start.toordinal() if p else 0 for p in periods], dtype=np.int64),
        period_end=np.array([p.end.toordinal() if p else 0 for p in periods], dtype=np.int64),
        period_point=np.array([p is not None and p.months <= 1 for p in periods], dtype=bool),
        period_valid=np.array([p is not None for p in periods], dtype=bool),
        dim_positions=dim_positions, dim_codes=dim_codes, dim_values=dim_values,
        source_codes=source_codes, source_values=source_values,
        title_codes=title_codes, titles=titles, url_codes=url_codes, urls=urls,
        period_from=PeriodOrigin(block.period_from) if block.period_from in INFERRED_FROM else None,
        period_file=PurePosixPath(res.meta.path).name if block.period_from == PeriodOrigin.FILE_NAME else None)


def _without_place_codes(phrases: list[frozenset[str]], dim_values: dict[str, list[str]]) -> list[frozenset[str]]:
    """A metric named after its file ('Population kaz rus') holds the codes of the places its rows
    are about: they say where, not what, and a text naming the quantity need not repeat them."""
    codes = {v.casefold() for values in dim_values.values() for v in values
             if 2 <= len(v) <= 3 and v.isalpha() and Places.default().exact(v.upper()) is not None}
    return _without_words(phrases, codes)


def _rows_name_places(dim_values: dict[str, list[str]]) -> bool:
    """Some column's values are countries or groups by name or code: the rows say where."""
    places = Places.default()
    return any(sum(places.exact(v) is not None for v in values) >= 2 for values in dim_values.values())


def _without_place_words(phrases: list[frozenset[str]], texts: list[str]) -> list[frozenset[str]]:
    """A table whose rows name their places, titled after a place ('USA / EUR Foreign Exchange Rate'): the
    title's place word says whose point of view the rates take, not what they measure, so a text merely naming
    that place ('in the USA at 7 percent') does not name the measure. A word counts as a place when written as
    one exactly (an upper-case ISO code, or a one-word country name); a phrase that is the place alone keeps it."""
    places = Places.default()
    words = {w.casefold() for text in texts for w in re.findall(r"\w+", text) if places.exact(w) is not None}
    return _without_words(phrases, words)


def _without_unit_words(phrases: list[frozenset[str]], units: list[str]) -> list[frozenset[str]]:
    """A metric named after its file ('gdp_current_usd') holds the currency its rows are counted in:
    it says what the figure is counted in, not what it measures, so a figure merely in that currency
    ('0.29 USD') is not about the measure. A phrase that is the currency alone keeps it. (A physical
    unit stays: 'CO2 ppm' names the concentration, not only its unit.)"""
    unit_words = frozenset().union(*(token_set(u) for u in units if is_money(u)))
    return _without_words(phrases, unit_words)


def _without_words(phrases: list[frozenset[str]], words: Set[str]) -> list[frozenset[str]]:
    """Each phrase without ``words``; a phrase that is only such words keeps them (it names nothing else)."""
    if not words:
        return phrases
    return [(p - words) or p for p in phrases]


@lru_cache(maxsize=256)  # asked per claim and resource; a resource's columns never change
def place_column_words(dims: tuple[str, ...]) -> frozenset[str]:
    """The words of the headers of a resource's place columns ('Region', 'unit_name_en'): a metric named after its
    file ('Region population') holds them, and they say where its rows are, not what they count."""
    return frozenset().union(*(token_set(d) for d in dims if is_place_name_column(d)))


def is_place_name_column(name: str) -> bool:
    """The column's header says it names each row's place (``place_name_columns``): 'District', 'unit_name_en'."""
    spec = vocabulary()["place_name_columns"]
    padded = f" {plain(name)} "
    return any(f" {w} " in padded for w in spec["words"]) and not any(f" {w} " in padded for w in spec["not"])


def _named_places(dim: str, values: list[str]) -> dict[str, Place] | None:
    """A column named for places whose values are mostly words, not a unit's level ('district'): a
    place dimension none of whose values is a country (its national row is reached through
    ``_national_row``), else None."""
    if not is_place_name_column(dim):
        return None
    named = [v for v in values if v.strip() and not reads_as_float(v)]
    if len(named) < 2 or len(named) * 2 <= len(values) or all(plain(v) in _coverage_words() for v in named):
        return None
    return {}


def _national_row(values: list[str], resolver: _PlaceResolver) -> dict[str, Place]:
    """The one value of an area dimension that names a country by a full name of its own ('The
    Republic of Kazakhstan' among the regions): the national total row, which a text naming the
    country reaches; names the country patterns alone would take ('West Kazakhstan Region') stay areas."""
    national = {v: p for v in values if v.strip() and (p := resolver.national(v)) is not None and not p.aggregate}
    return national if len(national) == 1 else {}


def _bare_city_names(values: list[str]) -> dict[str, frozenset[str]]:
    """value → the words of its bare name, for an area's value that names a city with its noun ('Astana city'):
    news names the city without it ('the population of Astana'). Not where another value has the same proper name
    ('Almaty city' beside 'Almaty Region'): the bare 'Almaty' may be either, and a reader cannot tell which
    (``gazetteer.part_short_name``)."""
    named = Counter(token_set(part_proper_name(v) or v) for v in values)
    return {value: words for value in values if (city := settlement_proper_name(value)) is not None
            and (words := token_set(city)) and named[words] == 1}


def _alias_groups(ri: ResourceIndex) -> tuple[tuple[str, ...], ...]:
    """The place dimensions grouped by the rows they name: two columns whose values pair one to one
    where both are given (a Kazakh and an English name) name one place, and either names it."""
    groups: list[list[str]] = []
    for d in ri.place_dims:
        for group in groups:
            if _one_to_one(_given(ri, group[0]), _given(ri, d)):
                group.append(d)
                break
        else:
            groups.append([d])
    return tuple(tuple(g) for g in groups)


def _given(ri: ResourceIndex, dim: str) -> np.ndarray:
    """The dimension's codes with a blank value ('' in a loaded table) coded missing, as -1."""
    blank = [i for i, v in enumerate(ri.dim_values[dim]) if not v.strip()]
    codes = ri.dim_codes[dim]
    return np.where(np.isin(codes, blank), -1, codes) if blank else codes


def _one_to_one(a: np.ndarray, b: np.ndarray) -> bool:
    both = (a >= 0) & (b >= 0)
    if not both.any():
        return False
    pairs = len(set(zip(a[both].tolist(), b[both].tolist())))
    return pairs == len(np.unique(a[both])) == len(np.unique(b[both]))


@lru_cache(maxsize=1)
def _coverage_words() -> frozenset[str]:
    """Words for the kind of place a row is about (``coverage_words``): a column of unit levels holds them."""
    return frozenset(w.casefold() for w in vocabulary()["coverage_words"]["words"])


def _build_index(reference: ReferenceData) -> ReferenceIndex:
    resources: dict[str, ResourceIndex] = {}
    metric_index: dict[str, set[str]] = defaultdict(set)
    dim_index: dict[str, list[DimensionTerm]] = defaultdict(list)
    value_words: dict[tuple[str, str, str], frozenset[str]] = {}
    place_of: dict[tuple[str, str, str], Place] = {}
    resolver = _PlaceResolver()
    areas: set[str] = set()
    for name, res in reference.resources.items():
        ri = resources[name] = _build_resource(res)
        for phrase in ri.phrases:
            for tok in phrase:
                metric_index[tok].add(name)
        aliases = res.meta.workbench.dimension_aliases
        places = {d: resolver.places_of(ri.dim_values[d]) or _named_places(d, ri.dim_values[d])
                  for d in ri.dims}
        ri.place_dims = tuple(d for d in ri.dims if places[d] is not None)
        ri.place_groups = _alias_groups(ri)
        areas.update(d for d in ri.place_dims if not places[d])
        national = {d: _national_row(ri.dim_values[d], resolver) for d in ri.place_dims if not places[d]}
        ri.national_values = frozenset(v for rows in national.values() for v in rows)
        bare_cities = {d: _bare_city_names(ri.dim_values[d]) for d in ri.place_dims if not places[d]}
        for d in ri.dims:
            for value in ri.dim_values[d]:
                place = (places[d] or {}).get(value)
                surfaces = [value, *aliases.get(d, {}).get(value, [])]
                phrases = [token_set(s) for s in surfaces]
                if place is not None:
                    place_of[(name, d, value)] = place
                    ri.place_values[value] = place.key
                    # A group is named by its words only ('global', 'euro area'): the bare word
                    # 'world' in 'the fifth-largest economy in the world' must not pick its rows.
                    # A code ('TON', 'USA') is named through its place only: as a word it is 'tons', 'us'.
                    phrases = [frozenset({marker(place.key)}),
                               *([] if place.aggregate or _CODE.fullmatch(value) else phrases)]
                elif (country := national.get(d, {}).get(value)) is not None:
                    # the national total among the regions: the text's country names it, as do its own words
                    phrases.append(frozenset({marker(country.key)}))
                elif (people := resolver.people_of(value)) is not None:
                    # 'Russians' as an ethnic group: the text's 'Russians' marks Russia, and this
                    # value explains that mention, so it is not read as a country elsewhere.
                    phrases.append(frozenset({marker(people.key)}))
                else:
                    # a unit's level ('country', 'region') names no row: 'the country' points back to a place
                    phrases = [p for p in phrases if not p <= _coverage_words()]
                    if (bare := bare_cities.get(d, {}).get(value)) is not None:
                        phrases.append(bare)  # 'Astana' names the row 'Astana city'
                for phrase in phrases:
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
        ri.counted_words = frozenset().union(frozenset(), *(nouns for key, nouns in _counted_nouns().items()
                                                           if key in ri.phrase_words))
        ri.part_words = frozenset().union(frozenset(), *(nouns for key, nouns in _counted_nouns("counted_parts").items()
                                                        if key in ri.phrase_words)) - ri.phrase_words
        if not ri.place_dims:
            # A series with no place column whose name says where it is about ('global mean') is
            # that place's series: the text naming the place points to it, not away from it.
            ri.phrase_words |= ri.metric_places
    for ri in resources.values():
        ri.inherited_words = frozenset().union(frozenset(), *(
            other.phrase_words for other in resources.values() if _refines(ri, other)))
    return ReferenceIndex(resources, dict(metric_index), dict(dim_index), idf, reference.fingerprint, value_words,
                          place_of, frozenset(d for ri in resources.values() for d in ri.place_dims),
                          {marker(p.key): v for (_, _, v), p in sorted(place_of.items())}, frozenset(areas),
                          _place_spellings(place_of))


def _place_spellings(place_of: dict[tuple[str, str, str], Place]) -> dict[tuple[str, str], tuple[str, ...]]:
    """(dimension, value) → the values naming its place there, sorted, where resources spell it more than one way."""
    spellings: dict[tuple[str, str], set[str]] = defaultdict(set)
    for (_, dim, value), place in place_of.items():
        spellings[(dim, place.key)].add(value)
    return {(dim, value): ordered for (dim, _), values in spellings.items() if len(values) > 1
            for ordered in (tuple(sorted(values)),) for value in ordered}


def _implied_aliases(phrases: list[frozenset[str]]) -> list[frozenset[str]]:
    """What news calls a metric its publisher names tersely ('GDP' is 'the economy', 'gross domestic
    product'): lexicon ``metric_aliases``, for a metric whose words hold the key and none of the
    words that make it another measure (``unless``: a GDP per capita is no economy)."""
    table = lexicon().get("metric_aliases", {})
    words = frozenset().union(frozenset(), *phrases)
    out: list[frozenset[str]] = []
    for key, spec in table.items():
        if key.startswith("_") or lemma(key) not in words or words & token_set(" ".join(spec.get("unless", []))):
            continue
        out += [token_set(alias) for alias in spec.get("aliases", [])]
    return out


@lru_cache(maxsize=2)
def _counted_nouns(table_name: str = "counted_nouns") -> dict[str, frozenset[str]]:
    """metric word → the lemmas of the nouns news counts it in (lexicon ``counted_nouns``), or of the
    nouns for a part of it (``counted_parts``)."""
    table = lexicon().get(table_name, {})
    return {lemma(key): token_set(" ".join(nouns)) for key, nouns in table.items() if not key.startswith("_")}


class _PlaceResolver:
    """Which dimension values are countries or country groups (``places``), cached per value."""

    def __init__(self) -> None:
        from ..gazetteer import Gazetteer

        self.places = Places.default()
        self.gazetteer = Gazetteer.default()
        self.people = self.gazetteer.people
        self.cache: dict[str, Place | None] = {}

    def resolve(self, value: str) -> Place | None:
        if value not in self.cache:
            self.cache[value] = self.places.resolve(value, self.people)
        return self.cache[value]

    def national(self, value: str) -> Place | None:
        """The country a value names exactly, a leading article aside ('The Republic of Kazakhstan')."""
        return self.places.exact(_LEADING_ARTICLE.sub("", value))

    def people_of(self, value: str) -> Place | None:
        """The country a people's name ('Russians') belongs to."""
        if value.strip() not in self.people:
            return None
        country = self.gazetteer.canonical(value)
        return self.places.exact(country) if country else None

    def places_of(self, values: list[str]) -> dict[str, Place] | None:
        """value → place, when most of a dimension's values are places (a country column; a column of
        peoples, cities or sources is not one); else None. A currency union's row ('Euro' beside 'Japan' in a
        table of rates) counts neither way: it is no place, yet its column is the rates' column of places."""
        named = [v for v in values if v.strip() and not reads_as_float(v) and not names_shared_currency(token_set(v))]
        exact = {v: p for v in named if (p := self.places.exact(v)) is not None}
        if not exact:  # no value is a country's name or code: cities, peoples, sources (the patterns cost time)
            return None
        found = {v: p for v in named if (p := exact.get(v) or self.resolve(v)) is not None}
        if len(found) * 2 <= len(named):
            return None
        return _one_value_per_place(_undivided(found, named), exact)



@lru_cache(maxsize=1)
def _divided_parts() -> dict[str, tuple[tuple[frozenset[str], ...], ...]]:
    """country key → its parts while it was divided, each part as the words of its names (places.json
    ``divided_countries``: the Federal Republic and the Democratic Republic for Germany)."""
    table = data_json("places.json").get("divided_countries", {})
    return {key: tuple(tuple(token_set(name) for name in names) for names in parts)
            for key, parts in table.items() if not key.startswith("_")}


def _names_part(words: frozenset[str], part: tuple[frozenset[str], ...]) -> bool:
    return any(name and name <= words for name in part)


def _undivided(found: dict[str, Place], values: list[str]) -> dict[str, Place]:
    """A column that names two parts of a divided country ('FEDERAL REPUBLIC OF GERMANY', 'FORMER GERMAN
    DEMOCRATIC REPUBLIC') holds the parts' own rows: a value naming a part is that part, not the country
    (the Federal Republic's name is Germany's official one), so a figure of unified Germany is never read
    against West Germany's row."""
    parts = _divided_parts()
    divided = {place.key for place in found.values() if place.key in parts}
    if not divided:
        return found
    words = {v: token_set(v) for v in values}
    split = {key for key in divided if sum(any(_names_part(w, part) for w in words.values()) for part in parts[key]) >= 2}
    return {v: place for v, place in found.items()
            if place.key not in split or not any(_names_part(words[v], part) for part in parts[place.key])}


def _one_value_per_place(found: dict[str, Place], exact: dict[str, Place]) -> dict[str, Place]:
    """When a pattern reads two values as one country ('CHINA (MAINLAND)' and 'FRENCH INDO-CHINA'
    both say 'china'), the place is the value that names it exactly, else the one with the fewest
    words beside the country's name; the other is a territory of its own, not that country."""
    by_key: dict[str, list[str]] = defaultdict(list)
    for value, place in found.items():
        by_key[place.key].append(value)
    out = dict(found)
    for values in by_key.values():
        if len(values) < 2:
            continue
        exact_ones = [v for v in values if v in exact]
        if exact_ones:
            keep = set(exact_ones)
        else:
            name = token_set(found[values[0]].name)
            extra = {v: len(token_set(v) - name) for v in values}
            fewest = min(extra.values())
            keep = {v for v in values if extra[v] == fewest}
        for v in values:
            if v not in keep:
                del out[v]
    return out


def _refines(finer: ResourceIndex, coarser: ResourceIndex) -> bool:
    """``finer`` breaks ``coarser``'s quantity down by more dimensions: 'ethnic group population' by
    country, city and group refines 'population' by country and city, so what the text calls the
    coarser one (residents, inhabitants) also describes the finer one's rows."""
    return (finer is not coarser and finer.kind is coarser.kind and set(coarser.dims) < set(finer.dims)
            and bool(token_set(coarser.metric)) and token_set(coarser.metric) <= token_set(finer.metric))

