"""A news agency's dateline ('ZURICH (Agency) -', 'Amman, The …', 'Bratislava 12. januára (Agency) -') names the country of its city when the text names
no place: the report was filed there. Cities come from CLDR's time-zone cities (babel) and places.json's
``dateline_cities`` (capitals no zone is named after: 'DEN HAAG'). A place the text names beats it; a first
paragraph naming other places besides leaves the figure unplaced; an opening word that is no known city names
nothing, and so does a city's name before a lower-case word (a sentence opening on a name, no dateline). Sentences
and figures invented here."""

from __future__ import annotations

from pathlib import Path

import pytest
from package_support import cpi_package

from workbench.check import check_draft
from workbench.config import Config, Tolerances
from workbench.drafts import parse_draft
from workbench.models import ClaimResult, Verdict
from workbench.reference.loader import load_reference
from workbench.verify import Reason

ROWS = {("United States", 2022): 8.0, ("Canada", 2022): 6.8, ("Switzerland", 2022): 2.8, ("Jordan", 2017): 3.3, ("Netherlands", 2017): 1.4, ("Philippines", 2022): 5.8,
        ("Lebanon", 2017): 4.5, ("Egypt", 2017): 29.5, ("Slovak Republic", 2023): 10.5, ("Czechia", 2022): 15.1,
        ("Russian Federation", 2022): 13.8}


@pytest.fixture(scope="module")
def cpi(tmp_path_factory: pytest.TempPathFactory) -> list[Path]:
    return [cpi_package(tmp_path_factory.mktemp("cpi") / "cpi", ROWS)]


def _results(text: str, packages: list[Path]) -> list[ClaimResult]:
    draft = parse_draft(f"---\ndate: 2023-03-01\nurl: https://news.example.com/prices\n---\n\n{text}\n".encode(),
                        "draft.md")
    config = Config(root=packages[0].parent, reference=packages, tolerances=Tolerances())
    return check_draft(draft, load_reference(packages), config).results


@pytest.mark.parametrize(("text", "place"), [
    ("ZÜRICH (Newswire) - Consumer prices rose by an average of 2.8% in 2022, the statistics office said.", "Switzerland"),
    ("Amman, The consumer price index rose by an average of 3.3 percent in 2017, official figures showed.", "Jordan"),
    ("DEN HAAG (Newswire) - Consumer prices were on average 1.4 percent higher in 2017 than a year earlier.",
     "Netherlands"),
    # Central European agencies write the day after the city with no comma, in the paper's own language
    ("Bratislava 12. januára (Newswire) - Priemerná ročná inflácia za rok 2023 dosiahla 10,5 percenta.",
     "Slovak Republic"),
    ("Prague 9 January 2023 (Newswire) - Consumer prices rose by an average of 15.1% in 2022.", "Czechia"),
    # the agency between slashes, and the date after a full stop
    ("MOSCOW, 20 January. /Newswire/. Consumer prices rose by an average of 13.8% in 2022.", "Russian Federation"),
    ("MOSCOW. Jan 20 (Newswire) - Consumer prices rose by an average of 13.8% in 2022.", "Russian Federation"),
    # the city in capitals and a dash, the agency left out
    ("ZURICH – Consumer prices rose by an average of 2.8% in 2022, the statistics office said.", "Switzerland"),
    ("AMMAN — The consumer price index rose by an average of 3.3 percent in 2017, official figures showed.", "Jordan"),
])
def test_the_datelines_city_names_its_country(cpi: list[Path], text: str, place: str) -> None:
    [result] = _results(text, cpi)
    assert result.verdict is Verdict.supported, result.explanation
    assert result.evidence[0].dimensions.get("Country") == place
    assert "dateline" in result.explanation


def test_a_later_paragraph_takes_the_country_of_the_dateline(cpi: list[Path]) -> None:
    text = "ZURICH (Newswire) - Inflation slowed in December, the statistics office said.\n\n" \
           "Over the whole of 2022, consumer prices rose by an average of 2.8%."
    [result] = _results(text, cpi)
    assert result.verdict is Verdict.supported, result.explanation
    assert result.evidence[0].dimensions.get("Country") == "Switzerland"


def test_the_place_the_text_names_beats_the_dateline(cpi: list[Path]) -> None:
    [result] = _results("ZURICH (Newswire) - Consumer prices in the Philippines rose by an average of 5.8% in 2022.", cpi)
    assert result.verdict is Verdict.supported, result.explanation
    assert result.evidence[0].dimensions.get("Country") == "Philippines"


def test_a_first_paragraph_naming_other_places_leaves_the_figure_unplaced(cpi: list[Path]) -> None:
    text = "AMMAN (Newswire) - Prices rose fastest in Lebanon and Egypt last year.\n\n" \
           "Consumer prices rose by an average of 3.3 percent in 2017."
    [*_, result] = _results(text, cpi)
    assert result.claim.text == "3.3 percent"
    assert result.reason == Reason.PLACE_UNNAMED.value, result.explanation


@pytest.mark.parametrize("opening", ["Meanwhile, The", "HEADLINE (Newswire) - The", "Chapter 4 (Newswire) - The"])
def test_an_opening_that_is_no_known_city_names_nothing(cpi: list[Path], opening: str) -> None:
    [result] = _results(f"{opening} consumer price index rose by an average of 3.3 percent in 2017.", cpi)
    assert result.reason == Reason.PLACE_UNNAMED.value, result.explanation


@pytest.mark.parametrize("opening", ["Darwin – writing long before any price index – would not have guessed that the", "HEADLINE – The"])
def test_a_dash_after_a_name_not_in_capitals_or_no_city_is_no_dateline(cpi: list[Path], opening: str) -> None:
    [result] = _results(f"{opening} consumer price index rose by an average of 3.3 percent in 2017.", cpi)
    assert result.reason == Reason.PLACE_UNNAMED.value, result.explanation


@pytest.mark.parametrize("opening", ["Darwin, writing long before any price index, would not have guessed it:",
                                     "Phoenix, the bird that rises from its ashes, is how officials put it:"])
def test_a_city_name_before_a_lower_case_word_is_no_dateline(cpi: list[Path], opening: str) -> None:
    [result] = _results(f"{opening} consumer prices rose by an average of 3.3 percent in 2017.", cpi)
    assert result.reason == Reason.PLACE_UNNAMED.value, result.explanation


@pytest.mark.parametrize("dateline", ["Moscow, 20 January. /Newswire/.", "Moscow, January 20. /Newswire/.",
                                      "Moscow (Newswire) -"])
def test_a_dateline_city_written_as_a_name_is_not_the_figures_place(cpi: list[Path], dateline: str) -> None:
    # in title case the city is a place the reader knows, yet it is where the story was filed: its country's figure
    [result] = _results(f"{dateline} Consumer prices in the country rose by an average of 13.8% in 2022.", cpi)
    assert result.verdict is Verdict.supported, result.explanation
    assert result.evidence[0].dimensions.get("Country") == "Russian Federation"


@pytest.mark.parametrize(("dateline", "place"), [
    ("DAYTON, Ohio (Newswire) -", "United States"),
    ("KELOWNA, British Columbia (Newswire) -", "Canada"),
])
def test_a_dateline_naming_a_city_and_its_state_names_the_states_country(cpi: list[Path], dateline: str,
                                                                        place: str) -> None:
    # a city no list holds, then its state or province: the state is where the city lies, the country the figure's
    [result] = _results(f"{dateline} Consumer prices rose by an average of {ROWS[(place, 2022)]}% in 2022.", cpi)
    assert result.verdict is Verdict.supported, result.explanation
    assert result.evidence[0].dimensions.get("Country") == place
    assert "dateline" in result.explanation


def test_a_dateline_paragraph_of_its_own_names_no_state_of_the_figures(cpi: list[Path]) -> None:
    # the dateline stands alone above the story: the state in it is neither the lead's place nor an earlier paragraph's
    text = "DAYTON, Ohio (Newswire) -\n\nConsumer prices rose by an average of 8.0% in 2022, the highest in decades."
    [result] = _results(text, cpi)
    assert result.verdict is Verdict.supported, result.explanation
    assert result.evidence[0].dimensions.get("Country") == "United States"


def test_a_states_own_figure_after_its_dateline_stays_the_states(cpi: list[Path]) -> None:
    text = "DAYTON, Ohio (Newswire) - Consumer prices in Ohio rose by an average of 8.0% in 2022."
    [result] = _results(text, cpi)
    assert result.verdict is Verdict.unsupported, result.explanation
    assert result.reason == Reason.PLACE_NOT_COVERED.value
