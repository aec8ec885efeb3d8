"""Which place a figure is about when its sentence names several: the place a list gives it however
the table spells it ('the United States' against 'UNITED STATES OF AMERICA'), the subject of a clause
rather than the baseline of an earlier comparison ('larger in total than the United States, but per
capita …'), and not a group that is the field of a ranking ('Nigeria tops Africa's emitters').

A small package of our own: emissions spelled as an inventory spells countries, beside a GDP table
that spells them as the World Bank does; every figure invented and different per place.
"""

from __future__ import annotations

from pathlib import Path

import pytest
from test_matching import check_text, write_package

from workbench.models import Verdict

_TOTAL = {"UNITED STATES OF AMERICA": 5.10e9, "CHINA (MAINLAND)": 9.80e9, "NIGERIA": 1.30e8, "INDIA": 2.40e9}
_PER_HEAD = {"UNITED STATES OF AMERICA": 15.8, "CHINA (MAINLAND)": 7.1, "NIGERIA": 0.6, "INDIA": 1.8}
_GDP = {"United States": 1.87e13, "China": 1.12e13, "Nigeria": 4.0e11, "India": 2.3e12}
PACKAGE = [
    {"name": "emissions", "metric": "carbon dioxide emissions", "aliases": ["CO2 emissions", "emissions"],
     "unit": "t", "dims": ["country"],
     "rows": [{"period": "2016", "value": v, "country": c} for c, v in _TOTAL.items()]},
    {"name": "emissions_per_capita", "metric": "carbon dioxide emissions per capita",
     "aliases": ["CO2 emissions per capita", "emissions per capita", "per capita emissions"],
     "unit": "t", "dims": ["country"],
     "rows": [{"period": "2016", "value": v, "country": c} for c, v in _PER_HEAD.items()]},
    {"name": "gdp", "metric": "GDP", "aliases": ["gross domestic product"], "unit": "USD", "dims": ["country"],
     "rows": [{"period": "2016", "value": v, "country": c} for c, v in _GDP.items()]},
]


@pytest.fixture(scope="module")
def package(tmp_path_factory: pytest.TempPathFactory) -> Path:
    return write_package(tmp_path_factory.mktemp("subjects") / "reference", PACKAGE)


def _results(body: str, package: Path) -> dict:
    return check_text(f"---\ndate: 2017-09-01\n---\n\n{body}\n", package)[0]


def test_a_list_gives_each_figure_its_place_however_the_table_spells_it(package: Path) -> None:
    results = _results("China led with CO2 emissions of 9.8 billion tonnes in 2016, followed by the United States "
                       "with 5.1 billion tonnes and India with 2.4 billion tonnes.", package)
    for claim, place in (("5.1 billion tonnes", "UNITED STATES OF AMERICA"), ("2.4 billion tonnes", "INDIA")):
        result = results[claim]
        assert result.verdict is Verdict.supported, result.explanation
        assert result.evidence[0].dimensions["country"] == place


def test_the_baseline_of_an_earlier_clause_is_not_the_place_of_the_figure_after_but(package: Path) -> None:
    text = "In 2016 China had larger CO2 emissions in total than the United States, but its emissions per " \
           "capita were lower ({} tonnes)."
    right = _results(text.format("7.1"), package)["7.1 tonnes"]
    assert right.verdict is Verdict.supported, right.explanation
    assert right.evidence[0].dimensions["country"] == "CHINA (MAINLAND)"
    wrong = _results(text.format("15.8"), package)["15.8 tonnes"]  # the United States' figure, given to China
    assert wrong.verdict is not Verdict.supported, wrong.explanation
    assert wrong.evidence[0].dimensions["country"] == "CHINA (MAINLAND)"


@pytest.mark.parametrize("verb", ["tops", "leads"])
def test_a_group_after_a_ranking_verb_is_the_field_not_the_place(package: Path, verb: str) -> None:
    result = _results(f"Nigeria {verb} Africa's big emitters, with CO2 emissions of 130 million tonnes in 2016.",
                      package)["130 million tonnes"]
    assert result.verdict is Verdict.supported, result.explanation
    assert result.evidence[0].dimensions["country"] == "NIGERIA"
