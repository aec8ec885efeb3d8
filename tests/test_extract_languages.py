"""`workbench extract` reads the figures of news in more languages through their gloss
(``workbench/data/languages.json``): scale and currency words of Bulgarian, Serbian, Polish, Turkish,
Indonesian, Italian and Russian copy, each language's own scale ('bilione', 'билион' are 10^12), and
a lone comma between digits as the decimal comma those languages write ('24,612 трлн' is 24.612
trillion; '12,6 e 8,3 miliardi' two figures of billions). Sentences written here."""

from __future__ import annotations

import json
from pathlib import Path

import pytest
from conftest import run_workbench

from workbench.languages import detect


def _read(tmp_path: Path, text: str) -> list[tuple[float, str]]:
    """Each figure's value and unit: what a check compares."""
    return [(v, u) for _, v, u in _extracted(tmp_path, text)]


def _extracted(tmp_path: Path, text: str) -> list[tuple[str, float, str]]:
    draft = tmp_path / "vest.md"
    draft.write_text(text + "\n", encoding="utf-8")
    run = run_workbench("extract", draft, "--format", "json", cwd=tmp_path)
    assert run.returncode == 0, run.stderr
    return [(c["text"], c["value"], c["unit"]) for c in json.loads(run.stdout)["claims"]]


@pytest.mark.parametrize("text, code", [
    ("Според министерството дефицитът ще е 2,1 млрд. лв. през тази година, които са под плана.", "bg"),
    ("Vlada je saopštila da će investicije biti veće nego prošle godine, što je dobra vest.", "sr"),
    ("Rząd podał, że deficyt w tym roku jest niższy niż w zeszłym, co cieszy ekonomistów.", "pl"),
    ("Merkez bankası bu yıl için enflasyon tahminini yükseltti ve faizi sabit tuttu.", "tr"),
    ("Pemerintah mengatakan bahwa anggaran untuk pendidikan akan naik pada tahun ini.", "id"),
    ("По данным министерства, дефицит бюджета в этом году составил 3,2 трлн рублей.", "ru"),
])
def test_the_new_languages_are_told_apart_and_russian_stays_russian(text: str, code: str) -> None:
    assert detect(text) == code


@pytest.mark.parametrize("text, expected", [
    ("Според министерството приходите в хазната ще са 41,7 млрд. лв. през тази година.",
     [("41,7 млрд. лв.", 41.7e9, "BGN")]),
    ("Ministar je rekao da je Srbija imala 2,4 milijarde evra stranih investicija, što je 12 odsto više.",
     [("2,4 milijarde evra", 2.4e9, "EUR"), ("12 odsto", 12, "%")]),
    ("Влада је саопштила да ће улагања у путеве бити 3,5 милијарди евра до краја године.",
     [("3,5 милијарди евра", 3.5e9, "EUR")]),
    ("Deficyt budżetu wyniósł w tym roku 31,2 mld zł, co stanowiło 4,1 proc. PKB.",
     [("31,2 mld zł", 31.2e9, "PLN"), ("4,1 proc", 4.1, "%")]),
    ("Merkez bankası yıllık enflasyon tahminini yüzde 38,5 olarak açıkladı ve bütçe açığı 1,2 trilyon TL oldu.",
     [("yüzde 38,5", 38.5, "%"), ("1,2 trilyon TL", 1.2e12, "TRY")]),
    ("Pemerintah mengatakan bahwa anggaran pendidikan tahun ini sebesar Rp 612,2 triliun dan naik 4,8 persen.",
     [("Rp 612,2 triliun", 612.2e12, "IDR"), ("4,8 persen", 4.8, "%")]),
])
def test_scale_currency_and_percent_words_of_the_new_languages(tmp_path: Path, text: str,
                                                               expected: list[tuple]) -> None:
    assert _read(tmp_path, text) == [(pytest.approx(v), u) for _, v, u in expected]


def test_a_russian_decimal_comma_before_three_digits_is_no_thousands_group(tmp_path: Path) -> None:
    text = "По данным министерства, доходы бюджета в этом году составят 24,612 трлн руб., а расходы 27,104 трлн руб."
    assert _read(tmp_path, text) == [(pytest.approx(24.612e12), "RUB"), (pytest.approx(27.104e12), "RUB")]


def test_a_scale_said_once_serves_both_italian_figures(tmp_path: Path) -> None:
    text = "Secondo il ministero, il Paese deve alla Francia e alla Spagna rispettivamente 12,6 e 8,3 miliardi di euro."
    assert _extracted(tmp_path, text) == [("12,6", pytest.approx(12.6e9), "EUR"),
                                          ("8,3 miliardi di euro", pytest.approx(8.3e9), "EUR")]


def test_the_italian_and_serbian_long_scale_is_their_own(tmp_path: Path) -> None:
    assert _extracted(tmp_path, "Secondo la banca, il debito mondiale è salito a 305 trilioni di dollari.") == [
        ("305 trilioni di dollari", pytest.approx(305e12), "USD")]
    assert _extracted(tmp_path, "Према подацима банке, дуг света је износио 2,1 билиона евра, што је рекорд.") == [
        ("2,1 билиона евра", pytest.approx(2.1e12), "EUR")]


def test_mexican_copy_keeps_a_comma_before_three_digits_a_thousands_group(tmp_path: Path) -> None:
    text = "El gobierno destinará 1,500 millones de pesos a las obras, según la secretaría."
    assert _read(tmp_path, text)[0][0] == pytest.approx(1.5e9)


def test_scale_and_currency_words_are_read_where_the_language_is_not_told(tmp_path: Path) -> None:
    """A short sentence whose few words tell no language still has its Cyrillic scale and currency
    words, and the German plural 'Billionen', read as the copy means them."""
    assert _read(tmp_path, "Разходите ще са 12,4 млрд лв.") == [(pytest.approx(12.4e9), "BGN")]
    assert _read(tmp_path, "Es sind gut 3,1 Billionen Euro.") == [(pytest.approx(3.1e12), "EUR")]
    assert _read(tmp_path, "Власт улаже 7 милијарди евра у путеве") == [(pytest.approx(7e9), "EUR")]


def test_a_scaled_amount_before_money_of_the_same_scale_is_in_that_currency(tmp_path: Path) -> None:
    """German writes the currency once after two amounts of trillions; its English gloss, and English
    copy written the same way, give both the currency."""
    german = "Nach Angaben des Amtes stieg die Verschuldung von 2,4 Billionen auf 2,6 Billionen Euro im Jahr."
    assert _read(tmp_path, german) == [(pytest.approx(2.4e12), "EUR"), (pytest.approx(2.6e12), "EUR")]
    english = "The agency said the debt climbed from 2.4 trillion to 2.6 trillion euros last year."
    assert _read(tmp_path, english) == [(pytest.approx(2.4e12), "EUR"), (pytest.approx(2.6e12), "EUR")]
    counted = "The agency said visitors rose from 2.4 million to 2.6 million last year."
    assert [u for _, u in _read(tmp_path, counted)] == ["", ""]


def test_an_english_paragraph_of_a_german_draft_keeps_its_thousands_comma(tmp_path: Path) -> None:
    """A forced language glosses every paragraph; the English one still groups thousands with a comma."""
    text = ("---\nlang: de\n---\nDie Teuerung in Österreich lag im Jahr 2022 bei 8,6 Prozent, meldete das Amt.\n\n"
            "The regional office said 48,316 households applied for the grant in 2022.")
    assert _read(tmp_path, text) == [(pytest.approx(8.6), "%"), (pytest.approx(48316), "")]


@pytest.mark.parametrize("text, value", [
    # a comma before three digits with no scale word of the language after it groups thousands
    ("Laut dem Amt ist die Zahl der Pendler in der Region auf 61,904 gestiegen, hieß es.", 61904),
    # an English scale word inside Italian copy is no Italian decimal comma
    ("Secondo l'ufficio, le esportazioni sono cresciute molto. The bloc's output was 13,000 billion euros.", 13e12),
])
def test_a_comma_before_three_digits_is_decimal_only_before_a_scale_word(tmp_path: Path, text: str,
                                                                         value: float) -> None:
    assert _read(tmp_path, text)[-1][0] == pytest.approx(value)


def test_a_turkish_rate_risen_to_a_figure_is_the_level_reached(tmp_path: Path) -> None:
    """'yüzde 6'ya yükseldi' is rose to 6 %: the dative ending says 'to' (figure_suffix_glosses), so the verb
    after the figure makes it the level the rate reached, not a rise of 6 points."""
    draft = tmp_path / "haber.md"
    draft.write_text("Ekim ayında yüzde 5,2 olan enflasyon oranı, Kasım ayında yüzde 6'ya yükseldi.\n", encoding="utf-8")
    run = run_workbench("extract", draft, "--format", "json", cwd=tmp_path)
    assert run.returncode == 0, run.stderr
    kinds = {c["value"]: c["kind"] for c in json.loads(run.stdout)["claims"]}
    assert kinds == {5.2: "level", 6.0: "level"}


@pytest.mark.parametrize("text, value", [
    # a decimal comma set with a space after it, before the language's own scale word
    ("Avec des émissions de CO2 de 2, 7 milliards de tonnes en 2030, le pays reste le troisième pollueur.", 2.7e9),
    ("Las emisiones del país llegaron a 3, 6 millones de toneladas en 2030, según la agencia.", 3.6e6),
])
def test_a_decimal_comma_with_a_space_after_it_before_a_scale_word_is_decimal(tmp_path: Path, text: str,
                                                                                  value: float) -> None:
    assert [v for _, v, _ in _extracted(tmp_path, text)][0] == pytest.approx(value)


@pytest.mark.parametrize("text, values", [
    # a list of figures keeps them apart: a conjunction after the second, or a comma before the first
    ("Les trois usines émettent 1, 2 et 3 milliards de tonnes selon les années, dit l'agence.", [1, 2, 3e9]),
    ("Les scénarios donnent 4, 5, 6 milliards de tonnes en 2040, dit l'agence.", [4, 5, 6e9]),
    # no scale word after the digit: a list of counts
    ("Le comité a retenu les projets 3, 4 et 7 pour la deuxième phase du programme.", [3, 4, 7]),
])
def test_a_list_of_figures_is_no_spaced_decimal_comma(tmp_path: Path, text: str, values: list[float]) -> None:
    read = [v for _, v, _ in _extracted(tmp_path, text)]
    assert not any(v == pytest.approx(1.2e9) or v == pytest.approx(5.6e9) or v == pytest.approx(3.4) for v in read), read
