"""What a consultation is about is no party to it (issue 22, lead's round 18).

PLOVER's CONSULT is a meeting, a visit or talks *with* someone; what is discussed is its
topic. "met his security team to discuss Pakistan" is no consultation with Pakistan (a
PETRARCH-style fallback takes the first actor after the verb, and read the topic as the
party). Every sentence is written for the test; each with a twin whose party is stated."""

from __future__ import annotations

from test_sides import code


def _consults(text: str) -> list[tuple[str | None, str | None]]:
    return [(e.source.name if e.source else None, e.target.name if e.target else None)
            for e in code(text).events if e.type == "CONSULT"]


def test_what_is_discussed_is_no_party() -> None:
    assert ("Obama", "Pakistan") not in \
        _consults("Obama met with his security team on Monday to discuss Pakistan.")
    assert ("Obama", "Afghanistan") not in \
        _consults("Obama met Pakistani President Zardari on Monday to discuss Afghanistan.")


def test_whom_it_is_discussed_with_is_the_party() -> None:
    assert ("Obama", "Asif Ali Zardari") in \
        _consults("Obama met Pakistani President Zardari on Monday to discuss Afghanistan.")
    assert ("Narendra Modi", "Xi Jinping") in \
        _consults("Modi discussed the border with Xi on Monday.")
    assert ("India", "China") in _consults("India and China discussed the border on Monday.")


def test_with_hung_on_the_topic_still_names_the_party() -> None:
    # the parser may attach "with X" to the object ("the border issue with X"): still the party
    assert ("Narendra Modi", "Xi Jinping") in \
        _consults("Modi will discuss the border issue with Chinese President Xi on Monday.")


def test_talks_about_a_state_are_not_talks_with_it() -> None:
    assert all(t != "China" for _, t in
               _consults("The Indian foreign minister held talks with his aides on Monday "
                         "about China."))
    assert all(t != "Ukraine" for _, t in
               _consults("India held consultations with Russia over the crisis in Ukraine."))


def test_talks_with_a_state_about_a_topic_keep_the_state() -> None:
    assert ("India", "China") in _consults("India held talks with China on Monday about the "
                                           "border.")
    assert ("India", "Russia") in _consults("India held consultations with Russia over the "
                                            "crisis in Ukraine.")


# -- a "who" clause describes people: the places and persons it names are not a side --------
def test_a_who_clause_names_no_target() -> None:
    events = [e for e in code("Singapore ordered eight people who had returned from Mexico into "
                              "home quarantine on Monday.").events]
    assert events and all(e.target is None or e.target.id != "MEX" for e in events)
    assert ("BP", "Barack Obama") not in _consults(
        "BP discussed its plans with administration officials, who then briefed President "
        "Barack Obama.")


def test_the_twin_without_the_clause_keeps_its_target() -> None:
    events = [e for e in code("Singapore banned pork imports from Mexico on Monday.").events]
    assert any(e.target is not None and e.target.id == "MEX" for e in events)
