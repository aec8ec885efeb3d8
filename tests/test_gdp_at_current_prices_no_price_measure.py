"""'GDP at current prices' is nominal GDP, a money series: the 'prices' of its valuation name no price the sentence speaks
of, so the rise of it a sentence gives ('an increase of 6.1 percent over 2040') is no consumer-price rate, whatever
language says it. A sentence naming a price measure is still read against it. The package is World Bank-shaped with
invented figures."""

from __future__ import annotations

from pathlib import Path

import pytest
from package_support import claim_results, cpi_package

from workbench.models import Verdict


@pytest.fixture(scope="module")
def cpi(tmp_path_factory: pytest.TempPathFactory) -> list[Path]:
    return [cpi_package(tmp_path_factory.mktemp("cpi") / "cpi",
                        {("Austria", 2040): 1.8, ("Austria", 2041): 2.0, ("Poland", 2041): 3.1})]


@pytest.mark.parametrize(("text", "figure"), [
    ("Austria's GDP at current prices reached 412.5 billion euros in 2041, an increase of 6.1 percent over 2040.",
     "6.1 percent"),
    ("In Austria, GDP at current market prices was 412.5 billion euros in 2041, up 6.1 percent on 2040.", "6.1 percent"),
    ("PKB Polski w cenach bieżących wyniósł w 2041 roku 4100 mld zł, co oznacza wzrost o 9,4 proc. wobec 2040 roku.",
     "9,4 proc."),
])
def test_a_rise_of_gdp_at_current_prices_is_no_price_rate(cpi: list[Path], text: str, figure: str) -> None:
    result = claim_results(text, cpi, "2042-03-01")[figure]
    assert result.verdict is Verdict.unsupported, result.explanation
    assert not result.evidence or "Consumer" not in (result.evidence[0].metric or ""), result.evidence


def test_a_sentence_naming_consumer_prices_is_still_read_against_them(cpi: list[Path]) -> None:
    text = "Consumer prices in Austria rose 2.0 percent in 2041, while GDP at current prices grew 6.1 percent."
    result = claim_results(text, cpi, "2042-03-01")["2.0 percent"]
    assert result.verdict is Verdict.supported, result.explanation
