"""Sinhala news of Sri Lanka read through its glossary: inflation, consumer prices, the rupee and the statistics
offices, 'සියයට' (per hundred) before the figure and '%' after it with the indefinite 'ක්' glued, conjuncts written
with the zero-width joiner or without it (converted copy), and 'මෙරට' (this country) on a Sri Lankan page.
Sentences written here; the package holds invented figures."""

from __future__ import annotations

from pathlib import Path

import pytest
from package_support import claim_results, cpi_package

from workbench.languages import detect, unknown_words
from workbench.models import Verdict


@pytest.fixture(scope="module")
def cpi(tmp_path_factory: pytest.TempPathFactory) -> list[Path]:
    rows = {("Sri Lanka", 2040): 7.4, ("Sri Lanka", 2041): 9.3, ("India", 2041): 4.2}
    return [cpi_package(tmp_path_factory.mktemp("cpi") / "cpi", rows)]


@pytest.mark.parametrize(("text", "claim", "verdict"), [
    ("ශ්‍රී ලංකාවේ උද්ධමනය 2041 වසරේදී සියයට 9.3 දක්වා ඉහළ ගියේය.", "සියයට 9.3", Verdict.supported),
    ("ශ්‍රී ලංකාවේ උද්ධමනය 2041 වසරේදී සියයට 19.3 දක්වා ඉහළ ගියේය.", "සියයට 19.3", Verdict.contradicted),
    # converted copy: the conjuncts without their joiner
    ("ශ්රී ලංකාවේ උද්ධමනය 2040 වසරේදී 7.4%ක් විය.", "7.4%", Verdict.supported),
])
def test_sri_lankas_inflation_in_sinhala(cpi: list[Path], text: str, claim: str, verdict: Verdict) -> None:
    assert detect(text) == "si"
    results = claim_results(text, cpi, "2042-02-01")
    found = next(r for surface, r in results.items() if surface.startswith(claim) or claim.startswith(surface))
    assert found.verdict is verdict, found.explanation


def test_this_country_on_a_sri_lankan_page(cpi: list[Path]) -> None:
    text = "ජනලේඛන හා සංඛ්‍යාලේඛන දෙපාර්තමේන්තුවට අනුව 2041 වසරේදී මෙරට උද්ධමනය 9.3%ක් විය."
    results = claim_results(text, cpi, "2042-02-01", url="https://news.example.lk/inflation")
    found = next(r for surface, r in results.items() if surface.startswith("9.3%"))
    assert found.verdict is Verdict.supported, found.explanation


def test_consumer_prices_and_the_rupee_are_read() -> None:
    text = "ශ්‍රී ලංකා මහ බැංකුව අනුව පාරිභෝගික මිල දර්ශකය සහ රුපියලේ විනිමය අනුපාතය ඉහළ ගියේය."
    assert detect(text) == "si"
    assert unknown_words(text, "si", capitals=True) == []


@pytest.mark.parametrize("date", [None, "2042-02-01"])
def test_the_start_of_a_year_written_after_it_is_that_january_s_rate(cpi: list[Path], date: str | None) -> None:
    # '2041 වසරේ ආරම්භයේදී' (at the start of the year 2041): January's twelve-month rate, not 2041's average of 9.3
    text = "2041 වසරේ ආරම්භයේදී ශ්‍රී ලංකාවේ උද්ධමනය සියයට 4.6ක් දක්වා ඉහළ ගියේය."
    results = claim_results(text, cpi, date)
    found = next(r for surface, r in results.items() if "4.6" in surface)
    assert found.verdict is Verdict.needs_review, found.explanation
