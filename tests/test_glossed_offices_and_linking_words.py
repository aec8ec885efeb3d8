"""A sentence in another language is checked once its words are read: the statistics office it cites names
its country as the gazetteer knows it ('Statistisches Bundesamt' is Destatis, Germany's; 'CBS' is Statistics
Netherlands), German calls inflation 'Preisauftrieb', and the words that join a figure to its sentence
('waren', 'noch', 'letztmals') are glossed, so the figure is not left unread. The sentences and figures are
invented."""

from __future__ import annotations

from pathlib import Path

from package_support import claim_results, cpi_package

from workbench.languages import unknown_words
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


def test_thailands_trade_policy_office_names_thailand_and_a_short_buddhist_year_is_read(tmp_path: Path) -> None:
    # the office that publishes Thailand's consumer prices, in its own script; 'ปี 73' is 2573 BE, 2030
    text = ("สำนักงานนโยบายและยุทธศาสตร์การค้า (สนค.) รายงานดัชนีราคาผู้บริโภค\n\n"
            "อัตราเงินเฟ้อทั่วไปเฉลี่ยทั้งปี 73 สูงขึ้น 6.1%")
    found = claim_results(text, [cpi_package(tmp_path / "cpi", {("Thailand", 2030): 6.1, ("Thailand", 2029): 1.2,
                                                                ("Laos", 2030): 6.1})], date="2031-01-15")
    assert "73" not in found  # a year, no figure of its own
    assert found["6.1%"].verdict is Verdict.supported, found["6.1%"].explanation
    assert found["6.1%"].evidence[0].period == "2030"


def test_a_turkish_inflation_in_the_locative_names_the_measure(tmp_path: Path) -> None:
    text = ("Türkiye İstatistik Kurumu (TÜİK) aralık ayı verilerini açıkladı.\n\n"
            "On iki aylık ortalamalara göre yıllık enflasyondaki artış 2030 yılında yüzde 9,5 oldu.")
    found = claim_results(text, [cpi_package(tmp_path / "cpi", {("Turkiye", 2030): 9.5})], date="2031-01-15")
    assert found["yüzde 9,5"].verdict is Verdict.supported, found["yüzde 9,5"].explanation
