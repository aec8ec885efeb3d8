"""When a figure is, when its own clause does not say: a change over a named era ('since independence',
'over the past decade', 'since 1991'), a percent in brackets restating a change, and a stock's count in
the present perfect ('has reached 20 million'). A population package of invented figures, World Bank
layout; the sentences are written here."""

from __future__ import annotations

from pathlib import Path

import pytest
from package_support import claim_results, publisher_package

from workbench.models import Verdict

# Invented mid-year populations: Kenya from 9.0 m (1963), Uruguay, Portugal, Chile.
_ROWS: dict[tuple[str, int], float] = {}
for year in range(1960, 2024):
    _ROWS[("Kenya", year)] = 9_000_000 + (year - 1963) * 700_000
    _ROWS[("Uruguay", year)] = 2_500_000 + (year - 1960) * 15_000
    _ROWS[("Portugal", year)] = 10_600_000 - max(0, year - 2010) * 30_000
    _ROWS[("Chile", year)] = 8_000_000 + (year - 1960) * 190_000


@pytest.fixture(scope="module")
def population(tmp_path_factory: pytest.TempPathFactory) -> Path:
    return publisher_package(tmp_path_factory.mktemp("pop") / "population", "population", "Population, total",
                             "Population", _ROWS)


def _last_year_change(country: str, first: int, last: int = 2023) -> float:
    return _ROWS[(country, last)] - _ROWS[(country, first)]


def test_a_change_since_independence_runs_from_the_era_tables_year(population: Path) -> None:
    # Kenya 1963 → 2023: 9.0 m → 51.0 m, a change of 42 million people, 466.7 %
    assert _last_year_change("Kenya", 1963) == 42_000_000
    results = claim_results("Since independence, Kenya's population has increased by 42 million people "
                            "(466.7 percent).", [population], date="2024-09-01")
    change, percent = results["42 million"], results["466.7 percent"]
    assert change.verdict is Verdict.supported, change.explanation
    assert [c.period for c in change.evidence[0].cells] == ["1963", "2023"]
    assert "1963" in change.explanation and "era table" in change.explanation
    assert percent.verdict is Verdict.supported, percent.explanation  # the bracket restates the change
    wrong = claim_results("Over the years of independence, Kenya's population grew by 30 million people "
                          "(333 percent).", [population], date="2024-09-01")
    assert wrong["30 million"].verdict is Verdict.contradicted, wrong["30 million"].explanation
    assert wrong["333 percent"].verdict is Verdict.contradicted, wrong["333 percent"].explanation


def test_the_eras_first_year_from_an_earlier_sentence_beats_the_table(population: Path) -> None:
    text = ("Chile became independent in 1970, by this story's account.\n\n"
            "Since independence, the population of Chile has grown by 10.07 million people.")
    result = claim_results(text, [population], date="2024-09-01")["10.07 million"]
    assert result.verdict is Verdict.supported, result.explanation  # 2023 − 1970: 63 × 190,000 − 10 × 190,000
    assert [c.period for c in result.evidence[0].cells] == ["1970", "2023"]
    assert "earlier sentence" in result.explanation


def test_an_era_whose_start_nothing_gives_goes_to_a_person(population: Path) -> None:
    # Uruguay is in no row of the era table's independence years, and the text names no year
    result = claim_results("Since independence, Uruguay's population has grown by 2 million people.",
                           [population], date="2024-09-01")["2 million"]
    assert result.verdict is Verdict.needs_review, result.explanation
    assert result.reason == "span_start_unknown"
    assert "first year" in result.explanation


@pytest.mark.parametrize(("text", "figure"), [
    ("Over the past decade, Portugal's population fell by 300,000 people.", "300,000"),
    ("Portugal's population has shrunk by 300,000 people in the last ten years.", "300,000"),
    ("Since 2013, Portugal's population has declined by 300,000 people.", "300,000"),
    ("Since 2013, Portugal's population has declined by 2.9 %.", "2.9 %"),
    ("Compared with 2013, Portugal's population was down by 300,000 people.", "300,000"),
])
def test_a_relative_span_or_a_since_year_counts_back_from_the_figures_year(population: Path, text: str,
                                                                          figure: str) -> None:
    # Portugal 2013 → 2023: 10.51 m → 10.21 m
    result = claim_results(text, [population], date="2024-09-01")[figure]
    assert result.verdict is Verdict.supported, result.explanation
    assert [c.period for c in result.evidence[0].cells] == ["2013", "2023"]


def test_a_year_after_a_record_is_no_era(population: Path) -> None:
    # one year's fall (2022 → 2023: 30,000), 'the steepest since 2013' is the record's base
    result = claim_results("Portugal's population fell by 30,000 people in 2023, the steepest drop since 2013.",
                           [population], date="2024-09-01")["30,000"]
    assert result.verdict is Verdict.supported, result.explanation
    assert [c.period for c in result.evidence[0].cells] == ["2022", "2023"]


def test_a_count_in_the_present_perfect_is_of_the_drafts_date(population: Path) -> None:
    # 2023 row 19.97 m fits '20 million' (19.5–20.5 m), but the sentence speaks of the draft's day
    for sentence in ("The population of Chile has reached 20 million people.",
                     "Chile's population has now grown to 20 million."):
        result = claim_results(sentence, [population], date="2024-09-01")["20 million"]
        assert result.verdict is Verdict.needs_review, (sentence, result.explanation)
        assert result.reason == "different_period"


def test_no_year_of_earlier_text_is_carried_to_the_present_perfect(population: Path) -> None:
    text = "In 1990 Chile counted 13.7 million people.\n\nThe population of Chile has grown to 20 million."
    result = claim_results(text, [population], date="2024-09-01")["20 million"]
    assert result.verdict is not Verdict.contradicted, result.explanation  # not the 1990 row's 13.7 m
    assert "1990" not in result.explanation


def test_a_bracketed_percent_after_a_change_over_a_span_is_that_change(population: Path) -> None:
    # Chile 2010 → 2020: 17.5 m → 19.4 m, +1.9 m, +10.86 %
    results = claim_results("Between 2010 and 2020, Chile's population rose by 1.9 million people (10.9 percent).",
                            [population], date="2024-09-01")
    assert results["1.9 million"].verdict is Verdict.supported, results["1.9 million"].explanation
    assert results["10.9 percent"].verdict is Verdict.supported, results["10.9 percent"].explanation
    assert results["10.9 percent"].evidence[0].cells[0].period == "2010"


@pytest.mark.parametrize(("text", "figure", "first"), [
    ("Since joining the EU, Portugal's population has shrunk by 390,000 people.", "390,000", 1986),
    ("Since the collapse of the Soviet Union, Kenya's population has grown by 22.4 million people.",
     "22.4 million", 1991),
    ("Since the 2008 crisis, Chile's population has increased by 2.85 million people.", "2.85 million", 2008),
])
def test_named_eras_of_other_places_and_kinds(population: Path, text: str, figure: str, first: int) -> None:
    result = claim_results(text, [population], date="2024-09-01")[figure]
    assert result.verdict is Verdict.supported, result.explanation
    assert [c.period for c in result.evidence[0].cells] == [str(first), "2023"]


def test_the_eras_year_from_an_earlier_sentence_of_the_same_paragraph(population: Path) -> None:
    text = ("Chile became independent in 1970, by this story's account. Since independence, the population "
            "of Chile has grown by 10.07 million people.")
    result = claim_results(text, [population], date="2024-09-01")["10.07 million"]
    assert result.verdict is Verdict.supported, result.explanation
    assert [c.period for c in result.evidence[0].cells] == ["1970", "2023"]


def test_a_possessive_before_a_participle_is_no_present_perfect() -> None:
    from workbench.matching.present_perfect import states_present_perfect
    assert not states_present_perfect("The country's estimated 19 million people live in cities.")
    assert states_present_perfect("The country has now passed 19 million people.")


def test_a_headline_in_the_simple_present_is_of_the_drafts_date(population: Path) -> None:
    text = "# Chile's population tops 20 million\n\nThe statistics office gave the figure on Monday."
    result = claim_results(text, [population], date="2024-09-01")["20 million"]
    assert result.verdict is Verdict.needs_review and result.reason == "different_period", result.explanation


def test_an_era_after_another_figure_is_that_figures(population: Path) -> None:
    # Kenya grows by 700,000 a year: 'since independence' follows the second figure, not the year's change
    results = claim_results("Kenya's population grew by 700,000 people in 2023 and by 42 million since "
                            "independence.", [population], date="2024-09-01")
    one_year = results["700,000"]
    assert one_year.verdict is Verdict.supported, one_year.explanation
    assert [c.period for c in one_year.evidence[0].cells] == ["2022", "2023"]
