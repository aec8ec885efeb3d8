"""Korean FX copy writes a rate's hundredths as jeon after the won ('1165원70전' is 1,165.70 won, as Japanese
'151円35銭' is 151.35 yen: languages.json ``figure_subunits``): the figure is the won and its jeon, read against the
year's average as written, not the whole won alone. Invented figures."""

from __future__ import annotations

from pathlib import Path

from package_support import claim_results, rates_package

from workbench.models import Verdict

RATES = {("South Korea", 2019): 1165.70, ("Japan", 2019): 109.0, ("Euro", 2019): 0.8930}


def test_won_and_jeon_are_one_rate(tmp_path: Path) -> None:
    text = "한국은행에 따르면 2019년 평균 원·달러 환율은 1165원70전으로 집계됐다."
    results = claim_results(text, [rates_package(tmp_path, RATES)], date="2020-01-10")
    rate = next(r for surface, r in results.items() if surface.startswith("1165원"))
    assert rate.claim.value == 1165.70 and rate.claim.unit == "KRW", rate.claim
    assert rate.verdict is Verdict.supported, rate.explanation
