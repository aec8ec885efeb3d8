"""The dollar quoted against another currency ('the dollar fell to 10.04 against the Norwegian krone')
is that currency's amount per dollar, as the rate series write it: checked against its rows, in English
and through a glossary alike, never flagged as a figure nothing matches.

Package shaped like the Federal Reserve's yearly file, figures invented.
"""

from __future__ import annotations

from pathlib import Path

import pytest
from package_support import claim_results, rates_package

from workbench.models import Verdict

RATES = {("Norway", 2022): 9.6, ("Norway", 2023): 10.5, ("Sweden", 2023): 10.6, ("Euro area", 2023): 0.92}


@pytest.fixture()
def packages(tmp_path: Path) -> list[Path]:
    return [rates_package(tmp_path, RATES, source="Federal Reserve")]


@pytest.mark.parametrize("text, figure, unit, verdict, row", [
    ("Over 2023 as a whole the dollar averaged 10.52 against the Norwegian krone.", "10.52", "NOK", Verdict.supported,
     ("Norway", 10.5)),
    ("Over 2023 as a whole the dollar averaged 8.10 against the Swedish krona.", "8.10", "SEK", Verdict.contradicted,
     ("Sweden", 10.6)),
    ("I 2023 var dollarkursen i snitt 10,49 mot norske kroner.", "10,49", "NOK", Verdict.supported, ("Norway", 10.5)),
])
def test_the_dollar_against_another_currency_is_that_currency_per_dollar(
        packages: list[Path], text: str, figure: str, unit: str, verdict: Verdict, row: tuple[str, float]) -> None:
    result = claim_results(text, packages, "2024-02-01")[figure]
    assert (result.claim.unit, result.verdict) == (unit, verdict), result.explanation
    evidence = result.evidence[0]
    assert (evidence.period, evidence.dimensions["Country"], evidence.value) == ("2023", *row)


def test_another_currency_against_the_dollar_keeps_its_own_reading(packages: list[Path]) -> None:
    # 'the euro at 1.09 against the dollar' is dollars per euro, read as the euro's (verify takes its reciprocal)
    result = claim_results("In 2023 the euro averaged 1.09 against the dollar.", packages, "2024-02-01")["1.09"]
    assert result.claim.unit == "EUR"
