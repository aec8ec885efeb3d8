"""European inflation news in the languages its readers write: Romanian read at all, Serbian number
words and the case endings Serbian and Polish put on a country's name ('u Srbiji', 'w Polsce'), Turkish
'on iki aylık ortalamalara göre' read as the annual average, and a national statistics office naming its
country when the sentence names no other ('secondo l'Istat', 'according to Insee')."""

from __future__ import annotations

from pathlib import Path

import pytest
from package_support import cpi_package, verdict_of_claim

from workbench.models import Verdict

# Invented consumer-price inflation figures, laid out as the World Bank publishes them.
RATES = {("Romania", 2021): 5.1, ("Serbia", 2020): 2.0, ("Serbia", 2021): 4.3, ("Poland", 2019): 3.4,
         ("Italy", 2019): 0.7, ("Turkiye", 2019): 15.2, ("France", 2019): 1.3}


@pytest.fixture()
def cpi(tmp_path: Path) -> list[Path]:
    return [cpi_package(tmp_path / "cpi", RATES)]


@pytest.mark.parametrize(("text", "claim", "verdict"), [
    # Romanian: an annual average agrees with its row; a December-on-December rate is another period
    ("În 2021, rata medie a prețurilor de consum în România a fost de 5,1%.", "5,1%", Verdict.supported),
    ("Rata anuală a inflației în România în luna decembrie 2021 comparativ cu luna decembrie 2020 este 8,2%.",
     "8,2%", Verdict.needs_review),
    # Serbian: a number word, the country in the locative
    ("Inflacija u Srbiji je u 2020. godini iznosila dva odsto.", "dva odsto", Verdict.supported),
    ("Potrošačke cene u Srbiji su u 2021. godini porasle u proseku za devet odsto.", "devet odsto", Verdict.contradicted),
    # Polish: the country in the locative
    ("Inflacja w Polsce wyniosła w 2019 roku 3,4 proc.", "3,4 proc", Verdict.supported),
    # Turkish: the twelve-month average is the annual average
    ("Türkiye'de tüketici fiyatları 2019 yılında on iki aylık ortalamalara göre yüzde 15,2 arttı.", "yüzde 15,2",
     Verdict.supported),
])
def test_european_inflation_sentences(cpi: list[Path], text: str, claim: str, verdict: Verdict) -> None:
    assert verdict_of_claim(text, claim, cpi) is verdict


@pytest.mark.parametrize(("text", "claim"), [
    ("Secondo l'Istat, nel 2019 i prezzi al consumo sono cresciuti in media dello 0,7%.", "0,7%"),
    ("According to Insee, consumer prices rose 1.3% on average in 2019.", "1.3%"),
])
def test_a_statistics_office_names_its_country(cpi: list[Path], text: str, claim: str) -> None:
    assert verdict_of_claim(text, claim, cpi) is Verdict.supported


def test_an_office_does_not_override_a_country_the_sentence_names(cpi: list[Path]) -> None:
    # Istat reporting on France: the sentence's country is France, and France's row judges it
    text = "Secondo l'Istat, in Francia nel 2019 i prezzi al consumo sono cresciuti in media del 2,9%."
    assert verdict_of_claim(text, "2,9%", cpi) is Verdict.contradicted
