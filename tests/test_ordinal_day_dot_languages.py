"""A day written with an ordinal full stop before a month's name, in any language the glossaries read
('9. maja', '3. března', 'den 9. maj', 'am 9. Mai 2031'), is a day: the stop ends no sentence and the
day's numeral is no claim of its own for a person to review."""

from __future__ import annotations

from pathlib import Path

import pytest
from package_support import claim_results, cpi_package

from workbench.models import Verdict


@pytest.fixture()
def cpi(tmp_path: Path) -> Path:
    return cpi_package(tmp_path / "cpi", {("Chile", 2030): 4.5, ("Norway", 2030): 3.5})


@pytest.mark.parametrize("text", [
    # months in lower case open no sentence: no year is needed after them
    "Urząd statystyczny ogłosił 7. kwietnia, że inflacja w Chile wyniosła w 2030 roku 4,5 proc., a w Norwegii 3,5 proc.",
    "Statistický úřad 7. dubna oznámil, že inflace v Chile v roce 2030 byla 4,5 procenta a v Norsku 3,5 procenta.",
    "Statistikbyrån meddelade den 7. april att inflationen i Chile 2030 var 4,5 procent och i Norge 3,5 procent.",
    # a capitalised month (German nouns) with its year after it
    "Das Statistikamt teilte am 7. Juni 2031 mit, die Inflation in Chile habe 2030 bei 4,5 Prozent gelegen, "
    "in Norwegen bei 3,5 Prozent.",
])
def test_the_days_numeral_is_no_claim_and_the_figures_are_judged(cpi: Path, text: str) -> None:
    results = claim_results(text, [cpi], date="2031-06-20")
    assert len(results) == 2, list(results)  # the day's '7' is no claim
    for result in results.values():
        assert result.verdict is Verdict.supported, result.explanation
        assert result.evidence[0].period == "2030"


def test_a_figure_ending_a_sentence_before_a_capitalised_month_stays_a_figure(cpi: Path) -> None:
    # German writes its months with a capital: with no year after it, the stop may end the sentence
    results = claim_results("Die Inflation in Chile lag 2030 bei 4,5 Prozent, der Index bei 7. Juni brachte "
                            "dann die nächste Zahl.", [cpi], date="2031-06-20")
    assert "7" in results, list(results)
