"""A scale abbreviation written with its dot ('5 mln.', '12 Mio.', 'mia.'), as Baltic, Nordic and continental copy
prints it, also in English: before the figure's currency or unit ('5 mln. EUR', '3.2 bn. USD', '12 mln. tonnes') the
dot is the abbreviation's, not a sentence's end, so the money keeps its currency; a dot before a currency code that
opens the next figure, or before a capitalised word, still ends the sentence. A glossary's abbreviation written with
its dot tells its language too: a short Danish line ('… 12 mia. kr. …') is read as Danish. A unit's symbol that a
glossed paragraph's language writes as a function word (Italian and Spanish 'ha', has) is that word, no hectare.
Sentences written here."""

from __future__ import annotations

from pathlib import Path

import pytest
from test_extract_languages import _extracted as _figures

from workbench.languages import detect


@pytest.mark.parametrize(("text", "value", "unit"), [
    ("The Latvian airline said its revenue reached 5 mln. EUR in the second quarter.", 5e6, "EUR"),
    ("Lithuania's state budget deficit stood at 1.2 bln. EUR at the end of June.", 1.2e9, "EUR"),
    ("The port handled cargo worth 3.2 bn. USD last year, the authority said.", 3.2e9, "USD"),
    ("Estonian exporters earned 740 mln. euros more than a year earlier.", 740e6, "EUR"),
    ("The grain harvest is expected to reach 12 mln. tonnes this season.", 12e6, "t"),
])
def test_a_scale_abbreviation_with_its_dot_keeps_the_unit_after_it(
        tmp_path: Path, text: str, value: float, unit: str) -> None:
    assert [(read, read_unit) for _, read, read_unit in _figures(tmp_path, text)] == [(pytest.approx(value), unit)]


def test_a_currency_code_opening_the_next_figure_is_that_figures(tmp_path: Path) -> None:
    text = "The fund lost 2 mln. EUR 3 mln. more was spent on repairs."
    assert [(read, unit) for _, read, unit in _figures(tmp_path, text)] == [
        (pytest.approx(2e6), ""), (pytest.approx(3e6), "EUR")]


def test_a_scale_abbreviation_ending_a_sentence_still_ends_it(tmp_path: Path) -> None:
    text = "The charity raised 5 mln. Donors in Riga gave 40% of it."
    assert [(surface, unit) for surface, _, unit in _figures(tmp_path, text)] == [("5 mln", ""), ("40%", "%")]


@pytest.mark.parametrize("text", [
    "Statens underskud blev på 12 mia. kr. sidste år, oplyser ministeriet.",
    "I 2023 var underskuddet 12 mia. kr.",
])
def test_a_dotted_abbreviation_of_a_glossary_tells_its_language(text: str) -> None:
    assert detect(text) == "da"


def test_a_short_danish_line_reads_its_billions_of_kroner(tmp_path: Path) -> None:
    text = "Statens underskud i Danmark blev på 12 mia. kr. sidste år, oplyser ministeriet."
    assert [(read, unit) for _, read, unit in _figures(tmp_path, text)] == [(pytest.approx(12e9), "DKK")]


@pytest.mark.parametrize("text", [
    "Il consiglio di amministrazione alle ore 11 ha comunicato i conti del trimestre.",
    "La empresa a las 9 ha anunciado el cierre de la planta de Valencia.",
])
def test_a_units_symbol_the_paragraphs_language_writes_as_a_function_word_is_that_word(
        tmp_path: Path, text: str) -> None:
    assert all(unit != "ha" for _, _, unit in _figures(tmp_path, text))


@pytest.mark.parametrize(("text", "value", "unit"), [
    ("I 2023 var underskuddet 12 mia. kr.", 12e9, "DKK"),
    ("Underskuddet på statens finanser er 12 mia. kroner i år.", 12e9, "DKK"),
    ("Eksporten til Norge steg til 40 mia. norske kroner sidste år.", 40e9, "NOK"),
])
def test_kroner_in_danish_copy_are_danish_unless_named(
        tmp_path: Path, text: str, value: float, unit: str) -> None:
    assert [(read, read_unit) for _, read, read_unit in _figures(tmp_path, text)] == [(pytest.approx(value), unit)]
