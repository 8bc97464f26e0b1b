"""Act nouns: how the tagger and the parser write them, whose they are, where they go.

A noun heads an act as a verb does ("the detention of X"), but the tagger reads some as
adjectives or names and the parser hangs some on the wrong word; the helpers here find the
act noun, its owner ("Armenia's decision"), what it only names (a process, a trade), and the
place of a visit or a flight told by the verb that carries it.
"""

from __future__ import annotations

from typing import Any

from .acting import OWN_PRONOUNS
from .found import _Context, _Found
from .lexicon import Entry, Lexicon
from .side_grammar import indefinite

#: Tags of a finite verb: a sentence with none whose act is an infinitive ("Putin to visit
#: Georgia") is a headline's announcement of what is to come.
_FINITE = frozenset({"VBD", "VBZ", "VBP", "MD"})

#: Verbs of arriving whose "in" or "to" place is the one visited when the verb is "on" a
#: visit ("landed in China on a two-day visit", "is in Bishkek on a state visit").
_ARRIVING = {"be", "arrive", "land", "come", "travel", "fly", "go"}
#: Nouns that make an act's noun an adverbial of the clause it stands in ("as a mark of
#: protest against X, India withdrew ...", "as a form of protest": "as a protest").
_TOKENS = {"mark", "sign", "gesture", "token", "form"}


def _token_of_protest(noun: Any) -> bool:
    """Whether the protest noun *noun* says why its clause's act is done ("in protest
    against X", "as a protest", "as a mark of protest"); "as" with "a" only, for the parser
    hangs a clause's subject on it too ("as the protests spread")."""
    if noun.dep_ == "pobj" and noun.head.lower_ == "of" and \
            noun.head.head.lemma_.lower() in _TOKENS and noun.head.head.dep_ == "pobj":
        noun = noun.head.head
    return noun.dep_ == "pobj" and (noun.head.lower_ == "in" or
                                    noun.head.lower_ == "as" and indefinite(noun))


def _flown_to(noun: Any) -> list[Any]:
    """Where a flight goes when its clause's verb, not the noun, names the place: "the first
    direct flight from Russia landed in Tbilisi", "the airline performed the first direct
    flight from Moscow to Tbilisi" (the parser hangs "to" on the verb)."""
    if noun.lemma_.lower() != "flight" or noun.dep_ not in ("nsubj", "dobj"):
        return []
    verb = noun.head
    if noun.dep_ == "nsubj":
        preps: tuple[str, ...] = ("in", "at") if verb.lemma_.lower() in _ARRIVING else ()
    else:
        preps = ("to",)
    return [x for c in verb.children if c.dep_ == "prep" and c.lower_ in preps
            for x in c.children if x.dep_ == "pobj"]


def _arrived_in(noun: Any, entry: Entry) -> list[Any]:
    """The place of a visit its noun leaves to the verb of arriving it is "on" or "for"
    ("landed in China on a two-day visit", "is in Bishkek on a state visit"): the one
    visited, as "a visit to China" names it."""
    prep = noun.head
    if entry.mode != "visit" or noun.dep_ != "pobj" or prep.dep_ != "prep" or \
            prep.lower_ not in ("on", "for"):
        return []
    verb = prep.head
    if verb.pos_ not in ("VERB", "AUX") or verb.lemma_.lower() not in _ARRIVING:
        return []
    return [x for c in verb.children if c.dep_ == "prep" and c.lower_ in ("in", "to")
            for x in c.children if x.dep_ == "pobj"]


def _participle_noun(v: Any) -> Any:
    """The noun a participle after it describes ("citizens arrested near X"; "one of three
    citizens detained", which the parser hangs on "one" and may tag as a past tense), else
    None."""
    if v.dep_ != "acl" or v.tag_ not in ("VBN", "VBD"):
        return None
    head = v.head
    if head.pos_ == "NUM":
        head = next((x for c in head.children if c.dep_ == "prep" and c.lower_ == "of"
                     for x in c.children if x.dep_ == "pobj"), None)
    return head if head is not None and head.pos_ in ("NOUN", "PROPN") else None


#: Verbs whose two subjects give each other what their object names ("traded accusations").
#: Nouns that name the carrying out of an act another noun modifies ("disengagement
#: efforts", "the withdrawal process", "evacuation operation"): the act is what is done.
_PROCESS_NOUNS = {"effort", "process", "operation", "exercise", "procedure"}


def _entity_of(t: Any) -> Any | None:
    """The named entity *t* is in, if it lies within *t*'s sentence: what ``t.sent.ents``
    gives, read from the tokens' entity tags (``Span.ents`` builds a span for every entity
    of the document on each access: ~0.3 ms a call on a news article)."""
    if not t.ent_type_:
        return None
    doc, start, end = t.doc, t.i, t.i + 1
    while start > 0 and doc[start].ent_iob_ == "I":
        start -= 1
    while end < len(doc) and doc[end].ent_iob_ == "I":
        end += 1
    if any(doc[i].is_sent_start for i in range(start + 1, end)):
        return None  # (an entity across a sentence's end is not the sentence's)
    return doc[start:end]


def _once(f: _Found, found: list[_Found]) -> list[_Found]:
    """*found* with *f*, one act told once: where a word of the pattern of *f* is the act
    noun of an act of the same type found before ("the withdrawal of Russian troops from
    Georgia was completed": the noun, then "completed" with it, "complete withdrawal",
    reading the noun's actors as its passive subject's), the reading that names more of its
    sides is kept, the earlier one on a tie."""
    words = set(f.entry.others)
    told = [g for g in found if g.entry.type == f.entry.type and g.entry.pos == "noun" and
            g.trigger.lemma_.lower() in words and any(x.i == g.trigger.i for x in f.tokens)]
    if not told:
        return [*found, f]
    sides = len(f.sources) + len(f.targets)
    if all(len(g.sources) + len(g.targets) >= sides for g in told):
        return found
    gone = {id(g) for g in told}
    return [g for g in found if id(g) not in gone] + [f]


def _mistagged_noun(t: Any, lexicon: Lexicon) -> bool:
    """Whether *t*, tagged an adjective, is an act noun modifying another noun: the tagger
    reads a noun before a noun as an adjective now and then ("disengagement efforts" as
    amod); a word the lexicon knows only as a noun is one."""
    return t.pos_ == "ADJ" and t.dep_ in ("amod", "compound") and t.head.pos_ == "NOUN" and \
        t.head.i > t.i and not lexicon.lookup("verb", t.lemma_.lower(), "own") and \
        bool(lexicon.lookup("noun", t.lemma_.lower(), "own"))


def _opening_noun(t: Any, lexicon: Lexicon) -> str:
    """The act noun *t* is where the tagger read it as a name for its capital at the start of
    a sentence ("Talks between A and B began ..." after a headline): the lexicon's lemma of
    the word (its singular), or "" where *t* is no such word (a name, a word mid-sentence)."""
    if not t.is_sent_start or t.ent_type_ or not t.is_title:
        return ""
    return _noun_lemma(t.lower_, lexicon)


def _headline_infinitive(node: Any) -> bool:
    """Whether *node* is a headline's infinitive ("Peru to impose sanctions on Chile",
    "Lima: Peru to impose ..."): the sentence has no finite verb and the infinitive heads it
    or hangs on a name (its subject or a dateline), not on a noun it completes ("Brazil's
    refusal to cooperate", "the coming together of X to denounce Y")."""
    return any(c.dep_ == "aux" and c.tag_ == "TO" for c in node.children) and \
        (node.dep_ == "ROOT" or node.head.pos_ == "PROPN") and \
        not any(x.tag_ in _FINITE for x in node.sent)


def _noun_lemma(word: str, lexicon: Lexicon) -> str:
    """The lexicon's act noun *word* is (itself or its singular), or ""."""
    for lemma in (word, word[:-1] if word.endswith("s") else ""):
        if lemma and lexicon.lookup("noun", lemma, "own"):
            return lemma
    return ""


def _owned_act_noun(t: Any, lexicon: Lexicon) -> str:
    """The act noun *t* is where the tagger read it as a name for its capital mid-sentence,
    owned by a possessive pronoun ("in their second Informal Summit", "its Strategic
    Dialogue"): a name is owned by no one, so the word is the act (its lexicon lemma, as
    ``_opening_noun``); "" for any other word ("the Wuhan Summit" names an occasion)."""
    if not t.is_title or t.ent_type_ in ("PERSON", "GPE", "NORP") or \
            not any(c.dep_ == "poss" and c.tag_ == "PRP$" for c in t.children):
        return ""
    return _noun_lemma(t.lower_, lexicon)


def _names_process(n: Any) -> bool:
    """Whether act noun *n* modifies a noun that only names its carrying out ("finalized
    disengagement efforts" tells the disengagement as the verb's object would; "the
    disengagement process is a long one" tells no act, its carrier being no verb's object)."""
    return n.dep_ in ("compound", "amod") and n.head.lemma_.lower() in _PROCESS_NOUNS and \
        n.head.i > n.i


_TRADING = {"trade", "exchange", "swap"}


def _traded(trigger: Any) -> bool:
    """Whether the act *trigger* names is traded: the object of "trade" or "exchange" ("India
    and China traded accusations"), which two sides do to each other."""
    return trigger.dep_ == "dobj" and trigger.head.lemma_.lower() in _TRADING


#: Prepositions of what a stance is about: who takes it does not do what it is about.
_TOPIC_PREPS = {"about", "over", "against"}


def _owning_modifiers(noun: Any, clause: Any, ctx: _Context) -> list[Any]:
    """The actors a noun's modifiers before it name, as the owner of the infinitive *clause*
    it governs ("the Kyrgyz decision to close the border": Kyrgyzstan's decision, so
    Kyrgyzstan closes it) or its active participle ("the Kyrgyz decree banning flights"), not
    a place. A past participle's noun undergoes the act instead ("a Georgian soldier killed
    in ...")."""
    if clause.dep_ != "acl" or not (clause.tag_ == "VBG" or any(
            c.dep_ == "aux" and c.lower_ == "to" for c in clause.children)):
        return []
    return [c for c in noun.children if c.dep_ in ("amod", "compound", "nmod") and
            c.i < noun.i and c.i in ctx.token_mention and
            ctx.token_mention[c.i].form != "place"]


def _owning_of(noun: Any, clause: Any, ctx: _Context) -> list[Any]:
    """The actor a noun's "of" phrase names as the owner of the infinitive *clause* the noun
    governs ("the decision of the Abkhaz parliament to expel monks": the parliament expels
    them), as :func:`_owning_modifiers` reads "the Abkhaz decision to": only an infinitive
    (not "the withdrawal of troops deployed there") and only a named actor, not a place."""
    if clause.dep_ != "acl" or clause.i < noun.i or not any(
            c.dep_ == "aux" and c.lower_ == "to" for c in clause.children):
        return []
    objs = [x for c in noun.children if c.dep_ == "prep" and c.lower_ == "of" and c.i < clause.i
            for x in c.children if x.dep_ == "pobj"]
    return [x for x in objs if _names_actor(x, ctx)]


def _names_actor(t: Any, ctx: _Context) -> bool:
    """Whether *t* or a word modifying it is (part of) an actor's mention, not a place's."""
    for x in (t, *(c for c in t.children if c.dep_ in ("amod", "compound", "nmod", "poss"))):
        m = ctx.token_mention.get(x.i)
        if m is not None and m.form != "place":
            return True
    return False


def between_others(noun: Any) -> bool:
    """Whether the act *noun* names its two parties with "between X and Y", neither of them
    one's own: then whoever carries the noun ("urged negotiations between X and Y") is not
    a party (round 11). "A meeting between Singh and their minister" names the seeker's own;
    "cooperation between both countries" may be the speaker's."""
    parties = [o for c in noun.children if c.dep_ == "prep" and c.lower_ == "between"
               for o in c.children if o.dep_ == "pobj"]
    parties += [x for o in parties for x in o.children if x.dep_ == "conj"]
    return len(parties) >= 2 and not any(
        c.dep_ == "poss" and c.lower_ in OWN_PRONOUNS for p in parties for c in p.children)
