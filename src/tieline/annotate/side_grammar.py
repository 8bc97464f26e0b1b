"""The grammar of sides a parse hides (rounds 13 to 16).

A subject hung on the auxiliary (:func:`aux_subjects`), a causative participle's undergoer
(:func:`causative`, :func:`causative_undergoers`), the doer an act noun writes
(:func:`names_act`, :func:`act_doers`), the second party of a "between" phrase the parser
left out of it (:func:`between_words`), "X came under attack by Y" (:func:`come_under`), what
a blow's act lands on (:func:`struck_by`), a bare past participle's undergoer
(:func:`bare_passive`), an adverbial clause's doer (:func:`adjunct`), a headline's kicker
that is no subject (:func:`not_kickers`) and the subject an object pronoun never stands for
(:func:`own_subject`).
"""

from __future__ import annotations

from typing import Any

from .side_basics import PASSED, SUBJECTS, someone

#: Verbs whose past participle tells what was done to someone by another ("to have him
#: freed", "got their visas rejected"): the participle is a passive, its undergoer before it.
CAUSATIVE = frozenset({"have", "get"})

#: Endings of nouns made from verbs, which name an act ("deployment", "decision"), and act
#: nouns with other endings or none ("withdrawal", "use", "move"). Not "-al", "-ure",
#: "-ance" or "-ence" as such: they end as many things ("capital", "future", "balance").
ACT_ENDINGS = ("tion", "sion", "ment")

ACT_WORDS = frozenset({"use", "move", "step", "attack", "strike", "ban", "offer", "threat",
                       "buildup", "build-up", "push", "bid", "effort", "help", "support",
                       "withdrawal", "refusal", "removal", "approval", "arrival", "dismissal",
                       "denial", "proposal", "seizure", "closure", "departure", "presence",
                       "assistance", "acceptance", "interference", "insistence", "resistance",
                       "visit", "trip"})


def indefinite(noun: Any) -> bool:
    """Whether *noun* is written with "a" or "an" ("as a protest", "as a mark of protest"),
    not as the subject of a clause "as" opens ("as protests spread")."""
    return any(c.dep_ == "det" and c.lower_ in ("a", "an") for c in noun.children)


# -- the grammar of sides a parse hides ---------------------------------------------------
def aux_subjects(verb: Any) -> list[Any]:
    """The subject the parser hung on the auxiliary of an active *verb* that has none of
    its own, where a phrase stands between them ("China has on Monday asked X to leave":
    "China" read as the subject of "has"); none for a passive, whose subject undergoes it
    ("X has on Monday been asked")."""
    if verb.pos_ != "VERB" or any(c.dep_ in SUBJECTS or c.dep_ == "auxpass"
                                  for c in verb.children):
        return []
    return [g for c in verb.children if c.dep_ == "aux" and c.i < verb.i and
            any(p.dep_ == "prep" and c.i < p.i < verb.i for p in c.children)
            for g in c.children if g.dep_ == "nsubj"]  # (only where the phrase misled
    # the parser: "it would only capture" is no such case)


def causative(verb: Any) -> Any:
    """The "have" or "get" whose past participle *verb* is ("worked to have him freed",
    "got their visas rejected by X"), or None: the participle is a passive whose
    undergoer is written before it, and whose doer only its "by" phrase names (never the
    subject of "have", who arranges or suffers it)."""
    head = verb.head
    if verb.tag_ != "VBN" or head.i == verb.i:
        return None
    made = head.head if verb.dep_ == "acl" and head.dep_ == "dobj" and \
        not any(c.dep_ == "det" for c in head.children) else head  # ("got visa renewals
    # rejected", not "got the letter sent by X": a thing described)
    if made is head and verb.dep_ not in ("ccomp", "xcomp", "oprd") or \
            not _causing(made):
        return None
    return made


def _causing(verb: Any) -> bool:
    """Whether *verb* is a "get", or a "have" not finite ("to have him freed", "having it
    banned"): a finite "had" may hold what it tells of ("it had 90,000 users signed up")."""
    lemma = verb.lemma_.lower()
    return lemma in CAUSATIVE and (lemma == "get" or verb.tag_ in ("VB", "VBG"))


def causative_undergoers(verb: Any) -> list[Any]:
    """Who undergoes the participle *verb* of a causative (:func:`causative`): its own
    subject or the object of "have"/"get" ("had him freed", "had the journalists
    expelled"), else, where that is a thing ("got visa renewals rejected"), the subject
    of "get" or "have", whose the thing is."""
    made = causative(verb)
    if made is None:
        return []
    written = [c for c in verb.children if c.dep_ in SUBJECTS] or \
        ([verb.head] if verb.dep_ == "acl" else
         [c for c in made.children if c.dep_ == "dobj"])
    if any(someone(t) for t in written):
        return written
    return [c for c in made.children if c.dep_ == "nsubj"]


def bare_passive(verb: Any) -> bool:
    """Whether *verb* is a past participle opening an adverbial clause with no subject and
    no auxiliary of its own ("could face prison if convicted", "once arrested", "when
    attacked"): a passive, whose undergoer is the subject of the clause it modifies, never
    its doer (round 16). Not "having attacked", an active perfect, nor a clause of
    comparison ("as agreed between X and Y", "as planned"), which says the act is in line
    with another, not that the subject undergoes it."""
    return verb.tag_ == "VBN" and verb.dep_ == "advcl" and not any(
        c.dep_ in ("aux", "auxpass", "nsubj", "nsubjpass", "csubj") or
        c.dep_ == "mark" and c.lower_ in ("as", "than") for c in verb.children)


def adjunct(verb: Any) -> bool:
    """Whether *verb* heads an adverbial clause a subordinator opens with no subject of its
    own ("were detained while trying to protest", "was arrested after refusing to leave"):
    its doer is the subject of the clause it modifies, passive or not (round 16)."""
    return verb.dep_ == "advcl" and verb.tag_ in ("VBG", "VBN", "VB") and \
        any(c.dep_ == "mark" for c in verb.children) and \
        not any(c.dep_ in SUBJECTS for c in verb.children)


#: Verbs that, with "under" and an act's noun, tell that their subject undergoes it ("came
#: under attack", "was under fire from X", "fell under shelling").
UNDER_VERBS = frozenset({"come", "be", "remain", "fall"})


def come_under(noun: Any) -> Any:
    """The verb of "X came under attack (by Y)" when *noun* is the act's noun there: its
    subject is the act's target, its "by" or "from" phrase the doer (round 16); else None."""
    if noun.dep_ != "pobj" or noun.head.lower_ != "under":
        return None
    verb = noun.head.head
    return verb if verb.pos_ in ("VERB", "AUX") and verb.lemma_.lower() in UNDER_VERBS \
        else None


#: Verbs of a blow landing, whose passive subject is what an act of force in their "by"
#: phrase is done to ("was hit by Kazakh air strikes", "was pounded by Israeli shelling").
STRUCK_VERBS = frozenset({"hit", "strike", "pound", "target", "bombard", "shell", "batter",
                          "hammer", "rock", "damage", "destroy", "devastate", "level", "raze",
                          "flatten", "pummel", "blast", "ravage", "wreck", "bomb", "kill",
                          "wound", "injure"})


def struck_by(noun: Any) -> list[Any]:
    """What the act that *noun* names lands on, when the noun is the doer of a verb of a
    blow: the verb's subject when the noun is its passive's "by" phrase ("X was hit by
    Kazakh air strikes"), its object when the noun is its active subject ("Kazakh air
    strikes hit X"); else none. Grammar: the agent of a verb does to its object what the
    verb says; an act's noun as agent does it by its doer (the noun's possessor or
    demonym)."""
    if noun.dep_ == "pobj" and noun.head.dep_ == "agent":
        verb, role = noun.head.head, "nsubjpass"
    elif noun.dep_ == "nsubj":
        verb, role = noun.head, "dobj"
    else:
        return []
    if verb.lemma_.lower() not in STRUCK_VERBS:
        return []
    return [c for c in verb.children if c.dep_ == role]


def not_kickers(subjects: list[Any]) -> list[Any]:
    """*subjects* of one verb without a headline's kicker the parser took for one: a subject
    ended by a colon before another subject after it ("BRICS Summit 2024: Modi meets Xi",
    "Ukraine war: Russia attacks Kyiv"): the label before the colon names the topic, never
    a side (round 16)."""
    if len(subjects) < 2:
        return subjects
    def kicker(s: Any) -> bool:
        end = max((t.i for t in s.subtree if not t.is_punct), default=s.i)
        return s.doc[end + 1:end + 2].text == ":" and any(o.i > end + 1 for o in subjects)
    return [s for s in subjects if not kicker(s)] or subjects


def own_subject(t: Any) -> set[int]:
    """The words of the subject of the clause whose object the pronoun *t* is ("who insulted
    him": not the one who insulted): an object pronoun never stands for its own clause's
    subject (a reflexive would), so that one is no antecedent (round 16). Through a relative
    pronoun, the noun it stands for, with its name's words."""
    if t.lower_ not in ("him", "her") or t.dep_ not in ("dobj", "pobj", "dative"):
        return set()
    verb = t.head.head if t.dep_ == "pobj" else t.head
    out: set[int] = set()
    for s in (c for c in verb.children if c.dep_ in SUBJECTS):
        if s.lower_ in ("who", "that") and verb.dep_ == "relcl":
            s = verb.head
        out |= {s.i, *(c.i for c in s.children if c.dep_ == "compound")}
    return out


def names_act(noun: Any) -> bool:
    """Whether *noun* names an act ("the withdrawal", "Russia's decision", "the use of
    force"), not a person, a body or a thing."""
    lemma = noun.lemma_.lower()
    return noun.pos_ == "NOUN" and not someone(noun) and \
        (lemma in ACT_WORDS or lemma.endswith(ACT_ENDINGS))


def act_doers(noun: Any) -> list[Any]:
    """The words that name the doer of the act the noun *noun* names, when it names an act
    and no one ("Russia's deployment of troops", "the decision by X to ...", "X's use of
    the bases"): its possessor or the object of its "by"; none for a noun of people or a
    body ("Putin's critics" are not Putin), who do their own acts."""
    if not names_act(noun):
        return []
    return [c for c in noun.children if c.dep_ == "poss" and c.lower_ not in PASSED] + \
        [g for c in noun.children if c.dep_ in ("prep", "agent") and c.lower_ == "by"
         for g in c.children if g.dep_ == "pobj"]


def between_words(prep: Any) -> list[Any]:
    """The words of the "between" phrase *prep*: its own, and where they end on an "and" the
    parser left without the party after it ("a meeting between Prime Minister Modi and
    Chinese President Xi tomorrow", "Xi" read as a word of "tomorrow"), the words that
    follow, to the phrase's end (a verb, a preposition, a clause's opening or a stop):
    "between" names two parties by definition."""
    words = list(prep.subtree)
    if words[-1].dep_ != "cc" or words[-1].lower_ != "and":
        return words
    for t in prep.doc[words[-1].i + 1:prep.sent.end]:
        if t.pos_ in ("VERB", "AUX", "ADP", "SCONJ", "CCONJ") or \
                t.pos_ == "PUNCT" and t.tag_ != "HYPH":
            break
        words.append(t)
    return words
