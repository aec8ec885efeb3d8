"""A percent change joined to the two dated ends written right before it ('rose from 339 ppm in 1980 to 410 ppm
in 2019, an increase of 21 %', periods.json change_end_years ``restated_by``) restates the move between them: it
spans those years, judged from the first year's row to the last's — never the last year's own change, and not a
mean of yearly rates because the ends are averages ('global average concentrations'). Invented figures."""

from __future__ import annotations

from pathlib import Path

import pytest
from extraction_helpers import claims_in
from package_support import claim_results, population_package, ppm_package

from workbench.models import Verdict


def test_the_change_after_its_two_ends_spans_their_years() -> None:
    claims = {c.text: c.period for c in claims_in(
        "Norway's population grew from 4,478,500 in 2000 to 5,425,300 in 2022, an increase of 21.1%.")}
    assert claims["21.1%"] == "2000/2022"
    # … a few words of a bound between the restating words and the figure, an aside after a year
    claims = {c.text: c.period for c in claims_in(
        "Norway's population grew from 4,478,500 in 2000 (the census year) to 5,425,300 in 2022, a rise of "
        "more than 20%.")}
    assert claims["20%"] == "2000/2022"


@pytest.fixture(scope="module")
def gas(tmp_path_factory: pytest.TempPathFactory) -> Path:
    rows = [(1980, 338.9), (2018, 407.6), (2019, 410.1)]
    return ppm_package(tmp_path_factory.mktemp("gas"), {"co2-annmean-gl": ("Year", "year", "Mean", rows)})


def test_the_restated_change_is_judged_between_the_ends_rows(gas: Path) -> None:
    text = ("Global average concentrations of carbon dioxide rose from 339 parts per million in 1980 to 410 parts "
            "per million in 2019, an increase of 21%.")
    result = claim_results(text, [gas], date="2021-03-01")["21%"]
    assert result.verdict is Verdict.supported, result.explanation
    assert [c.period for c in result.evidence[0].cells] == ["1980", "2019"]


def test_a_restated_change_that_misses_the_ends_rows_is_contradicted(tmp_path: Path) -> None:
    package = population_package(tmp_path / "pop", {("Norway", 2000): 4_478_500, ("Norway", 2021): 5_391_400,
                                                    ("Norway", 2022): 5_425_300})
    text = "Norway's population grew from 4,478,500 in 2000 to 5,425,300 in 2022, an increase of 27.5%."
    result = claim_results(text, [package], date="2023-03-01")["27.5%"]
    assert result.verdict is Verdict.contradicted, result.explanation
    assert result.claim.period == "2000/2022"
