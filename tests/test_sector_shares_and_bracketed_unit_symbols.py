"""Carbon dioxide copy as US federal statistics and the news written from them put it.

A fuel's share named within a sector ('within the power sector, coal … 19 %') is a share of the sector's
emissions, which a table by fuel does not hold: it is no share of the nation's total, whichever way it agrees.
A unit's symbol glossed in brackets after its words ('billion metric tons (Bmt)', 'gigatonnes (Gt)') goes on
with its clause, as an acronym's does, so the verb after it ('were emitted') still names the measure; 'Bmt' and
'MMmt' glued to a figure are billion and million metric tons.

The package is publisher-shaped (a nation's total and fuels in thousand metric tons of carbon), figures invented.
"""

from __future__ import annotations

from pathlib import Path

import pytest
from package_support import carbon_by_nation, claim_results

from workbench.extraction import extract_text
from workbench.models import Verdict
from workbench.text import clause_span


@pytest.fixture()
def fuels(tmp_path: Path) -> Path:
    # Norway 2030: 1,000,000 thousand t C in all (3.664 billion t CO2), gas 400,000 of it (40 %)
    return carbon_by_nation(tmp_path / "fuels", [(2029, "NORWAY", 1_050_000, 410_000), (2030, "NORWAY", 1_000_000, 400_000)])


def test_a_fuels_share_of_the_nations_total_is_still_judged(fuels: Path) -> None:
    text = "Gas fuel accounted for 40% of Norway's carbon dioxide emissions in 2030."
    result = claim_results(text, [fuels], "2031-05-01")["40%"]
    assert result.verdict is Verdict.supported, result.explanation


@pytest.mark.parametrize("sector", ["power sector", "electric power sector", "transport sector"])
def test_a_fuels_share_within_a_sector_is_not_the_nations(fuels: Path, sector: str) -> None:
    # the same 40 % said of the sector's emissions: the table by fuel holds no sector, so it neither confirms nor
    # refutes it
    text = f"Within Norway's {sector}, carbon dioxide emissions from gas fuel made up 40% in 2030."
    result = claim_results(text, [fuels], "2031-05-01")["40%"]
    assert result.verdict is Verdict.unsupported, result.explanation
    assert not any("/" in (e.formula or "") for e in result.evidence), result.explanation


@pytest.mark.parametrize("symbol", ["Bmt", "Gt"])
def test_a_unit_symbol_in_brackets_goes_on_with_its_clause(fuels: Path, symbol: str) -> None:
    text = ("Norway's carbon dioxide emissions fell in 2030.\n\n"
            f"Around 3.7 billion metric tons ({symbol}) were emitted in 2030, a 5% fall from 2029.")
    result = claim_results(text, [fuels], "2031-05-01")["3.7 billion metric tons"]
    assert result.verdict is Verdict.supported, result.explanation
    assert result.evidence[0].period == "2030"


def test_bracketed_unit_symbols_are_no_clause_break() -> None:
    sentence = "About 36 gigatonnes (Gt) were emitted, a record."
    assert clause_span(sentence, sentence.index("36")) == (0, sentence.index(", a record"))
    named = "Exports rose in Norway (Oslo) last year."  # a name in brackets still breaks the clause
    assert clause_span(named, 0)[1] == named.index("(")


@pytest.mark.parametrize(("text", "value"), [
    ("Coal accounted for 0.9Bmt of CO2 emissions in 2030.", 0.9e9),
    ("Natural gas accounted for 1,650 MMmt of CO2 emissions in 2030.", 1.65e9),
])
def test_billion_and_million_metric_tons_glued_to_a_figure(text: str, value: float) -> None:
    claims = [c for c in extract_text(text) if c.unit == "t"]
    assert len(claims) == 1, claims
    assert claims[0].value == pytest.approx(value)


def test_a_sector_a_later_clause_names_is_another_figures(fuels: Path) -> None:
    # the sector belongs to the 70 % of the clause after it; the 40 % is still gas's share of the nation's total
    text = ("Gas fuel accounted for 40% of Norway's carbon dioxide emissions in 2030, with 70% of gas emissions coming "
            "from the power sector.")
    result = claim_results(text, [fuels], "2031-05-01")["40%"]
    assert result.verdict is Verdict.supported, result.explanation
