"""Why a gold event's independent sources are not its families: where each family went.

A gold event stated by several families (copies and rewrites of one original count once) has
its independent sources right when the event it is matched to holds a report from each family
and from no other story. For each family the match does not hold, the first of these that
holds says which stage lost it, so a round can see what to fix before it fixes anything:

- ``not coded``: no event on the family's pages matches the gold strictly (the coder's);
- ``other status``: one does, in another status class than the match's (a plan, a denial,
  a possibility beside what happened: merging never joins two classes);
- ``other type``: one does, of the match's class but another PLOVER type (merging keeps
  types apart: an agreement beside the meeting it was reached at);
- ``other sides``: of the match's class and type, with sides the match's do not fit (two
  people of one country: ``participants_compatible``);
- ``undated page``: with fitting sides, but it or the match has no date, on pages with none
  either (merging has no day to anchor it to);
- ``undated``: with fitting sides, but it or the match has no date, on a dated page (merging
  found no event of its days it could join alone);
- ``other date``: dated, and the date does not fit the match's (``dates_compatible``);
- ``apart``: none of these (merging's own choice).

A family whose pages hold several such events is lost at the stage nearest to merging (the
last above that applies to one of them). A match that also holds stories outside the gold's
articles counts them as ``over``: reports the gold does not list, or later articles recalling
the event.

An event whose count is wrong is wrong by the reasons of the families it misses and by how it
counts those it holds (``counted_wrong``): ``copies counted`` when the pages of one family it
holds lie in several stories (a copy or rewrite not grouped with its original counts as a
source of its own), ``sources grouped`` when one story holds pages of two families (two
independent reports counted once), ``over`` when it holds stories beyond the gold's.
"""

from __future__ import annotations

from collections.abc import Iterable, Mapping, Sequence

from ..analyze.merge import dates_compatible, when
from ..happening import participants_compatible, type_key
from ..models import Event

#: The reasons a family is missed, farthest from merging first (see the module docstring).
REASONS = ("not coded", "other status", "other type", "other sides", "undated page", "undated",
           "other date", "apart")
#: How an event miscounts the families it holds (see the module docstring), after REASONS.
MISCOUNTS = ("copies counted", "sources grouped", "over")
_HAPPENED = frozenset({"reported", "claimed"})


def status_class(status: str) -> str:
    """Return the class of a status merging keeps apart: what happened (claimed or not) or
    the status itself (planned, negated, hypothetical)."""
    return "happened" if status in _HAPPENED else status


def why_apart(event: Event, match: Event, shown: Mapping[str, str | None]) -> str:
    """Return why *event* is not part of *match* (see the module docstring); *shown* maps a
    stored article id to the date its page shows."""
    if status_class(event.status) != status_class(match.status):
        return "other status"
    if type_key(event.type) != type_key(match.type):
        return "other type"
    if not participants_compatible(event, match):
        return "other sides"
    for e in (event, match):
        if when(e.date, e.date_precision) is None:
            return "undated" if any(shown.get(ev.article_id) for ev in e.evidence) else \
                "undated page"
    if not dates_compatible(event, match):
        return "other date"
    return "apart"


def missed_families(match: Event, families: Mapping[str | int, Sequence[str]],
                    strict: Mapping[str, Sequence[Event]], shown: Mapping[str, str | None],
                    gold_of: Mapping[str, str]) -> dict[str, str]:
    """Return, for each family of *families* (its gold page ids) whose pages give *match* no
    report, why: the reason nearest to merging among its pages' *strict* events (by gold page
    id), or "not coded". *gold_of* maps a stored article id to its gold page id, *shown* to
    the date its page shows."""
    held = {gold_of.get(ev.article_id) for ev in match.evidence}
    missed = {}
    for name, ids in families.items():
        if held.intersection(ids):
            continue
        reasons = [why_apart(e, match, shown) for i in ids for e in strict.get(i, ())
                   if e.id != match.id]
        missed[str(name)] = max(reasons, key=REASONS.index, default="not coded")
    return missed


def over(match: Event, articles: Iterable[str], stories: Mapping[str, str | None]) -> int:
    """Return how many stories *match* holds beyond those of the gold's *articles* (stored
    article ids); *stories* maps a stored article id to its story."""
    return len({stories.get(a) or a for a in beyond(match, articles, stories)})


def beyond(match: Event, articles: Iterable[str], stories: Mapping[str, str | None]
           ) -> list[str]:
    """Return the stored ids of the articles *match* holds reports from whose stories are not
    those of the gold's *articles*, in the order of its evidence."""
    gold = {stories.get(a) or a for a in articles}
    return list(dict.fromkeys(ev.article_id for ev in match.evidence
                              if (stories.get(ev.article_id) or ev.article_id) not in gold))


def counted_wrong(match: Event, families: Mapping[str | int, Sequence[str]],
                  missed: Mapping[str, str], stories: Mapping[str, str | None],
                  gold_of: Mapping[str, str], over_count: int) -> list[str]:
    """Return why *match* counts the independent sources of a gold event wrong, each once, in
    the order of REASONS then MISCOUNTS: the reasons of its *missed* families (``missed_families``)
    and how it counts the *families* (name: gold page ids) it holds; *stories* maps a stored
    article id to its story, *gold_of* a stored article id to its gold page id, *over_count*
    is ``over``'s."""
    page_story = {gold_of[ev.article_id]: stories.get(ev.article_id) or ev.article_id
                  for ev in match.evidence if ev.article_id in gold_of}
    held = {name: {page_story[i] for i in ids if i in page_story}
            for name, ids in families.items()}
    held = {name: found for name, found in held.items() if found}
    causes = set(missed.values())
    if any(len(found) > 1 for found in held.values()):
        causes.add("copies counted")
    owners = [story for found in held.values() for story in found]
    if len(owners) > len(set(owners)):
        causes.add("sources grouped")
    if over_count:
        causes.add("over")
    order = (*REASONS, *MISCOUNTS)
    return sorted(causes, key=order.index)
