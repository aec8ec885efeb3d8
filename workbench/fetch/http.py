"""The one HTTP client of the fetchers: timeouts, retries with backoff, a User-Agent, a size cap,
one overall deadline, complete bodies only, and redirects recorded hop by hop.

Every failure becomes one ``FetchError`` line naming the URL; the package is written only after
every request of a fetch has succeeded, so a failure here leaves it unchanged.
"""

from __future__ import annotations

import re
import socket
import threading
import time
from collections.abc import Mapping
from dataclasses import dataclass, field
from urllib.parse import urlencode, urljoin, urlparse

import requests
import urllib3
from requests.adapters import HTTPAdapter
from urllib3.connection import HTTPConnection, HTTPSConnection
from urllib3.connectionpool import HTTPConnectionPool, HTTPSConnectionPool
from urllib3.util.retry import Retry

from ..errors import FetchError, UsageError

PROJECT_URL = "https://pypi.org/project/claim-workbench/"
RETRY_STATUSES = (429, 500, 502, 503, 504)
MAX_DOWNLOAD_BYTES = 200 * 1024 * 1024  # a published CSV larger than this is not reference data
RETRY_AFTER_CAP_S = 60.0  # a server asking for hours of patience gets a minute
MAX_REDIRECTS = 10
UNCHANGED = "the reference package was left unchanged"


@dataclass(frozen=True)
class HttpSettings:
    connect_timeout: float = 5.0
    read_timeout: float = 30.0
    retries: int = 3
    backoff: float = 0.5
    deadline: float = 120.0  # seconds for the whole fetch: every page, retry and redirect
    allow_redirect_host: bool = False  # follow a redirect to another host

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


class _DeadlineRetry(Retry):
    """urllib3's Retry with Retry-After capped and no sleep past the fetch's deadline."""

    deadline_at: float = float("inf")  # set on a per-client subclass (Retry.new copies by type)

    def get_retry_after(self, response):  # type: ignore[no-untyped-def]
        seconds = super().get_retry_after(response)
        return None if seconds is None else min(seconds, RETRY_AFTER_CAP_S)

    def sleep(self, response=None) -> None:  # type: ignore[no-untyped-def]
        wait = (self.get_retry_after(response) if response is not None else None) or self.get_backoff_time()
        if time.monotonic() + wait >= self.deadline_at:
            raise _OutOfTime(f"the next retry would wait {wait:g} s, past the deadline")
        super().sleep(response)


class _OutOfTime(Exception):
    pass


class _DeadlineError(FetchError):
    """The fetch ran out of time (printed as any FetchError; told apart so its detail is kept)."""


class _Watchdog:
    """Ends every connection of one fetch at its deadline. A timeout bounds each read, not the answer: a
    server sending its status line, headers or '100 Continue' lines a byte at a time, or draining a
    redirect's body (which requests reads itself), would hold the fetch for hours. At the deadline each
    socket is shut down, so the blocked read returns at once and the fetch ends as out of time."""

    def __init__(self, deadline_at: float) -> None:
        self.fired = False
        self._sockets: list[socket.socket] = []  # duplicates: shutting one down ends the connection
        self._lock = threading.Lock()  # even after TLS has taken over (and detached) the original
        wait = deadline_at - time.monotonic()
        self._timer = threading.Timer(max(wait, 0), self._fire) if wait < threading.TIMEOUT_MAX else None
        if self._timer is not None:
            self._timer.daemon = True
            self._timer.start()

    def watch(self, sock: socket.socket) -> None:
        with self._lock:
            copy = sock.dup()
            self._sockets.append(copy)
            if self.fired:
                _shut(copy)

    def _fire(self) -> None:
        with self._lock:
            self.fired = True
            for sock in self._sockets:
                _shut(sock)

    def close(self) -> None:
        if self._timer is not None:
            self._timer.cancel()
        with self._lock:
            for sock in self._sockets:
                sock.close()
            self._sockets.clear()


def _shut(sock: socket.socket) -> None:
    try:
        sock.shutdown(socket.SHUT_RDWR)
    except OSError:  # already closed by the other end
        pass


def _watched_pools(watchdog: _Watchdog) -> dict[str, type[HTTPConnectionPool]]:
    """Connection pools whose every new socket ``watchdog`` watches."""

    def watched(base: type[HTTPConnection]) -> type[HTTPConnection]:
        def new_conn(self: HTTPConnection) -> socket.socket:
            sock = base._new_conn(self)
            watchdog.watch(sock)
            return sock

        return type(f"Watched{base.__name__}", (base,), {"_new_conn": new_conn})

    return {"http": type("WatchedHTTPConnectionPool", (HTTPConnectionPool,), {"ConnectionCls": watched(HTTPConnection)}),
            "https": type("WatchedHTTPSConnectionPool", (HTTPSConnectionPool,),
                          {"ConnectionCls": watched(HTTPSConnection)})}


class _WatchedAdapter(HTTPAdapter):
    def __init__(self, watchdog: _Watchdog | None, **kwargs: object) -> None:
        self._watchdog = watchdog
        super().__init__(**kwargs)  # type: ignore[arg-type]

    def init_poolmanager(self, *args: object, **kwargs: object) -> None:
        super().init_poolmanager(*args, **kwargs)  # type: ignore[arg-type]
        if self._watchdog is not None:
            self.poolmanager.pool_classes_by_scheme = _watched_pools(self._watchdog)


def make_session(settings: HttpSettings, deadline_at: float = float("inf"),
                 watchdog: _Watchdog | None = None) -> requests.Session:
    """A session that retries GETs with backoff on 429/5xx, connection errors and read timeouts; with a
    watchdog, every connection it opens ends at the watchdog's deadline."""
    retry_class = type("BoundedRetry", (_DeadlineRetry,), {"deadline_at": deadline_at})
    retry = retry_class(total=settings.retries, connect=settings.retries, read=settings.retries,
                        status=settings.retries, backoff_factor=settings.backoff, redirect=False,
                        status_forcelist=RETRY_STATUSES, allowed_methods=frozenset({"GET", "HEAD"}),
                        respect_retry_after_header=True, raise_on_status=False)
    adapter = _WatchedAdapter(watchdog, max_retries=retry)
    session = requests.Session()
    session.mount("http://", adapter)
    session.mount("https://", adapter)
    session.headers["User-Agent"] = user_agent()
    return session


@dataclass
class HttpClient:
    """One fetch's connection to the outside: a session, a deadline, and the redirects it followed."""

    settings: HttpSettings
    redirects: list[str] = field(default_factory=list)  # "FROM -> STATUS -> TO", in order
    started: float = field(default_factory=time.monotonic)

    def __post_init__(self) -> None:
        self.deadline_at = self.started + self.settings.deadline
        self.watchdog = _Watchdog(self.deadline_at)
        self.session = make_session(self.settings, self.deadline_at, self.watchdog)

    def __enter__(self) -> "HttpClient":
        return self

    def __exit__(self, *exc: object) -> None:
        self.session.close()
        self.watchdog.close()

    def remaining(self) -> float:
        return self.deadline_at - time.monotonic()

    def get(self, url: str, params: Mapping[str, object] | None = None) -> requests.Response:
        """GET ``url``, following same-host redirects; the body is complete or this raises."""
        shown = url + ("?" + urlencode(params) if params else "")
        current, query = url, dict(params) if params else None
        for _ in range(MAX_REDIRECTS + 1):
            response = self._get_once(current, query, shown)
            if not response.is_redirect:
                return _checked_status(response, shown, self.settings)
            target = _redirect_target(response, shown)
            self.redirects.append(f"{response.url} -> {response.status_code} -> {target}")
            if host(target) != host(response.url) and not self.settings.allow_redirect_host:
                raise FetchError.at(f"redirected to another host ({host(target)}); not followed", shown,
                                    hint="pass --allow-redirect-host if that host is trusted; " + UNCHANGED)
            if urlparse(target).scheme not in ("http", "https"):
                raise FetchError.at(f"redirected to a non-HTTP address {target!r}; not followed", shown)
            current, query = target, None
        raise FetchError.at(f"more than {MAX_REDIRECTS} redirects", shown, hint=UNCHANGED)

    def _get_once(self, url: str, params: dict[str, object] | None, shown: str) -> requests.Response:
        """One request; whatever it ended in once the watchdog shut its connection (an error, or a body
        that looks complete because the socket closed) is the deadline."""
        try:
            response = self._request(url, params, shown)
        except _DeadlineError:
            raise
        except FetchError:
            if self.watchdog.fired:
                raise self._deadline_error(shown) from None
            raise
        if self.watchdog.fired:
            raise self._deadline_error(shown)
        return response

    def _request(self, url: str, params: dict[str, object] | None, shown: str) -> requests.Response:
        s = self.settings
        if self.remaining() <= 0:
            raise self._deadline_error(shown)
        tries = _after_retries(s)
        timeout = (min(s.connect_timeout, self.remaining()), min(s.read_timeout, self.remaining()))
        try:
            response = self.session.get(url, params=params, timeout=timeout, stream=True, allow_redirects=False)
            response._content = self._read_body(response, shown)  # type: ignore[attr-defined]
        except _OutOfTime as exc:
            raise self._deadline_error(shown, str(exc)) from None
        except requests.exceptions.ConnectTimeout:
            raise FetchError.at(f"timed out connecting to {host(url)} after {s.connect_timeout:g} s{tries}",
                                shown) from None
        except requests.exceptions.ChunkedEncodingError as exc:
            raise FetchError.at(f"the answer was cut off before its end: {_root_reason(exc)}", shown,
                                hint="try again later; " + UNCHANGED) from None
        except (requests.exceptions.ReadTimeout, requests.exceptions.RetryError,
                requests.exceptions.ConnectionError) as exc:
            reason = _root_reason(exc)
            if isinstance(exc, requests.exceptions.ReadTimeout) or "timed out" in reason.lower():
                if self.remaining() <= 0.05:
                    raise self._deadline_error(shown) from None
                raise FetchError.at(f"no answer within {s.read_timeout:g} s{tries}", shown,
                                    hint="the server is slow or down; try again later or raise "
                                         "WORKBENCH_HTTP_TIMEOUT; " + UNCHANGED) from None
            if isinstance(exc, requests.exceptions.RetryError):
                raise FetchError.at(f"gave up{tries}: {reason}", shown, hint=UNCHANGED) from None
            raise FetchError.at(f"cannot connect to {host(url)}{tries}: {reason}", shown, hint=UNCHANGED) from None
        except requests.exceptions.ContentDecodingError as exc:
            raise FetchError.at(f"the answer cannot be decoded as its Content-Encoding says: {_root_reason(exc)}",
                                shown, hint="the server sent a damaged body; try again later; " + UNCHANGED) from None
        except requests.exceptions.RequestException as exc:
            raise FetchError.at(f"request failed: {exc}", shown, hint=UNCHANGED) from None
        except (urllib3.exceptions.ProtocolError, urllib3.exceptions.IncompleteRead) as exc:
            # requests drains a redirect's body itself, uncaught
            raise FetchError.at(f"the answer was cut off before its end: {_root_reason(exc)}", shown,
                                hint="try again later; " + UNCHANGED) from None
        except urllib3.exceptions.DecodeError as exc:  # a redirect's body drained by requests, undecodable
            raise FetchError.at(f"the answer cannot be decoded as its Content-Encoding says: {_root_reason(exc)}",
                                shown, hint="the server sent a damaged body; try again later; " + UNCHANGED) from None
        except ValueError as exc:  # requests reads a redirect's Location before we see it: not UTF-8, no URL
            if not _raised_by_a_library(exc):
                raise  # our own bug, not the server's answer
            raise FetchError.at(f"the answer cannot be read: {type(exc).__name__}: {exc}", shown,
                                hint=UNCHANGED) from None
        return response

    def _read_body(self, response: requests.Response, shown: str) -> bytes:
        """The whole body, within the size cap and the deadline, and as long as Content-Length says."""
        chunks, size = [], 0
        while chunk := _read_some(response):
            size += len(chunk)
            if size > MAX_DOWNLOAD_BYTES:
                response.close()
                raise FetchError.at(f"the answer is larger than {MAX_DOWNLOAD_BYTES // (1024 * 1024)} MB", shown,
                                    hint=UNCHANGED)
            if self.remaining() <= 0:
                response.close()
                raise self._deadline_error(shown, f"{size} bytes had arrived")
            chunks.append(chunk)
        declared = response.headers.get("Content-Length", "")
        encoded = response.headers.get("Content-Encoding", "identity").lower() not in ("", "identity")
        if declared.isdigit() and not encoded and int(declared) != size:
            raise FetchError.at(f"the answer was cut off: {size} of {declared} bytes arrived", shown,
                                hint="try again later; " + UNCHANGED)
        return b"".join(chunks)

    def _deadline_error(self, shown: str, detail: str = "") -> FetchError:
        return _DeadlineError.at(f"the fetch did not finish within its deadline of {self.settings.deadline:g} s"
                             + (f" ({detail})" if detail else ""), shown,
                             hint="the server is slow; try again later or raise --deadline; " + UNCHANGED)


def _read_some(response: requests.Response) -> bytes:
    """What has arrived, up to 64 KB, without waiting to fill the buffer (so the deadline is checked
    between trickles too); urllib3's errors as the requests errors the caller handles."""
    from urllib3.exceptions import DecodeError, ProtocolError, ReadTimeoutError

    try:
        return response.raw.read1(1 << 16, decode_content=True)
    except ReadTimeoutError as exc:
        raise requests.exceptions.ReadTimeout(exc) from exc
    except ProtocolError as exc:
        raise requests.exceptions.ChunkedEncodingError(exc) from exc
    except DecodeError as exc:  # a body that is not the gzip or deflate its Content-Encoding says
        raise requests.exceptions.ContentDecodingError(exc) from exc


def _raised_by_a_library(exc: BaseException) -> bool:
    """Whether ``exc`` was raised inside requests, urllib3 or the standard library's URL and HTTP code."""
    tb = exc.__traceback__
    while tb is not None and tb.tb_next is not None:
        tb = tb.tb_next
    name = tb.tb_frame.f_code.co_filename.replace("\\", "/") if tb is not None else ""
    return any(part in name for part in ("/requests/", "/urllib3/", "/urllib/", "/http/", "/encodings/"))


def _redirect_target(response: requests.Response, shown: str) -> str:
    """The absolute address a redirect points to; a Location no URL parser reads is one FetchError."""
    location = response.headers["Location"]
    try:
        target = urljoin(response.url, location)
        urlparse(target).port  # noqa: B018 — raises on a port out of range or a broken IPv6 host
    except ValueError as exc:
        raise FetchError.at(f"redirected to an address that is no URL ({location!r}: {exc}); not followed",
                            shown, hint=UNCHANGED) from None
    return target


def _after_retries(settings: HttpSettings) -> str:
    """" (after N retries)" for a failure the session retried; "" when it does not retry."""
    n = settings.retries
    return f" (after {n} retr{'y' if n == 1 else 'ies'})" if n else ""


def _checked_status(response: requests.Response, shown: str, settings: HttpSettings) -> requests.Response:
    if response.status_code == 404:
        raise FetchError.at("not found (HTTP 404)", shown, hint="check the URL or the indicator code; " + UNCHANGED)
    if response.status_code >= 400:
        tries = _after_retries(settings) if response.status_code in RETRY_STATUSES else ""
        raise FetchError.at(f"the server answered HTTP {response.status_code} {response.reason or ''}".rstrip()
                            + tries, shown, hint=UNCHANGED)
    return response


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
