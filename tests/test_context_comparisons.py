"""A place on the other side of a comparison is not the figure's: after 'compared to' and another
figure it is that figure's place; right after 'above'/'below' it is the baseline the subject is
measured against ('above the world average at 4.2 t') — unless the figure is its own ('the world
average of 3.1 t'), or set off after it by a comma ('lower than Peru's, at 5.1 %').

A small package of our own: population and emissions per person for two countries and the World.
"""

from __future__ import annotations

from pathlib import Path

import pytest
from test_matching import check_text, write_package

from workbench.models import Verdict

PACKAGE = [
    {"name": "population", "metric": "population", "unit": "persons", "kind": "count", "dims": ["country"],
     "rows": [{"period": "2021", "value": 19.5e6, "country": "Chile"},
              {"period": "2021", "value": 33.7e6, "country": "Peru"}]},
    {"name": "emissions_pc", "metric": "emissions per capita", "aliases": ["per capita emissions", "emissions per person"],
     "unit": "t", "dims": ["country"],
     "rows": [{"period": "2021", "value": 4.2, "country": "Chile"}, {"period": "2021", "value": 1.6, "country": "Peru"},
              {"period": "2021", "value": 3.1, "country": "World"}]},
    {"name": "inflation", "metric": "inflation", "unit": "%", "dims": ["country"],
     "rows": [{"period": "2021", "value": 4.5, "country": "Chile"}, {"period": "2021", "value": 5.1, "country": "Peru"}]}]


@pytest.fixture(scope="module")
def package(tmp_path_factory: pytest.TempPathFactory) -> Path:
    return write_package(tmp_path_factory.mktemp("comparisons") / "reference", PACKAGE)


def _result(body: str, package: Path, claim: str):
    results, _ = check_text(f"---\ndate: 2022-06-01\n---\n\n{body}\n", package)
    return results[claim]


def _country(result) -> str | None:
    return (result.evidence[0].dimensions or {}).get("country") if result.evidence else None


def test_a_place_after_compared_to_and_another_figure_is_that_figure_s(package: Path) -> None:
    result = _result("The population of Chile has grown slowly. In 2021, it was 19.5 million, compared to "
                     "33.7 million in Peru.", package, "19.5 million")
    assert result.verdict is Verdict.supported and _country(result) == "Chile"
    other = _result("The population of Chile has grown slowly. In 2021, it was 19.5 million, compared to "
                    "33.7 million in Peru.", package, "33.7 million")
    assert other.verdict is Verdict.supported and _country(other) == "Peru"


def test_the_group_above_which_the_subject_sits_is_the_baseline(package: Path) -> None:
    result = _result("In 2021, measured per person, Chile sits above the world average at 4.2 tonnes of emissions.",
                     package, "4.2 tonnes")
    assert result.verdict is Verdict.supported and _country(result) == "Chile"


def test_the_baseline_s_own_figure_keeps_its_place(package: Path) -> None:
    result = _result("In 2021 Chile's emissions per person were 4.2 tonnes, well above the world average of 3.1 tonnes.",
                     package, "3.1 tonnes")
    assert result.verdict is Verdict.supported and _country(result) == "World"


def test_a_figure_set_off_after_than_a_place_is_that_place_s(package: Path) -> None:
    result = _result("In 2021 inflation in Chile was only lower than Peru's, at 5.1%.", package, "5.1%")
    assert _country(result) == "Peru"


@pytest.mark.parametrize("lead", ["about", "approximately", "just", "close to", "more than"])
def test_the_baseline_s_own_figure_keeps_its_place_after_any_qualifier(package: Path, lead: str) -> None:
    """The words that may open the baseline's own figure are the lexicon's qualifiers and limiting words, not a
    shorter list of the engine's own."""
    result = _result(f"In 2021 Chile's emissions per person were 4.2 tonnes, well above the world average of {lead} "
                     "3.1 tonnes.", package, "3.1 tonnes")
    assert _country(result) == "World", (lead, result.evidence[:1])


def test_the_place_a_ranking_sets_the_subject_behind_is_not_the_figure_s(package: Path) -> None:
    body = ("Chile is not the most crowded country of the Andes. With a population of 19.5 million in 2021, "
            "it ranks second behind Peru.")
    result = _result(body, package, "19.5 million")
    assert result.verdict is Verdict.supported and _country(result) == "Chile"
    # a place past the ranking word with a figure of its own after it is that figure's
    listed = _result("In 2021 Chile ranked with 19.5 million inhabitants, behind Peru with 33.7 million.", package,
                     "33.7 million")
    assert listed.verdict is Verdict.supported and _country(listed) == "Peru"
