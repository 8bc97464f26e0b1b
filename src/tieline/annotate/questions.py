"""Questions, answers, comments and opinions: speech about an act that is no act.

"asked" puts a question, not a request, when what is asked is a matter, a question or a view
("asked about the talks", "asked whether", "asks a question"); an act a yes-no question or a
"whether" clause asks about, a doer a question asks ("who can blame him?"), a refusal to
answer ("declined to comment", no REJECT), an act left open ("did not specify whether"), an
assertion ("insists its rules are the toughest", no demand), an act only talked, commented on
or compared, "it is time to", a concern caused rather than raised with someone, and the views
of a people at large or a poll's share of one ("58 percent blamed BP").
"""

from __future__ import annotations

from typing import Any

from .acting import _PUBLIC, names_someone

#: What one is "asked to" do when asked a question: speak about something.
_ANSWERING = frozenset({"comment", "respond", "react", "elaborate", "confirm", "clarify",
                        "answer", "explain", "specify", "say", "reply", "speak", "talk"})

_QUESTION_MARKS = frozenset({"whether", "if"})

_WH_WORDS = frozenset({"what", "why", "how", "when", "where", "who", "whom", "which"})


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
