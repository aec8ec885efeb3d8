"""A slow level (a concentration, a population) of a named year that the year's row supports only through
the slack around the stated digits, while the year before's or after's row lies within the digits
themselves, may be that year's figure: a year mix-up ('the 2040 figure, not 2041's') for a person to read —
never a pass, and no alarm either, since writers also round a row up to the figure above."""

from __future__ import annotations

from pathlib import Path

from package_support import claim_results, claim_starting, population_and_gdp, ppm_package

from workbench.models import Verdict

_MEANS = [(2039, 431.62), (2040, 434.21), (2041, 436.41), (2042, 438.53)]


def _station(tmp_path: Path) -> Path:
    return ppm_package(tmp_path / "gas", {"co2-annmean-mlo": ("Year", "year", "Mean", _MEANS)})


def _one(text: str, claim: str, packages: list[Path]):
    return claim_starting(claim_results(text, packages, date="2043-06-01"), claim)


def test_the_year_befores_mean_within_the_digits_is_a_mix_up(tmp_path: Path) -> None:
    result = _one("The annual mean concentration at Mauna Loa was 434 ppm in 2041.", "434", [_station(tmp_path)])
    assert (result.verdict, result.reason) == (Verdict.needs_review, "year_mixup")
    assert [e.period for e in result.evidence[:2]] == ["2041", "2040"]


def test_the_year_afters_mean_within_the_digits_is_a_mix_up(tmp_path: Path) -> None:
    result = _one("The annual mean concentration at Mauna Loa was 438.5 ppm in 2041.", "438.5", [_station(tmp_path)])
    assert (result.verdict, result.reason) == (Verdict.needs_review, "year_mixup")
    assert [e.period for e in result.evidence[:2]] == ["2041", "2042"]


def test_the_named_years_row_within_the_digits_still_supports(tmp_path: Path) -> None:
    station = _station(tmp_path)
    assert _one("The annual mean concentration at Mauna Loa was 436.4 ppm in 2041.", "436.4", [station]).verdict \
        is Verdict.supported
    # rounded coarsely enough that the digits hold the named year's row: the writer rounded, nothing is mixed up
    assert _one("The annual mean concentration at Mauna Loa was 436 ppm in 2041.", "436", [station]).verdict \
        is Verdict.supported
    # 'about' asks for no more than the approximate band
    assert _one("The annual mean concentration at Mauna Loa was about 434 ppm in 2041.", "434", [station]).verdict \
        is Verdict.supported


def test_a_population_of_the_year_before_is_a_mix_up(tmp_path: Path) -> None:
    packages = population_and_gdp(tmp_path, {("Norway", 2040): 6_120_400, ("Norway", 2041): 6_152_900,
                                             ("Norway", 2042): 6_181_700}, {("Norway", 2041): 7.1e11})
    result = _one("Norway's population was 6.12 million in 2041.", "6.12 million", packages)
    assert (result.verdict, result.reason) == (Verdict.needs_review, "year_mixup")
    assert _one("Norway's population was 6.15 million in 2041.", "6.15 million", packages).verdict is Verdict.supported


def test_digits_as_coarse_as_the_slack_are_the_writers_rounding(tmp_path: Path) -> None:
    # '17 million' is rounded to the million: the year before inside it is no sign of a mix-up
    packages = population_and_gdp(tmp_path, {("Norway", 2040): 16_900_000, ("Norway", 2041): 17_550_000},
                                  {("Norway", 2041): 7.1e11})
    assert _one("Norway's population was 17 million in 2041.", "17 million", packages).verdict is Verdict.supported
