"""The level a change of a stated size ended at ('rose by 12 percent to 40 million tonnes') over a span of
years is the span's last year's figure, as the 'to' of 'from … to …' is: the data decides it, agreeing or
not. Invented rows; own sentences."""

from __future__ import annotations

from pathlib import Path

import pytest
from package_support import carbon_package, claim_results, population_and_gdp

from workbench.models import Verdict
from workbench.move_ends import after_change_size

# thousand metric tons of carbon: 2000 → 3,000 kt C (11.0 Mt CO2), 2015 → 3,600 kt C (13.19 Mt CO2)
CARBON = {("NORWAY", 2000): 3000.0, ("NORWAY", 2015): 3600.0}


@pytest.fixture(scope="module")
def packages(tmp_path_factory: pytest.TempPathFactory) -> list[Path]:
    root = tmp_path_factory.mktemp("ends")
    return [carbon_package(root / "carbon", CARBON),
            *population_and_gdp(root, {("Chile", 2010): 17_000_000.0, ("Chile", 2020): 19_300_000.0},
                                {("Chile", 2020): 2.5e11})]


def test_the_level_after_a_percent_rise_over_a_span_is_the_spans_last_year(packages: list[Path]) -> None:
    result = claim_results("Between 2000 and 2015, Norway's carbon dioxide emissions rose by 20 percent to "
                           "13.2 million metric tons of CO2.", packages, date="2016-05-01")
    found = next(r for text, r in result.items() if text.startswith("13.2"))
    assert found.verdict is Verdict.supported, found.explanation
    assert found.evidence[0].period == "2015"


def test_a_level_the_last_years_row_disagrees_with_is_contradicted(packages: list[Path]) -> None:
    result = claim_results("From 2000 to 2015 Norway's CO2 emissions increased 12 per cent to 12.3 million "
                           "metric tons.", packages, date="2016-05-01")
    found = next(r for text, r in result.items() if text.startswith("12.3"))
    assert found.verdict is Verdict.contradicted, found.explanation
    assert found.evidence[0].period == "2015"


def test_a_count_after_a_percent_growth_is_the_spans_last_year(packages: list[Path]) -> None:
    result = claim_results("Between 2010 and 2020 the population of Chile grew by 13.5 percent to 19.3 million "
                           "people.", packages, date="2021-06-01")
    found = next(r for text, r in result.items() if text.startswith("19.3"))
    assert found.verdict is Verdict.supported, found.explanation
    assert found.evidence[0].period == "2020"


@pytest.mark.parametrize("sentence, figure, date, period", [
    ("Between 2000 and 2015, Norway's carbon dioxide emissions grew by 2.2 million metric tons to 13.2 million "
     "metric tons of CO2.", "13.2", "2016-05-01", "2015"),
    ("Between 2010 and 2020 the population of Chile rose by 2.3 million to 19.3 million people.", "19.3",
     "2021-06-01", "2020"),
])
def test_a_level_after_a_change_of_any_size_is_the_spans_last_year(packages: list[Path], sentence: str,
                                                                   figure: str, date: str, period: str) -> None:
    result = claim_results(sentence, packages, date=date)
    found = next(r for text, r in result.items() if text.startswith(figure))
    assert found.verdict is Verdict.supported, found.explanation
    assert found.evidence[0].period == period


def test_a_bare_number_before_to_is_no_size() -> None:
    assert not after_change_size("Unemployment among people aged 15 to ")
    assert after_change_size("Exports climbed by $3 billion to ")


@pytest.mark.parametrize("sentence", [
    "Over the past three years the yearly rise in carbon dioxide at the observatory has climbed from an average "
    "annual increase of 1.2 ppm to more than two.",
    "Over the past three years the yearly rise in carbon dioxide at the observatory has climbed from an average "
    "annual increase of 1.2 ppm to 2.6 ppm.",
])
def test_the_start_of_a_rise_over_the_past_years_is_no_figure_of_those_years(tmp_path: Path, sentence: str) -> None:
    """The span the move took is not the 'from' figure's own: it is an earlier average, of years the text does not
    say, so the span's mean (2.6 ppm here) is no ground for a contradiction; a person decides."""
    from package_support import ppm_package

    growth = ppm_package(tmp_path / "gas", {"co2-gr-mlo": ("Year", "year", "Annual Increase",
                                                           [(2016, 2.5), (2017, 2.6), (2018, 2.7), (2019, 2.6)])})
    result = claim_results(sentence, [growth], date="2020-03-01")
    found = next(r for text, r in result.items() if text.startswith("1.2"))
    assert found.verdict is Verdict.needs_review, found.explanation
    assert found.reason == "different_period"
