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
