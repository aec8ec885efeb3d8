"""'Prices rose 0.5 % month on month in November (against 1.2 % in November a year before)': the figure set
against a month-on-month change by 'against', 'compared with', 'as opposed to' (periods.json ``month_before_words``) is that
change of another month — no annual row judges it (``unsupported``, reason ``month_on_month``), in English or
through a gloss (Italian 'contro'). With a 12-month basis of its own ('against 11.6 % year on year') it is a
12-month rate and the period rules judge it; two years' rates compared stay judged by their rows.
The package is shaped like the World Bank's consumer-price file; its figures are invented."""

from __future__ import annotations

from pathlib import Path

import pytest
from package_support import claim_results, cpi_package

from workbench.models import Verdict


@pytest.mark.parametrize(("text", "figure"), [
    ("In Chile, consumer prices rose 0.5 per cent month on month in November 2022 (against 1.2 per cent in "
     "November 2021).", "1.2 per cent"),
    ("In Chile, consumer prices rose 0.5 per cent month on month in November 2022, compared with 1.2 per cent in "
     "November 2021.", "1.2 per cent"),
    ("Statistics Chile said month-on-month inflation was 0.5 per cent as opposed to 1.2 per cent in November 2022.",
     "1.2 per cent"),
    ("In Cile l'inflazione è cresciuta dello 0,5 per cento su mese a novembre 2022 (contro l'1,2 per cento segnato a "
     "novembre 2021).", "1,2 per cento"),
])
def test_a_figure_set_against_a_month_change_is_one_too(tmp_path: Path, text: str, figure: str) -> None:
    result = claim_results(text, [cpi_package(tmp_path / "cpi")], date="2022-12-20")[figure]
    assert result.verdict is Verdict.unsupported and result.reason == "month_on_month", result.explanation


def test_a_twelve_month_rate_set_against_it_keeps_its_basis(tmp_path: Path) -> None:
    text = "In Chile, consumer prices rose 0.5 per cent month on month in November 2022, against 11.6 per cent year on year."
    result = claim_results(text, [cpi_package(tmp_path / "cpi")], date="2022-12-20")["11.6 per cent"]
    assert result.reason != "month_on_month", result.explanation


def test_years_rates_compared_are_judged_by_their_rows(tmp_path: Path) -> None:
    text = "In Chile, consumer prices rose 11.6 per cent in 2022, compared with 4.5 per cent in 2021."
    result = claim_results(text, [cpi_package(tmp_path / "cpi")], date="2023-03-01")["4.5 per cent"]
    assert result.verdict is Verdict.supported, result.explanation


@pytest.mark.parametrize(("text", "figure"), [
    ("Statistics Chile said prices were recorded month on month in October 2022 with 0.9 per cent compared with "
     "0.6 per cent in September.", "0.6 per cent"),
    ("Au Chili, les prix ont progressé en rythme mensuel en octobre 2022 avec 0,9 % contre 0,6 % en septembre.",
     "0,6 %"),
])
def test_a_base_set_against_a_figure_called_monthly_before_it_is_a_month_change(tmp_path: Path, text: str,
                                                                                 figure: str) -> None:
    # the earlier figure's month-on-month words stand before it, none between the two figures
    result = claim_results(text, [cpi_package(tmp_path / "cpi")], date="2022-11-20")[figure]
    assert result.verdict is Verdict.unsupported and result.reason == "month_on_month", result.explanation


def test_a_figure_compared_with_something_else_keeps_its_own_basis(tmp_path: Path) -> None:
    # the postposition 'nisbətən' (compared with) follows its noun: 'October of the year before' stands between
    # the month's index and the 12-month one, whose base it is
    text = ("Çilidə 2022-ci ilin oktyabr ayında istehlak qiymətləri indeksi əvvəlki aya nisbətən 100,9 %, əvvəlki "
            "ilin oktyabr ayına nisbətən 112,8 % təşkil edib.")
    result = claim_results(text, [cpi_package(tmp_path / "cpi")], date="2022-11-20")["112,8 %"]
    assert result.reason != "month_on_month", result.explanation


def test_a_base_set_against_a_twelve_month_rate_stays_one(tmp_path: Path) -> None:
    text = ("Prices in Chile rose month on month in October 2022, while annual inflation reached 12.8 per cent "
            "compared with 13.7 per cent in September.")
    result = claim_results(text, [cpi_package(tmp_path / "cpi")], date="2022-11-20")["13.7 per cent"]
    assert result.reason != "month_on_month", result.explanation


@pytest.mark.parametrize(("text", "figure"), [
    ("Inflation in Chile reached 12.8 per cent in October 2022, and prices rose 0.9 per cent compared with the "
     "value of September.", "0.9 per cent"),
    ("A inflação no Chile chegou a 12,8 % em outubro de 2022, subindo também 0,9 % face ao valor de setembro.",
     "0,9 %"),
])
def test_a_month_compared_with_the_figure_of_the_month_before_is_a_month_change(tmp_path: Path, text: str,
                                                                                figure: str) -> None:
    # 'the value of September' names the month before through a noun for its figure (month_base_nouns)
    result = claim_results(text, [cpi_package(tmp_path / "cpi")], date="2022-11-20")[figure]
    assert result.verdict is Verdict.unsupported and result.reason == "month_on_month", result.explanation
