"""An outlet's own page chrome: short lines that recur across its distinct articles.

One article alone cannot show that "Follow us on Telegram" is chrome; the outlet's other
articles can. Each short line is counted once per distinct content of an outlet (a copy at
another URL is not counted again); a line found in ``min_articles`` of them is chrome and is cut
from every article of that outlet containing it: from the new articles, and, when the line has
just reached the threshold, from the outlet's stored articles too, which keep the text they had
before (``extracted_text``) so the cut can be redone. Each article's text therefore depends
only on which lines are recurring in the end, never on the order or batching of the inputs.
Runs inside the caller's transaction.
"""

from __future__ import annotations

from collections import Counter

from ..annotate.clean import drop_recurring, line_key
from ..annotate.offsets import line_map, remap_events, remap_mentions
from ..models import Article, Mention, Report
from ..store import Store

MAX_RECURRING_SHARE = 0.3  # an article losing more lines than this is a copy, not chrome
MAX_CHROME_WORDS = 12  # longer lines are text, whatever their recurrence


def short_line_keys(text: str) -> set[str]:
    return {line_key(line) for line in text.split("\n")
            if 0 < len(line.split()) <= MAX_CHROME_WORDS}


def cut(text: str, keys: set[str], recurring: set[str]) -> str:
    """Return *text* without its *recurring* lines (unless that would cut too much of it)."""
    hits = keys & recurring
    lines = text.count("\n") + 1
    if not hits or len(hits) > MAX_RECURRING_SHARE * lines:
        return text
    cleaned, _ = drop_recurring(text, hits)
    return cleaned if cleaned.strip() else text


def remove_outlet_chrome(store: Store, batch: list[Article],
                         min_articles: int) -> tuple[list[Article], dict[str, str]]:
    """Cut outlet chrome from *batch* and from stored articles a new recurring line is in.

    Returns the batch with cut texts, and {article id: text before the cut} for those cut.
    """
    out = list(batch)
    extracted: dict[str, str] = {}
    by_outlet: dict[str, list[int]] = {}
    seen: set[str] = set()
    for i, art in enumerate(batch):
        if art.outlet and art.id not in seen and not store.has_article(art.id):
            by_outlet.setdefault(art.outlet, []).append(i)
        seen.add(art.id)
    for outlet, idx in by_outlet.items():
        keys = {i: short_line_keys(batch[i].text) for i in idx}
        increments: Counter[str] = Counter()
        contents: set[str] = set()
        for i in idx:
            content = batch[i].content_hash
            if content in contents or store.outlet_has_content(outlet, content):
                continue
            contents.add(content)
            increments.update(keys[i])
        before = store.outlet_line_counts(outlet, increments)
        store.add_outlet_line_counts(outlet, dict(increments))
        newly = {k for k, n in increments.items()
                 if before.get(k, 0) < min_articles <= before.get(k, 0) + n}
        for i in idx:
            store.add_article_lines(outlet, batch[i].id, keys[i])
        every_key = set().union(*keys.values())
        counts = store.outlet_line_counts(outlet, every_key)
        recurring = {k for k, n in counts.items() if n >= min_articles}
        for i in idx:
            text = cut(batch[i].text, keys[i], recurring)
            if text != batch[i].text:
                extracted[batch[i].id] = batch[i].text
                out[i] = batch[i].evolve(text=text, words=len(text.split()))
        if newly:
            _recut_stored(store, outlet, newly, min_articles)
    return out, extracted


def _recut_stored(store: Store, outlet: str, newly: set[str], min_articles: int) -> None:
    """Re-cut the outlet's stored articles that hold a line which has just become chrome."""
    for article_id, text, original in store.outlet_texts_with_lines(outlet, newly):
        keys = short_line_keys(original)
        counts = store.outlet_line_counts(outlet, keys)
        recut = cut(original, keys, {k for k, n in counts.items() if n >= min_articles})
        if recut != text:
            store.recut_article(article_id, recut, original,
                                _moved(store, article_id, text, recut))


def _moved(store: Store, article_id: str, old: str, new: str
           ) -> tuple[list[Mention], list[Report]] | None:
    """A stored article's mentions and reports moved from its text *old* to *new* (before the
    store sees them); None when *new* is not *old* with lines removed (it is annotated again)."""
    if line_map(old, new) is None:
        return None
    return (remap_mentions(old, new, store.mentions(article_id)),
            remap_events(old, new, store.article_reports(article_id)))
