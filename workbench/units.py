"""Units: surface words and symbols → canonical units, and what each unit measures.

The vocabulary lives in ``workbench/data/units.json`` (data, not code). Canonical units are
ISO 4217 codes for money, ``%`` for percent, ``pp`` percentage points, ``bp`` basis points,
``x`` multiples, SI-like symbols for physical units (``t``, ``km``, ``m3``, ``bbl``,
``bbl/d``), and ``""`` for plain counts (the counted noun goes to the claim's subject).
"""

from __future__ import annotations

import json
import re
from collections.abc import Container, Iterable
from dataclasses import dataclass
from functools import lru_cache
from typing import Any, Final

from .numbers import DIGITS_POINT_TAIL, SPOKEN_POINT_BETWEEN_DIGITS, alternation, data_json
from .substances import glued_mass_symbols

MONEY: Final = "money"
COUNT: Final = "count"
# A percent and the points it moves by ('3 %', '0.5 pp', '25 bp'): a rate or a share, never an amount.
PERCENT_UNITS: tuple[str, ...] = ("%", "pp", "bp")
PERCENT_OR_PP: tuple[str, ...] = ("%", "pp")  # a rate and its move in percentage points
POINT_UNITS: tuple[str, ...] = ("pp", "bp")  # the move of a percent, in its points
RELATIVE_UNITS: tuple[str, ...] = (*PERCENT_UNITS, "x")  # relative to another figure: a percent, its points, a multiple
# Figures that do not add up across places or parts: rates, ratios, multiples, concentrations.
NOT_ADDITIVE_UNITS: frozenset[str] = frozenset((*RELATIVE_UNITS, "ppm"))


@dataclass(frozen=True)
class UnitForm:
    """One way a unit is written, with the factor it applies to the number (bcm → 1e9 m3)."""

    surface: str
    unit: str
    scale: float = 1.0
    as_written: bool = False  # a symbol matched only in its own case ("Pg" petagram, not "pg" picogram)


def _data() -> dict[str, Any]:
    return data_json("units.json")


@lru_cache(maxsize=1)
def currencies() -> dict[str, dict[str, list[str]]]:
    """Every currency's symbols, codes and words (``_currencies``); a run of the command reads it
    from its cache folder when the files it is made from have not changed."""
    from .regex_cache import kept_json

    return kept_json("currencies", cldr_sources(), _currencies, _is_currency_table)


def cldr_sources() -> list[bytes]:
    """What a table read from the libraries' data (the currencies, the cities of datelines) is made from, beyond the
    package's own code and data files (which ``kept_digest`` keys by ``code_version``): pycountry's release (its
    ISO 4217 table) and babel's (its CLDR data), by their installed versions."""
    from importlib.metadata import PackageNotFoundError, version

    out = []
    for package in ("pycountry", "babel"):
        try:
            out.append(f"{package} {version(package)}".encode())
        except PackageNotFoundError:
            out.append(b"")
    return out


def _is_currency_table(value: Any) -> bool:
    return isinstance(value, dict) and all(
        isinstance(spec, dict) and all(isinstance(forms, list) and all(isinstance(f, str) for f in forms)
                                       for forms in spec.values()) for spec in value.values())


def _currencies() -> dict[str, dict[str, list[str]]]:
    """Every currency's symbols, codes and words: units.json's entries, then ISO 4217 and CLDR.

    units.json's hand-checked forms come first and win; pycountry gives every current ISO 4217
    code, babel the English names and symbols; ``data/currencies.json`` says what to leave out
    and add (see there). A form already taken by an earlier currency is not given to a later one.
    """
    extra = data_json("currencies.json")
    table: dict[str, dict[str, list[str]]] = {
        code: {k: list(v) for k, v in spec.items()} for code, spec in _data()["currencies"].items()}
    for code, spec in extra["extra_currencies"].items():
        if not code.startswith("_"):
            table.setdefault(code, {k: list(v) for k, v in spec.items()})
    excluded = set(extra["excluded_codes"]["codes"])
    not_money = set(extra["not_currencies"]["codes"])
    names, symbols = _cldr_names(), _cldr_symbols(extra["cldr_locales"], set(extra["excluded_symbols"]["symbols"]))
    for code in _iso_codes():
        if code in not_money:
            continue  # gold, fund and test units: "5 gold medals" is no money
        entry = table.setdefault(code, {"symbols": [], "codes": [], "words": []})
        if code not in excluded and code not in entry["codes"]:
            entry["codes"].append(code)
        entry["words"] += [w for w in names.get(code, []) if w not in entry["words"]]
        entry["symbols"] += [s for s in symbols.get(code, []) if s not in entry["symbols"]]
    for surface, code in extra["extra_symbols"].items():
        if not surface.startswith("_") and code in table and surface not in table[code]["symbols"]:
            table[code]["symbols"].append(surface)
    for code, words in extra["extra_words"].items():
        if not code.startswith("_") and code in table:
            table[code]["words"] += [w for w in words if w not in table[code]["words"]]
    for code, words in extra["nicknames"].items():  # names in the text, never a unit after a figure (unit_suffixes)
        if not code.startswith("_") and code in table:
            table[code]["words"] += [w for w in words if w not in table[code]["words"]]
    _add_home_symbols(table, set(extra["excluded_symbols"]["symbols"]))
    not_generic = set(extra["not_generic_words"]["words"])
    for word, code in _generic_words(extra["generic_words"], names, excluded, not_money, not_generic).items():
        if code in table and word not in table[code]["words"]:
            table[code]["words"].append(word)
    _add_local_nouns(table)
    return _first_owner_only(table)


def _add_local_nouns(table: dict[str, dict[str, list[str]]]) -> None:
    """The words a language's glossary gives a currency's English word ('tengués' → 'tenges', 'złotych' →
    'zlotys'), each as a word of that currency where no currency has it already: so '495,84 Tengués' is
    money in a line too short to tell its language. CLDR's nouns of every language are read only in
    their own language's paragraphs, right after a figure (languages.py): across languages they are
    ordinary words ('von', 'bir', 'yeni'). A noun English names several currencies by, glossed with the name of
    the one its language's copy means ('kroner' → 'Danish kroner' in Danish), stays theirs all: the text around
    it tells which."""
    owners: dict[str, set[str]] = {}
    for code, spec in table.items():
        for word in spec["words"]:
            owners.setdefault(word.lower(), set()).add(code)
    tender_owners = _tender_word_owners(table)
    found: list[tuple[str, str]] = []
    for spec in data_json("languages.json")["languages"].values():
        for word, english in spec.get("words", {}).items():
            codes = owners.get(english.lower(), set())
            if " " in english and len(tender_owners.get(word.lower(), ())) > 1:
                continue
            if len(codes) == 1 and _NAME_WORD.fullmatch(word):
                found.append((word.lower(), next(iter(codes))))
    for noun, code in found:
        if noun not in owners and code in table:
            table[code]["words"].append(noun)
            owners[noun] = {code}


def english_currency_name(code: str, count: int = 2) -> str | None:
    """A currency's English name for ``count`` of it, from CLDR: plural by default ('Kazakhstani tenges'), one
    ('Kazakhstani tenge') as an explanation names the currency itself."""
    from babel import Locale
    from babel.numbers import get_currency_name

    english = Locale.parse("en")
    return get_currency_name(code, count, english) if code in english.currencies else None


# A count of each plural category of every language CLDR has (zero, one, two, few, many, other: 'few'
# is 3 in Arabic, 2 in Polish; 'many' is 11 in Arabic, 5 in Russian, a million in French; 'other' is
# 1.5 in Russian, 100 in Arabic): asking babel's public get_currency_name with each gives every form.
_PLURAL_COUNTS: Final = (0, 1, 2, 3, 5, 11, 21, 100, 1_000_000, 0.5, 1.5)


def _plural_names(locale: Any, code: str) -> set[str]:
    """The plural forms of a currency's name in ``locale`` (a babel Locale) that differ from its
    singular name; none for a language whose CLDR data gives no plural forms."""
    from babel.numbers import get_currency_name

    return {get_currency_name(code, count, locale) for count in _PLURAL_COUNTS} - {locale.currencies.get(code, code)}


@lru_cache(maxsize=32)
def local_currency_forms(locale: str) -> tuple[dict[str, str], dict[str, str]]:
    """``_local_forms`` of the currency table in use."""
    return _local_forms(locale, currencies())


def _local_forms(locale: str, table: dict[str, dict[str, list[str]]]) -> tuple[dict[str, str], dict[str, str]]:
    """Each current currency's names in ``locale`` (CLDR's singular and plural forms, lower case) → its
    code ('tenges kazakhs' → KZT); and, apart, each plural form's own noun ('tenges', 'rubli', 'złotych')
    → its code, where English reads the currency's English noun alone as this money (``table``), one
    word of the form reads like that noun, and every currency whose local name holds that word agrees
    ('livre' is the pound's and the lira's: no noun). See data/languages.json 'currency_names'."""
    from babel import Locale

    try:
        local = Locale.parse(locale)
    except Exception:  # noqa: BLE001 — an unknown locale names no currency
        return {}, {}
    latin, likeness = currency_name_settings()
    names: dict[str, str] = {}
    nouns: dict[str, dict[str, str]] = {}  # local noun → currency → English noun
    holders: dict[str, set[str]] = {}  # a word of a local name → the currencies whose names hold it
    read_alone: set[str] = set()
    for code, spec in table.items():
        english_name = english_currency_name(code)
        if not english_name or code not in local.currencies:
            continue
        english_noun = english_name.split()[-1].lower()
        if english_noun in {w.lower() for w in spec.get("words", [])}:
            read_alone.add(code)  # 'tenges'; not 'reals', an ordinary word English leaves alone
        plural = _plural_names(local, code)
        for form in {local.currencies[code], *plural}:
            if not form or any(c.isdigit() for c in form):
                continue
            names.setdefault(form.lower(), code)
            for word in _NAME_WORD.findall(form):
                holders.setdefault(word.lower(), set()).add(code)
            # a language without plural forms names a currency by a compound ('Japon yeni'), not as a figure's noun
            noun = _likest_word(form, english_noun, latin, likeness) if plural else None
            if noun is not None:
                nouns.setdefault(noun.lower(), {})[code] = english_noun
    figure_nouns = {noun: next(iter(by_code)) for noun, by_code in nouns.items()
                    if len(set(by_code.values())) == 1 and holders.get(noun, set()) <= set(by_code)
                    and read_alone & set(by_code) and noun not in names}
    return names, figure_nouns


_NAME_WORD: Final = re.compile(r"[^\W\d_]+")


@lru_cache(maxsize=1)
def currency_name_settings() -> tuple[dict[int, str], float]:
    """How a currency's local noun is told (data/languages.json 'currency_names'): the Latin letters
    Cyrillic ones are compared as, and the least likeness to the English noun."""
    settings = data_json("languages.json").get("currency_names", {})
    return str.maketrans(settings.get("latin_letters", {})), float(settings.get("min_likeness", 0.5))


def _likest_word(form: str, english_noun: str, latin: dict[int, str], likeness: float) -> str | None:
    """The one word of a currency's local name that reads most like its English noun ('tenges' of
    'tenges kazakhs' for 'tenges'), if it reads like it at all; None for a tie or none."""
    from difflib import SequenceMatcher

    words = _NAME_WORD.findall(form)
    if len(words) == 1:
        return words[0]
    scores = sorted(((SequenceMatcher(None, _plain_letters(w.lower().translate(latin)), english_noun).ratio(), w)
                     for w in words), reverse=True)
    if scores[0][0] < likeness or (len(scores) > 1 and scores[1][0] == scores[0][0]):
        return None
    return scores[0][1]


@lru_cache(maxsize=1)
def _iso_codes() -> list[str]:
    """pycountry's ISO 4217 table, read as the file it ships (importing pycountry costs 0.2 s)."""
    from importlib.util import find_spec

    spec = find_spec("pycountry")
    folder = next(iter(spec.submodule_search_locations or [])) if spec else None
    if folder is None:
        raise RuntimeError("pycountry is not installed (pip install pycountry)")
    with open(f"{folder}/databases/iso4217.json", encoding="utf-8") as f:
        return sorted(entry["alpha_3"] for entry in json.load(f)["4217"])


def _cldr_names() -> dict[str, list[str]]:
    """English display names, singular and plural ("Nigerian naira", "Nigerian nairas")."""
    from babel import Locale

    en = Locale("en")
    names: dict[str, list[str]] = {}
    for code, name in en.currencies.items():
        forms = {name, *_plural_names(en, code)}
        names[code] = sorted((f for f in forms if f and not any(c.isdigit() for c in f)), key=lambda f: (-len(f), f))
    return names


def _cldr_symbols(locales: list[str], excluded: set[str]) -> dict[str, list[str]]:
    """Symbols the given English locales give exactly one currency ("A$", "HK$", "₹"); shared ones left out."""
    from babel import Locale

    owners: dict[str, set[str]] = {}
    for ident in locales:
        if not ident.startswith("_"):
            for code, symbol in Locale.parse(ident).currency_symbols.items():
                if symbol != code:
                    owners.setdefault(symbol, set()).add(code)
    by_code: dict[str, list[str]] = {}
    for symbol, codes in owners.items():
        if len(codes) == 1 and symbol not in excluded:
            by_code.setdefault(next(iter(codes)), []).append(symbol)
    return by_code


@lru_cache(maxsize=1)
def _home_symbol_owners() -> dict[str, frozenset[str]]:
    """Symbol → the current currencies whose home locale writes it so ("RM": MYR in Malay, "zł":
    PLN in Polish, "kr": DKK, NOK and SEK), as ``data/home_symbols.json`` holds them: generated
    from babel's CLDR by ``read_home_symbols`` (reading ~90 locales costs most of a second, too
    much for every start); a test holds the file to babel."""
    table = data_json("home_symbols.json")["symbols"]
    return {symbol: frozenset(codes) for symbol, codes in table.items()}


def read_home_symbols() -> dict[str, list[str]]:
    """What ``data/home_symbols.json`` holds, read from babel: each territory's first official
    language's symbol for each currency current there (``scripts/home_symbols.py`` writes it)."""
    from babel import Locale, localedata
    from babel.core import get_global
    from babel.languages import get_official_languages

    wanted: dict[str, set[str]] = {}
    for territory, tenders in get_global("territory_currencies").items():
        current = {code for code, _start, end, tender in tenders if end is None and tender}
        for language in get_official_languages(territory, de_facto=True)[:1]:
            wanted.setdefault(language, set()).update(current)
    owners: dict[str, set[str]] = {}
    for language, codes in sorted(wanted.items()):
        if not localedata.exists(language):
            continue
        symbols = Locale.parse(language).currency_symbols
        # what the locale inherits ('US$', 'A$' from root) is no locale's own way of writing a currency
        inherited = _parent_locale(language).currency_symbols
        for code in codes:
            symbol = symbols.get(code)
            if symbol and symbol != code and inherited.get(code) != symbol:
                owners.setdefault(symbol, set()).add(code)
    return {symbol: sorted(codes) for symbol, codes in sorted(owners.items())}


def _parent_locale(name: str) -> Any:
    """The locale ``name`` inherits from (CLDR's exceptions, else its name less a part, else root)."""
    from babel import Locale
    from babel.core import get_global

    parent = get_global("parent_exceptions").get(name) or ("_".join(name.split("_")[:-1]) or "root")
    return Locale.parse(parent)


def _add_home_symbols(table: dict[str, dict[str, list[str]]], excluded: set[str]) -> None:
    """The symbols a currency's home locale writes ("RM", "Rp", "zł", "Kč", "Ft"), where one
    currency owns them, no form already read names them, and they are longer than a letter
    ("R", "K", "S" are read only where the text names the currency: ``context_symbols``)."""
    taken = {s for spec in table.values() for kind in ("symbols", "codes") for s in spec.get(kind, [])}
    for symbol, codes in sorted(_home_symbol_owners().items()):
        code = next(iter(codes))
        if len(codes) == 1 and len(symbol) > 1 and symbol not in excluded and symbol not in taken and code in table:
            table[code]["symbols"].append(symbol)


@lru_cache(maxsize=1)
def context_symbols() -> dict[str, list[str]]:
    """Signs read as money only where the text around them names the currency ("N1315" beside
    "naira"): one-letter symbols and symbols several currencies share ("R", "K", "kr"), from the
    English and home CLDR locales, plus ``currencies.json``'s ``context_symbols``; kept beside the
    currency table between runs (reading the home locales costs most of a second)."""
    from .regex_cache import kept_json

    return kept_json("context_symbols", cldr_sources(), _context_symbols, _is_symbol_table)


@lru_cache(maxsize=1)
def quoted_only_codes() -> frozenset[str]:
    """ISO codes left out as ordinary words ('ALL', 'GEL', 'TOP'; ``currencies.json`` ``excluded_codes``): money
    only before an amount quoted against another currency ('GEL 3.3947 per USD')."""
    return frozenset(data_json("currencies.json")["excluded_codes"]["codes"])


def _is_symbol_table(value: Any) -> bool:
    return isinstance(value, dict) and all(
        isinstance(codes, list) and all(isinstance(c, str) for c in codes) for codes in value.values())


def _context_symbols() -> dict[str, list[str]]:
    extra = data_json("currencies.json")
    table = currencies()
    taken = {s for spec in table.values() for s in spec.get("symbols", [])}
    owners: dict[str, set[str]] = {s: set(c) for s, c in _home_symbol_owners().items()}
    for symbol, code in rate_notation_signs().items():
        owners.setdefault(symbol, set()).add(code)
    for symbol, codes in extra["context_symbols"].items():
        if not symbol.startswith("_"):
            owners.setdefault(symbol, set()).update(codes)
    for code in quoted_only_codes():  # 'GEL 3.3947 per USD': its own sign, money only in a rate's shape
        owners.setdefault(code, set()).add(code)
    return {s: sorted(c & set(table)) for s, c in sorted(owners.items())
            if s not in taken and c & set(table) and s.isascii() and _ends_a_sign(s, extra["context_symbols"])}


def _ends_a_sign(sign: str, listed: dict[str, Any]) -> bool:
    """A sign ends with a letter; one listed in currencies.json may end with an abbreviation's full
    stop ("Shs."), which CLDR's ("kr.") may not: after a figure that is the sentence's end."""
    return sign[-1:].isalpha() or (sign in listed and sign[-1:] == "." and sign[-2:-1].isalpha())


@lru_cache(maxsize=None)
def currency_signals(code: str, places: bool = True) -> tuple[str, ...]:
    """Words that name a currency in the text around a figure: its code, its English names and
    generic word ("naira", "Nigerian naira"), and (``places``) the English names of the places it
    is tender in."""
    from babel import Locale
    from babel.core import get_global

    spec = currencies().get(code, {})
    words = {code, *spec.get("codes", []), *spec.get("words", []), *_cldr_names().get(code, [])}
    if not places:
        return tuple(sorted(words, key=len, reverse=True))
    territories = Locale("en").territories
    for territory, tenders in get_global("territory_currencies").items():
        if any(c == code and end is None and tender for c, _start, end, tender in tenders) and territory in territories:
            words.add(territories[territory])
    return tuple(sorted(words, key=len, reverse=True))


def _plain_letters(text: str) -> str:
    """'bolívar' → 'bolivar': tables pasted as plain text often drop the accents."""
    from .gazetteer import plain_letters

    return plain_letters(text)


@lru_cache(maxsize=1)
def _tender_words() -> dict[str, frozenset[str]]:
    """A currency's code → the last words of its English names, lower case and without accents
    ('peso'; 'yuan', 'renminbi'), the names English news gives beyond CLDR's (currencies.json ``extra_words``:
    'Lebanese lira') included, so a bare 'lira' beside 'Lebanon' is the Lebanese one."""
    extra = data_json("currencies.json")["extra_words"]
    return {code: frozenset(_plain_letters(name.split()[-1].lower()) for name in [*names, *extra.get(code, ())])
            for code, names in _cldr_names().items()}


def tender_words(code: str) -> frozenset[str]:
    """The last words of a currency's English names, lower case, without accents ('kwacha', 'rand')."""
    return _tender_words().get(code, frozenset())


def is_currency_word(word: str) -> bool:
    """Whether ``word`` names money: a unit's word the reading takes for one currency ('rupiah', 'USD'), or the last
    word of the name of a currency some country tenders today, whichever country's it is ('pesos', 'dollars')."""
    return is_money(canonical_unit(word) or "") or _plain_letters(word.lower()) in _tendered_currency_words()


@lru_cache(maxsize=1)
def _tendered_currency_words() -> frozenset[str]:
    codes = {code for tenders in territory_tenders().values() for code in tenders}
    return frozenset().union(*(tender_words(code) for code in codes))


@lru_cache(maxsize=1)
def territory_tenders() -> dict[str, tuple[str, ...]]:
    """A country's ISO 3166 alpha-3 key → the currencies tendered there today (CLDR). By the alpha-3
    code: some alpha-2 codes are words a text means otherwise ('GB'); a territory the ISO list lacks
    keeps CLDR's code ('XK', 'EU')."""
    import pycountry
    from babel.core import get_global

    out: dict[str, tuple[str, ...]] = {}
    for territory, tenders in get_global("territory_currencies").items():
        country = pycountry.countries.get(alpha_2=territory)
        codes = tuple(code for code, _start, end, tender in tenders if end is None and tender)
        if codes:
            out[country.alpha_3 if country is not None else territory] = codes
    return out


@lru_cache(maxsize=1)
def _one_money_groups() -> dict[str, frozenset[str]]:
    groups = data_json("currencies.json")["one_money"]["groups"]
    return {code: frozenset(group) for group in groups for code in group}


def one_money(code: str) -> frozenset[str]:
    """The currencies that are one money with ``code`` (``data/currencies.json`` one_money: the West and the Central
    African CFA francs, one name at one parity), ``code`` among them."""
    return _one_money_groups().get(code, frozenset({code}))


def tenders(country: str, code: str) -> bool:
    """Whether the country (its ISO alpha-3 key) tenders ``code`` today, or a currency that is one money with it
    ('FCFA', read as XAF, in Senegal, which tenders XOF)."""
    return bool(one_money(code) & set(territory_tenders().get(country, ())))


@lru_cache(maxsize=1)
def sole_issuers() -> dict[str, str]:
    """A currency one country alone has tendered → that country's key ('BGN' → 'BGR', 'JPY' → 'JPN'): an amount in it
    names the country, as its office's own name does. A currency since given up counts (news of 2023 writes Bulgaria's
    GDP in leva); one several territories tender or tendered (the dollar, the euro, the CFA franc, the Indian rupee,
    which Bhutan tenders too, the Deutsche Mark, which Kosovo did) names none. As ``data/home_symbols.json`` holds it,
    generated by ``read_sole_issuers``: importing babel and pycountry would cost every cold check; a test holds the
    file to them."""
    return dict(data_json("home_symbols.json")["sole_issuers"])


def names_shared_currency(words: frozenset[str]) -> bool:
    """The words are the name of a currency several countries tender, and of none one country alone issues
    ('euro', 'dollar'): money, whose name says no place (a currency only one country issues names it,
    ``sole_issuers``). As ``data/home_symbols.json`` holds the words, generated by ``read_shared_currency_words``."""
    return bool(words) and words <= _shared_currency_words()


@lru_cache(maxsize=1)
def _shared_currency_words() -> frozenset[str]:
    return frozenset(data_json("home_symbols.json")["shared_currency_words"])


def read_shared_currency_words() -> list[str]:
    """What ``data/home_symbols.json`` holds as ``shared_currency_words``: each last word of a currency's English
    names (``tender_words``) whose currencies are all tendered by more than one country (CLDR; babel imported here
    only, as ``scripts/home_symbols.py`` runs it)."""
    sole = read_sole_issuers().keys()
    return sorted(word for word, codes in _tender_word_owners(_tender_words()).items() if not codes & sole)


@lru_cache(maxsize=1)
def national_currencies() -> dict[str, str]:
    """A country's key → its own national currency, tendered there today, whose ISO 4217 code opens with the country's
    ISO 3166 code ('MAR' → 'MAD', 'IND' → 'INR', 'CHE' → 'CHF'): the money 'the Moroccan currency' is, though another
    territory tenders it too (Western Sahara the dirham, Bhutan the rupee), so that no sole issuer names it. A country
    whose own money is another's (the euro, the CFA franc, Ecuador's dollar) has none. As ``data/home_symbols.json``
    holds it, generated by ``read_national_currencies``."""
    return dict(data_json("home_symbols.json")["national_currencies"])


def read_national_currencies() -> dict[str, str]:
    """What ``data/home_symbols.json`` holds as ``national_currencies``, read from CLDR's current tenders of every
    territory (``scripts/home_symbols.py`` writes it)."""
    import pycountry
    from babel.core import get_global

    out: dict[str, str] = {}
    for territory, tenders in get_global("territory_currencies").items():
        country = pycountry.countries.get(alpha_2=territory)
        own = [code for code, _start, end, tender in tenders if end is None and tender and code[:2] == territory]
        if country is not None and len(own) == 1:
            out[country.alpha_3] = own[0]
    return dict(sorted(out.items()))


def read_sole_issuers() -> dict[str, str]:
    """What ``data/home_symbols.json`` holds as ``sole_issuers``, read from CLDR's tender history of every territory
    (``scripts/home_symbols.py`` writes it)."""
    import pycountry
    from babel.core import get_global

    users: dict[str, set[str]] = {}
    for territory, tenders in get_global("territory_currencies").items():
        country = pycountry.countries.get(alpha_2=territory)
        for code, _start, _end, tender in tenders:
            if tender:
                users.setdefault(code, set()).add(country.alpha_3 if country is not None else territory)
    return {code: next(iter(keys)) for code, keys in sorted(users.items()) if len(keys) == 1}


def label_places(label: str) -> list[tuple[int, int, str]]:
    """(start, end, ISO key) of the countries a table row's label names, by the gazetteer: as
    written, or for a label in capitals ('HONG KONG DOLLAR') as its words capitalised."""
    from .gazetteer import Gazetteer
    from .places import Places

    gazetteer, places = Gazetteer.default(), Places.default()
    found = gazetteer.find(label) or gazetteer.find_in_capitals(label)
    out = []
    for start, end, entity in found:
        place = places.resolve(entity.name) if entity.type == "country" else None
        if place is not None and not place.aggregate:
            out.append((start, end, place.key))
    return out


def place_currency(label: str) -> str | None:
    """The currency a table row's label names by a place and the last word of its name ('MEXICO PESO',
    'Sri Lanka rupee', 'CHINA, P.R. YUAN'): the one the place tenders under that word, or None."""
    words = {w.strip(",.*()") for w in _plain_letters(label.lower()).split()}
    codes = {code for _start, _end, key in label_places(label) for code in territory_tenders().get(key, ())
             if words & tender_words(code)}
    return codes.pop() if len(codes) == 1 else None


def named_place_tender(text: str, word: str) -> str | None:
    """The one currency tendered today in a country ``text`` names whose English name ends in ``word``
    ('70 billion dirhams' beside 'Morocco' → MAD, 'dinars' beside 'Tunisia' → TND), or None: none such,
    or several ('Pakistan' and 'India' beside 'rupees')."""
    codes = named_place_tenders(text, word)
    return codes.pop() if len(codes) == 1 else None


def named_place_tenders(text: str, word: str) -> set[str]:
    """The currencies tendered today in the countries ``text`` names whose English names end in ``word``."""
    stem = _plain_letters(word.lower())
    stems = {stem, stem[:-1]} if stem.endswith("s") else {stem}
    return {code for _start, _end, key in label_places(text) for code in territory_tenders().get(key, ())
            if stems & tender_words(code)}


@lru_cache(maxsize=1)
def shared_tender_words() -> frozenset[str]:
    """Last words of the English names of several current currencies ('dinar', 'dirham', 'rupee', 'pound').
    Kept in the cache folder as the currency table is: every money figure asks, and building it reads CLDR."""
    from .regex_cache import kept_json

    words = kept_json("shared_tender_words", cldr_sources(), _shared_tender_words,
                      lambda value: isinstance(value, list) and all(isinstance(w, str) for w in value))
    return frozenset(words)


def _shared_tender_words() -> list[str]:
    owners = _tender_word_owners({code for codes in territory_tenders().values() for code in codes})
    return sorted(word for word, codes in owners.items() if len(codes) > 1)


def _tender_word_owners(codes: Iterable[str]) -> dict[str, set[str]]:
    """Each last word of a currency's English names (``tender_words``) → which of ``codes`` have it ('dinar':
    several)."""
    owners: dict[str, set[str]] = {}
    for code in codes:
        for word in tender_words(code):
            owners.setdefault(word, set()).add(code)
    return owners


def place_tender(label: str) -> str | None:
    """The one currency of the place a table row's label is ('Australia', 'USA', 'Ivory Coast' →
    AUD, USD, XOF); None for a label that is no place's name or a place of several tenders."""
    text = " ".join(label.strip(" *").split())
    named = label_places(text)
    if len(named) != 1 or named[0][:2] != (0, len(text)):
        return None
    codes = territory_tenders().get(named[0][2], ())
    return codes[0] if len(codes) == 1 else None


def _generic_words(defaults: dict[str, str], names: dict[str, list[str]], excluded: set[str], not_money: set[str],
                   not_generic: set[str]) -> dict[str, str]:
    """Last words of currency names ("naira", "rupiah", "lari") owned by one current currency, plus the defaults.

    A currency whose code is an English word ("GEL") owns a word only where no other currency
    has it: "lari" is GEL's, "dirham" stays AED's as before MAD was read.
    """
    current = set(_iso_codes()) - not_money
    owners: dict[str, set[str]] = {}
    for code, forms in names.items():
        if code in current:
            for form in forms:
                owners.setdefault(form.split()[-1].lower(), set()).add(code)
    preferred = {w: (c - excluded) or c for w, c in owners.items()}
    words = {w: next(iter(c)) for w, c in preferred.items()
             if len(c) == 1 and len(w) > 2 and w.isalpha() and w not in not_generic}
    words.update({w: c for w, c in defaults.items() if not w.startswith("_")})
    return words


def _first_owner_only(table: dict[str, dict[str, list[str]]]) -> dict[str, dict[str, list[str]]]:
    seen: set[str] = set()
    for spec in table.values():
        for kind in ("symbols", "codes", "words"):
            kept = []
            for surface in spec.get(kind, []):
                key = surface.lower() if kind == "words" else surface
                if key not in seen:
                    seen.add(key)
                    kept.append(surface)
            spec[kind] = kept
    return table


@lru_cache(maxsize=1)
def minor_units() -> dict[str, tuple[str, ...]]:
    """Each currency's words for its hundredths that name it alone ('cents': USD, 'tyiyn': KGS), as
    currencies.json ``minor_units`` lists them."""
    table = data_json("currencies.json")["minor_units"]
    return {code: tuple(words) for code, words in table.items() if not code.startswith("_")}


@lru_cache(maxsize=1)
def context_minor_unit_words() -> frozenset[str]:
    """The words of hundredths whose currency the text around tells ('paise', 'centavos'): currencies.json
    ``context_minor_units``."""
    return frozenset(data_json("currencies.json")["context_minor_units"]["words"])


@lru_cache(maxsize=1)
def hundredths_words() -> tuple[str, ...]:
    """Every word of a currency's hundredths (``minor_units`` and ``context_minor_unit_words``), longest first
    and ties in alphabetical order: a regex built from them is the same text in every process, whatever the hash
    seed (the regex cache keys patterns by their text)."""
    words = {*(word for words in minor_units().values() for word in words), *context_minor_unit_words()}
    return tuple(sorted(words, key=lambda word: (-len(word), word)))


@lru_cache(maxsize=1)
def money_suffix_forms() -> list[UnitForm]:
    """Scaled money forms written after a number: minor units ("cents") and M-codes ("MEUR")."""
    forms = [UnitForm(word, code, 0.01) for code, words in minor_units().items() for word in words]
    forms += [UnitForm("M" + code, code, 1e6) for code in data_json("currencies.json")["million_codes"]["codes"]]
    return forms


def unit_words(unit: str) -> list[str]:
    """The words units.json writes a unit of measure with ('%': 'percent', 'per cent', …), as listed."""
    return list(_data()["units"][unit]["words"])


@lru_cache(maxsize=1)
def percent_alternation() -> str:
    """A regex alternation of the words percent is written with (``unit_words('%')``), longest first: one
    ending in a letter ends at a word's edge, and the space of one may be left out ('per cent', 'percent')."""
    words = sorted(unit_words("%"), key=len, reverse=True)
    return "|".join(re.escape(w).replace(r"\ ", r"\s?") + (r"\b" if w[-1].isalnum() else "") for w in words)


@lru_cache(maxsize=1)
def unit_dimensions() -> dict[str, str]:
    """Canonical unit → what it measures (``money``, ``percent``, ``mass``…; ``count`` for '')."""
    data = _data()
    dims: dict[str, str] = {code: MONEY for code in currencies()}
    for unit, spec in data["units"].items():
        dims[unit] = spec["dimension"]
    for name, spec in data["scaled_units"].items():
        if not name.startswith("_"):
            dims.setdefault(spec["unit"], "volume" if spec["unit"] == "m3" else "mass")
    dims[""] = COUNT
    return dims


UNIT_DIMENSION: Final[dict[str, str]] = unit_dimensions()
# Dimensions whose figures are ratios ('months' supply'), and those a compound unit of which is none (units.json).
RATIO_DIMENSIONS: Final[frozenset[str]] = frozenset(_data()["ratio_dimensions"])
NOT_RATIO_DIMENSIONS: Final[frozenset[str]] = frozenset(_data()["not_ratio_dimensions"])
# Dimensions whose units say their own scale ('parts per million'): no scale word multiplies their figures (units.json).
SCALE_FREE_DIMENSIONS: Final[frozenset[str]] = frozenset(_data()["scale_free_dimensions"])
# Dimensions whose figures only a series counted in the same dimension judges: an index's points (units.json).
OWN_SERIES_DIMENSIONS: Final[frozenset[str]] = frozenset(_data()["own_series_dimensions"])
# The words that make a level in points an index's ('the consumer price index reached 295.0 points'; units.json).
INDEX_LEVEL_WORDS: Final[tuple[str, ...]] = tuple(_data()["index_level_words"])


def takes_no_scale(unit: str) -> bool:
    """Whether ``unit`` says the scale it counts by itself ('ppm'), so a scale word before it is a slip."""
    return bool(unit) and dimension(unit) in SCALE_FREE_DIMENSIONS


@lru_cache(maxsize=1)
def per_unit_forms() -> list[UnitForm]:
    """Words after "a"/"per" in a price ("a barrel"), longest first; their plural "s" optional."""
    table = _data()["per_units"]["units"]
    forms = [UnitForm(word, unit) for word, unit in table.items()]
    forms += [UnitForm(word + "s", unit) for word, unit in table.items() if word[-1:].isalpha() and word.islower()]
    return sorted(forms, key=lambda f: -len(f.surface))


def per_unit(surface: str) -> str:
    """The canonical unit of a price's "per" word ("barrel" → bbl)."""
    key = " ".join(surface.split())
    for form in per_unit_forms():
        if form.surface == key or form.surface.lower() == key.lower():
            return form.unit
    return key


def per_unit_links() -> list[str]:
    """The words between a price and its unit ('$80 a barrel', '8.4 tonnes per hectare'; ``per_units`` ``links``)."""
    return list(_data()["per_units"]["links"])


def per_unit_currency_tags() -> list[str]:
    """The country a price names between its figure and its link ('$82.87 U.S. a barrel'; ``per_units`` ``currency_tags``)."""
    return list(_data()["per_units"].get("currency_tags", []))


def per_capita_words() -> list[str]:
    return list(_data()["per_units"]["per_capita"])


def per_capita_subjects() -> list[str]:
    """'the average', 'each': before a place's name or demonym, the subject is its people one by one."""
    return list(_data()["per_units"].get("per_capita_subjects", []))


def per_capita_people_after() -> list[str]:
    """'for every', 'for each': after a figure and before a place's name or demonym, the figure is per person."""
    return list(_data()["per_units"].get("per_capita_people_after", []))


def per_capita_people_nouns() -> list[str]:
    """'person', 'inhabitant': after 'each' or 'the average' (or 'for every'), with no place named, anyone of its
    people, the figure per person."""
    return list(_data()["per_units"].get("per_capita_people_nouns", []))


def per_item_words() -> list[str]:
    """ "a share", "per share": a price per item, whose unit stays the currency."""
    return list(_data()["per_units"].get("per_item", []))


def dimension(unit: str) -> str:
    """What a canonical unit measures; an unknown code of three capitals counts as money; money per unit a price."""
    if unit in UNIT_DIMENSION:
        return UNIT_DIMENSION[unit]
    if "/" in unit and is_money(unit.split("/", 1)[0]):
        return "price"
    return MONEY if _CURRENCY_CODE.fullmatch(unit) else "other"


_CURRENCY_CODE: Final = re.compile(r"[A-Z]{3}")  # compiled once: ``re.fullmatch`` looks its pattern up per call


def is_money(unit: str) -> bool:
    return dimension(unit) == MONEY


@lru_cache(maxsize=1)
def currency_sign_standing() -> re.Pattern[str]:
    """A currency's sign or ISO code standing whole ('Mrd. US-$', 'Mio. USD', '5 mln. EUR'): a unit that goes on the
    figure before it, not a sentence's first word. Signs of letters alone count only as ISO codes (three capitals),
    so a capitalised word is never taken for one."""
    signs = {sign for spec in currencies().values() for sign in [*spec.get("symbols", []), *spec.get("codes", [])]
             if sign and (not sign.isalpha() or (len(sign) == 3 and sign.isupper()))}
    return re.compile(f"(?:{alternation(signs)})(?![^\\W\\d_])")


@lru_cache(maxsize=None)
def written_with_bare_dollar(code: str) -> bool:
    """Whether a place whose legal tender ``code`` is writes it at home with a bare '$' (the Mexican and
    Chilean peso, the Canadian dollar: CLDR through babel, each place's first official language)."""
    from babel.core import Locale, UnknownLocaleError, get_global
    from babel.languages import get_official_languages

    for territory, tenders in get_global("territory_currencies").items():
        if not any(c == code and end is None and tender for c, _start, end, tender in tenders):
            continue
        for language in get_official_languages(territory, de_facto=True)[:1]:
            try:
                if Locale.parse(f"{language}_{territory}").currency_symbols.get(code) == "$":
                    return True
            except (UnknownLocaleError, ValueError):
                continue
    return False


@lru_cache(maxsize=256)
def bare_dollar_currencies_named(word: str) -> frozenset[str]:
    """The currencies a bare '$' may stand for that ``word`` names as their head noun ('pesos': the
    Mexican, Chilean, Colombian … peso), none where it is also the US dollar's ('dollars')."""
    head = word.casefold()
    named = {code for code, spec in currencies().items()
             if any(w.split()[-1].casefold() == head for w in spec["words"] if w.split())}
    if "USD" in named:
        return frozenset()
    return frozenset(code for code in named if written_with_bare_dollar(code))


@lru_cache(maxsize=1)
def currency_prefixes() -> list[UnitForm]:
    """Symbols and codes written before a number ($5, US$ 5, USD 5, KZT 5), longest first."""
    forms = []
    for code, spec in currencies().items():
        for surface in [*spec["symbols"], *spec["codes"]]:
            forms.append(UnitForm(surface, code))
        forms += _dollar_sign_variants(code, spec)
    forms += [f for f in money_suffix_forms() if f.scale > 1]  # "MEUR 60" as "60 MEUR"
    return sorted(forms, key=lambda f: -len(f.surface))


def _dollar_sign_variants(code: str, spec: dict[str, list[str]]) -> list[UnitForm]:
    """A dollar or peso's code with its sign ("CAD$ 15", "nzd$15") and its letters spaced ("US $10").

    Tokenised, lower-cased text spaces the symbols too ("hk $ 10 billion"). One letter before a
    spaced dollar is a word or a label instead ("a $5 fee", "Class C $20").
    """
    if not any("$" in s for s in spec["symbols"]) or code not in spec["codes"]:
        return []
    forms = [UnitForm(code + "$", code), UnitForm(code.lower() + "$", code)]
    for sign in (s for s in spec["symbols"] if s.endswith("$") and s[:-1].isalpha() and len(s) > 2):
        forms.append(UnitForm(f"{sign[:-1]} $", code))
        if sign[:-1].isupper():  # "hk $", not "can $"
            forms.append(UnitForm(f"{sign[:-1].lower()} $", code))
    return forms


@lru_cache(maxsize=1)
def country_currency_names() -> dict[str, tuple[str, ...]]:
    """Each currency one country alone tenders, or that is a country's own (``national_currencies``) → the phrases
    that name it by that country ('the Brazilian currency', 'the currency of Kenya', 'the dollar of Singapore', 'the
    Moroccan currency': currencies.json country_currency_names), for the text around a rate or a move; never a unit
    after a figure."""
    from .gazetteer import gazetteer_rows
    from .places import Places

    forms = data_json("currencies.json")["country_currency_names"]["forms"]
    table, places = currencies(), Places.default()
    by_country: dict[str, list[str]] = {}
    for code, country in sole_issuers().items():
        if code in table:
            by_country.setdefault(country, []).append(code)
    for country, code in national_currencies().items():  # the dirham, though Western Sahara tenders it too
        if code in table and code not in by_country.get(country, []):
            by_country.setdefault(country, []).append(code)
    out: dict[str, tuple[str, ...]] = {}
    for row in gazetteer_rows():
        place = places.resolve(row["name"]) if row.get("type") == "country" else None
        codes = by_country.get(place.key, []) if place is not None else []
        if len(codes) != 1:
            continue  # a country of several current tenders: which one 'its currency' is, no form tells
        code = codes[0]
        demonyms = [d.strip() for d in (row.get("demonyms") or "").split("|") if d.strip()]
        nouns = sorted({w.split()[-1].lower() for w in table[code]["words"] if " " in w and w.split()[-1].isalpha()})
        phrases = [form.format(demonym=demonym, country=row["name"], noun=noun)
                   for form in forms for demonym in demonyms[:1] or [""] for noun in nouns or [""]
                   if ("{demonym}" not in form or demonym) and ("{noun}" not in form or noun)]
        out[code] = tuple(dict.fromkeys([*out.get(code, ()), *phrases]))
    return out


def currency_names(code: str) -> tuple[str, ...]:
    """The words that name a currency in a sentence about its rate or move: its own (``currencies``) and its
    country's (``country_currency_names``)."""
    return (*currencies()[code]["words"], *country_currency_names().get(code, ()))


@lru_cache(maxsize=1)
def currency_nicknames() -> frozenset[str]:
    """What markets call a currency ('kiwi', 'Aussie'): its name in a sentence, never its unit after a figure
    (data/currencies.json nicknames)."""
    spec = data_json("currencies.json")["nicknames"]
    return frozenset(w for code, words in spec.items() if not code.startswith("_") for w in words)


@lru_cache(maxsize=1)
def unit_suffixes() -> list[UnitForm]:
    """Words, codes and symbols written after a number (5 dollars, 5 USD, 5%, 5 tonnes), longest first."""
    data = _data()
    forms = []
    nicknames = currency_nicknames()
    for code, spec in currencies().items():
        for surface in [*spec["words"], *spec["codes"], *spec["symbols"]]:
            if surface not in nicknames:  # '5,000 Kiwi fans' is no money
                forms.append(UnitForm(surface, code))
    forms += money_suffix_forms() + _lower_case_codes()
    for unit, unit_spec in data["units"].items():
        for surface in unit_spec["words"]:
            forms.append(UnitForm(surface, unit))
    for name, scaled in data["scaled_units"].items():
        if name.startswith("_"):
            continue
        for surface in scaled["words"]:
            forms.append(UnitForm(surface, scaled["unit"], float(scaled["scale"])))
        for surface in scaled.get("symbols", []):
            forms.append(UnitForm(surface, scaled["unit"], float(scaled["scale"]), as_written=True))
    # a mass with its substance glued on ('37.6 tCO2', '615.93 MtCO₂'): the substance is read from it
    forms += [UnitForm(surface, "t", scale, as_written=True) for surface, (scale, _) in glued_mass_symbols().items()]
    return sorted(forms, key=lambda f: -len(f.surface))


def _lower_case_codes() -> list[UnitForm]:
    """Codes in lower case after a number ("20 usd"), but not those that are English words ("5 try")."""
    extra = data_json("currencies.json")
    not_lower = set(extra["not_lower_case_codes"]["codes"])
    return [UnitForm(code.lower(), code) for code, spec in currencies().items()
            if code in spec["codes"] and code not in not_lower]


def _is_word(surface: str) -> bool:
    return surface[:1].isalpha() and surface[-1:].isalpha() or surface[-1:] == "."


# Scripts that write no space after a Latin symbol glue the next word or particle to it: Korean's particles
# ('12.9t이라고', '10km를'), Japanese's ('5tの', '3kmを') and a Chinese or Thai word ('10km的'). A letter of
# one of them right after an ASCII form starts that word, not a longer Latin one.
_UNSPACED_SCRIPT_LETTERS: Final = (
    "\uac00-\ud7a3\u1100-\u11ff\u3130-\u318f"  # Hangul syllables and jamo
    "\u3040-\u30ff\u31f0-\u31ff\uff66-\uff9f"  # Hiragana, Katakana (and its half-width forms)
    "\u3400-\u4dbf\u4e00-\u9fff\uf900-\ufaff"  # CJK ideographs
    "\u0e00-\u0e7f\u0e80-\u0eff\u1000-\u109f\u1780-\u17ff"  # Thai, Lao, Myanmar, Khmer
)


def _word_end(surface: str) -> str:
    """The look-ahead that ends a word form: no word character, save a glued word of an unspaced script after an
    ASCII one."""
    return rf"(?![^\W{_UNSPACED_SCRIPT_LETTERS}])" if surface.isascii() else r"(?!\w)"


def surface_alternation(forms: list[UnitForm], kept: Container[int] | None = None) -> str:
    """A regex alternation of the forms, tried in their order; word forms get a word boundary after them.

    ``re`` tries an alternation's branches one by one, so 150 forms cost 150 attempts per number.
    The forms are therefore grouped by first character, each group behind a one-character
    look-ahead: a position is rejected after one test per group. Forms that can start with the
    same character stay in one group, in their order, so the first form that matches is the
    same one the flat alternation would pick. ``kept``: the indexes of the forms to write, the others
    left out where the caller knows they cannot match (the groups keep the order of the whole list's).
    """
    groups: dict[str, list[str]] = {}
    for index, form in enumerate(forms):
        parts = groups.setdefault(_first_character_key(form.surface[0]), [])
        if kept is not None and index not in kept:
            continue
        escaped = re.escape(form.surface).replace(r"\ ", r"\s+")
        if any(c.islower() for c in form.surface) and not form.as_written:
            escaped = f"(?i:{escaped})"  # words in any case; codes and symbols as written
        parts.append(escaped + (_word_end(form.surface) if _is_word(form.surface) else ""))
    return "|".join(f"(?=[{_first_characters(key)}])(?:{'|'.join(parts)})" if key else f"(?:{'|'.join(parts)})"
                    for key, parts in groups.items() if parts)


# Non-ASCII characters re matches case-insensitively with an ASCII letter (see patterns.py).
_CASE_EXTRAS: Final = {"\u0130": "i", "\u0131": "i", "\u017f": "s", "\u212a": "k"}


def ascii_fold(char: str) -> str:
    """The ASCII letter ``re`` matches ``char`` with in a caseless pattern ('ı' → 'i'), else ``char``."""
    return _CASE_EXTRAS.get(char, char)


def _first_character_key(char: str) -> str:
    """One key for every character a form's first character can match in any case.

    Non-ASCII letters (none in the shipped data) share one group with no look-ahead, since their
    case variants are not worked out here.
    """
    if char in _CASE_EXTRAS:
        return _CASE_EXTRAS[char]
    if char.isascii():
        return char.lower()
    return "" if char.isalpha() else char


def _first_characters(key: str) -> str:
    """A character-set body of every character that can start a form of the group ``key``."""
    chars = {key, key.upper()} | {c for c, k in _CASE_EXTRAS.items() if k == key}
    return "".join(re.escape(c) for c in sorted(chars))


@lru_cache(maxsize=1)
def _suffix_lookup() -> dict[str, UnitForm]:
    lookup: dict[str, UnitForm] = {}
    for form in unit_suffixes():
        lookup.setdefault(form.surface if form.as_written else _key(form.surface), form)
    return lookup


@lru_cache(maxsize=1)
def _prefix_lookup() -> dict[str, UnitForm]:
    return {_key(f.surface): f for f in currency_prefixes()}


def _key(surface: str) -> str:
    return " ".join(surface.split()).lower() if any(c.islower() for c in surface) else " ".join(surface.split())


def lookup_suffix(surface: str) -> UnitForm | None:
    """The unit a word written after a number stands for (``'US dollars'`` → USD)."""
    lookup = _suffix_lookup()
    return lookup.get(" ".join(surface.split())) or lookup.get(_key(surface))


def currencies_named_as_words(words: Iterable[str]) -> frozenset[str]:
    """The currencies ``words`` name as words ('rupiah', 'tenge', 'rupees': IDR, KZT, INR): a sentence naming one
    speaks of money or of that currency's price."""
    return frozenset(form.unit for word in words
                     if len(word) > 2 and (form := lookup_suffix(word)) is not None and is_money(form.unit))


def lookup_prefix(surface: str) -> UnitForm | None:
    """The currency a symbol or code written before a number stands for (``'$'`` → USD)."""
    lookup = _prefix_lookup()
    return lookup.get(" ".join(surface.split())) or lookup.get(_key(surface))


def canonical_unit(surface: str) -> str | None:
    """Canonical unit of any surface form, before or after a number; None if unknown."""
    form = lookup_prefix(surface) or lookup_suffix(surface)
    return form.unit if form else None


@lru_cache(maxsize=1)
def rate_notation_signs() -> dict[str, str]:
    """Symbols left out as ambiguous in prose (``excluded_symbols``) that the English CLDR locales
    give exactly one currency ('R': ZAR), read only in an explicit rate ('R3.55=US$1')."""
    from babel import Locale

    extra = data_json("currencies.json")
    owners: dict[str, set[str]] = {}
    for ident in extra["cldr_locales"]:
        if not ident.startswith("_"):
            for code, symbol in Locale.parse(ident).currency_symbols.items():
                if symbol != code and symbol in extra["excluded_symbols"]["symbols"]:
                    owners.setdefault(symbol, set()).add(code)
    return {symbol: next(iter(codes)) for symbol, codes in owners.items() if len(codes) == 1 and not symbol.isdigit()}


@lru_cache(maxsize=1)
def rate_notation_base() -> re.Pattern[str]:
    """What follows the figure in an explicit rate: '=US$1', ' = USD 1' (``rate_notation``)."""
    written = data_json("currencies.json")["rate_notation"]["base_units"]
    return re.compile(r"[ \u00a0]?=[ \u00a0]?(?:" + "|".join(re.escape(w) for w in sorted(written, key=len, reverse=True))
                      + r")(?![\d,]|\.\d)")


def rate_notation_end(prose: str, end: int) -> int:
    """Where the base of an explicit rate right after a figure ends ('=US$1'), or 0."""
    if "=" not in prose[end:end + 2]:
        return 0
    found = rate_notation_base().match(prose, end)
    return found.end() if found else 0


def rate_notation_sign(prose: str, start: int, end: int) -> tuple[str, int]:
    """The currency of a figure written as an explicit rate with a sign otherwise ambiguous
    ('R3.55=US$1' → ZAR) and where its sign starts; ('', start) when it is no such rate."""
    if not rate_notation_end(prose, end):
        return "", start
    for symbol, code in rate_notation_signs().items():
        begin = start - len(symbol)
        if begin >= 0 and prose[begin:start] == symbol and (begin == 0 or not prose[begin - 1].isalnum()):
            return code, begin
    return "", start


def rate_notation_starts(prose: str) -> list[int]:
    """Where the figures of explicit rates with a glued sign begin ('R3.55=US$1' → the '3'): the
    candidate scan starts no figure right after a letter."""
    if "=" not in prose:
        return []
    pattern = _glued_rate_pattern(_glued_signs())
    return [m.start("n") for m in pattern.finditer(prose)]


def hyphen_glued_percent_starts(prose: str) -> list[int]:
    """Where percent figures glued to the word before them by a hyphen begin ('the index for foodstuff-111.2 %',
    'services-4.1%' in a list of a price index's groups → the '1'): the candidate scan starts no figure after a
    letter and a hyphen, which a code's number follows ('COVID-19', 'F-16'); a percent sign right after the
    digits makes the figure a rate, and a word of three letters or more before the hyphen no code's prefix."""
    if "-" not in prose or "%" not in prose:
        return []
    # ``_HYPHEN_GLUED_PERCENT.finditer`` would try its word at every character of the text (it opens with no literal);
    # its matches are read at the hyphens instead: the figure and sign after one, then the word before it, which is
    # the whole run of letters there (a letter before it would be a word character), as the pattern reads it
    found: list[int] = []
    hyphen = prose.find("-")
    while hyphen >= 0:
        if prose[hyphen + 1:hyphen + 2].isdecimal():  # a figure after the hyphen ('2013-2015' too)
            start = hyphen
            while start > 0 and _is_letter(prose[start - 1]):
                start -= 1
            if hyphen - start >= 3 and (start == 0 or not (prose[start - 1].isalnum() or prose[start - 1] in "_-")):
                tail = _GLUED_PERCENT_TAIL.match(prose, hyphen)
                if tail is not None:
                    found.append(tail.start("n"))
        hyphen = prose.find("-", hyphen + 1)
    return found


def _is_letter(char: str) -> bool:
    """What ``re`` reads as ``[^\\W\\d_]``: a word character that is no decimal digit and no underscore."""
    return char.isalnum() and not char.isdecimal()


# a word of at least three letters, a hyphen, then a figure and the percent sign (a space may stand before it)
_HYPHEN_GLUED_PERCENT: Final = re.compile(r"(?<![\w-])[^\W\d_]{3,}-(?P<n>\d+(?:[.,]\d+)?)[ \u00a0]?%")
_GLUED_PERCENT_TAIL: Final = re.compile(r"-(?P<n>\d+(?:[.,]\d+)?)[ \u00a0]?%")  # its part from the hyphen on


def colon_prices(prose: str) -> str | None:
    """The prose with a colon as the decimal mark of a Scandinavian price read as a point ('10:66 kronor'
    → '10.66 kronor'), or None when it has none. The same length, so offsets hold; the words a colon price
    is followed by are currencies.json's 'colon_prices'. A clock time ('10:30 i dag') has none after it.
    (Whole kronor, '25:-', are read by ``money_signs.money_after``.)

    The price pattern is matched only at the digits before a colon that has two digits after it: searched
    over the text, it (no literal to start from) was tried at every character of every draft."""
    decimal: re.Pattern[str] | None = None
    points: list[int] = []
    at = prose.find(":", 1)
    while at >= 0:
        if len(prose) > at + 2 and prose[at - 1].isdecimal() and prose[at + 1:at + 3].isdecimal():
            first = at - 1
            while first > 0 and prose[first - 1].isdecimal():
                first -= 1
            if at - first <= 5:
                decimal = decimal or _colon_price_pattern()
                if decimal.match(prose, first):
                    points.append(at)
        at = prose.find(":", at + 1)
    if not points:
        return None
    pieces: list[str] = []
    last = 0
    for point in points:
        pieces += [prose[last:point], "."]
        last = point + 1
    return "".join(pieces) + prose[last:]


_COLON_DECIMALS: Final = re.compile(r"(?<=\d):(?=\d{2}(?!\d))")


def written_with_decimals(surface: str) -> bool:
    """Whether a figure's surface has decimals: a point ('10.66 kronor'), or a Scandinavian price's colon
    ('10:66 kronor', read as a point by ``colon_prices``), or a point said in words as broadcasts say a rate
    ('sixteen point four rand'). A rate is quoted with decimals; a sum rarely is."""
    return "." in surface or _COLON_DECIMALS.search(surface) is not None or DIGITS_POINT_TAIL.search(surface) is not None \
        or _DECIMAL_COMMA.search(surface) is not None or SPOKEN_POINT_BETWEEN_DIGITS.search(surface) is not None


# '8,13', '10,8': a lone comma before one, two or four and more digits groups no thousands — a decimal comma,
# as a table in another language prints a rate
_DECIMAL_COMMA: Final = re.compile(r"(?<![\d,])\d+,(?:\d{1,2}|\d{4,})(?![\d,])")


def point_decimals(surface: str) -> str:
    """A claim's surface with a price's colon, or a decimal comma, written as the point it stands for
    ('10:66 kronor' → '10.66 kronor', '8,13' → '8.13', '16 point 4 rand' → '16.4 rand')."""
    surface = _COLON_DECIMALS.sub(".", surface) if ":" in surface else surface
    surface = SPOKEN_POINT_BETWEEN_DIGITS.sub(r".\g<digits>", surface)
    found = _DECIMAL_COMMA.search(surface) if "," in surface and "." not in surface else None
    return surface if found is None else surface[:found.start()] + found.group().replace(",", ".") + surface[found.end():]


@lru_cache(maxsize=1)
def _colon_price_pattern() -> re.Pattern[str]:
    words = "|".join(re.escape(w) for w in sorted(colon_price_spec()["words"], key=len, reverse=True))
    return re.compile(rf"(?<![\d:.,])(?P<whole>\d{{1,5}}):(?=\d{{2}}\s?(?:{words})(?!\w))", re.IGNORECASE)


@lru_cache(maxsize=1)
def colon_price_spec() -> dict[str, Any]:
    return data_json("currencies.json")["colon_prices"]


@lru_cache(maxsize=1)
def _glued_signs() -> tuple[str, ...]:
    """Signs ending in a letter ('Rs', 'R'), after which the candidate scan starts no figure."""
    signs = {*rate_notation_signs(), *(s for spec in currencies().values() for s in spec["symbols"] if s[-1:].isalpha())}
    return tuple(sorted(signs, key=len, reverse=True))


@lru_cache(maxsize=4)
def _glued_rate_pattern(signs: tuple[str, ...]) -> re.Pattern[str]:
    return re.compile(rf"(?<![\w.,])(?:{'|'.join(re.escape(s) for s in signs)})(?P<n>\d[\d,]*(?:\.\d+)?)"
                      rf"(?={rate_notation_base().pattern})")


@lru_cache(maxsize=1)
def _local_currency() -> re.Pattern[str]:
    phrases = [p for p, unit in data_json("reference_vocabulary.json")["unit_phrases"].items() if unit == "LCU"]
    return re.compile(r"(?<!\w)(?:" + "|".join(map(re.escape, sorted(phrases, key=len, reverse=True))) + r")(?!\w)",
                      re.IGNORECASE)


def names_local_currency(text: str) -> bool:
    """The text states its figures in local currency units ('current LCU', 'LCU per US$'): each
    country's own currency, whatever other currency the text names (reference_vocabulary.json)."""
    return _local_currency().search(text) is not None
