"""Whose act a gerund tells, when a reaction is aimed at it (issue 22, recall round 17).

A reaction (PLOVER ACCUSE, REJECT, SUPPORT: condemning, rejecting, welcoming) is aimed at the
one whose act it judges: "rejected the Chinese proposal" rejects China. English names that
act by a gerund with its doer before it as well ("rejected Chinese renaming", "condemned
Russian meddling", "welcomed India's joining"), and the parser reads that doer now as the
gerund's adjective (the noun reading, which the coder follows) and now as the subject of a
clause the gerund heads ("Chinese" the subject of "renaming"), which it does not. So a
reaction verb with no target whose object is a gerund clause is aimed at that clause's
subject written before the gerund (:func:`doers`); never at the reacting side itself.
"""

from __future__ import annotations

from typing import Any

#: What a gerund's doer before it is to the parser: a clause's subject, an owner, a modifier.
_DOER_DEPS = frozenset({"nsubj", "poss", "amod", "compound"})


def doers(verb: Any) -> list[Any]:
    """The words before the gerund clause that is *verb*'s object which name its doer
    ("Chinese" of "rejected Chinese renaming"), or none."""
    return [s for c in verb.children if c.dep_ in ("dobj", "xcomp", "ccomp") and
            c.tag_ == "VBG" and c.i > verb.i
            for s in c.children if s.dep_ in _DOER_DEPS and s.i < c.i]
