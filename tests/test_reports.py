"""Renderers: a golden file per format from a hand-built report, plus format-specific checks.

Regenerate the golden files after an intended change with ``UPDATE_GOLDEN=1 pytest tests/test_reports.py``
and review the diff.
"""

from __future__ import annotations

import json
import os
import re
from pathlib import Path
from xml.etree import ElementTree as ET

import pytest

from workbench import reports
from workbench.errors import UsageError
from workbench.models import (
    CellRef,
    CheckReport,
    Claim,
    ClaimResult,
    DraftInfo,
    DraftReport,
    Evidence,
    Finding,
    Flag,
    Kind,
    Qualifier,
    Verdict,
)
from workbench.reports.github import escape_data, escape_property
from workbench.rules import RULES, rule_for


def _claim(cid: str, text: str, line: int, column: int, value: float, unit: str, **kw: object) -> Claim:
    sentence = str(kw.pop("sentence", f"A sentence holding {text}."))
    return Claim(id=cid, text=text, start=line * 100 + column, end=line * 100 + column + len(text),
                 line=line, column=column, sentence=sentence, value=value, unit=unit, **kw)


def _result(claim: Claim, verdict: Verdict, explanation: str, flags: list[Flag] | None = None,
            evidence: list[Evidence] | None = None, auto: Verdict | None = None, reviewed: bool = False,
            suppressed: bool = False) -> ClaimResult:
    flags = flags or []
    return ClaimResult(claim=claim, verdict=verdict, auto_verdict=auto or verdict, reviewed=reviewed,
                       rule=rule_for(verdict, flags), flags=flags, explanation=explanation,
                       evidence=evidence or [], suppressed=suppressed)


def build_report() -> CheckReport:
    trade = Evidence(resource="trade", row=3, metric="bilateral trade turnover", period="2022", value=28.2e9,
                     unit="USD", source="Customs, side A", url="https://example.org/a", dimensions={"source": "A"},
                     claimed=28.2e9, deviation=0.0, supports=True, score=0.91)
    other = Evidence(resource="trade", row=4, metric="bilateral trade turnover", period="2022", value=26.1e9,
                     unit="USD", source="Statistics, side B", url="https://example.org/b",
                     dimensions={"source": "B"}, claimed=28.2e9, deviation=0.0805, supports=False, score=0.9)
    derived = Evidence(resource="trade", row=None, metric="bilateral trade turnover", period="2022",
                       value=10.2, unit="%", claimed=10.0, deviation=-0.0196, supports=True, score=0.8,
                       formula="(v2022 / v2021 - 1) × 100",
                       cells=[CellRef(resource="trade", row=2, period="2021", value=25.6e9, unit="USD"),
                              CellRef(resource="trade", row=3, period="2022", value=28.2e9, unit="USD")])
    first = DraftReport(
        path="drafts/alpha.md",
        draft=DraftInfo(path="drafts/alpha.md", sha256="0" * 64, date="2023-11-10", title="Alpha"),
        results=[
            _result(_claim("c-00000001", "28.2 billion dollars", 3, 40, 28.2e9, "USD", period="2022", decimals=1),
                    Verdict.supported, "Source A gives 28.2 billion USD for 2022, as claimed; source B gives "
                    "26.1 billion.", [Flag.sources_disagree], [trade, other]),
            _result(_claim("c-00000002", "10%", 3, 20, 10.0, "%", kind=Kind.change, period="2022"),
                    Verdict.supported, "Computed from 2021 and 2022, the growth is 10.2 %, as claimed.",
                    [Flag.derived], [derived]),
            _result(_claim("c-00000003", "100 billion dollars", 5, 12, 1e11, "USD", qualifier=Qualifier.approx),
                    Verdict.contradicted, "The forum register gives 100 million USD; the claim says "
                    "100 billion, 1000 times as much."),
            _result(_claim("c-00000004", "19%", 7, 50, 19.0, "%", qualifier=Qualifier.approx, kind=Kind.share),
                    Verdict.contradicted, "The 2021 census gives 15.5 %; 19 % matches the 2019 estimate — "
                    "the figure is out of date.", [Flag.stale]),
            _result(_claim("c-00000005", "two thirds", 9, 1, 66.67, "%", kind=Kind.share),
                    Verdict.unsupported, "No reference series covers this share."),
            _result(_claim("c-00000006", "7%", 4, 30, 7.0, "%", kind=Kind.change, period="2023-01/2023-10"),
                    Verdict.needs_review, "The nearest figure, 7.6 % for January–August 2023, covers a "
                    "shorter period than the claim's."),
            _result(_claim("c-00000007", "14", 11, 5, 14.0, ""), Verdict.supported,
                    "The registry gives 14 zones for 2023, as claimed."),
            _result(_claim("c-00000008", "5 000", 12, 5, 5000.0, ""), Verdict.not_a_claim,
                    "A reviewer marked this as not a claim.", auto=Verdict.unsupported, reviewed=True),
            _result(_claim("c-00000009", "3.5 million", 13, 5, 3.5e6, ""), Verdict.supported,
                    "A reviewer accepted this claim: 'checked by phone'.", auto=Verdict.contradicted,
                    reviewed=True),
            _result(_claim("c-0000000a", "42", 15, 3, 42.0, ""), Verdict.unsupported,
                    "Nothing in the reference data matches 42.", suppressed=True),
        ],
        findings=[
            Finding(rule="CW201", verdict=Verdict.needs_review, line=9, column=1,
                    message="The listed parts 53, 30 and 77 add up to 160, 20 % short of the stated total "
                            "of about 200.", claim_ids=["c-00000005"]),
            Finding(rule="CW301", verdict=Verdict.needs_review, line=14, column=1,
                    message="This `workbench: ignore` comment suppresses nothing; remove it."),
        ],
    )
    second = DraftReport(
        path="drafts/odd, name: 100%.md",
        draft=DraftInfo(path="drafts/odd, name: 100%.md", sha256="1" * 64),
        results=[_result(_claim("c-0000000b", "5 | 6", 1, 1, 5.0, "%", qualifier=Qualifier.range,
                                value_high=6.0), Verdict.contradicted,
                         "Line one\nline two: 100% <b>&</b> \"quoted\", with commas.")],
    )
    report = CheckReport(drafts=[first, second])
    counts: dict[str, int] = {}
    for draft in report.drafts:
        for result in draft.results:
            key = "suppressed" if result.suppressed else result.verdict.value
            counts[key] = counts.get(key, 0) + 1
    report.summary = {v.value: counts.get(v.value, 0) for v in Verdict} | {
        "suppressed": counts.get("suppressed", 0), "findings": sum(len(d.findings) for d in report.drafts)}
    return report


GOLDEN = Path(__file__).parent / "golden"
EXTENSION = {"text": "txt", "json": "json", "junit": "xml", "sarif": "sarif", "github": "txt", "markdown": "md"}


@pytest.mark.parametrize("fmt", sorted(reports.RENDERERS))
def test_golden(fmt: str) -> None:
    rendered = reports.render(build_report(), fmt)
    golden = GOLDEN / f"report.{fmt}.{EXTENSION[fmt]}"
    if os.environ.get("UPDATE_GOLDEN") == "1":
        golden.write_text(rendered, encoding="utf-8")
    assert golden.exists(), f"{golden} is missing; run with UPDATE_GOLDEN=1 to create it"
    assert rendered == golden.read_text(encoding="utf-8")


def test_every_format_has_a_golden_file() -> None:
    assert {p.name.split(".")[1] for p in GOLDEN.glob("report.*")} == set(reports.RENDERERS)


def test_unknown_format_is_a_usage_error() -> None:
    with pytest.raises(UsageError, match="unknown report format 'yaml'"):
        reports.render(build_report(), "yaml")


def test_text_lists_problems_only_and_ends_with_a_summary() -> None:
    lines = reports.render(build_report(), "text").splitlines()
    pattern = re.compile(r"^(?P<path>.+):(?P<line>\d+):(?P<col>\d+): (?P<verdict>\w+) \[(?P<rule>CW\d{3})\] .+")
    problems = [pattern.match(line) for line in lines[:-1]]
    assert all(problems), lines
    rules = [m["rule"] for m in problems]  # type: ignore[index]
    assert "CW100" not in rules  # plain support is not a problem
    assert "CW104" in rules and "CW105" in rules and "CW201" in rules
    assert all("Nothing in the reference data matches 42" not in line for line in lines)  # suppressed
    assert lines[-1].startswith("2 drafts, 11 claims: ")


def test_json_is_the_report_model() -> None:
    from workbench.models import CheckReport

    report = build_report()
    assert CheckReport.model_validate_json(reports.render(report, "json")) == report


def test_github_escapes_messages_and_properties() -> None:
    assert escape_data("100%\r\nnext") == "100%25%0D%0Anext"
    assert escape_property("a, b: c%") == "a%2C b%3A c%25"
    out = reports.render(build_report(), "github").splitlines()
    odd = [line for line in out if "odd" in line]
    assert odd == [("::error file=drafts/odd%2C name%3A 100%25.md,line=1,col=1,endColumn=6,"
                    "title=contradicted [CW101] claim-contradicted::Line one%0Aline two: 100%25 <b>&</b> "
                    "\"quoted\", with commas.")]
    assert any(line.startswith("::warning file=drafts/alpha.md,line=3,col=40,") for line in out)


def test_sarif_structure() -> None:
    sarif = json.loads(reports.render(build_report(), "sarif"))
    assert sarif["version"] == "2.1.0"
    run = sarif["runs"][0]
    rules = run["tool"]["driver"]["rules"]
    assert [r["id"] for r in rules] == list(RULES)
    for result in run["results"]:
        assert rules[result["ruleIndex"]]["id"] == result["ruleId"]
        location = result["locations"][0]["physicalLocation"]
        assert not location["artifactLocation"]["uri"].startswith("/")
        assert location["region"]["startLine"] >= 1 and location["region"]["startColumn"] >= 1
    suppressed = [r for r in run["results"] if "suppressions" in r]
    assert [r["partialFingerprints"]["claimId/v1"] for r in suppressed] == ["c-0000000a"]


def test_sarif_paths_are_relative_to_the_root(tmp_path: Path) -> None:
    report = build_report()
    report.drafts[0].path = str(tmp_path / "drafts" / "alpha.md")
    sarif = json.loads(reports.render(report, "sarif", root=tmp_path))
    uris = {r["locations"][0]["physicalLocation"]["artifactLocation"]["uri"] for r in sarif["runs"][0]["results"]}
    assert "drafts/alpha.md" in uris


def test_junit_one_case_per_claim_and_finding() -> None:
    tree = ET.fromstring(reports.render(build_report(), "junit"))
    suites = tree.findall("testsuite")
    assert [s.get("name") for s in suites] == ["drafts/alpha.md", "drafts/odd, name: 100%.md"]
    alpha = suites[0]
    assert len(alpha.findall("testcase")) == 10 + 2
    failures = [c.get("name") for c in alpha.findall("testcase") if c.find("failure") is not None]
    assert sorted(failures) == ["5:12 100 billion dollars", "7:50 19%", "9:1 two thirds"]
    assert [c.get("name") for c in alpha.findall("testcase") if c.find("skipped") is not None] == ["15:3 42"]
    assert tree.get("tests") == "13" and tree.get("failures") == "4" and tree.get("skipped") == "1"


def test_markdown_table_escapes_pipes() -> None:
    out = reports.render(build_report(), "markdown")
    assert "| verdict | count |" in out
    assert "5 \\| 6" in out
    row = next(line for line in out.splitlines() if "5 \\| 6" in line)
    assert row.count(" | ") == 5  # the escaped pipe does not split the row
    trade = next(line for line in out.splitlines() if "28.2 billion dollars" in line)
    assert trade.endswith("| [link](https://example.org/a) |")


def test_each_number_style_reads_as_its_readers_expect() -> None:
    from workbench.presentation import compact_number, grouped_number, plain_number, spoken_quantity

    assert compact_number(28.2e9) == "28.2 bn" and compact_number(1234) == "1,234"
    assert spoken_quantity(28.2e9, "USD") == "28.2 billion USD" and spoken_quantity(15.54, "%") == "15.5 %"
    assert spoken_quantity(61040, "") == "61,040" and spoken_quantity(2, "pp") == "2 points"
    assert grouped_number(28.2e9) == "28,200,000,000" and grouped_number(1234.5) == "1,234.5"
    assert grouped_number(float("nan")) == ""
    assert plain_number(28.2e9) == "28200000000" and plain_number(66.67) == "66.67"


def test_a_path_inside_the_working_folder_is_shown_relative(tmp_path: Path, monkeypatch) -> None:
    from workbench.presentation import shown_path

    monkeypatch.chdir(tmp_path)
    assert shown_path(tmp_path / "claims" / "d.json") == "claims/d.json"
    assert shown_path("drafts/d.md") == "drafts/d.md"
    assert shown_path("/elsewhere/d.md") == "/elsewhere/d.md"
