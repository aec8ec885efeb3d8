"""Words economy and emissions news writes around its figures — Russian rankings and growth ('вошел в
десятку самых быстрорастущих экономик', 'спад', 'полностью'), Portuguese 'voltou ao grupo das maiores
economias', French 'émissions de GES … hors UTCATF … éq', Polish 'globalnej emisji', Indonesian 'bahan
bakar fosil' — are glossed, so a sentence read whole keeps its English reading's verdict instead of going to
a person as words the checker could not read. The letters of a currency symbol ('R' of 'R$') are no unread
word. Sentences written here; packages with invented figures."""

from __future__ import annotations

from pathlib import Path

import pytest
from package_support import carbon_package, claim_results, claim_starting

from workbench.models import Verdict

UNREAD = "unknown_language_words"


@pytest.mark.parametrize(("text", "figure"), [
    # a real growth rate beside a ranking: the packages hold GDP in current dollars only
    ("В 2021 году Казахстан с ростом ВВП на 4,1%, полностью компенсировав спад прошлого года, вошел в десятку "
     "самых быстрорастущих экономик среди стран мира.", "4,1%"),
    # GDP in reais of a country whose rows are in dollars; 'R' of 'R$' is the symbol's, no unread word
    ("Após registrar PIB de R$ 1,1 trilhão em 2021, o Cazaquistão voltou ao grupo das maiores economias da região.",
     "R$ 1,1"),
])
def test_economy_news_read_whole_keeps_its_unsupported(kaz_rus_packages: list[Path], text: str, figure: str) -> None:
    result = claim_starting(claim_results(text, kaz_rus_packages, "2023-05-01"), figure)
    assert result.verdict is Verdict.unsupported and result.reason != UNREAD, result.explanation


@pytest.fixture()
def fossil_carbon(tmp_path: Path) -> list[Path]:
    # 60,000 thousand t of carbon is 220 Mt of CO2
    return [carbon_package(tmp_path / "carbon", {("KAZAKHSTAN", 2020): 60_000.0, ("KAZAKHSTAN", 2021): 61_000.0})]


@pytest.mark.parametrize(("text", "figure"), [
    # all greenhouse gases in CO2 equivalent, and their change: the package holds fossil CO2 only
    ("En 2021, les émissions de GES du Kazakhstan, hors UTCATF, représentent 390 Mt CO2 éq, dont 80 % de CO2.",
     "390 Mt"),
    ("En 2021, selon une estimation préliminaire, les émissions de GES du Kazakhstan baissent de 4,1 %.", "4,1 %"),
    # a share of the world's emissions: the package holds no world total
    ("W 2021 r. Kazachstan wyemitował 224 Mt CO2, co stanowi 0,6 proc. globalnej emisji.", "0,6 proc"),
    # 'CO2 eşdeğerine' (to CO2 equivalent, in the dative) counts greenhouse gases, with no place named either
    ("Enerji sektörü emisyonları 2021'de yüzde 1,2 artarak 185,4 milyon ton CO2 eşdeğerine ulaştı.", "185,4 milyon"),
])
def test_emissions_news_read_whole_is_judged_as_in_english(fossil_carbon: list[Path], text: str, figure: str) -> None:
    result = claim_starting(claim_results(text, fossil_carbon, "2023-05-01"), figure)
    assert result.verdict is Verdict.unsupported and result.reason != UNREAD, result.explanation


def test_a_word_still_unknown_is_named_but_not_a_currency_symbol_s_letters(kaz_rus_packages: list[Path]) -> None:
    # 'quilombolas' is in no glossary: the figure goes to a person, who is told that word and not the 'R' of 'R$'
    text = "Em 2021, os quilombolas do Cazaquistão receberam R$ 3,2 bilhões."
    result = claim_starting(claim_results(text, kaz_rus_packages, "2023-05-01"), "R$ 3,2")
    assert (result.verdict, result.reason) == (Verdict.needs_review, UNREAD), result.explanation
    assert "quilombolas" in result.explanation and "know: R," not in result.explanation \
        and "R)" not in result.explanation, result.explanation


def test_a_country_s_emissions_beside_its_share_of_global_emissions_stay_the_country_s(
        fossil_carbon: list[Path]) -> None:
    # 'globalnej emisji' (of global emissions) is the share's whole, not the place of the figure before it:
    # 'nasz kraj' (our country) is the one the sentence before names
    text = ("Kazachstan zajmuje drugie miejsce w regionie. W 2021 r. nasz kraj wyemitował 224 Mt CO2, co stanowi "
            "0,6 proc. globalnej emisji.")
    result = claim_starting(claim_results(text, fossil_carbon, "2023-05-01"), "224 Mt")
    assert result.verdict is Verdict.supported, result.explanation
    assert (result.evidence[0].dimensions or {}).get("Country") == "KAZAKHSTAN", result.evidence[0]
