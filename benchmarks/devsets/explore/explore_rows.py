"""What an exploration set's build script writes each row with: the packages' resources as labels name
them, an evidence row, a 'no row' evidence, and the rows themselves (verdicts.jsonl's format)."""
import json

INF = ("wild/inflation", "data/inflation-gdp.csv (holds CPI inflation; labelled the wrong way round upstream; same values in wild/cpi data/cpi.csv)", "Inflation")
FX = ("wild/exchange-rates", "data/annual.csv", "Exchange rate")
FXM = ("wild/exchange-rates", "data/monthly.csv", "Exchange rate")
CO2 = ("wild/co2-fossil-by-nation", "data/fossil-fuel-co2-emissions-by-nation.csv", "Total")


def ev(src, country, period, value):
    return {"package": src[0], "resource": src[1], "country": country, "period": period, "column": src[2], "value": value}


def none(note, country=None):
    return {"package": None, "resource": None, "country": country, "period": None, "column": None, "value": None, "note": note}


class Rows(list):
    """The set's rows, numbered '<prefix>-NN' in the order they are added, all of one batch."""

    def __init__(self, prefix, batch):
        super().__init__()
        self.prefix, self.batch = prefix, batch

    def add(self, text, claim, verdict, evidence, why, url, published, country, context=None, context_from=None):
        assert claim in text, claim
        self.append({"id": f"{self.prefix}-{len(self) + 1:02d}", "text": text, "context": context, "url": url,
                     "published": published, "claim_text": claim, "expected_verdict": verdict,
                     "expected_evidence": evidence, "why": why, "context_from": context_from, "country": country,
                     "batch": self.batch})

    def write(self, out):
        with open(out, "w", encoding="utf-8") as fh:
            for r in self:
                fh.write(json.dumps(r, ensure_ascii=False) + "\n")
        print(len(self), "rows")
