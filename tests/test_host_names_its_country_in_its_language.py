"""A page's host may name its country in that country's own language ('prix-cameroun.cm', 'preise-
deutschland.de'): on a page in English whose text names no place, the host's word is read as the country
its country-code domain stands for, when a listed language official there names it so; the explanation
says the place came from the address. A host under another domain ('.com'), or a word naming another
country, gives no place, so the figure stays unplaced for a person. Hosts and figures invented here."""

from __future__ import annotations

from pathlib import Path

import pytest
from package_support import claim_results, cpi_package

from workbench.models import ClaimResult, Verdict
from workbench.verify import Reason

ROWS = {("Cameroon", 2021): 2.3, ("Cameroon", 2022): 6.3, ("Germany", 2021): 3.1, ("Germany", 2022): 6.9,
        ("Chile", 2022): 11.6}


@pytest.fixture(scope="module")
def cpi(tmp_path_factory: pytest.TempPathFactory) -> list[Path]:
    return [cpi_package(tmp_path_factory.mktemp("cpi") / "cpi", ROWS)]


def _result(url: str, text: str, packages: list[Path]) -> ClaimResult:
    [result] = claim_results(text, packages, url=url).values()
    return result


@pytest.mark.parametrize(("url", "place"), [("https://prix-cameroun.cm/en/notes/2023", "Cameroon"),
                                           ("https://www.preise-deutschland.de/en/2023/", "Germany")])
def test_the_hosts_word_in_its_countrys_language_names_the_place(cpi: list[Path], url: str, place: str) -> None:
    figure = {"Cameroon": "6.3%", "Germany": "6.9%"}[place]
    result = _result(url, f"The general price level increased by {figure} in 2022.", cpi)
    assert result.verdict is Verdict.supported, result.explanation
    assert result.evidence[0].dimensions.get("Country") == place
    assert "address" in result.explanation


def test_a_generic_domain_gives_no_country(cpi: list[Path]) -> None:
    result = _result("https://prix-cameroun.com/en/notes/2023", "The general price level increased by 6.3% in 2022.", cpi)
    assert result.reason == Reason.PLACE_UNNAMED.value, result.explanation


def test_a_word_naming_another_country_than_the_domains_gives_none(cpi: list[Path]) -> None:
    result = _result("https://prix-cameroun.de/en/notes/2023", "The general price level increased by 6.3% in 2022.", cpi)
    assert result.reason == Reason.PLACE_UNNAMED.value, result.explanation


@pytest.mark.parametrize("url", ["https://www.cso.cl/en/releases/prices-2022/", "https://nso.cl/en/releases/prices-2022/"])
def test_a_statistics_offices_acronym_under_a_country_domain_names_the_country(cpi: list[Path], url: str) -> None:
    # a central or national statistics office's acronym as the host's label: the office speaks for its country
    result = _result(url, "The general price level increased by 11.6% in 2022.", cpi)
    assert result.verdict is Verdict.supported, result.explanation
    assert result.evidence[0].dimensions.get("Country") == "Chile"


def test_a_statistics_offices_acronym_under_a_generic_domain_names_none(cpi: list[Path]) -> None:
    result = _result("https://www.cso.org/en/releases/prices-2022/", "The general price level increased by 11.6% in 2022.", cpi)
    assert result.reason == Reason.PLACE_UNNAMED.value, result.explanation
