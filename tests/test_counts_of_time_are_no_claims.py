"""A count of years, months, days or hours — a duration, an age, a clock's hour — is no numeric claim in any
language: number words read through the gloss ('на три года', 'четири-пет година'), a figure before a year word
a language drops after a year ('на 3 года', where '2021 года' is of the year: ``after_count`` in
``workbench/data/languages.json``), two counts of one unit of time ('four-five years', 'two or three months':
``alternative_count_links`` in ``lexicon.json``) and an hour of the clock ('at three o'clock', 'um 15 Uhr', 'à 15 heures'). The amounts beside
them are still read. Sentences written here."""

from __future__ import annotations

from pathlib import Path

import pytest
from test_extract_languages import _extracted as _figures


@pytest.mark.parametrize("text", [
    # Russian: the genitive 'года' after two to four, in words and in digits; an age; a clock's hour
    "Правительство утвердило бюджет на три года: доходы составят 21,4 трлн руб.",
    "Правительство утвердило бюджет на 3 года: доходы составят 21,4 трлн руб.",
    "Ему исполнилось два года, когда фонд получил 21,4 трлн руб.",
    "Совещание закончилось в четыре часа, а фонд получил 21,4 трлн руб.",
    # Serbian in Cyrillic: two counts of one unit, a range of amounts in words and digits after 'између'
    "Влада у наредних три-четири године планира улагања од 21,4 милијарди евра.",
    "Србија у наредних шест-седам година очекује улагања од 21,4 милијарди евра.",
    # English: two counts of one unit of time, and an hour of the clock
    "Within four-five years the fund will spend 21.4 billion euros.",
    "Prices rose 21.4 billion euros' worth in two or three months.",
    "The fund will spend 21.4 billion euros over 6 or 7 years.",
    "At three o'clock the ministry said the fund would spend 21.4 billion euros.",
    # an hour of the clock in German, French and Spanish: 'Uhr', 'heures', 'horas' glossed
    "Das Ministerium teilte um 15 Uhr mit, der Fonds in Deutschland werde 21,4 Milliarden Euro ausgeben.",
    "Le ministère a indiqué à 15 heures que le fonds en France dépensera 21,4 milliards d'euros.",
    "El ministerio informó a las 9 horas que el fondo en España gastará 21,4 mil millones de euros.",
])
def test_a_count_of_time_is_no_claim_beside_an_amount(tmp_path: Path, text: str) -> None:
    amount = 21.4e12 if "трлн" in text else 21.4e9  # the one figure each sentence claims
    assert [read for _, read, _ in _figures(tmp_path, text)] == [pytest.approx(amount)]


def test_a_year_word_after_a_year_stays_the_year(tmp_path: Path) -> None:
    # '2021 года' is of the year 2021, no span of 2021 years: the amount is read, the year is no figure
    figures = _figures(tmp_path, "Доходы бюджета 2021 года составили 18,7 трлн руб.")
    assert [(read, unit) for _, read, unit in figures] == [(pytest.approx(18.7e12), "RUB")]


def test_a_serbian_range_in_words_between_amounts_is_one_figure(tmp_path: Path) -> None:
    figures = _figures(tmp_path, "Србију очекује инвестициони циклус вредан између пет и 10 милијарди евра.")
    assert [(read, unit) for _, read, unit in figures] == [(pytest.approx(5e9), "EUR")]


def test_counts_that_are_no_span_of_time_are_still_figures(tmp_path: Path) -> None:
    # 'four or five houses': no unit of time follows, both are counts as before
    figures = _figures(tmp_path, "The family bought four or five houses last year.")
    assert [read for _, read, _ in figures] == [4, 5]
