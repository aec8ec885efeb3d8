"""A fiscal year none of whose calendar years the data holds ('fiscal year 2024/25' where Nepal's rows
end in 2023) is a period outside the data: unsupported, as a calendar year beyond the rows is; a fiscal
year that touches a row's year stays another period for a person. Judged by the World Bank's inflation
package as ../shared ships it."""

from __future__ import annotations

from pathlib import Path

import pytest
from conftest import wild_package
from package_support import claim_results

pytestmark = pytest.mark.usefixtures("fresh_reference_cache")


def _inflation() -> Path:
    return wild_package("inflation")


@pytest.mark.parametrize("date", [None, "2025-09-01"])
def test_a_fiscal_year_after_every_row_is_unsupported(date: str | None) -> None:
    text = "Nepal's average inflation eased to 4.5 percent in fiscal year 2024/25."
    result = claim_results(text, [_inflation()], date=date)["4.5 percent"]
    assert result.verdict.value == "unsupported", result.explanation


def test_a_fiscal_year_touching_a_rows_year_is_another_period() -> None:
    text = "Nepal's average inflation eased to 7.5 percent in fiscal year 2022/23."
    result = claim_results(text, [_inflation()], date="2023-09-01")["7.5 percent"]
    assert (result.verdict.value, result.reason) == ("needs_review", "different_period"), result.explanation
