"""Both sides, fourth round: the party of a fight an act of force was told in, acts on two
sides' ties, people a participle names as undergoing an act, the side a release hands someone
over to, the doer of an arrest told after a release, people named "head of" a body, and the
family name of people whose names put it first.

Every sentence here is written for the test (names invented), none taken from a scored set;
each rule has a case where it must not fire."""

from __future__ import annotations

from test_sides import annotate, code, sides


# -- the other party of a fight the parser splits ("face-off") -------------------------------
def test_a_killing_in_a_face_off_is_by_the_other_party() -> None:
    art = code("Two Armenian soldiers were killed in a violent face-off with Azerbaijani "
               "troops near the border.")
    assert (("AZE", "inferred-clause"), ("ARM", "stated")) in sides(art, "ASSAULT")


def test_a_killing_in_an_attack_with_weapons_has_no_inferred_doer() -> None:
    art = code("Two Armenian soldiers were killed in an attack with drones.")
    assert sides(art, "ASSAULT") == [(None, ("ARM", "stated"))]


# -- acts on the two sides' ties -------------------------------------------------------------
def test_two_states_severing_ties_sever_them_with_each_other() -> None:
    art = code("Peru and Bolivia severed diplomatic ties in 2019, when Lima accused Chile of "
               "meddling.")
    assert sides(art, "SANCTION") == [(("PER", "stated"), ("BOL", "inferred-clause"))]
    assert all(e.mutual for e in art.events if e.type == "SANCTION")


def test_ties_severed_with_a_third_state_are_with_that_state() -> None:
    art = code("Peru and Bolivia severed diplomatic ties with Chile in 2019.")
    assert set(sides(art, "SANCTION")) == {(("PER", "stated"), ("CHL", "stated")),
                                          (("BOL", "stated"), ("CHL", "stated"))}


# -- a participle after a noun: the noun undergoes the act -----------------------------------
def test_people_a_participle_names_are_arrested() -> None:
    art = code("She was one of four Moldovan farmers detained near the line on Monday.")
    assert sides(art, "COERCE") == [(None, ("MDA", "stated"))]


def test_a_possessor_of_a_released_thing_is_not_released() -> None:
    art = code("Moldovan President Ion Rusu's address released on Monday was short.")
    assert not [e for e in art.events if e.type == "RETREAT"]


# -- the side a release hands someone over to -----------------------------------------------
def test_a_release_handed_over_to_a_side_targets_that_side() -> None:
    art = code("The Transnistrian authorities released Andrei Popescu and handed him over to the "
               "Moldovan police.")
    assert (("XTR", "stated"), ("MDA", "inferred-clause")) in sides(art, "RETREAT")


def test_a_release_without_a_handover_keeps_the_person() -> None:
    art = code("The Transnistrian authorities released Andrei Popescu on Friday.")
    targets = [e.target for e in art.events if e.type == "RETREAT"]
    assert [(t.name, t.country, t.basis) for t in targets if t] == \
        [("Andrei Popescu", None, "stated")]


# -- an arrest told after a release of that side ---------------------------------------------
def test_an_arrest_told_after_a_release_is_by_who_released() -> None:
    art = code("The Transnistrian authorities released Andrei Popescu and handed him over to the "
               "Moldovan police. He was one of three Moldovan citizens detained near Varnita "
               "in May.")
    assert sides(art, "COERCE") == [(("XTR", "inferred-previous"), ("MDA", "stated"))]


def test_an_arrest_alone_has_no_doer() -> None:
    art = code("He was one of three Moldovan citizens detained near Varnita in May.")
    assert sides(art, "COERCE") == [(None, ("MDA", "stated"))]


def test_an_occupied_territory_holds_no_one_a_release_frees() -> None:
    art = code("Russian troops occupied Moldovan villages near the river. Rain fell on Chisinau "
               "all week. Ion Rusu, a Moldovan farmer, was freed on Friday.")
    assert all(s is None for s, _ in sides(art, "RETREAT")), sides(art, "RETREAT")


def test_detained_people_are_held_by_their_detainer() -> None:
    art = code("Russian troops detained Moldovan farmers near the river. Rain fell on Chisinau "
               "all week. Ion Rusu, a Moldovan farmer, was freed on Friday.")
    assert sides(art, "RETREAT") == [(("RUS", "inferred-previous"), ("MDA", "learned"))]


# -- "head of" a body ------------------------------------------------------------------------
def test_a_head_of_a_national_body_is_learned() -> None:
    text = "Ivan Petrov, head of the Russian parliament's defence committee, criticised Georgia."
    learned = {a.name: a for a in annotate(text).learned}
    assert "Ivan Petrov" in learned and learned["Ivan Petrov"].country == "RUS"


def test_a_head_of_a_body_without_a_country_is_not_learned() -> None:
    text = "Ivan Petrov, head of the local football club, criticised the referee."
    assert annotate(text).learned == ()


# -- family names first ----------------------------------------------------------------------
def test_a_chinese_family_name_alone_is_the_person_named_before() -> None:
    art = code("Chinese foreign ministry spokesperson Zhou Lixin criticised India on Monday. "
               "Zhou said India must withdraw its troops.")
    zhou = [m for m in art.mentions if m.text == "Zhou"]
    assert zhou and all(m.actor_id == "zhou-lixin-chn" for m in zhou)


def test_a_first_name_alone_is_no_one() -> None:
    art = annotate("Indian foreign ministry spokesperson Arun Mehra criticised China on Monday. "
                   "Arun later left the room.")
    assert not [m for m in art.mentions if m.text == "Arun" and m.actor_id == "arun-mehra-ind"]


# -- a phrase shared by joined participles; talks told by one of their parties ---------------
def test_killed_or_injured_in_a_clash_is_by_the_other_party() -> None:
    art = code("Nine Armenian soldiers were killed or injured in the border clash with "
               "Azerbaijan.")
    assert (("AZE", "inferred-clause"), ("ARM", "stated")) in sides(art, "ASSAULT")


def test_talks_a_state_tells_of_are_its_own() -> None:
    art = code("The Armenian foreign ministry said talks with Azerbaijan had made progress.")
    assert sides(art, "CONSULT") == [(("ARM", "inferred-clause"), ("AZE", "stated"))]


def test_talks_an_unknown_speaker_tells_of_have_no_inferred_party() -> None:
    art = code("Analysts said talks with Azerbaijan had made progress.")
    assert sides(art, "CONSULT") == [(None, ("AZE", "stated"))]


# -- "the two countries": the pair that acted before, not the last two places named --------
def test_the_two_countries_are_the_two_that_acted() -> None:
    art = code("Peru and Bolivia signed a border treaty in May, when Lima also criticised "
               "Ecuador and Chile. The two countries then held talks on trade.")
    pairs = {(s[0] if s else None, t[0] if t else None) for s, t in sides(art, "CONSULT")}
    assert pairs and pairs <= {("PER", "BOL"), ("BOL", "PER")}, pairs


def test_a_sentence_with_only_a_pair_noun_is_coded() -> None:
    art = code("Peru and Bolivia met in Lima on Monday. Both sides agreed to reopen the border.")
    assert sides(art, "AGREE") in ([(("BOL", "stated"), ("PER", "stated"))],
                                   [(("PER", "stated"), ("BOL", "stated"))]), sides(art, "AGREE")


def test_a_sentence_without_actors_or_pointers_is_not_coded() -> None:
    art = code("Peru and Bolivia met in Lima on Monday. Officials agreed to reopen the border.")
    assert not sides(art, "AGREE")


def test_the_two_countries_are_the_two_most_named_when_none_acted() -> None:
    art = code("Peru accused Bolivia of smuggling. Bolivia rejected the claim by Peru. Relations "
               "have been tense owing to disputes over Ecuador and Chile. The two countries "
               "fought a short war in 1880.")
    pairs = {(s[0] if s else None, t[0] if t else None) for s, t in sides(art, "ASSAULT")}
    assert pairs and pairs <= {("PER", "BOL"), ("BOL", "PER")}, pairs


def test_a_pair_noun_acting_acts_on_each_other() -> None:
    art = code("Peru and Bolivia met in Lima on Monday. Both sides blamed the other for the "
               "violence.")
    [pair] = sides(art, "ACCUSE")  # (one report, either way round: each blamed the other)
    assert pair in {(("PER", "stated"), ("BOL", "inferred-clause")),
                    (("BOL", "stated"), ("PER", "inferred-clause"))}
    assert all(e.mutual for e in art.events if e.type == "ACCUSE")
