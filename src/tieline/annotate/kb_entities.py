"""Entities the knowledge base knows: a name, capital, metonym or demonym, read in its sentence.

A KB name is its actor (a name several share goes to the one named before or in office); a
capital or seat of government is the state only where it acts (subject, possessor, agent),
else a place; a demonym or a country with an agent noun is that country's sector ("Russian
peacekeepers": MIL); a name that goes on ("the West Bank") or names a water or landform ("the
Gulf of Mexico") is another's; a country the tagger spelt otherwise is matched by spelling.
"""

from __future__ import annotations

from typing import Any

from ..kb.loader import Form
from ..models import Actor
from .actor_state import _FORM_RANK, RULER_LABEL, _DocState, _entity, _first_conjunct, _fold
from .annotator import Annotator
from .people import MIN_NAME_SCORE

_ACTING = {"nsubj", "nsubjpass", "poss", "csubj"}


def _name_goes_on(ent: Any) -> bool:
    """Whether a name written with its article ("the West", "the Commonwealth") is only the
    start of a longer name a capitalised word goes on with ("the West Bank", "the
    Commonwealth Games"), which is another's."""
    return ent.text[:4].lower() == "the " and ent.end < len(ent.doc) and \
        bool(ent.doc[ent.end].is_title)


#: Waters and landforms whose names carry a state's ("the Gulf of Mexico", "the Bay of
#: Bengal", "the Sea of Japan"): the name is the place's, not the state's.
_FEATURES = frozenset({"gulf", "bay", "sea", "strait", "straits", "isthmus", "cape"})


def _names_a_feature(ent: Any) -> bool:
    """Whether a state's name is the "of" phrase of a water's or landform's name ("the Gulf of
    Mexico": an oil spill there is no act of Mexico or on it)."""
    doc = ent.doc
    return ent.start >= 2 and doc[ent.start - 1].lower_ == "of" and \
        doc[ent.start - 2].is_title and doc[ent.start - 2].lower_ in _FEATURES


class EntityReading:
    """Resolve an entity to its actor: names, capitals, demonyms, agents, misspelt countries."""

    # -- entities -------------------------------------------------------------------------
    def _entity(self: Annotator, ent: Any, state: _DocState, claimed: set[int]) -> None:
        if ent.label_ == RULER_LABEL:
            self._kb_entity(ent, state, claimed)
        elif ent.label_ == "PERSON":
            self._person(ent, state, claimed)
        if ent.label_ != RULER_LABEL and ent.label_ in ("GPE", "NORP", "ORG", "LOC", "PERSON") and \
                not any(m.start <= ent.start_char < m.end for m in state.mentions):
            self._fuzzy_place(ent, state, claimed)

    def _kb_entity(self: Annotator, ent: Any, state: _DocState, claimed: set[int]) -> None:
        forms = sorted(self.forms.get(ent.text, []), key=lambda f: _FORM_RANK[f.form])
        if not forms or _name_goes_on(ent) or _names_a_feature(ent):
            return
        best = forms[0]
        if best.form == "name":
            ids = sorted({f.actor_id for f in forms if f.form == "name"})
            actor_id = self._choose(ids, state)
            if actor_id is None:
                return
            actor = self.kb.actors[actor_id]
            if actor.kind == "person" and " " not in ent.text.strip() and \
                    not self._surname_known(actor, ent.text, state):
                return  # a surname alone the page does not tie to this person
            if actor.kind == "person":
                self._add_person(ent, actor_id, state, claimed, "name" if " " in ent.text
                                 else "surname")
            else:
                self._add_state_or_org(ent, actor, state, claimed)
        elif best.form == "demonym":
            self._demonym(ent, best, state, claimed)
        else:
            actor = self.kb.actors[best.actor_id]
            agent = self._agent_head(ent.root.head) if ent.root.dep_ in (
                "compound", "amod", "nmod") else None
            if self._acts(ent.root):
                self._add(state, claimed, ent.start_char, ent.end_char, ent, actor.id,
                          best.form, actor.country, best.sector)
            elif agent is not None:  # "Tskhinvali authorities", "Kremlin officials"
                self._add(state, claimed, ent.start_char, agent[1], ent, actor.id, "agent",
                          actor.country, agent[0])
            else:  # a place: where something happens, not who does it
                country = next((self.kb.actors[f.actor_id].country for f in forms
                                if f.form == "capital"), actor.country)
                self._add(state, claimed, ent.start_char, ent.end_char, ent, None, "place",
                          country, None)

    def _choose(self: Annotator, ids: list[str], state: _DocState) -> str | None:
        """Pick one actor for a name several share: named before in the article, in office."""
        if len(ids) == 1:
            return ids[0]
        for pid in reversed(state.people):
            if pid in ids:
                return pid
        day = state.article.published
        if day:
            active = [i for i in ids if any(r.active_on(day) for r in self.kb.actors[i].roles)]
            if len(active) == 1:
                return active[0]
        return None

    def _add_state_or_org(self: Annotator, ent: Any, actor: Actor, state: _DocState,
                          claimed: set[int]) -> None:
        root = _first_conjunct(ent.root)
        sector = actor.sector
        end_char = ent.end_char
        if root.dep_ in ("poss", "compound", "amod", "nmod"):
            agent = self._agent_head(root.head)
            if agent:
                sector, end_char = agent[0], agent[1]
        self._add(state, claimed, ent.start_char, end_char, ent, actor.id, "name",
                  actor.country, sector)

    def _demonym(self: Annotator, ent: Any, form: Form, state: _DocState,
                 claimed: set[int]) -> None:
        root = _first_conjunct(ent.root)
        country = self.kb.actors[form.actor_id].country
        if root.dep_ in ("amod", "compound", "nmod"):
            agent = self._agent_head(root.head)
            if agent:
                self._add(state, claimed, ent.start_char, agent[1], ent, form.actor_id, "agent",
                          country, agent[0])
            elif not self._names_person(root.head):  # "an Indian proposal": India's
                self._add(state, claimed, ent.start_char, ent.end_char, ent, form.actor_id,
                          "demonym", country, None)
            return
        if root.tag_ in ("NNPS", "NNS") and root.dep_ in _ACTING | {"dobj", "pobj", "conj"}:
            self._add(state, claimed, ent.start_char, ent.end_char, ent, form.actor_id,
                      "demonym", country, "CVL")

    def _names_person(self: Annotator, head: Any) -> bool:
        """Say whether a modified noun is a person's name or title ("Russian President ...")."""
        if head.ent_type_ == "PERSON":
            return True
        title = self._title_at([head.lower_])
        if title is not None:  # "an Indian businessman" alone is India's, not a person's
            nxt = head.doc[head.i + 1] if head.i + 1 < len(head.doc) else None
            return not title.with_name or (nxt is not None and nxt.ent_type_ == "PERSON")
        if head.ent_type_ == RULER_LABEL:
            span = _entity(head)
            return any(self.kb.actors[f.actor_id].kind == "person"
                       for f in self.forms.get(span.text, []))
        return head.dep_ == "compound" and self._names_person(head.head)

    def _agent_head(self: Annotator, head: Any) -> tuple[str, int] | None:
        """Return (sector, end offset) when *head* (with its compounds) is an agent noun."""
        words = [t.lower_ for t in head.lefts if t.dep_ == "compound" and t.i > head.i - 3
                 and t.ent_type_ != RULER_LABEL] + [head.lower_]
        for size in range(len(words), 0, -1):
            sector = self.agents.get(" ".join(words[-size:]))
            if sector:
                return sector, head.idx + len(head.text)
        return None

    @staticmethod
    def _acts(token: Any) -> bool:
        """Say whether a place name acts (subject, possessor, passive agent) in its sentence."""
        while token.dep_ == "conj":
            token = token.head
        if token.dep_ in _ACTING:
            return True
        return bool(token.dep_ == "pobj" and token.head.dep_ == "agent")

    # -- shared ---------------------------------------------------------------------------
    def _fuzzy_place(self: Annotator, ent: Any, state: _DocState, claimed: set[int]) -> None:
        if " " in ent.text and ent.label_ != "GPE":
            return  # a multi-word person or organisation is not a misspelled country
        from rapidfuzz import fuzz, process

        match = process.extractOne(_fold(ent.text), self._countries_folded,
                                   scorer=fuzz.ratio, score_cutoff=MIN_NAME_SCORE)
        if match:
            actor = self.kb.actors[self._countries[match[2]][1]]
            self._add_state_or_org(ent, actor, state, claimed)
