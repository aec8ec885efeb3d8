"""Russian copy names GDP at purchasing power parity 'по паритету покупательной способности' or 'по ППС' (glossed as
the English words, as Italian, Spanish, Portuguese, French and German copy already is): a series the packages
do not hold (unsupported: other_series), not the current-dollar row contradicting it. Invented figures."""

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
    ("В 2021 году ВВП Казахстана по паритету покупательной способности составил 540 млрд долларов.",
     Verdict.unsupported),
    # the abbreviation news copy uses as often as the words
    ("По ППС экономика Казахстана в 2021 году оценивалась в 540 млрд долларов.", Verdict.unsupported),
    ("В 2021 году ВВП Казахстана составил 540 млрд долларов.", Verdict.contradicted),
])
def test_gdp_at_purchasing_power_parity_is_another_series(packages: list[Path], text: str,
                                                          verdict: Verdict) -> None:
    result = claim_results(text, packages, date="2023-03-01")["540 млрд долларов"]
    assert result.verdict is verdict, result.explanation


@pytest.mark.parametrize(("text", "verdict"), [
    # the basis said in the sentence before, of a figure that names no year of its own: the same ranking's series
    ("Казахстан занял 40-е место по ВВП по ППС. Экономика страны оценивается примерно в 610 млрд долларов.",
     Verdict.unsupported),
    # no basis before: the current-dollar row speaks to it
    ("Казахстан занял 40-е место среди экономик мира. Экономика страны в 2021 году составила 610 млрд долларов.",
     Verdict.contradicted),
])
def test_a_basis_said_in_the_sentence_before_carries_to_an_undated_figure(packages: list[Path], text: str,
                                                                          verdict: Verdict) -> None:
    result = claim_results(text, packages, date="2023-03-01")["610 млрд долларов"]
    assert result.verdict is verdict, result.explanation
