"""Words of other languages that name another series than a year's consumer-price rate, read through their
English glosses (workbench/data/languages.json), so the figure is ``unsupported`` as its English twin is:

- Italian 'su mese' (on the month before) and Serbian 'mesečno' (on a monthly basis): a month-on-month change,
  which only a monthly index shows;
- Lithuanian 'suderintas vartotojų kainų indeksas' in any case (the harmonised index, SVKI): the HICP, which the
  packages do not hold.
The package is shaped like the World Bank's consumer-price file; its figures are invented."""

from __future__ import annotations

from pathlib import Path

from package_support import claim_results, cpi_package

from workbench.models import Verdict

_ROWS = {("Italy", 2022): 8.2, ("Serbia", 2023): 12.1, ("Lithuania", 2018): 2.7}


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
