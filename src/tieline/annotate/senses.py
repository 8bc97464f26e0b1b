"""Words that match an entry in a sense that is no act of one actor toward another.

PLOVER codes what an actor does to another; an entry's word may be used of someone or
something that is no such actor, or tell a part in an act rather than the act. The coder's
pattern check (``matching._fits``) asks :func:`tells_another_sense`, which holds the
eighteenth round's kinds (issue 22):

* a people at large on the move: "thousands of Russian men left Russia", "Russians currently
  visiting Georgia" (migration and private travel, not a state leaving a group or visiting);
* a person's part in force: "accused him of participating in Georgian aggression", "he took
  part in the military operations" (a biography, no act reported at a time);
* an act's noun as the topic of its aftermath: "the consequences of Russian aggression", "the
  anniversary of the invasion" (a known past named, no act told);
* "attack" of a person on a company, a person or words: "Mr Obama's attack on BP" (CAMEO 111
  criticism, not an assault);
* a thing that denies, offers or restrains: "the bill has nothing to do with Russia" (CAMEO's denial
  is an actor's; a thing's relation is no denial), "the area prevented soldiers from ..."
  (terrain keeps no one: no actor restrains), "cholera killed 42 people" (a disease);
* a pattern's modifier said of another noun: "its logistics operation and military
  activities" names no military operation;
* "demonstrate" in the sense show ("demonstrated goodwill"), "support" in the sense
  corroborate ("offered no proof to support his claims").

The predicates read only the parse and the entity labels the actor stage left on it.
"""

from __future__ import annotations

from typing import Any

from .acting import _ACTOR_LABELS, _PUBLIC, names_someone
from .dangers import _SAID_OR_HELD
from .hazards import HAZARDS
from .journeys import _TRAVELLERS, _goer

#: Entity labels of a place or a state, at which an act of force may be aimed.
_PLACES = frozenset({"GPE", "LOC", "FAC", "NORP", "TL_KB"})

#: Words of a number of people ("thousands of Russians"): the people are in their "of".
_MANY = frozenset({"thousands", "hundreds", "millions", "dozens", "tens", "scores", "many",
                   "some", "most", "number", "crowds", "waves", "flood", "exodus"})


def _people_at_large(noun: Any) -> bool:
    """Whether a noun is a people at large: a bare plural demonym ("Russians", not "the
    Russians", which news uses for a state's side), or a noun of private persons or of the
    public ("men", "citizens", "residents")."""
    if noun.lower_ in _MANY or noun.ent_type_ == "CARDINAL" and noun.tag_ == "NNS":
        inner = [o for c in noun.children if c.dep_ == "prep" and c.lower_ == "of"
                 for o in c.children if o.dep_ == "pobj"]
        return any(_people_at_large(o) for o in inner)
    if noun.lower_ in _TRAVELLERS or noun.lower_ in _PUBLIC:
        return True
    bare = not any(c.dep_ in ("det", "poss") for c in noun.children)
    return bare and noun.tag_ == "NNPS" and noun.ent_type_ in ("TL_KB", "NORP")


def people_on_the_move(head: Any, entry: Any) -> bool:
    """Whether a verb of leaving or visiting is done by a people at large ("Thousands of
    Russian men left Russia", "urged Russians currently visiting the country"): migration
    or private travel. PLOVER's leaving is a state or body withdrawing from a group, and its
    visit an official trip."""
    if entry.pos != "verb" or entry.mode not in ("leave", "visit"):
        return False
    goer = _goer(head)
    if goer is None and head.dep_ == "acl":
        goer = head.head  # "Russians visiting Georgia"
    return goer is not None and _people_at_large(goer)


#: Words of taking part in an act ("participated in", "took part in", "his role in").
_PARTAKING = frozenset({"participate", "partake", "involvement", "participation", "role",
                        "part", "complicity", "involve"})

#: Types of force, whose acts a person's part in them does not report.
_FORCE = frozenset({"ASSAULT", "COERCE", "MOBILIZE"})

#: Pronouns of one person, whose part in an act is their own story, not a state's act.
_ONE_PERSON = frozenset({"he", "she", "him", "her", "i", "me"})


def _partaker(verb: Any) -> Any:
    """Who takes part: the verb's subject, else the object or the subject of the verb its
    gerund hangs on ("accused him of spying and participating in")."""
    subject = next((c for c in verb.children if c.dep_ in ("nsubj", "nsubjpass")), None)
    node = verb
    for _ in range(4):
        if subject is not None:
            return subject
        if node.dep_ not in ("conj", "pcomp", "xcomp", "advcl", "prep") or \
                node.head.i == node.i:
            return None
        node = node.head
        if node.pos_ in ("VERB", "AUX"):
            subject = next((c for c in node.children if c.dep_ == "dobj"), None) or next(
                (c for c in node.children if c.dep_ in ("nsubj", "nsubjpass")), None)
    return subject


def a_persons_part(head: Any, entry: Any) -> bool:
    """Whether an act of force is what one person took part in ("accused him of participating
    in Georgian aggression", "she took part in the military operations"): the person's past,
    which the sentence tells, not an act reported (PLOVER codes the act where it is told).
    Talks one takes part in ("will participate in negotiations with X") are the person's
    own act and are kept."""
    if entry.pos != "noun" or entry.type not in _FORCE or head.dep_ != "pobj" or \
            head.head.lower_ != "in":
        return False
    verb = head.head.head
    word = verb.lemma_.lower()
    if word == "take":
        word = next((c.lemma_.lower() for c in verb.children if c.dep_ == "dobj"), "")
    if word not in _PARTAKING:
        return False
    if verb.pos_ in ("NOUN", "PROPN") and word != "part":
        owner = next((c for c in verb.children if c.dep_ == "poss"), None)
    else:
        owner = _partaker(verb)
    return owner is not None and (owner.lower_ in _ONE_PERSON or owner.ent_type_ == "PERSON")


#: Nouns whose "of" names a known act as their topic: its aftermath, memory or count.
_AFTERMATH = frozenset({"consequence", "consequences", "aftermath", "legacy", "anniversary",
                        "memory", "memories", "history", "lessons", "scars", "outcome",
                        "results", "effects", "impact", "toll", "cost", "costs"})


def names_a_known_past(head: Any, entry: Any) -> bool:
    """Whether an act's noun, with no date and no one it is aimed at, is the topic of its
    aftermath ("the consequences of Russian military aggression", "the anniversary of the
    invasion"): a past known to the reader is named, no act is told. A dated or aimed act
    ("the consequences of the invasion of Georgia in 2008") is kept as the record of it."""
    if entry.pos != "noun" or head.dep_ != "pobj" or head.head.lower_ != "of":
        return False
    aftermath = head.head.head
    if aftermath.lower_ not in _AFTERMATH:
        return False
    aimed = any(o.ent_type_ in _PLACES for c in head.children if c.dep_ == "prep"
                for o in c.children if o.dep_ == "pobj")
    return not aimed and not any(t.ent_type_ in ("DATE", "TIME") for t in aftermath.subtree)


#: Titles that mark one person ("Mr Obama's attack").
_TITLES = frozenset({"mr", "mr.", "mrs", "mrs.", "ms", "ms.", "dr", "dr.", "senator",
                     "sen.", "congressman", "congresswoman", "rep.", "governor", "gov."})


def _one_person(noun: Any) -> bool:
    return noun.ent_type_ == "PERSON" or any(
        c.dep_ == "compound" and c.lower_ in _TITLES for c in noun.children)


def attacks_a_body_in_words(head: Any, entry: Any) -> bool:
    """Whether the noun "attack" is one person's attack on a company, a person or words
    ("Mr Obama's attack on BP", "the senator's attack on the policy"): criticism (CAMEO 111),
    not force; an attack on a place or a state ("Putin's attack on Ukraine") stays one."""
    if entry.type != "ASSAULT" or entry.pos != "noun" or head.lemma_.lower() != "attack":
        return False
    owner = next((c for c in head.children if c.dep_ == "poss"), None)
    if owner is None or not _one_person(owner):
        return False
    aimed = [o for c in head.children if c.dep_ == "prep" and c.lower_ in ("on", "against")
             for o in c.children if o.dep_ == "pobj"]
    return bool(aimed) and all(
        o.lemma_.lower() in _SAID_OR_HELD or
        o.ent_type_ in ("ORG", "PERSON") for o in aimed)


#: Nouns of terrain and weather, which keep people out but do nothing to anyone.
_TERRAIN = frozenset({"area", "terrain", "mountain", "mountains", "river", "road", "roads",
                      "weather", "snow", "rain", "winter", "storm", "fog", "ice", "valley",
                      "pass", "altitude", "geography", "lake", "sea", "distance", "ridge",
                      "slope", "slopes", "climate", "landscape"})


#: Nouns of an agreement, a measure or a work, which offer or promise what they bring and
#: intend nothing (PLOVER's AGREE is an actor's offer or promise).
_INSTRUMENTS = frozenset({"agreement", "deal", "treaty", "accord", "pact", "plan", "law",
                          "bill", "decree", "project", "programme", "program", "base",
                          "pipeline", "route", "corridor", "port", "decision", "measure",
                          "reform", "initiative", "investment"})


def done_by_a_thing(head: Any, entry: Any, tokens: list[Any]) -> bool:
    """Whether the doer of a denial, an offer, a restraint or force is a thing ("the bill has
    nothing to do with Russia": what the bill is, no one's denial; "the agreement would offer
    a boost to Russia": what it brings, no one's offer; "the area prevented soldiers from
    reaching ...": terrain, no actor restrains; "cholera killed 42 people": a disease by
    name, no one used force)."""
    subject = next((c for c in head.children if c.dep_ == "nsubj"), None)
    if subject is None or entry.pos != "verb":
        return False
    if entry.type == "REJECT" and any(t.lower_ == "nothing" for t in tokens):
        if subject.pos_ == "PRON":
            return subject.lower_ in ("it", "this", "that")
        return not names_someone(subject) and not any(
            t.ent_type_ in _ACTOR_LABELS for t in subject.subtree)
    if entry.type == "AGREE" and entry.intent:
        return subject.lemma_.lower() in _INSTRUMENTS and not subject.ent_type_
    if entry.type in ("COERCE", "ASSAULT"):
        if subject.lower_ in HAZARDS:  # (the parser may take "Cholera" for a body)
            return subject.ent_type_ not in ("TL_KB", "PERSON", "GPE", "NORP")
        return subject.lower_ in _TERRAIN and not subject.ent_type_
    return False


def shows_a_quality(head: Any, entry: Any) -> bool:
    """Whether "demonstrate" means show ("demonstrated goodwill", "demonstrated that it is
    ready", "a demonstration of resolve"): a protest march (CAMEO 141) is intransitive, aimed
    "against" or "for" something; with an object or a clause the verb shows or proves it."""
    if entry.type != "PROTEST" or not head.lemma_.lower().startswith("demonstrat"):
        return False
    if entry.pos == "verb":
        return any(c.dep_ in ("dobj", "ccomp") for c in head.children)
    shown = [o for c in head.children if c.dep_ == "prep" and c.lower_ == "of"
             for o in c.children if o.dep_ == "pobj"]
    return bool(shown) and not any(names_someone(o) or o.lower_ in _TRAVELLERS
                                   or o.ent_type_ in ("CARDINAL",) for o in shown)


#: Nouns of a proposition, which facts support (corroborate) rather than actors back.
_PROPOSITIONS = frozenset({"claim", "claims", "allegation", "allegations", "assertion",
                           "assertions", "theory", "theories", "version", "argument",
                           "arguments", "hypothesis", "conclusion", "conclusions", "suspicion",
                           "suspicions", "accusation", "accusations", "contention", "notion",
                           "narrative", "thesis", "belief"})

#: Nouns of evidence, which support a proposition and back no one.
_EVIDENCE = frozenset({"evidence", "proof", "proofs", "data", "fact", "facts", "finding",
                       "findings", "footage", "document", "documents", "photo", "photos",
                       "photograph", "photographs", "video", "videos", "record", "records",
                       "testimony", "figures", "statistics"})


def corroborates(head: Any, entry: Any) -> bool:
    """Whether "support" means corroborate ("offered no proof to support its claims", "the
    evidence supports the allegations"): what is supported is a proposition, or what
    supports is evidence. PETRARCH's SUPPORT objects are proposals, plans, efforts and
    demands; a claim "to" or "over" a territory is backed (CAMEO 051) and kept."""
    if entry.type != "SUPPORT" or entry.pos != "verb" or \
            head.lemma_.lower() not in ("support", "back", "corroborate", "bolster"):
        return False
    doer = next((c for c in head.children if c.dep_ == "nsubj"), None)
    if head.dep_ == "acl":
        doer = head.head  # "proof to support its claims"
    if doer is not None and doer.lemma_.lower() in _EVIDENCE:
        return True
    told = [c for c in head.children if c.dep_ in ("dobj", "nsubjpass")]
    return bool(told) and all(
        o.lower_ in _PROPOSITIONS and not any(c.dep_ == "prep" and c.lower_ in ("to", "over")
                                              for c in o.children) for o in told)


def modifies_a_conjunct(head: Any, tokens: list[Any]) -> bool:
    """Whether a pattern's modifier belongs to a noun coordinated with the head ("a boost to
    Russia's logistics operation and military activities": "military" is said of the
    activities, so no "military operation" is named). A modifier before the first noun
    ("military operations and exercises") is the head's own and is kept."""
    return any(t.dep_ in ("amod", "compound") and t.head.i != head.i and
               t.head.dep_ == "conj" and t.head.head.i == head.i and t.i > head.i
               for t in tokens[1:])


def tells_another_sense(head: Any, entry: Any, tokens: list[Any]) -> bool:
    """Whether the words use the entry's word in a sense that is no act (round 18)."""
    return (people_on_the_move(head, entry) or a_persons_part(head, entry) or
            names_a_known_past(head, entry) or attacks_a_body_in_words(head, entry) or
            done_by_a_thing(head, entry, tokens) or shows_a_quality(head, entry) or
            corroborates(head, entry) or modifies_a_conjunct(head, tokens))
