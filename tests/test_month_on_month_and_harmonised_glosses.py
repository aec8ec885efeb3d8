"""Words of other languages that name another series than a year's consumer-price rate, read through their
English glosses (workbench/data/languages.json), so the figure is ``unsupported`` as its English twin is:

- Italian 'su mese' (on the month before) and Serbian 'mesečno' (on a monthly basis): a month-on-month change,
  which only a monthly index shows;
- Slovenian 'na mesečni ravni' in a sentence read whole ('stopnja' rate, 'in sicer' namely), and Lithuanian
  prices of consumer goods ('vartojimo prekių') against the month before: the same;
- Swedish 'underliggande' (core), Greek 'τροφίμων' (of food) and Serbian 'цијене пријевоза' (prices of
  transport), a genitive glossed with its 'of': a variant or a component, not the headline rate the row holds;
- Lithuanian 'suderintas vartotojų kainų indeksas' in any case (the harmonised index, SVKI), and Czech, Slovak and
  Polish 'harmonizovaná' / 'zharmonizowany': the HICP, which the packages do not hold.
The package is shaped like the World Bank's consumer-price file; its figures are invented."""

from __future__ import annotations

from pathlib import Path

import pytest

from package_support import claim_results, cpi_package

from workbench.models import Verdict

_ROWS = {("Italy", 2022): 8.2, ("Serbia", 2023): 12.1, ("Lithuania", 2018): 2.7, ("Slovenia", 2017): 1.4,
         ("Sweden", 2017): 1.8, ("Greece", 2017): 1.1, ("Bosnia and Herzegovina", 2017): 1.2,
         ("Czechia", 2017): 2.4, ("Poland", 2017): 1.6, ("Slovak Republic", 2017): 1.4}


def _unsupported(text: str, figure: str, date: str, tmp_path: Path, reason: str | None = None) -> None:
    result = claim_results(text, [cpi_package(tmp_path / "cpi", _ROWS)], date=date)[figure]
    assert result.verdict is Verdict.unsupported, result.explanation
    assert reason is None or result.reason == reason, result.explanation


def test_italian_su_mese_is_a_change_over_one_month(tmp_path: Path) -> None:
    _unsupported("In Italia a novembre l'inflazione è cresciuta dello 0,5 per cento su mese.", "0,5 per cento",
                 "2022-12-20", tmp_path, "month_on_month")


def test_serbian_mesecno_is_a_change_over_one_month(tmp_path: Path) -> None:
    _unsupported("Mesečno, potrošačke cene u Srbiji u novembru porasle su za 0,6%.", "0,6%", "2023-12-12", tmp_path,
                 "month_on_month")


def test_the_lithuanian_harmonised_index_in_any_case_is_another_series(tmp_path: Path) -> None:
    for text in ("Lietuvoje gegužę metinė infliacija pagal suderintą vartotojų kainų indeksą siekė 3,1%.",
                 "Lietuvoje gegužę suderintas vartotojų kainų indeksas per metus išaugo 3,1%."):
        _unsupported(text, "3,1%", "2018-06-05", tmp_path)


def test_the_lithuanian_national_index_abbreviated_vki_is_the_cpi(tmp_path: Path) -> None:
    # the sentence before names the harmonised index (SVKI); the figure its own sentence gives by the national
    # index (VKI) is the CPI's, judged by the row, not another series
    text = ("Pagal SVKI apskaičiuota metinė infliacija Lietuvoje buvo didesnė. 2018 metais pagal VKI apskaičiuota "
            "vidutinė metinė infliacija buvo 2,7 proc.")
    result = claim_results(text, [cpi_package(tmp_path / "cpi", _ROWS)], date="2019-02-01")["2,7 proc."]
    assert result.verdict is Verdict.supported, result.explanation


def test_a_slovenian_months_change_after_the_years_rate_is_read_whole(tmp_path: Path) -> None:
    # 'stopnja' (rate), 'in sicer' (namely), 'se … podražil' (rose in price): every word read, so the
    # month's change its sentence names is judged, not left for unread words
    _unsupported("Letna stopnja inflacije v Sloveniji je marca dosegla 3,1 odstotka. Cene so bile višje tudi na mesečni "
                 "ravni, in sicer za 0,8 odstotka, najbolj pa se je podražil tobak.", "0,8 odstotka", "2018-04-02", tmp_path,
                 "month_on_month")


@pytest.mark.parametrize(("text", "figure"), [
    ("Den underliggande inflationen i Sverige, rensat för energi, steg till 1,8 procent i fjol.", "1,8 procent"),
    ("Στην Ελλάδα οι τιμές των τροφίμων αυξήθηκαν κατά 1,1% πέρυσι.", "1,1%"),
    ("У Босни и Херцеговини цијене пријевоза порасле су прошле године за 1,2 посто.", "1,2 посто"),
    ("U Bosni i Hercegovini cijene prijevoza porasle su prošle godine za 1,2 posto.", "1,2 posto"),
])
def test_a_core_or_component_rate_is_another_series_though_the_headline_row_agrees(tmp_path: Path, text: str,
                                                                                   figure: str) -> None:
    _unsupported(text, figure, "2018-03-01", tmp_path, "other_series")


@pytest.mark.parametrize(("text", "figure"), [
    ("Harmonizovaná inflace v Česku loni dosáhla 2,4 procenta.", "2,4 procenta"),
    ("Harmonizovaná inflácia na Slovensku vlani dosiahla 1,4 percenta.", "1,4 percenta"),
    ("Zharmonizowany wskaźnik cen konsumpcyjnych w Polsce wzrósł w zeszłym roku o 1,6 procent.", "1,6 procent"),
])
def test_a_west_slavic_harmonised_rate_is_another_series(tmp_path: Path, text: str, figure: str) -> None:
    _unsupported(text, figure, "2018-03-01", tmp_path, "other_series")


def test_a_lithuanian_months_change_of_consumer_goods_prices_is_a_change_over_one_month(tmp_path: Path) -> None:
    # 'vartojimo prekių ir paslaugų kainos' (prices of consumer goods and services), January against December
    _unsupported("Lietuvoje vidutinė metinė infliacija siekė 2,7 proc., o vasarį, palyginti su sausiu, vartojimo prekių "
                 "ir paslaugų kainos padidėjo 0,4 procento.", "0,4 procento", "2019-03-10", tmp_path, "month_on_month")
