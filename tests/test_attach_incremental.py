"""A side taken is looked for again around what changed, never over the corpus (issue 23).

The corpus stage reads, each batch, only the one-sided reports in the places of the reports
not merged yet (by index) and those holding a side taken from one of them (the store keeps
where each side taken came from, migration 0028), so a batch costs what it touches. The side
must still follow its happening wherever a change moves it: a report the side was taken from
that moves out of the taker's days gives it back, one that moves within them does not.

The pages are test_attach_round1's, written for the tests."""

from __future__ import annotations

from pathlib import Path

from test_attach_round1 import ACTORS, PAGES, _page
from tieline.analyze.attach import TAKEN
from tieline.analyze.stage import update_corpus
from tieline.models import ActorRef, ReportDating
from tieline.store import Store

WITNESS = PAGES[1]  # "Peru on Monday condemned Chile's decision ..." (2031-03-11)
TAKER = PAGES[0]    # "Lima's foreign ministry condemned Chile's decision on Tuesday."


def _stored(tmp_path: Path, name: str) -> Store:
    store = Store(tmp_path / f"{name}.db")
    store.add_articles(store.start_run([]), PAGES[:2],
                       actor_lookup={a.id: a for a in ACTORS}.get)
    update_corpus(store)
    return store


def _taker_target(store: Store) -> tuple[str, str | None] | None:
    [report] = store.group_reports([TAKER.events[0].id])
    target = report.event.target
    return None if target is None else (target.name, target.basis)


def _redate_witness(store: Store, day: str) -> None:
    """Date the witness's report again (as page dating does) and mark it to merge again."""
    with store.transaction():
        store.set_report_dates([ReportDating(WITNESS.events[0].id, "reported", None, "text",
                                             day, "day")])
        store.unmerge_articles([WITNESS.id])
    update_corpus(store)


def test_a_witness_moved_out_of_the_days_takes_the_side_back(tmp_path: Path) -> None:
    with _stored(tmp_path, "out") as store:
        assert _taker_target(store) == ("Chile", TAKEN)
        _redate_witness(store, "2031-05-20")  # (far from the taker's days; not near it)
        assert _taker_target(store) is None


def test_a_witness_moved_within_the_days_keeps_the_side(tmp_path: Path) -> None:
    # the twin: the taker's page (2031-03-12) tells what happened in the two days before
    with _stored(tmp_path, "within") as store:
        _redate_witness(store, "2031-03-10")
        assert _taker_target(store) == ("Chile", TAKEN)


def test_a_witness_annotated_again_takes_the_side_back(tmp_path: Path) -> None:
    # its lines came back (outlet chrome): its reports are forgotten until annotated again
    with _stored(tmp_path, "recut") as store:
        store.recut_article(WITNESS.id, WITNESS.text, WITNESS.text, None)
        update_corpus(store)
        assert _taker_target(store) is None


def test_the_takers_are_read_where_the_change_is(tmp_path: Path) -> None:
    far = _page(7, [("Peru's foreign ministry condemned the decision again.",
                     ActorRef(None, "Peruvian foreign ministry", "PER", "GOV", "organization"),
                     None)], "2033-08-02", about=("CHL",))
    with _stored(tmp_path, "where") as store:
        store.add_articles(store.start_run([]), [far],
                           actor_lookup={a.id: a for a in ACTORS}.get)
        keys = ["ACCUSE|happened|PER"]
        near = [r.event.id for r in store.side_takers(keys, [("article", TAKER.id)])]
        assert near == [TAKER.events[0].id]
        # the twin: the same key at the far page's day finds only the far page's report
        anchored = [r.event.id for r in store.side_takers(keys, [("anchor", "2033-08-02")])]
        assert anchored == [far.events[0].id]
        # and through where its side came from: the witness's id finds the taker
        taken = [r.event.id for r in store.side_takers(keys, [], [WITNESS.events[0].id])]
        assert taken == [TAKER.events[0].id]
