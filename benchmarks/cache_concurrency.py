"""Start N `workbench check` processes at the same moment on one cache folder and compare each
with a run without the cache: what parallel CI jobs on a shared cache do.

    .venv/bin/python benchmarks/cache_concurrency.py DRAFT --reference PKG [--reference PKG ...]
        [-n 6] [--rounds 2] [--cache DIR] [--other-checkout DIR]

The folder starts empty (a fresh temporary one unless --cache names one: then as it is, stale or
not); each later round runs on what the earlier ones left. --other-checkout DIR (a folder holding
another copy of the `workbench` package) runs every second process from that code, as two
checkouts sharing the default cache folder do; its own run without the cache is its reference.
Prints one line per process that differs and a summary; exit 1 when any differs.
"""

from __future__ import annotations

import argparse
import json
import os
import subprocess
import sys
import tempfile
from pathlib import Path


def start(args: list[str], cache: Path | None, checkout: str | None) -> subprocess.Popen[str]:
    env = {k: v for k, v in os.environ.items() if not k.startswith("WORKBENCH_")}
    env["PYTHONDONTWRITEBYTECODE"] = "1"
    if cache is None:
        env["WORKBENCH_NO_CACHE"] = "1"
    else:
        env["WORKBENCH_CACHE_DIR"] = str(cache)
    if checkout:
        env["PYTHONPATH"] = checkout
    command = [sys.executable, "-m", "workbench", "check", *args, "--format", "json", "--exit-zero"]
    return subprocess.Popen(command, env=env, stdout=subprocess.PIPE, stderr=subprocess.PIPE, text=True)


def verdicts(process: subprocess.Popen[str]) -> list[tuple[str, int, str, str]] | str:
    out, err = process.communicate()
    if process.returncode != 0:
        return f"exit {process.returncode}: {(err.strip().splitlines() or [''])[-1]}"
    try:
        drafts = json.loads(out)["drafts"]
    except (ValueError, KeyError) as exc:
        return f"unreadable output: {exc}"
    return [(d["path"], r["claim"]["start"], r["verdict"], json.dumps(r.get("evidence"), sort_keys=True))
            for d in drafts for r in d["results"]]


def main() -> int:
    ap = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    ap.add_argument("drafts", nargs="+")
    ap.add_argument("--reference", action="append", default=[])
    ap.add_argument("-n", type=int, default=6)
    ap.add_argument("--rounds", type=int, default=2)
    ap.add_argument("--cache")
    ap.add_argument("--other-checkout")
    a = ap.parse_args()
    check_args = [*a.drafts, *[x for ref in a.reference for x in ("--reference", ref)]]
    checkouts = [None, a.other_checkout] if a.other_checkout else [None]
    expected = {c: verdicts(start(check_args, None, c)) for c in checkouts}
    with tempfile.TemporaryDirectory(prefix="cache-concurrency-") as td:
        cache = Path(a.cache) if a.cache else Path(td)
        differ = 0
        for round_ in range(1, a.rounds + 1):
            started = [(checkouts[i % len(checkouts)], start(check_args, cache, checkouts[i % len(checkouts)]))
                       for i in range(a.n)]
            for i, (checkout, process) in enumerate(started):
                got = verdicts(process)
                if got != expected[checkout]:
                    differ += 1
                    print(f"round {round_} process {i} ({checkout or 'this checkout'}): differs from its run "
                          f"without the cache: {got if isinstance(got, str) else len(got)} results")
        print(f"{a.rounds} round(s) of {a.n} processes: {differ} differ from a run without the cache")
    return 1 if differ else 0


if __name__ == "__main__":
    sys.exit(main())
