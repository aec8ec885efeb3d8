"""A span counted back from the draft's time inside the figure's own clause ('… show that over the last
decade the average rise was 2.4 ppm a year') dates that figure, as one opening the sentence does; a
later figure of the sentence that names its own year ('but in 2019 it rose 2.9 ppm') keeps that year.
Read against a level series it does not fit, the likelier series is the station's the text names, not
its global sibling that happens to lie nearer."""

from __future__ import annotations

from pathlib import Path

import pytest
from package_support import claim_results, cpi_package, ppm_package

from workbench.models import Verdict
from workbench.verify import Reason

# yearly increases (ppm): the station's 2010–2019 average 2.45, the globe's 2.37
STATION_GROWTH = [(year, 2.0 + 0.1 * (year - 2010)) for year in range(2000, 2020)]
GLOBAL_GROWTH = [(year, 1.92 + 0.1 * (year - 2010)) for year in range(2000, 2020)]
STATION_MEAN = [(year, 380.0 + 2.4 * (year - 2005)) for year in range(2000, 2020)]
GLOBAL_MEAN = [(year, 379.0 + 2.4 * (year - 2005)) for year in range(2000, 2020)]


@pytest.fixture(scope="module")
def gas(tmp_path_factory: pytest.TempPathFactory) -> Path:
    return ppm_package(tmp_path_factory.mktemp("gas") / "gas", {
        "co2-gr-mlo": ("Year", "year", "Annual Increase", STATION_GROWTH),
        "co2-gr-gl": ("Year", "year", "Annual Increase", GLOBAL_GROWTH),
        "co2-annmean-mlo": ("Year", "year", "Mean", STATION_MEAN),
        "co2-annmean-gl": ("Year", "year", "Mean", GLOBAL_MEAN),
    })


STATION_LEAD = "The Mauna Loa observatory in Hawaii has measured the gas without a break since 1958.\n\n"
SENTENCE = ("The agency's figures show that over the last decade the average increase of carbon dioxide in the "
            "air has been 2.4 parts per million, but in 2019 the level rose 2.9 ppm, the most on record.")


def test_a_span_in_the_figures_own_clause_dates_its_average(gas: Path) -> None:
    result = claim_results(STATION_LEAD + SENTENCE, [gas], date="2020-03-10")["2.4 parts per million"]
    assert result.verdict is Verdict.supported, result.explanation
    assert result.evidence[0].period == "2010/2019"
    assert result.evidence[0].value == pytest.approx(2.45)


def test_the_likelier_series_is_the_station_the_text_names(gas: Path) -> None:
    # the global growth lies nearer the claim (2.37 against 2.45), but the text names the station
    result = claim_results(STATION_LEAD + SENTENCE, [gas], date="2020-03-10")["2.4 parts per million"]
    assert "gl" not in result.evidence[0].metric.split("(")[-1], result.explanation
    assert result.evidence[0].value == pytest.approx(2.45)


def test_a_later_figure_naming_its_own_year_keeps_that_year(gas: Path) -> None:
    # the span before '2.4 parts per million' is that figure's: '3.4 ppm' is 2019's rise, not a decade's
    result = claim_results(STATION_LEAD + SENTENCE.replace("2.9 ppm", "3.4 ppm"), [gas], date="2020-03-10")["3.4 ppm"]
    assert result.evidence[0].period == "2019", result.explanation
    assert result.verdict is Verdict.contradicted, result.explanation


@pytest.mark.parametrize("span", ["in the last years", "over the past decades"])
def test_a_plural_span_with_no_count_counts_no_years(span: str, tmp_path: Path) -> None:
    # 'the last years' is a run nobody counted, not one year before the draft's: no span to date
    rates = {("Chile", year): 3.0 + 0.2 * (year - 2010) for year in range(2010, 2020)}
    package = cpi_package(tmp_path / "cpi", rates)
    text = f"Figures show that consumer prices in Chile {span} rose by an average of 4.8 percent a year."
    result = claim_results(text, [package], date=None)["4.8 percent"]
    assert result.reason != Reason.SPAN_END_UNKNOWN.value, result.explanation
    assert f"'{span}'" not in result.explanation
