"""'Annualized' anywhere in a clause that names inflation ('inflation reached 11.6 % in annualized terms',
'on an annualised basis, consumer prices rose 11.6 %') is the 12-month rate of consumer prices, as
'annualized inflation' is (``annualized_words``, ``measure_words``): never another series the data lacks.
Before, only the words right beside each other were read so, and the figure was failed as 'unsupported'.

The package is World Bank-shaped (``package_support.cpi_package``), figures invented.
"""

from __future__ import annotations

from pathlib import Path

from package_support import claim_results

from workbench.models import Verdict


def test_annualized_terms_of_inflation_are_its_twelve_month_rate(cpi: Path) -> None:
    for text in ("In Chile, inflation reached 11.6% in annualized terms in 2022.",
                 "On an annualised basis, consumer prices in Chile rose 11.6% in 2022."):
        result = next(iter(claim_results(text, [cpi], "2023-03-01").values()))
        assert result.verdict in (Verdict.supported, Verdict.needs_review), (text, result.explanation)
        assert result.evidence and result.evidence[0].period == "2022", (text, result.explanation)
