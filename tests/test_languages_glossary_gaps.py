"""Words of other languages the glossaries now read: a French 'IPC' (the CPI), an Italian 'negli
ultimi … anni' and a figure glued to 'dell'' ('aumentata dell'8,5%': rose by 8.5 %), a Czech 'došlo ke
snížení o' (fell by), a multiple's 'vezes', 'volte', 'krát' (times). Each sentence is judged as its English is.

Packages are World Bank-shaped, with invented figures."""

from __future__ import annotations

from pathlib import Path

import pytest
from package_support import claim_results, cpi_package

from workbench.languages import gloss_paragraphs
from workbench.models import Verdict

CPI = {("Czechia", 2021): 3.8, ("Czechia", 2022): 15.1, ("Czechia", 2023): 10.7,
       ("Morocco", 2022): 6.7, ("Morocco", 2023): 6.1}


@pytest.fixture()
def package(tmp_path: Path) -> Path:
    return cpi_package(tmp_path, CPI)


@pytest.mark.parametrize(("code", "text", "english"), [
    ("it", "il prezzo è aumentato dell'8,5% negli ultimi 10 anni", "rose by 8.5% in the last 10 years"),
    ("it", "è salito dell’8,5%", "by 8.5%"),
    ("fr", "l'IPC annuel reste élevé à 6,1 %", "CPI annual remains high at 6.1 %"),
    ("cs", "oproti roku 2022 došlo ke snížení o 4,4 procentního bodu", "compared with 2022 fell by 4.4 percentage points"),
    ("pt", "cresceu 3 vezes", "3 times"),  # a multiple's word for 'times'
    ("it", "è aumentato di 3 volte", "3 times"),
    ("cs", "vzrostl 3 krát", "3 times"),
    ("es", "a veces crece", "sometimes"),  # no multiple
])
def test_the_words_are_read(code: str, text: str, english: str) -> None:
    assert english in gloss_paragraphs(text, [(0, len(text), code)]).text


def test_a_czech_fall_in_points_from_the_year_before(package: Path) -> None:
    text = "Průměrná míra inflace v Česku za rok 2023 činila 10,7 %. Oproti roku 2022 došlo ke snížení o 4,4 procentního bodu."
    result = claim_results(text, [package], "2024-02-15")["4,4 procentního bodu"]
    assert result.verdict is Verdict.supported, result.explanation


def test_a_french_cpi_of_a_named_country_is_read(package: Path) -> None:
    text = "Au Maroc, l'IPC annuel de l'année 2023 reste élevé à 6,1 %, selon le HCP."
    result = claim_results(text, [package], "2024-02-15")["6,1 %"]
    assert result.verdict is Verdict.supported, result.explanation
