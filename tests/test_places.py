"""Places: one key per country or group, whatever a table or a text calls it.

The spellings are real: the World Bank's ("Korea, Rep.", "Russian Federation", "Turkiye", from
../shared/reference-sources/wild/inflation), CDIAC's upper-case names ("RUSSIAN FEDERATION",
"UNITED STATES OF AMERICA", "CHINA (MAINLAND)", from wild/co2-fossil-by-nation) and ISO codes.
"""

from __future__ import annotations

from pathlib import Path

import pytest

from workbench.gazetteer import Gazetteer
from workbench.places import Places


@pytest.mark.parametrize(("value", "key"), [
    ("Russian Federation", "RUS"), ("RUS", "RUS"), ("Russia", "RUS"), ("RUSSIAN FEDERATION", "RUS"),
    ("Korea, Rep.", "KOR"), ("Korea, Dem. People's Rep.", "PRK"), ("Turkiye", "TUR"), ("TURKEY", "TUR"),
    ("UNITED STATES OF AMERICA", "USA"), ("CHINA (MAINLAND)", "CHN"), ("Viet Nam", "VNM"), ("Egypt, Arab Rep.", "EGY"),
    ("Kyrgyz Republic", "KGZ"), ("Lao PDR", "LAO"), ("Bahamas, The", "BHS"), ("KZ", "KAZ"),
])
def test_every_spelling_of_a_country_is_one_place(value: str, key: str) -> None:
    place = Places.default().resolve(value)
    assert place is not None and place.key == key and not place.aggregate


@pytest.mark.parametrize(("value", "key"), [("World", "WLD"), ("Euro area", "EMU"), ("High income", "HIC"),
                                            ("European Union", "EUU"), ("Sub-Saharan Africa", "SSF"), ("WLD", "WLD")])
def test_the_world_banks_aggregate_rows_are_groups(value: str, key: str) -> None:
    place = Places.default().resolve(value)
    assert place is not None and place.key == key and place.aggregate


def test_a_people_or_a_city_is_not_a_country() -> None:
    places = Places.default()
    people = Gazetteer.default().people
    assert places.resolve("Russians", people) is None  # an ethnic group column is not a place column
    assert places.resolve("Almaty") is None
    assert places.exact("in") is None and places.exact("IN").key == "IND"  # codes only in upper case


def test_groups_are_found_by_the_words_that_name_them_and_as_written() -> None:
    text = ("Global output and the world's trade grew; the EU's and the eurozone's rates fell, but eu and uk "
            "are not names.")
    found = [(text[s:e], p.key) for s, e, p in Places.default().groups_in(text)]
    assert found == [("Global", "WLD"), ("world's", "WLD"), ("EU", "EUU"), ("eurozone", "EMU")]


def test_the_gazetteer_knows_every_country_from_the_library_and_keeps_its_own_names() -> None:
    gazetteer = Gazetteer.default()
    assert gazetteer.entities("Chad, the Kyrgyz Republic, Türkiye, Turkey and Viet Nam") == \
        ["Chad", "Kyrgyzstan", "Turkey", "Vietnam"]
    assert gazetteer.canonical("Alma-Ata") == "Almaty"  # what the libraries lack stays in the data file
    assert gazetteer.canonical("Russians") == "Russia" and "Russians" in gazetteer.people


def test_a_territory_the_country_patterns_also_read_is_not_the_country(tmp_path: Path) -> None:
    """CDIAC-style rows: 'CHINA (MAINLAND)' and 'FRENCH INDO-CHINA' both hold 'china'; the place is
    the one with the fewest words beside the country's name, the other stays a territory."""
    from workbench.matching.index import _PlaceResolver

    resolver = _PlaceResolver()
    found = resolver.places_of(["CHINA (MAINLAND)", "FRENCH INDO-CHINA", "UNITED KINGDOM", "FRANCE"])
    assert found is not None
    assert found["CHINA (MAINLAND)"].key == "CHN" and "FRENCH INDO-CHINA" not in found
    exact = resolver.places_of(["Germany", "Federal Republic of Germany (West)", "France"])
    assert exact is not None and exact["Germany"].key == "DEU"
    assert "Federal Republic of Germany (West)" not in exact
