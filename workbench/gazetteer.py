"""Entities (countries, cities, organisations) found in text, by name, alias or demonym.

Countries and their names come from maintained libraries (``places``: country_converter and
pycountry); ``workbench/data/gazetteer.csv`` (type, name, aliases, demonyms; aliases and demonyms
separated by ``|``) keeps only what they lack: demonyms, the short forms news uses ("UK",
"America"), a country's national statistics office ("Istat", "GUS", "INEGI": news cites it for the
country it counts) and its parliament or seat of government ("Lok Sabha", "Bundestag", "Kremlin": a
minister speaks in it for the country), cities, subdivisions (states and provinces: a place of their own), regions, organisations and historic names (Alma-Ata). A country row of the
file names the country as the draft should call it and adds to the library's names. Reference data extends it:
``Gazetteer.default().extended({"Almaty": ["Alma-Ata"]})`` adds canonical names with their
aliases, so a city named in a reference CSV is recognised in drafts under any spelling.
Matching is case-sensitive (names are proper nouns: "US" is a country, "us" is not) and
whole-word; the longest name wins where several overlap.
"""

from __future__ import annotations

import csv
import io
import re
import unicodedata
from collections.abc import Iterable, Mapping
from dataclasses import dataclass, field
from functools import lru_cache
from importlib import resources
from typing import Final, TYPE_CHECKING

from .native import cached_property, mypyc_attr
from .patterns import scannable_trie
from .text import token_set

if TYPE_CHECKING:
    from .places import Places


@dataclass(frozen=True)
class Entity:
    name: str
    type: str


# Up to this many lower-case-first names are looked for one by one before their pattern runs.
_LOWER_FIRST_TESTED: Final = 16


@mypyc_attr(native_class=False)
@dataclass(frozen=True)
class Gazetteer:
    """Surface form → canonical entity; immutable, so one default instance can be shared."""

    forms: Mapping[str, Entity] = field(default_factory=dict)
    people: frozenset[str] = frozenset()  # the demonyms: 'Russians' names a people, not a place

    @classmethod
    def from_rows(cls, rows: Iterable[Mapping[str, str]]) -> Gazetteer:
        forms: dict[str, Entity] = {}
        people: set[str] = set()
        for row in rows:
            name = (row.get("name") or "").strip()
            if not name:
                continue
            entity = Entity(name, (row.get("type") or "other").strip() or "other")
            surfaces = [name]
            demonyms = [s.strip() for s in (row.get("demonyms") or "").split("|") if s.strip()]
            people.update(demonyms)
            surfaces += [s.strip() for s in (row.get("aliases") or "").split("|") if s.strip()] + demonyms
            for surface in surfaces:
                for form in spellings(surface):
                    forms.setdefault(form, entity)
        return cls(forms, frozenset(people))

    @classmethod
    def from_csv(cls, text: str) -> Gazetteer:
        return cls.from_rows(csv_rows(text))

    @staticmethod
    def default() -> Gazetteer:
        """The gazetteer built from the data file shipped in the package."""
        return _default_gazetteer()

    def extended(self, terms: Mapping[str, list[str]], type: str = "reference") -> Gazetteer:
        """A new gazetteer with ``terms`` (canonical name → aliases) added.

        An alias already known keeps its entity unless it is a name in ``terms`` itself, so
        reference data decides what its own dimension values are called.
        """
        forms = dict(self.forms)
        for name, aliases in terms.items():
            name = str(name).strip()
            if not name:
                continue
            known = forms.get(name)
            entity = known if known and known.name == name else Entity(name, known.type if known else type)
            forms[name] = entity
            for alias in (form for a in aliases for form in spellings(str(a).strip())):
                if alias and (alias not in forms or forms[alias].name == alias):
                    forms[alias] = entity
        return Gazetteer(forms, self.people)

    @cached_property
    def _patterns(self) -> list[re.Pattern[str]]:
        """Names starting with a capital (nearly all) in one pattern ``re`` can scan for fast; the rest in another.

        Both open with a literal first character: a leading look-behind would make ``re`` try the
        pattern at every position of the draft (10× slower on a corpus naming none of them).
        """
        capitalised = [s for s in self.forms if not s[0].islower()]
        lower = [s for s in self.forms if s[0].islower()]
        patterns = []
        for names in (capitalised, lower):
            if names:
                patterns.append(re.compile(scannable_trie(names, guard=r"(?<![\w-].)", tail=r"(?![\w-]|\.\w)")))
        return patterns

    @cached_property
    def _lower_first_names(self) -> tuple[str, ...] | None:
        """The few names that open with a lower-case letter ("the State of Palestine"), each a
        literal a match must hold; None when there are too many to test one by one."""
        names = tuple(s for s in self.forms if s[0].islower())
        return names if len(names) <= _LOWER_FIRST_TESTED else None

    def find(self, text: str) -> list[tuple[int, int, Entity]]:
        """Every entity mention in ``text``: (start, end, entity), in order, the longest where they overlap;
        not an acronym the text spells out as another body's name ('Office national des statistiques (ONS)')."""
        patterns = self._patterns
        if len(patterns) == 2 and not self._may_name_lower_first(text):
            patterns = patterns[:1]
        if len(patterns) == 1:
            found = [(m.start(), m.end(), self.forms[m.group()]) for m in patterns[0].finditer(text)]
        else:
            found = self.longest_mentions(m for p in patterns for m in p.finditer(text))
        if "(" not in text:
            return found
        return [mention for mention in found if not self._spelled_out_otherwise(text, *mention)]

    def _spelled_out_otherwise(self, text: str, start: int, end: int, entity: Entity) -> bool:
        """An acronym in brackets ('(ONS)') after the words it abbreviates, which are none of its entity's
        names: the text says whose acronym it is, and it is another body's (Algeria's statistics office,
        not Britain's), so the alias names nothing here."""
        acronym = text[start:end]
        if not (acronym.isalpha() and acronym.isupper() and 2 <= len(acronym) <= _ACRONYM_LETTERS) \
                or text[start - 1:start] != "(" or text[end:end + 1] != ")":
            return False
        expansion = spelled_out(text[:start - 1], acronym)
        if expansion is None:
            return False
        # what the gazetteer knows the acronym to stand for, among the entity's names: without one, the text's
        # expansion cannot be told apart from a spelling of the entity's own
        known = [_main_words(form) for form, named in self.forms.items()
                 if named == entity and form != acronym and spelled_out(form, acronym) == " ".join(_WORD.findall(form))]
        return bool(known) and _main_words(expansion) not in known

    def find_in_capitals(self, label: str) -> list[tuple[int, int, Entity]]:
        """The mentions of ``label`` written in capitals, as statistical releases print a table row's
        label ('SOUTH AFRICA RAND'): its words capitalised, read as prose writes names. [] for a label
        not in capitals, or one whose capitalised form is of another length (its offsets would not hold)."""
        if not label.isupper():
            return []
        titled = label.title()
        return self.find(titled) if len(titled) == len(label) else []

    def _may_name_lower_first(self, text: str) -> bool:
        """Whether a lower-case-first name can stand in ``text``. Its pattern opens with a
        lower-case letter, so ``re`` would try it at nearly every word; each of those names is
        a literal, so a text holding none of them skips the scan (the same matches: none)."""
        names = self._lower_first_names
        return names is None or any(name in text for name in names)

    def longest_mentions(self, matches: Iterable[re.Match[str]]) -> list[tuple[int, int, Entity]]:
        """Matches of the gazetteer's names as mentions, in order, the longest where they overlap."""
        found = sorted((m.start(), -m.end(), m.group()) for m in matches)
        mentions: list[tuple[int, int, Entity]] = []
        for start, negative_end, surface in found:
            if mentions and start < mentions[-1][1]:
                continue
            mentions.append((start, -negative_end, self.forms[surface]))
        return mentions

    def entities(self, text: str) -> list[str]:
        """Canonical names of the entities mentioned in ``text``, first mention first, once each."""
        seen: dict[str, None] = {}
        for _, _, entity in self.find(text):
            seen.setdefault(entity.name, None)
        return list(seen)

    def canonical(self, surface: str) -> str | None:
        entity = self.forms.get(surface.strip())
        return entity.name if entity else None

    def __len__(self) -> int:
        return len(self.forms)

    def __hash__(self) -> int:
        return id(self)


APOSTROPHES: Final = "'\u2019\u02bc"  # straight, typographic (right single quote), modifier letter


# An acronym longer than this is a word in capitals more often than an abbreviation.
_ACRONYM_LETTERS: Final = 6
# A spelled-out name may hold this many short joining words its acronym skips ('Office national des statistiques').
_SKIPPED_WORDS: Final = 3
_WORD: Final = re.compile(r"[^\W\d_]+")


def spelled_out(before: str, acronym: str) -> str | None:
    """The words closing ``before`` that ``acronym`` abbreviates: a run of words opening with a capital of
    its first letter and closing with its last, whose initials hold its letters in order; None if none."""
    words = _WORD.findall(before[-160:])
    letters = acronym.upper()
    for count in range(len(letters), len(letters) + _SKIPPED_WORDS + 1):
        run = words[-count:]
        if len(run) < count:
            return None
        initials = "".join(word[0].upper() for word in run)
        if run[0][0].isupper() and initials[0] == letters[0] and initials[-1] == letters[-1] \
                and _in_order(letters, initials):
            return " ".join(run)
    return None


def _main_words(name: str) -> frozenset[str]:
    """A name's words but its short joining ones ('of', 'for', 'au'), case aside: 'Office of National
    Statistics' and 'Office for National Statistics' are one name."""
    return frozenset(word.casefold() for word in _WORD.findall(name) if len(word) > _JOINING_LETTERS)


# Words of this many letters or fewer join a name's words ('of', 'for', 'des') rather than name anything.
_JOINING_LETTERS: Final = 3


def _in_order(letters: str, initials: str) -> bool:
    remaining = iter(initials)
    return all(letter in remaining for letter in letters)


def spellings(surface: str) -> list[str]:
    """A name as newsrooms type it: with a straight or typographic apostrophe, with or without
    its diacritics ("Côte d’Ivoire", "Cote d'Ivoire"), so a file's ASCII spelling meets a page's; with an
    ampersand for its 'and' or 'and' for its ampersand ('Trinidad & Tobago', 'ANTIGUA & BARBUDA'), and 'St'
    without its full stop ('St Lucia'), as headlines and tables shorten names."""
    out = [surface]
    if " and " in surface:
        out.append(surface.replace(" and ", " & "))
    elif " & " in surface:
        out.append(surface.replace(" & ", " and "))
    out += [form.replace("St. ", "St ") for form in out if "St. " in form]
    if any(a in surface for a in APOSTROPHES):
        out += [re.sub(f"[{APOSTROPHES}]", a, surface) for a in APOSTROPHES]
    for form in list(out):
        out.append(unicodedata.normalize("NFC", plain_letters(form)))
    return list(dict.fromkeys(out))


def plain_letters(text: str) -> str:
    """'Côte', 'bolívar' → 'Cote', 'bolivar': the letters without their accents, as ASCII copy writes them."""
    return "".join(c for c in unicodedata.normalize("NFKD", text) if not unicodedata.combining(c))


@lru_cache(maxsize=1)
def part_nouns() -> tuple[str, ...]:
    """The nouns that name a part of a country behind its proper name (place_parts.json ``named_nouns``:
    'Region', 'Oblast', 'Province'), longest first."""
    from .numbers import data_json

    return tuple(sorted((n.casefold() for n in data_json("place_parts.json").get("named_nouns", [])), key=len, reverse=True))


@lru_cache(maxsize=1)
def part_noun_words() -> frozenset[str]:
    """The words of those nouns ('region', 'metropolitan', 'area'): a text's token that is one of them names the
    kind of a part, never which one."""
    return frozenset().union(*(token_set(n) for n in part_nouns()))


@lru_cache(maxsize=4096)
def part_proper_name(name: str) -> str | None:
    """The proper name of a country's part written with its noun ('North Kazakhstan' of 'North Kazakhstan
    Region'), or None when ``name`` ends in no such noun."""
    folded = name.casefold().rstrip()
    for noun in part_nouns():
        if folded.endswith(" " + noun):
            return name.rstrip()[:-len(noun)].rstrip() or None
    return None


def part_short_name(name: str) -> str | None:
    """How news shortens a part's name: 'North Kazakhstan' for 'North Kazakhstan Region'. Only a name of two
    words or more: one word ('Almaty', 'Akmola') is also a city's, or its old name, and a reader cannot
    tell which the text means."""
    proper = part_proper_name(name)
    return proper if proper is not None and len(proper.split()) > 1 else None


@lru_cache(maxsize=1)
def gazetteer_rows() -> tuple[dict[str, str], ...]:
    """The rows of ``data/gazetteer.csv``, read once (the gazetteer and the languages' demonyms read them)."""
    text = resources.files("workbench").joinpath("data/gazetteer.csv").read_text(encoding="utf-8")
    return tuple(csv_rows(text))


def csv_rows(text: str) -> list[dict[str, str]]:
    """A gazetteer file's rows; a line beginning with '#' is a comment (why a name is in or left out)."""
    return list(csv.DictReader(io.StringIO("".join(
        line for line in text.splitlines(keepends=True) if not line.startswith("#")))))


@lru_cache(maxsize=1)
def _default_gazetteer() -> Gazetteer:
    from .places import Places

    rows = list(gazetteer_rows())
    return Gazetteer.from_rows([*rows, *library_country_rows(Places.default(), rows)])


@lru_cache(maxsize=4096)
def place_key(value: str, loosely: bool = False, places: Places | None = None, aliases: bool = True) -> str | None:
    """The key of the place a name or code stands for (a country's ISO 3166 alpha-3 code, a group's key), in
    any spelling the country libraries or the gazetteer know ('Russian Federation', 'RUS', 'Kazajstán');
    None for no country or group (a city's name). ``loosely``: also a name ``Places.resolve`` reads, for a
    text's mention of a type that may be a country's; ``places``: the places to read with (the default's);
    ``aliases``: also the gazetteer's aliases ('Norwegians' → Norway), which a text's mention found by the
    gazetteer has already been read through (its people are not its place)."""
    from .places import Places

    places = places or Places.default()
    found = places.exact(value) or (places.resolve(value) if loosely else None)
    if found is None and aliases:
        name = Gazetteer.default().canonical(value)
        found = places.exact(name) if name else None
    return found.key if found else None


def library_country_rows(places: Places, rows: list[dict[str, str]]) -> list[dict[str, str]]:
    """Every country the libraries know, as gazetteer rows; a country the file names keeps the file's
    name (the draft's 'Turkey', not the library's 'Türkiye') and gains the library's names as aliases."""
    named: dict[str, str] = {}
    for row in rows:
        if (row.get("type") or "").strip() == "country":
            names = [row.get("name") or "", *(row.get("aliases") or "").split("|")]
            place = next((p for n in names if (p := places.exact(n)) is not None), None) \
                or places.resolve(names[0])
            if place is not None:
                named.setdefault(place.key, row["name"].strip())
    out = []
    for short, others in places.countries():
        place = places.exact(short)
        name = named.get(place.key, short) if place is not None else short
        aliases = [n for n in [short, *others] if n != name]
        out.append({"type": "country", "name": name, "aliases": "|".join(aliases)})
    return out
