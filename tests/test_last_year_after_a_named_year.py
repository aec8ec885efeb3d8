"""'Last year' as the base of a comparison with a past year its sentence named ('3.5 % in 2030, against
6.4 % last year') is the year before that one, in English and in glossed languages (Greek 'πέρσι',
Russian 'в прошлом году'); a sequence of years ('in 2030 and 4.8 % last year') and a coming year keep the
draft's date as the anchor. The package is publisher-shaped with invented figures."""

from __future__ import annotations

from pathlib import Path

import pytest
from package_support import claim_results, cpi_package

from workbench.models import Verdict

RATES = {(country, year): rate for country in ("Greece", "Russia", "Germany")
         for year, rate in ((2028, 1.5), (2029, 6.4), (2030, 3.5), (2031, 2.2), (2032, 4.8))}
DRAFT_DATE = "2033-01-14"


@pytest.fixture()
def cpi(tmp_path: Path) -> Path:
    return cpi_package(tmp_path / "cpi", RATES)


@pytest.mark.parametrize("sentence", [
    "Consumer prices in Germany rose 3.5% in 2030, against {base} last year.",
    "Ο πληθωρισμός στην Ελλάδα το 2030 ήταν 3,5%, έναντι {base} πέρσι.",
    "Инфляция в России в 2030 году составила 3,5% против {base} в прошлом году.",
])
def test_last_year_against_a_named_past_year_is_the_year_before_it(cpi: Path, sentence: str) -> None:
    right = claim_results(sentence.format(base="6.4%" if "Germany" in sentence else "6,4%"), [cpi], DRAFT_DATE)
    base = next(r for claim, r in right.items() if claim.startswith("6"))
    assert base.verdict is Verdict.supported, base.explanation
    assert base.evidence[0].period == "2029" and "read as 2029" in base.explanation
    # below the year's average while the average rose into it: no December-on-December reading (Russia's office
    # states its year so) explains it either
    wrong = claim_results(sentence.format(base="2.4%" if "Germany" in sentence else "2,4%"), [cpi], DRAFT_DATE)
    flagged = next(r for claim, r in wrong.items() if claim.startswith("2,4") or claim.startswith("2.4"))
    assert flagged.verdict is Verdict.contradicted, flagged.explanation
    assert flagged.evidence[0].period == "2029"


def test_last_year_in_a_sequence_of_years_counts_from_the_draft(cpi: Path) -> None:
    results = claim_results("Consumer prices in Germany rose 3.5% in 2030 and 4.8% last year.", [cpi], DRAFT_DATE)
    assert results["4.8%"].verdict is Verdict.supported, results["4.8%"].explanation
    assert results["4.8%"].evidence[0].period == "2032"


def test_last_year_with_no_year_named_counts_from_the_draft(cpi: Path) -> None:
    results = claim_results("Consumer prices in Germany rose 4.8% last year, against 2.2% the year before.", [cpi], DRAFT_DATE)
    assert results["4.8%"].evidence[0].period == "2032"
    assert results["4.8%"].verdict is Verdict.supported, results["4.8%"].explanation
