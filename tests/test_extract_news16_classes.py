"""`workbench extract` on the classes found in unseen news paragraphs (pass 16): sentences written here.

- A change in percent and the amount it came to, written with a language's span words ('de 6,5 % à
  7,1 milliards', 'da 3% a 12 miliardi'), is two figures, not a span from one to the other; a span of
  two percentages ('de 5 % à 7 %') stays one.
- Bare degrees in copy of a language that writes Celsius whatever the place are Celsius, even about a
  place that uses Fahrenheit; Fahrenheit written in any form the unit vocabulary knows ('ºF', '℉', 'gradi F',
  '104F') stays Fahrenheit; degree words of the listed languages ('grados', 'degrés', 'Grad',
  'graus', 'graden', 'градуса') are read.
"""

from __future__ import annotations

from pathlib import Path

import pytest
from extraction_helpers import extracted


_claims = extracted


@pytest.mark.parametrize("text, expected", [
    ("Le chiffre d'affaires de la coopérative a progressé de 4,5 % à 2,3 milliards d'euros l'an dernier.",
     [(4.5, "%"), (2.3e9, "EUR")]),
    ("Il fatturato del gruppo è salito del 3% a 12 miliardi di euro nel semestre.",
     [(3, "%"), (12e9, "EUR")]),
])
def test_percent_then_amount_is_two_figures(tmp_path: Path, text: str, expected: list[tuple[float, str]]) -> None:
    claims = _claims(tmp_path, text)
    assert [(c["value"], c["value_high"], c["unit"]) for c in claims] == [
        (pytest.approx(v), None, u) for v, u in expected]


def test_span_of_two_percentages_stays_a_span(tmp_path: Path) -> None:
    claims = _claims(tmp_path, "Selon la banque, le taux directeur passera de 3,5 % à 4 % cette année.")
    assert [(c["value"], c["unit"]) for c in claims] == [(3.5, "%"), (4, "%")]


def test_italian_degrees_about_a_fahrenheit_place_are_celsius(tmp_path: Path) -> None:
    claims = _claims(tmp_path, "In Arizona la temperatura ha superato di 2 gradi la media del mese, secondo il servizio meteo.")
    assert [(c["text"], c["value"], c["unit"]) for c in claims] == [("2 gradi", 2, "°C")]


def test_words_saying_fahrenheit_keep_fahrenheit(tmp_path: Path) -> None:
    claims = _claims(tmp_path, "In Arizona si sono registrati 110 gradi Fahrenheit ieri, secondo il servizio meteo.")
    assert [(c["value"], c["unit"]) for c in claims] == [(110, "°F")]


@pytest.mark.parametrize("text, surface", [
    ("A Tucson la colonnina di mercurio ha toccato 104 ºF sabato, dice il servizio meteo.", "104 ºF"),
    ("A Tucson la colonnina di mercurio ha toccato 104 ℉ sabato, dice il servizio meteo.", "104 ℉"),
    ("A Tucson la colonnina di mercurio ha toccato 104 gradi F sabato, dice il servizio meteo.", "104 gradi F"),
    ("A Tucson la colonnina di mercurio ha toccato 104F sabato, dice il servizio meteo.", "104F"),
])
def test_every_written_form_of_fahrenheit_keeps_fahrenheit(tmp_path: Path, text: str, surface: str) -> None:
    """The English reading's own unit words decide, as the unit vocabulary reads them: only bare degrees
    took their scale from the places."""
    claims = _claims(tmp_path, text)
    assert [(c["text"], c["value"], c["unit"]) for c in claims] == [(surface, 104, "°F")]


@pytest.mark.parametrize("text, surface", [
    ("El termómetro marcará 39 grados en Sevilla el domingo, según la agencia.", "39 grados"),
    ("Les températures atteindront 36 degrés à Lyon jeudi, selon les prévisionnistes.", "36 degrés"),
    ("In Köln werden am Samstag bis zu 34 Grad erwartet, sagt der Wetterdienst.", "34 Grad"),
    ("Os termómetros vão chegar aos 43 graus em Évora, segundo o instituto.", "43 graus"),
    ("In Maastricht wordt het morgen 31 graden, volgens het weerbericht.", "31 graden"),
    ("В Казани днём ожидается до 27 градусов тепла, сообщили синоптики.", "27 градусов"),
])
def test_degree_words_of_listed_languages_are_celsius(tmp_path: Path, text: str, surface: str) -> None:
    claims = _claims(tmp_path, text)
    assert [(c["text"], c["unit"]) for c in claims] == [(surface, "°C")]


@pytest.mark.parametrize("text, expected", [
    ("Sur l'exercice, les ventes du groupe ont crû de 8 % et le bénéfice s'est replié de 3 %.",
     [("8 %", "up"), ("3 %", "down")]),
    ("La marge de la coopérative a perdu 150 points de base en un an.", [("150 points de base", "down")]),
    ("Der Stadtrat hat die Grundsteuer um 40 Prozentpunkte angehoben.", [("40 Prozentpunkte", "up")]),
    ("De huren stijgen met 5 procent en de energieprijzen daalden met 3 procent.", [("5 procent", "up"), ("3 procent", "down")]),
])
def test_results_and_budget_verbs_make_changes(tmp_path: Path, text: str, expected: list[tuple[str, str]]) -> None:
    claims = _claims(tmp_path, text)
    assert [(c["text"], c["kind"], c["direction"]) for c in claims] == [(t, "change", d) for t, d in expected]
    if "points de base" in text:
        assert claims[0]["unit"] == "bp"


def test_romance_ordinals_are_no_figures(tmp_path: Path) -> None:
    claims = _claims(tmp_path, "A cooperativa lucrou R$ 3 bilhões no 2º trimestre, a 3ª alta seguida, e 5% mais no 1.º semestre.")
    assert [c["text"] for c in claims] == ["R$ 3 bilhões", "5%"]


def test_degree_sign_typed_as_ordinal_mark_stays_a_temperature(tmp_path: Path) -> None:
    claims = _claims(tmp_path, "Las máximas llegarán a 41ºC en Córdoba el domingo.")
    assert [(c["value"], c["unit"]) for c in claims] == [(41, "°C")]


@pytest.mark.parametrize("text, expected", [
    ("The council approved a 0.75 percentage-point rise in the levy.", ("0.75 percentage-point", 0.75, "pp")),
    ("Lenders passed on a 40 basis-point increase to borrowers.", ("40 basis-point", 40, "bp")),
    ("The board backed three half-percentage-point cuts in the deposit rate.", ("half-percentage-point", 0.5, "pp")),
])
def test_hyphenated_rate_units(tmp_path: Path, text: str, expected: tuple[str, float, str]) -> None:
    claims = _claims(tmp_path, text)
    assert [(c["text"], c["value"], c["unit"]) for c in claims if c["unit"]] == [expected]


def test_money_said_again_without_its_currency_takes_it(tmp_path: Path) -> None:
    claims = _claims(tmp_path, "The utility's revenue rose to €4.2 billion last year. Net profit came to 610 million, "
                               "after a loss of 85 million a year earlier.")
    assert [(c["value"], c["unit"]) for c in claims] == [(4.2e9, "EUR"), (610e6, "EUR"), (85e6, "EUR")]


def test_money_said_again_in_another_language(tmp_path: Path) -> None:
    claims = _claims(tmp_path, "La région a voté un budget de 2,1 milliards d'euros. Le déficit atteint 140 millions, "
                               "selon le rapport.")
    assert [(c["value"], c["unit"]) for c in claims] == [(pytest.approx(2.1e9), "EUR"), (140e6, "EUR")]


@pytest.mark.parametrize("text", [
    "The county spent $12 million on roads. Its population grew to 1.4 million.",  # no money noun
    "The county spent $12 million on roads. Its budget covers 1.4 million residents.",  # counted
    "The county spent $12 million on roads.\n\nThe new budget was agreed with 1.4 million in mind.",  # a new paragraph
])
def test_amounts_not_about_that_money_keep_no_currency(tmp_path: Path, text: str) -> None:
    claims = _claims(tmp_path, text)
    assert [c["unit"] for c in claims] == ["USD", ""]


@pytest.mark.parametrize("text, expected", [
    ("The regional share index slid 18.4 points to 1,204.6 by the close.", [(18.4, "points", "change"), (1204.6, "points", "level")]),
    ("The benchmark gained 61 points, or 0.9%, to 6,930.5 on Thursday.",
     [(61, "points", "change"), (0.9, "%", "change"), (6930.5, "points", "level")]),
])
def test_level_a_change_moved_to_takes_its_unit(tmp_path: Path, text: str, expected: list[tuple[float, str, str]]) -> None:
    claims = _claims(tmp_path, text)
    assert [(c["value"], c["unit"], c["kind"]) for c in claims] == expected


def test_level_after_a_percentage_change_keeps_no_unit(tmp_path: Path) -> None:
    claims = _claims(tmp_path, "Membership rose 4% to 2,300 this spring.")
    assert [(c["value"], c["unit"]) for c in claims] == [(4, "%"), (2300, "")]


def test_property_tax_rate_per_hundred_dollars_is_a_ratio(tmp_path: Path) -> None:
    claims = _claims(tmp_path, "Trustees adopted a rate of $0.9120 per $100 of assessed value, and the city $2.05 per $1,000.")
    assert [(c["value"], c["unit"], c["kind"]) for c in claims] == [(0.912, "USD", "ratio"), (2.05, "USD", "ratio")]


@pytest.mark.parametrize("text, expected", [
    ("The reserve bank moved its policy rate upward by 25 basis points.", (25, "bp", "up")),
    ("Lenders pushed mortgage rates up by a record 1.2 percentage points this year.", (1.2, "pp", "up")),
    ("The ferry fare fell by a hefty 15% after the subsidy.", (15, "%", "down")),
])
def test_change_sized_by_an_intensifier_or_upward_is_a_change(tmp_path: Path, text: str,
                                                              expected: tuple[float, str, str]) -> None:
    claims = _claims(tmp_path, text)
    assert [(c["value"], c["unit"], c["direction"]) for c in claims] == [expected]
    assert claims[0]["kind"] == "change"


def test_upwards_of_stays_a_qualifier(tmp_path: Path) -> None:
    claims = _claims(tmp_path, "Upwards of 800 residents signed the petition.")
    assert [(c["value"], c["qualifier"], c["kind"]) for c in claims] == [(800, "gt", "count")]


def test_half_a_percent_is_half_a_percent(tmp_path: Path) -> None:
    claims = _claims(tmp_path, "Bus fares rose by half a percent in May and by half a per cent in June.")
    assert [(c["value"], c["unit"], c["kind"]) for c in claims] == [(0.5, "%", "change"), (0.5, "%", "change")]


def test_rate_with_a_long_counted_phrase_before_per(tmp_path: Path) -> None:
    claims = _claims(tmp_path, "The survey found 3.4 cases of asthma or chronic bronchitis per 1,000 children a year.")
    assert [(c["value"], c["unit"]) for c in claims] == [(3.4, "/1000")]


def test_change_restated_in_percent_in_brackets_before_a_change_noun(tmp_path: Path) -> None:
    claims = _claims(tmp_path, "Tax receipts came in at $8.2 billion, a $240 million (3.0 percent) decrease on the forecast.")
    assert [(c["value"], c["unit"], c["kind"], c["direction"]) for c in claims] == [
        (8.2e9, "USD", "level", None), (240e6, "USD", "change", "down"), (3.0, "%", "change", "down")]


def test_percent_in_brackets_after_a_count_stays_its_share(tmp_path: Path) -> None:
    claims = _claims(tmp_path, "Of 900 members, 360 (40%) voted for the merger.")
    assert [(c["value"], c["kind"]) for c in claims][-1] == (40, "share")
