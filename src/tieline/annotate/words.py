"""Word lists the event coder's modules share (the coder's own lists stay in events.py).

Verbs of reporting and intent, light verbs, the nouns of occasions and of pairs ("the two
sides"), datelines' dashes: each is read by more than one of the modules below
:mod:`tieline.annotate.events`, so it lives here, once.
"""

from __future__ import annotations

from typing import Any

_LIGHT = {"hold", "have", "conduct", "make", "attend", "launch", "pay", "host", "stage", "give",
          "offer", "carry", "begin", "continue", "resume", "announce", "lodge", "file", "issue",
          "take", "express", "voice", "seek", "start", "open"}

_REPORTING = {"say", "report", "claim", "allege", "indicate", "suggest", "write", "tell",
              "state", "add", "note", "confirm", "announce", "declare", "insist", "warn",
              "inform"}

_INTENT_VERBS = {"plan", "intend", "aim", "seek", "want", "prepare", "promise", "pledge", "vow",
                 "offer", "decide", "hope", "expect", "schedule", "threaten", "propose",
                 "consider", "wait", "await", "instruct", "order", "urge", "agree", "try",
                 "attempt", "set", "ready", "willing", "prepared", "going", "mull"}
_INTENT_NOUNS = {"decision", "plan", "plans", "intention", "bid", "readiness", "willingness",
                 "desire", "promise", "pledge", "proposal", "offer", "attempt", "effort",
                 "efforts", "intent", "instruction", "order", "call", "invitation", "agenda",
                 "will", "threat", "threats"}
# (a condition is read by ``mood.conditioned``: "the conditions of detention" are no intent;
# what a threat is "to" do is threatened, not done: "its threat to cut gas supplies")

_FUTURE_AUX = {"will", "shall", "'ll", "wo"}

#: Nouns of occasions whose date is the date of what happens at them ("in a statement on
#: Monday, X accused Y"): a date reaching one still dates the event.
_OCCASIONS = {"statement", "interview", "speech", "address", "meeting", "briefing", "conference",
              "session", "call", "visit", "summit", "talks", "remarks", "comments", "post",
              "message", "letter", "note", "day", "morning", "evening", "night", "afternoon",
              "week", "weekend", "month", "year", "time", "occasion", "sidelines", "margins",
              "event", "ceremony", "rally", "broadcast", "appearance"}

_PAIR_NOUNS = {"countries": "country", "nations": "country", "sides": "any", "allies": "any",
               "states": "country", "men": "person", "leaders": "person", "neighbours": "any",
               "neighbors": "any", "presidents": "person", "capitals": "country",
               "governments": "country", "parties": "any",
               # a state's body each ("the two armies pulled back"; round 19: "the two
               # ministers" are read by annotate/officeholders.py)
               "delegations": "country", "armies": "country", "militaries": "country"}

#: The dashes that close a dateline ("MOSCOW (Sputnik) –", "NEW DELHI, Aug 29 (PTI) -").
_DASHES = frozenset({"--", "—", "–", "-"})

#: Prefixes of a stance toward the name after them ("pro-EU", "anti-Russian").
STANCES = frozenset({"pro", "anti"})


def stance(t: Any) -> bool:
    """Whether the name *t* is written after "pro-" or "anti-" in one word ("pro-EU
    demonstrators", "an anti-Syria journalist"): it says whom the noun it modifies backs or
    opposes, never whose that noun is (round 17)."""
    doc = t.doc
    return t.i >= 2 and doc[t.i - 1].text in _DASHES and not doc[t.i - 1].whitespace_ and \
        not doc[t.i - 2].whitespace_ and doc[t.i - 2].lower_ in STANCES
