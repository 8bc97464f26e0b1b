"""A company is a business, never its country's government (issue 22, round 18).

CAMEO's actor codebook codes business as a sector (BUS) of a state, never as the state, and
PETRARCH's agent dictionary gives BUS to the nouns of a firm (COMPANY, CORPORATION,
CONGLOMERATE, AIRLINE, AUTOMAKER, MANUFACTURER, ...). So a side written as a company ("British
oil giant BP", "Ryanair, the Irish airline", "the Russian state gas company") is a business
actor of its own:

- named by the company's name where the text gives one ("BP"), else by its words ("Russian
  state gas company");
- of the state the text writes for it, by an adjective, a name or a possessive on the company
  or on its noun ("British", "Britain's BP"), or a place of that state its "of" or "in"
  phrase names ("the United Bus Company of Tehran"), as CAMEO's GBRBUS: that state's business
  sector, as the knowledge base's agent nouns already read "Chinese companies" (the state's
  id with sector BUS, so a state's relations hold it, shown with its sector), never that
  state itself nor its government; an organisation of no state where none is written (the
  knowledge base knows no company's home, and a reader's guess is no text);
- a company's executive written with the company's name before the title ("BP Chief
  Executive Tony Hayward", "Acme CEO Jane Doe") is of the business sector too (not a
  chairman or a president: a central bank's or a senate's are a state's);
- a bare "the company" of no name and no state is left as it was (no side is guessed).

An ingest says how many of its events have a business as a side, and how they are coded
(:func:`summary_line`), as it says what it leaves uncoded.

A company the knowledge base knows as an organisation keeps its entry; this reads only the
sides written with a noun of a firm.
"""

from __future__ import annotations

from collections.abc import Callable, Iterable
from typing import Any

from ..models import ActorRef, Coding, Mention
from .nouns import _entity_of

#: Nouns of a firm (PETRARCH's agents with sector BUS); not "bank" (a central bank is a
#: state's), "carrier" (an aircraft carrier), "producer" or "exporter" (oil states are called so),
#: "major" (an army's rank before a name far more often than "an oil major").
FIRM_NOUNS = frozenset({
    "company", "companies", "firm", "firms", "corporation", "corporations", "conglomerate",
    "giant", "giants", "multinational", "multinationals", "airline", "airlines", "automaker",
    "carmaker", "manufacturer", "maker", "insurer", "retailer", "contractor", "subsidiary",
    "corp", "plc", "inc"})
#: Titles of a company's executives, written after its name ("BP Chief Executive X").
_EXECUTIVE_WORDS = frozenset({"executive", "ceo", "boss"})
#: Words of a title that may come before "executive" ("Chief Executive").
_TITLE_WORDS = frozenset({"chief", "executive", "ceo", "boss", "former", "group"})
#: Entity types of places and peoples: a state's, never a company's name.
_PLACES = frozenset({"GPE", "NORP", "LOC"})
#: Modifier dependencies that may write a firm's noun or its state.
_MODIFIERS = ("amod", "compound", "nmod", "poss", "appos")

RefOf = Callable[[Mention], ActorRef | None]
Countries = Callable[[Any], list[ActorRef]]


def firm_side(t: Any, mentions: dict[int, Mention], ref_of: RefOf,
              countries: Countries) -> list[ActorRef] | None:
    """The business side the token *t* writes (see the module's docstring), or None when *t*
    writes no company, or only "the company" of no name and no state (*mentions*: the
    sentence's actor mentions by token; *ref_of*: the side a mention stands for;
    *countries*: the states a word the resolver left aside names, "Irish")."""
    if t.ent_type_ in _PLACES:
        return None
    nouns = [x for x in _described(t) if x.lower_ in FIRM_NOUNS]
    if not nouns:
        return _executive(t, mentions) if t.pos_ == "PROPN" else None
    name = _name(t)
    state = _state(t, nouns, mentions, ref_of, countries)
    if name is None and state is None:
        return None
    words = name or " ".join(x.text for x in t.subtree if x.i <= t.i and
                             x.dep_ not in ("det", "poss", "case") and not x.is_punct)
    if state is None:
        return [ActorRef(None, words, None, "BUS", "organization")]
    return [ActorRef(state, words, state, "BUS", "country")]  # (as "Chinese companies")


def _described(t: Any) -> list[Any]:
    """*t*, its modifiers and its apposition's ("The Chinese telecoms giant Huawei": the
    parser may hang the firm's noun on the name in apposition)."""
    near = [c for c in t.children if c.dep_ in _MODIFIERS]
    return [t, *near, *(g for c in near if c.dep_ == "appos" for g in c.children
                        if g.dep_ in _MODIFIERS and g.i < c.i)]


def _name(t: Any) -> str | None:
    """The company's name where *t* or its apposition or compound gives one, else None."""
    for x in (t, *(c for c in t.children if c.dep_ in ("appos", "compound", "nmod"))):
        if x.pos_ == "PROPN" and x.ent_type_ not in _PLACES and x.i not in _titles(t):
            ent = _entity_of(x)
            return _trimmed(list(ent)) if ent is not None else str(x.text)
    return None


def _trimmed(words: list[Any]) -> str:
    """The words of a name (as the entity gives them, as :meth:`EventCoder._unknown_entity`
    names an organisation) without a trailing preposition or mark ("the United Bus Company
    of" as the parser may cut it)."""
    while words and (words[-1].pos_ in ("ADP", "PUNCT", "DET")):
        words = words[:-1]
    return " ".join(w.text for w in words)


def _titles(t: Any) -> set[int]:
    return {x.i for x in t.subtree if x.lower_ in FIRM_NOUNS}


def _state(t: Any, nouns: list[Any], mentions: dict[int, Mention], ref_of: RefOf,
           countries: Countries) -> str | None:
    """The state an adjective, name or possessive on *t* or on its firm nouns writes, or the
    place of its "of" or "in" phrase ("the United Bus Company of Tehran": Iran's)."""
    for x in (t, *nouns):
        places = [g for c in x.children if c.dep_ == "prep" and c.lower_ in ("of", "in")
                  for g in c.children if g.dep_ == "pobj"]
        for c in [*x.children, *places]:
            if c.dep_ not in (*_MODIFIERS, "pobj") or c.dep_ != "pobj" and c.i > x.i:
                continue
            m = mentions.get(c.i)
            refs = ([r] if (r := ref_of(m)) else []) if m is not None else countries(c)
            if refs and refs[0].kind == "country" and refs[0].country:
                return refs[0].country
    return None


def _executive(t: Any, mentions: dict[int, Mention]) -> list[ActorRef] | None:
    """A person written after a company's name and an executive's title ("BP Chief
    Executive Tony Hayward"): of the business sector, of no state."""
    if t.ent_type_ != "PERSON":
        return None
    before = [w for c in t.children if c.dep_ == "compound" and c.i < t.i
              for w in c.subtree if w.i < t.i]
    titles = [w for w in before if w.lower_ in _EXECUTIVE_WORDS]
    if not titles or any(w.i in mentions for w in before):
        return None
    firm = [w for w in before if w.i < titles[0].i and w.pos_ == "PROPN" and
            w.ent_type_ not in _PLACES and w.lower_ not in _TITLE_WORDS]
    if not firm:
        return None
    ent = _entity_of(t)
    return [ActorRef(None, str(ent.text if ent is not None else t.text), None, "BUS", "person")]


#: The words every ingest's business line holds.
BUSINESS_SIDES = "with a business as a side"


def sided(events: Iterable[Coding]) -> int:
    """How many of *events* have a side of the business sector (a company or its executive)."""
    return sum(any(r is not None and r.sector == "BUS" for r in (e.source, e.target))
               for e in events)


def summary_line(events: int, articles: int) -> str:
    """Say, once for a run, how many events had a business as a side, and how they are coded."""
    return (f"{events} event{'s' if events != 1 else ''} in {articles} "
            f"article{'s' if articles != 1 else ''} {BUSINESS_SIDES} (a company or its "
            "executive: coded as business, sector BUS, of the state the text writes for it, "
            "never as that state or its government; of no state where the text writes none)")
