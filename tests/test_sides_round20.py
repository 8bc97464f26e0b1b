"""Sides of events, round 20 (issue 22): the right side on world news.

- A domestic act (both sides of one state: its police and its citizens, its lawmakers and its
  government) keeps its sides and sectors, is marked domestic, is never in the relations of
  two states, and a one-state pair's views are titled as domestic events; an ingest counts
  them.
- A bare "the government" is the state its own sentence names before it ("Kyrgyz President
  Japarov said he has asked the government to resign": Kyrgyzstan's), unresolved where the
  sentence names two, and the government named last before it only within about two
  paragraphs.
- "It" after a company named nearer than a state is the company ("Kazakh oil giant
  Atlasmunai ... it": a business, never Kazakhstan), unresolved after an organisation the
  knowledge base does not know.

Every sentence here is written for the test (names invented where people are unknown), none
taken from a scored set. Each rule has a sentence that needs it and a twin that keeps its side.
"""

from __future__ import annotations

import json
from pathlib import Path

import pytest

import tieline
from test_sides import code, one, refs
from tieline.analyze.pair_timeline import build_pair_timeline, way_text
from tieline.annotate import domestic
from tieline.models import Actor, ActorRef, Event, Evidence, one_state
from tieline.render import pair_title


# -- domestic acts -----------------------------------------------------------------------------
def test_an_act_of_a_states_police_on_its_people_is_domestic_with_its_sectors() -> None:
    [event] = [e for e in code("Kazakh police detained dozens of protesters in Almaty on "
                               "Monday.").events if e.type == "COERCE"]
    assert event.source is not None and event.target is not None
    assert (event.source.country, event.source.sector) == ("KAZ", "COP")
    assert (event.target.country, event.target.sector) == ("KAZ", "OPP")
    assert event.domestic and event.to_dict()["domestic"] is True


def test_an_act_of_a_states_police_on_anothers_people_is_no_domestic_act() -> None:
    [event] = [e for e in code("Kyrgyz police detained dozens of Kazakh protesters in Bishkek "
                               "on Monday.").events if e.type == "COERCE"]
    assert not event.domestic and event.to_dict()["domestic"] is False


def _event(source: ActorRef, target: ActorRef) -> Event:
    ev = Evidence("a1", 0, 10, "Kazakh police detained protesters.", url="https://x.kz/1",
                  outlet="x.kz")
    return Event("e1", "COERCE", source, target, (ev,), mode="arrest", date="2024-05-01",
                 date_precision="day")


KAZ = Actor("KAZ", "Kazakhstan", "country", "KAZ")
KGZ = Actor("KGZ", "Kyrgyzstan", "country", "KGZ")
TOKAYEV = Actor("kassym-jomart-tokayev", "Kassym-Jomart Tokayev", "person", "KAZ", "GOV")


@pytest.mark.parametrize("pair, expected", [
    ((KAZ, KAZ), True), ((KAZ, TOKAYEV), True),  # a state, and it with one of its people
    ((KAZ, KGZ), False), ((TOKAYEV, KGZ), False),  # two states
])
def test_a_pair_of_one_state_is_domestic(pair: tuple[Actor, Actor], expected: bool) -> None:
    assert one_state(pair) is expected
    timeline = build_pair_timeline(pair, [], {})
    assert timeline.domestic is expected and timeline.to_dict()["domestic"] is expected
    title = pair_title("Timeline", *pair, timeline.domestic)
    assert title.startswith("Domestic events of") is expected
    assert ("no relation between two states" in title) is expected


def test_a_domestic_events_way_says_its_sectors() -> None:
    police = ActorRef("KAZ", "Kazakhstan", "KAZ", "COP", "country")
    people = ActorRef("KAZ", "Kazakhstan", "KAZ", "OPP", "country")
    assert way_text(_event(police, people)) == "Kazakhstan (police) → Kazakhstan (opposition)"
    # the twin: between two states, a side is its state as always
    foreign = ActorRef("KGZ", "Kyrgyzstan", "KGZ", "OPP", "country")
    assert way_text(_event(police, foreign)) == "Kazakhstan → Kyrgyzstan"


def test_an_ingest_says_how_many_events_are_domestic(tmp_path: Path) -> None:
    path = tmp_path / "pages.jsonl"
    rows = [{"text": "Kazakh police detained dozens of protesters in Almaty on Monday.",
             "url": "https://example.com/1", "published": "2023-05-02"},
            {"text": "Kyrgyz police detained dozens of Kazakh protesters in Bishkek on Monday.",
             "url": "https://example.com/2", "published": "2023-05-02"}]
    path.write_text("".join(json.dumps(r) + "\n" for r in rows), encoding="utf-8")
    with tieline.open(tmp_path / "t.db", create=True) as corpus:
        report = corpus.ingest(path, progress=False, jobs=1)
        between = corpus.events(pair=("KAZ", "KGZ"))
        at_home = corpus.events(pair=("KAZ", "KAZ"))
    assert [n for n in report.notes if domestic.DOMESTIC_SIDES in n] == \
        [domestic.summary_line(1, 1)]  # information, no fault: a note
    assert not [w for w in report.warnings if domestic.DOMESTIC_SIDES in w]
    assert [e.domestic for e in between] == [False]  # the pair of two states: not the other
    assert [e.domestic for e in at_home] == [True]


# -- whose "the government" is ------------------------------------------------------------------
def test_the_government_is_the_state_its_sentence_names_before_it() -> None:
    source, _ = one("The Kazakh government announced a ban on fuel exports. Kyrgyz President "
                    "Japarov said on Monday that he has asked the government to resign.",
                    "RETREAT")
    assert source is not None and (source.id, source.sector) == ("KGZ", "GOV")


def test_the_government_of_a_sentence_naming_no_state_is_the_one_named_before() -> None:
    # the twin: the sentence names none, the government named just before is meant
    source, _ = one("The Kazakh government announced a ban on fuel exports. The government "
                    "urged Kyrgyzstan not to hoard fuel.", "REQUEST")
    assert source is not None and source.id == "KAZ"


def test_the_government_is_the_nearest_state_its_sentence_names() -> None:
    # (not the government the sentence before names: Russia's)
    _, target = one("The Russian government made no comment. On Monday, Kazakhstan's "
                    "president met residents who accuse the authorities of fraud.", "ACCUSE")
    assert target is not None and (target.id, target.sector) == ("KAZ", "GOV")


_FILL = " ".join([
    "Markets fell sharply on the news in the region that week.",
    "Traders said supplies were short across the south.",
    "Prices rose in the two largest cities over the weekend.",
    "The central bank kept its rates where they were.",
    "Analysts said the ban would last into the winter.",
    "Farmers said they had stocked up before the harvest.",
    "Shipping firms said trucks were stuck at the border for days.",
    "The rail operator added extra trains to the timetable.",
    "The harvest was late this year across the country.",
    "Fuel queues were long in the south and the east.",
    "Schools stayed open despite the shortage of fuel.",
    "Bus services were cut in several towns and villages."])


def test_the_government_named_pages_before_is_out_of_reach() -> None:
    text = (f"The Kazakh government announced a ban on fuel exports. {_FILL * 5} "
            "The government urged Kyrgyzstan not to hoard fuel.")
    source, target = one(text, "REQUEST")
    assert target is not None and target.id == "KGZ"
    assert source is None or source.country is None


# -- a company's own "it" ------------------------------------------------------------------------
def test_it_after_a_company_is_the_company_never_its_state() -> None:
    source, target = one("Kazakh oil giant Atlasmunai has struggled to stop the leak. But it "
                         "criticised Kyrgyzstan on Monday over the clean-up.", "ACCUSE")
    assert source is not None and (source.name, source.sector) == ("Atlasmunai", "BUS")
    assert target is not None and target.id == "KGZ"


@pytest.mark.parametrize("text", [
    "Kazakhstan has struggled to stop the leak. But it criticised Kyrgyzstan on Monday over "
    "the clean-up.",  # no company: the state
    "Kazakh oil giant Atlasmunai has struggled to stop the leak, and Kazakhstan has asked for "
    "help. But it criticised Kyrgyzstan on Monday over the clean-up.",  # the state is nearer
])
def test_it_after_a_state_named_nearer_is_the_state(text: str) -> None:
    source, _ = one(text, "ACCUSE")
    assert source is not None and (source.id, source.sector) == ("KAZ", None)


def test_it_after_an_unknown_organisation_named_nearer_is_unresolved() -> None:
    source, target = one("Kazakhstan has struggled to stop the leak, and Acme Oil Holdings has "
                         "asked for help. But it criticised Kyrgyzstan on Monday over the "
                         "clean-up.", "ACCUSE")
    assert source is None and target is not None and target.id == "KGZ"


# -- a company's bare name keeps the business its page described -------------------------------
@pytest.mark.parametrize("text, name", [
    ("Kazakh oil giant Atlasmunai has struggled to stop the leak. Kyrgyzstan criticised "
     "Atlasmunai on Monday over the spill.", "Atlasmunai"),  # described in a sentence of no act
    ("Atlasmunai Chief Executive Marat Bekov watched a yacht race on Saturday. Kyrgyzstan "
     "later criticised Bekov over the spill.", "Marat Bekov"),  # the executive's surname
])
def test_a_bare_name_the_page_described_as_a_business_is_that_business(text: str,
                                                                       name: str) -> None:
    _, target = one(text, "ACCUSE")
    assert target is not None and (target.name, target.sector) == (name, "BUS")


def test_a_bare_name_the_page_never_described_as_a_business_stays_bare() -> None:
    _, target = one("Marat Bekov watched a yacht race on Saturday. Kyrgyzstan later "
                    "criticised Bekov over the spill.", "ACCUSE")
    assert target is not None and target.sector is None and target.country is None


@pytest.mark.parametrize("text", [
    "Kazakh lawmakers called on the administration to lift the export ban on Monday.",
    "Kazakh lawmakers are set to ask the government to lift the export ban.",  # (its subject
])  # is the one of the verb it completes)
def test_the_government_an_act_of_its_own_state_is_on_is_left_to_the_home_rules(
        text: str) -> None:
    # the twin of the sentence rule: lawmakers' request of their own government stays the
    # domestic request the home-side rule reads (inferred), not a state acting on itself
    requests = refs(text, "REQUEST")
    assert [(s and (s.country, s.sector), t and (t.country, t.sector, t.basis))
            for s, t in requests] == [(("KAZ", "LEG"), ("KAZ", "GOV", "inferred-clause"))]


def test_the_government_said_after_a_clause_is_of_that_clauses_doer() -> None:
    # (not the nearest state before it, "Kyrgyz", of the ones the clause acts on)
    found = refs("Kazakhstan has closed the border to mostly Kyrgyz traders, the government "
                 "said on Monday, accusing Uzbekistan of smuggling.", "ACCUSE")
    assert [(s and (s.id, s.sector), t and t.id) for s, t in found] == \
        [(("KAZ", "GOV"), "UZB")]
