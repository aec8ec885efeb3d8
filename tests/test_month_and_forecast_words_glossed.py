"""Words of other languages that date a rate or make it a forecast, read through their English glosses
(workbench/data/languages.json):

- Czech month adjectives ('z říjnové hodnoty 2,9 procenta', from October's value): the figure is that
  month's 12-month rate, not the year's average, which agreeing or not neither confirms nor refutes it;
- Albanian 'respektivisht në muajt janar dhe shkurt' (respectively in the months January and February): the
  figures are those months' rates, of the draft's year, not the last complete year's averages;
- Romanian 'în noua rundă de prognoze' (in the new round of forecasts): a forecast for the year the draft is
  written in is no outcome, even when the year's row, published later, agrees.
The packages are shaped like the World Bank's consumer-price file; their figures are invented."""

from __future__ import annotations

from pathlib import Path

from package_support import claim_results, cpi_package

from workbench.models import Verdict


def test_a_czech_month_adjective_dates_the_figure_to_that_month(tmp_path: Path) -> None:
    package = cpi_package(tmp_path / "cpi", {("Czechia", 2019): 2.9, ("Czechia", 2020): 3.2})
    text = ("Ceny zboží rostly pomaleji než v České republice, kde inflace rovněž zpomalila, a to na 2,7 procenta "
            "z říjnové hodnoty 2,9 procenta.")
    result = claim_results(text, [package], date="2020-12-10")["2,9 procenta"]
    assert result.verdict is Verdict.needs_review, result.explanation


def test_albanian_months_named_respectively_date_the_figures_to_the_drafts_year(tmp_path: Path) -> None:
    package = cpi_package(tmp_path / "cpi", {("Albania", 2021): 2.0, ("Albania", 2022): 6.7})
    text = "Në Shqipëri, inflacioni arriti 4.1 përqind dhe 4.6 përqind, respektivisht në muajt janar dhe shkurt."
    results = claim_results(text, [package], date="2022-03-10")
    for figure in ("4.1 përqind", "4.6 përqind"):
        result = results[figure]
        assert result.verdict is Verdict.needs_review, (figure, result.explanation)
        assert "2022" in result.explanation, result.explanation


def test_a_romanian_round_of_forecasts_for_the_drafts_year_is_no_outcome(tmp_path: Path) -> None:
    package = cpi_package(tmp_path / "cpi", {("Moldova", 2016): 6.4, ("Moldova", 2017): 6.6})
    text = ("În noua rundă de prognoze, banca centrală a Moldovei plasează rata inflației anuale pentru 2017 "
            "la nivel de 6,6%.")
    result = claim_results(text, [package], date="2017-11-15")["6,6%"]
    assert result.verdict is Verdict.needs_review, result.explanation
