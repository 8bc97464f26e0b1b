"""Counterparts: the pair of states an article is about, as the side its sentences leave out.

A page about India and China whose Chinese leader "called for a cooperative pas de deux of the
dragon and the elephant" addresses that call to India, as every reader of the page knows
though the sentence does not say so. When a page names two states far more than any other
(the article's pair) and states acts between them, a request of one of them
(a call, a demand, an appeal: PLOVER REQUEST, which asks another actor to act by definition)
whose sentence writes no addressee and names no one outside the pair is addressed to the
other. The side is stored with its own basis ("inferred-article"), so it is never mistaken
for one the text states, and a stated side always wins when reports merge.

Ties (round 15): restoring, developing or deepening relations (PLOVER AGREE, mode
"relations": the improvement of relations with another actor) told with no partner ("Russia
is ready to restore diplomatic relations", "India is ready to develop bilateral ties") are
ties with the other state of the pair, under the same guards; never where the words name a
partner, known or not ("closer ties to the West"), or many ("its international
partnerships", "cooperation among member states"). Read by hand on the census of round 15,
6 of 6 such sides on the news sets were right.

Only requests and ties: read by hand, the other directed types (accusing, threatening, protesting,
rejecting, sanctioning) were too often aimed at home or misread to take the article's
counterpart. On the two news sets, 17 of 22 sides a rule over all of them inferred were
right (two more unsure; after its guards: demonstrations, investigations and blockades at
home, refusals to comment, denials answering an unknown accuser); on the held-out samples
and Timeline17 slice of the stored-results corpus, 5 of 13 (Egypt's leader "ordered an
indefinite train shutdown", "denied claims of curfews", "warned the number of cases would
keep rising"). Requests on a page that states acts between the pair were right in every case
read: 8 of 8 on the news sets, 3 of 3 held out. Orders (a state's own chain of command) and
sides other than a state's executive or military (a party, a legislature, the opposition:
"lawmakers asked the government to ban imports", "the opposition called for protests") get
no counterpart either.
"""

from __future__ import annotations

from collections import Counter
from collections.abc import Iterable

from ..models import Mention

#: PLOVER types whose act is addressed to another by definition and, measured, to the
#: article's counterpart when no addressee is written (see the module's docstring).
DIRECTED = frozenset({"REQUEST"})
#: Types and modes of the same kind: ties are with another by definition (round 15).
DIRECTED_MODES = frozenset({("AGREE", "relations")})
#: Words that make ties or partnerships many ("international partnerships", "cooperation
#: among member states", "multilateral ties"): no one counterpart is meant.
MANY = frozenset({"international", "multilateral", "regional", "global", "multi", "foreign",
                  "among", "various", "other", "all", "new", "diversify", "diversification"})
#: Sectors whose acts are a state's towards others: the state itself (no sector), its
#: government and diplomats, its military. A party, a legislature, the opposition or civil
#: society speak at home as often as abroad ("lawmakers asked the government to ban
#: imports", "the opposition called for protests"): no counterpart is read into their acts.
STATE_SECTORS = frozenset({"GOV", "MIL"})
#: Modes of a request that stay at home: an order goes down a state's own chain of command
#: ("ordered an indefinite train shutdown").
HOME_MODES = frozenset({"instruct"})
#: The named-entity labels of someone a sentence may name that the knowledge base does not
#: know: such a one may be the side the act is aimed at.
PARTY_LABELS = frozenset({"PERSON", "ORG", "NORP", "GPE"})
#: What a call to one's own people asks for ("called for protests"): a call to the streets
#: is aimed at a state's own public, not at another state.
RALLIES = frozenset({"protest", "rally", "demonstration", "march", "strike"})
#: Verbs whose object is the one addressed, never the act ("accused the smugglers of ...",
#: "urged the public", "warned the rebels"): an object of theirs is a target written.
ADDRESSING = frozenset({"accuse", "blame", "charge", "urge", "ask", "warn", "tell", "press",
                        "request", "summon", "threaten", "sanction", "invite", "implore"})
#: The least often the second state must be named: a state named once is in passing.
MIN_MENTIONS = 3
#: How much less than the second state a third may be named at most (a share of it): three
#: states named evenly make no pair.
THIRD_SHARE = 0.5
#: How much less than the first state the second may be named at most: a page about one
#: state that names another a few times is about the one state, not the two.
SECOND_SHARE = 0.25


def directed(type_: str, mode: str | None, sector: str | None) -> bool:
    """Whether an act of *type_* and *mode* by a side of *sector* is addressed to another
    state when its sentence names no one."""
    return (type_ in DIRECTED or (type_, mode) in DIRECTED_MODES) and \
        mode not in HOME_MODES and (sector is None or sector in STATE_SECTORS)


def with_many(words: Iterable[str]) -> bool:
    """Whether the *words* of an act of ties make its partners many (:data:`MANY`)."""
    return any(w.lower() in MANY for w in words)


def acts_for_state(mention: Mention) -> bool:
    """Whether *mention* names its state as one that acts: by name, capital or metonym, or
    as a body or person of its government or military ("the foreign ministry", "Xi"), not
    as the nationality of someone else ("the Georgian TV host", "an Indian reporter")."""
    return mention.form != "demonym" or mention.sector in STATE_SECTORS


def article_pair(mentions: Iterable[Mention]) -> tuple[str, str] | None:
    """Return the two states (ISO codes) *mentions* name far more than any other, or None.

    Every mention of a state, its people, bodies and places counts for the state: "Putin",
    "the Kremlin" and "Moscow" are Russia's. Organisations without a country are third
    parties, counted apart (a page about the EU and Georgia has no state pair)."""
    counts: Counter[str] = Counter(m.country or f"actor:{m.actor_id or m.text}"
                                   for m in mentions)
    ranked = counts.most_common(3)
    if len(ranked) < 2:
        return None
    (a, first), (b, second) = ranked[0], ranked[1]
    third = ranked[2][1] if len(ranked) > 2 else 0
    if a.startswith("actor:") or b.startswith("actor:") or second < MIN_MENTIONS or \
            second < first * SECOND_SHARE or third > second * THIRD_SHARE:
        return None
    return a, b
