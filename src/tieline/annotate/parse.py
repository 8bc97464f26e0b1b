"""Parse texts with spaCy so that no text, however long or odd, can stop the batch.

spaCy refuses a text over ``nlp.max_length`` characters (E088: its parser and NER need memory
in proportion to the text). Such a text is parsed in pieces cut at line ends (or, failing
those, at spaces), each well under the limit, and the pieces joined back into one Doc whose
text is the original text, so every offset the later stages take from it stays right. The
joined Doc has no dependency arcs across a cut, which only costs a sentence split at a cut that
falls inside a sentence; a cut falls at a line end whenever the text has line ends.

A text the parser fails on for another reason is returned as the exception, so the caller can
reject that one article and keep the rest.

A title abbreviated before a name ("Maj. Nidal Hasan", "Sgt. Kim Munley") is one token
(:func:`keep_titles`): cut in two ("Maj" ".") its full stop reads as a sentence end, and the
name starts a sentence of its own, away from the verb that tells what its bearer did.
"""

from __future__ import annotations

from collections.abc import Iterator
from typing import Any

#: Characters per piece of a text longer than the parser takes: a tenth of spaCy's default
#: limit, so a piece needs about 100 MB of parser memory.
PIECE_CHARS = 100_000

Parsed = Any  # a spacy.tokens.Doc, or the exception parsing the text raised

#: Titles written abbreviated before a name that spaCy's English tokenizer does not keep whole
#: (it keeps "Dr.", "Gen.", "Adm.", "Gov.", "Sen.", "Rep.", "Prof.", "Rev.", "Mr." ...): the
#: military ranks and civil titles of the AP Stylebook's title abbreviations ("Lt. Gen.",
#: "Maj.", "Brig. Gen.", "Cmdr.", "Sgt.", "Cpl.", "Pvt.", "Pfc.", "Spc.") and their plurals
#: ("Gens.", "Sens.", "Reps."), with "Amb.", "Supt.", "Insp.", "Det." of police and embassy
#: titles. No English word is written so, so none of them ends a sentence as a word would.
TITLES = ("Lt.", "Lieut.", "Col.", "Maj.", "Capt.", "Cmdr.", "Cdr.", "Brig.", "Sgt.", "Cpl.",
          "Pvt.", "Pfc.", "Spc.", "Gens.", "Sens.", "Reps.", "Amb.", "Supt.", "Insp.", "Det.")


def keep_titles(nlp: Any) -> None:
    """Make each of :data:`TITLES` one token, as spaCy's own exceptions make "Dr." one."""
    from spacy.attrs import ORTH

    for title in TITLES:
        nlp.tokenizer.add_special_case(title, [{ORTH: title}])


def parse_texts(nlp: Any, texts: list[str], batch_size: int = 16) -> list[Parsed]:
    """Return a Doc for each of *texts*, in order; the exception instead for a text that fails.

    Texts within the parser's limit are parsed together (``nlp.pipe``, the fast path); when
    that fails, each is parsed alone so that one bad text costs only itself.
    """
    piece = min(PIECE_CHARS, max(1, nlp.max_length // 2))
    short = [i for i, t in enumerate(texts) if len(t) <= nlp.max_length]
    out: list[Parsed] = [None] * len(texts)
    try:
        for i, doc in zip(short, nlp.pipe([texts[i] for i in short], batch_size=batch_size),
                          strict=True):
            out[i] = doc
    except Exception:  # one text broke the batch: parse them one by one to find it
        for i in short:
            out[i] = _parse_one(nlp, texts[i], piece)
    for i, text in enumerate(texts):
        if out[i] is None:
            out[i] = _parse_one(nlp, text, piece)
    return out


def _parse_one(nlp: Any, text: str, piece: int) -> Parsed:
    try:
        if len(text) <= nlp.max_length:
            return nlp(text)
        return _parse_in_pieces(nlp, text, piece)
    except Exception as exc:
        return exc


def _parse_in_pieces(nlp: Any, text: str, piece: int) -> Any:
    from spacy.tokens import Doc

    docs = list(nlp.pipe(pieces(text, piece), batch_size=4))
    doc = Doc.from_docs(docs, ensure_whitespace=False)
    if doc.text != text:  # never hand on offsets into another text
        raise ValueError("the pieces of a long text did not join back into it")
    return doc


def pieces(text: str, size: int) -> Iterator[str]:
    """Cut *text* into consecutive pieces of at most *size* characters that join back into it.

    Each cut falls after the last line end within *size*, else after the last space, else at
    *size* exactly (a run of *size* characters without a space).
    """
    start = 0
    while len(text) - start > size:
        window = text[start:start + size]
        cut = window.rfind("\n") + 1 or window.rfind(" ") + 1 or size
        yield text[start:start + cut]
        start += cut
    if start < len(text):
        yield text[start:]
