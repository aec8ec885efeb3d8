"""A level naming no year, in a dated draft, that only a row years behind the draft fits: the figure
speaks of a period the data does not reach (unsupported, the data's period said), never a silent pass."""

from __future__ import annotations

from pathlib import Path

import pytest
from conftest import dated_draft
from test_matching import check_text, write_package

from workbench.models import Flag, Verdict
from workbench.verify import Reason

_PACKAGE = [
    {"name": "residents", "metric": "population", "aliases": ["residents", "inhabitants"], "kind": "count",
     "dims": ["country"], "unit": "persons",
     "rows": [{"period": "2020-01-01", "value": 5_367_000, "country": "Norway"},
              {"period": "2021-01-01", "value": 5_412_000, "country": "Norway"}]},
    {"name": "census_count", "metric": "census count", "aliases": ["people counted", "counted people"],
     "kind": "count", "dims": ["country"], "unit": "persons",
     "rows": [{"period": "2011-03-27", "value": 3_101_000, "country": "Latvia"},
              {"period": "2021-03-27", "value": 2_702_000, "country": "Latvia"}]},
    {"name": "copper_production", "metric": "copper production", "aliases": ["copper mined", "mined copper"],
     "dims": ["country"], "unit": "t",
     "rows": [{"period": "2020", "value": 5.73e6, "country": "Chile"},
              {"period": "2021", "value": 5.62e6, "country": "Chile"}]},
]


@pytest.fixture(scope="module")
def package(tmp_path_factory: pytest.TempPathFactory) -> Path:
    return write_package(tmp_path_factory.mktemp("behind") / "reference", _PACKAGE)


def _result(body: str, package: Path, claim: str, date: str):
    return check_text(dated_draft(body, date), package)[0][claim]


def test_a_present_count_two_snapshots_behind_the_draft_is_unsupported(package: Path) -> None:
    result = _result("Norway is a sparsely settled country with 5,410,000 residents.", package,
                     "5,410,000", "2023-06-10")
    assert result.verdict is Verdict.unsupported
    assert result.reason == Reason.NEAREST_OTHER_PERIOD.value
    assert result.evidence[0].period == "2021-01-01"
    assert "2023" in result.explanation and "1 January 2021" in result.explanation


def test_a_present_count_one_snapshot_behind_is_still_supported(package: Path) -> None:
    result = _result("Norway is a sparsely settled country with 5,410,000 residents.", package,
                     "5,410,000", "2022-03-02")
    assert result.verdict is Verdict.supported and result.evidence[0].period == "2021-01-01"


def test_a_count_that_names_its_day_keeps_the_old_row(package: Path) -> None:
    result = _result("Norway had 5,410,000 residents on 1 January 2021.", package, "5,410,000",
                     "2023-06-10")
    assert result.verdict is Verdict.supported


def test_a_yearly_level_older_than_the_stale_window_keeps_its_flagged_support(package: Path) -> None:
    # the stale flag already tells the reviewer the row is old: support stays, flagged
    result = _result("Chile produces 5.62 million tonnes of mined copper.", package, "5.62 million tonnes",
                     "2024-05-20")
    assert result.verdict is Verdict.supported and Flag.stale in result.flags


def test_a_census_every_ten_years_owes_no_count_a_year_after_its_last(package: Path) -> None:
    result = _result("Latvia is a small country with 2,700,000 counted people.", package, "2,700,000", "2023-06-10")
    assert result.verdict is Verdict.supported, result.explanation
    assert result.evidence[0].period == "2021-03-27"
