"""`workbench check` time against the figures of one sentence: is it linear?

    PYTHONPATH=$PWD .venv/bin/python benchmarks/check_linearity.py [--sizes 100,1000,4000] [--shapes dense,mixed]
        [--packages shipped,wild]

One draft of one sentence with N figures, two seeded shapes:

- ``dense``: 'Inflation in Kenya was 5.1%, 6.2%, … in 2015.' — short figures, so a sentence of up to
  ~1,300 of them stays under the extractor's ``LONG_SENTENCE`` and every claim carries the whole
  sentence: the shape where a per-claim read of the sentence makes the run quadratic;
- ``mixed``: clauses about inflation, population, GDP, CO2 and exchange rates of ten countries, each
  with its year; past ~170 figures each claim carries a window of its sentence;
- ``row`` (a draft with no date): one table row of N '1.5%' cells under 'Inflation in Kenya', the crash
  hunter's shape; past ~1,170 cells the row passes ``LONG_SENTENCE``;
- ``years`` (a draft with no date): 'Inflation was 5.1% in 2000, 6.2% in 2001, …' under a heading: each
  figure's relative year is read against the years of the others (matching/relative.py);
- ``compared``: 'Inflation in Kenya was 5.1% in December, after 4.2% in November, … compared with 6.3% a year
  earlier.' under a heading of its year: each earlier month's figure set against the one before it, their year carried
  from the heading past the figures compared with (matching/carried.py, ``_compared_figures_period``); ~365
  figures stay under ``LONG_SENTENCE``;
- ``paragraph``, ``paragraphs``, ``table``: the same figures as one paragraph of five-figure sentences,
  as one paragraph per sentence, and as a Markdown table of five-figure rows (the other draft shapes
  whose per-claim reads could grow with the draft);
- ``bracketed``: 'Inflation in 2022 was highest in Kenya (7.6%), Chile (11.6%), …': a long bracketed list, a
  place before each figure;
- ``projected`` (a draft with no date): 'Inflation in Kenya is projected to reach 5.1% in 2016, 6.2% in 2017, …': the
  stretch from the projection's words to each figure (verify/periods/projection.py);
- ``forecast``: 'Inflation in Kenya will be 5.1%, 6.2%, …, the central bank expects.': forecasts naming no year, each
  figure between commas as an aside (verify/periods/forecast.py);
- ``averaged``: 'During the last decade, inflation averaged 5.1% in Kenya, 6.2% in Chile, …': a span opening the
  sentence, read back from each figure (verify/periods/recent_span.py).

Against the shipped package (``reference_data``) or the wild ones (``../shared/reference-sources``).
Prints CPU seconds of ``check_draft`` (best of ``--runs``), ms per figure (flat along a row when
linear)
and the verdict counts.
"""

from __future__ import annotations

import argparse
import random
import sys
import time
from collections import Counter
from pathlib import Path

ROOT = Path(__file__).resolve().parent.parent
sys.path.insert(0, str(ROOT))

from workbench.check import check_draft  # noqa: E402
from workbench.config import Config  # noqa: E402
from workbench.drafts import parse_draft  # noqa: E402
from workbench.models import DraftReport  # noqa: E402
from workbench.reference import ReferenceData, load_reference  # noqa: E402

WILD = ["wild/inflation", "wild/cpi", "wild/co2-fossil-by-nation", "wild/co2-ppm", "wild/exchange-rates",
        "worldbank-population", "worldbank-gdp", "kz-bns-region-population-2023"]
COUNTRIES = ["Kenya", "France", "Brazil", "India", "Japan", "Mexico", "Germany", "Chile", "Peru", "Spain"]
CLAUSES = ["inflation in {c} was {n}.{k}%", "the population of {c} reached {n}.{k} million",
           "GDP of {c} was ${n} billion", "CO2 emissions of {c} were {n} million tonnes",
           "the euro traded at {n}.{k} {c} units"]


def dense(n: int, rng: random.Random) -> str:
    figures = ", ".join(f"{rng.randint(1, 9)}.{rng.randint(0, 9)}%" for _ in range(n))
    return f"Inflation in Kenya was {figures} in 2015.\n"


def mixed(n: int, rng: random.Random) -> str:
    clauses = [rng.choice(CLAUSES).format(c=rng.choice(COUNTRIES), n=rng.randint(2, 99), k=rng.randint(0, 9))
               + f" in {rng.randint(2000, 2022)}" for _ in range(n)]
    return "In the past years " + ", ".join(clauses) + ".\n"


def row(n: int, rng: random.Random) -> str:
    return "Inflation in Kenya\n\n| " + " | ".join(f"c{i}" for i in range(n)) + " |\n|" + "---|" * n + "\n| " \
        + " | ".join("1.5%" for _ in range(n)) + " |\n"


def years(n: int, rng: random.Random) -> str:
    listed = ", ".join(f"{rng.randint(1, 9)}.{rng.randint(0, 9)}% in {2000 + i % 20}" for i in range(n))
    return f"# Inflation in Kenya\n\nInflation was {listed}.\n"


MONTHS = ["January", "February", "March", "April", "May", "June", "July", "August", "September", "October",
          "November", "December"]


def compared(n: int, rng: random.Random) -> str:
    """One sentence of a month's figure, each earlier month's set against it ('after 4.2% in November'), and a
    year-earlier one at its end, under a heading that names the year."""
    listed = ", ".join(f"after {rng.randint(1, 9)}.{rng.randint(0, 9)}% in {MONTHS[(10 - i) % 12]}"
                       for i in range(max(n - 2, 0)))
    return (f"# Inflation in Kenya, 2015\n\nInflation in Kenya was {rng.randint(1, 9)}.{rng.randint(0, 9)}% in December, "
            f"{listed}, compared with {rng.randint(1, 9)}.{rng.randint(0, 9)}% a year earlier.\n")


def paragraph(n: int, rng: random.Random) -> str:
    """One paragraph of sentences of five figures each: each figure's neighbours are the sentences around its own."""
    return " ".join(f"Inflation in {rng.choice(COUNTRIES)} was "
                    + ", ".join(f"{rng.randint(1, 9)}.{rng.randint(0, 9)}%" for _ in range(5))
                    + f" in {rng.randint(2000, 2022)}." for _ in range(max(n // 5, 1))) + "\n"


def paragraphs(n: int, rng: random.Random) -> str:
    """Paragraphs of one sentence of five figures each."""
    return "\n\n".join(f"Inflation in {rng.choice(COUNTRIES)} was "
                       + ", ".join(f"{rng.randint(1, 9)}.{rng.randint(0, 9)}%" for _ in range(5))
                       + f" in {rng.randint(2000, 2022)}." for _ in range(max(n // 5, 1))) + "\n"


def table(n: int, rng: random.Random) -> str:
    """A Markdown table of inflation by country and year: five figures a row."""
    head = "Inflation (annual %)\n\n| Country | 2015 | 2016 | 2017 | 2018 | 2019 |\n|---|---|---|---|---|---|\n"
    return head + "".join(f"| {rng.choice(COUNTRIES)} | "
                          + " | ".join(f"{rng.randint(1, 9)}.{rng.randint(0, 9)}%" for _ in range(5)) + " |\n"
                          for _ in range(max(n // 5, 1)))


def bracketed(n: int, rng: random.Random) -> str:
    """'Inflation in 2022 was highest in Kenya (7.6%), Chile (11.6%), …': one place after another, each with its
    figure in brackets; past ~400 figures the sentence passes ``LONG_SENTENCE``."""
    listed = ", ".join(f"{rng.choice(COUNTRIES)} ({rng.randint(1, 9)}.{rng.randint(0, 9)}%)" for _ in range(n))
    return f"Inflation in 2022 was highest in {listed}.\n"


def projected(n: int, rng: random.Random) -> str:
    """'Inflation in Kenya is projected to reach 5.1% in 2016, 6.2% in 2017, …' in a draft with no date: each figure a
    projection the rows of its year would judge, read back to the projection's words (verify/periods/projection.py)."""
    listed = ", ".join(f"{rng.randint(1, 9)}.{rng.randint(0, 9)}% in {2016 + i % 8}" for i in range(n))
    return f"Inflation in Kenya is projected to reach {listed}.\n"


def forecast(n: int, rng: random.Random) -> str:
    """'Inflation in Kenya will be 5.1%, 6.2%, …, the central bank expects.': forecasts that name no year
    (verify/periods/forecast.py), each figure an aside between commas."""
    listed = ", ".join(f"{rng.randint(1, 9)}.{rng.randint(0, 9)}%" for _ in range(n))
    return f"Inflation in Kenya will be {listed}, the central bank expects.\n"


def averaged(n: int, rng: random.Random) -> str:
    """'During the last decade, inflation averaged 5.1% in Kenya, 6.2% in Chile, …': averages over a span counted
    back from the draft's date, opening the sentence (verify/periods/recent_span.py)."""
    listed = ", ".join(f"{rng.randint(1, 9)}.{rng.randint(0, 9)}% in {rng.choice(COUNTRIES)}" for _ in range(n))
    return f"During the last decade, inflation averaged {listed}.\n"


SHAPES = {"dense": dense, "mixed": mixed, "row": row, "years": years, "compared": compared, "paragraph": paragraph,
          "paragraphs": paragraphs, "table": table, "bracketed": bracketed, "projected": projected,
          "forecast": forecast, "averaged": averaged}
# an undated draft: relative years are read from the text (matching/relative.py), a projection is never an outturn
UNDATED = {"row", "years", "projected"}


def one_sentence_draft(shape: str, n: int, seed: int = 1) -> str:
    front = "" if shape in UNDATED else "---\ndate: 2024-01-01\n---\n"
    return front + SHAPES[shape](n, random.Random(seed))


def reference(which: str) -> ReferenceData:
    if which == "shipped":
        return load_reference([ROOT / "reference_data"])
    shared = ROOT.parent / "shared" / "reference-sources"
    return load_reference([shared / p for p in WILD], skip_invalid=True)


def timed_check(text: str, ref: ReferenceData) -> tuple[float, DraftReport]:
    draft = parse_draft(text.encode(), "one-sentence.md")
    started = time.process_time()
    report = check_draft(draft, ref, Config())
    return time.process_time() - started, report


def main() -> None:
    parser = argparse.ArgumentParser(description=__doc__, formatter_class=argparse.RawDescriptionHelpFormatter)
    parser.add_argument("--sizes", default="100,1000,4000")
    parser.add_argument("--shapes", default="dense,mixed")
    parser.add_argument("--packages", default="shipped,wild")
    parser.add_argument("--runs", type=int, default=1)
    args = parser.parse_args()
    sizes = [int(s) for s in args.sizes.split(",")]
    for which in args.packages.split(","):
        ref = reference(which)
        timed_check(one_sentence_draft("mixed", 20), ref)  # warm: patterns compiled, indexes built
        for shape in args.shapes.split(","):
            for n in sizes:
                text = one_sentence_draft(shape, n)
                best, report = min((timed_check(text, ref) for _ in range(args.runs)), key=lambda r: r[0])
                verdicts = Counter(r.verdict.value for r in report.results)
                print(f"{which:8} {shape:6} {n:5} figures: {best:7.2f} s CPU, {best / n * 1000:6.2f} ms/figure, "
                      f"{len(report.results)} claims {dict(sorted(verdicts.items()))}", flush=True)


if __name__ == "__main__":
    main()
