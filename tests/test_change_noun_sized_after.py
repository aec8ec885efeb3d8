"""Spanish, French, Italian and Portuguese put the adjective that sizes a change after its noun ('un
aumento histórico de 2,9', 'une hausse record de 2,9'); glossed word for word that reads 'an increase
historic of 2.9'. The noun still makes the figure a change: read as a level, a rise in ppm was judged
against a series of levels, or against one year's increase instead of the two years the sentence names.
Invented figures; the sentences are written here."""

from __future__ import annotations

from pathlib import Path

import pytest
from test_matching import check_text, write_package

from workbench.languages import gloss_paragraphs
from workbench.models import Direction, Kind, Verdict


@pytest.fixture(scope="module")
def package(tmp_path_factory: pytest.TempPathFactory) -> Path:
    return write_package(tmp_path_factory.mktemp("sized_after") / "reference", [
        {"name": "co2-annual-mean", "metric": "mean mole fraction", "unit": "ppm",
         "rows": [{"period": "2021", "value": 414.2}, {"period": "2022", "value": 417.1}]},
        {"name": "co2-growth", "metric": "annual increase of carbon dioxide", "unit": "ppm", "kind": "change",
         "aliases": ["co2 concentration growth"],
         "rows": [{"period": "2021", "value": 2.4}, {"period": "2022", "value": 2.2}]}])


SENTENCES = {
    "es": ("El dióxido de carbono en el aire registró un aumento histórico de 2,9 ppm entre 2021 y 2022.", "2,9 ppm"),
    "fr": ("Le dioxyde de carbone dans l'air a connu une hausse record de 2,9 ppm entre 2021 et 2022.", "2,9 ppm"),
    "it": ("L'anidride carbonica nell'aria ha segnato un aumento storico di 2,9 ppm dal 2021 al 2022.", "2,9 ppm"),
}


@pytest.mark.parametrize("code", ["es", "fr", "it", "pt"])
def test_the_sizing_adjective_is_glossed(code: str) -> None:
    text = {"es": "un aumento histórico", "fr": "une hausse historique", "it": "un aumento storico",
            "pt": "uma alta histórica"}[code]
    assert "historic" in gloss_paragraphs(text, [(0, len(text), code)]).text


@pytest.mark.parametrize("code", sorted(SENTENCES))
def test_a_change_sized_after_its_noun_is_a_change(package: Path, code: str) -> None:
    sentence, figure = SENTENCES[code]
    result = check_text(f"---\ndate: 2023-05-02\n---\n\n{sentence}\n", package)[0][figure]
    assert result.claim.kind is Kind.change and result.claim.direction is Direction.up, result.claim
    # 417.1 − 414.2 = 2.9, the two years' means; the series of increases gives 2.2 for 2022
    assert result.verdict is Verdict.supported, result.explanation


def test_an_english_level_after_of_is_still_a_level(package: Path) -> None:
    text = "---\ndate: 2023-05-02\n---\n\nThe record of 417.1 ppm in 2022 was the mean mole fraction.\n"
    result = check_text(text, package)[0]["417.1 ppm"]
    assert result.claim.kind is Kind.level, result.claim
