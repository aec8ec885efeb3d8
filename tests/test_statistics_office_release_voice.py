"""A statistics office's release as the press reports it: the country named with the office's acronym
('Vietnam's GSO'; the acronym alone is no alias, other offices share it) places the year's rate in the
next sentence, judged by that country's row; 'basic inflation', the office's word for core
inflation, is a series the headline row cannot judge (data/lexicon.json price_components)."""

from __future__ import annotations

from pathlib import Path

from package_support import claim_results, cpi_package

from workbench.models import Verdict

RELEASE = ("At a briefing held by Vietnam's GSO on Friday, its deputy head said prices in December were 0.4 percent "
           "higher than a year earlier. The 2030 CPI rose by 2.84 percent from 2029 while basic inflation "
           "climbed by 1.95 percent.")


def test_the_offices_acronym_places_the_next_sentence(tmp_path: Path) -> None:
    cpi = cpi_package(tmp_path / "cpi", {("Vietnam", 2030): 2.84, ("Vietnam", 2029): 3.1, ("World", 2030): 1.95})
    results = claim_results(RELEASE, [cpi], date="2031-01-05")
    assert results["2.84 percent"].verdict is Verdict.supported, results["2.84 percent"].explanation
    assert results["1.95 percent"].verdict is Verdict.unsupported, results["1.95 percent"].explanation
