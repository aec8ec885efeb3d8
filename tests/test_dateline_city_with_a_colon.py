"""'Muscat: The rate of inflation in the Sultanate …': a dateline written as the city and a colon, as Gulf and
South Asian papers head their reports, names the country of its city (as 'Amman, The …' and 'DEN HAAG (AFN) -'
do) when the rest of the first paragraph names no place. A word before a colon that is no city ('Update:')
names none. The package is shaped like the World Bank's consumer-price file; its figures are invented."""

from __future__ import annotations

from pathlib import Path

from package_support import claim_results, cpi_package

from workbench.models import Verdict

_ROWS = {("Oman", 2018): 0.9, ("Chile", 2018): 2.4}


def test_a_city_and_a_colon_opening_the_draft_names_its_country(tmp_path: Path) -> None:
    text = "Muscat: Consumer prices in the Sultanate rose 0.9 per cent in 2018, the statistics centre said."
    result = claim_results(text, [cpi_package(tmp_path / "cpi", _ROWS)], date="2019-03-01")["0.9 per cent"]
    assert result.verdict is Verdict.supported, result.explanation
    assert result.evidence and result.evidence[0].value == 0.9


def test_a_word_that_is_no_city_names_no_place(tmp_path: Path) -> None:
    text = "Update: Consumer prices in the country rose 0.9 per cent in 2018, the statistics centre said."
    result = claim_results(text, [cpi_package(tmp_path / "cpi", _ROWS)], date="2019-03-01")["0.9 per cent"]
    assert result.verdict is not Verdict.supported, result.explanation
