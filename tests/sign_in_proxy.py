"""A sign-in proxy on 127.0.0.1 for the browser tests: every request it forwards, the WebSocket
upgrade included, carries the signed-in person's name in a header, as a team's proxy adds it.

A browser's own "extra headers" setting is no stand-in: Chromium leaves it off the WebSocket
handshake, which is where Streamlit reads a session's headers."""

from __future__ import annotations

import socket
import threading
from collections.abc import Iterator
from contextlib import contextmanager
from urllib.parse import urlsplit

_HEAD_END = b"\r\n\r\n"


@contextmanager
def sign_in_proxy(upstream_url: str, header: str, person: str) -> Iterator[str]:
    """The proxy's address for the length of the block, forwarding to ``upstream_url``."""
    upstream = urlsplit(upstream_url)
    listener = socket.create_server(("127.0.0.1", 0))

    def serve() -> None:  # until the listener is closed: accept() then raises
        while True:
            try:
                client, _ = listener.accept()
            except OSError:
                return
            try:
                server = socket.create_connection((upstream.hostname, upstream.port))
            except OSError:
                client.close()
                continue
            threading.Thread(target=_requests, args=(client, server, f"{header}: {person}\r\n".encode()),
                             daemon=True).start()
            threading.Thread(target=_pipe, args=(server, client), daemon=True).start()

    threading.Thread(target=serve, daemon=True).start()
    try:
        yield f"http://127.0.0.1:{listener.getsockname()[1]}"
    finally:
        listener.close()


def _requests(client: socket.socket, server: socket.socket, added: bytes) -> None:
    """Forward the client's requests with ``added`` after each request line; after an upgrade, bytes."""
    buffer = b""
    try:
        while True:
            while _HEAD_END not in buffer:
                chunk = client.recv(65536)
                if not chunk:
                    return
                buffer += chunk
            head, buffer = buffer.split(_HEAD_END, 1)
            request_line, _, fields = head.partition(b"\r\n")
            server.sendall(request_line + b"\r\n" + added + fields + _HEAD_END)
            lowered = fields.lower()
            length = next((int(line.split(b":", 1)[1]) for line in lowered.split(b"\r\n")
                           if line.startswith(b"content-length:")), 0)
            while len(buffer) < length:
                chunk = client.recv(65536)
                if not chunk:
                    return
                buffer += chunk
            server.sendall(buffer[:length])
            buffer = buffer[length:]
            if b"upgrade: websocket" in lowered:
                if buffer:
                    server.sendall(buffer)
                _pipe(client, server)
                return
    except OSError:
        return
    finally:
        _close(server)


def _pipe(source: socket.socket, target: socket.socket) -> None:
    try:
        while chunk := source.recv(65536):
            target.sendall(chunk)
    except OSError:
        pass
    finally:
        _close(target)


def _close(sock: socket.socket) -> None:
    try:
        sock.shutdown(socket.SHUT_RDWR)
    except OSError:
        pass
    sock.close()
