"""Helpers for the fetch tests: a loopback HTTP server with routes, the CLI called in-process."""

from __future__ import annotations

import threading
import time
from collections.abc import Callable, Iterator
from contextlib import contextmanager
from http.server import BaseHTTPRequestHandler, ThreadingHTTPServer
from pathlib import Path

import pytest

from conftest import Run

# A route answers (status, headers, body) or takes over the socket itself (returns None).
Route = Callable[[BaseHTTPRequestHandler], "tuple[int, dict[str, str], bytes] | None"]


@contextmanager
def loopback(routes: dict[str, Route]) -> Iterator[str]:
    """A threaded HTTP server on 127.0.0.1 serving ``routes`` by path; yields its base URL."""

    class Handler(BaseHTTPRequestHandler):
        def log_message(self, *args: object) -> None:
            pass

        def do_GET(self) -> None:  # noqa: N802
            route = routes.get(self.path.split("?")[0])
            answer = route(self) if route else (404, {"Content-Type": "text/html"}, b"<html>404</html>")
            if answer is None:
                return
            status, headers, body = answer
            try:
                self.send_response(status)
                headers = {"Content-Length": str(len(body)), **headers}
                for key, value in headers.items():
                    self.send_header(key, value)
                self.end_headers()
                self.wfile.write(body)
            except (BrokenPipeError, ConnectionResetError):
                pass

    httpd = ThreadingHTTPServer(("127.0.0.1", 0), Handler)
    httpd.daemon_threads = True
    thread = threading.Thread(target=httpd.serve_forever, daemon=True)
    thread.start()
    try:
        yield f"http://127.0.0.1:{httpd.server_address[1]}"
    finally:
        httpd.shutdown()
        httpd.server_close()


def drip(body: bytes, every: float) -> Route:
    """A server that declares the whole body, then sends it one byte every ``every`` seconds."""

    def route(handler: BaseHTTPRequestHandler) -> None:
        try:
            handler.send_response(200)
            handler.send_header("Content-Type", "text/csv")
            handler.send_header("Content-Length", str(len(body)))
            handler.end_headers()
            for i in range(len(body)):
                handler.wfile.write(body[i:i + 1])
                handler.wfile.flush()
                time.sleep(every)
        except (BrokenPipeError, ConnectionResetError):
            pass
        return None

    return route


def cli(monkeypatch: pytest.MonkeyPatch, capsys: pytest.CaptureFixture[str], *args: object,
        env: dict[str, str] | None = None, cwd: Path | None = None) -> Run:
    """`workbench ARGS` called in-process, with its exit code, stdout and stderr."""
    from workbench.cli import main

    for key, value in (env or {}).items():
        monkeypatch.setenv(key, value)
    if cwd is not None:
        monkeypatch.chdir(cwd)
    capsys.readouterr()
    code = main([str(a) for a in args])
    out = capsys.readouterr()
    return Run(code, out.out, out.err)


def snapshot(folder: Path) -> dict[str, bytes]:
    return {str(p.relative_to(folder)): p.read_bytes() for p in sorted(folder.rglob("*")) if p.is_file()}


FAST = {"WORKBENCH_HTTP_TIMEOUT": "2", "WORKBENCH_HTTP_RETRIES": "1", "WORKBENCH_HTTP_BACKOFF": "0"}
__all__ = ["FAST", "Run", "cli", "drip", "loopback", "snapshot"]
