"""`workbench fetch`: real processes against a real threaded HTTP server on 127.0.0.1.

The server answers like the World Bank Indicators API v2 (paged JSON, its error messages),
and misbehaves on purpose: a 500 before success, a hang past the timeout, malformed JSON,
HTML instead of JSON, a 404. After every failure the package must be byte-identical.
"""

from __future__ import annotations

import json
import shutil
import threading
import time
from collections import Counter
from collections.abc import Iterator
from http.server import BaseHTTPRequestHandler, ThreadingHTTPServer
from pathlib import Path
from urllib.parse import parse_qs, urlsplit

import pytest

from conftest import REFERENCE, run_workbench
from workbench.fetch import HttpSettings, make_session, user_agent
from workbench.reference import clear_cache, load_reference

# Observations the fake API serves for indicator SP.POP.TOTL: (iso3, iso2, name, year, value).
POPULATION = [(code, iso2, name, str(year), 1_000_000 * (i + 1) + year)
              for i, (code, iso2, name) in enumerate([("KAZ", "KZ", "Kazakhstan"), ("RUS", "RU", "Russian Federation")])
              for year in range(2015, 2024)]
PAGE_SIZE = 5  # small, so that 18 observations take four pages
FAST = {"WORKBENCH_HTTP_TIMEOUT": "0.5", "WORKBENCH_HTTP_RETRIES": "2", "WORKBENCH_HTTP_BACKOFF": "0"}


class FakeWorldBank(BaseHTTPRequestHandler):
    hits: Counter[str] = Counter()
    user_agents: list[str] = []

    def log_message(self, *args: object) -> None:  # keep pytest output clean
        pass

    def _send(self, status: int, body: bytes, content_type: str = "application/json;charset=utf-8") -> None:
        try:
            self.send_response(status)
            self.send_header("Content-Type", content_type)
            self.send_header("Content-Length", str(len(body)))
            self.end_headers()
            self.wfile.write(body)
        except (BrokenPipeError, ConnectionResetError):
            pass  # the client gave up waiting (the timeout test): that is the point

    def _json(self, payload: object, status: int = 200) -> None:
        self._send(status, json.dumps(payload).encode())

    def do_GET(self) -> None:  # noqa: N802 (http.server's name)
        url = urlsplit(self.path)  # not urlparse: it cuts ";KAZ;WLD" off a last segment
        query = {k: v[0] for k, v in parse_qs(url.query).items()}
        type(self).hits[url.path] += 1
        type(self).user_agents.append(self.headers.get("User-Agent", ""))
        if url.path == "/data/trade.csv":
            return self._send(200, TRADE_CSV.encode(), "text/csv")
        if url.path == "/data/duplicates.csv":
            return self._send(200, b"period,value,unit,country\n2021,1,USD,Kazakhstan\n2021,2,USD,Kazakhstan\n",
                              "text/csv")
        if url.path == "/data/busy.csv":
            if type(self).hits[url.path] == 1:
                self.send_response(429)
                self.send_header("Retry-After", "0")
                self.send_header("Content-Length", "0")
                self.end_headers()
                return None
            return self._send(200, b"period,value,unit\n2021,1,USD\n", "text/csv")
        if url.path == "/data/bad-number.csv":
            return self._send(200, b"Year,Amount\n2021,12\n2022,twelve\n", "text/csv")
        parts = url.path.strip("/").split("/")
        if len(parts) == 3 and parts[:2] == ["v2", "indicator"]:
            return self._json(indicator_metadata(parts[2]))
        if len(parts) == 3 and parts[:2] == ["v2", "country"]:
            return self._json(country_metadata(parts[2].upper().split(";")))
        # /v2/country/{codes}/indicator/{indicator}
        if len(parts) != 5 or parts[:2] != ["v2", "country"] or parts[3] != "indicator":
            return self._send(404, b"<html><body>404 Not Found</body></html>", "text/html")
        countries, indicator = parts[2].upper().split(";"), parts[4]
        if indicator in INDICATORS:
            return self._json(indicator_page(indicator, countries, int(query.get("page", 1))))
        if any(c not in {"KAZ", "RUS"} for c in countries):
            return self._json([{"message": [{"id": "120", "key": "Invalid value",
                                             "value": "The provided parameter value is not valid"}]}])
        if indicator == "FLAKY.500" and type(self).hits[url.path] == 1:
            return self._send(500, b"Internal Server Error", "text/plain")
        if indicator == "ALWAYS.503":
            return self._send(503, b"Service Unavailable", "text/plain")
        if indicator == "HANG":
            time.sleep(3)
            return self._json([{"page": 1, "pages": 1, "per_page": 50, "total": 0}, []])
        if indicator == "MALFORMED":
            return self._send(200, b'[{"page": 1, "pages": 1}, [{"date": "2020", "value":')
        if indicator == "HTML":
            return self._send(200, b"<html><body>Service maintenance</body></html>", "text/html")
        if indicator not in ("SP.POP.TOTL", "FLAKY.500"):
            return self._json([{"message": [{"id": "175", "key": "Invalid format",
                                             "value": "The indicator was not found. It may have been deleted or archived."}]}])
        rows = [r for r in POPULATION if r[0] in countries]
        if "date" in query:
            first, last = (int(y) for y in query["date"].split(":"))
            rows = [r for r in rows if first <= int(r[3]) <= last]
        page = int(query.get("page", 1))
        pages = max(1, -(-len(rows) // PAGE_SIZE))
        chunk = rows[(page - 1) * PAGE_SIZE: page * PAGE_SIZE]
        records = [{"indicator": {"id": indicator, "value": "Population, total"},
                    "country": {"id": iso2, "value": name}, "countryiso3code": code, "date": year,
                    "value": value, "unit": "", "obs_status": "", "decimal": 0}
                   for code, iso2, name, year, value in chunk]
        if page == 1:  # the real API lists missing years with value null
            records.append({"indicator": {"id": indicator, "value": "Population, total"},
                            "country": {"id": "KZ", "value": "Kazakhstan"}, "countryiso3code": "KAZ",
                            "date": "2024", "value": None, "unit": "", "obs_status": "", "decimal": 0})
        self._json([{"page": page, "pages": pages, "per_page": PAGE_SIZE, "total": len(rows),
                     "sourceid": "2", "lastupdated": "2026-10-30"}, records])


# The API's indicator and country endpoints, as the real API shapes them (fields we do not read left out).
INDICATORS = {
    "FP.CPI.TOTL.ZG": ("Inflation, consumer prices (annual %)", "Inflation as measured by the consumer price "
                       "index reflects the annual percentage change in the cost to the average consumer.",
                       {"KAZ": [("2022", 15.0), ("2023", 14.7)], "WLD": [("2022", 7.9), ("2023", 5.7)],
                        "ECS": [("2023", 6.1)]}),
    "SL.UEM.TOTL.ZS": ("Unemployment, total (% of total labor force) (modeled ILO estimate)", "Unemployment "
                       "refers to the share of the labor force that is without work.",
                       {"KAZ": [("2023", 4.7)]}),
    "EN.GHG.CO2.MT.CE.AR5": ("Carbon dioxide (CO2) emissions (total) excluding LULUCF (kt)", "",
                             {"KAZ": [("2022", 240.5)]}),
}
AREAS = {"KAZ": ("KZ", "Kazakhstan", "ECS"), "RUS": ("RU", "Russian Federation", "ECS"),
         "WLD": ("1W", "World", "NA"), "ECS": ("Z7", "Europe & Central Asia", "NA")}


def indicator_metadata(code: str) -> object:
    name, note, _ = INDICATORS.get(code, ("Population, total", "Total population counts all residents.", {}))
    return [{"page": 1, "pages": 1, "per_page": "50", "total": 1},
            [{"id": code, "name": name, "unit": "", "source": {"id": "2", "value": "World Development Indicators"},
              "sourceNote": note, "sourceOrganization": "International Monetary Fund, International Financial "
                                                          "Statistics.", "topics": []}]]


def country_metadata(codes: list[str]) -> object:
    return [{"page": 1, "pages": 1, "per_page": "1000", "total": len(codes)},
            [{"id": c, "iso2Code": AREAS[c][0], "name": AREAS[c][1],
              "region": {"id": AREAS[c][2], "iso2code": "", "value": "Aggregates" if AREAS[c][2] == "NA"
                         else "Europe & Central Asia"}} for c in codes if c in AREAS]]


def indicator_page(code: str, countries: list[str], page: int) -> object:
    name, _, series = INDICATORS[code]
    records = [{"indicator": {"id": code, "value": name}, "country": {"id": AREAS[c][0], "value": AREAS[c][1]},
                "countryiso3code": c, "date": year, "value": value}
               for c in countries for year, value in series.get(c, [])]
    return [{"page": page, "pages": 1, "per_page": 1000, "total": len(records), "lastupdated": "2026-10-30"},
            records]


TRADE_CSV = """Year,Reporter,Partner,Amount,Currency
2021,Kazakhstan,Russia,25590000000,USD
2022,Kazakhstan,Russia,28200000000,USD
2023,Kazakhstan,Russia,,USD
"""


@pytest.fixture(scope="module")
def server() -> Iterator[str]:
    httpd = ThreadingHTTPServer(("127.0.0.1", 0), FakeWorldBank)
    httpd.daemon_threads = True
    thread = threading.Thread(target=httpd.serve_forever, daemon=True)
    thread.start()
    yield f"http://127.0.0.1:{httpd.server_address[1]}"
    httpd.shutdown()
    httpd.server_close()


@pytest.fixture
def package(tmp_path: Path) -> Path:
    """A copy of the shipped package to fetch into."""
    target = tmp_path / "pkg"
    shutil.copytree(REFERENCE, target)
    return target


def snapshot(folder: Path) -> dict[str, bytes]:
    return {str(p.relative_to(folder)): p.read_bytes() for p in sorted(folder.rglob("*")) if p.is_file()}


def fetch_wb(server: str, package: Path, indicator: str, *extra: str, env: dict[str, str] | None = None):
    return run_workbench("fetch", "worldbank", indicator, "--country", "KAZ,RUS", "--package", package,
                         "--base-url", f"{server}/v2", *extra, env={**FAST, **(env or {})})


def test_worldbank_pages_are_joined_into_a_tidy_resource(server: str, package: Path) -> None:
    run = fetch_wb(server, package, "SP.POP.TOTL", "--from", "2015", "--name", "wb_population")
    assert run.returncode == 0, run.stderr
    assert "18 observation(s)" in run.stdout
    lines = (package / "wb_population.csv").read_text().splitlines()
    assert lines[0] == "period,value,unit,country,area_type"
    assert len(lines) == 1 + 18  # four pages, the null 2024 value dropped
    assert "2023,1002023,,Kazakhstan,economy" in lines and "2015,2002015,,Russian Federation,economy" in lines
    descriptor = json.loads((package / "datapackage.json").read_text())
    entry = next(r for r in descriptor["resources"] if r["name"] == "wb_population")
    assert entry["sources"][0]["path"] == "https://data.worldbank.org/indicator/SP.POP.TOTL"
    fetched = entry["workbench"]["fetched"]
    assert fetched["url"].startswith(f"{server}/v2/country/KAZ;RUS/indicator/SP.POP.TOTL?")
    assert "page=1" in fetched["url"] and "date=2015%3A" in fetched["url"]
    assert fetched["retrieved"].endswith("Z")
    assert entry["workbench"]["dimension_aliases"]["country"]["Russian Federation"] == ["RUS"]
    clear_cache()
    loaded = load_reference([package]).resources["wb_population"]
    assert len(loaded.frame) == 18 and loaded.frame["value"].max() == 2002023.0
    assert set(loaded.frame["source_url"]) == {"https://data.worldbank.org/indicator/SP.POP.TOTL"}


def test_refetch_replaces_the_resource_and_keeps_added_aliases(server: str, package: Path) -> None:
    assert fetch_wb(server, package, "SP.POP.TOTL", "--name", "wb_population").returncode == 0
    path = package / "datapackage.json"
    descriptor = json.loads(path.read_text())
    entry = next(r for r in descriptor["resources"] if r["name"] == "wb_population")
    entry["workbench"]["aliases"] = ["head count"]
    path.write_text(json.dumps(descriptor, indent=2))
    run = fetch_wb(server, package, "SP.POP.TOTL", "--name", "wb_population", "--from", "2020")
    assert run.returncode == 0, run.stderr
    descriptor = json.loads(path.read_text())
    entries = [r for r in descriptor["resources"] if r["name"] == "wb_population"]
    assert len(entries) == 1 and entries[0]["workbench"]["aliases"][0] == "head count"  # kept, first
    assert len((package / "wb_population.csv").read_text().splitlines()) == 1 + 8  # 2020–2023, two countries


def test_a_500_is_retried_then_succeeds(server: str, package: Path) -> None:
    FakeWorldBank.hits.clear()
    run = fetch_wb(server, package, "FLAKY.500", "--name", "flaky")
    assert run.returncode == 0, run.stderr
    assert FakeWorldBank.hits["/v2/country/KAZ;RUS/indicator/FLAKY.500"] >= 2
    assert (package / "flaky.csv").is_file()


def test_requests_carry_the_user_agent(server: str) -> None:
    FakeWorldBank.user_agents.clear()
    settings = HttpSettings(0.5, 0.5, 0, 0)
    with make_session(settings) as session:
        session.get(f"{server}/v2/country/KAZ/indicator/SP.POP.TOTL?format=json", timeout=settings.timeout)
    assert FakeWorldBank.user_agents == [user_agent()]
    assert user_agent().startswith("claim-workbench/") and "(+http" in user_agent()


@pytest.mark.parametrize(("indicator", "countries", "expected"), [
    ("NO.SUCH.INDICATOR", "KAZ,RUS", "The indicator was not found"),
    ("SP.POP.TOTL", "KAZ,XXX", "The provided parameter value is not valid"),
    ("MALFORMED", "KAZ,RUS", "the answer is not JSON"),
    ("HTML", "KAZ,RUS", "the answer is not JSON (text/html)"),
    ("HANG", "KAZ,RUS", "no answer within 0.5 s (after 2 retries)"),
    ("ALWAYS.503", "KAZ,RUS", "HTTP 503"),
])
def test_failures_are_one_line_and_leave_the_package_untouched(server: str, package: Path, indicator: str,
                                                               countries: str, expected: str) -> None:
    before = snapshot(package)
    started = time.monotonic()
    run = run_workbench("fetch", "worldbank", indicator, "--country", countries, "--package", package,
                        "--base-url", f"{server}/v2", env=FAST)
    assert run.returncode == 2
    assert expected in run.stderr
    assert run.stderr.count("\n") == 1 and "Traceback" not in run.stderr
    assert "package was left unchanged" in run.stderr
    assert snapshot(package) == before
    if indicator == "HANG":  # three attempts of 0.5 s, not the server's 3 s each
        assert time.monotonic() - started < 8


def test_404_names_the_url(server: str, package: Path) -> None:
    before = snapshot(package)
    run = run_workbench("fetch", "worldbank", "SP.POP.TOTL", "--country", "KAZ", "--package", package,
                        "--base-url", f"{server}/wrong-base", env=FAST)
    assert run.returncode == 2
    assert "not found (HTTP 404)" in run.stderr and f"{server}/wrong-base/country/KAZ" in run.stderr
    assert snapshot(package) == before


def test_connection_refused_is_a_clear_error(package: Path) -> None:
    before = snapshot(package)
    run = run_workbench("fetch", "worldbank", "SP.POP.TOTL", "--country", "KAZ", "--package", package,
                        "--base-url", "http://127.0.0.1:9/v2", env={**FAST, "WORKBENCH_HTTP_RETRIES": "1"})
    assert run.returncode == 2
    assert "cannot connect to 127.0.0.1:9 (after 1 retry)" in run.stderr
    assert snapshot(package) == before


def test_bad_country_code_is_a_usage_error_before_any_request(package: Path) -> None:
    run = run_workbench("fetch", "worldbank", "SP.POP.TOTL", "--country", "Kazakhstan", "--package", package)
    assert run.returncode == 2 and "give ISO 3166 codes" in run.stderr


def test_fetch_into_a_new_folder_creates_a_valid_package(server: str, tmp_path: Path) -> None:
    target = tmp_path / "team_data"
    run = fetch_wb(server, target, "SP.POP.TOTL", "--name", "team_population")
    assert run.returncode == 0, run.stderr
    validated = run_workbench("reference", "validate", target, REFERENCE)
    assert validated.returncode == 0, validated.stderr


def test_csv_fetch_maps_columns_and_records_sha256(server: str, package: Path) -> None:
    import hashlib

    run = run_workbench("fetch", "csv", f"{server}/data/trade.csv", "--package", package, "--name", "team_trade",
                        "--metric", "bilateral trade turnover", "--source-title", "Team sheet",
                        "--map", "Year=period", "--map", "Amount=value", "--map", "Currency=unit",
                        "--map", "Reporter=country", "--map", "Partner=partner", env=FAST)
    assert run.returncode == 0, run.stderr
    assert (package / "team_trade.csv").read_text().splitlines() == [
        "period,value,unit,country,partner",
        "2021,25590000000,USD,Kazakhstan,Russia",
        "2022,28200000000,USD,Kazakhstan,Russia",
    ]
    entry = next(r for r in json.loads((package / "datapackage.json").read_text())["resources"]
                 if r["name"] == "team_trade")
    assert entry["workbench"]["fetched"]["sha256"] == hashlib.sha256(TRADE_CSV.encode()).hexdigest()
    assert entry["sources"] == [{"title": "Team sheet", "path": f"{server}/data/trade.csv"}]


def test_csv_fetch_with_a_bad_number_names_url_line_and_column(server: str, package: Path) -> None:
    before = snapshot(package)
    url = f"{server}/data/bad-number.csv"
    run = run_workbench("fetch", "csv", url, "--package", package, "--name", "x", "--metric", "m",
                        "--map", "Year=period", "--map", "Amount=value", "--unit", "USD", env=FAST)
    assert run.returncode == 2
    assert f"{url}:3:2: column 'Amount': 'twelve' is not a number" in run.stderr
    assert snapshot(package) == before


def test_csv_fetch_without_a_value_column_says_what_to_map(server: str, package: Path) -> None:
    run = run_workbench("fetch", "csv", f"{server}/data/trade.csv", "--package", package, "--name", "x",
                        "--metric", "m", "--map", "Year=period", env=FAST)
    assert run.returncode == 2
    assert "no column for value" in run.stderr and "Amount" in run.stderr


def test_world_bank_monthly_and_quarterly_dates_become_periods() -> None:
    from workbench.fetch import world_bank_period
    from workbench.periods import parse_period

    assert world_bank_period("2023M01") == "2023-01"
    assert world_bank_period("2023Q2") == "2023-04/2023-06"
    assert world_bank_period("2022") == "2022"
    assert parse_period(world_bank_period("2023Q4")).months == 3


def test_fetch_refuses_a_package_that_is_already_broken(server: str, package: Path) -> None:
    (package / "population.csv").write_text("period,value\n2022,1\n")
    before = snapshot(package)
    run = fetch_wb(server, package, "SP.POP.TOTL", "--name", "wb_population")
    assert run.returncode == 2
    assert "the package does not validate as it is" in run.stderr and "population.csv:1" in run.stderr
    assert snapshot(package) == before


def test_csv_fetch_retries_after_429(server: str, package: Path) -> None:
    FakeWorldBank.hits.clear()
    run = run_workbench("fetch", "csv", f"{server}/data/busy.csv", "--package", package, "--name", "busy",
                        "--metric", "m", env=FAST)
    assert run.returncode == 0, run.stderr
    assert FakeWorldBank.hits["/data/busy.csv"] == 2
    assert (package / "busy.csv").read_text() == "period,value,unit\n2021,1,USD\n"


def test_csv_that_would_not_validate_leaves_the_package_untouched(server: str, package: Path) -> None:
    before = snapshot(package)
    run = run_workbench("fetch", "csv", f"{server}/data/duplicates.csv", "--package", package, "--name", "dups",
                        "--metric", "m", env=FAST)
    assert run.returncode == 2
    assert "the fetched data would not validate" in run.stderr and "duplicate observation" in run.stderr
    assert snapshot(package) == before


@pytest.mark.parametrize("env", [{"WORKBENCH_HTTP_TIMEOUT": "soon"}, {"WORKBENCH_HTTP_RETRIES": "-1"}])
def test_bad_http_settings_are_usage_errors(package: Path, env: dict[str, str]) -> None:
    run = run_workbench("fetch", "worldbank", "SP.POP.TOTL", "--country", "KAZ", "--package", package, env=env)
    assert run.returncode == 2 and "Traceback" not in run.stderr
    assert "WORKBENCH_HTTP" in run.stderr or "retries" in run.stderr


def test_settings_from_env() -> None:
    assert HttpSettings.from_env({"WORKBENCH_HTTP_TIMEOUT": "2,9", "WORKBENCH_HTTP_RETRIES": "1"}).timeout == (2, 9)
    assert HttpSettings.from_env({"WORKBENCH_HTTP_TIMEOUT": "0.5"}).timeout == (0.5, 0.5)
    assert HttpSettings.from_env({}) == HttpSettings()


def test_a_fetch_never_hides_a_yaml_described_package_nor_writes_into_a_zip(server: str, tmp_path: Path) -> None:
    """A datapackage.json written beside datapackage.yaml would win, and hide all the YAML describes."""
    folder = tmp_path / "harbour"
    folder.mkdir()
    (folder / "datapackage.yaml").write_text("name: harbour\nresources: []\n", encoding="utf-8")
    archive = tmp_path / "harbour.zip"
    archive.write_bytes(b"PK\x05\x06" + b"\x00" * 18)  # an empty zip
    for target, says in ((folder, "the package is described in datapackage.yaml"),
                         (archive, "is a file, not a package folder (a zipped package is read, never written)")):
        before = snapshot(tmp_path)
        run = run_workbench("fetch", "csv", f"{server}/data/trade.csv", "--package", target, "--name", "t",
                            "--metric", "m", "--map", "Year=period", "--map", "Amount=value", "--unit", "USD", env=FAST)
        assert run.returncode == 2 and says in run.stderr, run.stderr
        assert snapshot(tmp_path) == before


@pytest.mark.parametrize("described", ["datapackage.yaml", None])
def test_a_refused_fetch_target_is_refused_before_any_download(tmp_path: Path, described: str | None) -> None:
    folder = tmp_path / "harbour"
    folder.mkdir()
    (folder / "ferries.csv").write_text("Year,Passengers\n2023,5350\n", encoding="utf-8")
    if described:
        (folder / described).write_text("name: harbour\nresources: []\n", encoding="utf-8")
    before = snapshot(tmp_path)
    # nothing listens on the discard port: a download attempted first would fail on the connection instead
    run = run_workbench("fetch", "csv", "http://127.0.0.1:9/ferries.csv", "--package", folder, "--name", "t",
                        "--metric", "m", "--map", "Year=period", "--map", "Passengers=value", "--unit", "", env=FAST)
    assert run.returncode == 2
    assert ("described in datapackage.yaml" if described else "holds CSV files and no package description") \
        in run.stderr, run.stderr
    assert snapshot(tmp_path) == before


def test_a_package_path_holding_a_nul_byte_is_a_usage_error(tmp_path: Path) -> None:
    run = run_workbench("fetch", "csv", "http://127.0.0.1:9/ferries.csv", "--package", "harbour\x00", "--name", "t",
                        "--metric", "m", "--map", "Year=period", "--map", "Passengers=value", cwd=tmp_path, env=FAST)
    assert run.returncode == 2 and "contains a NUL byte" in run.stderr, run.stderr


def test_a_long_published_csv_is_tidied_in_memory_about_its_own_size() -> None:
    """A published CSV was held as Python lists of every row, then a frame of them, then the tidy frame: a valid
    120 MB file took 2.5 GB and minutes. It is read and written a chunk of rows at a time, so four times the rows
    cost about the memory of the bigger tidy CSV, not of four times as many Python rows."""
    import tracemalloc

    from workbench.fetch import tidy_csv

    def peak_and_size(rows: int) -> tuple[int, int]:
        body = "Year,Region,Harvest,Unit\n" + "".join(f"{2000 + i % 20},Region {i // 20},{i * 0.37:.2f},t\n"
                                                      for i in range(rows))
        data = body.encode()
        tracemalloc.start()
        try:
            table = tidy_csv(data, "https://example.org/harvest.csv",
                             {"Year": "period", "Harvest": "value", "Unit": "unit", "Region": "region"}, None)
            peak = tracemalloc.get_traced_memory()[1]
        finally:
            tracemalloc.stop()
        assert table.observations == rows
        return peak, len(data)

    small_peak, small_size = peak_and_size(60_000)
    large_peak, large_size = peak_and_size(240_000)
    assert large_peak - small_peak < 3 * (large_size - small_size), (small_peak, large_peak, small_size, large_size)


def test_a_csv_of_the_wrong_columns_is_refused_by_its_header_before_its_rows_are_read() -> None:
    """A CSV with no column for a role is refused from its header line, whatever its rows hold: reading a
    published file of millions of rows first took minutes and gigabytes to say what its first line says."""
    from workbench.errors import FetchError
    from workbench.fetch import tidy_csv

    body = "Year,Harvest\n" + "2020,4.5\n" * 1000 + '2021,"never closed\n'
    with pytest.raises(FetchError) as raised:
        tidy_csv(body.encode(), "https://example.org/harvest.csv", {}, "t")
    assert "no column for period" in str(raised.value) and ":1:" in str(raised.value)


@pytest.mark.parametrize("header, both", [
    ("Period,period,Value,Unit", "columns 'Period' and 'period' are both read as 'period'"),
    ("period,value,unit,Country,COUNTRY", "columns 'Country' and 'COUNTRY' are both read as 'country'"),
])
def test_a_csv_whose_two_columns_read_as_one_role_is_refused_from_its_header(package: Path, header: str,
                                                                              both: str) -> None:
    """'Period' and 'period' were both the period: the later column's cells replaced the earlier's in silence
    (the package got the wrong years), and two dimension columns were written under one name."""
    from fetch_support import loopback

    body = header + "\n" + "".join(f"{2020 + i},{2010 + i},{i}.5,USD\n" if header.startswith("Period,") else
                                   f"{2020 + i},{i}.5,USD,Kenya,KE\n" for i in range(3))
    before = snapshot(package)
    with loopback({"/data.csv": lambda handler: (200, {"Content-Type": "text/csv"}, body.encode())}) as url:
        run = run_workbench("fetch", "csv", f"{url}/data.csv", "--package", package, "--name", "harvest",
                            "--metric", "harvest", env=FAST)
    assert run.returncode == 2 and run.stderr.count("\n") == 1, run.stderr
    assert f"{url}/data.csv:1: {both}" in run.stderr and "--map" in run.stderr, run.stderr
    assert snapshot(package) == before
