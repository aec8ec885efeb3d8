"""A figure whose words call its measure the one named just before ('the corresponding inflation', 'the
same index'; Finnish 'vastaava', Swedish 'motsvarande') is of the series the clause or sentence before
names: a harmonised index (HICP) the data lacks makes it unsupported (other_series), not a national CPI
row's different period, though the figure's own words name a consumer price measure. 'The same month'
names no measure and carries none. Finnish and Swedish copy name the harmonised index ('YKHI', 'HKPI')
as English does.

Package World Bank-shaped (CPI rows invented); sentences written here.
"""

from __future__ import annotations

from pathlib import Path

import pytest
from package_support import claim_results, cpi_package

from workbench.models import Verdict


@pytest.fixture(scope="module")
def cpi(tmp_path_factory: pytest.TempPathFactory) -> Path:
    return cpi_package(tmp_path_factory.mktemp("referred") / "cpi")


@pytest.mark.parametrize(("text", "figure"), [
    # the previous sentence names the variant; the figure's sentence names a measure but refers back
    ("On the harmonised index of consumer prices, the euro area's inflation was 8.4% in 2022. "
     "Norway's corresponding consumer price inflation was 6.2% in 2022.", "6.2%"),
    ("Eurostat's harmonised index of consumer prices for the euro area rose 8.4% in 2022. "
     "The same index for Chile rose 9.7% in 2022.", "9.7%"),
    # the clause before names it, in the figure's own sentence
    ("The harmonised index of consumer prices rose 8.4% in the euro area in 2022, while the equivalent "
     "rate in Norway was 6.2%.", "6.2%"),
])
def test_a_measure_referring_back_to_a_variant_is_another_series(cpi: Path, text: str, figure: str) -> None:
    found = claim_results(text, [cpi], "2023-03-01")[figure]
    assert (found.verdict, found.reason) == (Verdict.unsupported, "other_series"), found.explanation


@pytest.mark.parametrize(("text", "figure"), [
    ("Yhdenmukaistetun kuluttajahintaindeksin (YKHI) mukaan euroalueen inflaatio oli 8,4 % vuonna 2022.", "8,4 %"),
    ("Yhdenmukaistetun kuluttajahintaindeksin mukaan euroalueen inflaatio oli 8,4 % vuonna 2022. "
     "Norjan vastaava inflaatio oli 6,2 % vuonna 2022.", "6,2 %"),
    ("Enligt det harmoniserade konsumentprisindexet (HKPI) var inflationen i euroområdet 8,4 % år 2022. "
     "Motsvarande inflation i Norge var 6,2 % år 2022.", "6,2 %"),
])
def test_finnish_and_swedish_name_the_harmonised_index(cpi: Path, text: str, figure: str) -> None:
    found = claim_results(text, [cpi], "2023-03-01")[figure]
    assert (found.verdict, found.reason) == (Verdict.unsupported, "other_series"), found.explanation


def test_the_cpi_harmonised_after_its_name_is_the_harmonised_index(cpi: Path) -> None:
    # 'CPI harmonised for comparison with …': the qualifier after the index's abbreviation names the variant
    found = claim_results("In Norway, the CPI harmonised for comparison across Europe rose 6.2% in 2022.",
                          [cpi], "2023-03-01")["6.2%"]
    assert (found.verdict, found.reason) == (Verdict.unsupported, "other_series"), found.explanation


def test_the_same_month_carries_no_series(cpi: Path) -> None:
    # 'the same month' dates the figure; it does not make Norway's CPI the harmonised index named before
    text = ("The harmonised index of consumer prices rose 8.4% in the euro area in December 2022. "
            "In Norway, consumer price inflation was 5.8% in 2022, the same month's release showed.")
    found = claim_results(text, [cpi], "2023-03-01")["5.8%"]
    assert found.verdict is Verdict.supported, found.explanation


def test_a_sentence_naming_its_own_series_without_referring_back_keeps_it(cpi: Path) -> None:
    text = ("On the harmonised index of consumer prices, the euro area's inflation was 8.4% in 2022. "
            "Norway's consumer price index rose 5.8% in 2022, the national statistics office said.")
    found = claim_results(text, [cpi], "2023-03-01")["5.8%"]
    assert found.verdict is Verdict.supported, found.explanation
