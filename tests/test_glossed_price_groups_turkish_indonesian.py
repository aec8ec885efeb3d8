"""Turkish and Indonesian consumer-price copy read through the gloss (workbench/data/languages.json): the
index's main groups ('gıda', 'konut', 'bahan makanan', 'perumahan') and the words around them ('tüketici
fiyat endeksindeki', 'fiyatlarındaki', 'Indeks Harga Konsumen', 'terjadi', 'kata') are known, so a group's
rate is told apart from the headline rate the data holds instead of being left unread.

The package is World Bank-shaped with invented figures; sentences invented."""

from __future__ import annotations

from pathlib import Path

import pytest
from package_support import claim_results, cpi_package

from workbench.languages import unknown_words
from workbench.models import Verdict

RATES = {("Turkiye", 2030): 41.2, ("Indonesia", 2030): 3.1}


@pytest.mark.parametrize(("text", "claim"), [
    ("Türkiye'de gıda fiyatlarındaki yıllık artış 2030 yılında yüzde 58,3 oldu.", "yüzde 58,3"),
    ("Inflasi bahan makanan di Indonesia pada 2030 mencapai 7,4 persen.", "7,4 persen"),
])
def test_a_price_groups_rate_is_not_the_headline_rate(tmp_path: Path, text: str, claim: str) -> None:
    result = claim_results(text, [cpi_package(tmp_path, RATES)], "2031-03-01")[claim]
    assert result.verdict is Verdict.unsupported, result.explanation
    assert result.reason == "other_series"


def test_the_headline_rate_is_still_judged(tmp_path: Path) -> None:
    text = "Tüketici fiyat endeksindeki yıllık artış Türkiye'de 2030 yılında yüzde 41,2 oldu."
    result = claim_results(text, [cpi_package(tmp_path, RATES)], "2031-03-01")["yüzde 41,2"]
    assert result.verdict is Verdict.supported, result.explanation


@pytest.mark.parametrize(("text", "code"), [
    ("Bir önceki yılın aynı ayına göre en az artış gösteren ana grup konut oldu.", "tr"),
    ("Perkembangan Indeks Harga Konsumen terjadi pada Desember, kata Kepala BPS di Kantor Pusat, Selasa.", "id"),
])
def test_the_words_around_a_groups_rate_are_known(text: str, code: str) -> None:
    assert [w for w in unknown_words(text, code) if w.lower() != "bps"] == []
