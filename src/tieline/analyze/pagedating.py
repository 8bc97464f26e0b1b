"""One driver for the steps that date a page stating no date: by the news it reports
(analyze/coreport.py) and by its dated neighbours (analyze/neighbours.py).

Each step keys the new or changed articles in an index of its own (store/keyindex.py), dates
again the pages without a date that share a key with them (or are among them, or are given),
and marks the reports of the pages whose date changed for merging again. A page that has the
date that comes before the step's (its story's; for the neighbours, its news's too) is not
dated by it, and its reports keep what that date gave them. What differs between the steps is
a :class:`PageDating`: how an article is keyed, which keys may date a page, what a key's
carriers are, and how a page's day follows from them.
"""

from __future__ import annotations

from collections import Counter
from collections.abc import Callable, Mapping, Sequence
from dataclasses import dataclass
from typing import TYPE_CHECKING, Generic, TypeVar

from ..models import ReportDating, UndatedPage
from .dating import redate_reports

if TYPE_CHECKING:
    from ..store.interface import CorpusStore

K = TypeVar("K", str, int)  # a key: a pair of sides; a name, number or quotation trigram
V = TypeVar("V")  # what a key's carriers are, read once a run

#: A page's day and the ids of the articles it rests on; None: the evidence dates nothing.
Found = tuple[str, tuple[str, ...]] | None


@dataclass(frozen=True)
class PageDating(Generic[K, V]):
    """One way of dating pages that state no date.

    *keys*: the keys of each of some articles. *rare*: those of some keys that may date a
    page, given how many articles of the batch just keyed carry each (the others are carried
    by too many articles besides those to date a page, before the batch or now).
    *carriers*: what a key's dated carriers are, None when it is too common to date
    anything. *day*: a page's day from the carriers of its keys. *keep*: which of a newly
    dated page's reports with a date phrase are dated again (default all).
    """

    index: str
    keys: Callable[[CorpusStore, Sequence[str]], Mapping[str, Sequence[K]]]
    rare: Callable[[CorpusStore, Mapping[K, int]], list[K]]
    carriers: Callable[[CorpusStore, K], V | None]
    day: Callable[[CorpusStore, UndatedPage[K], Mapping[K, V]], Found]
    keep: Callable[[ReportDating], bool] | None = None


def date_pages(store: CorpusStore, step: PageDating[K, V], batch: int = 1000,
               also: Sequence[str] = ()) -> list[str]:
    """Key the articles not keyed yet by *step*, date again the pages without a date that
    share a key which may date a page with them (or are among them, or among *also*), and
    mark for merging again the reports of those whose date changed; return their ids."""
    touched: set[str] = set(also)
    while ids := store.pending_keys(step.index, batch):
        keys = step.keys(store, ids)
        before = store.replaced_keys(step.index, ids)  # (what a page may have been dated by)
        store.save_keys(step.index, keys)
        # each key with how many of the batch carry it: a key that more than a step's limit
        # carry besides them dated nothing before and dates nothing now, and its pages need
        # not be read (a common key would touch every page that carries it, batch after
        # batch, and counting all its carriers would grow with the corpus)
        every = Counter(k for ks in keys.values() for k in set(ks))
        every.update({k: 0 for k in before})
        touched.update(store.undated_carriers(step.index, step.rare(store, every)))
        touched.update(ids)
    read: dict[K, V | None] = {}

    def carried(key: K) -> V | None:
        if key not in read:
            read[key] = step.carriers(store, key)
        return read[key]

    changed = [p.id for p in store.undated_pages(step.index, sorted(touched))
               if _redate(store, step, p, carried)]
    store.unmerge_articles(changed)
    return changed


def _redate(store: CorpusStore, step: PageDating[K, V], page: UndatedPage[K],
            carried: Callable[[K], V | None]) -> bool:
    """Date one page by *step* (none when its prior date dates it); say whether that changed
    its date or its evidence."""
    found = None
    if page.prior is None:
        found = step.day(store, page, {k: c for k in page.keys if (c := carried(k)) is not None})
    day, evidence = found or (None, ())
    if day == page.day and evidence == page.evidence:
        return False
    store.set_page_day(step.index, page.id, day, evidence)
    if page.prior is None and day != page.day:  # (else the prior date re-dated them)
        redate_reports(store, page.id, day, page.day, phrased_only=True, keep=step.keep)
    return True
