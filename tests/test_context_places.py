"""Which place a claim is about when its sentence does not say: the page's address, and money named
after a country ('in US dollars') that is a unit, not a place.

A small package with the shape of the World Bank's files: one row per country and year, names and
ISO3 codes, an aggregate row, values in current US dollars and persons.
"""

from __future__ import annotations

from pathlib import Path

import pytest
from test_matching import check_text, write_package

from workbench.models import Verdict

_GDP = [("Chile", "CHL", "2005", 1.23e11), ("Chile", "CHL", "2015", 2.43e11), ("Chile", "CHL", "2016", 2.50e11),
        ("Peru", "PER", "2005", 7.6e10), ("Peru", "PER", "2015", 1.92e11), ("Peru", "PER", "2016", 1.95e11),
        ("United States", "USA", "2005", 1.30e13), ("United States", "USA", "2015", 1.82e13),
        ("United States", "USA", "2016", 1.87e13), ("World", "WLD", "2016", 7.6e13)]
_POP = [("Chile", "CHL", "2015", 17_870_000), ("Chile", "CHL", "2016", 18_080_000),
        ("Peru", "PER", "2015", 30_470_000), ("Peru", "PER", "2016", 30_930_000)]
PACKAGE = [
    {"name": "gdp", "metric": "GDP", "aliases": ["gross domestic product", "economy"], "unit": "USD",
     "dims": ["country", "country_code"],
     "rows": [{"period": y, "value": v, "country": c, "country_code": k} for c, k, y, v in _GDP]},
    {"name": "population", "metric": "population", "kind": "count", "unit": "",
     "dims": ["country", "country_code"],
     "rows": [{"period": y, "value": v, "country": c, "country_code": k} for c, k, y, v in _POP]},
]


@pytest.fixture(scope="module")
def package(tmp_path_factory: pytest.TempPathFactory) -> Path:
    return write_package(tmp_path_factory.mktemp("places") / "reference", PACKAGE)


def _draft(body: str, url: str | None = None) -> str:
    front = "date: 2017-09-01\n" + (f"url: {url}\n" if url else "")
    return f"---\n{front}---\n\n{body}\n"


@pytest.mark.parametrize("body", [
    "Chile's GDP, measured in current US dollars, roughly doubled to $243 billion in 2015.",
    "Measured in US dollars, Chile's economy reached $243 billion in 2015.",
])
def test_money_named_after_a_country_is_the_unit_not_the_place(package: Path, body: str) -> None:
    result = check_text(_draft(body), package)[0]["$243 billion"]
    assert result.verdict is Verdict.supported
    assert result.evidence[0].dimensions["country"] == "Chile"


def test_a_multiple_over_two_years_reads_as_times(package: Path) -> None:
    # 2.43e11 / 1.23e11 = 1.98: 'nearly doubled' is words, 'grew 1.98 times' a figure
    result = check_text(_draft("In Chile, GDP in US dollars grew 1.98 times between 2005 and 2015."),
                        package)[0]["1.98 times"]
    assert result.verdict is Verdict.supported
    assert result.evidence[0].dimensions["country"] == "Chile"
    assert "1.98 times" in result.explanation and "%" not in result.explanation


def test_the_place_comes_from_the_page_address_and_the_evidence_says_so(package: Path) -> None:
    text = _draft("The economy reached $192 billion in 2015.", url="https://news.example.org/2017/peru-economy-report")
    result = check_text(text, package)[0]["$192 billion"]
    assert result.verdict is Verdict.supported
    assert result.evidence[0].dimensions["country"] == "Peru"
    assert "address" in (result.evidence[0].context or "") and "address" in result.explanation


def test_the_sentence_beats_the_page_address(package: Path) -> None:
    text = _draft("In Chile, the economy reached $243 billion in 2015.", url="https://example.org/peru-economy")
    result = check_text(text, package)[0]["$243 billion"]
    assert result.verdict is Verdict.supported and result.evidence[0].dimensions["country"] == "Chile"
    assert result.evidence[0].context is None


@pytest.mark.parametrize("url", [
    "https://example.org/world/2017/economy-report",  # a section named after a region is no place
    "https://example.org/peru-and-chile-compared",  # two countries: which one is the figure's?
    "not a url at all",
])
def test_an_address_that_names_no_single_country_leaves_the_claim_unplaced(package: Path, url: str) -> None:
    result = check_text(_draft("The economy reached $192 billion in 2015.", url=url), package)[0]["$192 billion"]
    assert result.verdict is Verdict.needs_review and result.evidence == []


@pytest.mark.parametrize("url", [
    "https://example.org/news/almaty-records-highest-growth",  # a city heads the story
    "https://example.org/2017/almaty-economy-report",
])
def test_an_address_naming_a_city_gives_way_to_the_country_the_text_names(package: Path, url: str) -> None:
    # the text names Kazakhstan (and the city, beside it): the figure naming no place is the country's, not the city's
    text = _draft("Kazakhstan's statistics office said Almaty grew fastest.\n\nThe economy reached $192 billion in 2015.",
                  url=url)
    result = check_text(text, package)[0]["$192 billion"]
    assert result.verdict is Verdict.needs_review and "Almaty" not in result.explanation, result.explanation


def test_an_address_naming_a_city_places_a_figure_its_sentence_calls_the_citys(package: Path) -> None:
    text = _draft("The city's economy reached $192 billion in 2015.", url="https://example.org/news/almaty-records-growth")
    result = check_text(text, package)[0]["$192 billion"]
    assert (result.verdict, result.reason) == (Verdict.unsupported, "place_not_covered"), result.explanation
    assert "Almaty" in result.explanation


def test_a_multiple_over_one_year_is_the_ratio_of_the_two_years(package: Path) -> None:
    # 2.50e11 / 2.43e11 = 1.029
    result = check_text(_draft("Chile's GDP in US dollars grew 1.03 times in 2016."), package)[0]["1.03 times"]
    assert result.verdict is Verdict.supported
    assert result.evidence[0].formula == "v2016 / v2015"


def test_a_multiple_that_names_no_first_year_is_no_contradiction(package: Path) -> None:
    # Peru's GDP grew 2.5-fold from 2005 to 2015, but the sentence does not say since when
    result = check_text(_draft("Peru's GDP in US dollars has grown 2.5-fold."), package)[0]["2.5-fold"]
    assert result.verdict is Verdict.needs_review
