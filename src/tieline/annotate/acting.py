"""Who can act, as the non-act predicates ask it: the words and helpers they share.

Entity labels of an actor, nouns of people and bodies, a state's own organs and possessives that
point back to the doer, a clause's subjects, the word that governs an act's noun, a hyphened
participle, the public at large and labels of time. Nothing here decides that a word is no act;
the predicates of :mod:`tieline.annotate.nonacts` and the modules beside it do.
"""

from __future__ import annotations

from typing import Any

_HYPHENS = frozenset({"-", "–", "‐"})

#: Entity labels of someone who can be kept from acting (an actor the knowledge base or the
#: parser's entities name).
_ACTOR_LABELS = frozenset({"TL_KB", "PERSON", "ORG", "NORP", "GPE"})


def hyphened(head: Any) -> bool:
    """Whether a participle is hyphened to the word before it ("Pakistan-occupied Kashmir",
    "Russian-backed separatists"): one adjective, which describes a noun."""
    doc = head.doc
    return head.i >= 2 and doc[head.i - 1].text in _HYPHENS and \
        not doc[head.i - 2].whitespace_ and not doc[head.i - 1].whitespace_


_TIME_LABELS = frozenset({"DATE", "TIME"})


def _an_actor(noun: Any) -> bool:
    """Whether a noun names someone who may act: a pronoun, or an entity of an actor on its
    head or its compounds ("India", "his colleagues' ministry"); a bare common noun of
    people ("his colleagues") counts too, as "warned his colleagues" addresses them."""
    return any(t.pos_ == "PRON" or t.ent_type_ in _ACTOR_LABELS or t.lower_ in _PEOPLE
               for t in (noun, *(c for c in noun.children if c.dep_ in ("compound", "poss"))))


#: Common nouns of people or bodies a warning may be given to.
_PEOPLE = frozenset({"colleagues", "officials", "leaders", "government", "governments",
                     "citizens", "people", "public", "nationals", "residents", "travellers",
                     "travelers", "authorities", "side", "sides", "partners", "allies",
                     "members", "neighbours", "neighbors", "countries", "states", "west"})


def _subjects(clause: Any) -> list[Any]:
    """A clause's subjects; in "warned the spill threatened their way of life" the parser
    takes the subject for the warning verb's object, so that object stands as the subject."""
    found = [c for c in clause.children if c.dep_ in ("nsubj", "nsubjpass")]
    if not found and clause.dep_ == "ccomp":
        found = [c for c in clause.head.children if c.dep_ == "dobj" and c.i < clause.i]
    return found


def names_someone(noun: Any) -> bool:
    """Whether a noun itself names someone who acts (a pronoun, an entity of an actor, a
    noun of people), not a thing of theirs ("Moscow's move", "China's dominance")."""
    return noun.pos_ == "PRON" or noun.ent_type_ in _ACTOR_LABELS or noun.lower_ in _PEOPLE \
        or noun.lemma_.lower() in _BODY_NOUNS


#: Nouns of a state's bodies and people, which act ("the ministry", "the government").
_BODY_NOUNS = frozenset({"ministry", "government", "minister", "president", "official",
                         "spokesman", "spokesperson", "army", "military", "embassy",
                         "parliament", "leader", "authority", "side", "country", "state"})

#: Nouns of a people at large, whose views are no act of their state ("the majority of
#: Georgian citizens support him", "Georgian citizens would respond").
_PUBLIC = frozenset({"citizen", "citizens", "people", "public", "population", "majority",
                     "resident", "residents", "voter", "voters", "national", "nationals",
                     "society", "populace", "electorate", "respondent", "respondents"})

#: Possessive pronouns that point back to the doer of the clause they stand in.
OWN_PRONOUNS = frozenset({"their", "its", "his", "her", "our", "my"})


def _noun_governor(head: Any, preps: tuple[str, ...]) -> Any:
    """The word that takes an act's noun as its object, directly or through one of *preps*
    ("violated the ceasefire agreement", "the truce and the accord", "abiding by the
    sanctions"), or None."""
    node = head
    while node.dep_ in ("conj", "compound") and node.head.i != node.i:
        node = node.head
    if node.dep_ == "pobj" and node.head.lower_ in preps:
        return node.head.head
    return node.head if node.dep_ in ("dobj", "nsubjpass") else None


#: Nouns of a state's own organs: what a leader orders them, the state does itself (an
#: administration of itself, no request of another actor).
OWN_ORGANS = frozenset({"authority", "authorities", "government", "official", "officials",
                        "ministry", "ministries", "cabinet", "minister", "ministers",
                        "army", "military", "troops", "forces", "force", "police",
                        "agency", "agencies", "service", "services", "staff",
                        "prosecutor", "prosecutors", "administration", "department",
                        "departments", "guard", "guards", "navy", "aides", "officers",
                        "commanders", "soldiers", "units", "regulators", "governors"})
