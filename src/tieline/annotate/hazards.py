"""Force and threats told of a hazard: a disease, a disaster or an accident, not an actor.

PLOVER's ASSAULT and COERCE are force used by an actor (a state, a group, a person acting
for one) on others, and THREATEN a statement an actor makes; CAMEO codes no event whose
source is nature. Words of force are also said of what nature and mishaps do: "ten people
were killed in accidents related to the storm", "a flood hit the region", "the unrest that
toppled the government now threatens the regime". The round-nine rule of
:mod:`tieline.annotate.nonacts` reads a hazard that is the verb's own subject ("the virus can
still kill"); the predicate here reads the hazard where English puts it otherwise: as the
cause a passive verb names ("killed in the earthquake", "killed by the floods"), or as the
noun a relative pronoun stands for ("the unrest that threatens ..."). "Ten people were
killed in clashes", "the soldiers who attacked the village" stay acts (round 11).
"""

from __future__ import annotations

from typing import Any

#: Nouns of what happens with no actor using force: diseases, nature's disasters, mishaps
#: and social conditions ("accidents", "the hurricane", "an outbreak", "unrest").
HAZARDS = frozenset({
    "accident", "accidents", "crash", "crashes", "collision", "derailment", "stampede",
    "collapse", "storm", "storms", "hurricane", "typhoon", "cyclone", "tornado", "flood",
    "floods", "flooding", "earthquake", "quake", "tsunami", "landslide", "landslides",
    "mudslide", "avalanche", "eruption", "drought", "famine", "heatwave", "wildfire",
    "wildfires", "disaster", "outbreak", "epidemic", "pandemic", "virus", "flu", "influenza",
    "disease", "illness", "infection", "spill", "leak", "slick", "unrest", "discontent",
    "inflation", "recession", "crisis", "weather", "cold", "heat",
    # diseases by name (round 18: "cholera killed 42 people" names no one who killed)
    "cholera", "measles", "malaria", "ebola", "covid", "covid-19", "coronavirus", "dengue",
    "typhoid", "tuberculosis", "plague", "polio", "smallpox", "anthrax", "cancer", "sars",
    "mers", "diphtheria", "meningitis", "hepatitis", "pneumonia", "aids", "hiv"})
#: Prepositions that name a passive verb's cause ("killed in", "by", "from", "during").
_CAUSE_PREPS = frozenset({"in", "by", "from", "during", "after", "amid"})
#: Labels of names: a named storm is a hazard only by its noun ("Hurricane Alex").
_NAMES = frozenset({"TL_KB", "PERSON", "ORG", "NORP", "GPE"})
_RELATIVE = frozenset({"that", "which"})
#: Nouns that name a kind of what their "of" phrase names ("the kind of unrest that ...").
_KINDS = frozenset({"kind", "type", "sort", "form", "wave"})


def _hazard(noun: Any) -> bool:
    return (noun.lower_ in HAZARDS or noun.lemma_.lower() in HAZARDS) and \
        noun.ent_type_ not in _NAMES


def _causes(verb: Any) -> list[Any]:
    """The nouns a passive *verb*'s "in"/"by"/"from" phrases name, its agent's among them."""
    return [o for c in verb.children if c.dep_ in ("prep", "agent") and
            c.lower_ in _CAUSE_PREPS for o in c.children if o.dep_ == "pobj"]


def done_by_a_hazard(head: Any) -> bool:
    """Whether the verb of force or threat *head* tells what a hazard did: passive, with a
    hazard for its cause and no actor as agent ("were killed in accidents", "was hit by the
    storm"); or active, its subject a relative pronoun standing for a hazard ("the unrest
    that now threatens the regime")."""
    if not head.tag_.startswith("VB"):
        return False
    if any(c.dep_ == "auxpass" for c in head.children) or \
            head.tag_ == "VBN" and head.dep_ in ("acl", "ROOT") and \
            any(c.dep_ == "nsubjpass" for c in head.children):
        causes = _causes(head)
        agents = [o for c in head.children if c.dep_ == "agent" for o in c.children
                  if o.dep_ == "pobj"]
        return any(_hazard(o) for o in causes) and all(_hazard(a) for a in agents)
    subj = [c for c in head.children if c.dep_ == "nsubj"]
    if head.dep_ == "conj" and not subj:
        up = head.head
        subj = [c for c in up.children if c.dep_ == "nsubj"]
        head = up
    if not subj or subj[0].lower_ not in _RELATIVE:
        return False
    clause = head
    while clause.dep_ == "conj" and clause.head.i != clause.i:
        clause = clause.head
    if clause.dep_ != "relcl":
        return False
    noun = clause.head
    if noun.lemma_.lower() in _KINDS:  # "the kind of unrest that ..."
        noun = next((o for c in noun.children if c.dep_ == "prep" and c.lower_ == "of"
                     for o in c.children if o.dep_ == "pobj"), noun)
    return _hazard(noun)
