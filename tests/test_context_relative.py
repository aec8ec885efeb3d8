"""'This year' and 'last year' in a draft with no date are the year the text above them names
(paragraph, heading, title), never counted from the day the checker runs; 'a year earlier' counts
from that year. The evidence says so.

A small package of our own: a yearly rate for two countries, each year's value different, so that
a figure read against the wrong year fails.
"""

from __future__ import annotations

from pathlib import Path

import pytest
from test_matching import check_text, write_package

from extraction_helpers import claims_in
from workbench.models import Verdict

_RATE = {2018: 2.2, 2019: 2.9, 2020: 1.3, 2021: 4.0, 2022: 7.5, 2023: 6.1, 2024: 3.4}
PACKAGE = [{"name": "prices", "metric": "consumer price inflation", "aliases": ["inflation", "consumer prices"],
            "unit": "%", "dims": ["country"],
            "rows": [{"period": str(y), "value": v, "country": "Peru"} for y, v in _RATE.items()]
            + [{"period": str(y), "value": v + 1.7, "country": "Norway"} for y, v in _RATE.items()]}]


@pytest.fixture(scope="module")
def package(tmp_path_factory: pytest.TempPathFactory) -> Path:
    return write_package(tmp_path_factory.mktemp("prices") / "reference", PACKAGE)


def _one(text: str, package: Path, claim: str):
    results, _ = check_text(text, package)
    return results[claim]


def test_this_year_under_a_title_naming_a_year_is_that_year(package: Path) -> None:
    result = _one("# Peru closes 2021 with its steepest price rises in years\n\n"
                  "Inflation in Peru was 4.0% this year, the central bank said.\n", package, "4.0%")
    assert result.verdict is Verdict.supported
    assert result.evidence[0].period == "2021"
    assert "'this year' read as 2021" in (result.evidence[0].context or "")
    assert "the title" in result.explanation and "no date" in result.explanation


def test_last_year_under_a_heading_naming_a_year_is_that_year(package: Path) -> None:
    result = _one("# Prices\n\n## Inflation in 2022, the highest in years\n\nIn Peru, average inflation for the "
                  "whole of last year was 7.5%, officials said.\n", package, "7.5%")
    assert result.verdict is Verdict.supported and result.evidence[0].period == "2022"
    assert "heading" in result.explanation


def test_a_year_earlier_counts_back_from_the_title_s_year(package: Path) -> None:
    result = _one("# Peru's prices in 2022\n\nInflation in Peru was 4.0% a year earlier, the bank said.\n",
                  package, "4.0%")
    assert result.verdict is Verdict.supported and result.evidence[0].period == "2021"


def test_the_year_of_an_earlier_sentence_of_the_paragraph_anchors_this_year(package: Path) -> None:
    result = _one("The figures for 2019 came out on Friday. Inflation in Norway this year averaged 4.6%, "
                  "the office said.\n", package, "4.6%")
    assert result.verdict is Verdict.supported and result.evidence[0].period == "2019"
    assert "an earlier sentence of the paragraph" in result.explanation


def test_the_draft_s_date_beats_the_year_the_text_names(package: Path) -> None:
    result = _one("---\ndate: 2023-03-01\n---\n\n# A look back at 2021\n\nInflation in Peru was 7.5% last year.\n",
                  package, "7.5%")
    assert result.verdict is Verdict.supported and result.evidence[0].period == "2022"
    assert "read as" not in result.explanation


def test_a_title_naming_two_years_anchors_nothing(package: Path) -> None:
    result = _one("# Peru: from 2019 to 2021 in prices\n\nInflation in Peru was 4.0% this year.\n", package, "4.0%")
    assert not (result.verdict is Verdict.supported and result.evidence[0].period == "2021")
    assert "read as" not in result.explanation


@pytest.mark.parametrize("base", ["over last year", "on the previous year"])
def test_a_relative_year_after_a_change_is_its_base_not_its_period(base: str) -> None:
    [claim] = claims_in(f"---\ndate: 2024-05-02\n---\n\nThe index this year rose 3.15 percent {base}.\n")
    assert claim.period == "2024"


@pytest.mark.parametrize("words, period", [("in July of 2013", "2013-07"), ("in March, of 2016", "2016-03")])
def test_a_month_of_a_year_is_that_month(words: str, period: str) -> None:
    [claim] = claims_in(f"Exports rose 4% {words}, the ministry said.\n")
    assert claim.period == period


def test_a_population_dated_by_the_sentence_before_is_not_supported_by_the_latest_year(tmp_path: Path) -> None:
    package = write_package(tmp_path / "reference", [
        {"name": "population", "metric": "population", "unit": "persons", "kind": "count", "dims": ["country"],
         "rows": [{"period": str(y), "value": 17.0e6 + (y - 2010) * 0.3e6, "country": "Peru"}
                  for y in range(2010, 2025)]}])
    result = _one("The population of Peru, as counted in March of 2012, grew quickly. Peru is thought to have "
                  "a population of about 21,200,000.\n", package, "21,200,000")
    assert result.verdict is not Verdict.supported  # 21.2 million is 2024's figure, not 2012's


_POPULATION = [{"name": "population", "metric": "population", "unit": "persons", "kind": "count", "dims": ["country"],
                "rows": [{"period": str(y), "value": 12.0e6 + (y - 2010) * 0.5e6, "country": "Peru"}
                         for y in range(2010, 2025)]}]


@pytest.mark.parametrize("front, why", [("", "no date"), ("---\ndate: 2025-03-01\n---\n\n", "decade before it")])
def test_a_yearless_figure_an_older_row_holds_is_for_a_person_dated_or_not(tmp_path: Path, front: str, why: str) -> None:
    # 2015's 14.5 million fits 'around 14 million': an undated draft may quote any year, and a page of 2025 any year
    # of the decade before it (verdicts.md, "What the item does not carry")
    package = write_package(tmp_path / "reference", _POPULATION)
    result = _one(f"{front}The mountain country of Peru, with a population of around 14 million, draws hikers.\n",
                  package, "14 million")
    assert result.verdict is Verdict.needs_review and result.reason == "stale"
    assert why in result.explanation, result.explanation


def test_the_claims_own_sentence_naming_one_year_anchors_last_year(package: Path) -> None:
    result = _one("# Prices\n\nOfficials said 2021 brought the fastest rise in a decade in Peru, with inflation "
                  "at 4.0% last year.\n", package, "4.0%")
    assert result.verdict is Verdict.supported and result.evidence[0].period == "2021"
    assert "its own sentence" in result.explanation


def test_a_sibling_figures_year_does_not_anchor_last_year(package: Path) -> None:
    # 2020 is 1.3 %'s own year; 'last year' is counted from the title's 2023, i.e. 2023 itself
    result = _one("# Peru's prices in 2023\n\nIn Peru, prices rose 6.1% last year, after 1.3% in 2020.\n",
                  package, "6.1%")
    assert result.evidence[0].period == "2023"


@pytest.mark.parametrize("link", ["compared with", "up from", "versus"])
def test_last_year_compared_with_a_figure_of_a_named_year_is_the_year_before_it(package: Path, link: str) -> None:
    # undated: the figure is the baseline of 7.5 % in 2022, so 'last year' is 2021, not the year before
    # the day the check runs, nor 2022 (the sibling's own year)
    results, _ = check_text(f"Peru's inflation reached 7.5% in 2022, {link} 4.0% last year.\n", package)
    result = results["4.0%"]
    assert result.verdict is Verdict.supported, result.explanation
    assert result.evidence[0].period == "2021" and "'last year' read as 2021" in result.explanation
    wrong, _ = check_text(f"Peru's inflation reached 7.5% in 2022, {link} 1.3% last year.\n", package)
    assert wrong["1.3%"].verdict is not Verdict.supported and wrong["1.3%"].evidence[0].period == "2021"


def test_a_yearless_figure_in_an_undated_draft_has_no_latest_period_to_miss(tmp_path: Path) -> None:
    # the series runs to 2024, Chile's rows to 2022: with no date, 'the latest period' Chile lacks is the
    # checker's reading, not the text's, so the missing row is for a person to weigh, not a failure;
    # a dated draft keeps the flag
    rows = [{"period": str(y), "value": v, "country": "Peru"} for y, v in _RATE.items()]
    rows += [{"period": str(y), "value": v + 0.4, "country": "Chile"} for y, v in _RATE.items() if y <= 2022]
    package = write_package(tmp_path / "reference", [{**PACKAGE[0], "kind": "change", "rows": rows}])
    text = "Consumer price inflation in Chile stood at 9.9%, the statistics office said.\n"
    undated, _ = check_text(text, package)
    assert undated["9.9%"].verdict is Verdict.needs_review, undated["9.9%"].explanation
    assert "has no date" in undated["9.9%"].explanation
    dated, _ = check_text("---\ndate: 2025-09-01\n---\n\n" + text, package)
    assert dated["9.9%"].verdict is Verdict.unsupported, dated["9.9%"].explanation


@pytest.mark.parametrize("text, claim, year", [
    ("Inflation in Peru was 3.4% last year, far lower than in 2023, the bureau said.\n", "3.4%", "2024"),
    ("Norway's inflation rate this year, 7.8%, compared with 2022 came in well above target.\n", "7.8%", "2023"),
    ("Inflation in Peru reached 6.1% this year, in comparison to 2022.\n", "6.1%", "2023"),
])
def test_a_relative_year_set_against_a_named_year_is_the_year_after_it(package: Path, text: str, claim: str,
                                                                       year: str) -> None:
    # an undated draft whose sentence writes only the comparison's base year: the relative year is not that
    # base (the checker used to read 'this year' as it), but the year after it, whose row judges the figure
    result = _one(text, package, claim)
    assert result.verdict is Verdict.supported and result.evidence[0].period == year
    assert "the year after the one its sentence compares it with" in result.explanation


def test_a_relative_year_set_against_a_named_year_that_disagrees_is_contradicted(package: Path) -> None:
    result = _one("Inflation in Peru averaged 2.5% last year, far lower than in 2023, the bureau said.\n", package, "2.5%")
    assert result.verdict is Verdict.contradicted and result.evidence[0].period == "2024"


def test_a_named_year_before_the_relative_year_is_no_base(package: Path) -> None:
    # the year opens the sentence ('In 2021 …'): it is the sentence's own year, not the base of a comparison
    result = _one("In 2021, Peru's inflation stood at 4.0% this year, above the 1.3% of the year before.\n",
                  package, "4.0%")
    assert "the year after the one its sentence compares it with" not in result.explanation


def test_this_year_set_against_last_year_in_a_sentence_naming_a_month_is_that_months_year(package: Path) -> None:
    # 'this year' and 'last year' both count from the text's present, which the report's name dates
    result = _one("According to the 'December 2022 and annual consumer prices' report released today, inflation "
                  "in Peru this year was 7.5%, far higher than last year.\n", package, "7.5%")
    assert result.verdict is Verdict.supported, result.explanation
    assert result.evidence[0].period == "2022"


def test_a_bare_month_takes_the_year_of_a_span_of_months_named_before(tmp_path: Path) -> None:
    monthly = write_package(tmp_path / "reference", [{
        "name": "gas", "metric": "carbon dioxide concentration", "aliases": ["CO2 concentration", "CO2 level"],
        "unit": "ppm", "dims": [],
        "rows": [{"period": p, "value": v} for p, v in (("2021-01", 415.2), ("2021-02", 416.4), ("2026-02", 428.9))]}])
    results, _ = check_text("In the first two months of 2021 the CO2 concentration stayed above 415 ppm. "
                            "In February, the CO2 level was 416.4 ppm.\n", monthly)
    result = results["416.4 ppm"]
    assert result.verdict is Verdict.supported, result.explanation
    assert result.evidence[0].period == "2021-02"
