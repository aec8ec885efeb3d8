"""A headline that states a story's figure again with its year dates the figure the story leaves undated:
the row of that year, when it agrees, supports it; the latest row's disagreement is no staleness."""

from __future__ import annotations

from pathlib import Path

from package_support import claim_results, claim_starting, cpi_package

from workbench.models import Verdict

# invented figures: the latest year (2023) is not the one the story speaks of
_ROWS = {("Norway", 2021): 3.5, ("Norway", 2022): 5.8, ("Norway", 2023): 4.8}
# the sentence names a year, the earlier figure's: no year is carried to this one from the title
_STORY = ("The statistics office said on Tuesday that consumer prices in Norway had risen 5.8 percent on average over the "
          "past twelve months, after 3.5 percent in 2021.")


def _story_under(title: str | None, tmp_path: Path):
    text = f"# {title}\n\n{_STORY}" if title else _STORY
    results = claim_results(text, [cpi_package(tmp_path / "cpi", _ROWS)], date=None)
    result = claim_starting(results, "5.8 percent")
    return result


def test_the_headlines_year_dates_the_same_figure(tmp_path: Path) -> None:
    result = _story_under("Norwegian inflation climbed to 5.8% in 2022", tmp_path)
    assert result.verdict is Verdict.supported
    assert result.evidence[0].period == "2022"


def test_a_headline_dating_the_figure_to_another_year_changes_nothing(tmp_path: Path) -> None:
    result = _story_under("Norwegian inflation climbed to 5.8% in 2021", tmp_path)
    assert result.verdict is Verdict.needs_review


def test_a_headline_with_no_year_changes_nothing(tmp_path: Path) -> None:
    result = _story_under("Norwegian inflation climbed to 5.8%", tmp_path)
    assert result.verdict is Verdict.needs_review
    assert _story_under(None, tmp_path / "bare").verdict is Verdict.needs_review


# the year compared with stands right before the figure: the text gives the figure that year
_COMPARED_ROWS = {("Norway", 2020): 1.3, ("Norway", 2021): 3.5}


def test_a_figure_right_after_the_year_compared_with_is_that_years(tmp_path: Path) -> None:
    text = ("Norwegian consumer prices went up by an average of 3.5% over all of 2021, set against the year of 2020, "
            "a 1.3% rise in prices.")
    results = claim_results(text, [cpi_package(tmp_path / "cpi", _COMPARED_ROWS)], date="2022-01-20")
    result = claim_starting(results, "1.3%")
    assert result.verdict is Verdict.supported, result.explanation
    assert result.evidence[0].period == "2020"


def test_a_figure_of_the_later_year_stays_stale_when_the_older_year_is_farther(tmp_path: Path) -> None:
    text = "Norwegian consumer prices went up by an average of 1.3% over all of 2021, after a calmer 2020."
    results = claim_results(text, [cpi_package(tmp_path / "cpi", _COMPARED_ROWS)], date="2022-01-20")
    assert claim_starting(results, "1.3%").verdict is Verdict.contradicted
