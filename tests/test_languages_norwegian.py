"""Norwegian (Bokmål) copy is read through its glossary (languages.json ``no``): a rate it states for a
year is judged by that year's row; one the year 'ended at' ('endte på') is the year's close, for review
against the annual average, not a contradiction; a region it names ('Øst-Afrika') is a place the data
may not cover. Before, such a sentence was taken for Italian and left unread (or called unsupported).

Packages are World Bank-shaped (``package_support.cpi_package``), figures invented.
"""

from __future__ import annotations

from pathlib import Path

from package_support import claim_results

from workbench.models import Verdict


def test_a_norwegian_rate_for_a_year_is_judged_by_its_row(cpi: Path) -> None:
    right = claim_results("Inflasjonen i Norge var 5,8 prosent i 2022, ifølge statistikkbyrået.", [cpi], "2023-02-10")
    wrong = claim_results("Inflasjonen i Norge var i gjennomsnitt 6,3 prosent i 2022, ifølge statistikkbyrået.", [cpi], "2023-02-10")
    assert right["5,8 prosent"].verdict is Verdict.supported, right["5,8 prosent"].explanation
    assert wrong["6,3 prosent"].verdict is Verdict.contradicted, wrong["6,3 prosent"].explanation


def test_the_rate_a_year_ended_at_is_its_close(cpi: Path) -> None:
    found = claim_results("Inflasjonen i Chile endte på 12,8 prosent i fjor.", [cpi], "2023-01-20")
    assert found["12,8 prosent"].verdict is Verdict.needs_review, found["12,8 prosent"].explanation
    assert "December 2022" in found["12,8 prosent"].explanation


def test_a_region_the_data_does_not_hold_is_unsupported(cpi: Path) -> None:
    found = claim_results("Prisene økte mest i Øst-Afrika, der inflasjonen i gjennomsnitt var 25,3 prosent i 2022.",
                          [cpi], "2023-02-10")
    assert found["25,3 prosent"].verdict is Verdict.unsupported, found["25,3 prosent"].explanation
    assert "East Africa" in found["25,3 prosent"].explanation  # the place it names, not words it could not read
