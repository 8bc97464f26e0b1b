"""Both sides, fourteenth round: sides written by a pronoun, a state's own "of" phrase and a
coordinated passive (issue 22).

- "They" and "them" point back to a group of people or bodies named in the plural in their
  own sentence or the sentence before it ("Kazakh MPs appealed ... They asked ..."): only
  where every group named there is of one state, never across a paragraph's end, never
  inside a quote, never where people are joined by "and" (the pronoun may mean them
  together), and never to the words of a name ("the People's Army").
- A state's noun with its own "of" phrase ("the Andean republic of Peru") names that state;
  it points back to no state named before.
- A verb of telling joined to a passive with its infinitive and no one before it ("were
  summoned and told to leave") is a passive too: the one told is the passive's subject.

Every sentence is written for the test (names of states and offices are real, the events
invented), none taken from a scored set."""

from __future__ import annotations

from test_sides import sides_of, states_of


# -- a group named by a pronoun ----------------------------------------------------------------
def test_they_is_the_group_the_sentence_before_names() -> None:
    text = "Kazakh MPs appealed to the Kyrgyz parliament on Monday. They asked Kyrgyzstan " \
           "to reopen the border."
    assert (("KAZ", "inferred-previous"), ("KGZ", "stated")) in sides_of(text, "REQUEST")


def test_they_is_the_group_its_own_sentence_names() -> None:
    text = "Under the decree, Peruvian nationals may enter Chile without visas unless they " \
           "are coming to Chile to work."
    assert sides_of(text, "CONSULT") == [(("PER", "inferred-clause"), ("CHL", "stated"))]


def test_them_is_the_group_named_before() -> None:
    text = "Peru summoned Chilean diplomats on Monday and warned them against further " \
           "incursions."
    assert sides_of(text, "ACCUSE") == [(("PER", "stated"), ("CHL", "inferred-clause"))]


def test_they_across_a_paragraph_end_points_nowhere() -> None:
    text = "Kazakh MPs appealed to the Kyrgyz parliament on Monday.\n\nThey asked " \
           "Kyrgyzstan to reopen the border."
    assert (None, "KGZ") in states_of(text, "REQUEST")


def test_they_inside_a_quote_points_nowhere() -> None:
    text = "Kazakh MPs appealed to the Kyrgyz parliament on Monday. \"They asked Kyrgyzstan " \
           "to reopen the border,\" the speaker said."
    assert (None, "KGZ") in states_of(text, "REQUEST")


def test_they_after_two_groups_points_nowhere() -> None:
    text = "Kazakh MPs met Kyrgyz officials on Monday. They asked Uzbekistan to reopen the " \
           "border."
    assert (None, "UZB") in states_of(text, "REQUEST")


def test_they_after_a_pair_joined_by_and_points_nowhere() -> None:
    text = "Kazakh MPs and Kyrgyz officials met on Monday. They asked Uzbekistan to reopen " \
           "the border."
    assert (None, "UZB") in states_of(text, "REQUEST")


# -- a state's noun with its own "of" phrase ----------------------------------------------------
def test_a_republic_of_a_named_state_is_that_state() -> None:
    text = "Putin ordered the restoration of direct flights from Russia to the former " \
           "Soviet republic of Georgia."
    assert states_of(text, "COOPERATE") == [("RUS", "GEO")]


def test_a_bare_country_still_points_back() -> None:
    text = "Bolivian officials met Chile's president on Monday. Bolivia later banned " \
           "imports from the country."
    assert states_of(text, "SANCTION") == [("BOL", "CHL")]


# -- a coordinated passive of telling -----------------------------------------------------------
def test_told_to_after_a_passive_tells_its_subject() -> None:
    text = "Chilean officials were summoned and told to respect the border, the Peruvian " \
           "ministry said."
    assert states_of(text, "REQUEST") == [("PER", "CHL")]


def test_told_someone_to_after_a_passive_does_not_tell_its_subject() -> None:
    text = "Peruvian officials were summoned and told Bolivia to reopen the border."
    assert all(t != "PER" for _, t in states_of(text, "REQUEST"))


# -- a "between" phrase whose second party the parse left out ------------------------------------
def test_between_takes_the_party_after_a_dangling_and() -> None:
    text = "Officials said there would be a summit between Russian President Putin and " \
           "Chinese President Xi tomorrow."
    assert states_of(text, "CONSULT") == [("RUS", "CHN")]


def test_between_reads_no_party_past_its_phrase() -> None:
    text = "Officials said a summit between Russian President Putin and Kazakh President " \
           "Tokayev will precede a visit to China."
    pairs = states_of(text, "CONSULT")
    assert ("RUS", "KAZ") in pairs and ("RUS", "CHN") not in pairs and ("KAZ", "CHN") not in pairs


def test_a_state_of_a_place_the_base_does_not_know_still_points_back() -> None:
    text = "The United States criticised Mexico on Monday. Later, the state of Louisiana " \
           "threatened to sue Mexico."
    assert states_of(text, "THREATEN") == [("USA", "MEX")]
