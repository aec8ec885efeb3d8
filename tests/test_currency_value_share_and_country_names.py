"""A currency's loss or gain of a share of its value ('the rand lost 12 % of its value against the dollar', glossed
from any language the glossaries hold) is that currency's move; a currency may be named by its country ('the
Brazilian currency', 'the dollar of Singapore') or stand right before its bracketed figure ('the Singapore dollar
(+0.60 %)'). A move of a currency no rate series holds is judged by no other series its sentence names."""

from __future__ import annotations

from pathlib import Path

import pytest
from package_support import claim_results, cpi_package, rates_package

from workbench.models import Verdict
from workbench.verify import Reason

RATES = {("South Africa", 2017): 13.3, ("South Africa", 2018): 13.2, ("South Africa", 2019): 14.4,
         ("Brazil", 2021): 5.40, ("Brazil", 2022): 5.16, ("Singapore", 2021): 1.34, ("Singapore", 2022): 1.38,
         ("Japan", 2017): 112.1, ("Japan", 2018): 110.4}
PRICES = {("Angola", 2019): 17.1, ("Angola", 2020): 22.3, ("Angola", 2021): 25.8}


@pytest.fixture(scope="module")
def packages(tmp_path_factory: pytest.TempPathFactory) -> list[Path]:
    root = tmp_path_factory.mktemp("value")
    return [rates_package(root, RATES, source="Federal Reserve Bank of St. Louis"), cpi_package(root / "cpi", PRICES)]


def _is_move_of(result, country: str) -> None:  # type: ignore[no-untyped-def]
    assert result.verdict is Verdict.needs_review, result.explanation
    assert result.reason == Reason.RATE_MOVE.value, result.explanation
    assert result.evidence[0].dimensions.get("Country") == country, result.evidence[0]


def test_a_share_of_a_currencys_value_beside_inflation_is_its_move(packages: list[Path]) -> None:
    text = ("Prices kept climbing through 2019, driven by the currency's slide, which made the rand lose 12% of its "
            "value against the dollar in 2018.")
    _is_move_of(claim_results(text, packages, date="2019-06-01")["12%"], "South Africa")


@pytest.mark.parametrize("text, figure", [
    ("Der Rand verlor 2018 rund 12 Prozent an Wert gegenüber dem Dollar, wie Händler berichteten.", "12 Prozent"),
    ("Le rand a perdu 12 % de sa valeur face au dollar en 2018, selon les cambistes.", "12 %"),
])
def test_a_loss_of_value_in_other_languages_is_the_move(packages: list[Path], text: str, figure: str) -> None:
    _is_move_of(claim_results(text, packages, date="2019-06-01")[figure], "South Africa")


def test_a_move_of_a_currency_no_series_holds_is_not_judged_by_inflation(packages: list[Path]) -> None:
    text = ("Inflation in Angola kept rising in 2021, after the kwanza lost 56% of its value against the dollar "
            "in 2019 and 2020.")
    result = claim_results(text, packages, date="2022-01-15")["56%"]
    assert result.verdict is Verdict.unsupported, result.explanation
    assert not result.evidence or all(e.resource != "cpi" for e in result.evidence)


@pytest.mark.parametrize("text, figure, country", [
    ("The Brazilian currency gained 5.62% in 2022, traders said.", "5.62%", "Brazil"),
    ("The dollar of Singapore rose 0.60% in 2022, traders said.", "0.60%", "Singapore"),
])
def test_a_currency_named_by_its_country_moves(packages: list[Path], text: str, figure: str, country: str) -> None:
    _is_move_of(claim_results(text, packages, date="2023-02-01")[figure], country)


def test_a_bracketed_figure_after_a_currencys_name_is_its_move(packages: list[Path]) -> None:
    text = "The Chilean peso (+0.85%), the Singapore dollar (+0.60%) and the Mexican peso (+0.40%) also gained in 2022."
    _is_move_of(claim_results(text, packages, date="2023-02-01")["+0.60%"], "Singapore")


def test_a_bracketed_figure_after_the_currency_quoted_against_is_not_that_ones(packages: list[Path]) -> None:
    text = "In 2018 the rand was stronger against the yen (4.9%) than against the euro."
    _is_move_of(claim_results(text, packages, date="2019-02-01")["4.9%"], "South Africa")


@pytest.mark.parametrize("text, figure", [
    ("In 2021 the steepest falls were those of the currencies of Angola (-35.2%), Zambia (-18.4%) and Ghana "
     "(-9.6%), traders said.", "-35.2%"),
    ("Em 2021, a desvalorização das moedas de Angola (-35,2%), Zâmbia (-18,4%) e Gana (-9,6%) pesou sobre os "
     "importadores.", "-35,2%"),
])
def test_a_bracketed_figure_after_a_country_in_a_list_of_currencies_is_its_currencys_move(
        packages: list[Path], text: str, figure: str) -> None:
    # no rate series holds the kwanza: its move is beyond the data, and Angola's prices are no reading of it
    result = claim_results(text, packages, date="2022-02-01")[figure]
    assert result.verdict is Verdict.unsupported, result.explanation


def test_a_bracketed_figure_after_a_country_with_other_words_between_is_no_currencys_move(
        packages: list[Path]) -> None:
    # the list of currencies ended: 'inflation in Zambia (18.4%)' is a price rise, not the kwacha's move
    text = ("In 2021 the currencies of Angola (-35.2%) fell while inflation in Zambia (18.4%) kept rising, traders "
            "said.")
    result = claim_results(text, packages, date="2022-02-01")["18.4%"]
    assert result.reason != Reason.RATE_MOVE.value
