"""Answers to the act told before: threats of a response, and reactions to "the deployment"
(issue 22 item 3, round 17).

A reaction whose sentence names no one it is aimed at is aimed at the doer of the acts of the
sentence before, when they are of one side other than the reacting one and within its
paragraph (:meth:`tieline.annotate.events.EventCoder._previous_doer`, sixth round: "condemned
the move", "expressed concern about this"). Two more kinds of words point back so:

- **A threat of a response** (PLOVER THREATEN; CAMEO 130 "threaten"):
  "warned of appropriate measures", "would take retaliatory steps", "vowed to retaliate"
  written with no one they are aimed at. A response, a retaliation, countermeasures answer
  another's act by definition, so the threat is aimed at the doer of the act told just
  before ("Georgia announced plans to join NATO. Russia warned of appropriate measures.").
  Never where the measures have a purpose or object of their own ("measures to curb the
  virus", "steps against smuggling", "measures for the economy"), which says what they answer.
- **A definite act noun that restates the act told before**: "India deployed troops near the
  border. China condemned the deployment." A definite noun with no owner of its own is given
  information, and one whose stem is the stem of a word of the sentence before names that
  act ("deployed"/"the deployment", "arrested"/"the arrests"); never a noun with an owner or
  its own phrase ("Russia's deployment", "the deployment of police"), nor one that restates
  nothing before ("the situation").
"""

from __future__ import annotations

from typing import Any

from .side_grammar import names_act

#: Words of a response, which answers another's act (lemmas).
RESPONSES = frozenset({"measure", "response", "retaliation", "retaliate", "countermeasure",
                       "step", "action", "consequence", "respond", "counter-measure"})
#: Words that point to given information.
DEFINITE = frozenset({"the", "this", "that", "these", "those", "such"})
#: Prepositions and dependencies by which a response says what it is for or against.
_PURPOSE_PREPS = frozenset({"to", "against", "on", "for", "in", "over", "of", "toward",
                            "towards", "at"})
_PURPOSE_DEPS = frozenset({"acl", "relcl", "advcl", "xcomp", "ccomp"})
#: How many letters of a stem make two words one act's ("deployed", "deployment").
STEM = 5


def responds(tokens: list[Any]) -> bool:
    """Whether the words *tokens* of a threat threaten a response with nothing written that it
    is for or against ("warned of appropriate measures", "vowed to retaliate"), not measures
    with a purpose of their own ("measures to curb the virus", "steps against smuggling")."""
    words = [t for t in tokens if t.lemma_.lower() in RESPONSES]
    if not words:
        return False
    return not any(c.dep_ in _PURPOSE_DEPS or c.dep_ == "prep" and c.lower_ in _PURPOSE_PREPS
                   for w in words for c in w.children)


def restates(noun: Any, before: str) -> bool:
    """Whether *noun* is a definite act noun with no owner whose stem is that of a word of
    *before*, the text of the sentence that told the act ("the deployment" after "deployed
    troops")."""
    if noun.pos_ != "NOUN" or not names_act(noun) or len(noun.lemma_) < STEM:
        return False
    if not any(c.dep_ == "det" and c.lower_ in DEFINITE for c in noun.children):
        return False
    if any(c.dep_ in ("poss", "compound", "acl", "relcl") or c.dep_ == "prep" or
           c.dep_ in ("amod", "nmod") and c.ent_type_ for c in noun.children):
        return False
    stem = noun.lemma_.lower()[:STEM]
    return any(w.lower().startswith(stem) for w in before.split())
