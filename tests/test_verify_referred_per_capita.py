"""A sentence that refers back ('this figure was a record 7.5 thousand dollars') measures what the
sentence before it measured — per capita when that one said so — and 'since 2013 – then …' speaks
of 2013.

A small package of our own: GDP in dollars and population for one country.
"""

from __future__ import annotations

from pathlib import Path

import pytest
from test_matching import check_text, write_package

from extraction_helpers import claims_in
from workbench.models import Verdict

_GDP = {2013: 240e9, 2021: 200e9, 2022: 225e9}
_PEOPLE = {2013: 32e6, 2021: 33.5e6, 2022: 34e6}
PACKAGE = [{"name": "gdp", "metric": "GDP", "aliases": ["gross domestic product"], "unit": "USD", "dims": ["country"],
            "rows": [{"period": str(y), "value": v, "country": "Peru"} for y, v in _GDP.items()]},
           {"name": "population", "metric": "population", "unit": "persons", "kind": "count", "dims": ["country"],
            "rows": [{"period": str(y), "value": v, "country": "Peru"} for y, v in _PEOPLE.items()]}]


@pytest.fixture(scope="module")
def package(tmp_path_factory: pytest.TempPathFactory) -> Path:
    return write_package(tmp_path_factory.mktemp("percapita") / "reference", PACKAGE)


def _text(figure: str) -> str:
    return ("---\ndate: 2023-05-20\n---\n\nGDP per capita in Peru last year came to $6.6 thousand. This was the "
            f"highest level since 2013 – then this figure was a record {figure} thousand dollars.\n")


def test_a_figure_referring_back_to_a_per_capita_one_is_per_capita(package: Path) -> None:
    assert round(_GDP[2013] / _PEOPLE[2013]) == 7500
    results, _ = check_text(_text("7.5"), package)
    result = results["7.5 thousand dollars"]
    assert result.verdict is Verdict.supported
    assert result.evidence[0].period == "2013" and result.evidence[0].value == pytest.approx(7500)


def test_a_wrong_figure_referring_back_is_contradicted_per_capita(package: Path) -> None:
    results, _ = check_text(_text("8.4"), package)
    result = results["8.4 thousand dollars"]
    assert result.verdict is Verdict.contradicted and result.evidence[0].value == pytest.approx(7500)


@pytest.mark.parametrize("joint", [" – then", ", when", " - then"])
def test_a_baseline_year_opening_a_then_clause_owns_its_figure(joint: str) -> None:
    [claim] = claims_in(f"---\ndate: 2023-05-20\n---\n\nIt was the best since 2013{joint} exports hit 7.5 million.\n")
    assert claim.period == "2013"
