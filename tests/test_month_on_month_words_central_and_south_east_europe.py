"""A month's change and the harmonised index in the wordings of Central and South-East European copy, read
through their English glosses (workbench/data/languages.json), so the figure is ``unsupported`` as its English
twin is — no package holds a monthly index nor the HICP:

- Hungarian 'az előző hónaphoz viszonyítva' (compared with the month before), a synonym of 'képest';
- Bosnian 'odnosu na prethodni mjesec' where the writer dropped the 'u' of 'u odnosu na';
- Serbian 'a mesečna 0,4 odsto': the adjective right before the figure stands for its elided noun, the
  monthly rate, beside the 12-month rate of the clause before;
- Romanian 'de la o lună la alta' (from one month to the next) and '0,3% pe lună' (per month);
- Czech 'měsíční inflace', Hungarian 'havi szinten', Bulgarian 'в месечен план', Macedonian 'месечната инфлација':
  the monthly rate, or a change on a monthly basis;
- Slovak 'medzimesačne …, a to o 0,3 %' ('a to', namely, names the figure of the clause before, no next clause) and
  Mongolian 'өмнөх сараасаа' (from its previous month, with the possessive ending);
- Czech 'v listopadu proti říjnu' (in November against October): the month before as the change's base;
- English '0.6 % per month', the span said right after the figure (not '5.6 % a month earlier');
- Albanian 'indeksi i përgjithshëm i harmonizuar i çmimeve të konsumit' (an adjective inside the index's name)
  and Bulgarian 'хармонизирания индекс на потребителските цени (ХИПЦ)': the harmonised index, as the rate of
  the EU is (Hungarian 'az EU-ban', in the EU): the World Bank's aggregate row does not contradict it.
A 12-month rate beside them keeps its verdict. The package is shaped like the World Bank's consumer-price file;
its figures are invented."""

from __future__ import annotations

from pathlib import Path

import pytest

from package_support import claim_results, cpi_package

from workbench.models import ClaimResult, Verdict

_ROWS = {("Hungary", 2019): 3.4, ("Bosnia and Herzegovina", 2019): 0.6, ("Serbia", 2019): 1.9,
         ("Romania", 2019): 3.8, ("Czechia", 2019): 2.8, ("Kenya", 2019): 5.2, ("Kosovo", 2019): 2.7,
         ("Bulgaria", 2019): 2.5, ("North Macedonia", 2019): 0.8, ("Slovak Republic", 2019): 2.7, ("Mongolia", 2019): 7.3, ("European Union", 2019): 1.6}


def _result(text: str, figure: str, date: str, tmp_path: Path) -> ClaimResult:
    """The result of the claim that opens with ``figure`` (the extraction may take the words after it: '0.6% per month')."""
    results = claim_results(text, [cpi_package(tmp_path / "cpi", _ROWS)], date=date)
    return next(result for claim, result in results.items() if claim.startswith(figure))


@pytest.mark.parametrize(("text", "figure", "date"), [
    ("A fogyasztói árak júliusban az előző hónaphoz viszonyítva átlagosan 0,4 százalékkal emelkedtek Magyarországon.",
     "0,4 százalékkal", "2019-08-09"),
    ("Cijene u Bosni i Hercegovini su u julu odnosu na prethodni mjesec u prosjeku pale za 0,3%.",
     "0,3%", "2019-08-20"),
    ("Godišnja inflacija u Srbiji u julu iznosila je 1,1 odsto, a mesečna 0,4 odsto.", "0,4 odsto", "2019-08-12"),
    ("În România, de la o lună la alta, prețurile de consum au crescut în iulie cu 0,2%.", "0,2%", "2019-08-13"),
    ("Spotřebitelské ceny v Česku vzrostly v listopadu proti říjnu o 0,3 %.", "0,3 %", "2019-12-10"),
    ("Kenya's consumer prices rose in 2019 by an average of 0.6% per month.", "0.6%", "2020-01-31"),
    ("Měsíční inflace v Česku dosáhla v říjnu 0,5 %.", "0,5 %", "2019-11-11"),
    ("Magyarországon az árak havi szinten 0,2 százalékkal nőttek szeptemberben.", "0,2 százalékkal", "2019-10-09"),
    ("Потребителските цени в България в месечен план са се повишили с 0,7 на сто през юли.", "0,7 на сто",
     "2019-08-14"),
    ("Месечната инфлација во Македонија во јули изнесуваше 0,3 отсто.", "0,3 отсто", "2019-08-09"),
    ("În 2019, prețurile de consum din România au crescut în medie cu 0,3% pe lună.", "0,3%", "2020-01-14"),
    ("Spotrebiteľské ceny na Slovensku v októbri medzimesačne vzrástli, a to o 0,3 %.", "0,3 %", "2019-11-14"),
    ("Монгол улсад инфляц есдүгээр сард өмнөх сараасаа 0.8 хувиар өссөн.", "0.8 хувиар", "2019-10-15"),
])
def test_a_change_over_one_month_is_month_on_month(tmp_path: Path, text: str, figure: str, date: str) -> None:
    result = _result(text, figure, date, tmp_path)
    assert result.verdict is Verdict.unsupported, result.explanation
    assert result.reason == "month_on_month", result.explanation


def test_a_rate_a_month_earlier_is_no_change_over_one_month(tmp_path: Path) -> None:
    # 'a month earlier' names the month before's figure, a 12-month rate as the first is: no month's change
    result = _result("Kenya's inflation eased to 5.0% in December 2019, against 5.6% a month earlier.", "5.6%",
                     "2020-01-31", tmp_path)
    assert result.reason != "month_on_month", result.explanation


def test_the_serbian_twelve_month_rate_beside_the_monthly_one_stays_a_rate(tmp_path: Path) -> None:
    # the 1,9 odsto before 'a mesečna' is the year's rate the row holds: judged, not read as a month's change
    result = _result("Godišnja inflacija u Srbiji u 2019. godini iznosila je 1,9 odsto, a mesečna 0,4 odsto.",
                     "1,9 odsto", "2020-01-15", tmp_path)
    assert result.verdict is Verdict.supported, result.explanation


@pytest.mark.parametrize(("text", "figure", "date"), [
    ("Indeksi i përgjithshëm i harmonizuar i çmimeve të konsumit në Kosovë u rrit mesatarisht 2,7 për qind në vitin 2019.",
     "2,7 për qind", "2020-02-10"),
    ("Средногодишната инфлация в България, измерена чрез хармонизирания индекс на потребителските цени (ХИПЦ), "
     "през 2019 г. е 2,5 на сто.", "2,5 на сто", "2020-01-15"),
])
def test_the_harmonised_index_is_another_series_though_the_row_agrees(tmp_path: Path, text: str, figure: str,
                                                                      date: str) -> None:
    result = _result(text, figure, date, tmp_path)
    assert result.verdict is Verdict.unsupported, result.explanation
    assert result.reason == "other_series", result.explanation


def test_the_hungarian_eus_rate_is_the_harmonised_index(tmp_path: Path) -> None:
    result = _result("Az EU-ban 2019 decemberében 2,1 százalék volt az infláció.", "2,1 százalék", "2020-01-20", tmp_path)
    assert result.verdict is Verdict.unsupported, result.explanation
    assert result.reason == "other_series", result.explanation
