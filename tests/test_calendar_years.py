"""Years of other calendars read as the Gregorian year in the language that writes them: Thai
Buddhist-era years ('พ.ศ. 2573', bare 'ปี 2573', after a month's name) are 543 years ahead, Japanese era
years ('令和12年') count from the era's start; a 25xx figure in an English sentence stays a figure. The
package is publisher-shaped with invented figures."""

from __future__ import annotations

from pathlib import Path

import pytest
from language_support import glossed
from package_support import claim_results, cpi_package

from workbench.models import Verdict

RATES = {(country, year): rate for country in ("Thailand", "Japan")
         for year, rate in ((2028, 1.5), (2029, 6.4), (2030, 3.5), (2031, 2.2), (2032, 4.8))}
DRAFT_DATE = "2033-01-14"


@pytest.fixture()
def cpi(tmp_path: Path) -> Path:
    return cpi_package(tmp_path / "cpi", RATES)


@pytest.mark.parametrize("text, code, year", [
    ("ราคาสินค้าในปี พ.ศ. 2573 สูงขึ้น", "th", "2030"),
    ("ราคาสินค้าในปี 2572 สูงขึ้น", "th", "2029"),
    ("ราคาสินค้าเดือนมีนาคม 2574 สูงขึ้น", "th", "2031"),
    ("ราคาสินค้าในปี 2572-2573 สูงขึ้น", "th", "2029-2030"),
    # Thai copy often doubles the space between a month's name or 'ปี' and the year
    ("ราคาสินค้าเดือนมีนาคม  2574 สูงขึ้น", "th", "2031"),
    ("ราคาสินค้าในปี  2572 สูงขึ้น", "th", "2029"),
    ("物価は令和12年に上昇した。", "ja", "2030"),
    ("物価は平成元年に上昇した。", "ja", "1989"),
])
def test_a_year_of_the_languages_calendar_is_read_as_the_gregorian_year(text: str, code: str, year: str) -> None:
    english = glossed(text, code)
    assert year in english, english


def test_an_eras_month_is_read_with_its_year() -> None:
    english = glossed("令和11年5月の物価は上昇した。", "ja")
    assert "May 2029" in english, english


def test_a_gregorian_year_in_thai_copy_stays_as_written() -> None:
    english = glossed("ราคาสินค้าในปี 2030 สูงขึ้น", "th")
    assert "2030" in english and "1487" not in english, english


def test_a_buddhist_era_year_checks_against_its_gregorian_row(cpi: Path) -> None:
    right = claim_results("อัตราเงินเฟ้อทั่วไปของประเทศไทยในปี พ.ศ. 2573 อยู่ที่ 3.5%", [cpi], DRAFT_DATE)["3.5%"]
    assert right.verdict is Verdict.supported, right.explanation
    assert right.evidence[0].period == "2030"
    wrong = claim_results("อัตราเงินเฟ้อของประเทศไทยในปี 2572 อยู่ที่ 9.4%", [cpi], DRAFT_DATE)["9.4%"]
    assert wrong.verdict is Verdict.contradicted, wrong.explanation
    assert wrong.evidence[0].period == "2029"


def test_a_japanese_era_year_checks_against_its_gregorian_row(cpi: Path) -> None:
    result = claim_results("日本の消費者物価指数は令和12年に3.5%上昇した。", [cpi], DRAFT_DATE)["3.5%"]
    assert result.verdict is Verdict.supported, result.explanation
    assert result.evidence[0].period == "2030"


def test_a_25xx_figure_in_english_stays_a_figure(cpi: Path) -> None:
    results = claim_results("Thailand's inflation was 3.5% in 2030, and 2573 people signed the petition.", [cpi], DRAFT_DATE)
    assert "2573" in results
    assert results["3.5%"].evidence[0].period == "2030"
