"""A page's headline, coded as a sentence of its page.

A headline is the one sentence every outlet writes for its own page ("Russia bans flights to
Georgia from July 8"), often the one that states the act most plainly, but extraction keeps it
apart from the text (``Article.title``). The ``headline`` stage appends it, as a paragraph of
its own, after the lines the parse reads, so the one coder codes it with the page around it
(who "the Kremlin" is, the pair the page is about); ``offsets`` then takes its reports out of
the text: their evidence is in the title (``Evidence.part``), with offsets into it.

Headlines are written in a grammar of their own (any newsroom style guide says so), which the
parser and the coder read as ordinary prose unless told:

- **case**: Title Case ("Russia Bans Flights To Georgia") makes every word look like a name.
  A word is given the case the page's own body writes it in when the body writes it (a word
  the body writes only in lower case is not a name); one the body never writes is left.
- **tense**: the simple present tells what was done or has just been done ("Russia bans ..."
  = banned), the coder's reading already; ``to`` + verb with no verb before it tells a plan
  ("Modi to visit China" = planned); a bare past participle is a passive with its auxiliary
  left out ("Ambassador summoned over remarks": the ambassador is summoned, not summoning);
  a headline with no verb leaves out its copula ("Putin against sanctions" = is against).
  Each is written back into the headline the parse reads ("Modi will visit China"), the
  offsets of what the coder finds moved back into the title (``apply_edits``).
- **questions** ("Will Russia ban flights?") assert nothing: no report.

A headline that the body repeats as one of its sentences is not coded again (the body's
sentence is the report). A headline's report tells the act its body tells: when the body
reports an act of the same type class and sides, the headline's report takes that report's
date (so merging makes them one event, never two for one act in one article); else it keeps
what the coder gave it, the page's date as the day it was reported on.
"""

from __future__ import annotations

import re
from collections import Counter
from collections.abc import Iterable
from dataclasses import replace
from typing import Any

from ..happening import direction, group_key, participants_compatible
from ..models import Article, Evidence, Report

#: What separates the headline from the lines before it in the parsed text: a paragraph break,
#: so it is a sentence (and a context) of its own.
SEPARATOR = "\n\n"

_WORD = re.compile(r"[^\W\d_]+(?:['’][^\W\d_]+)*")
_OPENERS = " \t\"“”'‘’(«—-"


def _begins_sentence(text: str, at: int) -> bool:
    """Say whether the word at *at* of *text* begins a sentence, a line or a quotation."""
    before = text[max(0, at - 6):at].rstrip(_OPENERS)
    return not before or before.endswith((".", "!", "?", "\n", ":"))


def body_cases(body: str) -> dict[str, Counter[str]]:
    """Return, for each word of *body* (casefolded), how often the body writes each form of
    it where its case is the writer's choice (not a sentence's first word)."""
    forms: dict[str, Counter[str]] = {}
    for m in _WORD.finditer(body):
        if not _begins_sentence(body, m.start()):
            word = m.group()
            forms.setdefault(word.casefold(), Counter())[word] += 1
    return forms


def truecase(title: str, body: str) -> str:
    """Return *title* with each word in the case *body* writes it in (the body's commonest
    form, first words of its sentences aside), the headline's first word kept capitalised;
    words the body does not write are left. Only case changes: the offsets stay."""
    forms = body_cases(body)
    out = list(title)
    for i, m in enumerate(_WORD.finditer(title)):
        word = m.group()
        seen = forms.get(word.casefold())
        if not seen or word in seen and len(seen) == 1:
            continue
        written = seen.most_common(1)[0][0]
        if len(written) != len(word):
            continue
        if i == 0:  # the headline's first word is a sentence's: capitalised either way
            written = written[:1].upper() + written[1:]
        out[m.start():m.end()] = written
    return "".join(out)


def headline_to_code(title: str | None, body: str) -> str | None:
    """Return the headline of a page to code (truecased by *body*), or None: no title, a
    title the body repeats (its sentence is coded there), or a question."""
    if not title or not title.strip() or "\n" in title.strip():
        return None
    said = " ".join(title.split())
    if said.rstrip("\"”’' ").endswith("?"):
        return None
    if said.casefold() in " ".join(body.split()).casefold():
        return None
    return truecase(title, body)


# -- the headline's grammar -----------------------------------------------------------------
_FINITE = frozenset({"VBZ", "VBP", "VBD", "MD"})
_NOUNS = frozenset({"NN", "NNS", "NNP", "NNPS", "PRP", "CD"})
_PLURAL = frozenset({"NNS", "NNPS"})
#: What may follow a bare participle that is a passive (a preposition, an adverb, the end):
#: not the start of an object, which makes it an active past ("Russia summoned envoy").
_AFTER_PASSIVE = frozenset({"IN", "TO", "RB", "RP", ",", ":", ".", "HYPH", "``", "''", "-LRB-",
                            "WRB", "CC"})

Edit = tuple[int, int, str]  # at (in the title), characters replaced, the words written there


def headline_edits(tagged: Any) -> list[Edit]:
    """Return the edits that write a headline (*tagged*: its tokens with their tags) as the
    prose the coder reads: the "and" its list of subjects writes as a comma
    (``listed_subjects``), and the auxiliary or copula it leaves out (``left_out_verb``)."""
    tokens = list(tagged)
    return listed_subjects(tokens) + left_out_verb(tokens)


#: The tags of a name in a headline's list of subjects: a proper noun, or a demonym before
#: the noun the names share ("Indian, Chinese troops").
_NAME_TAGS = frozenset({"NNP", "NNPS", "JJ"})
#: What opens a headline's clause: its start, or a kicker's colon or bar ("Border row: ...").
_KICKERS = frozenset({":", "|"})
_VERB_TAGS = _FINITE | {"VB", "TO"}


def listed_subjects(tokens: list[Any]) -> list[Edit]:
    """Return the edit that writes the comma of a headline's list of subjects as "and"
    (newsroom style: "Peru, Chile agree on fishing accord" is "Peru and Chile agree ..."):
    capitalised names, one or more words each, separated by commas, from the start of the
    headline's clause to its verb (a common noun the names share may come between: "Indian,
    Chinese troops begin ..."). A dateline ("LIMA, March 4: ...") or an apposition ("Ana
    Diaz, Peru's minister, says ...") has no verb after its second name: left as written."""
    at = 0
    for i, t in enumerate(tokens):
        if t.tag_ in _VERB_TAGS:
            break
        if t.text in _KICKERS:
            at = i + 1  # (the last kicker before the verb opens the clause)
    commas: list[Any] = []
    i = at
    while True:
        run = i
        while i < len(tokens) and tokens[i].tag_ in _NAME_TAGS and tokens[i].is_title:
            i += 1
        if i == run:
            return []
        if i + 1 < len(tokens) and tokens[i].text == ",":
            commas.append(tokens[i])
            i += 1
            continue
        break
    while i < len(tokens) and tokens[i].tag_ in ("NN", "NNS"):
        i += 1  # (the noun the names share)
    if not commas or i >= len(tokens) or tokens[i].tag_ not in _VERB_TAGS:
        return []
    return [(commas[-1].idx, 1, " and")]


def left_out_verb(tokens: list[Any]) -> list[Edit]:
    """Return the edit that writes the auxiliary or copula a headline leaves out, before any
    finite verb.

    - ``to`` + verb after the headline's subject, no finite verb before it, is a plan:
      "Modi to visit China" is written "Modi will visit China";
    - a bare past participle after its subject, no finite verb before it, followed by no
      object, is a passive: "Ambassador summoned over remarks" is written "Ambassador was
      summoned over remarks" ("were" after a plural);
    - "against" after the subject of a headline with no verb at all is its predicate, a
      stance: "Putin against sanctions on Georgia" is written "Putin is against sanctions";
      so is "in talks" (or negotiations), a part taken: "Modi in talks with Xi".
    """
    verbless = not any(t.tag_.startswith("VB") or t.tag_ == "MD" for t in tokens)
    for i, t in enumerate(tokens):
        if t.tag_ in _FINITE and not (t.tag_ == "VBD" and _passive_at(tokens, i)):
            return []  # (the headline has its verb: read as written)
        subject = i > 0 and (tokens[i - 1].tag_ in _NOUNS or tokens[i - 1].is_title)
        if t.lower_ == "to" and t.tag_ == "TO" and subject and i + 1 < len(tokens) \
                and tokens[i + 1].tag_ == "VB":
            return [(t.idx, len(t.text), "will")]
        if t.tag_ in ("VBN", "VBD") and subject and _passive_at(tokens, i):
            return [(t.idx, 0, _copula(tokens[i - 1]) + " ")]
        if verbless and (t.lower_ in _STANCES or t.lower_ == "in" and i + 1 < len(tokens)
                         and tokens[i + 1].lower_ in _ENGAGEMENTS) \
                and i > 0 and tokens[i - 1].tag_ in _NOUNS:
            return [(t.idx, 0, ("are" if _copula(tokens[i - 1]) == "were" else "is") + " ")]
    return []


#: The prepositions a verbless headline states its subject's stance with. A place ("Modi in
#: China", "Summit at Wuhan") is left as written: there the noun is the news (the visit, the
#: summit), which a copula would make a mere location.
_STANCES = frozenset({"against"})
#: What a verbless headline's subject is "in" when it takes part in an act, not a place:
#: "Modi in talks with Xi" is written "Modi is in talks with Xi".
_ENGAGEMENTS = frozenset({"talks", "negotiations", "discussions", "dialogue", "contact"})


def _copula(subject: Any) -> str:
    return "were" if subject.tag_ in _PLURAL else "was"


def _passive_at(tokens: list[Any], i: int) -> bool:
    """Say whether the past form at *i* is followed by no object (a passive's shape)."""
    return i + 1 >= len(tokens) or tokens[i + 1].tag_ in _AFTER_PASSIVE


Stretch = tuple[int, int, int, int]  # (start, end) in the edited text, (start, end) in the title


def apply_edits(title: str, edits: list[Edit]) -> tuple[str, list[Stretch]]:
    """Return *title* with *edits* made, and the stretches of the result, each with the
    stretch of the title it stands for (a written word stands for the words it replaced, or
    for the empty place it was inserted at)."""
    out: list[str] = []
    stretches: list[Stretch] = []
    at = pos = 0
    for where, removed, written in sorted(edits):
        for piece, t_start, t_end in ((title[pos:where], pos, where),
                                      (written, where, where + removed)):
            out.append(piece)
            stretches.append((at, at + len(piece), t_start, t_end))
            at += len(piece)
        pos = where + removed
    out.append(title[pos:])
    stretches.append((at, at + len(title) - pos, pos, len(title)))
    return "".join(out), stretches


def title_offset(offset: int, stretches: list[Stretch], end: bool = False) -> int:
    """Return where *offset* of a headline's edited text is in the title (*end*: an offset
    just after a character)."""
    for start, stop, t_start, t_stop in stretches:
        if start <= offset < stop or end and start < offset <= stop:
            if t_stop - t_start == stop - start:  # (written as the title writes it)
                return t_start + offset - start
            return t_stop if end else t_start
    return stretches[-1][3] if stretches else 0


def without_headline(reading: Article, title_at: int) -> Article:
    """Return *reading* (the parsed text, its headline from *title_at* on) as if its text
    ended before the headline: its text, and the mentions and reports read there."""
    cut = title_at - len(SEPARATOR)
    text = reading.text[:cut]

    def clipped(ev: Evidence) -> Evidence:  # (the last line's sentence ends at the cut)
        return ev if ev.end <= cut else replace(ev, end=cut, sentence=text[ev.start:cut])

    return reading.evolve(
        text=text,
        mentions=tuple(replace(m, sentence_end=min(m.sentence_end, cut))
                       for m in reading.mentions if m.start < cut),
        citations=tuple(replace(c, end=min(c.end, cut))
                        for c in reading.citations if c.start < cut),
        events=tuple(e.evolve(evidence=tuple(clipped(ev) for ev in e.evidence))
                     for e in reading.events if not e.evidence or e.evidence[0].start < cut))


# -- into the title -------------------------------------------------------------------------
def into_title(report: Report, title: str, title_at: int, stretches: list[Stretch],
               article_id: str) -> Report:
    """Return *report*, read in the headline placed at *title_at* of the parsed text (its
    *stretches*: see ``apply_edits``), with its evidence in the title (offsets into *title*,
    its sentence as the page writes it) and an id of its own (a title's report never takes a
    sentence's id)."""
    from .events import event_id

    def at(offset: int, end: bool = False) -> int:
        return title_offset(offset - title_at, stretches, end)

    def moved(ev: Evidence) -> Evidence:
        start, end = at(ev.start), at(ev.end, True)
        end = start + len(title[start:end].rstrip())
        has_trigger = ev.trigger_end > ev.trigger_start
        return replace(ev, part="title", start=start, end=end, sentence=title[start:end],
                       trigger_start=at(ev.trigger_start) if has_trigger else 0,
                       trigger_end=at(ev.trigger_end, True) if has_trigger else 0)

    evidence = tuple(moved(ev) for ev in report.evidence)
    first = evidence[0]
    return report.evolve(evidence=evidence, id=event_id(
        f"{article_id}#title", first.start, first.trigger_start, report.rule, report.source,
        report.target))


def same_act(a: Report, b: Report) -> bool:
    """Say whether two reports of one article may tell one act as merging reads it: one merge
    group (type, status class, participants), compatible participants, and ways that fit (A
    accusing B is not B accusing A, unless one reads it as done to each other)."""
    return (group_key(a.type, a.status, a.source, a.target)
            == group_key(b.type, b.status, b.source, b.target)
            and participants_compatible(a, b)
            and (not {direction(a), direction(b)} >= {1, -1} or a.mutual or b.mutual))


def date_as_body(headline: Report, body: Iterable[Report], published: str | None) -> Report:
    """Return *headline*'s report with the date of the body's report of the same act
    (``same_act``: the first the body tells, one its words date before one dated by the day
    of publication), when the body has one;
    else, when it tells a happening the coder left undated ("Ambassador summoned"), the
    page's date (*published*) as the day it was reported on: a headline is its page's news."""
    same = [r for r in body if r.date is not None and same_act(headline, r)]
    if not same:
        if headline.date is None and headline.status in ("reported", "claimed"):
            return headline.evolve(date=published, date_precision="day" if published else None,
                                   date_basis="publication", date_text=None)
        return headline
    told = min(same, key=lambda r: (r.date_basis == "publication", r.evidence[0].start))
    return headline.evolve(date=told.date, date_precision=told.date_precision,
                           date_basis=told.date_basis, date_text=told.date_text)


def headline_reports(reading: Article, title: str, title_at: int, stretches: list[Stretch],
                     body: Iterable[Report]) -> list[Report]:
    """Return the reports *reading* (the parsed text, its headline from *title_at* on) holds
    in its headline, moved into the title and dated as the body tells them."""
    told = list(body)
    return [date_as_body(into_title(r, title, title_at, stretches, reading.id), told,
                         reading.published)
            for r in reading.events if r.evidence and r.evidence[0].start >= title_at]
