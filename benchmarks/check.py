"""Benchmark `workbench check`: cold start, 1,000 drafts, and a 1,000,000-observation package.

Run: .venv/bin/python benchmarks/check.py [--drafts 1000] [--observations 1000000] [--jobs 2]

Prints three figures, each next to its peer measured in the same run:
1. `workbench check` on the sample draft as a cold process vs `python -c "import pandas"`
   (wall time, median of several runs, and CPU time, best of them; target ≤ 2.5×), both with
   bytecode and after a warm-up run, as an installed command runs;
2. 1,000 generated drafts against the shipped package (wall time, peak memory of the whole
   process tree; target < 30 s on 2 cores, < 2 GB);
3. the same drafts' kind against a generated package of 1,000,000 observations.

Drafts are generated from the reference data itself (metric aliases, dimension values, real
values, some of them altered), so every draft has claims that match, contradict or miss.
"""

from __future__ import annotations

import argparse
import csv
import json
import os
import platform
import random
import statistics
import subprocess
import sys
import tempfile
import time
from pathlib import Path
from machine import cpu_model  # benchmarks/ is on sys.path when a script runs

ROOT = Path(__file__).resolve().parent.parent
PYTHON = sys.executable
SAMPLE = ROOT / "drafts" / "kazakhstan-russia-visit.md"
REFERENCE = ROOT / "reference_data"


# ------------------------------------------------------------------------------------- measuring

def _tree_rss_kb(root_pid: int) -> int:
    """Resident memory of a process and all its descendants, from /proc."""
    children: dict[int, list[int]] = {}
    rss: dict[int, int] = {}
    for entry in os.listdir("/proc"):
        if not entry.isdigit():
            continue
        try:
            with open(f"/proc/{entry}/stat") as handle:
                fields = handle.read().rsplit(")", 1)[1].split()
            ppid, pages = int(fields[1]), int(fields[21])
        except (OSError, IndexError, ValueError):
            continue
        pid = int(entry)
        children.setdefault(ppid, []).append(pid)
        rss[pid] = pages * os.sysconf("SC_PAGE_SIZE") // 1024
    total, stack = 0, [root_pid]
    while stack:
        pid = stack.pop()
        total += rss.get(pid, 0)
        stack += children.get(pid, [])
    return total


def run_measured(cmd: list[str], cwd: Path = ROOT) -> tuple[float, int, int]:
    """(wall seconds, peak RSS of the process tree in MB, exit code)."""
    start = time.perf_counter()
    proc = subprocess.Popen(cmd, cwd=cwd, stdout=subprocess.DEVNULL, stderr=subprocess.PIPE)
    peak = 0
    while proc.poll() is None:
        peak = max(peak, _tree_rss_kb(proc.pid))
        time.sleep(0.05)
    elapsed = time.perf_counter() - start
    err = proc.stderr.read().decode() if proc.stderr else ""
    if proc.returncode not in (0, 1):
        raise SystemExit(f"{' '.join(cmd)} failed ({proc.returncode}): {err}")
    return elapsed, peak // 1024, proc.returncode


def cold_run(cmd: list[str], env: dict[str, str]) -> tuple[float, float]:
    """(wall seconds, CPU seconds: user + system) of one cold process. CPU time is what compares
    on a shared machine: other work stretches the wall time, not the process's own CPU time."""
    start = time.perf_counter()
    proc = subprocess.Popen(cmd, cwd=ROOT, env=env, stdout=subprocess.DEVNULL, stderr=subprocess.DEVNULL)
    _, _, usage = os.wait4(proc.pid, 0)
    return time.perf_counter() - start, usage.ru_utime + usage.ru_stime


def bytecode_env(folder: Path) -> dict[str, str]:
    """The environment with bytecode written and read (into ``folder``), as an installed command
    has it: pandas is imported from its compiled bytecode, so the workbench must be too, even where
    the shell sets PYTHONDONTWRITEBYTECODE (which would compile ~90 modules from source per run)."""
    env = {k: v for k, v in os.environ.items() if k != "PYTHONDONTWRITEBYTECODE"}
    env["PYTHONPYCACHEPREFIX"] = str(folder)
    return env


# ------------------------------------------------------------------------------------- generating

_WORDS = {"USD": "dollars", "EUR": "euros", "RUB": "roubles", "t": "tonnes"}


def say(value: float, unit: str) -> str | None:
    """A value as a news text writes it, or None for units the generator does not write."""
    if unit == "%":
        return f"{value:.1f}%"
    if unit not in _WORDS and unit != "":
        return None
    v = abs(value)
    if v >= 1e9:
        text = f"{value / 1e9:.1f} billion"
    elif v >= 1e6:
        text = f"{value / 1e6:.1f} million"
    elif v >= 1e4:
        text = f"{value / 1e3:.0f} thousand"
    else:
        text = f"{value:.0f}"
    return f"{text} {_WORDS[unit]}" if unit else text


def sentences_from_package(package: Path, rng: random.Random, limit_rows: int = 2000) -> list[str]:
    """Claims written from the package's own rows: metric aliases, dimension values, values."""
    descriptor = json.loads((package / "datapackage.json").read_text())
    out: list[str] = []
    for res in descriptor["resources"]:
        block = res["workbench"]
        if block.get("kind") == "change":
            continue
        names = [block["metric"], *block.get("aliases", [])]
        with (package / res["path"]).open(encoding="utf-8") as handle:
            rows = [r for _, r in zip(range(limit_rows), csv.DictReader(handle))]
        dims = [f["name"] for f in res["schema"]["fields"]
                if f["name"] not in ("period", "value", "unit", "source", "source_url", "note")]
        for row in rng.sample(rows, min(len(rows), 60)):
            if not (len(row["period"]) == 4 and row["period"].isdigit()):
                continue
            value = float(row["value"])
            roll = rng.random()
            if roll < 0.3:
                value *= rng.choice([0.5, 1.6, 3.0])  # a wrong figure
            figure = say(value, row["unit"])
            if figure is None:
                continue
            where = " and ".join(row[d] for d in dims if row.get(d))
            out.append(f"In {row['period']}, the {rng.choice(names)} of {where} was {figure}.")
    return out


def write_drafts(folder: Path, sentences: list[str], count: int, rng: random.Random) -> None:
    folder.mkdir(parents=True, exist_ok=True)
    fillers = ["Officials met again this week.", "The talks went on late into the evening.",
               "Analysts were cautious about the outlook.", "Three new projects were announced."]
    for i in range(count):
        body = []
        for _ in range(4):
            paragraph = rng.sample(sentences, min(3, len(sentences))) + [rng.choice(fillers)]
            body.append(" ".join(paragraph))
        text = f"---\ntitle: Generated draft {i}\ndate: 2025-06-30\n---\n\n" + "\n\n".join(body) + "\n"
        (folder / f"draft-{i:04}.md").write_text(text, encoding="utf-8")


_SYLLABLES = ["va", "lor", "min", "tek", "sul", "dra", "po", "ner", "qui", "zan", "bel", "cor", "ith", "mar"]


def invented(rng: random.Random, parts: int = 3) -> str:
    return "".join(rng.choice(_SYLLABLES) for _ in range(parts))


def write_big_package(folder: Path, observations: int, rng: random.Random) -> None:
    """A package of invented metrics over invented provinces: ``observations`` rows in all."""
    folder.mkdir(parents=True, exist_ok=True)
    resources_n, provinces_n = 20, 250
    years = max(1, observations // (resources_n * provinces_n))
    provinces = sorted({invented(rng).capitalize() for _ in range(provinces_n * 3)})[:provinces_n]
    units = ["USD", "t", "", "%"]
    resources = []
    for r in range(resources_n):
        metric = f"{invented(rng, 2)} {rng.choice(['output', 'exports', 'stock', 'capacity', 'rate'])}"
        unit = units[r % len(units)]
        name = f"metric_{r:02}"
        with (folder / f"{name}.csv").open("w", newline="", encoding="utf-8") as handle:
            writer = csv.writer(handle)
            writer.writerow(["period", "value", "unit", "province", "source"])
            for province in provinces:
                base = rng.uniform(10, 90) if unit == "%" else 10 ** rng.uniform(3, 10)
                for y in range(years):
                    value = base * (1 + 0.02 * y) if unit != "%" else base
                    writer.writerow([2024 - years + 1 + y, f"{value:.6g}", unit, province, "Generated Office"])
        resources.append({
            "name": name, "path": f"{name}.csv", "title": metric,
            "schema": {"fields": [{"name": "period", "type": "string"}, {"name": "value", "type": "number"},
                                  {"name": "unit", "type": "string"}, {"name": "province", "type": "string"},
                                  {"name": "source", "type": "string"}],
                       "primaryKey": ["period", "province", "source"]},
            "sources": [{"title": "Generated Office", "path": "https://example.org/generated"}],
            "workbench": {"metric": metric, "aliases": [f"{metric} of the province"], "kind": "level"},
        })
    (folder / "datapackage.json").write_text(json.dumps({"name": "generated", "resources": resources}),
                                             encoding="utf-8")


# ------------------------------------------------------------------------------------- main

def machine() -> str:
    cpu = cpu_model()
    return f"{os.cpu_count()} cores ({cpu}), Python {platform.python_version()}"


def check_drafts(drafts: Path, package: Path, jobs: int, out: Path, method: str | None = None
                 ) -> tuple[float, int, dict[str, int]]:
    env_method = {"WORKBENCH_START_METHOD": method} if method else {}
    old = {k: os.environ.get(k) for k in env_method}
    os.environ.update(env_method)
    try:
        wall, peak, _ = run_measured([PYTHON, "-m", "workbench", "check", str(drafts), "--reference", str(package),
                                      "--jobs", str(jobs), "--format", f"json:{out}"])
    finally:
        for k, v in old.items():
            if v is None:
                os.environ.pop(k, None)
            else:
                os.environ[k] = v
    return wall, peak, json.loads(out.read_text())["summary"]


def main() -> None:
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("--drafts", type=int, default=1000)
    parser.add_argument("--observations", type=int, default=1_000_000)
    parser.add_argument("--jobs", type=int, default=2)
    parser.add_argument("--runs", type=int, default=7)
    parser.add_argument("--start-methods", default="", metavar="M,M",
                        help="also time the 1,000-draft runs under these worker start methods, e.g. fork,forkserver")
    args = parser.parse_args()
    rng = random.Random(20231110)
    print(f"machine: {machine()}")

    pandas_cmd = [PYTHON, "-c", "import pandas"]
    check_cmd = [PYTHON, "-m", "workbench", "check", str(SAMPLE), "--format", "json"]
    with tempfile.TemporaryDirectory() as pycache:
        env = bytecode_env(Path(pycache))
        for cmd in (pandas_cmd, check_cmd):  # warm-up: bytecode, the reference and pattern caches
            cold_run(cmd, env)
        runs: dict[str, list[tuple[float, float]]] = {"pandas": [], "check": []}
        for _ in range(args.runs):  # interleaved, so that both see the same load
            runs["pandas"].append(cold_run(pandas_cmd, env))
            runs["check"].append(cold_run(check_cmd, env))
    pw, cw = (statistics.median(w for w, _ in runs[k]) for k in ("pandas", "check"))
    pc, cc = (min(c for _, c in runs[k]) for k in ("pandas", "check"))
    print(f"cold start ({args.runs} runs each, interleaved): import pandas wall median {pw:.2f} s, CPU best {pc:.2f} s | "
          f"workbench check sample draft wall median {cw:.2f} s, CPU best {cc:.2f} s | ratio wall median "
          f"{cw / pw:.2f}x, CPU best {cc / pc:.2f}x (target <= 2.5x)")

    with tempfile.TemporaryDirectory() as tmp:
        tmpdir = Path(tmp)
        shipped = tmpdir / "shipped-drafts"
        write_drafts(shipped, sentences_from_package(REFERENCE, rng), args.drafts, rng)
        out = tmpdir / "report.json"
        wall, peak, _ = run_measured([PYTHON, "-m", "workbench", "check", str(shipped), "--reference",
                                      str(REFERENCE), "--jobs", str(args.jobs), "--format", f"json:{out}"])
        summary = json.loads(out.read_text())["summary"]
        claims = sum(v for k, v in summary.items() if k not in ("suppressed", "findings"))
        print(f"{args.drafts} drafts vs shipped package: {wall:.1f} s, peak {peak} MB, {claims} claims "
              f"({claims / wall:.0f}/s), summary {summary}")

        big = tmpdir / "big-package"
        start = time.perf_counter()
        write_big_package(big, args.observations, rng)
        print(f"generated package: {args.observations:,} observations in {time.perf_counter() - start:.1f} s")
        big_drafts = tmpdir / "big-drafts"
        write_drafts(big_drafts, sentences_from_package(big, rng), args.drafts, rng)
        wall, peak, summary = check_drafts(big_drafts, big, args.jobs, out)
        claims = sum(v for k, v in summary.items() if k not in ("suppressed", "findings"))
        print(f"{args.drafts} drafts vs {args.observations:,}-observation package: {wall:.1f} s, peak {peak} MB, "
              f"{claims} claims ({claims / wall:.0f}/s), summary {summary} (target < 30 s, < 2048 MB)")
        for method in [m for m in args.start_methods.split(",") if m]:
            for name, drafts, package in (("shipped", shipped, REFERENCE), ("generated", big_drafts, big)):
                wall, peak, _ = check_drafts(drafts, package, args.jobs, out, method)
                print(f"start method {method}: {args.drafts} drafts vs {name} package: {wall:.1f} s, peak {peak} MB")


if __name__ == "__main__":
    main()
