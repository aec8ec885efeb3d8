"""A publisher that states inflation only as a variant of the consumer price index (config
``series_variant_publishers``: Eurostat publishes the harmonised index, HICP, for every member state) makes
a rate it is named as the source of that variant's: with no such series in the data, unsupported
(other_series), not a national CPI row's different period or contradiction. Named in the sentence before
the claim's, it counts only while the claim's own sentence names no series; a sentence naming no price
measure is left to its series.

Package World Bank-shaped (CPI rows invented); sentences written here.
"""

from __future__ import annotations

from pathlib import Path

import pytest
from package_support import claim_results, cpi_package

from workbench.models import Verdict


@pytest.fixture(scope="module")
def cpi(tmp_path_factory: pytest.TempPathFactory) -> Path:
    return cpi_package(tmp_path_factory.mktemp("publisher") / "cpi")


@pytest.mark.parametrize(("text", "figure"), [
    ("Norway's annual inflation reached 6.3 percent in October, figures from Eurostat show.", "6.3 percent"),
    ("According to the EU statistics office, inflation in Norway stood at 5.8% in 2022.", "5.8%"),
    # the source named in the sentence before, the claim's own naming no series
    ("Eurostat released its flash estimate on Friday. Inflation in Norway eased to 4.9% in November.", "4.9%"),
])
def test_a_rate_sourced_to_eurostat_is_another_series(cpi: Path, text: str, figure: str) -> None:
    found = claim_results(text, [cpi], "2022-12-10")[figure]
    assert (found.verdict, found.reason) == (Verdict.unsupported, "other_series"), found.explanation


def test_a_sentence_naming_its_own_series_is_not_eurostat_s(cpi: Path) -> None:
    text = ("Eurostat released its flash estimate on Friday. "
            "Norway's consumer price index rose 5.8% in 2022, the national statistics office said.")
    found = claim_results(text, [cpi], "2023-03-01")["5.8%"]
    assert found.verdict is Verdict.supported, found.explanation


def test_a_national_office_s_rate_is_still_judged_by_the_cpi_row(cpi: Path) -> None:
    found = claim_results("Statistics Norway said inflation was 5.8% in 2022.", [cpi], "2023-03-01")["5.8%"]
    assert found.verdict is Verdict.supported, found.explanation


def test_eurostat_beside_no_price_measure_names_no_variant(cpi: Path) -> None:
    found = claim_results("Eurostat said Norway's energy output rose 5.8% in 2022.", [cpi], "2023-03-01")
    assert all(r.reason != "other_series" for r in found.values()), [r.explanation for r in found.values()]


@pytest.mark.parametrize("text", [
    "According to Eurostat, inflation in Sweden rose to 6.1% in July. Right behind Sweden came Norway (5.8%).",
    "Inflation in Sweden rose to 6.1% in July, Eurostat figures show. Norway followed with 5.8%.",
])
def test_a_sentence_naming_no_measure_takes_the_variant_of_the_one_before(cpi: Path, text: str) -> None:
    """The figure's sentence names no measure: it speaks of the inflation the sentence before gives from Eurostat."""
    found = claim_results(text, [cpi], "2022-08-20")["5.8%"]
    assert (found.verdict, found.reason) == (Verdict.unsupported, "other_series"), found.explanation


def test_a_sentence_naming_no_measure_after_eurostat_on_no_price_measure_names_no_variant(cpi: Path) -> None:
    text = "Eurostat said Sweden's energy output rose 6.1% in 2022. Norway followed with 5.8%."
    found = claim_results(text, [cpi], "2023-03-01")
    assert all(r.reason != "other_series" for r in found.values()), [r.explanation for r in found.values()]


@pytest.mark.parametrize("text", [
    # a lead naming the source, then the paragraph with the figure
    "In September the EU's statistics office published its monthly inflation figures.\n\n"
    "Annual inflation in Norway was 6.9% in September.",
    # the variant's name closing the paragraph before, saying what the inflation figures measure
    "The inflation estimates for every member state rest on the harmonised index of consumer prices.\n\n"
    "Thus Norway had the lowest annual inflation rate of the area in September 2022 (6.9 %).",
])
def test_a_paragraph_s_opening_sentence_reads_on_from_the_paragraph_before(cpi: Path, text: str) -> None:
    """The last sentence of the paragraph before a paragraph's first, naming a price measure besides the variant
    or its source, says what the figure measures while the figure's own sentence names no series."""
    found = claim_results(text, [cpi], "2022-10-20")
    figure = next(k for k in found if k.startswith("6.9"))
    assert (found[figure].verdict, found[figure].reason) == (Verdict.unsupported, "other_series"), found[figure].explanation


def test_a_heading_between_the_paragraphs_keeps_the_source_apart(cpi: Path) -> None:
    text = ("In September the EU's statistics office published its monthly inflation figures.\n\n"
            "## Norway\n\nStatistics Norway said inflation was 5.8% in 2022.")
    found = claim_results(text, [cpi], "2023-03-01")["5.8%"]
    assert found.verdict is Verdict.supported, found.explanation


def test_a_bare_mention_of_the_variant_closing_the_paragraph_before_is_no_word_on_the_figure(cpi: Path) -> None:
    text = "The agency also tracks the HICP.\n\nNorwegian inflation averaged 6.3% in 2022."
    found = claim_results(text, [cpi], "2023-03-01")["6.3%"]
    assert found.verdict is Verdict.contradicted, found.explanation



def test_a_sentence_setting_eurostat_against_another_source_lends_it_no_figure(cpi: Path) -> None:
    # the sentence before says the two sources differ, not that the next figure is Eurostat's
    text = ("Eurostat computes inflation by another method than the national statistics office. "
            "The office said inflation in Norway was 5.8% in 2022.")
    found = claim_results(text, [cpi], "2023-03-01")["5.8%"]
    assert found.verdict is Verdict.supported, found.explanation
    # set against figures ('up from 5.5 %'), the publisher's sentence still lends its variant
    lent = claim_results("According to Eurostat, inflation in Sweden rose to 6.1% in July, up from 5.5% in June. "
                         "Inflation in Norway eased to 4.9% in November.", [cpi], "2022-12-10")["4.9%"]
    assert (lent.verdict, lent.reason) == (Verdict.unsupported, "other_series"), lent.explanation
