"""A self-contained HTML report, safe to open and share: every value from the internet escaped."""

from __future__ import annotations

from html import escape
from pathlib import Path
from urllib.parse import urlsplit

from .models import Article

_STYLE = """body{font:15px/1.5 system-ui,sans-serif;max-width:60rem;margin:2rem auto;padding:0 1rem}
table{border-collapse:collapse;width:100%}td,th{border-bottom:1px solid #ddd;padding:.3rem;
text-align:left;vertical-align:top}article{margin:2rem 0}p{margin:.4rem 0}.meta{color:#555}"""


def safe_url(url: str | None) -> str | None:
    """Return *url* if it is plain http(s), else None (no javascript:, data:, ...)."""
    if not url:
        return None
    return url if urlsplit(url.strip()).scheme in ("http", "https") else None


def write_articles_report(articles: list[Article], path: Path) -> Path:
    """Write the articles as one HTML file; return its path."""
    rows = []
    bodies = []
    for a in articles:
        link = safe_url(a.url)
        outlet = escape(a.outlet or "?")
        if link:
            outlet = f'<a href="{escape(link)}" rel="noopener noreferrer">{outlet}</a>'
        rows.append(f"<tr><td>{escape(a.published or 'unknown')}</td><td>{outlet}</td>"
                    f"<td>{escape(a.lang or '?')}</td><td>{a.words}</td>"
                    f'<td><a href="#a-{escape(a.id)}">{escape(a.title or a.id)}</a></td></tr>')
        paragraphs = "".join(f"<p>{escape(p)}</p>" for p in a.text.split("\n") if p.strip())
        bodies.append(f'<article id="a-{escape(a.id)}"><h2>{escape(a.title or a.id)}</h2>'
                      f'<div class="meta">{outlet} · {escape(a.published or "date unknown")} '
                      f"({escape(a.published_basis)}) · {escape(a.author or 'author unknown')}"
                      f"</div>{paragraphs}</article>")
    html = (f"<!doctype html><html lang=en><meta charset=utf-8><title>tieline report</title>"
            f"<meta name=viewport content='width=device-width,initial-scale=1'>"
            f"<style>{_STYLE}</style><h1>tieline: {len(articles)} articles</h1>"
            f"<table><tr><th>published</th><th>outlet</th><th>lang</th><th>words</th>"
            f"<th>title</th></tr>{''.join(rows)}</table>{''.join(bodies)}</html>")
    path.write_text(html, encoding="utf-8")
    return path
