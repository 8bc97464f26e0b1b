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
- **fixes them by its context**: the page gives the surname to no one else ("Archbishop
  Harper", "Alan Harper": one sense per page), and the person is a state's leader or an
  international organisation's head in office on the page's date (president, prime minister,
  chancellor, monarch, secretary-general: whom news names by surname alone; any office, when
  the page has no date), or holds another office the KB records then and the page names the
  state or the organisation they serve, by a name, demonym, capital or seat ("Lavrov" on a
  page about Russia; "Bzhania" on one about Abkhazia), or names the government they head
  after them ("the Obama administration").
  A former officeholder, or a minister on a page that never says whose, is not.
  A relative the page names in full *as the person's* relative gives the surname to no one
  else: "first lady Michelle Obama" (the head of state's spouse), "the president's wife,
  Michelle Obama", "Michelle Obama, Obama's wife" say whom the page's bare "Obama" is not
  (persons round 2): news names the officeholder's relative by kinship noun and full name, the
  officeholder by surname alone. A relative of someone else ("her son Tom Brown") still gives
  the surname to another: the bare surname may be that family's.

Otherwise the surname is a person the knowledge base does not know: not linked (the event
coder keeps them as an unknown person, by name).
"""

from __future__ import annotations

import re
from collections.abc import Callable, Iterable
from dataclasses import dataclass, field

from ..kb import KnowledgeBase
from ..models import Actor

#: The offices of a state's leader (annotate/actors.py LEADER_ROLES) and of an international
#: organisation's head (kb/data/roles.yaml, IGO titles): whom news names by surname alone
#: while in office ("Putin", "Modi", "Guterres").
LEADERS = frozenset({"president", "prime minister", "chancellor", "king", "queen", "emir",
                     "supreme leader", "secretary-general", "commission president",
                     "council president", "director-general", "managing director"})
#: Capitalised words before a surname that give it to no one: sentence openers, honorifics.
_NOT_NAMES = frozenset({"the", "a", "an", "in", "on", "at", "when", "but", "and", "as", "if",
                        "after", "before", "while", "mr", "mrs", "ms", "dr", "mr.", "mrs.",
                        "ms.", "dr.", "sir", "dame", "lord", "lady", "said", "says", "with",
                        "by", "for", "to", "from", "of", "that", "then", "so", "yet", "both",
                        "former", "late", "young", "under", "meanwhile", "however", "today",
                        "yesterday", "tomorrow", "monday", "tuesday", "wednesday", "thursday",
                        "friday", "saturday", "sunday", "pres", "gov", "sen", "rep", "gen",
                        "adm", "lt", "col", "sgt", "amb", "senior", "top", "new"})
#: Kinship nouns: a full name they introduce is a relative of someone, told apart from them.
_KIN = (r"(?:wife|husband|spouse|widow|widower|son|daughter|brother|sister|mother|father|"
        r"stepson|stepdaughter|grandson|granddaughter|nephew|niece|cousin|first lady|"
        r"first gentleman)")
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

    def is_title(self, word: str) -> bool:
        """Say whether *word* is a title word (any case, with or without a full stop)."""
        return re.fullmatch(self._title.removesuffix(r"\.?\s+") + r"\.?", word) is not None

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
                not self._another(actor, surname) and self._in_context(actor, surname)
        return self.known[key]

    def _introduced(self, actor: Actor, surname: str) -> bool:
        full = [n for n in (actor.name, *actor.aliases) if " " in n.strip()]
        if any(n in self.text for n in full):
            return True
        return any(self.intro.titled(s, self.text) for s in {surname, actor.name.split()[-1]})

    def _another(self, actor: Actor, surname: str) -> bool:
        """Whether the page's text gives the surname to someone else: after a capitalised word
        within a sentence (a sentence's first word may be any word) that is none of the
        person's names, no title, abbreviated title or function word ("Archbishop Harper",
        "Alan Harper" on a page about a church)."""
        own = set(actor.name.split()) | {w for a in actor.aliases for w in a.split()}
        body = self.text.split("\n", 1)[-1]  # (a headline may capitalise every word)
        return any(m.group(1) not in own and m.group(1).casefold() not in _NOT_NAMES and
                   not self.intro.is_title(m.group(1)) and
                   not _kin(body, m.start(), m.end(), surname, self.intro.is_title)
                   for m in re.finditer(r"(?<![.!?\"“‘'\n] )(?<!^)(?<!\n)\b([A-Z][a-z]+) "
                                        + re.escape(surname) + r"\b", body))

    def _in_context(self, actor: Actor, surname: str) -> bool:
        active = [r for r in actor.roles if r.active_on(self.day)] if self.day else \
            list(actor.roles)
        if not active:
            return False
        if any(r.role in LEADERS for r in active):
            return True  # (a leader in office: whom news means by the surname alone)
        if re.search(re.escape(surname) + r"(?:'s|’s)? administration\b", self.text):
            return True  # ("the Obama administration": a government named for who heads it)
        places = {p for p in (actor.country, actor.organization,
                              *(r.organization for r in actor.roles)) if p}
        return any(self.intro.names_place(p, self.text) for p in places)


def _kin(text: str, start: int, end: int, surname: str, is_title: Callable[[str], bool]
         ) -> bool:
    """Whether the full name at *start*..*end* of *text* is introduced as the relative of the
    person written *surname*: as the head of state's spouse ("first lady Michelle Obama"), or
    by a kinship noun owned by the surname or a title ("the president's wife, Michelle Obama",
    "Michelle Obama, Obama's wife"). A relative of anyone else ("her son Tom Brown") is not
    told apart from who the bare surname is, so still gives it to someone else."""
    owner = r"(?:the\s+)?([A-Z]?[\w-]+)(?:'s|’s)\s+(?:[a-z]+\s+)?"
    before = re.search(r"(?:(?i:first (?:lady|gentleman))|" + owner + _KIN + r")\b,?\s+$",
                       text[max(0, start - 40):start])
    after = re.match(r",\s+(?:(?:the\s+)?(?i:first (?:lady|gentleman))|" + owner + _KIN +
                     r")\b", text[end:end + 60])
    return any(m is not None and (m.group(1) is None or m.group(1) == surname or
                                  is_title(m.group(1))) for m in (before, after))
