"""Arabic copy names GDP at purchasing power parity 'تعادل القوة الشرائية' (glossed as the English words, as
Russian and European copy already is): a series the packages do not hold (unsupported: other_series), said in
the figure's sentence or in the sentence before an undated figure — not the current-dollar row contradicting
it. Invented figures."""

from __future__ import annotations

from pathlib import Path

import pytest
from package_support import claim_results, population_and_gdp

from workbench.models import Verdict


@pytest.fixture(scope="module")
def packages(tmp_path_factory: pytest.TempPathFactory) -> list[Path]:
    return population_and_gdp(tmp_path_factory.mktemp("wb"), {("Kazakhstan", 2021): 19.0e6},
                              {("Kazakhstan", 2021): 197.1e9})


@pytest.mark.parametrize(("text", "verdict"), [
    ("بلغ الناتج المحلي الإجمالي لكازاخستان بتعادل القوة الشرائية 540 مليار دولار في عام 2021.",
     Verdict.unsupported),
    ("بلغ الناتج المحلي الإجمالي لكازاخستان 540 مليار دولار في عام 2021.", Verdict.contradicted),
])
def test_gdp_at_purchasing_power_parity_is_another_series(packages: list[Path], text: str,
                                                          verdict: Verdict) -> None:
    result = claim_results(text, packages, date="2023-03-01")["540 مليار دولار"]
    assert result.verdict is verdict, result.explanation


def test_the_basis_said_in_the_sentence_before_carries_to_an_undated_figure(packages: list[Path]) -> None:
    text = ("تحسب كازاخستان ناتجها المحلي الإجمالي باستخدام تعادل القوة الشرائية. "
            "ويقدر حجم اقتصاد كازاخستان بنحو 610 مليار دولار.")
    result = claim_results(text, packages, date="2023-03-01")["610 مليار دولار"]
    assert result.verdict is Verdict.unsupported, result.explanation
