"""The fetchers against a real HTTP server on 127.0.0.1 answering the way servers misbehave: bodies cut
short, lying about their encoding or length, wrong content types, redirects to addresses no parser reads,
4xx/5xx, JSON numbers longer than Python converts. Whatever the answer, `fetch csv`, `fetch sdmx` and
`fetch worldbank` write a package or say in one line what went wrong (exit 2), and a failed fetch leaves
the package as it was. The raw answers that once crashed a fetcher are kept in tests/corpus/http/."""

from __future__ import annotations

import gzip
import json
import shutil
from collections.abc import Callable, Iterator
from contextlib import contextmanager
from pathlib import Path

import pytest
from conftest import REFERENCE, SHARED, run_workbench
from fetch_support import loopback, snapshot

from hypothesis import HealthCheck, given, settings
from hypothesis import strategies as st

CORPUS = Path(__file__).parent / "corpus" / "http"
ANSWERS = sorted(CORPUS.glob("*.http"))
NO_RETRIES = {"WORKBENCH_HTTP_TIMEOUT": "5", "WORKBENCH_HTTP_RETRIES": "0", "WORKBENCH_HTTP_BACKOFF": "0"}
WORLD_BANK_PATHS = ("/v2/country/KEN/indicator/SP.POP.TOTL", "/v2/indicator/SP.POP.TOTL", "/v2/country/KEN")
TRADE_CSV = "Year,Country,Amount\n2021,Kenya,12.5\n2022,Kenya,13.1\n"


def _raw(answer: bytes) -> Callable[[object], None]:
    """A route that writes the answer's bytes as they are: status line, headers and body."""

    def route(handler) -> None:  # type: ignore[no-untyped-def]
        try:
            handler.wfile.write(answer)
            handler.wfile.flush()
        except (BrokenPipeError, ConnectionResetError):
            pass

    return route


@contextmanager
def serving(answer: bytes) -> Iterator[str]:
    """A server answering /data and the World Bank API's paths with the same raw bytes."""
    with loopback({path: _raw(answer) for path in ("/data", *WORLD_BANK_PATHS)}) as server:
        yield server


FETCHES: dict[str, Callable[[str, Path], list[object]]] = {
    "csv": lambda server, package: ["fetch", "csv", f"{server}/data", "--package", package, "--name", "trade",
                                    "--metric", "trade", "--map", "Year=period", "--map", "Amount=value",
                                    "--map", "Country=country", "--unit", "USD"],
    "sdmx": lambda server, package: ["fetch", "sdmx", f"{server}/data", "--package", package, "--name", "na",
                                     "--unit", "EUR"],
    "worldbank": lambda server, package: ["fetch", "worldbank", "SP.POP.TOTL", "--country", "KEN", "--package",
                                          package, "--base-url", f"{server}/v2"],
}


def _fetched_or_one_line(fetch: str, answer: bytes, package: Path) -> tuple[int, str]:
    before = snapshot(package)
    with serving(answer) as server:
        run = run_workbench(*FETCHES[fetch](server, Path(package.name)), "--deadline", "10", cwd=package.parent,
                            env=NO_RETRIES)
    assert run.returncode in (0, 2), run.stderr
    if run.returncode == 2:
        [line] = run.stderr.strip().splitlines()
        assert line.startswith(("workbench: http://127.0.0.1:", f"workbench: {package.name}/")), line
        assert snapshot(package) == before, "a failed fetch changed the package"
    return run.returncode, run.stderr


@pytest.fixture
def package(tmp_path: Path) -> Path:
    target = tmp_path / "pkg"
    shutil.copytree(REFERENCE, target)
    return target


def test_the_http_corpus_is_there() -> None:
    assert len(ANSWERS) >= 5


@pytest.mark.parametrize("fetch", list(FETCHES))
@pytest.mark.parametrize("answer", ANSWERS, ids=lambda p: p.stem)
def test_every_answer_that_crashed_a_fetcher_is_a_package_or_one_line(answer: Path, fetch: str, package: Path) -> None:
    """Each was 'internal error': urllib3's DecodeError of a body that is not the gzip it says, a ValueError
    of a redirect to 'http://[::1', urllib3's ProtocolError of a redirect whose body (not the gzip it says) is cut
    short, which requests drains itself, a UnicodeDecodeError of a Location in Latin-1 or of a
    UTF-16 CSV, Python's refusal to convert a 4,401-digit number in a World Bank answer, and a World Bank
    answer of JSON nested 5,000 deep (a RecursionError named no URL), World Bank paging of 1e999 pages
    (an OverflowError converting inf) and records that are a number (a TypeError iterating it)."""
    _fetched_or_one_line(fetch, answer.read_bytes(), package)


def test_a_published_csv_in_utf16_is_fetched_as_its_utf8_original(package: Path) -> None:
    code, stderr = _fetched_or_one_line("csv", (CORPUS / "csv-in-utf-16.http").read_bytes(), package)
    assert code == 0, stderr
    assert (package / "trade.csv").read_text(encoding="utf-8").splitlines() == [
        "period,value,unit,country", "2021,12.5,USD,Kenya", "2022,13.1,USD,Kenya"]


@pytest.mark.parametrize(("answer", "says"), [
    ("gzip-that-is-not-gzip", "the answer cannot be decoded as its Content-Encoding says"),
    ("redirect-to-a-broken-ipv6-host", "Invalid IPv6 URL"),
    ("world-bank-value-of-4401-digits", "is not a finite number"),
    ("world-bank-pages-1e999", "the answer's paging is not a number: inf"),
    ("world-bank-records-a-number", "not shaped like a World Bank API v2 answer"),
    # a label with a lone "\ud800" escape reached the CSV writer as a lone surrogate (UnicodeEncodeError)
    ("world-bank-label-half-a-character", "escape that is half of a character"),
])
def test_the_line_says_what_was_wrong_with_the_answer(answer: str, says: str, package: Path) -> None:
    fetch = "worldbank" if answer.startswith("world-bank") else "csv"
    code, stderr = _fetched_or_one_line(fetch, (CORPUS / f"{answer}.http").read_bytes(), package)
    assert code == 2 and says in stderr, stderr


@pytest.mark.parametrize("scale", ["1000", "1e12"])
def test_a_scaled_csv_value_past_any_float_is_refused_in_one_line(scale: str, package: Path) -> None:
    """'inf' and '1e5000' are no figures; scaled (`--scale`), 'inf' was an OverflowError converting it to an
    integer and 1e5000 a ValueError writing its 5,004 digits ('internal error'), where unscaled they are refused."""
    answer = (CORPUS / "csv-values-past-any-float.http").read_bytes()
    before = snapshot(package)
    with serving(answer) as server:
        run = run_workbench(*FETCHES["csv"](server, Path(package.name)), "--scale", scale, cwd=package.parent,
                            env=NO_RETRIES)
    assert run.returncode == 2 and run.stderr.count("\n") == 1, run.stderr
    assert "'inf' is not a finite number" in run.stderr
    assert snapshot(package) == before


# ---------------------------------------------------------------------------------------------
# Any answer a server may give

SDMX_CSV = SHARED / "reference-sources" / "sdmx-samples" / "v3" / "csv" / "example-01.csv"
WORLD_BANK = json.dumps([{"page": 1, "pages": 1, "per_page": 50, "total": 1}, [
    {"indicator": {"id": "SP.POP.TOTL", "value": "Population, total"}, "country": {"id": "KE", "value": "Kenya"},
     "countryiso3code": "KEN", "date": "2021", "value": 53005614, "unit": "", "obs_status": "", "decimal": 0}]])
BODIES = {
    "csv": TRADE_CSV.encode(),
    "utf-16 csv": TRADE_CSV.encode("utf-16"),
    "sdmx-csv": SDMX_CSV.read_bytes() if SDMX_CSV.is_file() else b"STRUCTURE,STRUCTURE_ID,OBS_VALUE\n",
    "sdmx-ml cut": b'<?xml version="1.0"?><message:StructureSpecificData xmlns:message="http://www.sdmx.org/'
                   b'resources/sdmxml/schemas/v2_1/message"><message:Header><message:ID>',
    "world bank": WORLD_BANK.encode(),
    "world bank error": b'[{"message":[{"id":"120","key":"Invalid value","value":"The provided parameter value"}]}]',
    "long number": WORLD_BANK.replace("53005614", "9" * 4400).encode(),
    "deep json": b"[" * 5000 + b"]" * 5000,
    "html": b"<html><body><h1>Service temporarily unavailable</h1></body></html>",
    "empty": b"",
    "binary": bytes(range(256)) * 4,
    "gzip of csv": gzip.compress(TRADE_CSV.encode()),
}
LOCATIONS = ["/data", "data", "http://[::1/x", "http://127.0.0.1:99999/x", "//elsewhere.example/x", "/donn\u00e9es",
             "", "mailto:desk@example.org", "http://127.0.0.1:1/x", "/data?" + "q" * 3000]


@st.composite
def answers(draw: st.DrawFn) -> bytes:
    body = BODIES[draw(st.sampled_from(sorted(BODIES)))]
    status = draw(st.sampled_from([200, 200, 200, 203, 204, 206, 301, 302, 307, 308, 304, 400, 403, 404, 410, 429, 451,
                                   500, 503, 599]))
    headers: list[tuple[str, str]] = [("Content-Type", draw(st.sampled_from(
        ["text/csv", "text/html", "application/json", "application/xml", "text/csv; charset=klingon",
         "application/vnd.sdmx.data+csv; version=2.0.0", ""])))]
    if draw(st.booleans()):
        headers.append(("Content-Encoding", draw(st.sampled_from(["gzip", "deflate", "br", "identity", "x-odd"]))))
    if 300 <= status < 400:
        headers.append(("Location", draw(st.sampled_from(LOCATIONS))))
    if status in (429, 503) and draw(st.booleans()):
        headers.append(("Retry-After", draw(st.sampled_from(["0", "abc", "-5", "Wed, 21 Oct 2015 07:28:00 GMT"]))))
    length = draw(st.sampled_from(["exact", "exact", "longer", "shorter", "none", "words"]))
    declared = {"exact": str(len(body)), "longer": str(len(body) + 100), "shorter": str(max(len(body) - 7, 0)),
                "words": "twelve"}.get(length)
    if declared is not None:
        headers.append(("Content-Length", declared))
    if draw(st.booleans()):
        body = body[: draw(st.integers(0, len(body)))]  # the connection dropped
    head = f"HTTP/1.1 {status} Odd\r\n" + "".join(f"{k}: {v}\r\n" for k, v in headers) + "\r\n"
    return head.encode("latin-1") + body


@settings(max_examples=12, deadline=None, suppress_health_check=[HealthCheck.function_scoped_fixture,
                                                                   HealthCheck.too_slow])
@given(answer=answers(), fetch=st.sampled_from(list(FETCHES)))
def test_any_answer_is_a_package_or_one_line_and_the_package_kept(tmp_path_factory: pytest.TempPathFactory,
                                                                   answer: bytes, fetch: str) -> None:
    package = tmp_path_factory.mktemp("fetch") / "pkg"
    package.mkdir()
    (package / "kept.csv").write_text("period,value,unit\n2020,1,USD\n", encoding="utf-8")
    (package / "datapackage.json").write_text(json.dumps({"name": "kept", "resources": [
        {"name": "kept", "path": "kept.csv", "schema": {"fields": [
            {"name": "period", "type": "string"}, {"name": "value", "type": "number"},
            {"name": "unit", "type": "string"}]}, "workbench": {"metric": "kept figure"}}]}), encoding="utf-8")
    _fetched_or_one_line(fetch, answer, package)
