"""Titles, second round: headline grammar and what a headline is (issues 22 and 23).

Every headline and body here is written for the test (names invented where people act), none
taken from a scored set; each rule has a twin where it must not fire."""

from __future__ import annotations

from tieline.annotate.clean import clean_text, credited
from tieline.annotate.headline import apply_edits, headline_edits
from tieline.annotate.pipeline import pipeline_for
from tieline.config import Settings
from tieline.models import Article, Report

CONTEXT = ("The two neighbours have quarrelled for months over fishing rights.\n\n"
           "Officials in both capitals declined to comment on the talks.")


def _coded(title: str | None, body: str = CONTEXT) -> list[Report]:
    article = Article(id="t2", origin="t2.txt", text=body, content_hash="t2", title=title,
                      published="2024-03-06", published_basis="metadata", lang="en")
    return list(pipeline_for(Settings()).annotate_one(article).events)


def _sides(reports: list[Report], part: str | None = "title") -> list[tuple[object, ...]]:
    return [(r.type, r.source and r.source.country, r.target and r.target.country)
            for r in reports if part is None or r.evidence[0].part == part]


def _written(title: str) -> str:
    return apply_edits(title, headline_edits(pipeline_for(Settings()).nlp(title)))[0]


# -- a headline's comma between its subjects is "and" --------------------------------------
def test_a_comma_between_the_subjects_is_and() -> None:
    assert _written("Peru, Chile agree on fishing accord") == \
        "Peru and Chile agree on fishing accord"
    assert _written("Border row: Peruvian, Chilean troops begin pullback") == \
        "Border row: Peruvian and Chilean troops begin pullback"
    assert _written("Peru, Chile, Bolivia to hold water talks") == \
        "Peru, Chile and Bolivia will hold water talks"
    assert ("AGREE", "PER", "CHL") in _sides(_coded("Peru, Chile agree on fishing accord"))


def test_a_dateline_or_an_apposition_keeps_its_comma() -> None:
    # the twins: no verb right after the second name
    assert _written("LIMA, March 4: Chile bans flights") == "LIMA, March 4: Chile bans flights"
    assert _written("Ana Diaz, Peru's minister, says talks failed") == \
        "Ana Diaz, Peru's minister, says talks failed"
    assert _written("Ana Diaz, Foreign Minister of Peru, says talks failed") == \
        "Ana Diaz, Foreign Minister of Peru, says talks failed"


# -- a verbless "in talks" is a part taken ---------------------------------------------------
def test_in_talks_in_a_verbless_headline_is_a_part_taken() -> None:
    assert _written("Peruvian President in talks with Chile over water") == \
        "Peruvian President is in talks with Chile over water"
    assert ("CONSULT", "PER", "CHL") in _sides(
        _coded("Peruvian President in talks with Chile over water"))


def test_in_a_place_is_still_left_as_written() -> None:
    # the twin (round 1's rule kept): a place after "in" is where the news is
    assert _written("Peruvian President in Chile for water talks") == \
        "Peruvian President in Chile for water talks"


# -- a state's breakaway part is not the state -------------------------------------------------
BREAKAWAY_BODY = ("Transnistrian leader Ivan Petrov met Russian envoys in Tiraspol on Monday "
                  "to discuss the vote.\n\nOfficials in Chisinau declined to comment.")


def test_a_states_breakaway_region_is_the_part_it_claims() -> None:
    coded = _sides(_coded("Moldova's breakaway region to hold vote on joining Russia",
                          BREAKAWAY_BODY))
    assert coded and all(source != "MDA" for _, source, _ in coded)
    assert ("COOPERATE", "XTR", "RUS") in coded


def test_a_breakaway_region_the_page_does_not_name_has_no_side() -> None:
    # no part the state claims is named: no side (never the state)
    coded = _sides(_coded("Moldova's breakaway region to hold vote on joining Russia"))
    assert all(source != "MDA" for _, source, _ in coded)


def test_a_states_own_region_is_still_the_state() -> None:
    # the twin: a part without "breakaway" is read as before (its state)
    coded = _sides(_coded("Officials of Moldova's northern region signed a trade deal with "
                          "Romania", CONTEXT), part=None)
    assert any(source == "MDA" for _, source, _ in coded)


# -- captions are not titles -------------------------------------------------------------
BODY = ("Twenty soldiers were killed in a clash on the border on Monday, the army said in a "
        "statement.\n\nOfficials in both capitals declined to comment.")


def test_a_caption_closed_by_its_credit_is_no_title() -> None:
    for caption in ("Soldiers rest at a camp near the border before heading north. -Reuters",
                    "Ministers shake hands after their talks in Lima. Photo-AFP",
                    "The two presidents met on Monday in Lima. | AP"):
        assert credited(caption)
        cleaned = clean_text(f"{caption}\n\n{BODY}")
        assert cleaned.title is None


def test_a_headline_with_its_outlets_name_is_a_title() -> None:
    # the twin: an outlet's name after a headline (no stop before it) is no picture's credit
    for title in ("Peru bans flights to Chile | Reuters", "Peru bans flights to Chile - AP"):
        assert not credited(title)
        assert clean_text(f"{title}\n\n{BODY}").title == title


# -- commenting on an act, or comparing it, is not the act ----------------------------------
def test_an_act_commented_on_is_not_reported() -> None:
    assert _sides(_coded("Peruvian President Ana Diaz commented on the sanctions against "
                         "Chile")) == []
    assert _sides(_coded("Lima compares Chile protests to a coup")) == []
    body = "Peruvian President Ana Diaz spoke about the ban on flights to Chile on Monday."
    assert "SANCTION" not in [t for t, _, _ in _sides(_coded(None, body), part=None)]


def test_an_act_done_is_still_reported() -> None:
    # the twins: the same acts told as done, or as the occasion of a speech
    body = "Speaking on a visit to Lima on Monday, Chilean President Luis Mora praised Peru."
    assert "CONSULT" in [t for t, _, _ in _sides(_coded(None, body), part=None)]
    assert ("SANCTION", "PER", "CHL") in _sides(_coded("Peru imposes sanctions against Chile"))
    body = "Peru imposed a ban on flights to Chile on Monday, the ministry said."
    assert "SANCTION" in [t for t, _, _ in _sides(_coded(None, body), part=None)]


# -- a pact reached is an agreement ------------------------------------------------------------
def test_a_pact_or_accord_reached_is_an_agreement() -> None:
    assert ("AGREE", "PER", "CHL") in _sides(_coded("Peru reaches pact with Chile on fishing"))
    body = "Peru and Chile reached an accord on fishing rights on Monday, officials said."
    assert "AGREE" in [t for t, _, _ in _sides(_coded(None, body), part=None)]


def test_reaching_a_place_is_no_agreement() -> None:
    # the twin: "reach" with no agreement as its object
    assert _sides(_coded("Peruvian troops reach Chile border")) == [] or "AGREE" not in [
        t for t, _, _ in _sides(_coded("Peruvian troops reach Chile border"))]


# -- a step toward an act stopped: the act is not done, never undone ------------------------
def test_a_vote_or_plan_to_join_suspended_is_no_join_and_no_leaving() -> None:
    for title in ("Moldova's breakaway region suspends referendum to join Russia",
                  "Peru suspends vote on joining the alliance"):
        coded = [(r.type, r.mode, r.status) for r in _coded(title, BREAKAWAY_BODY)
                 if r.evidence[0].part == "title"]
        assert ("COOPERATE", "join", "negated") in coded, title
        assert all(mode != "leave" for _, mode, _ in coded)


def test_a_membership_suspended_is_still_a_leaving() -> None:
    # the twin: the act itself suspended is reversed (round 1 of polarity, kept)
    coded = [(r.type, r.mode) for r in _coded("Peru suspends its membership in the alliance")
             if r.evidence[0].part == "title"]
    assert ("SANCTION", "leave") in coded
