"""Kurdish news read through the gloss, in both its scripts: Kurmanji in Latin letters, Sorani in Arabic ones.

Kurmanji shares short words with Portuguese ('de', 'e', 'da') and Sorani its script with Arabic and Persian: each is
told Kurdish by its own words ('û', 'ji', 'jî', 'ev'; 'لە', 'بە', 'کە'), then read through one glossary (CLDR's 'ku'
and 'ckb' names). Its percentage is written with '%' before the figure ('%12,5') or a word ('ji sedî', 'لە سەدا').
The packages are World Bank-shaped with invented figures."""

from __future__ import annotations

from pathlib import Path

import pytest
from package_support import claim_results, cpi_package

from workbench.languages import detect, unknown_words
from workbench.models import Verdict

INFLATION = {("Iraq", 2030): 4.1, ("Iraq", 2031): 7.5}
KURMANJI = "Li gorî daneyên fermî, rêjeya enflasyonê li Îraqê sala 2031 gihîşt %7.5 û ev jî ji sala 2030 zêdetir e."
SORANI = "بەپێی داتا فەرمییەکان، ڕێژەی هەڵاوسان لە عێراقدا لە ساڵی 2031 گەیشتە لە سەدا 7.5 و ئەمەش زیاترە لە ساڵی 2030."


@pytest.fixture()
def cpi(tmp_path: Path) -> Path:
    return cpi_package(tmp_path / "cpi", INFLATION)


@pytest.mark.parametrize("text", [KURMANJI, SORANI])
def test_a_kurdish_sentence_is_told_kurdish_in_either_script(text: str) -> None:
    assert detect(text) == "ku"
    assert unknown_words(text, "ku") == []


@pytest.mark.parametrize("text", [KURMANJI, SORANI])
def test_a_kurdish_inflation_rate_is_checked_against_its_year(cpi: Path, text: str) -> None:
    right = next(r for surface, r in claim_results(text, [cpi], "2032-02-01").items() if "7.5" in surface)
    assert right.verdict is Verdict.supported, right.explanation
    assert right.evidence[0].period == "2031"
    wrong = next(r for surface, r in claim_results(text.replace("7.5", "17.5"), [cpi], "2032-02-01").items()
                 if "17.5" in surface)
    assert wrong.verdict is Verdict.contradicted, wrong.explanation


def test_turkish_suffixes_after_an_apostrophe_are_no_kurdish_words() -> None:
    # 'TL'ye', '2024'te': Turkish case endings split off by the apostrophe ('ye' is Kurmanji 'is' too)
    text = ("Buna göre IMF, 2031'de 26,3 trilyon TL olan hasılanın 2032'de 41,5 trilyon TL'ye, 2033'te 58,2 trilyon "
            "TL'ye, 2034'te 72,7 trilyon TL'ye, 2035'te 88 trilyon TL'ye ve 2036'da 106,2 trilyon TL'ye yükselmesini "
            "bekliyor.")
    assert detect(text) == "tr"
