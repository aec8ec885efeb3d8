"""Figures a draft states that no writer meant as a claim must not fail CI: the checker fails a draft on
any flagged figure, so a flag on the one unit a rate is quoted for ('one US dollar cost R8,64') is a
false alarm nobody labelled. Sentences and figures invented."""

from __future__ import annotations

from pathlib import Path

import pytest
from package_support import claim_results, cpi_package, rates_package

from workbench.models import Verdict


@pytest.mark.parametrize(("text", "rate"), [
    # decimals after a comma, as South African and continental copy writes them
    ("On 3 March 2019 one US dollar cost R14,10, while a year before it cost R13,20.", "R14,10"),
    ("In 2019 a single dollar fetched R14,45 at the banks.", "R14,45"),
    ("In 2019 one dollar was worth R14,45.", "R14,45"),
])
def test_the_one_dollar_a_rate_prices_is_no_claim_whatever_its_decimal_mark(tmp_path: Path, text: str, rate: str) -> None:
    annual = rates_package(tmp_path, {("South Africa", 2018): 13.2, ("South Africa", 2019): 14.45})
    found = claim_results(text, [annual], "2020-06-01")
    assert not [claim for claim in found if "dollar" in claim.lower()], found
    assert found[rate].verdict not in (Verdict.unsupported,), found[rate].explanation


def test_a_sum_grouped_in_thousands_after_one_dollar_is_no_rate(tmp_path: Path) -> None:
    """'R1,450' is a price of one thousand four hundred and fifty rand, not a rate of 1.45: a comma before
    three digits groups thousands, so the dollar it follows is read as written."""
    annual = rates_package(tmp_path, {("South Africa", 2019): 14.45})
    found = claim_results("In 2019 one dollar cost R1,450 at that shop.", [annual], "2020-06-01")
    assert "R1,450" in found


@pytest.mark.parametrize(("text", "rank", "kept"), [
    ("Norway is now ranked the number three exporter, with 410 million tonnes in 2021.", "three", "410 million tonnes"),
    ("Chile is the No. 7 producer; its output grew 4.5% in 2021.", "7", "4.5%"),
    ("Polen: Einwohner 38.000.000 (Weltrang: 12), Inflation 2021: 5,1%.", "12", "5,1%"),
    ("Portugal ocupa el puesto 6, con una inflación del 1,3% en 2021.", "6", "1,3%"),
    ("Le Maroc se hisse au classement 5 avec une inflation de 1,4% en 2021.", "5", "1,4%"),
])
def test_a_place_a_ranking_names_is_no_quantity(tmp_path: Path, text: str, rank: str, kept: str) -> None:
    found = claim_results(text, [rates_package(tmp_path, {("Chile", 2021): 760.0})], "2022-06-01")
    assert rank not in found, found
    assert kept in found, found


@pytest.mark.parametrize(("text", "kept"), [
    ("Prices rose in Austria and Belgium. The latter two pushed the region's inflation to 2.4 per cent in 2021.",
     "2.4 per cent"),
    ("Oslo and Bergen grew fast; the former two still hold 900,000 people.", "900,000"),
])
def test_a_number_that_points_back_at_things_named_counts_nothing(tmp_path: Path, text: str, kept: str) -> None:
    found = claim_results(text, [rates_package(tmp_path, {("Chile", 2021): 760.0})], "2022-06-01")
    assert "two" not in found, found
    assert kept in found, found


def test_the_number_of_things_is_still_a_count(tmp_path: Path) -> None:
    """'the number of residents rose by 25': 'number' names a count there, not a place, and 'number' followed
    by a large figure is no ranking either."""
    found = claim_results("The number of residents rose by 25 in 2021, bringing the number 1,450 to a record.",
                          [rates_package(tmp_path, {("Chile", 2021): 760.0})], "2022-06-01")
    assert "25" in found and "1,450" in found, found


@pytest.mark.parametrize(("text", "target"), [
    ("Inflation in Portugal was 4.3% in 2023, comfortably below the target of less than 10 percent.", "10 percent"),
    ("A inflação de Portugal em 2023 foi de 4,3 por cento, bem dentro da meta de menos de dez por cento.",
     "dez por cento"),
    ("La inflación de Portugal fue de 4,3% en 2023, dentro de la meta de menos de 10%.", "10%"),
])
def test_a_target_set_as_a_bound_is_a_target_never_a_contradiction(tmp_path: Path, text: str, target: str) -> None:
    """The data holds outturns, no targets: a target worded as a bound ('a target of less than 10 %') is left
    unjudged as any target is (`policy_target`), not contradicted by the year's outturn."""
    found = claim_results(text, [cpi_package(tmp_path, {("Portugal", 2022): 7.8, ("Portugal", 2023): 4.3})],
                          "2024-03-01")
    assert found[target].verdict is Verdict.unsupported and found[target].reason == "policy_target", found[target]


def test_a_past_figure_worded_as_a_bound_is_still_judged(tmp_path: Path) -> None:
    found = claim_results("Portugal's inflation was 4.3% in 2023, after a 2022 figure of less than 8 percent.",
                          [cpi_package(tmp_path, {("Portugal", 2022): 7.8, ("Portugal", 2023): 4.3})], "2024-03-01")
    assert found["8 percent"].reason != "policy_target", found["8 percent"]
