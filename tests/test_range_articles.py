"""A range whose figures take an article after 'between' and its 'and' (Spanish 'entre los 4 y los 6',
Portuguese 'entre os … e os …', French 'entre les … et les …', Italian 'tra i … e i …') is one range,
as 'between 4 and 6' is, not two lone figures (data/languages.json figure_ranges 'articles'). Sentences
written here."""

from __future__ import annotations

from pathlib import Path

import pytest
from extraction_helpers import extracted


@pytest.mark.parametrize("text, low, high", [
    ("El precio del alquiler se movió entre los 640 y los 720 euros al mes en la ciudad.", 640, 720),
    ("A taxa de desemprego ficou entre os 6,1 e os 6,8 por cento no ano passado.", 6.1, 6.8),
    ("Le loyer moyen a oscillé entre les 640 et les 720 euros par mois.", 640, 720),
    ("Il prezzo del gasolio è rimasto tra i 1,61 e i 1,74 euro al litro per tutto il mese.", 1.61, 1.74),
])
def test_articles_before_a_ranges_figures_keep_it_one_range(tmp_path: Path, text: str, low: float,
                                                             high: float) -> None:
    ranges = [(c["value"], c["value_high"]) for c in extracted(tmp_path, text) if c["value_high"] is not None]
    assert ranges == [(pytest.approx(low), pytest.approx(high))]


def test_two_counts_joined_by_and_make_no_range(tmp_path: Path) -> None:
    claims = extracted(tmp_path, "Los 500 trabajadores y los 20 directivos votaron ayer.")
    assert not [c for c in claims if c["value_high"] is not None]
