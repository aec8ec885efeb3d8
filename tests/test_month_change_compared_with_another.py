"""A month's change and the figures set beside it in one sentence.

A figure is that change of another month — no annual row judges it (``unsupported``, reason ``month_on_month``) — when

- it is set against a month-on-month change by 'against', 'compared with', 'as opposed to' (periods.json
  ``month_before_words``), in English or through a gloss (Italian 'contro'): 'Prices rose 0.5 % month on month in
  November (against 1.2 % in November a year before)';
- it is compared with the figure before it whose month-on-month wording stands before that figure ('rose
  month-on-month in May, with 0.4 % compared with 0.2 % in April'), or compared with the figure of the month before
  ('compared with the value of September', periods.json ``month_base_nouns``);
- it is a month's rate beside the year's rate whose own words say how long since it was last so high ('the highest
  since 2016'): that year closes a record's span (periods.json ``record_span_words``), no base a year before that
  would make it a 12-month change;
- a sibling change stands between it and the 12-month wording ('food prices by 1.6 %, while the annual rates
  reached …'): the year's rates it is weighed against are the figures after that wording, not the sibling.

It keeps a basis of its own when it has one ('against 11.6 % year on year': a 12-month rate the period rules judge),
when words of its own between the two figures name another base ('… of the year before'), when the figure it is set
against is a 12-month rate, and when it stands alone in its sentence; two years' rates compared stay judged by their
rows. The package is shaped like the World Bank's consumer-price file; its figures are invented."""

from __future__ import annotations

from pathlib import Path

import pytest
from package_support import CPI, claim_results, cpi_package

from workbench.models import ClaimResult, Verdict

# what each case expects of the figure: another month's change, or a basis of its own that keeps it from one
MONTH_CHANGE, OWN_BASIS = True, False

_ROWS = {**CPI, ("Peru", 2019): 3.0, ("Russian Federation", 2019): 4.5, ("Azerbaijan", 2019): 2.6}


def _result(tmp_path: Path, text: str, figure: str, date: str) -> ClaimResult:
    return claim_results(text, [cpi_package(tmp_path / "cpi", _ROWS)], date=date)[figure]


@pytest.mark.parametrize(("text", "figure", "date", "month_change"), [
    # set against a change over one month: that change of another month
    pytest.param("In Chile, consumer prices rose 0.5 per cent month on month in November 2022 (against 1.2 per cent in November 2021).", "1.2 per cent", "2022-12-20", MONTH_CHANGE, id="against"),
    pytest.param("In Chile, consumer prices rose 0.5 per cent month on month in November 2022, compared with 1.2 per cent in November 2021.", "1.2 per cent", "2022-12-20", MONTH_CHANGE, id="compared-with"),
    pytest.param("Statistics Chile said month-on-month inflation was 0.5 per cent as opposed to 1.2 per cent in November 2022.", "1.2 per cent", "2022-12-20", MONTH_CHANGE, id="as-opposed-to"),
    pytest.param("In Cile l'inflazione è cresciuta dello 0,5 per cento su mese a novembre 2022 (contro l'1,2 per cento segnato a novembre 2021).", "1,2 per cento", "2022-12-20", MONTH_CHANGE, id="glossed-contro"),
    # the earlier figure's month-on-month words stand before it, none between the two figures
    pytest.param("Statistics Chile said prices were recorded month on month in October 2022 with 0.9 per cent compared with 0.6 per cent in September.", "0.6 per cent", "2022-11-20", MONTH_CHANGE, id="worded-before"),
    pytest.param("Au Chili, les prix ont progressé en rythme mensuel en octobre 2022 avec 0,9 % contre 0,6 % en septembre.", "0,6 %", "2022-11-20", MONTH_CHANGE, id="worded-before-glossed"),
    pytest.param("Consumer prices in Peru rose month-on-month in May 2019, with 0.4% compared with 0.2% in April.", "0.2%", "2019-06-05", MONTH_CHANGE, id="worded-before-hyphenated"),
    # 'the value of September' names the month before through a noun for its figure (month_base_nouns)
    pytest.param("Inflation in Chile reached 12.8 per cent in October 2022, and prices rose 0.9 per cent compared with the value of September.", "0.9 per cent", "2022-11-20", MONTH_CHANGE, id="value-of-the-month-before"),
    pytest.param("A inflação no Chile chegou a 12,8 % em outubro de 2022, subindo também 0,9 % face ao valor de setembro.", "0,9 %", "2022-11-20", MONTH_CHANGE, id="value-of-the-month-before-glossed"),
    pytest.param("Inflation in Peru was 0.5% in March, the highest since 2016, with an accumulated 3.2% over the last 12 months.", "0.5%", "2019-04-02", MONTH_CHANGE, id="record-span-beside-the-years-rate"),
    pytest.param("Consumer prices in Russia rose by 1.1% in March 2019, food prices by 1.6%, while the annual rates of the two reached 5.3% and 6.0%.", "1.1%", "2019-04-10", MONTH_CHANGE, id="sibling-before-the-annual-rates"),
    # the next figure after a month's change, its own words naming a month and no 12-month basis: that month's change
    pytest.param("In Chile, the consumer price index fell 0.2 per cent month on month in December 2022, after 0.4 per cent in November.", "0.4 per cent", "2023-01-12", MONTH_CHANGE, id="after-the-months-change"),
    pytest.param("Au Chili, l'indice des prix à la consommation recule de 0,2 % sur un mois en décembre 2022, après 0,4 % en novembre.", "0,4 %", "2023-01-12", MONTH_CHANGE, id="after-the-months-change-glossed"),
    pytest.param("The consumer price index of Peru, exclusive for May 2019, shows that prices went up 0.3% whereas in April they went up 0.1%.", "0.1%", "2019-06-05", MONTH_CHANGE, id="whereas-the-month-before"),
    # … or counting its month from the change's ('the previous month', periods.json anchored_relative_months)
    pytest.param("In Chile, consumer prices rose 0.5 per cent month on month in November 2022, unlike the previous month, when they fell 0.3 per cent.", "0.3 per cent", "2022-12-20", MONTH_CHANGE, id="unlike-the-previous-month"),
    pytest.param("No Chile, os preços aumentaram 0,5 por cento em termos mensais em novembro de 2022, ao contrário do mês anterior, em que caíram 0,3 por cento.", "0,3 por cento", "2022-12-20", MONTH_CHANGE, id="unlike-the-previous-month-glossed"),
    # a month's name after 'exclusive for' or 'only in' (periods.json month_alone_before_words) says the month alone
    pytest.param("The consumer price index of Peru, exclusive for May 2019, shows that prices went up 0.3% whereas in April they went up 0.1%.", "0.3%", "2019-06-05", MONTH_CHANGE, id="exclusive-for-the-month"),
    pytest.param("Только в мае 2019 года потребительские цены в России выросли на 0,3%.", "0,3%", "2019-06-05", MONTH_CHANGE, id="only-in-the-month-glossed"),
    # a basis of its own keeps it from the month's change
    pytest.param("In Chile, consumer prices rose 0.5 per cent month on month in November 2022, after 12.8 per cent in October.", "12.8 per cent", "2022-12-20", OWN_BASIS, id="after-it-a-twelve-month-sized-rate"),
    pytest.param("In Chile, consumer prices rose 0.5 per cent month on month in November 2022, while in October the annual rate was 0.9 per cent.", "0.9 per cent", "2022-12-20", OWN_BASIS, id="after-it-a-twelve-month-worded-rate"),
    pytest.param("In Chile, consumer prices rose 0.5 per cent month on month in November 2022, against 11.6 per cent year on year.", "11.6 per cent", "2022-12-20", OWN_BASIS, id="its-own-twelve-month-basis"),
    pytest.param("In Chile, consumer prices rose 0.5 per cent month on month in November 2022, while the previous month the annual rate was 0.9 per cent.", "0.9 per cent", "2022-12-20", OWN_BASIS, id="the-previous-months-twelve-month-rate"),
    # the postposition 'nisbətən' (compared with) follows its noun: 'October of the year before' stands between
    # the month's index and the 12-month one, whose base it is
    pytest.param("Çilidə 2022-ci ilin oktyabr ayında istehlak qiymətləri indeksi əvvəlki aya nisbətən 100,9 %, əvvəlki ilin oktyabr ayına nisbətən 112,8 % təşkil edib.", "112,8 %", "2022-11-20", OWN_BASIS, id="base-of-its-own-between"),
    pytest.param("Bildirilir ki, may ayında Azərbaycanda istehlak qiymətləri indeksi əvvəlki aya nisbətən 100,6 %, əvvəlki ilin may ayına nisbətən 102,9 % təşkil edib.", "102,9 %", "2019-06-10", OWN_BASIS, id="base-of-its-own-between-undated-month"),
    pytest.param("Prices in Chile rose month on month in October 2022, while annual inflation reached 12.8 per cent compared with 13.7 per cent in September.", "13.7 per cent", "2022-11-20", OWN_BASIS, id="set-against-a-twelve-month-rate"),
    pytest.param("Inflation in Peru reached 3.1% in May 2019 compared with 2.9% in April.", "2.9%", "2019-06-05", OWN_BASIS, id="twelve-month-rate-and-the-month-before"),
])
def test_a_figure_set_beside_a_month_change(tmp_path: Path, text: str, figure: str, date: str,
                                            month_change: bool) -> None:
    result = _result(tmp_path, text, figure, date)
    if month_change:
        assert result.verdict is Verdict.unsupported and result.reason == "month_on_month", result.explanation
    else:
        assert result.reason != "month_on_month", result.explanation


def test_a_rate_alone_the_highest_since_a_year_is_left_to_the_period_rules(tmp_path: Path) -> None:
    result = _result(tmp_path, "Inflation in Peru was 3.1% in March, the highest since 2016.", "3.1%", "2019-04-02")
    assert result.reason != "month_on_month", result.explanation
    assert result.verdict is not Verdict.unsupported, result.explanation


def test_years_rates_compared_are_judged_by_their_rows(tmp_path: Path) -> None:
    result = _result(tmp_path, "In Chile, consumer prices rose 11.6 per cent in 2022, compared with 4.5 per cent in "
                     "2021.", "4.5 per cent", "2023-03-01")
    assert result.verdict is Verdict.supported, result.explanation
