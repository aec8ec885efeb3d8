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


@pytest.mark.parametrize("sentence", ["Unemployment insurance claims rose 14% in 2021.",
                                      "Claims rose 14% in 2021, the insurers' association said.",
                                      "New jobless claims were up 14% in 2021."])
def test_claims_as_a_noun_name_a_measure_of_their_own(tmp_path: Path, sentence: str) -> None:
    # 'claims' filed with insurers or a jobs agency are what the figure counts, not who says it: never
    # read as the inflation the sentence before names
    text = f"Norway's inflation rate was 3.5% in 2021. {sentence}"
    result = claim_results(text, [cpi_package(tmp_path / "cpi")], "2022-04-15")["14%"]
    assert result.verdict is Verdict.unsupported, result.explanation
    assert not result.evidence, result.explanation


@pytest.mark.parametrize("verb", ["The post claims", "It also claims", "He claimed"])
def test_claims_as_the_verb_still_take_the_measure_named_before(tmp_path: Path, verb: str) -> None:
    text = f"A viral post lists Norway's inflation rates for every year. {verb} the rate in 2021 was 14%."
    result = claim_results(text, [cpi_package(tmp_path / "cpi")], "2022-04-15")["14%"]
    assert result.evidence and (result.evidence[0].period, result.evidence[0].value) == ("2021", 3.5), result.explanation
