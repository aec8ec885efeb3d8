"""Inflation news from Africa's newsrooms as they write it: a statistics office of the region naming its
country when the sentence names none ('selon le HCP', 'CAPMAS said'), Afrikaans, the language of part
of Namibia's and South Africa's press, read as itself rather than as Dutch, and 'the year ending December'
as the statistics offices date the 12-month rate of December."""

from __future__ import annotations

from pathlib import Path

import pytest
from package_support import cpi_package, verdict_of_claim

from workbench.models import Verdict

# Invented consumer-price inflation figures, laid out as the World Bank publishes them.
RATES = {("Morocco", 2017): 0.8, ("Egypt", 2019): 9.2, ("Kenya", 2018): 4.7, ("Uganda", 2018): 2.6,
         ("Zimbabwe", 2016): -1.6,
         ("Namibia", 2017): 6.2, ("Namibia", 2016): 6.7, ("South Africa", 2017): 5.3}


@pytest.fixture()
def cpi(tmp_path: Path) -> list[Path]:
    return [cpi_package(tmp_path / "cpi", RATES)]


@pytest.mark.parametrize(("text", "claim", "verdict"), [
    ("L'indice des prix à la consommation annuel moyen a progressé de 0,8% en 2017, indique le HCP.", "0,8%",
     Verdict.supported),
    ("Selon le HCP, les prix à la consommation ont augmenté en moyenne de 1,9% en 2017.",
     "1,9%", Verdict.contradicted),
    ("CAPMAS said average consumer prices rose 9.2% in 2019.", "9.2%", Verdict.supported),
    # CAPMAS by its own Arabic name, which only Egypt's office bears
    ("وقال الجهاز المركزي للتعبئة العامة والإحصاء إن متوسط أسعار المستهلكين ارتفع 9.2% في عام 2019.", "9.2%",
     Verdict.supported),
    ("KNBS data show consumer prices rose 4.7% on average in 2018.", "4.7%", Verdict.supported),
    ("According to UBOS, average inflation for 2018 stood at 2.6%.", "2.6%", Verdict.supported),
])
def test_a_statistics_office_of_the_region_names_its_country(cpi: list[Path], text: str, claim: str,
                                                             verdict: Verdict) -> None:
    assert verdict_of_claim(text, claim, cpi) is verdict


@pytest.mark.parametrize(("text", "claim", "verdict"), [
    # an annual average and the year before it, 'vergeleke met'
    ("Volgens die statistiekeburo het die gemiddelde jaarlikse inflasie in Namibië in 2017 met 6,2 persent gestyg, "
     "vergeleke met 6,7 persent in 2016.", "6,2 persent", Verdict.supported),
    ("Volgens die statistiekeburo het die gemiddelde jaarlikse inflasie in Namibië in 2017 met 6,2 persent gestyg, "
     "vergeleke met 6,7 persent in 2016.", "6,7 persent", Verdict.supported),
    # a December rate is another period than the year's average
    ("Die Namibiese inflasiekoers het in Desember 2017 met 5,2 persent gestyg.", "5,2 persent", Verdict.needs_review),
    # the country by its Afrikaans name
    ("In 2017 het die gemiddelde jaarlikse inflasie in Suid-Afrika 5,9 persent beloop.", "5,9 persent",
     Verdict.contradicted),
])
def test_afrikaans_inflation_sentences(cpi: list[Path], text: str, claim: str, verdict: Verdict) -> None:
    assert verdict_of_claim(text, claim, cpi) is verdict


@pytest.mark.parametrize(("text", "claim", "verdict"), [
    # the 12-month rate of December, as UBOS and the NBS date it: not the year's average
    ("Uganda's annual headline inflation for the year ending December 2018 was 2.2%.", "2.2%", Verdict.needs_review),
    ("Kenya's annual inflation for the year ended December 2018 stood at 5.7%.", "5.7%", Verdict.needs_review),
    # unless the sentence calls it an average
    ("Uganda's inflation averaged 2.6% for the year ended December 2018.", "2.6%", Verdict.supported),
])
def test_the_year_ending_december_is_the_december_rate(cpi: list[Path], text: str, claim: str, verdict: Verdict) -> None:
    assert verdict_of_claim(text, claim, cpi) is verdict
