"""A central bank named in its own language ('the Bangko Sentral ng Pilipinas', 'Banxico') names its
country as 'Destatis' or 'Stats SA' does, and so does the US Federal Reserve ('the Fed') (data/gazetteer.csv aliases): a figure in a sentence naming no
other place is judged by that country's row, not left for a person to place."""

from __future__ import annotations

from pathlib import Path

import pytest
from package_support import claim_results, cpi_package

from workbench.models import Verdict


@pytest.mark.parametrize("text, figure", [
    ("Inflation averaged 5.9% in 2030, above the 2% to 4% target of the Bangko Sentral ng Pilipinas.", "5.9%"),
    ("Inflation averaged 4.6% in 2030, Banxico said in its quarterly report.", "4.6%"),
    # 'the Fed' is the United States' central bank
    ("Inflation ran at 2.7% in 2030, the Fed noted in the minutes of its January meeting.", "2.7%"),
    ("Inflation averaged 2.7% in 2030, the Federal Reserve said.", "2.7%"),
])
def test_the_central_banks_country_is_the_place(tmp_path: Path, text: str, figure: str) -> None:
    cpi = cpi_package(tmp_path / "cpi", {("Philippines", 2030): 5.9, ("Mexico", 2030): 4.6, ("United States", 2030): 2.7,
                                               ("World", 2030): 3.0})
    result = claim_results(text, [cpi], date="2031-02-01")[figure]
    assert result.verdict is Verdict.supported, result.explanation
