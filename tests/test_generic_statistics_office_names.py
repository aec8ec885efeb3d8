"""A statistics office named by a generic name names no place; its unique name still names its country.

'The General Statistics Office', 'the statistics office', 'the National Institute of Statistics', 'the State
Statistics Office' are names several countries' offices bear, in any language: a rate attributed to one of them,
with no country named, is for a person to place (``needs_review``), never matched against the country whose
language the sentence is written in. A name that says its country ('Statistics Estonia') or an office's own
acronym (Romanian 'INS') still names it. Packages are publisher-shaped; figures invented.
"""

from __future__ import annotations

from pathlib import Path

import pytest
from package_support import claim_results, cpi_package

from workbench.models import Verdict

ROWS = {("Viet Nam", 2022): 3.2, ("Estonia", 2022): 19.4, ("Romania", 2022): 13.8, ("Croatia", 2022): 10.8,
        ("Hungary", 2022): 14.6}


@pytest.fixture()
def cpi(tmp_path: Path) -> Path:
    return cpi_package(tmp_path / "cpi", ROWS)


@pytest.mark.parametrize("text, figure", [
    # Vietnamese: 'the General Statistics Office said'
    ("Tổng cục Thống kê cho biết chỉ số giá tiêu dùng bình quân năm 2022 tăng 3,2%.", "3,2%"),
    # Estonian: 'according to the statistics office'
    ("Statistikaameti andmetel oli tarbijahinnaindeksi keskmine tõus 2022. aastal 19,4%.", "19,4%"),
    # Romanian: 'the National Institute of Statistics reports'
    ("Rata medie anuală a inflației în 2022 a fost de 13,8%, informează Institutul Național de Statistică.",
     "13,8%"),
    # Croatian: the State Statistics Office, not said to be Croatia's
    ("Prosječna godišnja inflacija u 2022. iznosila je 10,8 posto, objavio je Državni zavod za statistiku.",
     "10,8 posto"),
    # Hungarian: 'the Central Statistical Office'
    ("A Központi Statisztikai Hivatal szerint 2022-ben a fogyasztói árak átlagosan 14,6 százalékkal emelkedtek.",
     "14,6 százalékkal"),
])
def test_a_generic_office_name_names_no_place(cpi: Path, text: str, figure: str) -> None:
    found = claim_results(text, [cpi], "2023-03-01")
    assert found[figure].verdict is Verdict.needs_review, found[figure].explanation


@pytest.mark.parametrize("text, figure", [
    ("Statistics Estonia said average consumer price inflation was 19.4% in 2022.", "19.4%"),
    # the office's acronym is its own name
    ("Rata medie anuală a inflației în 2022 a fost de 13,8%, informează INS.", "13,8%"),
    # the country named beside the office
    ("Tổng cục Thống kê cho biết chỉ số giá tiêu dùng bình quân năm 2022 của Việt Nam tăng 3,2%.", "3,2%"),
])
def test_an_office_named_with_its_country_still_places_the_figure(cpi: Path, text: str, figure: str) -> None:
    found = claim_results(text, [cpi], "2023-03-01")
    assert found[figure].verdict is Verdict.supported, found[figure].explanation
