"""Extraction time against input size, from 10 kB to 10 MB: is it linear?

    .venv/bin/python benchmarks/extraction_linearity.py [--max 10000000] [--shapes prose,line,periods]

Three shapes of text, each generated (seeded) at 10 kB, 100 kB, 1 MB and 10 MB:

- ``prose``: news-like paragraphs, sentences of 10–40 words, one figure in about every other;
- ``line``: one line, no sentence break at all, a figure every few words (the worst case for
  anything done per figure over its sentence);
- ``periods``: one line of figures each with its own period ("5% in 2021, 7% in Q3 2022, …"),
  the worst case for choosing each figure's period among the sentence's periods.

For each it prints the CPU seconds of ``extract_text`` (best of 3 below 1 MB, one run above),
the claims found and the seconds per MB; a linear extractor keeps s/MB flat along each row.
"""

from __future__ import annotations

import argparse
import gc
import os
import random
import sys
import time
from collections.abc import Callable
from pathlib import Path

ROOT = Path(__file__).resolve().parent.parent
sys.path.insert(0, str(ROOT))

from workbench.extraction import extract_text, parallel  # noqa: E402

# One process reads each text: this measures how the engine's time grows with the text, in CPU seconds
# of this process, which would not count the workers of a parallel read (benchmarks/extraction.py times that).
os.environ[parallel.JOBS_VARIABLE] = "1"

SIZES = [10_000, 100_000, 1_000_000, 10_000_000]
SUBJECTS = ["exports", "the budget deficit", "wheat output", "unemployment", "foreign investment", "tuition fees"]
VERBS = ["rose", "fell", "grew by", "reached", "was", "dropped to", "stood at"]
FIGURES = ["{n}%", "${n} billion", "{n} million tonnes", "{n},{k:03d} people", "about {n} per cent", "{n}.{k}bn"]
FILLER = ["officials said", "according to the ministry", "the report showed", "analysts expect more",
          "the figures were revised", "in the region", "a spokesman added"]
PERIODS = ["in 2021", "in Q3 2022", "in the first half of 2020", "in January–August 2023", "last year"]


def _figure(rng: random.Random) -> str:
    return rng.choice(FIGURES).format(n=rng.randint(2, 999), k=rng.randint(0, 999))


def prose(size: int, rng: random.Random) -> str:
    parts: list[str] = []
    length = 0
    while length < size:
        words = [rng.choice(SUBJECTS).capitalize(), rng.choice(VERBS)]
        words.append(_figure(rng) if rng.random() < 0.5 else "steadily")
        words += [rng.choice(FILLER) for _ in range(rng.randint(1, 5))]
        sentence = " ".join(words) + (" " + rng.choice(PERIODS) if rng.random() < 0.4 else "") + "."
        sentence += "\n\n" if rng.random() < 0.2 else " "
        parts.append(sentence)
        length += len(sentence)
    return "".join(parts)[:size]


def _one_line(size: int, part: Callable[[], str]) -> str:
    """``part()`` repeated until the text reaches ``size`` characters, cut there."""
    parts: list[str] = []
    length = 0
    while length < size:
        parts.append(part())
        length += len(parts[-1])
    return "".join(parts)[:size]


def line(size: int, rng: random.Random) -> str:
    return "In 2022 " + _one_line(size, lambda: f"{rng.choice(SUBJECTS)} {rng.choice(VERBS)} {_figure(rng)}, ")


def periods(size: int, rng: random.Random) -> str:
    return _one_line(size, lambda: f"{rng.choice(SUBJECTS)} {rng.choice(VERBS)} {_figure(rng)} {rng.choice(PERIODS)}, ")


SHAPES = {"prose": prose, "line": line, "periods": periods}


def measure(text: str, runs: int) -> tuple[float, int]:
    best, found = float("inf"), 0
    for _ in range(runs):
        gc.collect()
        start = time.process_time()
        found = len(extract_text(text))
        best = min(best, time.process_time() - start)
    return best, found


def main() -> None:
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("--max", type=int, default=SIZES[-1], help="largest size in characters")
    parser.add_argument("--shapes", default=",".join(SHAPES), help="comma-separated: " + ", ".join(SHAPES))
    args = parser.parse_args()
    extract_text("Warm-up: exports rose 5% in 2022.")
    print(f"{'shape':8} {'size':>10} {'claims':>9} {'seconds':>9} {'s/MB':>7}")
    for shape in args.shapes.split(","):
        for size in [s for s in SIZES if s <= args.max]:
            text = SHAPES[shape](size, random.Random(size))
            seconds, found = measure(text, 3 if size < 1_000_000 else 1)
            print(f"{shape:8} {size:>10,} {found:>9,} {seconds:>9.3f} {seconds / (size / 1e6):>7.3f}", flush=True)


if __name__ == "__main__":
    main()
