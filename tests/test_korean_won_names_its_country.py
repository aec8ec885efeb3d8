"""'원화' (the won) names the one country whose rows every won figure of the news is read against, as 'the forint'
names Hungary: a change in the won's value with no other place named is South Korea's (languages.json ko words),
not a figure of no place. Invented figures."""

from __future__ import annotations

from pathlib import Path

from package_support import claim_results, rates_package


def test_the_wons_value_is_read_against_south_koreas_rows(tmp_path: Path) -> None:
    won = rates_package(tmp_path / "fx", {("South Korea", 2029): 1000.0, ("South Korea", 2030): 1100.0,
                                          ("Japan", 2029): 110.0, ("Japan", 2030): 120.0})
    text = "원·달러 평균 환율은 2030년에 1100원이었다. 원화 가치가 9.1% 하락했다."
    result = claim_results(text, [won], "2031-02-01")["9.1%"]
    assert result.reason != "place_unnamed", result.explanation
    assert result.evidence and result.evidence[0].dimensions.get("Country") == "South Korea", result.evidence
