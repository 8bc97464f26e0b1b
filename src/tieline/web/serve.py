"""Run the app with uvicorn: what ``tieline serve`` does."""

from __future__ import annotations

import errno
import ipaddress
import socket
import sys

from ..config import Settings
from ..errors import UsageError
from .app import create_app


def is_loopback(host: str) -> bool:
    """Say whether *host* is a loopback address or "localhost"."""
    if host == "localhost":
        return True
    try:
        return ipaddress.ip_address(host.strip("[]")).is_loopback
    except ValueError:
        return False


def listen(host: str, port: int) -> socket.socket:
    """Return a socket bound to *host*:*port*; raise UsageError saying why when it cannot be
    (a port in use, an address not of this machine) — before anything claims to be serving."""
    try:
        infos = socket.getaddrinfo(host, port, type=socket.SOCK_STREAM)
    except socket.gaierror as exc:
        raise UsageError(f"--host {host}: not an address of this machine ({exc})") from None
    family, _, _, _, address = infos[0]
    sock = socket.socket(family, socket.SOCK_STREAM)
    sock.setsockopt(socket.SOL_SOCKET, socket.SO_REUSEADDR, 1)
    try:
        sock.bind(address)
    except OSError as exc:
        sock.close()
        if exc.errno == errno.EADDRINUSE:
            raise UsageError(f"port {port} on {host} is in use (another `tieline serve`?); "
                             "choose another with --port") from None
        raise UsageError(f"cannot listen on {host}:{port}: {exc.strerror or exc}") from None
    sock.listen(128)
    return sock


def run_server(settings: Settings, host: str = "127.0.0.1", port: int = 8000,
               token: str | None = None) -> None:
    """Serve the page and the API over the settings' database until interrupted."""
    import uvicorn

    app = create_app(settings=settings, token=token)
    sock = listen(host, port)
    port = sock.getsockname()[1]
    if not is_loopback(host):
        print(f"warning: listening on {host}: anyone who can reach it can read the corpus",
              file=sys.stderr)
    mode = "ingest allowed with the token" if token else "read-only"
    print(f"tieline: serving {settings.db} at http://{_url_host(host)}:{port}/ ({mode}); "
          f"API documentation at /docs", file=sys.stderr)
    server = uvicorn.Server(uvicorn.Config(app, log_level="warning", access_log=False))
    server.run(sockets=[sock])


def _url_host(host: str) -> str:
    return f"[{host}]" if ":" in host and not host.startswith("[") else host
