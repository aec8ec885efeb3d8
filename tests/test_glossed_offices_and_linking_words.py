"""A sentence in another language is checked once its words are read: the statistics office it cites names
its country as the gazetteer knows it ('Statistisches Bundesamt' is Destatis, Germany's; 'CBS' is Statistics
Netherlands), German calls inflation 'Preisauftrieb', and the words that join a figure to its sentence
('waren', 'noch', 'letztmals') are glossed, so the figure is not left unread. The sentences and figures are
invented."""

from __future__ import annotations

from pathlib import Path

from package_support import claim_results, cpi_package

from workbench.languages import gloss_paragraphs, unknown_words
from workbench.models import Verdict

ROWS = {("Germany", 2030): 2.4, ("Germany", 2029): 3.1, ("Netherlands", 2030): 1.7}


def test_a_german_office_names_germany_and_preisauftrieb_is_inflation(tmp_path: Path) -> None:
    text = "Im Jahresschnitt lag der Preisauftrieb 2030 nach Angaben des Statistischen Bundesamtes bei 2,4 Prozent."
    result = claim_results(text, [cpi_package(tmp_path / "cpi", ROWS)], date="2031-01-20")["2,4 Prozent"]
    assert result.verdict is Verdict.supported, result.explanation
    assert result.evidence[0].period == "2030"


def test_a_german_sentence_of_linking_words_is_read_whole() -> None:
    sentence = "2029 waren es noch 3,1 Prozent; letztmals war der Wert allerdings im vergangenen Jahr so hoch."
    assert unknown_words(sentence, "de", capitals=True) == []


def test_the_dutch_statistics_office_names_the_netherlands(tmp_path: Path) -> None:
    text = "De consumentenprijzen waren in 2030 gemiddeld 1,7 procent hoger, meldt het CBS."
    result = claim_results(text, [cpi_package(tmp_path / "cpi", ROWS)], date="2031-01-20")["1,7 procent"]
    assert result.verdict is Verdict.supported, result.explanation
    assert "Statistics Netherlands" in gloss_paragraphs(text, [(0, len(text), "nl")]).text
