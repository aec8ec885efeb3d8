"""The peers' own test suites, scored for us and both peers side by side in one run.

    PYTHONHASHSEED=0 .venv/bin/python benchmarks/peer_suites.py [--suites ../shared/peer-suites] [--show N]

Uses the shared scorer (``score_peer_suites.py`` in the suites folder: its suites, its matching
and its scoped precision) and its ``workbench_cli_batch.py`` adapter, which runs the public
``workbench extract`` CLI of *this* tree once on all texts. quantulum3 and Recognizers-Text
(``recognizers-text-suite``) run in-process through the scorer's own adapters; a peer that is not
installed is reported as missing, never guessed.

Two views per subset, F1 of scoped precision and recall:
  all       every case the scorer keeps;
  in scope  without the cases docs/extraction.md ("Left out on purpose") lists as outside what a
            news fact-checker needs, or written in another unit convention than ours. Each such
            case is dropped as a whole, for every extractor alike, by the rules in OUT_OF_SCOPE.
"""

from __future__ import annotations

import argparse
import importlib.util
import os
import re
import shlex
import sys
from pathlib import Path
from types import ModuleType

ROOT = Path(__file__).resolve().parent.parent

# Subsets the issue sets goals on: (suite name, which score: "value+unit" or "value", goal).
SUBSETS = [
    ("q3/quantities:ncp", "value+unit", 0.80, "quantulum3 numbers/currency/% (value+unit)"),
    ("rt/CurrencyModel", "value+unit", 0.85, "Recognizers Currency (value+unit)"),
    ("rt/PercentModel", "value+unit", 0.85, "Recognizers Percent (value+unit)"),
    ("rt/NumberModel", "value", 0.65, "Recognizers Number (value)"),
]

# Why a case is out of scope, and how it is recognised from an expected item's surface text. Only
# what issue 11 lets go (spelled-out arithmetic, IP addresses) and where DESIGN.md's contract reads
# the same words differently; docs/extraction.md ("Out of scope") lists the same rules. Mixed
# numbers ("2 1/2", "2½", "five and a quarter", "a million and a half"), fractions of a scale
# ("quarter million"), signs, powers and spoken decimals ("five point five") are in scope.
_DENOMS = r"(?:halves|half|thirds?|quarters?|fourths?|fifths?|sixths?|sevenths?|eighths?|ninths?|tenths?)"
_SMALL = (r"(?:a|an|one|two|three|four|five|six|seven|eight|nine|ten|eleven|twelve|twenty|thirty|forty|fifty"
          r"|sixty|seventy|eighty|ninety)")
_WORD = rf"(?:{_SMALL}|hundred|thousand|million)"
OUT_OF_SCOPE = {
    "spelled-out arithmetic: quotients ('twenty-three fifths', 'a hundred trillionths', 'one over three')":
        re.compile(rf"(?i)\b{_WORD}(?:\s*-\s*|\s+){_WORD}(?:\s*-\s*|\s+){_DENOMS}\b"
                   r"|\b\w+(?:ieths?|hundredths?|thousandths?|millionths?|billionths?|trillionths?)\b"
                   r"|\b\w+-firsts?\b|\bfirsts\b|\btwenty-fifth\b|\bover\b"),
    "a fraction is a share in percent here ('two thirds' = 66.67 %, DESIGN.md), a bare quotient there":
        re.compile(rf"(?i)^{_SMALL}(?:\s*-\s*|\s+){_DENOMS}$|^(?:a\s+)?half$|\bout of\b|\b\d+ in \w+|^-?\d+/\d+$"),
    "currencies that no longer exist (markka, peseta, guilder: no ISO 4217 code today) or spoken units (kuai, mao)":
        re.compile(r"(?i)markka|peseta|guilder|kuai|\bmao\b"),
}
# Why a case is out of scope, recognised from an expected item's unit as the scorer normalises it.
# ("3 dollars 50 cents" = 3.5 USD is in scope: there the suite and we agree.)
UNIT_OUT_OF_SCOPE = {
    "cents and pence as a unit of their own ('34 cents' = 34 cent): here they are hundredths of their currency"
    " (0.34 USD), which the scorer cannot match":
        re.compile(r"(?i)^(?:cents?|pence|penny|pennies|sen|satoshis?)$"),
}
# Cases recognised by their whole text (the expected items alone do not show it).
CASE_OUT_OF_SCOPE = {
    "IP addresses, phone numbers, dates read digit group by digit group (none is a quantity here)":
        re.compile(r"\d+\.\d+\.\d+\.\d+|\+\d-\d{3}-|\d+/\d+/\d{4}"),
}


def load_scorer(folder: Path) -> ModuleType:
    spec = importlib.util.spec_from_file_location("score_peer_suites", folder / "score_peer_suites.py")
    if spec is None or spec.loader is None:
        raise SystemExit(f"{folder}: no score_peer_suites.py (pass --suites)")
    module = importlib.util.module_from_spec(spec)
    spec.loader.exec_module(module)
    return module


def out_of_scope(text: str, expected: list[dict]) -> str | None:
    """The reason a case is left out of the in-scope view, or None."""
    for reason, pattern in CASE_OUT_OF_SCOPE.items():
        if pattern.search(text):
            return reason
    for item in expected:
        for reason, pattern in OUT_OF_SCOPE.items():
            if pattern.search(item["text"].strip()):
                return reason
        for reason, pattern in UNIT_OUT_OF_SCOPE.items():
            if pattern.search(item["unit"]):
                return reason
    return None


def predictions(scorer: ModuleType, folder: Path, texts: list[str]) -> dict[str, dict[str, list] | None]:
    """Each extractor's items per text; None for a peer that is not installed."""
    python = shlex.quote(sys.executable)
    cmd = (f"env PYTHONPATH={shlex.quote(str(ROOT))} {python} {shlex.quote(str(folder / 'workbench_cli_batch.py'))}"
           f" --workbench {shlex.quote(python + ' -m workbench')}")
    out: dict[str, dict[str, list] | None] = {
        "workbench": dict(zip(texts, scorer.cmd_extract(cmd, texts, True, 1200)))}
    for name in ("quantulum3", "recognizers"):
        try:
            run = scorer.ADAPTERS[name]()
        except ImportError:
            out[name] = None
            continue
        out[name] = {t: scorer.parse_items(run(t)) for t in texts}
    return out


def f1(scorer: ModuleType, cases: list, preds: dict[str, list], which: str, scope) -> float:
    s = scorer.scores(cases, preds, which == "value+unit", scope)
    p, r = s["sP"], s["R"]
    return 2 * p * r / (p + r) if p + r else 0.0


def main() -> None:
    ap = argparse.ArgumentParser(description=__doc__, formatter_class=argparse.RawDescriptionHelpFormatter)
    ap.add_argument("--suites", type=Path, default=ROOT.parent / "shared" / "peer-suites")
    ap.add_argument("--show", type=int, default=0, metavar="N", help="list N of our misses per subset")
    a = ap.parse_args()
    if os.environ.get("PYTHONHASHSEED") != "0":
        print("note: set PYTHONHASHSEED=0 for quantulum3's repeatable figures", file=sys.stderr)
    scorer = load_scorer(a.suites)
    suites = scorer.q3_suites(a.suites / "quantulum3")
    suites.update(scorer.rt_suites(a.suites / "recognizers-text", ["NumberModel", "PercentModel", "CurrencyModel"]))
    texts = sorted({t for cases, _ in suites.values() for t, _ in cases})
    preds = predictions(scorer, a.suites, texts)
    names = ["workbench", "quantulum3", "recognizers"]
    print("| subset | goal | cases (in scope) | " + " | ".join(f"{n} all | {n} in scope" for n in names) + " |")
    print("|---|---:|---:|" + "---:|---:|" * len(names))
    dropped: dict[str, int] = {}
    for suite, which, goal, label in SUBSETS:
        cases, scope = suites[suite]
        kept = []
        for text, expected in cases:
            reason = out_of_scope(text, expected)
            if reason:
                dropped[reason] = dropped.get(reason, 0) + 1
            else:
                kept.append((text, expected))
        cells = []
        for name in names:
            if preds[name] is None:
                cells += ["not installed", "not installed"]
                continue
            cells += [f"{f1(scorer, cases, preds[name], which, scope):.3f}",
                      f"{f1(scorer, kept, preds[name], which, scope):.3f}"]
        print(f"| {label} | ≥ {goal:.2f} | {len(cases)} ({len(kept)}) | " + " | ".join(cells) + " |")
        _show_misses(scorer, kept, preds["workbench"], which, a.show, suite)
    print("\ncases left out of the in-scope view, by reason (over the four subsets):")
    for reason, n in sorted(dropped.items(), key=lambda kv: -kv[1]):
        print(f"  {n:4}  {reason}")


def _show_misses(scorer: ModuleType, cases: list, preds: dict, which: str, n: int, suite: str) -> None:
    shown = 0
    for text, expected in cases:
        if shown >= n:
            return
        got = preds[text]
        if not (len(expected) == len(got) == scorer.match(expected, got, which == "value+unit", scorer.ANY)[0]):
            fmt = [(x["text"], x["value"], x["unit"]) for x in got]
            print(f"    [{suite}] {text[:100]!r}\n      expected {[(e['text'], e['value'], e['unit']) for e in expected]}"
                  f"\n      got      {fmt}")
            shown += 1


if __name__ == "__main__":
    main()
