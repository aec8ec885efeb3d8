"""What the explore sets' builders (``build_*.py`` beside this file) share: the reference sources their
labels cite, evidence in the dev set's format, and the rows they write (one JSON object a line); for
the extraction sets (``build_news*.py``), gold figures, non-claims and passages in the format of
``benchmarks/devsets/extraction_news.jsonl``."""

from __future__ import annotations

import json
from collections import Counter
from pathlib import Path
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


def figure(surface: str, value: float, unit: str, kind: str, qualifier: str = "exact", direction: str | None = None,
           high: float | None = None, cats: tuple[str, ...] = ()) -> dict[str, Any]:
    """A gold figure of an extraction set; its sign follows the value (only a written sign is negative)."""
    return {"surface": surface, "value": value, "value_high": high, "unit": unit, "qualifier": qualifier,
            "kind": kind, "direction": direction, "sign": "-" if value < 0 else "+", "categories": list(cats)}


def non_claim(surface: str, category: str) -> dict[str, Any]:
    """A surface of the passage that is no claim (a year, a date, an ordinal …)."""
    return {"surface": surface, "category": category}


def passage(rid: str, batch: str, url: str, published: str | None, text: str, quantities: list[dict[str, Any]],
            not_claims: Any = ()) -> dict[str, Any]:
    """One row of an extraction set: a passage copied verbatim, its page and date, its gold."""
    return {"id": rid, "batch": batch, "text": text, "url": url, "published": published,
            "quantities": quantities, "not_claims": list(not_claims)}


class Passages(list[dict[str, Any]]):
    """The rows of an extraction set in the order its builder adds them: ``row`` adds one passage (``passage``'s
    arguments), so each builder says ``ROWS = Passages()`` and ``row = ROWS.row`` instead of a wrapper of its own."""

    def row(self, rid: str, batch: str, url: str, published: str | None, text: str,
            quantities: list[dict[str, Any]], not_claims: Any = ()) -> None:
        self.append(passage(rid, batch, url, published, text, quantities, not_claims))


def percent(surface: str, value: float, kind: str = "change", direction: str | None = "up", qualifier: str = "exact",
            cats: tuple[str, ...] = ("percent",)) -> dict[str, Any]:
    """A gold percentage; a change goes up unless told, a level has no direction."""
    return figure(surface, value, "%", kind, qualifier, direction if kind == "change" else None, cats=cats)


def count(surface: str, value: float, qualifier: str = "exact", kind: str = "count", direction: str | None = None,
          cats: tuple[str, ...] = ("count",)) -> dict[str, Any]:
    """A gold count: no unit; a change in a count says its direction."""
    return figure(surface, value, "", kind, qualifier, direction=direction, cats=cats)


def level(surface: str, value: float, qualifier: str = "exact", cats: tuple[str, ...] = ("percent",)) -> dict[str, Any]:
    """A gold percentage that is a level (a rate, a share), so it has no direction."""
    return percent(surface, value, "level", None, qualifier, cats=cats)


def write_passages(out: Path, rows: list[dict[str, Any]]) -> None:
    """Check that every gold and non-claim surface is in its passage and the ids are unique; write ``out``
    and say what it holds."""
    ids = [r["id"] for r in rows]
    assert len(ids) == len(set(ids)), "duplicate ids"
    for r in rows:
        for g in r["quantities"]:
            assert g["surface"] in r["text"], (r["id"], g["surface"])
        for n in r["not_claims"]:
            assert n["surface"] in r["text"], (r["id"], n["surface"])
    out.write_text("".join(json.dumps(r, ensure_ascii=False) + "\n" for r in rows), encoding="utf-8")
    print(f"{len(rows)} rows, {sum(len(r['quantities']) for r in rows)} quantities, "
          f"{sum(len(r['not_claims']) for r in rows)} non-claims, {len({r['url'] for r in rows})} pages -> {out.name}")
