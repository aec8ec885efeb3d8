"""The cities a dateline may name, each with its country: the cities CLDR names time zones after, as every listed
language spells them, and ``places.json``'s capitals and statistics offices' seats no zone is named after. One home
for the place reading (a dateline's city, a part's country) and the language reading (a city's name is no unread
word)."""

from __future__ import annotations

from functools import lru_cache

from .gazetteer import place_key, plain_letters
from .numbers import data_json
from .places import Places


def folded_city(name: str) -> str:
    """A city's name as written in any case and with or without accents ('ZÜRICH', 'Zurich' → 'zurich')."""
    return " ".join(plain_letters(name).casefold().split())


@lru_cache(maxsize=1)
def dateline_cities() -> dict[str, str]:
    """Folded city name → the key of its country: the cities CLDR names time zones after ('Asia/Amman' → Jordan,
    through babel), and the capitals and seats of statistics offices no zone is named after (``places.json``
    ``dateline_cities``: The Hague, Ottawa, Hanoi), each also as the listed languages spell it (babel). Kept in the
    cache folder between runs: reading every listed language's CLDR data costs most of a second of a cold check."""
    from .regex_cache import kept_json
    from .units import cldr_sources

    return kept_json("dateline_cities", cldr_sources(), _dateline_cities_from_cldr, _is_city_table)


def _is_city_table(value: object) -> bool:
    return isinstance(value, dict) and all(isinstance(k, str) and isinstance(v, str) for k, v in value.items())


def _dateline_cities_from_cldr() -> dict[str, str]:
    from babel import Locale
    from babel.core import get_global

    from .languages import listed_locales  # the language reading imports this module

    places = Places.default()
    out: dict[str, str] = {}
    zone_names = Locale("en").time_zones
    # a dateline is written in its copy's language ('BEOGRAD (Tanjug) –', 'Москва, 31 января. /ТАСС/.'): every
    # listed language's own spelling of the zone's city, after the English one
    local_names = []
    for locale in listed_locales():
        try:
            local_names.append(Locale.parse(locale).time_zones)
        except Exception:  # noqa: BLE001 — a locale babel lacks spells no city
            continue
    for zone, territory in get_global("zone_territories").items():
        place = places.exact(territory) if len(territory) == 2 else None
        if "/" not in zone or zone.startswith("Etc/") or place is None or place.aggregate:
            continue
        city = zone_names.get(zone, {}).get("city") or zone.rsplit("/", 1)[1].replace("_", " ")
        out.setdefault(folded_city(city), place.key)
        for names in local_names:
            local = names.get(zone, {}).get("city")
            if local:
                out.setdefault(folded_city(local), place.key)
    for country, cities in data_json("places.json").get("dateline_cities", {}).items():
        key = place_key(country)
        if key is not None and not country.startswith("_"):
            out.update({folded_city(city): key for city in cities})
    return out
