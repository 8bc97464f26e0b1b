"""Which news agency a page credits as its text's source.

A page that carries a wire agency's story says so where news pages always say it: in the
dateline ("NEW DELHI (AP) —", "MOSCOW (Reuters) -", "-LRB- Reuters -RRB- -" in tokenized text),
in a credit closing a paragraph ("... on Monday. (PTI)", "— AP"), in a source line ("Source:
the AP", "SOURCE: Reuters") or in a byline of its own ("By Reuters"). Two pages that credit one
agency carry that agency's text, so they are not independent of each other, however each
rewords it (an AI rewrite crediting "the AP" keeps few of the AP copy's phrases).

A page on the agency's own site is one of the agency's own stories: its credit is not read
(two Reuters stories of two days on one spill both credit Reuters, neither carries the
other's text). Only those places count: an agency named in a sentence ("Reuters reported
that ...", "according to AFP") is cited, not credited, and a picture credit ("(AP
Photo/...)", "REUTERS/Jane Roe") names who took the picture; a bare "(AP)" inside a sentence
may be "Andhra Pradesh (AP)", so parentheses count only in a dateline or as a closing credit.
"""

from __future__ import annotations

import re

#: Wire agencies and the names pages credit them by (canonical name first).
AGENCIES: tuple[tuple[str, ...], ...] = (
    ("AP", "Associated Press", "The Associated Press"),
    ("Reuters",),
    ("AFP", "Agence France-Presse", "Agence France Presse"),
    ("PTI", "Press Trust of India"),
    ("ANI", "Asian News International"),
    ("IANS",),
    ("UNI", "United News of India"),
    ("Bloomberg",),
    ("TASS",),
    ("Interfax",),
    ("Xinhua",),
    ("dpa",),
    ("EFE",),
    ("ANSA",),
    ("Kyodo",),
    ("Yonhap",),
)
#: The agencies' own sites, by a label of their host ("reuters" in "in.reuters.com"; a corpus
#: folder named after one, such as Timeline17's "reuters", too): a page there is one of the
#: agency's own stories, and its credit says nothing of copying (two Reuters stories of two
#: days on one spill credit Reuters both; neither carries the other's text).
OWN_SITES: dict[str, frozenset[str]] = {
    "AP": frozenset({"apnews", "ap"}), "Reuters": frozenset({"reuters"}),
    "AFP": frozenset({"afp"}), "PTI": frozenset({"ptinews", "pti"}),
    "ANI": frozenset({"aninews", "ani"}), "IANS": frozenset({"ianslive", "ians"}),
    "UNI": frozenset({"uniindia", "uni"}), "Bloomberg": frozenset({"bloomberg"}),
    "TASS": frozenset({"tass"}), "Interfax": frozenset({"interfax"}),
    "Xinhua": frozenset({"xinhuanet", "xinhua"}), "dpa": frozenset({"dpa", "dpa-international"}),
    "EFE": frozenset({"efe"}), "ANSA": frozenset({"ansa"}), "Kyodo": frozenset({"kyodonews"}),
    "Yonhap": frozenset({"yna", "yonhapnews"}),
}
_CANONICAL = {name.lower(): names[0] for names in AGENCIES for name in names}
#: Each agency's bit in a credit mask (``mask``): the sketch keeps the mask.
_BIT = {names[0]: 1 << k for k, names in enumerate(AGENCIES)}

_NAME = "(" + "|".join(sorted((re.escape(n) for names in AGENCIES for n in names),
                              key=len, reverse=True)) + ")"
_OPEN, _CLOSE = r"(?:\(|-LRB-)", r"(?:\)|-RRB-)"
#: The places a credit stands (see the module docstring); case matters for the names (an
#: "ap" or "efe" in lower case is a word), not for the labels around them.
_CREDIT = re.compile(
    rf"{_OPEN}\s*{_NAME}\s*{_CLOSE}\s*(?:[-–—:]|$)"          # dateline, or a closing credit
    rf"|[—–]\s*{_NAME}\s*$"                                  # "— AP" closing a paragraph
    rf"|(?i:source)\s*:\s*(?i:the\s+)?{_NAME}\b"              # "Source: the AP"
    rf"|^\s*(?i:by)\s*{_NAME}\s*$",                          # "By Reuters" on a line
    re.M)
#: A cheap test first: most pages name no agency at all.
_ANY = re.compile(_NAME)
#: In a byline any agency named as a word credits it.
_IN_BYLINE = re.compile(rf"(?<![^\W_]){_NAME}(?![^\W_])")


def credits(text: str, author: str | None = None, outlet: str | None = None) -> frozenset[str]:
    """Return the canonical names of the agencies *text* credits as its source, and those its
    byline names (*author*, as cleaning took it out of the text: "Reuters", "By Tom Smith,
    Associated Press"), but not the agency whose own site *outlet* is (``OWN_SITES``)."""
    found = {_CANONICAL[m.group(1).lower()] for m in _IN_BYLINE.finditer(author or "")}
    if _ANY.search(text):
        found.update(_CANONICAL[next(g for g in m.groups() if g).lower()]
                     for m in _CREDIT.finditer(text))
    if found and outlet:
        labels = set(outlet.lower().split("."))
        found = {name for name in found if not OWN_SITES.get(name, frozenset()) & labels}
    return frozenset(found)


def mask(names: frozenset[str]) -> int:
    """Return the bit mask of credited agencies (for the stored sketch)."""
    bits = 0
    for name in names:
        bits |= _BIT[name]
    return bits


def names(bits: int) -> frozenset[str]:
    """Return the agencies a credit mask holds (``mask``'s inverse)."""
    return frozenset(name for name, bit in _BIT.items() if bits & bit)
