"""Two readings of what a sentence names beyond its figure:

- a series that joins two scopes with 'and' ('exports of goods and services') counts both, so a
  claim naming one of them ('goods exports') is bounded by it, not confirmed or refuted by it;
- a country group's name inside a capitalised title ('the Statistical Review of World Trade')
  names a publication, not the figure's place.

A small package of invented figures of our own.
"""

from __future__ import annotations

from pathlib import Path

import pytest
from test_matching import check_text, write_package

from workbench.models import Verdict

PACKAGE = [{"name": "exports", "metric": "exports of goods and services", "aliases": ["exports"], "unit": "USD",
            "dims": ["country"],
            "rows": [{"period": "2022", "value": 95e9, "country": "Chile"},
                     {"period": "2022", "value": 24e12, "country": "World"},
                     {"period": "2021", "value": 81e9, "country": "Chile"}]}]


@pytest.fixture(scope="module")
def package(tmp_path_factory: pytest.TempPathFactory) -> Path:
    return write_package(tmp_path_factory.mktemp("scope") / "reference", PACKAGE)


def _one(body: str, package: Path, claim: str, front: str = ""):
    results, _ = check_text(f"---\ndate: 2023-09-01\n{front}---\n\n{body}\n", package)
    return results[claim]


def test_the_whole_does_not_support_a_claim_about_one_part(package: Path) -> None:
    result = _one("In 2022 Chile's exports of goods were about $95 billion.", package, "$95 billion")
    assert (result.verdict, result.reason) == (Verdict.needs_review, "wider_series"), result.explanation
    assert "goods and services" in result.explanation and "without services" in result.explanation
    assert result.evidence[0].value == 95e9


def test_the_whole_supports_a_claim_that_names_it_whole(package: Path) -> None:
    result = _one("In 2022 Chile's exports of goods and services were about $95 billion.", package, "$95 billion")
    assert (result.verdict, result.reason) == (Verdict.supported, "supported_within_tolerance")


def test_a_part_below_the_whole_is_no_contradiction(package: Path) -> None:
    result = _one("In 2022 Chile's exports of goods were $60 billion.", package, "$60 billion")
    assert (result.verdict, result.reason) == (Verdict.needs_review, "wider_series")


@pytest.mark.parametrize(("body", "claim"), [("In 2022 Chile's exports of goods were $120 billion.", "$120 billion"),
                                             ("In 2022 Chile's exports of goods were more than $100 billion.",
                                              "$100 billion")])
def test_a_part_beyond_the_whole_is_contradicted(package: Path, body: str, claim: str) -> None:
    assert _one(body, package, claim).verdict is Verdict.contradicted


def test_a_part_under_a_bound_above_the_whole_is_supported(package: Path) -> None:
    result = _one("In 2022 Chile's exports of goods were less than $100 billion.", package, "$100 billion")
    assert result.verdict is Verdict.supported


def test_a_group_inside_a_capitalised_title_is_not_the_figure_s_place(package: Path) -> None:
    body = "Exports reached $95 billion in 2022, says the Statistical Review of World Trade."
    result = _one(body, package, "$95 billion", front="about: Chile\n")
    assert result.verdict is Verdict.supported, result.explanation
    assert result.evidence[0].dimensions["country"] == "Chile"


@pytest.mark.parametrize("body", ["World exports reached $24 trillion in 2022.",
                                  "Exports across the World reached $24 trillion in 2022."])
def test_the_group_named_in_running_text_is_still_the_place(package: Path, body: str) -> None:
    result = _one(body, package, "$24 trillion", front="about: Chile\n")
    assert result.verdict is Verdict.supported, result.explanation
    assert result.evidence[0].dimensions["country"] == "World"


def test_a_heading_in_title_case_keeps_its_group(package: Path) -> None:
    body = "# World Exports Hit A Record\n\nThey reached $24 trillion in 2022."
    result = _one(body, package, "$24 trillion", front="about: Chile\n")
    assert result.evidence and result.evidence[0].dimensions["country"] == "World", result.explanation


def test_a_group_before_a_country_s_name_is_still_a_group(package: Path) -> None:
    from workbench.gazetteer import Gazetteer
    from workbench.matching.context import PlaceReader
    from workbench.places import Places

    reader = PlaceReader(Gazetteer.default(), Places.default())
    found = {name for _, _, name, _ in reader.mentions("Across the World Chile sold more copper than anyone.")}
    assert {"World", "Chile"} <= found
    found = {name for _, _, name, _ in reader.mentions("It cites the Statistical Review of World Energy for Chile.")}
    assert "World" not in found and "Chile" in found


@pytest.mark.parametrize("layout", ["\n\n", " "])  # the paragraph before, or the sentence before
def test_a_part_s_name_is_the_whole_s_short_name_once_the_text_before_named_both(package: Path, layout: str) -> None:
    body = (f"Chile's exports of goods and services have doubled since the 2000s.{layout}"
            "In 2022 its exports of goods reached about $95 billion.")
    result = _one(body, package, "$95 billion", front="about: Chile\n")
    assert (result.verdict, result.reason) == (Verdict.supported, "supported_within_tolerance"), result.explanation
    alone = _one("Chile's trade has doubled since the 2000s.\n\nIn 2022 its exports of goods reached about "
                 "$95 billion.", package, "$95 billion", front="about: Chile\n")
    assert alone.reason == "wider_series"


def test_fuel_combustion_names_the_fuels_part_of_a_fuels_and_cement_series(tmp_path: Path) -> None:
    """'Emissions from fuel combustion' (an energy agency's measure) leave cement out, without repeating
    'fossil fuels': the fuels-and-cement total bounds the figure and cannot contradict it."""
    rows = [{"period": "2021", "value": 22.5e6, "country": "Chile"}]
    emissions = write_package(tmp_path / "reference", [
        {"name": "co2-by-nation", "metric": "national CO2 emissions from fossil fuels and cement manufacture",
         "aliases": ["carbon emissions"], "unit": "t C", "dims": ["country"], "rows": rows}])
    # 22.5 Mt C × 3.664 = 82.4 Mt CO2 for fuels and cement together
    part = _one("Chile's carbon dioxide emissions from fuel combustion were 80.1 million tonnes in 2021.",
                emissions, "80.1 million tonnes")
    assert (part.verdict, part.reason) == (Verdict.needs_review, "wider_series"), part.explanation
    whole = _one("Chile's carbon dioxide emissions were 80.1 million tonnes in 2021.", emissions, "80.1 million tonnes")
    assert whole.verdict is Verdict.contradicted, whole.explanation
