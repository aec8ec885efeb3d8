"""Arabic glues its article and its one-letter conjunctions and prepositions to the next word ('الارتفاع' the
rise, 'وانخفض' and fell, 'لروسيا' for Russia): each glossary word is read with them. Arabic has no capital
letters, so every word the glossary does not know is a word left unread, wherever it stands in the sentence
(not only the first): a sentence with one keeps its figure for a person, never a confident ``unsupported``.
The Maghreb's and the Levant's month names ('ماي', 'جوان', 'أيار') are months as Cairo's are.

Packages are publisher-shaped (World Bank layout), figures invented.
"""

from __future__ import annotations

from pathlib import Path

import pytest
from package_support import claim_results, claim_starting, population_package

from workbench.languages import glossed_in, unknown_words
from workbench.models import Verdict


@pytest.mark.parametrize("arabic, english", [
    ("وانخفض الارتفاع", "and fell the rise"),
    ("لروسيا", "for Russia"),
    ("وبلغت الانبعاثات", "and reached emissions"),
    ("للروبل", "for the roubles"),  # 'للدولار' has its own entry: the dollar a rate is quoted against
])
def test_a_glued_article_or_conjunction_is_read_with_its_word(arabic: str, english: str) -> None:
    assert glossed_in(arabic, "ar") == english


@pytest.mark.parametrize("arabic, english", [
    ("ارتفع التضخم ب2.5%", "rose inflation by 2.5%"),  # a change's 'by', not 'in'
    ("من 3% ل2.5%", "from 3% to 2.5%"),
    ("ب2023", "in 2023"),  # before a year the prefix is its own word
])
def test_a_prefix_glued_to_a_figure_reads_as_before_a_figure(arabic: str, english: str) -> None:
    assert glossed_in(arabic, "ar") == english


@pytest.mark.parametrize("month, english", [("ماي 2023", "May 2023"), ("جوان 2022", "June 2022"),
                                            ("يوليوز 2021", "July 2021"), ("أيار 2020", "May 2020")])
def test_the_maghreb_s_and_the_levant_s_month_names_are_months(month: str, english: str) -> None:
    assert glossed_in(f"في {month}", "ar") == f"in {english}"


def test_an_unknown_word_inside_a_sentence_of_a_script_without_capitals_is_unread() -> None:
    # 'الخبراء' (the experts) stands mid-sentence: no capital tells it a name, so it is a word left unread
    assert "الخبراء" in unknown_words("بلغ الناتج المحلي الإجمالي لروسيا حسب الخبراء نحو 131 تريليون روبل.", "ar")


@pytest.mark.parametrize("text, expected", [
    # every word read, naming GDP: a figure in roubles, where the rows are in dollars, is unsupported as in English
    ("بلغ الناتج المحلي الإجمالي لروسيا في 2021 نحو 131 تريليون روبل.", (Verdict.unsupported, "no_match")),
    # 'الخبراء' is in no glossary and no place is named, but an amount in roubles, which no series is in, is
    # unsupported whatever the unread word says (test_beyond_every_package.py)
    ("بلغ الناتج المحلي الإجمالي في 2021 حسب تقديرات الخبراء نحو 131 تريليون روبل.",
     (Verdict.unsupported, "no_match")),
])
def test_only_an_arabic_sentence_read_whole_keeps_its_english_reading_s_unsupported(
        kaz_rus_packages: list[Path], text: str, expected: tuple[Verdict, str]) -> None:
    result = claim_starting(claim_results(text, kaz_rus_packages, "2023-05-01"), "131")
    assert (result.verdict, result.reason) == expected


@pytest.mark.parametrize("text, currency", [
    # 'ليرة' (lira) is the Lebanese, the Syrian and the Turkish currency's name alike: the country the sentence
    # names tells which ('مصرف لبنان', the Bank of Lebanon)
    ("حدد مصرف لبنان سعر الدولار عند 1507.5 ليرة.", "LBP"),
    ("حدد مصرف سوريا سعر الدولار عند 13000 ليرة.", "SYP"),
    # none named: the Turkish lira, as English news means the bare word
    ("بلغ سعر الدولار 32.5 ليرة.", "TRY"),
])
def test_the_arabic_lira_is_the_currency_of_the_country_named(kaz_rus_packages: list[Path], text: str,
                                                              currency: str) -> None:
    figure = text.split()[-2]
    result = claim_starting(claim_results(text, kaz_rus_packages, "2023-05-01"), figure)
    assert result.claim.unit == currency


@pytest.mark.parametrize("arabic, english", [
    ("ثلاثة أضعاف مثيلتها", "three times that of"),
    ("أربعة أضعاف", "four times"),
    ("ثلاثة عقود", "three decades"),  # a span of time counted in words, no figure of a measure
])
def test_a_count_of_times_in_words_is_read_as_english_writes_it(arabic: str, english: str) -> None:
    assert glossed_in(arabic, "ar") == english


def test_a_count_of_times_in_words_is_a_claim(tmp_path: Path) -> None:
    package = population_package(tmp_path / "pop", {("Qatar", 2020): 2_760_000.0, ("India", 2020): 1_396_000_000.0})
    text = "تنبعث من قطر 30.5 طن من ثاني أكسيد الكربون للفرد، أي أربعة أضعاف مثيلتها في الهند."
    assert "أربعة أضعاف" in claim_results(text, [package])
