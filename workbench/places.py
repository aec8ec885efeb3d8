"""Countries and country groups: one key per place, whatever a table or a text calls it.

A reference table may say "Russian Federation", "RUS", "RUSSIAN FEDERATION" or "Russia"; a draft
says "Russia" or "Russians". All of them are the place ``RUS``. Countries, their ISO codes,
short and official names and the patterns that recognise the names statistical offices use
("Korea, Rep.", "Iran, Islamic Rep.") come from maintained libraries: country_converter's
table (read as data: its own loader does not run under pandas 3) and pycountry. Country groups
(World, Euro area, income groups, World Bank regions) and the words a text names them by are
data in ``workbench/data/aggregates.csv``; the words that make a place the field of a ranking
("the fifth-largest economy in the world") are in ``workbench/data/places.json``.

A group is matched only when the text names it: "global", "the world's", "the EU's" — never
because a sentence names no country.
"""

from __future__ import annotations

import csv
import importlib.util
import json
import re
from dataclasses import dataclass
from functools import lru_cache
from importlib import resources
from pathlib import Path
from typing import Final

from .native import cached_property, mypyc_attr


@dataclass(frozen=True)
class Place:
    """A country (``key`` its ISO 3166 alpha-3 code) or a group of countries (``aggregate``)."""

    key: str
    name: str
    aggregate: bool = False


@dataclass(frozen=True)
class _Country:
    key: str
    iso2: str
    name: str
    names: tuple[str, ...]
    regex: str


def _package_file(package: str, *parts: str) -> Path | None:
    """A data file shipped inside an installed package, found without importing it: importing
    country_converter imports pandas, and importing pycountry costs more than reading its JSON."""
    spec = importlib.util.find_spec(package)
    if spec is None or not spec.submodule_search_locations:
        return None
    path = Path(next(iter(spec.submodule_search_locations))).joinpath(*parts)
    return path if path.is_file() else None


def _country_table() -> list[dict[str, str]]:
    """country_converter's country table (names, ISO codes, the patterns for other spellings)."""
    path = _package_file("country_converter", "country_data.tsv")
    if path is None:
        return []
    with path.open(encoding="utf-8", newline="") as fh:
        return list(csv.DictReader(fh, delimiter="\t"))


def _pycountry_names() -> dict[str, list[str]]:
    """ISO alpha-3 → the names pycountry's ISO 3166 tables give ("Korea, Republic of", "Viet Nam"),
    historic countries (the USSR, Czechoslovakia) included."""
    out: dict[str, list[str]] = {}
    for part, key in (("iso3166-1.json", "3166-1"), ("iso3166-3.json", "3166-3")):
        path = _package_file("pycountry", "databases", part)
        if path is None:
            continue
        for c in json.loads(path.read_text(encoding="utf-8")).get(key, []):
            names = [c[k] for k in ("name", "official_name", "common_name") if c.get(k)]
            if c.get("alpha_3"):
                out.setdefault(c["alpha_3"], []).extend(names)
    return out


def _split(cell: str | None) -> list[str]:
    return [s.strip() for s in (cell or "").split("|") if s.strip()]


@mypyc_attr(native_class=False)
class Places:
    """Resolve a name or code to a ``Place``; find the places a text names."""

    def __init__(self, countries: list[dict[str, str]], aggregates: list[dict[str, str]],
                 extra_names: dict[str, list[str]], ranking_words: list[str], ranking_window: int,
                 context_paragraphs_back: int = 3, cause_words: tuple[str, ...] = (),
                 currency_words_before: tuple[str, ...] = (), territory_note_words: tuple[str, ...] = ()) -> None:
        self._countries: list[_Country] = []
        self._by_name: dict[str, Place] = {}
        self._by_code: dict[str, Place] = {}
        for row in countries:
            key = (row.get("ISO3") or "").strip()
            name = (row.get("name_short") or "").strip()
            if not key or not name:
                continue
            names = tuple(dict.fromkeys([name, (row.get("name_official") or "").strip(), *extra_names.get(key, [])]))
            self._countries.append(_Country(key, (row.get("ISO2") or "").strip(), name,
                                            tuple(n for n in names if n), row.get("regex") or ""))
        for c in self._countries:
            place = Place(c.key, c.name)
            self._by_code.setdefault(c.key, place)
            if c.iso2:
                self._by_code.setdefault(c.iso2, place)
            for n in c.names:
                self._by_name.setdefault(n.casefold(), place)
        self._group_words: dict[str, Place] = {}
        for row in aggregates:
            place = Place(row["key"].strip(), row["name"].strip(), aggregate=True)
            self._by_code.setdefault(place.key, place)
            for n in [place.name, *_split(row.get("aliases"))]:
                self._by_name.setdefault(n.casefold(), place)
                self._group_words.setdefault(n, place)
            for w in _split(row.get("words")):
                self._group_words.setdefault(w, place)
        self.ranking_words = frozenset(w.casefold() for w in ranking_words)
        self.ranking_window = ranking_window
        self.context_paragraphs_back = context_paragraphs_back
        self.cause_words = tuple(w.casefold() for w in cause_words)
        self.currency_words_before = frozenset(w.casefold() for w in currency_words_before)
        notes = "|".join(re.escape(w) for w in sorted(territory_note_words, key=len, reverse=True))
        self._territory_note = re.compile(rf"\s*\(\s*(?:{notes})\s[^()]*\)\s*$", re.IGNORECASE) if notes else None

    @staticmethod
    def default() -> Places:
        return _default_places()

    def name_of(self, key_or_marker: str) -> str:
        """The name of a place, by its key or its marker."""
        key = key_or_marker.removeprefix(_MARKER)
        place = self._by_code.get(key)
        return place.name if place else key

    def knows(self, key_or_marker: str) -> bool:
        """Whether a key (or its marker) is a country's or a group's: a city's is neither."""
        return key_or_marker.removeprefix(_MARKER) in self._by_code

    def is_group(self, key_or_marker: str) -> bool:
        place = self._by_code.get(key_or_marker.removeprefix(_MARKER))
        return place is not None and place.aggregate

    def countries(self) -> list[tuple[str, list[str]]]:
        """(short name, other names) of every country, for the gazetteer."""
        return [(c.name, [n for n in c.names if n != c.name]) for c in self._countries]

    def exact(self, value: str) -> Place | None:
        """The place ``value`` names exactly: an upper-case ISO code, or a known name in any case."""
        text = value.strip()
        if 2 <= len(text) <= 3 and text.isupper() and text.isalpha():
            found = self._by_code.get(text)
            if found is not None:
                return found
        return self._by_name.get(text.casefold())

    def resolve(self, value: str, people: frozenset[str] = frozenset()) -> Place | None:
        """The place a table's value means; None when it is not a country or a known group.

        ``people``: words that name a people, not a place ('Russians', 'Kazakhs'): an ethnic
        group column is not a place column, though the country patterns would take 'Russians'.
        """
        found = self.exact(value)
        if found is not None or not value.strip() or value.strip() in people or len(value) > _LONGEST_NAME:
            return found
        found = _regex_resolve(self, value.strip())
        note = self._territory_note.search(value) if found is None and self._territory_note else None
        if note is not None and note.start() > 0:  # 'ITALY (INCLUDING SAN MARINO)' is Italy
            return self.resolve(value[:note.start()], people)
        return found

    @cached_property
    def _regexes(self) -> list[tuple[re.Pattern[str], Place]]:
        out = []
        for c in self._countries:
            try:
                out.append((re.compile(c.regex, re.IGNORECASE), Place(c.key, c.name)))
            except re.error:  # pragma: no cover - the library's patterns compile
                continue
        return out

    @cached_property
    def _group_pattern(self) -> re.Pattern[str] | None:
        """Group names and words: lower-case forms in any case, others as written ('EU', not 'eu').
        A plain alternation, longest first: a hundred phrases compile faster so than as a trie."""
        if not self._group_words:
            return None
        ordered = sorted(self._group_words, key=lambda w: (-len(w), w))
        parts = [f"(?i:{re.escape(w)})" if w == w.lower() else re.escape(w) for w in ordered]
        return re.compile(r"(?<![\w-])(?:" + "|".join(parts) + r")(?![\w-])")

    def groups_in(self, text: str) -> list[tuple[int, int, Place]]:
        """Every mention of a country group in ``text`` by its name or the words that name it."""
        pattern = self._group_pattern
        if pattern is None:
            return []
        out = []
        for m in pattern.finditer(text):
            place = self._group_words.get(m.group()) or self._lower_group(m.group())
            if place is not None:
                out.append((m.start(), m.end(), place))
        return out

    def _lower_group(self, surface: str) -> Place | None:
        folded = surface.casefold()
        for word, place in self._group_words.items():
            if word == word.lower() and word.casefold() == folded:
                return place
        return None


# A cell longer than this names no place (the longest official names run to about 60 characters), and
# country_converter's patterns backtrack: a 11,000-character note cell took two minutes to index.
_LONGEST_NAME: Final = 200


def _regex_resolve(places: Places, value: str) -> Place | None:
    """country_converter's rule: a name its patterns match for exactly one country."""
    hits = {place.key: place for pattern, place in places._regexes if pattern.search(value)}
    return next(iter(hits.values())) if len(hits) == 1 else None


@lru_cache(maxsize=1)
def _default_places() -> Places:
    data = resources.files("workbench").joinpath("data")
    aggregates = list(csv.DictReader(data.joinpath("aggregates.csv").read_text(encoding="utf-8").splitlines()))
    rules = json.loads(data.joinpath("places.json").read_text(encoding="utf-8"))
    return Places(_country_table(), aggregates, _pycountry_names(), rules["ranking_words"], rules["ranking_window"],
                  int(rules.get("context_paragraphs_back", 3)), tuple(rules.get("cause_words", ())),
                  tuple(rules.get("currency_words_before", ())), tuple(rules.get("territory_note_words", ())))


def marker(key: str) -> str:
    """The token that stands for a place in a set of words: no word of a text or a table looks like it."""
    return f"{_MARKER}{key}"


def is_marker(token: str) -> bool:
    return token.startswith(_MARKER)


_MARKER: Final = "\x00place:"
