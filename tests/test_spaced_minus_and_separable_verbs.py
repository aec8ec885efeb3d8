"""Signs and directions as European news prints them: a minus set apart by spaces after the word that links the
figure ('um - 0,9 Prozent', 'by - 0.9 percent') is the figure's sign, while a spaced dash elsewhere stays a separator;
a German or Dutch verb whose particle closes the clause ('brach … ein', 'ging … zurück', 'nam … af') is read as the
whole verb, a decline read as one. Sentences written for these tests."""

from __future__ import annotations

import time
from pathlib import Path

import pytest
from extraction_helpers import extracted

from workbench.languages import glossed_in, unknown_words


@pytest.mark.parametrize("text, surface, value", [
    ("Der Index fiel im Mai um - 0,7 Prozent.", "- 0,7 Prozent", -0.7),
    ("The index changed by - 0.7 percent in May.", "- 0.7 percent", -0.7),
    ("De index veranderde in mei met - 0,7 procent.", "- 0,7 procent", -0.7),
])
def test_a_spaced_minus_after_a_linking_word_is_the_sign(tmp_path: Path, text: str, surface: str, value: float) -> None:
    claims = [c for c in extracted(tmp_path, text) if c["unit"] == "%"]
    assert [(c["text"], c["value"]) for c in claims] == [(surface, pytest.approx(value))]


def test_a_spaced_dash_after_a_noun_is_a_separator(tmp_path: Path) -> None:
    claims = [c for c in extracted(tmp_path, "Ruritania inflation - 2.4% in May") if c["unit"] == "%"]
    assert [c["value"] for c in claims] == [pytest.approx(2.4)]


@pytest.mark.parametrize("text, code, verb", [
    ("Die Ausfuhr brach im Jahr 2021 um 4,2 Prozent ein.", "de", "plunged"),
    ("Die Ausfuhr ging im März um 4,2 Prozent zurück, meldete das Amt.", "de", "fell"),
    ("Die Ausfuhr nahm 2021 um 4,2 Prozent ab.", "de", "fell"),
    ("Die Ausfuhr legte 2021 um 4,2 Prozent zu.", "de", "rose"),
    ("Het bbp nam in 2021 met 4,2 procent af.", "nl", "fell"),
    ("Het bbp liep in maart met 4,2 procent terug.", "nl", "fell"),
])
def test_a_verb_whose_particle_closes_the_clause_is_read_whole(text: str, code: str, verb: str) -> None:
    english = glossed_in(text, code)
    assert f" {verb} " in english and ("4.2 percent." in english or "4.2 percent," in english), english
    assert unknown_words(text, code) == []


def test_a_particle_in_a_later_clause_is_left_alone() -> None:
    assert "fell" not in glossed_in("Die Ausfuhr ging im März um 4,2 Prozent hoch. Ab Mai kam es anders.", "de")


def test_a_long_clause_without_the_particle_is_read_in_linear_time() -> None:
    # Each word of the clause is one token: were words split into shorter ones, this sentence would not finish.
    text = "Die Wirtschaft brach " + " ".join(["außerordentlich dramatisch zusammengebrochene Inflationsprobleme"] * 12) + "."
    started = time.perf_counter()
    glossed_in(text, "de")
    assert time.perf_counter() - started < 5
