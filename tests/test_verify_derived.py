"""Derived readings: series of changes read directly, multiples over a span, shares of a table's
own total column, and shares never taken of a rate or of an unrelated table.

The rows are real figures, copied from the shared reference sources (never read from there):

- CO2 annual increase, ppm: ``../shared/reference-sources/wild/co2-ppm/data/co2-gr-gl.csv`` (NOAA);
- GDP, current US$: ``../shared/reference-sources/worldbank-gdp/gdp_current_usd_KAZ_RUS.csv``;
- fossil-fuel CO2 by nation, thousand t of carbon:
  ``../shared/reference-sources/wild/co2-fossil-by-nation/data/fossil-fuel-co2-emissions-by-nation.csv``;
- exchange rate, yuan per US$: ``../shared/reference-sources/wild/exchange-rates/data/annual.csv``.
"""

from __future__ import annotations

import csv
import json
from pathlib import Path

import pytest
from conftest import dated_draft
from test_matching import check_text, write_package

from workbench.models import Flag, Verdict

INCREASE = {"name": "co2_increase", "metric": "annual increase of carbon dioxide",
            "aliases": ["CO2 growth rate", "carbon dioxide increase"], "unit": "ppm",
            "rows": [{"period": str(y), "value": v, "source": "NOAA Global Monitoring Laboratory",
                      "url": "https://gml.noaa.gov/ccgg/trends/gl_gr.html"}
                     for y, v in {2015: 2.95, 2016: 2.83, 2017: 2.14, 2018: 2.39, 2019: 2.50, 2020: 2.33,
                                  2021: 2.38, 2022: 2.25, 2023: 2.71}.items()]}
GDP = {"name": "gdp", "metric": "gross domestic product", "aliases": ["GDP", "economy"], "dims": ["country"],
       "unit": "USD", "rows": [{"period": str(y), "value": v, "country": "Kazakhstan"}
                               for y, v in {2000: 18291990619.13, 2009: 115308879518.07,
                                            2022: 225496328925.4941, 2023: 261421121085.57208}.items()]}
EXCHANGE = {"name": "exchange_rate", "metric": "exchange rate", "aliases": ["yuan per dollar"], "kind": "ratio",
            "dims": ["country"], "rows": [{"period": str(y), "value": v, "country": "China"}
                                          for y, v in {1983: 1.9809, 1984: 2.3308}.items()]}
EMISSIONS = {"name": "emissions", "metric": "carbon emissions", "aliases": ["CO2 emissions"], "kind": "level",
             "dims": ["country"], "unit": "t",
             "rows": [{"period": str(y), "value": v, "country": "China"}
                      for y, v in {1983: 1.40e9, 1984: 1.51e9}.items()]}


@pytest.fixture(scope="module")
def package(tmp_path_factory: pytest.TempPathFactory) -> Path:
    return write_package(tmp_path_factory.mktemp("derived") / "reference", [INCREASE, GDP, EXCHANGE, EMISSIONS])


def one(text: str, package: Path, date: str = "2024-06-01", **config: object):
    results, _ = check_text(dated_draft(text, date), package, **config)
    assert len(results) == 1, list(results)
    return next(iter(results.values()))


def test_a_series_of_increases_answers_a_change_from_its_own_row(package: Path) -> None:
    result = one("Carbon dioxide rose by 2.7 ppm in 2023, NOAA said.", package)
    assert result.verdict is Verdict.supported
    lead = result.evidence[0]
    assert (lead.resource, lead.period, lead.value, lead.formula) == ("co2_increase", "2023", 2.71, None)
    wrong = one("Carbon dioxide rose by 3.1 ppm in 2023, NOAA said.", package)
    assert wrong.verdict is Verdict.contradicted and wrong.evidence[0].value == 2.71
    assert wrong.evidence[0].formula is None  # never 2.71 − 2.25, a difference of two increases


def test_the_increase_between_two_consecutive_years_is_the_later_years_row(package: Path) -> None:
    result = one("The carbon dioxide increase between 2021 and 2022 was 2.25 ppm.", package)
    assert result.verdict is Verdict.supported
    assert (result.evidence[0].period, result.evidence[0].value) == ("2022", 2.25)


def test_a_claim_naming_its_year_is_not_out_of_date_by_a_figure_years_older(package: Path) -> None:
    # 2.95 is the 2015 figure: for a claim about 2023 that is a coincidence, not a stale figure.
    far = one("The carbon dioxide increase in 2023 was 2.95 ppm.", package)
    assert far.verdict is Verdict.contradicted and far.reason == "contradicted" and Flag.stale not in far.flags
    assert far.evidence[0].period == "2023"
    # 2.38 is the 2021 figure, two years before: a slip the explanation names.
    near = one("The carbon dioxide increase in 2023 was 2.38 ppm.", package)
    assert near.verdict is Verdict.contradicted and near.reason == "stale"
    assert [e.period for e in near.evidence[:2]] == ["2023", "2021"] and "2021 figure" in near.explanation


def test_a_multiple_over_a_span_is_the_last_years_figure_over_the_first(package: Path) -> None:
    result = one("Kazakhstan's GDP grew 14 times from 2000 to 2023.", package)
    assert result.verdict is Verdict.supported and Flag.derived in result.flags
    lead = result.evidence[0]
    assert lead.formula == "v2023 / v2000" and lead.value == pytest.approx(261421121085.57 / 18291990619.13, rel=1e-6)
    assert [c.period for c in lead.cells] == ["2000", "2023"]
    closer = one("Kazakhstan's GDP grew 2.27 times between 2009 and 2023.", package)
    assert closer.verdict is Verdict.supported and closer.evidence[0].formula == "v2023 / v2009"
    wrong = one("Kazakhstan's GDP grew 20 times from 2000 to 2023.", package)
    assert wrong.verdict is Verdict.contradicted and wrong.evidence[0].formula == "v2023 / v2000"


def test_a_rate_is_never_a_part_of_another_tables_total(package: Path) -> None:
    result = one("In 1984 China's exchange rate stood at 154% of its carbon emissions.", package)
    assert not any(e.formula and "exchange_rate" in e.formula for e in result.evidence)
    assert result.verdict is not Verdict.contradicted


def _wide_package(folder: Path) -> Path:
    """A publisher's wide table: one row per country and year, one column per fuel and the total."""
    folder.mkdir(parents=True)
    columns = ["Year", "Country", "Total", "Solid Fuel", "Cement", "Bunker fuels (Not in Total)"]
    rows = [[2008, "CHINA (MAINLAND)", 2006115, 1563721, 136774, 8941],
            [2012, "CHINA (MAINLAND)", 2628825, 2037338, 194568, 12701],
            [2008, "INDIA", 439655, 304701, 31070, 3582]]
    with (folder / "emissions.csv").open("w", newline="", encoding="utf-8") as handle:
        csv.writer(handle).writerows([columns, *rows])
    values = columns[2:]
    metric = {c: {"metric": f"{c} carbon emissions", "aliases": [c], "unit": "t", "scale": 1000.0, "kind": "level"}
              for c in values}
    (folder / "datapackage.json").write_text(json.dumps({"name": "emissions", "resources": [{
        "name": "emissions", "path": "emissions.csv", "title": "CO2 emissions by nation",
        "schema": {"fields": [{"name": "Year", "type": "year"}, {"name": "Country", "type": "string"},
                              *({"name": c, "type": "number"} for c in values)]},
        "sources": [{"title": "CDIAC", "path": "https://cdiac.ess-dive.lbl.gov"}],
        "workbench": {"fields": {"period": "Year", "value": values}, "metrics": metric}}]}), encoding="utf-8")
    return folder


def test_a_share_of_the_tables_own_total_column(tmp_path: Path) -> None:
    package = _wide_package(tmp_path / "wide")
    results, _ = check_text("---\ndate: 2015-01-01\n---\n\nCement emissions were 6.8% of China's 2008 total.\n",
                            package)
    share = results["6.8%"]
    assert share.verdict is Verdict.supported
    lead = share.evidence[0]
    assert lead.value == pytest.approx(136774 / 2006115 * 100, rel=1e-6)
    assert "cement" in lead.formula and "total" in lead.formula and "bunker" not in lead.formula
    results, _ = check_text("---\ndate: 2015-01-01\n---\n\nCement emissions were 9.8% of China's 2008 total.\n",
                            package)
    assert results["9.8%"].verdict is Verdict.contradicted


MONTHLY = {"name": "fx_monthly", "metric": "exchange rate (monthly)", "aliases": ["exchange rate"], "kind": "ratio",
           "dims": ["country"],
           "rows": [{"period": f"2022-{m:02d}-01", "value": v, "country": "Japan",
                     "source": "Federal Reserve Bank of St. Louis", "url": "https://fred.stlouisfed.org"}
                    for m, v in {8: 135.2835, 9: 143.2843, 10: 147.0515, 11: 142.4450}.items()]
           + [{"period": f"2022-{m:02d}-01", "value": v, "country": "China",
               "source": "Federal Reserve Bank of St. Louis", "url": "https://fred.stlouisfed.org"}
              for m, v in {1: 6.3556, 8: 6.7866}.items()]}
ANNUAL = {"name": "fx_annual", "metric": "exchange rate (annual)", "aliases": ["exchange rate"], "kind": "ratio",
          "dims": ["country"],
          "rows": [{"period": f"{y}-01-01", "value": v, "country": c, "source": "Federal Reserve Bank of St. Louis",
                    "url": "https://fred.stlouisfed.org"}
                   for (y, c), v in {(2021, "China"): 6.4508, (2022, "China"): 6.7290, (2021, "Japan"): 109.8429,
                                     (2022, "Japan"): 131.4589}.items()]}


@pytest.fixture(scope="module")
def rates(tmp_path_factory: pytest.TempPathFactory) -> Path:
    return write_package(tmp_path_factory.mktemp("rates") / "reference", [MONTHLY, ANNUAL])


def test_a_currency_amount_per_dollar_is_read_from_its_countrys_rate_series(rates: Path) -> None:
    result = one("In October 2022 the yen traded at ¥147 per dollar.", rates, "2023-03-01")
    assert result.verdict is Verdict.supported
    lead = result.evidence[0]
    # the row is stamped 2022-10-01 by the publisher and stands for October's average
    assert (lead.resource, lead.period, lead.value, lead.row) == ("fx_monthly", "2022-10", 147.0515, 3)
    wrong = one("In October 2022 the yen traded at ¥139 per dollar.", rates, "2023-03-01")
    assert wrong.verdict is Verdict.contradicted and wrong.evidence[0].value == 147.0515


def test_a_rate_on_a_day_is_not_a_monthly_average(rates: Path) -> None:
    result = one("The yen fell to ¥150 per dollar on Thursday.", rates, "2022-10-20")
    assert result.verdict is Verdict.needs_review and result.reason == "different_period"
    assert (result.evidence[0].resource, result.evidence[0].value) == ("fx_monthly", 147.0515)
    assert "the draft's date, 20 October 2022" in result.explanation and "monthly" in result.explanation


def test_a_yearly_rate_is_read_from_the_yearly_series_and_not_before_the_year_is_over(rates: Path) -> None:
    late = one("The yuan's average exchange rate in 2022 was 6.54 CNY.", rates, "2023-06-01")
    assert late.verdict is Verdict.contradicted
    assert [(e.resource, e.value) for e in late.evidence[:1]] == [("fx_annual", 6.729)]
    assert all(e.resource == "fx_annual" for e in late.evidence)  # no month answers a year
    early = one("The yuan's average exchange rate in 2022 was 6.54 CNY.", rates, "2022-08-16")
    assert early.verdict is Verdict.needs_review and early.reason == "postdated_evidence"
    assert Flag.postdated in early.flags


def test_an_amount_of_money_that_is_no_rate_is_not_read_as_one(rates: Path) -> None:
    result = one("The museum's ticket costs ¥147 in October 2022.", rates, "2023-03-01")
    assert result.verdict is not Verdict.supported and result.evidence == []


def test_a_sum_of_money_beside_an_exchange_rate_is_not_read_as_one(rates: Path) -> None:
    result = one("To defend the exchange rate, Japan spent 2.8 trillion yen in September 2022.", rates, "2023-03-01")
    assert not any(e.resource.startswith("fx_") for e in result.evidence)


def test_a_series_of_another_magnitude_does_not_make_a_contradiction_uncertain(tmp_path: Path) -> None:
    # Real World Bank rows: SP.POP.TOTL and EN.POP.DNST (people per km² of land) for Kazakhstan.
    package = write_package(tmp_path / "ref", [
        {"name": "population", "metric": "population", "aliases": ["inhabitants"], "kind": "count",
         "dims": ["country"], "rows": [{"period": "2020", "value": 19482117, "country": "Kazakhstan"}]},
        {"name": "density", "metric": "population density", "aliases": ["population"], "kind": "count",
         "dims": ["country"], "rows": [{"period": "2020", "value": 7.21, "country": "Kazakhstan"}]}])
    result = one("Kazakhstan's population was 18.75 million in 2020.", package, "2023-01-01")
    assert result.verdict is Verdict.contradicted and result.reason == "contradicted"
    assert result.evidence[0].resource == "population" and result.evidence[0].value == 19482117


@pytest.fixture(scope="module")
def emissions(tmp_path_factory: pytest.TempPathFactory) -> Path:
    # CDIAC, China 2008: total 2,006,115 thousand t of carbon, 1.513 t of carbon per person.
    return write_package(tmp_path_factory.mktemp("emissions") / "reference", [
        {"name": "emissions", "metric": "carbon emissions", "aliases": ["CO2 emissions"], "unit": "t",
         "dims": ["country"], "rows": [{"period": "2008", "value": 2006115000, "country": "China"}]},
        {"name": "emissions_per_capita", "metric": "carbon emissions per capita", "kind": "ratio", "unit": "t",
         "dims": ["country"], "rows": [{"period": "2008", "value": 1.513157606980653, "country": "China"}]}])


def test_the_wrong_measure_names_the_likelier_one(emissions: Path) -> None:
    # 'per citizen' is per-capita wording no series is named by: matched to the total, the gap names the other
    result = one("China's carbon emissions were 1.51 tonnes per citizen in 2008.", emissions, "2015-01-01")
    assert result.verdict is Verdict.needs_review and result.reason == "wrong_measure"
    assert [e.resource for e in result.evidence[:2]] == ["emissions", "emissions_per_capita"]
    assert "a per-capita figure compared with a total" in result.explanation
    assert "the likelier measure is carbon emissions per capita" in result.explanation


def test_a_total_of_another_magnitude_is_no_rival_to_a_supporting_per_capita_series(emissions: Path) -> None:
    result = one("China's carbon emissions were 1.51 tonnes per capita in 2008.", emissions, "2015-01-01")
    assert result.verdict is Verdict.supported and result.reason == "supported_within_tolerance"
    assert result.evidence[0].resource == "emissions_per_capita"


def test_a_rate_on_a_day_against_a_monthly_average_is_worded_as_such(rates: Path) -> None:
    result = one("The yen fell to ¥150 per dollar on Thursday.", rates, "2022-10-20")
    assert "a single-day rate compared with a monthly average" in result.explanation


def test_an_inequality_met_by_a_figure_of_another_order_is_no_support(emissions: Path) -> None:
    # 2,006 million tonnes is 'more than 1.4 million tonnes', but no writer means that: another measure.
    result = one("In 2008 China's carbon emissions were more than 1.4 million tonnes.", emissions, "2015-01-01")
    assert result.verdict is Verdict.needs_review and result.reason == "wrong_measure"
    near = one("In 2008 China's carbon emissions were more than 1.9 billion tonnes.", emissions, "2015-01-01")
    assert near.verdict is Verdict.supported


@pytest.mark.parametrize("against", ["against the greenback", "to the U.S. currency"])
def test_a_bare_rate_quoted_against_the_us_currency_by_another_name(rates: Path, against: str) -> None:
    # 'the greenback' and 'the U.S. currency' are the dollar: the figure is the yen's rate on a day
    result = one(f"On Thursday the yen weakened to 149.85 {against}.", rates, "2022-10-20")
    assert result.verdict is Verdict.needs_review and result.reason == "different_period"
    assert (result.evidence[0].resource, result.evidence[0].value) == ("fx_monthly", 147.0515)


@pytest.mark.parametrize("per", ["per person", "of carbon per person", "per head", "per inhabitant"])
def test_per_person_names_the_per_capita_series(emissions: Path, per: str) -> None:
    result = one(f"China's carbon emissions were 1.51 tonnes {per} in 2008.", emissions, "2015-01-01")
    assert result.verdict is Verdict.supported and result.evidence[0].resource == "emissions_per_capita", \
        result.explanation
    wrong = one(f"China's carbon emissions were 1.71 tonnes {per} in 2008.", emissions, "2015-01-01")
    assert wrong.verdict is Verdict.contradicted and wrong.evidence[0].resource == "emissions_per_capita", \
        wrong.explanation


def test_per_capita_words_opening_the_sentence_name_the_per_capita_series(emissions: Path) -> None:
    result = one("Per inhabitant, China's carbon emissions were 1.51 tonnes in 2008.", emissions, "2015-01-01")
    assert result.verdict is Verdict.supported and result.evidence[0].resource == "emissions_per_capita", \
        result.explanation
