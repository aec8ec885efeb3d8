"""Ledger: what durability costs, and how many reviewer decisions per second one ledger takes.

Prints, for ledgers of 50 and 400 claims:
- a save (`save_ledger`: lock, re-read + revision check, temp file, fsync, rename, folder fsync)
  next to the peer: a plain `Path.write_bytes` of the same JSON (no lock, no fsync, not atomic);
- one `set_decision` read-modify-write, and the decisions/s that 1 and 8 processes reach together;
- `refresh_ledger` after an edit (re-attaching every reviewed claim).

Run: .venv/bin/python benchmarks/ledger.py
"""

from __future__ import annotations

import multiprocessing
import platform
import statistics
import sys
import tempfile
import time
from pathlib import Path

sys.path.insert(0, str(Path(__file__).resolve().parent.parent / "tests"))

from ledger_support import make_ledger, report_for

from workbench.drafts import load_draft
from workbench.ledger import (
    load_ledger,
    refresh_ledger,
    save_ledger,
    serialise,
    set_decision,
)
from workbench.models import Verdict
from machine import cpu_model  # benchmarks/ is on sys.path when a script runs


def _median_ms(fn, repeat: int) -> float:
    times = []
    for _ in range(repeat):
        t0 = time.perf_counter()
        fn()
        times.append((time.perf_counter() - t0) * 1000)
    return statistics.median(times)


def _decide(path: str, ids: list[str], worker: int, count: int) -> None:
    for j in range(count):
        set_decision(path, ids[(worker + j) % len(ids)], Verdict.supported, f"w{worker}", note=str(j))


def _throughput(path: Path, ids: list[str], workers: int, count: int) -> float:
    ctx = multiprocessing.get_context("fork")
    procs = [ctx.Process(target=_decide, args=(str(path), ids, w, count)) for w in range(workers)]
    t0 = time.perf_counter()
    for p in procs:
        p.start()
    for p in procs:
        p.join()
    return workers * count / (time.perf_counter() - t0)


def _measure(size: int) -> str:
    """One line of figures for a ledger of ``size`` claims."""
    with tempfile.TemporaryDirectory() as tmp:
        draft, path, ledger = make_ledger(Path(tmp), sentences=size)
        ids = list(ledger.claims)
        data = serialise(ledger)
        plain = Path(tmp) / "plain.json"
        state = {"ledger": ledger}

        def save() -> None:
            state["ledger"] = save_ledger(state["ledger"], path, state["ledger"].revision)

        save_ms = _median_ms(save, 30)
        plain_ms = _median_ms(lambda: plain.write_bytes(data), 30)
        decide_ms = _median_ms(lambda: set_decision(path, ids[0], Verdict.supported, "bench"), 30)
        one = _throughput(path, ids, 1, 60)
        eight = _throughput(path, ids, 8, 30)
        for claim_id in ids[::3]:
            set_decision(path, claim_id, Verdict.contradicted, "bench", note="reviewed")
        lines = draft.read_text(encoding="utf-8").splitlines()
        lines = [line.replace(" units.", " units, it said.") if i % 2 else line for i, line in enumerate(lines)]
        lines.insert(7, "An inserted sentence without a figure.")
        draft.write_text("\n".join(lines) + "\n", encoding="utf-8")
        current = load_ledger(path)
        edited, report = load_draft(draft), report_for(draft)
        refresh_ms = _median_ms(lambda: refresh_ledger(edited, report, current), 5)
        return (f"{size} claims ({len(data) / 1024:.0f} KiB): save {save_ms:.1f} ms vs plain write_bytes "
                f"{plain_ms:.2f} ms; set_decision {decide_ms:.1f} ms; {one:.0f} decisions/s from 1 process, "
                f"{eight:.0f}/s from 8; refresh after edit {refresh_ms:.0f} ms")


def main() -> None:
    cpu = cpu_model()
    print(f"machine: {multiprocessing.cpu_count()} cores, {cpu}, Python {platform.python_version()}")
    for size in (50, 400):
        print(_measure(size))

if __name__ == "__main__":
    main()
