"""A figure whose sentence names no measure takes the one an earlier paragraph names, as a reader
does — also when that paragraph names it with a name whose last word is generic ('consumer price
index': 'index' names no measure alone, yet completes the name), and when the figure's own sentence
says only who said it and when ('economists polled by Reuters had forecast', 'the statistics office
said on Tuesday', 'a year earlier', 'higher than'). A sentence naming a measure of its own that the
data does not hold stays unsupported."""

from __future__ import annotations

from pathlib import Path

import pytest
from package_support import CPI, claim_results, publisher_package

from workbench.models import Verdict


@pytest.fixture(scope="module")
def packages(tmp_path_factory: pytest.TempPathFactory) -> list[Path]:
    return [publisher_package(tmp_path_factory.mktemp("pkgs") / "cpi", "cpi", "Consumer price index", "Inflation", CPI)]


def test_a_name_ending_in_a_generic_word_carries_its_measure(packages: list[Path]) -> None:
    text = ("Chile's consumer price index may climb 9 percent this year, the central bank projects.\n\n"
            "That would be the highest in the country since May 2021, when it was 3.6 percent.")
    result = claim_results(text, packages, date="2022-04-12")["3.6 percent"]
    # a May rate against the year's annual average: another period, for a person to review
    assert result.verdict is Verdict.needs_review, result.explanation
    assert result.evidence and (result.evidence[0].period, result.evidence[0].value) == ("2021", 4.5)


@pytest.mark.parametrize("sentence", [
    "Economists polled by Reuters had forecast a rise of 6.1 percent from the same quarter a year earlier.",
    "The figure was 6.1 percent, higher than the previous year, the statistics office said on Tuesday.",
])
def test_attribution_and_comparison_words_name_no_measure(packages: list[Path], sentence: str) -> None:
    text = f"Norway's consumer price index for the third quarter of 2022 was published this week.\n\n{sentence}"
    result = claim_results(text, packages, date="2022-10-20")["6.1 percent"]
    assert result.verdict is Verdict.needs_review, result.explanation
    # judged against Norway's consumer-price rows the earlier paragraph named, not 'nothing matches'
    assert result.evidence and result.evidence[0].resource == "cpi", result.evidence
    assert "Norway" in (result.evidence[0].context or ""), result.evidence


def test_a_measure_the_data_lacks_stays_unsupported(packages: list[Path]) -> None:
    text = ("Norway's consumer price index rose 5.8 percent in 2022.\n\n"
            "Unemployment was 3.2 percent in 2022, the statistics office said on Tuesday.")
    result = claim_results(text, packages, date="2023-02-20")["3.2 percent"]
    assert result.verdict is Verdict.unsupported, result.explanation



@pytest.mark.parametrize("sentence", [
    "The government had projected 4.9 percent.",
    "This falls below the ministry's projection of 4.9 percent.",
    "This figure is well above the central bank's projected rate of 4.9 percent.",
])
def test_a_projection_quoted_after_the_year_is_neither_the_outcome_nor_another_measure(packages: list[Path], sentence: str) -> None:
    # 'projected', 'projection': who expected a figure names no measure, as 'forecast' and 'predicted'
    # do, so the figure is the earlier sentence's measure for the year it named; and someone's
    # projection 'of' a figure is what was expected, which the outcome neither supports nor refutes
    text = f"Chile's inflation averaged 11.6 percent in 2022. {sentence}"
    result = claim_results(text, packages, date="2023-01-20")["4.9 percent"]
    assert result.verdict is Verdict.needs_review, result.explanation
    assert result.evidence and (result.evidence[0].period, result.evidence[0].value) == ("2022", 11.6)


@pytest.mark.parametrize("sentence", [
    "That was below the projected rate of 12.9 percent.",
    "That was below the rate of 12.9 percent the central bank projected.",
])
def test_a_generic_rate_after_a_named_measure_is_that_measure(tmp_path: Path, sentence: str) -> None:
    # with exchange rates loaded too, 'the rate of …' after 'the inflation rate' is the inflation rate (a
    # generic head names no other measure), judged against Chile's CPI row, not 'nothing matches'
    from package_support import rates_package
    packages = [publisher_package(tmp_path / "cpi", "cpi", "Consumer price index", "Inflation", CPI),
                rates_package(tmp_path, {("Norway", 2022): 9.61})]
    text = f"Chile's annual inflation rate averaged 11.6 percent in 2022. {sentence}"
    result = claim_results(text, packages, date="2023-01-20")["12.9 percent"]
    assert result.verdict is Verdict.needs_review, result.explanation
    assert result.evidence and (result.evidence[0].period, result.evidence[0].value) == ("2022", 11.6)
