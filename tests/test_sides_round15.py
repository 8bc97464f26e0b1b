"""Both sides, fifteenth round: a party of no state, the one a quote is told to, and ties
with the article's other state (issue 22).

- The doer of a joint act (a meeting, talks) written only with its partner may be a person
  or body of no state that the knowledge base knows as an international organisation's
  ("Guterres has a busy week ahead, with a meeting with Lavrov planned"); never one who
  only reports the act ("the UN said talks with Iran resumed"). A name the knowledge base
  knows is someone even where the tagger took it for a common noun.
- "You" inside a direct quote is whom its sentence tells the quote to ("'...,' Modi told
  Xi", "..., Modi said to Xi"); never reporters, nor a "you" told to no one named.
- Who dismisses, denies or ignores an accusation, a protest or a threat written with its
  maker only is the one it is aimed at ("Peru dismissed Chile's accusations"); never one
  who welcomes it, nor where the accusation names its own target.
- The doer an act noun writes, as the subject of the clause that holds a joint act, has
  that act ("the visit by X will include talks with Y").
- A bare "the council" or "the commission" is the body of that name named before ("the
  European Council ... the council praised"); never a body of another name, nor one
  described ("the city council").
- Those an "including" phrase names are among the people or states it is said of ("many
  officials and diplomats, including President X and the Y ambassador"), each a side.
- Ties told with no partner ("Astana is ready to restore diplomatic relations") on a page
  about two states are ties with the other one; never on a page about three, nor where the
  words name a partner or many ("its international partnerships").

Every sentence is written for the test (names of states, offices and officeholders are
real, the events invented), none taken from a scored set."""

from __future__ import annotations

import pytest

from test_sides import sides_of, states_of
from test_sides_round8 import PAIR, THREE, last_sides


# -- a party of no state ------------------------------------------------------------------------
def test_a_stateless_party_the_base_knows_does_the_meeting_its_clause_governs() -> None:
    text = "Guterres has a busy week ahead, with a meeting with Russia's Lavrov planned for " \
           "Friday."  # (persons round 1: a minister's surname alone needs their state named)
    assert sides_of(text, "CONSULT") == [(("antonio-guterres", "inferred-clause"),
                                          ("RUS", "stated"))]


def test_a_stateless_party_named_in_full_does_it_too() -> None:
    text = "UN Secretary-General Antonio Guterres appeared upbeat about the upcoming " \
           "meeting with Putin."
    assert sides_of(text, "CONSULT") == [(("antonio-guterres", "inferred-clause"),
                                          ("RUS", "stated"))]


def test_a_stateless_party_that_only_reports_the_talks_has_no_part_in_them() -> None:
    assert states_of("The UN said talks with Iran resumed on Monday.", "CONSULT") == \
        [(None, "IRN")]


# -- the one a quote is told to -----------------------------------------------------------------
@pytest.mark.parametrize("text", [
    "\"We will work with you on trade,\" Modi told Xi.",
    "\"We will work with you on trade,\" Modi said to Xi on Monday.",
])
def test_you_in_a_quote_is_whom_it_is_told_to(text: str) -> None:
    assert sides_of(text, "COOPERATE") == [(("IND", "inferred-clause"),
                                            ("CHN", "inferred-clause"))]


@pytest.mark.parametrize("text", [
    "\"We will work with you on trade,\" Modi told reporters.",
    "\"We will work with you on trade,\" Modi said.",
])
def test_you_told_to_no_one_named_is_no_side(text: str) -> None:
    assert states_of(text, "COOPERATE") == [("IND", None)]


# -- ties with the article's other state --------------------------------------------------------
@pytest.mark.parametrize("text", [
    "Astana is ready to restore diplomatic relations.",
    "Kazakh President Tokayev said Kazakhstan wants to deepen bilateral ties.",
])
def test_ties_with_no_partner_are_with_the_other_state_of_the_pair(text: str) -> None:
    assert ("AGREE", ("KAZ", "stated"), ("KGZ", "inferred-article")) in \
        last_sides(PAIR, text)


def test_no_ties_inferred_on_a_page_about_three_states() -> None:
    text = "Astana is ready to restore diplomatic relations."
    assert ("AGREE", ("KAZ", "stated"), None) in last_sides(THREE, text)


@pytest.mark.parametrize("text", [
    "Astana seeks to diversify its partnerships.",
    "Astana seeks to strengthen its international partnerships.",
    "Astana stressed the importance of expanding cooperation among member states.",
])
def test_ties_with_many_are_with_no_one_state(text: str) -> None:
    assert ("AGREE", ("KAZ", "stated"), None) in last_sides(PAIR, text)


def test_ties_with_a_partner_written_keep_it() -> None:
    text = "Astana is ready to develop closer ties with the West."
    assert [t for typ, _, t in last_sides(PAIR, text) if typ == "AGREE"] == \
        [("WEST", "stated")]


# -- the one an accusation, a protest or a threat is aimed at, from its answer ------------------
@pytest.mark.parametrize("text, type_", [
    ("Peru dismissed Chile's accusations on Monday.", "ACCUSE"),
    ("Peru ignored Chile's threats on Monday.", "THREATEN"),
    ("Peru ignored Chilean protests on Monday.", "PROTEST"),
])
def test_who_dismisses_an_accusation_is_the_one_accused(text: str, type_: str) -> None:
    assert sides_of(text, type_) == [(("CHL", "stated"), ("PER", "inferred-clause"))]


def test_an_accusation_aimed_at_a_third_keeps_its_target() -> None:
    assert states_of("Peru dismissed Chile's accusations against Bolivia.", "ACCUSE") == \
        [("CHL", "BOL")]


def test_who_welcomes_an_accusation_is_not_the_one_accused() -> None:
    assert states_of("Peru welcomed Chile's accusations on Monday.", "ACCUSE") == \
        [("CHL", None)]


# -- the doer of the act that holds a joint act -------------------------------------------------
def test_the_doer_of_the_act_that_holds_the_talks_has_them() -> None:
    text = "The visit by the Peruvian foreign minister will include talks with Chilean " \
           "officials."
    assert (("PER", "inferred-clause"), ("CHL", "stated")) in sides_of(text, "CONSULT")


def test_an_act_with_no_doer_written_gives_none() -> None:
    assert states_of("The visit will include talks with Chilean officials.", "CONSULT") == \
        [(None, "CHL")]


# -- a body named by the noun of its name --------------------------------------------------------
_COUNCIL = "The European Council met in Brussels on Thursday. The {} later praised " \
           "Moldova for its reforms."


def test_the_council_is_the_council_named_before() -> None:
    assert sides_of(_COUNCIL.format("council"), "SUPPORT") == \
        [(("EUCO", "stated"), ("MDA", "stated"))]


@pytest.mark.parametrize("lead, body", [
    ("NATO met in Brussels on Thursday. The {} later praised Moldova for its reforms.",
     "council"),  # (a body of another name is no referent)
    (_COUNCIL, "city council"),  # (one described is another)
])
def test_a_council_never_named_is_no_side(lead: str, body: str) -> None:
    assert states_of(lead.format(body), "SUPPORT") == [(None, "MDA")]


# -- the members an "including" phrase names ------------------------------------------------------
def test_those_an_including_phrase_names_are_among_the_doers() -> None:
    text = "Many officials and diplomats, including President Boric and the Peruvian " \
           "ambassador, voiced support for Bolivia on Monday."
    assert sorted(states_of(text, "SUPPORT")) == [("CHL", "BOL"), ("PER", "BOL")]


def test_states_an_including_phrase_names_do_it() -> None:
    assert states_of("Several governments, including Peru, condemned Chile on Monday.",
                     "ACCUSE") == [("PER", "CHL")]


def test_an_including_phrase_of_no_one_known_gives_no_side() -> None:
    text = "Several officials, including those from the ministry, condemned Chile on Monday."
    assert states_of(text, "ACCUSE") == [(None, "CHL")]
