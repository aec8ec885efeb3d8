"""A price group's rate (transport, health, farm products, vegetables) written after a statistics office
is named: the office's name is blanked where the matcher reads places, and the group's words must still
be found where the figure stands, so the headline consumer-price row never judges the group's figure.
Georgian and Arabic copy list the groups in their own words, glossed into English.

Packages are World Bank-shaped, figures invented."""

from __future__ import annotations

from pathlib import Path

import pytest
from package_support import claim_results, cpi_package

from workbench.models import Verdict

ROWS = {("Georgia", 2041): 7.5, ("Algeria", 2041): 7.5, ("Serbia", 2041): 7.5}


@pytest.fixture(scope="module")
def cpi(tmp_path_factory: pytest.TempPathFactory) -> list[Path]:
    return [cpi_package(tmp_path_factory.mktemp("cpi") / "cpi", ROWS)]


@pytest.mark.parametrize(("text", "claim"), [
    ("According to the National Statistics Office of Georgia, annual inflation in 2041 came from price rises "
     "in these groups: transport (23.1%); health (4.2%).", "23.1%"),
    ("According to the National Statistics Office of Georgia, annual inflation in 2041 came from price rises "
     "in these groups: transport (23.1%); health (4.2%).", "4.2%"),
    ("Vegetable prices in Serbia rose 14% in 2041.", "14%"),
    ("Prices of farm products in Serbia went up 14% in 2041.", "14%"),
    ("საქსტატის ცნობით, 2041 წელს ფასები გაიზარდა შემდეგ ჯგუფებში: ტრანსპორტი (23.1%); ჯანმრთელობის დაცვა (4.2%).",
     "23.1%"),
    ("وفي الجزائر سنة 2041 ارتفعت أسعار المواد الفلاحية الطازجة ب 14 بالمائة.", "14 بالمائة"),
    # the headline's name running into the group's: 'consumer prices of food', Albanian 'çmimeve të konsumit te …'
    ("Consumer prices of food in Serbia rose 14% in 2041.", "14%"),
    ("Në Serbi në vitin 2041 u shënua rritja e çmimeve të konsumit te përdorimi i pajisjeve për transportin "
     "personal me 14%.", "14%"),
])
def test_a_price_groups_rate_is_not_judged_by_the_headline_row(cpi: list[Path], text: str, claim: str) -> None:
    figure = claim_results(text, cpi, "2042-06-01")[claim]
    assert (figure.verdict, figure.reason) == (Verdict.unsupported, "other_series"), (text, figure.explanation)


@pytest.mark.parametrize("text", [
    "According to the National Statistics Office of Georgia, annual inflation was 7.5% in 2041.",
    "According to the National Statistics Office of Georgia, prices rose 7.5% in 2041, driven by transport.",
])
def test_the_headline_after_a_named_office_keeps_its_row(cpi: list[Path], text: str) -> None:
    figure = claim_results(text, cpi, "2042-06-01")["7.5%"]
    assert figure.verdict is Verdict.supported, (text, figure.explanation)
