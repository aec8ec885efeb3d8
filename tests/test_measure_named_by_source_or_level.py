"""What names a figure's measure, and what does not.

A noun phrase headed by a measure noun before its verb ('the price level increased by 6.3 %') is the
figure's subject, and the figures of its yearly run ('…, after 2.3 % in 2021') share it: with no place
named they are for a person (``place_unnamed``), never 'nothing matches'. The words of a source's
name ('the National Statistics Office reported') name no series: a sentence naming nothing else takes
the measure of the sentence before it. Before, the first left the run's figures unsupported and the
second read an inflation figure against a national CO2 series.

Packages are World Bank- and CDIAC-shaped (``package_support``), figures invented.
"""

from __future__ import annotations

from pathlib import Path

from package_support import carbon_package, claim_results, cpi_package

from workbench.extraction import extract_text
from workbench.models import Verdict


def test_a_measure_noun_before_the_verb_heads_the_subject() -> None:
    for text, figure in (("The general price level increased by 6.3% in 2022.", "6.3%"),
                         ("The price level in the country climbed 4.1% last year.", "4.1%")):
        claim = {c.text: c for c in extract_text(text)}[figure]
        assert claim.subject is not None and "price level" in claim.subject.lower(), claim.subject
    # after the verb a measure noun stays the figure's own ('reached a record high of')
    claim = {c.text: c for c in extract_text("Prices reached a record high of 9.1% in June.")}["9.1%"]
    assert (claim.subject or "").lower() == "prices", claim.subject


def test_a_yearly_run_after_a_price_level_shares_its_measure(tmp_path: Path) -> None:
    cpi = cpi_package(tmp_path / "cpi")
    text = "The general price level increased by 11.6% in 2022, after 4.5% in 2021 and 3.0% in 2020."
    found = claim_results(text, [cpi])
    for figure in ("11.6%", "4.5%", "3.0%"):
        assert (found[figure].verdict, found[figure].reason) == (Verdict.needs_review, "place_unnamed"), \
            found[figure].explanation
    placed = claim_results("In Chile, " + text[0].lower() + text[1:], [cpi])
    assert all(placed[f].verdict is Verdict.supported for f in ("11.6%", "4.5%", "3.0%"))


def test_national_in_an_office_name_names_no_series(tmp_path: Path) -> None:
    cpi = cpi_package(tmp_path / "cpi")
    carbon = carbon_package(tmp_path / "carbon", {("CHILE", 2021): 23000.0, ("CHILE", 2022): 24000.0},
                            title="National carbon emissions from fossil fuels and cement by country")
    text = ("Consumer prices in Chile rose 11.6% in 2022. The National Statistics Office reported an "
            "increase of 4.5% for 2021.")
    result = claim_results(text, [cpi, carbon], "2024-06-01")["4.5%"]
    assert result.verdict is Verdict.supported, result.explanation
    assert result.evidence[0].resource == "cpi"
    # 'national' beside a measure's own words still reads that measure
    emissions = claim_results("Chile's national emissions were 23 million tonnes of carbon in 2021.",
                              [cpi, carbon], "2024-06-01")["23 million tonnes"]
    assert emissions.verdict is Verdict.supported, emissions.explanation
