"""Sentences in languages the glossary read only in part (issue 12): a share of the world's or a union's total
emissions, a percent word borrowed from another language (Hindi 'फीसद', from Urdu 'فیصد'), a number written
as a word before it ('सात फीसद', seven percent), the words that say 'the whole world' and 'compared with'.
Each is glossed as data (workbench/data/languages.json), so the English rules decide: a share of an aggregate
the packages do not hold is 'unsupported', not a sentence left unread. Packages CDIAC-shaped with invented
figures; sentences invented."""

from __future__ import annotations

from pathlib import Path

from package_support import carbon_package, claim_results

from workbench.languages import glossed_in, unknown_words
from workbench.models import Verdict

CARBON = {("INDIA", 2029): 700_000, ("INDIA", 2030): 720_000, ("CHINA (MAINLAND)", 2030): 3_000_000,
          ("UNITED STATES OF AMERICA", 2030): 1_400_000}


def test_a_hindi_share_of_the_worlds_emissions_in_a_spelled_number_is_read_and_unsupported(tmp_path: Path) -> None:
    text = "साल 2030 में भारत ने विश्व के कुल कार्बन उत्सर्जन का सात फीसद उत्सर्जित किया।"
    assert unknown_words(text, "hi", capitals=True) == []
    assert "seven percent" in glossed_in(text, "hi")
    result = claim_results(text, [carbon_package(tmp_path / "co2", CARBON)], "2031-02-01")["सात फीसद"]
    assert result.verdict is Verdict.unsupported, result.explanation


def test_hindi_shares_of_the_biggest_emitters_in_brackets_are_read(tmp_path: Path) -> None:
    text = ("ग्लोबल कार्बन प्रोजेक्ट के अनुसार 2030 के चार सबसे बड़े कार्बन उत्सर्जक देशों में चीन (30 फीसद), "
            "अमेरिका (14 फीसद) और भारत (सात फीसद) है।")
    results = claim_results(text, [carbon_package(tmp_path / "co2", CARBON)], "2031-02-01")
    for figure in ("30 फीसद", "14 फीसद"):
        assert results[figure].verdict is Verdict.unsupported, results[figure].explanation


def test_urdu_nepali_and_bengali_say_seven_percent_of_the_world_in_words() -> None:
    for code, text in (("ur", "دنیا کے اخراج کا سات فیصد"), ("ne", "विश्व उत्सर्जनको सात प्रतिशत"),
                       ("bn", "বিশ্ব নিঃসরণের সাত শতাংশ")):
        glossed = glossed_in(text, code)
        assert "world" in glossed and "seven percent" in glossed, (code, glossed)
