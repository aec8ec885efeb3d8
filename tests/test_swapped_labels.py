"""A package whose two series' labels are swapped upstream (the deflator filed as 'consumer', consumer
prices as 'gdp'): the figures show it — one series has the figures of a consumer-price index published
elsewhere, the other does not — so a sentence naming the GDP deflator is read from the series that
holds it, not the one its label names. Invented figures; the sentences are written here."""

from __future__ import annotations

import json
from pathlib import Path

import pytest
from package_support import claim_results, publisher_package

from workbench.models import Verdict

YEARS = range(2000, 2012)
CPI = {(c, y): round(2.0 + 0.3 * i + 0.1 * (y - 2000), 3) for i, c in enumerate(["Norway", "Chile"]) for y in YEARS}
DEFLATOR = {(c, y): round(-4.0 + 0.7 * i + 0.2 * (y - 2000), 3) for i, c in enumerate(["Norway", "Chile"])
            for y in YEARS}
WORDS = "Annual growth rate of the GDP implicit deflator and inflation measured by the consumer price index"


def _swapped(folder: Path) -> Path:
    """Both series in one package, each under the other's name, as an upstream slip ships them."""
    publisher_package(folder, "inflation", "Inflation", "Inflation", CPI, resource="inflation-gdp")
    first = json.loads((folder / "datapackage.json").read_text(encoding="utf-8"))["resources"]
    publisher_package(folder, "inflation", "Annual inflation by GDP deflator and consumer prices", "Inflation",
                      DEFLATOR, resource="inflation-consumer")
    descriptor = json.loads((folder / "datapackage.json").read_text(encoding="utf-8"))
    descriptor["resources"] = first + descriptor["resources"]
    descriptor["description"] = WORDS
    (folder / "datapackage.json").write_text(json.dumps(descriptor, indent=1), encoding="utf-8")
    return folder


@pytest.fixture()
def packages(tmp_path: Path) -> list[Path]:
    cpi = publisher_package(tmp_path / "cpi", "cpi", "Consumer Price Index (CPI)", "CPI", CPI,
                            description="Consumer prices, annual %")
    return [_swapped(tmp_path / "inflation"), cpi]


def _one(text: str, packages: list[Path], figure: str):
    return claim_results(text, packages, date="2015-03-01")[figure]


def test_the_deflator_named_is_read_from_the_series_that_holds_it(packages: list[Path]) -> None:
    right = _one(f"The GDP deflator inflation in Chile was {DEFLATOR[('Chile', 2009)]} % in 2009.", packages,
                 f"{DEFLATOR[('Chile', 2009)]} %")
    assert right.verdict is Verdict.supported, right.explanation
    assert right.evidence[0].resource == "inflation-consumer"
    wrong = _one(f"The GDP deflator inflation in Chile was {CPI[('Chile', 2009)]} % in 2009.", packages,
                 f"{CPI[('Chile', 2009)]} %")  # the consumer-price figure is no evidence for the deflator
    assert wrong.verdict is not Verdict.supported, wrong.explanation


def test_plain_inflation_is_still_the_consumer_price_series(packages: list[Path]) -> None:
    result = _one(f"Inflation in Chile was {CPI[('Chile', 2009)]} % in 2009.", packages, f"{CPI[('Chile', 2009)]} %")
    assert result.verdict is Verdict.supported, result.explanation
    assert result.evidence[0].resource != "inflation-consumer"


def _labelled_right(folder: Path) -> Path:
    publisher_package(folder, "inflation", "Inflation", "Inflation", DEFLATOR, resource="inflation-gdp")
    first = json.loads((folder / "datapackage.json").read_text(encoding="utf-8"))["resources"]
    publisher_package(folder, "inflation", "Inflation", "Inflation", CPI, resource="inflation-consumer")
    descriptor = json.loads((folder / "datapackage.json").read_text(encoding="utf-8"))
    descriptor["resources"] = first + descriptor["resources"]
    descriptor["description"] = WORDS
    (folder / "datapackage.json").write_text(json.dumps(descriptor, indent=1), encoding="utf-8")
    return folder


def test_labels_the_figures_do_not_belie_are_read_as_labelled(tmp_path: Path) -> None:
    cpi = publisher_package(tmp_path / "cpi", "cpi", "Consumer Price Index (CPI)", "CPI", CPI,
                            description="Consumer prices, annual %")
    packages = [_labelled_right(tmp_path / "inflation"), cpi]
    result = _one(f"The GDP deflator inflation in Chile was {DEFLATOR[('Chile', 2009)]} % in 2009.", packages,
                  f"{DEFLATOR[('Chile', 2009)]} %")
    assert result.verdict is Verdict.supported, result.explanation
    assert result.evidence[0].resource == "inflation-gdp"


def test_gdp_said_of_another_figure_names_no_deflator(packages: list[Path]) -> None:
    """'GDP' as the subject of the growth figures before names no deflator for the inflation figure whose own words
    call it inflation: the consumer-price row judges it, in English and read through French alike."""
    cpi, deflator = CPI[("Chile", 2009)], DEFLATOR[("Chile", 2009)]
    for text in (f"In Chile GDP grew 5.1 % in 2008 and 4.4 % in 2009, a year in which inflation reached {cpi} %.",
                 f"Au Chili, le PIB a progressé de 5,1 % en 2008 et de 4,4 % en 2009, année où l'inflation a atteint "
                 f"{str(cpi).replace('.', ',')} %."):
        figure = f"{cpi} %" if "Chile" in text else f"{str(cpi).replace('.', ',')} %"
        result = _one(text, packages, figure)
        assert result.verdict is Verdict.supported, result.explanation
        assert result.evidence[0].resource != "inflation-consumer"
    # the deflator's figure is no evidence for it
    wrong = _one(f"In Chile GDP grew 5.1 % in 2008 and 4.4 % in 2009, a year in which inflation reached {deflator} %.",
                 packages, f"{deflator} %")
    assert wrong.verdict is not Verdict.supported, wrong.explanation


def test_gdp_in_the_heading_of_an_inflation_figure_names_no_deflator(packages: list[Path]) -> None:
    cpi = CPI[("Chile", 2010)]
    result = _one(f"# Chile expects GDP growth of 6 % next year\n\nInflation reached {cpi} % in 2010.", packages,
                  f"{cpi} %")
    assert result.verdict is Verdict.supported, result.explanation
    assert result.evidence[0].resource != "inflation-consumer"


def test_a_deflator_named_once_for_a_list_of_years_holds_for_each(packages: list[Path]) -> None:
    """The figure's own words name no measure: the 'GDP deflator' before is said of it too."""
    first, second = DEFLATOR[("Chile", 2008)], DEFLATOR[("Chile", 2009)]
    results = claim_results(f"In Chile the GDP deflator rose {first} % in 2008 and {second} % in 2009.", packages,
                            date="2015-03-01")
    for figure in (f"{first} %", f"{second} %"):
        assert results[figure].verdict is Verdict.supported, results[figure].explanation
        assert results[figure].evidence[0].resource == "inflation-consumer"


def test_a_deflator_named_before_a_closed_bracket_is_the_figure_s(packages: list[Path]) -> None:
    """A bracket closed before the figure ('(annual %)') does not cut its own words off from the name before it."""
    deflator = DEFLATOR[("Chile", 2007)]
    result = _one(f"The value for Inflation, GDP deflator (annual %) in Chile was {deflator} as of 2007.", packages,
                  f"{deflator}")
    assert result.verdict is Verdict.supported, result.explanation
    assert result.evidence[0].resource == "inflation-consumer"
