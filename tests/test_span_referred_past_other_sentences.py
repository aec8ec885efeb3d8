"""A change whose sentence points back to a span ('over the three-year period') is over the span the
nearest earlier sentence of its paragraph naming one gives, past sentences between them that name no
period; with no pointing words it reads only the sentence right before. Invented figures."""

from __future__ import annotations

from pathlib import Path

from package_support import carbon_package, claim_results

from workbench.models import Verdict

# Brazil, thousand tonnes of carbon: 2010 → 2013 falls 20.0 %; 2012 → 2013 falls 5.9 %
TOTALS = {("BRAZIL", 2010): 100_000, ("BRAZIL", 2011): 95_000, ("BRAZIL", 2012): 85_000, ("BRAZIL", 2013): 80_000}
SPAN = "Chile's CO2 emissions rose by 4 percent from 2010 to 2013. Peru's emissions grew by 7 percent. "


def test_a_change_over_the_named_period_reads_the_span_sentences_back(tmp_path: Path) -> None:
    package = carbon_package(tmp_path / "co2", TOTALS)
    right = claim_results(SPAN + "Brazil saw its emissions fall 20 percent over the three-year period.",
                          [package], None)["20 percent"]
    assert right.verdict is Verdict.supported, right.explanation
    wrong = claim_results(SPAN + "Brazil saw its emissions fall 14 percent over the three-year period.",
                          [package], None)["14 percent"]
    assert wrong.verdict is Verdict.contradicted, wrong.explanation
    assert wrong.evidence and "v2010" in (wrong.evidence[0].formula or ""), wrong.evidence[0].formula
    assert "v2010" in (right.evidence[0].formula or ""), right.evidence[0].formula


def test_without_pointing_words_the_span_two_sentences_back_is_not_taken(tmp_path: Path) -> None:
    package = carbon_package(tmp_path / "co2", TOTALS)
    result = claim_results(SPAN + "Brazil saw its emissions fall 20 percent.", [package], None)["20 percent"]
    assert result.verdict is not Verdict.supported, result.explanation
