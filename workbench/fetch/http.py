"""The one HTTP session of the fetchers: timeouts, retries with backoff, a User-Agent, a size cap.

Every failure becomes one ``FetchError`` line naming the URL.
"""

from __future__ import annotations

import re
from collections.abc import Mapping
from dataclasses import dataclass
from urllib.parse import urlencode, urlparse

import requests
from requests.adapters import HTTPAdapter
from urllib3.util.retry import Retry

from ..errors import FetchError, UsageError

PROJECT_URL = "https://pypi.org/project/claim-workbench/"
RETRY_STATUSES = (429, 500, 502, 503, 504)
MAX_DOWNLOAD_BYTES = 200 * 1024 * 1024  # a published CSV larger than this is not reference data

@dataclass(frozen=True)
class HttpSettings:
    connect_timeout: float = 5.0
    read_timeout: float = 30.0
    retries: int = 3
    backoff: float = 0.5

    @property
    def timeout(self) -> tuple[float, float]:
        return (self.connect_timeout, self.read_timeout)

    @classmethod
    def from_env(cls, env: Mapping[str, str]) -> "HttpSettings":
        """WORKBENCH_HTTP_TIMEOUT is ``READ`` or ``CONNECT,READ`` seconds; RETRIES and BACKOFF as named."""
        default = cls()
        try:
            connect, read = default.connect_timeout, default.read_timeout
            if env.get("WORKBENCH_HTTP_TIMEOUT"):
                parts = [float(p) for p in env["WORKBENCH_HTTP_TIMEOUT"].split(",")]
                connect, read = (min(parts[0], default.connect_timeout), parts[0]) if len(parts) == 1 \
                    else (parts[0], parts[1])
            retries = int(env.get("WORKBENCH_HTTP_RETRIES", default.retries))
            backoff = float(env.get("WORKBENCH_HTTP_BACKOFF", default.backoff))
        except ValueError:
            raise UsageError.at("WORKBENCH_HTTP_TIMEOUT/RETRIES/BACKOFF must be numbers",
                                hint="e.g. WORKBENCH_HTTP_TIMEOUT=5,30 WORKBENCH_HTTP_RETRIES=3") from None
        if min(connect, read) <= 0 or retries < 0 or backoff < 0:
            raise UsageError.at("HTTP timeouts must be positive, retries and backoff not negative")
        return cls(connect, read, retries, backoff)


def user_agent() -> str:
    from importlib.metadata import PackageNotFoundError, version

    try:
        release = version("claim-workbench")
    except PackageNotFoundError:
        release = "0+unknown"
    return f"claim-workbench/{release} (+{PROJECT_URL})"


def make_session(settings: HttpSettings) -> requests.Session:
    """A session that retries GETs with backoff on 429/5xx, connection errors and read timeouts."""
    retry = Retry(total=settings.retries, connect=settings.retries, read=settings.retries,
                  status=settings.retries, backoff_factor=settings.backoff,
                  status_forcelist=RETRY_STATUSES, allowed_methods=frozenset({"GET", "HEAD"}),
                  respect_retry_after_header=True, raise_on_status=False)
    adapter = HTTPAdapter(max_retries=retry)
    session = requests.Session()
    session.mount("http://", adapter)
    session.mount("https://", adapter)
    session.headers["User-Agent"] = user_agent()
    return session


def http_get(session: requests.Session, url: str, settings: HttpSettings,
             params: dict[str, object] | None = None) -> requests.Response:
    """GET with the session's retries; every failure becomes one FetchError line."""
    shown = url + ("?" + urlencode(params) if params else "")
    tries = f" (after {settings.retries} retr{'y' if settings.retries == 1 else 'ies'})" if settings.retries else ""
    try:
        response = session.get(url, params=params, timeout=settings.timeout, stream=True)
        body = _read_capped(response, shown)
    except requests.exceptions.ConnectTimeout:
        raise FetchError.at(f"timed out connecting to {host(url)} after {settings.connect_timeout:g} s{tries}",
                            shown) from None
    except (requests.exceptions.ReadTimeout, requests.exceptions.RetryError) as exc:
        if "timed out" in str(exc).lower() or isinstance(exc, requests.exceptions.ReadTimeout):
            raise FetchError.at(f"no answer within {settings.read_timeout:g} s{tries}", shown,
                                hint="the server is slow or down; try again later or raise "
                                     "WORKBENCH_HTTP_TIMEOUT; the reference package was left unchanged") from None
        raise FetchError.at(f"gave up{tries}: {exc}", shown) from None
    except requests.exceptions.ConnectionError as exc:
        reason = _root_reason(exc)
        if "timed out" in reason.lower():
            raise FetchError.at(f"no answer within {settings.read_timeout:g} s{tries}", shown,
                                hint="the server is slow or down; try again later or raise "
                                     "WORKBENCH_HTTP_TIMEOUT; the reference package was left unchanged") from None
        raise FetchError.at(f"cannot connect to {host(url)}{tries}: {reason}", shown) from None
    except requests.exceptions.RequestException as exc:
        raise FetchError.at(f"request failed: {exc}", shown) from None
    response._content = body  # type: ignore[attr-defined]  # read once, with the size cap
    if response.status_code == 404:
        raise FetchError.at("not found (HTTP 404)", shown,
                            hint="check the URL or the indicator code; the reference package was left unchanged")
    if response.status_code >= 400:
        extra = tries if response.status_code in RETRY_STATUSES else ""
        raise FetchError.at(f"the server answered HTTP {response.status_code} {response.reason or ''}".rstrip()
                            + extra, shown)
    return response


def _read_capped(response: requests.Response, shown: str) -> bytes:
    chunks, size = [], 0
    for chunk in response.iter_content(chunk_size=1 << 16):
        size += len(chunk)
        if size > MAX_DOWNLOAD_BYTES:
            response.close()
            raise FetchError.at(f"the answer is larger than {MAX_DOWNLOAD_BYTES // (1024 * 1024)} MB", shown)
        chunks.append(chunk)
    return b"".join(chunks)


def host(url: str) -> str:
    return urlparse(url).netloc or url


def _root_reason(exc: BaseException) -> str:
    """The innermost cause of a requests/urllib3 error, without the object reprs."""
    seen = exc
    while seen.__cause__ is not None or (seen.args and isinstance(seen.args[0], BaseException)):
        seen = seen.__cause__ or seen.args[0]
    text = str(getattr(seen, "reason", None) or seen)
    text = re.sub(r"<[^>]+>:\s*", "", text)
    return text.strip() or type(seen).__name__
