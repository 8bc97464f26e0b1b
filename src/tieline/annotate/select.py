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

A kept line that points back (a pronoun, "the country", "the two leaders") brings the line
before it along when that one names an actor, for the pointer to be resolved against. Only
whole lines are dropped (the empty ones stay), so the parsed excerpt is the text with whole
lines removed and offsets map back into the text exactly (annotate/offsets.py).
"""

from __future__ import annotations

import re
from bisect import bisect_right
from collections import defaultdict
from typing import Any

from spacy.lang.en.stop_words import STOP_WORDS

from .events import POINTER_WORDS
from .lexicon import Lexicon

_CAPITALISED = re.compile(r"[A-Z][\w'’.-]*")
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


class LineSelector:
    """Say which lines of a text the parse needs: those that can hold an event."""

    def __init__(self, nlp: Any, lexicon: Lexicon) -> None:
        self.nlp = nlp
        lemmas = {lemma for entry in lexicon.entries for lemma in entry.lemmas}
        forms = lemma_forms(nlp, lemmas)
        patterns = {tuple(forms[lemma] for lemma in entry.lemmas) for entry in lexicon.entries}
        # each pattern filed under the forms of its rarest-looking word: its fewest forms
        self.by_form: dict[str, list[tuple[frozenset[str], ...]]] = defaultdict(list)
        for pattern in patterns:
            for form in min(pattern, key=len):
                self.by_form[form].append(pattern)
        self.ruler = nlp.get_pipe("entity_ruler") if "entity_ruler" in nlp.pipe_names else None

    def keep(self, text: str) -> list[bool]:
        """Return, for each line of *text* (split on "\\n"), whether to parse it."""
        lines = text.split("\n")
        starts = [0]
        for line in lines[:-1]:
            starts.append(starts[-1] + len(line) + 1)
        doc = self.nlp.make_doc(text)
        words: list[set[str]] = [set() for _ in lines]
        actor = [False] * len(lines)
        points = [False] * len(lines)
        sentence_start = True
        for token in doc:
            if token.is_space:
                sentence_start = sentence_start or "\n" in token.text
                continue
            i = bisect_right(starts, token.idx) - 1
            lower = token.lower_
            words[i].add(lower)
            if lower in POINTER_WORDS:
                points[i] = True
            if lower in POINTER_WORDS or (not sentence_start and _CAPITALISED.match(token.text)
                                          and lower not in _NOT_NAMES
                                          and lower not in STOP_WORDS):
                actor[i] = True
            sentence_start = token.text in _SENTENCE_END or (
                token.idx == starts[i] and not token.is_alpha)
        if self.ruler is not None:
            for _, start, _end in self.ruler.phrase_matcher(doc):
                actor[bisect_right(starts, doc[start].idx) - 1] = True
        events = [bool(actor[i] and self._trigger(words[i])) for i in range(len(lines))]
        keep = list(events)
        for i in range(1, len(lines)):  # what a pointer in an event's line may point back to
            if events[i] and points[i] and actor[i - 1]:
                keep[i - 1] = True
        return keep

    def _trigger(self, words: set[str]) -> bool:
        for word in words:
            for pattern in self.by_form.get(word, ()):
                if all(not forms.isdisjoint(words) for forms in pattern):
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

