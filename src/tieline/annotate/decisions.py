"""A measure decided: "decided to suspend talks", "India's decision to ban the apps".

Mood's sixth round reads an order or a decree given as the measure taken ("Putin orders the
suspension of flights"). A decision is the same kind of act when what is decided is a
measure: a ban, a suspension, a restriction or an expulsion (PLOVER's SANCTION, CAMEO's 16
"reduce relations" and 17 "coerce" by sanctions and restrictions). Such a measure exists
once the authority has decided it, whenever it takes effect, so the decision told is the
measure imposed, ``reported``. What a decision names that its decider
must still go and do (a visit, a withdrawal, talks, a resumption) is not done by deciding
and stays ``planned`` ("decided to visit China", "decided to resume the pilgrimage").

A measure told in the future with the day it starts from ("flights will be suspended
starting from July 8", "will ban imports as of 1 March") has been decided the same way: a
start date is set only for a measure already taken, while a deed given a day ("will visit
on 1 March") is still to be done and stays ``planned``.

Only the decision itself is read here: a decision to come ("will decide to ban", "is
expected to decide"), one denied, or one wished for is still judged by the words above it.
"""

from __future__ import annotations

from datetime import date
from typing import Any

from .clausedates import _ONSET, _onset_head
from .dates import Tense
from .reference import point_in_time

#: How far ahead of its page a decided measure's start day may fall and still be read ahead:
#: a measure is announced weeks before it starts; a start day many weeks ahead is as likely
#: the same day of last year, told as background ("decided to suspend flights starting July
#: 8" on an April page may be last July's), and a day that could be either is not guessed.
AHEAD_DAYS = 31
#: PLOVER types whose acts a decision puts in force (measures, not deeds).
_MEASURE_TYPES = frozenset({"SANCTION"})
#: Modes of those types that are deeds still: leaving an organisation is a withdrawal its
#: rules make take effect after notice ("announced its decision to leave ECOWAS": planned).
_DEEDS = frozenset({"leave"})


def measure(plover_type: str, mode: str | None) -> bool:
    """Whether an act of *plover_type* and *mode* is a measure a decision puts in force."""
    return plover_type in _MEASURE_TYPES and mode not in _DEEDS
#: A verb and a noun of deciding.
_DECIDING_VERBS = frozenset({"decide"})
_DECISION_NOUNS = frozenset({"decision"})


def _infinitive(verb: Any) -> bool:
    return any(c.dep_ == "aux" and c.tag_ == "TO" for c in verb.children)


def decided(act: Any, governor: Any, plover_type: str, mode: str | None) -> bool:
    """Whether *act* (of PLOVER type *plover_type*, *mode*) is a measure *governor* decides and so
    puts in force: the infinitive of "decide" with no subject of its own ("the party decided
    to suspend talks") or of the noun "decision" ("Putin's decision to suspend flights",
    "took the decision to expel the diplomats")."""
    if not measure(plover_type, mode) or act.head.i != governor.i or \
            act.tag_ != "VB" or not _infinitive(act) or \
            any(c.dep_ in ("nsubj", "nsubjpass") for c in act.children):
        return False
    if governor.pos_ in ("VERB", "AUX") and governor.lemma_.lower() in _DECIDING_VERBS:
        return bool(act.dep_ == "xcomp")
    return bool(governor.pos_ == "NOUN" and governor.lower_ in _DECISION_NOUNS and
                act.dep_ in ("acl", "relcl"))


#: Prepositions and participles that give the day a measure starts from.
_STARTING = frozenset({"from", "starting", "effective", "beginning"})
_CONDITION_MARKS = frozenset({"if", "unless"})


def starts_on_a_day(verb: Any, plover_type: str, mode: str | None) -> bool:
    """Whether *verb*, a measure of *plover_type* and *mode* told in the future, is given the day it
    starts from ("will be suspended starting from July 8", "will ban imports from 1 March",
    "as of 1 March"), with no condition ("... if Bishkek does not pay": a threat, not a
    measure set): a measure with a start date set is a measure taken."""
    if not measure(plover_type, mode) or any(
            c.dep_ == "advcl" and any(m.dep_ == "mark" and m.lower_ in _CONDITION_MARKS
                                      for m in c.children) for c in verb.children):
        return False
    for c in verb.children:
        if c.dep_ == "prep" and c.lower_ == "as":  # "as of 1 March"
            c = next((d for d in c.children if d.lower_ == "of"), c)
        elif c.lower_ not in _STARTING or c.dep_ not in ("prep", "xcomp", "advcl", "acl"):
            continue
        if any(d.dep_ in ("pobj", "npadvmod") and d.ent_type_ == "DATE" for d in c.subtree):
            return True
    return False


def starts_ahead(f: Any, sent: Any, phrase: str) -> bool:
    """Whether the date *phrase* tells the day the measure *f* starts ("decided to suspend
    flights starting from July 8"): a participle of beginning whose act is the measure's verb
    (``clausedates._onset_head``). Told as decided (``reported``), the measure is in force
    from that day, which is ahead of the decision: the day is read forward from the page, as
    it was while the measure was read as planned (dates round 10), when it is near the page
    (``start_tense``)."""
    verbs = {f.trigger.i, f.clause.i if f.clause is not None else -1}
    return any(t.tag_ == "VBG" and t.lemma_.lower() in _ONSET and
               (head := _onset_head(t)) is not None and head.i in verbs and
               phrase in "".join(x.text_with_ws for x in t.subtree) for t in sent)


def start_tense(phrase: str, reference: str | None) -> Tense | None:
    """The tense to read the start day *phrase* of a decided measure (``starts_ahead``) in,
    on a page dated *reference*: "future" when it states its year or, read ahead, falls within
    ``AHEAD_DAYS`` of the page (announced weeks before it starts); "past" when it falls that
    near behind the page (started days ago); None for a day as likely last year's as ahead,
    left undated."""
    ahead, precision = point_in_time(phrase, reference, "future")
    past, _ = point_in_time(phrase, reference, "past")
    if ahead is None or ahead == past or precision != "day" or reference is None:
        return "future"  # its year is told (or there is no day to choose): as it is read
    page = date.fromisoformat(reference[:10])
    if (date.fromisoformat(ahead) - page).days <= AHEAD_DAYS:
        return "future"
    if past is not None and (page - date.fromisoformat(past)).days <= AHEAD_DAYS:
        return "past"
    return None
