"""`workbench extract` reads figures that copy in a language of data/languages.json writes in number
words ('dos millones', 'trois milliards'), and dot-grouped thousands, through the language's gloss."""

from __future__ import annotations

import json
from pathlib import Path

import pytest
from conftest import run_workbench


def _extracted(tmp_path: Path, text: str) -> list[tuple[str, float, str]]:
    draft = tmp_path / "nota.md"
    draft.write_text(text + "\n", encoding="utf-8")
    run = run_workbench("extract", draft, "--format", "json", cwd=tmp_path)
    assert run.returncode == 0, run.stderr
    return [(c["text"], c["value"], c["unit"]) for c in json.loads(run.stdout)["claims"]]


@pytest.mark.parametrize("text, expected", [
    ("El ayuntamiento destinará tres millones de euros a las obras y la feria recibió veinte mil visitantes.",
     [("tres millones de euros", 3e6, "EUR"), ("veinte mil", 20000, "")]),
    ("La société a perdu trois milliards d'euros en 2023 et sa dette atteint deux cents millions.",
     [("trois milliards d'euros", 3e9, "EUR"), ("deux cents millions", 2e8, "")]),
    ("Die Stadt zählte zwei Millionen Besucher und die Bahn verlor drei Milliarden Euro im Jahr.",
     [("zwei Millionen", 2e6, ""), ("drei Milliarden Euro", 3e9, "EUR")]),
])
def test_number_words_of_a_listed_language_are_read(tmp_path: Path, text: str, expected: list[tuple]) -> None:
    assert _extracted(tmp_path, text) == [(t, pytest.approx(v), u) for t, v, u in expected]


def test_dot_grouped_thousands_in_spanish_copy(tmp_path: Path) -> None:
    text = "El número de afiliados aumentó en 118.400 personas y el paro bajó en 23.500 personas en el año."
    assert _extracted(tmp_path, text) == [("118.400", 118400, ""), ("23.500", 23500, "")]


def test_english_copy_is_read_as_before(tmp_path: Path) -> None:
    assert _extracted(tmp_path, "The council will spend three million euros and expects 1,500 visitors.") == [
        ("three million euros", 3e6, "EUR"), ("1,500", 1500, "")]


@pytest.mark.parametrize("text, expected", [
    # 'décimas': tenths of a percentage point, as Spanish and Portuguese economic copy counts a rate's steps
    ("La inflación bajó siete décimas en marzo, hasta el 2,9%.", ("siete décimas", 0.7, "pp")),
    ("A inflação recuou três décimas em março, para 4,1%.", ("três décimas", 0.3, "pp")),
    ("El paro subió una décima en el trimestre.", ("una décima", 0.1, "pp")),
])
def test_tenths_of_a_point_in_spanish_and_portuguese_are_points(tmp_path: Path, text: str, expected: tuple) -> None:
    surface, value, unit = expected
    assert (surface, pytest.approx(value), unit) in _extracted(tmp_path, text)


def test_a_tenth_part_of_a_whole_stays_a_share(tmp_path: Path) -> None:
    assert all(unit != "pp" for _, _, unit in _extracted(tmp_path, "Una décima parte de la población vive en la capital."))
