"""A two-digit figure after a year and 'and'/'to'/a dash: a later year's tail ('2019-20', '1998–99',
'2021 and 22') only where a reader takes it so, never a count ('2021 and 12 schools') or no later year
('2021 and 12.'), whichever language the sentence was written in.

A small package of our own: a country's unemployment rate in 2012, 2021 and 2022, so a figure read against
a wrong period ('2012/2021') fails or finds nothing.
"""

from __future__ import annotations

from pathlib import Path

import pytest
from test_matching import check_text, write_package

from workbench.extraction import extract_text
from workbench.models import Verdict

PACKAGE = [{"name": "unemployment", "metric": "unemployment rate", "unit": "%", "dims": ["country"],
            "rows": [{"period": str(y), "value": v, "country": "Poland"}
                     for y, v in {2012: 10.1, 2021: 3.4, 2022: 2.9}.items()]}]


@pytest.fixture(scope="module")
def package(tmp_path_factory: pytest.TempPathFactory) -> Path:
    return write_package(tmp_path_factory.mktemp("jobs") / "reference", PACKAGE)


def _periods(text: str) -> dict[str, str | None]:
    return {c.text: c.period for c in extract_text(text)}


@pytest.mark.parametrize("sentence", [
    "Grain sales climbed 6 % in 2021 and 12 schools opened in the valley.",  # no later year, a noun after
    "Grain sales climbed 6 % in 2021 and 40 new silos were built.",          # a later year's digits, a noun after
    "Grain sales climbed 6 % in 2021 and 12 in the year after.",             # a word after: the next figure's clause
    "Grain sales climbed 6 % in 2021 and 12.",                               # 2012 is no later year
    "Grain sales climbed 6 % in 2021 and 15 per cent in 2022.",
])
def test_a_count_after_a_joining_word_leaves_the_year_alone(sentence: str) -> None:
    assert _periods(sentence)["6 %"] == "2021"


@pytest.mark.parametrize(("sentence", "period"), [
    ("Grain sales climbed 6 % in 2019-20, the board said.", "2019/2020"),
    ("Grain sales climbed 6 % in the 2019-20 season.", "2019/2020"),   # a dash span names the season after it
    ("Grain sales climbed 6 % over 1998–99.", "1998/1999"),
    ("Grain sales climbed 6 % over 1999–00.", "1999/2000"),            # the century turned
    ("Grain sales climbed 6 % in 2021 and 22, the board said.", "2021/2022"),
    ("Grain sales climbed 6 % in 2022 and 2021, respectively.", "2021/2022"),  # four digits: listed newest first
])
def test_a_later_year_s_tail_still_spans(sentence: str, period: str) -> None:
    assert _periods(sentence)["6 %"] == period


@pytest.mark.parametrize("body", [
    "Poland's unemployment rate was 3.4 % in 2021 and 12 new job centres opened.",
    "La tasa de desempleo de Polonia fue del 3,4 % en 2021 y 12 nuevas oficinas de empleo abrieron.",
    "Die Arbeitslosenquote Polens betrug 3,4 % im Jahr 2021 und 12 neue Jobcenter wurden eröffnet.",
])
def test_the_figure_is_checked_against_its_year_not_a_span_back_to_the_count_s_digits(package: Path, body: str) -> None:
    results, _ = check_text(f"---\ndate: 2023-09-01\n---\n\n{body}\n", package)
    [rate] = [r for text, r in results.items() if text.startswith("3")]
    assert rate.verdict is Verdict.supported
    assert rate.evidence[0].period == "2021"


@pytest.mark.parametrize(("sentence", "figures"), [
    ("Grain sales climbed 6 % in 2021 and 22, the board said.", ["6 %"]),        # the later year's digits
    ("Grain sales climbed 6 % in 2021 and 12 schools opened.", ["6 %", "12"]),   # a count stays one
])
def test_a_year_span_s_tail_is_no_figure_of_its_own(sentence: str, figures: list[str]) -> None:
    assert [c.text for c in extract_text(sentence)] == figures
