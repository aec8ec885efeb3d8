"""Kazakh news names a region by its initials, its case ending after a hyphen ('ШҚО-да', in East Kazakhstan
Region), and then 'облыс' (the region) alone; a change is measured from a day its postposition makes the base
('1 сәуірмен салыстырғанда', compared with 1 April; '1 қаңтардан бері', since 1 January). Read so, a region's
count under a title naming it by its initials is judged against the region's row, and a change between two
counts of one day is no change between mid-year estimates. Invented register and estimates."""

from __future__ import annotations

from pathlib import Path

import pytest
from package_support import claim_results, claim_starting, population_package

from workbench.languages import glossed_in
from workbench.models import Verdict


@pytest.fixture()
def register(tmp_path: Path) -> list[Path]:
    folder = tmp_path / "register"
    folder.mkdir()
    (folder / "region_population_2023-01-01.csv").write_text(
        "Region,Total,Males,Females\nEast Kazakhstan Region,730172,349479,380693\n"
        "North Kazakhstan Region,534024,257620,276404\n", encoding="utf-8")
    return [folder]


def test_a_regions_initials_with_a_hyphened_ending_read_as_the_region() -> None:
    assert "East Kazakhstan Region" in glossed_in("ШҚО-да тұрғындар саны азайды", "kk")
    assert "North Kazakhstan Region" in glossed_in("СҚО-ның халқы өсті", "kk")
    assert "East Kazakhstan Region" in glossed_in("Шығыс Қазақстан облысының халқы", "kk")


def test_a_days_base_postposition_reads_as_the_english_base_word() -> None:
    assert "compared with 1 April" in glossed_in("1 сәуірмен салыстырғанда халық саны өсті.", "kk")
    assert "since 1 January 2022" in glossed_in("2022 жылғы 1 қаңтардан бері халық саны азайды.", "kk")
    # a day in the locative stays 'on' that day
    assert "on 1 January 2023" in glossed_in("2023 жылғы 1 қаңтарда халық саны өсті.", "kk")


def test_the_regions_count_under_a_title_naming_it_by_its_initials_is_judged(register: list[Path]) -> None:
    text = ("# ШҚО-да халық саны бір жылда 3 мыңға жуық азайды\n\n"
            "2023 жылғы 1 қаңтардағы жағдай бойынша облыс халқының саны 730,2 мың адамды құрады.")
    result = claim_starting(claim_results(text, register, "2023-03-02"), "730,2")
    assert result.verdict is Verdict.supported, result.explanation
    assert result.evidence[0].period == "2023-01-01"


def test_a_wrong_count_of_the_region_is_not_supported(register: list[Path]) -> None:
    text = ("# ШҚО-да халық саны бір жылда 3 мыңға жуық азайды\n\n"
            "2023 жылғы 1 қаңтардағы жағдай бойынша облыс халқының саны 790,2 мың адамды құрады.")
    result = claim_starting(claim_results(text, register, "2023-03-02"), "790,2")
    assert result.verdict is not Verdict.supported, result.explanation


@pytest.fixture()
def estimates(tmp_path: Path) -> list[Path]:
    rows = {("Kazakhstan", 2022): 19_621_972, ("Kazakhstan", 2023): 19_900_177, ("Kazakhstan", 2024): 20_152_000}
    return [population_package(tmp_path / "pop", rows)]


@pytest.mark.parametrize("date", ["2024-05-10", None])
def test_a_rise_since_last_years_same_day_is_no_change_between_mid_year_rows(estimates: list[Path],
                                                                              date: str | None) -> None:
    # 2023 → 2024 rose 1.27 %: a rise between two counts of 1 April neither agrees with nor refutes it
    text = "Өткен жылғы 1 сәуірмен салыстырғанда Қазақстан халқының саны 1,3 пайыз өскен."
    result = claim_starting(claim_results(text, estimates, date), "1,3")
    assert result.verdict is Verdict.needs_review, result.explanation


def test_a_count_and_its_percent_before_a_clause_closing_change_verb_are_both_the_change(estimates: list[Path]) -> None:
    # '… 238,6 мың адамға немесе 1,3% өсті': glossed '238.6 thousand people or 1.3% rose.', the verb closes the clause
    text = "2023 жылғы 1 тамызбен салыстырғанда Қазақстан халқының саны 238,6 мың адамға немесе 1,3% өсті."
    results = claim_results(text, estimates, "2024-09-01")
    for figure in ("238,6", "1,3%"):
        result = claim_starting(results, figure)
        assert result.claim.kind.value == "change", (figure, result.claim.kind)
        assert result.verdict is Verdict.needs_review, result.explanation


def test_a_regions_change_since_a_day_the_register_does_not_hold_is_unsupported(register: list[Path]) -> None:
    # the register holds one day (1 January 2023): no change of the region since 1 January 2022 can be read from it
    text = "2022 жылғы 1 қаңтардан бергі кезең ішінде ШҚО халқының саны 2794 адамға азайды."
    result = claim_starting(claim_results(text, register, "2023-03-02"), "2794")
    assert result.verdict is Verdict.unsupported, result.explanation
