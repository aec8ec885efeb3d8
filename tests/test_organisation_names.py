"""Who publishes a figure is no part of what it measures: the words of an organisation's proper name
('the National Bureau of Statistics') never match a series, while the places inside it stay places."""

from __future__ import annotations

from pathlib import Path

from test_matching import check_text, write_package

from workbench.matching.proper_names import organisation_names
from workbench.models import Verdict

PACKAGE = [
    {"name": "fisheries_exports", "metric": "national fisheries exports", "dims": ["country"], "unit": "USD",
     "rows": [{"period": "2021", "value": 4.1e9, "country": "Chile"},
              {"period": "2021", "value": 9.6e9, "country": "Norway"}]},
    {"name": "salmon_exports", "metric": "salmon exports", "dims": ["country"], "unit": "USD",
     "rows": [{"period": "2021", "value": 3.4e9, "country": "Chile"}]},
]


def names(text: str) -> list[str]:
    return [text[start:end] for start, end in organisation_names(text)]


def test_an_organisations_name_is_found_in_running_text_only() -> None:
    assert names("Prices rose, according to the National Fisheries Export Office of Chile.") == [
        "National Fisheries Export Office of Chile"]
    assert names("Statistics Norway said prices rose.") == ["Statistics Norway"]
    # one capitalised word is no name; a possessive ends one; a heading in title case is read as it stands
    assert names("Office rents rose by 4 percent.") == []
    assert names("The Export Board’s fisheries index rose.") == ["The Export Board’s"]
    assert names("Fisheries Export Office Sees Prices Rising") == []
    # a date ends a name: its month is the figure's period, no word of the publisher's
    assert names("Rates rose, the Central Bank May 2024 bulletin said.") == ["Central Bank"]


def test_a_publishers_name_does_not_name_the_measure(tmp_path: Path) -> None:
    package = write_package(tmp_path / "pkg", PACKAGE)
    text = "Farm sales reached 4.3 billion dollars in 2021, according to the National Fisheries Export Office of Chile.\n"
    results, _ = check_text(text, package)
    result = results["4.3 billion dollars"]
    # the packages hold no farm sales: the office's 'National Fisheries Export' must not make the figure
    # the fisheries exports' (4.1 billion, a false contradiction)
    assert result.verdict is Verdict.unsupported and result.reason == "no_match"
    assert not result.evidence


def test_a_place_inside_the_publishers_name_still_places_the_figure(tmp_path: Path) -> None:
    package = write_package(tmp_path / "pkg", PACKAGE)
    text = "Salmon exports reached 3.4 billion dollars in 2021, the National Statistics Institute of Chile said.\n"
    results, _ = check_text(text, package)
    result = results["3.4 billion dollars"]
    assert result.verdict is Verdict.supported
    assert result.evidence[0].resource == "salmon_exports"


def test_a_weekday_ends_a_name() -> None:
    # wire copy dates what a publisher said with its day: the day is no word of the publisher's name
    assert names("Lending slowed, the Federal Reserve Bank of Atlanta on Tuesday said.") == [
        "Federal Reserve Bank of Atlanta"]
    assert names("Output grew, the Statistics Bureau Friday reported.") == ["Statistics Bureau"]


def test_a_group_before_a_weekday_is_no_title() -> None:
    from workbench.matching.proper_names import in_proper_name

    text = "Diesel prices across Europe Thursday rose 4 percent."
    start = text.index("Europe")
    assert not in_proper_name(text, start, start + len("Europe"))
    titled = "Diesel prices, the Europe Energy Review says, rose 4 percent."
    start = titled.index("Europe")
    assert in_proper_name(titled, start, start + len("Europe"))
