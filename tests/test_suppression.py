"""Inline suppression comments: ignore the next paragraph, off … on, and unused suppressions."""

from __future__ import annotations

from pathlib import Path

import pytest
from test_matching import check_text, write_package

from workbench.models import Verdict
from workbench.suppression import parse_suppressions


@pytest.fixture(scope="module")
def package(tmp_path_factory: pytest.TempPathFactory) -> Path:
    return write_package(tmp_path_factory.mktemp("supp") / "ref", [
        {"name": "wine_exports", "metric": "wine exports", "dims": ["country"], "unit": "USD",
         "rows": [{"period": "2022", "value": 2.0e9, "country": "Chile"}]}])


HEAD = "---\ndate: 2023-02-01\n---\n\n"


def test_parse_ignore_covers_the_next_paragraph_only() -> None:
    text = "One.\n\n<!-- workbench: ignore -->\nTwo lines\nof text.\n\nThree.\n"
    [s] = parse_suppressions(text)
    assert text[s.start:s.end] == "Two lines\nof text."
    assert s.kind == "ignore" and not s.rules


def test_parse_ignore_in_a_crlf_draft_stops_at_the_blank_line() -> None:
    text = "<!-- workbench: ignore -->\r\nTwo lines\r\nof text.\r\n\r\nThree.\r\n"
    [s] = parse_suppressions(text)
    assert text[s.start:s.end] == "Two lines\r\nof text.\r"


def test_parse_off_on_and_unclosed_off() -> None:
    text = "A <!-- workbench off --> B C <!-- workbench on --> D <!-- workbench off --> E"
    first, second = parse_suppressions(text)
    assert text[first.start:first.end] == " B C "
    assert text[second.start:second.end] == " E"


def test_ignore_suppresses_a_contradicted_claim(package: Path) -> None:
    text = HEAD + "<!-- workbench: ignore -->\nIn 2022 Chile's wine exports reached 5 billion dollars.\n\n" \
                  "In 2022 Chile's wine exports were 7 billion dollars.\n"
    results, report = check_text(text, package)
    assert results["5 billion dollars"].suppressed and results["5 billion dollars"].verdict is Verdict.contradicted
    assert not results["7 billion dollars"].suppressed
    assert report.findings == []


def test_ignore_can_name_rules(package: Path) -> None:
    text = HEAD + "<!-- workbench: ignore CW102 -->\nIn 2022 Chile's wine exports reached 5 billion dollars.\n"
    results, report = check_text(text, package)
    assert not results["5 billion dollars"].suppressed  # CW101, not CW102
    assert [f.rule for f in report.findings] == ["CW301"]


def test_off_on_block(package: Path) -> None:
    text = HEAD + "<!-- workbench off -->\nWine exports reached 5 billion dollars in 2022.\n\n" \
                  "Wine exports were 6 billion dollars in 2022.\n<!-- workbench on -->\n\n" \
                  "Wine exports were 7 billion dollars in 2022.\n"
    results, report = check_text(text, package)
    assert results["5 billion dollars"].suppressed and results["6 billion dollars"].suppressed
    assert not results["7 billion dollars"].suppressed
    assert report.findings == []


def test_a_suppression_that_suppresses_nothing_is_a_finding(package: Path) -> None:
    text = HEAD + "<!-- workbench: ignore -->\nIn 2022 Chile's wine exports reached 2 billion dollars.\n\n" \
                  "Nothing here.\n<!-- workbench on -->\n"
    results, report = check_text(text, package)
    assert results["2 billion dollars"].verdict is Verdict.supported and not results["2 billion dollars"].suppressed
    assert [(f.rule, f.line) for f in report.findings] == [("CW301", 5), ("CW301", 9)]
    assert "suppresses nothing" in report.findings[0].message
