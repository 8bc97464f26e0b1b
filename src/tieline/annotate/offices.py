"""Whose "the government" is: the state its sentence names before it (issue 22, round 20).

A definite description with no owner written ("the government", "the administration", "the
ministry") points back to the state the reader has in mind: in English, the nearest one
named before it. Within its own sentence that is the state named there before it, by its
name, its metonym ("the White House") or one of its people ("Egyptian President Mubarak
says he has asked the government to resign": Egypt's government), not the last "X
government" named paragraphs before. So:

- where the words before it in its sentence name a state or actors of one, "the
  government" is the nearest one's ("the Kremlin said the Georgian government ... the
  authorities": Georgia's), unless the doer of the act on it is of that state ("U.S.
  lawmakers called on the administration", "Egyptians protest against the government"):
  an act at home, which the coder's rules for those read (``sides.home_side``: only where
  it is domestic by definition), so this leaves it, as before; said after the clause it
  reports, it is the state of that clause's doer ("India has banned 59 mostly Chinese apps,
  the government said": India's);
- where they name none, it is the state whose government the text named last before it,
  within the reach of a page's section (:data:`GOVERNMENT_REACH`, as far as "he" may
  point back); further back, none (a page that named another state's government pages
  before has moved on).

A place ("in Cairo") is no owner: a government acts in others' capitals too.
"""

from __future__ import annotations

from collections.abc import Callable, Mapping
from typing import Any

from ..models import Actor, ActorRef, Mention
from .branding import SAYING

#: How far back (characters) a bare "the government" may point to a state's government
#: named before its sentence: as far as "he" may point to a person (``anaphora``).
GOVERNMENT_REACH = 3000

#: Kinds of actor that are a state or of one.
_OF_A_STATE = frozenset({"country", "person", "organization", "group"})

RefOf = Callable[[Mention], ActorRef | None]
#: The government named last before an offset within a reach (``AnaphoraReading._prior``).
Prior = Callable[[int], list[ActorRef] | None]


def bare_government(t: Any, token_mention: dict[int, Mention], ref_of: RefOf,
                    actors: Mapping[str, Actor], prior: Prior) -> list[ActorRef] | None:
    """The state whose government the bare *t* ("the government") is, as one side, or None
    where its sentence leaves it unclear or nothing in reach names one (see the module's
    docstring; *actors*: the knowledge base's, by id)."""
    if any(c.dep_ == "prep" and c.lower_ == "of" and g.dep_ == "pobj" and g.pos_ == "PROPN"
           for c in t.children for g in c.children):
        return prior(GOVERNMENT_REACH)  # (its own "of" says whose: "the Ministry of ... of
        # Bolivia", read by the speaker rules; never the state named before it)
    country = reported_state(t, token_mention, ref_of) or \
        sentence_state(t, token_mention, ref_of)
    if country is not None and _doers_state(t, country, token_mention, ref_of):
        return None
    if country is None:
        return prior(GOVERNMENT_REACH)
    state = actors.get(country)
    if state is None:
        return None
    return [ActorRef(state.id, state.name, state.country or state.id, "GOV", state.kind)]


def reported_state(t: Any, token_mention: dict[int, Mention], ref_of: RefOf) -> str | None:
    """The state of the doer of the clause *t* reports when *t* says it after it ("India has
    banned 59 mostly Chinese apps, the government said": India's), or None."""
    verb = t.head
    if t.dep_ != "nsubj" or verb.lemma_ not in SAYING:
        return None
    told = next((c for c in verb.children if c.dep_ == "ccomp" and c.i < t.i), None)
    if told is None:
        return None
    for c in told.children:
        if c.dep_ in ("nsubj", "nsubjpass"):
            m = token_mention.get(c.i)
            ref = ref_of(m) if m is not None else None
            if ref is not None and ref.country and ref.kind in _OF_A_STATE:
                return ref.country
    return None


def sentence_state(t: Any, token_mention: dict[int, Mention], ref_of: RefOf) -> str | None:
    """The state the words before *t* in its sentence name nearest to it (its id), or None
    (*token_mention*: the article's mentions by token; *ref_of*: the side a mention is)."""
    for x in reversed(t.sent[:t.i - t.sent.start]):
        m = token_mention.get(x.i)
        if m is None or m.form == "place":
            continue
        ref = ref_of(m)
        if ref is not None and ref.country and ref.kind in _OF_A_STATE:
            return ref.country
    return None


def _doers_state(t: Any, country: str, token_mention: dict[int, Mention],
                 ref_of: RefOf) -> bool:
    """Whether *country* is named by the subject of the verb that governs *t* ("U.S.
    lawmakers called on the administration", "Egyptians protest against the government"):
    then the act is the state's own, a domestic one, which the coder's home-side rules read
    (``sides.home_side``), and "the government" is left to them."""
    verb = t.head
    for _ in range(4):
        if verb.pos_ in ("VERB", "AUX") or verb.dep_ == "ROOT":
            break
        verb = verb.head
    subjects = [c for c in verb.children if c.dep_ in ("nsubj", "nsubjpass")]
    while not subjects and verb.dep_ in ("xcomp", "conj") and verb.head is not verb:
        verb = verb.head  # ("the parliament is set to ask the government": its subject)
        subjects = [c for c in verb.children if c.dep_ in ("nsubj", "nsubjpass")]
    doers = [w for c in subjects if t not in c.subtree for w in c.subtree]
    for w in doers:
        m = token_mention.get(w.i)
        ref = ref_of(m) if m is not None else None
        if ref is not None and ref.country == country:
            return True
    return False
