"""A fact check reports a post's figure with 'claims', 'falsely', 'wrongly': words that say who says it,
not what it measures, so a sentence made of them and 'the rate' takes the measure the sentence before
names ('inflation rates'), as one with 'said' does — never 'nothing matches'. Invented figures."""

from __future__ import annotations

from pathlib import Path

import pytest
from package_support import claim_results, cpi_package

from workbench.models import Verdict


@pytest.mark.parametrize("verb", ["falsely claims", "wrongly claimed", "said"])
def test_a_reported_rate_takes_the_measure_named_before(tmp_path: Path, verb: str) -> None:
    text = f"A viral post lists Norway's inflation rates for every year. It {verb} the rate in 2021 was 14%."
    result = claim_results(text, [cpi_package(tmp_path / "cpi")], "2022-04-15")["14%"]
    assert result.verdict is not Verdict.unsupported, result.explanation
    assert result.evidence and (result.evidence[0].period, result.evidence[0].value) == ("2021", 3.5), result.explanation
