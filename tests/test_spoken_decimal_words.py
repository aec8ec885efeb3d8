"""A decimal point said as a word between two digit groups: English transcripts' '9 point 3 percent', and the
languages whose press writes the point as a word ('9 ነጥብ 3 በመቶ' in Amharic, '9 दशमलव 3 प्रतिशत' in Hindi,
'৯ দশমিক ৩ শতাংশ' in Bengali).
Each language's word is glossed 'point' (data/languages.json), and the English reading decides the figure once:
9.3, held to its one decimal. The packages are World Bank-shaped with invented figures."""

from __future__ import annotations

from pathlib import Path

import pytest
from package_support import claim_results, cpi_package

from workbench.models import Verdict

COUNTRIES = ("Bangladesh", "Ethiopia", "India", "Kenya", "Tanzania")


@pytest.fixture(scope="module")
def cpi(tmp_path_factory: pytest.TempPathFactory) -> list[Path]:
    rows = {**{(country, 2040): 7.4 for country in COUNTRIES}, **{(country, 2041): 9.3 for country in COUNTRIES}}
    return [cpi_package(tmp_path_factory.mktemp("cpi") / "cpi", rows)]


@pytest.mark.parametrize(("text", "claim"), [
    ("Inflation in Kenya rose to 9 point 3 percent in 2041, the statistics office said.", "9 point 3 percent"),
    ("በኢትዮጵያ የዋጋ ግሽበት በ2041 ወደ 9 ነጥብ 3 በመቶ ደርሷል።", "9 ነጥብ 3 በመቶ"),
    ("भारत में 2041 में मुद्रास्फीति 9 दशमलव 3 प्रतिशत रही।", "9 दशमलव 3 प्रतिशत"),
    ("Mfumuko wa bei Tanzania mwaka 2041 ulifikia asilimia 9 nukta 3.", "asilimia 9 nukta 3"),
    ("২০৪১ সালে বাংলাদেশে মূল্যস্ফীতি দাঁড়িয়েছে ৯ দশমিক ৩ শতাংশ।", "৯ দশমিক ৩ শতাংশ"),
])
def test_a_rate_with_its_point_said_as_a_word(cpi: list[Path], text: str, claim: str) -> None:
    result = claim_results(text, cpi, "2042-06-01")[claim]
    assert result.verdict is Verdict.supported, result.explanation
    assert result.claim.value == pytest.approx(9.3)


@pytest.mark.parametrize(("text", "claim"), [
    ("Inflation in Kenya rose to 9 point 8 percent in 2041, the statistics office said.", "9 point 8 percent"),
    ("በኢትዮጵያ የዋጋ ግሽበት በ2041 ወደ 12 ነጥብ 6 በመቶ ደርሷል።", "12 ነጥብ 6 በመቶ"),
])
def test_the_decimals_after_the_word_are_held_to(cpi: list[Path], text: str, claim: str) -> None:
    """'9 point 8' is 9.8, not a round 9 nor 8: a figure off the row by its decimals is contradicted."""
    result = claim_results(text, cpi, "2042-06-01")[claim]
    assert result.verdict is Verdict.contradicted, result.explanation


def test_a_point_word_before_a_thousands_group_is_no_decimal(cpi: list[Path]) -> None:
    """'3 point 5,000' is no decimal (a point's fraction is one run of digits): nothing reads 3.5."""
    results = claim_results("Kenya's team won by 3 point 5,000 fans cheered in 2041.", cpi, "2042-06-01")
    assert all(r.claim.value != pytest.approx(3.5) for r in results.values())
