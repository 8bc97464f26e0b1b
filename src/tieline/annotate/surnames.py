"""Surnames alone: when a bare surname is a knowledge-base person (issue 22, persons round 1).

News introduces a person by full name, or by title and name, and then refers to them by
surname alone (AP style; the "first mention" convention entity linkers rely on). A surname
is many people's ("Harris", "Harper", "Edwards"): alone it names the knowledge base's person
only where the page itself says who it is. So a surname alone is linked to a person only when
the page (its title or its whole text, not only the lines parsed):

- **introduces them**: writes one of their full names (the KB name or an alias of two words
  or more: "Kamala Harris", "S. Jaishankar"), or writes the surname after a title
  ("President Harris", "PM Modi", "Foreign Minister Lavrov"; up to two given names between,
  "President Vladimir V. Putin"); or
- **fixes them by its context**: the person holds an office the KB records on the page's
  date (or the page has no date to tell), and the page names the state or the organisation
  they serve, by a name, demonym, capital or seat ("Putin" on a page about Russia in 2023;
  "Bzhania" on one about Abkhazia), or names the government they head after them ("the
  Obama administration" in 2010).
  A leader in office is the one news names by surname in a story about their state; a
  former one, or one of another state, is not.

Otherwise the surname is a person the knowledge base does not know: not linked (the event
coder keeps them as an unknown person, by name).
"""

from __future__ import annotations

import re
from collections.abc import Iterable
from dataclasses import dataclass, field

from ..kb import KnowledgeBase
from ..models import Actor

#: Given names (or initials) a title may stand before, ahead of the surname.
_GIVEN = r"(?:[A-Z][\w'’-]*\.?\s+){0,2}"


class Introductions:
    """What the knowledge base needs to tell whether a page introduces a person: the title
    words (from ``kb/data/roles.yaml``) and each state's and organisation's written names."""

    def __init__(self, kb: KnowledgeBase, title_words: Iterable[str]) -> None:
        self.kb = kb
        words = sorted({w for w in title_words if w.isalpha()}, key=len, reverse=True)
        self._title = r"(?i:\b(?:" + "|".join(map(re.escape, words)) + r"))\.?\s+"
        forms: dict[str, set[str]] = {}
        for f in kb.forms:
            actor = kb.actors[f.actor_id]
            if actor.kind != "person":  # (names, demonyms, capitals and
                # seats, as written or in capitals: "WASHINGTON --", "the Kremlin")
                forms.setdefault(f.actor_id, set()).update({f.text, f.text.upper()})
        self._place_forms = forms
        self._place_res: dict[str, re.Pattern[str] | None] = {}

    def page(self, text: str, title: str | None, day: str | None) -> Page:
        """Return the reader of one page: its title and whole *text*, its date *day*."""
        return Page(self, f"{title or ''}\n{text}", day)

    def names_place(self, place: str, text: str) -> bool:
        """Say whether *text* names the state or organisation *place* (by a name, demonym,
        capital or seat)."""
        if place not in self._place_res:
            names = sorted(self._place_forms.get(place, ()), key=len, reverse=True)
            self._place_res[place] = re.compile(
                r"(?<!\w)(?:" + "|".join(map(re.escape, names)) + r")(?!\w)") if names else None
        found = self._place_res[place]
        return found is not None and found.search(text) is not None

    def titled(self, surname: str, text: str) -> bool:
        """Say whether *text* writes *surname* after a title ("Prime Minister Modi")."""
        return re.search(self._title + _GIVEN + re.escape(surname) + r"\b", text) is not None


@dataclass
class Page:
    """One page's answers, kept: a surname is asked about once per mention."""

    intro: Introductions
    text: str
    day: str | None
    known: dict[tuple[str, str], bool] = field(default_factory=dict)

    def knows(self, actor: Actor, surname: str) -> bool:
        """Say whether this page introduces *actor*, written *surname* alone, or fixes them
        by its context (see the module's docstring)."""
        key = (actor.id, surname)
        if key not in self.known:
            self.known[key] = self._introduced(actor, surname) or \
                self._in_context(actor, surname)
        return self.known[key]

    def _introduced(self, actor: Actor, surname: str) -> bool:
        full = [n for n in (actor.name, *actor.aliases) if " " in n.strip()]
        if any(n in self.text for n in full):
            return True
        return any(self.intro.titled(s, self.text) for s in {surname, actor.name.split()[-1]})

    def _in_context(self, actor: Actor, surname: str) -> bool:
        in_office = any(r.active_on(self.day) for r in actor.roles) if self.day else \
            bool(actor.roles)
        if not in_office:
            return False
        if re.search(re.escape(surname) + r"(?:'s|’s)? administration\b", self.text):
            return True  # ("the Obama administration": a government named for who heads it)
        places = {p for p in (actor.country, actor.organization,
                              *(r.organization for r in actor.roles)) if p}
        return any(self.intro.names_place(p, self.text) for p in places)
