"""A country group naming the market a price is set on ('world oil prices', 'global food prices')
is no place a figure is about: a figure with no other place named is for review, never judged
against the World row. Named as the subject ('global inflation', 'the world's'), the group is the place.

A small package of our own: a yearly rate for one country and for the World aggregate.
"""

from __future__ import annotations

from pathlib import Path

import pytest
from test_matching import check_text, write_package

from workbench.models import Verdict

_WORLD = {2020: 3.2, 2021: 4.7, 2022: 8.0}
PACKAGE = [{"name": "prices", "metric": "consumer price inflation", "aliases": ["inflation", "consumer prices"],
            "unit": "%", "dims": ["country"],
            "rows": [{"period": str(y), "value": v, "country": "World"} for y, v in _WORLD.items()]
            + [{"period": str(y), "value": v + 2.1, "country": "Peru"} for y, v in _WORLD.items()]}]


@pytest.fixture(scope="module")
def package(tmp_path_factory: pytest.TempPathFactory) -> Path:
    return write_package(tmp_path_factory.mktemp("markets") / "reference", PACKAGE)


@pytest.mark.parametrize("market", ["world oil prices", "global food prices", "international markets",
                                    "world fuel prices"])
def test_a_group_naming_a_market_in_the_sentence_before_places_nothing(package: Path, market: str) -> None:
    results, _ = check_text("---\ndate: 2023-02-01\n---\n\n"
                            f"Cheaper petrol, in step with {market}, held prices back in December. "
                            "For the whole of 2022, inflation was 8.0%, the statistics office said.\n", package)
    result = results["8.0%"]
    assert result.verdict is Verdict.needs_review
    assert not any((e.dimensions or {}).get("country") == "World" for e in result.evidence[:1])


@pytest.mark.parametrize("sentence", ["Global inflation was 8.0% in 2022.",
                                      "The world's inflation rate reached 8.0% in 2022.",
                                      "Inflation in the world economy was 8.0% in 2022."])
def test_a_group_that_is_the_subject_is_the_place(package: Path, sentence: str) -> None:
    results, _ = check_text(f"---\ndate: 2023-02-01\n---\n\n{sentence}\n", package)
    result = results["8.0%"]
    assert result.verdict is Verdict.supported
    assert (result.evidence[0].dimensions or {}).get("country") == "World"


@pytest.mark.parametrize("cause", ["given", "in light of", "spurred by"])
def test_a_group_behind_a_cause_word_leaves_the_place_named_before(package: Path, cause: str) -> None:
    # 'global' in the cause a sentence gives for its figure is no place: the country named one
    # sentence back is the figure's, and the figure is judged against its row, not the World's
    results, _ = check_text("---\ndate: 2023-02-01\n---\n\n"
                            "The central bank praised Peru for its efforts to contain prices. "
                            f"Inflation rose to 6.8% in 2021, {cause} rebounding demand and rising global "
                            "inflationary pressures.\n", package)
    result = results["6.8%"]
    assert result.verdict is Verdict.supported, result.explanation
    assert (result.evidence[0].dimensions or {}).get("country") == "Peru"


@pytest.mark.parametrize("event", ["the global financial crisis", "the worldwide recession",
                                   "the global pandemic", "the world economic downturn",
                                   "the Middle East respiratory syndrome outbreak"])
def test_a_group_naming_how_far_an_event_reached_leaves_the_place_named_before(package: Path, event: str) -> None:
    # 'global' in the event a figure is dated by says how far the event reached: the country the paragraph
    # before names is the figure's, and its row, not the World's, judges it
    results, _ = check_text("---\ndate: 2023-02-01\n---\n\n"
                            "Prices in Peru rose faster last year than at any time this decade.\n\n"
                            f"The earlier peak came during {event} in 2021, when inflation was 6.8%.\n",
                            package)
    result = results["6.8%"]
    assert result.verdict is Verdict.supported, result.explanation
    assert (result.evidence[0].dimensions or {}).get("country") == "Peru"


def test_a_group_whose_figure_an_event_sentence_gives_is_still_the_place(package: Path) -> None:
    # the event words take away no place the figure's own words give: 'world inflation' is the World's
    results, _ = check_text("---\ndate: 2023-02-01\n---\n\n"
                            "During the financial crisis, world inflation was 8.0% in 2022.\n", package)
    result = results["8.0%"]
    assert result.verdict is Verdict.supported, result.explanation
    assert (result.evidence[0].dimensions or {}).get("country") == "World"
