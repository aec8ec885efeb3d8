"""A year counted from another ('the previous year', German 'im Vorjahr') in a draft with no date: the year
the sentence's reading counted is the one the claim reports, the one its evidence is for, and the one the
explanation says it read, in the JSON and in the text report alike.

A small package of our own: one country's yearly rate, each year's value different, so that a figure
read against the wrong year fails.
"""

from __future__ import annotations

import json
from pathlib import Path

import pytest
from conftest import run_workbench
from test_matching import write_package

_RATE = {2018: 2.2, 2019: 2.9, 2020: 1.3, 2021: 4.0, 2022: 7.5}
PACKAGE = [{"name": "prices", "metric": "consumer price inflation", "aliases": ["inflation", "consumer prices"],
            "unit": "%", "dims": ["country"],
            "rows": [{"period": str(y), "value": v, "country": "Japan"} for y, v in _RATE.items()]}]


@pytest.fixture(scope="module")
def package(tmp_path_factory: pytest.TempPathFactory) -> Path:
    return write_package(tmp_path_factory.mktemp("prices") / "reference", PACKAGE)


def _check(folder: Path, package: Path, title: str, body: str, form: str) -> str:
    draft = folder / "draft.md"
    draft.write_text(f"---\ntitle: {title}\n---\n\n{body}\n", encoding="utf-8")
    run = run_workbench("check", draft, "--reference", package, "--claims", folder / "claims",
                        "--format", form, "--exit-zero", cwd=folder)
    assert run.returncode == 0 and run.stderr == ""
    return run.stdout


def _result(stdout: str, claim: str) -> dict:
    return next(r for d in json.loads(stdout)["drafts"] for r in d["results"] if r["claim"]["text"] == claim)


def test_im_vorjahr_before_the_sentence_s_year_reports_the_year_before_it(tmp_path: Path, package: Path) -> None:
    body = "Nach 2,9 Prozent im Vorjahr stieg die Inflation in Japan 2020 auf 1,3 Prozent."
    result = _result(_check(tmp_path, package, "Preise in Japan", body, "json"), "2,9 Prozent")
    assert result["verdict"] == "supported"
    assert result["claim"]["period"] == result["evidence"][0]["period"] == "2019"
    assert "'im Vorjahr' read as 2019, from the year its own sentence names" in result["explanation"]


def test_a_flagged_figure_says_in_the_text_report_which_year_it_was_judged_for(tmp_path: Path, package: Path) -> None:
    # 3,05 narrowly misses 2019's 2.9 (a gap no other basis explains) and matches no other year: judged against 2019
    # (the year before 2020), not against 2020 the sentence names
    body = "Nach 3,05 Prozent im Vorjahr stieg die Inflation in Japan 2020 auf 1,3 Prozent."
    result = _result(_check(tmp_path, package, "Preise in Japan", body, "json"), "3,05 Prozent")
    assert result["verdict"] == "contradicted"
    assert result["claim"]["period"] == result["evidence"][0]["period"] == "2019"
    line = next(x for x in _check(tmp_path, package, "Preise in Japan", body, "text").splitlines() if "3,05 Prozent" in x)
    assert "contradicted" in line and "'im Vorjahr' read as 2019" in line


def test_the_previous_year_after_a_sentence_naming_a_year_says_where_its_year_came_from(
        tmp_path: Path, package: Path) -> None:
    body = "Inflation in Japan eased to 1.3 percent in 2020. The previous year it had stood at 2.9 percent."
    result = _result(_check(tmp_path, package, "Prices in Japan", body, "json"), "2.9 percent")
    assert result["verdict"] == "supported"
    assert result["claim"]["period"] == result["evidence"][0]["period"] == "2019"
    assert "'The previous year' read as 2019, from the year an earlier sentence of the paragraph names" \
        in result["explanation"]


def test_a_dated_draft_counts_the_previous_year_from_the_sentence_and_says_no_reading(
        tmp_path: Path, package: Path) -> None:
    draft = tmp_path / "dated.md"
    draft.write_text("---\ndate: 2023-02-01\n---\n\nAfter 2.9 percent the previous year, inflation in Japan "
                     "slowed to 1.3 percent in 2020.\n", encoding="utf-8")
    run = run_workbench("check", draft, "--reference", package, "--claims", tmp_path / "claims",
                        "--format", "json", "--exit-zero", cwd=tmp_path)
    result = _result(run.stdout, "2.9 percent")
    assert result["claim"]["period"] == result["evidence"][0]["period"] == "2019"
    assert result["verdict"] == "supported" and "read as" not in result["explanation"]
