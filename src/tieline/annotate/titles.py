"""Titles without names: "the Armenian leader", "the prime minister", "the de facto government".

A title with no name is whoever this article gave that title, else the office-holder on the
article's date (a "leader" any of :data:`LEADER_ROLES`), else just the role; its state is
written before it ("Armenia's prime minister") or after ("the president of Armenia"). Bodies
written as a disputed state's ("the breakaway government") are those of the disputed state
the article named last.
"""

from __future__ import annotations

from typing import Any

from .actor_state import RULER_LABEL, _DocState, _entity
from .annotator import Annotator
from .roles import Title

#: Words that mark a body as a disputed state's ("the de facto authorities").
_DE_FACTO = {"facto", "breakaway", "separatist", "self-proclaimed", "unrecognised",
             "unrecognized", "puppet", "occupation", "secessionist"}

#: Offices a "leader" title can stand for, most usual first.
LEADER_ROLES = ("president", "prime minister", "chancellor", "king", "queen", "emir",
                "supreme leader")


def _office_word(token: Any) -> bool:
    """A word naming the office a title is in ("foreign ministry spokesman", "Defence
    Minister"), between the title and its country."""
    return bool((token.is_lower or token.is_title) and token.dep_ in ("compound", "amod")
                and token.pos_ in ("NOUN", "ADJ", "PROPN")
                and token.ent_type_ not in (RULER_LABEL, "PERSON"))


def _definite(token: Any) -> bool:
    """"the prime minister" names an office; "a minister" does not."""
    return bool(token.i > 0 and token.doc[token.i - 1].lower_ == "the")


class TitleReading:
    """Resolve titles written without a name, and a disputed state's bodies."""

    # -- titles without names -------------------------------------------------------------
    def _titles(self: Annotator, sent: Any, state: _DocState, claimed: set[int]) -> None:
        tokens = list(sent)
        i = 0
        while i < len(tokens):
            t = tokens[i]
            title = None if t.i in claimed or t.lower_ not in self._title_firsts else \
                self._title_at([x.lower_ for x in tokens[i:i + self._max_title]])
            if title is None or title.with_name:
                i += 1
                continue
            last = tokens[i + len(title.words) - 1]
            nxt = last.nbor(1) if last.i + 1 < len(last.doc) else None
            if nxt is not None and (nxt.ent_type_ in ("PERSON", RULER_LABEL) and nxt.is_title):
                i += len(title.words)  # a title before a name: handled with the name
                continue
            country, first = self._country_before(t, sent.start)
            if country is None:
                country = self._country_after(last)
            if country is None and not _definite(t):
                i += len(title.words)
                continue
            actor_id = self._title_holder(country, title, state)
            if first.i > 0 and first.doc[first.i - 1].lower_ == "the":
                first = first.doc[first.i - 1]
            start = first.idx
            span_text = state.article.text[start:last.idx + len(last.text)]
            if actor_id or country:
                actor = self.kb.actors.get(actor_id or "") or state.learned.get(actor_id or "")
                self._add(state, claimed, start, last.idx + len(last.text), t, actor_id,
                          "title", country or (actor.country if actor else None),
                          title.sector, role=title.role, text=span_text)
            i += len(title.words)

    def _de_facto(self: Annotator, sent: Any, state: _DocState, claimed: set[int]) -> None:
        """Read "the de facto authorities", "the breakaway government", "separatist
        officials" with no state named as the bodies of the disputed state this article
        named last (South Ossetia's, Abkhazia's): news names them so once the region is
        introduced. Without one named before, they stay no one."""
        for t in sent:
            sector = self.agents.get(t.lower_)
            if sector is None or t.i in claimed or t.pos_ != "NOUN":
                continue
            before = [x for x in t.doc[max(sent.start, t.i - 3):t.i]]
            words = {x.lower_ for x in before}
            if not words & _DE_FACTO or any(x.ent_type_ == RULER_LABEL for x in before):
                continue
            where = next((m.country for m in reversed(state.mentions)
                          if m.country in self.kb.claimed), None)
            if where is None:
                continue
            first = next(x for x in before if x.lower_ in _DE_FACTO or x.lower_ == "de")
            if first.i > 0 and first.doc[first.i - 1].lower_ == "the":
                first = first.doc[first.i - 1]
            self._add(state, claimed, first.idx, t.idx + len(t.text), t, where, "agent",
                      where, sector)

    def _country_before(self: Annotator, token: Any,
                        start_of_sentence: int) -> tuple[str | None, Any]:
        """The country a title belongs to ("the Armenian leader", "Armenia's prime minister"),
        and the first token of the phrase."""
        j = token.i - 1
        floor = start_of_sentence
        while j >= floor and token.i - j <= 3 and _office_word(token.doc[j]):
            j -= 1  # "China's foreign ministry spokesman": the office the title is of
        while j >= floor and token.doc[j].text in ("'s", "’s"):
            j -= 1
        if j < floor or token.doc[j].ent_type_ != RULER_LABEL:
            return None, token
        span = _entity(token.doc[j])
        for form in self.forms.get(span.text, []):
            actor = self.kb.actors[form.actor_id]
            if actor.kind == "country" and form.form in ("demonym", "name"):
                return actor.id, span[0]
        return None, token

    def _country_after(self: Annotator, last: Any) -> str | None:
        """The country in "the president of Armenia"."""
        doc = last.doc
        if last.i + 2 >= len(doc) or doc[last.i + 1].lower_ != "of":
            return None
        nxt = doc[last.i + 2]
        if nxt.lower_ == "the" and last.i + 3 < len(doc):
            nxt = doc[last.i + 3]
        if nxt.ent_type_ != RULER_LABEL:
            return None
        span = _entity(nxt)
        for form in self.forms.get(span.text, []):
            actor = self.kb.actors[form.actor_id]
            if actor.kind == "country" and form.form == "name":
                return actor.id
        return None

    def _title_holder(self: Annotator, country: str | None, title: Title,
                      state: _DocState) -> str | None:
        found = state.titled.get((country, title.role))
        if found:
            return found
        if country is None:
            for (_, role), pid in reversed(list(state.titled.items())):
                if role == title.role:
                    return pid
            return None
        roles = LEADER_ROLES if title.leader else (title.role,)
        for role in roles:
            if (country, role) in state.titled:
                return state.titled[(country, role)]
        day = state.article.published
        holders = {self.kb.holder(country, r, day) for r in roles} - {None}
        return holders.pop() if len(holders) == 1 else None
