"""Words of going, leaving and joining that tell no visit, departure or membership.

A verb of motion is a visit only when it goes to a place ("returned to Beijing"), not when it
"returns to the negotiations" or "comes to a consensus" (CAMEO 042/043: a trip *to* another
actor's territory); a departure is no leaving of an organisation ("has left for the villa"), a
bare "left" leaves no group; "back out" retreats, "pull Armenia out" moves another state; a
private trip (tourists, family, a relative pronoun's traveller) is no state's visit;
"join me now" joins a broadcast; a membership one is a candidate for is only sought; an
evacuation of things, places or one's own people aids no one; "when it comes to" goes nowhere.
"""

from __future__ import annotations

from typing import Any

#: Verbs of going somewhere that the visit entry reads with a preposition ("travel to").
MOTION_VERBS = frozenset({"travel", "arrive", "fly", "go", "come", "return", "head"})

#: Entity labels of a place one can travel to (TL_KB: a country, capital or region the
#: knowledge base knows; spaCy's GPE, LOC and FAC for the others).
_PLACE_LABELS = frozenset({"TL_KB", "GPE", "LOC", "FAC"})

#: Words that name a place of one's own state without an entity ("returned home").
_PLACE_WORDS = frozenset({"home", "homeland", "capital"})


def goes_nowhere(head: Any, tokens: list[Any]) -> bool:
    """Whether a motion verb matched as a visit ("return to", "come to") leads to no place:
    no preposition of its own with the pattern's word names one. The pattern's word may be
    another phrase's ("came during X's visit to Delhi": the "to" is the visit's), an
    infinitive's marker ("compelled them to return to their posts") or lead to no place
    ("return to the negotiations", "come to a consensus")."""
    if head.lemma_.lower() not in MOTION_VERBS or len(tokens) < 2:
        return False
    words = {t.lower_ for t in tokens[1:] if t.pos_ in ("ADP", "PART")}
    if not words:
        return False
    own = [head, *(c for c in head.children if c.dep_ in ("advmod", "prt"))]  # "back to"
    preps = [c for o in own for c in o.children if c.dep_ == "prep" and c.lower_ in words]
    return not any(_names_place(o) for p in preps for o in p.children if o.dep_ == "pobj")


def _names_place(noun: Any) -> bool:
    """Whether a noun phrase names a place: an entity of a place, or a place word, in the
    phrase itself, not in a clause that describes it ("came to a consensus to disengage
    along the Line of Actual Control": the consensus is no place)."""
    clauses = [c for c in noun.children if c.dep_ in _CLAUSES]
    inside = {t.i for c in clauses for t in c.subtree}
    return any(t.ent_type_ in _PLACE_LABELS or t.lower_ in _PLACE_WORDS
               for t in noun.subtree if t.i not in inside)


#: Dependencies of a clause that describes a noun (a relative or infinitive clause).
_CLAUSES = frozenset({"relcl", "acl", "advcl"})

#: Nouns of a place one departs from or for ("left their country", "left the village").
_PLACE_NOUNS = frozenset({"country", "home", "homeland", "city", "town", "village", "region",
                          "capital", "territory", "area", "hall", "room", "building", "venue",
                          "chamber", "scene", "site", "office", "premises"})


def departs(head: Any) -> bool:
    """Whether a verb of leaving tells a departure, not leaving an organisation: it goes
    "for" or "to" somewhere ("has left for the village of Sinaguri") or leaves a place
    ("Russians who have left their country"). PLOVER's leaving (SANCTION) is withdrawing from
    a group, treaty or organisation."""
    if any(c.dep_ == "prep" and c.lower_ in ("for", "to") for c in head.children):
        return True
    return any(c.dep_ == "dobj" and c.lemma_.lower() in _PLACE_NOUNS for c in head.children)


#: Particles that turn "back" from supporting into retreating ("back out", "back down").
_BACKING_AWAY = frozenset({"out", "down", "off", "away"})


def backs_away(head: Any) -> bool:
    """Whether "back" is the phrasal verb of retreating ("troops should back out", "Delhi
    backed down"), not of supporting someone ("Moscow backed the separatists")."""
    return head.lemma_.lower() == "back" and any(
        c.dep_ in ("prt", "advmod", "prep") and c.lower_ in _BACKING_AWAY
        for c in head.children)


#: Entity labels of an actor a verb of withdrawing may move (a state, a person or a body the
#: knowledge base or the parser's entities name), rather than forces.
_MOVED_ACTORS = frozenset({"TL_KB", "GPE", "PERSON", "ORG"})


def pulls_another_out(head: Any) -> bool:
    """Whether a verb of withdrawing moves another actor ("aims to pull Armenia out of
    Moscow's orbit"): what is pulled out is a state, not the doer's forces, so no forces
    retreat (PLOVER RETREAT: withdrawing one's forces from an area)."""
    return any(c.dep_ == "dobj" and c.ent_type_ in _MOVED_ACTORS for c in head.children)


#: Verbs of leaving a group when they name one ("left the alliance", "quit the bloc").
_LEAVING = frozenset({"leave", "quit", "exit"})

#: Nouns of a group, a treaty or a forum one may leave.
_GROUPS = frozenset({"alliance", "bloc", "union", "organisation", "organization", "treaty",
                     "pact", "agreement", "accord", "coalition", "group", "grouping",
                     "membership", "council", "commission", "talks", "negotiations",
                     "deal", "convention", "mechanism", "format", "body", "block",
                     "federation", "community", "partnership", "initiative", "framework",
                     "process", "forum", "session", "meeting", "summit", "government",
                     "court", "assembly", "party", "club", "league", "zone", "arrangement",
                     "protocol", "programme", "program", "mission", "force", "contingent"})


def leaves_no_group(head: Any) -> bool:
    """Whether a bare verb of leaving names no group left: no object ("until Mubarak
    leaves", "cleaned their feet and left"), or one that is a thing, a place or people
    ("left the safety of his flat", "leaves behind his wife", "left BP reluctant"). PLOVER's
    leaving (SANCTION) is withdrawing from an organisation, a treaty or talks the text
    names; a state or body named as object is kept ("left the CSTO")."""
    if head.lemma_.lower() not in _LEAVING or not head.tag_.startswith("VB"):
        return False
    objects = [c for c in head.children if c.dep_ in ("dobj", "nsubjpass")]
    if head.dep_ == "relcl" and not objects:
        return False  # "the bloc that Armenia left": the noun it describes is the object
    if not objects:
        return True
    return not any(o.lemma_.lower() in _GROUPS or o.lower_ in _GROUPS or
                   o.ent_type_ in ("TL_KB", "ORG", "GPE", "NORP") or o.pos_ == "PRON"
                   and o.lower_ in ("it", "them") for o in objects)


def joins_company(head: Any) -> bool:
    """Whether "join" joins a speaker's company ("Joining me now is the senator", "he is
    joining us from Cairo"): a broadcast's or a host's words, not joining a group (PLOVER
    COOPERATE join: an organisation, an alliance, a coalition)."""
    return head.lemma_.lower() == "join" and \
        any(c.dep_ == "dobj" and c.lower_ in ("me", "us") for c in head.children) and \
        not any(c.dep_ == "prep" and c.lower_ == "in" and
                any(o.dep_ == "pcomp" or o.tag_ == "VBG" for o in c.children)
                for c in head.children)  # "join us in condemning": an act shared


#: People who travel on their own account: their trips are no state's visit (PLOVER
#: CONSULT visit: an official trip to another actor).
_TRAVELLERS = frozenset({"tourist", "tourists", "traveller", "travellers", "traveler",
                         "travelers", "holidaymaker", "holidaymakers", "vacationer",
                         "vacationers", "visitor", "visitors", "pilgrim", "pilgrims",
                         "passenger", "passengers", "backpacker", "backpackers", "fan",
                         "fans", "student", "students", "migrant", "migrants", "shopper",
                         "shoppers", "sightseer", "sightseers", "skier", "skiers",
                         # a state's people at large: their travel is no state's visit
                         "citizen", "citizens", "national", "nationals", "resident",
                         "residents", "civilian", "civilians", "people",
                         # private persons a report follows (round 10: "a pupil who
                         # visited the US", "the patient had traveled to Mexico")
                         "pupil", "pupils", "patient", "patients", "teacher", "teachers",
                         "man", "men", "woman", "women", "boy", "boys", "girl", "girls",
                         "child", "children", "couple", "individual", "individuals",
                         "person", "persons"})

#: Of those, the words for anyone: said of one named, they tell who, not that he is private.
_ANYONE = frozenset({"man", "men", "woman", "women", "boy", "boys", "girl", "girls", "person",
                     "persons", "individual", "individuals", "people", "couple", "child",
                     "children"})

#: Whom one visits on a private trip, and words that make a trip private.
_KIN = frozenset({"sister", "brother", "mother", "father", "parent", "parents", "family",
                  "relative", "relatives", "friend", "friends", "son", "daughter", "wife",
                  "husband", "grandmother", "grandfather", "grandparents", "cousin",
                  "girlfriend", "boyfriend", "children", "aunt", "uncle"})

_PRIVATE = frozenset({"tourist", "private", "family", "personal", "holiday", "leisure",
                      "vacation", "sightseeing", "honeymoon", "shopping", "ski",
                      "fishing", "hunting", "charter", "camping", "school"})  # (round 10)


def travels_privately(head: Any) -> bool:
    """Whether a word of visiting tells a private trip, not a state's visit (PLOVER CONSULT
    visit is an official trip to another actor): the one who goes is a tourist, a traveller
    or a pilgrim ("Russian tourists flocked to Georgia", "advised travellers not to go to
    Mexico", "tourists start coming back to Egypt"), the one visited is kin ("while visiting
    her sister"), or the trip is called private ("a private visit to Tbilisi", "tourist
    trips")."""
    kids = list(head.children)
    if any(c.dep_ in ("compound", "amod") and c.lower_ in _PRIVATE for c in kids):
        return True
    if any(c.dep_ in ("dobj", "pobj") and c.lower_ in _KIN for c in kids) or any(
            o.lower_ in _KIN for c in kids if c.dep_ == "prep" for o in c.children
            if o.dep_ == "pobj"):
        return True
    doer = _goer(head)
    if doer is not None and doer.lower_ in ("who", "that") and doer.head.dep_ == "relcl":
        doer = doer.head.head  # "two individuals who had returned from Mexico" (round 11)
    return doer is not None and (doer.lower_ in _TRAVELLERS or any(
        c.dep_ == "compound" and c.lower_ in _TRAVELLERS or
        c.dep_ == "appos" and c.lower_ in _TRAVELLERS - _ANYONE for c in doer.children))
    # ("Tom Hill, a student from X, had returned to Y": the one named is a student; not
    # "Watt, the man who created MMS", which says who he is)


def _goer(verb: Any) -> Any:
    """The one who goes: the verb's subject, else (an infinitive or a verb a verb carries)
    the object or subject of the verb above it ("advised travellers not to go", "tourists
    start coming back"); a noun's owner or its "of" or "by" phrase ("trips of Georgian
    citizens to Russia", "the resumption of trips by Indian pilgrims")."""
    if verb.pos_ in ("NOUN", "PROPN"):
        return next((o for c in verb.children
                     for o in ([c] if c.dep_ == "poss" else
                               [x for x in c.children if x.dep_ == "pobj"]
                               if c.dep_ == "prep" and c.lower_ in ("of", "by") else [])),
                    None)
    node = verb
    for _ in range(4):  # (a chain of infinitives)
        subject = next((c for c in node.children if c.dep_ in ("nsubj", "nsubjpass")), None)
        if subject is not None:
            return subject
        if node.dep_ not in ("xcomp", "conj", "advcl") or node.head.i == node.i:
            return None
        told = next((c for c in node.head.children if c.dep_ == "dobj"), None)
        if told is not None and node.dep_ == "xcomp":
            return told
        node = node.head
    return None


#: Nouns of a path toward membership: membership "for" or "to" which one is a candidate or
#: on the road is sought, not had ("a candidate for EU membership", "the path to NATO
#: membership").
_SEEKING = frozenset({"candidate", "candidates", "candidacy", "candidature", "path", "road",
                      "way", "route", "roadmap", "perspective", "prospect", "hopes",
                      "aspirant", "contender"})


def membership_sought(head: Any) -> bool:
    """Whether a noun of joining is only sought: the membership or accession a candidate is
    "for" ("the status of a candidate for EU membership", "on the path to membership"), not
    a joining done (COOPERATE:join is joining or being admitted; being granted candidate
    status is told by its own words)."""
    node = head
    while node.dep_ in ("conj", "compound") and node.head.i != node.i:
        node = node.head
    if node.dep_ != "pobj" or node.head.lower_ not in ("for", "to", "of", "towards", "toward"):
        return False
    return node.head.head.lemma_.lower() in _SEEKING or node.head.head.lower_ in _SEEKING


#: What is evacuated when an evacuation aids no one: things and places ("evacuated its
#: ships", "evacuate the rig"), and one's own people abroad or at work ("evacuated its
#: staff", "42 Americans were evacuated"): CAMEO codes evacuating staff, foreign people or
#: an embassy 160-161 (a reduction of relations) and positions 0874 (a retreat); aid is
#: evacuating refugees, families or the wounded (073, 074).
_NOT_AIDED = frozenset({"vessel", "vessels", "ship", "ships", "boat", "boats", "rig", "rigs",
                        "platform", "platforms", "equipment", "building", "buildings",
                        "area", "areas", "town", "city", "village", "airport", "site",
                        "office", "offices", "embassy", "consulate", "plant", "well",
                        "staff", "worker", "workers", "employee", "employees", "crew",
                        "crews", "personnel", "diplomat", "diplomats", "citizen", "citizens",
                        "national", "nationals", "delegation", "tourist", "tourists",
                        "position", "positions", "base", "bases"})


def evacuates_no_one_aided(head: Any) -> bool:
    """Whether an evacuation aids no one: what is evacuated is a thing or a place, or the
    evacuator's own people (staff, crews, nationals, a people's name: "42 Americans have
    been evacuated from Egypt"). PLOVER AID is given to another actor."""
    if head.lemma_.lower() not in ("evacuate", "evacuation"):
        return False
    passive = any(c.dep_ == "auxpass" for c in head.children)
    moved = [c for c in head.children if c.dep_ == ("nsubjpass" if passive else "dobj")]
    moved += [o for c in head.children if c.dep_ == "prep" and c.lower_ == "of"
              for o in c.children if o.dep_ == "pobj"]
    return bool(moved) and all(
        m.lower_ in _NOT_AIDED or m.lemma_.lower() in _NOT_AIDED or
        m.ent_type_ in ("NORP", "GPE", "LOC", "FAC", "TL_KB") for m in moved)


def comes_to_a_topic(head: Any) -> bool:
    """Whether a verb of going is the idiom "when it comes to" ("the role of the United
    States when it comes to violence in X"): "it" goes nowhere; the phrase names a topic."""
    return head.lemma_.lower() == "come" and any(
        c.dep_ == "nsubj" and c.lower_ == "it" for c in head.children) and any(
        c.dep_ == "prep" and c.lower_ == "to" for c in head.children)
