"""Words that match an event's pattern but state no act by one actor toward another.

PLOVER codes an event as an act of a source toward a target. Some words that patterns match
describe something else, and coding them leaves one-sided events that no pair's view can use.
The coder's pattern check (``matching._fits``) asks the predicates here and in the modules
beside this one, by what the words do instead:

* ``journeys``: motion that goes to no place, a departure, a private trip, company joined;
* ``questions``: a question asked, an answer refused, a comment, a people's opinion;
* ``dangers``: a danger or a forecast rather than a threat, force on no one, attacks in words;
* ``lasting``: a state or a standing relation rather than an act, a fact accepted, nothing
  yielded;
* ``orders``: an order, a demand, a ban, a norm or a charge that asks nothing of another actor;
* ``acting`` holds what they share (who can act: entity labels, nouns of people and bodies).

This module keeps the predicates of a phrase's grammar (a verb form used as a conjunction, a
word outside its head's phrase, a stray preposition, a verb that needs its infinitive, a
tokenised bracket, an occasion's name, an act's noun naming what a thing is for), an act by an
"I", "we" or "you" no named speaker stands for, an imperative to the reader, "strike up", and
:func:`tells_no_act_round_ten`, the tenth round's check (its other rules live in ``hazards``,
``learning``, ``contests``, ``asking``, ``polarity`` and ``negation``).

The predicates read only the parse and the entity types the actor stage left on it, so they
run inside the coder's pattern check at no extra parse.
"""

from __future__ import annotations

from typing import Any

from .dangers import ready_for_a_danger, warns_of_own_act
from .journeys import comes_to_a_topic, evacuates_no_one_aided
from .lasting import a_markets_demand, concedes_nothing, kept_to
from .orders import (
    charges_no_wrong,
    demonstrates_for,
    judged_to_blame,
    proposed_by_lets,
    should_have_done,
    there_should_be,
)
from .questions import doer_asked, puts_a_question

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


# -- round 3: warnings of a danger, refusals to answer, calls for an act, leaving no group ----


# -- round 4: acts kept from happening, words outside the pattern's phrase, concerns caused,
# -- attacks in words, private trips, hazard alerts, assertions, questions left open, forecasts


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


# -- round 9: a fact accepted, a question asked, a share of a people, a violation judged, an
# -- order to no one, a membership only sought


# -- round 10: a charge that is a duty or a cost, a doer asked about, "there should be", a
# -- point conceded, a market's demand, an evacuation that aids no one, a rally for someone,
# -- a measure complied with, a warning of one's own act, a podium taken


def takes_an_infinitive(head: Any) -> bool:
    """Whether a verb that acts only with an infinitive ("told Georgia to withdraw") has one:
    "to" and a base form ("to withdraw", "not to bother") or a bare base form ('tells
    Mubarak "go"'), not a word the parser took for a clause of it ("he told the CBS program
    Face the Nation": a title, tagged as one or read as a present form)."""
    return any(c.dep_ == "xcomp" and (any(a.dep_ == "aux" and a.lower_ == "to"
                                          for a in c.children) or
                                      c.tag_ == "VB" and not c.ent_type_)
               for c in head.children)  # ('tells Mubarak "go"': a bare verb quoted)


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
