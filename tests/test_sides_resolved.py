"""Both sides, third round: who does an act English leaves to the grammar around it.

Raised and controlled subjects ("X is expected to visit", "called on X to withdraw"), going
"for" talks or "on" a visit, the parties of a clash and the doer of a killing told inside one,
coordinated participles ("was arrested and detained by X"), two sides that act on each
other, "I"/"we" inside a direct quote, offices that a pronoun points back to, and the
state a government body's "of" phrase names. Each rule also has a sentence where it must
not fire: a side filled wrongly is worse than a side left unknown.

Every sentence here is written for the test (names invented), none taken from a scored set."""

from __future__ import annotations

import pytest

from test_sides import code, side, sides


def pairs(text: str, type_: str) -> set[tuple[object, object]]:
    return set(sides(code(text), type_))


def both_ways(a: str, b: str, basis: str = "inferred-clause") -> set[tuple[object, object]]:
    return {((a, "stated"), (b, basis)), ((b, "stated"), (a, basis))}


# -- subjects the grammar gives --------------------------------------------------------------
@pytest.mark.parametrize("text, type_, pair", [
    # a passive raising verb: its subject does the complement
    ("The Peruvian foreign minister is expected to visit Chile next week.", "CONSULT",
     ("PER", "CHL")),
    ("Kenyan President Amara Odhiambo is scheduled to meet Tanzanian officials on Friday.",
     "CONSULT", ("KEN", "TZA")),
    # an object-control passive: the one urged is the one who acts
    ("Serbia was urged by the European Union to withdraw its police from Kosovo.", "RETREAT",
     ("SRB", "XKX")),
    # "called on X to": X acts
    ("The Moldovan government called on Russia to withdraw its troops from Transnistria.",
     "RETREAT", ("RUS", "XTR")),
    # going "for" talks, being "on" a visit
    ("The Chilean president arrived in Lima on Sunday for talks with Peru's leaders.",
     "CONSULT", ("CHL", "PER")),
    ("Mr. Odhiambo, Kenya's president, is on a two-day visit to Uganda.", "CONSULT",
     ("KEN", "UGA")),
])
def test_doer_from_the_governing_verb(text: str, type_: str, pair: tuple[str, str]) -> None:
    found = [(s[0] if s else None, t[0] if t else None) for s, t in sides(code(text), type_)]
    assert pair in found, found


def test_what_one_is_called_on_to_do_is_not_done_yet() -> None:
    art = code("The Moldovan government called on Russia to withdraw its troops from "
               "Transnistria.")
    assert [e.status for e in art.events if e.type == "RETREAT"] == ["planned"]


def test_an_expletive_it_is_no_doer() -> None:
    found = sides(code("It was decided to withdraw the Chilean troops from the border."),
                  "RETREAT")
    assert all(s is None for s, _ in found), found


def test_a_subjects_list_ends_at_its_verb() -> None:
    """A list in the object that the parser hangs on the subject is not the subject's."""
    art = code("Mr. Odhiambo is on a visit to Uganda for the meeting of the ministers of the "
               "SCO, the Collective Security Treaty Organisation (CSTO) and the Commonwealth "
               "of Independent States (CIS).")
    assert not {s for s, _ in sides(art, "CONSULT")} & {("CSTO", "stated"), ("CIS", "stated")}


# -- fights, and who did what inside one -----------------------------------------------------
def test_a_clash_told_around_a_killing_names_its_doer() -> None:
    # the killing by the other party, and the clash of the victims' side with it (its other
    # direction is the killing's own pair: one report of it)
    assert pairs("Twelve Peruvian soldiers were killed in a clash with Chilean troops.",
                 "ASSAULT") == {(("CHL", "inferred-clause"), ("PER", "stated")),
                                (("PER", "stated"), ("CHL", "stated"))}


@pytest.mark.parametrize("text", [
    "Twelve soldiers were killed in a clash with Chilean troops.",  # the victims' side unknown
    "Twelve Peruvian soldiers were killed in a clash.",  # no other party
    # a participle with no subject of its own: the visitor did not fight
    "The Chilean president visited soldiers receiving treatment after being wounded in "
    "clashes with Peruvian troops.",
])
def test_no_doer_from_a_clash_without_another_party(text: str) -> None:
    art = code(text)
    assert all(not (e.source and e.source.basis == "inferred-clause") and
               not (e.source and e.source.country == "CHL" and e.target and
                    e.target.country == "PER" and e.type == "ASSAULT" and "visited" in text)
               for e in art.events if e.type == "ASSAULT"), \
        [(side(e.source), side(e.target)) for e in art.events]


def test_coordinated_participles_share_subject_and_agent() -> None:
    art = code("A Moldovan farmer was arrested and detained by Transnistrian police.")
    assert sides(art, "COERCE") == [(("XTR", "stated"), ("MDA", "stated"))]


def test_each_participle_keeps_its_own_agent() -> None:
    art = code("A Moldovan farmer was arrested by Transnistrian police and later released by "
               "Russian troops.")
    assert sides(art, "COERCE") == [(("XTR", "stated"), ("MDA", "stated"))]
    assert sides(art, "RETREAT") == [(("RUS", "stated"), ("MDA", "stated"))]


# -- two sides acting on each other -------------------------------------------------------------
@pytest.mark.parametrize("text, type_, a, b", [
    ("Chilean and Peruvian troops have withdrawn from the disputed area.", "RETREAT",
     "CHL", "PER"),
    ("Both Serbia and Kosovo agreed to take steps to ease tension.", "CONCEDE", "SRB", "XKX"),
    ("Peru and Chile accused each other of violating the truce.", "ACCUSE", "PER", "CHL"),
])
def test_two_sides_act_on_each_other(text: str, type_: str, a: str, b: str) -> None:
    """One report for both ways, marked mutual (not one report each way)."""
    found = [e for e in code(text).events if e.type == type_ and e.target is not None]
    assert len(found) == 1 and found[0].mutual, found
    assert pairs(text, type_) & both_ways(a, b)


@pytest.mark.parametrize("text, type_", [
    ("Peru and Chile protested on Monday.", "PROTEST"),  # not an act on each other
    ("Russia and Belarus withdrew their troops from the border with Ukraine.", "RETREAT"),
])
def test_no_mutual_act_without_its_grounds(text: str, type_: str) -> None:
    found = pairs(text, type_)
    assert found and all(t is None for _, t in found), found


# -- who "I", "we" and "he" are ------------------------------------------------------------------
def test_we_in_a_quote_is_the_speakers_state() -> None:
    art = code("“Transnistria's militias still occupy our territory,” Moldovan President "
               "Elena Rusnac said.")
    assert (("XTR", "stated"), ("MDA", "inferred-clause")) in set(sides(art, "COERCE"))


def test_i_in_a_quote_is_the_named_speaker() -> None:
    art = code("\"I would not impose sanctions on Chile,\" Peruvian President Luis Quispe said.")
    found = [(e.source.name if e.source else None, side(e.target)) for e in art.events
             if e.type == "SANCTION"]
    assert found == [("Luis Quispe", ("CHL", "stated"))]


@pytest.mark.parametrize("text", [
    "We call on Russia to withdraw its troops.",  # no speaker named
    "“We must protect our territory,” she said.",  # a speaker only pointed to
])
def test_no_speaker_where_the_sentence_names_none(text: str) -> None:
    assert all(not (e.source and e.source.basis == "inferred-clause") and
               not (e.target and e.target.basis == "inferred-clause") for e in code(text).events)


def test_he_points_back_to_an_office() -> None:
    art = code("Peru's foreign ministry spokesman said on Monday that the border was calm. "
               "He accused Chilean troops of provocations.")
    assert sides(art, "ACCUSE") == [(("PER", "stated"), ("CHL", "stated"))]


def test_a_government_body_of_a_state_is_that_states() -> None:
    art = code("Chile's government protested. “We call on the government of Peru to respect "
               "the agreement,” the Ministry of Foreign Affairs of Bolivia said.")
    assert (("BOL", "inferred-clause"), ("PER", "stated")) in set(sides(art, "REQUEST"))


# -- a person's possessive on an act done to them ---------------------------------------------
def test_a_persons_detention_is_done_to_them() -> None:
    art = code("Moldovan journalist Ion Rusu returned home on Friday. Officials in Chisinau "
               "said they had worked since the first day of Rusu's detention.")
    found = [(e.source, e.target.name if e.target else None) for e in art.events
             if e.type == "COERCE"]
    assert found == [(None, "Ion Rusu")]


def test_a_states_detention_of_people_is_done_by_it() -> None:
    art = code("Russia's detention of two Moldovan farmers angered Chisinau.")
    assert [side(e.source) for e in art.events if e.type == "COERCE"] == [("RUS", "stated")]
