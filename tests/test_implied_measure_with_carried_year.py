"""A mass of CO2 whose text names no measure (no 'emissions') is read as emissions by its unit, a guess a
person checks unless a row of the period the text names bears it out: a year carried from an earlier
sentence of the paragraph or the paragraph before ('Nel 2017 … . Segue …, mentre al terzo posto c'è l'India (2,4 mld di ton)') is
named too, so agreement stands; with no year anywhere it stays for a person."""

from __future__ import annotations

from conftest import wild_package
from package_support import claim_results

# India's 2017 total in the real package is 664.5 Mt of carbon, 2,434.6 Mt of CO2
TEXT = ("Nel 2017 il paese che inquina di più è la Cina, a 9,8 miliardi di tonnellate di CO2.\n\n"
        "Seguono il Giappone con 1,16 miliardi di tonnellate di CO2, mentre al terzo posto c'è l'India (2,43 mld di ton).")


def _india(text: str) -> str:
    results = claim_results(text, [wild_package("co2-fossil-by-nation"), wild_package("co2-ppm")], date=None)
    [result] = [r for surface, r in results.items() if surface.startswith("2,43")]
    return f"{result.verdict.value} {result.reason}: {result.explanation}"


def test_a_list_entry_agreeing_for_the_carried_year_is_supported() -> None:
    assert _india(TEXT).startswith("supported"), _india(TEXT)


def test_a_list_entry_with_no_year_anywhere_stays_for_review() -> None:
    text = TEXT.replace("Nel 2017 il", "Il")
    assert _india(text).startswith("needs_review"), _india(text)
