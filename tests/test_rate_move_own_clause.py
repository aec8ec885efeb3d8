"""A currency's move word makes a percent a move only in the figure's own clause, and a change that names
its own subject is not carried into the move the sentence before states. Invented rows; own sentences."""

from __future__ import annotations

from pathlib import Path

import pytest
from package_support import claim_results, cpi_package, rates_package

from workbench.models import Verdict


@pytest.fixture(scope="module")
def packages(tmp_path_factory: pytest.TempPathFactory) -> list[Path]:
    root = tmp_path_factory.mktemp("fx")
    cpi = cpi_package(root / "cpi", {("India", 2022): 6.7, ("India", 2023): 5.4})
    return [cpi, rates_package(root, {("India", 2022): 78.6, ("India", 2023): 82.6}, source="Federal Reserve")]


def test_a_level_beside_another_clauses_depreciation_keeps_its_own_series(packages: list[Path]) -> None:
    result = claim_results("Consumer price inflation in India eased to 5.4% in 2023, even as the rupee's "
                           "depreciation made fuel imports dearer.", packages, date="2024-02-01")["5.4%"]
    assert result.verdict is Verdict.supported, result.explanation


def test_a_change_with_its_own_subject_is_not_the_previous_sentences_move(packages: list[Path]) -> None:
    results = claim_results("The rupee depreciated 5 % against the dollar in 2023. India's exports of "
                            "textiles fell 3 % in 2023.", packages, date="2024-02-01")
    assert results["5 %"].reason == "rate_move"
    assert results["3 %"].reason != "rate_move", results["3 %"].explanation


def test_a_bracketed_figure_after_the_move_word_is_the_move(packages: list[Path]) -> None:
    result = claim_results("Over 2023 the rupee showed a depreciation of about four rupees (5.1%) against the "
                           "dollar.", packages, date="2024-02-01")["5.1%"]
    assert result.reason == "rate_move", result.explanation


def test_a_change_naming_no_place_after_a_move_is_that_move(packages: list[Path]) -> None:
    results = claim_results("The rupee has been depreciating against the dollar for years. In 2023 the drop was "
                            "steeper at close to 5 per cent.", packages, date="2024-02-01")
    assert results["5 per cent"].reason == "rate_move", results["5 per cent"].explanation


def test_the_domestic_currencys_percent_rise_against_the_dollar_is_the_earlier_named_currencys_move(
        packages: list[Path]) -> None:
    # wire copy names the rupee in its lead paragraph, then calls it 'the domestic currency'
    text = ("The rupee ended the week firmer as exporters sold dollars.\n\n"
            "The domestic currency rose 31 paise, or 0.4 per cent, to settle at 82.35 against the dollar on Friday.")
    result = claim_results(text, packages, date="2024-02-01")["0.4 per cent"]
    assert result.reason == "rate_move", result.explanation
    assert result.verdict is Verdict.needs_review


@pytest.fixture(scope="module")
def two_currencies(tmp_path_factory: pytest.TempPathFactory) -> list[Path]:
    root = tmp_path_factory.mktemp("fx2")
    # yen per dollar up 10 % (the yen's dollar value down 9.09 %); euros per dollar down 4 % (the euro's value up 4.17 %)
    return [rates_package(root, {("Japan", 2030): 100.0, ("Japan", 2031): 110.0, ("Euro", 2030): 1.0,
                                 ("Euro", 2031): 0.96, ("India", 2030): 78.6, ("India", 2031): 82.6},
                          source="Federal Reserve")]


def test_each_currencys_move_against_the_dollar_in_its_own_clause_is_judged(two_currencies: list[Path]) -> None:
    # two currencies in one sentence, each with its own clause naming the base: no cross move between them
    text = ("In 2031 the annual average exchange rate of the yen fell 9.1 % against the dollar, "
            "and the euro rose 7.5 % against the dollar.")
    results = claim_results(text, two_currencies, date="2032-02-01")
    assert results["9.1 %"].verdict is Verdict.supported, results["9.1 %"].explanation
    assert results["7.5 %"].verdict is Verdict.contradicted, results["7.5 %"].explanation


def test_a_move_in_a_clause_naming_two_held_currencies_stays_for_a_person(two_currencies: list[Path]) -> None:
    # against both the euro and the dollar: which rows' move it is, a person decides
    text = "In 2031 the yen's annual average exchange rate fell 9.1 % against both the euro and the dollar."
    result = claim_results(text, two_currencies, date="2032-02-01")["9.1 %"]
    assert result.verdict is Verdict.needs_review, result.explanation
