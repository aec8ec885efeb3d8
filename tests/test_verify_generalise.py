"""Verdicts on prose the checker was not tuned on: computed changes held to the label rule, the
year a figure belongs to, periods a yearly row cannot judge, and counted nouns for a population.

Every figure and sentence here is invented for the test.
"""

from __future__ import annotations

from pathlib import Path

import pytest
from conftest import dated_draft
from test_matching import check_text, write_package

from extraction_helpers import claims_in
from workbench.models import Verdict

PRICES = {"name": "prices", "metric": "inflation", "aliases": ["consumer prices", "inflation rate"],
          "dims": ["country"], "unit": "%",
          "rows": [{"period": str(year), "value": value, "country": country}
                   for country, values in {
                       "Chile": {2017: 2.18, 2018: 2.43, 2019: 2.56, 2020: 3.05, 2021: 4.52, 2022: 11.64,
                                 2023: 7.58},
                       "Portugal": {2019: 0.34, 2020: -0.01, 2021: 1.27, 2022: 7.83, 2023: 4.31}}.items()
                   for year, value in values.items()]}
HEADCOUNT = {"name": "headcount", "metric": "population", "aliases": ["people"], "kind": "count",
             "dims": ["country"],
             "rows": [{"period": str(y), "value": v, "country": "Portugal"}
                      for y, v in {2010: 10573100, 2021: 10361831, 2022: 10409704, 2023: 10525347}.items()]}
EMISSIONS = {"name": "emissions", "metric": "carbon dioxide emissions", "aliases": ["CO2 emissions", "emissions"],
             "dims": ["country"], "unit": "t",
             "rows": [{"period": str(y), "value": v, "country": "Chile"}
                      for y, v in {2015: 84.0e6, 2016: 87.5e6, 2017: 86.1e6, 2018: 88.9e6}.items()]}


@pytest.fixture(scope="module")
def package(tmp_path_factory: pytest.TempPathFactory) -> Path:
    return write_package(tmp_path_factory.mktemp("generalise") / "reference", [PRICES, HEADCOUNT, EMISSIONS])


def results(text: str, package: Path, date: str = "2024-06-01", **config: object) -> dict:
    found, _ = check_text(dated_draft(text, date), package, **config)
    return found


def one(text: str, package: Path, date: str = "2024-06-01", **config: object):
    found = results(text, package, date, **config)
    assert len(found) == 1, list(found)
    return next(iter(found.values()))


# Chile 2022 → 2023: 11.64 → 7.58, down 4.06 points, or 34.88 % of the rate.
@pytest.mark.parametrize(("sentence", "verdict"), [
    ("In 2023, inflation in Chile fell 4.1 percentage points.", Verdict.supported),
    ("In 2023, inflation in Chile fell 4.3 percentage points.", Verdict.contradicted),
    ("In 2023, inflation in Chile fell 34.9%.", Verdict.supported),
    # a percent change of a rate may be meant either way: not certain, but never supported
    ("In 2023, inflation in Chile fell 34.5%.", Verdict.needs_review),
])
def test_a_computed_change_gets_the_rounding_of_its_digits_not_half_a_point(package: Path, sentence: str,
                                                                             verdict: Verdict) -> None:
    result = one(sentence, package)
    assert result.verdict is verdict, result.explanation


def test_a_newsroom_may_still_allow_points_of_slack_for_computed_changes(package: Path) -> None:
    result = one("In 2023, inflation in Chile fell 4.3 percentage points.", package,
                 tolerances={"change_pp": 0.5})
    assert result.verdict is Verdict.supported, result.explanation


@pytest.mark.parametrize("sentence", [
    # the year after 'over the' / '% on' is the base the change is measured from, not its period
    "Chile's CO2 emissions in 2018 rose 3.3% over the 2017 level.",
    "In 2018, Chile's CO2 emissions were up 3.3% on 2017.",
])
def test_the_base_year_of_a_change_is_not_its_period(package: Path, sentence: str) -> None:
    result = one(sentence, package)
    assert result.claim.period == "2018", result.claim.period
    assert result.verdict is Verdict.supported, result.explanation


def test_years_listed_newest_first_pair_with_their_figures(package: Path) -> None:
    found = results("Inflation in Chile was 4.5% and 3.1% in 2021 and 2020, respectively.", package)
    assert {text: r.claim.period for text, r in found.items()} == {"4.5%": "2021", "3.1%": "2020"}
    assert all(r.verdict is Verdict.supported for r in found.values()), [r.explanation for r in found.values()]


def test_a_year_earlier_counts_from_the_year_the_sentence_named(package: Path) -> None:
    found = results("Inflation in Chile was 11.6% in 2022 and 4.5% a year earlier.", package)
    assert found["4.5%"].claim.period == "2021"
    assert all(r.verdict is Verdict.supported for r in found.values()), [r.explanation for r in found.values()]


def test_a_year_earlier_without_a_named_year_counts_from_the_draft() -> None:

    assert [c.period for c in claims_in("---\ndate: 2024-06-01\n---\n\nInflation in Chile was 4.5% a year earlier.\n")] == ["2023"]


def test_a_clause_about_a_baseline_year_speaks_of_that_year(package: Path) -> None:
    result = one("It was the fastest rise since 2017, when inflation in Chile was 2.2 percent.", package)
    assert result.claim.period == "2017"
    assert result.verdict is Verdict.supported, result.explanation


@pytest.mark.parametrize("sentence", [
    "In 2021, Portugal had 10.4 million inhabitants.",
    "In 2023, Portugal counted 10.5 million residents.",
])
def test_inhabitants_and_residents_count_a_population(package: Path, sentence: str) -> None:
    result = one(sentence, package)
    assert result.verdict is Verdict.supported, result.explanation
    assert result.evidence[0].resource == "headcount"


@pytest.mark.parametrize("sentence", [
    "Portugal's population reached 10.5 million on March 3, official statisticians said.",  # agrees with 2023
    "Portugal's population was 10.4 million at the end of 2022.",  # agrees with the 2022 estimate
    "Portugal's population was 9.9 million at the end of 2022.",  # disagrees: still another day's figure
])
def test_a_count_on_one_day_is_not_judged_by_a_yearly_estimate(package: Path, sentence: str) -> None:
    result = one(sentence, package)
    assert result.verdict is Verdict.needs_review and result.reason == "different_period", result.explanation


def test_a_day_without_its_year_is_the_last_such_day_before_the_draft(package: Path) -> None:
    assert one("Portugal's population reached 10.5 million on March 3.", package).claim.period == "2024-03-03"
    assert one("Portugal's population reached 10.5 million on Dec. 3.", package).claim.period == "2023-12-03"


@pytest.mark.parametrize(("sentence", "period"), [
    ("Inflation in Chile averaged 9.9% in July-June 2023.", "2022-07/2023-06"),
    ("Chile's CO2 emissions were 88 million tonnes in fiscal 2017/2018.", "2017/2018"),
    ("Chile's CO2 emissions were 87 million tonnes in FY2017.", "2017"),
])
def test_a_fiscal_year_against_calendar_rows_is_another_period(package: Path, sentence: str, period: str) -> None:
    result = one(sentence, package)
    assert result.claim.period == period
    assert result.verdict is Verdict.needs_review and result.reason == "different_period", result.explanation


def test_a_fiscal_deficit_names_no_fiscal_year(package: Path) -> None:
    result = one("Despite a wide fiscal deficit, Chile's CO2 emissions were 86.1 million tonnes in 2017.", package)
    assert result.verdict is Verdict.supported, result.explanation


def test_from_a_to_b_after_two_years_spans_them(package: Path) -> None:
    found = results("Chile's emissions were counted in 2015 and again in 2018; in that time its CO2 emissions "
                    "rose from 84 million tonnes to 88.9 million tonnes.", package)
    assert {t: r.claim.period for t, r in found.items()} == {"84 million tonnes": "2015", "88.9 million tonnes": "2018"}
    assert all(r.verdict is Verdict.supported for r in found.values()), [r.explanation for r in found.values()]


@pytest.mark.parametrize(("sentence", "verdict"), [
    ("By the data, Chile's CO2 emissions at the end of 2017 amounted to 86.1 million tonnes.", Verdict.supported),
    ("By the data, Chile's CO2 emissions at the end of 2017 amounted to 80.2 million tonnes.", Verdict.contradicted),
])
def test_a_flow_said_at_a_years_end_is_that_years_total_not_a_days(package: Path, sentence: str,
                                                                    verdict: Verdict) -> None:
    # emissions add up over the year: 'at the end of 2017' dates the year they close, unlike a population's count
    result = one(sentence, package)
    assert result.verdict is verdict, result.explanation
    assert result.evidence[0].period == "2017"
