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
        keys, last, inverse = _unique_rows(self._keys(arr, doc.vocab.strings), last=True)
        missing = {k: i for k, i in zip(keys, last, strict=True) if k not in self.memo}
        if missing and len(self.memo) + len(missing) > MAX_MEMO:
            self.memo.clear()
            missing = dict(zip(keys, last, strict=True))
        if missing:
            self._learn(doc, missing)
        out = np.array([self.memo[k] for k in keys], dtype="uint64")
        doc.from_array(self.written, out[inverse])
        return doc

    def _keys(self, arr: Any, strings: Any) -> Any:
        """Each token's key, one row per token: its tag, lower form if a pattern names it
        (else 0), dependency label, whitespace flag and side (see :meth:`_lower`); then, when
        a two-token pattern can reach it from the next token, 1 and that token's (tag, lower
        form, side, label), else zeros; the same for the token before."""
        lowers, at = np.unique(arr[:, 1], return_inverse=True)
        found = np.array([self._lower(x, strings) for x in lowers.tolist()],
                         dtype="uint64").reshape(-1, 2)[at.reshape(-1)]
        seen = np.column_stack([arr[:, 0], found[:, 0], found[:, 1], arr[:, 2]])
        keys = np.zeros((len(arr), 15), dtype="uint64")
        keys[:, 0], keys[:, 1], keys[:, 2] = arr[:, 0], found[:, 0], arr[:, 2]
        keys[:, 3], keys[:, 4] = arr[:, 3], found[:, 1]
        after = np.flatnonzero(found[:-1, 1] & 1)  # (the last token has none after it)
        keys[after, 5] = 1
        keys[after, 6:10] = seen[after + 1]
        before = np.flatnonzero(found[1:, 1] & 2) + 1
        keys[before, 10] = 1
        keys[before, 11:15] = seen[before - 1]
        return keys

    def _learn(self, doc: Any, missing: dict[tuple[int, ...], int]) -> None:
        """Run the real ruler on a probe document of the tokens with new keys."""
        from spacy.tokens import Doc

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
        self.memo: dict[tuple[int, ...], int] = {}  # (form, POS, morphology) → lemma
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
        todo = np.flatnonzero(out == 0)  # a lemma set before (by the attribute ruler) is kept
        if len(todo):
            strings = doc.vocab.strings
            keys, first, inverse = _unique_rows(arr[todo, :3])
            found = []
            for key, i in zip(keys, first, strict=True):
                lemma = self.memo.get(key)
                if lemma is None:
                    lemma = self.memo[key] = strings.add(lem.lemmatize(doc[int(todo[i])])[0])
                found.append(lemma)
            out[todo] = np.array(found, dtype="uint64")[inverse]
        doc.from_array([self.lemma], out.reshape(-1, 1))
        return doc


def _unique_rows(rows: Any, last: bool = False) -> tuple[list[tuple[int, ...]], list[int], Any]:
    """The distinct rows of a 2-d integer array, as tuples; for each, the index of its first
    (or *last*) occurrence; and for each row, the index of its distinct row. A component's
    work is then done once per distinct key of a document, not once per token. (A stable
    lexicographic sort of the columns: ``np.unique(axis=0)`` compares rows as opaque bytes,
    several times slower.)"""
    order = np.lexsort(rows.T[::-1])
    ranked = rows[order]
    new = np.ones(len(rows), dtype=bool)
    new[1:] = (ranked[1:] != ranked[:-1]).any(axis=1)
    starts = np.flatnonzero(new)
    inverse = np.empty(len(rows), dtype=np.intp)
    inverse[order] = np.cumsum(new) - 1
    at = order[np.append(starts[1:], len(rows)) - 1] if last else order[starts]
    return [tuple(r) for r in ranked[starts].tolist()], at.tolist(), inverse


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
