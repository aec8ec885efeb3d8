"""A percent that the text ties to a series in another unit by generic words alone ('the rate of increase
was 3.0 %' beside the CO2 files' 'Annual Increase' column, in ppm): the percent is a change the checker
computes from that series, and nothing says the writer meant it — disagreeing, it goes to a person, not
a contradiction. A sentence that names the series' measure keeps its contradiction. Sentences written
for these tests; the package is the shared CO2 one (its global 'Annual Increase' rose from 2.25 ppm
in 2022 to 2.71 ppm in 2023: 20.4 %)."""

from __future__ import annotations

import pytest
from conftest import wild_package
from package_support import claim_results

from workbench.models import Verdict

pytestmark = pytest.mark.usefixtures("fresh_reference_cache")


def _result(text: str, figure: str):  # type: ignore[no-untyped-def]
    return claim_results(text, [wild_package("co2-ppm")], date="2024-04-19")[figure]


@pytest.mark.parametrize("text", ["In 2023 the overall rate of increase was 3.0%.",
                                  "In 2023 the rate of increase was 3.0%."])
def test_a_percent_named_only_by_generic_words_is_no_contradiction_of_a_ppm_series(text: str) -> None:
    result = _result(text, "3.0%")
    assert result.verdict is not Verdict.contradicted, result.explanation


@pytest.mark.parametrize("text", ["The global CO2 growth rate rose 3.0% in 2023.",
                                  "The rate of increase of global CO2 in 2023 was 3.0% higher than in 2022."])
def test_naming_the_measure_keeps_the_contradiction(text: str) -> None:
    result = _result(text, "3.0%")
    assert result.verdict is Verdict.contradicted, result.explanation
