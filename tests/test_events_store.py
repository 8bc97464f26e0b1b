"""Events in the store: saved with their article, moved with its text, filtered, printed."""

from __future__ import annotations

import json
from dataclasses import replace

import pytest
from click.testing import CliRunner

import tieline
from tieline.analyze.stage import update_corpus
from tieline.annotate.offsets import remap_article, remap_events, remap_mentions
from tieline.cli import cli
from tieline.errors import UsageError
from tieline.kb import KnowledgeBase, load_kb
from tieline.models import Actor, ActorRef, Article, Event, Evidence, SentenceCoding
from tieline.store import Store
from tieline.store.events import period, resolve_actor, save_events

PASHINYAN = ActorRef("nikol-pashinyan", "Nikol Pashinyan", "ARM", "GOV", "person")
PUTIN = ActorRef("vladimir-putin", "Vladimir Putin", "RUS", "GOV", "person")
ARMENIA = ActorRef("ARM", "Armenia", "ARM", None, "country")
AZERBAIJAN = ActorRef("AZE", "Azerbaijan", "AZE", None, "country")
RUSSIA = ActorRef("RUS", "Russia", "RUS", None, "country")
ARMENIAN_MINISTER = ActorRef(None, "the Armenian foreign minister", "ARM", "GOV", "person")

TEXT = ("Pashinyan met Putin in Moscow.\n"
        "Armenia accused Azerbaijan of shelling.\n"
        "Azerbaijan rejected the claim.\n"
        "Armenia will leave the bloc led by Russia.\n"
        "The Armenian foreign minister criticised Russia.")


def _event(event_id: str, article: str, text: str, sentence: str, trigger: str,
           source: ActorRef | None, target: ActorRef | None, type_: str = "CONSULT",
           **fields: object) -> Event:
    start = text.index(sentence)
    t = text.index(trigger, start)
    evidence = Evidence(article, start, start + len(sentence), sentence, t, t + len(trigger))
    return Event(id=event_id, type=type_, source=source, target=target,
                 evidence=(evidence,), **fields)  # type: ignore[arg-type]


def _events(article: str = "a1", text: str = TEXT) -> tuple[Event, ...]:
    lines = TEXT.split("\n")  # the sentences, wherever they are in *text*
    return (
        _event(f"{article}-meet", article, text, lines[0], "met", PASHINYAN, PUTIN, mode="meet",
               intensity=4.0, date="2023-09-10", date_precision="day", date_basis="text"),
        _event(f"{article}-accuse", article, text, lines[1], "accused", ARMENIA, AZERBAIJAN,
               "ACCUSE", intensity=-4.0, date="2023-09", date_precision="month",
               context=("military",)),
        _event(f"{article}-reject", article, text, lines[2], "rejected", AZERBAIJAN, ARMENIA,
               "REJECT", intensity=-3.0, date="2023", date_precision="year"),
        _event(f"{article}-leave", article, text, lines[3], "leave", ARMENIA, RUSSIA,
               "RETREAT", mode="leave", intensity=-5.0, status="planned",
               date="2023-10-01", date_precision="day"),
        _event(f"{article}-criticise", article, text, lines[4], "criticised",
               ARMENIAN_MINISTER, RUSSIA, "ACCUSE", intensity=-3.5, status="claimed",
               claimed_by=("Hraparak",)),
    )


def _article(article_id: str = "a1", text: str = TEXT, url: str | None = "https://x/1",
             events: tuple[Event, ...] | None = None) -> Article:
    return Article(id=article_id, origin=f"{article_id}.txt", text=text,
                   content_hash=article_id, url=url, outlet="news.example",
                   events=_events(article_id, text) if events is None else events)


def _store(store: Store, *articles: Article) -> tuple[int, int]:
    run = store.start_run([])
    counts = store.add_articles(run, list(articles), actor_lookup=load_kb().get)
    update_corpus(store)  # the corpus stage merges the reports into events
    return counts


def _ids(events: list[Event]) -> list[str]:
    return [e.id for e in events]


@pytest.fixture
def stored(corpus: tieline.Corpus) -> tieline.Corpus:
    assert _store(corpus.store, _article()) == (1, 0)
    return corpus


# -- saving -------------------------------------------------------------------------------------
def test_events_come_back_as_stored_with_their_outlet(stored: tieline.Corpus) -> None:
    found = {e.id: e for e in stored.events()}
    for original in _events():
        evidence = original.evidence[0]
        assert found[original.id] == original.evolve(  # (with the coding it gave its sentence)
            evidence=(replace(evidence, url="https://x/1", outlet="news.example",
                              codings=(SentenceCoding.of(original, original.rule),)),))
        assert TEXT[evidence.start:evidence.end] == found[original.id].evidence[0].sentence


def test_actors_of_events_are_stored_and_unknown_ids_dropped(corpus: tieline.Corpus) -> None:
    stranger = ActorRef("no-such-actor", "Somebody", "ARM", "GOV", "person")
    event = _event("x", "a1", TEXT, TEXT.split("\n")[0], "met", stranger, PUTIN)
    _store(corpus.store, _article(events=(event,)))
    [back] = corpus.events()
    assert back.source == ActorRef(None, "Somebody", "ARM", "GOV", "person")
    assert back.target == PUTIN
    stored_ids = {r[0] for r in corpus.store.conn.execute("SELECT id FROM actors")}
    assert "vladimir-putin" in stored_ids and "no-such-actor" not in stored_ids


def test_a_learned_actor_keeps_its_id_and_is_found_by_alias(corpus: tieline.Corpus) -> None:
    spokesperson = Actor("ani-badalyan", "Ani Badalyan", "person", "ARM", "GOV",
                         aliases=("Badalyan",), learned_from="spokesperson Ani Badalyan")
    ref = ActorRef("ani-badalyan", "Ani Badalyan", "ARM", "GOV", "person")
    event = _event("x", "a1", TEXT, TEXT.split("\n")[1], "accused", ref, AZERBAIJAN, "ACCUSE")
    _store(corpus.store, _article(events=(event,)).evolve(learned=(spokesperson,)))
    assert [e.source for e in corpus.events(actors=["BADALYAN"])] == [ref]


def test_re_storing_an_article_keeps_one_copy_of_each_event(stored: tieline.Corpus) -> None:
    assert _store(stored.store, _article()) == (0, 1)
    assert len(stored.events()) == 5
    assert stored.store.conn.execute("SELECT count(*) FROM reports").fetchone()[0] == 5


def test_saving_an_article_again_replaces_its_events(stored: tieline.Corpus) -> None:
    recoded = _article(events=_events()[:1])
    with stored.store.transaction() as conn:
        save_events(conn, recoded, None)
    update_corpus(stored.store)
    assert _ids(stored.events()) == ["a1-meet"]


def test_a_new_version_supersedes_the_old_events(stored: tieline.Corpus) -> None:
    text = TEXT + "\nRussia denied it."
    assert _store(stored.store, _article("a2", text, url="https://x/1")) == (1, 0)
    found = stored.events()
    assert len(found) == 5 and {e.evidence[0].article_id for e in found} == {"a2"}


def test_events_without_evidence_in_the_article_are_not_stored(corpus: tieline.Corpus) -> None:
    orphan = _events("elsewhere")[0].evolve(id="orphan")
    _store(corpus.store, _article(events=(*_events()[:1], orphan)))
    assert _ids(corpus.events()) == ["a1-meet"]


# -- filters ------------------------------------------------------------------------------------
@pytest.mark.parametrize("name", ["Pashinian", "pashinyan", "NIKOL PASHINYAN",
                                  "nikol-pashinyan", "  Nikol   Pashinyan "])
def test_actor_by_id_name_or_alias_in_any_case(stored: tieline.Corpus, name: str) -> None:
    assert _ids(stored.events(actors=[name])) == ["a1-meet"]


@pytest.mark.parametrize("name", ["ARM", "arm", "Armenia", "Republic of Armenia"])
def test_a_country_stands_for_its_people_too(stored: tieline.Corpus, name: str) -> None:
    # Pashinyan (an Armenian) and the unnamed Armenian minister count as Armenia.
    assert _ids(stored.events(actors=[name])) == ["a1-reject", "a1-accuse", "a1-meet",
                                                  "a1-leave", "a1-criticise"]


def test_several_actors_match_any_of_them(stored: tieline.Corpus) -> None:
    assert _ids(stored.events(actors=["Putin", "Azerbaijan"])) == [
        "a1-reject", "a1-accuse", "a1-meet"]


def test_a_pair_matches_both_directions(stored: tieline.Corpus) -> None:
    forward = stored.events(pair=("Armenia", "AZE"))
    assert _ids(forward) == ["a1-reject", "a1-accuse"]
    assert _ids(stored.events(pair=("azerbaijan", "arm"))) == _ids(forward)
    # Pashinyan and Putin stand for their countries too
    assert _ids(stored.events(pair=("ARM", "RUS"))) == ["a1-meet", "a1-leave", "a1-criticise"]
    assert stored.events(pair=("Pashinyan", "Azerbaijan")) == []


def test_unknown_actor_says_what_to_do(stored: tieline.Corpus) -> None:
    with pytest.raises(UsageError, match=r"unknown actor 'Xyz'; try `tieline actors`"):
        stored.events(actors=["Xyz"])


def test_an_ambiguous_name_prefers_the_actor_the_corpus_holds(corpus: tieline.Corpus) -> None:
    kb = KnowledgeBase(actors={
        "michel-aoun": Actor("michel-aoun", "Michel Aoun", "person", "LBN", aliases=("Aoun",)),
        "joseph-aoun": Actor("joseph-aoun", "Joseph Aoun", "person", "LBN", aliases=("Aoun",))})
    conn = corpus.store.conn
    with pytest.raises(UsageError, match="ambiguous: joseph-aoun .*michel-aoun"):
        resolve_actor(conn, "aoun", kb)
    conn.execute("INSERT INTO actors(id, name, kind, origin) "
                 "VALUES ('joseph-aoun', 'Joseph Aoun', 'person', 'kb')")
    assert resolve_actor(conn, "aoun", kb).id == "joseph-aoun"
    assert resolve_actor(conn, "Michel Aoun", kb).id == "michel-aoun"


@pytest.mark.parametrize(("name", "actor_id"), [
    ("pachinian", "nikol-pashinyan"), ("Republic of Azerbaijan", "AZE"), ("fra", "FRA"),
    ("the kremlin", "RUS"), ("Armenians", "ARM")])
def test_actors_the_corpus_lacks_are_found_in_the_knowledge_base(corpus: tieline.Corpus,
                                                                 name: str,
                                                                 actor_id: str) -> None:
    assert resolve_actor(corpus.store.conn, name, load_kb()).id == actor_id
    with pytest.raises(UsageError, match="unknown actor"):
        resolve_actor(corpus.store.conn, name, None)


def test_type_in_any_case_and_with_a_mode(stored: tieline.Corpus) -> None:
    assert _ids(stored.events(type="accuse")) == ["a1-accuse", "a1-criticise"]
    assert _ids(stored.events(type="RETREAT:Leave")) == ["a1-leave"]
    assert stored.events(type="CONSULT:visit") == []
    with pytest.raises(UsageError, match="unknown event type 'CONSLT'"):
        stored.events(type="CONSLT")


def test_order_is_by_date_with_undated_last(stored: tieline.Corpus) -> None:
    # periods sort by their first day: 2023, 2023-09, 2023-09-10, 2023-10-01, undated
    assert _ids(stored.events()) == ["a1-reject", "a1-accuse", "a1-meet", "a1-leave",
                                     "a1-criticise"]


@pytest.mark.parametrize(("since", "until", "expected"), [
    ("2023-09-15", None, ["a1-reject", "a1-accuse", "a1-leave"]),
    (None, "2023-09-09", ["a1-reject", "a1-accuse"]),
    ("2023-09-10", "2023-09-10", ["a1-reject", "a1-accuse", "a1-meet"]),
    ("2023-10", "2023-10", ["a1-reject", "a1-leave"]),
    ("2024", None, []),
    (None, "2022-12-31", []),
    ("2023", "2023", ["a1-reject", "a1-accuse", "a1-meet", "a1-leave"]),
])
def test_since_until_keep_events_whose_period_overlaps(stored: tieline.Corpus, since: str | None,
                                                      until: str | None,
                                                      expected: list[str]) -> None:
    assert _ids(stored.events(since=since, until=until)) == expected


@pytest.mark.parametrize("bad", ["2023-9", "23", "2023-13", "2023-02-30", "yesterday"])
def test_malformed_dates_are_refused(stored: tieline.Corpus, bad: str) -> None:
    with pytest.raises(UsageError, match="since"):
        stored.events(since=bad)


def test_period_of_each_precision() -> None:
    assert period("2024") == ("2024-01-01", "2024-12-31")
    assert period("2024-02") == ("2024-02-01", "2024-02-29")
    assert period("2024-02-03") == ("2024-02-03", "2024-02-03")


def test_limit_and_offset_page_through(stored: tieline.Corpus) -> None:
    every = _ids(stored.events())
    assert _ids(stored.events(limit=2)) == every[:2]
    assert _ids(stored.events(limit=2, offset=2)) == every[2:4]


# -- chrome cut after annotation -----------------------------------------------------------------
CHROME = "Follow us on Telegram"
OLD = f"{CHROME}\n{TEXT.split(chr(10))[0]}\nShare this\n" + "\n".join(TEXT.split("\n")[1:])
NEW = "\n".join(line for line in OLD.split("\n") if line not in (CHROME, "Share this"))


def _chrome_events() -> tuple[Event, ...]:
    banner = _event("a1-banner", "a1", OLD, CHROME, "Follow", PASHINYAN, None, "SUPPORT")
    return (*_events("a1", OLD), banner)


def _assert_moved(events: list[Event] | tuple[Event, ...], text: str) -> None:
    assert sorted(e.id for e in events) == sorted(e.id for e in _events())
    for event in events:
        [ev] = event.evidence
        assert text[ev.start:ev.end] == ev.sentence
        assert ev.sentence in TEXT.split("\n")
        trigger = next(o for o in _events() if o.id == event.id).evidence[0]
        assert text[ev.trigger_start:ev.trigger_end] == TEXT[trigger.trigger_start:
                                                             trigger.trigger_end]


def test_remap_article_moves_events_and_drops_those_on_cut_lines() -> None:
    annotated = _article(text=OLD, events=_chrome_events())
    moved = remap_article(OLD, annotated.evolve(text=NEW))
    _assert_moved(moved.events, NEW)


def test_a_sentence_partly_on_a_cut_line_is_clamped_and_re_read() -> None:
    old = "Armenia accused\nShare this\nAzerbaijan of shelling."
    new = "Armenia accused\nAzerbaijan of shelling."
    event = _event("e", "a1", old, old, "accused", ARMENIA, AZERBAIJAN, "ACCUSE")
    [moved] = remap_events(old, new, [event])
    assert moved.evidence[0].sentence == new
    across = _event("e", "a1", old, old, "accused\nShare this\nAzerbaijan", ARMENIA,
                    AZERBAIJAN, "ACCUSE")
    assert remap_events(old, new, [across]) == []  # its words are no longer together
    with pytest.raises(ValueError):
        remap_events(old, "Something else entirely", [event])


def test_recut_moves_stored_events(corpus: tieline.Corpus) -> None:
    _store(corpus.store, _article(text=OLD, events=_chrome_events()))
    assert len(corpus.events()) == 6
    moved = (remap_mentions(OLD, NEW, corpus.store.mentions("a1")),
             remap_events(OLD, NEW, corpus.store.article_reports("a1")))
    corpus.store.recut_article("a1", NEW, OLD, moved)
    update_corpus(corpus.store)
    article = corpus.store.article("a1")
    assert article is not None and article.text == NEW
    _assert_moved(corpus.events(), NEW)


# -- command line -------------------------------------------------------------------------------
CONTRACT = {"id", "date", "date_precision", "source", "target", "type", "mode", "context",
            "intensity", "status", "evidence", "reports", "independent_sources"}


def test_cli_json_has_the_contract_keys(stored: tieline.Corpus) -> None:
    result = CliRunner().invoke(cli, ["--db", stored.path, "events", "--json",
                                      "--actor", "Pashinian", "--actor", "AZE"])
    assert result.exit_code == 0, result.output
    found = json.loads(result.stdout)
    assert [e["id"] for e in found] == ["a1-reject", "a1-accuse", "a1-meet"]
    for event in found:
        assert set(event) >= CONTRACT
        assert {"id", "name"} <= set(event["source"]) and {"id", "name"} <= set(event["target"])
        [ev] = event["evidence"]
        assert {"article_id", "url", "outlet", "sentence", "start", "end"} <= set(ev)
        assert ev["url"] == "https://x/1" and ev["outlet"] == "news.example"
    assert found[2]["source"]["id"] == "nikol-pashinyan"


def test_cli_filters(stored: tieline.Corpus) -> None:
    def ids(*args: str) -> list[str]:
        result = CliRunner().invoke(cli, ["--db", stored.path, "events", "--json", *args])
        assert result.exit_code == 0, result.output
        return [e["id"] for e in json.loads(result.stdout)]

    assert ids("--pair", "Russia", "Armenia") == ["a1-meet", "a1-leave", "a1-criticise"]
    assert ids("--type", "accuse", "--since", "2023-09") == ["a1-accuse"]
    assert ids("--until", "2023", "--limit", "1") == ["a1-reject"]


def test_cli_table_shows_who_did_what_and_the_sentence(stored: tieline.Corpus) -> None:
    result = CliRunner().invoke(cli, ["--db", stored.path, "events"])
    assert result.exit_code == 0, result.output
    lines = result.stdout.splitlines()
    leave = next(i for i, line in enumerate(lines) if "RETREAT:leave" in line)
    assert lines[leave].startswith("2023-10-01")
    assert "Armenia → Russia" in lines[leave] and "planned" in lines[leave]
    assert "-5.0" in lines[leave] and "news.example" in lines[leave]
    assert "Armenia will leave the bloc led by Russia." in lines[leave + 1]
    meet = next(line for line in lines if "CONSULT:meet" in line)
    assert "reported" not in meet
    assert any(line.startswith("undated") for line in lines)
    assert lines[-1] == "5 events"


def test_cli_unknown_actor_exits_1(stored: tieline.Corpus) -> None:
    result = CliRunner().invoke(cli, ["--db", stored.path, "events", "--actor", "Xyz"])
    assert result.exit_code == 1
    assert "unknown actor 'Xyz'; try `tieline actors`" in result.stderr
    assert result.stdout == ""


@pytest.mark.parametrize("option", ["--since", "--until"])
def test_cli_refuses_a_malformed_date(stored: tieline.Corpus, option: str) -> None:
    result = CliRunner().invoke(cli, ["--db", stored.path, "events", option, "2023-9-1"])
    assert result.exit_code == 2
    assert "YYYY-MM-DD" in result.stderr and option in result.stderr
