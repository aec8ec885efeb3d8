"""A place named after both sides of a comparison in time ('5.1 % in 2021, compared with 6.2 % a year
earlier, in India'; French 'contre … l'année d'avant au …') is said of both figures: the comparison
sets two times of one place against each other, not two places. A comparison with another place's
figure ('compared with 6.2 % in France') still leaves that place to the other figure.

Packages are publisher-shaped, figures invented.
"""

from __future__ import annotations

from pathlib import Path

import pytest
from package_support import claim_results, cpi_package

from workbench.models import Verdict


@pytest.fixture()
def prices(tmp_path: Path) -> Path:
    return cpi_package(tmp_path / "prices", {("Kenya", 2020): 5.4, ("Kenya", 2021): 6.1, ("Zambia", 2020): 15.7,
                                            ("Zambia", 2021): 22.0})


@pytest.mark.parametrize("sentence", [
    "Consumer prices rose 6.1% in 2021, compared with 5.4% a year earlier, in Kenya.",
    "Consumer prices rose 6.1% in 2021 versus 5.4% in 2020 in Kenya.",
    "Les prix à la consommation ont augmenté de 6,1% en 2021 contre 5,4% l'année d'avant au Kenya.",
])
def test_a_place_after_a_comparison_in_time_is_said_of_both_figures(prices: Path, sentence: str) -> None:
    found = claim_results(sentence, [prices], "2022-06-01")
    first, second = sorted(found.values(), key=lambda r: r.claim.start)
    for result, year in ((first, "2021"), (second, "2020")):
        assert result.verdict is Verdict.supported, result.explanation
        assert result.evidence[0].dimensions["Country"] == "Kenya" and result.evidence[0].period == year


def test_the_figure_s_year_before_it_makes_a_comparison_in_time(prices: Path) -> None:
    """'The rate for 2021 was 6.1 %, compared with 5.4 % in 2020, according to the Kenyan office': the figure's
    own year stands before it in its clause; the place after both sides is still said of both figures."""
    found = claim_results("The yearly inflation rate for 2021 was 6.1%, compared with 5.4% in 2020, according to "
                          "the Kenyan statistics bureau.", [prices], "2022-06-01")
    for figure, year in (("6.1%", "2021"), ("5.4%", "2020")):
        assert found[figure].verdict is Verdict.supported, found[figure].explanation
        assert found[figure].evidence[0].dimensions["Country"] == "Kenya" and found[figure].evidence[0].period == year


def test_a_place_after_a_comparison_with_another_figure_stays_that_figures(prices: Path) -> None:
    found = claim_results("Consumer prices rose 6.1% in 2021, compared with 22.0% in Zambia.", [prices], "2022-06-01")
    assert found["6.1%"].verdict is not Verdict.supported
    assert found["22.0%"].evidence[0].dimensions["Country"] == "Zambia"


@pytest.mark.parametrize("other_side", ["last year", "the previous year", "so far this year", "in 2022"])
def test_any_year_the_lexicon_counts_makes_a_comparison_in_time(other_side: str) -> None:
    """The other side's time is a year, or any phrase the lexicon counts years by (relative_years,
    anchored_relative): no phrase is special-cased."""
    from workbench.matching.comparisons import compared_in_time

    sentence = f"Exports fell 3.2% in 2023, compared with 4.8% {other_side}, in Chile."
    claim_end = sentence.index("3.2%") + len("3.2%")
    assert compared_in_time(sentence, claim_end, sentence.index("Chile"))
    places = "Exports fell 3.2% in 2023, compared with 4.8% in Peru."
    assert not compared_in_time(places, claim_end, places.index("Peru"))  # another place, no other time
