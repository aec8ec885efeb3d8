"""Periods, history, magnitude and postdated evidence: verdicts that name the mistake.

The rows are real figures, copied from the shared reference sources (never read from there, so the
tests run anywhere):

- consumer-price inflation, annual %: ``../shared/reference-sources/wild/inflation/data/inflation-gdp.csv``
  (World Bank FP.CPI.TOTL.ZG; the upstream file is labelled the wrong way round, the values are CPI);
- population: ``../shared/reference-sources/worldbank-population/population_KAZ_RUS.csv`` (SP.POP.TOTL);
- GDP, current US$: ``../shared/reference-sources/worldbank-gdp/gdp_current_usd_KAZ_RUS.csv`` (NY.GDP.MKTP.CD).
"""

from __future__ import annotations

from pathlib import Path

import pytest
from conftest import dated_draft
from test_matching import check_text, write_package

from workbench.models import Flag, Verdict
from workbench.periods import granularity, parse_period

INFLATION = {"name": "inflation", "metric": "inflation", "aliases": ["consumer prices", "inflation rate"],
             "dims": ["country"], "unit": "%",
             "rows": [{"period": str(year), "value": value, "country": country,
                       "source": "World Bank, Inflation, consumer prices (annual %)",
                       "url": "https://data.worldbank.org/indicator/FP.CPI.TOTL.ZG"}
                      for country, values in {
                          "United States": {2015: 0.118627135552451, 2016: 1.26158320570536,
                                            2017: 2.13011000365961, 2018: 2.44258329692817,
                                            2019: 1.81221007526021, 2020: 1.23358439630629,
                                            2021: 4.69785886363742, 2022: 8.00279982052121,
                                            2023: 4.11633838374488},
                          "United Kingdom": {2021: 2.51837109614213, 2022: 7.92204883147902,
                                             2023: 6.79396706793963}}.items()
                      for year, value in values.items()]}
POPULATION = {"name": "population", "metric": "population", "aliases": ["inhabitants", "people"],
              "kind": "count", "dims": ["country"],
              "rows": [{"period": str(y), "value": v, "country": "Kazakhstan"}
                       for y, v in {2021: 19743603, 2022: 20034609, 2023: 20330104}.items()]}
GDP = {"name": "gdp", "metric": "gross domestic product", "aliases": ["GDP", "economy"], "dims": ["country"],
       "unit": "USD", "rows": [{"period": str(y), "value": v, "country": "Kazakhstan"}
                               for y, v in {2021: 197112255360.61234, 2022: 225496328925.4941,
                                            2023: 261421121085.57208}.items()]}


@pytest.fixture(scope="module")
def package(tmp_path_factory: pytest.TempPathFactory) -> Path:
    return write_package(tmp_path_factory.mktemp("periods") / "reference", [INFLATION, POPULATION, GDP])


def one(text: str, package: Path, date: str, **config: object):
    results, _ = check_text(dated_draft(text, date), package, **config)
    assert len(results) == 1, list(results)
    return next(iter(results.values()))


def test_granularity_of_periods() -> None:
    assert [granularity(parse_period(p)) for p in
            ("2022", "2022-05", "2022-04/2022-06", "2022-01/2022-08", "2022-06/2023-05", "2010/2014",
             "2023-01-01")] == ["year", "month", "quarter", "year_to_date", "trailing_12_months", "multi_year",
                                "day"]


def test_every_result_carries_its_reason_code(package: Path) -> None:
    result = one("In 2022, inflation in the United States was 8%.", package, "2023-06-01")
    assert result.verdict is Verdict.supported and result.reason == "supported_within_tolerance"


def test_a_year_mixup_names_the_year_the_figure_belongs_to(package: Path) -> None:
    result = one("In 2021, inflation in the United States was 8%.", package, "2023-06-01")
    assert result.verdict is Verdict.contradicted and result.reason == "year_mixup"
    assert [e.period for e in result.evidence[:2]] == ["2021", "2022"]
    assert "the 2022 figure" in result.explanation and "not 2021's" in result.explanation


def test_an_older_figure_outside_the_window_is_a_coincidence(package: Path) -> None:
    # 1.2 % is the 2020 figure; the draft speaks of the latest year (2023: 4.1 %).
    within = one("Inflation in the United States is 1.2%.", package, "2024-03-01")
    assert within.verdict is Verdict.contradicted and within.reason == "stale" and Flag.stale in within.flags
    beyond = one("Inflation in the United States is 1.2%.", package, "2024-03-01",
                 tolerances={"stale_window_years": 2})
    assert beyond.verdict is Verdict.contradicted and beyond.reason == "contradicted"


def test_a_draft_dated_mid_year_is_not_compared_with_that_years_annual_figure(package: Path) -> None:
    # June 2023: the latest complete year is 2022 (20.03 million), not 2023 (20.33 million).
    result = one("Kazakhstan has 20 million inhabitants.", package, "2023-06-01")
    assert result.verdict is Verdict.supported and result.evidence[0].period == "2022"
    assert Flag.postdated not in result.flags


def test_evidence_that_postdates_the_draft_is_flagged_and_said(package: Path) -> None:
    # a statistics office reports the year's average rate in its last days, before the row is out
    result = one("In 2023, inflation in the United Kingdom was 6.8%.", package, "2023-12-20")
    assert result.verdict is Verdict.supported and Flag.postdated in result.flags
    assert result.reason == "supported_by_later_data"
    assert "after the draft's date 2023-12-20" in result.explanation
    wrong = one("In 2023, Kazakhstan had 25 million inhabitants.", package, "2023-06-01")
    assert wrong.verdict is Verdict.needs_review and wrong.reason == "postdated_evidence"


@pytest.mark.parametrize("text", ["In 2023, Kazakhstan had 20.3 million inhabitants.",
                                  "This year Kazakhstan has 20.3 million inhabitants."])
def test_a_count_of_the_year_not_over_is_no_pass_by_that_years_later_row(package: Path, text: str) -> None:
    # June 2023: no figure for the whole of 2023 existed; the writer's is a count of a day of it
    result = one(text, package, "2023-06-01")
    assert result.verdict is Verdict.needs_review and result.reason == "different_period"
    assert Flag.postdated in result.flags and result.evidence[0].period == "2023"
    assert "2023 was not over on 1 June 2023" in result.explanation
    over = one(text.replace("This year", "Last year").replace("has", "had"), package, "2024-06-01")
    assert over.verdict is Verdict.supported and Flag.postdated not in over.flags


def test_a_monthly_rate_is_not_judged_against_an_annual_average(package: Path) -> None:
    result = one("Inflation in the United States hit 8.6% in May 2022.", package, "2022-06-20")
    assert result.claim.period == "2022-05"
    assert result.verdict is Verdict.needs_review and result.reason == "different_period"
    assert "a monthly rate compared with an annual average" in result.explanation


def test_a_claimed_year_inside_a_reference_span_is_compared(tmp_path: Path) -> None:
    # The mean of the World Bank's US figures for 2015–2019 (rows above), published as one span row.
    span = {**INFLATION, "rows": [{"period": "2015/2019", "value": 1.5530, "country": "United States"}]}
    package = write_package(tmp_path / "ref", [span])
    result = one("In 2017, inflation in the United States was 1.55%.", package, "2020-06-01")
    assert result.verdict is Verdict.supported and result.evidence[0].period == "2015/2019"


def test_a_rate_series_supports_both_points_and_percent(package: Path) -> None:
    # UK: 7.92 % in 2022, 6.79 % in 2023: down 1.13 points, or 14.2 % of the rate.
    points = one("In 2023, inflation in the United Kingdom fell 1.1 percentage points.", package, "2024-03-01")
    assert points.verdict is Verdict.supported, points.explanation
    relative = one("In 2023, inflation in the United Kingdom fell 14%.", package, "2024-03-01")
    assert relative.verdict is Verdict.supported, relative.explanation
    mixed = one("In 2023, inflation in the United Kingdom fell 1.1%.", package, "2024-03-01")
    assert mixed.verdict is Verdict.contradicted and mixed.reason == "points_not_percent"
    assert "percentage points, not percent" in mixed.explanation


def test_a_slip_of_scale_stays_contradicted_and_says_which(package: Path) -> None:
    result = one("In 2023, Kazakhstan's GDP was 261.4 million dollars.", package, "2024-09-01")
    assert result.verdict is Verdict.contradicted and result.reason == "scale_slip"
    assert "billion, not million" in result.explanation


def test_a_gap_no_slip_explains_is_the_wrong_measure(package: Path) -> None:
    # 12,859 USD is GDP per person (261.4 billion ÷ 20.33 million): no total is that small.
    result = one("In 2023, Kazakhstan's GDP per capita was 9,000 dollars.", package, "2024-09-01",
                 tolerances={"per_capita_words": ["per capita"], "population_words": ["nothing"]})
    assert result.verdict is Verdict.needs_review and result.reason == "wrong_measure"
    assert "a per-capita figure compared with a total" in result.explanation
    assert "times" in result.explanation


def test_a_per_capita_claim_is_read_against_the_total_divided_by_the_population(package: Path) -> None:
    # 261.42 billion USD ÷ 20,330,104 people = 12,859 USD per person in 2023.
    result = one("In 2023, Kazakhstan's GDP per capita was 12,860 dollars.", package, "2024-09-01")
    assert result.verdict is Verdict.supported and Flag.derived in result.flags, result.explanation
    lead = result.evidence[0]
    assert lead.value == pytest.approx(261421121085.57208 / 20330104, rel=1e-6)
    assert [c.resource for c in lead.cells] == ["gdp", "population"]
    assert "per person" in result.explanation
    wrong = one("In 2023, Kazakhstan's GDP per capita was 9,000 dollars.", package, "2024-09-01")
    assert wrong.verdict is Verdict.contradicted and wrong.reason == "contradicted"


def test_a_sentence_referring_back_to_a_per_capita_measure_is_read_per_capita(package: Path) -> None:
    # 225.50 billion USD ÷ 20,034,609 people = 11,255 USD per person in 2022
    before = "The fund expects Kazakhstan's GDP per capita to reach $15,000 in 2030."
    for figure, verdict in (("$11,260", Verdict.supported), ("$10,500", Verdict.contradicted)):
        results, _ = check_text(f"---\ndate: 2024-09-01\n---\n\n{before} The country last led its neighbours "
                                f"in this metric in 2022, at {figure}.\n", package)
        result = results[figure]
        assert result.verdict is verdict and result.evidence[0].formula, result.explanation
        assert result.evidence[0].value == pytest.approx(225496328925.4941 / 20034609, rel=1e-6)


def test_a_count_on_the_day_a_stocks_rows_count_is_judged_by_that_years_row(package: Path) -> None:
    # yearly population rows are mid-year estimates (``stock_row_day``, 1 July by default)
    mid_year = one("Kazakhstan's population was 20,034,609 as of July 1, 2022.", package, "2023-03-01")
    assert mid_year.verdict is Verdict.supported and mid_year.evidence[0].period == "2022"
    wrong = one("Kazakhstan's population was 19,100,000 as of July 1, 2022.", package, "2023-03-01")
    assert wrong.verdict is Verdict.contradicted and wrong.evidence[0].period == "2022"
    # another day's count is another figure, agreeing or not
    other_day = one("Kazakhstan's population was 20,034,609 as of August 1, 2022.", package, "2023-03-01")
    assert (other_day.verdict, other_day.reason) == (Verdict.needs_review, "different_period")
    # a newsroom whose stock data are 1 January counts says so
    january = {"tolerances": {"stock_row_day": "01-01"}}
    assert one("Kazakhstan's population was 20,034,609 as of January 1, 2022.", package, "2023-03-01",
               **january).verdict is Verdict.supported
    assert one("Kazakhstan's population was 20,034,609 as of July 1, 2022.", package, "2023-03-01",
               **january).reason == "different_period"


def test_a_list_whose_first_figure_is_the_sum_of_the_rest_states_its_own_total(package: Path) -> None:
    results, _ = check_text("---\ndate: 2023-06-01\n---\n\nIn 2022 Kazakhstan had about 20.0 million inhabitants, "
                            "roughly 12.4 million in the towns, and 7.6 million in the countryside.\n", package)
    assert results["20.0 million"].verdict is Verdict.supported
    # the parts are no figures of the whole country's population
    for part in ("12.4 million", "7.6 million"):
        assert results[part].verdict is not Verdict.contradicted, results[part].explanation
        assert all(e.resource != "population" for e in results[part].evidence)


def test_several_years_are_read_from_their_yearly_rows(package: Path) -> None:
    # US 2015–2019: 0.12, 1.26, 2.13, 2.44, 1.81 → mean 1.553, lowest 0.12, highest 2.44.
    average = one("Between 2015 and 2019, inflation in the United States averaged 1.55% a year.", package,
                  "2020-06-01")
    assert average.verdict is Verdict.supported and Flag.derived in average.flags, average.explanation
    assert average.evidence[0].value == pytest.approx(1.55302, abs=1e-4) and len(average.evidence[0].cells) == 5
    assert "mean(v2015…v2019)" in average.explanation
    wrong = one("Between 2015 and 2019, inflation in the United States averaged 2.5% a year.", package,
                "2020-06-01")
    assert wrong.verdict is Verdict.contradicted
    spread = one("Between 2015 and 2019, inflation in the United States was between 0.1% and 2.4%.", package,
                 "2020-06-01")
    assert spread.verdict is Verdict.supported, spread.explanation
    assert "min and max" in spread.evidence[0].formula


def test_growth_over_several_years_is_compound_annual_growth(package: Path) -> None:
    # Kazakhstan's GDP: 197.11 billion USD in 2021, 261.42 billion in 2023 → (261.42 / 197.11) ^ (1/2) - 1 = 15.16 %.
    result = one("Kazakhstan's GDP grew 15.2% a year on average between 2021 and 2023.", package, "2024-09-01")
    assert result.verdict is Verdict.supported and Flag.derived in result.flags, result.explanation
    shown = {e.formula: e.value for e in result.evidence}
    assert shown["((v2023 / v2021) ^ (1 / 2) - 1) × 100"] == pytest.approx(15.163, abs=0.01)
    assert shown["mean of the yearly growth rates 2021…2023"] == pytest.approx(15.166, abs=0.01)


def test_a_share_of_an_additive_total_named_in_the_text(tmp_path: Path) -> None:
    # 2023: Kazakhstan 261.42 billion USD, Russian Federation 2,021.42 billion USD → 12.93 %.
    gdp = {**GDP, "dimension_aliases": {"country": {"Russian Federation": ["Russia"]}},
           "rows": [*GDP["rows"], {"period": "2023", "value": 2021421476035.417, "country": "Russian Federation"}]}
    package = write_package(tmp_path / "ref", [gdp])
    result = one("In 2023, Kazakhstan's economy was 12.9% of Russia's economy.", package, "2024-09-01")
    assert result.verdict is Verdict.supported and Flag.derived in result.flags, result.explanation
    lead = result.evidence[0]
    assert lead.value == pytest.approx(261421121085.57208 / 2021421476035.417 * 100, rel=1e-6)
    assert lead.formula == "Kazakhstan[2023] / Russian Federation[2023] × 100"


def test_an_average_growth_between_the_compound_and_the_mean_rate_is_unclear(tmp_path: Path) -> None:
    # Kazakhstan's GDP 2014–2023: compound 1.86 % a year, mean of the yearly rates 3.09 %.
    values = {2014: 221415613595.46927, 2015: 184388404706.04178, 2016: 137278320084.17114,
              2017: 166805788827.23325, 2018: 179339977690.48486, 2019: 181667184854.50052,
              2020: 171082365861.4229, 2021: 197112255360.61234, 2022: 225496328925.4941,
              2023: 261421121085.57208}
    gdp = {**GDP, "rows": [{"period": str(y), "value": v, "country": "Kazakhstan"} for y, v in values.items()]}
    package = write_package(tmp_path / "ref", [gdp])
    result = one("Kazakhstan's GDP grew 2.5% a year on average between 2014 and 2023.", package, "2024-09-01")
    assert result.verdict is Verdict.needs_review and result.reason == "average_unclear", result.explanation
    assert [e.value for e in result.evidence[:2]] == [pytest.approx(1.863, abs=1e-3), pytest.approx(3.085, abs=1e-3)]
    compound = one("Kazakhstan's GDP grew 1.9% a year on average between 2014 and 2023.", package, "2024-09-01")
    assert compound.verdict is Verdict.supported


@pytest.mark.parametrize("text", ["Inflation in the United Kingdom hit 9.4% in June.",
                                  "The United Kingdom's inflation rate was 9.4% in the second quarter.",
                                  "The United Kingdom's inflation rate was 9.4% as at June."])
def test_a_figure_shorter_than_any_row_is_a_different_period_in_a_year_the_rows_hold(package: Path, text: str) -> None:
    # June 2023 or its second quarter: the package has annual averages only; the year's average is
    # another period, never a contradiction.
    result = one(text, package, "2023-07-10")
    assert result.verdict is Verdict.needs_review and result.reason == "different_period"
    assert result.evidence and result.evidence[0].dimensions["country"] == "United Kingdom"
    assert result.evidence[0].period == "2023"
    assert "rate compared with an annual average" in result.explanation


@pytest.mark.parametrize("text", ["Inflation in the United Kingdom hit 9.4% in June.",
                                  "The United Kingdom's inflation rate was 9.4% in the second quarter."])
def test_a_figure_shorter_than_any_row_past_the_places_last_row_is_unsupported(package: Path, text: str) -> None:
    # June 2025: the United Kingdom's rows end in 2023, so no row can judge the month (verdicts.md: a
    # period outside the data is unsupported); the nearest year is shown, never a contradiction.
    result = one(text, package, "2025-07-10")
    assert result.verdict is Verdict.unsupported, result.explanation
    assert result.evidence and result.evidence[0].dimensions["country"] == "United Kingdom"
    assert result.evidence[0].period == "2023"


def test_a_day_written_out_is_that_day(package: Path) -> None:
    for text in ("Kazakhstan had 20,100,000 inhabitants as of March 1, 2023.",
                 "Kazakhstan had 20,100,000 inhabitants on 1 March 2023."):
        result = one(text, package, "2023-06-01")
        assert result.claim.period == "2023-03-01"


def test_a_count_on_a_day_that_disagrees_with_the_annual_estimate_is_a_different_period(package: Path) -> None:
    # A 1 March count is not the year's mid-year estimate: agreeing or not, it is another day's figure,
    # for a person to judge — neither a contradiction nor support.
    off = one("Kazakhstan had 19,600,000 inhabitants as of March 1, 2022.", package, "2023-06-01")
    assert off.verdict is Verdict.needs_review and off.reason == "different_period"
    assert "a single-day figure compared with an annual figure" in off.explanation
    agrees = one("Kazakhstan had 20,030,000 inhabitants as of March 1, 2022.", package, "2023-06-01")
    assert agrees.verdict is Verdict.needs_review and agrees.reason == "different_period"


@pytest.mark.parametrize("text", ["So far this year, the United Kingdom's inflation rate has averaged 7.1%.",
                                  "The United Kingdom's inflation rate averaged 7.1% in the 12 months to May 2023.",
                                  "The United Kingdom's inflation rate was 7.1% in the first quarter of 2023."])
def test_year_to_date_trailing_and_quarterly_figures_are_not_judged_by_the_annual_average(
        package: Path, text: str) -> None:
    result = one(text, package, "2023-06-20")
    assert result.verdict is Verdict.needs_review and result.reason == "different_period"
    assert "rate compared with an annual average" in result.explanation


def test_an_annual_figure_is_not_judged_by_one_month_of_a_monthly_series(tmp_path: Path) -> None:
    # A monthly series: one month equal to the claimed annual rate is a coincidence, one that differs
    # is no contradiction. A month against a month is judged as usual.
    monthly = {"name": "cpi_monthly", "metric": "consumer price inflation", "aliases": ["inflation"], "unit": "%",
               "kind": "change", "dims": ["country"],
               "rows": [{"period": f"2021-{m:02d}", "value": v, "country": "Portugal"}
                        for m, v in zip(range(1, 13), [0.3, 0.5, 0.5, 0.6, 1.2, 0.5, 1.5, 1.3, 1.5, 1.8, 2.6, 2.7])]}
    package = write_package(tmp_path / "reference", [monthly])

    def one_of(text: str):
        results, _ = check_text(f"---\ndate: 2022-06-01\n---\n\n{text}\n", package)
        return next(iter(results.values()))

    coincidence = one_of("Portugal's inflation rate was 1.5% in 2021.")
    assert coincidence.verdict is Verdict.needs_review and coincidence.reason == "different_period"
    assert "an annual rate compared with a monthly rate" in coincidence.explanation
    differs = one_of("Portugal's inflation rate was 0.9% in 2021.")
    assert differs.verdict is Verdict.needs_review and differs.evidence[0].period == "2021-12"
    assert one_of("Portugal's inflation rate was 2.6% in November 2021.").verdict is Verdict.supported
    assert one_of("Portugal's inflation rate was 3.6% in November 2021.").verdict is Verdict.contradicted


def test_a_yearly_series_dated_to_the_first_day_of_each_year_still_speaks_of_the_year(tmp_path: Path) -> None:
    # Publishers often stamp annual rows '2021-01-01': the series' step says those are years.
    yearly = {"name": "cpi_yearly", "metric": "consumer price inflation", "aliases": ["inflation"], "unit": "%",
              "kind": "change", "dims": ["country"],
              "rows": [{"period": f"{y}-01-01", "value": v, "country": "Portugal"}
                       for y, v in {2019: 0.3, 2020: -0.1, 2021: 1.3, 2022: 7.8}.items()]}
    package = write_package(tmp_path / "reference", [yearly])
    results, _ = check_text("---\ndate: 2023-06-01\n---\n\nPortugal's inflation rate was 7.8% in 2022.\n", package)
    assert next(iter(results.values())).verdict is Verdict.supported


def test_a_day_against_a_monthly_series_dated_to_the_first_is_a_different_period(tmp_path: Path) -> None:
    # '2022-10-01' in a monthly file is October: a rate quoted on 20 October is not judged by it,
    # while a count on the very day a yearly file is dated to is judged as usual.
    monthly = {"name": "rates_monthly", "metric": "policy rate", "unit": "%", "dims": ["country"],
               "rows": [{"period": f"2022-{m:02d}-01", "value": v, "country": "Chile"}
                        for m, v in zip(range(7, 11), [9.75, 9.75, 10.75, 10.75])]}
    counts = {"name": "residents", "metric": "registered residents", "kind": "count", "dims": ["country"],
              "rows": [{"period": f"{y}-01-01", "value": v, "country": "Chile"}
                       for y, v in {2021: 19_100_000, 2022: 19_250_000}.items()]}
    package = write_package(tmp_path / "reference", [monthly, counts])

    def one_of(text: str):
        results, _ = check_text(f"---\ndate: 2022-12-01\n---\n\n{text}\n", package)
        return next(iter(results.values()))

    rate = one_of("Chile's policy rate stood at 11.25% on 20 October 2022.")
    assert rate.verdict is Verdict.needs_review and rate.reason == "different_period"
    count = one_of("Chile had 18,000,000 registered residents on 1 January 2022.")
    assert count.verdict is Verdict.contradicted


def test_a_year_is_judged_by_the_annual_rows_beside_a_monthly_series(tmp_path: Path) -> None:
    # The same rate published monthly and as an annual average: a figure for the year is the average's
    # to confirm or refute, whichever month happens to equal it.
    months = [0.3, 0.5, 0.5, 0.6, 1.2, 0.5, 1.5, 1.3, 1.5, 1.8, 2.6, 2.7]
    common = {"metric": "consumer price inflation", "aliases": ["inflation"], "unit": "%", "kind": "change",
              "dims": ["country"]}
    monthly = {**common, "name": "cpi_monthly",
               "rows": [{"period": f"2021-{m:02d}", "value": v, "country": "Portugal"}
                        for m, v in zip(range(1, 13), months)]}
    annual = {**common, "name": "cpi_annual", "rows": [{"period": "2021", "value": 1.27, "country": "Portugal"}]}
    package = write_package(tmp_path / "reference", [monthly, annual])

    def one_of(text: str):
        results, _ = check_text(f"---\ndate: 2022-06-01\n---\n\n{text}\n", package)
        return next(iter(results.values()))

    agrees = one_of("Portugal's inflation rate was 1.3% in 2021.")
    assert agrees.verdict is Verdict.supported and agrees.evidence[0].period == "2021", agrees.explanation
    a_month = one_of("Portugal's inflation rate was 2.7% in 2021.")
    assert a_month.verdict is not Verdict.supported, a_month.explanation
    assert a_month.evidence[0].period == "2021"
    assert one_of("Portugal's inflation rate was 2.7% in December 2021.").verdict is Verdict.supported


@pytest.mark.parametrize(("year", "month", "period"), [
    (2022, 6, "2021-07/2022-06"), (2022, 1, "2021-02/2022-01"), (2021, 12, "2021"), (2000, 11, "1999-12/2000-11"),
])
def test_twelve_months_to_a_month_close_with_it(year: int, month: int, period: str) -> None:
    from workbench.periods import twelve_months_to

    assert twelve_months_to(year, month) == period


def test_a_fall_of_the_rate_is_no_deflation_refuted_by_its_row(tmp_path: Path) -> None:
    # a series of yearly changes is read directly for a change in percent: 'a 38 % decrease' of the rate would
    # be prices falling 38 %, refuted by the row, though 4.2 is 38 % below the 6.79 of the year before
    changes = write_package(tmp_path / "reference", [{**INFLATION, "kind": "change"}])
    text = ("## United Kingdom\n\nConsumer price inflation eased to 4.2 percent over the spring, which amounts "
            "to a 38 percent decrease compared to the same period of 2023, the statistics office said.")
    results, _ = check_text(dated_draft(text, "2024-06-18"), changes)
    fall = results["38 percent"]
    assert fall.verdict is Verdict.needs_review and fall.reason == "uncertain_contradiction", fall.explanation
    # prices said to fall, with no rate named, are a deflation the row refutes
    deflation = "## United Kingdom\n\nIn 2023 consumer prices fell 38 percent, the statistics office said."
    results, _ = check_text(dated_draft(deflation, "2024-06-18"), changes)
    assert results["38 percent"].verdict is Verdict.contradicted, results["38 percent"].explanation
    # the rate's fall in points written as percent is that mistake, whichever reading led
    points = "Inflation in the United Kingdom was 6.79 percent in 2023, a 1.13 percent decline from 2022."
    results, _ = check_text(dated_draft(points, "2024-06-18"), changes)
    assert results["1.13 percent"].reason == "points_not_percent", results["1.13 percent"].explanation
