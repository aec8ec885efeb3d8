"""Korean copy names Korea '우리나라' (one word, the South's spelling and its name for the country, whatever the
paper's host): the figure is Korea's, as when the text says 'Korea'. Written apart, '우리 나라' is plain 'our
country' and names no place by itself. The package is World Bank-shaped, its figures invented; the sentences
are written here."""

from __future__ import annotations

from pathlib import Path

import pytest
from package_support import claim_results, cpi_package

from workbench.models import Verdict

ROWS = {("South Korea", 2021): 2.5, ("South Korea", 2022): 5.1, ("Japan", 2022): 2.5, ("Chile", 2022): 11.6}


@pytest.fixture(scope="module")
def cpi(tmp_path_factory: pytest.TempPathFactory) -> Path:
    return cpi_package(tmp_path_factory.mktemp("korea") / "cpi", ROWS)


def test_woori_nara_is_korea(cpi: Path) -> None:
    result = claim_results("우리나라의 2022년 연간 소비자물가 상승률은 5.1%를 기록했다.", [cpi])["5.1%"]
    assert result.verdict is Verdict.supported, result.explanation
    assert result.evidence[0].dimensions.get("Country") == "South Korea"
    # another figure is judged against Korea's row too, never passed as another country's
    other = claim_results("우리나라의 2022년 연간 소비자물가 상승률은 6.3%를 기록했다.", [cpi])["6.3%"]
    assert other.verdict is not Verdict.supported and other.evidence[0].dimensions.get("Country") == "South Korea"


def test_our_country_written_apart_names_no_place(cpi: Path) -> None:
    result = claim_results("우리 나라의 2022년 연간 소비자물가 상승률은 5.1%를 기록했다.", [cpi])["5.1%"]
    assert result.verdict is Verdict.needs_review, result.explanation
