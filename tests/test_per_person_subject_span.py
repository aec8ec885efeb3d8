"""'Per capita emissions of tonnes of carbon dioxide went from 4.4 in 2015 to 5.9 in 2018': a per-person
subject names its unit after 'of' and a span opens right after it, so both ends of the span are tonnes of
CO2 per person, read against the carbon package's per-person column (× 44/12). Figures invented."""

from __future__ import annotations

from pathlib import Path

import pytest
from package_support import carbon_package, claim_results

from workbench.extraction import extract_many
from workbench.models import Verdict

# 1.2 and 1.6 t of carbon per person: 4.40 and 5.86 t of CO2
_TOTALS = {("NORWAY", 2015): 6_200.0, ("NORWAY", 2018): 8_500.0}
_PER_CAPITA = {("NORWAY", 2015): 1.2, ("NORWAY", 2018): 1.6}


@pytest.mark.parametrize(("text", "verdicts"), [
    ("In Norway, per capita emissions of tonnes of carbon dioxide went from 4.4 in 2015 to 5.9 in 2018.",
     {"4.4": Verdict.supported, "5.9": Verdict.supported}),
    ("In Norway, per capita emissions of tonnes of carbon dioxide rose from 9.1 in 2015 to 12.6 in 2018.",
     {"9.1": Verdict.contradicted, "12.6": Verdict.contradicted}),
])
def test_both_ends_of_the_span_are_tonnes_per_person(tmp_path: Path, text: str,
                                                      verdicts: dict[str, Verdict]) -> None:
    package = carbon_package(tmp_path / "carbon", _TOTALS, _PER_CAPITA)
    results = claim_results(text, [package], "2019-06-01")
    assert {claim: results[claim].verdict for claim in verdicts} == verdicts, \
        [r.explanation for r in results.values()]


def test_the_span_takes_the_unit_named_after_of() -> None:
    [claims] = extract_many(["Per person emissions of tonnes of CO2 fell from 7.5 in 2010 to 6.8 in 2020."])
    assert [(c.text, c.unit) for c in claims if c.text in ("7.5", "6.8")] == [("7.5", "t"), ("6.8", "t")]


def test_a_span_without_a_unit_after_of_stays_bare() -> None:
    [claims] = extract_many(["Per capita consumption of rice went from 50 in 2010 to 60 in 2020."])
    assert [(c.text, c.unit) for c in claims if c.text in ("50", "60")] == [("50", ""), ("60", "")]
