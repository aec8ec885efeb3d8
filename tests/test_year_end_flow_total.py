"""'By the end of 2021, Portugal produced $410 billion of goods': a flow verb makes the figure the year's
total, whose end only dates the sentence; a level at the year's end ('the population stood at 9.2 million at
the end of 2021') stays the year's last day. Checked against a small GDP and population package of our own."""

from __future__ import annotations

import json
from pathlib import Path

import pytest
from package_support import publisher_package

from workbench.cli import main


def _package(folder: Path) -> Path:
    return publisher_package(folder / "econ", "econ", "GDP (current US$)", "GDP",
                             {("Portugal", 2020): 228500000000, ("Portugal", 2021): 253600000000},
                             "Gross domestic product in current US dollars")


def _verdicts(tmp_path: Path, capsys: pytest.CaptureFixture[str], sentence: str) -> list[tuple[str, str, str]]:
    draft = tmp_path / "d.md"
    draft.write_text(f"---\ndate: 2022-06-01\n---\nPortugal's economy grew.\n\n{sentence}\n", encoding="utf-8")
    main(["check", str(draft), "--reference", str(_package(tmp_path)), "--format", "json", "--exit-zero", "--no-progress"])
    results = json.loads(capsys.readouterr().out)["drafts"][0]["results"]
    return [(r["claim"]["text"], r["verdict"], (r["evidence"] or [{}])[0].get("period")) for r in results]


@pytest.mark.parametrize("sentence", [
    "By the end of 2021, the economy generated $254 billion worth of goods and services.",
    "By the end of 2021 the economy had produced $254 billion in goods and services.",
])
def test_a_flow_stated_at_the_year_end_is_the_year_total(tmp_path: Path, capsys: pytest.CaptureFixture[str],
                                                         sentence: str) -> None:
    assert _verdicts(tmp_path, capsys, sentence) == [("$254 billion", "supported", "2021")]


def test_a_level_at_the_year_end_is_still_its_last_day(tmp_path: Path, capsys: pytest.CaptureFixture[str]) -> None:
    # no flow verb: the economy's size 'at the end of 2021' is a day's, which an annual row only reviews
    [(text, verdict, _)] = _verdicts(tmp_path, capsys, "At the end of 2021, the economy was worth $254 billion.")
    assert (text, verdict) == ("$254 billion", "needs_review")


def test_a_stock_whose_clause_mentions_a_flow_is_still_its_days(tmp_path: Path,
                                                                capsys: pytest.CaptureFixture[str]) -> None:
    # 'imports' names what the reserves cover, not what the figure counts: the reserves' level at the year's
    # end is a day's, which the yearly row only reviews (read as the year's total it would be 'supported')
    reserves = publisher_package(tmp_path / "reserves", "reserves", "Total reserves (current US$)", "Reserves",
                                 {("Portugal", 2021): 254000000000}, "Total reserves in current US dollars")
    draft = tmp_path / "d.md"
    draft.write_text("---\ndate: 2022-06-01\n---\nPortugal's reserves grew.\n\nAt the end of 2021, the reserves covering "
                     "six months of imports stood at $254 billion.\n", encoding="utf-8")
    main(["check", str(draft), "--reference", str(_package(tmp_path)), "--reference", str(reserves), "--format", "json",
          "--exit-zero", "--no-progress"])
    [result] = json.loads(capsys.readouterr().out)["drafts"][0]["results"]
    assert (result["claim"]["text"], result["verdict"]) == ("$254 billion", "needs_review")


def test_a_flow_up_to_a_mid_year_day_is_not_the_whole_year(tmp_path: Path, capsys: pytest.CaptureFixture[str]) -> None:
    # what the economy produced by 30 June is the year so far: the year's total row only reviews it
    [(text, verdict, _)] = _verdicts(tmp_path, capsys,
                                     "By 30 June 2021 the economy had produced $254 billion in goods and services.")
    assert (text, verdict) == ("$254 billion", "needs_review")
