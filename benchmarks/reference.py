"""Load + validate time and peak memory of reference data packages.

Measures, each in a fresh subprocess (so peak RSS is that of one load, read with
resource.getrusage):
  1. the shipped package (reference_data/): cold load, then a reload served by the content cache;
  2. a generated package of 1,000,000 observations (target: < 3 s, < 1 GB peak RSS);
  3. the peer: a bare ``pandas.read_csv`` of the same 1,000,000-row file with no validation,
     the floor any loader pays (C and pyarrow engines);
  4. the optional disk cache (cache_dir) serving a fresh process;
  5. the mapping layer: the same 1,000,000 rows as a publisher ships them (SDMX-like column
     names, no workbench block: roles inferred), and as a wide table (two value columns, so
     two metrics of 1,000,000 observations each).

Run: .venv/bin/python benchmarks/reference.py [--rows N]
"""

from __future__ import annotations

import argparse
import json
import os
import platform
import subprocess
import sys
import tempfile
import textwrap
from pathlib import Path
from machine import cpu_model  # benchmarks/ is on sys.path when a script runs

ROOT = Path(__file__).resolve().parent.parent

CHILD = textwrap.dedent("""
    import json, resource, sys, time
    from pathlib import Path
    mode, folder = sys.argv[1], sys.argv[2]
    cache_dir = Path(sys.argv[3]) if len(sys.argv) > 3 else None
    import pandas as pd
    from workbench.reference import load_reference, validate_packages
    base_kb = resource.getrusage(resource.RUSAGE_SELF).ru_maxrss
    out = {}
    if mode.startswith("peer"):
        engine = "pyarrow" if mode == "peer-arrow" else "c"
        t = time.perf_counter()
        frame = pd.read_csv(folder + "/big.csv", dtype=str, keep_default_na=False, engine=engine)
        out["seconds"] = time.perf_counter() - t
        out["rows"] = len(frame)
    else:
        t = time.perf_counter()
        data = load_reference([folder], cache_dir=cache_dir)
        out["seconds"] = time.perf_counter() - t
        out["rows"] = data.observations
        t = time.perf_counter()
        load_reference([folder], cache_dir=cache_dir)
        out["cached_reload_seconds"] = time.perf_counter() - t
    out["peak_rss_mb"] = resource.getrusage(resource.RUSAGE_SELF).ru_maxrss / 1024
    out["baseline_rss_mb"] = base_kb / 1024
    print(json.dumps(out))
""")


def generate(folder: Path, rows: int) -> None:
    """A tidy CSV: monthly periods × countries × partners, with sources and notes like real data."""
    import numpy as np
    import pandas as pd

    periods = [f"{2000 + m // 12}-{m % 12 + 1:02d}" for m in range(100)]
    side = int(np.ceil(np.sqrt(rows / len(periods))))
    countries = [f"Country {i:03d}" for i in range(side)]
    combos = pd.MultiIndex.from_product([periods, countries, countries], names=["period", "country", "partner"])
    frame = combos.to_frame(index=False).iloc[:rows]
    rng = np.random.default_rng(7)
    frame.insert(1, "value", np.round(rng.lognormal(20, 2, len(frame)), 2))
    frame.insert(2, "unit", "USD")
    frame["source"] = np.where(np.arange(len(frame)) % 3 == 0, "Customs A", "Statistics B")
    frame["note"] = ""
    frame.to_csv(folder / "big.csv", index=False)
    fields = [{"name": "period", "type": "string"}, {"name": "value", "type": "number"},
              {"name": "unit", "type": "string"}, {"name": "country", "type": "string"},
              {"name": "partner", "type": "string"}, {"name": "source", "type": "string"},
              {"name": "note", "type": "string"}]
    descriptor = {"name": "bench", "resources": [{
        "name": "big", "path": "big.csv", "title": "Generated trade matrix",
        "schema": {"fields": fields, "primaryKey": ["period", "country", "partner", "unit"]},
        "sources": [{"title": "Customs A", "path": "https://example.org/a"},
                    {"title": "Statistics B", "path": "https://example.org/b"}],
        "workbench": {"metric": "trade", "aliases": ["trade turnover"], "kind": "level"}}]}
    (folder / "datapackage.json").write_text(json.dumps(descriptor, indent=2))
    publisher_layouts(folder, frame)


def publisher_layouts(folder: Path, frame) -> None:  # type: ignore[no-untyped-def]
    """The same rows with a publisher's column names and no workbench block, and as a wide table."""
    sdmx = folder / "publisher"
    sdmx.mkdir()
    frame.rename(columns={"period": "TIME_PERIOD", "country": "REF_AREA", "partner": "COUNTERPART_AREA",
                          "value": "OBS_VALUE", "unit": "UNIT_MEASURE", "source": "Source"}).drop(columns=["note"]) \
        .to_csv(sdmx / "big.csv", index=False)
    fields = [{"name": "TIME_PERIOD", "type": "string"}, {"name": "OBS_VALUE", "type": "number"},
              {"name": "UNIT_MEASURE", "type": "string"}, {"name": "REF_AREA", "type": "string"},
              {"name": "COUNTERPART_AREA", "type": "string"}, {"name": "Source", "type": "string"}]
    sources = [{"title": "Customs A", "path": "https://example.org/a"},
               {"title": "Statistics B", "path": "https://example.org/b"}]
    (sdmx / "datapackage.json").write_text(json.dumps({"name": "sdmx", "title": "Trade", "sources": sources,
        "resources": [{"name": "big", "path": "big.csv", "schema": {"fields": fields}}]}, indent=2))
    wide = folder / "wide"
    wide.mkdir()
    out = frame[["period", "country", "partner"]].rename(columns={"period": "Date", "country": "Country",
                                                                  "partner": "Partner"})
    out["Exports"] = frame["value"]
    out["Imports"] = frame["value"] / 2
    out.to_csv(wide / "big.csv", index=False)
    fields = [{"name": "Date", "type": "yearmonth"}, {"name": "Country", "type": "string"},
              {"name": "Partner", "type": "string"},
              {"name": "Exports", "type": "number", "description": "Exports (current US$)"},
              {"name": "Imports", "type": "number", "description": "Imports (current US$)"}]
    (wide / "datapackage.json").write_text(json.dumps({"name": "wide", "title": "Trade", "sources": sources,
        "resources": [{"name": "big", "path": "big.csv", "schema": {"fields": fields}}]}, indent=2))


def child(mode: str, folder: Path, cache_dir: str | None = None) -> dict[str, float]:
    proc = subprocess.run([sys.executable, "-c", CHILD, mode, str(folder), *([cache_dir] if cache_dir else [])],
                          capture_output=True, text=True,
                          cwd=ROOT, check=True, env={**os.environ, "PYTHONPATH": str(ROOT)})
    return json.loads(proc.stdout.strip().splitlines()[-1])


def machine() -> str:
    model = cpu_model()
    return f"{os.cpu_count()} cores (nproc), {model}, Python {platform.python_version()}"


def main() -> None:
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("--rows", type=int, default=1_000_000)
    parser.add_argument("--generate", metavar="DIR", help=argparse.SUPPRESS)
    args = parser.parse_args()
    if args.generate:
        generate(Path(args.generate), args.rows)
        return
    print(f"machine: {machine()}")
    shipped = child("load", ROOT / "reference_data")
    print(f"shipped package: {shipped['rows']:,} observations, load+validate {shipped['seconds']:.3f} s, "
          f"cached reload {shipped['cached_reload_seconds'] * 1000:.1f} ms, peak RSS {shipped['peak_rss_mb']:.0f} MB "
          f"(after imports {shipped['baseline_rss_mb']:.0f} MB)")
    with tempfile.TemporaryDirectory() as tmp:
        folder = Path(tmp)
        # Generated in a child too: Linux carries a parent's peak RSS into the children it forks.
        subprocess.run([sys.executable, __file__, "--generate", tmp, "--rows", str(args.rows)], check=True)
        size_mb = (folder / "big.csv").stat().st_size / 1e6
        big = child("load", folder)
        peer = child("peer", folder)
        peer_arrow = child("peer-arrow", folder)
        publisher = child("load", folder / "publisher")
        wide = child("load", folder / "wide")
        with tempfile.TemporaryDirectory() as cache:
            shipped = ROOT / "reference_data"
            shipped_fill, shipped_disk = child("load", shipped, cache), child("load", shipped, cache)
            big_fill, big_disk = child("load", folder, cache), child("load", folder, cache)
    verdict = "meets" if big["seconds"] < 3 and big["peak_rss_mb"] < 1024 else "MISSES"
    print(f"generated package: {big['rows']:,} observations ({size_mb:.0f} MB CSV), load+validate "
          f"{big['seconds']:.2f} s, cached reload {big['cached_reload_seconds'] * 1000:.0f} ms, "
          f"peak RSS {big['peak_rss_mb']:.0f} MB (after imports {big['baseline_rss_mb']:.0f} MB) — {verdict} "
          f"the target (< 3 s, < 1024 MB)")
    print(f"peer, bare pandas.read_csv of the same file, no validation: C engine {peer['seconds']:.2f} s "
          f"(peak RSS {peer['peak_rss_mb']:.0f} MB), pyarrow engine {peer_arrow['seconds']:.2f} s "
          f"(peak RSS {peer_arrow['peak_rss_mb']:.0f} MB)")
    print(f"mapping layer: publisher's layout, roles inferred {publisher['seconds']:.2f} s "
          f"(peak RSS {publisher['peak_rss_mb']:.0f} MB); wide table, two metrics = {wide['rows']:,} observations "
          f"{wide['seconds']:.2f} s (peak RSS {wide['peak_rss_mb']:.0f} MB)")
    print(f"disk cache (cache_dir), fresh process: shipped {shipped_disk['seconds'] * 1000:.0f} ms "
          f"(first fill {shipped_fill['seconds']:.2f} s); generated {big_disk['seconds']:.2f} s "
          f"(first fill {big_fill['seconds']:.2f} s)")


if __name__ == "__main__":
    main()
