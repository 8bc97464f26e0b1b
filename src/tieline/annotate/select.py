"""Which lines of an article can hold an event, found before the parse, so only they are parsed.

The parse is nearly all of the ingest's cost, and in news most lines cannot hold an event: the
coder reads an event only where a word heads a pattern of the lexicon ("met", "held talks",
"stop paying fees to") with all of the pattern's words present, in a sentence naming an actor
or pointing back at one (a pronoun). Both are seen without a parse:

* the words: every form the model's own lemmatizer can bring back to each lexicon lemma (its
  suffix rules run backwards, its exception table and the attribute ruler's fixed lemmas read
  the other way round), so a line is dropped only when no form of some pattern's words is in it;
* the actors: the knowledge base's names (the gazetteer the parse uses, run on the tokens
  alone), pronouns and definite descriptions, and names the gazetteer does not know — a
  capitalised word inside a sentence (not "I", a month or a weekday), which is where the
  model's NER finds them.

A line that links to another story ("Also read: <headline>", see ``clean.links``) is never
kept: it is that story's headline, not this one's text.

A kept line that points back (a pronoun, "the country", "the two leaders") brings the line
before it along when that one names an actor, for the pointer to be resolved against. Only
whole lines are dropped (the empty ones stay), so the parsed excerpt is the text with whole
lines removed and offsets map back into the text exactly (annotate/offsets.py).
"""

from __future__ import annotations

import re
from bisect import bisect_right
from collections import Counter, defaultdict
from typing import Any

import numpy as np
from spacy.lang.en.stop_words import STOP_WORDS

from .anaphora import POINTER_WORDS
from .clean import links
from .lexicon import Lexicon

_CAPITALISED = re.compile(r"[A-Z][\w'’.-]*")
#: A quote closing on a comma: its speaker is told next ('"... agencies",↵ Peskov said.')
_QUOTE_COMMA = ('",', ',"', "”,", ",”", "»,", ",»")
#: Capitalised inside a sentence without being a name.
_NOT_NAMES = frozenset({"i", "january", "february", "march", "april", "may", "june", "july",
                        "august", "september", "october", "november", "december", "monday",
                        "tuesday", "wednesday", "thursday", "friday", "saturday", "sunday"})
_SENTENCE_END = frozenset({".", "!", "?", ":", ";", '"', "“", "”", "'", "‘", "’", "(", "-", "—",
                           "–", "``", "''"})


def lemma_forms(nlp: Any, lemmas: set[str]) -> dict[str, frozenset[str]]:
    """Return, for each of *lemmas*, the lower-case forms the model's lemmatizer and attribute
    ruler can bring back to it (a superset: a form listed may never occur)."""
    forms: dict[str, set[str]] = {lemma: {lemma} for lemma in lemmas}
    lemmatizer = nlp.get_pipe("lemmatizer")
    lemmatizer = getattr(lemmatizer, "lemmatizer", lemmatizer)  # memoised (memo.py) or not
    rules = lemmatizer.lookups.get_table("lemma_rules")
    for pos_rules in rules.values():
        for suffix, replacement in pos_rules:
            for lemma in lemmas:
                if lemma.endswith(replacement):
                    stem = lemma[:len(lemma) - len(replacement)] if replacement else lemma
                    forms[lemma].add(stem + suffix)
    exceptions = lemmatizer.lookups.get_table("lemma_exc")
    for table in exceptions.values():
        for form, found in table.items():
            for lemma in found:
                if lemma.lower() in forms:
                    forms[lemma.lower()].add(form.lower())
    ruler = nlp.get_pipe("attribute_ruler")
    ruler = getattr(ruler, "ruler", ruler)
    for entry in ruler.patterns:
        lemma = str(entry.get("attrs", {}).get("LEMMA", "")).lower()
        if lemma not in forms:
            continue
        for pattern in entry["patterns"]:
            for token in pattern:
                for key in ("LOWER", "ORTH", "NORM"):
                    spec = token.get(key)
                    if isinstance(spec, str):
                        forms[lemma].add(spec.lower())
                    elif isinstance(spec, dict) and "IN" in spec:
                        forms[lemma].update(s.lower() for s in spec["IN"])
    return {lemma: frozenset(f) for lemma, f in forms.items()}


#: A word's spelling, as the line selection reads it: its lower form, whether it is
#: whitespace (and holds a line break), points back, may be a name inside a sentence, ends a
#: sentence, is alphabetic, and the lexicon lemmas it may be a form of.
_Word = tuple[str, bool, bool, bool, bool, bool, bool, frozenset[str]]
MAX_WORDS = 300_000  # spellings kept (a few tens of MB); cleared when full


class LineSelector:
    """Say which lines of a text the parse needs: those that can hold an event."""

    def __init__(self, nlp: Any, lexicon: Lexicon) -> None:
        self.nlp = nlp
        lemmas = {lemma for entry in lexicon.entries for lemma in entry.lemmas}
        forms = lemma_forms(nlp, lemmas)
        # a pattern is all of its lemmas, each present when one of its forms is in the line
        self.lemmas_of: dict[str, frozenset[str]] = {}
        for lemma, spellings in forms.items():
            for form in spellings:
                self.lemmas_of[form] = self.lemmas_of.get(form, frozenset()) | {lemma}
        patterns = {frozenset(entry.lemmas) for entry in lexicon.entries}
        # each pattern filed under its lemma that the fewest patterns share (any of its lemmas
        # would do: a pattern can only match where each of them is present), so that a line
        # with "to" or "with" does not try every pattern holding them
        shared = Counter(lemma for pattern in patterns for lemma in pattern)
        self.by_lemma: dict[str, list[frozenset[str]]] = defaultdict(list)
        for pattern in sorted(patterns, key=sorted):
            self.by_lemma[min(sorted(pattern), key=shared.__getitem__)].append(pattern)
        self.ruler = nlp.get_pipe("entity_ruler") if "entity_ruler" in nlp.pipe_names else None
        self.words: dict[int, _Word] = {}  # spelling (orth id) → what the selection reads

    def _word(self, orth: int) -> _Word:
        """What the selection reads of a spelling: a lexeme's attributes, the same for every
        token of it, so read once (a Token object per word costs more than the rest)."""
        found = self.words.get(orth)
        if found is None:
            if len(self.words) >= MAX_WORDS:
                self.words.clear()
            lex = self.nlp.vocab[orth]
            text, lower = lex.orth_, lex.lower_
            found = self.words[orth] = (
                lower, lex.is_space, "\n" in text, lower in POINTER_WORDS,
                bool(_CAPITALISED.match(text)) and lower not in _NOT_NAMES
                and lower not in STOP_WORDS,
                text in _SENTENCE_END, lex.is_alpha, self.lemmas_of.get(lower, frozenset()))
        return found

    def keep(self, text: str) -> list[bool]:
        """Return, for each line of *text* (split on "\\n"), whether to parse it."""
        from spacy.attrs import IDX, ORTH

        lines = text.split("\n")
        starts = [0]
        for line in lines[:-1]:
            starts.append(starts[-1] + len(line) + 1)
        doc = self.nlp.make_doc(text)
        found: list[set[str]] = [set() for _ in lines]  # the lexicon lemmas each line may hold
        actor = [False] * len(lines)
        points = [False] * len(lines)
        if len(doc):
            arr = doc.to_array([ORTH, IDX])
            line_of = np.searchsorted(starts, arr[:, 1], side="right") - 1
            word = self._word
            sentence_start = True
            for orth, idx, i in zip(arr[:, 0].tolist(), arr[:, 1].tolist(), line_of.tolist(),
                                    strict=True):
                _, space, newline, pointer, name, end, alpha, lemmas = word(orth)
                if space:
                    sentence_start = sentence_start or newline
                    continue
                if lemmas:
                    found[i].update(lemmas)
                if pointer:
                    points[i] = actor[i] = True
                elif name and not sentence_start:
                    actor[i] = True
                sentence_start = end or (idx == starts[i] and not alpha)
        if self.ruler is not None:
            for _, start, _end in self.ruler.phrase_matcher(doc):
                actor[bisect_right(starts, doc[start].idx) - 1] = True
        linked = links(lines)  # another story's headline holds none of this one's events
        events = [bool(actor[i] and self._trigger(found[i])) and not linked[i]
                  for i in range(len(lines))]
        keep = list(events)
        for i in range(1, len(lines)):  # what a pointer in an event's line may point back to
            if events[i] and points[i] and actor[i - 1] and not linked[i - 1]:
                keep[i - 1] = True
        for i, line in enumerate(lines):  # who says a quote whose line closes on a comma
            if events[i] and line.rstrip().endswith(_QUOTE_COMMA):
                j = next((k for k in range(i + 1, len(lines)) if lines[k].strip()), None)
                if j is not None and actor[j]:
                    keep[j] = True
        return keep

    def _trigger(self, lemmas: set[str]) -> bool:
        """Whether every lemma of some lexicon pattern is among *lemmas*."""
        for lemma in lemmas:
            for pattern in self.by_lemma.get(lemma, ()):
                if pattern <= lemmas:
                    return True
        return False

    def excerpt(self, text: str) -> tuple[str, list[tuple[int, int, int]]]:
        """Return *text* without the lines the parse does not need (empty lines stay), and
        for each line kept its (start, end) in *text* and its start in the excerpt."""
        kept: list[str] = []
        spans: list[tuple[int, int, int]] = []
        start = at = 0
        for line, keep in zip(text.split("\n"), self.keep(text), strict=True):
            if keep or not line.strip():
                spans.append((start, start + len(line), at))
                kept.append(line)
                at += len(line) + 1
            start += len(line) + 1
        return "\n".join(kept), spans

