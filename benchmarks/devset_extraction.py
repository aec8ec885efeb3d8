"""Score `workbench extract` on the news extraction development set
(benchmarks/devsets/extraction_news.jsonl).

Each sentence becomes one temporary draft (front matter `date:` = published, when known)
and goes through the CLI contract in-process (`workbench extract DRAFT --format json`).
A predicted claim matches a gold quantity when the value agrees (relative 1e-6) and the unit
is the same; each gold and each prediction matches at most once.

Two scores:
- value+unit: |value| and unit (a negative read as positive still counts here);
- strict: signed value, unit, and kind.
Predictions on surfaces listed as not claims (years, dates, ages, clock times, ranks,
scores, model names) are false positives, counted per category.

The set grows in batches (each row's `batch`; a row without one is batch 1). The overall
figures cover every batch; a table per batch follows them, because a batch added after the
extractor was tuned measures it on text nobody tuned on. `--batch N` scores one batch only.

    PYTHONPATH=$PWD .venv/bin/python benchmarks/devset_extraction.py [--verbose]
"""

from __future__ import annotations

import argparse
import contextlib
import io
import json
import math
import os
import re
import sys
import tempfile
from collections import Counter
from pathlib import Path

from devset_dates import front_matter_date

ROOT = Path(__file__).resolve().parent.parent
DEVSET = ROOT / "benchmarks" / "devsets" / "extraction_news.jsonl"


def extract(text: str, published: str | None, tmp: Path) -> tuple[list[dict], str | None]:
    from workbench.cli import main

    draft = tmp / "s.md"
    date = front_matter_date(published)
    head = f"---\ndate: {date}\n---\n\n" if date else ""
    draft.write_text(head + text + "\n", encoding="utf-8")
    out, err = io.StringIO(), io.StringIO()
    old = os.getcwd()
    os.chdir(tmp)
    try:
        with contextlib.redirect_stdout(out), contextlib.redirect_stderr(err):
            try:
                rc = main(["extract", str(draft), "--format", "json"])
            except SystemExit as exc:
                rc = exc.code if isinstance(exc.code, int) else 2
            except Exception as exc:
                return [], f"CRASH {type(exc).__name__}: {exc}"
    finally:
        os.chdir(old)
    if rc:
        return [], f"exit {rc}: {err.getvalue().strip()[-200:]}"
    try:
        return json.loads(out.getvalue()).get("claims", []), None
    except ValueError as exc:
        return [], f"bad JSON: {exc}"


def same(a, b) -> bool:
    if a is None or b is None:
        return a is b
    return math.isclose(float(a), float(b), rel_tol=1e-6, abs_tol=1e-9)


def match(gold: list[dict], pred: list[dict], strict: bool) -> tuple[int, list[int], list[int]]:
    """Greedy one-to-one matching; returns (matched, unmatched gold idx, unmatched pred idx)."""
    used = set()
    missed = []
    for gi, g in enumerate(gold):
        hit = None
        for pi, p in enumerate(pred):
            if pi in used or p.get("value") is None:
                continue
            gv, pv = float(g["value"]), float(p["value"])
            if not strict:
                gv, pv = abs(gv), abs(pv)
            if not same(gv, pv) or (p.get("unit") or "") != (g.get("unit") or ""):
                continue
            if strict and p.get("kind") != g.get("kind"):
                continue
            hit = pi
            break
        if hit is None:
            missed.append(gi)
        else:
            used.add(hit)
    return len(gold) - len(missed), missed, [i for i in range(len(pred)) if i not in used]


def prf(tp: int, n_gold: int, n_pred: int) -> tuple[float, float, float]:
    p = tp / n_pred if n_pred else 0.0
    r = tp / n_gold if n_gold else 0.0
    return p, r, (2 * p * r / (p + r) if p + r else 0.0)


def main(argv: list[str] | None = None) -> int:
    ap = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    ap.add_argument("--devset", default=str(DEVSET))
    ap.add_argument("--verbose", action="store_true", help="list every miss and false positive")
    ap.add_argument("--batch", type=int, help="score only the rows of this batch")
    args = ap.parse_args(argv)
    sys.path.insert(0, str(ROOT))
    items = [json.loads(l) for l in Path(args.devset).read_text(encoding="utf-8").splitlines() if l.strip()]
    if args.batch is not None:
        items = [it for it in items if it.get("batch", 1) == args.batch]

    by_batch: dict[int, dict[str, Counter]] = {}

    totals = {"loose": Counter(), "strict": Counter()}
    cat_gold, cat_miss, cat_miss_strict = Counter(), Counter(), Counter()
    nc_total, nc_fp = Counter(), Counter()
    errors, detail = [], []
    with tempfile.TemporaryDirectory(prefix="devset-extract-") as td:
        tmp = Path(td)
        for item in items:
            pred, error = extract(item["text"], item.get("published"), tmp)
            if error:
                errors.append((item["id"], error))
            gold = item["quantities"]
            bt = by_batch.setdefault(item.get("batch", 1), {"loose": Counter(), "strict": Counter(), "other": Counter()})
            bt["other"].update(sentences=1, errors=1 if error else 0)
            for mode in ("loose", "strict"):
                tp, missed, extra = match(gold, pred, strict=(mode == "strict"))
                totals[mode].update(tp=tp, gold=len(gold), pred=len(pred))
                bt[mode].update(tp=tp, gold=len(gold), pred=len(pred))
                for gi, g in enumerate(gold):
                    for c in g.get("categories", []) or ["plain"]:
                        if mode == "loose":
                            cat_gold[c] += 1
                        if gi in missed:
                            (cat_miss if mode == "loose" else cat_miss_strict)[c] += 1
                if mode == "loose":
                    for gi in missed:
                        detail.append(f"  MISS {item['id']}: {gold[gi]['surface']!r} -> want {gold[gi]['value']} {gold[gi].get('unit')!r}")
                    for pi in extra:
                        p = pred[pi]
                        detail.append(f"  EXTRA {item['id']}: {p.get('text')!r} = {p.get('value')} {p.get('unit')!r}")
            for nc in item.get("not_claims", []):
                nc_total[nc["category"]] += 1
                bt["other"]["nc"] += 1
                surf = nc["surface"]
                if any(p.get("text") and (p["text"] in surf or re.search(r"(?<![\w.,])" + re.escape(surf) + r"(?![\w.,])", p["text"]))
                       for p in pred):
                    nc_fp[nc["category"]] += 1
                    bt["other"]["nc_fp"] += 1

    print("# Extraction development set (real news sentences)")
    print(f"{len(items)} sentences, {totals['loose']['gold']} gold quantities, "
          f"{sum(nc_total.values())} marked non-claim surfaces; errors/crashes: {len(errors)}")
    for mode, label in (("loose", "value+unit"), ("strict", "value+unit+sign+kind")):
        t = totals[mode]
        p, r, f = prf(t["tp"], t["gold"], t["pred"])
        print(f"{label:22s} precision {p:.3f}  recall {r:.3f}  F1 {f:.3f}  (tp {t['tp']}, gold {t['gold']}, predicted {t['pred']})")
    print()
    print("| batch | sentences | gold | predicted | value+unit P / R / F1 | value+unit+sign+kind P / R / F1 | non-claims extracted | errors |")
    print("|---|---:|---:|---:|---|---|---:|---:|")
    for b in sorted(by_batch):
        bt = by_batch[b]
        cells = []
        for mode in ("loose", "strict"):
            t = bt[mode]
            cells.append("%.3f / %.3f / %.3f (tp %d)" % (*prf(t["tp"], t["gold"], t["pred"]), t["tp"]))
        o = bt["other"]
        print(f"| {b} | {o['sentences']} | {bt['loose']['gold']} | {bt['loose']['pred']} | {cells[0]} | {cells[1]} "
              f"| {o['nc_fp']} of {o['nc']} | {o['errors']} |")
    print()
    print("| category | gold | missed (value+unit) | missed (strict) |")
    print("|---|---:|---:|---:|")
    for c, n in sorted(cat_gold.items(), key=lambda kv: (-kv[1], kv[0])):
        print(f"| {c} | {n} | {cat_miss[c]} | {cat_miss_strict[c]} |")
    print()
    print("| not a claim | surfaces | extracted anyway |")
    print("|---|---:|---:|")
    for c, n in sorted(nc_total.items()):
        print(f"| {c} | {n} | {nc_fp[c]} |")
    for iid, e in errors:
        print(f"ERROR {iid}: {e}")
    if args.verbose:
        print("\n".join(detail))
    return 0


if __name__ == "__main__":
    raise SystemExit(main())
