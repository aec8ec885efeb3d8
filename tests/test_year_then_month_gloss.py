"""Latvian, Lithuanian and Hungarian write a month after its year ('2022. gada septembrī', '2022 m. rugsėjį',
'2022 szeptemberében'), glossed '2022 year in September': that month of that year. Read as the year and a
month apart, a later sentence's twelve-month rate took the whole year, and matched against the year before's
annual average it was called out of date — a false alarm. Invented figures; the sentences are written here."""

from __future__ import annotations

import datetime as dt
from pathlib import Path

import pytest
from package_support import publisher_package

from workbench.check import check_draft
from workbench.config import Config
from workbench.drafts import parse_draft
from workbench.languages import gloss_paragraphs
from workbench.matching.carried import read_periods
from workbench.models import Verdict
from workbench.reference.loader import load_reference

AS_OF = dt.date(2024, 3, 1)


@pytest.mark.parametrize("text", ["2022 year in September", "2022 in September", "2022 year September",
                                  "2022 of the year September"])
def test_a_month_after_its_year_is_that_years_month(text: str) -> None:
    assert [p for _, _, p in read_periods(f"{text} prices fell.", AS_OF)] == ["2022-09"]


def test_an_uzbek_month_after_its_years_genitive_is_that_years_month() -> None:
    # '2023 йилнинг сентябрь ойида' (in the month of September of the year 2023), glossed '2023 of the year September'
    text = "Ўзбекистонда 2023 йилнинг сентябрь ойида нархлар ошди."
    glossed = gloss_paragraphs(text, [(0, len(text), "uz")]).text
    assert [p for _, _, p in read_periods(glossed, AS_OF)] == ["2023-09"], glossed


def test_a_year_and_a_later_clauses_month_stay_apart() -> None:
    periods = [p for _, _, p in read_periods("Prices rose 5 % in 2022, and in September they fell.", AS_OF)]
    assert periods == ["2022", "2023-09"]


@pytest.fixture(scope="module")
def packages(tmp_path_factory: pytest.TempPathFactory) -> list[Path]:
    root = tmp_path_factory.mktemp("year_then_month")
    return [publisher_package(root / "prices", "prices", "Inflation, consumer prices (annual %)", "Inflation",
                              {("Kenya", 2020): 6.1, ("Kenya", 2021): 5.0, ("Kenya", 2022): 7.7})]


@pytest.mark.parametrize("opening", ["2022. gada septembrī inflācija Kenijā turpināja samazināties.",
                                     "2022. gada septembrī Kenijā cenas turpināja samazināties."])
def test_a_months_rate_carried_from_the_sentence_before_is_not_out_of_date(packages: list[Path], opening: str) -> None:
    body = f"{opening} Gada inflācija samazinājās līdz 6,1%."  # the month's rate; 6.1 is 2020's annual average
    draft = parse_draft(f"{body}\n".encode(), "draft.md")  # undated: a bare month is counted from the check's day
    report = check_draft(draft, load_reference(packages), Config(root=packages[0].parent, reference=packages))
    result = next(r for r in report.results if r.claim.text == "6,1%")
    assert result.verdict is Verdict.needs_review, result.explanation
