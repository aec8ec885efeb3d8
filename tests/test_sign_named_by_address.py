"""A one-letter currency sign ('R18.30') is money only where the text names its currency; the page's
address is the headline in the publisher's words and names it too ('…/the-rands-year-in-review'). An
amount shaped as money after such an address is read in that currency; a road ('the R21') or an address
about something else leaves it unread. 'The local currency' before it names the amount's currency as an
exchange rate's. Sentences written here; invented figures."""

from __future__ import annotations

from pathlib import Path

import pytest
from package_support import rates_package

from workbench.check import check_draft
from workbench.config import Config
from workbench.drafts import parse_draft
from workbench.extraction import extract
from workbench.models import Verdict
from workbench.reference.loader import load_reference

BODY = "The local currency had a rough year against the dollar. By December it traded near R17.95."


def _draft(url: str, body: str = BODY) -> str:
    return f"---\ndate: 2024-01-10\nurl: \"{url}\"\n---\n\n{body}\n"


def _claims(text: str) -> dict[str, str | None]:
    return {c.text: c.unit for c in extract(parse_draft(text.encode(), "draft.md"))}


def test_an_address_naming_the_currency_reads_its_sign() -> None:
    assert _claims(_draft("https://news.example.org/markets/the-rands-year-in-review"))["R17.95"] == "ZAR"


@pytest.mark.parametrize(("url", "body"), [
    ("https://news.example.org/markets/a-rough-year-in-review", BODY),
    ("https://news.example.org/markets/the-rands-year-in-review", "Roadworks closed the R21 near the airport."),
])
def test_no_currency_named_or_no_amount_shape_leaves_the_sign_unread(url: str, body: str) -> None:
    assert not any(unit == "ZAR" for unit in _claims(_draft(url, body)).values())


def test_the_local_currency_against_the_dollar_makes_the_amount_an_exchange_rate(tmp_path: Path) -> None:
    fx = rates_package(tmp_path, {("South Africa", 2023): 18.45}, source="Federal Reserve")
    draft = parse_draft(_draft("https://news.example.org/markets/the-rands-year-in-review").encode(), "draft.md")
    report = check_draft(draft, load_reference([fx]), Config(root=tmp_path, reference=[fx]))
    [result] = [r for r in report.results if r.claim.text == "R17.95"]
    # a day's price near the year's end against the year's average: for a person, never a flag
    assert result.verdict is Verdict.needs_review, result.explanation
    assert result.evidence and result.evidence[0].dimensions.get("Country") == "South Africa"
