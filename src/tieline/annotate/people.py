"""People: a person's name matched to the knowledge base, or learned from its sentence.

A name is a KB person by spelling (transliterations: Pashinian, Zelenskyy) above a high
threshold, a surname alone only where the article named them in full or the page introduces
them (:mod:`tieline.annotate.surnames`); a person the KB lacks, written with a title and a
state or an organisation, is *learned* (:func:`learned_id`), kept with that sentence. Also
here: surnames the tagger missed of people named before, and surnames written in capitals.
"""

from __future__ import annotations

import re
from typing import Any

from ..kb import KnowledgeBase
from ..kb.loader import romanized_key, short_names
from ..models import Actor, Role
from .actor_state import RULER_LABEL, _DocState, _fold
from .annotator import Annotator
from .roles import Title

MIN_NAME_SCORE = 90.0  # rapidfuzz ratio for a person/country spelling variant


def _consonants(word: str) -> str:
    """Return the consonants of *word*: romanizations of one surname differ in its vowels and
    glides (Aliev, Aliyev; Zelensky, Zelenskiy), a surname alone that differs in a consonant is
    another person's (Markey is not Makei)."""
    return re.sub(r"[aeiouyj\W_]", "", word)


def slug(name: str) -> str:
    """Return *name* as an id: lower-case ASCII words joined by hyphens."""
    return re.sub(r"[^a-z0-9]+", "-", _fold(name)).strip("-")


def learned_id(name: str, country: str | None, org: str | None) -> str:
    """Return the id of a person the KB lacks, learned as serving *country* (else *org*):
    their name and whom they serve ("ivan-petrov-rus"). A name is no identity across
    articles: a Georgian and a Russian of one name, each learned where a page introduces
    them, are two actors, each with the state their own page gave; the same name learned
    for the same state again is the same actor (as one article's "Sergei"/"Sergey" is)."""
    return slug(f"{romanized_key(name, country)} {country or org or ''}")


def _surname_index(kb: KnowledgeBase) -> list[tuple[str, str]]:
    out: list[tuple[str, str]] = []
    for f in kb.forms:
        actor = kb.actors[f.actor_id]
        if actor.kind == "person" and f.form == "name" and " " not in f.text:
            out.append((_fold(f.text), actor.id))
    return out


class PersonReading:
    """Resolve a person's name: a KB person, a surname, or one learned with a title."""

    # -- people ---------------------------------------------------------------------------
    def _person(self: Annotator, ent: Any, state: _DocState, claimed: set[int]) -> None:
        tokens = [t for t in ent if not (t.tag_ == "POS" or t.text in ("'s", "’s"))]
        prefix_end = 0
        for i, t in enumerate(tokens):  # NER sometimes swallows the title: "Speaker Valentina"
            if self._title_at([x.lower_ for x in tokens[i:]]) or t.ent_type_ == RULER_LABEL:
                prefix_end = i + 1
        tokens = tokens[prefix_end:]
        if not tokens:
            return
        name = " ".join(t.text for t in tokens)
        start, end = tokens[0].idx, tokens[-1].idx + len(tokens[-1].text)
        author = state.article.author or ""
        if author and _fold(name) in _fold(author):
            return  # the journalist, not an actor
        actor_id = self._known_person(name, state)
        title, country, org = self._prefix(ent.doc, tokens[0].i, state.sent.start)
        if title is None or not (country or org):
            found = self._apposed(ent, state.sent) or self._listed(ent, state.sent)
            if found is not None and title is not None and found[0].words not in \
                    self._title_index:  # ("congressman X, a member of the US House ...")
                found = (title, found[1], found[2])
            title, country, org = found or (title, country, org)
        if actor_id is None and title and (country or org):
            actor_id = self._learn(name, title, country, org, state.sent.text, state)
        if actor_id is None:
            return
        if title:
            state.titled[(country or org, title.role)] = actor_id
            if title.leader or title.role in ("president", "prime minister"):
                state.titled[(country or org, "leader")] = actor_id
        self._add_person_span(start, end, name, ent, actor_id, state, claimed,
                              "name" if len(tokens) > 1 else "surname")

    def _known_person(self: Annotator, name: str, state: _DocState) -> str | None:
        from rapidfuzz import fuzz, process

        folded = _fold(name)
        if " " not in name:
            if folded in state.surnames:
                return state.surnames[folded]
            hits = process.extract(folded, self._surnames_folded, scorer=fuzz.ratio,
                                   score_cutoff=MIN_NAME_SCORE, limit=None)
            ids = sorted({self._surnames[i][1] for s, _, i in hits
                          if _consonants(s) == _consonants(folded)
                          and self._surname_known(self.kb.actors[self._surnames[i][1]], name,
                                                  state)})
            return self._choose(ids, state) if ids else None
        for learned in state.learned.values():
            if romanized_key(_fold(learned.name), learned.country) == \
                    romanized_key(folded, learned.country):  # (Sergei, Sergey)
                return learned.id
        match = process.extractOne(folded, self._people_folded, scorer=fuzz.ratio,
                                   score_cutoff=MIN_NAME_SCORE)
        if match is None:
            return None
        candidate = self._people[match[2]]
        # Same surname family required: "Nikola Pashinyan" yes, "Nikol Pashtoun" no.
        if fuzz.ratio(folded.split()[-1], _fold(candidate[0]).split()[-1]) < MIN_NAME_SCORE:
            return None
        return candidate[1]

    def _learn(self: Annotator, name: str, title: Title, country: str | None, org: str | None,
               sentence: str, state: _DocState) -> str:
        actor_id = learned_id(name, country, org)  # (one id for Sergei and Sergey)
        sector = title.sector if country else "IGO"
        actor = Actor(id=actor_id, name=name, kind="person", country=country, sector=sector,
                      aliases=short_names(name, country),
                      roles=(Role(title.role, sector, organization=org),),
                      learned_from=sentence.strip(),
                      organization=None if country or org is None else self.kb.top(org))
        state.learned[actor_id] = actor
        return actor_id

    def _add_person(self: Annotator, ent: Any, actor_id: str, state: _DocState, claimed: set[int],
                    form: str) -> None:
        title, country, org = self._prefix(ent.doc, ent.start, state.sent.start)
        if title:
            state.titled[(country or org, title.role)] = actor_id
        self._add_person_span(ent.start_char, ent.end_char, ent.text, ent, actor_id, state,
                              claimed, form)

    def _add_person_span(self: Annotator, start: int, end: int, name: str, ent: Any, actor_id: str,
                         state: _DocState, claimed: set[int], form: str) -> None:
        actor = self.kb.actors.get(actor_id) or state.learned[actor_id]
        state.people.append(actor_id)
        for short in short_names(name, actor.country):
            state.surnames.setdefault(_fold(short), actor_id)
        for role in actor.roles:
            where = role.organization or actor.country
            state.titled.setdefault((where, role.role), actor_id)
        self._add(state, claimed, start, end, ent, actor_id, form, actor.country, actor.sector)

    @staticmethod
    def _surname_known(actor: Actor, surname: str, state: _DocState) -> bool:
        """Say whether *surname*, written alone, is *actor*: this article has named them in
        full already, or its page introduces them or fixes them by its context
        (annotate/surnames.py)."""
        if state.surnames.get(_fold(surname)) == actor.id:
            return True
        return state.page is None or state.page.knows(actor, surname)

    def _later_surnames(self: Annotator, doc: Any, state: _DocState) -> None:
        """Find surnames the NER missed, of people this article has named in full."""
        from spacy.attrs import IS_TITLE

        if not state.surnames:
            return
        covered = [(m.start, m.end) for m in state.mentions]
        for i in doc.to_array(IS_TITLE).nonzero()[0].tolist():  # (title-case words only)
            t = doc[i]
            actor_id = state.surnames.get(_fold(t.text))
            if actor_id is None or any(s <= t.idx < e for s, e in covered):
                continue  # (the dictionary look-up first: most tokens stop there)
            actor = self.kb.actors.get(actor_id) or state.learned[actor_id]
            self._add(state, set(), t.idx, t.idx + len(t.text), t, actor_id, "surname",
                      actor.country, actor.sector)

    def _capital_surnames(self: Annotator, doc: Any, state: _DocState) -> None:
        """Find surnames written in capitals ("Modi and XI met", "talks with PUTIN"): a word of
        capitals alone that the knowledge base knows, title-cased, as one person's surname,
        in a sentence of lower-case words. Never after a capitalised word, where capitals
        are a numeral of the name before them ("Pope Pius XI", "Louis XI") or part of a
        headline in capitals."""
        from spacy.attrs import IS_UPPER

        covered = [(m.start, m.end) for m in state.mentions]
        for i in doc.to_array(IS_UPPER).nonzero()[0].tolist():
            t = doc[i]
            if len(t) < 2 or not t.is_alpha or i > 0 and (doc[i - 1].is_title or
                                                          doc[i - 1].is_upper):
                continue
            ids = {f.actor_id for f in self.forms.get(t.text.title(), ())
                   if f.form == "name" and self.kb.actors[f.actor_id].kind == "person"}
            if len(ids) != 1 or any(s <= t.idx < e for s, e in covered) or \
                    sum(w.is_lower for w in t.sent) < sum(w.is_upper for w in t.sent):
                continue
            actor = self.kb.actors[ids.pop()]
            if not self._surname_known(actor, t.text.title(), state):
                continue
            self._add(state, set(), t.idx, t.idx + len(t.text), t, actor.id, "surname",
                      actor.country, actor.sector)
