"""Dangers, forecasts and words: threats, warnings and force that no actor aims at another.

PLOVER THREATEN is a warning one actor gives another of what it may do (CAMEO 13): a thing that
threatens ("the law threatens independent media"), a threat posed rather than made, a warning
of a happening no one does ("warned of a catastrophe"), a writer's forecast of a response, a
hazard alert, readiness for a danger and a warning of one's own side's act are not; a warning
that tells what will be criticises no one. Force used on animals, substances, images, prizes or
by a disease is no ASSAULT; an "attack" on remarks or with words is an accusation (CAMEO 111);
resources or support mobilised are no force (PLOVER MOBILIZE).
"""

from __future__ import annotations

from typing import Any

from .acting import _ACTOR_LABELS, _PUBLIC, _TIME_LABELS, _an_actor, _subjects

#: Things that "threaten" only as a danger does ("the law threatens independent media",
#: "the crisis threatens the talks"): PLOVER THREATEN is a warning one actor gives another.
_THING_SUBJECTS = frozenset({"law", "bill", "legislation", "measure", "move", "step",
                             "policy", "decision", "situation", "development", "crisis",
                             "conflict", "war", "tension", "tensions", "escalation", "deal",
                             "project", "change", "rule", "regulation", "amendment",
                             "proposal", "plan", "dispute", "standoff", "row", "violence",
                             "instability", "pandemic", "virus"})

#: Verbs whose object "threat" is a danger something is, not a warning given ("did not
#: pose a threat to each other", "constitutes a threat to security").
_BEING_A_DANGER = frozenset({"pose", "constitute", "represent", "present", "remain", "be",
                             "become", "see", "view", "perceive", "consider", "regard"})


def names_a_danger(head: Any) -> bool:
    """Whether a word of threatening names a danger rather than a threat made: a thing
    that threatens ("the Russian law threatens independent media") or a threat one poses or
    is seen as ("didn't pose a threat to each other", "views it as a threat"). A threat
    made is a warning of what its maker will do (CAMEO 13, PLOVER THREATEN)."""
    if head.pos_ == "VERB" or head.tag_.startswith("VB"):
        subjects = [c for c in head.children if c.dep_ == "nsubj"]
        return bool(subjects) and all(s.lemma_.lower() in _THING_SUBJECTS and not s.ent_type_
                                      for s in subjects)
    governor = head.head
    if head.dep_ == "pobj" and governor.lower_ == "as":
        governor = governor.head  # "sees India as a threat"
    return head.dep_ in ("dobj", "attr", "pobj", "oprd") and \
        governor.lemma_.lower() in _BEING_A_DANGER


#: What a warning or a threat announces when it is a threat made: an act its maker may do
#: (CAMEO 13, PLOVER THREATEN). PETRARCH's CAMEO dictionary codes "warn of response",
#: "warn ... consequences", "warn ... severe reprisals" 130 (threaten), but "warn of risk",
#: "warn of catastrophe", "warn of growing crisis", "warn of disastrous consequences" 012 or
#: 110 (a pessimistic comment): a warning of a danger no one will do is no threat.
_THREATENED_ACTS = frozenset({
    "response", "responses", "retaliation", "reprisal", "reprisals", "consequence",
    "consequences", "measure", "measures", "countermeasure", "countermeasures", "action",
    "actions", "step", "steps", "sanction", "sanctions", "force", "strike", "strikes",
    "attack", "attacks", "war", "punishment", "penalty", "penalties", "tariff", "tariffs",
    "boycott", "expulsion", "retribution", "riposte", "ripostes", "confrontation",
    "intervention", "invasion", "embargo", "ban", "veto", "lawsuit", "suit", "arrest",
    "closure", "pressure"})

#: Verbs whose object "threat" is a threat someone makes or gets ("issued threats", "received
#: a threat to blow up the base", "carried out its threat").
_MAKING_A_THREAT = frozenset({"make", "issue", "receive", "carry", "repeat", "reiterate",
                              "voice", "send", "level", "deliver", "renew", "execute",
                              "follow", "back", "withdraw", "drop", "get"})

#: Things that threaten as dangers do ("the spill threatening the coast", "economic
#: discontent could threaten stability"): a happening or a condition, no actor.
_DANGERS = frozenset({"spill", "oil", "slick", "leak", "disaster", "flood", "floods", "storm",
                      "hurricane", "outbreak", "flu", "disease", "epidemic", "fire", "fires",
                      "drought", "discontent", "inflation", "recession", "unrest", "famine",
                      "smoke", "pollution", "contamination"})

_WARNING_WORDS = frozenset({"warn", "caution", "warning"})


def warns_of_a_danger(head: Any) -> bool:
    """Whether a word of warning tells of a danger rather than threatens: it warns "of" or
    "about" a happening no one is said to do ("were warning of a leak", "warned of risks"),
    or that something no actor does will happen ("warned that negotiations may fail", "the
    disaster could slow exploration, the agency warned", "a travel warning for Egypt"). That
    is a forecast, a pessimistic comment (CAMEO 012), not a threat (CAMEO 13: what its maker
    will do). A warning given to someone ("warned India of interference", "warned X not to
    go") or of an act ("warned of appropriate measures", "warned that it would retaliate")
    stays a threat."""
    if head.lemma_.lower() not in _WARNING_WORDS:
        return False
    kids = list(head.children)
    if head.pos_ == "NOUN" and any(c.lower_ == "travel" for c in kids
                                   if c.dep_ in ("compound", "amod")):
        return True  # "a travel warning for Egypt": advice to travellers
    if any(c.dep_ == "xcomp" or c.dep_ in ("dobj", "dative") and _an_actor(c) for c in kids):
        return False  # told to someone, or "not to" do something
    told = [o for c in kids if c.dep_ == "prep" and c.lower_ in ("of", "about")
            for o in c.children if o.dep_ in ("pobj", "pcomp")]
    if told:
        return not any(_an_act(o) for o in told)
    clauses = [c for c in kids if c.dep_ == "ccomp"]
    if head.dep_ in ("ccomp", "parataxis") and head.head.i < head.i:
        clauses.append(head.head)  # "X could slow Y, the agency warned" (parsed either way)
    return bool(clauses) and all(_no_actor_does(c) for c in clauses)


def _an_act(noun: Any) -> bool:
    """Whether what is warned of or threatened is an act someone may do: a noun of one
    ("measures", "sanctions") or a verb ("of using force")."""
    return noun.tag_.startswith("VB") or noun.lemma_.lower() in _THREATENED_ACTS or \
        noun.lower_ in _THREATENED_ACTS


def _no_actor_does(clause: Any) -> bool:
    """Whether a clause tells what will happen with no one doing it: its subject names no
    one who could act (no pronoun, no entity of an actor on its head or its compounds:
    "negotiations may fail", "the number of cases would rise"; not "we will respond",
    "Russia would retaliate"), and it is no judgment ("the move was not conducive")."""
    subjects = _subjects(clause)
    if clause.lemma_.lower() == "be" and any(s.lemma_.lower() in _DECISIONS for s in subjects):
        return False  # "warned that the move was not conducive to peace": a judgment of
        # someone's act, which criticises it ("the consequences could be serious" forecasts)
    return bool(subjects) and not any(_an_actor(s) for s in subjects)


#: Nouns of what someone decided or did, which a warning that it "is" so judges ("the move
#: was not conducive", "the decision is a mistake").
_DECISIONS = frozenset({"move", "step", "steps", "decision", "action", "actions", "policy",
                        "law", "bill", "legislation", "measure", "measures", "deal", "plan",
                        "proposal", "rule", "regulation", "amendment", "deployment",
                        "behaviour", "behavior", "conduct", "approach", "stance", "act",
                        "remarks", "statement", "statements", "visit", "decree"})


def names_a_threat_not_made(head: Any) -> bool:
    """Whether the noun "threat" names a danger, not a threat someone made: a threat is made
    by an actor ("Russia's threats"), made or received ("issued threats", "received a threat
    to blow up the base"), or is a threat of an act ("the threat of sanctions", "of using
    force"). "Security threats", "the threat to Israel", "the threat posed by the virus",
    "the threat of the spill reaching shore" name dangers (PLOVER THREATEN is a threat one
    actor makes to another)."""
    if head.lemma_.lower() != "threat" or head.pos_ != "NOUN":
        return False
    kids = list(head.children)
    if any(c.dep_ == "poss" for c in kids):
        return False
    if any(c.dep_ == "acl" and c.tag_ == "VBN" and c.lemma_.lower() in _BEING_A_DANGER
           for c in kids):
        return True  # "reiterated the threat posed by Russia": a danger Russia is (round 6)
    if any(c.dep_ in ("acl", "relcl") and c.tag_ == "VB" and
           any(a.dep_ == "aux" and a.lower_ == "to" for a in c.children) for c in kids):
        return False  # "a threat to blow up the base"
    if head.dep_ in ("dobj", "nsubjpass", "conj") and \
            head.head.lemma_.lower() in _MAKING_A_THREAT:
        return False
    if any(c.dep_ == "compound" and _an_act(c) for c in kids):
        return False  # "sanctions threats"
    return not any(_an_act(o) for c in kids if c.dep_ == "prep" and c.lower_ == "of"
                   for o in c.children if o.dep_ in ("pobj", "pcomp"))


def threatened_by_a_danger(head: Any) -> bool:
    """Whether the verb "threaten" has a danger for its doer: a participle after a happening
    ("the oil spill threatening the coast") or a subject that is one ("discontent could
    threaten stability")."""
    if head.lemma_.lower() != "threaten" or not head.tag_.startswith("VB"):
        return False
    doers = _subjects(head)
    if head.dep_ == "acl" and head.head.i < head.i:
        doers.append(head.head)
    return bool(doers) and all(d.lemma_.lower() in _DANGERS and d.ent_type_ not in _ACTOR_LABELS
                               for d in doers)


#: What is mobilised when no force is ("mobilize resources", "mobilise support", "are
#: mobilizing themselves to escape"): CAMEO 15 and PLOVER MOBILIZE are a military posture.
_NO_FORCE = frozenset({"resource", "resources", "fund", "funds", "funding", "support",
                       "money", "capital", "investment", "investments", "voter", "voters",
                       "supporter", "supporters", "public", "opinion", "community",
                       "communities", "effort", "efforts", "aid", "help", "volunteers",
                       "donors", "donations", "finance", "finances", "themselves",
                       "ourselves", "itself", "himself", "herself", "vote", "votes"})


def mobilizes_no_force(head: Any) -> bool:
    """Whether a verb of mobilising gathers no force: its object is resources, support,
    voters or the doers themselves ("can mobilize resources", "families are mobilizing
    themselves to escape"). "mobilized troops", "mobilised reservists" are a military
    posture (PLOVER MOBILIZE)."""
    return head.lemma_.lower() in ("mobilize", "mobilise") and \
        any(c.dep_ == "dobj" and c.lower_ in _NO_FORCE for c in head.children)


#: Nouns of what one says or stands for, which an attack in words is aimed at ("attacked
#: his remarks", "attacked the government's policy").
_SAID_OR_HELD = frozenset({"remark", "remarks", "comment", "comments", "statement",
                           "statements", "criticism", "claim", "claims", "speech", "words",
                           "stance", "view", "views", "policy", "policies",
                           "decision", "proposal", "plan", "record", "handling", "response",
                           "rhetoric", "idea", "ideas", "law", "bill", "approach"})

#: Occasions of speech an attack in words is made in ("attacked X in a speech").
_SPEECH = frozenset({"speech", "statement", "interview", "post", "tweet", "article",
                     "address", "op-ed", "letter", "briefing", "debate", "broadcast",
                     "video", "message", "column", "editorial"})

#: Nouns of a length of time, which a "for" phrase of fighting measures ("for hours").
_TIME_NOUNS = frozenset({"hour", "hours", "day", "days", "week", "weeks", "month", "months",
                         "year", "years", "night", "nights", "time", "while", "minute",
                         "minutes", "decade", "decades"})


def attacks_in_words(head: Any) -> bool:
    """Whether the verb "attack" attacks in words (PLOVER ACCUSE, CAMEO 111 "criticize or
    denounce"): what it attacks is something said or held ("attacked his remarks"), it is
    said to be verbal or done in a speech ("attacked the minister in an interview"), or it
    attacks someone "for" something other than a length of time ("attacked Pashinyan for
    his comments", "attacked the government for failing to act"). "Troops attacked the
    village", "attacked the positions for three hours" are assaults."""
    if head.lemma_.lower() != "attack" or not head.tag_.startswith("VB"):
        return False
    kids = list(head.children)
    objects = [c for c in kids if c.dep_ in ("dobj", "nsubjpass")]
    if any(o.lemma_.lower() in _SAID_OR_HELD or o.lower_ in _SAID_OR_HELD for o in objects):
        return True
    if any(c.dep_ == "advmod" and c.lower_ in ("verbally", "publicly") for c in kids):
        return True
    if words_as_means(head):
        return True
    for prep in (c for c in kids if c.dep_ == "prep"):
        told = [o for o in prep.children if o.dep_ in ("pobj", "pcomp")]
        if prep.lower_ == "in" and any(o.lemma_.lower() in _SPEECH for o in told):
            return True
        if prep.lower_ == "for" and objects and told and not any(
                o.ent_type_ in _TIME_LABELS or o.lower_ in _TIME_NOUNS for o in told):
            return True
    return False


#: Words one can attack with: an attack made with them is made in words.
_WORDS = frozenset({"word", "insult", "vulgarity", "obscenity", "expletive", "profanity",
                    "slur", "invective", "language", "rhetoric", "remark", "comment",
                    "epithet", "tirade", "rant", "jibe", "barb", "taunt", "curse", "swearword"})


def words_as_means(head: Any) -> bool:
    """Whether an act is done by means of words: "with" words ("attacked the president with
    harsh words") or words used to do it ("used obscene insults to attack the leader")."""
    means = [o for p in head.children if p.dep_ == "prep" and p.lower_ == "with"
             for o in p.children if o.dep_ == "pobj"]
    if head.dep_ in ("xcomp", "advcl") and head.head.lemma_.lower() in ("use", "employ"):
        means += [o for o in head.head.children if o.dep_ == "dobj"]
    return any(m.lemma_.lower() in _WORDS for m in means)


#: Hazards an alert may be raised for, which no force is posted against: a health, weather
#: or travel alert is no military posture (PLOVER MOBILIZE: alert of forces).
_HAZARDS = frozenset({"pandemic", "flu", "influenza", "health", "disease", "epidemic",
                      "virus", "travel", "weather", "storm", "tsunami", "flood", "fire",
                      "heat", "pollution", "smog", "outbreak", "avalanche", "hurricane",
                      "cyclone", "typhoon", "drought", "quake", "earthquake", "radiation"})


def alerts_to_a_hazard(head: Any, tokens: list[Any]) -> bool:
    """Whether a pattern of raising an alert raises one for a hazard ("raised its pandemic
    alert to phase 5", "raised the world flu alert level"): a health or weather body's
    warning, no force put on alert."""
    alerts = [t for t in tokens if t.lemma_.lower() == "alert"]
    for a in alerts:
        phrase = [a, *(a.head.lefts if a.dep_ == "compound" else ()), *a.lefts]
        if any(x.lower_ in _HAZARDS for p in phrase for x in p.subtree):
            return True
    return False


#: Verbs by which someone states what they will do: a threat's content told under one of
#: them is a threat made ("warned that Russia would respond", "suggested it may take
#: countermeasures").
_STATING_A_THREAT = frozenset({"say", "warn", "threaten", "vow", "promise", "pledge",
                               "suggest", "signal", "hint", "indicate", "state", "declare",
                               "announce", "tell", "add", "stress", "insist", "note",
                               "caution", "reiterate", "write", "tweet", "claim", "assert",
                               "emphasise", "emphasize", "make", "underline"})

_MODALS = frozenset({"may", "might", "could", "would", "will", "'ll", "can", "shall"})

_FIRST = frozenset({"i", "we"})


def forecast_not_threat(head: Any) -> bool:
    """Whether an act that a threat would announce ("retaliate", "take countermeasures",
    "respond appropriately") is told with a modal by the writer, not stated by anyone:
    "Armenia's pivot risks straining its alliance with Russia, which may retaliate" is a
    forecast (CAMEO 012 at most), not Russia's threat (CAMEO 13, PLOVER THREATEN: a warning
    its maker gives). Under a verb of saying ("warned that it would retaliate"), in a
    quotation or in the first person it is the doer's word, and kept."""
    if not head.tag_.startswith("VB") or head.lemma_.lower() in ("threaten", "warn") or \
            not any(a.dep_ == "aux" and a.lower_ in _MODALS for a in head.children):
        return False
    if any(c.dep_ in ("nsubj", "nsubjpass") and c.lower_ in _FIRST for c in head.children):
        return False
    if any(ch in head.sent.text for ch in ('"', "“", "”", "«", "»")):
        return False
    node = head
    for _ in range(8):  # (a clause's depth; the root is its own head)
        if any(c.dep_ in ("parataxis", "ccomp", "advcl") and c.i > node.i and
               c.lemma_.lower() in _STATING_A_THREAT for c in node.children):
            return False  # "Russia would respond, Lavrov said"
        if node.dep_ not in ("ccomp", "xcomp", "conj") or node.head.i == node.i:
            return True
        node = node.head
        if node.lemma_.lower() in _STATING_A_THREAT:
            return False
    return True


#: Verbs of a state or a change that no one does to anyone ("would be premature", "could
#: turn negative", "could change into a deadlier form"): a warning that they will come is a
#: forecast (CAMEO 012, a pessimistic comment, which PLOVER does not code), no criticism.
_STATES_AND_CHANGES = frozenset({"be", "become", "remain", "turn", "prove", "seem", "appear",
                                 "change", "rise", "fall", "grow", "spread", "worsen",
                                 "deteriorate", "increase", "decrease", "mutate", "persist",
                                 "last", "continue", "get", "stay", "go", "come", "happen",
                                 "occur", "hit", "reach"})

#: What advice to travellers warns against ("warned against all but essential travel").
_TRAVEL = frozenset({"travel", "trip", "trips", "visit", "visits", "journey", "journeys",
                     "holiday", "holidays", "tourism"})


def warns_of_what_will_be(head: Any) -> bool:
    """Whether a bare warning criticises no one (the criticize entry's "warn", CAMEO 110/111
    only when someone is faulted): it tells what will be or will change ("warned that it
    would be premature to assume ...", "warned that capital flows could turn negative",
    "warned that it could still change into a deadlier form"), advises against travel
    ("warned against all but essential travel to Kyrgyzstan") or advises the public
    ("warned people against shaking hands"). A forecast or advice is no act toward
    another actor. "warned that Kazakhstan's move was a mistake" judges an act, and
    "warned Kyrgyzstan against provocations" addresses another actor: kept."""
    if head.lemma_.lower() not in _WARNING_WORDS or head.pos_ != "VERB":
        return False
    kids = list(head.children)
    warned = [c for c in kids if c.dep_ in ("dobj", "dative")]
    if any(c.lower_ in _PUBLIC or c.lemma_.lower() in _PUBLIC for c in warned):
        return True  # advice to the public
    if warned or any(c.dep_ == "xcomp" for c in kids):
        return False
    against = [o for c in kids if c.dep_ == "prep" and c.lower_ in ("against", "about")
               for o in c.children if o.dep_ == "pobj"]
    if against and all(any(t.lemma_.lower() in _TRAVEL for t in o.subtree) for o in against):
        return True  # ("against all but essential travel": the travel is in the phrase)
    clauses = [c for c in kids if c.dep_ == "ccomp"]
    return bool(clauses) and all(
        _no_actor_does(c) or c.lemma_.lower() in _STATES_AND_CHANGES and
        not any(s.lemma_.lower() in _DECISIONS or _an_act(s) or
                _an_actor(s) and s.lower_ != "it" for s in _subjects(c)) and
        not any(x.dep_ in ("dobj", "dative") and _an_actor(x) for x in c.children)
        for c in clauses)


#: What force is used on when it is used on no one (PLOVER ASSAULT and COERCE are violence
#: and force against persons, groups or their property): animals culled, substances or
#: leaks caught, images "captured", titles "captured" in sport, diseases and bills "killed".
_NO_ONES = frozenset({
    "pig", "pigs", "hog", "hogs", "swine", "animal", "animals", "bird", "birds", "chicken",
    "chickens", "poultry", "cattle", "livestock", "herd", "herds", "flock", "flocks", "fish",
    "oil", "gas", "crude", "leak", "gusher", "spill", "water", "carbon", "methane", "fluid",
    "video", "videos", "image", "images", "footage", "photo", "photos", "picture",
    "pictures", "moment", "moments", "mood", "attention", "imagination", "heart", "hearts",
    "title", "titles", "slam", "championship", "cup", "medal", "medals", "trophy", "crown",
    "match", "game", "race", "set", "seat", "market", "share", "lead",
    "virus", "viruses", "germ", "germs", "bacteria", "disease", "flu", "infection", "cell",
    "cells", "well", "bill", "legislation", "deal", "proposal", "plan", "idea", "project",
    "time", "pain", "engine", "story", "rumour", "rumor",
    # a place to speak from, which a protest may hold ("occupied the tribune": round 10)
    "tribune", "podium", "rostrum", "lectern", "microphone", "stage"})

#: Prepositions of what force is aimed at ("fired at", "dropped on", "used against").
_AIMED = frozenset({"at", "on", "against", "toward", "towards", "into", "upon"})

#: Subjects that "kill", "invade" or "beat" as a disease or nature does ("it can still
#: kill", "the virus invaded", "the sun beating down"): no actor uses force.
_NATURAL_DOERS = _DANGERS | {"virus", "germ", "germs", "bacteria", "sun", "heat", "cold",
                             "wind", "rain", "snow", "quake", "earthquake", "tsunami",
                             "wave", "waves", "lionfish", "disease", "illness", "cancer",
                             "strain", "h1n1"}


def force_on_no_one(head: Any) -> bool:
    """Whether a verb of force is used on nothing political: what it is used on is an
    animal, a substance, an image, a prize, a disease, a bill or a project ("ordered the
    killing of pigs", "a system to capture oil", "captured video of the protesters",
    "capture a Grand Slam"), or its doer is a disease or nature ("the virus can still kill",
    "the sun beating down"). PLOVER's ASSAULT and COERCE are force used by an actor
    against persons or their property. "killed 20 soldiers", "captured the town", "the
    pipeline was attacked by rebels" are kept."""
    passive = any(c.dep_ == "auxpass" for c in head.children)
    objects = [c for c in head.children if c.dep_ == ("nsubjpass" if passive else "dobj")]
    if any(c.dep_ == "prep" and c.lower_ in _AIMED for c in head.children):
        objects = []  # "fired tear gas at demonstrators": the object is the means
    if objects and all(o.lower_ in _NO_ONES or o.lemma_.lower() in _NO_ONES for o in objects) \
            and not any(o.ent_type_ in _ACTOR_LABELS for o in objects):
        return True
    doers = [c for c in head.children if c.dep_ == "nsubj"] if not passive else \
        [o for c in head.children if c.dep_ == "agent" for o in c.children if o.dep_ == "pobj"]
    return bool(doers) and all(d.lemma_.lower() in _NATURAL_DOERS for d in doers)


def warns_of_own_act(head: Any) -> bool:
    """Whether a warning tells what the warner's own side will do ("Medvedev warns Russia
    will absorb the region", "warned that it would respond"): bare WARN in CAMEO is 130, a
    threat, and PLOVER THREATEN is a statement of an act its maker may do; it criticises no
    one. Read from the warned clause's subject: "we", or a name the warner's own names share
    (the same name, or a state and its adjective); "it" may be a virus or a plan, and a
    clause of being ("warned it would be premature") judges, it tells no act."""
    if head.lemma_.lower() != "warn":
        return False
    warners = [c for c in head.children if c.dep_ == "nsubj"]
    if not warners:
        return False
    for clause in (c for c in head.children if c.dep_ == "ccomp"):
        if clause.lemma_ == "be" or \
                not any(a.dep_ == "aux" and a.lower_ in _MODALS for a in clause.children):
            continue  # ("warned it would be premature": a judgment, no act)
        for s in (c for c in clause.children if c.dep_ == "nsubj"):
            if s.lower_ == "we" or any(_same_side(s, w) for w in warners):
                return True  # ("it" may be a virus or a plan: not read as the warner)
    return False


def _same_side(doer: Any, warner: Any) -> bool:
    """Whether a named doer is the warner's side: the same name, or the warner's state named
    by its adjective or possessor ("the Kazakh president warned Kazakhstan would ...")."""
    names = {t.lower_ for t in warner.subtree if t.ent_type_}
    return bool(names) and any(t.lower_ in names or t.lower_[:5] in {n[:5] for n in names}
                               for t in doer.subtree if t.ent_type_)


#: Words of readiness ("be ready", "be prepared") of the intent entry.
_READY = frozenset({"ready", "prepared", "prepare", "unprepared"})


def ready_for_a_danger(head: Any) -> bool:
    """Whether a word of readiness tells preparedness, not an intent to cooperate: ready
    "for" a danger ("well prepared for any outbreak", "not prepared for the leak"), or the
    verb "ready" with an object ("is readying a series of backup plans": preparing a
    thing). CAMEO 03 (PLOVER AGREE as intent) is an intent to act with another actor."""
    if head.lemma_.lower() not in _READY and head.lower_ not in _READY:
        return False
    if head.tag_.startswith("VB") and head.lemma_.lower() == "ready" and \
            any(c.dep_ == "dobj" for c in head.children):
        return True
    return any(o.lower_ in _HAZARDS or o.lemma_.lower() in _HAZARDS or
               o.lemma_.lower() in _DANGERS
               for c in head.children if c.dep_ == "prep" and c.lower_ == "for"
               for o in c.children if o.dep_ == "pobj")
