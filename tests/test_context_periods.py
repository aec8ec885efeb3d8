"""Which period and which measure a reader carries to a figure whose own sentence names neither.

A small package of our own: a wheat harvest in tonnes for two countries over several years, the
latest year (2022) different from the earlier ones, so that a figure read against the wrong year
fails.
"""

from __future__ import annotations

from pathlib import Path

import pytest
from test_matching import check_text, write_package

from workbench.models import Verdict

_HARVEST = {2016: 9.8e6, 2019: 11.4e6, 2021: 12.5e6, 2022: 13.1e6}
PACKAGE = [{"name": "wheat", "metric": "wheat harvest", "aliases": ["harvest of wheat"], "unit": "t",
            "dims": ["country"],
            "rows": [{"period": str(y), "value": v, "country": "Poland"} for y, v in _HARVEST.items()]
            + [{"period": str(y), "value": v / 2, "country": "Chile"} for y, v in _HARVEST.items()]}]


@pytest.fixture(scope="module")
def package(tmp_path_factory: pytest.TempPathFactory) -> Path:
    return write_package(tmp_path_factory.mktemp("wheat") / "reference", PACKAGE)


def _one(body: str, package: Path, claim: str):
    results, _ = check_text(f"---\ndate: 2023-09-01\n---\n\n{body}\n", package)
    return results[claim]


def test_the_year_of_the_sentence_before_is_the_figure_s_and_the_evidence_says_so(package: Path) -> None:
    result = _one("Frost hit Poland's wheat harvest in 2016. Its farms brought in a wheat harvest of 9.8 million tonnes.",
                  package, "9.8 million tonnes")
    assert result.verdict is Verdict.supported
    assert result.evidence[0].period == "2016"
    assert "period 2016 from an earlier sentence of the paragraph" in (result.evidence[0].context or "")
    assert "names no period: period 2016" in result.explanation


def test_without_a_year_before_the_figure_is_read_against_the_latest_year(package: Path) -> None:
    result = _one("Frost hit Poland's wheat harvest. Its farms brought in a wheat harvest of 9.8 million tonnes.",
                  package, "9.8 million tonnes")
    assert result.verdict is not Verdict.supported
    assert "names no period" not in result.explanation


@pytest.mark.parametrize("present", ["now", "currently", "at present"])
def test_a_present_tense_figure_keeps_to_the_draft_s_time(package: Path, present: str) -> None:
    result = _one(f"Frost hit Poland's wheat harvest in 2016. The wheat harvest {present} stands at 13.1 million tonnes.",
                  package, "13.1 million tonnes")
    assert result.verdict is Verdict.supported and result.evidence[0].period == "2022"
    assert "names no period" not in result.explanation


def test_the_sentence_s_own_year_beats_the_one_before(package: Path) -> None:
    result = _one("Frost hit Poland's wheat harvest in 2016. In 2019 the wheat harvest was 11.4 million tonnes.",
                  package, "11.4 million tonnes")
    assert result.verdict is Verdict.supported and result.evidence[0].period == "2019"
    assert "names no period" not in result.explanation


def test_two_years_in_the_sentence_before_carry_neither(package: Path) -> None:
    result = _one("Poland's wheat harvest saw frost in 2016 and drought in 2021. The wheat harvest was 13.1 million tonnes.",
                  package, "13.1 million tonnes")
    assert result.verdict is Verdict.supported and result.evidence[0].period == "2022"


def test_the_year_that_opens_a_sentence_frames_it(package: Path) -> None:
    result = _one("In 2019, Poland's wheat harvest grew 5% more than in the frost year of 2016. "
                  "The wheat harvest came to 11.4 million tonnes.", package, "11.4 million tonnes")
    assert result.verdict is Verdict.supported and result.evidence[0].period == "2019"


def test_the_year_comes_from_the_heading(package: Path) -> None:
    result = _one("## The 2016 season\n\nPoland's wheat harvest was 9.8 million tonnes.", package,
                  "9.8 million tonnes")
    assert result.verdict is Verdict.supported and result.evidence[0].period == "2016"
    assert "from the heading" in (result.evidence[0].context or "")


def test_the_year_comes_from_an_earlier_paragraph(package: Path) -> None:
    result = _one("The frost of 2016 came early for Poland's wheat harvest.\n\nThe wheat harvest was 9.8 million tonnes.",
                  package, "9.8 million tonnes")
    assert result.verdict is Verdict.supported and result.evidence[0].period == "2016"
    assert "from an earlier paragraph" in (result.evidence[0].context or "")


def test_a_pronoun_carries_the_measure_of_the_sentence_before(package: Path) -> None:
    result = _one("Poland's wheat harvest reached 13.1 million tonnes in 2022. A year before, it was 12.5 "
                  "million tonnes.", package, "12.5 million tonnes")
    assert result.evidence and result.evidence[0].resource == "wheat"
    assert result.evidence[0].dimensions["country"] == "Poland"


def test_a_pronoun_carries_measure_and_year_together(package: Path) -> None:
    result = _one("Poland's wheat harvest reached 13.1 million tonnes in 2022. In 2019, it had been 11.4 "
                  "million tonnes.", package, "11.4 million tonnes")
    assert result.verdict is Verdict.supported and result.evidence[0].period == "2019"


def test_without_the_pronoun_a_figure_naming_no_measure_matches_nothing(package: Path) -> None:
    result = _one("Poland's wheat harvest reached 13.1 million tonnes in 2022. In 2019, rain brought 11.4 "
                  "million tonnes of water.", package, "11.4 million tonnes")
    assert result.verdict is not Verdict.supported


def test_a_year_named_for_something_else_is_not_the_figure_s(package: Path) -> None:
    result = _one("Poland's farmers protested in Warsaw in 2016. The wheat harvest is 13.1 million tonnes.",
                  package, "13.1 million tonnes")
    assert result.verdict is Verdict.supported and result.evidence[0].period == "2022"
    assert "names no period" not in result.explanation


def test_the_year_of_the_figure_compared_with_leaves_the_figure_the_year_before(package: Path) -> None:
    body = ("Frost hit Poland's wheat harvest in 2016. Its farms brought in a wheat harvest of 9.8 million tonnes, "
            "compared with 11.4 million tonnes in 2019.")
    result = _one(body, package, "9.8 million tonnes")  # 2016's, not the latest year's 13.1
    assert result.verdict is Verdict.supported and result.evidence[0].period == "2016", result.explanation
    compared = _one(body, package, "11.4 million tonnes")
    assert compared.verdict is Verdict.supported and compared.evidence[0].period == "2019", compared.explanation
    wrong = _one(body.replace("9.8 million", "13.1 million"), package, "13.1 million tonnes")
    assert wrong.verdict is Verdict.contradicted and wrong.evidence[0].period == "2016", wrong.explanation


def test_a_baseline_year_in_between_stops_the_reader(package: Path) -> None:
    result = _one("Frost hit Poland's wheat harvest in 2019. Farmers say the wheat harvest is larger than in "
                  "2016. The wheat harvest was 13.1 million tonnes.", package, "13.1 million tonnes")
    assert result.verdict is Verdict.supported and result.evidence[0].period == "2022"
    assert "names no period" not in result.explanation


def _undated(body: str, package: Path, claim: str):
    results, _ = check_text(f"---\nurl: \"https://example.org/harvests\"\n---\n\n{body}\n", package)
    return results[claim]


@pytest.mark.parametrize("present", ["now", "currently", "at present"])
def test_in_an_undated_draft_now_is_the_latest_year_the_text_before_names(package: Path, present: str) -> None:
    # the time of writing is unknown: 'now' is no earlier than the latest year named before it (2019
    # here, not the latest row of the data); a dated draft keeps 'now' to its date (the test above)
    body = f"Poland's wheat harvest grew from 9.8 million tonnes in 2016 to 11.4 million tonnes in 2019. " \
           f"Chile's wheat harvest {present} stands at {{}} million tonnes."
    right = _undated(body.format("5.7"), package, "5.7 million tonnes")
    assert right.verdict is Verdict.supported, right.explanation
    assert (right.evidence[0].dimensions["country"], right.evidence[0].period) == ("Chile", "2019")
    assert "period 2019 from an earlier sentence of the paragraph" in (right.evidence[0].context or "")
    wrong = _undated(body.format("6.55"), package, "6.55 million tonnes")  # Chile's 2022 figure
    assert wrong.verdict is Verdict.contradicted and wrong.evidence[0].period == "2019", wrong.explanation


def test_in_an_undated_draft_now_with_no_year_before_is_not_given_one(package: Path) -> None:
    result = _undated("Frost hit Poland's wheat harvest. Chile's wheat harvest now stands at 6.55 million tonnes.",
                      package, "6.55 million tonnes")
    assert "names no period" not in result.explanation


_MONTHLY = [{"name": "station", "metric": "carbon dioxide concentration", "aliases": ["CO2 concentration"],
             "unit": "ppm", "dims": [],
             "rows": [{"period": p, "value": v} for p, v in
                      [("2031-02", 438.6), ("2031-03", 439.4), ("2031-04", 440.3), ("2031-05", 441.2)]]}]


@pytest.fixture(scope="module")
def monthly(tmp_path_factory: pytest.TempPathFactory) -> Path:
    return write_package(tmp_path_factory.mktemp("station") / "reference", _MONTHLY)


def test_a_month_named_for_something_else_picks_among_the_agreeing_rows(monthly: Path) -> None:
    # the paragraph before names April but no measure, so it dates no figure; yet of the months that agree with
    # an undated '440 ppm' (March to May), April's is the one a reader takes, not the latest
    body = ("In April the planet passed a worrying milestone.\n\n"
            "At the observatory, the CO2 concentration averaged 440 ppm over a month for the first time.")
    results, _ = check_text(f"---\ndate: 2031-05-31\n---\n\n{body}\n", monthly)
    result = results["440 ppm"]
    assert result.verdict is Verdict.supported, result.explanation
    assert result.evidence[0].period == "2031-04", result.explanation


def test_without_a_month_before_the_latest_agreeing_row_leads(monthly: Path) -> None:
    body = "At the observatory, the CO2 concentration averaged 440 ppm over a month for the first time."
    results, _ = check_text(f"---\ndate: 2031-05-31\n---\n\n{body}\n", monthly)
    result = results["440 ppm"]
    assert result.verdict is Verdict.supported, result.explanation
    assert result.evidence[0].period == "2031-05", result.explanation
