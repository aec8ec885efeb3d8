"""`workbench extract` on copy in a language of data/languages.json: what only the English gloss reads is
kept on the claim as written. A verb or noun of change ('ont augmenté de', 'sube un', 'una bajada del',
'teve alta de') makes the figure a change with its direction; a price per square metre or megawatt hour
written the language's way ('euros le mètre carré', '€/m2', 'euros el megavatio hora') is a price per
unit; 'gradi' are degrees; 'bis' between two figures makes a range; German's change verb at the clause's end
('um 5,2 Prozent … gestiegen') makes a change. Sentences written here."""

from __future__ import annotations

from pathlib import Path

import pytest
from extraction_helpers import claims_in, extracted
from package_support import claim_results, cpi_package


_claims = extracted


@pytest.mark.parametrize("text, expected", [
    ("Les loyers ont augmenté de 4,1 % en un an dans la ville.", [("4,1 %", "change", "up")]),
    ("Les prix des bureaux ont reculé de 2,8 % cette année.", [("2,8 %", "change", "down")]),
    ("El precio del gasóleo sube un 3,2% esta semana y la gasolina registra una bajada del 1,4%.",
     [("3,2%", "change", "up"), ("1,4%", "change", "down")]),
    ("O preço do café teve alta de 5,4% no trimestre, segundo o instituto.", [("5,4%", "change", "up")]),
])
def test_a_change_read_in_the_gloss_is_a_change_as_written(tmp_path: Path, text: str, expected: list) -> None:
    assert [(c["text"], c["kind"], c["direction"]) for c in _claims(tmp_path, text)] == expected


def test_a_share_of_gdp_keeps_the_drafts_own_reading(tmp_path: Path) -> None:
    # only a change is taken from the gloss; the kind of a level stays the draft's own reading
    claims = _claims(tmp_path, "Il debito della regione si attesta al 97,2% del Pil.")
    assert [(c["text"], c["kind"]) for c in claims] == [("97,2%", "level")]


@pytest.mark.parametrize("text, expected", [
    ("Le loyer moyen atteint 14,20 euros le mètre carré dans la commune.",
     ("14,20 euros le mètre carré", 14.2, "EUR/m2")),
    ("Les appartements neufs se vendent en moyenne 3 210 €/m2 dans la commune.", ("3 210 €/m2", 3210, "EUR/m2")),
    ("Los pisos cuestan 2.150 euros por metro cuadrado en la ciudad.",
     ("2.150 euros por metro cuadrado", 2150, "EUR/m2")),
    ("La electricidad mayorista cuesta hoy 92,10 euros el megavatio hora en el mercado.",
     ("92,10 euros el megavatio hora", 92.1, "EUR/MWh")),
    ("Wholesale gas fell to 61.3p per therm on Monday.", ("61.3p per therm", 0.613, "GBP/therm")),
])
def test_prices_per_square_metre_megawatt_hour_and_therm(tmp_path: Path, text: str, expected: tuple) -> None:
    claims = _claims(tmp_path, text)
    assert [(c["text"], c["value"], c["unit"], c["kind"]) for c in claims] == [
        (expected[0], pytest.approx(expected[1]), expected[2], "ratio")]


def test_italian_degrees_are_celsius(tmp_path: Path) -> None:
    claims = _claims(tmp_path, "A Bari si prevedono 34 gradi domani e il caldo continua.")
    assert [(c["text"], c["value"], c["unit"]) for c in claims] == [("34 gradi", 34, "°C")]


def test_german_bis_between_figures_is_a_range_and_before_a_year_is_not(tmp_path: Path) -> None:
    claims = _claims(tmp_path, "Die Sanierung der Brücken kostet die Stadt 3 bis 5 Milliarden Euro.")
    assert [(c["text"], c["value"], c["value_high"], c["unit"]) for c in claims] == [
        ("3 bis 5 Milliarden Euro", 3e9, 5e9, "EUR")]
    assert _claims(tmp_path, "Die Stadt will bis 2030 klimaneutral werden.") == []


@pytest.mark.parametrize("text", [
    "Con ello, el precio suma diez días por encima de los 45 euros por MWh.",
    "Il caldo durerà cinque giorni in città.",
    "La grève a duré trois semaines.",
    "Die Sperrung dauert zwei Wochen.",
])
def test_days_and_weeks_in_words_are_durations(tmp_path: Path, text: str) -> None:
    assert all(c["unit"] for c in _claims(tmp_path, text))  # no bare count read from the span of time


@pytest.mark.parametrize("text, expected", [
    ("Die Mieten sind im Jahr um 5,2 Prozent auf 11,40 Euro gestiegen.", [("5,2 Prozent", "change", "up")]),
    ("Die Zahl der Pendler ist um 8.500 gesunken.", [("8.500", "change", "down")]),
])
def test_german_change_verb_at_the_clause_end(tmp_path: Path, text: str, expected: list) -> None:
    claims = [(c["text"], c["kind"], c["direction"]) for c in _claims(tmp_path, text)]
    assert claims[:len(expected)] == expected


def test_a_verb_in_a_later_clause_makes_no_change() -> None:
    assert [(c.text, c.kind.value) for c in claims_in("The squad was led by 14 players who later rose to fame.")] \
        == [("14", "count")]


def test_russian_one_and_a_half_percent_and_falls(tmp_path: Path) -> None:
    claims = [(c["text"], c["value"], c["unit"]) for c in _claims(tmp_path, "Разница составила полтора процента.")]
    assert claims == [("полтора процента", 1.5, "%")]
    claims = [(c["text"], c["kind"], c["direction"]) for c in _claims(tmp_path, "Продажи упали на 7,5% за год.")]
    assert claims == [("7,5%", "change", "down")]


def test_a_spanish_price_compared_with_takes_the_price_unit(tmp_path: Path) -> None:
    text = "La electricidad se pagó a 91,20 euros el megavatio hora, frente a los 85,10 euros del lunes."
    assert [(c["text"], c["unit"]) for c in _claims(tmp_path, text)] == [
        ("91,20 euros el megavatio hora", "EUR/MWh"), ("85,10 euros", "EUR/MWh")]


def test_check_reports_the_glossed_change_as_extract_does(tmp_path: Path) -> None:
    text = "En Norvège, les prix ont augmenté de 5,8 % en 2022."
    checked = claim_results(text, [cpi_package(tmp_path / "cpi")])["5,8 %"].claim
    extracted = _claims(tmp_path, text)[0]
    assert (checked.kind.value, checked.direction.value) == (extracted["kind"], extracted["direction"]) == ("change", "up")
