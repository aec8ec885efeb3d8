"""'The latest price of the dollar was …': a currency's latest (last) price or quote is one moment's price, and
so is the earlier price a sentence sets it against ('… up from the 15.60 pesos it cost in April'): monthly means
neither confirm nor refute either, so a month's mean some way off sends them for review, not contradiction
(currencies.json day_price_words). Invented figures in a package shaped as the Federal Reserve's monthly file."""

from __future__ import annotations

from pathlib import Path

import pytest
from package_support import claim_results, monthly_rates_package

from workbench.models import Verdict


@pytest.fixture()
def peso(tmp_path: Path) -> Path:
    return monthly_rates_package(tmp_path / "fx", {"Mexico": {"2031-04": 17.1, "2031-05": 17.4, "2031-06": 17.5}})


@pytest.mark.parametrize(("text", "figure"), [
    ("The latest price of the dollar was 19.20 Mexican pesos, up 23% from the 15.60 pesos it cost in April.", "15.60 pesos"),
    ("The latest price of the dollar was 19.20 Mexican pesos, up 23% from the 15.60 pesos it cost in April.", "19.20 Mexican pesos"),
    ("El último precio del dólar fue de 19,20 pesos mexicanos, un aumento de 23% respecto a los 15,60 pesos que "
     "costaba en abril.", "15,60 pesos"),
])
def test_a_latest_price_and_the_price_it_is_set_against_are_for_review(peso: Path, text: str, figure: str) -> None:
    result = claim_results(text, [peso], "2031-06-10")[figure]
    assert result.verdict is Verdict.needs_review, result.explanation


def test_a_months_price_with_no_moment_named_is_still_judged(peso: Path) -> None:
    result = claim_results("In April 2031 the dollar cost 15.60 Mexican pesos on average.", [peso], "2031-06-10")
    assert result["15.60 Mexican pesos"].verdict is Verdict.contradicted, result["15.60 Mexican pesos"].explanation
