"""Sentences of languages the checker used to read only in part: Arabic news that opens a clause on its
change verb ('انخفضت انبعاثات … في مصر 2 و3.1 في المائة', fell the emissions … in Egypt 2 and 3.1 percent) says
by how much the subject changed, its years paired 'respectively' ('على التوالي') and a span written 'from year
… to year …' ('من عام … إلى عام …'); and the common words of level, rank, contrast and carbon several
glossaries lacked ('水平', '수준', 'úroveň', 'trotz', 'lugar', 'περίπου', 'غاز الكربون').

The package is CDIAC-shaped with invented figures."""

from __future__ import annotations

from pathlib import Path

import pytest
from package_support import carbon_package, claim_results

from workbench.languages import gloss_paragraphs
from workbench.models import Verdict


@pytest.fixture()
def carbon(tmp_path: Path) -> Path:
    # Egypt: 1,000 → 980 (−2.0 %) → 950 (−3.06 %) thousand tonnes of carbon
    return carbon_package(tmp_path / "carbon", {("EGYPT", 2030): 1000.0, ("EGYPT", 2031): 980.0,
                                                ("EGYPT", 2032): 950.0})


def test_a_verb_first_pair_of_falls_each_of_its_year(carbon: Path) -> None:
    text = "انخفضت انبعاثات ثاني أكسيد الكربون في مصر 2 و3.1 في المائة خلال عامي 2031 و2032 على التوالي."
    result = claim_results(text, [carbon], "2033-03-01")["3.1 في المائة"]
    assert result.verdict is Verdict.supported, result.explanation
    assert result.evidence[0].period == "2032"
    wrong = claim_results(text.replace("3.1", "6.1"), [carbon], "2033-03-01")["6.1 في المائة"]
    assert wrong.verdict is Verdict.contradicted, wrong.explanation


def test_a_verb_first_fall_over_a_span_from_year_to_year(carbon: Path) -> None:
    text = "تراجعت انبعاثات غاز الكربون في مصر 5 في المائة خلال الفترة من عام 2030 إلى عام 2032."
    result = claim_results(text, [carbon], "2033-03-01")["5 في المائة"]
    assert result.verdict is Verdict.supported, result.explanation


@pytest.mark.parametrize(("text", "english"), [
    ("تراجعت انبعاثات الكربون في مصر 1.5 في المائة", "in Egypt by 1.5 percent"),  # the verb opens the clause
    ("وارتفعت أسعار المستهلكين في الأردن 2.3% في مايو", "in Jordan by 2.3%"),  # … after 'and'
    ("ارتفع معدل التضخم في مصر إلى 5.2%", "in Egypt to 5.2%"),  # 'to': the level reached, no 'by'
    ("ارتفعت الانبعاثات في الأردن بنسبة 2.3%", "in Jordan by 2.3%"),  # 'بنسبة' says 'by' itself, once
    ("سجلت مصر 3.2% في مايو", "Egypt 3.2%"),  # no change verb: nothing said
])
def test_arabic_verb_first_change_is_read_as_by_how_much(text: str, english: str) -> None:
    glossed = gloss_paragraphs(text, [(0, len(text), "ar")]).text
    assert english in glossed, glossed


@pytest.mark.parametrize(("code", "text", "english"), [
    ("zh", "物价达到历史最高水平", "highest level"),
    ("ko", "물가는 역대 최고 수준이다", "record high level"),
    ("ja", "物価は過去最高の水準だ", "level"),
    ("hi", "महंगाई का स्तर 5% रहा", "level 5%"),
    ("cs", "inflace se drží na úrovni 3 %", "level 3 %"),
    ("el", "ο πληθωρισμός στο επίπεδο του 3%", "level"),
    ("de", "Trotz der Krise stieg die Inflation", "Despite the crisis"),
    ("nl", "maar de inflatie steeg echter opnieuw", "but the inflation rose however again"),
    ("es", "ocupa el primer lugar y supera a Chile", "first place and exceeds"),
    ("el", "ο πληθυσμός είναι περίπου 10 εκατομμύρια", "about 10 million"),  # an approximation's word
    ("cs", "inflace činila zhruba 3 %, téměř 2 %", "about 3 %, almost 2 %"),
    ("ja", "人口はおよそ100万人", "about 1.00 million"),  # 100万 is counted to the 万: three digits stated
    ("pt", "aproximadamente 5%", "approximately 5%"),
    ("ar", "انبعاثات غاز الكربون في الأردن", "carbon dioxide emissions in Jordan"),
    ("ar", "من عام 2015 إلى عام 2018 على التوالي", "from 2015 to 2018 respectively"),
])
def test_common_words_are_read(code: str, text: str, english: str) -> None:
    glossed = " ".join(gloss_paragraphs(text, [(0, len(text), code)]).text.split())
    assert english in glossed, glossed
