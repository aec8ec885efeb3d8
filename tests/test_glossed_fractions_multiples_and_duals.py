"""Number words a glossary reads as English does: a fraction as a change ('pao za petinu', fell by a fifth; Czech
'o pětinu', Polish 'o jedną piątą', Russian 'на четверть', German 'um ein Fünftel'), a multiple counted in Arabic
'مرة' / 'مرات' after 'بمقدار' or 'بمعدل' (of) and in Uzbek 'marta' after a figure, Arabic's dual of a scale word
('تريليوني دولار', two trillion dollars; after a figure, '2 تريليوني', only the scale), and Tajik's percent written
in two words ('8 дар сад'). Sentences naming every measure the data holds in words the glossary knows are read
whole, so their verdict is the reading's, not a decline for unread words. Invented figures; sentences written here."""

from __future__ import annotations

from pathlib import Path

import pytest
from package_support import claim_results, claim_starting, cpi_package, population_and_gdp

from workbench.models import Kind, Verdict


@pytest.fixture(scope="module")
def gdp(tmp_path_factory: pytest.TempPathFactory) -> list[Path]:
    folder = tmp_path_factory.mktemp("gdp")
    return population_and_gdp(folder, {("Kazakhstan", 2041): 21_000_000.0, ("Turkey", 2041): 90_000_000.0},
                              {("Kazakhstan", 2000): 1.8e10, ("Kazakhstan", 2040): 2.1e12,
                               ("Kazakhstan", 2041): 2.04e12, ("Turkey", 2040): 1.0e12,
                               ("Turkey", 2041): 1.1e12})


@pytest.fixture(scope="module")
def cpi(tmp_path_factory: pytest.TempPathFactory) -> list[Path]:
    return [cpi_package(tmp_path_factory.mktemp("cpi") / "cpi", {("Tajikistan", 2040): 7.4,
                                                                  ("Tajikistan", 2041): 9.3})]


@pytest.mark.parametrize(("text", "claim", "value"), [
    ("Izvoz Hrvatske je u 2041. pao za petinu u odnosu na godinu ranije.", "za petinu", 20.0),
    ("Uvoz je u 2041. porastao za trećinu.", "za trećinu", 33.33),
    ("Вывоз зерна в 2041 году сократился на четверть.", "четверть", 25.0),
    ("Vývoz obilí v roce 2041 klesl o pětinu.", "o pětinu", 20.0),
    ("W 2041 roku eksport zboża spadł o jedną piątą.", "o jedną piątą", 20.0),
    ("Die Getreideexporte sanken um ein Fünftel.", "um ein Fünftel", 20.0),
])
def test_a_fraction_word_is_a_change(cpi: list[Path], text: str, claim: str, value: float) -> None:
    found = claim_starting(claim_results(text, cpi, "2042-03-01"), claim)
    assert found.claim.kind is Kind.change, found.claim
    assert found.claim.unit == "%" and round(found.claim.value, 2) == value, found.claim


def test_an_arabic_multiple_counted_in_marra_is_a_change(gdp: list[Path]) -> None:
    text = "شهد اقتصاد كازاخستان نموا بمقدار 113 مرة منذ عام 2000."
    found = claim_starting(claim_results(text, gdp, "2042-03-01"), "113 مرة")
    assert found.claim.kind is Kind.change and found.claim.unit == "x", found.claim
    # the multiple's span is left to the reading of 'since' (a change over the years since 2000): never a false alarm
    assert found.verdict is not Verdict.contradicted, found.explanation


def test_an_uzbek_multiple_counted_in_marta_is_a_ratio(cpi: list[Path]) -> None:
    text = "Tojikistonda inflyatsiya 2041-yilda 3 marta yuqori boʻldi."
    found = claim_starting(claim_results(text, cpi, "2042-03-01"), "3 marta")
    assert found.claim.kind is Kind.ratio and found.claim.unit == "x", found.claim


@pytest.mark.parametrize("text", [
    "قفز الناتج المحلي الإجمالي لكازاخستان إلى أكثر من تريليوني دولار في عام 2041.",
    "قفز الناتج المحلي الإجمالي لكازاخستان إلى أكثر من 2 تريليوني دولار في عام 2041.",
])
def test_the_arabic_dual_of_a_scale_word_is_two_of_it(gdp: list[Path], text: str) -> None:
    results = claim_results(text, gdp, "2042-03-01")
    [found] = [r for surface, r in results.items() if "تريليوني" in surface]
    assert found.claim.value == 2e12, found.claim
    assert found.verdict is Verdict.supported, found.explanation


def test_tajik_percent_in_two_words(cpi: list[Path]) -> None:
    text = "Мақомоти Бонки миллии Тоҷикистон мегӯянд, ки сатҳи инфлятсия дар соли 2041 ба 9,3 дар сад расид."
    found = claim_starting(claim_results(text, cpi, "2042-03-01"), "9,3 дар сад")
    assert found.claim.unit == "%", found.claim
    assert found.verdict is Verdict.supported, found.explanation


def test_turkish_gdp_in_the_genitive_is_read_whole(gdp: list[Path]) -> None:
    text = ("ANKARA -- Ekonomik Kalkınma Bakanlığının yaptığı açıklamaya göre Türkiye'nin gayrisafi yurtiçi "
            "hasılasının 2041'de yıllık bazda yüzde 6,4 daralması bekleniyor.")
    found = claim_starting(claim_results(text, gdp, "2041-05-01"), "yüzde 6,4")
    assert found.verdict is Verdict.unsupported, found.explanation
    assert found.reason != "unknown_language_words", found.explanation
