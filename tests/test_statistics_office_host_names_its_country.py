"""A national statistics office's own host names its country (verdicts.md Corrections): a page under a country-code
domain whose host calls itself a statistics office ('stat.…') or bears an office's acronym the gazetteer knows
('inege', 'dzs', read in capitals) is that country's, when the text names no place; the explanation says the place
came from the address. The acronym under another country's domain or a generic one, a government's domain alone, or
a 'stat' host under a generic domain names none, so the figure stays unplaced for a person; a place the text names
beats the host. Hosts and figures invented here."""

from __future__ import annotations

from pathlib import Path

import pytest
from package_support import claim_results, cpi_package

from workbench.models import ClaimResult, Verdict
from workbench.verify import Reason

ROWS = {("Cameroon", 2022): 6.3, ("Equatorial Guinea", 2022): 4.8, ("Croatia", 2022): 10.8, ("Chile", 2022): 11.6}


@pytest.fixture(scope="module")
def cpi(tmp_path_factory: pytest.TempPathFactory) -> list[Path]:
    return [cpi_package(tmp_path_factory.mktemp("cpi") / "cpi", ROWS)]


def _result(url: str, text: str, packages: list[Path]) -> ClaimResult:
    [result] = claim_results(text, packages, url=url).values()
    return result


@pytest.mark.parametrize(("url", "place", "figure"), [
    ("https://www.stat.example.cm/releases/2023/prices", "Cameroon", "6.3%"),
    ("https://inege.gq/notes/prices-2022", "Equatorial Guinea", "4.8%"),
    ("https://tables.dzs.hr/2022/en/prices", "Croatia", "10.8%"),
])
def test_a_statistics_offices_host_names_its_country(cpi: list[Path], url: str, place: str, figure: str) -> None:
    result = _result(url, f"Consumer prices rose by an average of {figure} in 2022.", cpi)
    assert result.verdict is Verdict.supported, result.explanation
    assert result.evidence[0].dimensions.get("Country") == place
    assert "address" in result.explanation


@pytest.mark.parametrize("url", [
    "https://inege.com/notes/prices-2022",  # the office's acronym under a generic domain
    "https://inege.de/notes/prices-2022",  # under another country's domain
    "https://stat.example.com/releases/2023/prices",  # a statistics host of no country
    "https://stat.example.io/releases/2023/prices",  # a country's domain sold as a brand
    "https://www.finance.gov.cm/notes/2023",  # a government's domain names the government, not the page's place
])
def test_a_host_that_does_not_tie_an_office_to_its_country_names_none(cpi: list[Path], url: str) -> None:
    result = _result(url, "Consumer prices rose by an average of 4.8% in 2022.", cpi)
    assert result.reason == Reason.PLACE_UNNAMED.value, result.explanation


def test_the_place_the_text_names_beats_the_offices_host(cpi: list[Path]) -> None:
    result = _result("https://www.stat.example.cm/releases/2023/prices",
                     "In Chile, consumer prices rose by an average of 11.6% in 2022.", cpi)
    assert result.verdict is Verdict.supported, result.explanation
    assert result.evidence[0].dimensions.get("Country") == "Chile"


def test_the_offices_acronym_in_the_text_names_its_country(cpi: list[Path]) -> None:
    result = _result("https://news.example.com/prices", "Consumer prices rose by an average of 4.8% in 2022, INEGE said.",
                     cpi)
    assert result.verdict is Verdict.supported, result.explanation
    assert result.evidence[0].dimensions.get("Country") == "Equatorial Guinea"
