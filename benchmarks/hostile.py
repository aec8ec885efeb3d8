"""Hostile-input benchmark: the worst drafts we know of next to a normal draft of the same size.

    .venv/bin/python benchmarks/hostile.py [--size 2000000] [--timeout 120] [--commands extract,check] [--cases …]

Each case is a draft of ``--size`` bytes (2 MB by default, half the 4 MB limit): the normal one
repeats the sample draft's body; the pathological ones repeat an opener that never closes
(``<!--``, ``<a``, ``[``, ``](``, ``![``), thousands of suppression comments in one paragraph,
one 500-figure sentence repeated, or a front-matter alias bomb / deep nesting in front of the
normal body. Every command runs in a fresh process (``python -m workbench``) with a deadline, so
one that still hangs is reported as "> timeout" instead of stopping the run. Figures are wall
seconds of that process (the machine is shared: the load average is printed with them).
"""

from __future__ import annotations

import argparse
import os
import platform
import subprocess
import sys
import tempfile
import time
from collections.abc import Callable
from pathlib import Path

ROOT = Path(__file__).resolve().parent.parent
SAMPLE = ROOT / "drafts" / "kazakhstan-russia-visit.md"


def _body() -> bytes:
    text = SAMPLE.read_bytes()
    return text.split(b"\n---\n", 1)[1] if text.startswith(b"---\n") else text


def _repeat(unit: bytes, size: int, head: bytes = b"") -> bytes:
    return head + unit * max(1, (size - len(head)) // len(unit))


def _figures_sentence() -> bytes:
    return b"Output was " + b", ".join(b"%d tonnes in %d" % (i, 1990 + i % 30) for i in range(500)) + b".\n\n"


CASES: dict[str, Callable[[int], bytes]] = {
    "normal (sample draft repeated)": lambda n: _repeat(_body() + b"\n", n),
    "unclosed <!--": lambda n: _repeat(b"<!--", n, b"Trade grew by 10% in 2022. "),
    "unclosed <tag": lambda n: _repeat(b"<a", n, b"Trade grew by 10% in 2022. "),
    "unclosed [": lambda n: _repeat(b"[", n, b"Trade grew by 10% in 2022. "),
    "unclosed ](": lambda n: _repeat(b"](", n, b"Trade grew by 10% in 2022. "),
    "unclosed ![": lambda n: _repeat(b"![", n, b"Trade grew by 10% in 2022. "),
    "suppression comments, one paragraph": lambda n: _repeat(b"<!-- workbench: ignore --> 5 tonnes. ", n),
    "500 figures per sentence": lambda n: _repeat(_figures_sentence(), n),
    "front matter alias bomb": lambda n: _repeat(_body(), n, b"---\na: &a [x,x,x,x,x,x,x,x,x]\nb: &b [*a,*a,*a,*a,*a,*a,*a,*a,*a]\n"
                                                            b"c: &c [*b,*b,*b,*b,*b,*b,*b,*b,*b]\n---\n"),
    "front matter nested 100,000 deep": lambda n: _repeat(_body(), n, b"---\nt: " + b"[" * 100_000 + b"]" * 100_000
                                                                 + b"\n---\n"),
}


def _run(argv: list[str], cwd: Path, timeout: float) -> tuple[str, int | None]:
    env = {**os.environ, "PYTHONPATH": str(ROOT), "WORKBENCH_NO_CACHE": "1"}
    started = time.monotonic()
    try:
        proc = subprocess.run([sys.executable, "-m", "workbench", *argv], cwd=cwd, env=env, timeout=timeout,
                              stdout=subprocess.DEVNULL, stderr=subprocess.PIPE)
    except subprocess.TimeoutExpired:
        return f"> {timeout:.0f}", None
    return f"{time.monotonic() - started:.2f}", proc.returncode


def main() -> None:
    parser = argparse.ArgumentParser(description=__doc__.split("\n")[0])
    parser.add_argument("--size", type=int, default=2_000_000)
    parser.add_argument("--timeout", type=float, default=120.0)
    parser.add_argument("--commands", default="extract,check")
    parser.add_argument("--cases", default="", help="only cases whose name contains one of these (comma-separated)")
    args = parser.parse_args()
    wanted = [w for w in args.cases.split(",") if w]
    commands = [c for c in args.commands.split(",") if c]
    print(f"# {platform.python_version()}, {os.cpu_count()} cores, load average "
          f"{', '.join(f'{x:.2f}' for x in os.getloadavg())}, drafts of {args.size / 1e6:.1f} MB")
    print("| draft | " + " | ".join(f"`{c}` s (exit)" for c in commands) + " |")
    print("|---|" + "---:|" * len(commands))
    with tempfile.TemporaryDirectory() as tmp:
        project = Path(tmp)
        (project / "drafts").mkdir()
        (project / "workbench.toml").write_text(
            f'reference = ["{(ROOT / "reference_data").as_posix()}"]\nclaims = "claims"\n', encoding="utf-8")
        for name, make in CASES.items():
            if wanted and not any(w in name for w in wanted):
                continue
            draft = project / "drafts" / "case.md"
            draft.write_bytes(make(args.size))
            cells = []
            for command in commands:
                argv = [command, "drafts/case.md"] + (["--no-progress"] if command == "check" else [])
                seconds, code = _run(argv, project, args.timeout)
                cells.append(f"{seconds} ({code if code is not None else '-'})")
            print(f"| {name} | " + " | ".join(cells) + " |", flush=True)


if __name__ == "__main__":
    main()
