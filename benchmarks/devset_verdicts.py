"""Score `workbench check` on the verdicts development set (benchmarks/devsets/verdicts.jsonl).

Each sentence of the set becomes one temporary draft (front matter `date:` = the page's
publication date, a day or, when the page shows only that, a month; the `context` sentence or heading, when the set gives one, is written
before it as the reader saw it: a previous sentence in the same paragraph, a lead or an
earlier paragraph as a paragraph before it, a title as `#`, a section heading as `##`). All drafts are checked in one in-process call of the CLI
contract (`workbench check ... --format json --exit-zero`) against the shared reference
packages, read where they are (`../shared/reference-sources/`), never copied.

A package that does not load is reported and left out; its claims are scored as the
checker answers without it. When no package loads at all, a one-row placeholder package
(a metric nothing in the set names) stands in, because the checker needs one.

Prints: verdicts right (and right with the expected evidence row), false alarms per 25
claims, silent passes, a confusion table, and per-package load status.

    PYTHONPATH=$PWD .venv/bin/python benchmarks/devset_verdicts.py [--shared DIR] [--json]
"""

from __future__ import annotations

import argparse
import contextlib
import io
import json
import math
import os
import re
import shutil
import sys
import tempfile
from collections import Counter, defaultdict
from pathlib import Path

from devset_dates import front_matter_date

from workbench.periods import try_parse_period

ROOT = Path(__file__).resolve().parent.parent
DEVSET = ROOT / "benchmarks" / "devsets" / "verdicts.jsonl"
PACKAGES = [
    "wild/inflation",
    "wild/cpi",
    "wild/co2-fossil-by-nation",
    "wild/co2-ppm",
    "wild/exchange-rates",
    "worldbank-population",
    "worldbank-gdp",
    "kz-bns-region-population-2023",
]
VERDICTS = ["supported", "contradicted", "unsupported", "needs_review"]
FLAGGING = {"contradicted", "unsupported"}
PASSING = {"supported", "needs_review"}
NUMERAL = re.compile(r"\d[\d,.]*\d|\d")


def run_cli(args: list[str], cwd: Path) -> tuple[int, str, str]:
    """Call `workbench` in-process with redirected stdout/stderr; never raises."""
    from workbench.cli import main

    out, err = io.StringIO(), io.StringIO()
    old = os.getcwd()
    os.chdir(cwd)
    try:
        with contextlib.redirect_stdout(out), contextlib.redirect_stderr(err):
            try:
                rc = main(args)
            except SystemExit as exc:  # argparse and friends
                rc = exc.code if isinstance(exc.code, int) else 2
            except Exception as exc:  # a crash is a finding, not the end of the run
                rc = 3
                print(f"CRASH {type(exc).__name__}: {exc}", file=err)
    finally:
        os.chdir(old)
    return int(rc or 0), out.getvalue(), err.getvalue()


def find_shared(explicit: str | None) -> Path:
    if explicit:
        return Path(explicit).resolve()
    for base in [ROOT.parent, ROOT.parent.parent, *ROOT.parents]:
        cand = base / "shared" / "reference-sources"
        if cand.is_dir():
            return cand.parent
    sys.exit("devset_verdicts: cannot find shared/reference-sources (pass --shared DIR)")


def placeholder_package(tmp: Path) -> Path:
    pkg = tmp / "placeholder-package"
    pkg.mkdir()
    (pkg / "placeholder.csv").write_text("period,value,unit,source\n2000,0,,devset placeholder\n", encoding="utf-8")
    (pkg / "datapackage.json").write_text(json.dumps({
        "name": "devset-placeholder",
        "title": "devset placeholder",
        "resources": [{
            "name": "placeholder", "title": "zzqx devset placeholder", "path": "placeholder.csv",
            "schema": {"fields": [{"name": "period", "type": "string"},
                                  {"name": "value", "type": "number"},
                                  {"name": "unit", "type": "string"},
                                  {"name": "source", "type": "string"}]},
            "sources": [{"title": "devset placeholder", "path": "https://example.invalid/"}],
            "workbench": {"metric": "zzqx devset placeholder"},
        }],
    }), encoding="utf-8")
    return pkg


def initialised_copy(source: Path, copy: Path, cwd: Path) -> Path:
    """A copy of a shared package (or of a folder holding one bare CSV) with the `workbench` block
    that `workbench reference init` writes: the one command a newsroom runs on a publisher's data."""
    shutil.copytree(source, copy)
    target = copy if (copy / "datapackage.json").exists() else next(copy.glob("*.csv"))
    run_cli(["reference", "init", str(target)], cwd)
    return copy


def write_draft(path: Path, item: dict) -> None:
    lines = ["---"]
    date = front_matter_date(item.get("published"))
    if date:
        lines.append(f"date: {date}")
    lines.append(f"url: {json.dumps(item['url'])}")
    lines += ["---", ""]
    context, where = item.get("context"), str(item.get("context_from") or "")
    if context and _same_paragraph(where):
        # the sentences before it in its own paragraph: one paragraph, as the page printed them
        lines.append(f"{context} {item['text']}")
    else:
        if context:
            # a title or heading is written as one (a section's heading below the title), so the
            # checker meets it where a reader does; a lead or an earlier paragraph is a paragraph
            mark = "## " if "section" in where else "# " if any(w in where for w in ("title", "heading")) else ""
            lines += [mark + context, ""]
        lines.append(item["text"])
    path.write_text("\n".join(lines) + "\n", encoding="utf-8")


# also "the two previous sentences", "the paragraph's first two sentences"
_SAME_PARAGRAPH = ("previous sentence", "sentence of the paragraph", "the paragraph's first")


def _same_paragraph(context_from: str) -> bool:
    """The label's context stands in the claim's own paragraph ('previous sentence', 'an earlier
    sentence of the paragraph', 'the two previous sentences'); a lead, a title or an earlier
    paragraph stands apart from it."""
    return any(w in context_from for w in _SAME_PARAGRAPH)


def close(a: float, b: float, rel: float = 2e-3) -> bool:
    return math.isclose(float(a), float(b), rel_tol=rel, abs_tol=1e-9)


def pick_result(results: list[dict], claim_text: str, text: str = "", occurrence: int = 0) -> dict | None:
    """The checker's result for the judged quantity: exact surface, else overlap. The judged
    quantity stands in the item's own text: a figure of its context (a lead that says '19 million'
    too) is another claim, read only when the text's own is not found. ``occurrence`` tells apart
    one sentence's repeats of the same surface ('rose by 3% in 2018 ... fell 3% in 2019'): the
    n-th labelled row with that surface in that text is the n-th result with it (see
    ``occurrences``)."""
    own = [r for r in results if text and (r["claim"].get("sentence") or "") and r["claim"]["sentence"] in text]
    if own and own is not results:
        found = _pick(own, claim_text, occurrence)
        if found is not None:
            return found
    return _pick(results, claim_text, occurrence)


def occurrences(items: list[dict]) -> dict[str, int]:
    """Each row's rank (from 0, in the set's order) among the rows labelling the same surface in the
    same text: the second row labelling '3%' of a sentence that says '3%' twice judges the second."""
    seen: Counter = Counter()
    rank = {}
    for item in items:
        key = (item["text"], item["claim_text"])
        rank[item["id"]] = seen[key]
        seen[key] += 1
    return rank


def _pick(results: list[dict], claim_text: str, occurrence: int = 0) -> dict | None:
    exact = sorted((r for r in results if r["claim"]["text"] == claim_text),
                   key=lambda r: r["claim"].get("start") or 0)
    if exact:
        # a rank past the surface's count labels an occurrence again (the same sentence labelled
        # twice, with another context or date): the ranks wrap round to the first
        return exact[occurrence % len(exact)]
    # an overlap written with the same numeral first: '8%' is inside '+7.8%' but is another figure
    numeral = NUMERAL.search(claim_text)
    same = [r for r in results if numeral and numeral.group() in NUMERAL.findall(r["claim"]["text"] or "")]
    overlapping = [r for r in results if (t := r["claim"]["text"]) and (t in claim_text or claim_text in t)]
    if overlapping:
        return next((r for r in overlapping if r in same), overlapping[0])
    # the surfaces differ in what they take around the figure ('about 11.2 thousand dollars' vs
    # '11.2 thousand dollars per capita'): the one result written with the same numeral
    return same[0] if len(same) == 1 else None


def within_span(evidence_period: str, labelled: str) -> bool:
    """A figure computed over a span ('the highest in 61 years': min and max of 1961/2021) names the
    span; the labelled row (the year of the extreme) is one of the rows it was computed from. A change
    labelled with its span ('2008/2018') may be named by its later end, as a one-year change is labelled
    ('2018': computed from the 2008 and 2018 rows); the value still has to be the change's."""
    span, row = try_parse_period(evidence_period), try_parse_period(labelled)
    if span is None or row is None:
        return False
    if "/" in labelled and "/" not in evidence_period:
        return labelled.rsplit("/", 1)[1] == evidence_period
    return span != row and span.contains(row)


def evidence_ok(result: dict, expected: dict) -> bool:
    """The checker's first evidence is the labelled row, or one of the rows the label names as
    equally right (``equally``: a sibling series the text does not tell apart from it, such as a
    station's and the global series when the text names neither and both agree)."""
    ev = result.get("evidence") or []
    if not ev or not expected or "value" not in expected:
        return False
    alternatives = [{**expected, **alt} for alt in expected.get("equally") or []]
    return any(_is_row(ev[0], e) for e in [expected, *alternatives])


def _is_row(top: dict, expected: dict) -> bool:
    period = str(expected.get("period", ""))
    if period and not (str(top.get("period", "")).startswith(period[:4]) or within_span(str(top.get("period", "")), period)):
        return False
    # Labels give the cell as published; the checker reports it in the canonical unit, with the
    # publisher's stated scale applied ('thousand metric tons' → tonnes). A derived figure (a ratio
    # of two years, a share, a growth rate) names the rows it was computed from as cells.
    values = [top.get("value"), *(c.get("value") for c in top.get("cells") or [])]
    return any(v is not None and close(v, expected["value"] * 1000.0 ** k) for v in values for k in range(4))


def flags_nobody_claimed(items: list[dict], by_path: dict[str, list[dict]]) -> list[dict]:
    """The figures of each distinct text that the checker flags although no row of the set labels
    them: CI fails a draft on any flagged figure, labelled or not. Several rows may label figures of
    one text; each text counts once, with the figures of its own sentences (not its context's)."""
    rank = occurrences(items)
    rows_of_text: dict[str, list[dict]] = defaultdict(list)
    for item in items:
        rows_of_text[item["text"]].append(item)
    found = []
    for text, rows in rows_of_text.items():
        results = by_path.get(f"{rows[0]['id']}.md", [])
        labelled = [pick_result(by_path.get(f"{r['id']}.md", []), r["claim_text"], text, rank.get(r["id"], 0))
                    for r in rows]
        labelled_spans = {(x["claim"]["text"], x["claim"].get("sentence")) for x in labelled if x}
        for r in results:
            sentence = r["claim"].get("sentence") or ""
            if (r.get("verdict") in FLAGGING and sentence and sentence in text
                    and (r["claim"]["text"], r["claim"].get("sentence")) not in labelled_spans):
                found.append({"id": rows[0]["id"], "claim": r["claim"]["text"], "verdict": r["verdict"],
                              "labelled": [row["claim_text"] for row in rows], "sentence": sentence,
                              "why": why_of(r)})
    return found


def why_of(result: dict | None) -> str:
    """The checker's reason code and top evidence row, to group misses by cause."""
    if not result:
        return ""
    ev = (result.get("evidence") or [{}])[0]
    place = "/".join((ev.get("dimensions") or {}).values())
    row = f"{ev.get('metric', '')} {place} {ev.get('period', '')} = {ev.get('value', '')}" if ev else ""
    return f"[{result.get('reason') or ''}] {row.strip()} | {result.get('explanation', '')[:90]}"


def batch_of(item: dict) -> str:
    """A row's batch: a number in the development set, an area's name ('co2') in an exploration set."""
    return str(item.get("batch") or 1)


def batch_order(batch: str) -> tuple[bool, int, str]:
    """Numbered batches in their order, named ones after them."""
    return (not batch.isdigit(), int(batch) if batch.isdigit() else 0, batch)


def main(argv: list[str] | None = None) -> int:
    ap = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    ap.add_argument("--shared", help="the shared/ folder (default: found upwards)")
    ap.add_argument("--devset", default=str(DEVSET))
    ap.add_argument("--json", action="store_true", help="print the figures as JSON too")
    ap.add_argument("--verbose", action="store_true", help="list every claim judged wrongly")
    ap.add_argument("--init", action="store_true",
                    help="as a newsroom adopts a package: a copy of each, `workbench reference init` on it, "
                         "and `check --skip-invalid` (default: the packages exactly as shipped)")
    ap.add_argument("--extra-flags", metavar="FILE",
                    help="write every flagged figure of a text other than its labelled one as JSON lines "
                         "(CI fails a draft on any of them, labelled or not)")
    args = ap.parse_args(argv)

    sys.path.insert(0, str(ROOT))
    shared = find_shared(args.shared)
    items = [json.loads(l) for l in Path(args.devset).read_text(encoding="utf-8").splitlines() if l.strip()]

    with tempfile.TemporaryDirectory(prefix="devset-verdicts-") as td:
        tmp = Path(td)
        probe = tmp / "probe.md"
        probe.write_text("---\ndate: 2023-06-01\n---\n\nThe figure was 5% in 2022.\n", encoding="utf-8")
        loaded, failed = [], {}
        skip = ["--skip-invalid"] if args.init else []
        for rel in PACKAGES:
            pkg = shared / "reference-sources" / rel
            if args.init:
                pkg = initialised_copy(pkg, tmp / "packages" / rel.replace("/", "_"), tmp)
            rc, _out, err = run_cli(["check", str(probe), "--reference", str(pkg), *skip,
                                     "--format", "json", "--exit-zero"], tmp)
            if rc == 0:
                loaded.append(pkg)
            else:
                failed[rel] = (err.strip().splitlines() or [f"exit {rc}"])[-1]
        refs = loaded or [placeholder_package(tmp)]

        drafts = tmp / "drafts"
        drafts.mkdir()
        paths = {}
        for item in items:
            p = drafts / f"{item['id']}.md"
            write_draft(p, item)
            paths[item["id"]] = p
        cmd = ["check", *[str(p) for p in paths.values()]]
        for r in refs:
            cmd += ["--reference", str(r)]
        cmd += ["--claims", str(tmp / "claims"), "--format", "json", "--exit-zero", *skip]
        rc, out, err = run_cli(cmd, tmp)
        by_path: dict[str, list[dict]] = {}
        if rc == 0 and out.strip():
            report = json.loads(out)
            for d in report.get("drafts", []):
                by_path[Path(d["path"]).name] = d.get("results", [])
        else:
            # one draft at a time, so one bad draft cannot hide the others
            for iid, p in paths.items():
                c = ["check", str(p)] + sum([["--reference", str(r)] for r in refs], [])
                c += ["--claims", str(tmp / "claims"), "--format", "json", "--exit-zero", *skip]
                rc1, out1, err1 = run_cli(c, tmp)
                try:
                    rep = json.loads(out1)
                    by_path[p.name] = rep["drafts"][0].get("results", []) if rep.get("drafts") else []
                except Exception:
                    by_path[p.name] = [{"claim": {"text": ""}, "verdict": f"error(rc={rc1})",
                                        "evidence": [], "_error": err1.strip()[-200:]}]

    n = len(items)
    draft_errors = [r["_error"] for rs in by_path.values() for r in rs if "_error" in r]
    if rc != 0 and not draft_errors:
        draft_errors = [err.strip()[-200:]]
    confusion: dict[str, Counter] = defaultdict(Counter)
    right = right_ev = false_alarm = silent = not_found = 0
    per_country: dict[str, Counter] = defaultdict(Counter)
    per_batch: dict[str, Counter] = defaultdict(Counter)
    misses = []
    extra_flags = flags_nobody_claimed(items, by_path)
    rank = occurrences(items)
    for item in items:
        truth = item["expected_verdict"]
        res = pick_result(by_path.get(f"{item['id']}.md", []), item["claim_text"], item["text"], rank[item["id"]])
        pred = res["verdict"] if res else "not_extracted"
        if res is None:
            not_found += 1
        confusion[truth][pred] += 1
        country = item.get("country") or (item.get("expected_evidence") or {}).get("country") or "?"
        ok = pred == truth
        if ok and truth in ("supported", "contradicted"):
            ok_ev = evidence_ok(res, item.get("expected_evidence") or {})
        else:
            ok_ev = ok
        right += ok
        right_ev += ok_ev
        per_country[country]["n"] += 1
        per_country[country]["right"] += ok_ev
        batch = per_batch[batch_of(item)]
        batch.update(n=1, right=ok, right_ev=ok_ev)
        if pred in FLAGGING and truth in PASSING:
            false_alarm += 1
            batch["false_alarms"] += 1
        if pred == "supported" and (truth != "supported" or not ok_ev):
            silent += 1
            batch["silent"] += 1
        if not ok_ev:
            misses.append((item["id"], truth, pred, item["claim_text"], why_of(res)))

    print("# Verdicts development set")
    print(f"set: {Path(args.devset).relative_to(ROOT) if Path(args.devset).is_relative_to(ROOT) else args.devset}"
          f" — {n} claims; truth: " + ", ".join(f"{v} {sum(1 for i in items if i['expected_verdict'] == v)}" for v in VERDICTS))
    print(f"reference: {shared / 'reference-sources'}")
    for rel in PACKAGES:
        print(f"  {'loaded' if rel not in failed else 'FAILED'}  {rel}" + (f"  — {failed[rel]}" if rel in failed else ""))
    if not loaded:
        print("  (no package loads: checked against a one-row placeholder package, i.e. with every package absent)")
    print()
    print(f"verdict right:                      {right}/{n} = {right / n:.3f}")
    print(f"verdict right with the evidence row: {right_ev}/{n} = {right_ev / n:.3f}")
    print(f"false alarms (flagged, truth supported/needs_review): {false_alarm} = {false_alarm / n * 25:.2f} per 25 claims")
    print(f"silent passes (supported wrongly or by the wrong row): {silent}")
    print(f"judged quantity not extracted:      {not_found}")
    texts = len({i["text"] for i in items})
    print(f"flags on figures nobody claimed (text's own figures other than the labelled one): "
          f"{len(extra_flags)} in {texts} texts = {len(extra_flags) / texts * 25:.2f} per 25 texts")
    if args.extra_flags:
        Path(args.extra_flags).write_text("".join(json.dumps(e, ensure_ascii=False) + "\n" for e in extra_flags),
                                          encoding="utf-8")
    if len(per_batch) > 1:
        for b, c in sorted(per_batch.items(), key=lambda kv: batch_order(kv[0])):
            ids = [i["id"] for i in items if batch_of(i) == b]
            print(f"  batch {b} ({ids[0]}–{ids[-1]}, {c['n']} claims): right {c['right']} ({c['right'] / c['n']:.3f}), "
                  f"with the evidence row {c['right_ev']} ({c['right_ev'] / c['n']:.3f}), false alarms "
                  f"{c['false_alarms']} = {c['false_alarms'] / c['n'] * 25:.2f} per 25, silent passes {c['silent']}")
    if draft_errors:
        print(f"drafts the checker refused or crashed on: {len(draft_errors)} (first: {draft_errors[0]})")
    print()
    cols = VERDICTS + sorted({p for c in confusion.values() for p in c} - set(VERDICTS))
    print("| truth \\ checker | " + " | ".join(cols) + " |")
    print("|---|" + "---:|" * len(cols))
    for t in VERDICTS:
        print(f"| {t} | " + " | ".join(str(confusion[t][c]) for c in cols) + " |")
    print()
    print("right (with evidence) per country/area: " + ", ".join(
        f"{c} {v['right']}/{v['n']}" for c, v in sorted(per_country.items())))
    if args.verbose:
        for iid, truth, pred, text, why in misses:
            print(f"  MISS {iid}: {text!r} truth {truth}, checker {pred}" + (f" — {why}" if why else ""))
    if args.json:
        print(json.dumps({"n": n, "right": right, "right_with_evidence": right_ev,
                          "false_alarms": false_alarm, "false_alarms_per_25": false_alarm / n * 25,
                          "silent_passes": silent, "not_extracted": not_found,
                          "extra_flags": len(extra_flags), "extra_flags_per_25": len(extra_flags) / len({i["text"] for i in items}) * 25,
                          "failed_packages": failed,
                          "batches": {b: dict(c) for b, c in sorted(per_batch.items(), key=lambda kv: batch_order(kv[0]))},
                          "confusion": {t: dict(c) for t, c in confusion.items()}}))
    return 0


if __name__ == "__main__":
    raise SystemExit(main())
