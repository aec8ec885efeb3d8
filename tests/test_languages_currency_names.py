"""Plural and inflected currency names of other languages: CLDR's forms of every language listed
('tenges kazakhs', 'rubli', 'złotych', 'рублей') read as money in that language's paragraphs right
after a figure, and the words a glossary gives a currency ('tengués') in any line, even one too short
to tell its language. A currency's noun away from a figure, or another language's word that is spelt
like one ('von', 'yeni'), stays a word. The sentences are written here."""

from __future__ import annotations

from pathlib import Path

import pytest
from package_support import rates_package

from workbench.check import check_draft
from workbench.config import Config
from workbench.drafts import parse_draft
from workbench.extraction import extract_text
from workbench.languages import glossed_draft
from workbench.models import Verdict
from workbench.reference.loader import load_reference


def _units(text: str) -> dict[str, str | None]:
    return {c.text: c.unit for c in extract_text(text)}


def _glossed(body: str) -> str:
    draft = parse_draft(f"---\ndate: 2024-01-10\n---\n\n{body}\n".encode(), "draft.md")
    glossed = glossed_draft(draft)
    assert glossed is not None
    return glossed[0].text[draft.body_start:]


@pytest.mark.parametrize(("body", "english"), [
    ("Le billet coûte désormais 450 tenges à Almaty, contre 400 tenges kazakhs l'an dernier.",
     ["450 tenges", "400 Kazakhstani tenges"]),
    ("Il biglietto del tram costa ora 45 zloty a Varsavia, secondo il comune.", ["45 zlotys"]),
    ("Bilet miesięczny kosztuje teraz 110 złotych, podała spółka w czwartek.", ["110 zlotys"]),
    ("Как сообщили в мэрии, проезд в трамвае Варшавы теперь стоит 45 злотых, что больше, чем в прошлом году.",
     ["45 zlotys"]),
    ("El pasaje cuesta ahora 500 tengues en Astaná, según la empresa de transporte.", ["500 tenges"]),
])
def test_a_currencys_plural_after_a_figure_is_glossed_as_its_english(body: str, english: list[str]) -> None:
    glossed = _glossed(body)
    for words in english:
        assert words in glossed, glossed


def test_a_currencys_noun_away_from_a_figure_stays_a_word() -> None:
    # 'так' (so) is also a plural form of the taka in Russian: money only after a figure
    glossed = _glossed("Цены выросли на 5% за год, так как рубль ослаб, сообщили в мэрии.")
    assert " так " in glossed and "takas" not in glossed, glossed


def test_a_glossarys_currency_word_is_money_in_a_line_too_short_to_tell_its_language() -> None:
    assert _units("Monnaie : 1 euro = 512,30 Tengués (mars 2024)")["512,30 Tengués"] == "KZT"


@pytest.mark.parametrize("text", ["Drei von vier Befragten, also 3 von 4, sagen ja.",
                                  "Geçen yıl 5 yeni fabrika açıldı ve üretim arttı."])
def test_another_languages_currency_noun_is_no_money_here(text: str) -> None:
    assert not any(_units(text).values()), _units(text)


def test_a_rate_in_a_currency_the_data_lacks_is_read_as_that_money_and_not_passed(tmp_path: Path) -> None:
    rates = rates_package(tmp_path / "fx", {("Euro area", 2023): 0.92, ("Japan", 2023): 140.5})
    text = ("---\ndate: 2024-01-10\n---\n\nLe taux de change moyen atteignait 495,20 tenges pour un euro "
            "en 2023, selon la banque centrale.\n")
    draft = parse_draft(text.encode(), "draft.md")
    (result,) = [r for r in check_draft(draft, load_reference([rates]), Config(root=tmp_path, reference=[rates])).results
                 if "495,20" in r.claim.text]
    assert result.claim.unit == "KZT"
    assert result.verdict is not Verdict.supported, result.explanation
    assert "tenges" in result.explanation
