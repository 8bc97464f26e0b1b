"""Run the app with uvicorn: what ``tieline serve`` does."""

from __future__ import annotations

import ipaddress
import sys

from ..config import Settings
from .app import create_app


def is_loopback(host: str) -> bool:
    """Say whether *host* is a loopback address or "localhost"."""
    if host == "localhost":
        return True
    try:
        return ipaddress.ip_address(host.strip("[]")).is_loopback
    except ValueError:
        return False


def run_server(settings: Settings, host: str = "127.0.0.1", port: int = 8000,
               token: str | None = None) -> None:
    """Serve the page and the API over the settings' database until interrupted."""
    import uvicorn

    app = create_app(settings=settings, token=token)
    if not is_loopback(host):
        print(f"warning: listening on {host}: anyone who can reach it can read the corpus",
              file=sys.stderr)
    mode = "ingest allowed with the token" if token else "read-only"
    print(f"tieline: serving {settings.db} at http://{_url_host(host)}:{port}/ ({mode})",
          file=sys.stderr)
    uvicorn.run(app, host=host, port=port, log_level="warning", access_log=False)


def _url_host(host: str) -> str:
    return f"[{host}]" if ":" in host and not host.startswith("[") else host
