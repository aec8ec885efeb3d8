"""Property-based: any text extracts (and checks) without an exception, into schema-valid JSON
whose offsets slice the draft to each claim's text.

Sentences are generated from pieces news text is made of — numerals in several digit systems,
number words, units, currencies, periods, ranges (inverted ones too), huge and tiny numbers,
suppression comments, Markdown tables — and from arbitrary unicode. ``max_examples`` stays
modest so the suite is fast; the ``ci`` profile (chosen when ``CI`` is set) runs more,
derandomized so a CI failure reproduces.
"""

from __future__ import annotations

import datetime as dt
import json
import math
import os
from functools import lru_cache

import jsonschema
from hypothesis import HealthCheck, given, settings
from hypothesis import strategies as st

from tests.conftest import REFERENCE, ROOT
from workbench.check import check_draft
from workbench.config import Config
from workbench.drafts import Draft, parse_draft
from workbench.errors import WorkbenchError
from workbench.extraction import extract_report
from workbench.models import CheckReport
from workbench.reference import load_reference

settings.register_profile("dev", max_examples=40, deadline=None,
                          suppress_health_check=[HealthCheck.too_slow])
settings.register_profile("ci", max_examples=150, deadline=None, derandomize=True,
                          suppress_health_check=[HealthCheck.too_slow])
settings.load_profile("ci" if os.environ.get("CI") else "dev")

# Digits of other scripts: Arabic-Indic, Persian, full-width, Devanagari (str.isdecimal() is true).
DIGIT_SETS = ["0123456789", "٠١٢٣٤٥٦٧٨٩", "۰۱۲۳۴۵۶۷۸۹", "０１２３４５６７８９", "०१२३४५६७८९"]
WORDS = ["one", "two", "three", "twelve", "twenty-five", "a hundred", "one and a half", "half a", "a dozen",
         "two thirds", "one in five", "a third", "million", "billion", "thousand", "tenfold", "doubled"]
UNITS = ["%", " per cent", " percent", " pp", " basis points", " tonnes", " km", "bn", " bn", "m", "k",
         " million", " billion", " dollars", " tenge", " roubles", " people", " years", " times more", "x",
         " °C", " per litre", ""]
CURRENCIES = ["$", "US$", "€", "£", "₸", "₽", "USD ", "KZT ", "HK$", "R$ ", "-$", "−", "-", "("]
CONTEXT = ["In 2022,", "rose by", "fell", "grew", "a decrease of", "about", "more than", "between", "and",
           "from", "to", "or", "in the first half of 2023", "Q3 2023", "FY2023/24", "year-to-date",
           "over the past 61 years", "the 12 months ended October 2022", "from 1960 to 2021", "aged 65 or over",
           "under the age of 15", "at 10:30", "won 3-1", "Boeing 737", "the two countries", "102", "(% of GDP)",
           "2012:", "compared with a year earlier", "last year", "this year", "of the population", ",", ";",
           ".", "\n", "\n\n", "- ", "# ", "| ", " |", "|---|", "<!-- workbench: ignore -->",
           "<!-- workbench off -->", "<!-- workbench on -->", "**", "`", "[", "](http://x)", "<!--", "<b>"]


@st.composite
def numerals(draw: st.DrawFn) -> str:
    digits = draw(st.sampled_from(DIGIT_SETS))
    kind = draw(st.sampled_from(["small", "grouped", "decimal", "huge", "tiny", "fraction"]))
    if kind == "small":
        return digits[draw(st.integers(0, 9))] * draw(st.integers(1, 4))
    pick = st.text(alphabet=digits, min_size=1, max_size=6)
    if kind == "grouped":
        return draw(pick) + "".join("," + draw(st.text(alphabet=digits, min_size=3, max_size=3))
                                    for _ in range(draw(st.integers(1, 3))))
    if kind == "decimal":
        return draw(pick) + draw(st.sampled_from([".", ","])) + draw(pick)
    if kind == "huge":
        return digits[9] * draw(st.integers(300, 420))
    if kind == "tiny":
        return "0." + digits[0] * draw(st.integers(300, 420)) + digits[1]
    return draw(pick) + "/" + draw(st.sampled_from([digits[0], *draw(st.lists(pick, min_size=1, max_size=1))]))


@st.composite
def quantities(draw: st.DrawFn) -> str:
    number = draw(st.one_of(numerals(), st.sampled_from(WORDS)))
    text = draw(st.sampled_from(CURRENCIES)) * draw(st.integers(0, 1)) + number + draw(st.sampled_from(UNITS))
    if draw(st.booleans()):  # a range, as often inverted as not
        text = draw(st.sampled_from(["between {} and {}", "from {} to {}", "{}-{}", "{} to {}", "{}–{}"])).format(
            text, draw(numerals()) + draw(st.sampled_from(UNITS)))
    return text


sentences = st.lists(st.one_of(quantities(), st.sampled_from(CONTEXT)), min_size=1, max_size=25).map(" ".join)


@st.composite
def tables(draw: st.DrawFn) -> str:
    header = "| Country | " + draw(st.sampled_from(["Value (US$ per liter)", "% of GDP", "Rank", "2022"])) + " |\n"
    rows = draw(st.lists(st.tuples(st.sampled_from(["Kazakhstan", "Russia", "102"]), quantities()), max_size=5))
    return header + "|---|---|\n" + "".join(f"| {a} | {b} |\n" for a, b in rows)


drafts = st.lists(st.one_of(sentences, tables(), st.text(max_size=200)), min_size=1, max_size=6).map("\n\n".join)
FRONT = "---\ntitle: t\ndate: 2023-11-10\n---\n"


@lru_cache(maxsize=1)
def _schema() -> dict:
    return json.loads((ROOT / "docs" / "schemas" / "claims.schema.json").read_text(encoding="utf-8"))


def _strict_json(text: str) -> object:
    """JSON as a strict parser reads it: Infinity and NaN are not JSON."""
    def refuse(constant: str) -> None:
        raise AssertionError(f"{constant} in the JSON output")
    return json.loads(text, parse_constant=refuse)


def _draft(text: str, path: str) -> Draft | None:
    """The draft, or None for input the reader refuses (empty, binary): exit 2, by contract."""
    try:
        return parse_draft(text.encode("utf-8"), path)
    except WorkbenchError:
        return None


def assert_extracts(draft: Draft | None) -> None:
    if draft is None:
        return
    report = extract_report(draft, as_of=dt.date(2023, 11, 10))
    jsonschema.validate(_strict_json(report.model_dump_json()), _schema())
    ids = [claim.id for claim in report.claims]
    assert len(ids) == len(set(ids))
    for claim in report.claims:
        assert draft.text[claim.start:claim.end] == claim.text
        assert math.isfinite(claim.value)
        if claim.value_high is not None:
            assert math.isfinite(claim.value_high) and claim.value <= claim.value_high


@given(drafts)
def test_any_generated_draft_extracts_to_valid_json_with_exact_offsets(body: str) -> None:
    assert_extracts(_draft(FRONT + body, "generated.md"))


@given(st.text(max_size=400))
def test_arbitrary_unicode_extracts(body: str) -> None:
    assert_extracts(_draft(body, "unicode.txt"))


@lru_cache(maxsize=1)
def _reference():  # type: ignore[no-untyped-def]
    return load_reference([REFERENCE])


# Checking costs more per example: smaller drafts, so a failure also shrinks in seconds.
small_drafts = st.lists(st.one_of(sentences, tables()), min_size=1, max_size=3).map("\n\n".join)


@settings(max_examples=15 if not os.environ.get("CI") else 60)
@given(small_drafts)
def test_any_generated_draft_checks_to_a_valid_report(body: str) -> None:
    draft = _draft(FRONT + body, "generated.md")
    if draft is None:
        return
    report = CheckReport(drafts=[check_draft(draft, _reference(), Config())])
    CheckReport.model_validate(_strict_json(report.model_dump_json()))
