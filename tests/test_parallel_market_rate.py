"""An exchange rate its sentence says is the parallel (black) market's — 'the dollar on the parallel market closed
at …', Spanish and Portuguese 'mercado paralelo' glossed so — is another series than the official rates the
packages hold: unsupported (other_series), whatever the official month's mean says; the official rate beside it is
judged as before (lexicon.json valuation_basis_words). Invented figures in a package shaped as the Federal
Reserve's monthly file."""

from __future__ import annotations

from pathlib import Path

import pytest
from package_support import claim_results, monthly_rates_package

from workbench.models import Verdict


@pytest.fixture()
def bolivar(tmp_path: Path) -> Path:
    return monthly_rates_package(tmp_path / "fx", {"Venezuela": {"2031-05": 40.1, "2031-06": 41.0}})


@pytest.mark.parametrize(("text", "figure"), [
    ("On the parallel market the dollar kept climbing this week, closing on Friday at 52.40 bolívars.", "52.40 bolívars"),
    ("En el mercado paralelo el dólar siguió subiendo esta semana, y cerró el viernes en 52,40 bolívares.", "52,40 bolívares"),
    ("The black-market rate reached 52.40 bolívars per dollar in June 2031.", "52.40 bolívars"),
])
def test_a_parallel_market_rate_is_another_series(bolivar: Path, text: str, figure: str) -> None:
    result = claim_results(text, [bolivar], "2031-06-14")[figure]
    assert result.verdict is Verdict.unsupported and result.reason == "other_series", result.explanation


def test_the_official_rate_is_still_judged(bolivar: Path) -> None:
    result = claim_results("The official rate averaged 52.40 bolívars per dollar in June 2031.", [bolivar],
                           "2031-07-14")["52.40 bolívars"]
    assert result.verdict is Verdict.contradicted, result.explanation
