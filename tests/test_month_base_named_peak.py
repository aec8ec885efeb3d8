"""A change over a base figure the sentence names by its year and month ('2.6 ppm above the 2023 peak of
424.0 ppm measured in May 2023', 'above the 2023 peak in May last year') is the change from that month to
the same month a year on, read from the monthly rows — in a dated draft, in an undated one whose 'this
year' the checker could only count from the day it runs, and through a Portuguese gloss. Invented
figures; the sentences are written here."""

from __future__ import annotations

from pathlib import Path

import pytest
from test_matching import check_text, write_package

from workbench.models import Verdict

MONTHS = {"2022-05": 421.0, "2023-04": 423.4, "2023-05": 424.0, "2024-04": 426.0, "2024-05": 426.9}


@pytest.fixture(scope="module")
def package(tmp_path_factory: pytest.TempPathFactory) -> Path:
    return write_package(tmp_path_factory.mktemp("ppm") / "reference", [
        {"name": "co2-monthly", "metric": "monthly mean carbon dioxide at the observatory", "unit": "ppm",
         "aliases": ["co2 concentration", "carbon dioxide peak"],
         "rows": [{"period": p, "value": v} for p, v in MONTHS.items()]},
        {"name": "co2-growth", "metric": "annual increase of carbon dioxide", "unit": "ppm", "kind": "change",
         "aliases": ["co2 growth"], "rows": [{"period": "2023", "value": 3.4}, {"period": "2024", "value": 2.2}]}])


def _one(text: str, package: Path, figure: str):
    return check_text(text, package)[0][figure]


DATED = "---\ndate: 2024-06-15\n---\n\n"
SENTENCES = [
    # the base's year before its noun, its figure after it, the month with its year
    DATED + "This year's carbon dioxide peak at the observatory was 2.9 ppm above the 2023 peak of 424.0 ppm "
            "measured in May 2023.",
    # the month without its year: 'last year', the noun's year
    DATED + "This year's carbon dioxide peak at the observatory stood 2.9 ppm above the 2023 peak in May last year.",
    # undated: 'this year' has no year the text gives, the base month says which
    "Carbon dioxide at the observatory keeps rising.\n\nThis year's carbon dioxide peak stood 2.9 ppm above "
    "the 2023 peak in May last year.",
    # Portuguese, glossed: 'em maio de 2023' is 'in May of 2023'
    DATED + "O pico de dióxido de carbono no observatório foi este ano 2,9 ppm superior ao pico de 424,0 ppm "
            "registado em maio de 2023.",
]


@pytest.mark.parametrize("text", SENTENCES)
def test_a_change_over_a_named_peak_is_read_month_to_month(package: Path, text: str) -> None:
    figure = "2,9 ppm" if "2,9 ppm" in text else "2.9 ppm"
    result = _one(text, package, figure)  # 426.9 − 424.0 (May to May), not the 2024 annual increase 2.2
    assert result.verdict is Verdict.supported, result.explanation
    assert result.evidence[0].period == "2024-05", result.explanation
    wrong_figure = figure.replace("9", "2")  # 2.2: the annual increase of 2024, not the May-to-May change
    wrong = _one(text.replace(figure, wrong_figure), package, wrong_figure)
    assert wrong.verdict is not Verdict.supported, wrong.explanation
    if text.startswith(DATED):  # undated, the year's row of the run day's reading stays a rival: for a person
        assert wrong.verdict is Verdict.contradicted and wrong.evidence[0].period == "2024-05", wrong.explanation


def test_two_years_that_disagree_name_no_base_month(package: Path) -> None:
    # 'the 2022 peak … in May 2023': the sentence itself is unclear about the base, read as before
    text = DATED + "This year's carbon dioxide peak at the observatory was 2.9 ppm above the 2022 peak of 421.0 ppm " \
                   "measured in May 2023."
    result = _one(text, package, "2.9 ppm")
    assert not (result.verdict is Verdict.supported and result.evidence[0].period == "2024-05"), result.explanation


def test_a_change_dated_to_the_year_so_far_is_the_base_months_a_year_on(tmp_path: Path) -> None:
    """'The peak so far this year was 2.9 ppm higher than the … peak reached in May 2023' (January–June 2024
    as written): the part of the year holds the base's month a year on, which is the figure's month — not
    the part's last month, June, whose change from a year before is another figure."""
    months = {**MONTHS, "2023-06": 423.1, "2024-06": 427.6}  # June on June: 4.5 ppm
    package = write_package(tmp_path / "reference", [
        {"name": "co2-monthly", "metric": "monthly mean carbon dioxide at the observatory", "unit": "ppm",
         "aliases": ["co2 concentration", "carbon dioxide peak"],
         "rows": [{"period": p, "value": v} for p, v in months.items()]}])
    text = DATED + ("The carbon dioxide peak so far this year was 2.9 ppm higher than the 424.0 ppm peak reached "
                    "in May 2023.")
    result = _one(text, package, "2.9 ppm")
    assert result.claim.period == "2024-01/2024-06", result.claim.period  # as written; the check reads May
    assert result.verdict is Verdict.supported, result.explanation
    assert result.evidence[0].period == "2024-05", result.explanation
    wrong = _one(text.replace("2.9 ppm", "3.5 ppm"), package, "3.5 ppm")
    assert wrong.verdict is Verdict.contradicted and wrong.evidence[0].period == "2024-05", wrong.explanation
