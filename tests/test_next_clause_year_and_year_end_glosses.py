"""Two readings news from Africa and Asia needs, in any language the gloss reads:

- a year after a figure that opens the next clause ('8.4 % and in 2021, it was 3.9 %', French 'et en
  2021, il était de …') is the next figure's year, never this one's: the figure keeps the year its
  sentence gave it before ('In 2019, …'), so a right figure is not called out of date;
- French, Portuguese and Indonesian year-end wording ('à fin 2022', 'no final do ano', 'pada akhir
  tahun') makes a rate the year's last month's, a different period from the annual average row.

Packages are publisher-shaped (World Bank layout, no ``workbench`` block), figures invented.
"""

from __future__ import annotations

from pathlib import Path

import pytest
from package_support import claim_results, cpi_package

from workbench.models import Verdict

ROWS = {("Gabon", 2019): 8.4, ("Gabon", 2020): 5.0, ("Gabon", 2021): 3.9, ("Gabon", 2022): 6.1,
        ("Indonesia", 2022): 4.2, ("Indonesia", 2023): 3.7, ("Mozambique", 2022): 10.3}


@pytest.fixture()
def cpi(tmp_path: Path) -> Path:
    return cpi_package(tmp_path / "cpi", ROWS)


def test_a_year_opening_the_next_clause_is_the_next_figures(cpi: Path) -> None:
    found = claim_results("In 2019, inflation in Gabon was 8.4% and in 2021, it was 3.9%.", [cpi], "2023-05-01")
    assert found["8.4%"].verdict is Verdict.supported
    assert found["8.4%"].evidence[0].period == "2019"
    assert found["3.9%"].verdict is Verdict.supported


def test_the_same_in_french(cpi: Path) -> None:
    found = claim_results("En 2019, le taux d'inflation au Gabon était de 8,4% et en 2021, il était de 3,9%.",
                          [cpi], "2023-05-01")
    assert found["8,4%"].verdict is Verdict.supported
    assert found["3,9%"].verdict is Verdict.supported


def test_a_figure_with_no_year_of_its_own_does_not_borrow_the_next_clauses(cpi: Path) -> None:
    # no year before 8.4 %: it is not 2021's, so it is never judged (and flagged) by the 2021 row
    found = claim_results("Inflation in Gabon was 8.4% and in 2021 it fell to 3.9%.", [cpi], None)
    assert found["8.4%"].verdict is not Verdict.contradicted
    assert found["3.9%"].verdict is Verdict.supported


def test_a_year_after_and_with_no_figure_after_it_stays_the_figures(cpi: Path) -> None:
    found = claim_results("Inflation in Gabon was 6.1% and hit a record in 2022.", [cpi], "2023-05-01")
    assert found["6.1%"].verdict is Verdict.supported


@pytest.mark.parametrize("text, figure", [
    ("Selon la banque centrale, l'inflation au Gabon se situait à 5,2% à fin 2022.", "5,2%"),
    ("A fin 2022, l'inflation au Gabon était de 5,2%.", "5,2%"),
    ("A inflação em Moçambique foi de 9,8% no final do ano de 2022.", "9,8%"),
    ("Inflasi Indonesia pada akhir tahun 2023 tercatat 2,6 persen.", "2,6 persen"),
])
def test_year_end_wording_is_a_different_period_not_a_contradiction(cpi: Path, text: str, figure: str) -> None:
    found = claim_results(text, [cpi], "2024-02-01")
    assert found[figure].verdict is Verdict.needs_review


def test_indonesian_annual_inflation_is_read_as_inflation(cpi: Path) -> None:
    found = claim_results("Badan Pusat Statistik mencatat inflasi tahunan Indonesia pada tahun 2022 sebesar 4,2 persen.",
                          [cpi], "2023-03-01")
    assert found["4,2 persen"].verdict is Verdict.supported


@pytest.mark.parametrize("text, figure", [
    # 'tahun ini' (this year) is the draft's year; 'setahun lalu' (a year ago) after 'dibandingkan' is the baseline
    ("Harga konsumen di Indonesia naik 3,7 persen pada tahun ini dibandingkan setahun lalu.", "3,7 persen"),
    # 'tahun lalu' (last year) is the year before the draft's
    ("Inflasi Indonesia tahun lalu tercatat 4,2 persen.", "4,2 persen"),
])
def test_indonesian_relative_years_are_counted_from_the_drafts_date(cpi: Path, text: str, figure: str) -> None:
    date = "2023-12-30" if "tahun ini" in text else "2023-02-10"
    found = claim_results(text, [cpi], date)
    assert found[figure].verdict is Verdict.supported, found[figure].explanation


def test_an_indonesian_clause_about_a_year_after_it_is_the_years(cpi: Path) -> None:
    # 'yang' right after a year opens a clause about it ('since 2022, when it reached 4.2 %'): the figure is
    # 2022's, not the latest year's (2023: 3.7); elsewhere 'yang' is 'that' and dates nothing
    found = claim_results("Inflasi Indonesia tahun ini tertinggi sejak 2022 yang mencapai 4,2 persen.", [cpi], "2024-01-05")
    assert found["4,2 persen"].verdict is Verdict.supported, found["4,2 persen"].explanation
    assert found["4,2 persen"].evidence[0].period == "2022"
    plain = claim_results("Inflasi yang tercatat di Indonesia pada 2023 mencapai 3,7 persen.", [cpi], "2024-01-05")
    assert plain["3,7 persen"].verdict is Verdict.supported and plain["3,7 persen"].evidence[0].period == "2023"
