"""Mexican copy writes large figures in parts — '37 mil 162.6 millones de dólares' is 37,162.6 million
dollars, '1 billón 649 mil 992.2 millones' adds a million million, 'mil 826 miles de millones' is 1,826
billion; '31 thousand 250 crore', '4 млн 512.7 հազ.' likewise — and each is one figure (``number_compounds`` in ``workbench/data/languages.json``), not three.
Serbian number words are read as figures before 'odsto', and those of the other Slavic languages in their case forms. Sentences written here."""

from __future__ import annotations

import json
from pathlib import Path

import pytest
from conftest import run_workbench
from test_extract_languages import _extracted as _figures


@pytest.mark.parametrize(("text", "value", "unit"), [
    ("El gasto del estado alcanzó 12 mil 408.5 millones de dólares en el primer semestre.", 12_408.5e6, "USD"),
    ("La deuda del sector público llegó a 3 billones 250 mil 17.4 millones de pesos al cierre del año.",
     3_250_017.4e6, None),
    ("Las exportaciones sumaron mil 140 miles de millones de dólares el año pasado.", 1_140e9, "USD"),
    # parts before a larger scale in other languages: lakh and crore, Armenian thousands after millions
    ("The economy was worth 31 thousand 250 crore dollars last year.", 31_250e7, "USD"),
    ("বর্তমানে জিডিপির আকার ৩১ হাজার ২৫০ কোটি ডলার।", 31_250e7, "USD"),
    ("The town had 4 million 512.7 thousand residents.", 4_512_700, None),
    # the abbreviation's dot glued to the next word: 'հազ.մարդ', thousand people
    ("Քաղաքային բնակչության թվաքանակը կազմել է 4 մլն 512.7 հազ.մարդ:", 4_512_700, None),
    ("Sales reached 3 hundred 5 thousand units.", 305_000, None),
])
def test_a_figure_written_in_parts_is_one_figure(tmp_path: Path, text: str, value: float, unit: str | None) -> None:
    figures = _figures(tmp_path, text)
    assert len(figures) == 1, figures
    [(_, read, read_unit)] = figures
    assert read == pytest.approx(value)
    if unit:
        assert read_unit == unit


def test_one_scale_word_after_mil_stays_the_glossary_reading(tmp_path: Path) -> None:
    # '7 mil millones' is seven thousand million, as before: no compound, the same figure
    [(_, read, unit)] = _figures(tmp_path, "El banco prestó 7 mil millones de dólares a las empresas este año.")
    assert (read, unit) == (pytest.approx(7e9), "USD")


def test_a_serbian_number_word_is_a_figure(tmp_path: Path) -> None:
    [(_, read, unit)] = _figures(tmp_path, "Plate u Srbiji su prošle godine porasle za sedam odsto u proseku.")
    assert (read, unit) == (7, "%")


@pytest.mark.parametrize(("text", "value"), [
    # Slovenian: nominative and instrumental ('z okoli osmimi odstotki', with about eight percent)
    ("Plače v Sloveniji so lani zrasle za sedem odstotkov.", 7),
    ("Rast cen v Sloveniji je z okoli osmimi odstotki ostala visoka.", 8),
    # Polish, Slovak and Czech number words, Bulgarian in Cyrillic; a Croatian compound ten and unit
    ("Ceny żywności w Polsce wzrosły w zeszłym roku o dziewięć procent.", 9),
    ("Mzdy na Slovensku vlani stúpli o šesť percent.", 6),
    ("Ceny potravin v Česku loni vzrostly o dvanáct procent.", 12),
    ("Заплатите в България са се увеличили с четири процента миналата година.", 4),
    ("Plaće u Hrvatskoj lani su porasle za dvadeset pet posto.", 25),
])
def test_a_slavic_number_word_in_its_case_forms_is_a_figure(tmp_path: Path, text: str, value: float) -> None:
    figures = _figures(tmp_path, text)
    assert [(read, unit) for _, read, unit in figures] == [(pytest.approx(value), "%")], figures


def test_a_comma_before_its_own_scale_word_is_decimal_beside_a_decimal_point(tmp_path: Path) -> None:
    # the paragraph writes '3.4 per cento' with a point, yet Italian never groups thousands with a comma
    text = "Il fatturato del gruppo è salito a 18,452 miliardi di euro, in crescita del 3.4 per cento sul 2022."
    values = {round(v, 3) for _, v, _ in _figures(tmp_path, text)}
    assert 18.452e9 in values and 18_452e9 not in values


def test_mexican_copy_keeps_its_thousands_comma_beside_a_decimal_point(tmp_path: Path) -> None:
    text = "Las remesas sumaron 4,250 millones de dólares en el mes, un alza de 6.3 por ciento anual."
    values = {v for _, v, _ in _figures(tmp_path, text)}
    assert 4_250e6 in values


@pytest.mark.parametrize(("text", "value", "period"), [
    # a case ending after the apostrophe is no part of the figure; the sign before it is its unit
    ("Yıllık enflasyon 2021'de %19,6'lık bir artışla tamamlandı.", 19.6, "2021"),
    ("Tüketici fiyatları 2021'de yüzde 36,1'e yükseldi.", 36.1, "2021"),
    ("Bu yıl en yüksek enflasyona sahip ülke yüzde 1250’yle Sudan oldu.", 1250, None),
])
def test_turkish_case_endings_and_a_percent_sign_before_the_figure(tmp_path: Path, text: str, value: float,
                                                                  period: str | None) -> None:
    draft = tmp_path / "haber.md"
    draft.write_text(text + "\n", encoding="utf-8")
    run = run_workbench("extract", draft, "--format", "json", cwd=tmp_path)
    assert run.returncode == 0, run.stderr
    [claim] = json.loads(run.stdout)["claims"]
    assert (claim["value"], claim["unit"]) == (pytest.approx(value), "%")
    if period:
        assert claim["period"] == period
