"""An abbreviation glossed in brackets ('carbon dioxide (CO2) emissions') goes on with its clause: the words
before it still describe the figure after it ('per capita'), while other brackets ('Japan (3.7%)') still
end a clause."""

from __future__ import annotations

from pathlib import Path

import pytest
from test_matching import check_text, write_package

from workbench.models import Verdict
from workbench.text import clause_around, clause_break_between

_TOTAL = {2019: 410.0, 2020: 380.0, 2021: 400.0}
PACKAGE = [{"name": "emissions", "metric": "carbon dioxide emissions", "aliases": ["CO2 emissions", "emissions"],
            "unit": "t", "dims": ["country"],
            "rows": [{"period": str(y), "value": v * 1e6, "country": "Chile"} for y, v in _TOTAL.items()]},
           {"name": "emissions-per-capita", "metric": "carbon dioxide emissions per capita",
            "aliases": ["CO2 emissions per capita"], "unit": "t", "dims": ["country"],
            "rows": [{"period": str(y), "value": v / 20.0, "country": "Chile"} for y, v in _TOTAL.items()]}]


@pytest.fixture(scope="module")
def package(tmp_path_factory: pytest.TempPathFactory) -> Path:
    return write_package(tmp_path_factory.mktemp("gloss") / "reference", PACKAGE)


# the figure is judged against the per-capita rows, not the total
@pytest.mark.parametrize("gloss", ["(CO2)", "( CO2 )"])
def test_a_per_capita_figure_keeps_its_measure_past_a_bracketed_abbreviation(package: Path, gloss: str) -> None:
    results, _ = check_text("---\ndate: 2022-06-01\n---\n\n"
                            f"In 2021, Chile's per capita carbon dioxide {gloss} emissions rose to 23 tonnes.\n", package)
    result = results["23 tonnes"]
    assert result.verdict is Verdict.contradicted, result.explanation
    assert result.evidence[0].resource.endswith("emissions-per-capita")


@pytest.mark.parametrize("sentence, offset_of, clause", [
    ("Output (GDP) grew 4% last year", "4%", "Output (GDP) grew 4% last year"),
    ("Russia reached 3.8%, ahead of Japan (3.7%) and Germany", "3.7%", "3.7%"),
    ("Fish exports fell (Norway) by 12% in spring", "12%", "by 12% in spring"),
    ("Ferry fares rose (Reuters) 9% over the summer", "9%", "9% over the summer"),
    ("Bus ridership (January) hit 40% of its old level", "40%", "hit 40% of its old level"),
    ("Freight (U.S.) grew 6% this year", "6%", "Freight (U.S.) grew 6% this year"),
    ("Sales of 14,250 cars rose 8% in May", "8%", "Sales of 14,250 cars rose 8% in May"),
])
def test_only_a_glossed_abbreviation_leaves_the_clause_whole(sentence: str, offset_of: str, clause: str) -> None:
    assert clause_around(sentence, sentence.index(offset_of)).strip() == clause


# the clause of a figure and a break between two offsets are one reading of the sentence
@pytest.mark.parametrize("sentence, left, right, broken", [
    ("Peru's methane (CH4) output rose 5% in 2021", "Peru", "5%", False),
    ("Lima's budget reached 14,250 soles in 2021", "Lima", "in 2021", False),
    ("Lima's budget reached 14,250 soles, while Cusco's fell", "soles", "Cusco", True),
    ("Peru's output (Reuters) rose 5%", "Peru", "5%", True),
])
def test_a_break_between_two_offsets_is_a_clause_break(sentence: str, left: str, right: str, broken: bool) -> None:
    start, end = sentence.index(left), sentence.index(right)
    assert clause_break_between(sentence, start, end) is broken
    assert (clause_around(sentence, start) != clause_around(sentence, end)) is broken
