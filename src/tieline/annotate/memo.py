"""Memoised stand-ins for spaCy's rule-based components: the same annotations, less work.

In ``en_core_web_sm`` the attribute ruler (tag → POS and morphology, plus exceptions) and the
rule lemmatizer cost as much as the parser: they run a Matcher and Python code on every token
of every article, though their output depends only on a few attributes of the token (and, for
a handful of two-word patterns such as "there is" or "gon na", of its neighbour). So each token
gets a *key* holding exactly those attributes; the component's output for a key is computed
once, by spaCy's own component, and reused.

* ``MemoAttributeRuler``: a token's key is its tag, dependency label, whitespace flag and
  lower form when a pattern names it (a handful of words: "i", "gets", "gon", ...), plus its
  neighbour's when a two-token pattern could reach it. Tokens with
  new keys are annotated by the real ruler, run on a small document of just those tokens (and
  their neighbours), separated by a word no pattern matches.
* ``MemoLemmatizer``: a token's key is spaCy's own cache key (form, POS, morphology).

Where a pattern is of a kind the key cannot capture (longer than two tokens, a neighbour without
a LOWER constraint, ...) the real component runs instead, so the result is always spaCy's.
"""

from __future__ import annotations

import re
from typing import Any

import numpy as np

MAX_MEMO = 300_000  # keys kept per component (a few tens of MB); cleared when full
_SEPARATOR = "⁂"  # a word no attribute-ruler pattern matches: ends one probe, starts the next


class _Forms:
    """A test on a lower-case form: a set of words and regular expressions."""

    def __init__(self) -> None:
        self.words: set[str] = set()
        self.patterns: list[re.Pattern[str]] = []

    def add(self, spec: Any) -> bool:
        """Add a pattern's LOWER constraint; False if it is of a kind not handled."""
        if isinstance(spec, str):
            self.words.add(spec)
        elif isinstance(spec, dict) and set(spec) == {"IN"}:
            self.words.update(spec["IN"])
        elif isinstance(spec, dict) and set(spec) == {"REGEX"}:
            self.patterns.append(re.compile(spec["REGEX"]))
        else:
            return False
        return True

    def __call__(self, text: str) -> bool:
        return text in self.words or any(p.search(text) for p in self.patterns)


def _reach(ruler: Any) -> tuple[_Forms, _Forms, _Forms] | None:
    """Tests on a token's lower form: (some pattern names it, it is the token a two-token
    pattern changes and comes first, ... comes second); None when some pattern is beyond what
    a key can hold."""
    named, first, second = _Forms(), _Forms(), _Forms()
    for entry in ruler.patterns:
        for pattern in entry["patterns"]:
            if not all(named.add(token["LOWER"]) for token in pattern if "LOWER" in token):
                return None
            if len(pattern) == 1:
                continue
            index = entry.get("index", 0) % len(pattern)
            if len(pattern) != 2 or not (first if index == 0 else second).add(
                    pattern[index].get("LOWER")):
                return None
    return named, first, second


class MemoAttributeRuler:
    """spaCy's attribute ruler with its output memoised per token key (see the module)."""

    def __init__(self, ruler: Any) -> None:
        from spacy.attrs import DEP, IS_SPACE, LEMMA, LOWER, MORPH, POS, TAG

        self.ruler = ruler
        self.reach = _reach(ruler)
        self.memo: dict[tuple[int, ...], tuple[int, ...]] = {}
        self.lowers: dict[int, tuple[int, int]] = {}  # lower hash → (key part, side)
        self.read = [TAG, LOWER, DEP, IS_SPACE, POS, MORPH, LEMMA]
        self.written = [TAG, POS, MORPH, LEMMA, DEP]

    def _lower(self, lower: int, strings: Any) -> tuple[int, int]:
        """(the lower form's hash if a pattern names it, else 0; its side: 1 first of a pair,
        2 second, 3 both, 0 neither)."""
        found = self.lowers.get(lower)
        if found is None:
            assert self.reach is not None
            named, first, second = self.reach
            text = strings[lower]
            found = (lower if named(text) else 0, (1 if first(text) else 0) |
                     (2 if second(text) else 0))
            self.lowers[lower] = found
        return found

    def __call__(self, doc: Any) -> Any:
        if self.reach is None or len(doc) == 0:
            return self.ruler(doc)
        arr = doc.to_array(self.read)
        if arr[:, 4:].any() or not arr[:, 2].all() or not arr[:, 0].all():
            # annotations the key does not hold, or none to build a probe document from
            return self.ruler(doc)
        strings = doc.vocab.strings
        rows = []  # (tag, lower if a pattern names it, dep, whitespace, side)
        for tag, lower, dep, space in arr[:, :4].tolist():
            rows.append((tag, *self._lower(lower, strings), dep, space))
        n = len(rows)
        keys = []
        for i, (tag, lower, side, dep, space) in enumerate(rows):
            after = rows[i + 1][:4] if side & 1 and i + 1 < n else ()
            before = rows[i - 1][:4] if side & 2 and i > 0 else ()
            keys.append((tag, lower, dep, space, side, *after, -1, *before))
        missing = {k: i for i, k in enumerate(keys) if k not in self.memo}
        if missing:
            self._learn(doc, missing)
        out = np.array([self.memo[k] for k in keys], dtype="uint64")
        doc.from_array(self.written, out)
        return doc

    def _learn(self, doc: Any, missing: dict[tuple[int, ...], int]) -> None:
        """Run the real ruler on a probe document of the tokens with new keys."""
        from spacy.tokens import Doc

        if len(self.memo) + len(missing) > MAX_MEMO:
            self.memo.clear()
        words: list[str] = []
        spaces: list[bool] = []
        tags: list[str] = []
        deps: list[str] = []
        targets: list[tuple[tuple[int, ...], int]] = []
        for key, i in missing.items():
            side = key[4]
            span = range(max(0, i - 1) if side & 2 else i,
                         min(len(doc), i + 2) if side & 1 else i + 1)
            for j in span:
                if j == i:
                    targets.append((key, len(words)))
                t = doc[j]
                words.append(t.text)
                spaces.append(bool(t.whitespace_))
                tags.append(t.tag_)
                deps.append(t.dep_)
            words.append(_SEPARATOR)
            spaces.append(True)
            tags.append(tags[-1])
            deps.append("dep")
        probe = Doc(doc.vocab, words=words, spaces=spaces, tags=tags, deps=deps,
                    heads=list(range(len(words))))
        self.ruler(probe)
        done = probe.to_array(self.written)
        for key, j in targets:
            self.memo[key] = tuple(int(x) for x in done[j])


class MemoLemmatizer:
    """spaCy's rule lemmatizer with its output memoised per (form, POS, morphology)."""

    def __init__(self, lemmatizer: Any) -> None:
        from spacy.attrs import LEMMA, MORPH, ORTH, POS

        self.lemmatizer = lemmatizer
        self.memo: dict[tuple[int, int, int], int] = {}
        # the rules look words up in lists of up to 57,000 forms ("form in index"): sets
        # answer the same, in constant time
        index = lemmatizer.lookups.get_table("lemma_index", {})
        for pos, forms in list(index.items()):
            if isinstance(forms, list):
                index[pos] = set(forms)
        self.read = [ORTH, POS, MORPH, LEMMA]
        self.lemma = LEMMA

    def __call__(self, doc: Any) -> Any:
        lem = self.lemmatizer
        if lem.mode != "rule" or lem.overwrite or len(doc) == 0:
            return lem(doc)
        if not lem._validated:
            lem._validate_tables()
        if len(self.memo) > MAX_MEMO:
            self.memo.clear()
        arr = doc.to_array(self.read)
        out = arr[:, 3].copy()
        strings = doc.vocab.strings
        for i, (orth, pos, morph, lemma) in enumerate(arr.tolist()):
            if lemma:  # set before (by the attribute ruler): kept, as spaCy keeps it
                continue
            key = (orth, pos, morph)
            found = self.memo.get(key)
            if found is None:
                found = self.memo[key] = strings.add(lem.lemmatize(doc[i])[0])
            out[i] = found
        doc.from_array([self.lemma], out.reshape(-1, 1))
        return doc


_BUILT: dict[str, Any] = {}  # component name → the memoised component being added


def memoise(nlp: Any) -> None:
    """Replace *nlp*'s attribute ruler and rule lemmatizer by their memoised versions."""
    from spacy.language import Language

    for name, factory, wrapper in (("attribute_ruler", "tl_memo_attribute_ruler",
                                    MemoAttributeRuler),
                                   ("lemmatizer", "tl_memo_lemmatizer", MemoLemmatizer)):
        if name not in nlp.pipe_names:
            continue
        if factory not in Language.factories:
            Language.factory(factory, func=lambda nlp, name: _BUILT.pop(name))
        _BUILT[name] = wrapper(nlp.get_pipe(name))
        nlp.replace_pipe(name, factory)
