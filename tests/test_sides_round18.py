"""Sides of events, round 18 (issue 22): the right side on world news.

- A group written by its tie to another ("supporters of X", "X's critics", "the family of X")
  is the group, never X: supporters are X's state's civilians (CVL), opponents of a state's
  powers its opposition (OPP), anyone else's opponents a group of no state, a person's kin
  private persons of that person's state (CVL).
- A personal pronoun never stands for a person written with a title of the other gender
  ("him" is not Queen Elizabeth's).

Every sentence here is written for the test (names invented where people are unknown), none
taken from a scored set. Each rule has a sentence that needs it and a twin that keeps its side.
"""

from __future__ import annotations

import json
from pathlib import Path

import pytest

import tieline
from test_sides import code, one, refs
from tieline.annotate import business, gender
from tieline.models import ActorRef


# -- a group tied to another is the group ----------------------------------------------------
@pytest.mark.parametrize("text", [
    "Supporters of Kazakh President Tokayev attacked opposition demonstrators in Almaty.",
    "Tokayev's supporters attacked opposition demonstrators in Almaty on Monday.",
    "Loyalists of Kazakh President Tokayev attacked opposition demonstrators in Almaty.",
])
def test_supporters_are_their_leaders_civilians_not_the_leader(text: str) -> None:
    source, _ = one(text, "ASSAULT")
    assert source is not None
    assert (source.id, source.country, source.sector) == (None, "KAZ", "CVL")
    assert source.name.startswith(("supporters of", "loyalists of"))


def test_the_leader_himself_keeps_his_side() -> None:
    source, _ = one("Kazakh President Tokayev attacked opposition demonstrators in Almaty.",
                    "ASSAULT")
    assert source is not None and source.id == "kassym-jomart-tokayev"


def test_supporters_of_an_opposition_are_that_opposition() -> None:
    source, _ = one("Supporters of the Kazakh opposition attacked police officers in Almaty.",
                    "ASSAULT")
    assert source is not None and (source.country, source.sector) == ("KAZ", "OPP")
    assert source.name == "supporters of Kazakh opposition"


@pytest.mark.parametrize("text", [
    "Opponents of the Kazakh government accused Tokayev of vote rigging.",
    "Critics of Kazakh President Tokayev accused the government of vote rigging.",
])
def test_opponents_of_a_states_powers_are_its_opposition(text: str) -> None:
    source, _ = one(text, "ACCUSE")
    assert source is not None
    assert (source.country, source.sector) == ("KAZ", "OPP")


def test_the_powers_themselves_keep_their_side() -> None:
    source, _ = one("The Kazakh government accused the opposition of vote rigging.", "ACCUSE")
    assert source is not None and (source.country, source.sector) == ("KAZ", "GOV")


def test_critics_of_a_state_as_a_whole_are_of_no_known_state() -> None:
    source, target = one("Critics of Russia accused Kazakhstan of cowardice on Monday.",
                         "ACCUSE")
    assert source is not None and source.id is None and source.country is None
    assert source.name == "critics of Russia"
    assert target is not None and target.id == "KAZ"


def test_the_family_of_a_leader_is_not_the_leader() -> None:
    # (private persons of his state: never the president)
    source, target = one("The family of Kazakh President Tokayev criticised Kyrgyzstan on "
                         "Monday.", "ACCUSE")
    assert source is not None and (source.id, source.country, source.sector) == \
        (None, "KAZ", "CVL")
    assert target is not None and target.id == "KGZ"


def test_a_leaders_kin_alone_codes_no_act_of_his() -> None:
    events = code("Kazakh President Tokayev said his daughter had asked him to stay at home.")
    assert all(e.source is None or e.source.id != "kassym-jomart-tokayev"
               for e in events.events if e.type == "REQUEST")


def test_supporters_attacking_their_states_opposition_is_a_domestic_act() -> None:
    # (a group of a state acting on another group of it: kept, as "the opposition protested
    # against the government" is)
    source, target = one("Supporters of Kazakh President Tokayev attacked anti-government "
                         "demonstrators in Astana.", "ASSAULT")
    assert source is not None and target is not None
    assert (source.country, source.sector) == ("KAZ", "CVL")
    assert (target.country, target.sector) == ("KAZ", "OPP")  # (not Kazakhstan's government)


def test_a_government_of_a_state_is_still_that_state() -> None:
    # an "of" phrase of no tie keeps the state it names
    source, _ = one("The government of Kazakhstan criticised Kyrgyzstan on Monday.", "ACCUSE")
    assert source is not None and source.id == "KAZ"


# -- a pronoun of one gender never stands for a person of the other ----------------------------
def test_him_is_never_a_queen() -> None:
    text = ("Queen Elizabeth II arrived in Astana on Monday. "
            "Kyrgyzstan expelled him on Tuesday.")
    source, target = one(text, "SANCTION")
    assert source is not None and source.id == "KGZ"
    assert target is None or target.id != "queen-elizabeth-ii"


def test_her_may_be_the_queen() -> None:
    text = "Queen Elizabeth II arrived in Astana on Monday. Kyrgyzstan expelled her on Tuesday."
    _, target = one(text, "SANCTION")
    assert target is not None and target.id == "queen-elizabeth-ii"


@pytest.mark.parametrize("name, page, known", [
    ("Queen Elizabeth II", "", "f"),
    ("King Abdul Rahman", "", "m"),
    ("John Abenov", "Mr Abenov said on Monday that the talks were over.", "m"),
    ("Aigerim Abenova", "Ms Abenova said the talks were over.", "f"),
    ("Aigerim Abenova", "She said the talks were over.", None),
    ("Chris Abenov", "Mr Abenov and Mrs Abenov said the talks were over.", None),
])
def test_a_persons_gender_is_read_from_a_title(name: str, page: str, known: str | None
                                              ) -> None:
    ref = ActorRef(None, name, None, None, "person")
    assert gender.person_gender(ref, page) == known


def test_a_pronoun_agrees_or_not() -> None:
    queen = ActorRef("queen-elizabeth-ii", "Queen Elizabeth II", "GBR", "GOV", "person")
    assert not gender.agrees("him", queen, "")
    assert gender.agrees("her", queen, "")
    assert gender.agrees("it", queen, "")
    state = ActorRef("GBR", "United Kingdom", "GBR", None, "country")
    assert gender.agrees("his", state, "")


# -- a company is a business, never its country's government -----------------------------------
@pytest.mark.parametrize("text, name, state", [
    ("British oil giant Acme Petroleum faced new criticism from Kazakhstan on Monday.",
     "Acme Petroleum", "GBR"),
    ("Kazakhstan criticised Irish airline Ryanair on Monday.", "Ryanair", "IRL"),
    ("Kazakhstan criticised Ryanair, the Irish airline, on Monday.", "Ryanair", "IRL"),
    ("Kazakhstan criticised the Russian state gas company on Monday.",
     "Russian state gas company", "RUS"),
])
def test_a_company_is_its_states_business_not_the_state(text: str, name: str,
                                                         state: str) -> None:
    sides = [r for e in code(text).events for r in (e.source, e.target)
             if r is not None and r.country != "KAZ"]
    assert sides, code(text).events
    assert all((r.id, r.name, r.country, r.sector) == (state, name, state, "BUS") for r in sides)


def test_a_company_of_no_written_state_has_none() -> None:
    sides = [r for e in code("Kazakhstan criticised the oil company Acme Petroleum on Monday.")
             .events for r in (e.source, e.target) if r is not None and r.country != "KAZ"]
    assert [(r.name, r.country, r.sector) for r in sides] == [("Acme Petroleum", None, "BUS")]


def test_a_states_own_body_keeps_its_state() -> None:
    # the twin: a state's body written with the same adjective is that state's
    _, target = one("Kazakhstan criticised the Irish government on Monday.", "ACCUSE")
    assert target is not None and (target.id, target.sector) == ("IRL", "GOV")


def test_companies_as_an_agent_noun_stay_their_states_business() -> None:
    source, _ = one("Chinese companies accused Kazakhstan of unfair treatment.", "ACCUSE")
    assert source is not None and (source.country, source.sector) == ("CHN", "BUS")


def test_a_bare_company_is_no_side_guessed() -> None:
    source, _ = one("The company accused Kazakhstan of unfair treatment.", "ACCUSE")
    assert source is None


def test_an_executive_after_a_company_name_is_of_business() -> None:
    source, _ = one("Acme Chief Executive John Abenov met Kazakh President Tokayev on Monday.",
                    "CONSULT")
    assert source is not None and (source.id, source.sector, source.country) == \
        (None, "BUS", None)


def test_a_state_official_is_no_executive() -> None:
    source, _ = one("Kazakh Foreign Minister Tileuberdi met Kyrgyz President Japarov on Monday.",
                    "CONSULT")
    assert source is not None and source.sector == "GOV" and source.country == "KAZ"


def test_an_officers_rank_is_no_company() -> None:
    # "Major" before a name is an army's rank (lead's review of round 18: it was read as
    # a firm's noun, "an oil major", and gave the detained officer the business sector)
    source, target = one("Kazakh Major Arman Seitov was detained by Kyrgyz border guards on "
                         "Monday.", "COERCE")
    assert target is not None and target.sector != "BUS" and target.country == "KAZ"
    assert source is not None and source.country == "KGZ"


# -- an act of force that does the clause's verb: one happening --------------------------------
@pytest.mark.parametrize("text", [
    "Georgian villages were destroyed by Russian bombing on Monday.",
    "Russian bombing destroyed several Georgian villages on Monday.",
])
def test_the_effect_of_an_act_of_force_is_no_second_event(text: str) -> None:
    events = [e for e in code(text).events if e.type in ("ASSAULT", "COERCE")]
    assert [(e.type, e.source and e.source.id, e.target and e.target.id)
            for e in events] == [("ASSAULT", "RUS", "GEO")]


def test_a_verb_of_force_done_by_troops_stays_an_event() -> None:
    # the twin: troops are actors, not an act; their verb is the event
    source, target = one("Georgian villages were destroyed by Russian troops on Monday.",
                         "COERCE")
    assert source is not None and source.id == "RUS"
    assert target is not None and target.id == "GEO"


def test_an_act_of_force_takes_the_undergoer_of_its_impact() -> None:
    # (the participle's noun undergoes it: the bombing was of Georgia's villages)
    source, target = one("Georgian villages destroyed by Russian bombing were rebuilt.",
                         "ASSAULT")
    assert source is not None and source.id == "RUS"
    assert target is not None and target.id == "GEO"


def test_an_act_of_force_takes_no_undergoer_of_a_feeling() -> None:
    # the twin: "angered" is no impact; Egypt is not shelled (and no target is added)
    events = [e for e in code("Israeli shelling angered the villagers on Monday.").events
              if e.type == "ASSAULT"]
    assert all(e.target is None for e in events)


def test_an_ingest_says_how_many_events_have_a_business_side(tmp_path: Path) -> None:
    path = tmp_path / "pages.jsonl"
    rows = [{"text": "Kazakhstan criticised Irish airline Ryanair on Monday over its fares.",
             "url": "https://example.com/1", "published": "2023-05-02"},
            {"text": "Kazakhstan criticised Kyrgyzstan on Monday over its border posts.",
             "url": "https://example.com/2", "published": "2023-05-02"}]
    path.write_text("".join(json.dumps(r) + "\n" for r in rows), encoding="utf-8")
    with tieline.open(tmp_path / "t.db", create=True) as corpus:
        report = corpus.ingest(path, progress=False, jobs=1)
    # information, not a fault: a note, never a warning
    assert report.notes == [business.summary_line(1, 1)]
    assert not [w for w in report.warnings if business.BUSINESS_SIDES in w]


def test_the_cli_prints_the_business_line_as_a_note_not_a_warning(tmp_path: Path) -> None:
    from click.testing import CliRunner

    from tieline.cli import cli

    path = tmp_path / "pages.jsonl"
    row = {"text": "Kazakhstan criticised Irish airline Ryanair on Monday over its fares.",
           "url": "https://example.com/1", "published": "2023-05-02"}
    path.write_text(json.dumps(row) + "\n", encoding="utf-8")
    out = CliRunner().invoke(cli, ["--db", str(tmp_path / "t.db"), "ingest", str(path),
                                   "--jobs", "1"])
    assert out.exit_code == 0, out.output
    lines = [line for line in out.output.splitlines() if business.BUSINESS_SIDES in line]
    assert lines == ["note: " + business.summary_line(1, 1)]


def test_a_company_of_a_states_city_is_that_states_business() -> None:
    _, target = one("Kazakhstan criticised the Atlas Trading Company of Bishkek on Monday.",
                    "ACCUSE")
    assert target is not None and (target.id, target.sector) == ("KGZ", "BUS")


def test_workers_of_a_states_company_are_that_states() -> None:
    _, target = one("Kyrgyz police detained workers of the Atlas Trading Company of Bishkek "
                    "on Monday.", "COERCE")
    assert target is not None and target.country == "KGZ"


# -- an act noun the parser reads as a clause: its modifier does it (lead's review) ----------
@pytest.mark.parametrize(("text", "doer"), [
    ("Armenia condemned the Azerbaijani shelling of Stepanakert on Monday.", "AZE"),
    ("India condemned the Chinese shelling of its posts on Monday.", "CHN"),
    ("Georgia condemned the Russian bombing of Gori on Monday.", "RUS"),
])
def test_a_condemned_attack_is_never_the_condemners(text: str, doer: str) -> None:
    # "the Azerbaijani shelling" is parsed as an object "Azerbaijani" and a clause "shelling",
    # whose doer was then the condemner: the victim read as the attacker
    assaults = refs(text, "ASSAULT")
    assert assaults and all(s is not None and s.id == doer for s, _ in assaults)


def test_a_gerund_with_its_own_subject_keeps_it() -> None:
    # the twin: a clause of its own ("after its troops shelled ...") is not an act noun
    assaults = refs("India condemned China after Chinese troops shelled its posts on Monday.",
                    "ASSAULT")
    assert assaults and all(s is not None and s.id == "CHN" for s, _ in assaults)
