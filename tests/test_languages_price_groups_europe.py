"""Inflation news of Europe and East Africa read through its own words: a price group's change (German 'teurer',
French 'les prix de l'énergie … ont reculé', Swahili 'mfumuko wa bei wa bidhaa za vyakula'), a rate excluding energy
(Dutch 'exclusief energie'), the euro area's or the EU-harmonised rate (Dutch 'de muntunie', 'in Europees verband')
are other series than the headline row (unsupported); a yearly average 'im Schnitt' and a Dutch 'afgelopen jaar'
compared with the year before are the headline's. Invented rates laid out as the World Bank publishes them;
sentences written here."""

from __future__ import annotations

from pathlib import Path

import pytest
from package_support import claim_results, cpi_package

from workbench.models import Verdict

RATES = {("Germany", 2021): 3.1, ("Germany", 2022): 6.9, ("Netherlands", 2022): 10.0, ("Netherlands", 2023): 3.8,
         ("Netherlands", 2024): 3.3, ("France", 2016): 0.2, ("Tanzania", 2023): 3.8}


@pytest.fixture(scope="module")
def cpi(tmp_path_factory: pytest.TempPathFactory) -> list[Path]:
    return [cpi_package(tmp_path_factory.mktemp("prices") / "cpi", RATES)]


@pytest.mark.parametrize(("text", "claim"), [
    # a price group's change, as large as the headline row: still the group's
    ("Energieprodukte waren in Deutschland 2022 im Jahresvergleich 6,9 Prozent teurer.", "6,9 Prozent"),
    ("Dans le détail, les prix de l'énergie ont reculé de 0,2% en France en 2016, à un rythme moins fort.", "0,2%"),
    ("Nchini Tanzania, mfumuko wa bei wa bidhaa za vyakula na vinywaji baridi kwa mwaka 2023 ulikuwa asilimia 3.8.",
     "asilimia 3.8"),
    # inflation excluding energy, the euro area's and the EU-harmonised rate
    ("In Nederland bedroeg de inflatie exclusief energie over heel 2023 3,8 procent.", "3,8 procent"),
    ("Voor de muntunie als geheel was de inflatie in 2022 8,4 procent.", "8,4 procent"),
    ("In Europees verband wordt inflatie anders berekend, daar komt de Nederlandse inflatie uit op 10 procent in "
     "2022.", "10 procent"),
])
def test_another_series_than_the_headline_is_unsupported(cpi: list[Path], text: str, claim: str) -> None:
    result = claim_results(text, cpi)[claim]
    assert result.verdict is Verdict.unsupported, (text, result.explanation)
    assert not result.evidence


@pytest.mark.parametrize(("text", "claim", "verdict", "year"), [
    ("Das Statistische Bundesamt bestätigte die Inflation in Deutschland, die 2022 im Schnitt bei 6,9 Prozent lag.",
     "6,9 Prozent", Verdict.supported, "2022"),
    ("Das Statistische Bundesamt bestätigte die Inflation in Deutschland, die 2022 im Schnitt bei 7,9 Prozent lag.",
     "7,9 Prozent", Verdict.contradicted, "2022"),
    ("In Nederland waren consumentengoederen en -diensten in het afgelopen jaar 3,8 procent duurder dan in 2022.",
     "3,8 procent", Verdict.supported, "2023"),
])
def test_the_headline_said_in_its_own_words_keeps_its_row(cpi: list[Path], text: str, claim: str, verdict: Verdict,
                                                          year: str) -> None:
    result = claim_results(text, cpi, "2024-01-10")[claim]
    assert result.verdict is verdict, (text, result.explanation)
    assert result.evidence[0].period == year
