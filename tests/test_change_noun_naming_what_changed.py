"""A change noun may name what changed before its figure: 'a growth in emissions of 12%', 'a fall in the
exports of 3%' is a change, checked as the change between two years, as 'a growth of 12%' is; 'the rise in
the base rate of 5%' is still the rate's level. The sentences are written here; the figures invented."""

from __future__ import annotations

from pathlib import Path

import pytest
from extraction_helpers import one_claim
from test_matching import check_text, write_package

from workbench.models import Direction, Kind, Verdict


@pytest.mark.parametrize("sentence, direction", [
    ("Freight volumes showed a growth in shipments of 12.5% last year.", Direction.up),
    ("The ministry reported a fall in the exports of grain of 3.2% in 2021.", Direction.down),
    ("Officials recorded an increase in emissions of 8% between 2019 and 2020.", Direction.up),
])
def test_a_change_noun_then_what_changed_makes_a_change(sentence: str, direction: Direction) -> None:
    claim = one_claim(sentence)
    assert claim.kind is Kind.change and claim.direction is direction, (claim.kind, claim.direction)


def test_a_change_noun_before_a_rate_leaves_the_rate_a_level() -> None:
    claim = one_claim("After the rise in the base rate of 5.25%, lenders raised their prices.")
    assert claim.kind is not Kind.change


@pytest.fixture(scope="module")
def package(tmp_path_factory: pytest.TempPathFactory) -> Path:
    return write_package(tmp_path_factory.mktemp("emissions") / "reference", [
        {"name": "emissions", "metric": "carbon dioxide emissions", "unit": "t", "dims": ["country"],
         "rows": [{"period": "2019", "country": "Chile", "value": 1000.0},
                  {"period": "2020", "country": "Chile", "value": 1080.0},
                  {"period": "2020", "country": "Peru", "value": 700.0}]}])


def _checked(figure: str, package: Path):
    body = (f"Chile's carbon dioxide emissions climbed between 2019 and 2020, a growth in emissions of {figure}, "
            f"the agency said.")
    return check_text(f"---\ndate: 2021-06-01\n---\n\n{body}\n", package)[0][figure]


def test_a_growth_in_the_measure_the_rows_give_is_supported(package: Path) -> None:
    result = _checked("8%", package)
    assert result.verdict is Verdict.supported, result.explanation


def test_a_growth_in_the_measure_the_rows_refute_is_contradicted(package: Path) -> None:
    result = _checked("45%", package)
    assert result.verdict is Verdict.contradicted, result.explanation
