"""'The country posted a 12.8 % rate in June, eased to 11.6 % and was reduced further to 11.1 %' under a title
on a country's inflation: words of movement ('reduced', 'further') name no measure, so the monthly
figures take the title's measure and meet the year's annual row as another period (needs_review),
not 'nothing matches' (unsupported). A month whose year has no row stays unsupported."""

from __future__ import annotations

from pathlib import Path

import pytest
from package_support import claim_results, cpi_package

from workbench.models import Verdict

TEXT = ("# Chile's inflation through 2022\n\n"
        "The country posted a 12.8 % rate in June 2022 that eased to 11.6 % in August "
        "and was reduced further to 11.1 % by October 2022.")


@pytest.fixture(scope="module")
def packages(tmp_path_factory: pytest.TempPathFactory) -> list[Path]:
    return [cpi_package(tmp_path_factory.mktemp("pkgs") / "cpi")]


@pytest.mark.parametrize("claim", ["12.8 %", "11.6 %", "11.1 %"])
def test_a_monthly_rate_after_movement_words_meets_the_years_row(packages: list[Path], claim: str) -> None:
    result = claim_results(TEXT, packages, date="2022-12-20")[claim]
    # 11.6 % equals the 2022 annual average by chance: another period, never supported
    assert result.verdict is Verdict.needs_review, result.explanation
    assert result.evidence and result.evidence[0].resource.startswith("cpi"), result.evidence
    assert (result.evidence[0].period, result.evidence[0].value) == ("2022", 11.6)


def test_a_month_before_the_data_stays_unsupported(packages: list[Path]) -> None:
    text = TEXT.replace("2022", "2018")
    results = claim_results(text, packages, date="2018-12-20")
    assert {r.verdict for r in results.values()} == {Verdict.unsupported}, \
        [(r.claim.text, r.explanation) for r in results.values()]
