"""'3.4 % in the first nine months of 2022, up from 2.9 % for the same period in the previous year': the
second figure is of the same months of its year (periods.json same_part_words), January–September 2021, not
the whole year: the yearly row is another period, which a reader must weigh (never a support). The year stays
the year's when the sentence names no part of a year before 'the same period'.

Package World Bank-shaped, figures invented; sentences written here.
"""

from __future__ import annotations

from pathlib import Path

import pytest
from package_support import claim_results, cpi_package

from workbench.models import Verdict


@pytest.fixture(scope="module")
def cpi(tmp_path_factory: pytest.TempPathFactory) -> Path:
    return cpi_package(tmp_path_factory.mktemp("parts") / "cpi", {("Botswana", 2021): 2.9, ("Botswana", 2022): 3.4})


@pytest.mark.parametrize(("sentence", "months"), [
    ("Botswana's average inflation was 3.6% in the first nine months of 2022, up from 2.9% for the same period "
     "in the previous year.", "2021-01/2021-09"),
    ("In Botswana prices rose 3.6% in the first quarter of 2022, after 2.9% in the same period of 2021.",
     "2021-01/2021-03"),
])
def test_the_same_period_of_another_year_is_that_part_of_it(cpi: Path, sentence: str, months: str) -> None:
    result = claim_results(sentence, [cpi], "2022-11-01")["2.9%"]
    assert result.claim.period == months
    assert result.verdict is Verdict.needs_review and result.reason == "different_period", result.explanation


def test_the_same_period_after_a_whole_year_is_that_year(cpi: Path) -> None:
    result = claim_results("Botswana's inflation averaged 3.4% in 2022, against 2.9% in the same period of 2021.",
                           [cpi], "2023-03-01")["2.9%"]
    assert result.verdict is Verdict.supported, result.explanation
    assert result.evidence[0].period == "2021"
