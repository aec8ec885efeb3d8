"""Two things news in other languages says that the gloss now carries into the English rules:
the first N months of a year ('les sept premiers mois de l'année 2008', 'primele șapte luni din 2008',
'prvních sedm měsíců roku 2008') is a year-to-date period, not the year; and a region's rate written
before its year ('в Донецькій області в 2017 році склала 15,9%', 'in Harkov oblast in 2019 was …') is the
region's, not the country's. Forecast verbs in Polish ('prognozuje … wyniesie') make a projection.
Sentences and figures invented."""

from __future__ import annotations

from pathlib import Path

import pytest
from package_support import claim_results, cpi_package

from workbench.models import Verdict

ROWS = {("Romania", 2007): 4.8, ("Romania", 2008): 7.9, ("Romania", 2011): 5.6,
        ("Ukraine", 2018): 10.9, ("Ukraine", 2019): 7.9, ("Poland", 2022): 14.4, ("Poland", 2023): 11.5}


@pytest.fixture()
def cpi(tmp_path: Path) -> Path:
    return cpi_package(tmp_path / "cpi", ROWS)


@pytest.mark.parametrize("text", [
    "In Romania, consumer prices rose 5.6% in the first seven months of the year 2008.",
    "Selon l'institut, l'inflation moyenne en Roumanie a atteint 5,6% durant les sept premiers mois de l'année 2008.",
    "Potrivit INS, inflatia medie in Romania in primele sapte luni din 2008 a fost de 5,6%.",
    "Podle úřadu činila průměrná inflace v Rumunsku za prvních sedm měsíců roku 2008 5,6 %.",
    "Secondo l'istituto, l'inflazione in Romania nei primi sette mesi del 2008 è stata del 5,6%.",
])
def test_first_months_of_a_year_are_year_to_date(cpi: Path, text: str) -> None:
    [result] = claim_results(text, [cpi], "2008-09-10").values()
    # 5.6 is 2011's row: a year-to-date rate is no mixed-up year, and the year's average is another period
    assert result.verdict is Verdict.needs_review, result.explanation
    assert "2008-01/2008-07" in result.claim.period or "January" in result.explanation, (result.claim.period, result.explanation)


@pytest.mark.parametrize(("text", "claim"), [
    ("In Ukraine, inflation in Kharkiv oblast in 2019 was 7.9%, the statistics service said.", "7.9%"),
    ("За даними статистики України, інфляція в Харківській області в 2019 році склала 7,9%.", "7,9%"),
    ("По данным статистики Украины, инфляция в Харьковской области в 2019 году составила 7,9%.", "7,9%"),
])
def test_a_regions_rate_before_its_year_is_not_the_countrys(cpi: Path, text: str, claim: str) -> None:
    found = claim_results(text, [cpi], "2020-01-20")
    assert found[claim].verdict is Verdict.unsupported, found[claim].explanation


def test_a_region_opening_its_clause_after_a_year_is_still_the_regions(cpi: Path) -> None:
    found = claim_results("Ukraine's statistics service published regional data. In 2019 the Kharkiv oblast recorded "
                          "inflation of 7.9%.", [cpi], "2020-01-20")
    assert found["7.9%"].verdict is Verdict.unsupported, found["7.9%"].explanation


def test_the_countrys_own_rate_with_its_year_is_still_judged(cpi: Path) -> None:
    found = claim_results("Згідно з даними відомства, інфляція в Україні в 2019 році склала 7,9%.", [cpi], "2020-01-20")
    assert found["7,9%"].verdict is Verdict.supported


def test_polish_forecast_for_a_year_not_over_is_a_projection(cpi: Path) -> None:
    found = claim_results("Bank centralny prognozuje, że w 2023 roku inflacja w Polsce wyniesie 8,4 proc.", [cpi], "2023-02-15")
    assert found["8,4 proc"].verdict is Verdict.needs_review, found["8,4 proc"].explanation


def test_polish_forecast_for_a_year_without_a_row_is_unsupported(cpi: Path) -> None:
    found = claim_results("NBP przewiduje, że średnioroczna inflacja w 2026 r. spadnie do 2,7 proc.", [cpi], "2025-11-20")
    assert found["2,7 proc"].verdict is Verdict.unsupported, found["2,7 proc"].explanation


@pytest.mark.parametrize("text", [
    "По данным статистической службы Украины, инфляция в 2019 году составила 7,9%.",
    "Инфляция в Украине в 2019 году составила 7,9%, сообщила служба статистики.",
    "Годовая инфляция в Польше в 2023 году составила 11,5%, сообщила служба статистики.",
])
def test_russian_country_names_in_their_cases_name_the_place(cpi: Path, text: str) -> None:
    [result] = claim_results(text, [cpi], "2024-01-20").values()
    assert result.verdict is Verdict.supported, result.explanation
