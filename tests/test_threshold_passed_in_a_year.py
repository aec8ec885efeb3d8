"""'The 420 ppm mark was broken in 2021': a threshold passed in a year (invented figures). The station's
yearly mean first passes the mark that year, but its monthly means passed it the year before: which
record's crossing the writer meant is for a person, not support by the yearly mean. When no month
passed it before the year, the yearly mean's support stands; a figure not called a passed mark is
judged as before. The other way round, a year whose mean stays below the mark while its monthly means pass it
for the first time ('passed the 420 ppm mark for the first time in 2020'; Vietnamese 'vượt qua ngưỡng') is that
month's crossing, supported by the month; a mark the months passed a year before is no crossing of that year."""

from __future__ import annotations

from pathlib import Path

import pytest
from package_support import claim_results, ppm_package

from workbench.models import Verdict

ANNUAL = [(2019, 415.1), (2020, 418.2), (2021, 420.6)]
MONTHS = [(f"{year}-{month:02d}", base + (2.5 if month in (4, 5, 6) else 0.0))
          for year, base in ((2019, 414.0), (2020, 417.8), (2021, 420.3)) for month in range(1, 13)]


@pytest.fixture(scope="module")
def station(tmp_path_factory: pytest.TempPathFactory) -> Path:
    return ppm_package(tmp_path_factory.mktemp("mark") / "gas", {
        "co2-annmean-mlo": ("Year", "year", "Mean", ANNUAL),
        "co2-mm-mlo": ("Date", "string", "Average", MONTHS)})


def test_a_mark_the_monthly_means_passed_a_year_before_is_for_a_person(station: Path) -> None:
    text = "At the Mauna Loa observatory, the 420 ppm mark for carbon dioxide was broken in 2021."
    result = claim_results(text, [station], date="2023-06-01")["420 ppm"]
    assert result.verdict is Verdict.needs_review, result.explanation
    assert result.evidence[0].period == "2021"
    assert "May 2020" in result.explanation or "April 2020" in result.explanation, result.explanation


def test_a_mark_no_month_passed_before_its_year_stays_supported(station: Path) -> None:
    text = "At the Mauna Loa observatory, the 418 ppm mark for carbon dioxide was crossed in 2020."
    result = claim_results(text, [station], date="2023-06-01")["418 ppm"]
    assert result.verdict is Verdict.supported, result.explanation


def test_a_years_mean_not_called_a_passed_mark_is_judged_as_before(station: Path) -> None:
    text = "At the Mauna Loa observatory, carbon dioxide averaged 420.6 ppm in 2021."
    result = claim_results(text, [station], date="2023-06-01")["420.6 ppm"]
    assert result.verdict is Verdict.supported, result.explanation


# A year whose mean stays below the mark while its spring months pass it for the first time.
FIRST_ANNUAL = [(2019, 406.0), (2020, 413.0)]
FIRST_MONTHS = [(f"{year}-{month:02d}", base + spring.get(month, 0.0) + month / 100)
                for year, base, spring in ((2019, 405.0, {4: 6.0, 5: 6.5, 6: 5.0}),
                                           (2020, 412.0, {4: 8.1, 5: 9.0, 6: 7.0}))
                for month in range(1, 13)]


@pytest.fixture(scope="module")
def first_crossing(tmp_path_factory: pytest.TempPathFactory) -> Path:
    return ppm_package(tmp_path_factory.mktemp("first") / "gas", {
        "co2-annmean-mlo": ("Year", "year", "Mean", FIRST_ANNUAL),
        "co2-mm-mlo": ("Date", "string", "Average", FIRST_MONTHS)})


@pytest.mark.parametrize(("text", "claim"), [
    ("In 2020, carbon dioxide at the Mauna Loa observatory passed the 420 ppm mark for the first time.",
     "420 ppm"),
    # Vietnamese and Indonesian copy: 'vượt qua ngưỡng', 'melewati angka' (passed the mark)
    ("Năm 2020, đài quan sát Mauna Loa lần đầu tiên ghi nhận nồng độ CO2 vượt qua ngưỡng 420 ppm.", "420 ppm"),
])
def test_a_mark_first_passed_by_a_month_of_the_year_is_that_months(first_crossing: Path, text: str,
                                                                     claim: str) -> None:
    result = claim_results(text, [first_crossing], date="2023-06-01")[claim]
    assert result.verdict is Verdict.supported, result.explanation
    assert result.evidence[0].period == "2020-04", result.evidence


def test_a_mark_the_months_passed_in_an_earlier_year_is_still_contradicted(first_crossing: Path) -> None:
    # April 2019 reached 411: the months passed 410 a year before 2020, so 2020 is no first crossing
    text = "At the Mauna Loa observatory, carbon dioxide passed the 410 ppm mark for the first time in 2020."
    result = claim_results(text, [first_crossing], date="2023-06-01")["410 ppm"]
    assert result.verdict is not Verdict.supported, result.explanation


@pytest.mark.parametrize(("text", "claim"), [
    # the figure itself crossed in its own clause, no mark noun: 'first went past 420 ppm in 2020'
    ("The Mauna Loa observatory has sampled the air since 1958. Its carbon dioxide readings first crossed "
     "420 ppm in 2020 and have climbed since.", "420 ppm"),
    # Korean copy: '420ppm을 넘긴' (passed 420 ppm), the station in the sentence before
    ("마우나로아 관측소는 1958년부터 이산화탄소 농도를 측정했다. 이산화탄소 농도는 2020년 처음으로 420ppm을 넘긴 뒤 계속 올랐다.",
     "420ppm"),
])
def test_a_figure_first_passed_in_its_own_clause_is_that_months(first_crossing: Path, text: str, claim: str) -> None:
    result = claim_results(text, [first_crossing], date="2023-06-01")[claim]
    assert result.verdict is Verdict.supported, result.explanation
    assert result.evidence[0].period == "2020-04", result.evidence


def test_a_figure_the_sentence_does_not_say_was_passed_is_judged_as_before(first_crossing: Path) -> None:
    # a passing verb for another figure of the sentence does not make this one a mark
    text = "At the Mauna Loa observatory, carbon dioxide averaged 420 ppm in 2020, and the rise passed 7 ppm."
    result = claim_results(text, [first_crossing], date="2023-06-01")["420 ppm"]
    assert result.verdict is not Verdict.supported, result.explanation


# The world's yearly and monthly means pass 420 in 2021; a station's months passed it in 2020 already.
WORLD_ANNUAL = [(2020, 416.0), (2021, 420.4)]
WORLD_MONTHS = [(f"{year}-{month:02d}", base + (0.5 if month in (3, 4, 5) else 0.0))
                for year, base in ((2020, 415.8), (2021, 420.1)) for month in range(1, 13)]


@pytest.fixture(scope="module")
def world_and_station(tmp_path_factory: pytest.TempPathFactory) -> Path:
    return ppm_package(tmp_path_factory.mktemp("world") / "gas", {
        "co2-annmean-gl": ("Year", "year", "Mean", WORLD_ANNUAL),
        "co2-mm-gl": ("Date", "string", "Average", WORLD_MONTHS),
        "co2-annmean-mlo": ("Year", "year", "Mean", ANNUAL),
        "co2-mm-mlo": ("Date", "string", "Average", MONTHS)})


def test_the_worlds_crossing_is_not_held_to_a_stations_months(world_and_station: Path) -> None:
    # the sentence names the world's air: a station's earlier spring months are another record's crossing
    text = "The global carbon dioxide concentration broke through 420 ppm in 2021, the network's observers said."
    result = claim_results(text, [world_and_station], date="2023-06-01")["420 ppm"]
    assert result.verdict is Verdict.supported, result.explanation
    assert result.evidence[0].period == "2021", result.evidence


# A yearly mean a little short of the mark, which it supports only within the tolerance, while the monthly
# means passed the mark a year before.
SHORT_ANNUAL = [(2020, 418.6), (2021, 419.6)]
SHORT_MONTHS = [(f"{year}-{month:02d}", base + (2.0 if month in (4, 5, 6) else 0.0))
                for year, base in ((2020, 418.3), (2021, 419.4)) for month in range(1, 13)]


@pytest.fixture(scope="module")
def short_of_the_mark(tmp_path_factory: pytest.TempPathFactory) -> Path:
    return ppm_package(tmp_path_factory.mktemp("short") / "gas", {
        "co2-annmean-mlo": ("Year", "year", "Mean", SHORT_ANNUAL),
        "co2-mm-mlo": ("Date", "string", "Average", SHORT_MONTHS)})


def test_a_yearly_mean_short_of_the_mark_is_not_said_to_be_past_it(short_of_the_mark: Path) -> None:
    # 419.6 is within the tolerance of 420, not past it: the explanation says what the row holds
    text = "At the Mauna Loa observatory, the 420 ppm mark for carbon dioxide was broken in 2021."
    result = claim_results(text, [short_of_the_mark], date="2023-06-01")["420 ppm"]
    assert result.verdict is Verdict.needs_review, result.explanation
    assert "past the mark" not in result.explanation, result.explanation
    assert "just short of the mark, within the tolerance of '420 ppm'" in result.explanation, result.explanation
    assert "April 2020" in result.explanation, result.explanation


def test_a_yearly_mean_past_the_mark_is_said_to_be_past_it(station: Path) -> None:
    text = "At the Mauna Loa observatory, the 420 ppm mark for carbon dioxide was broken in 2021."
    result = claim_results(text, [station], date="2023-06-01")["420 ppm"]
    assert "a yearly mean past the mark '420 ppm'" in result.explanation, result.explanation
