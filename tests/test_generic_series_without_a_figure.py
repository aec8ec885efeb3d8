"""A figure whose sentence names its measure by a generic word alone ('the corresponding average of 3.2 %')
picks a series named by that word (the CO2 files' 'Mean' and 'Average' columns). That series having no row
for the figure's year says nothing of the figure: the measure the text named before it (consumer prices) is
read instead, so a draft naming no place sends the figure to a person, as its neighbours are, and never
calls it unsupported. Sentences written for these tests; the packages are the shared CO2 and CPI ones."""

from __future__ import annotations

import pytest
from conftest import wild_package
from package_support import claim_results

from workbench.models import Verdict

pytestmark = pytest.mark.usefixtures("fresh_reference_cache")

_TEXT = ("Consumer price inflation averaged 6.1% in 2022, the statistics office said. "
         "That was well above the corresponding average of 3.2% in 2021.")


def _results(text: str):  # type: ignore[no-untyped-def]
    return claim_results(text, [wild_package("co2-ppm"), wild_package("inflation")], date=None)


def test_a_generically_named_figure_of_a_draft_naming_no_place_goes_to_a_person() -> None:
    results = _results(_TEXT)
    assert results["3.2%"].verdict is Verdict.needs_review, results["3.2%"].explanation
    assert "place" in results["3.2%"].explanation  # the place is what the reader lacks, as for 6.1%
    assert results["6.1%"].verdict is Verdict.needs_review


def test_the_place_named_before_judges_it_against_that_places_series() -> None:
    results = _results(_TEXT.replace("Consumer price inflation", "Consumer price inflation in Chile"))
    assert results["3.2%"].verdict is not Verdict.unsupported, results["3.2%"].explanation
    assert results["3.2%"].evidence, results["3.2%"].explanation
    assert results["3.2%"].evidence[0].dimensions.get("Country") == "Chile"
