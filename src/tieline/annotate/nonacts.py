"""Words that match an event's pattern but state no act by one actor toward another.

PLOVER codes an event as an act of a source toward a target. Some words that patterns match
describe something else, and coding them leaves one-sided events that no pair's view can use:

* a verb of motion is a visit only when it goes to a place ("returned to Beijing"), not when
  it "returns to the negotiations", "to their posts" or "comes to a consensus" (CAMEO 042/043:
  a trip *to* another actor's territory);
* "prevent" restrains someone only when it keeps them "from" doing something ("prevented the
  troops from crossing") or names them ("prevented X"), not when it averts a happening
  ("to prevent miscommunication", "to prevent any untoward situation");
* a participle before a noun that names ground or things by what was done to them
  ("the occupied territories", "Pakistan-occupied Kashmir", "the banned apps") describes
  their state, not an act told here (PLOVER codes acts, not states): the act, if the text
  tells it, is told by a verb of its own;
* "asked" puts a question, not a request, when what is asked is a question ("asked about the
  talks", "asked whether", "asked to comment"): a journalist's question to a spokesman is no
  REQUEST of one actor to another (CAMEO 020 needs an act asked for);
* words that tell where relations stand or are steered, not an act at a time (a relation
  verb as the aim of "efforts to", or in the perfect "since then"), the lasting result a
  participle describes ("the territory occupied by X"), a danger rather than a threat made
  ("the law threatens", "pose a threat"), a cooperative act that is only the topic of talks,
  a verb form used as a conjunction ("provided", "according to"), a departure read as
  leaving an organisation, and another state "pulled out" of an orbit;
* an act kept from happening ("banned its airlines from flying to X"), a pattern's word
  read outside its head's phrase, a concern caused, an attack in words, a private trip, a
  hazard alert, an assertion, an act left open, a writer's forecast, a relation had, steps
  that yield nothing, a question with the copula first and a people's opinion (round 4);
* an attack made with words, an act a verb of forbidding takes as its infinitive, a lasting
  hold ("occupation", "blockade") that someone reacts to, a "should" clause whose subject is
  an act, an act by an "I", "we" or "you" no named speaker stands for, an imperative to the
  reader and an act's noun naming what a thing is for ("a room used for meetings") (round 8);
* a figure, fact or result accepted, an act a question asks about ("asked if", "demanded to
  know"), a poll's share of a people, "violate" with no norm or no actor violating it and the
  act's noun that is violated, an order of an act, of forces to a place or to one's own organs,
  a membership one is a candidate for, a warning that foretells or advises, force used on
  animals, substances, images, prizes or by a disease, a "must" of oneself or of a thing, and a
  pattern's word in an adverbial clause of its head (round 9);
* a "charge" that is a duty, control or a cost ("in charge of", "took a $56 million charge",
  "charged with deciding"), a doer a question asks ("who can blame him?"), a question put
  ("asks a question"), an existential or perfect "should" ("there should be", "should have
  done"), an admission read as a concession and a product as a yielding, a market's demand,
  an evacuation of things, places or one's own people, a rally for someone or support
  rallied, a measure kept to or evaded, readiness for a danger and words, looks or odds
  offered, a podium occupied, a "told" with no infinitive, and a warning of one's own side's
  act, which is a threat, not a criticism (round 10);
* a traveller a relative pronoun or an apposition names ("people who had just visited X"),
  and an order to one's own organs written as a name ("the Cabinet of Ministers") (round 11;
  its other rules live in ``hazards``, ``learning``, ``contests``, ``asking``, ``polarity``
  and ``negation``).

The predicates read only the parse and the entity types the actor stage left on it, so they
run inside the coder's pattern check (``matching._fits``) at no extra parse.
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
#: What one is "asked to" do when asked a question: speak about something.
_ANSWERING = frozenset({"comment", "respond", "react", "elaborate", "confirm", "clarify",
                        "answer", "explain", "specify", "say", "reply", "speak", "talk"})
_HYPHENS = frozenset({"-", "–", "‐"})
_QUESTION_MARKS = frozenset({"whether", "if"})
_WH_WORDS = frozenset({"what", "why", "how", "when", "where", "who", "whom", "which"})


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


def asks_a_question(head: Any) -> bool:
    """Whether "ask" puts a question rather than asks for an act: what is asked is a matter
    ("asked about the standoff"), a question ("asked whether they met", "asked what ...") or
    a comment ("asked to comment on"). "asked X to withdraw", "asked for talks" ask for
    acts."""
    if head.lemma_.lower() != "ask":
        return False
    for c in head.children:
        if c.dep_ == "prep" and c.lower_ == "about":
            return True
        if c.dep_ in ("ccomp", "advcl") and any(
                m.lower_ in _QUESTION_MARKS or m.lower_ in _WH_WORDS
                for m in c.children if m.dep_ in ("mark", "advmod", "nsubj", "dobj", "attr")
                and m.i < c.i):
            return True
        if c.dep_ == "xcomp" and c.lemma_.lower() in _ANSWERING:
            return True
    return False


#: Last words of a name that names an occasion, not someone who acts ("the Chennai Informal
#: Summit", "the World University Games"): an occasion hosts acts but does none.
_OCCASION_WORDS = frozenset({"summit", "summits", "games", "olympics", "conference", "forum",
                             "fair", "festival", "expo", "exhibition", "championship",
                             "championships", "cup", "dialogue", "talks", "meeting",
                             "exercise", "exercises", "drill", "drills", "manoeuvres",
                             "maneuvers", "wargames"})  # ("Indra Naval Exercises", round 6)


def names_an_occasion(words: list[str]) -> bool:
    """Whether a name the knowledge base lacks names an occasion (its last word: "Summit",
    "Games", "Forum"), which PLOVER does not count as an actor."""
    return bool(words) and words[-1].lower() in _OCCASION_WORDS


#: The Penn Treebank's spelling of brackets, left in tokenised news text ("Cairo, 11:46 a.m.
#: ET -RRB- Omar Suleiman", Timeline17's pages): punctuation, never a name or part of one.
_BRACKET_TOKENS = frozenset({"-LRB-", "-RRB-", "-LSB-", "-RSB-", "-LCB-", "-RCB-"})


def bracket_token(word: str) -> bool:
    """Whether a token is a tokenised bracket ("-RRB-"), which the parser may take for a
    name ("-RRB- pressed BP on the spill"): no actor (round 6)."""
    return word.upper() in _BRACKET_TOKENS


#: Entity labels of someone who can be kept from acting (an actor the knowledge base or the
#: parser's entities name).
_ACTOR_LABELS = frozenset({"TL_KB", "PERSON", "ORG", "NORP", "GPE"})


def prevents_nothing(head: Any, tokens: list[Any]) -> bool:
    """Whether "prevent" averts a happening rather than restrains an actor: no "from" phrase
    says what someone is kept from, and its object names no actor ("to prevent clashes",
    "prevent miscommunication"). A pronoun object is a thing or person told before: kept.
    A pattern's "from" ("stop ... from") restrains only through an act it keeps someone from
    ("stopped the troops from building a road"), not a thing's origin ("stopped imports
    from X")."""
    froms = [t for t in tokens[1:] if t.lower_ == "from"]
    if froms:
        return not any(x.dep_ == "pcomp" for t in froms for x in t.children)
    if head.lemma_.lower() != "prevent":
        return False
    if any(c.dep_ == "prep" and c.lower_ == "from" for c in head.children):
        return False
    objects = [c for c in head.children if c.dep_ in ("dobj", "nsubjpass")]
    return bool(objects) and not any(
        t.ent_type_ in _ACTOR_LABELS or t.pos_ == "PRON" for o in objects for t in o.subtree)


def describes_a_state(head: Any) -> bool:
    """Whether a verb of restricting or seizing stands as a participle before its noun
    ("the occupied territories", "Georgia's occupied regions", "the Russian-occupied
    region", "the banned apps"): a description of what the noun is now, which dates no act
    and often names no doer (a "Russian" before it qualifies the description, it reports no
    act). Read from the words around it as well as from the parse, which often takes such
    a participle for a verb of its own ("Georgia's occupied territories" as "Georgia's"
    and "occupied")."""
    if head.tag_ == "VBG" and head.dep_ == "amod" and head.i < head.head.i:
        return True  # "the occupying forces"
    if _opens_a_noun_phrase(head):
        return True  # "between the Russian occupied region of Tskhinvali and ..."
    if head.tag_ not in ("VBN", "VBD", "JJ") or any(
            c.dep_ in ("nsubj", "nsubjpass", "auxpass", "agent") or
            c.dep_ == "aux" and not (c.lower_ == "to" and head.tag_ == "VBN") or
            c.dep_ == "dobj" and c.i != head.i + 1 for c in head.children):
        return False  # ("to occupied Tskhinvali": the parser may take "to" for an infinitive's
        # and the noun for an object, but no infinitive is a past participle)
    if head.dep_ == "amod" and head.i < head.head.i:
        return True
    doc = head.doc
    if not 1 <= head.i < len(doc) - 1 or doc[head.i + 1].pos_ not in ("NOUN", "PROPN"):
        return False
    before = doc[head.i - 1]
    return before.tag_ in _DESCRIBING_TAGS or \
        before.tag_ in ("IN", "TO") and head.tag_ == "VBN" or hyphened(head)


def _opens_a_noun_phrase(head: Any) -> bool:
    """Whether a past form stands between a determiner with an adjective and a noun ("the
    Russian occupied region"): no finite verb follows "the Russian", so the form describes
    the noun, however the parser reads it (it may take the sentence's subject for the
    form's and the noun for its object: round 6)."""
    doc = head.doc
    if not (head.tag_ in ("VBN", "VBD") and 2 <= head.i < len(doc) - 1):
        return False
    return doc[head.i - 1].tag_ == "JJ" and doc[head.i - 2].tag_ in ("DT", "PRP$", "POS") and \
        doc[head.i + 1].pos_ in ("NOUN", "PROPN", "ADJ")  # (or "occupied breakaway region")


def hyphened(head: Any) -> bool:
    """Whether a participle is hyphened to the word before it ("Pakistan-occupied Kashmir",
    "Russian-backed separatists"): one adjective, which describes a noun."""
    doc = head.doc
    return head.i >= 2 and doc[head.i - 1].text in _HYPHENS and \
        not doc[head.i - 2].whitespace_ and not doc[head.i - 1].whitespace_


#: Tags of a word before a participle that make it a noun's modifier: a determiner, a
#: possessive or an adjective ("the occupied", "Georgia's occupied", "Russian occupied");
#: after a preposition, a past participle is one too ("went to occupied Tskhinvali").
_DESCRIBING_TAGS = frozenset({"DT", "PRP$", "POS", "JJ", "PDT"})
#: Prefixes that turn an act into its undoing or its opposite: "de-occupation",
#: "anti-occupation rally", "non-aggression pact".
_UNDOING_PREFIXES = frozenset({"de", "anti", "non"})


def undone_by_prefix(head: Any) -> bool:
    """Whether the word is written with a prefix that negates it ("de-occupation", "the
    anti-occupation rally", "a non-aggression pact"): it names the act's undoing or a stance
    against it, not the act."""
    doc = head.doc
    return head.i >= 2 and doc[head.i - 1].text in _HYPHENS and \
        not doc[head.i - 2].whitespace_ and doc[head.i - 2].lower_ in _UNDOING_PREFIXES


def names_the_opposed(word: Any) -> bool:
    """Whether an actor's word before an act noun is written with "anti-" ("anti-Russian
    protests", "the anti-Georgian campaign"): the actor is whom the act is against, not who
    does it (round 6). The parser may split it ("anti", "-", "Russian") or keep one token."""
    doc = word.doc
    if word.lower_.startswith(("anti-", "anti–")):
        return True
    if word.lower_ == "anti" and word.i + 1 < len(doc) and doc[word.i + 1].text in _HYPHENS:
        return True
    return word.i >= 2 and doc[word.i - 1].text in _HYPHENS and \
        doc[word.i - 2].lower_ == "anti" and not doc[word.i - 2].whitespace_


def helps_oneself(head: Any) -> bool:
    """Whether a verb of helping has a reflexive object ("hired assistants to help
    themselves with reporting"): help to oneself is no aid given to another (PLOVER AID is
    given by one actor to another)."""
    return any(c.dep_ in ("dobj", "dative") and c.lower_.endswith(("self", "selves"))
               for c in head.children)


#: Words before a noun of cooperation that say how long the relation has stood ("the
#: long-standing partnership", "their decades-old cooperation", "the traditional
#: friendship"): a relation that stands is a state, not an act. PLOVER codes the initiation,
#: resumption or expansion of cooperation, not its existence. "historic" is not among them:
#: "a historic partnership" may be one made that day.
_STANDING_WORDS = frozenset({"longstanding", "traditional", "historical", "longtime",
                             "existing", "enduring", "time-tested", "age-old"})
#: The second half of a hyphened age ("long-standing", "decades-old", "century-old").
_STANDING_ENDS = frozenset({"standing", "old", "lasting", "tested"})


def names_a_standing_relation(head: Any) -> bool:
    """Whether a noun act is told as a relation that already stands ("challenges in the
    long-standing partnership with Russia", "praised its decades-old cooperation"): the words
    before the noun in its own phrase say its age, so the noun names no act done. A verb that
    acts on such a relation ("deepened their traditional partnership") is coded by its own
    pattern, not by the noun."""
    before = [t for t in head.lefts if t.dep_ in ("amod", "compound", "npadvmod", "advmod")
              or t.tag_ in ("JJ", "HYPH", "VBG", "VBN")]
    words = {t.lower_ for t in before}
    if words & _STANDING_WORDS:
        return True
    doc = head.doc
    for t in head.lefts:
        for u in t.subtree:
            if u.lower_ in _STANDING_ENDS and u.i >= 2 and doc[u.i - 1].text in _HYPHENS:
                return True
    return False


def used_as_a_conjunction(word: Any) -> bool:
    """Whether a verb form is parsed as a preposition or a subordinator ("ready to talk,
    provided Tbilisi does not play the Russian card", "given the tensions", "according to"):
    the word states a condition, a premise or a source, no act of its own. "provided" with
    a clause and nothing given ("provided Bishkek withdraws its troops") is one too, however
    the parser attaches it."""
    if not word.tag_.startswith("VB"):
        return False
    if word.dep_ in ("prep", "mark"):
        return True
    return word.lower_ in ("provided", "providing") and \
        any(c.dep_ == "ccomp" for c in word.children) and \
        not any(c.dep_ in ("dobj", "dative") for c in word.children)


def under_a_conjunction(word: Any, head: Any) -> bool:
    """Whether a pattern's word is such a verb form or lies in its phrase below the
    pattern's head ("could open in 2024, according to the Security Council": "council" is
    the source's name, not what is opened)."""
    node = word
    for _ in range(8):  # (a phrase's depth; the root is its own head)
        if used_as_a_conjunction(node):
            return True
        if node.i == head.i or node.is_ancestor(head) or node.head.i == node.i:
            return False  # (a pattern's word above its head is in no phrase below it)
        node = node.head
    return False


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


#: Nouns of a course pursued over time ("Pashinyan's efforts to distance Armenia from
#: Russia", "his attempts to forge closer ties", "the pivot to deepen relations").
_COURSE_NOUNS = frozenset({"effort", "attempt", "endeavour", "endeavor", "bid", "drive",
                           "push", "quest", "policy", "course", "strategy", "pivot",
                           "aspiration", "ambition", "aim", "goal", "agenda"})


def pursued_as_a_course(head: Any) -> bool:
    """Whether a verb of relations is the aim of a course an actor pursues ("Pashinyan's
    efforts to distance Armenia from Russia have strained the alliance", "has made efforts
    to deepen relations with the West"): the noun names a policy, which dates no act; the
    acts that carry it out (a visit, a signature, a suspension) are told by their own
    words. A relation verb told as an act ("Armenia moved to distance itself from Russia on
    Monday", "Putin pledged to deepen ties") is coded."""
    verb = head.head if head.dep_ == "dobj" else head  # "attempts to forge closer ties"
    while verb.dep_ == "conj" and verb.head.i != verb.i:
        verb = verb.head  # "efforts to deepen relations ... and distance the country"
    if verb.dep_ == "pcomp" and verb.head.dep_ == "prep":
        verb = verb.head  # "efforts at deepening relations", "the aim of restoring ties"
    if verb.dep_ in ("xcomp", "prep") and verb.head.lemma_.lower() in _COURSE_VERBS and \
            verb.head.pos_ == "VERB":
        return True  # "are working on improving relations", "strove to restore ties"
    return verb.dep_ in ("acl", "xcomp", "prep") and \
        verb.head.lemma_.lower() in _COURSE_NOUNS and verb.head.pos_ == "NOUN"


#: Verbs of pursuing a course over time ("working on improving relations", "working towards
#: normalising ties"): an effort, like the nouns of one, dates no act.
_COURSE_VERBS = frozenset({"work", "strive", "endeavour", "endeavor", "labour", "labor"})


#: Units of time whose span a "for" phrase states ("have restricted ties for years").
_SPANS = frozenset({"year", "years", "decade", "decades", "month", "months", "century",
                    "centuries", "long", "weeks"})


def holds_since(head: Any) -> bool:
    """Whether a verb in the present perfect is told as a state lasting up to now ("since
    then, the two countries have restricted their relations", "have kept close ties for
    decades"): said of relations, it describes where they stand, not an act done at a time;
    the act that changed them is told with its own time ("restricted their relations in
    2008")."""
    if head.tag_ != "VBN" or not any(c.dep_ == "aux" and c.lemma_ == "have"
                                     and c.tag_ in ("VBP", "VBZ") for c in head.children):
        return False
    for c in head.children:
        words = {t.lower_ for t in c.subtree}
        if c.lower_ == "since" or c.lower_ == "ever" and "since" in words:
            return True
        if c.dep_ == "prep" and c.lower_ == "for" and words & _SPANS:
            return True
    return False


_TIME_LABELS = frozenset({"DATE", "TIME"})


#: Verbs that keep a participle's result in place ("keeps our territory occupied").
_KEEPING = frozenset({"keep", "remain", "stay", "leave"})


def describes_a_held_result(head: Any) -> bool:
    """Whether a participle describes what something is now rather than tells an act: after
    a noun ("the territories occupied by Russia", "two regions recognized by Moscow", "the
    troops stationed along the border") or kept so ("keeps our territory occupied"). That
    is the lasting result of an act the sentence does not tell; with a time of its own
    ("the apps banned by India on Monday") the participle tells the act. (A present passive,
    "Georgia's territory is occupied by Russia", is left to the coder: said by a side, it is
    that side's complaint.)"""
    if head.tag_ != "VBN" or any(t.ent_type_ in _TIME_LABELS
                                 for t in head.subtree if t.i != head.i):
        return False
    if head.dep_ == "acl" and head.i > head.head.i:
        return not any(c.dep_ in ("aux", "auxpass") for c in head.children)
    return head.dep_ in ("oprd", "ccomp", "xcomp", "advcl") and \
        head.head.lemma_.lower() in _KEEPING and head.i > head.head.i


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


#: Words of consulting whose "on", "about" or object phrase names what is talked about.
_TALKING = frozenset({"talk", "talks", "discuss", "discussion", "view", "views", "dialogue",
                      "consultation", "negotiation", "conversation", "debate", "meeting",
                      "deliberation"})
_TOPIC_WORDS = frozenset({"on", "about", "regarding", "concerning", "over", "of"})


def talked_about(head: Any) -> bool:
    """Whether an act is only the subject matter of a consultation ("exchanged views on
    BRICS cooperation", "discussed expanding economic cooperation", "talks on the
    withdrawal"): talking of cooperation is the consultation (CAMEO 04), not the
    cooperation, which has yet to be agreed or done."""
    node = head
    while node.dep_ == "conj" and node.head.i != node.i:
        node = node.head  # "views on cooperation and bilateral relations"
    if node.dep_ == "dobj" and node.head.tag_ == "VBG":
        node = node.head  # "views on deepening the partnership"
    governor = node.head
    if node.dep_ in ("pobj", "pcomp") and governor.lower_ in _TOPIC_WORDS:
        governor = governor.head
    elif node.dep_ not in ("dobj", "xcomp", "ccomp"):
        return False
    return governor.lemma_.lower() in _TALKING or governor.lower_ in _TALKING


# -- round 3: warnings of a danger, refusals to answer, calls for an act, leaving no group ----

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


#: Verbs of refusing, and what one refuses to do when one refuses to answer: a refusal to
#: comment is no rejection of a proposal or a demand (CAMEO 12 REJECT).
_REFUSING = frozenset({"decline", "refuse"})
_TELLING = frozenset({"comment", "elaborate", "confirm", "clarify", "answer", "explain",
                      "specify", "say", "reply", "name", "disclose", "reveal", "identify",
                      "divulge", "detail"})
_TOLD = frozenset({"comment", "comments", "detail", "details", "question", "questions",
                   "answer", "answers"})


def declines_to_answer(head: Any) -> bool:
    """Whether a verb of refusing refuses to answer ("declined to comment", "refused to say
    whether", "declined to give details", "declined comment"): that withholds information,
    it rejects no one's proposal or demand (PLOVER REJECT: refusing a request, a proposal or
    an offer). "refused to discuss the border" or "refused to sign" reject an act."""
    return head.lemma_.lower() in _REFUSING and any(_an_answer(c) for c in head.children)


def _an_answer(c: Any) -> bool:
    """Whether a refusing verb's dependent is what one refuses to tell: "to comment", "to
    say", "to give details", "comment"."""
    if c.dep_ == "xcomp":
        return c.lemma_.lower() in _TELLING or c.lemma_.lower() in ("give", "provide") and \
            any(o.dep_ == "dobj" and o.lower_ in _TOLD for o in c.children)
    return c.dep_ == "dobj" and c.lower_ in _TOLD


def left_unanswered(head: Any) -> bool:
    """Whether an act is only what someone declined to tell about ("declined to comment on
    the talks", "refused to say whether troops had withdrawn"): the refusal neither reports
    the act nor refuses it (``declines_to_answer``)."""
    node = head
    for _ in range(12):  # (a clause's depth; the root is its own head)
        up = node.head
        if up.i == node.i:
            return False
        if up.lemma_.lower() in _REFUSING and _an_answer(node):
            return True
        node = up
    return False


def called_for(head: Any) -> bool:
    """Whether an act is what "it is time" to do ("it's time to step down", "it is time for
    the government to apologize"): the speaker calls for it, which is a demand, not the act
    (the act has not happened)."""
    node = head
    while node.dep_ == "conj" and node.head.i != node.i:
        node = node.head  # "time to apologize and resign"
    return node.dep_ in ("relcl", "acl", "xcomp", "advcl") and \
        node.head.lemma_.lower() == "time" and node.head.dep_ in ("attr", "nsubj") and \
        any(a.dep_ == "aux" and a.lower_ == "to" for a in node.children)


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


#: Nouns of a fact or a claim one acknowledges ("recognized the concerns", "recognize the
#: importance of"): not a state, a government or a territory's status recognised.
_FACTS = frozenset({"concern", "concerns", "term", "need", "importance", "fact", "problem",
                    "problems", "role", "contribution", "contributions", "effort", "efforts",
                    "achievement", "achievements", "progress", "difficulty", "difficulties",
                    "challenge", "challenges", "reality", "realities", "mistake", "mistakes",
                    "error", "errors", "failure", "value", "potential", "significance",
                    "danger", "risk", "risks", "threat", "work", "merit", "merits",
                    "necessity", "urgency", "seriousness", "gravity", "complexity"})


def acknowledges_a_fact(head: Any) -> bool:
    """Whether a verb of recognising acknowledges a fact rather than recognises a state, a
    government or a claim: what is recognised is a clause ("recognize that they must act",
    "will recognize how important this is") or a noun of a fact ("recognized the
    demonstrators' concerns", "does not recognize the term"). PLOVER's recognising (SUPPORT)
    is recognising an actor or its status ("recognized the independence of X")."""
    if head.lemma_.lower() not in ("recognize", "recognise", "acknowledge"):
        return False
    kids = list(head.children)
    if any(c.dep_ in ("dobj", "nsubjpass") and
           (c.ent_type_ in _ACTOR_LABELS or c.pos_ == "PRON") for c in kids):
        return False
    return any(c.dep_ == "ccomp" for c in kids) or \
        any(c.dep_ in ("dobj", "nsubjpass") and c.lower_ in _FACTS for c in kids)


#: What a region is recognised "as" when it is recognised as another's ground.
_PARTS_OF_A_STATE = frozenset({"part", "territory", "province", "region", "integral"})


def recognizes_as_part(head: Any) -> bool:
    """Whether a verb of recognising takes a region "as part of" a state ("recognize
    Abkhazia as part of Georgia", "recognized the island as Chinese territory"): the
    region is not recognised as a state (PLOVER SUPPORT recognize), the state's borders are
    held to, a stance kept, no act toward the region."""
    if head.lemma_.lower() not in ("recognize", "recognise"):
        return False
    return any(c.dep_ == "prep" and c.lower_ == "as" and
               any(o.dep_ == "pobj" and (o.lemma_.lower() in _PARTS_OF_A_STATE or any(
                   m.lower_ in _PARTS_OF_A_STATE for m in o.children)) for o in c.children)
               for c in head.children)


def joins_company(head: Any) -> bool:
    """Whether "join" joins a speaker's company ("Joining me now is the senator", "he is
    joining us from Cairo"): a broadcast's or a host's words, not joining a group (PLOVER
    COOPERATE join: an organisation, an alliance, a coalition)."""
    return head.lemma_.lower() == "join" and \
        any(c.dep_ == "dobj" and c.lower_ in ("me", "us") for c in head.children) and \
        not any(c.dep_ == "prep" and c.lower_ == "in" and
                any(o.dep_ == "pcomp" or o.tag_ == "VBG" for o in c.children)
                for c in head.children)  # "join us in condemning": an act shared


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


_CLOSING = frozenset({"?", "'", '"', "''", "”", "’", "»", ")"})


def asked_whether(head: Any) -> bool:
    """Whether an act is what a yes-no question asks about ("Did Russia attack Georgia?",
    "Do you agree with Mubarak that ...?", "Do you know how much oil is supplied by BP?"):
    a question whose clause puts its auxiliary before its subject asks whether the act was
    done; it reports nothing (a wh-question, "Why did Russia attack?", takes the act as
    done, and is left to the coder)."""
    if not _a_question(head):
        return False
    if any(c.dep_ == "poss" for c in head.children):
        return False  # "Does Russia's withdrawal violate the deal?": the withdrawal is
        # taken as done
    node = head
    for _ in range(12):  # (a clause's depth; the root is its own head)
        if node.pos_ in ("VERB", "AUX") and _inverted(node):
            return True
        if node.head.i == node.i or node.dep_ in ("acl", "relcl"):
            return False  # ("the fact that Obama asked ...": a clause of a noun is
            # taken as true)
        node = node.head
    return False


def _inverted(verb: Any) -> bool:
    """Whether a clause opens with its auxiliary before its subject and no wh-word ("Did
    Russia attack", "Will they sign", "do you agree")."""
    subjects = [c for c in verb.children if c.dep_ in ("nsubj", "nsubjpass", "expl")]
    auxes = [c for c in verb.children if c.dep_ in ("aux", "auxpass")]
    if not auxes and verb.lemma_ == "be" and verb.left_edge.i == verb.i:
        return any(c.dep_ in ("nsubj", "attr", "expl") for c in verb.children)  # "Is U.S.
        # aid only for Afghanistan?": the copula put first (the parser may take the
        # subject for the predicate)
    if not subjects or not auxes or auxes[0].i > subjects[0].i:
        return False
    first = verb.left_edge  # ("What do we stand for": the wh-word may hang on a preposition)
    return first.i == auxes[0].i or first.lower_ not in _WH_WORDS and \
        not any(t.lower_ in _WH_WORDS for t in verb.doc[first.i:auxes[0].i])


# -- round 4: acts kept from happening, words outside the pattern's phrase, concerns caused,
# -- attacks in words, private trips, hazard alerts, assertions, questions left open, forecasts

#: Verbs that keep an act from happening through their "from" phrase ("banned its airlines
#: from flying to Georgia", "prevented the troops from crossing", "refrained from attacking").
_KEEPING_FROM = frozenset({"ban", "bar", "prohibit", "forbid", "prevent", "stop", "block",
                           "keep", "restrain", "refrain", "deter", "discourage", "dissuade",
                           "exclude", "debar", "abstain", "desist", "hinder", "preclude",
                           "disqualify", "save", "spare"})


#: Verbs of forbidding that take their act as an infinitive too ("forbade X to fly").
_FORBIDDING = frozenset({"forbid", "prohibit", "bar", "disallow"})


def kept_from(head: Any) -> bool:
    """Whether an act is what someone is kept from doing: the "from" phrase of a verb of
    banning, preventing or refraining ("banned its carriers from flying to Georgia",
    "stopped the convoy from entering", "refrained from attacking", "barred from the
    talks"), or the infinitive of a verb of forbidding ("forbade its airlines to fly"). The
    act did not happen; the ban or the prevention is the act, coded by its own word (PLOVER
    SANCTION, COERCE)."""
    node = head
    while node.dep_ == "conj" and node.head.i != node.i and node.tag_ == node.head.tag_:
        node = node.head  # "from entering and settling" (not "banned him from traveling
        # and frozen his assets": a verb of another form is the ban's conjunct)
    prep = node.head
    if node.dep_ in ("ccomp", "xcomp") and prep.lemma_.lower() in _FORBIDDING and \
            any(c.dep_ == "aux" and c.lower_ == "to" for c in node.children):
        return True  # "forbade Chilean airlines to fly to X": the infinitive is forbidden
    return node.dep_ in ("pcomp", "pobj") and prep.dep_ == "prep" and \
        prep.lower_ == "from" and prep.head.lemma_.lower() in _KEEPING_FROM


def outside_the_phrase(word: Any, head: Any) -> bool:
    """Whether a word a pattern needs lies outside the phrase of its head verb: in the
    verb's subject phrase ("the surge in liquidity has given ..." is no "give in"; the
    subject itself may be: "talks were held", "relations will deepen") or in a relative
    clause that describes one of its nouns ("fought a struggle that resulted in ...": the
    "result" is the clause's, not what was fought). A pattern's words are the head's own
    complements ("hold talks", "stop paying fees")."""
    node, infinitive = word, False
    for _ in range(12):  # (a phrase's depth; the root is its own head)
        if node.i == head.i or node.head.i == node.i:
            return False
        infinitive = infinitive or any(a.dep_ == "aux" and a.tag_ == "TO"
                                       for a in node.children)
        if node.head.i == head.i:  # (the subject itself may be the pattern's: "talks
            # were held", "relations will deepen", "a round of talks was held"; the
            # other words inside it are not)
            if node.dep_ == "advcl" and node.pos_ in ("VERB", "AUX") and node.i != word.i \
                    and word.dep_ != "mark" and _a_clause_of_its_own(node):  # ("pushing
                # for the US to support": the "for" is the head's, the parse's "mark")
                return True  # an adverbial clause's own words ("to cease actions ..., to
                # fulfill the Ceasefire Agreement": no "cease ceasefire"; round 9)
            return node.i != word.i and node.dep_ in ("nsubj", "nsubjpass", "csubj") and \
                not (word.dep_ == "pobj" and word.head.lower_ == "of" and
                     word.head.head.i == node.i)
        if node.dep_ == "relcl" and node.head.i != head.i and not infinitive:
            return bool(head.is_ancestor(node))  # (a noun's own clause tells of it, and an
            # infinitive is part of the phrase: "had nothing to do with", and is often hung
            # on the nearer verb: "allow refugees who lived in Iraq to return")
        node = node.head
    return False


def _a_clause_of_its_own(verb: Any) -> bool:
    """Whether an adverbial clause is one of its own: an infinitive, a clause with a
    subordinator ("because", "when") or with its own subject. A bare participle ("resume
    services, connecting Kolkata to Guangzhou with daily flights") may describe the head's
    own object and is often hung on the verb by the parser."""
    return any(c.dep_ in ("mark", "nsubj", "nsubjpass") or c.dep_ == "aux" and c.tag_ == "TO"
               for c in verb.children)


#: What "raise" raises when it causes a feeling or a doubt, not a matter put to someone.
_CONCERNS = frozenset({"concern", "concerns", "alarm", "fear", "fears", "question",
                       "questions", "eyebrow", "eyebrows", "worry", "worries", "doubt",
                       "doubts", "suspicion", "suspicions", "anxiety", "hope", "hopes"})


def raises_concern_in_others(head: Any) -> bool:
    """Whether "raise concerns" tells a concern caused rather than one raised with another
    actor: its doer is a thing ("Moscow's move has raised concerns", "China's dominance has
    raised concerns"), or the concern arose "in" or "among" others ("raised concerns in
    India"). PETRARCH's RAISE CONCERNS (CAMEO 040) is an actor putting a matter to another;
    a concern caused in a country is no consultation."""
    if head.lemma_.lower() != "raise" or not any(
            c.dep_ in ("dobj", "nsubjpass") and c.lower_ in _CONCERNS for c in head.children):
        return False
    if any(c.dep_ == "prep" and c.lower_ in ("in", "among", "across") for c in head.children):
        return True
    subjects = [c for c in head.children if c.dep_ == "nsubj"]
    return bool(subjects) and not any(names_someone(s) for s in subjects)


def names_someone(noun: Any) -> bool:
    """Whether a noun itself names someone who acts (a pronoun, an entity of an actor, a
    noun of people), not a thing of theirs ("Moscow's move", "China's dominance")."""
    return noun.pos_ == "PRON" or noun.ent_type_ in _ACTOR_LABELS or noun.lower_ in _PEOPLE \
        or noun.lemma_.lower() in _BODY_NOUNS


#: Nouns of a state's bodies and people, which act ("the ministry", "the government").
_BODY_NOUNS = frozenset({"ministry", "government", "minister", "president", "official",
                         "spokesman", "spokesperson", "army", "military", "embassy",
                         "parliament", "leader", "authority", "side", "country", "state"})
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


def asserts(head: Any) -> bool:
    """Whether "insist" asserts rather than demands: it governs a clause in the indicative
    ("insists its regulations are among the toughest", "insisted that it would not
    withdraw"), which states what the speaker holds true. A demand insists on an act ("on
    the withdrawal") or in the mandative ("insisted that Russia withdraw", "must",
    "should": the patterns of the demand entries)."""
    if head.lemma_.lower() != "insist":
        return False
    clauses = [c for c in head.children if c.dep_ == "ccomp"]
    return bool(clauses) and all(_indicative(c) for c in clauses)


def _indicative(clause: Any) -> bool:
    """Whether a clause's verb is in the indicative: finite, or with an auxiliary other
    than the mandative "should" and "must" (not a bare "Russia withdraw")."""
    auxes = [a for a in clause.children if a.dep_ in ("aux", "auxpass") and a.tag_ != "TO"]
    if any(a.lower_ in ("should", "must") for a in auxes):
        return False
    return bool(auxes) or clause.tag_ in ("VBZ", "VBD", "VBP")


#: Verbs that tell what is not known, whose "whether" clause an act is left open in.
_KNOWING = frozenset({"know", "specify", "disclose", "confirm", "clarify", "say", "reveal",
                      "indicate", "explain", "elaborate", "detail", "tell", "state"})


def left_open(head: Any) -> bool:
    """Whether an act is only asked about in a "whether" or "if" clause of a verb of
    telling that is denied ("did not specify whether it means the withdrawal of troops",
    "would not say if talks took place"): the text neither reports the act nor its absence."""
    node = head
    for _ in range(12):  # (a clause's depth; the root is its own head)
        up = node.head
        if up.i == node.i:
            return False
        if node.dep_ == "conj" and any(c.dep_ in ("nsubj", "nsubjpass")
                                       for c in node.children):
            return False  # "... did not say if X withdrew, but China claimed that ...": a
            # clause of its own, stated
        if node.dep_ == "ccomp" and up.lemma_.lower() in _KNOWING and \
                any(c.dep_ == "neg" for c in up.children) and \
                any(m.dep_ == "mark" and m.lower_ in _QUESTION_MARKS for m in node.children):
            return True
        node = up
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


#: Verbs of holding a relation one has ("continues to have a partnership with", "enjoy
#: close cooperation"): a relation had is a state, not its start or growth.
_HAVING = frozenset({"have", "enjoy", "share"})


def has_a_relation(head: Any) -> bool:
    """Whether a noun of cooperation is a relation its subject has ("BP continues to have a
    successful partnership with the government", "the two countries enjoy close
    cooperation"): PLOVER codes starting, resuming or expanding cooperation, not its
    existence (as a standing relation, ``names_a_standing_relation``)."""
    return head.dep_ == "dobj" and head.head.lemma_.lower() in _HAVING and \
        head.head.pos_ in ("VERB", "AUX")


#: Words of easing or yielding that make "taking steps" a concession ("took steps to ease
#: the dispute", "a step toward de-escalation"), and PLOVER CONCEDE's easing of political
#: restrictions ("steps to enhance political freedoms", "to allow access").
_YIELDING = frozenset({"ease", "lift", "relax", "de-escalate", "deescalate", "de-escalation",
                       "deescalation", "defuse", "reduce", "lower", "calm", "concede",
                       "compromise", "withdraw", "disengage", "disengagement", "loosen",
                       "soften", "remove", "drop", "scrap", "cancel", "concession",
                       "concessions", "accommodate", "yield", "allow", "permit", "freedom",
                       "freedoms", "access", "release", "liberalize", "liberalise"})


def steps_toward_nothing_yielded(tokens: list[Any]) -> bool:
    """Whether "take steps" names steps that yield nothing: what the steps are for (their
    infinitive, their "toward(s)" or "to" phrase, a clause about them) eases or gives up
    nothing ("a cautious step towards renewing cooperation", "steps aimed at integrating
    the regions", "the steps taken by the United States, which create obstacles", "take it
    a step further"). PLOVER CONCEDE is yielding or easing: "took steps to ease the
    dispute" is one."""
    steps = [t for t in tokens if t.lemma_.lower() == "step"]
    if not steps or not any(t.lemma_.lower() == "take" for t in tokens):
        return False
    told = {x.lemma_.lower() for s in steps for c in s.children
            if c.dep_ not in ("det", "amod", "compound", "nummod", "poss", "punct")
            for x in c.subtree}
    verb = steps[0].head if steps[0].dep_ == "dobj" else None
    if verb is not None:  # "took steps to ease": the infinitive may hang on the verb
        told |= {x.lemma_.lower() for c in verb.children if c.dep_ in ("xcomp", "advcl")
                 for x in c.subtree}
    return not told & _YIELDING


def gives_in_nowhere(head: Any, tokens: list[Any]) -> bool:
    """Whether "give in" reads a preposition with its own object as the particle: "will be
    given by the ministry in the near future", "give an account of his stay in Tskhinvali"
    tell no one yielding (the phrasal verb's "in" takes no object: "gave in to the
    demands")."""
    return head.lemma_.lower() == "give" and any(
        t.lower_ == "in" and any(c.dep_ == "pobj" for c in t.children) for t in tokens[1:])


#: Nouns of a people at large, whose views are no act of their state ("the majority of
#: Georgian citizens support him", "Georgian citizens would respond").
_PUBLIC = frozenset({"citizen", "citizens", "people", "public", "population", "majority",
                     "resident", "residents", "voter", "voters", "national", "nationals",
                     "society", "populace", "electorate", "respondent", "respondents"})


def said_by_the_public(head: Any) -> bool:
    """Whether a verbal act's doer is a people at large ("the majority of Georgian citizens
    support Gabunia", "Indian citizens would respond appropriately"): an opinion held or
    foretold, no statement by a state or by anyone who speaks for one (PLOVER's verbal acts
    are made by an actor: a government, a party, an organisation, a named person)."""
    subjects = [c for c in head.children if c.dep_ == "nsubj"]
    for s in subjects:
        if s.lemma_.lower() in ("majority", "most", "many", "some"):
            s = next((o for p in s.children if p.dep_ == "prep" and p.lower_ == "of"
                      for o in p.children if o.dep_ == "pobj"), s)
        if s.lower_ in _PUBLIC or s.lemma_.lower() in _PUBLIC:
            return True
    return False


def stray_preposition(tokens: list[Any]) -> bool:
    """Whether a pattern's preposition or particle belongs to a word outside the pattern
    ("continues to take steps aimed at integrating the regions into Russia's systems" is no
    CAMEO "continue into", an advance into territory): a pattern's preposition depends on
    its head, on the head's own particle or adverb ("returned back to"), or on another of
    its words ("have nothing to do with")."""
    head, words = tokens[0], {t.i for t in tokens}
    own = words | {c.i for c in head.children if c.dep_ in ("prt", "advmod")}
    return any(t.pos_ in ("ADP", "PART") and t.dep_ != "aux" and t.head.i not in own
               and not t.is_ancestor(head) for t in tokens[1:])


#: Possessive pronouns that point back to the doer of the clause they stand in.
OWN_PRONOUNS = frozenset({"their", "its", "his", "her", "our", "my"})


def instructs_own_people(head: Any) -> bool:
    """Whether an order or instruction goes to the doer's own people ("agreed to direct their
    officials to intensify efforts", "ordered his ministers to prepare a plan"): a state's
    administration of itself, no request of one actor to another (PLOVER REQUEST is between
    actors; the act ordered, if the text tells one, is coded as planned on its own)."""
    return any(c.dep_ == "dobj" and any(p.dep_ == "poss" and p.lower_ in OWN_PRONOUNS
                                        for p in c.children)
               for c in head.children)


#: Nouns of a hold over ground that lasts once taken: an occupation or a blockade stands.
_HOLDS = frozenset({"occupation", "blockade"})
#: Verbs that react to what stands ("protested the occupation", "has not accepted the
#: occupation"): their object is the state reacted to, not an act told at a time.
_REACTING_TO_A_STATE = frozenset({"protest", "condemn", "denounce", "decry", "accept",
                                  "reject", "oppose", "resist", "tolerate", "recognise",
                                  "recognize", "legitimise", "legitimize", "justify",
                                  "deplore", "criticise", "criticize"})


def a_hold_reacted_to(head: Any) -> bool:
    """Whether a noun of a lasting hold ("occupation", "blockade") is what someone reacts
    to ("protested against the Russian occupation", "has neither accepted such illegal
    occupation of our territory", "condemns the blockade"): the hold as it stands, the
    reaction being the act told (PLOVER codes acts, not the states they leave), not the
    hold's taking, which a verb tells ("occupied the region in 2008")."""
    node = head
    while node.dep_ == "conj" and node.head.i != node.i:
        node = node.head
    if node.lower_ not in _HOLDS and node.lemma_.lower() not in _HOLDS:
        return False
    gov = node.head
    if node.dep_ == "pobj":
        return bool(gov.lower_ == "against")
    return node.dep_ in ("dobj", "nsubjpass") and gov.lemma_.lower() in _REACTING_TO_A_STATE


def demands_of_no_one(tokens: list[Any]) -> bool:
    """Whether a "said ... must" or "should" clause asks nothing of anyone: its subject is an
    act, not an actor ("Stopping the leak should come first, she said", "that talks resume
    must be the priority"), so there is no one the demand is made of (PLOVER REQUEST asks
    an actor)."""
    clauses = [t.head for t in tokens[1:] if t.dep_ == "aux" and t.lower_ in ("must", "should")]
    return any(not any(c.dep_ in ("nsubj", "nsubjpass", "expl") for c in v.children) and
               any(c.dep_ in ("csubj", "csubjpass") for c in v.children) for v in clauses)


#: Pronouns of the first and second person: who they are, only a named speaker tells.
_PERSONAL = frozenset({"i", "we", "you"})


def done_by_an_unnamed_person(head: Any) -> bool:
    """Whether a verb's act is done by "I", "we" or "you" that no one named speaks as (the
    coder found no doer: "we give Egypt $500 million in aid", a reader's comment; "thank you
    for working with the President"; "you will figure out that ..."): the writer, a reader or
    an unknown speaker, no actor of the text; the act's other side alone would make a
    one-sided event no one can place. Not in a quote or what someone is said to say ("Lin
    stated, 'We will work with the Indian side'", "he said we would help"): a speaker's
    "we" is theirs, which the coder may still learn from the sentence or the one before."""
    node = head
    if _opened_quote(head):
        return False
    for _ in range(4):
        if node.pos_ not in ("VERB", "AUX"):
            return False
        subjects = [c for c in node.children if c.dep_ in ("nsubj", "nsubjpass")]
        if subjects:
            return any(s.lower_ in _PERSONAL for s in subjects) and not _said(node)
        if node.dep_ in ("xcomp", "conj") and node.head.i != node.i:
            node = node.head  # "we want to help", "we met and agreed": the subject above
        elif node.dep_ == "pcomp" and node.head.head.i != node.i:  # "thank you for working"
            gov = node.head.head
            return gov.lemma_.lower() == "thank" and any(
                c.dep_ == "dobj" and c.lower_ == "you" for c in gov.children)
        else:
            return False
    return False


def _opened_quote(t: Any) -> bool:
    """Whether *t* follows a quotation mark its sentence opens and has not closed before it
    (a quote may end in a later sentence)."""
    before = t.doc.text[t.sent.start_char:t.idx]
    return bool(before.count("\u201c") > before.count("\u201d") or before.count('"') % 2 == 1)


def _said(clause: Any) -> bool:
    """Whether *clause* is what a verb of saying says ("he said we would help")."""
    node = clause
    while node.dep_ == "conj" and node.head.i != node.i:
        node = node.head
    return node.dep_ in ("ccomp", "parataxis") and node.head.lemma_.lower() in _SAYING_VERBS


#: Verbs of saying whose complement is what their subject says.
_SAYING_VERBS = frozenset({"say", "state", "tell", "add", "note", "stress", "declare",
                           "announce", "write", "tweet", "insist", "claim", "assert"})


def commands_the_reader(head: Any) -> bool:
    """Whether a verb is an imperative the text addresses to its reader ("Come to Bank of
    America", "Visit Georgia this summer", "Join us in ..."): a command, no act told (in a
    quote it is a speaker's demand, which its saying verb tells)."""
    node = head
    while node.dep_ == "conj" and node.head.i != node.i:
        node = node.head
    if node.tag_ != "VB" or node.dep_ != "ROOT" or _opened_quote(node):
        return False
    if any(c.dep_ in ("nsubj", "nsubjpass", "aux", "auxpass", "expl") for c in node.children):
        return False
    first = next((t for t in node.sent if not t.is_punct and t.lower_ not in _SOFTENERS), node)
    return bool(first.i == node.i)


#: Words an imperative may open with ("Please visit ...", "Now join ...").
_SOFTENERS = frozenset({"please", "now", "so", "just", "then", "also"})
#: Participles that give a thing its purpose ("a room used for meetings").
_PURPOSED = frozenset({"use", "design", "build", "reserve", "intend", "set", "earmark",
                       "equip", "prepare", "allocate", "dedicate"})


def names_a_purpose(head: Any) -> bool:
    """Whether an act's noun names what a thing is for ("a conference room used for meetings
    between the commanders", "a hall designed for talks"): the thing's purpose, no act told
    at a time (PLOVER codes acts)."""
    prep = head.head
    return head.dep_ == "pobj" and prep.lower_ == "for" and prep.head.tag_ == "VBN" and \
        prep.head.dep_ == "acl" and prep.head.lemma_.lower() in _PURPOSED


# -- titles round 2: an act commented on, or compared -----------------------------------------

#: Verbs and nouns of commenting whose "on"/"about" phrase names what the comment is about.
_COMMENTING = frozenset({"comment", "remark", "speak", "talk", "reflect", "opine", "weigh",
                         "comments", "remarks"})
#: The prepositions of what a comment is about.
_ABOUT = frozenset({"on", "about", "regarding", "concerning"})
#: Verbs whose "on" may tell when they were said ("speaking on a visit to Delhi"): about only
#: with "about" ("spoke about the visit").
_SPEAKING_ON = frozenset({"speak", "talk"})
#: Verbs of comparing, whose object and "to"/"with" phrase name the things compared.
_COMPARING = frozenset({"compare", "liken", "equate"})


def commented_on(head: Any) -> bool:
    """Whether an act is only what someone comments on or compares ("Putin commented on the
    sanctions against Georgia", "spoke about the visit", "compared the protests to a coup"):
    saying something about an act is a statement about it (CAMEO 01, a comment), not the act,
    which the sentence does not report."""
    node = head
    while node.dep_ == "conj" and node.head.i != node.i:
        node = node.head
    governor = node.head
    if node.dep_ in ("pobj", "pcomp") and governor.lower_ in _ABOUT:
        said = governor.head.lemma_.lower()
        return (said in _COMMENTING or governor.head.lower_ in _COMMENTING) and not (
            governor.lower_ == "on" and said in _SPEAKING_ON)
    if node.dep_ in ("pobj", "pcomp") and governor.lower_ in ("to", "with"):
        governor = governor.head  # "compared X to the coup": the second thing compared
    elif node.dep_ != "dobj":
        return False
    return governor.pos_ == "VERB" and governor.lemma_.lower() in _COMPARING


# -- round 9: a fact accepted, a question asked, a share of a people, a violation judged, an
# -- order to no one, a membership only sought

#: What one accepts when accepting agrees to another actor's proposal or demand (PLOVER
#: AGREE: agree to, accept or sign a proposal, demand, agreement or offer), or takes in
#: people another actor sends (CAMEO "accept refugees"). Accepting a
#: figure, a fact, a result or a finding ("accepted only four casualties", "accept their
#: defeat", "accepted the recommendations of the report") agrees to nothing anyone put to
#: the accepter.
_PROPOSALS = frozenset({
    "proposal", "proposals", "offer", "offers", "plan", "plans", "invitation", "invitations",
    "mediation", "formula", "term", "terms", "condition", "conditions", "demand", "demands",
    "deal", "agreement", "agreements", "accord", "ceasefire", "truce", "compromise",
    "settlement", "request", "requests", "bid", "initiative", "package", "roadmap", "treaty",
    "pact", "arbitration", "aid", "help", "assistance", "loan", "suggestion", "suggestions",
    "framework", "draft", "resolution", "ultimatum", "apology", "credentials", "mandate",
    "jurisdiction", "verdict", "ruling", "arrangement", "protocol", "memorandum", "peace",
    "claim", "claims", "refugee", "refugees", "migrant", "migrants", "asylum-seekers",
    "immigrants", "evacuees", "deportees", "detainees", "prisoners"})


def accepts_no_proposal(head: Any) -> bool:
    """Whether a bare "accept" accepts no proposal: what it takes is a figure, a fact or a
    result (its object names none of ``_PROPOSALS``, no actor and no pronoun standing for
    one) or a clause ("accepted that the talks had failed"): an acknowledgment, which
    agrees to nothing another actor put forward. "accepted Kazakhstan's proposal", "accepted
    it", "accepted Georgia's request for a meeting" still agree."""
    if head.lemma_.lower() != "accept":
        return False
    objects = [c for c in head.children if c.dep_ in ("dobj", "nsubjpass")]
    if not objects:
        return any(c.dep_ == "ccomp" for c in head.children)
    for o in objects:
        for x in (o, *(c for c in o.conjuncts)):
            if x.pos_ == "PRON" and x.lower_ not in _NOTHING or x.ent_type_ in _ACTOR_LABELS \
                    or x.lower_ in _PROPOSALS or x.lemma_.lower() in _PROPOSALS:
                return False
    return True


#: Pronouns that stand for no proposal ("accepted nothing", "accepted everything").
_NOTHING = frozenset({"nothing", "everything", "all"})
#: Verbs of asking a question: the act in their "whether" or "if" clause is only asked about
#: ("asked if Kazakhstan had requested a meeting", "wondered whether they would sign").
_ASKING_A_QUESTION = frozenset({"ask", "wonder", "inquire", "enquire", "question", "query"})
#: Verbs of wanting to be told: "demanded to know why ..." asks a question, no act.
_LEARNING = frozenset({"know", "learn", "understand", "hear"})


def asked_about(head: Any) -> bool:
    """Whether an act is what a question asks about: the clause of a verb of asking marked
    "whether" or "if" ("Asked if Kazakhstan had requested a meeting, the spokesman ...",
    "reporters wondered whether the two would meet", "demanded to know whether ..."). The
    text neither reports the act nor
    its absence (``left_open``: a verb of telling that is denied)."""
    node = head
    for _ in range(12):  # (a clause's depth; the root is its own head)
        up = node.head
        if up.i == node.i:
            return False
        if node.dep_ == "conj" and any(c.dep_ in ("nsubj", "nsubjpass") for c in node.children):
            return False  # a clause of its own, stated
        if node.dep_ in ("ccomp", "advcl") and any(
                m.dep_ == "mark" and m.lower_ in _QUESTION_MARKS for m in node.children) and (
                up.lemma_.lower() in _ASKING_A_QUESTION or up.lemma_.lower() in _LEARNING and
                up.dep_ == "xcomp" and up.head.lemma_.lower() in ("demand", "want", "ask")):
            return True  # ("demanded to know whether ...": a "why" takes the act as done)
        node = up
    return False


def demands_to_know(head: Any) -> bool:
    """Whether a verb of demanding or asking asks to be told ("demanding to know why the
    military is not used"): a question put, no act demanded of anyone (CAMEO 020/100 ask
    for an act)."""
    return head.lemma_.lower() in ("demand", "ask", "request") and any(
        c.dep_ == "xcomp" and c.lemma_.lower() in _LEARNING for c in head.children)


#: Words of a share of a people, whose views are a poll's ("58 % blamed BP", "almost
#: identical numbers blamed BP"), no statement by a state or anyone who speaks for one.
_SHARES = frozenset({"%", "percent", "per", "cent", "number", "numbers", "proportion",
                     "share", "third", "thirds", "quarter", "half", "fifth", "poll",
                     "survey", "respondents"})


def a_share_of_a_people(head: Any) -> bool:
    """Whether a verbal act's subject is a share of a people ("almost identical numbers
    blamed BP", "58 percent of Americans blamed the company"): a poll's finding, an
    opinion held (as ``said_by_the_public``), no act of an actor."""
    for s in (c for c in head.children if c.dep_ == "nsubj"):
        if s.lower_ in _SHARES or s.lemma_.lower() in _SHARES:
            of = [o for p in s.children if p.dep_ == "prep" and p.lower_ == "of"
                  for o in p.children if o.dep_ == "pobj"]
            if not of or any(o.lower_ in _PUBLIC or o.lemma_.lower() in _PUBLIC or
                             o.ent_type_ in ("NORP", "GPE") for o in of):
                return True
    return False


#: What one defies when violating is defying (CAMEO 128 "defy norms, law": VIOLATE with a
#: convention, a resolution, an embargo, a ceasefire): a norm, a law or an agreement.
_NORMS = frozenset({
    "law", "laws", "norm", "norms", "rule", "rules", "convention", "conventions",
    "resolution", "resolutions", "agreement", "agreements", "accord", "accords", "treaty",
    "treaties", "pact", "consensus", "embargo", "sanction", "sanctions", "principle",
    "principles", "protocol", "protocols", "commitment", "commitments", "obligation",
    "obligations", "deal", "understanding", "charter", "ban", "order", "orders",
    "arrangement", "arrangements", "terms", "code", "constitution", "regulation",
    "regulations", "mandate", "moratorium", "memorandum", "ceasefire", "truce", "decision",
    "ruling", "verdict", "injunction", "statute", "pledge", "promise", "guarantee", "act"})
_VIOLATING = frozenset({"violate", "breach", "contravene", "flout", "infringe"})


def violates_no_norm(head: Any) -> bool:
    """Whether "violate" tells no defiance of a norm (CAMEO 128, PLOVER REJECT): what is
    violated is no law, rule or agreement ("violated Kyrgyz airspace", "violates the
    sovereignty and territorial integrity of Georgia": a charge of trespass, which only its
    speaker's words make an accusation), or the violator is a thing or an act, not an actor
    ("the election violates the constitution", "China's action violates the rules": a
    judgment of that act by the speaker). "Kazakhstan violated the ceasefire agreement"
    defies one. "defy" defies a norm or an actor ("defied Moscow"), not "the odds"."""
    objects = [c for c in head.children if c.dep_ in ("dobj", "nsubjpass")]
    if head.lemma_.lower() == "defy":  # "defied Moscow", "defied the ban"; not "the odds"
        return bool(objects) and not any(
            x.lemma_.lower() in _NORMS or x.lower_ in _NORMS or _an_actor(x) or
            x.ent_type_ in _ACTOR_LABELS for o in objects for x in (o, *o.conjuncts))
    if head.lemma_.lower() not in _VIOLATING:
        return False
    if not any(x.lemma_.lower() in _NORMS or x.lower_ in _NORMS
               for o in objects for x in (o, *o.conjuncts)):
        return True
    subjects = [c for c in head.children if c.dep_ in ("nsubj", "csubj")]
    return any(s.dep_ == "csubj" or _a_thing(s) for s in subjects)


#: Pronouns that stand for a thing or an act, not an actor ("this violates ...").
_THING_PRONOUNS = frozenset({"this", "that", "it", "these", "those"})


def _a_thing(noun: Any) -> bool:
    """Whether a subject names a thing or an act, not someone: a demonstrative, or a noun
    that itself names no one ("the move", "Russia's use of bases", "Abkhazia's so-called
    election"; not "the Indian side", "Russian troops")."""
    if noun.lower_ in _THING_PRONOUNS and noun.tag_ != "WDT":
        return True  # (not a relative "that": "troops that violated ...")
    return noun.pos_ == "NOUN" and not names_someone(noun) and \
        noun.lemma_.lower() not in OWN_ORGANS and noun.lower_ not in OWN_ORGANS


def what_is_violated(head: Any) -> bool:
    """Whether an act's noun names what is violated or defied ("violated the ceasefire",
    "in breach of the truce", "defied the ban"): the act stood before; the violation is
    what the sentence tells, not a ceasefire declared or a ban imposed."""
    gov = _noun_governor(head, ("of",))  # "in breach of the truce"
    return gov is not None and (gov.lemma_.lower() in _VIOLATING | {"defy", "breach",
                                                                    "violation"} or
                                gov.lower_ in ("breach", "violation", "violations", "breaches"))


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


#: Verbs of ordering (CAMEO ORDER [100], a demand made of another actor).
_ORDERING = frozenset({"order", "instruct", "direct", "command"})
#: Nouns of a state's own organs: what a leader orders them, the state does itself (an
#: administration of itself, no request of another actor).
OWN_ORGANS = frozenset({"authority", "authorities", "government", "official", "officials",
                        "ministry", "ministries", "cabinet", "minister", "ministers",
                        "army", "military", "troops", "forces", "force", "police",
                        "agency", "agencies", "service", "services", "staff",
                        "prosecutor", "prosecutors", "administration", "department",
                        "departments", "guard", "guards", "navy", "aides", "officers",
                        "commanders", "soldiers", "units", "regulators", "governors"})


def orders_no_one(head: Any) -> bool:
    """Whether an order asks nothing of another actor (CAMEO ORDER is a demand, 100): it
    orders an act or a thing ("ordered the suspension of flights", "ordered a re-run of the
    vote": the act, coded by its own noun, is the leader's), forces to a place ("ordered
    troops to the border": a deployment), or the state's own organs without a possessive
    ("ordered the authorities to ensure ...": as ``instructs_own_people``). "ordered
    Kyrgyzstan to withdraw", "a court ordered the company to pay" demand of someone."""
    if head.lemma_.lower() not in _ORDERING or head.pos_ != "VERB":
        return False
    passive = any(c.dep_ == "auxpass" for c in head.children)
    ordered = [c for c in head.children
               if c.dep_ == ("nsubjpass" if passive else "dobj")]
    if not ordered:
        return False
    for o in ordered:
        organ = o.lower_ in OWN_ORGANS and o.ent_type_ != "TL_KB"  # ("the Cabinet of
        # Ministers", capitalised and taken for a name, is an organ: round 11)
        if o.ent_type_ in _ACTOR_LABELS and not organ or o.pos_ == "PRON" or \
                o.pos_ == "PROPN" and not organ:
            return False
        named = any(t.ent_type_ in _ACTOR_LABELS and t.lower_ not in OWN_ORGANS and
                    t.pos_ not in ("DET", "ADP") for t in o.subtree if t.i != o.i)
        if o.lemma_.lower() in OWN_ORGANS or o.lower_ in OWN_ORGANS:
            if named:
                return False  # "ordered the Kyrgyz authorities to ...": another state's
        elif _an_actor(o) or o.lower_ in _PEOPLE:
            return False
    return True


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


#: Endings of abstract nouns, which name no one ("reincarnation", "relationship",
#: "settlement", "stability", "tolerance", "pluralism", "readiness", "policy").
_ABSTRACT_ENDINGS = ("tion", "sion", "ship", "ment", "ity", "ance", "ence", "ism", "ness",
                     "cy", "ure")
#: Nouns of what is, no one ("ties", "the situation", "the process").
_ABSTRACT_NOUNS = _DECISIONS | _THING_SUBJECTS | {"tie", "ties", "process", "issue", "matter",
                                                  "question", "dispute", "border", "boundary"}


def _abstract(noun: Any) -> bool:
    """Whether a common noun names something abstract (by its ending or as a noun of a
    decision, a situation or relations): no one a demand could be made of. Nouns of
    people ("protesters", "heir", "corps") are not."""
    word = noun.lemma_.lower()
    if word in _BODIES or noun.lower_ in _BODIES:
        return False
    return word in _ABSTRACT_NOUNS or noun.lower_ in _ABSTRACT_NOUNS or \
        word.endswith(_ABSTRACT_ENDINGS)


#: Nouns of bodies and peoples with an abstract noun's ending ("both nations should").
_BODIES = frozenset({"nation", "nations", "delegation", "administration", "coalition",
                     "federation", "organization", "organisation", "corporation",
                     "association", "opposition", "commission", "mission", "population",
                     "generation", "leadership", "community", "authority", "authorities",
                     "majority", "minority", "agency", "presidency", "legislature",
                     "institution", "institutions", "union", "confederation", "alliance",
                     "convention", "committee", "assembly", "parliament", "government",
                     "ministry", "embassy", "company", "party", "parties", "army",
                     "military", "navy", "force", "forces", "police", "militia"})


def demands_of_oneself_or_a_thing(tokens: list[Any]) -> bool:
    """Whether a "said ... must" or "should" clause asks nothing of another actor: its
    subject is the speaker's "we" or "I" ("we must respond to the situation", Tadtaev
    said: an obligation the speaker takes on, no request) or a thing, not an actor ("the
    reincarnation must follow religious rituals", "the relationship should take the form of
    a tango": a view of how things should be), or "should" opens a condition ("a plan
    should the attempt fail": "if"). PLOVER REQUEST asks an actor to act; "India should
    honour its commitments", "both nations should handle ties wisely" ask."""
    auxes = [t for t in tokens[1:] if t.dep_ == "aux" and t.lower_ in ("must", "should")]
    for a in auxes:
        v = a.head
        subjects = [c for c in v.children if c.dep_ in ("nsubj", "nsubjpass")]
        if subjects and a.i < min(s.left_edge.i for s in subjects):
            return True  # "a plan should the attempt fail": "if", no obligation
        if subjects and all(s.lower_ in ("we", "i") or s.pos_ == "NOUN" and
                            not names_someone(s) and not _an_actor(s) and _abstract(s)
                            for s in subjects):
            return True
    return False


# -- round 10: a charge that is a duty or a cost, a doer asked about, "there should be", a
# -- point conceded, a market's demand, an evacuation that aids no one, a rally for someone,
# -- a measure complied with, a warning of one's own act, a podium taken

#: Verbs whose object "charge" is control or a cost, not an accusation ("took charge of the
#: clean-up", "assumed charge", "took a $56 million charge"); charges are "brought",
#: "filed", "pressed" or "faced" (CAMEO 112, 173).
_HOLDING_CHARGE = frozenset({"take", "assume", "book", "record", "incur", "post", "report",
                             "put", "place", "leave"})
#: What one is "charged with" when charged with a duty, not with a crime: a task told by
#: its verb ("charged with deciding", "charged by the president with providing
#: recommendations"; CAMEO: "+ BEEN * BY $ WITH FORMING GOVERNMENT" is 060, cooperation)
#: or named ("charged with the task of").
_DUTIES = frozenset({"decide", "provide", "oversee", "ensure", "lead", "run", "manage",
                     "coordinate", "co-ordinate", "monitor", "implement", "develop", "draft",
                     "prepare", "review", "investigate", "examine", "study", "protect",
                     "supervise", "negotiate", "handle", "regulate", "enforce", "form",
                     "determine", "advise", "recommend", "assess", "evaluate", "organize",
                     "organise", "conduct", "maintain", "build", "design", "set", "establish",
                     "create", "deliver", "distribute", "clean", "contain", "find", "keep",
                     "make", "write", "plan", "guide", "head", "direct", "represent",
                     "task", "responsibility", "duty", "job", "mission", "role", "care"})


def charges_no_wrong(head: Any) -> bool:
    """Whether "charge" names a duty, control or a cost rather than an accusation: "in
    charge of" and "took charge of" are control, "a $56 million charge" a cost booked, and
    "charged (by X) with deciding" a task given (PLOVER ACCUSE, CAMEO 112 and 173: a
    charge is a wrong imputed to someone). "charged the minister with treason", "brought
    charges against", "faces charges of" accuse."""
    if head.lemma_.lower() != "charge":
        return False
    if head.pos_ == "NOUN":
        if head.dep_ == "pobj" and head.head.lower_ == "in":
            return True  # "in charge of the company"
        if any(t.ent_type_ == "MONEY" or t.text == "$" for t in head.subtree):
            return True  # "a $56 million charge related to the ban"
        return head.dep_ == "dobj" and head.head.lemma_.lower() in _HOLDING_CHARGE and \
            not any(c.dep_ == "prep" and c.lower_ == "against" for c in head.children)
    withs = [o for c in head.children if c.dep_ == "prep" and c.lower_ == "with"
             for o in c.children if o.dep_ in ("pcomp", "pobj")]
    return any(o.lemma_.lower() in _DUTIES for o in withs)


#: Interrogative words that stand for a doer the question asks about.
_WHO = frozenset({"who", "whom"})


def _a_question(head: Any) -> bool:
    """Whether the sentence of *head* ends with a question mark (a question may close inside
    quotes or brackets)."""
    sent, doc = head.sent, head.doc
    end = sent.end - 1
    while end > sent.start and (doc[end].is_space or doc[end].text in _CLOSING and
                                doc[end].text != "?"):
        end -= 1
    return bool(doc[end].text == "?")


def doer_asked(head: Any) -> bool:
    """Whether the doer of an act is what a question asks ("who can blame him?", "Who will
    pay for the clean-up?"): no one is said to do it; a rhetorical "who can blame X" even
    says no one would. "Why did Russia attack?" names its doer and is left to the coder."""
    return head.dep_ != "relcl" and any(c.dep_ in ("nsubj", "nsubjpass") and c.lower_ in _WHO
                                        for c in head.children) and _a_question(head)


def there_should_be(tokens: list[Any]) -> bool:
    """Whether a "said ... should" or "must" clause is an existential one ("whether there
    should be punitive damages, he said", "there must be an inquiry"): a view of what ought
    to exist, with no actor it is asked of (PLOVER REQUEST asks an actor to act); what is
    called for, if it is an act, is coded by its own word."""
    return any(t.dep_ == "aux" and t.lower_ in ("must", "should") and
               any(c.dep_ == "expl" for c in t.head.children) for t in tokens[1:])


def should_have_done(tokens: list[Any]) -> bool:
    """Whether a "said ... should" or "must" clause is in the perfect ("it should have
    slowed down", "that should've been secured", "the government should have said"): a
    judgment of what was not done, which asks no one to act now (PLOVER REQUEST asks for an
    act to come; the reproach, if it faults an actor, is the criticism's own word)."""
    return any(t.dep_ == "aux" and t.lower_ in ("must", "should") and any(
        a.dep_ == "aux" and a.lemma_ == "have" and a.i > t.i for a in t.head.children)
        for t in tokens[1:])


#: What one asks when one asks a question: no act is asked for.
_ASKED_THINGS = frozenset({"question", "questions", "view", "views", "opinion", "opinions",
                           "thought", "thoughts"})


def puts_a_question(head: Any) -> bool:
    """Whether "ask" puts a question rather than asks for an act: it asks "a question" or
    someone's views ("asks a question at a hearing", "asked the doctor her views"), or it
    frames a direct question with no act asked for ("So, Braley asks, is the fund a slush
    fund?"). "asked X to withdraw", "asked for talks" ask for acts (CAMEO 02)."""
    if head.lemma_.lower() != "ask":
        return False
    kids = list(head.children)
    if any(c.dep_ == "xcomp" or c.dep_ == "prep" and c.lower_ == "for" for c in kids):
        return False
    if any(c.dep_ == "dobj" and c.lower_ in _ASKED_THINGS for c in kids):
        return True
    return head.dep_ in ("parataxis", "ccomp") and _a_question(head)


#: What one yields when yielding is conceding (CAMEO 08: yield ground, power, a position).
_YIELDED = frozenset({"ground", "territory", "control", "power", "position", "positions",
                      "seat", "seats", "land", "concession", "concessions", "point",
                      "points", "defeat", "demand", "demands", "right", "rights", "way"})


def concedes_nothing(head: Any) -> bool:
    """Whether "concede" or "yield" tells no yielding: "concede" says something ("he
    concedes, 'there were different scenarios'", "conceded that mistakes were made": an
    admission, a verb of saying), and transitive "yield" produces ("often yields a surreal
    result", "the search yielded nothing"). PLOVER CONCEDE is yielding to another's
    demands: "conceded the village", "yielded to pressure", "yielded ground"."""
    lemma = head.lemma_.lower()
    if lemma == "concede":
        if head.dep_ in ("parataxis", "ccomp") and head.head.i > head.i:
            return True  # '"...," he conceded' / 'he concedes, "..."' parsed either way
        return any(c.dep_ in ("ccomp", "parataxis") for c in head.children)
    if lemma == "yield":
        objects = [c for c in head.children if c.dep_ == "dobj"]
        return bool(objects) and not any(o.lemma_.lower() in _YIELDED for o in objects)
    return False


#: Words before "demand" that make it a market's demand for goods (an economic quantity),
#: not a demand made of someone ("domestic demand", "consumer demand", "oil demand").
_MARKET = frozenset({"domestic", "consumer", "global", "world", "external", "internal",
                     "aggregate", "energy", "oil", "fuel", "gas", "power", "electricity",
                     "market", "import", "export", "housing", "travel", "weak", "strong",
                     "robust", "sluggish", "seasonal", "peak", "private", "investment",
                     "industrial", "household", "customer", "commodity", "steel", "food",
                     "crude", "tourist", "overseas", "foreign"})


def a_markets_demand(head: Any) -> bool:
    """Whether the noun "demand" is demand for goods ("expand domestic demand, particularly
    consumer demand", "global oil demand"): an economic quantity that no actor makes of
    another (PLOVER REQUEST: a demand one actor makes of another)."""
    return head.lemma_.lower() == "demand" and head.pos_ == "NOUN" and any(
        c.dep_ in ("amod", "compound") and c.lower_ in _MARKET for c in head.children)


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


#: Prepositions and prefixes of a demonstration held for someone, not against them.
_FOR_SOMEONE = frozenset({"pro"})
#: What one rallies when rallying is gathering support, not demonstrating.
_RALLIED = frozenset({"support", "supporter", "supporters", "troops", "ally", "allies",
                      "backing", "opinion", "voter", "voters", "base", "party", "nation",
                      "country", "public", "people", "forces", "members"})


def demonstrates_for(head: Any, tokens: list[Any]) -> bool:
    """Whether a word of demonstrating tells support, not protest: "rally support for his
    efforts" gathers backers (no demonstration), and a rally or protest "in support of" or
    "in solidarity with" someone, or "pro-Mubarak", is held for them (CAMEO 051: a
    demonstration in support is a statement of support). PLOVER PROTEST is a demonstration
    against its target. The pattern's words are read together ("held a rally in support
    of X": the "in" may hang on "held")."""
    if head.pos_ in ("VERB", "AUX") and any(c.dep_ == "dobj" and c.lemma_.lower() in _RALLIED
                                            for c in head.children):
        return True  # "to rally support", "rallied his supporters"
    nodes = [*tokens, head.head] if head.dep_ == "dobj" else tokens
    if any(c.dep_ == "prep" and c.lower_ == "against" for n in nodes for c in n.children):
        return False  # "a rally against X in support of Y": a protest against X
    for node in nodes:
        for c in node.children:
            if c.dep_ == "prep" and c.lower_ == "in" and any(
                    o.lower_ in ("support", "solidarity", "favour", "favor")
                    for o in c.children if o.dep_ == "pobj"):
                return True
            if (c.lower_ in _FOR_SOMEONE or c.lower_.startswith("pro-")) and _backs_an_actor(c):
                return True  # "a pro Mubarak protest", "pro-government rallies"
    return False


#: Nouns of a government or its power that "pro-" backs ("pro-government", "pro-regime").
_RULERS = frozenset({"government", "regime", "kremlin", "army", "military", "president",
                     "establishment", "junta", "monarchy", "king"})


def _backs_an_actor(pro: Any) -> bool:
    """Whether "pro" (or a "pro-" word) backs an actor ("pro-Mubarak", "pro Kyrgyz",
    "pro-government"), not a cause: a "pro-democracy" protest is one against those who
    withhold it."""
    doc = pro.doc
    words = [pro] if pro.lower_ != "pro" else \
        [t for t in doc[pro.i + 1:pro.i + 3] if t.text not in _HYPHENS][:1]
    return any(t.ent_type_ in _ACTOR_LABELS or t.lower_.removeprefix("pro-") in _RULERS
               or t.lower_ in _RULERS for t in words)


#: Verbs of keeping to or getting round a measure in force ("abiding by UN sanctions",
#: "complied with the ban", "evade sanctions"): the measure stood before; keeping to it or
#: evading it imposes nothing.
_KEEPING_TO = frozenset({"abide", "comply", "adhere", "observe", "respect", "obey", "honour",
                         "honor", "evade", "circumvent", "skirt", "dodge", "bypass",
                         "sidestep", "enforce", "implement"})


def kept_to(head: Any) -> bool:
    """Whether an act's noun names a measure someone keeps to or evades ("was abiding by
    United Nations sanctions against Iran", "complied with the ban", "to evade sanctions"):
    the measure stands; no one imposes it here (as ``what_is_violated``)."""
    gov = _noun_governor(head, ("by", "with", "to"))
    return gov is not None and gov.lemma_.lower() in _KEEPING_TO and gov.i != head.i


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


def takes_an_infinitive(head: Any) -> bool:
    """Whether a verb that acts only with an infinitive ("told Georgia to withdraw") has one:
    "to" and a base form ("to withdraw", "not to bother") or a bare base form ('tells
    Mubarak "go"'), not a word the parser took for a clause of it ("he told the CBS program
    Face the Nation": a title, tagged as one or read as a present form)."""
    return any(c.dep_ == "xcomp" and (any(a.dep_ == "aux" and a.lower_ == "to"
                                          for a in c.children) or
                                      c.tag_ == "VB" and not c.ent_type_)
               for c in head.children)  # ('tells Mubarak "go"': a bare verb quoted)


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


def comes_to_a_topic(head: Any) -> bool:
    """Whether a verb of going is the idiom "when it comes to" ("the role of the United
    States when it comes to violence in X"): "it" goes nowhere; the phrase names a topic."""
    return head.lemma_.lower() == "come" and any(
        c.dep_ == "nsubj" and c.lower_ == "it" for c in head.children) and any(
        c.dep_ == "prep" and c.lower_ == "to" for c in head.children)


def proposed_by_lets(head: Any) -> bool:
    """Whether a verb is what "let's" proposes ("Let's go straight to Cairo", an anchor
    handing over to a correspondent): a first-person imperative suggests, it reports no
    act of anyone."""
    gov = head.head
    return head.dep_ in ("ccomp", "xcomp") and gov.lemma_.lower() == "let" and \
        gov.dep_ == "ROOT" and any(c.lower_ in ("'s", "’s", "us") for c in head.children)


def judged_to_blame(head: Any) -> bool:
    """Whether "blame" is the predicate of "be to blame" ("Obama is to blame", "BP is
    unlikely to be wholly to blame"): a judgment of who is responsible, in which the subject
    is the one blamed; no one is said to accuse anyone (PLOVER ACCUSE is an accusation
    made)."""
    return head.lemma_.lower() == "blame" and head.dep_ == "xcomp" and \
        head.head.lemma_ == "be" and any(a.dep_ == "aux" and a.lower_ == "to"
                                         for a in head.children)


def strikes_up(head: Any) -> bool:
    """Whether "strike" is the phrasal "strike up" (a conversation, a friendship, a tune):
    it starts something, it hits no one."""
    return head.lemma_.lower() == "strike" and any(c.dep_ == "prt" and c.lower_ == "up"
                                                  for c in head.children)


def tells_no_act_round_ten(head: Any, entry: Any, tokens: list[Any]) -> bool:
    """Whether the words tell no act of *entry* (the tenth round): a charge of duty or a
    cost, a doer a question asks, an existential "should", an admission or a product read
    as a concession, a market's demand, an evacuation that aids no one, a demonstration
    for someone, a measure kept to or evaded, and a warning of one's own act read as a
    criticism (it is a threat: the threaten entry reads it)."""
    if entry.type == "ACCUSE" and charges_no_wrong(head):
        return True  # "in charge of", "took charge", "charged with deciding"
    if entry.type == "REQUEST" and puts_a_question(head):
        return True  # "asks a question at a hearing", "So, X asks, is the fund ...?"
    if doer_asked(head):
        return True  # "who can blame him?"
    if "clause-subject" in entry.target and (there_should_be(tokens) or
                                             should_have_done(tokens)):
        return True  # "whether there should be punitive damages, he said", "it should
        # have slowed down, he said"
    if entry.type == "CONCEDE" and len(tokens) == 1 and concedes_nothing(head):
        return True  # 'he concedes, "there were ..."', "yields a surreal result"
    if entry.type == "REQUEST" and entry.pos == "noun" and a_markets_demand(head):
        return True  # "expand domestic demand"
    if entry.type == "AID" and evacuates_no_one_aided(head):
        return True  # "evacuating cleanup vessels", "42 Americans were evacuated"
    if entry.type == "PROTEST" and demonstrates_for(head, tokens):
        return True  # "to rally support", "a pro Mubarak protest"
    if entry.pos == "noun" and kept_to(head):
        return True  # "abiding by UN sanctions"
    if entry.type == "ACCUSE" and judged_to_blame(head):
        return True  # "Obama is to blame"
    if entry.type == "ASSAULT" and strikes_up(head):
        return True  # "struck up conversations with interns"
    if entry.mode == "visit" and (comes_to_a_topic(head) or proposed_by_lets(head)):
        return True  # "when it comes to violence in X", "Let's go to Cairo"
    if entry.type == "AGREE" and entry.intent and ready_for_a_danger(head):
        return True  # "well prepared for any outbreak", "is readying backup plans"
    if entry.type in ("ACCUSE", "THREATEN") and head.lemma_.lower() == "warn" and \
            len(tokens) == 1:
        return bool(entry.type == "THREATEN") != warns_of_own_act(head)
    return False
