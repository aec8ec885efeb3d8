"""A change whose sentence names no year, after a paragraph that names just two years in a row ('emissions in
2019 and 2020 compared', then 'Norway reported a rise of 9.0 per cent'): it is the change from the first year to
the second, judged as the later year's change — so a figure far from the rows' change is contradicted, not left
for review as a figure of an unknown year. Two years apart, or a level, carries no such year. Package
CDIAC-shaped, figures and sentences invented."""

from __future__ import annotations

from pathlib import Path

import pytest
from package_support import carbon_package, claim_results, claim_starting

from workbench.models import Verdict

TOTALS = {("NORWAY", 2018): 11000.0, ("NORWAY", 2019): 10000.0, ("NORWAY", 2020): 10500.0,
          ("FINLAND", 2018): 12000.0, ("FINLAND", 2019): 12600.0, ("FINLAND", 2020): 11340.0}


@pytest.fixture(scope="module")
def carbon(tmp_path_factory: pytest.TempPathFactory) -> list[Path]:
    return [carbon_package(tmp_path_factory.mktemp("carbon") / "co2", TOTALS)]


LEAD = ("A statistics office compared the carbon dioxide (CO2) emissions of Nordic countries in 2019 and 2020, "
        "according to estimates it released on March 3.\n\n")


@pytest.mark.parametrize(("text", "figure", "verdict"), [
    # Norway's rows rise 5.0 % from 2019 to 2020
    (LEAD + "CO2 emissions went up in Norway, which reported an increase of 9.0 per cent.", "9.0 per cent",
     Verdict.contradicted),
    (LEAD + "CO2 emissions went up in Norway, which reported an increase of 5.0 per cent.", "5.0 per cent",
     Verdict.supported),
    # Finland's fall of 10 %, signed in brackets
    (LEAD + "The largest CO2 emissions decrease was recorded in Finland (-4.0 per cent).", "-4.0 per cent",
     Verdict.contradicted),
])
def test_a_change_after_two_years_in_a_row_is_the_later_years(carbon: list[Path], text: str, figure: str,
                                                            verdict: Verdict) -> None:
    result = claim_starting(claim_results(text, carbon, date="2021-03-03"), figure)
    assert result.verdict is verdict, result.explanation
    assert result.evidence and result.evidence[0].period == "2020", result.evidence


def test_two_years_not_in_a_row_carry_no_year(carbon: list[Path]) -> None:
    text = LEAD.replace("in 2019 and 2020", "in 2018 and 2020") + \
        "CO2 emissions went up in Norway, which reported an increase of 9.0 per cent."
    result = claim_starting(claim_results(text, carbon, date="2021-03-03"), "9.0 per cent")
    # which of the years between them it speaks of is for a person
    assert (result.verdict, result.claim.period) == (Verdict.needs_review, None), result.explanation
