"""'Compared with 2020, annual inflation also rose: Norway reached 3.5 %' in a draft with no date and no
text above naming a year: the sentence's only year is the one the figure is compared with, so a year's
rate is of the year after it — not of the latest row the data holds. Without words of a year's rate
('Compared with 1990, emissions fell 40 %') the change may run to any later year, and a sentence that
speaks of now ('has risen to') is today's. Invented figures; the sentences are written here."""

from __future__ import annotations

from pathlib import Path

import pytest
from package_support import claim_results, publisher_package

from workbench.models import Verdict

RATES = {("Norway", 2020): 1.3, ("Norway", 2021): 3.5, ("Norway", 2022): 5.8, ("Norway", 2023): 5.5}


@pytest.fixture(scope="module")
def package(tmp_path_factory: pytest.TempPathFactory) -> Path:
    return publisher_package(tmp_path_factory.mktemp("prices") / "prices", "prices",
                             "Inflation, consumer prices (annual %)", "Inflation", RATES)


@pytest.mark.parametrize("text", [
    "Compared with 2020, annual inflation also climbed in the Nordic economies: Norway reached {figure}.",
    "Norway's annual inflation climbed to {figure} compared to 2020, the statistics office said.",
])
def test_a_years_rate_compared_with_a_year_is_the_year_after(package: Path, text: str) -> None:
    right = claim_results(text.format(figure="3.5 %"), [package], date=None)["3.5 %"]
    assert right.verdict is Verdict.supported, right.explanation
    assert right.evidence[0].period == "2021"
    assert "year after the one its sentence compares it with" in right.explanation
    wrong = claim_results(text.format(figure="7.9 %"), [package], date=None)["7.9 %"]
    assert wrong.verdict is Verdict.contradicted, wrong.explanation
    assert wrong.evidence[0].period == "2021"


@pytest.mark.parametrize("text", [
    # no words of a year's rate: the comparison may run from 2020 to any later year
    "Compared with 2020, prices in Norway were up by 7.9 %.",
    # 'has climbed': the time of writing, which an undated draft does not give
    "Compared with 2020, annual inflation in Norway has climbed to 7.9 %.",
])
def test_no_year_after_the_base_without_a_years_rate(package: Path, text: str) -> None:
    result = claim_results(text, [package], date=None)["7.9 %"]
    assert result.verdict is not Verdict.contradicted, result.explanation
    assert "year after the one its sentence compares it with" not in result.explanation


def test_a_year_named_above_dates_the_figure_first(package: Path) -> None:
    text = ("Prices in Norway rose fast in 2023.\n\n"
            "Compared with 2020, annual inflation also climbed: Norway reached 5.5 %.")
    result = claim_results(text, [package], date=None)["5.5 %"]
    assert result.verdict is Verdict.supported, result.explanation
    assert result.evidence[0].period == "2023"
