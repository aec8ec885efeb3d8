"""An era phrase after the claim stays the claim's when what stands between is not another figure of the
sentence: the change's own target ('by 467% to 51 million') or a name with a digit ('G20'). Invented
Kenyan populations; the sentences are written here."""

from __future__ import annotations

from pathlib import Path

import pytest
from package_support import claim_results, publisher_package

from workbench.models import Verdict

_ROWS = {("Kenya", year): 9_000_000 + (year - 1963) * 700_000 for year in range(1960, 2024)}


@pytest.fixture(scope="module")
def population(tmp_path_factory: pytest.TempPathFactory) -> Path:
    return publisher_package(tmp_path_factory.mktemp("pop") / "population", "population", "Population, total",
                             "Population", _ROWS)


@pytest.mark.parametrize("sentence", [
    "Kenya's population has grown by 467% to 51 million since independence in 1963, officials said.",
    "Kenya's population has grown by 467%, faster than any G20 economy, since independence in 1963.",
])
def test_the_era_after_a_target_or_a_name_with_a_digit_is_still_the_claims(population: Path, sentence: str) -> None:
    result = claim_results(sentence, [population], date="2024-05-01")["467%"]
    assert result.verdict is Verdict.supported, result.explanation
    assert "read as from 1963" in result.explanation


def test_the_era_after_another_figure_is_that_figures(population: Path) -> None:
    result = claim_results("Kenya's population has grown by 467% and its capital has 4.4 million people "
                           "since independence in 1963.", [population], date="2024-05-01")["467%"]
    assert "read as from 1963" not in result.explanation, result.explanation


def test_an_era_in_the_claims_own_clause_before_a_bracketed_figure_is_still_the_claims(population: Path) -> None:
    # the bracket elaborates the era of the claim's own clause: it takes no span from the claim
    result = claim_results("Kenya's population has grown by 467% since independence in 1963 (9.0 million then).",
                           [population], date="2024-05-01")["467%"]
    assert "read as from 1963" in result.explanation, result.explanation
