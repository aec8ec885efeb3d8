"""A unit or scale written once for a whole list, range or pair of alternatives (pass 18): each
figure takes it, in English and in the languages glossed into it; a figure restated in another
unit ('rose 12,000, or 0.4 per cent') keeps its own."""

from __future__ import annotations

from pathlib import Path

import pytest
from extraction_helpers import extracted


@pytest.mark.parametrize("text, expected", [
    ("The three mills shipped 2.4, 3.7 and 4.1 million tonnes of pulp last season.",
     [(2.4e6, "t"), (3.7e6, "t"), (4.1e6, "t")]),
    ("Las ventas crecieron 5, 6 y 11 por ciento en los tres trimestres.", [(5, "%"), (6, "%"), (11, "%")]),
    ("As três usinas produziram 2,4, 3,7 e 4,1 milhões de toneladas na safra passada.",
     [(2.4e6, "t"), (3.7e6, "t"), (4.1e6, "t")]),
    ("Les salaires ont progressé de 2, 3 et 5 % selon les branches.", [(2, "%"), (3, "%"), (5, "%")]),
    ("Die Löhne stiegen je nach Branche um 2, 3 und 5 Prozent.", [(2, "%"), (3, "%"), (5, "%")]),
])
def test_a_list_shares_the_last_figures_unit_and_scale(tmp_path: Path, text: str,
                                                       expected: list[tuple[float, str]]) -> None:
    claims = extracted(tmp_path, text)
    assert [(c["value"], c["unit"]) for c in claims] == [(pytest.approx(v), u) for v, u in expected]


@pytest.mark.parametrize("text, low, high, unit", [
    ("The new bridge will cost between 6 and 7 billion dollars to build.", 6e9, 7e9, "USD"),
    ("A nova ponte deve custar entre 6 e 7 bilhões de dólares, segundo o governo do estado.", 6e9, 7e9, "USD"),
    ("Die neue Brücke soll zwischen 6 und 7 Milliarden Euro kosten.", 6e9, 7e9, "EUR"),
    ("El nuevo puente costará entre 6 y 7 mil millones de dólares.", 6e9, 7e9, "USD"),
])
def test_a_range_shares_its_unit_and_scale(tmp_path: Path, text: str, low: float, high: float, unit: str) -> None:
    claims = extracted(tmp_path, text)
    assert [(c["value"], c["value_high"], c["unit"]) for c in claims] == [
        (pytest.approx(low), pytest.approx(high), unit)]


@pytest.mark.parametrize("text, expected", [
    ("Rents could climb 6 or 7 per cent in the capital next year.", [(6, "%"), (7, "%")]),
    ("The refit will cost 1.8, 2.2 or 2.6 billion euros, depending on the design.",
     [(1.8e9, "EUR"), (2.2e9, "EUR"), (2.6e9, "EUR")]),
    ("Los alquileres podrían subir 6 o 7 por ciento el año que viene.", [(6, "%"), (7, "%")]),
])
def test_alternatives_share_the_unit(tmp_path: Path, text: str, expected: list[tuple[float, str]]) -> None:
    claims = extracted(tmp_path, text)
    assert [(c["value"], c["unit"]) for c in claims] == [(pytest.approx(v), u) for v, u in expected]


@pytest.mark.parametrize("text", [
    "Payrolls grew 31,000 or 0.3 per cent over the quarter.",
    "Payrolls grew 31,000, or 0.3 per cent, over the quarter.",
])
def test_a_figure_restated_in_percent_keeps_its_own(tmp_path: Path, text: str) -> None:
    claims = extracted(tmp_path, text)
    assert [(c["value"], c["unit"]) for c in claims] == [(pytest.approx(31000), ""), (pytest.approx(0.3), "%")]
