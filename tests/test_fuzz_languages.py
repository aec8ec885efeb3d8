"""Property-based hunt over drafts in other languages and the check's odd periods: whatever the front matter's
``lang:`` holds, however languages, decimal commas, combining marks, invisible characters, bounds, dated points
and 'respectively' lists are mixed, `check` gives every claim a verdict (none "could not be checked", no gloss
given up on), at offsets that slice the draft to the claim's text. A few examples in the suite; a local campaign
sets WORKBENCH_FUZZ_EXAMPLES (e.g. 3000)."""

from __future__ import annotations

import json
import logging
import os
import unicodedata
from functools import lru_cache

from hypothesis import HealthCheck, given, settings
from hypothesis import strategies as st

from tests.conftest import REFERENCE
from workbench.check import UNCHECKED_REASON, check_draft
from workbench.config import Config
from workbench.drafts import parse_draft
from workbench.errors import WorkbenchError
from workbench.models import CheckReport
from workbench.reference import load_reference

LANGS = ["it", "es", "fr", "de", "nl", "pt", "en", "IT", "it-IT", "pt_BR", "zz", "''", "[it, es]", "{a: 1}", "3", "true",
         "null", "ité", "2023-01-01", "[]", "1e309", "- fr", "x" * 200]
PIECES = [
    "Il tasso di inflazione in Italia è stato del 8,1% nel 2022.", "La popolazione era di 59,1 milioni a dicembre 2021.",
    "La inflación en España fue del 8,4 % en 2022.", "El PIB creció 3,1 % respecto al año anterior.",
    "Le taux de chômage en France était de 7,3 % en 2022.", "Le PIB par habitant atteint 40 886 dollars.",
    "Die Inflationsrate in Deutschland lag 2022 bei 6,9 Prozent.", "Das BIP wuchs um 1,8 Prozent auf 4,1 Billionen Euro.",
    "De inflatie in Nederland was 10,0% in 2022.", "A inflação no Brasil foi de 5,79% em 2022.",
    "O PIB cresceu 2,9% e somou 9,9 bilhões de reais.", "Inflation in Kazakhstan was 20.3% in 2022.",
    "Kazakhstan's population was 19.6 million in 2022.", "Bilateral trade reached 28.2 billion dollars.",
    "1.234,5", "12", "0,955", "1.234.567,89 €", "-0,5 %", "−2,1 %", "٣٫٥٪", "２，５％", "2½", "¾",
    "not less than 5%", "no fewer than 3 million people", "no more than about 4%", "more than nearly 20%",
    "on 31 February 2022", "at end-0", "on 1 July 99999", "in 2019Q5", "in 2020-13", "in FY2023/24", "in 2010/2014",
    "at 2023-01-01T00:00:00+05:00", "Kazakhstan, Russia and Italy had 5% and 6% respectively",
    "rose 50% since", "doubled since 2025", "from 2022 to 2010", "0 times more", "a share of 0% of 0",
    "\u200b", "\u200f", "\u202e", "\u2066", "\u00ad", "\ufeff", "\u0301", "e\u0301", "İ", "ß", "ﬁ", "\n\n", "\n", ". ",
    "dell'anno precedente", "l’année dernière", "mil milhões", "Mrd.", "37,5 millions", "\u00a0", "\u2009", "\u202f",
]
DATES = ["2023-05-01", "2023-05-01T10:00:00+05:00", "2023-02-30", "2023", "0023-11-02", "9999-12-31", "'2023-13-01'"]


@st.composite
def foreign_drafts(draw: st.DrawFn) -> str:
    front = f"---\ntitle: {draw(st.sampled_from(['t', 'Inflazione 2022', '[a]', '5']))}\n"
    front += f"date: {draw(st.sampled_from(DATES))}\n"
    if draw(st.booleans()):
        front += f"lang: {draw(st.sampled_from(LANGS))}\n"
    body = " ".join(draw(st.lists(st.sampled_from(PIECES), min_size=1, max_size=20)))
    form = draw(st.sampled_from([None, "NFC", "NFD", "NFKC"]))
    return front + "---\n\n" + (unicodedata.normalize(form, body) if form else body) + "\n"


@lru_cache(maxsize=1)
def _reference():  # type: ignore[no-untyped-def]
    return load_reference([REFERENCE])


class _Logged(logging.Handler):
    """The workbench's warnings during one example (caplog is per test, not per example)."""

    def __init__(self) -> None:
        super().__init__(logging.WARNING)
        self.messages: list[str] = []

    def emit(self, record: logging.LogRecord) -> None:
        self.messages.append(record.getMessage())


def _examples(default: int) -> int:
    return int(os.environ.get("WORKBENCH_FUZZ_EXAMPLES", default))


@settings(max_examples=_examples(25), deadline=None, suppress_health_check=[HealthCheck.too_slow])
@given(foreign_drafts())
def test_any_mix_of_languages_checks_every_claim(text: str) -> None:
    try:
        draft = parse_draft(text.encode("utf-8"), "drafts/mixed.md")
    except WorkbenchError:
        return  # refused with one line: the reader's contract, tested elsewhere
    logged = _Logged()
    logger = logging.getLogger("workbench")
    logger.addHandler(logged)
    try:
        report = CheckReport(drafts=[check_draft(draft, _reference(), Config())])
    finally:
        logger.removeHandler(logged)
    assert not logged.messages, logged.messages  # a claim unchecked, or a gloss given up on: a bug caught
    CheckReport.model_validate(json.loads(report.model_dump_json()))
    for result in report.drafts[0].results:
        claim = result.claim
        assert result.reason != UNCHECKED_REASON, result.explanation
        assert draft.text[claim.start:claim.end] == claim.text
        assert draft.line_col(claim.start) == (claim.line, claim.column)
