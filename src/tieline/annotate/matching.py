"""Whether a lexicon pattern matched around a word is the act its entry codes.

:func:`_match` finds an entry's pattern around its head word; :func:`_fits` then rejects the
matches that tell no act of the entry (an object that is no undergoer, a name, a time, a
lasting state; with the non-act rounds of :mod:`tieline.annotate.nonacts`). The coder in
:mod:`tieline.annotate.events` calls both for every word a lexicon entry may head.
"""

from __future__ import annotations

from typing import Any

from . import (
    acting,
    contests,
    dangers,
    hazards,
    journeys,
    lasting,
    learning,
    mood,
    nonacts,
    orders,
    questions,
    reception,
    senses,
)
from .found import _Found
from .lexicon import COOPERATIVE, Entry

#: Verbs of giving, whose first object is who gets the second ("granted Georgia candidate
#: status", "gave Moldova observer status").
_GIVING = {"grant", "give", "award", "offer", "extend", "accord", "confer"}


# -- matching -----------------------------------------------------------------------------
def _match(head: Any, entry: Entry, related: list[Any]) -> list[Any] | None:
    """The tokens of *entry*'s pattern around *head* (*related*: the words near it), or None
    when it does not match."""
    if not entry.others:
        return [head]
    tokens = [head]
    for lemma in entry.others:
        hit = next((t for t in related
                    if (t.lemma_.lower() == lemma or t.lower_ == lemma and t not in tokens)
                    and not _foreign_particle(t, head)
                    and not nonacts.outside_the_phrase(t, head)), None)
        if hit is None:
            return None
        tokens.append(hit)
    return None if nonacts.stray_preposition(tokens) else tokens


def _naming(verb: Any) -> bool:
    """Whether *verb* names something ("called X a traitor", "which it calls southern Tibet"):
    "call" with a second object or a predicate one is neither a phone call nor an appeal."""
    if verb.lemma_.lower() != "call":
        return False
    objects = [c for c in verb.children if c.dep_ == "dobj"]
    return len(objects) > 1 or any(c.dep_ == "oprd" for c in verb.children)


def _foreign_particle(token: Any, head: Any) -> bool:
    """Whether *token* is a preposition or particle of another phrase above *head*: a verb's
    preposition is its own dependent, so "call for" is not read from "the names of places for
    the region, which it calls ..." nor "on" from "protested on the so-called map"."""
    return token.pos_ in ("ADP", "PART") and token.is_ancestor(head)


_TIME_ENTS = {"DATE", "TIME"}


#: Verbs that conclude an agreement only as their object ("clinched a deal", "sealed a pact").
_CONCLUDING = frozenset({"clinch", "seal", "finalise", "finalize", "firm", "hammer"})


def _fits(head: Any, entry: Entry, tokens: list[Any]) -> bool:
    """Whether a matched pattern is the act its entry codes: not when the head's object is
    one the entry excludes ("released a statement", "signed a decree"), a detention one
    comes "from" (the release is the act), when an instruction
    verb governs no infinitive ("told reporters that ..." speaks, "told X to leave"
    instructs), or when the pattern's preposition leads to a time, not a place or party
    ("arriving in 2000" is no visit to anyone)."""
    if entry.not_objects and any(x.lemma_.lower() in entry.not_objects
                                 for x in _undergoers(head)):
        return False
    if entry.intent and entry.not_objects and mood.promises_words(head, entry.not_objects):
        return False  # "promised to give a detailed account": words, no intent to cooperate
    if entry.infinitive and not nonacts.takes_an_infinitive(head):
        return False
    if entry.type == "AGREE" and head.lemma_.lower() in _CONCLUDING and not any(
            t.dep_ in ("dobj", "nsubjpass") and t.head.i == head.i for t in tokens[1:]):
        return False  # "prices firmed up after the agreement": the agreement is concluded
        # only as the verb's own object ("firmed up an agreement", "a deal was sealed")
    if entry.mode == "instruct" and entry.pos == "verb" and orders.instructs_own_people(head):
        return False  # "agreed to direct their officials to ...": no request to another
    if entry.mode == "meet" and entry.pos == "verb" and reception.meets_a_reaction(head):
        return False  # "was met with criticism": a reception, no meeting (round 17)
    if entry.type in ("CONSULT", "REQUEST") and _naming(head):
        return False  # "calls Abkhazia a state", "calling BP 'British Petroleum'"
    if entry.mode == "visit" and entry.pos == "verb" and journeys.goes_nowhere(head, tokens):
        return False  # "return to the negotiations", "came during X's visit to Delhi"
    if entry.mode == "restrict" and orders.prevents_nothing(head, tokens):
        return False  # "to prevent miscommunication": no one restrained
    if entry.pos == "verb" and lasting.describes_a_state(head) and \
            (entry.mode == "restrict" or acting.hyphened(head)):
        return False  # "the occupied territories", "Russian-backed separatists": what they
        # are, no act told
    if entry.type == "AID" and entry.pos == "verb" and lasting.helps_oneself(head):
        return False  # "to help themselves with reporting"
    if lasting.undone_by_prefix(head):
        return False  # "de-occupation", "a non-aggression pact"
    if entry.pos == "noun" and entry.type == "COOPERATE" and \
            lasting.names_a_standing_relation(head):
        return False  # "the long-standing partnership": a relation that stands, no act
    if entry.type == "REQUEST" and questions.asks_a_question(head):
        return False  # "asked about the talks, Lu said": a question, no request
    if any(nonacts.under_a_conjunction(t, head) for t in tokens):
        return False  # "ready to talk, provided Tbilisi does not ...", "according to": a
        # condition or a source, no act (nor a pattern's word: "open ... according to the
        # Security Council")
    if entry.type == "SUPPORT" and entry.pos == "verb" and journeys.backs_away(head):
        return False  # "for Indian troops to back out": a retreat, no support
    if entry.mode == "leave" and entry.pos == "verb" and journeys.departs(head):
        return False  # "has left for the village", "left their country": a departure
    if entry.type == "RETREAT" and entry.mode == "withdraw" and entry.pos == "verb" and \
            journeys.pulls_another_out(head):
        return False  # "to pull Armenia out of Moscow's orbit": no forces withdrawn
    if _relation_entry(entry) and (lasting.pursued_as_a_course(head) or
                                   lasting.holds_since(head)):
        return False  # "efforts to distance Armenia from Russia", "since then, they have
        # restricted their relations": where relations stand or are steered, no act
    if entry.mode in _LASTING_MODES and entry.pos == "verb" and \
            lasting.describes_a_held_result(head):
        return False  # "the territories occupied by Russia", "regions recognized by Moscow"
    if entry.type == "THREATEN" and (dangers.names_a_danger(head) or
                                     dangers.warns_of_a_danger(head) or
                                     dangers.names_a_threat_not_made(head) or
                                     dangers.threatened_by_a_danger(head)):
        return False  # "the law threatens independent media", "did not pose a threat",
        # "warned of a leak", "security threats", "the spill threatening the coast"
    if entry.type == "ACCUSE" and dangers.warns_of_a_danger(head):
        return False  # "warned that negotiations may fail": a forecast, no one criticised
    if entry.type == "REJECT" and questions.declines_to_answer(head) or \
            questions.left_unanswered(head):
        return False  # "declined to comment (on the talks)": no proposal or demand
        # rejected, and what is not commented on is not reported
    if entry.mode == "recognize" and (lasting.acknowledges_a_fact(head) or
                                      lasting.recognizes_as_part(head)):
        return False  # "recognized the demonstrators' concerns": a fact acknowledged;
        # "recognize X as part of Y": a region held to be a state's, no state recognised
    if entry.mode == "join" and journeys.joins_company(head):
        return False  # "Joining me now is the senator": a host's words
    if entry.type == "MOBILIZE" and dangers.mobilizes_no_force(head):
        return False  # "he can mobilize resources": no force mobilised
    if questions.asked_whether(head):
        return False  # "Did Russia attack Georgia?": asked, not reported
    if questions.called_for(head):
        return False  # "it's time to step down": called for, not done
    if entry.mode == "leave" and len(tokens) == 1 and journeys.leaves_no_group(head):
        return False  # "until Mubarak leaves", "left the safety of his flat": no group left
    if entry.type in COOPERATIVE and entry.type != "CONSULT" and questions.talked_about(head):
        return False  # "exchanged views on BRICS cooperation": the talk, not the act
    if entry.pos == "noun" and entry.mode == "arrest" and head.dep_ == "pobj" and \
            head.head.lower_ == "from":
        return False  # "released from detention": where one comes from, not an arrest
    if senses.tells_another_sense(head, entry, tokens):
        return False  # "thousands of Russians left Russia", "his part in the aggression",
        # "Mr Obama's attack on BP", "the bill has nothing to do with X" (round 18)
    for t in tokens[1:]:
        objects = [c for c in t.children if c.dep_ == "pobj"] if t.dep_ == "prep" else []
        if objects and all(o.ent_type_ in _TIME_ENTS for o in objects):
            return False
    return not _told_no_act(head, entry, tokens)


def _told_no_act(head: Any, entry: Entry, tokens: list[Any]) -> bool:
    """Whether the words tell no act of this entry (the fourth round of
    :mod:`tieline.annotate.nonacts`): an act kept from happening, a concern caused, an
    attack in words read as an assault (or one by force as a criticism), a private trip, a
    hazard alert, an assertion read as a demand, an act left open, a forecast read as a
    threat, a relation had."""
    if orders.kept_from(head) or questions.left_open(head):
        return True  # "banned its carriers from flying to X", "did not say whether ..."
    if entry.type == "CONSULT" and questions.raises_concern_in_others(head):
        return True  # "the move raised concerns in Georgia": caused, not put to anyone
    if entry.pos == "verb" and len(tokens) == 1 and head.lemma_.lower() == "attack" and \
            (entry.type == "ASSAULT") == dangers.attacks_in_words(head):
        return True  # "attacked Pashinyan for his remarks" is ACCUSE, "attacked the
        # village" ASSAULT (the criticize entry reads "attack" in words only)
    if entry.mode == "visit" and journeys.travels_privately(head):
        return True  # "Russian tourists flocked to Georgia", "visiting her sister"
    if entry.type == "MOBILIZE" and dangers.alerts_to_a_hazard(head, tokens):
        return True  # "raised its pandemic alert to phase 5"
    if entry.type == "REQUEST" and len(tokens) == 1 and questions.asserts(head):
        return True  # "insists its regulations are the toughest": an assertion
    if entry.type == "THREATEN" and dangers.forecast_not_threat(head):
        return True  # "Russia, which may retaliate": the writer's forecast
    if entry.type in _VERBAL and entry.pos == "verb" and questions.said_by_the_public(head):
        return True  # "the majority of Georgian citizens support him": an opinion
    if entry.type == "CONCEDE" and (lasting.steps_toward_nothing_yielded(tokens) or
                                    lasting.gives_in_nowhere(head, tokens)):
        return True  # "a step towards renewing cooperation", "given ... in the near future"
    if entry.pos == "verb" and nonacts.commands_the_reader(head):
        return True  # "Come to Bank of America": an imperative, no act told
    if entry.pos == "noun" and nonacts.names_a_purpose(head):
        return True  # "a conference room used for meetings between X and Y"
    if entry.pos == "noun" and entry.mode in _LASTING_MODES and lasting.a_hold_reacted_to(head):
        return True  # "protested against the Russian occupation": the hold as it stands
    if "clause-subject" in entry.target and (orders.demands_of_no_one(tokens) or
                                             orders.demands_of_oneself_or_a_thing(tokens)):
        return True  # "stopping the leak should come first, she said": no one is asked;
        # "we must respond, he said", "the relationship should ...": no one else (round 9)
    if questions.commented_on(head):
        return True  # "commented on the sanctions": a statement about them, no act told
    return _round_nine(head, entry, tokens)


def _round_nine(head: Any, entry: Entry, tokens: list[Any]) -> bool:
    """Whether the words tell no act of this entry (the ninth round of
    :mod:`tieline.annotate.nonacts`): a fact accepted, a question asked, a poll's share, a
    violation that defies no norm or an act's noun that is what is violated, an order to no
    one, a membership only sought, a warning that criticises no one, force used on no one,
    a relation had."""
    if entry.mode == "accept" and len(tokens) == 1 and lasting.accepts_no_proposal(head):
        return True  # "accepted only four casualties", "accept their defeat"
    if questions.asked_about(head) or \
            entry.type == "REQUEST" and questions.demands_to_know(head):
        return True  # "asked if X had requested a meeting", "demanded to know why ..."
    if entry.type in _VERBAL and entry.pos == "verb" and questions.a_share_of_a_people(head):
        return True  # "58 percent blamed BP": a poll's finding
    if entry.type == "REJECT" and entry.pos == "verb" and len(tokens) == 1 and \
            orders.violates_no_norm(head):
        return True  # "violated Kyrgyz airspace", "the election violates the constitution"
    if entry.pos == "noun" and orders.what_is_violated(head):
        return True  # "violated the ceasefire": no ceasefire declared
    if entry.mode == "instruct" and entry.pos == "verb" and orders.orders_no_one(head):
        return True  # "ordered the suspension of flights", "ordered troops to the border"
    if entry.mode == "join" and entry.pos == "noun" and journeys.membership_sought(head):
        return True  # "a candidate for EU membership"
    if entry.type == "ACCUSE" and dangers.warns_of_what_will_be(head):
        return True  # "warned it would be premature to ...", "warned against travel"
    if entry.type in ("ASSAULT", "COERCE") and entry.pos == "verb" and \
            dangers.force_on_no_one(head):
        return True  # "a system to capture oil", "decided to kill 300,000 pigs"
    if entry.pos == "noun" and entry.type == "COOPERATE" and lasting.has_a_relation(head):
        return True
    if entry.type in ("ASSAULT", "COERCE", "THREATEN") and entry.pos == "verb" and \
            hazards.done_by_a_hazard(head):
        return True  # "were killed in accidents", "unrest that threatens X" (round 11)
    if entry.type == "CONSULT" and entry.pos == "verb" and learning.learns_from_no_one(head):
        return True  # "wants to find out more about the proposal" (round 11)
    if entry.type in ("ASSAULT", "COERCE") and entry.pos == "noun" and \
            contests.fought_in_words(head):
        return True  # "lost a legal skirmish with X", "a trade war" (round 11)
    return nonacts.tells_no_act_round_ten(head, entry, tokens)


#: Modes of acts whose result lasts and can be described by their participle ("occupied",
#: "recognized", "stationed", "banned").
_LASTING_MODES = frozenset({"restrict", "recognize", "troops"})


def _relation_entry(entry: Entry) -> bool:
    """Whether an entry codes a change in relations themselves: drawing closer ("deepen
    ties", "restore relations"), drifting apart ("distance from", "restrict relations") or
    cooperating; their words also describe where relations stand or are steered."""
    return entry.mode == "relations" or entry.type == "SANCTION" and entry.mode == "withdraw" \
        or entry.type == "COOPERATE" and entry.mode != "join"


#: Nouns that count or group what their "of" phrase names ("a set of names", "a batch of
#: documents"): what is done to them is done to that.
_GROUPING = {"set", "series", "batch", "collection", "number", "bundle", "pile", "stack",
             "raft", "slew", "host", "round", "package"}


def _folded_recipient(c: Any, noun: Any, verb: Any) -> bool:
    """Say whether *c* is a giving verb's first object the parser folded into the second's
    phrase as its modifier ("granted Georgia candidate status": Georgia gets the status): a
    name right after the verb, modifying the noun the verb gives."""
    return c.dep_ in ("compound", "nmod") and c.pos_ == "PROPN" and c.i == verb.i + 1 and \
        noun.dep_ == "dobj" and noun.head.i == verb.i and verb.lemma_.lower() in _GIVING


def _undergoers(head: Any) -> list[Any]:
    """The nouns a verb is done to: its object, its passive subject, or the noun its
    participle describes ("the list of names released by X"), and for a noun that groups
    things, the things ("released a third set of names"); for a relative pronoun, the noun
    it stands for ("the refreshments that were offered to him")."""
    out = [c for c in head.children if c.dep_ in ("dobj", "nsubjpass", "obj")]
    if head.dep_ == "acl" and head.tag_ == "VBN":
        out.append(head.head)
    if head.dep_ == "relcl" and any(o.lower_ in ("that", "which") for o in out):
        out.append(head.head)
    return out + [x for o in out if o.lemma_.lower() in _GROUPING for p in o.children
                  if p.dep_ == "prep" and p.lower_ == "of" for x in p.children
                  if x.dep_ == "pobj"]


def _related(head: Any) -> list[Any]:
    """Words near *head* in the parse: its dependents to depth 4 and two heads up."""
    out: list[Any] = []
    frontier = [head]
    for _ in range(4):
        nxt = [c for t in frontier for c in t.children]
        out.extend(nxt)
        frontier = nxt
    up = head
    for _ in range(2):
        if up.head.i == up.i:
            break
        up = up.head
        out.append(up)
    return out


def _only_time(span: Any) -> bool:
    """Whether *span* holds nothing but a phrase of time ("on Monday night"), or nothing."""
    return all(t.ent_type_ in _TIME_ENTS or t.pos_ in ("ADP", "DET", "PUNCT") for t in span)


#: Verbal acts (PLOVER's statements): said in the passive, they are the speaker's.
_VERBAL = {"SUPPORT", "ACCUSE", "REJECT", "REQUEST", "THREATEN", "AGREE"}


def _kinds_ok(f: _Found) -> bool:
    """Apply an entry's target_kind (to "host" a person, not a military base); a symmetric
    act of two subjects is between them ("India and China fought a war")."""
    if not f.entry.target_kind:
        return True
    f.targets = [r for r in f.targets if r.kind in f.entry.target_kind]
    return bool(f.targets) or f.entry.alone or (f.entry.symmetric and len(f.sources) > 1)
