"""Find the part of a page that its readers wrote, so that no event is read from it.

A crawler stores a news page whole: below the story come its readers' comments, and some pages
are nothing but readers' posts (a message board, a page of readers' accounts). Their sentences
are private people's opinions and queries, not reports, and their pronouns reach back to the
leaders the story named. Comment-removal in HTML extractors (trafilatura, jusText, readability)
works on the markup (a ``comments`` class or id, link density); plain text has none, so the
part is found by the furniture every post carries and news prose does not:

* a **comment thread**: three or more post stamps, each within a few thousand characters of the
  one before: a full date with its time of day followed by a bar ("January 27, 2011 at
  7:59 pm | Report abuse |"), a time and date before a poster's name
  and "wrote:" ("At 1:17 pm on 18 May 2009, NAME wrote:"), a "Posted by NAME" before a
  separator or a date, or the controls alone after a bar ("| Reply"). A news page prints
  one stamp (its own); a live blog's entries carry a time without a date ("5.24 pm: ...").
  The thread begins at the first stamp's post: the stamp's line when the stamp opens its
  post ("... NAME wrote:"); else, as the other stamps close theirs, after an end-of-story line
  shortly before it ("... contributed to this report", "Reporting by ...", "12 comments"), or
  else after the lines before it written in a reader's voice (first or second person outside
  quotations, questions, exclamations, shouting; a line in no voice between two of them),
  never past a line of a report: one that attributes ("..., he said"), a transcript's
  "MINISTER: ...", or a quotation running over lines. Its posts must read as readers' too:
  a quarter of its lines in a reader's voice (``MIN_VOICE``), so dated news items are none;
* a **page of contributions**: four or more turns by different people, each a label and a quote
  opened in the first person ("Margi: "I am looking for ..."), the label being the given name
  of a full name introduced just before ("Margi Kelly would like information ..."). News style
  refers to a person by surname after the first mention ("Narendra Modi ... Modi: "We ..."");
  calling people by their given name is the register of a board of private posts.

From where the part begins, the text is kept (stored and searchable, offsets unchanged), but
the event stages read only what comes before it (``pipeline.Readers``), and the article says
so in a warning. When only a line or two comes before it (``WHOLE_PAGE_WORDS``), the page is
all readers' posts: not analysed for events at all.
"""

from __future__ import annotations

import re
from dataclasses import dataclass

from .date_patterns import _FULL, _TRANSLATE
from .published import _TIME

COMMENTS = "readers' comments"
CONTRIBUTIONS = "readers' contributions"
#: Post stamps that make a thread, and the most characters between one and the next.
MIN_POSTS, MAX_GAP = 3, 8000
#: The share of a thread's lines (of three words or more) in a reader's voice, at least: posts
#: are opinions (a quarter to a half of their lines on T17's comment threads; a news page's
#: median is none), so a page of dated news items with bars is no thread.
MIN_VOICE = 0.25
VOICE_SAMPLE = 200  # the lines of a thread read for it (its first: enough to tell)
#: Turns by different people that make a page of contributions.
MIN_TURNS = 4
#: Fewer words than this before the readers' part: the page is all readers' posts. A thread
#: follows a story (a brief of 50 words is one); a board opens with a few lines inviting posts.
WHOLE_PAGE_WORDS = {COMMENTS: 40, CONTRIBUTIONS: 100}
#: Words of the readers' part a warning quotes, to say where it begins.
FIRST_WORDS = 8
#: How far back from the first stamp the start of its post is looked for.
END_LINES, VOICE_LINES = 12, 12

#: The separator after a stamp's time (a literal: found fast); the time of day (and zone) before.
_AFTER_TIME = re.compile(r"\|")
_TIME_END = re.compile(rf"(?<![\d:.]){_TIME}(?:\s*(?:[A-Z]{{2,4}}|\([A-Z]{{2,4}}\)))?\s*$", re.I)
#: What may stand between a stamp's date and its time ("at", a comma, a second time).
_BETWEEN = re.compile(rf"[\s,;@|–—-]*(?:at\s*)?(?:{_TIME}\s*(?:at\s*)?)?", re.I)
_POSTED = re.compile(r"Posted\s+by\b\s*:?")  # (a literal first, found fast: no \b before)
#: A poster's name and "wrote:" after a stamp ("At 1:17 pm on 18 May 2009, NAME wrote:").
_WROTE = re.compile(r"\bwrote\s*:")
_WROTE_STAMP = re.compile(rf"(?<![\d:.]){_TIME}[^\n]{{0,60}}$", re.I)
#: A post's controls after a bar or alone on a line ("| Report abuse", "| Reply").
_CONTROLS = re.compile(r"Report abuse|Reply\b")
_CONTROLS_BEFORE = re.compile(r"(?:\||^[^\w\n]*)\s*$")
#: A line that closes a story: its reporters' credit, its copyright, a comments heading.
_STORY_END = re.compile(
    r"contributed\s+(?:to\s+)?(?:this\s+)?report|^\W*(?:additional\s+)?(?:reporting|writing"
    r"|editing)\s+by\b|all\s+rights\s+reserved|\bcopyright\s+(?:©\s*)?\d{4}|©"
    r"|^\W*(?:\d+\s+)?(?:reader\s+|readers'?\s+|your\s+)?comments?\W*(?:\(\d+\))?\W*$"
    r"|^\W*(?:leave|post|add)\s+(?:a|your)\s+(?:comment|reply)\b", re.I | re.M)
_QUOTED = re.compile(r"``.*?''|\".*?\"|“.*?”|«.*?»")
_PERSON = re.compile(r"\b(?:I|I'm|I've|I'd|I'll|[Mm]e|[Mm]y|[Mm]ine|[Ww]e|[Oo]ur|[Yy]ou|[Yy]our"
                     r"|[Yy]ou're|u)\b|(?<!\w)(?:'m|'ve)\b")
#: Shouting: three words in capitals in a row ("FAR BETTER TO BURN IT"), as posts write.
_SHOUTING = re.compile(r"\b[A-Z]{2,}\s+[A-Z]{2,}\s+[A-Z]{2,}\b")
_ATTRIBUTES = re.compile(r"\b(?:said|says|told|according\s+to|reported|announced)\b", re.I)
#: A transcript's speaker label ("MORGAN: If you ...", "Q: ..."): an interview, not a reader.
_SPEAKER = re.compile(r"(?<![\w'’])(?:[A-Z]{2,}(?:\s+[A-Z]{2,})?|Q|A)\s*:\s")
#: A turn: a one-word label, a colon, an opening quote (found first), then its first words.
_TURN_OPEN = re.compile(r":\s*(?:``|\"|“)")
_LABEL = re.compile(r"(?<![\w'’])[A-Z][a-z]+\s*$")
_TURN_WORDS = re.compile(r"\s*(?:\S+\s+){0,19}\S+")
_FIRST_PERSON = re.compile(r"\b(?:I|I'm|I've|[Mm]y|[Mm]e|[Ww]e|[Oo]ur)\b")


@dataclass(frozen=True)
class ReadersPart:
    """Where a page's readers' part begins (a line's start) and what it is."""

    start: int
    kind: str  # COMMENTS or CONTRIBUTIONS
    posts: int  # the post stamps or turns found
    whole_page: bool

    def warning(self, origin: str, text: str) -> str:
        """Say what of *text* was not read for events, and why: where the part begins by its
        first words (offsets would move if outlet chrome is cut from the text later)."""
        from .language import NOT_ANALYSED

        if self.whole_page:
            return f"{origin}: {NOT_ANALYSED}: {self.kind} ({self.posts} posts)"
        words = text[self.start:].split()
        opening = " ".join(words[:FIRST_WORDS]) + (" …" if len(words) > FIRST_WORDS else "")
        share = round(100 * (len(text) - self.start) / max(len(text), 1))
        return (f"{origin}: {NOT_ANALYSED}: {self.kind} from \"{opening}\" on "
                f"({self.posts} posts, {share}% of the text)")


def readers_part(text: str) -> ReadersPart | None:
    """Return where *text*'s readers' comments or contributions begin, else None."""
    found = _thread(text) or _turns(text)
    if found is None:
        return None
    start, kind, posts = found
    return ReadersPart(start, kind, posts, len(text[:start].split()) < WHOLE_PAGE_WORDS[kind])


# -- comment threads --------------------------------------------------------------------------
def post_stamps(text: str) -> list[int]:
    """Return where each post stamp of *text* begins (see the module's docstring), in order;
    stamps closer than 80 characters are one post's."""
    if "|" not in text and "Posted by" not in text and "Reply" not in text \
            and "wrote" not in text:
        return []  # (the cheap test: every stamp has one of them)
    starts = [m.start() for m in _POSTED.finditer(text)
              if not text[m.start() - 1:m.start()].isalnum() and _posted(text, m.end())]
    starts += [m.start() for m in _CONTROLS.finditer(text)
               if _CONTROLS_BEFORE.search(text, max(0, m.start() - 40), m.start())]
    lowered = None
    for m in _WROTE.finditer(text):
        timed = _WROTE_STAMP.search(text, max(0, m.start() - 60), m.start())
        if timed is not None:
            lowered = lowered or text.translate(_TRANSLATE)
            if _FULL.search(lowered, timed.start(), m.start()):
                starts.append(timed.start() - (3 if text[:timed.start()].endswith("At ") else 0))
    for m in _AFTER_TIME.finditer(text):
        timed = _TIME_END.search(text, max(0, m.start() - 24), m.start())
        if timed is None:
            continue
        lowered = lowered or text.translate(_TRANSLATE)
        date = _date_before(lowered, timed.start())
        if date is not None:
            starts.append(date)
    merged: list[int] = []
    for at in sorted(starts):
        if not merged or at - merged[-1] >= 80:
            merged.append(at)
    return merged


def _posted(text: str, at: int) -> bool:
    """Whether a "Posted by" ending at *at* names a poster: a bar or a date follows soon."""
    window = text[at:at + 60]
    return "|" in window or _FULL.search(window.translate(_TRANSLATE)) is not None


def _date_before(lowered: str, at: int) -> int | None:
    """Where a full date ending just before the time at *at* begins, else None."""
    window_start = max(0, at - 70)
    for m in _FULL.finditer(lowered, window_start, at):
        if _BETWEEN.fullmatch(lowered, m.end(), at):
            return m.start()
    return None


def _thread(text: str) -> tuple[int, str, int] | None:
    """Return (start, kind, posts) of a comment thread in *text*, else None."""
    stamps = post_stamps(text)
    for i in range(len(stamps) - MIN_POSTS + 1):
        run = stamps[i:i + MIN_POSTS]
        if all(b - a <= MAX_GAP for a, b in zip(run, run[1:], strict=False)):
            opens = _WROTE.search(text, stamps[i], stamps[i] + 90) is not None
            start = text.rfind("\n", 0, stamps[i]) + 1 if opens else _post_start(text, stamps[i])
            while text.startswith("\n", start):  # (the blank lines before it are the story's)
                start += 1
            if not _in_voice(text[start:]):
                return None
            return start, COMMENTS, len(stamps) - i
    return None


def _in_voice(part: str) -> bool:
    """Whether *part* reads as readers' posts: ``MIN_VOICE`` of its lines in their voice."""
    lines = [line for line in part.split("\n", VOICE_SAMPLE)[:VOICE_SAMPLE]
             if len(line.split()) >= 3]
    return bool(lines) and sum(map(reader_voice, lines)) >= MIN_VOICE * len(lines)


def _post_start(text: str, stamp: int) -> int:
    """Where the post of the first stamp at *stamp* begins: the start of a line."""
    line = text.rfind("\n", 0, stamp) + 1
    starts = [line]
    while len(starts) <= max(END_LINES, VOICE_LINES) and starts[-1] > 0:
        starts.append(text.rfind("\n", 0, starts[-1] - 1) + 1)
    lines = [text[s:text.find("\n", s) if text.find("\n", s) >= 0 else len(text)]
             for s in starts[1:]]  # the lines before the stamp's, nearest first
    for k, before in enumerate(lines[:END_LINES]):
        if _STORY_END.search(before):
            return starts[k]  # the line after the story's end
    taken = neutral = 0  # the lines taken into the post; lines in no voice since the last
    for k, before in enumerate(lines[:VOICE_LINES]):
        if not before.strip():
            continue
        if reported(before):
            break
        if reader_voice(before):
            taken, neutral = k + 1, 0
        elif (neutral := neutral + 1) > 1:  # (a post's line in no voice is one among others)
            break
    return starts[taken]


def reported(line: str) -> bool:
    """Say whether *line* is a report's: it attributes ("..., he said"), gives a transcript's
    speaker ("MINISTER: ..."), or opens or closes a quotation that runs over lines."""
    own = _QUOTED.sub(" ", line)
    return bool(_ATTRIBUTES.search(own) or _SPEAKER.search(own)) or \
        any(mark in own for mark in ("``", "''", "“", "”", '"'))


def reader_voice(line: str) -> bool:
    """Say whether *line* reads as a reader's post rather than a report: first or second
    person outside quotations, a question, an exclamation or shouting (words in capitals);
    and no line of a report (``reported``)."""
    if reported(line):
        return False
    own = _QUOTED.sub(" ", line)
    stripped = own.rstrip(" .\"'”’)")
    return bool(_PERSON.search(own) or _SHOUTING.search(own)) or stripped.endswith(("?", "!"))


# -- pages of contributions -------------------------------------------------------------------
def _turns(text: str) -> tuple[int, str, int] | None:
    """Return (start, kind, turns) of a page of contributions in *text*, else None."""
    if ":" not in text:
        return None
    turns: list[tuple[int, str]] = []
    for m in _TURN_OPEN.finditer(text):
        named = _LABEL.search(text, max(0, m.start() - 24), m.start())
        words = _TURN_WORDS.match(text, m.end())
        if named is None or words is None or not _FIRST_PERSON.search(words.group(0)):
            continue
        label = named.group(0).strip()
        before = text[max(0, named.start() - 400):named.start()]
        if re.search(rf"\b{label}\s+(?:[A-Z]\.?\s+)?[A-Z][\w'’-]+", before):
            turns.append((named.start(), label))
    if len({label for _, label in turns}) < MIN_TURNS:
        return None
    first = turns[0][0]
    return text.rfind("\n", 0, first) + 1, CONTRIBUTIONS, len(turns)


def readers_kind(warning: str) -> str | None:
    """The kind of readers' part an article's *warning* reports, else None."""
    from .language import NOT_ANALYSED

    return next((kind for kind in (COMMENTS, CONTRIBUTIONS)
                 if f"{NOT_ANALYSED}: {kind}" in warning), None)


def readers_line(kinds: dict[str, int]) -> str:
    """Say how many articles had a readers' part left out of the events, of which kind."""
    n = sum(kinds.values())
    detail = ", ".join(f"{kind} {k}" for kind, k in sorted(kinds.items()))
    return (f"{n} article{'s' if n != 1 else ''} with readers' posts ({detail}): stored and "
            "searchable, those posts not analysed for events (each article's warnings say "
            "where they begin)")
