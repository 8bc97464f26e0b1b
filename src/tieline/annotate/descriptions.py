"""A person's title, state and organisation, read from the words that describe them.

Before the name ("Russian Federation Council Speaker X", "Georgia's deputy prime minister
X"), in apposition ("X, a Russian-Armenian billionaire,"), or in a list a plural noun
introduces ("three Georgian citizens - A, B and C"); a noun in apposition that is no title
of tieline's is the role when its phrase names a state or an organisation; a sector word
before a title qualifies it ("opposition leader": OPP).
"""

from __future__ import annotations

from typing import Any

from .actor_state import _FORM_RANK, RULER_LABEL, _entity, _first_conjunct
from .annotator import Annotator
from .appositions import describes_a_person, hyphened, listing_noun, placed, set_off
from .roles import Title

_MAX_PREFIX = 8  # words a title, its country and organisation take before a name


def _serving(prep: Any) -> bool:
    """Whether the phrase of *prep* names the office or body a person in apposition serves,
    whose state is theirs: "to" or "for" a common noun ("an adviser to the Georgian prime
    minister", "a spokesman for the Russian embassy"), not a state, which is where they
    serve ("the ambassador to Russia", "the envoy for Georgia")."""
    return prep.lower_ in ("to", "for") and any(
        g.dep_ == "pobj" and g.pos_ == "NOUN" and g.ent_type_ != RULER_LABEL
        for g in prep.children)


class DescriptionReading:
    """Read the title, state and organisation the words around a name give its person."""

    def _prefix(self: Annotator, doc: Any, start: int,
                floor: int) -> tuple[Title | None, str | None, str | None]:
        """Read the title, country and organisation written before a name, in capitals or
        not: "Russian Federation Council Speaker X", "Georgia's deputy prime minister X",
        "Chinese foreign ministry spokesperson X", "Russian-Armenian billionaire X"."""
        i = start
        while i > max(floor, start - _MAX_PREFIX):
            t = doc[i - 1]
            if t.text in ("'s", "’s") and i - 1 > floor and doc[i - 2].ent_type_ == RULER_LABEL:
                i -= 1  # "Georgia's"
                continue
            if t.text in ("-", "–") and not t.whitespace_ and i - 1 > floor and \
                    not doc[i - 2].whitespace_:
                i -= 1  # "Russian-Armenian", "vice-president"
                continue
            if t.is_punct and t.text not in (".",) or t.pos_ in ("VERB", "AUX", "DET", "ADP",
                                                                   "CCONJ", "PRON", "NUM") \
                    and t.lower_ != "of":
                break
            if not (t.is_title or t.is_upper or t.lower_ in ("of", "general")
                    or t.ent_type_ == RULER_LABEL
                    or (t.is_lower and t.pos_ in ("NOUN", "ADJ", "PROPN"))):
                break
            i -= 1
        return self._described(list(doc[i:start]), at_end=True)

    def _apposed(self: Annotator, ent: Any,
                 sent: Any) -> tuple[Title, str | None, str | None] | None:
        """Read a person's title and country from a noun phrase in apposition: "X, a
        Russian-Armenian billionaire," or "Georgia's deputy prime minister, X,"."""
        root = ent.root
        nouns = [c for c in root.children if c.dep_ == "appos" and c.i > ent.end]
        listed = _first_conjunct(root)  # ("three Georgian citizens - A, B and C": each of them)
        if listed.dep_ == "appos" and listed.head.i < ent.start and \
                (listed is root or listed.ent_type_ == "PERSON"):
            nouns.append(listed.head)
        described = None
        for k, noun in enumerate(nouns):
            tokens = [t for t in sent if noun.left_edge.i <= t.i <= noun.i
                      and not (ent.start <= t.i < ent.end) and t.dep_ != "punct"]
            tokens += [t for c in noun.children if c.dep_ == "prep" and c.lower_ == "of"
                       for t in c.subtree]  # "the deputy prime minister of Georgia"
            title, country, org = self._described(tokens, at_end=False)
            if title is None or title.words[-1] != noun.lower_:  # the title heads it
                if k == 0 and (country or org) and set_off(ent, noun):
                    described = self._described_noun(noun, tokens)  # (a later one may
                    # describe the first)
                continue
            if not (country or org):  # ("an adviser to the Georgian prime minister")
                served = [t for c in noun.children if _serving(c) for t in c.subtree]
                _, country, org = self._described(served, at_end=False)
            return title, country, org
        return described

    def _listed(self: Annotator, ent: Any,
                sent: Any) -> tuple[Title, str | None, str | None] | None:
        """Read the role and state of a person named in a list a plural noun introduces after
        a dash or colon ("three Georgian citizens - A, B and C", "two Indian soldiers: A and
        B"): each named is one of them (the parse often leaves the list out of the noun's
        phrase)."""
        found = listing_noun(ent, sent)
        if found is None:
            return None
        noun, tokens = found
        _, country, org = self._described(tokens, at_end=False)
        if country is None and org is None:
            return None
        title = self._title_at(noun.lemma_.lower().split())
        if title is not None:
            return title, country, org
        return self._described_noun(noun, tokens)

    def _described_noun(self: Annotator, noun: Any, tokens: list[Any]
                        ) -> tuple[Title, str | None, str | None] | None:
        """A person's role and state read from a noun in apposition that is no title of
        tieline's, whose phrase (*tokens*) names a state or an organisation ("X, a member of
        Russia's lower house of parliament", "three Georgian citizens - X, Y and Z"): the
        noun is the role; the sector is the one a title or an agent noun of the phrase gives
        ("the Georgian Prime Minister's adviser": GOV; "parliament": LEG), else civilian
        (CVL). A state counts only by its name or demonym, never as a place the phrase
        puts the body in ("a representative of a broadcaster in Beijing"), nor a capital;
        never a noun that is itself a name or names a place ("Egypt's second city, X": the
        tagger takes some towns for people) or a tie to another ("a reliable American ally"),
        nor a state's name hyphened to a word that makes it say something else
        ("Spanish-speaking", "Moscow-backed", "Louisiana-based")."""
        if not describes_a_person(noun):
            return None
        kept = [t for t in tokens if not placed(t, noun) and not hyphened(t) and (
            t.ent_type_ != RULER_LABEL or any(f.form in ("name", "demonym")
                                              for f in self.forms.get(_entity(t).text, ())))]
        title, country, org = self._described(kept, at_end=False)
        if country is None and org is None:
            return None
        sector = title.sector if title is not None else next(
            (self.agents[t.lower_] for t in tokens if t.lower_ in self.agents and t.i != noun.i
             and not placed(t, noun)),
            self.agents.get(noun.lower_) or self.agents.get(f"{noun.lower_}s", "CVL"))
        return Title((noun.lower_,), noun.lemma_.lower(), sector, with_name=True), country, org

    def _described(self: Annotator, tokens: list[Any],
                   at_end: bool) -> tuple[Title | None, str | None, str | None]:
        """Read a person's title, country and organisation from the words that describe them
        (before their name, or in apposition: "X, Georgia's deputy prime minister,"). With
        *at_end* the title must be the last of the words but for its country ("Foreign
        Minister of Georgia X"). A sector word before the title qualifies it ("opposition
        leader": OPP, not the country's leader)."""
        words = [t.lower_ for t in tokens]
        title = None
        where = 0
        for j in range(len(words)):  # the longest title wins, then the one nearest the name
            found = self._title_at(words[j:])
            if found and (title is None or len(found.words) >= len(title.words)):
                title, where = found, j
        if title is not None and at_end and any(
                t.ent_type_ != RULER_LABEL and t.lower_ not in ("of", "the")
                for t in tokens[where + len(title.words):]):
            title = None  # "Georgian citizen rights lawyer X": no title of X's own
        country = org = None
        previous = None
        for t in tokens:
            if t.ent_type_ != RULER_LABEL:
                continue
            span = _entity(t)
            if previous is not None and span.start == previous.end + 1 and \
                    t.doc[previous.end].text in ("-", "–"):
                country = None  # "Russian-Armenian": the last of a hyphened pair is the
                # nationality, as in "Irish-American"
            previous = span
            for form in sorted(self.forms.get(span.text, []), key=lambda f: _FORM_RANK[f.form]):
                actor = self.kb.actors[form.actor_id]
                if actor.kind == "country" and country is None:
                    country = actor.id
                elif actor.kind in ("organization", "group") and org is None:
                    org = actor.id
                if form.form == "metonym" and form.sector and title:
                    title = Title(title.words, title.role, form.sector, title.leader)
        if title is not None:
            title = self._qualified(title, words[:where])
        return title, country, org

    def _qualified(self: Annotator, title: Title, before: list[str]) -> Title:
        """A title with the sector a word before it names: "opposition leader" (OPP),
        "military spokesperson" (MIL); "foreign ministry spokesperson" stays GOV."""
        for size in (2, 1):
            if len(before) < size:
                continue
            sector = self.agents.get(" ".join(before[-size:]))
            if sector and sector != title.sector and sector != "CVL":
                return Title(title.words, f"{' '.join(before[-size:])} {title.role}", sector)
            if sector:
                return title
        return title

    def _title_at(self: Annotator, words: list[str]) -> Title | None:
        if not words or words[0] not in self._title_firsts:
            return None  # (most words begin no title)
        for size in range(min(self._max_title, len(words)), 0, -1):
            found = self._title_index.get(tuple(words[:size]))
            if found:
                return found
        return None
