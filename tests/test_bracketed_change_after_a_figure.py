"""'Norway released 44.0 million tonnes of carbon dioxide in 2030 (1.1 million tonnes more than in 2029)': a figure
opening a bracket right after another figure's clause speaks of that figure's subject — the change of the same
emissions — not of a clause farther back ('citing the ministry's review'). Judged as the change of the carbon rows
(converted to CO2), it agrees or disagrees; never 'nothing matches'. Invented figures and sentences."""

from __future__ import annotations

from pathlib import Path

import pytest
from package_support import carbon_package, claim_results

from workbench.models import Verdict

# thousand tonnes of carbon: 12,000 × 3.664 = 43.97 Mt CO2; the rise 300 × 3.664 = 1.10 Mt CO2
TOTALS = {("NORWAY", 2029): 11_700, ("NORWAY", 2030): 12_000}
TEXT = ("The report, citing the ministry's annual review, says that Norway released 44.0 million tonnes of carbon "
        "dioxide in 2030 ({change} million tonnes more than in 2029).")


@pytest.fixture(scope="module")
def carbon(tmp_path_factory: pytest.TempPathFactory) -> Path:
    return carbon_package(tmp_path_factory.mktemp("co2") / "carbon", TOTALS)


@pytest.mark.parametrize(("change", "verdict"), [("1.1", Verdict.supported), ("2.6", Verdict.contradicted)])
def test_the_bracketed_change_is_the_emissions_change(carbon: Path, change: str, verdict: Verdict) -> None:
    results = claim_results(TEXT.format(change=change), [carbon], date="2031-06-01")
    result = results[f"{change} million tonnes"]
    assert result.verdict is verdict, result.explanation
    assert result.claim.subject is not None and "carbon" in result.claim.subject
