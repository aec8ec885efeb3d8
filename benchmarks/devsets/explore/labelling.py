"""What the explore sets' builders (``build_*.py`` beside this file) share: the reference sources their
labels cite, evidence in the dev set's format, and the rows they write (one JSON object a line)."""

from __future__ import annotations

import json
from collections import Counter
from typing import Any

INF = ("wild/inflation", "data/inflation-gdp.csv (holds CPI inflation; labelled the wrong way round upstream; same values in wild/cpi data/cpi.csv)", "Inflation")
CO2 = ("wild/co2-fossil-by-nation", "data/fossil-fuel-co2-emissions-by-nation.csv", "Total")
FX = ("wild/exchange-rates", "data/annual.csv", "Exchange rate")
FXM = ("wild/exchange-rates", "data/monthly.csv", "Exchange rate")
POP = ("worldbank-population", "population_KAZ_RUS.csv", "Value")
GDP = ("worldbank-gdp", "gdp_current_usd_KAZ_RUS.csv", "Value")


def ev(src: tuple[str, str, str], country: str, period: str, value: float) -> dict[str, Any]:
    """The evidence row of ``src`` (package, resource, column) for ``country`` and ``period``."""
    return {"package": src[0], "resource": src[1], "country": country, "period": period, "column": src[2], "value": value}


def none(note: str, country: str | None = None) -> dict[str, Any]:
    """No evidence row, and why."""
    return {"package": None, "resource": None, "country": country, "period": None, "column": None, "value": None, "note": note}


class LabelledRows:
    """The rows of one explore set, numbered '<prefix>-01'… in the order added; claims in ``drop`` are left out."""

    def __init__(self, batch: str, prefix: str, drop: frozenset[str] = frozenset()) -> None:
        self.batch, self.prefix, self.drop = batch, prefix, drop
        self.rows: list[dict[str, Any]] = []

    def add(self, text: str, claim: str, verdict: str, evidence: dict[str, Any], why: str, url: str,
            published: str | None, country: str | None, context: str | None = None, context_from: str | None = None,
            **extra: Any) -> None:
        """One row; ``extra`` fields (a set's own, such as ``lang``) go before ``batch``."""
        assert text.count(claim) == 1, claim  # each claim is found by its text
        if claim in self.drop:
            return
        self.rows.append({"id": f"{self.prefix}-{len(self.rows)+1:02d}", "text": text, "context": context, "url": url,
                          "published": published, "claim_text": claim, "expected_verdict": verdict,
                          "expected_evidence": evidence, "why": why, "context_from": context_from, "country": country,
                          **extra, "batch": self.batch})

    def summary(self) -> str:
        """The builders' closing line: rows, their expected verdicts, pages."""
        verdicts = Counter(row["expected_verdict"] for row in self.rows)
        return f"{len(self.rows)} rows {verdicts} {len({row['url'] for row in self.rows})} pages"

    def write(self, out: str) -> None:
        with open(out, "w", encoding="utf-8") as fh:
            for row in self.rows:
                fh.write(json.dumps(row, ensure_ascii=False) + "\n")
