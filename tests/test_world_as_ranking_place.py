"""The world named right after a ranking's place or position ('the 8th place in the global table', 'the
second position in the world list') is the field the ranking is taken in, not the place the figure is
about (places.json ``ranking_words``): the country the paragraph names is. Before, the figure was read
as the world's and failed as a place the data does not cover.

Packages are World Bank-shaped (``conftest.kaz_rus_packages``), figures invented.
"""

from __future__ import annotations

from pathlib import Path

from package_support import claim_results

from workbench.models import Verdict


def test_the_world_after_a_rank_place_is_the_rankings_field(kaz_rus_packages: list[Path]) -> None:
    for text in ("Russia kept its rank in 2021. Its GDP came to $1.84 trillion, the 11th place in the global table.",
                 "Russia kept its rank in 2021. Its GDP came to $1.84 trillion, which is the 11th position in the world."):
        result = next(iter(claim_results(text, kaz_rus_packages, "2022-06-01").values()))
        assert result.verdict is Verdict.supported, (text, result.explanation)
