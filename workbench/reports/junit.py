"""`junit`: JUnit XML, one test case per claim (and per finding), one suite per draft.

CI systems show failing test cases; a claim whose rule is an error fails, a warning is a
passing case with its message in ``system-out``, a suppressed claim is skipped.
"""

from __future__ import annotations

from pathlib import Path
from xml.etree import ElementTree as ET

from ..models import CheckReport
from ..rules import RULES
from .common import draft_items, relative_path
from .escaping import xml_text


def render(report: CheckReport, root: Path | None = None) -> str:
    suites = ET.Element("testsuites", name="workbench check")
    total = failed = skipped = 0
    for draft in report.drafts:
        path = xml_text(relative_path(draft.path, root))
        cases = draft_items(draft, root, everything=True, suppressed=True)
        suite = ET.SubElement(suites, "testsuite", name=path)
        n_fail = n_skip = 0
        for i in cases:
            name = xml_text(f"{i.line}:{i.column} {i.claim_text}" if i.claim_text else f"{i.line}:{i.column} {i.rule}")
            message = xml_text(i.message)
            case = ET.SubElement(suite, "testcase", classname=path, name=name, file=path, line=str(i.line))
            if i.suppressed:
                ET.SubElement(case, "skipped", message="suppressed by an inline workbench comment")
                n_skip += 1
            elif i.level == "error":
                failure = ET.SubElement(case, "failure", message=message, type=f"{i.rule} {RULES[i.rule].name}")
                failure.text = f"{i.verdict.value}: {message}"
                n_fail += 1
            elif i.level == "warning":
                ET.SubElement(case, "system-out").text = f"{i.verdict.value} [{i.rule}] {message}"
        suite.set("tests", str(len(cases)))
        suite.set("failures", str(n_fail))
        suite.set("errors", "0")
        suite.set("skipped", str(n_skip))
        total, failed, skipped = total + len(cases), failed + n_fail, skipped + n_skip
    suites.set("tests", str(total))
    suites.set("failures", str(failed))
    suites.set("errors", "0")
    suites.set("skipped", str(skipped))
    ET.indent(suites)
    return '<?xml version="1.0" encoding="UTF-8"?>\n' + ET.tostring(suites, encoding="unicode") + "\n"
