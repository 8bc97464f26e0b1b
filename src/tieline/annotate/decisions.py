"""A measure decided: "decided to suspend talks", "India's decision to ban the apps".

Mood's sixth round reads an order or a decree given as the measure taken ("Putin orders the
suspension of flights"). A decision is the same kind of act when what is decided is a
measure: a ban, a suspension, a restriction or an expulsion (PLOVER's SANCTION: "impose
... sanctions or restrictions, ... suspend ... relations, agreements or aid"). Such a
measure exists once the authority has decided it, whenever it takes effect, so the
decision told is the measure imposed, ``reported``. What a decision names that its decider
must still go and do (a visit, a withdrawal, talks, a resumption) is not done by deciding
and stays ``planned`` ("decided to visit China", "decided to resume the pilgrimage").

Only the decision itself is read here: a decision to come ("will decide to ban", "is
expected to decide"), one denied, or one wished for is still judged by the words above it.
"""

from __future__ import annotations

from typing import Any

#: PLOVER types whose acts a decision puts in force (measures, not deeds).
_MEASURE_TYPES = frozenset({"SANCTION"})
#: A verb and a noun of deciding.
_DECIDING_VERBS = frozenset({"decide"})
_DECISION_NOUNS = frozenset({"decision"})


def _infinitive(verb: Any) -> bool:
    return any(c.dep_ == "aux" and c.tag_ == "TO" for c in verb.children)


def decided(act: Any, governor: Any, plover_type: str) -> bool:
    """Whether *act* (of PLOVER type *plover_type*) is a measure *governor* decides and so
    puts in force: the infinitive of "decide" with no subject of its own ("the party decided
    to suspend talks") or of the noun "decision" ("Putin's decision to suspend flights",
    "took the decision to expel the diplomats")."""
    if plover_type not in _MEASURE_TYPES or act.head.i != governor.i or \
            act.tag_ != "VB" or not _infinitive(act) or \
            any(c.dep_ in ("nsubj", "nsubjpass") for c in act.children):
        return False
    if governor.pos_ in ("VERB", "AUX") and governor.lemma_.lower() in _DECIDING_VERBS:
        return act.dep_ == "xcomp"
    return governor.pos_ == "NOUN" and governor.lower_ in _DECISION_NOUNS and \
        act.dep_ in ("acl", "relcl")
