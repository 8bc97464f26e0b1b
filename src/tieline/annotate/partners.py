"""Sides a sentence names by what it says of them, not by their name (issue 22, round 12).

- **The partner of the meeting an act is done at**: what one side asks, agrees, refuses or
  concedes "during his meeting with Y", "at the talks with Y" or "in a phone call with Y" is
  asked of, agreed with, refused or conceded to Y, the one across the table (PLOVER REQUEST,
  AGREE, REJECT and CONCEDE have the other party of the exchange as their target). A meeting
  written definite with no partner and no name ("during the meeting", "at the talks", not
  "during the BRICS meeting") is the one the text told before: the latest meeting of the
  same side, in the sentences just before, gives its partner. Never an accusation, a threat
  or praise made at a meeting, which may aim at anyone ("during his meeting with Y, X
  condemned terrorism"); never someone else's meeting ("during Y's visit to Z"); never
  where the sentence writes an addressee of its own.
- **A state named by an epithet**: "the South Caucasus nation", "this country", "the
  neighbouring country" name a state the text has just named (a definite description points
  back, and never to the subject of its own clause: "Moscow banned flights to the South
  Caucasus nation" is not Russia's own). It is the one state other than the act's known side
  named in the sentence before it or the one before that sentence; never when two such are
  named, never a bare "the country" or "the nation" (one's own, as often as not: "an address
  to the nation"), nor "the whole country", "another country", "its neighbour". "X's
  neighbour" with X a state named by its name (round 17) is the one state besides X, the
  act's known side and those doing the act with it that the sentence or the one before
  names (:func:`neighbour_state`).
- **A group named by a pronoun** (round 14): "they" and "them" point back to people or bodies
  named in the plural ("Kazakh MPs appealed to the Kyrgyz parliament. They asked Kyrgyzstan
  to ...", "unless the Peruvian nationals say they are coming to Chile to work") in their
  own sentence or the sentence before it, in one paragraph. Only where every group named
  there is of one state: two groups ("Kazakh guards detained Kyrgyz shepherds. They accused
  them ..."), a group no state's ("the protesters"), or people joined by "and" (a pair the
  pronoun may mean together) leave it unread; never inside a quote, whose "they" may be
  anyone the speaker means; a word of a name is no group ("the People's Liberation Army").

- **The one a quote is said to** (round 15): "you" inside a direct quote is whom its
  sentence tells the quote to, outside it: the object of a verb of telling ("'We will work
  with you,' Modi told Xi") or the "to" phrase of a verb of saying ("..., Modi said to
  Xi"). Never a "you" whose sentence names no one told (an interview's "you", a reader's:
  "'You can see the damage,' he said"), nor one the quote is told to reporters or people
  the knowledge base cannot place, nor two addressees of two sides.

Each side found so is stored with its basis ("inferred-clause" where the sentence itself
names the partner or state, "inferred-previous" where the sentence before does).
"""

from __future__ import annotations

from dataclasses import replace
from typing import Any

from ..models import ActorRef, Report
from .home_sides import TO_WHOM
from .side_basics import Ident, Refs, StateOf, gap, key, same_side, someone, token_at, with_sides

#: Acts said across a table, whose target is the other party of the exchange when unwritten.
SAID = frozenset({"REQUEST", "AGREE", "REJECT", "CONCEDE"})
#: Nouns of an occasion two parties meet at.
MEETINGS = frozenset({"meeting", "meet", "talks", "talk", "summit", "conversation", "call",
                      "negotiations", "consultations", "visit", "dialogue"})
#: Prepositions of the occasion an act is done at ("during the talks", "at his meeting
#: with Y", "in a phone call with Y").
AT = frozenset({"during", "at", "in"})
#: Words that point back to an occasion told before ("the meeting", "this visit").
POINTING = frozenset({"the", "this", "that"})
#: How far back (characters) the meeting a definite "the meeting" points to may be told.
MEETING_REACH = 600
#: Nouns that describe a state.
STATE_NOUNS = frozenset({"country", "nation", "republic"})
#: Nouns of a state bordering another ("India's western neighbour", round 17).
NEIGHBOURS = frozenset({"neighbour", "neighbor"})
#: Modifiers of a state's noun that make it one's own or anyone's, not a state named before.
NOT_BACK = frozenset({"whole", "entire", "same", "own", "home", "host", "other", "another",
                      "third", "every", "each", "any", "one", "foreign", "sovereign",
                      "independent", "new", "first", "last", "only"})
#: Pronouns of a group named before them.
GROUP_PRONOUNS = frozenset({"they", "them"})
#: Tags of nouns in the plural.
PLURAL_TAGS = frozenset({"NNS", "NNPS"})
#: The pronoun of the one a quote is said to.
ADDRESSED = frozenset({"you"})
#: Verbs of telling whose object is the one told ("'...,' Modi told Xi").
TELLING = frozenset({"tell", "assure", "inform", "remind", "warn", "urge", "ask"})
#: Verbs of saying whose "to" phrase is the one told ("'...,' Modi said to Xi").
SAYING_TO = frozenset({"say", "write", "add", "declare", "explain", "reply", "speak"})
#: Quote marks that open a direct quote, and those that close one.
OPENING_QUOTES = ("“", "«")
CLOSING_QUOTES = ("”", "»")


def complete(events: list[Report], sents: dict[int, Any], refs: Refs, state_of: StateOf,
             ident: Ident) -> list[Report]:
    """Return *events* with the partners of meetings and the states of epithets (see the
    module's docstring) as the sides they leave out. *sents*, *refs*, *state_of* and
    *ident* are as :func:`tieline.annotate.sides.complete` takes them."""
    out: list[Report] = []
    for e in events:
        sent = sents.get(e.evidence[0].start)
        if sent is not None and not e.mutual and (e.source is None) != (e.target is None):
            partner = meeting_partner(e, sent, out, refs) if e.target is None else None
            if partner is not None:
                e = with_sides(e, e.source, partner, ident)
            else:
                state = epithet_state(e, sent, refs, state_of) or \
                    neighbour_state(e, sent, refs, state_of)
                if state is not None:
                    e = with_sides(e, e.source or state, e.target or state, ident)
        out.append(e)
    return out


def meeting_partner(e: Report, sent: Any, before: list[Report], refs: Refs) -> ActorRef | None:
    """The other party of the meeting the act *e* is done at, or None."""
    trigger = token_at(sent, e.evidence[0].trigger_start)
    if e.source is None or e.type not in SAID or trigger is None or _addressed(trigger):
        return None
    meeting = _occasion(trigger)
    if meeting is None or any(c.dep_ == "poss" and c.pos_ != "PRON" for c in meeting.children):
        return None  # (someone else's: "during Xi's visit to India")
    partners = [g for c in meeting.children if c.dep_ == "prep" and c.lower_ == "with"
                for g in c.children if g.dep_ == "pobj"]
    if partners:
        found = refs(partners)
        if len({key(r) for r in found}) != 1 or same_side(found[0], e.source) or \
                not found[0].country:
            return None
        return replace(found[0], basis="inferred-clause")
    if not any(c.lower_ in POINTING or c.dep_ == "poss" for c in meeting.children) or \
            any(c.dep_ in ("compound", "nmod") for c in meeting.children):
        return None  # ("at a meeting": another one than told before; "the BRICS meeting":
        # a named one, of many)
    return _told_meeting(e.source, before, sent.start_char)


def _addressed(trigger: Any) -> bool:
    """Whether the act's words write whom it addresses, known or not ("called on the
    exiles", "asked the delegates to ...")."""
    return any(c.dep_ == "dobj" and someone(c) or c.dep_ == "prep" and c.lower_ in TO_WHOM
               and any(g.dep_ == "pobj" and someone(g) for g in c.children)
               for c in trigger.children)


def _occasion(trigger: Any) -> Any:
    """The noun of the meeting the clause of *trigger* is done at, or None."""
    node = trigger
    for _ in range(3):  # (the trigger, the verb it is the object or complement of, ...)
        for c in node.children:
            if c.dep_ == "prep" and c.lower_ in AT:
                for g in c.children:
                    if g.dep_ == "pobj" and g.lemma_.lower() in MEETINGS:
                        return g
        if node.dep_ not in ("dobj", "xcomp", "pobj", "prep", "conj") or node.head.i == node.i:
            return None
        node = node.head
    return None


def _told_meeting(side: ActorRef, before: list[Report], start: int) -> ActorRef | None:
    """The other side of the latest meeting told before *start* (within MEETING_REACH),
    when *side* is one of its two sides."""
    for prior in reversed(before):
        if prior.evidence[0].start < start - MEETING_REACH:
            return None
        if prior.type != "CONSULT":
            continue
        if prior.source is None or prior.target is None or not prior.source.country or \
                not prior.target.country:
            return None
        if same_side(prior.source, side) and not same_side(prior.target, side):
            return replace(prior.target, basis="inferred-previous")
        if same_side(prior.target, side) and not same_side(prior.source, side):
            return replace(prior.source, basis="inferred-previous")
        return None
    return None


def epithet_state(e: Report, sent: Any, refs: Refs, state_of: StateOf) -> ActorRef | None:
    """The state an epithet on the missing side of *e* describes, or None."""
    known = e.source or e.target
    trigger = token_at(sent, e.evidence[0].trigger_start)
    if known is None or not known.country or trigger is None:
        return None
    words = _subject_words(trigger) if e.source is None else _object_words(trigger)
    epithet = next((t for t in words if _epithet(t) and
                    all(same_side(r, known) for r in refs([t]))), None)  # (read as the
    # state named last, which the act's own side is where it was the last named)
    if epithet is None:
        return None
    return _named_before(epithet, known, sent, refs, state_of)


def neighbour_state(e: Report, sent: Any, refs: Refs, state_of: StateOf) -> ActorRef | None:
    """The state "X's neighbour" on the missing side of *e* names (round 17): a neighbour of
    a state named by its name is a state bordering it, and where the sentence, or the one
    before it, names one state besides X, the act's known side and those doing the act with
    it ("China and Turkey providing support to India's western neighbour", Pakistan named
    before), that one; else None. Never "its neighbour" (whose?), never two such states."""
    known = e.source or e.target
    trigger = token_at(sent, e.evidence[0].trigger_start)
    if known is None or not known.country or trigger is None:
        return None
    words = _subject_words(trigger) if e.source is None else _object_words(trigger) + \
        [g for h in (trigger, *trigger.children) for c in h.children if c.dep_ == "dative"
         for g in c.children if g.dep_ == "pobj"]  # ("provided support to X": a dative)
    noun = next((t for t in words if t.lower_ in NEIGHBOURS and t.pos_ == "NOUN"), None)
    owners = [] if noun is None else [c for c in noun.children if c.dep_ == "poss"]
    owner = refs(owners)
    if noun is None or len(owner) != 1 or not owner[0].country or same_side(owner[0], known):
        return None
    skip = {x.i for c in (*trigger.children, *owners) if c.dep_ in ("nsubj", "poss")
            for x in c.subtree}  # (who does the act with the known side: "China and Turkey")
    doc = noun.doc
    before = doc[sent.start - 1].sent if sent.start > 0 else None
    first = before.start if before is not None and "\n" not in gap(before, sent) \
        else sent.start  # (the sentence before, within its paragraph)
    states: dict[str | None, tuple[ActorRef, bool]] = {}
    for tok in doc[first:noun.i]:
        if tok.pos_ == "PRON" or tok.i in skip:
            continue
        for ref in refs([tok]):
            state = state_of(ref)
            if state.country and not same_side(state, known) and not same_side(state, owner[0]):
                states.setdefault(key(state), (state, tok.i >= sent.start))
    if len(states) != 1:
        return None
    state, here = next(iter(states.values()))
    return replace(state, basis="inferred-clause" if here else "inferred-previous")


def _object_words(trigger: Any) -> list[Any]:
    """The words that may write whom the act *trigger* is done to: its object, and the
    object of a target preposition on it or on its object ("visiting this country",
    "banned air travel with the nation")."""
    heads = [trigger, *(c for c in trigger.children if c.dep_ == "dobj")]
    return [c for c in trigger.children if c.dep_ == "dobj"] + \
        [g for h in heads for c in h.children if c.dep_ == "prep" and
         c.lower_ in TO_WHOM | {"with", "into"} for g in c.children if g.dep_ == "pobj"]


def _subject_words(trigger: Any) -> list[Any]:
    return [c for c in trigger.children if c.dep_ == "nsubj"]


def _epithet(t: Any) -> bool:
    """Whether *t* is a state's noun written as an epithet: definite, singular, described
    ("the South Caucasus nation", "the neighbouring country") or pointed at ("this
    country"), with no owner or "of" phrase of its own."""
    if t.pos_ != "NOUN" or t.lower_ not in STATE_NOUNS:
        return False
    dets = [c.lower_ for c in t.children if c.dep_ == "det"]
    mods = [c for c in t.children if c.dep_ in ("amod", "compound", "nmod")]
    if not dets or dets[0] not in POINTING or any(m.lower_ in NOT_BACK for m in mods) or \
            any(c.dep_ in ("poss", "relcl", "acl") or c.dep_ == "prep" and c.lower_ == "of"
                for c in t.children):
        return False
    return dets[0] in ("this", "that") or bool(mods)


def _named_before(t: Any, known: ActorRef, sent: Any, refs: Refs,
                  state_of: StateOf) -> ActorRef | None:
    """The one state other than *known*'s named before *t* in its sentence or in the
    sentence before it, or None where none or two are."""
    doc = t.doc
    first = sent.start
    if first > 0:
        first = doc[first - 1].sent.start
    states: dict[str | None, tuple[ActorRef, bool]] = {}
    for tok in doc[first:t.i]:
        if tok.pos_ == "PRON":
            continue
        for ref in refs([tok]):
            state = state_of(ref)
            if state.country and not same_side(state, known):
                states.setdefault(key(state), (state, tok.i >= sent.start))
    if len(states) != 1:
        return None
    state, here = next(iter(states.values()))
    return replace(state, basis="inferred-clause" if here else "inferred-previous")


def group_named_before(t: Any, refs: Refs) -> list[ActorRef] | None:
    """The group of one state the pronoun *t* ("they", "them") points back to (see the
    module's docstring), with the basis of where it is named, or None."""
    if t.lower_ not in GROUP_PRONOUNS or _in_quote(t):
        return None
    sent = t.sent
    first = sent.start
    if first > 0 and "\n" not in gap(t.doc[first - 1].sent, sent):
        first = t.doc[first - 1].sent.start
    groups: dict[str | None, tuple[ActorRef, bool]] = {}
    for x in t.doc[first:t.i]:
        if x.pos_ not in ("NOUN", "PROPN") or not someone(x):
            continue
        if any(c.dep_ == "conj" for c in x.children):
            return None  # ("X and Y": the two, or one of them)
        if x.dep_ == "conj" or not _plural(x) or \
                x.dep_ in ("compound", "poss") and x.head.pos_ == "PROPN":
            continue  # (a word of a name: "the People's Liberation Army")
        found = refs([x])
        if not found or not all(r.country for r in found):
            return None  # (a group the knowledge base cannot place may be the one meant)
        for r in found:
            groups.setdefault(key(r), (r, x.i >= sent.start))
    if len(groups) != 1:
        return None
    ref, here = next(iter(groups.values()))
    return [replace(ref, basis="inferred-clause" if here else "inferred-previous")]


def _plural(x: Any) -> bool:
    """Whether the noun *x* is in the plural, an acronym's too ("MPs", "NGOs"), which the
    tagger takes for a name."""
    return x.tag_ in PLURAL_TAGS or len(x.text) > 2 and x.text.endswith("s") and \
        x.text[:-1].isupper()


def _in_quote(t: Any) -> bool:
    """Whether *t* is inside a direct quote its sentence opens before it."""
    before: str = t.doc.text[t.sent.start_char:t.idx]
    return sum(before.count(q) for q in OPENING_QUOTES) > \
        sum(before.count(q) for q in CLOSING_QUOTES) or before.count('"') % 2 == 1


def quoted_addressee(t: Any, refs: Refs) -> list[ActorRef] | None:
    """The one "you" (*t*) is inside a direct quote: whom its sentence tells the quote to
    (see the module's docstring), with the basis "inferred-clause", or None."""
    if t.lower_ not in ADDRESSED or not _in_quote(t):
        return None
    for v in t.sent:
        if v.pos_ != "VERB" or _in_quote(v):
            continue
        lemma = v.lemma_.lower()
        told = [c for c in v.children if c.dep_ in ("dobj", "dative") and lemma in TELLING] + \
            [g for c in v.children if c.dep_ in ("prep", "dative") and c.lower_ == "to" and
             lemma in SAYING_TO for g in c.children if g.dep_ == "pobj"]
        if not told:
            continue
        found = refs(told)
        if len({key(r) for r in found}) != 1:
            return None  # (reporters, or two sides told at once)
        return [replace(found[0], basis="inferred-clause")]
    return None
