"""An average over a span of years named before its sentence ('data from 2020 to 2022 … the average
during that period', a title '… 2020 - 2022'): the yearly rows of that span are averaged, even when
the sentence dates another figure (the low 'in 2020')."""

from __future__ import annotations

from pathlib import Path

import pytest
from package_support import CPI, claim_results, cpi_package, publisher_package

from workbench.models import Verdict

NORWAY_MEAN = sum(v for (country, _), v in CPI.items() if country == "Norway") / 3


@pytest.fixture(scope="module")
def package(tmp_path_factory: pytest.TempPathFactory) -> Path:
    return cpi_package(tmp_path_factory.mktemp("cpi") / "cpi")


def test_that_period_is_the_span_named_before(package: Path) -> None:
    text = ("Our inflation figures for Norway run from 2020 to 2022. The average rate during that period was "
            "3.5 percent, with a low of 1.3 percent in 2020.")
    result = claim_results(text, [package])["3.5 percent"]
    assert result.verdict is Verdict.supported, result.explanation
    assert result.evidence[0].period == "2020/2022"
    assert result.evidence[0].value == pytest.approx(NORWAY_MEAN, rel=1e-6)
    wrong = claim_results(text.replace("3.5 percent", "4.9 percent"), [package])["4.9 percent"]
    assert wrong.verdict is not Verdict.supported


def test_an_average_with_no_period_takes_the_titles_span(package: Path) -> None:
    text = ("# Norway: consumer price inflation, 2020 - 2022\n\n"
            "The average inflation rate for Norway is 3.53 percent (the average of all years).")
    result = claim_results(text, [package], date=None)["3.53 percent"]
    assert result.verdict is Verdict.supported, result.explanation
    assert result.evidence[0].period == "2020/2022"


def test_a_year_of_its_own_is_kept_without_a_word_pointing_back(package: Path) -> None:
    # 'averaged 5.8 % in 2022' is that year's average, whatever span the sentence before names
    text = "Our inflation figures for Norway run from 2020 to 2022. Inflation averaged 5.8 percent in 2022."
    result = claim_results(text, [package])["5.8 percent"]
    assert result.verdict is Verdict.supported, result.explanation
    assert result.evidence[0].period == "2022"


def test_a_minimum_dated_after_it_is_that_years_figure(package: Path) -> None:
    # the sentence points back to the span for its average, not for the low it dates itself
    text = ("Our inflation figures for Norway run from 2020 to 2022. The average rate during that period was "
            "3.5 percent, with a minimum of 1.3 percent in 2020.")
    low = claim_results(text, [package])["1.3 percent"]
    assert low.evidence[0].period == "2020", low.explanation
    assert low.evidence[0].value == pytest.approx(CPI[("Norway", 2020)])



POPULATION = {("Norway", 2010): 4.9e6, ("Norway", 2019): 5.35e6, ("Norway", 2020): 5.4e6,
              ("Chile", 2010): 17.0e6, ("Chile", 2019): 19.0e6, ("Chile", 2020): 19.3e6}


def test_a_change_with_no_period_is_over_the_span_compared_before(tmp_path: Path) -> None:
    people = publisher_package(tmp_path / "pop", "population", "Population, total", "Population", POPULATION,
                               description="Total population")
    text = "Norway's population rose 10 percent between 2010 and 2020. Chile's population grew 13.5 percent."
    result = claim_results(text, [people])["13.5 percent"]
    assert result.verdict is Verdict.supported, result.explanation
    assert result.evidence[0].value == pytest.approx((19.3 / 17.0 - 1) * 100, rel=1e-4)
    wrong = claim_results(text.replace("13.5 percent", "1.6 percent"), [people])["1.6 percent"]
    assert wrong.verdict is not Verdict.supported


def test_the_ends_of_a_change_take_the_years_of_the_change_before(tmp_path: Path) -> None:
    people = publisher_package(tmp_path / "pop", "population", "Population, total", "Population", POPULATION,
                               description="Total population")
    text = ("Norway's population rose from 4.9 million in 2010 to 5.4 million in 2020. "
            "Chile's population grew from 17.0 million to 19.3 million.")
    results = claim_results(text, [people])
    first, last = results["17.0 million"], results["19.3 million"]
    assert first.verdict is Verdict.supported and first.evidence[0].period == "2010", first.explanation
    assert last.verdict is Verdict.supported and last.evidence[0].period == "2020", last.explanation
    # the first end against the last year's row would be a false alarm; against 2010's a wrong one is caught
    wrong = claim_results(text.replace("17.0 million", "15.0 million"), [people])["15.0 million"]
    assert wrong.verdict is Verdict.contradicted and wrong.evidence[0].period == "2010"


def test_a_change_of_the_present_is_not_carried_over_the_span(tmp_path: Path) -> None:
    people = publisher_package(tmp_path / "pop", "population", "Population, total", "Population", POPULATION,
                               description="Total population")
    text = "Norway's population rose 10 percent between 2010 and 2020. Chile's population is now up 1.6 percent."
    result = claim_results(text, [people], date="2021-06-01")["1.6 percent"]
    assert result.evidence and "2010" not in result.evidence[0].period, result.explanation
