"""Whether a personal pronoun can stand for a person: its grammatical gender (round 18).

English "he", "him", "his" stand for a man and "she", "her", "hers" for a woman. The knowledge
base records no one's gender, so a person's is read where English writes it: a title of one
gender in the person's own name ("Queen Elizabeth II", "King Abdullah", "Prince Charles") or
before their surname on the page ("Mr Hayward", "Ms Haidar", "Sir John"). A person of whom
neither is written is of no known gender and may be either; a pronoun never stands for a
person known to be of the other gender (it is left unresolved rather than given to the wrong
one: "Sweden could hand him to the U.S." is not the Queen's, whoever "him" is).
"""

from __future__ import annotations

import re
from typing import Literal

from ..models import ActorRef

Gender = Literal["m", "f"]

_MALE_PRONOUNS = frozenset({"he", "him", "his", "himself"})
_FEMALE_PRONOUNS = frozenset({"she", "her", "hers", "herself"})
_MALE_TITLES = frozenset({"mr", "king", "prince", "sir", "lord", "duke", "emperor",
                          "sultan", "baron"})
_FEMALE_TITLES = frozenset({"mrs", "ms", "miss", "queen", "princess", "lady", "dame",
                            "duchess", "empress", "baroness", "madam",
                            "madame"})
_TITLE_BEFORE = re.compile(r"\b(Mr|Mrs|Ms|Miss|Sir|Lady|Dame|Madame)\.?\s+([A-Z][\w'-]+)")


def pronoun_gender(word: str) -> Gender | None:
    """The gender the pronoun *word* writes, or None for one of no gender ("they", "it")."""
    w = word.lower()
    return "m" if w in _MALE_PRONOUNS else "f" if w in _FEMALE_PRONOUNS else None


def person_gender(ref: ActorRef, text: str) -> Gender | None:
    """The gender *ref* is written with: a title in its own name, or a title before its
    surname in *text* (its page) when every such title there is of one gender; else None."""
    words = [w.strip(".").lower() for w in ref.name.split()]
    if not words:
        return None
    own = {"m" for w in words[:-1] if w in _MALE_TITLES} | \
        {"f" for w in words[:-1] if w in _FEMALE_TITLES}
    if len(own) == 1:
        return "m" if "m" in own else "f"
    surname = ref.name.split()[-1]
    found: set[str] = set()
    for title, name in _TITLE_BEFORE.findall(text):
        if name == surname:
            found.add("m" if title.lower() in _MALE_TITLES else "f")
    return ("m" if "m" in found else "f") if len(found) == 1 else None


def agrees(word: str, ref: ActorRef, text: str) -> bool:
    """Whether the pronoun *word* may stand for *ref*: never a person known to be of the
    other gender (see the module's docstring)."""
    wanted = pronoun_gender(word)
    if wanted is None or ref.kind not in ("person", None):
        return True
    known = person_gender(ref, text)
    return known is None or known == wanted
