"""Slovenian says 'in May' with the month's name alone ('je maja znašala': was in May): read without the
'in', the month was lost and a May rate was judged as the year before's annual average — a false alarm.
After a preposition ('od januarja do maja') or a day's numeral ('16. junija') the name is no 'in <month>'."""

from __future__ import annotations

from pathlib import Path

import pytest
from package_support import publisher_package

from workbench.check import check_draft
from workbench.config import Config
from workbench.drafts import parse_draft
from workbench.languages import gloss_paragraphs, language
from workbench.models import Verdict
from workbench.reference.loader import load_reference


@pytest.fixture(scope="module")
def packages(tmp_path_factory: pytest.TempPathFactory) -> list[Path]:
    root = tmp_path_factory.mktemp("bare_month")
    return [publisher_package(root / "prices", "prices", "Inflation, consumer prices (annual %)", "Inflation",
                              {("Kenya", 2021): 6.1, ("Kenya", 2022): 7.7})]


def _glossed(text: str) -> str:
    return gloss_paragraphs(text, [(0, len(text), "sl")]).text


def test_a_month_standing_alone_says_in() -> None:
    assert language("sl") is not None
    assert "in May" in _glossed("Letna inflacija v Keniji je maja znašala 10,8 odstotka.")
    assert "in July 2019" in _glossed("Najvišja je bila julija 2019, ko je znašala 8,4 odstotka.")


def test_after_a_preposition_or_a_day_it_does_not() -> None:
    glossed = _glossed("Nairobi, 16. junija - Inflacija je od januarja do maja rasla.")
    assert "in June" not in glossed and "in January" not in glossed and "in May" not in glossed


@pytest.mark.parametrize("month", ["maja", "oktobra"])
def test_a_months_rate_is_not_judged_against_the_year_before(packages: list[Path], month: str) -> None:
    body = f"Letna inflacija v Keniji je {month} znašala 10,8 odstotka."
    draft = parse_draft(f"---\ndate: 2022-11-20\n---\n\n{body}\n".encode(), "draft.md")
    result = check_draft(draft, load_reference(packages), Config(root=packages[0].parent, reference=packages)).results[0]
    assert result.verdict is Verdict.needs_review, result.explanation
    assert result.evidence[0].period == "2022"
