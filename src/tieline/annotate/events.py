"""Events: who did what to whom, when and how sure, read from each sentence's parse.

For every word of a sentence that mentions an actor, the lexicon (kb/data/events.yaml) is
asked whether the word heads an event pattern — verbs ("met", "stop paying fees to") and nouns
("talks between", "the delay of ... planned visit") alike. The parse then gives the event's
participants:

* a verb's subject is the source, its object or the object of the entry's prepositions the
  target; a passive swaps them ("was accused by"); a subject is inherited through control and
  coordination ("visited Moscow to hold talks", "met and discussed"), relative clauses ("the
  court, which indicted Putin") and nouns ("Armenia's decision to join");
* a noun's source is its possessor, its "by"/"of" phrase or the subject of the light verb that
  carries it ("held talks", "In a meeting with X, Pashinyan discussed ...");
* "and" gives several actors: symmetric events ("Pashinyan and Putin met") pair them, several
  targets give one event per target;
* pronouns and definite descriptions ("he", "it", "the country", "the grouping", "the two
  men") stand for the nearest earlier actor of that kind, subjects first.

Each event gets a status from the words that govern it, a date from the temporal expressions
that govern it (annotate/dates.py anchors them on the publication date), and its evidence: the
sentence with offsets into the stored text, the trigger words, and a direct quote when the
trigger is inside one.
"""

from __future__ import annotations

import datetime as dt
import hashlib
import re
from bisect import bisect_left, bisect_right
from collections.abc import Callable, Collection
from dataclasses import dataclass, field, replace
from typing import Any

from ..kb import KnowledgeBase
from ..models import (
    ActorRef,
    Article,
    Coding,
    EventStatus,
    Evidence,
    Mention,
    Report,
    SideBasis,
)
from . import counterpart, dates, mood, nonacts
from .actors import load_roles
from .branding import brandings
from .language import NOT_ANALYSED, analysed_for_events, is_english
from .lexicon import COOPERATIVE, Entry, Lexicon
from .newsday import NEWSDAY, date_by_news_day, told_in_past, untimed
from .newsday import governor as _clause_verb
from .partners import ADDRESSED, GROUP_PRONOUNS, group_named_before, quoted_addressee
from .partners import complete as _described_sides
from .published import caption, post_stamp, url_period
from .sides import (
    JUDGING,
    act_doers,
    aux_subjects,
    between_words,
    causative,
    causative_undergoers,
    indefinite,
    names_act,
)
from .sides import complete as _governed_sides

_SUBJ = {"nsubj", "csubj"}
#: The prepositions that name whom a measure on things touches ("flights to X", "visas for
#: X's nationals", "imports from X", "ban on X's wine").
_MEASURE_PREPS = frozenset({"to", "from", "for", "on", "against", "into", "with", "between"})
_RELATIVE = {"which", "that", "who", "whom", "whose"}
#: Nouns of those who act for a state or a group, which a relative clause may describe ("the
#: troops that crossed", "the court, which indicted X").
_DOER_NOUNS = {"troops", "force", "forces", "army", "navy", "police", "guard", "guards",
               "soldier", "soldiers", "court", "council", "committee", "party", "delegation",
               "agency", "service", "regime", "authorities", "administration", "cabinet",
               "coalition", "alliance", "bloc", "organisation", "organization", "group",
               "company", "firm", "bank", "airline", "union", "body", "team", "commission",
               "militants", "rebels", "separatists", "protesters", "demonstrators",
               "activists", "mission", "contingent", "unit", "units", "fleet", "forum"}
_LIGHT = {"hold", "have", "conduct", "make", "attend", "launch", "pay", "host", "stage", "give",
          "offer", "carry", "begin", "continue", "resume", "announce", "lodge", "file", "issue",
          "take", "express", "voice", "seek", "start", "open"}
#: Verbs that carry a noun as their subject's own act: the light verbs and those of handing
#: an act over ("delivered a protest", "sent a demand", "conveyed its concern").
_CARRYING = _LIGHT | {"deliver", "send", "convey"}
_REPORTING = {"say", "report", "claim", "allege", "indicate", "suggest", "write", "tell",
              "state", "add", "note", "confirm", "announce", "declare", "insist", "warn",
              "inform"}
_MEDIA = {"report", "reports", "source", "sources", "media", "newspaper", "outlet", "agency",
          "daily", "website", "channel", "press", "journalist", "correspondent", "observer",
          "analyst", "expert"}
#: Sectors of those who comment on what states do for no state: the press and scholars.
_COMMENTING = frozenset({"MED", "EDU"})
_CLAIM_ADVERBS = {"reportedly", "allegedly", "purportedly", "supposedly", "apparently"}
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
_QUANTITY = {"million", "billion", "trillion", "thousand", "hundred", "worth", "sum", "amount",
             "package", "tranche"}
#: Words that wreck a joint act from one side (CAMEO's DISRUPT and UNDERMINE blocks, code 160
#: "reduce relations"): "disrupted the talks", "derailed the agreement" halt a cooperative
#: act, as a reversal does; said of a conflictual act ("disrupted the attack") they are not
#: its end by its doer, so they turn only cooperative acts.
_DISRUPT = {"disrupt", "disruption", "derail", "torpedo", "sabotage", "undermine", "scuttle"}
#: Verbs that speak about an event rather than take part in it: "Russia criticised the talks".
_EVALUATIVE = {"criticize", "criticise", "condemn", "denounce", "reject", "deny", "oppose",
               "welcome", "praise", "report", "discuss", "cover", "view", "see", "highlight",
               "complicate", "irk", "strain", "question", "doubt", "follow", "watch", "monitor",
               "describe", "call", "dismiss", "slam", "hail", "postpone", "delay", "cancel",
               "blast", "decry", "deplore", "lambast", "lambaste", "censure", "rebuke",
               "castigate", "mock", "ridicule", "applaud", "endorse",
               "ban", "prohibit", "forbid", "outlaw", "disperse",  # a rally banned is not
               *_DISRUPT}  # the banner's, nor an attack disrupted the disrupter's

_PROMISE = {"offer", "promise", "pledge", "vow"}
#: Verbs of causing an act another does ("the visit sparked protests"): their subject is not
#: the act's doer. Verbs of undergoing one ("Russia faced sanctions"): their subject is its
#: target.
_CAUSING = {"spark", "trigger", "ignite", "provoke", "prompt", "fuel", "cause"}
_UNDERGO = {"face", "suffer", "endure", "undergo", "experience"}
_EVALUATIVE |= _CAUSING | _UNDERGO
#: Acts one side gives another, which the other can be said to receive.
_GIVEN = {"AID", "SUPPORT", "ACCUSE", "AGREE", "CONCEDE", "THREATEN", "REQUEST", "SANCTION",
          "PROTEST", "RETREAT", "COOPERATE"}
#: Verbs of getting what another gives ("Armenia received aid from Russia", "won praise from
#: X"): their subject is the act's target, and their "from" phrase its source.
_RECEIVING = {"receive", "get", "win", "earn", "obtain", "accept", "gain", "garner", "draw"}
#: Verbs of giving, whose first object is who gets the second ("granted Georgia candidate
#: status", "gave Moldova observer status").
_GIVING = {"grant", "give", "award", "offer", "extend", "accord", "confer"}
#: Tags of a finite verb: a sentence with none whose act is an infinitive ("Putin to visit
#: Georgia") is a headline's announcement of what is to come.
_FINITE = frozenset({"VBD", "VBZ", "VBP", "MD"})
#: Nouns of a stance towards an act, whose possessor answers it or takes a side on it rather
#: than does it ("Moscow's response to the protests", "her support for the protests").
_STANCE_NOUNS = {"response", "retaliation", "reply", "answer", "reaction", "support",
                 "opposition", "criticism", "condemnation", "concern", "fear", "view", "stance",
                 "position", "attitude", "comment", "remark", "warning"}
_PLANNED_MODIFIERS = {"planned", "proposed", "upcoming", "scheduled", "expected", "future",
                      "forthcoming", "intended", "prospective", "delayed", "postponed"}
_HYPOTHETICAL_AUX = {"may", "might", "could", "can", "should", "must"}
_HYPOTHETICAL_VERBS = {"risk", "threaten", "could", "may", "consider", "mull", "weigh"}
_HYPOTHETICAL_MARK = {"if", "unless", "whether"}
_HYPOTHETICAL_MODIFIERS = {"possible", "potential", "likely", "hypothetical", "eventual"}
_FUTURE_AUX = {"will", "shall", "'ll", "wo"}
#: Links through which a word without a subject inherits one from the word it depends on.
_INHERIT = {"xcomp", "conj", "advcl", "ccomp", "pcomp", "prep", "pobj", "acl", "dobj", "attr",
            "relcl", "amod", "acomp"}
_SCENE_PREPS = {"in", "at", "after", "before", "during", "since", "amid", "amidst", "following",
                "despite", "near", "over", "across", "throughout", "within", "on", "by", "from",
                "into", "toward", "towards", "under", "without", "as", "like", "for", "of"}
_REFERENCE_PREPS = {"after", "before", "following", "since", "until", "till", "prior"}
_BACKWARD = {"previously", "earlier", "before", "already", "once", "formerly", "ago", "recently",
             "lately"}
#: Adverbs that move a narrative on from its reference time to a later, untold one ("Y later
#: said", "was subsequently released"): the act is not of the day told before it.
_FORWARD = {"later", "subsequently", "afterwards", "afterward", "thereafter"}
#: Nouns of occasions whose date is the date of what happens at them ("in a statement on
#: Monday, X accused Y"): a date reaching one still dates the event.
_OCCASIONS = {"statement", "interview", "speech", "address", "meeting", "briefing", "conference",
              "session", "call", "visit", "summit", "talks", "remarks", "comments", "post",
              "message", "letter", "note", "day", "morning", "evening", "night", "afternoon",
              "week", "weekend", "month", "year", "time", "occasion", "sidelines", "margins",
              "event", "ceremony", "rally", "broadcast", "appearance"}
#: Nouns of the documents an act is done by ("signed a decree on Friday banning flights"): the
#: day the document was signed or issued is the day of the act it tells.
_INSTRUMENTS = {"decree", "order", "resolution", "directive", "law", "ordinance", "edict",
                "declaration", "communique", "communiqué", "notice", "notification"}
#: Nouns of a document or a decision by which its maker acts ("the decree, which banned
#: flights", "the agreement that stopped the war").
_MADE_TO_ACT = _INSTRUMENTS | {"agreement", "deal", "accord", "treaty", "pact", "decision",
                               "ruling", "verdict", "sanction", "measure", "statement", "bill",
                               "regulation", "letter", "message", "appeal", "petition",
                               "report", "document", "proposal", "plan", "note",
                               # (what is said acts for its speaker: "the Chinese accusations
                               # that blamed Indian soldiers")
                               "accusation", "allegation", "claim", "charge", "remark",
                               "comment", "warning", "demand", "request", "criticism",
                               "complaint", "announcement", "threat", "offer"}
#: A length of time, not a time: "two-day", "a four-year", "six months-long".
_DURATION = re.compile(
    r"(?i)^\s*(?:an?\s+|the\s+)?(?:\d+|one|two|three|four|five|six|seven|eight|nine|ten|eleven"
    r"|twelve|fifteen|twenty|thirty|forty|fifty|hundred)[\s-]+(?:hour|day|week|month|year"
    r"|decade)s?(?:[\s-]+(?:long|old))?\s*$")
_RELATIVE_RANGE = re.compile(r"\b(?:week|weeks|past|last|previous|recent|this|these|coming|next)"
                             r"\b", re.I)
#: Verbs that deny what a report or an allegation says ("dismissed reports that it had
#: detained them": the detention is denied, round 6); what they take as object is a
#: statement ("dismissed Georgia's criticism": the criticism was made), so they deny only an
#: act told by a verb.
_DISMISSING = frozenset({"dismiss", "refute", "rebut", "disavow"})
#: Polarity: words that turn around the act they govern, read before the act's own type.
#: A cooperative act refused is REJECT ("refused to sign", "the refusal to come to its aid"),
#: reversed is SANCTION ("suspended cooperation", "the decision to leave the alliance"),
#: questioned is REJECT ("raised questions about its membership"), failed or no longer done
#: is the act negated ("failed to reach an agreement", "no longer cooperates").
_REFUSE = {"refuse", "refusal", "decline", "reject", "rejection", "veto", "unwilling",
           "unwillingness", "reluctant", "reluctance", "rebuff", "resist", "balk", "shun",
           "boycott", "snub", "spurn", "oppose", "opposition", "deny", "denial"} | \
    _DISMISSING
_FAIL = {"fail", "failure", "unable", "inability", "impossible", "without", "never",
         "lack", "absence"}
_REVERSE = {"suspend", "suspension", "freeze", "halt", "end", "cancel", "cancellation",
            "abandon", "terminate", "termination", "revoke", "scrap", "withdraw", "withdrawal",
            "quit", "leave", "exit", "downgrade", "pull", "renounce", "denounce", "annul",
            "break", "sever", "curtail", "cut", "reverse", "stop", "cease", "frozen",
            "suspended", "cancelled", "canceled", "terminated", "revoked", "scrapped"}
_DOUBT = {"question", "doubt", "reconsider", "questioning"}
#: Words that curb a cooperative act ("restricted investments from China": a sanction) but
#: only make a hostile one harsher ("tightened the blockade" is still the blockade).
_CURB = {"restrict", "restriction", "curb", "limit", "tighten", "tightening"}
#: Verbs of deciding whose "against" refuses the act it governs ("voted against ratifying"),
#: and "be" ("he was against imposing sanctions": to be against an act is to oppose it).
_DECIDE = {"vote", "decide", "rule", "speak", "campaign", "argue", "be"}
#: Phrasal verbs whose particle makes them refuse or reverse the act they govern: "ruled out
#: any assistance", "turned down the offer", "called off the talks".
_PHRASAL_POLARITY = {("rule", "out"): "refuse", ("turn", "down"): "refuse",
                     ("call", "off"): "reverse"}
#: Prepositions through which a polarity word governs an act ("refusal of", "questions
#: about", "withdrawal from"); "left for talks" is a trip, not a reversal.
_POLARITY_PREPS = {"of", "about", "on", "over", "in", "from", "to", "with", "regarding"}
_VERB_POLARITY_PREPS = {"from", "on", "of", "to"}
_POLARITY_LINKS = {"xcomp", "ccomp", "acl", "dobj", "nsubjpass", "attr", "compound"}
#: Words the coder reads as an event's status or polarity, never as an event of their own
#: when the generated layer has them alone ("plan", "fail", "say", "may").
_MODALITY = frozenset(_FAIL | _INTENT_VERBS | _REPORTING | _HYPOTHETICAL_VERBS | _PROMISE)
_QUOTES = re.compile(r"“[^”]{3,}”|\"[^\"]{3,}\"|«[^»]{3,}»|„[^“”]{3,}[“”]")
#: A direct quote within one paragraph, over one or more sentences.
_PARAGRAPH_QUOTES = re.compile(r"“[^”\n]{3,}”|\"[^\"\n]{3,}\"|«[^»\n]{3,}»")

#: Subordinators of the clauses whose actor an act answers or is conditioned on: "warned of
#: measures if Georgia joins", "protested after India built", "because China had".
_CLAUSE_MARKS = {"if", "unless", "after", "because", "once", "should", "when", "as"}
#: Types whose target a governing clause implies: acts that answer or are conditioned on
#: what another does ("protested after X built", "warned of measures if X joins").
_REACTIVE = {"ACCUSE", "THREATEN", "REQUEST", "PROTEST", "REJECT", "SANCTION", "COERCE"}
#: Nouns whose "to"/"for"/"of" phrase names what an act answers: "in response to X's move".
#: Verbs of going somewhere: their subject takes part in the talks or visit it goes "for" or
#: is "on" ("arrived in Beijing for talks with X", "is on a three-day visit to X").
_GOING = {"be", "arrive", "travel", "come", "go", "fly", "head", "leave", "reach", "land",
          "visit", "embark", "set", "depart", "return"}
#: Verbs of arriving whose "in" or "to" place is the one visited when the verb is "on" a
#: visit ("landed in China on a two-day visit", "is in Bishkek on a state visit").
_ARRIVING = {"be", "arrive", "land", "come", "travel", "fly", "go"}
#: Nouns that make an act's noun an adverbial of the clause it stands in ("as a mark of
#: protest against X, India withdrew ...", "as a form of protest": "as a protest").
_TOKENS = {"mark", "sign", "gesture", "token", "form"}
#: Verbs of asking whose "on"/"upon"/"to" phrase names who is asked to act ("called on X
#: to withdraw", "appealed to X to impose").
_ASKING = {"call", "appeal"}
#: Verbs of asking, telling and ordering (CAMEO 10 "demand"/"request", PLOVER REQUEST): the
#: act in their infinitive ("told Georgia to withdraw") or mandative clause ("demanded that
#: Georgia withdraw") is what is asked for, not yet done. Implicative verbs ("forced",
#: "persuaded", "helped") are not here: their complement did happen.
_REQUESTING = {"ask", "tell", "urge", "call", "appeal", "demand", "order", "press", "request",
               "instruct", "invite", "encourage", "push", "command", "direct", "require",
               "beg", "implore", "exhort", "advise", "pressure", "pressurise", "pressurize",
               "insist", "recommend", "warn", "caution"}
#: Verbs that judge an actor for an act ("accused Russia of occupying", "thanked India for
#: helping"): the judged object is the act's doer (PLOVER's ACCUSE: X charges Y with Z).
_JUDGING = {"accuse", "blame", "charge", "suspect", "condemn", "criticise", "criticize",
            "denounce", "fault", "slam", "rebuke", "reproach", "castigate", "censure",
            "lambast", "lambaste", "attack", "chide", "punish", "sanction", "praise", "thank",
            "commend", "congratulate", "hail", "credit", "applaud", "reward", "convict",
            "indict", "fine"}
#: Of those, the ones that only claim the act (it is the accuser's word that it happened).
_ACCUSING = {"accuse", "blame", "charge", "suspect", "condemn", "criticise", "criticize",
             "denounce", "fault", "slam", "rebuke", "reproach", "castigate", "censure",
             "lambast", "lambaste", "attack", "chide", "indict"}
#: Verbs that lay an act on someone: "blamed the clashes on X", "pinned the attack on X".
_LAYING = {"blame", "pin"}
_RESPONSE_NOUNS = {"response", "retaliation", "reply", "answer", "reaction", "case", "return"}
#: Verbs of addressing: their object hears what the subject says or does ("warned Y that").
_ADDRESSING = {"tell", "warn", "inform", "assure", "promise", "notify", "caution", "remind",
               "write", "say", "urge"}

_PERSON_PRONOUNS = {"he", "she", "him", "her", "his", "hers"}
#: Verbs of reacting to another's act: their subject does not do what their object's
#: participle says ("appealed a court ruling blocking X", "condemned the decision banning X").
_REACTING_TO = JUDGING | {"appeal", "challenge", "contest", "overturn", "review"}
#: Nouns of a party in relation to another: "India's neighbour", "Russia's ally" name someone
#: else than the one who owns them.
_RELATIONAL = frozenset({"neighbour", "neighbor", "ally", "partner", "rival", "enemy", "foe",
                         "adversary", "friend", "proxy", "client", "patron", "backer"})
#: Verbs of stating a stance ("expressed India's displeasure", "voiced Russia's support"):
#: the possessor of the stance is the side that holds it, never the one it is about.
_EXPRESSING = frozenset({"express", "voice", "convey", "reiterate", "reaffirm", "register",
                         "lodge"})
#: "I" and "we" in a direct quote: the speaker (or the speaker's state).
_FIRST_PERSON_PLURAL = {"we", "us", "our"}
_FIRST_PERSON = {"i", "me", "my", *_FIRST_PERSON_PLURAL}
#: A state's land, which "our" in a quote makes the speaker's state's ("our territory").
_TERRITORY = {"territory", "territories", "land", "lands", "border", "borders", "country",
              "sovereignty", "soil", "airspace", "waters"}
#: Verbs that introduce a quote's speaker.
_SPEAKING = {"say", "tell", "add", "note", "state", "stress", "emphasise", "emphasize",
             "declare", "write", "tweet", "insist", "warn", "explain", "conclude", "remark"}
_THING_PRONOUNS = {"it", "its"}
_HYPHENS = {"-", "–", "—"}
#: Acts two do together, whose noun a speaker tells with only the partner ("talks with Y").
_JOINT = {"CONSULT", "AGREE", "COOPERATE"}
#: Words of a part of a group ("some of its soldiers"): the group's side is the part's.
_PARTS = {"some", "many", "most", "several", "dozens", "hundreds", "thousands", "scores",
          "all", "none", "one", "two", "three", "four", "five", "six", "seven", "eight",
          "nine", "ten", "each", "both", "few", "majority", "number"}
_COUNTRY_NOUNS = {"country", "nation", "state", "republic"}
#: Nouns of many actors whose "including" phrase names some of them ("several countries,
#: including Peru"), besides the nouns of people (round 15).
_MEMBERS_OF = frozenset({"countries", "states", "nations", "governments", "organisations",
                         "organizations", "bodies", "groups", "parties"})
#: Nouns of a part of a state named in their "of" phrase ("the Georgian region of Abkhazia",
#: "the breakaway republic of South Ossetia"): the named part is the side when it is an actor.
_PART_NOUNS = {"region", "regions", "province", "provinces", "republic", "republics",
               "territory", "territories", "enclave", "enclaves"}
#: Words that make such a part one its state does not hold ("Georgia's breakaway region"):
#: the state named before it is not the part, whatever the part does or undergoes.
_BREAKAWAY = frozenset({"breakaway", "separatist", "secessionist", "rebel", "self-proclaimed",
                        "self-declared", "unrecognised", "unrecognized"})
#: Nouns of an office or a place in a body, held for it: "the commander of the PLA unit",
#: "a member of the Russian parliament", "the head of the Chinese delegation".
_OFFICE_NOUNS = {"commander", "chief", "head", "member", "leader", "spokesman", "spokesperson",
                 "spokeswoman", "representative", "envoy", "officer", "soldier", "official",
                 "ambassador", "deputy", "director", "chairman", "chair", "personnel"}
#: The bodies that sit in their own state's places: "a court in Baku" is Azerbaijan's (not
#: troops, envoys or embassies, which are often another state's where they are; nor "the
#: parliament in Sukhumi", as often the building stormed as the body that acts).
_SEATED_BODIES = frozenset({"court", "courts", "judiciary", "prosecutors", "authorities",
                            "government", "administration", "regime", "leadership", "police",
                            "ministry"})
_ORG_NOUNS = {"group", "grouping", "bloc", "alliance", "organisation", "organization", "pact",
              "union", "body", "treaty", "court"}
#: Nouns of bodies that a bare "the council" names only as the one of that name named before
#: ("the European Council ... the council"): the nearest body of another name is no referent.
_NAMED_BODIES = frozenset({"council", "commission"})
#: Bodies of a government that "the ministry" or "the government" points back to.
_GOVERNMENT_NOUNS = {"ministry", "government", "cabinet", "administration", "leadership",
                     "authorities"}
_PAIR_NOUNS = {"countries": "country", "nations": "country", "sides": "any", "allies": "any",
               "states": "country", "men": "person", "leaders": "person", "neighbours": "any",
               "neighbors": "any", "presidents": "person", "capitals": "country",
               "governments": "country", "parties": "any"}

#: Words that may stand for an earlier actor: the coder reads events in sentences with them.
POINTER_WORDS = frozenset(_PERSON_PRONOUNS | _THING_PRONOUNS | _COUNTRY_NOUNS | _ORG_NOUNS
                          | set(_PAIR_NOUNS) | _GOVERNMENT_NOUNS)


@dataclass
class _Found:
    """An event being assembled from one trigger."""

    entry: Entry
    trigger: Any  # head token
    tokens: list[Any]  # the pattern's tokens
    clause: Any  # the verb whose clause holds it
    sources: list[ActorRef] = field(default_factory=list)
    targets: list[ActorRef] = field(default_factory=list)
    negated: bool = False  # polarity: the act failed or is no longer done
    agentless: bool = False  # no doer written at all: "were detained", "the detention of X"
    #: the doer of a noun read only from its modifier ("Chinese investments"), which names
    #: whose the thing is more often than who acts, or from the subject of a verb that does
    #: not carry it as its act ("reiterated the threat posed by Russia")
    loose_doer: bool = False
    mutual: bool = False  # the sides do it to each other: "the two sides agreed to withdraw"


@dataclass(frozen=True)
class _Pair:
    """The two sides of a sentence, and where it ends."""

    a: ActorRef
    b: ActorRef
    end: int


@dataclass
class _Context:
    article: Article
    doc: Any
    token_mention: dict[int, Mention]
    mentions: list[Mention]
    mention_starts: list[int]
    subjects: set[int]  # start offsets of mentions that are grammatical subjects
    ents: list[Any]  # doc.ents once: Span.ents rebuilds all of the doc's on every access
    ent_starts: list[int]
    expressions: list[tuple[int, int]] | None = None  # the article's temporal expressions
    # the paragraph's reference time, where it ends, and the direct quote it was told in
    reference: tuple[str, int, tuple[int, int] | None] | None = None
    learned: dict[str, Any] = field(default_factory=dict)  # the article's learned actors
    agentless: set[str] = field(default_factory=set)  # its events whose doer no word states
    background: set[str] = field(default_factory=set)  # a sentence's dates of a past perfect
    quotes: list[tuple[int, int]] | None = None  # the article's direct quotes, when read
    heads: dict[str, list[int]] | None = None  # per layer, the words a lexicon entry may head
    previous: tuple[int, list[ActorRef]] | None = None  # the sentence before: its end, doers
    loose: set[str] = field(default_factory=set)  # its events of a loosely read doer


def _sent_ents(sent: Any, ctx: _Context) -> list[Any]:
    """Return ``sent.ents`` (as spaCy's Span.ents selects them) from the doc's list."""
    out = []
    for ent in ctx.ents[bisect_left(ctx.ent_starts, sent.start):]:
        if ent.end > sent.end:
            break
        out.append(ent)
    return out


class EventCoder:
    """Code the events of annotated articles (their parse and actor mentions) in PLOVER."""

    def __init__(self, kb: KnowledgeBase, lexicon: Lexicon) -> None:
        self.kb = kb
        self.lexicon = lexicon.prepare()
        self.forms = kb.by_form()
        self.agents = load_roles()[1]  # the nouns that name a state's body or people
        self.fights = frozenset(" ".join(e.lemmas) for e in lexicon.entries
                                if e.reciprocal and e.pos == "noun" and e.layer == "own")
        self._heads: dict[tuple[int, int], tuple[bool, bool]] = {}  # (POS, lemma) → layers

    # -- entry point ----------------------------------------------------------------------
    def code(self, article: Article, doc: Any) -> Article:
        """Return *article* with its events (its page date, if any, set before: see
        :func:`tieline.annotate.published.date_page`)."""
        if not analysed_for_events(article.lang, article.langs):
            return article.evolve(warnings=(*article.warnings, not_analysed(article)))
        ctx = self._context(article, doc)
        events: list[Report] = []
        mentioned = {m.sentence_start for m in article.mentions}
        read: set[str] = set()
        pair: _Pair | None = None  # the previous sentence's two sides, if it had only two
        coded_in: dict[int, Any] = {}  # the sentences that coded events, by where they start
        for sent in doc.sents:
            if sent.start_char not in mentioned and not _has_anaphor(sent):
                continue  # (names no one: a quote or comment goes on about the two sides)
            if pair is not None and "\n" in ctx.article.text[pair.end:sent.start_char]:
                pair = None  # (a new paragraph: a new context)
            key = sent.text.strip()
            if key in read:  # a caption or pull quote repeated: one report, not two
                continue
            read.add(key)
            coded = self._sentence(sent, ctx)
            kept = pair is not None and self._only_sides(pair, sent, ctx)
            if coded and is_english(sent.text):  # (the check only where there is an event)
                if kept and pair is not None:
                    coded = self._from_previous(coded, pair, sent, ctx)
                events.extend(coded)
                coded_in[sent.start_char] = sent
            pair = self._bilateral(coded, sent) or (pair if kept else None)
            doers = [e.source for e in coded if e.source is not None]
            if doers:  # (the last sentence of the paragraph so far that told acts)
                ctx.previous = (sent.start_char + len(sent.text.rstrip()), doers)
        events = self._from_article(_responses(_releases(events)), coded_in, ctx)
        events = _governed_sides(events, coded_in, lambda toks: self._refs(toks, ctx),
                                 self._as_side, event_id)
        events = _described_sides(events, coded_in, lambda toks: self._refs(toks, ctx),
                                  self._as_side, event_id)
        events = date_by_news_day(events, article, doc)
        return article.evolve(events=tuple(events))

    def _from_article(self, events: list[Report], sents: dict[int, Any],
                      ctx: _Context) -> list[Report]:
        """Complete the one-sided requests of the article's pair of states (see
        :mod:`tieline.annotate.counterpart`): a call or demand by one of the two whose
        sentence writes no addressee and names no one outside the pair, on a page that states
        acts between the two, is addressed to the other ("inferred-article")."""
        pair = counterpart.article_pair(ctx.mentions)
        if pair is None:
            return events
        stated = {(e.source.country, e.target.country) for e in events
                  if e.source is not None and e.target is not None
                  and not e.source.inferred and not e.target.inferred}
        out = []
        for e in events:
            sent = sents.get(e.evidence[0].start)
            other = None if sent is None else self._counterpart(e, pair, sent, ctx)
            if other is not None and {(e.source and e.source.country, other.country),
                                      (other.country, e.source and e.source.country)} & stated:
                ev = e.evidence[0]
                e = e.evolve(target=other, id=event_id(ev.article_id, ev.start,
                                                       ev.trigger_start, e.rule, e.source,
                                                       other))
            out.append(e)
        return out

    def _counterpart(self, e: Report, pair: tuple[str, str], sent: Any,
                     ctx: _Context) -> ActorRef | None:
        """The other state of *pair* as the target *e* leaves out, or None where the act
        is not directed, is not one of the pair's own as the sentence states it, or the
        sentence writes a target or names someone outside the pair."""
        source = e.source
        if e.target is not None or source is None or source.inferred or e.mutual or \
                e.id in ctx.loose or source.country not in pair or \
                not counterpart.directed(e.type, e.mode, source.sector):
            return None
        k = bisect_left(ctx.mention_starts, sent.start_char)
        named = ctx.mentions[k:bisect_left(ctx.mention_starts, sent.end_char)]
        if not _only_pair(named, pair, sent, ctx) or \
                not _state_doer(e, source.country, named, ctx) or _aimed_elsewhere(e, sent):
            return None
        state = self.kb.actors.get(pair[1] if source.country == pair[0] else pair[0])
        if state is None:
            return None
        return ActorRef(state.id, state.name, state.country, None, state.kind,
                        "inferred-article")

    def _bilateral(self, events: list[Report], sent: Any) -> _Pair | None:
        """The two sides of a sentence whose every two-sided event is between the same two
        states (or actors without one), as the sides a next sentence may continue."""
        sides: dict[str | None, ActorRef] = {}
        for e in events:
            if e.source is None or e.target is None or e.source.inferred or e.target.inferred:
                continue
            for ref in (e.source, e.target):
                sides.setdefault(_side_of(ref), self._as_side(ref))
        if len(sides) != 2 or None in sides or not all(r.country for r in sides.values()):
            return None  # (between two states, or people and bodies of two states)
        a, b = sides.values()
        return _Pair(a, b, sent.start_char + len(sent.text.rstrip()))  # (before a line end)

    def _as_side(self, ref: ActorRef) -> ActorRef:
        """A side as a next sentence may imply it: the state a person or body is of (the
        sentence before named "Putin"; "Moscow also imposed duties" is Russia's act on it)."""
        state = self.kb.actors.get(ref.country or "")
        if state is None or state.id == ref.id:
            return ref
        return ActorRef(state.id, state.name, state.country, None, state.kind)

    def _from_previous(self, events: list[Report], pair: _Pair, sent: Any,
                       ctx: _Context) -> list[Report]:
        """Complete one-sided events of a sentence that continues a sentence between two
        sides: an act of one side with no target written is on the other ("Putin accused
        Georgia of provocations. Moscow also imposed sanctions."), an act done to one side by
        no one written ("Two Georgians were detained.") is by the other. Only when the
        sentence names no one but these two states (a third party breaks the context), never
        a meeting's partner, and a doer only where no word states one."""
        sides = {_side_of(pair.a): pair.a, _side_of(pair.b): pair.b}
        out = []
        for e in events:
            known = e.source or e.target
            if known is None or (e.source and e.target) or _side_of(known) not in sides or \
                    e.type == "CONSULT" or (e.source is None and e.id not in ctx.agentless):
                out.append(e)
                continue
            ev = e.evidence[0]
            if _side_written(sent, ev.trigger_start, by=e.source is None):
                out.append(e)  # (written, though no one the knowledge base knows: not implied)
                continue
            other = next(r for side, r in sides.items() if side != _side_of(known))
            other = replace(other, basis="inferred-previous")
            source, target = (e.source, other) if e.source else (other, e.target)
            out.append(e.evolve(source=source, target=target, id=event_id(
                ev.article_id, ev.start, ev.trigger_start, e.rule, source, target)))
        return out

    def _only_sides(self, pair: _Pair, sent: Any, ctx: _Context) -> bool:
        """Whether *sent* names one of the two sides of *pair* (or points back to them) and
        no one else (places aside): the sentences of a paragraph about two states go on about
        them while they name them ("Putin accused Georgia of provocations. Moscow also
        imposed duties. Russia then banned flights.": the ban is on Georgia too); a third
        party, or a sentence about a place and no one in it, ends that (a sentence that names
        no one and nothing goes on, and is passed over)."""
        sides = {_side_of(pair.a), _side_of(pair.b)}
        named = False
        k = bisect_left(ctx.mention_starts, sent.start_char)
        for m in ctx.mentions[k:bisect_left(ctx.mention_starts, sent.end_char)]:
            ref = self._ref_of_mention(m, ctx)
            if m.form == "place" or ref is None:
                continue
            if _side_of(ref) not in sides:
                return False
            named = True
        return named or _has_anaphor(sent)

    def _context(self, article: Article, doc: Any) -> _Context:
        token_mention: dict[int, Mention] = {}
        subjects: set[int] = set()
        for m in article.mentions:
            span = doc.char_span(m.start, m.end, alignment_mode="expand")
            if span is None:
                continue
            for t in span:
                token_mention.setdefault(t.i, m)
            if token_mention[span[0].i].start < m.start:  # a mention inside another one:
                token_mention[span[0].i] = m  # "Kyrgyz troops" in "Kazakh and Kyrgyz troops"
                # is what its first word names
            if span.root.dep_ in ("nsubj", "nsubjpass") or \
                    (span.root.dep_ == "conj" and span.root.head.dep_ in ("nsubj", "nsubjpass")):
                subjects.add(m.start)
        mentions = sorted(article.mentions, key=lambda m: m.start)
        ents = list(doc.ents)
        return _Context(article, doc, token_mention, mentions, [m.start for m in mentions],
                        subjects, ents, [e.start for e in ents],
                        learned={a.id: a for a in article.learned})

    # -- one sentence ---------------------------------------------------------------------
    def _sentence(self, sent: Any, ctx: _Context) -> list[Report]:
        found: list[_Found] = []
        taken: set[int] = set()
        for layer in ("own", "cameo"):  # the generated layer only where the own one is silent
            for t in self._heads_in(sent, layer, ctx):
                if t.i in taken:
                    continue
                f = self._trigger(t, layer, taken, ctx)
                if f is not None:
                    found = _once(f, found)
                    taken.update(x.i for x in f.tokens)
        for f in found:
            if not f.sources and f.agentless and f.entry.type in _VERBAL and \
                    not (f.entry.symmetric and len(f.targets) > 1):  # ("was agreed upon
                f.sources = self._speaker(f, ctx)  # between A and B": they agreed; "X said
                # it can only be welcomed": X welcomes it)
            if not f.sources and f.agentless:
                self._announced(f, ctx)  # "imports of X's wine will be banned, Y said"
            if not f.sources and f.agentless and f.targets and f.entry.type in _FORCE:
                f.sources = _opponents(f, found) or self._fight_party(f, ctx)
            if not f.sources and f.agentless and f.targets:
                f.sources = self._custodian(f, ctx)  # "X was detained in Santiago"
            if not f.sources and f.targets and f.entry.type in _JOINT and \
                    f.entry.pos == "noun" and all(r.country for r in f.targets):
                # "X said talks with Y had ...", "X said the agreement reached with Y
                # envisages ...": X takes part (a state's person or body)
                sides = {_side_of(r) for r in f.targets}
                f.sources = [r for r in self._speaker(f, ctx) if r.country and
                             _side_of(r) not in sides][:1]
            if f.sources and not f.targets and (len(f.sources) == 1 or not f.entry.symmetric) \
                    and (f.entry.pos == "verb" or _material_flow(f.entry)):
                self._fallback_target(f, found, ctx)
                if not f.targets:
                    self._intended_target(f, ctx)
            if f.entry.mode == "release" and f.targets and \
                    not any(r.country for r in f.targets):
                f.targets = self._handed_to(f, ctx) or f.targets
        self._lay_blame(found, ctx)  # "blamed the clashes on X"
        _condemn_the_doer(found)  # "condemned the detention of two journalists by X"
        for f in found:  # "called for India to withdraw", "its call for India to withdraw"
            if f.sources and not f.targets and f.entry.type == "REQUEST":
                sides = {_side_of(r) for r in f.sources}
                f.targets = [r for r in self._refs(_asked_to_act(f.trigger), ctx)
                             if _side_of(r) not in sides][:1]
        found = _apply_polarity(found, lambda w: self._refs(self._subject_of(w, ctx), ctx))
        for f in found:  # "cancelled the talks (...) with the Georgian side"
            if f.sources and not f.targets and f.entry.id.endswith(_TURNED):
                self._fallback_target(f, found, ctx)
        for f in found:
            if f.sources and not f.targets and \
                    (any(t.lemma_.lower() in _TAKING_GROUND for t in f.tokens) or
                     f.entry.type == "RETREAT" and _ground_left(f)):
                f.targets = self._ground_owner(f, ctx)  # "occupied land in Georgia",
                # "withdrew from the territories it occupies in Georgia"
            if any(t.lemma_.lower() in _TAKING_GROUND for t in f.tokens):
                f.targets = self._claimed_ground(f)  # "occupies Abkhazia": Georgia's ground
            if f.sources and not f.targets and not f.entry.symmetric:
                self._clause_target(f, found, ctx)
            if f.sources and f.entry.type in _REACTING and f.entry.pos == "verb":
                self._restated_doer(f, ctx)  # "Peru lifted the ban, a move Chile denounced"
            if f.sources and not f.targets and f.entry.type in _REACTING:
                self._previous_doer(f, sent, ctx)
        for f in found:
            f.sources, f.targets = _one_per_actor(f.sources), _one_per_actor(f.targets)
            if len(f.sources) == 2 and not f.targets and not f.entry.symmetric and \
                    self._mutual(f, sent, ctx):  # (a symmetric act pairs them already)
                a, b = f.sources  # "the two sides agreed to withdraw troops": from each other
                f.targets = [replace(b, basis="inferred-clause"),
                             replace(a, basis="inferred-clause")]
                f.mutual = True
        recalled = _recalled_occasions(found)
        found = [f for f in found if (f.sources or f.targets) and _kinds_ok(f)
                 and not (_in_passing(f) and not any(a and b for a, b in _pairs(f)))
                 and (f.sources or not nonacts.done_by_an_unnamed_person(f.trigger))]
        found = _drop_governing_intent(found)
        found += self._allegations(found, sent, ctx)
        found = self._branded(found, sent, ctx)
        events: list[Report] = []
        seen: set[tuple[Any, ...]] = set()
        date_of = self._dates(sent, found, ctx)
        carried = _carried_reference(sent, ctx)
        for f in found:
            when = date_of.get(id(f))
            if when is None and id(f) in recalled:
                continue  # "since their last meeting": which one, the text does not say
            if when is None and carried is not None and _narrated(f) and \
                    _same_voice(f.trigger.idx, ctx):
                when = (carried, None)
            elif when is None and carried is not None:
                said = _narrated_saying(f)  # "He assured the House that India has not
                if said is not None and _same_voice(said.idx, ctx):  # conceded anything":
                    when = (carried, said)  # the statement's time
            for source, target in _pairs(f):
                if f.entry.layer == "cameo" and (source is None or target is None):
                    continue  # the generated layer adds recall for pairs, not one-sided acts
                clause = _joined_clause(f.clause) if f.clause is not None else f.trigger.i
                key = (clause, f.entry.type, _key(source), _key(target))
                if key in seen:
                    continue
                seen.add(key)
                events.append(self._event(f, source, target, sent, ctx, when).evolve(
                    mutual=_mutual_pair(f, source, target)))
                if f.agentless and source is None:
                    ctx.agentless.add(events[-1].id)
                if f.loose_doer:
                    ctx.loose.add(events[-1].id)
        _set_reference(sent, events, ctx)
        return _drop_untargeted(events)

    def _allegations(self, found: list[_Found], sent: Any, ctx: _Context) -> list[_Found]:
        """The accusations a sentence states by reporting another side's hostile act: an
        actor who says that another state's people attacked, detained, occupied or
        sanctioned ("the Georgian ministry said Russia continues to occupy Abkhazia") makes
        an allegation against them, PLOVER's ACCUSE, besides the act it reports (which keeps
        its own status). Only a speaker the knowledge base places in a state, and never the
        act's own side ("Russia said its troops struck"), nor media, nor an act reported as
        failed, refused or merely possible."""
        base = next((e for e in self.lexicon.lookup("verb", "accuse", "own")
                     if e.type == "ACCUSE"), None)
        if base is None:
            return []
        out: list[_Found] = []
        said = {(_key(r), _key(t)) for f in found if f.entry.type == "ACCUSE"
                for r in f.sources for t in f.targets}
        for f in found:
            if f.entry.type not in _ALLEGED or f.negated or not f.sources or \
                    f.entry.pos != "verb":
                continue  # (a verb: "said Russia attacked", not "abiding by UN sanctions")
            head = _stating_head(f.clause if f.clause is not None else f.trigger)
            if head is None:
                continue
            holder = head.head if head.dep_ in ("acomp", "xcomp") and not any(
                c.dep_ == "nsubj" for c in head.children) else head  # "is concerned that"
            subject = [c for c in holder.children if c.dep_ == "nsubj"
                       and c.lemma_.lower() not in _MEDIA]
            speakers = [r for r in self._refs(subject, ctx) if r.country and
                        r.sector not in _COMMENTING]  # (an analyst's word is no state's)
            doers = {_side_of(r) for r in f.sources}
            speakers = [r for r in speakers if _side_of(r) not in doers]
            if not speakers or self._status(f, sent, ctx)[0] not in ("reported", "claimed"):
                continue
            targets = [r for r in f.sources if all((_key(s), _key(r)) not in said
                                                   for s in speakers)]
            if targets:
                entry = replace(base, id="accuse/reported", mode="allege", symmetric=False,
                                intent=False)
                out.append(_Found(entry, head, [head], head, list(speakers), targets))
        return out

    def _branded(self, found: list[_Found], sent: Any, ctx: _Context) -> list[_Found]:
        """*found* with the denunciations a sentence makes by branding another side or its act
        with a condemning name ("called Russia an enemy", "said Russia's move was a
        provocation": CAMEO 111, PLOVER ACCUSE), and the denials it makes by judging a charge
        false ("allegations of Russian interference in Georgia are unfounded, Peskov said":
        CAMEO 016, REJECT; the charge itself is then no accusation by the speaker). See
        :mod:`tieline.annotate.branding`. Only a speaker the knowledge base places in a
        state, and a side other than the speaker's: what is branded, else an actor named in
        the name ("another Russian provocation") or in the charge's phrase."""
        out = list(found)
        accused = {f.trigger.i for f in found if f.entry.type == "ACCUSE"}
        for b in brandings(sent):
            if b.verb.i in accused:
                continue
            base = self._own_entry("reject" if b.denial else "criticize")
            speakers = [r for r in self._refs(self._subject_of(b.verb, ctx), ctx) if r.country]
            sides = {_side_of(r) for r in speakers}
            words = [x for t in b.branded for x in t.subtree] if b.denial else list(b.branded)
            named = [x for x in words if x.i in ctx.token_mention or not b.denial]
            targets = [r for r in self._refs(named, ctx) if _side_of(r) not in sides]
            if not targets and not b.denial:
                named = [x for x in b.predicate.subtree if x.i in ctx.token_mention]
                targets = [r for r in self._refs(named, ctx) if _side_of(r) not in sides]
            if base is None or not speakers or not targets:
                continue
            if b.denial:  # (the charge denied is not the speaker's accusation)
                charge = {x.i for t in b.branded for x in t.subtree}
                out = [f for f in out if not (f.entry.type == "ACCUSE" and
                                              f.trigger.i in charge)]
            entry = replace(base, id=f"{base.id}/branded", symmetric=False, intent=False)
            out.append(_Found(entry, b.verb, [b.verb], b.verb, speakers, targets[:1]))
        return out

    def _own_entry(self, verb: str) -> Entry | None:
        """The own lexicon's entry for the single *verb* ("criticize", "reject")."""
        return next((e for e in self.lexicon.lookup("verb", verb, "own")
                     if not e.others), None)

    def _heads_in(self, sent: Any, layer: str, ctx: _Context) -> list[Any]:
        """The words of *sent* that head an entry of *layer* as their part of speech
        (in order): the only ones :meth:`_trigger` can find an event at. Read once per
        document from its POS and lemma columns, so the other words cost no Token."""
        if ctx.heads is None:
            ctx.heads = self._doc_heads(ctx.doc)
        heads = ctx.heads[layer]
        doc = ctx.doc
        return [doc[i] for i in heads[bisect_left(heads, sent.start):
                                      bisect_left(heads, sent.end)]]

    def _doc_heads(self, doc: Any) -> dict[str, list[int]]:
        """Per layer, the indices of *doc*'s words that head one of its entries: a verb or
        adjective ("verb" patterns; a verb only in the generated layer) or a noun whose lemma
        the lexicon files under that part of speech."""
        from spacy.attrs import LEMMA, POS, SENT_START
        from spacy.symbols import ADJ, NOUN, PROPN, VERB

        own: list[int] = []
        cameo: list[int] = []
        if not len(doc):
            return {"own": own, "cameo": cameo}
        cols = doc.to_array([POS, LEMMA, SENT_START])
        wanted = (cols[:, 0] == VERB) | (cols[:, 0] == ADJ) | (cols[:, 0] == NOUN)
        own.extend(i for i in ((cols[:, 0] == PROPN) & (cols[:, 2] == 1)).nonzero()[0].tolist()
                   if _opening_noun(doc[i], self.lexicon))  # (a few words a document)
        own.extend(i for i in ((cols[:, 0] == PROPN) & (cols[:, 2] != 1)).nonzero()[0].tolist()
                   if _owned_act_noun(doc[i], self.lexicon))
        strings, lookup, known = doc.vocab.strings, self.lexicon.lookup, self._heads
        for i, p, lemma in zip(wanted.nonzero()[0].tolist(), cols[wanted, 0].tolist(),
                               cols[wanted, 1].tolist(), strict=True):
            layers = known.get((p, lemma))
            if layers is None:
                if len(known) >= 300_000:  # (spellings seen: bounded)
                    known.clear()
                word, pos = strings[lemma].lower(), "noun" if p == NOUN else "verb"
                layers = known[(p, lemma)] = (bool(lookup(pos, word, "own")) or
                                              p == ADJ and bool(lookup("noun", word, "own")),
                                              p == VERB and bool(lookup(pos, word, "cameo")))
            if layers[0]:
                own.append(i)
            if layers[1]:
                cameo.append(i)
        own.sort()
        return {"own": own, "cameo": cameo}

    def _trigger(self, t: Any, layer: str, taken: set[int], ctx: _Context) -> _Found | None:
        """The event the word *t* heads with an entry of *layer*, if any: the longest pattern
        that matches (and whose target, if it asks for a kind, is of that kind)."""
        pos = "verb" if t.pos_ in ("VERB", "ADJ") else "noun" if t.pos_ == "NOUN" else None
        lemma = t.lemma_.lower()
        if _mistagged_noun(t, self.lexicon):
            pos = "noun"
        elif t.pos_ == "PROPN":
            lemma = _opening_noun(t, self.lexicon) or _owned_act_noun(t, self.lexicon)
            pos = "noun" if lemma and t.i not in ctx.token_mention else None
        if pos is None or (layer == "cameo" and t.pos_ != "VERB"):
            return None  # CAMEO's patterns are verbs': not "a planned visit"
        related: list[Any] | None = None
        vetoed = False
        near: set[str] = set()  # the words around t, to pass over patterns that cannot match
        if self.lexicon.worded(pos, lemma, layer):
            related = _related(t)
            near = {x.lemma_.lower() for x in related} | {x.lower_ for x in related}
        for entry in self.lexicon.lookup_near(pos, lemma, layer, near):
            if entry.layer != layer or (layer == "cameo" and not entry.others and
                                        entry.head_lemma in _MODALITY):
                continue  # "failed to act", "plans to join": a status, not an act of its own
            tokens = _match(t, entry, related or [])
            if tokens is None or (layer == "cameo" and any(x.i in taken for x in tokens)):
                continue
            if not _fits(t, entry, tokens):
                vetoed = True  # (tieline's own reading: no act here, in either layer)
                continue
            f = _Found(entry, t, tokens, _clause_verb(t))
            self._arguments(f, ctx)
            if entry.mode in ("withdraw", "leave") and _forces(f.sources):
                f.targets = [r for r in f.targets if not _unknown_body(r)]
            if entry.foreign and not _foreign(f) and not self._announced(f, ctx):
                continue  # "banned Chinese apps", not "banned Ugandan opposition candidates"
            if f.sources and not f.targets and t.lower_ in _HOPING:  # whom a hope asks
                sides = {_side_of(r) for r in f.sources}  # (an actor named, not a thing,
                asked = [x for x in _asked_to_act(t)  # "hopes relations will grow", nor
                         if x.pos_ != "PRON" and  # "it", often the hoper or a thing)
                         (x.i in ctx.token_mention or x.pos_ == "PROPN")]
                f.targets = [r for r in self._refs(asked, ctx) if _side_of(r) not in sides][:1]
            if entry.target_kind and not any(r.kind in entry.target_kind
                                             for r in f.targets) and \
                    (f.targets or not entry.alone) and \
                    not (entry.symmetric and not f.targets and len(f.sources) > 1):
                continue  # "withdrew from Georgia" / "from the CSTO": the next entry
            return f
        if vetoed and layer == "own":
            taken.add(t.i)
        return None

    def _announced(self, f: _Found, ctx: _Context) -> bool:
        """Whether *f*, a sanction told in the passive without its doer inside what a state's
        body or official says, is that state's measure on another ("flights of Georgian
        airlines to Russia will be suspended, the Russian Transport Ministry said": the one
        who can impose it announces it); its sides are set if so."""
        if f.sources or not f.agentless or f.entry.type != "SANCTION":
            return False
        if f.trigger.dep_ == "amod" or _topic_of_talk(f.trigger):
            return False  # "the recently declared sanctions", "speaking about the sanctions":
            # a measure named, not announced
        speakers = [r for r in self._speaker(f, ctx) if r.country and r.sector in (None, "GOV")]
        if not speakers:
            return False
        own = {_side_of(speakers[0])}
        targets = [r for r in f.targets if _side_of(r) not in own]
        trial = replace(f, sources=speakers[:1], targets=targets)
        things = _passive_subjects(f.trigger) if f.entry.pos == "verb" else []
        trial.targets = targets or self._measure_targets(  # (and whose things they are:
            trial, things, ctx, _MEASURE_PREPS | {"of"})  # "flights of Georgian airlines")
        if not _foreign(trial):
            return False
        f.sources, f.targets = trial.sources, trial.targets
        return True

    # -- arguments ------------------------------------------------------------------------
    def _arguments(self, f: _Found, ctx: _Context) -> None:
        if f.entry.pos == "verb":
            self._verb_arguments(f, ctx)
        else:
            self._noun_arguments(f, ctx)

    def _fallback_target(self, f: _Found, found: list[_Found], ctx: _Context) -> None:
        """The first actor named after a verb in its own phrase (PETRARCH's fallback), not
        inside another event's words nor in a phrase of time or place."""
        root = f.trigger if f.entry.pos == "verb" else f.clause
        if root is None:
            return
        by_trigger = {x.i: g for g in found if g is not f for x in g.tokens
                      if x.i == g.trigger.i or x.pos_ == "NOUN"}  # ("the sanctions imposed
        for c in root.children:  # by X"): "rejected calls by Belarus": the caller is the target
            g = by_trigger.get(c.i)
            if c.dep_ in ("dobj", "pobj", "nsubjpass") and g is not None and g.sources and \
                    (g.trigger.i == c.i or _side_of(g.sources[0]) not in
                     {_side_of(r) for r in f.sources}):  # (not the doer's own act)
                f.targets.append(g.sources[0])
                return
            if c.dep_ == "dobj" and f.entry.type in _VERBAL:
                maker = self._maker(c, f, ctx)  # "condemned the remarks made by X": X
                if maker:
                    f.targets.append(maker[0])
                    return
        others = {x.i for g in found if g is not f and g.trigger.i != root.i
                  and not g.trigger.is_ancestor(root) for x in g.trigger.subtree}
        skip = {_key(r) for r in f.sources}
        blocked: set[int] = set()
        pattern = {x.i for x in f.tokens}
        for c in root.children:
            purpose = _material_flow(f.entry) and c.dep_ in ("advcl", "xcomp") and \
                any(x.lower_ == "to" for x in c.children)  # "aid to bolster Armenia's economy"
            if c.dep_ in ("prep", "advcl", "advmod", "npadvmod", "relcl", "ccomp", "conj",
                          "nsubj", "nsubjpass", "mark") and not purpose and \
                    (c.dep_ != "prep" or c.lower_ in _SCENE_PREPS and c.i not in pattern):
                blocked.update(x.i for x in c.subtree)  # (not the pattern's own "call for")
        for t in root.subtree:
            if t.i <= f.trigger.i or t.i in blocked or t.i in others or _owner_not_party(t, f):
                continue
            m = ctx.token_mention.get(t.i)
            if m is None and t.lower_ in _PERSON_PRONOUNS and t.dep_ in ("poss", "dobj"):
                person = self._anaphor(t, ctx) or []  # "blocked his access"
                if person and _side_of(person[0]) not in {_side_of(r) for r in f.sources}:
                    f.targets.append(person[0])
                    return
            if m is None or m.form == "place" and not (
                    t.dep_ == "pobj" and t.head.lower_ in ("by", "from", "against", "with")):
                continue  # a place is where, unless it is the agent: "admission by Moscow"
            ref = self._ref_of_mention(m, ctx)
            if ref is not None and _key(ref) not in skip:
                f.targets.append(ref)
                return

    def _ground_owner(self, f: _Found, ctx: _Context) -> list[ActorRef]:
        """Whose ground an act of taking it takes, as its object names the owner: "occupied
        land in Georgia", "annexed Georgian territory", "occupies our territory" (said by a
        president). Occupying or annexing ground is done to the state it belongs to (CAMEO
        1723 and PLOVER's COERCE: the target is the one whose territory is seized); a place
        named in the object is that owner here, where elsewhere it is only where the act
        happened, and ground taken "in" a state is taken from it. Never a side of the
        doer's own, and never from a clause that describes the object ("the territory,
        which borders X")."""
        v = f.trigger
        objects = [x for t in f.tokens for c in t.children if c.dep_ == "prep" and
                   c.lower_ in f.entry.target and c.lower_ != "in" and c not in f.tokens
                   for x in c.children if x.dep_ == "pobj"]
        if f.entry.pos == "verb":  # (a noun's object is its "of"/"on" phrase: "strikes on")
            objects += [c for c in v.children if c.dep_ in ("dobj", "obj")]
            objects += _passive_subjects(v)
            described = _described_object(v)
            if described is not None:
                objects.append(described)
        objects += _ground_left(f)
        own = {_side_of(r) for r in f.sources}
        for obj in objects:
            refs = [r for r in self._refs([obj], ctx) if r.country and _side_of(r) not in own]
            if refs:
                return refs
            clauses = {x.i for c in obj.children if c.dep_ in _CLAUSE_DEPS for x in c.subtree}
            for t in obj.subtree:
                m = ctx.token_mention.get(t.i)
                if t.i in clauses or m is None or \
                        m.form == "place" and not (t.dep_ == "pobj" and
                                                   t.head.lower_ in _OWNING_PREPS):
                    continue  # ("land in Georgia" / "of Georgia": whose; "troops in X": where)
                ref = self._ref_of_mention(m, ctx)
                if ref is not None and ref.country and _side_of(ref) not in own:
                    return [replace(ref, basis="stated")]
        where = [x for t in f.tokens for c in t.children if c.dep_ == "prep" and
                 c.lower_ == "in" for x in c.children
                 if x.dep_ == "pobj" and x.i in ctx.token_mention]
        return [r for r in self._refs(where, ctx)  # "occupied land in Georgia" (the parser
                if r.country and _side_of(r) not in own]  # hangs "in X" on the verb)

    def _maker(self, thing: Any, f: _Found, ctx: _Context) -> list[ActorRef]:
        """Who made the thing a verbal act is about, as the participle after it says with
        its agent ("condemned the remarks made by X", "welcomed the steps taken by X"): the
        one the judgement is on, even a person the knowledge base lacks (kept by name), but
        never a side of the act's own doer."""
        sides = {_side_of(r) for r in f.sources}
        agents = [x for v in thing.children if v.dep_ == "acl" and v.tag_ == "VBN"
                  for a in v.children if a.dep_ == "agent" for x in a.children
                  if x.dep_ == "pobj"]
        return [r for r in self._refs(agents, ctx) if _side_of(r) not in sides][:1]

    def _intended_target(self, f: _Found, ctx: _Context) -> None:
        """The target of the act an intent names in its infinitive when the intent word is an
        adjective after "be" ("Moscow is ready at any moment to have normal relations with
        Georgia": the infinitive hangs on "is", not on "ready"). The first actor the
        infinitive's clause names, of another side than the source; stated, as written."""
        adj = f.trigger
        if not f.entry.intent or adj.pos_ != "ADJ" or adj.dep_ != "acomp":
            return
        sides = {_side_of(r) for r in f.sources}
        for c in (*adj.children, *adj.head.children):
            if c.dep_ not in ("advcl", "xcomp") or not any(
                    x.dep_ == "aux" and x.lower_ == "to" for x in c.children):
                continue
            for t in c.subtree:
                m = ctx.token_mention.get(t.i)
                ref = self._ref_of_mention(m, ctx) if m is not None and m.form != "place" \
                    else None
                if ref is not None and _side_of(ref) not in sides:
                    f.targets.append(ref)
                    return

    def _clause_target(self, f: _Found, found: list[_Found], ctx: _Context) -> None:
        """The target a clause implies when the event's own words name none: the actor of a
        clause the event governs ("warned of measures if Georgia joins NATO", "protested
        after India's troops crossed", "in response to Georgia's decision"), or the
        addressee of the statement that carries it when the statement's speaker is the
        event's source ("Russia told Georgia it would take measures")."""
        root = f.trigger if f.entry.pos == "verb" else f.clause
        if root is None:
            return
        sides = {_side_of(r) for r in f.sources}
        governed = self._governed_actors(root, ctx) if f.entry.type in _REACTIVE else []
        heard = self._addressees(f, found, ctx) if f.entry.type != "CONSULT" else []
        asked = (self._demanders(root, ctx) or self._noun_demanders(f, ctx)) \
            if f.entry.type in _YIELDING and f.entry.mode != "resign" else []
        # (one's own office given up yields to no one)
        for cand in (*governed, *heard, *asked):  # (a visit's host is not whom its visitor
            # told)
            if _side_of(cand) not in sides and (cand.country or cand.id in self.kb.actors):
                f.targets.append(replace(cand, basis="inferred-clause"))
                return

    def _previous_doer(self, f: _Found, sent: Any, ctx: _Context) -> None:
        """The target of a reaction to an act told before, named here only by a pointing
        word ("X imposed a ban. Y condemned the move.", "Y welcomed this decision", "Y
        rejected such claims", "Y expressed concern about this"): the doer of the acts of the
        last sentence before that told any, when they are of one side other than the
        reacting one and that sentence is of the same paragraph. Only a thing pointed at,
        never a person ("them", "him": whom, not what), and never a side no act of the
        sentence before has."""
        if ctx.previous is None or "\n" in ctx.article.text[ctx.previous[0]:sent.start_char]:
            return
        if not any(_points_back(x) for x in _reacted_to(f.trigger)):
            return
        own = {_side_of(r) for r in f.sources}
        doers = {_side_of(r): r for r in ctx.previous[1] if _side_of(r) not in own}
        if len(doers) == 1 and None not in doers:
            f.targets.append(replace(next(iter(doers.values())), basis="inferred-previous"))

    def _demanders(self, root: Any, ctx: _Context) -> list[ActorRef]:
        """Who asks for the act of yielding *root* heads, where it is what a verb or noun of
        asking asks for ("China urged India to withdraw its troops", "China renewed its call
        for India to pull back"): the act yields to them, as the target PLOVER's RETREAT and
        CONCEDE give it (the one whose demand is met), never invented where no one asks."""
        node = _conj_root(root) if root.dep_ == "conj" else root
        head = node.head
        if node.dep_ not in ("xcomp", "ccomp", "advcl", "acl") or head.i == node.i or \
                head.lemma_.lower() not in _REQUESTING:
            return []
        if head.pos_ == "NOUN":  # "its call for India to withdraw": its owner asks
            return self._refs([c for c in head.children if c.dep_ == "poss"], ctx)
        return self._refs(self._subject_of(head, ctx), ctx)

    def _noun_demanders(self, f: _Found, ctx: _Context) -> list[ActorRef]:
        """Who asks for the act of yielding a noun names, where the noun is what a verb or
        noun of asking asks for ("China demanded the withdrawal of Indian troops", "pressed
        for a pullback", "Beijing's demand for the withdrawal"): as :meth:`_demanders`."""
        n = f.trigger
        if f.entry.pos != "noun" or n.dep_ not in ("dobj", "pobj"):
            return []
        head = n.head
        if n.dep_ == "pobj" and head.dep_ == "prep" and head.lower_ == "for":
            head = head.head  # "called for the withdrawal", "the demand for the withdrawal"
        if head.lemma_.lower() not in _REQUESTING:
            return []
        if head.pos_ == "NOUN":
            return self._refs([c for c in head.children if c.dep_ == "poss"], ctx)
        return self._refs(self._subject_of(head, ctx), ctx) if head.pos_ == "VERB" else []

    def _mutual(self, f: _Found, sent: Any, ctx: _Context) -> bool:
        """Whether an act two states' sides do together, with no target written, is done to
        each other: acts of fighting, pulling back, deploying against, conceding or agreeing
        ("the two countries fought a war", "Indian and Chinese troops withdrew", "both sides
        agreed to take steps"), any act "each other" or "one another" states, and any act on
        their ties ("X and Y severed diplomatic ties"), and any act of a pair noun ("both sides
        blamed the other", "the two countries withdrew their troops"). Only when the sentence
        names no third party, who could be the target instead (ties excepted: they are the
        two's own)."""
        sides = {_side_of(r) for r in f.sources}
        if len(sides) != 2 or not all(r.country for r in f.sources):
            return False
        root = f.clause if f.clause is not None else f.trigger
        each_other = any(t.i > 0 and (t.doc[t.i - 1].lower_, t.lower_) in _EACH_OTHER
                         for t in root.subtree)
        ties = any(t.lemma_.lower() in _TIES for t in f.tokens)  # "severed diplomatic ties"
        each_other = each_other or any(  # "both sides blamed the other": a pair noun acting
            c.dep_ in _SUBJ and c.lower_ in _PAIR_NOUNS for c in root.children) or \
            _traded(f.trigger)  # "India and China traded accusations"
        if not each_other and not ties and (f.entry.type not in _MUTUAL or
                                            f.entry.layer == "cameo"):
            return False  # (the generated layer codes only pairs the text states)
        if _side_written(sent, min(t.idx for t in f.tokens), by=False):
            return False  # "withdrew troops from the treaty zone to X": X, known or not
        if ties:
            return True  # (ties two name with no one else written are theirs: a third
            # party elsewhere in the sentence is no partner of them)
        k = bisect_left(ctx.mention_starts, sent.start_char)
        for m in ctx.mentions[k:bisect_left(ctx.mention_starts, sent.end_char)]:
            ref = self._ref_of_mention(m, ctx)
            if m.form != "place" and ref is not None and _side_of(ref) not in sides:
                return False
        return True

    def _fight_party(self, f: _Found, ctx: _Context) -> list[ActorRef]:
        """The other party of a fight an act of force was told in, where the coder did not
        read the fight as an event of its own ("were killed in a violent face-off with X's
        troops": a hyphened noun the parser splits). As :func:`_opponents`: only a party
        the fight's own "with"/"against" phrase names, of one side other than the victims'."""
        victims = {_side_of(r) for r in f.targets}
        for prep in _shared_preps(f.trigger):
            if prep.lower_ not in ("in", "during"):
                continue
            for obj in (x for x in prep.children if x.dep_ == "pobj"):
                first = min((c.i for c in obj.children if c.dep_ == "compound"), default=obj.i)
                written = obj.doc[first:obj.i + 1].text.lower()
                if obj.lemma_.lower() not in self.fights and written not in self.fights \
                        and obj.lemma_.lower() not in _FIGHT_WORDS:
                    continue
                parties = [x for p in obj.children if p.dep_ == "prep" and
                           p.lower_ in ("with", "against") for x in p.children
                           if x.dep_ == "pobj"]
                if not parties:  # (the parser hung "with X" on the verb: "were killed in a
                    parties = [x for p in prep.head.children  # 'face-off' with X's troops")
                               if p.dep_ == "prep" and p.lower_ in ("with", "against")
                               and _only_time(obj.doc[obj.right_edge.i + 1:p.i])
                               for x in p.children if x.dep_ == "pobj"]  # (or with a
                    # time between: "in a face-off on Monday night with X's troops")
                others = [r for r in self._refs(parties, ctx) if _side_of(r) not in victims]
                if len({_side_of(r) for r in others}) == 1:
                    return [replace(others[0], basis="inferred-clause")]
        return []

    def _restated_doer(self, f: _Found, ctx: _Context) -> None:
        """Aim a reaction at the doer of the act its sentence tells, when it answers that act
        restated as "a move" ("Peru lifted the ban, a move that was denounced by Chile",
        "..., a step Chile welcomed", "in a move criticised by Chile"): the move is the
        clause's act, so its subject is whom the reaction answers, whatever other sides
        the words after the move name. Only a doer of another side than the reaction's."""
        doers = self._refs(_restated_subject(f.trigger), ctx)
        own = {_side_of(r) for r in f.sources}
        doers = [replace(r, basis="inferred-clause") for r in doers if _side_of(r) not in own]
        if doers and all(_side_of(r) in own for r in f.targets):
            f.targets = doers[:1]

    def _lay_blame(self, found: list[_Found], ctx: _Context) -> None:
        """Read "X blamed the clashes on Y" as English means it: X accuses Y (CAMEO 112),
        and the clashes are laid on Y, so they are Y's act as X claims it, never X's, and
        the "on" phrase names whom they are laid on, not whom they hit."""
        for f in found:
            if f.entry.pos != "noun":
                continue
            on = _laid_on(f.trigger)
            laid = self._refs(on, ctx)
            if on and not laid:  # ("blamed the attack on the weather": no one's, not X's)
                f.sources = []
            if not laid:
                continue
            blamed = {_side_of(r) for r in laid}
            f.sources = [replace(r, basis="inferred-clause") for r in laid]
            f.targets = [r for r in f.targets if _side_of(r) not in blamed]
            f.agentless = f.loose_doer = False
            for g in found:
                if g.trigger.i == f.trigger.head.i and g.entry.type == "ACCUSE":
                    own = {_side_of(s) for s in g.sources}
                    g.targets = [r for r in laid if _side_of(r) not in own] or g.targets

    def _claimed_ground(self, f: _Found) -> list[ActorRef]:
        """The targets of an act of taking or striking ground, with a disputed region the
        knowledge base says a state claims read as that state's ground: "Russian forces
        occupy Abkhazia and South Ossetia" takes ground from Georgia (CAMEO 1723, PLOVER
        COERCE: the target is the one whose territory is seized), not from the breakaway
        authorities, which are Russia's allies. The claimant's own acts there keep the
        region ("Georgian troops shelled Tskhinvali": the de facto authorities are hit)."""
        own = {_side_of(r) for r in f.sources}
        if not own:
            return f.targets  # (no doer told: it may be the claimant's own act)
        out: list[ActorRef] = []
        for r in f.targets:
            state = self.kb.claimed.get(r.id or "")
            if state is not None and state in self.kb.actors and state not in own:
                actor = self.kb.actors[state]
                r = ActorRef(actor.id, actor.name, actor.country, None, actor.kind, r.basis)
            if _key(r) not in {_key(x) for x in out}:
                out.append(r)
        return out

    def _custodian(self, f: _Found, ctx: _Context) -> list[ActorRef]:
        """The state on whose ground a custody act told without a doer happened: "a Peruvian
        journalist was detained in Santiago" (Chile holds him), "was released in Chile".
        Arresting, jailing and freeing people are acts of the authorities of the ground they
        happen on (CAMEO 173 and 0841: a state's legal power), so the state of the place the
        verb's own "in" phrase names (a country, its capital, a place it compounds: "in
        Santiago prison") is the doer. Only verbs, only one state named there, never the
        side of the people held (a state's own people held at home are no foreign act)."""
        if f.entry.mode not in _CUSTODY or f.entry.pos != "verb":
            return []
        held = {_side_of(r) for r in f.targets}
        if not all(r.country for r in f.targets):
            return []
        places = [y for p in _shared_preps(f.trigger) if p.lower_ == "in"
                  for x in p.children if x.dep_ == "pobj" for y in (x, *x.conjuncts)]
        refs = []
        for x in places:
            for t in (x, *(c for c in x.children if c.dep_ == "compound")):
                m = ctx.token_mention.get(t.i)
                ref = self._ref_of_mention(m, ctx) if m is not None and \
                    m.form != "demonym" else None
                if ref is not None and ref.kind == "country":
                    refs.append(ref)
        states = {_side_of(r) for r in refs}
        if len(states) != 1 or states & held:
            return []
        return [replace(refs[0], basis="inferred-clause")]

    def _handed_to(self, f: _Found, ctx: _Context) -> list[ActorRef]:
        """The side a release returns someone to, when the released are people the
        knowledge base does not place ("released X and handed him over to the Georgian
        side"): the receiving side is whose people they are (CAMEO's target of a release),
        as the verb joined to the release says, never a side the release's doer is on."""
        v = f.trigger if f.entry.pos == "verb" else f.clause
        if v is None:
            return []
        doers = {_side_of(r) for r in f.sources}
        for w in (v, *(c for c in v.children if c.dep_ == "conj")):
            if w.lemma_.lower() not in _HANDING:
                continue
            to = [x for c in w.children if c.dep_ in ("prep", "dative") and c.lower_ == "to"
                  for x in c.children if x.dep_ == "pobj"]
            refs = [r for r in self._refs(to, ctx) if r.country and _side_of(r) not in doers]
            if refs:
                return [replace(r, basis="inferred-clause") for r in refs[:1]]
        return []

    def _speaker(self, f: _Found, ctx: _Context) -> list[ActorRef]:
        """Who does a verbal act told in the passive without its doer inside what someone
        says: the speaker ("X said the decision can only be welcomed": X welcomes it)."""
        head = _reporting_head(f.trigger if f.entry.pos == "verb" else f.clause or f.trigger)
        if head is None:
            return []
        refs = self._refs([c for c in head.children if c.dep_ == "nsubj"], ctx)
        return [replace(r, basis="inferred-clause") for r in refs]

    def _governed_actors(self, root: Any, ctx: _Context) -> list[ActorRef]:
        """Actors of the clauses and circumstances *root* governs: the subject (or its
        possessor) of a conditional, temporal or causal clause or of a reported clause, and
        the owner of the act a response answers ("in response to X's move")."""
        out: list[ActorRef] = []
        for c in root.children:
            if c.dep_ == "advcl" and any(m.dep_ == "mark" and m.lower_ in _CLAUSE_MARKS
                                         for m in c.children) or c.dep_ == "ccomp":
                subj = [x for x in c.children if x.dep_ in ("nsubj", "nsubjpass")]
                out += [r for r in self._owner_refs(subj, ctx) if c.dep_ != "ccomp" or
                        r.kind != "person"]  # "told reporters that X's body would be ...":
                # a person a statement is about is not whom it addresses
            elif c.dep_ == "prep" and c.lower_ in ("in", "over") or \
                    c.dep_ == "prep" and c.lower_ in ("after", "following"):
                for obj in (x for x in c.children if x.dep_ == "pobj"):
                    if c.lower_ == "in" and obj.lower_ not in _RESPONSE_NOUNS:
                        continue
                    if c.lower_ in ("in",):  # "in response to X('s move)", "in case of"
                        obj = next((y for p in obj.children if p.dep_ == "prep" and
                                    p.lower_ in ("to", "for", "of") for y in p.children
                                    if y.dep_ == "pobj"), None)
                        if obj is None:
                            continue
                    out += self._owner_refs([obj], ctx)
        return out

    def _owner_refs(self, tokens: list[Any], ctx: _Context) -> list[ActorRef]:
        """The actors *tokens* name, or for a noun that names none, its possessor or the
        actor it is "of" ("Georgia's bid", "the decision of India")."""
        out: list[ActorRef] = []
        for t in tokens:
            refs = self._refs([t], ctx)
            if not refs and t.pos_ == "NOUN":
                owners = [c for c in t.children if c.dep_ == "poss"] + \
                    [y for p in t.children if p.dep_ == "prep" and p.lower_ == "of"
                     for y in p.children if y.dep_ == "pobj"]
                refs = self._refs(owners, ctx)
            out += refs
        return out

    def _addressees(self, f: _Found, found: list[_Found], ctx: _Context) -> list[ActorRef]:
        """Whom the statement that carries *f* addresses, when its speaker is *f*'s source:
        "X warned Y that it would respond", "X told Y it would impose duties"."""
        node = f.trigger if f.entry.pos == "verb" else f.clause
        sides = {_side_of(r) for r in f.sources}
        for _ in range(3):
            if node is None or node.head.i == node.i or node.dep_ not in ("ccomp", "xcomp",
                                                                          "advcl", "conj"):
                return []
            node = node.head
            if node.lemma_.lower() not in _ADDRESSING:
                continue
            speaker = self._refs([c for c in node.children if c.dep_ == "nsubj"], ctx)
            if not speaker or _side_of(speaker[0]) not in sides:
                return []
            heard = [c for c in node.children if c.dep_ in ("dobj", "dative")]
            heard += [y for c in node.children if c.dep_ in ("prep", "dative")
                      and c.lower_ == "to" for y in c.children if y.dep_ == "pobj"]
            return self._refs(heard, ctx)
        return []

    def _felt_arguments(self, f: _Found, ctx: _Context) -> None:
        """The sides of a feeling stated as an act ("Ukraine is disappointed by the decision
        of the Georgian government", "India is deeply disappointed with China"): whoever
        feels it voices it, whoever causes it (or owns the act that does) is its target.
        Only a feeling its subject states: "the decision dismayed Peru" tells of Peru's
        feeling, not that Peru voiced it."""
        v = f.trigger
        feelers = _passive_subjects(v) or \
            ([c for c in v.head.children if c.dep_ in _SUBJ] if v.dep_ == "acomp" else [])
        causes = [x for c in v.children if c.dep_ in ("agent", "prep") and
                  c.lower_ in ("by", "with", "at", "over") for x in c.children if x.dep_ == "pobj"]
        owners = [y for x in causes for y in (
            *(c for c in x.children if c.dep_ == "poss"),
            *(o for c in x.children if c.dep_ == "prep" and c.lower_ == "of"
              for o in c.children if o.dep_ == "pobj"))]
        f.sources = self._refs(feelers, ctx)
        f.agentless = False
        sides = {_side_of(r) for r in f.sources}
        f.targets = [r for r in self._refs(causes, ctx) or self._refs(owners, ctx)
                     if _side_of(r) not in sides]

    def _verb_arguments(self, f: _Found, ctx: _Context) -> None:
        v = f.trigger
        entry = f.entry
        if entry.felt:
            self._felt_arguments(f, ctx)
            return
        passive = any(c.dep_ in ("nsubjpass", "auxpass") for c in v.children) or \
            (v.dep_ == "conj" and any(c.dep_ in ("nsubjpass", "auxpass")
                                      for c in v.head.children))
        made = causative(v) is not None  # ("had him freed": he is freed, by someone else)
        passive = passive or made
        subject_tokens = [] if made else self._subject_of(v, ctx, passive)
        objects: list[Any] = causative_undergoers(v)
        verbs = [t for t in f.tokens if t.pos_ in ("VERB", "AUX", "ADJ")]
        # In "stop paying fees to X" the objects are those of the innermost verb, "paying".
        host = next((t for t in verbs if not any(o.i != t.i and t.is_ancestor(o)
                                                   for o in verbs)), v)
        for tok in f.tokens:
            if tok.i != v.i and tok.dep_ == "prep" and tok.lower_ in entry.target:
                objects.extend(x for x in tok.children if x.dep_ == "pobj")  # "withdraw from X"
            for c in tok.children:
                if c.i in {x.i for x in f.tokens}:
                    continue
                if c.dep_ == "dative" and c.pos_ == "ADP":  # "paying fees to X"
                    objects.extend(x for x in c.children if x.dep_ == "pobj")
                elif c.dep_ in ("dobj", "dative", "obj") and not passive and \
                        entry.object_is_target and (tok.i == host.i or tok.pos_ == "NOUN"):
                    objects.append(c)
                elif c.dep_ == "prep" and c.lower_ in entry.target:
                    objects.extend(_prep_objects(c))
                elif c.dep_ == "agent":
                    subject_tokens = [x for x in c.children if x.dep_ == "pobj"]
                elif _folded_recipient(c, tok, v):
                    objects.append(c)
            if "clause-subject" in entry.target and tok.i != v.i:  # "said China must"
                objects.extend(c for c in tok.head.children if c.dep_ in ("nsubj", "nsubjpass"))
        undergoer = _participle_noun(v) if entry.type in _FORCE or entry.mode == "release" \
            else None
        if undergoer is not None:
            # "three Georgian citizens arrested near X": the noun is who undergoes it (when
            # it names them, not through its possessor: "X's address released on Monday")
            passive = True
            if undergoer.i in ctx.token_mention:
                objects.append(undergoer)
        if passive:
            objects.extend(_passive_subjects(v))
            if not subject_tokens:
                subject_tokens = _shared_agent(v)
        f.sources = self._refs(subject_tokens, ctx)
        f.agentless = passive and not subject_tokens
        f.targets = [r for r in self._refs(objects, ctx) if _key(r) not in
                     {_key(s) for s in f.sources}]
        described = _described_object(v) if not f.targets and entry.object_is_target and \
            entry.layer == "own" else None  # (the generated layer: only what its words say)
        if described is not None and getattr(ctx.token_mention.get(described.i), "form",
                                             None) != "place":
            sides = {_side_of(s) for s in f.sources}  # (not "a delegation headed by its MP")
            f.targets = [r for r in self._refs([described], ctx) if _side_of(r) not in sides]
            # "Crimea, which Moscow annexed", "regions recognized by Moscow"
        if (entry.symmetric or entry.type in _MUTUAL) and len(f.sources) == 1 and \
                not f.targets:  # "Kazakhstan-Kyrgyzstan relations have improved"
            f.targets = self._hyphen_partner(
                [c for t in subject_tokens for c in (t, *t.children)
                 if c.dep_ in ("compound", "amod", "nmod") and c.i < t.i or c is t],
                f.sources[0], ctx)
        own = {_side_of(r) for r in f.sources}
        if f.sources and _is_measure(entry) and all(_side_of(r) in own for r in f.targets):
            # (no target, or only the doer's own airlines or goods: "ordered a ban on
            # Russian flights to Georgia")
            f.targets = self._measure_targets(f, objects, ctx) or f.targets

    def _measure_targets(self, f: _Found, objects: list[Any], ctx: _Context,
                         preps: frozenset[str] = _MEASURE_PREPS) -> list[ActorRef]:
        """The state a measure on things falls on, named inside the things' phrase: "banned
        flights from Russia to Georgia", "lifted the ban on flights to Georgia", "abolished
        visas for Georgian nationals" (CAMEO's sanctions and their easing are acts on the state
        whose goods, flights or people they touch). Only another side than the doer's: Russia's
        own flights are what the measure is about, not whom it is against."""
        # (the verb too: "banned flights from Russia to Georgia", "cancelled the ban on flights
        # to Georgia" hang "to" and "on" on the verb; *objects* may be actors of the doer's
        # side, whose phrases are read: "a ban on Russian flights to Georgia")
        things = [*objects, *(t for t in f.tokens if t.pos_ == "NOUN"), f.trigger,
                  *_forbidden_infinitives(f.trigger)]
        own = {_side_of(r) for r in f.sources}
        for _ in range(3):  # the things, then the things of their phrases ("ban on flights")
            inner: list[Any] = []
            for thing in things:
                for x in _touched(thing, preps):
                    refs = [r for r in self._refs([x], ctx) if _side_of(r) not in own]
                    if refs:
                        return refs[:1]
                    inner.append(x)
            things = inner
        return []

    def _subject_of(self, v: Any, ctx: _Context, passive: bool = False) -> list[Any]:
        """The tokens that do what *v* says, inherited where English leaves them out: through
        control ("visited Moscow to hold talks"), coordination, relative clauses ("the court,
        which indicted Putin"), nouns ("Armenia's decision to join", "efforts to deepen") and
        compounds ("Russian-brokered")."""
        node = prev = v
        described = False  # (climbed from a participle to the noun it describes)
        for _ in range(7):
            if node.pos_ in ("VERB", "AUX", "ADJ") and _misjoined(prev, node):
                if node.head.i == node.i or node.dep_ not in _INHERIT:
                    return []
                prev, node = node, node.head  # ("signed decrees canceling visas for X's
                continue  # citizens to travel and removing the ban": the signer removes)
            if node.pos_ in ("VERB", "AUX", "ADJ"):
                if described and node.lemma_.lower() in _REACTING_TO:
                    return []  # "appealed a court ruling blocking X": the ruling blocks
                judged = _judged(node) or _judged_further(node, prev)
                if judged and self._refs(judged, ctx):
                    return judged  # "accused Russia of occupying": Russia occupies
                subj = [c for c in node.children if c.dep_ in _SUBJ] or aux_subjects(node)
                if subj:
                    if subj[0].lower_ in _RELATIVE and _relative_clause(node) is not None:
                        antecedent = _relative_clause(node).head
                        if subj[0].lower_ in ("which", "that") and \
                                not self._names_a_doer(antecedent, ctx):
                            return []  # "the support of Russia, which led to a war": a
                            # thing does what the clause says, no actor (round 6)
                        return [antecedent]  # (a joined one: "whose role is
                        # ceremonial and who has accused X": the person accuses)
                    if subj[0].dep_ == "csubj" and any(  # "What X has done violates
                            c.lower_ in ("what", "whatever") for c in subj[0].children):
                        return [c for c in subj[0].children if c.dep_ == "nsubj"] or subj
                        # ...": X does (not "even if it did, it would ...": a misparse)
                    return subj
                if node.i == v.i and passive:
                    return []
                raised = [c for c in node.children if c.dep_ == "nsubjpass"
                          and c.lower_ not in ("it", "there")]  # ("it was decided to")
                if raised and node.i != v.i and prev.dep_ == "xcomp":
                    return raised  # "X is expected to visit", "X was urged to withdraw"
                if node.dep_ == "xcomp":  # "urged Armenia to ...": the object acts
                    obj = [c for c in node.head.children if c.dep_ in ("dobj", "dative")]
                    if not obj and node.head.lemma_.lower() in _ASKING:  # "called on X to"
                        obj = [x for c in node.head.children if c.dep_ == "prep" and
                               c.lower_ in ("on", "upon", "to") for x in c.children
                               if x.dep_ == "pobj"]
                    if obj and self._refs(obj, ctx):
                        return obj
                if node.dep_ == "amod":  # "Russian-brokered", "Moscow-led"
                    return [c for c in node.children if c.dep_ in ("npadvmod", "compound")]
                if node.i == v.i and _misread_main_verb(node):
                    return [node.head]  # "X, who opposes Y, called Z a provocation"
                if node.dep_ == "acl" and node.tag_ == "VBN":
                    return []  # "peacekeepers deployed to ...": the noun is acted upon
                if node.i == v.i and node.dep_ == "acl" and node.tag_ == "VBG" and \
                        node.doc[node.i - 1].text != "," and \
                        not self._names_a_doer(node.head, ctx):
                    return []  # "the only format discussing the war's consequences": a
                    # thing does it, no actor (round 6; after a comma the participle is the
                    # clause's: "said there were irregularities, urging an investigation")
                described = described or node.dep_ == "acl"
            elif node.i != v.i:  # a noun on the way up: its possessor acts
                poss = [c for c in node.children if c.dep_ == "poss"] or \
                    _owning_modifiers(node, prev, ctx) or _owning_of(node, prev, ctx) or \
                    act_doers(node)  # ("the decision by X to ...")
                if poss:
                    return poss
                if node.i in ctx.token_mention:
                    return [node]
                if node.dep_ == "pobj" and node.head.lower_ in _TOPIC_PREPS:
                    return []  # "concern about the decision to close": not the concerned's
            if node.head.i == node.i or node.dep_ not in _INHERIT:
                return []
            prev, node = node, node.head
        return []

    @staticmethod
    def _names_a_doer(noun: Any, ctx: _Context) -> bool:
        """Whether a noun a relative clause describes names someone who can act: an actor
        the text names, a pronoun, or a noun of a state's body or of people ("the ministry",
        "Russia's navy", "the troops"); not a thing, whoever's it is ("the support of
        Russia", "Russia's support for the rebels", "the line")."""
        return noun.i in ctx.token_mention or noun.pos_ == "PRON" or \
            noun.ent_type_ in ("PERSON", "ORG", "NORP", "GPE") or \
            nonacts.names_someone(noun) or noun.lemma_.lower() in _DOER_NOUNS or \
            noun.lemma_.lower() in _MADE_TO_ACT  # ("a Russian-brokered agreement that
        # stopped the war": the document acts for whoever its phrase says made it)

    def _noun_arguments(self, f: _Found, ctx: _Context) -> None:
        n = f.trigger
        entry = f.entry
        pattern = {x.i for x in f.tokens}
        carried = False  # the doer read from the subject of a verb that is not a light one
        sources: list[Any] = []
        targets: list[Any] = []
        for tok in f.tokens:
            for c in tok.children:
                if c.i in pattern:
                    continue
                if c.dep_ == "poss":
                    sources.append(c)
                elif c.dep_ == "prep" and c.lower_ in entry.source:
                    sources.extend(x for x in c.children if x.dep_ == "pobj")
                elif c.dep_ == "prep" and c.lower_ in entry.target:
                    targets.extend(_prep_objects(c))
                elif c.dep_ in ("compound", "amod", "nmod") and c.i in ctx.token_mention \
                        and ctx.token_mention[c.i].form != "place":
                    (targets if nonacts.names_the_opposed(c) else sources).append(c)
                    # ("anti-Russian protests" are against Russia)
        if entry.type in _JOINT and sources and all(c.lower_ == "their" for c in sources) \
                and not self._refs(sources, ctx):
            sources = []  # "X and Y had their summit": the joint act's "their" is its doers
        getting = n.head.lemma_.lower() in _RECEIVING and entry.type in _GIVEN
        if n.dep_ == "dobj" and (n.head.lemma_.lower() in _UNDERGO or getting):
            targets.extend(c for c in n.head.children if c.dep_ == "nsubj")  # "X faced sanctions"
            if not sources:  # "experience arrest by Russian border guards", "received aid
                sources = [x for c in n.head.children if c.dep_ == "prep" and  # from X"
                           (c.lower_ == "by" or getting and c.lower_ == "from")
                           for x in c.children if x.dep_ == "pobj"]
        elif entry.mode in _UNDERGONE and not targets and _sentenced(n):
            targets.extend(_sentenced(n))  # "X, who was sentenced to detention by Y"
            if not sources:
                sources = self._carrier_subject(n, ctx, entry)
        elif not sources and entry.type == "REQUEST" and n.dep_ == "attr" and \
                n.head.lemma_.lower() == "be" and \
                any(c.dep_ == "nsubj" and names_act(c) for c in n.head.children):
            # ("X's withdrawal is the precondition": X is asked to withdraw, by the one who
            # says so, the speaker, as of any demand told without its maker)
            asked = self._subject_of(n.head, ctx)  # ("withdrawal of troops by India")
            targets.extend([x for t in asked for x in act_doers(t)] or asked)
        elif not sources:
            sources = self._carrier_subject(n, ctx, entry)
            carried = n.head.lemma_.lower() not in _CARRYING  # (not "reiterated the threat
            # posed by Russia", "is the precondition": the subject need not be the doer)
            if n.dep_ in ("dobj", "pobj", "attr", "nsubjpass") and n.head.pos_ in ("VERB", "AUX"):
                for c in n.head.children:  # "offered aid to Armenia"
                    if c.dep_ == "prep" and c.lower_ in entry.target:
                        targets.extend(x for x in c.children if x.dep_ == "pobj")
        refs = self._refs(sources, ctx)
        tgts = self._refs(targets, ctx)
        if entry.mode in _UNDERGONE and refs and not tgts and \
                all(r.kind == "person" for r in refs) and \
                all(c.dep_ == "poss" for c in sources):  # "X's detention": X is held
            refs, tgts, sources = [], refs, []
        if refs and not tgts and not entry.symmetric and "of" not in entry.source and \
                any(c.dep_ in ("poss", "compound", "amod", "nmod") for c in sources):
            tgts = self._of_object(f, refs, ctx)  # "Russia's invasion of Ukraine"
        if entry.symmetric and not refs and len(tgts) < 2:
            tgts = self._between(f, ctx) or tgts
        if (entry.symmetric or entry.type in _MUTUAL) and len(refs) == 1 and not tgts:
            tgts = self._hyphen_partner(sources, refs[0], ctx)  # "India-China cooperation"
        if refs and not tgts:  # "landed in China on a two-day visit"
            own = {_side_of(r) for r in refs}
            tgts = [r for r in self._refs(_arrived_in(n, entry) or _flown_to(n), ctx)
                    if _side_of(r) not in own]
        if entry.symmetric and not refs and len(tgts) >= 2 and \
                any(c.lower_ in ("between", "among") for t in f.tokens for c in t.children):
            refs, tgts = tgts[:1], tgts[1:]  # "talks between A and B"
        f.sources = refs
        f.agentless = not sources
        f.loose_doer = bool(sources) and (carried or all(
            c.dep_ in ("compound", "amod", "nmod") for c in sources))
        f.targets = [r for r in tgts if _key(r) not in {_key(s) for s in refs}]
        own = {_side_of(r) for r in refs}
        if refs and _is_measure(entry) and all(_side_of(r) in own for r in f.targets):
            # (as of a verb: "Russia's ban on flights to Georgia" falls on Georgia)
            f.targets = self._measure_targets(f, targets, ctx) or f.targets

    def _hyphen_partner(self, modifiers: list[Any], ref: ActorRef, ctx: _Context
                        ) -> list[ActorRef]:
        """The other state of a pair written as one hyphened modifier of a joint act
        ("Kazakhstan-Kyrgyzstan relations", "Kazakh-Kyrgyz talks": the parser hangs the
        first name on the second): the pair's two states do it together."""
        for y in modifiers:
            for x in y.children:
                m = ctx.token_mention.get(x.i)
                if x.dep_ not in ("compound", "amod", "npadvmod") or x.i + 2 != y.i or \
                        y.doc[x.i + 1].text not in _HYPHENS or m is None or m.form == "place":
                    continue
                other = self._ref_of_mention(m, ctx)
                if other is not None and other.kind == "country" and \
                        _side_of(other) != _side_of(ref):
                    return [other]
        return []

    def _between(self, f: _Found, ctx: _Context) -> list[ActorRef]:
        """The actors a joint act's "between" phrase names where the parser did not join them
        as "A and B" ("talks between Kazakh Foreign Minister Ivan Petrov and Kyrgyz Foreign
        Minister Ruslan Kazakbaev" read as one name modifying the other, or the second
        left out of the phrase: :func:`between_words`): every actor mentioned in the phrase,
        when they are at least two of different sides, else none."""
        out: list[ActorRef] = []
        for prep in (c for t in f.tokens for c in t.children if c.lower_ in ("between", "among")):
            for x in between_words(prep):
                m = ctx.token_mention.get(x.i)
                ref = self._ref_of_mention(m, ctx) if m is not None and m.form != "place" \
                    else None
                if ref is not None and all(_side_of(ref) != _side_of(o) for o in out):
                    out.append(ref)
        return out if len(out) >= 2 else []

    def _of_object(self, f: _Found, refs: list[ActorRef], ctx: _Context) -> list[ActorRef]:
        """The target of an act noun whose doer its possessor or modifier names: the object of
        its "of" phrase, as of the verb it is made from ("Russia's invasion of Ukraine", "the
        Russian occupation of Georgia"). Without a doer so named, "of" may name the doer ("the
        visit of Putin"), and the entry's own prepositions decide."""
        sides = {_side_of(r) for r in refs}
        objects = [x for t in f.tokens for c in t.children if c.dep_ == "prep" and
                   c.lower_ == "of" for x in c.children if x.dep_ == "pobj"]
        return [r for r in self._refs(objects, ctx) if _side_of(r) not in sides]

    def _carrier_subject(self, n: Any, ctx: _Context, entry: Entry) -> list[Any]:
        """The subject of the verb that carries a noun ("held talks", "offered aid", "In a
        meeting with X, Y discussed"), or the possessor of the noun it depends on."""
        head = n.head
        if _names_process(n):  # "completed disengagement efforts": as "completed
            n, head = head, head.head  # disengagement"
        if n.dep_ == "pobj" and head.lower_ in ("in", "of") and \
                head.head.lower_ in _QUANTITY:  # "€270 million in investments"
            n, head = head.head, head.head.head
        if entry.type == "PROTEST" and _token_of_protest(n) and head.lower_ == "of":
            n, head = head.head, head.head.head  # "as a mark of protest": as "in protest"
        if n.dep_ in ("dobj", "attr", "oprd") and head.pos_ in ("VERB", "AUX") and \
                head.lemma_.lower() not in _EVALUATIVE:
            return self._subject_of(head, ctx)
        if n.dep_ == "pobj" and head.dep_ == "prep":
            gov = head.head
            if gov.pos_ in ("VERB", "AUX") and entry.type == "CONSULT" and \
                    (head.lower_ in ("in", "at", "during", "after") or
                     head.lower_ in ("on", "for") and gov.lemma_.lower() in _GOING):
                return self._subject_of(gov, ctx)  # "arrived for talks", "is on a visit"
            if gov.pos_ in ("VERB", "AUX") and entry.type == "PROTEST" and \
                    _token_of_protest(n) and gov.tag_ != "VBN":  # "gathered in protest
                return self._subject_of(gov, ctx)  # against X", "withdrew as a protest
                # against X": the subject protests by what it does (not "as the protests
                # spread", a clause's subject)
            if gov.pos_ in ("VERB", "AUX") and entry.reciprocal and \
                    head.lower_ in ("in", "during"):  # "were wounded in a clash with X"
                undergo = _passive_subjects(gov)
                return undergo if undergo or gov.tag_ == "VBN" else self._subject_of(gov, ctx)
            if gov.pos_ in ("VERB", "AUX") and head.lower_ == "for" and \
                    gov.lemma_.lower() in _INTENT_VERBS:  # "waiting for Pashinyan's visit"
                return []
            if gov.pos_ == "NOUN" and head.lower_ in ("for", "to", "of") and \
                    gov.lemma_.lower() not in _STANCE_NOUNS:
                return [c for c in gov.children if c.dep_ == "poss"]
            if entry.type == "CONSULT" and gov.dep_ in ("nsubj", "nsubjpass") and \
                    head.lower_ in ("in", "at", "during"):  # "X and Y, in their summit, ..."
                return [gov]  # (the parser hangs the phrase on the subject it follows)
        if n.dep_ == "conj" and head.pos_ == "NOUN":
            return [c for c in head.children if c.dep_ == "poss"]
        return []

    # -- actors of tokens -----------------------------------------------------------------
    def _refs(self, tokens: list[Any], ctx: _Context) -> list[ActorRef]:
        out: list[ActorRef] = []
        for tok in tokens:
            for t in [tok, *_conjuncts(tok)]:
                for ref in self._token_refs(t, ctx):
                    if all(_key(ref) != _key(o) for o in out):
                        out.append(ref)
        return out

    def _token_refs(self, t: Any, ctx: _Context) -> list[ActorRef]:
        if t.i + 1 < len(t.doc) and t.doc[t.i + 1].text in _DASHES and \
                t.i <= t.sent.start + 1 or _in_dateline(t):
            # a dateline: "Russia -- Russian President Vladimir Putin meets ...", "TBILISI,
            # Georgia — President Putin ordered ...": the place names no one; the subject the
            # parser hung on it past the dash does ("MOSCOW (AP) — Putin on Wednesday ...")
            return [r for c in t.children if c.dep_ == "appos" and c.i > t.i + 1 and
                    not _in_dateline(c) for r in self._token_refs(c, ctx)]
        m = ctx.token_mention.get(t.i)
        if m is not None:
            ref = self._ref_of_mention(m, ctx)
            return [ref, *self._coordinated_modifiers(t, m, ctx)] if ref else []
        anaphor = self._anaphor(t, ctx)
        if anaphor is not None:
            return anaphor
        part = self._named_part(t, ctx) if t.lower_ in _PART_NOUNS else []
        if part:
            return part
        if t.lower_ in _PART_NOUNS and any(c.lower_ in _BREAKAWAY for c in t.children):
            held = self._breakaway(t, ctx)
            if held is not None:
                return held
        for c in t.children:  # "two Brazilian men", "the Armenian government's plan"
            if c.dep_ == "poss" and t.lemma_.lower() in _RELATIONAL:
                return []  # "India's western neighbour" is not India
            if c.dep_ == "poss" and c.i < t.i and c.i not in ctx.token_mention:
                owner = self._possessive_owner(c, t, ctx)  # "its troops", "the two
                if owner is not None:  # countries' troops"
                    return owner
            if c.dep_ in ("poss", "amod", "compound", "nmod", "npadvmod") and c.i < t.i:
                if c.lower_ in _FIRST_PERSON and (t.lower_ in self.agents or
                                                  t.lower_ in _TERRITORY):
                    # "'... occupies our territory,' the president said": the speaker's state
                    return self._quoted_speaker(c, c.lower_ in _FIRST_PERSON_PLURAL, ctx) or []
                for x in (c, *(g for g in c.children if g.dep_ in ("npadvmod", "compound",
                                                                     "amod"))):
                    m = ctx.token_mention.get(x.i)  # "Armenian", "Russia-dominated"
                    if m is not None and m.form != "place":
                        ref = self._ref_of_mention(m, ctx)
                        return [ref, *self._coordinated_modifiers(t, m, ctx)] if ref else []
                    if x.ent_type_ == "TL_KB" and x.i != t.i:
                        found = self._kb_country(x)
                        if found:
                            return found
            if c.dep_ == "appos" and c.i in ctx.token_mention and \
                    c.i < _subject_end(t):  # "the Organisation (CSTO)"
                ref = self._ref_of_mention(ctx.token_mention[c.i], ctx)
                if ref:
                    return [ref]
            if c.dep_ == "prep" and c.lower_ == "in" and t.lower_ in _SEATED_BODIES:
                seat = self._seat_of(t, c, ctx)  # "a court in Baku", "the authorities in
                if seat:  # Tskhinvali": the bodies that sit there are its state's
                    return seat
            if c.dep_ == "prep" and c.lower_ == "including" and \
                    (self._names_people(t) or t.lower_ in _MEMBERS_OF):
                members = self._refs([x for x in c.children if x.dep_ == "pobj"], ctx)
                if members:  # "officials, including the president and the US embassy":
                    return members  # those named are among them (round 15)
            if c.dep_ == "prep" and c.lower_ in ("of", "from"):
                pair = self._pair_of_agents(t, c, ctx)  # "troops from both sides"
                if pair:
                    return pair
            if c.dep_ == "prep" and c.lower_ == "of":  # "the government of Armenia"
                for x in c.children:
                    m = ctx.token_mention.get(x.i)
                    if x.dep_ == "pobj" and m is not None:
                        ref = self._ref_of_mention(m, ctx)
                        return [ref, *self._of_conjuncts(x, ctx)] if ref else []
                    if x.dep_ == "pobj" and (t.pos_ == "NUM" or t.lower_ in _PARTS):
                        return self._token_refs(x, ctx)  # "20 of its soldiers": theirs
                    if x.dep_ == "pobj" and self._names_people(t) and self._owned_by(x, ctx):
                        owner = [r for r in self._token_refs(x, ctx) if r.country]
                        if owner:  # "the commander of the PLA unit": the PLA's
                            return owner
        if t.ent_type_ == "TL_KB":  # a KB word the resolver left aside ("Russian-brokered")
            return self._kb_country(t)
        if t.ent_type_ in ("PERSON", "ORG") and t.pos_ == "PROPN":
            return self._unknown_entity(t)
        return []

    def _named_part(self, t: Any, ctx: _Context) -> list[ActorRef]:
        """The actors a part of a state's "of" phrase names, when the knowledge base knows them
        as actors of their own: "recognised the Georgian regions of Abkhazia and South Ossetia
        as independent" recognised those two, not Georgia, which its adjective names (a part
        the base does not know, "the Ukrainian region of Kherson", leaves the adjective's
        state; a known place of that state, "the Indian state of Sikkim", is that state)."""
        out: list[ActorRef] = []
        for c in t.children:
            if c.dep_ != "prep" or c.lower_ != "of":
                continue
            for x in c.children:
                if x.dep_ != "pobj":
                    continue
                for y in (x, *_conjuncts(x)):
                    m = ctx.token_mention.get(y.i)
                    ref = self._ref_of_mention(m, ctx) if m is not None else None
                    if ref is not None and all(_key(ref) != _key(o) for o in out):
                        out.append(ref)
        return out

    def _breakaway(self, t: Any, ctx: _Context) -> list[ActorRef] | None:
        """The entity a state's breakaway part *t* names ("Georgia's breakaway region",
        "Moldova's separatist republic"): never the state its modifier names, which does not
        hold it; the one entity the knowledge base says that state claims (``claimed_by``)
        when the article names one and only one, else none. None when no state is named
        before it ("another breakaway region, Abkhazia": read as any noun)."""
        states = {r.country for c in t.children if c.i < t.i and c.lower_ not in _BREAKAWAY
                  and c.dep_ in ("poss", "compound", "amod", "nmod")
                  for r in self._token_refs(c, ctx) if r.country}
        if not states:
            return None
        claimed = {part for m in ctx.mentions for part in (m.actor_id, m.country)
                   if part is not None and self.kb.claimed.get(part) in states}
        if len(claimed) != 1:
            return []
        entity = self.kb.actors.get(claimed.pop())  # (named, or its people's or towns' state)
        return [ActorRef(entity.id, entity.name, entity.country, None, "country")] \
            if entity is not None else []

    def _seat_of(self, t: Any, prep: Any, ctx: _Context) -> list[ActorRef]:
        """The state whose place the "in" phrase *prep* of the body *t* names ("a court in
        Baku", "the authorities in Tskhinvali"): a court, a government or its authorities
        sit in their own state's towns, so the place names whose they are (troops, envoys
        and embassies do not: they are often another state's)."""
        for x in prep.children:
            m = ctx.token_mention.get(x.i)
            if x.dep_ == "pobj" and m is not None and m.form == "place":
                ref = self._ref_of_mention(m, ctx)
                return [replace(ref, sector=self.agents.get(t.lower_))] if ref else []
        return []

    def _names_people(self, t: Any) -> bool:
        """Whether the noun *t* names people who act for a body or state (a role's agent
        noun, or a title held in one: "commander", "members", "head"), whose "of" phrase
        then says whose they are."""
        word, lemma = t.lower_, t.lemma_.lower()
        return word in self.agents or f"{lemma}s" in self.agents or lemma in _OFFICE_NOUNS

    def _owned_by(self, x: Any, ctx: _Context) -> bool:
        """Whether the noun *x* names an actor by itself or by a word before it ("the PLA
        unit", "the Kyrgyz border unit", "both sides"), not only through a phrase after it
        ("the United Bus Company of Tehran": a company, whoever's city it is in)."""
        if any(y.i in ctx.token_mention and ctx.token_mention[y.i].form != "place"
               for y in x.subtree if y.i <= x.i):
            return True
        return x.lower_ in _PAIR_NOUNS or x.lower_ in _THING_PRONOUNS

    def _pair_of_agents(self, t: Any, prep: Any, ctx: _Context) -> list[ActorRef]:
        """The two sides a state's people or bodies *t* are "of" or "from" when the phrase is
        a pair noun ("troops from both sides", "the soldiers of the two countries"): the
        pair named before, as "the two countries' troops" is."""
        compound = next((c.lower_ for c in t.children if c.dep_ == "compound"), "")
        if t.lower_ not in self.agents and f"{compound} {t.lower_}" not in self.agents:
            return []
        for x in prep.children:
            if x.dep_ == "pobj" and x.lower_ in _PAIR_NOUNS:
                pair = self._anaphor(x, ctx)
                if pair is not None and len(pair) == 2:
                    return pair
        return []

    def _possessive_owner(self, poss: Any, t: Any, ctx: _Context) -> list[ActorRef] | None:
        """Whose people a possessive pronoun or pair noun says *t* are, where *t* names a
        state's people or bodies (kb roles' agent nouns): "the two countries' troops" are both
        states' (the pair named before); "its soldiers" the state "its" points back to, but
        only to an actor named before the clause of *t*: one its clause names ("Russia
        withdrew its troops", "China killed 20 of its soldiers") is read no further (the doer's
        own or another's: the pronoun cannot tell)."""
        compound = next((c.lower_ for c in t.children if c.dep_ == "compound"), "")
        if t.lower_ not in self.agents and f"{compound} {t.lower_}" not in self.agents:
            return None
        if poss.lower_ in _PAIR_NOUNS:
            pair = self._anaphor(poss, ctx)
            return pair if pair is not None and len(pair) == 2 else None
        if poss.lower_ != "its":
            return None
        clause = _clause_verb(t)
        start = clause.left_edge.idx if clause is not None else t.sent.start_char
        k = bisect_left(ctx.mention_starts, start)
        for m in ctx.mentions[k:bisect_left(ctx.mention_starts, poss.idx)]:
            if m.form != "place":
                return None  # (an actor inside the clause: its doer, or the one "its" means)
        return self._anaphor(poss, ctx)

    def _coordinated_modifiers(self, t: Any, first: Mention, ctx: _Context) -> list[ActorRef]:
        """The other actors of coordinated modifiers of one noun: "the Indian and Chinese
        troops", "the Ossetian and Russian sides" are both countries' troops and sides."""
        out: list[ActorRef] = []
        for c in t.children:
            if c.dep_ not in ("amod", "compound", "nmod") or c.i > t.i:
                continue
            for x in (y for y in c.subtree if y.dep_ == "conj" and _conj_root(y).i == c.i):
                k = bisect_left(ctx.mention_starts, x.idx)  # (the first one's span may
                m = ctx.mentions[k] if k < len(ctx.mentions) and \
                    ctx.mention_starts[k] == x.idx else None  # run over "Chinese troops")
                if m is None or m is first or m.form == "place":
                    continue
                ref = self._ref_of_mention(m, ctx)
                if ref is not None and _key(ref) not in {_key(r) for r in out}:
                    out.append(ref)
        return out

    def _of_conjuncts(self, x: Any, ctx: _Context) -> list[ActorRef]:
        """The other actors joined to the object of "of": "commanders of India and China",
        "the foreign ministers of Peru and Chile" are both states' (each a stated side)."""
        out: list[ActorRef] = []
        for y in _conjuncts(x):
            m = ctx.token_mention.get(y.i)
            ref = self._ref_of_mention(m, ctx) if m is not None and m.form != "place" else None
            if ref is not None and _key(ref) not in {_key(r) for r in out}:
                out.append(ref)
        return out

    @staticmethod
    def _unknown_entity(t: Any) -> list[ActorRef]:
        """A person or organisation the knowledge base lacks ("Askar Akayev"): kept by name,
        without an id, so the event is not lost."""
        ent = _entity_of(t)
        if ent is None or t.doc[ent.start].is_lower:
            return []
        words = [t for t in ent if not t.is_punct and not nonacts.bracket_token(t.text)]
        if not words or t.doc[words[0].i].is_lower:
            return []  # ("-RRB- pressed BP": a tokenised bracket names no one)
        if nonacts.names_an_occasion([t.text for t in words]):
            return []  # "The Chennai Summit will provide an opportunity": no actor
        kind = "person" if t.ent_type_ == "PERSON" else "organization"
        return [ActorRef(None, t.doc[words[0].i:words[-1].i + 1].text, None, None, kind)]

    def _kb_country(self, t: Any) -> list[ActorRef]:
        for form in self.forms.get(t.text, []):
            actor = self.kb.actors[form.actor_id]
            if actor.kind == "country" and form.form in ("demonym", "name"):
                return [ActorRef(actor.id, actor.name, actor.country, None, actor.kind)]
        return []

    def _ref_of_mention(self, m: Mention, ctx: _Context) -> ActorRef | None:
        actor = self._actor(m.actor_id, ctx) if m.actor_id else None
        if actor is not None:
            sector = m.sector if actor.kind == "country" else actor.sector
            basis: SideBasis = "learned" if actor.id not in self.kb.actors else "stated"
            return ActorRef(actor.id, actor.name, actor.country, sector, actor.kind, basis)
        if m.country:  # a place acting for its state, or an office whose holder is unknown
            country = self.kb.actors.get(m.country)
            if country is None:
                return None
            if m.form == "place":
                return ActorRef(country.id, country.name, country.country, None, "country")
            return ActorRef(country.id, m.text, country.country, m.sector, "country")
        return None

    def _actor(self, actor_id: str, ctx: _Context) -> Any:
        found = self.kb.actors.get(actor_id)
        if found is None:
            found = ctx.learned.get(actor_id)
        return found

    def _anaphor(self, t: Any, ctx: _Context) -> list[ActorRef] | None:
        word = t.lower_
        if word in _FIRST_PERSON:
            return self._quoted_speaker(t, word in _FIRST_PERSON_PLURAL, ctx)
        if word in ADDRESSED:  # ("'We will work with you,' Modi told Xi")
            return quoted_addressee(t, lambda toks: self._refs(toks, ctx))
        if word in GROUP_PRONOUNS:  # ("they": the joint speakers of what it is said in)
            return (self._joint_speakers(t, ctx) if word == "they" else None) or \
                group_named_before(t, lambda toks: self._refs(toks, ctx))
        if word in _PERSON_PRONOUNS | _THING_PRONOUNS:
            said = self._said_by(t, ctx)
            if said is not None:
                return said
        if word in _PERSON_PRONOUNS:
            return self._prior(ctx, t.idx, {"person"}, 1)
        if word in _THING_PRONOUNS:
            return self._prior(ctx, t.idx, {"country", "organization", "group"}, 1)
        det = next((c.lower_ for c in t.children if c.dep_ in ("det", "nummod", "predet")), "")
        if det in ("the", "this", "that") and word in _COUNTRY_NOUNS and not any(
                c.dep_ == "prep" and c.lower_ == "of" and
                any(g.i in ctx.token_mention for g in c.children) for c in t.children):
            # (its own "of" says which: "the former Soviet republic of Georgia" is no
            # anaphor; "the state of Louisiana", a part the base does not know, still is)
            return self._prior(ctx, t.idx, {"country"}, 1)
        owner = next((c for c in t.children if c.dep_ == "poss"), None)
        if owner is not None and word in _COUNTRY_NOUNS and owner.lower_ in ("his", "her"):
            person = self._prior(ctx, t.idx, {"person"}, 1)  # "his country"
            if person and person[0].country and person[0].country in self.kb.actors:
                c = self.kb.actors[person[0].country]
                return [ActorRef(c.id, c.name, c.country, None, c.kind)]
        if det == "the" and word in _NAMED_BODIES:  # ("the council", round 15)
            return self._named_body(t, ctx)
        if det in ("the", "this", "that") and word in _ORG_NOUNS:
            return self._prior(ctx, t.idx, {"organization", "group"}, 1)
        if det == "the" and word in _GOVERNMENT_NOUNS and \
                not any(c.dep_ in ("amod", "compound", "poss") for c in t.children):
            return self._state_of(t, ctx) or \
                self._prior(ctx, t.idx, {"country"}, 1, sector="GOV")  # "the ministry"
        if word in _PAIR_NOUNS and det in ("two", "both") or \
                (word in _PAIR_NOUNS and any(c.lower_ == "two" for c in t.children)):
            kind = _PAIR_NOUNS[word]
            if kind != "any":
                return self._prior(ctx, t.idx, {kind}, 2)
            return self._prior(ctx, t.idx, {"country"}, 2) or \
                self._prior(ctx, t.idx, {"person"}, 2)
        return None

    def _named_body(self, t: Any, ctx: _Context) -> list[ActorRef] | None:
        """The body a bare "the council" or "the commission" (*t*) points back to: the latest
        organisation named before it whose name holds that noun ("the European Council ...
        the council granted"); None where none is (a council the text never named, or one
        described: "the city council")."""
        if any(c.dep_ in ("amod", "compound", "nmod", "poss") for c in t.children):
            return None
        k = bisect_right(ctx.mention_starts, t.idx)
        for m in reversed(ctx.mentions[max(0, k - 40):k]):
            ref = self._ref_of_mention(m, ctx)
            if ref is not None and ref.kind == "organization" and \
                    t.lower_ in ref.name.lower().split():
                return [ref]
        return None

    def _said_by(self, t: Any, ctx: _Context) -> list[ActorRef] | None:
        """Who the pronoun *t* is as the subject (or its possessor) of what a named speaker
        says: the speaker ("BP said it will donate", "Mubarak said he would ask his government
        to resign"), kept by name where the knowledge base lacks them, rather than an actor
        named before; None for a pronoun of another kind than the speaker's ("Mubarak said it
        would") or outside such a clause."""
        if t.dep_ not in ("nsubj", "nsubjpass", "poss"):
            return None
        clause = t
        for _ in range(4):  # (up to the said clause, past no other subject's verb)
            clause = clause.head
            if clause.dep_ == "ccomp" and clause.head.lemma_.lower() in _SAYING or \
                    any(c.dep_ in _SUBJ and c.i != t.i and c.pos_ != "PRON"
                        for c in clause.children):
                break
        if clause.dep_ != "ccomp" or clause.head.lemma_.lower() not in _SAYING or \
                any(c.dep_ in _SUBJ and c.i != t.i and c.pos_ != "PRON" for c in clause.children):
            return None
        speaker = [c for c in clause.head.children if c.dep_ == "nsubj"]
        if len(speaker) == 1 and speaker[0].lower_ in _RELATIVE and \
                clause.head.dep_ == "relcl":  # "Landry, a fisherman who said he had ...":
            noun = clause.head.head  # the one the relative clause is about
            speaker = [noun.head if noun.dep_ == "appos" else noun]
        if len(speaker) != 1 or speaker[0].pos_ != "PROPN":
            return None
        person = t.lower_ in _PERSON_PRONOUNS
        refs = self._refs(speaker, ctx)
        if refs:
            return refs if all((r.kind == "person") == person for r in refs) else None
        label = "PERSON" if person else "ORG"
        return self._unknown_entity(speaker[0]) if speaker[0].ent_type_ == label else None

    def _joint_speakers(self, t: Any, ctx: _Context) -> list[ActorRef] | None:
        """Who "they" is as the subject of what a coordinated subject of two sides or more
        says ("the Kazakh army and the Kyrgyz army announced that they had begun to
        disengage", "Kazakh and Kyrgyz officials said they would"): those sides. None for
        any other "they" (another clause's, or one side's: "China said they would leave")."""
        clause = t.head
        if t.dep_ not in _SUBJ or clause.dep_ != "ccomp" or \
                clause.head.lemma_.lower() not in _SAYING:
            return None
        said_by = [c for c in clause.head.children if c.dep_ == "nsubj"]
        refs = self._refs(said_by, ctx) if len(said_by) == 1 else []
        return refs if len({_side_of(r) for r in refs}) >= 2 else None

    def _state_of(self, t: Any, ctx: _Context) -> list[ActorRef] | None:
        """The state a government body's "of" phrases name ("the Ministry of Foreign Affairs
        of Ukraine"), as that state's government."""
        node = t
        for _ in range(3):
            obj = next((x for c in node.children if c.dep_ == "prep" and c.lower_ == "of"
                        for x in c.children if x.dep_ == "pobj"), None)
            if obj is None:
                return None
            m = ctx.token_mention.get(obj.i)
            ref = self._ref_of_mention(m, ctx) if m is not None else None
            if ref is not None and ref.kind == "country":
                return [replace(ref, sector="GOV")]
            node = obj
        return None

    def _quoted_speaker(self, t: Any, plural: bool, ctx: _Context) -> list[ActorRef] | None:
        """Who "I" or "we" is inside a direct quote: the speaker the same sentence names
        outside the quote ("'We reject this,' Peskov said"). "We" of a government's or an
        army's person is their state ("our territory", said by a president); of anyone else,
        the speaker. None where the sentence names no speaker (a quote told over several
        sentences, a quote with its speaker left out)."""
        sent = t.sent
        quotes = [(q.start() + sent.start_char, q.end() + sent.start_char)
                  for q in _QUOTES.finditer(sent.text)]
        if any(a <= t.idx < b for a, b in quotes):
            found = self._speaker_in(sent, quotes, ctx)
            if found is None:  # a quote told over several sentences: its other sentences
                found = self._speaker_around(t, ctx)
        else:
            found = self._speaker_around(t, ctx)
        if found is None:
            return None
        if plural and found.kind == "person" and found.sector in ("GOV", "MIL"):
            found = replace(self._as_side(found), sector="GOV")
        return [replace(found, basis="inferred-clause")]

    def _speaker_in(self, sent: Any, quotes: list[tuple[int, int]],
                    ctx: _Context) -> ActorRef | None:
        """The one speaker a sentence names outside its *quotes* as the subject of a verb of
        saying ("..., Peskov said"), or points to with "he"/"she" (the person named last)."""
        for v in sent:
            if v.pos_ != "VERB" or v.lemma_.lower() not in _SPEAKING or \
                    any(a <= v.idx < b for a, b in quotes):
                continue
            subjects = [c for c in v.children if c.dep_ == "nsubj"]
            if subjects and subjects[0].lower_ in ("he", "she"):
                person = self._prior(ctx, subjects[0].idx, {"person"}, 1)
                return person[0] if person else None
            speaker = self._refs([c for c in subjects if c.pos_ != "PRON"], ctx)
            if len(speaker) == 1:
                return speaker[0]
        return None

    def _speaker_around(self, t: Any, ctx: _Context) -> ActorRef | None:
        """The speaker of a quote that runs over several sentences of one paragraph ("We are
        ready. We will work with India," Lin said.): the one its sentences name outside it."""
        span = _quote_at(t.idx, ctx)
        if span is None:
            return None
        for s in ctx.doc.char_span(span[0], span[1], alignment_mode="expand").sents:
            found = self._speaker_in(s, [span], ctx)
            if found is not None and (found.id or found.country):
                return found  # (a name the knowledge base cannot place says too little here)
        return self._speaker_after(span, ctx)

    def _speaker_after(self, span: tuple[int, int], ctx: _Context) -> ActorRef | None:
        """The speaker a quote that closes on a comma leaves to the next line ("... the
        concern of the law enforcement agencies",↵ Peskov said.): a sentence of saying that
        begins right after it, the comma's clause being its object."""
        text = ctx.article.text
        after = span[1]
        if text[after:after + 1] != "," and text[after - 2:after - 1] != ",":
            return None  # (a quote ending on a full stop is a whole statement)
        after += 1 if text[after:after + 1] == "," else 0
        rest = text[after:after + 200]
        start = after + len(rest) - len(rest.lstrip())
        tokens = ctx.doc.char_span(start, min(start + 1, len(text)), alignment_mode="expand")
        if tokens is None or not len(tokens) or tokens[0].sent.start != tokens[0].i:
            return None
        found = self._speaker_in(tokens[0].sent, [span], ctx)
        return found if found is not None and (found.id or found.country) else None

    def _prior(self, ctx: _Context, before: int, kinds: set[str], n: int,
               sector: str | None = None) -> list[ActorRef] | None:
        """The *n* nearest distinct actors of *kinds* (and *sector*, if given: a state's
        government) mentioned before offset *before*, grammatical subjects first."""
        k = bisect_right(ctx.mention_starts, before)
        candidates: list[tuple[Mention, ActorRef]] = []
        for m in reversed(ctx.mentions[max(0, k - 40):k]):
            ref = self._ref_of_mention(m, ctx)
            kind = "person" if m.form == "title" and m.role and ref is not None else \
                ref.kind if ref is not None else None  # an office stands for its holder
            if ref is None or kind not in kinds or m.form == "place" or \
                    sector is not None and (m.sector != sector or m.form != "agent"):
                continue
            candidates.append((m, ref))
        if not candidates:
            return None
        out: list[ActorRef] = []
        if n == 1:
            subject = next((r for m, r in candidates[:6] if m.start in ctx.subjects), None)
            return [subject or candidates[0][1]]
        for m, ref in candidates[:12]:  # "the two countries": the pair that acted, first
            if m.start in ctx.subjects and all(_side_of(ref) != _side_of(o) for o in out):
                out.append(ref)
            if len(out) == n:
                return out
        if kinds == {"country"}:  # else the two states the article has named most so far
            return _most_named(candidates, n)
        out = []
        for _, ref in candidates:
            if all(ref.id != o.id for o in out):
                out.append(ref)
            if len(out) == n:
                return out
        return None

    # -- status, dates, evidence ----------------------------------------------------------
    def _status(self, f: _Found, sent: Any, ctx: _Context
                ) -> tuple[EventStatus, tuple[str, ...]]:
        chain = self._attribution(f, sent, ctx)
        t = f.trigger
        clause = f.clause
        governed = _governors(t) + ([clause] if clause is not None else [])
        own = {t.i, *(c.i for c in mood.coordinates(t))}
        done = len(f.tokens) == 1 and (mood.told_done(t) or mood.presupposed(t))  # "after a
        # clash that left 20 dead", "did not condemn the attack": told or taken as done,
        # whatever governs it (not "to end the clash", whose act is the ending)
        if f.negated or not done and any(mood.denies(g, g.i in own) and
                                         not mood.beyond_the_scene(t, g) for g in governed) \
                or any(c.lower_ == "no" and c.dep_ == "det" for c in t.children):
            return "negated", chain
        accuser = _accuser(f.clause if f.clause is not None else t)
        if accuser is None:
            accuser = _blamer(t)
        if accuser is not None:  # "X accused Y of occupying Z": X's claim, not a report
            return "claimed", (accuser, *chain)
        if done:  # (its own clause tells it took place: no wish or modal above reaches it)
            return ("claimed" if chain else "reported"), chain
        threat = _threatened(f)  # (a threat's "would"/"may"/"if" are what it threatens)
        if not threat and mood.conditioned(t, _governors(t)):
            return "hypothetical", chain  # "on condition that X withdraws": set, not planned
        if not threat and self._planned(f):
            return "planned", chain
        if chain and not (not threat and _forecast(f)):
            return "claimed", chain  # ("flights may resume, according to X": X's forecast,
        if not threat and self._hypothetical(f):  # not a report of flights resumed)
            return "hypothetical", chain
        return "reported", chain

    def _planned(self, f: _Found) -> bool:
        t = f.trigger
        if f.entry.type == "PROTEST" and _token_of_protest(t):
            return False  # "has decided to withdraw its team as a protest against X": the
            # decision told is the stance taken, whenever the team leaves
        if f.entry.pos == "verb" and t.lemma_.lower() in _PROMISE and len(f.tokens) > 1:
            return True  # "offered military assistance": the aid is offered, not yet given
        if f.entry.pos == "noun" and any(c.lower_ in _PLANNED_MODIFIERS for c in t.children) \
                and not f.entry.id.endswith(_TURNED):
            return True  # (the planned talks cancelled: the cancelling is done, not planned)
        if t.dep_ == "nsubj" and any(c.dep_ == "aux" and c.tag_ == "TO" for c in t.head.children):
            return True  # "waiting for Pashinyan's visit to take place": not yet happened
        if mood.ahead_to_occur(t):
            return True  # "the talks will take place in June"
        chain = _governors(t)
        for below, node in zip([None, *chain], chain, strict=False):
            if any(c.dep_ == "aux" and c.lower_ in _FUTURE_AUX | {"would", "'d"}
                   for c in node.children):
                return True
            if _headline_infinitive(node):
                return True  # a headline's "Putin to visit Georgia": what is to come
            enacts = below is not None and (  # "Putin orders the suspension of flights":
                mood.enacted(below, node) or mood.purposed(below, node))  # the order is it;
            if node.i != t.i and not enacts and (  # "the ban was intended to protect X"
                    node.lemma_.lower() in _INTENT_VERBS or _asking(node)) and \
                    not mood.beyond_the_scene(t, node):  # ("sought to ease tensions after
                return True  # a clash": the clash sets the seeking's scene; what X is called
                # on to do is not done yet)
            if _asked_for(node) and not mood.enacted(node, node.head) or \
                    mood.time_called(node):  # ("it is high time that Russia withdrew")
                return True  # "told Georgia to withdraw", "demanded that Georgia withdraw"
            if any(c.dep_ == "mark" and c.lower_ == "for" for c in node.children) and \
                    any(c.dep_ == "aux" and c.tag_ == "TO" for c in node.children):
                return True  # "its call for India to withdraw": wanted, not done
            if node.i != t.i and node.pos_ == "NOUN" and node.lower_ in _INTENT_NOUNS:
                return True
            if node.i != t.i and _wish_noun_phrase(node, t):
                return True  # "expressed interest in joining X" ("in" hung on the verb)
            if node.i != t.i and mood.desires(node):
                return True  # "while wishing to join the Union State"
        if f.entry.id.endswith(_TURNED):
            return False  # ("refused a request to hand over the body": the refusal is done)
        return mood.asked_for(chain) or mood.deferred(chain) or mood.ahead(t, chain)
        # "postponed the visit", "is poised to meet", "the summit Modi is expected to attend"

    def _hypothetical(self, f: _Found) -> bool:
        t = f.trigger
        if any(c.lower_ in _HYPOTHETICAL_MODIFIERS for c in t.children):
            return True
        climbed = ("advcl", "ccomp", "conj", "relcl")
        verb = mood.occurring(t)  # "a meeting should take place": the verb's mood is its
        for node in [t, *_governors(verb, also=climbed)] if verb is not None else \
                _governors(t, also=climbed):
            if any(c.dep_ == "aux" and c.lower_ in _HYPOTHETICAL_AUX for c in node.children) \
                    and not _only_possible(node):
                return True
            if any(c.dep_ == "mark" and c.lower_ in _HYPOTHETICAL_MARK for c in node.children):
                return True
            if node.i != t.i and (node.lemma_.lower() in _HYPOTHETICAL_VERBS or
                                  mood.likely(node)):
                return True  # ("is likely to resume flights")
            if mood.said_apart(node) or mood.gives_reason(node):
                break  # '"Trust should remain the basis," Modi said during the meeting';
                # "since X insulted Putin, the country should be held accountable"
        return mood.possible(_governors(t))  # "raised the possibility of banning wine"

    def _attribution(self, f: _Found, sent: Any, ctx: _Context) -> tuple[str, ...]:
        """The chain of sources the sentence attributes the event to, nearest first."""
        outlet = ctx.article.outlet
        chain: list[str] = []
        for link in ctx.article.citations:
            if link.start <= sent.start_char < link.end or sent.start_char <= link.start < \
                    sent.end_char:
                chain.append(link.cited)
        if not chain:
            for t in sent:
                if t.lower_ in _CLAIM_ADVERBS:
                    chain.append(t.lower_)
                    break
                if t.lemma_.lower() in _REPORTING and t.pos_ == "VERB" and \
                        any(x.i == f.trigger.i for x in t.subtree):
                    subj = [c for c in t.children if c.dep_ == "nsubj"]
                    said_by = ctx.token_mention.get(subj[0].i) if subj else None
                    if subj and subj[0].lower_ in _MEDIA and (  # ("a Russian analyst said")
                            said_by is None or said_by.sector in _COMMENTING):
                        chain.append(" ".join(x.text for x in subj[0].subtree))
                        break
                if t.lower_ == "according" and t.i + 2 < len(t.doc):
                    obj = t.doc[t.i + 2]
                    if obj.i not in ctx.token_mention:
                        chain.append(" ".join(x.text for x in obj.subtree))
                        break
        if chain and outlet:
            chain.append(outlet)
        return tuple(chain)

    def _dates(self, sent: Any, found: list[_Found], ctx: _Context) -> dict[int, Any]:
        """Give each event the temporal expression that governs it: the one whose path up the
        parse reaches the event's words or clause first, or, for what a statement says, the
        one dating the statement ("said on Tuesday that ..."). A date inside a noun phrase
        that is not an event ("apologise for the 2008 war") dates that noun, not the event;
        a date past another event's clause is that event's."""
        spans: list[tuple[int, int]] = []
        for ent in _sent_ents(sent, ctx):
            if ent.label_ in ("DATE",):
                spans.append((ent.start_char, ent.end_char))
        base = sent.start_char
        for s, e in dates.find_expressions(sent.text):
            s, e = s + base, e + base
            if not any(a < e and s < b for a, b in spans):
                spans.append((s, e))
        # "the two-day summit", "a four-year ban": how long, not when (nor a date of its own)
        spans = [(s, e) for s, e in spans if not _DURATION.match(ctx.article.text[s:e])]
        out: dict[int, Any] = {}
        ctx.background = set()
        if not spans or not found:
            return out
        by_trigger: dict[int, list[_Found]] = {}
        by_clause: dict[int, list[_Found]] = {}
        for f in found:
            for tok in f.tokens:
                by_trigger.setdefault(tok.i, []).append(f)
            if f.clause is not None:
                by_clause.setdefault(f.clause.i, []).append(f)
        at_verb: dict[int, tuple[str, Any]] = {}  # the first verb each date reaches
        told: list[tuple[Any, str]] = []
        for s, e in spans:
            span = ctx.doc.char_span(s, e, alignment_mode="expand")
            phrase: str | None = ctx.article.text[s:e]
            if phrase and dates.anaphor(phrase) and \
                    dates.resolve(phrase, ctx.article.published) is None:
                phrase = _antecedent(phrase, s, ctx)  # "the next day": after which day?
            elif phrase and ctx.article.published is None and dates.yearless(phrase):
                phrase = _year_told(phrase, s, ctx)  # "On August 29": of which year?
            if span is not None and phrase:
                self._date_path(span, phrase, by_trigger, by_clause, out, at_verb,
                                ctx.article.published)
                told.append((span, phrase))
        for f in found:  # "on June 15, when troops crossed ...": a relative clause of a day
            held = _time_relative(f.clause or f.trigger)  # is at it, unless its own is told
            for span, phrase in told if held is not None and id(f) not in out else ():
                if span.start <= held.i < span.end and \
                        point_in_time(phrase, ctx.article.published)[1] == "day":
                    out[id(f)] = (phrase, held)  # (not of a month or a year: "in September
                    # 2008, when Moscow recognized ...", a period the clause is loosely in)
        for f in found:  # what a dated statement says: "Peskov said on Tuesday that ...",
            if id(f) not in out and _dated_with_clause(f):  # "issued a statement ... demanding"
                node = f.clause or f.trigger
                carrier = _reporting_head(node) or _occasion_verb(node) or \
                    _intent_head(node) or _occasion_clause(node)
                when = _time_of(carrier, at_verb) if carrier is not None else None
                held = _intent_noun_verb(node)  # "said on Monday that Russia had taken
                said = _reporting_head(held) if when is None and held is not None and \
                    carrier is not None and carrier.i == held.i else None  # the decision to
                if said is not None:  # expel ...": the statement's day
                    when, carrier = _time_of(said, at_verb), said
                if when is not None and not by_clause.get(carrier.i) and \
                        not by_trigger.get(carrier.i):
                    out[id(f)] = when
        for f in found:  # "reiterated the consensus on Monday by agreeing to ...": the
            node = f.clause or f.trigger  # means is done when the act it serves is
            means = _means_head(node) if id(f) not in out and _dated_with_clause(f) else None
            if means is not None:
                shared = [out[id(g)] for g in by_clause.get(means.i, []) +
                          by_trigger.get(means.i, []) if id(g) in out]
                when = shared[0] if shared else _time_of(means, at_verb)
                if when is not None:
                    out[id(f)] = when
        for f in found:  # "the summit ended on Saturday with both sides agreeing to ...": a
            node = f.clause or f.trigger  # "with" clause is a circumstance of its verb's act
            head = _attendant_head(node) if id(f) not in out else None
            if head is not None:
                shared = [out[id(g)] for g in by_clause.get(head.i, []) +
                          by_trigger.get(head.i, []) if id(g) in out]
                when = shared[0] if shared else _time_of(head, at_verb)
                if when is not None:
                    out[id(f)] = when
        for f in found:  # "clashes erupted on Monday when troops shelled ...": a clause of
            node = f.clause or f.trigger  # "when", "as", "while" is at its main clause's time
            held = _simultaneous_clause(node) if id(f) not in out and \
                _dated_with_clause(f) else None
            if held is not None and not _dates_inside(held, spans, ctx):
                head = held.head
                shared = [out[id(g)] for g in by_clause.get(head.i, []) +
                          by_trigger.get(head.i, []) if id(g) in out]
                when = shared[0] if shared else _time_of(head, at_verb)
                if when is not None:
                    out[id(f)] = when
        for f in found:  # "called for elections on Thursday, criticizing ...": a free adjunct
            held = _free_adjunct(f) if id(f) not in out else None  # is at its clause's time:
            if held is not None and not _dates_inside(held, spans, ctx):  # the verb's own
                own = [out[id(g)] for g in by_trigger.get(held.head.i, []) if id(g) in out]
                when = own[0] if own else _time_of(held.head, at_verb)  # (not a noun's under
                if when is not None:  # it: "commented on the 2008 war, calling on ...")
                    out[id(f)] = when
        for f in found:  # "travelled to Lima on Monday to sign a deal": an infinitive of
            node = f.clause or f.trigger  # purpose is done on its verb's occasion, at its time
            if id(f) not in out and _purpose_infinitive(node) and \
                    not _dates_inside(node, spans, ctx):
                own = [out[id(g)] for g in by_trigger.get(node.head.i, []) if id(g) in out]
                when = own[0] if own else _time_of(node.head, at_verb)
                if when is not None:
                    out[id(f)] = when
        for f in found:  # "China on Wednesday rejected ... and urged ...": one time for both
            node = f.clause or f.trigger
            if id(f) not in out and node.dep_ == "conj" and node.pos_ == "VERB" and \
                    _dated_with_clause(f) and \
                    not any(c.dep_ in ("nsubj", "nsubjpass") for c in node.children) and \
                    not _dates_inside(node, spans, ctx):
                head = node.head
                shared = [out[id(g)] for g in by_clause.get(head.i, []) + by_trigger.get(head.i, [])
                          if id(g) in out]
                if shared or head.i in at_verb:
                    out[id(f)] = shared[0] if shared else at_verb[head.i]
        for f in found:  # "was released and transferred ... on 6 February": a date closing
            node = f.clause or f.trigger  # verbs joined under one subject is the time of each
            if id(f) not in out and node.pos_ == "VERB" and _dated_with_clause(f):
                last = _shared_time(node, spans)
                if last is not None and last.i in at_verb:
                    out[id(f)] = at_verb[last.i]
                elif last is not None:  # "was released and transferred to X on 6 February":
                    same = [g for g in by_trigger.get(last.i, [])  # one act told twice
                            if id(g) in out and _one_act(g.entry.type, f.entry.type)]
                    if same:
                        out[id(f)] = out[id(same[0])]
        for f in found:  # "met Putin to hold talks on Friday": the talks' day is the meeting's
            node = f.trigger
            if id(f) in out and _holding(node):
                for g in by_trigger.get(node.head.i, []) + by_clause.get(node.head.i, []):
                    out.setdefault(id(g), out[id(f)])
        narrated = {out[id(f)][0] for f in found if id(f) in out and not _looks_back(f)}
        ctx.background = {out[id(f)][0] for f in found if id(f) in out} - narrated
        return out

    @staticmethod
    def _date_path(span: Any, phrase: str, by_trigger: dict[int, list[_Found]],
                   by_clause: dict[int, list[_Found]], out: dict[int, Any],
                   at_verb: dict[int, tuple[str, Any]], reference: str | None = None) -> None:
        """Walk up the parse from a date to the event it dates, if any (see ``_dates``)."""
        said = _reporting_after(span)
        if said is not None:  # "Singh on Tuesday said ...": the statement's, however parsed
            at_verb.setdefault(said.i, (phrase, said))
            return
        node = prev = span.root
        acted = _verb_after_time(span)
        if acted is not None:  # "a presenter on Sunday evening launched ...": the clause's
            node = acted
        for _ in range(12):
            if node.pos_ in ("VERB", "AUX") and not span.start <= node.i < span.end and \
                    _tense(node) == "future" and _before(phrase, reference):
                above = _governing_verb(node)  # "assured yesterday that it would resume
                if above is None:  # supplies": a past day is not the future verb's time
                    return
                prev, node = node, above
            own_prep = node.pos_ == "ADP" and span.start <= prev.i < span.end  # "on" Friday
            hits = None if own_prep else _dated_here(node, by_trigger, by_clause)
            said = _reporting_head(node) if hits else None
            if said is not None and span.end <= said.i < node.i:
                # "On Tuesday, Misri said that they would meet": a date told before the
                # statement is the statement's, however the parse hangs it
                at_verb.setdefault(said.i, (phrase, said))
                return
            if hits and _premodified(node, prev):  # "lifted a 2019 ban": the ban's year,
                hits = [f for f in hits if f.trigger.i == node.i]  # not the lifting's
                if not hits:
                    return
            if hits:
                for f in hits:
                    out.setdefault(id(f), (phrase, node))
                framed = _framed_verb(node)  # "At the talks on Monday, they agreed to ...":
                if framed is not None:  # the occasion's day is the day of what was done at it
                    at_verb.setdefault(framed.i, (phrase, framed))
                    for f in _dated_here(framed, by_trigger, by_clause):
                        out.setdefault(id(f), (phrase, framed))
                return
            inside = span.start <= node.i < span.end
            if not inside and node.dep_ in ("aux", "auxpass") and node.pos_ == "AUX":
                prev, node = node, node.head  # "has on June 12 asked": the verb's time
                continue
            if not inside and node.pos_ in ("VERB", "AUX"):
                at_verb.setdefault(node.i, (phrase, node))
                if _happening(node):  # "the clash that happened on December 9"
                    for noun in _event_nouns(node.head):
                        for f in by_trigger.get(noun.i, []):
                            out.setdefault(id(f), (phrase, node))
                        if noun.i in by_trigger:
                            return
                    if _occasion_subject(node.head):  # "The meeting, taking place on
                        at_verb.setdefault(node.head.head.i, (phrase, node.head.head))
                    return  # Thursday, saw both sides agree": the day of what it saw
                if _speaking_adjunct(node):  # "..., speaking at a briefing on Monday"
                    prev, node = node, node.sent.root
                    continue
                if _framing_participle(node):  # "In a statement issued on Monday, X said"
                    prev, node = node, node.head
                    continue
                if (_adjunct_participle(node) and node.lemma_.lower() not in _ONSET) or \
                        _holding(node):
                    prev, node = node, node.head  # "..., arriving on Monday": the clause's time
                    continue
                onset = _onset_head(node)  # "will ban the apps starting from July 8"
                if onset is not None and _tense(onset) == "future":
                    prev, node = node, onset
                    continue
                return  # the date belongs to another clause's verb
            if not inside and node.pos_ in ("NOUN", "PROPN") and \
                    node.lemma_.lower() not in _OCCASIONS and \
                    not (node.dep_ == "pobj" and node.head.lower_ in ("in", "at", "during")) \
                    and not _dated_subject(node, prev) and not _dateline_place(node, prev):
                return  # "apologise for the 2008 war": the war's date, not the apology's
            if node.head.i == node.i:
                return
            if node.dep_ == "prep" and node.lower_ in _REFERENCE_PREPS and not inside \
                    and not _before_the_end(node, prev):
                onset = _onset_after(node)  # "locked in a standoff since June 16 after
                for f in _dated_here(onset, by_trigger, by_clause) if onset else ():
                    out.setdefault(id(f), (phrase, onset))  # troops stopped ...": the stop's
                return  # "after the hostilities in 2020": a reference point, not the date
            prev, node = node, node.head

    def _event(self, f: _Found, source: ActorRef | None, target: ActorRef | None, sent: Any,
               ctx: _Context, when: Any) -> Report:
        status, chain = self._status(f, sent, ctx)
        art = ctx.article
        date = precision = basis = phrase = None
        tense = "future" if status == "planned" else _verb_tense(f.clause or f.trigger)
        stamp = post_stamp(sent.text) if status != "planned" else None
        reference = art.published
        if stamp is not None and when is None:  # an embedded post's or a listed story's
            when = (stamp, None)  # news is of the day that stamps it, and so are the
        elif stamp is not None:  # days it names ("Saturday" on a line stamped years ago)
            stamped = dates.resolve(stamp, art.published)
            reference = stamped.date if stamped is not None else reference
        if when is not None and not (stamp is not None and stamp in when[0]):
            phrase, told = when
            verb = f.clause or f.trigger
            if told is not None and told.pos_ in ("VERB", "AUX") and \
                    told.i not in (f.trigger.i, f.clause.i if f.clause is not None else -1):
                tense, verb = _verb_tense(told), told  # a statement's time, in its tense
            elif status == "planned" and _time_before_verb(phrase, told, f, sent):
                tense = _verb_tense(told)  # "Putin on Friday ordered the restoration of ...":
                # the order's Friday, before the page, though the restoration is to come
            if _before_its_present(phrase, _finite_head(verb), f, sent, reference):
                when = phrase = None
        if when is not None:
            phrase = when[0]
            date, precision = point_in_time(phrase, reference, tense)
            if date is not None and precision == "day":
                date = _first_day(f, date)
            basis = None if date is None else \
                "narrative" if art.published is None and dates.narrative(phrase) else "text"
        elif status in ("reported", "claimed") and tense != "future" and _told_as_news(f) \
                and not _quoted(f.trigger, sent) and not caption(sent.text) \
                and not _joined_to_the_past(_finite_head(_node(f) or f.trigger), ctx):
            # reported on the article's date: "publication" (with no date while the article
            # has none: the corpus stage may date it from its story)
            date, precision, basis = art.published, "day" if art.published else None, \
                "publication"
        elif status in ("reported", "claimed") and tense != "future" and _narrated(f) \
                and _told_by_clause(f) and told_in_past(_node(f)) \
                and untimed(_node(f), _expressions(ctx)) and not _quoted(f.trigger, sent) \
                and not caption(sent.text):
            basis = NEWSDAY  # the article's news day, if its lede tells one (newsday.py)
        start = min(t.idx for t in f.tokens)
        end = max(t.idx + len(t.text) for t in f.tokens)
        quote = None
        for q in _QUOTES.finditer(sent.text):
            if q.start() <= start - sent.start_char < q.end():
                quote = q.group(0)
        evidence = Evidence(article_id=art.id, start=sent.start_char, end=sent.end_char,
                            sentence=sent.text, trigger_start=start, trigger_end=end,
                            quote=quote, url=art.url, outlet=art.outlet)
        return Report(
            id=event_id(art.id, sent.start_char, start, f.entry.id, source, target),
            type=f.entry.type,
            source=source, target=target, evidence=(evidence,), mode=f.entry.mode,
            context=f.entry.context, intensity=f.entry.intensity, status=status,
            claimed_by=chain, date=date, date_precision=precision,
            date_basis=basis, date_text=phrase, rule=f.entry.id)


def not_analysed(article: Article) -> str:
    """The warning an article in another language gets: it is stored, searched and grouped
    into stories, but no event is read from it."""
    return f"{article.origin}: {NOT_ANALYSED} (language: {article.lang})"


def event_id(article_id: str, sentence_start: int, trigger_start: int, rule: str,
             source: ActorRef | None, target: ActorRef | None) -> str:
    """Identify a report: its article, where it is read, the rule and its actors."""
    raw = "|".join([article_id, str(sentence_start), str(trigger_start), rule,
                    _key_text(source), _key_text(target)])
    return hashlib.sha256(raw.encode()).hexdigest()[:16]


# -- matching -----------------------------------------------------------------------------
def _match(head: Any, entry: Entry, related: list[Any]) -> list[Any] | None:
    """The tokens of *entry*'s pattern around *head* (*related*: the words near it), or None
    when it does not match."""
    if not entry.others:
        return [head]
    tokens = [head]
    for lemma in entry.others:
        hit = next((t for t in related
                    if (t.lemma_.lower() == lemma or t.lower_ == lemma and t not in tokens)
                    and not _foreign_particle(t, head)
                    and not nonacts.outside_the_phrase(t, head)), None)
        if hit is None:
            return None
        tokens.append(hit)
    return None if nonacts.stray_preposition(tokens) else tokens


def _naming(verb: Any) -> bool:
    """Whether *verb* names something ("called X a traitor", "which it calls southern Tibet"):
    "call" with a second object or a predicate one is neither a phone call nor an appeal."""
    if verb.lemma_.lower() != "call":
        return False
    objects = [c for c in verb.children if c.dep_ == "dobj"]
    return len(objects) > 1 or any(c.dep_ == "oprd" for c in verb.children)


def _foreign_particle(token: Any, head: Any) -> bool:
    """Whether *token* is a preposition or particle of another phrase above *head*: a verb's
    preposition is its own dependent, so "call for" is not read from "the names of places for
    the region, which it calls ..." nor "on" from "protested on the so-called map"."""
    return token.pos_ in ("ADP", "PART") and token.is_ancestor(head)


_TIME_ENTS = {"DATE", "TIME"}


#: Verbs that conclude an agreement only as their object ("clinched a deal", "sealed a pact").
_CONCLUDING = frozenset({"clinch", "seal", "finalise", "finalize", "firm", "hammer"})


def _fits(head: Any, entry: Entry, tokens: list[Any]) -> bool:
    """Whether a matched pattern is the act its entry codes: not when the head's object is
    one the entry excludes ("released a statement", "signed a decree"), a detention one
    comes "from" (the release is the act), when an instruction
    verb governs no infinitive ("told reporters that ..." speaks, "told X to leave"
    instructs), or when the pattern's preposition leads to a time, not a place or party
    ("arriving in 2000" is no visit to anyone)."""
    if entry.not_objects and any(x.lemma_.lower() in entry.not_objects
                                 for x in _undergoers(head)):
        return False
    if entry.intent and entry.not_objects and mood.promises_words(head, entry.not_objects):
        return False  # "promised to give a detailed account": words, no intent to cooperate
    if entry.infinitive and not any(c.dep_ == "xcomp" for c in head.children):
        return False
    if entry.type == "AGREE" and head.lemma_.lower() in _CONCLUDING and not any(
            t.dep_ in ("dobj", "nsubjpass") and t.head.i == head.i for t in tokens[1:]):
        return False  # "prices firmed up after the agreement": the agreement is concluded
        # only as the verb's own object ("firmed up an agreement", "a deal was sealed")
    if entry.mode == "instruct" and entry.pos == "verb" and nonacts.instructs_own_people(head):
        return False  # "agreed to direct their officials to ...": no request to another
    if entry.type in ("CONSULT", "REQUEST") and _naming(head):
        return False  # "calls Abkhazia a state", "calling BP 'British Petroleum'"
    if entry.mode == "visit" and entry.pos == "verb" and nonacts.goes_nowhere(head, tokens):
        return False  # "return to the negotiations", "came during X's visit to Delhi"
    if entry.mode == "restrict" and nonacts.prevents_nothing(head, tokens):
        return False  # "to prevent miscommunication": no one restrained
    if entry.pos == "verb" and nonacts.describes_a_state(head) and \
            (entry.mode == "restrict" or nonacts.hyphened(head)):
        return False  # "the occupied territories", "Russian-backed separatists": what they
        # are, no act told
    if entry.type == "AID" and entry.pos == "verb" and nonacts.helps_oneself(head):
        return False  # "to help themselves with reporting"
    if nonacts.undone_by_prefix(head):
        return False  # "de-occupation", "a non-aggression pact"
    if entry.pos == "noun" and entry.type == "COOPERATE" and \
            nonacts.names_a_standing_relation(head):
        return False  # "the long-standing partnership": a relation that stands, no act
    if entry.type == "REQUEST" and nonacts.asks_a_question(head):
        return False  # "asked about the talks, Lu said": a question, no request
    if any(nonacts.under_a_conjunction(t, head) for t in tokens):
        return False  # "ready to talk, provided Tbilisi does not ...", "according to": a
        # condition or a source, no act (nor a pattern's word: "open ... according to the
        # Security Council")
    if entry.type == "SUPPORT" and entry.pos == "verb" and nonacts.backs_away(head):
        return False  # "for Indian troops to back out": a retreat, no support
    if entry.mode == "leave" and entry.pos == "verb" and nonacts.departs(head):
        return False  # "has left for the village", "left their country": a departure
    if entry.type == "RETREAT" and entry.mode == "withdraw" and entry.pos == "verb" and \
            nonacts.pulls_another_out(head):
        return False  # "to pull Armenia out of Moscow's orbit": no forces withdrawn
    if _relation_entry(entry) and (nonacts.pursued_as_a_course(head) or
                                   nonacts.holds_since(head)):
        return False  # "efforts to distance Armenia from Russia", "since then, they have
        # restricted their relations": where relations stand or are steered, no act
    if entry.mode in _LASTING_MODES and entry.pos == "verb" and \
            nonacts.describes_a_held_result(head):
        return False  # "the territories occupied by Russia", "regions recognized by Moscow"
    if entry.type == "THREATEN" and (nonacts.names_a_danger(head) or
                                     nonacts.warns_of_a_danger(head) or
                                     nonacts.names_a_threat_not_made(head) or
                                     nonacts.threatened_by_a_danger(head)):
        return False  # "the law threatens independent media", "did not pose a threat",
        # "warned of a leak", "security threats", "the spill threatening the coast"
    if entry.type == "ACCUSE" and nonacts.warns_of_a_danger(head):
        return False  # "warned that negotiations may fail": a forecast, no one criticised
    if entry.type == "REJECT" and nonacts.declines_to_answer(head) or \
            nonacts.left_unanswered(head):
        return False  # "declined to comment (on the talks)": no proposal or demand
        # rejected, and what is not commented on is not reported
    if entry.mode == "recognize" and (nonacts.acknowledges_a_fact(head) or
                                      nonacts.recognizes_as_part(head)):
        return False  # "recognized the demonstrators' concerns": a fact acknowledged;
        # "recognize X as part of Y": a region held to be a state's, no state recognised
    if entry.mode == "join" and nonacts.joins_company(head):
        return False  # "Joining me now is the senator": a host's words
    if entry.type == "MOBILIZE" and nonacts.mobilizes_no_force(head):
        return False  # "he can mobilize resources": no force mobilised
    if nonacts.asked_whether(head):
        return False  # "Did Russia attack Georgia?": asked, not reported
    if nonacts.called_for(head):
        return False  # "it's time to step down": called for, not done
    if entry.mode == "leave" and len(tokens) == 1 and nonacts.leaves_no_group(head):
        return False  # "until Mubarak leaves", "left the safety of his flat": no group left
    if entry.type in COOPERATIVE and entry.type != "CONSULT" and nonacts.talked_about(head):
        return False  # "exchanged views on BRICS cooperation": the talk, not the act
    if entry.pos == "noun" and entry.mode == "arrest" and head.dep_ == "pobj" and \
            head.head.lower_ == "from":
        return False  # "released from detention": where one comes from, not an arrest
    for t in tokens[1:]:
        objects = [c for c in t.children if c.dep_ == "pobj"] if t.dep_ == "prep" else []
        if objects and all(o.ent_type_ in _TIME_ENTS for o in objects):
            return False
    return not _told_no_act(head, entry, tokens)


def _told_no_act(head: Any, entry: Entry, tokens: list[Any]) -> bool:
    """Whether the words tell no act of this entry (the fourth round of
    :mod:`tieline.annotate.nonacts`): an act kept from happening, a concern caused, an
    attack in words read as an assault (or one by force as a criticism), a private trip, a
    hazard alert, an assertion read as a demand, an act left open, a forecast read as a
    threat, a relation had."""
    if nonacts.kept_from(head) or nonacts.left_open(head):
        return True  # "banned its carriers from flying to X", "did not say whether ..."
    if entry.type == "CONSULT" and nonacts.raises_concern_in_others(head):
        return True  # "the move raised concerns in Georgia": caused, not put to anyone
    if entry.pos == "verb" and len(tokens) == 1 and head.lemma_.lower() == "attack" and \
            (entry.type == "ASSAULT") == nonacts.attacks_in_words(head):
        return True  # "attacked Pashinyan for his remarks" is ACCUSE, "attacked the
        # village" ASSAULT (the criticize entry reads "attack" in words only)
    if entry.mode == "visit" and nonacts.travels_privately(head):
        return True  # "Russian tourists flocked to Georgia", "visiting her sister"
    if entry.type == "MOBILIZE" and nonacts.alerts_to_a_hazard(head, tokens):
        return True  # "raised its pandemic alert to phase 5"
    if entry.type == "REQUEST" and len(tokens) == 1 and nonacts.asserts(head):
        return True  # "insists its regulations are the toughest": an assertion
    if entry.type == "THREATEN" and nonacts.forecast_not_threat(head):
        return True  # "Russia, which may retaliate": the writer's forecast
    if entry.type in _VERBAL and entry.pos == "verb" and nonacts.said_by_the_public(head):
        return True  # "the majority of Georgian citizens support him": an opinion
    if entry.type == "CONCEDE" and (nonacts.steps_toward_nothing_yielded(tokens) or
                                    nonacts.gives_in_nowhere(head, tokens)):
        return True  # "a step towards renewing cooperation", "given ... in the near future"
    if entry.pos == "verb" and nonacts.commands_the_reader(head):
        return True  # "Come to Bank of America": an imperative, no act told
    if entry.pos == "noun" and nonacts.names_a_purpose(head):
        return True  # "a conference room used for meetings between X and Y"
    if entry.pos == "noun" and entry.mode in _LASTING_MODES and nonacts.a_hold_reacted_to(head):
        return True  # "protested against the Russian occupation": the hold as it stands
    if "clause-subject" in entry.target and (nonacts.demands_of_no_one(tokens) or
                                             nonacts.demands_of_oneself_or_a_thing(tokens)):
        return True  # "stopping the leak should come first, she said": no one is asked;
        # "we must respond, he said", "the relationship should ...": no one else (round 9)
    if nonacts.commented_on(head):
        return True  # "commented on the sanctions": a statement about them, no act told
    return _round_nine(head, entry, tokens)


def _round_nine(head: Any, entry: Entry, tokens: list[Any]) -> bool:
    """Whether the words tell no act of this entry (the ninth round of
    :mod:`tieline.annotate.nonacts`): a fact accepted, a question asked, a poll's share, a
    violation that defies no norm or an act's noun that is what is violated, an order to no
    one, a membership only sought, a warning that criticises no one, force used on no one,
    a relation had."""
    if entry.mode == "accept" and len(tokens) == 1 and nonacts.accepts_no_proposal(head):
        return True  # "accepted only four casualties", "accept their defeat"
    if nonacts.asked_about(head) or \
            entry.type == "REQUEST" and nonacts.demands_to_know(head):
        return True  # "asked if X had requested a meeting", "demanded to know why ..."
    if entry.type in _VERBAL and entry.pos == "verb" and nonacts.a_share_of_a_people(head):
        return True  # "58 percent blamed BP": a poll's finding
    if entry.type == "REJECT" and entry.pos == "verb" and len(tokens) == 1 and \
            nonacts.violates_no_norm(head):
        return True  # "violated Kyrgyz airspace", "the election violates the constitution"
    if entry.pos == "noun" and nonacts.what_is_violated(head):
        return True  # "violated the ceasefire": no ceasefire declared
    if entry.mode == "instruct" and entry.pos == "verb" and nonacts.orders_no_one(head):
        return True  # "ordered the suspension of flights", "ordered troops to the border"
    if entry.mode == "join" and entry.pos == "noun" and nonacts.membership_sought(head):
        return True  # "a candidate for EU membership"
    if entry.type == "ACCUSE" and nonacts.warns_of_what_will_be(head):
        return True  # "warned it would be premature to ...", "warned against travel"
    if entry.type in ("ASSAULT", "COERCE") and entry.pos == "verb" and \
            nonacts.force_on_no_one(head):
        return True  # "a system to capture oil", "decided to kill 300,000 pigs"
    return entry.pos == "noun" and entry.type == "COOPERATE" and nonacts.has_a_relation(head)


#: Modes of acts whose result lasts and can be described by their participle ("occupied",
#: "recognized", "stationed", "banned").
_LASTING_MODES = frozenset({"restrict", "recognize", "troops"})


def _relation_entry(entry: Entry) -> bool:
    """Whether an entry codes a change in relations themselves: drawing closer ("deepen
    ties", "restore relations"), drifting apart ("distance from", "restrict relations") or
    cooperating; their words also describe where relations stand or are steered."""
    return entry.mode == "relations" or entry.type == "SANCTION" and entry.mode == "withdraw" \
        or entry.type == "COOPERATE" and entry.mode != "join"


#: Nouns that count or group what their "of" phrase names ("a set of names", "a batch of
#: documents"): what is done to them is done to that.
_GROUPING = {"set", "series", "batch", "collection", "number", "bundle", "pile", "stack",
             "raft", "slew", "host", "round", "package"}


def _folded_recipient(c: Any, noun: Any, verb: Any) -> bool:
    """Say whether *c* is a giving verb's first object the parser folded into the second's
    phrase as its modifier ("granted Georgia candidate status": Georgia gets the status): a
    name right after the verb, modifying the noun the verb gives."""
    return c.dep_ in ("compound", "nmod") and c.pos_ == "PROPN" and c.i == verb.i + 1 and \
        noun.dep_ == "dobj" and noun.head.i == verb.i and verb.lemma_.lower() in _GIVING


def _undergoers(head: Any) -> list[Any]:
    """The nouns a verb is done to: its object, its passive subject, or the noun its
    participle describes ("the list of names released by X"), and for a noun that groups
    things, the things ("released a third set of names"); for a relative pronoun, the noun
    it stands for ("the refreshments that were offered to him")."""
    out = [c for c in head.children if c.dep_ in ("dobj", "nsubjpass", "obj")]
    if head.dep_ == "acl" and head.tag_ == "VBN":
        out.append(head.head)
    if head.dep_ == "relcl" and any(o.lower_ in ("that", "which") for o in out):
        out.append(head.head)
    return out + [x for o in out if o.lemma_.lower() in _GROUPING for p in o.children
                  if p.dep_ == "prep" and p.lower_ == "of" for x in p.children
                  if x.dep_ == "pobj"]


def _related(head: Any) -> list[Any]:
    """Words near *head* in the parse: its dependents to depth 4 and two heads up."""
    out: list[Any] = []
    frontier = [head]
    for _ in range(4):
        nxt = [c for t in frontier for c in t.children]
        out.extend(nxt)
        frontier = nxt
    up = head
    for _ in range(2):
        if up.head.i == up.i:
            break
        up = up.head
        out.append(up)
    return out


def _token_of_protest(noun: Any) -> bool:
    """Whether the protest noun *noun* says why its clause's act is done ("in protest
    against X", "as a protest", "as a mark of protest"); "as" with "a" only, for the parser
    hangs a clause's subject on it too ("as the protests spread")."""
    if noun.dep_ == "pobj" and noun.head.lower_ == "of" and \
            noun.head.head.lemma_.lower() in _TOKENS and noun.head.head.dep_ == "pobj":
        noun = noun.head.head
    return noun.dep_ == "pobj" and (noun.head.lower_ == "in" or
                                    noun.head.lower_ == "as" and indefinite(noun))


def _flown_to(noun: Any) -> list[Any]:
    """Where a flight goes when its clause's verb, not the noun, names the place: "the first
    direct flight from Russia landed in Tbilisi", "the airline performed the first direct
    flight from Moscow to Tbilisi" (the parser hangs "to" on the verb)."""
    if noun.lemma_.lower() != "flight" or noun.dep_ not in ("nsubj", "dobj"):
        return []
    verb = noun.head
    if noun.dep_ == "nsubj":
        preps: tuple[str, ...] = ("in", "at") if verb.lemma_.lower() in _ARRIVING else ()
    else:
        preps = ("to",)
    return [x for c in verb.children if c.dep_ == "prep" and c.lower_ in preps
            for x in c.children if x.dep_ == "pobj"]


def _arrived_in(noun: Any, entry: Entry) -> list[Any]:
    """The place of a visit its noun leaves to the verb of arriving it is "on" or "for"
    ("landed in China on a two-day visit", "is in Bishkek on a state visit"): the one
    visited, as "a visit to China" names it."""
    prep = noun.head
    if entry.mode != "visit" or noun.dep_ != "pobj" or prep.dep_ != "prep" or \
            prep.lower_ not in ("on", "for"):
        return []
    verb = prep.head
    if verb.pos_ not in ("VERB", "AUX") or verb.lemma_.lower() not in _ARRIVING:
        return []
    return [x for c in verb.children if c.dep_ == "prep" and c.lower_ in ("in", "to")
            for x in c.children if x.dep_ == "pobj"]


def _asking(verb: Any) -> bool:
    """Whether *verb* asks for an act ("called on X to", "called for talks", "appealed to X
    to"), not "called off" or "called X a liar"."""
    return bool(verb.lemma_.lower() in _ASKING and
                any(c.dep_ == "prep" and c.lower_ in ("on", "upon", "for", "to")
                    for c in verb.children) and
                not any(c.dep_ == "prt" for c in verb.children))


def _asked_for(node: Any) -> bool:
    """Whether *node* is the act a verb of asking, telling or ordering asks for: its
    infinitive ("told Georgia to withdraw") or its mandative clause, a bare verb without a
    modal ("demanded that Georgia withdraw"; not "told reporters that Russia withdrew")."""
    head = node.head
    if head.i == node.i or head.pos_ not in ("VERB", "AUX") or \
            head.lemma_.lower() not in _REQUESTING:
        return False
    if node.dep_ == "xcomp":
        return any(c.dep_ == "aux" and c.tag_ == "TO" for c in node.children)
    return node.dep_ == "ccomp" and not any(c.dep_ == "aux" for c in node.children) and (
        node.tag_ == "VB" or node.tag_ == "VBN" and any(  # "demanded the checkpoint
            c.dep_ == "auxpass" and c.lower_ == "be" for c in node.children))  # be removed"


def _judged(verb: Any) -> list[Any]:
    """The actor a verb of judging holds to the act *verb* names in its "of"/"for" phrase:
    its object ("accused Russia of occupying Abkhazia", "thanked India for helping") or, in
    the passive, its subject ("Russia was accused of occupying")."""
    prep = verb.head
    if verb.dep_ != "pcomp" or prep.dep_ != "prep" or prep.lower_ not in ("of", "for"):
        return []
    judge = prep.head
    if judge.pos_ != "VERB" or judge.lemma_.lower() not in _JUDGING:
        return []
    return [c for c in judge.children if c.dep_ in ("dobj", "nsubjpass")]


def _judged_further(judge: Any, prep: Any) -> list[Any]:
    """The actor the verb of judging *judge* holds to an act named deeper in its "of"/"for"
    phrase *prep*, climbed from ("accused India of concocting excuses over sending troops":
    India sends them), as :func:`_judged` holds it to the act the phrase names itself."""
    if prep.dep_ != "prep" or prep.head.i != judge.i or prep.lower_ not in ("of", "for") or \
            judge.pos_ != "VERB" or judge.lemma_.lower() not in _JUDGING:
        return []
    return [c for c in judge.children if c.dep_ in ("dobj", "nsubjpass")]


#: Hostile acts whose condemnation is aimed at their doer, not at the side they hit.
_CONDEMNABLE = {"ASSAULT", "COERCE", "SANCTION", "THREATEN", "MOBILIZE"}


def _condemn_the_doer(found: list[_Found]) -> None:
    """Aim a condemnation of a hostile act at the act's doer: "Georgia condemned the
    detention of two Ukrainian journalists by Russia" accuses Russia, which detained them,
    not Ukraine, whose people were hit (PLOVER ACCUSE: criticising an actor for its act).
    The act is the object of the verb of condemning, or what its noun is "of" ("the
    condemnation of the arrests"); a condemnation naming its target ("condemned Russia for
    the detention") keeps it, as does an act with no doer or done by the condemner's side."""
    by_trigger = {g.trigger.i: g for g in found}
    for f in found:
        if f.entry.type != "ACCUSE" or not f.sources:
            continue
        t = f.trigger
        acts = [c for c in t.children if c.dep_ in ("dobj", "nsubjpass")] if \
            t.tag_.startswith("VB") else \
            [o for c in t.children if c.dep_ == "prep" and c.lower_ == "of"
             for o in c.children if o.dep_ == "pobj"]
        for act in acts:
            g = by_trigger.get(act.i)
            if g is None or g is f or g.entry.type not in _CONDEMNABLE or g.negated:
                continue
            own = {_side_of(r) for r in f.sources}
            doers = [r for r in g.sources if _side_of(r) not in own]
            if doers and len(doers) == len(g.sources):
                f.targets = doers[:1]


def _accuser(node: Any) -> str | None:
    """Who claims the act *node* names, when a verb of accusing holds another actor to it
    ("Georgia accused Russia of occupying Abkhazia": Georgia), as the words that name them
    ("" when the accuser is unnamed: "Russia was accused of ...")."""
    if not _judged(node) or node.head.head.lemma_.lower() not in _ACCUSING:
        return None
    judge = node.head.head
    subj = [c for c in judge.children if c.dep_ == "nsubj"] or \
        [x for c in judge.children if c.dep_ == "agent" for x in c.children if x.dep_ == "pobj"]
    return " ".join(x.text for x in subj[0].subtree) if subj else ""


def _laid_on(noun: Any) -> list[Any]:
    """Whom a verb of blaming lays the act *noun* on ("blamed the clashes on X", "blamed
    the violence on an attempt by X's troops"): the objects of its "on" phrase (the parser
    hangs it on the noun or on the verb), or the "by" phrase of an act they name; [] when
    *noun* is not the object of such a verb."""
    verb = noun.head
    if noun.dep_ != "dobj" or verb.lemma_.lower() not in _LAYING:
        return []
    on = [x for c in (*noun.children, *verb.children) if c.dep_ == "prep" and c.lower_ == "on"
          for x in c.children if x.dep_ == "pobj"]
    by = [y for x in on for c in x.children if c.dep_ == "prep" and c.lower_ == "by"
          for y in c.children if y.dep_ == "pobj"]
    return by or on


def _blamer(noun: Any) -> str | None:
    """Who lays the act *noun* on another ("Peru blamed the clashes on Chile": Peru), as
    the words that name them, or None (see :func:`_laid_on`)."""
    if not _laid_on(noun):
        return None
    subj = [c for c in noun.head.children if c.dep_ == "nsubj"]
    return " ".join(x.text for x in subj[0].subtree) if subj else ""


def _participle_noun(v: Any) -> Any:
    """The noun a participle after it describes ("citizens arrested near X"; "one of three
    citizens detained", which the parser hangs on "one" and may tag as a past tense), else
    None."""
    if v.dep_ != "acl" or v.tag_ not in ("VBN", "VBD"):
        return None
    head = v.head
    if head.pos_ == "NUM":
        head = next((x for c in head.children if c.dep_ == "prep" and c.lower_ == "of"
                     for x in c.children if x.dep_ == "pobj"), None)
    return head if head is not None and head.pos_ in ("NOUN", "PROPN") else None


#: Verbs whose two subjects give each other what their object names ("traded accusations").
#: Nouns that name the carrying out of an act another noun modifies ("disengagement
#: efforts", "the withdrawal process", "evacuation operation"): the act is what is done.
_PROCESS_NOUNS = {"effort", "process", "operation", "exercise", "procedure"}


def _entity_of(t: Any) -> Any | None:
    """The named entity *t* is in, if it lies within *t*'s sentence: what ``t.sent.ents``
    gives, read from the tokens' entity tags (``Span.ents`` builds a span for every entity
    of the document on each access: ~0.3 ms a call on a news article)."""
    if not t.ent_type_:
        return None
    doc, start, end = t.doc, t.i, t.i + 1
    while start > 0 and doc[start].ent_iob_ == "I":
        start -= 1
    while end < len(doc) and doc[end].ent_iob_ == "I":
        end += 1
    if any(doc[i].is_sent_start for i in range(start + 1, end)):
        return None  # (an entity across a sentence's end is not the sentence's)
    return doc[start:end]


def _once(f: _Found, found: list[_Found]) -> list[_Found]:
    """*found* with *f*, one act told once: where a word of the pattern of *f* is the act
    noun of an act of the same type found before ("the withdrawal of Russian troops from
    Georgia was completed": the noun, then "completed" with it, "complete withdrawal",
    reading the noun's actors as its passive subject's), the reading that names more of its
    sides is kept, the earlier one on a tie."""
    words = set(f.entry.others)
    told = [g for g in found if g.entry.type == f.entry.type and g.entry.pos == "noun" and
            g.trigger.lemma_.lower() in words and any(x.i == g.trigger.i for x in f.tokens)]
    if not told:
        return [*found, f]
    sides = len(f.sources) + len(f.targets)
    if all(len(g.sources) + len(g.targets) >= sides for g in told):
        return found
    gone = {id(g) for g in told}
    return [g for g in found if id(g) not in gone] + [f]


def _mistagged_noun(t: Any, lexicon: Lexicon) -> bool:
    """Whether *t*, tagged an adjective, is an act noun modifying another noun: the tagger
    reads a noun before a noun as an adjective now and then ("disengagement efforts" as
    amod); a word the lexicon knows only as a noun is one."""
    return t.pos_ == "ADJ" and t.dep_ in ("amod", "compound") and t.head.pos_ == "NOUN" and \
        t.head.i > t.i and not lexicon.lookup("verb", t.lemma_.lower(), "own") and \
        bool(lexicon.lookup("noun", t.lemma_.lower(), "own"))


def _opening_noun(t: Any, lexicon: Lexicon) -> str:
    """The act noun *t* is where the tagger read it as a name for its capital at the start of
    a sentence ("Talks between A and B began ..." after a headline): the lexicon's lemma of
    the word (its singular), or "" where *t* is no such word (a name, a word mid-sentence)."""
    if not t.is_sent_start or t.ent_type_ or not t.is_title:
        return ""
    return _noun_lemma(t.lower_, lexicon)


def _headline_infinitive(node: Any) -> bool:
    """Whether *node* is a headline's infinitive ("Peru to impose sanctions on Chile",
    "Lima: Peru to impose ..."): the sentence has no finite verb and the infinitive heads it
    or hangs on a name (its subject or a dateline), not on a noun it completes ("Brazil's
    refusal to cooperate", "the coming together of X to denounce Y")."""
    return any(c.dep_ == "aux" and c.tag_ == "TO" for c in node.children) and \
        (node.dep_ == "ROOT" or node.head.pos_ == "PROPN") and \
        not any(x.tag_ in _FINITE for x in node.sent)


def _noun_lemma(word: str, lexicon: Lexicon) -> str:
    """The lexicon's act noun *word* is (itself or its singular), or ""."""
    for lemma in (word, word[:-1] if word.endswith("s") else ""):
        if lemma and lexicon.lookup("noun", lemma, "own"):
            return lemma
    return ""


def _owned_act_noun(t: Any, lexicon: Lexicon) -> str:
    """The act noun *t* is where the tagger read it as a name for its capital mid-sentence,
    owned by a possessive pronoun ("in their second Informal Summit", "its Strategic
    Dialogue"): a name is owned by no one, so the word is the act (its lexicon lemma, as
    ``_opening_noun``); "" for any other word ("the Wuhan Summit" names an occasion)."""
    if not t.is_title or t.ent_type_ in ("PERSON", "GPE", "NORP") or \
            not any(c.dep_ == "poss" and c.tag_ == "PRP$" for c in t.children):
        return ""
    return _noun_lemma(t.lower_, lexicon)


def _names_process(n: Any) -> bool:
    """Whether act noun *n* modifies a noun that only names its carrying out ("finalized
    disengagement efforts" tells the disengagement as the verb's object would; "the
    disengagement process is a long one" tells no act, its carrier being no verb's object)."""
    return n.dep_ in ("compound", "amod") and n.head.lemma_.lower() in _PROCESS_NOUNS and \
        n.head.i > n.i


_TRADING = {"trade", "exchange", "swap"}


def _traded(trigger: Any) -> bool:
    """Whether the act *trigger* names is traded: the object of "trade" or "exchange" ("India
    and China traded accusations"), which two sides do to each other."""
    return trigger.dep_ == "dobj" and trigger.head.lemma_.lower() in _TRADING


#: Prepositions of what a stance is about: who takes it does not do what it is about.
_TOPIC_PREPS = {"about", "over", "against"}


def _owning_modifiers(noun: Any, clause: Any, ctx: _Context) -> list[Any]:
    """The actors a noun's modifiers before it name, as the owner of the infinitive *clause*
    it governs ("the Kyrgyz decision to close the border": Kyrgyzstan's decision, so
    Kyrgyzstan closes it) or its active participle ("the Kyrgyz decree banning flights"), not
    a place. A past participle's noun undergoes the act instead ("a Georgian soldier killed
    in ...")."""
    if clause.dep_ != "acl" or not (clause.tag_ == "VBG" or any(
            c.dep_ == "aux" and c.lower_ == "to" for c in clause.children)):
        return []
    return [c for c in noun.children if c.dep_ in ("amod", "compound", "nmod") and
            c.i < noun.i and c.i in ctx.token_mention and
            ctx.token_mention[c.i].form != "place"]


def _owning_of(noun: Any, clause: Any, ctx: _Context) -> list[Any]:
    """The actor a noun's "of" phrase names as the owner of the infinitive *clause* the noun
    governs ("the decision of the Abkhaz parliament to expel monks": the parliament expels
    them), as :func:`_owning_modifiers` reads "the Abkhaz decision to": only an infinitive
    (not "the withdrawal of troops deployed there") and only a named actor, not a place."""
    if clause.dep_ != "acl" or clause.i < noun.i or not any(
            c.dep_ == "aux" and c.lower_ == "to" for c in clause.children):
        return []
    objs = [x for c in noun.children if c.dep_ == "prep" and c.lower_ == "of" and c.i < clause.i
            for x in c.children if x.dep_ == "pobj"]
    return [x for x in objs if _names_actor(x, ctx)]


def _names_actor(t: Any, ctx: _Context) -> bool:
    """Whether *t* or a word modifying it is (part of) an actor's mention, not a place's."""
    for x in (t, *(c for c in t.children if c.dep_ in ("amod", "compound", "nmod", "poss"))):
        m = ctx.token_mention.get(x.i)
        if m is not None and m.form != "place":
            return True
    return False


#: Verbs of hoping, CAMEO's HOPE block (020, an appeal): the one hoped to act is asked to.
#: (Read by the word: the parser's lemmatizer takes "hopes" for a form of "hop".)
_HOPING = frozenset({"hope", "hopes", "hoped", "hoping"})
_MODALS = frozenset({"will", "would", "shall", "should", "can", "could"})


def _modal(clause: Any) -> bool:
    """Whether *clause* tells an act to come or wanted ("India will revise", "would stop")."""
    return any(a.dep_ == "aux" and a.lower_ in _MODALS for a in clause.children)


def _asked_to_act(trigger: Any) -> list[Any]:
    """The subject of the infinitive a request asks for with "for" ("called for India to
    withdraw", "its call for India to pull back"): whom the request asks to act."""
    if trigger.lower_ in _HOPING:  # "China hopes India will revise its rules"
        return [x for c in trigger.children if c.dep_ == "ccomp" and _modal(c)
                for x in c.children if x.dep_ == "nsubj"]
    words = [trigger, *(c for c in trigger.children if c.dep_ == "prep" and c.lower_ == "for")]
    for w in words:
        for c in w.children:
            if c.dep_ in ("advcl", "acl", "ccomp", "pcomp") and any(
                    m.dep_ == "mark" and m.lower_ == "for" for m in c.children):
                return [x for x in c.children if x.dep_ == "nsubj"]
            if c.dep_ == "pobj" and w.lower_ == "for":  # ("called for X to act": X is the
                inf = [v for v in c.children if v.dep_ in ("acl", "relcl") and  # object)
                       any(a.dep_ == "aux" and a.lower_ == "to" for a in v.children)]
                if inf:
                    return [c]
    return []


#: Reactions to another's act: their target is who did what they answer.
_REACTING = {"ACCUSE", "SUPPORT", "REJECT"}
#: Nouns that name an act or a statement, which a pointing word refers back to.
_ACT_NOUNS = {"move", "decision", "step", "steps", "remark", "remarks", "statement",
              "statements", "announcement", "allegation", "allegations", "claim", "claims",
              "action", "actions", "act", "acts", "measure", "measures", "decree", "law",
              "ban", "policy", "proposal", "initiative", "comment", "comments", "accusation",
              "accusations", "provocation", "provocations", "incident", "attack", "attacks",
              "behaviour", "behavior", "words", "threat", "threats", "demand", "demands",
              "offer", "plan", "plans", "gesture", "development", "developments"}
_POINTING = {"the", "this", "that", "these", "those", "such"}
#: Act nouns that restate the act of the clause they hang on: "..., a move that X denounced".
_RESTATING = {"move", "step", "decision", "action", "measure", "gesture"}


def _reacted_to(trigger: Any) -> list[Any]:
    """What a reaction's verb or noun answers: its object, or the object of its "about",
    "over", "at" or "with" phrase ("expressed concern about this", "concern over the move")."""
    heads = [trigger, *(c for c in trigger.children if c.dep_ == "dobj")]
    out = [c for c in trigger.children if c.dep_ == "dobj"]
    out += [x for h in heads for p in h.children if p.dep_ == "prep" and
            p.lower_ in ("about", "over", "at", "with", "to") for x in p.children
            if x.dep_ == "pobj"]
    return out


def _restated_subject(verb: Any) -> list[Any]:
    """The subject of the clause a reaction *verb* answers as "a move" restating it: *verb*
    describes an indefinite act noun ("a move that X denounced", "a step welcomed by X",
    "in a move criticised by X") whose relative pronoun, if any, is its object or passive
    subject, and the noun hangs, as an apposition or adverbial phrase, in that clause."""
    noun = verb.head
    if verb.dep_ not in ("relcl", "acl") or noun.lower_ not in _RESTATING or \
            not any(c.dep_ == "det" and c.lower_ in ("a", "an") for c in noun.children):
        return []
    if verb.dep_ == "relcl" and not any(c.dep_ in ("dobj", "nsubjpass") and
                                        c.lower_ in ("that", "which") for c in verb.children):
        return []  # ("a move that angered X": the move is the subject, X the object)
    if verb.dep_ == "acl" and verb.tag_ != "VBN":
        return []
    after_comma = noun.left_edge.i > 0 and noun.doc[noun.left_edge.i - 1].text == ","
    if not (noun.dep_ in ("appos", "npadvmod", "dobj") and after_comma) and not (
            noun.dep_ == "pobj" and noun.head.lower_ == "in"):
        return []  # (the parser hangs ", a move ..." as an apposition, or as an object)
    node = noun.head
    while node.pos_ not in ("VERB", "AUX") and node.head.i != node.i:
        node = node.head
    return [c for c in node.children if c.dep_ == "nsubj"]


def _points_back(t: Any) -> bool:
    """Whether *t* points back to an act told before: "this", "that", "it" on its own, or an
    act noun with a pointing word and no owner or "of" phrase of its own ("the move", "such
    allegations", but not "Russia's move" nor "the decision of the court")."""
    if t.lower_ in ("this", "that", "it") and t.pos_ == "PRON" or \
            t.lower_ in ("this", "that") and t.dep_ in ("dobj", "pobj"):
        return True
    if t.lower_ not in _ACT_NOUNS:
        return False
    dets = [c.lower_ for c in t.children if c.dep_ in ("det", "predet", "amod")]
    owned = any(c.dep_ in ("poss", "compound") or c.dep_ == "prep" and c.lower_ in ("of", "by")
                or c.dep_ in ("acl", "relcl") for c in t.children)
    return bool(_POINTING.intersection(dets)) and not owned


def _relative_clause(v: Any) -> Any:
    """The relative clause *v* is, or is joined to ("whose role is ceremonial and who has
    accused X": "accused" is joined to the clause of "is"), else None."""
    root = _conj_root(v) if v.dep_ == "conj" else v
    return root if root.dep_ == "relcl" else None


_WHERE_WHEN = {"where", "when", "whereby", "why", "how", "wherever", "whenever"}


def _described_object(v: Any) -> Any:
    """The noun a clause of *v* describes as what *v* is done to: a participle with its doer
    ("two regions recognized by Moscow"), or a relative clause whose object is the relative
    word or left out ("Crimea, which Moscow annexed", "a region it recognized"). A noun in
    apposition stands for the name it follows ("Abkhazia, a region it recognized")."""
    kids = list(v.children)
    if any(c.lower_ in _WHERE_WHEN for c in kids):
        return None  # "Brussels, where he is meeting X": a place or time, not the object
    participle = v.dep_ == "acl" and v.tag_ == "VBN" and any(c.dep_ == "agent" for c in kids)
    relative = v.dep_ == "relcl" and (
        any(c.dep_ == "dobj" and c.lower_ in _RELATIVE for c in kids) or
        not any(c.dep_ in ("dobj", "nsubjpass", "ccomp", "xcomp", "attr") for c in kids)
        and any(c.dep_ == "nsubj" and c.lower_ not in _RELATIVE for c in kids))
    if not (participle or relative):
        return None
    noun = v.head
    return noun.head if noun.dep_ == "appos" else noun


#: Verbs that send someone to a penalty ("sentenced to detention", "subjected to arrest").
_SENTENCING = {"sentence", "condemn", "subject", "send"}


def _sentenced(n: Any) -> list[Any]:
    """Who is sent to the detention *n* names: the passive subject of "was sentenced to
    detention" (a relative "who" stands for the noun its clause describes)."""
    prep = n.head
    if n.dep_ != "pobj" or prep.lower_ != "to" or prep.head.lemma_.lower() not in _SENTENCING:
        return []
    verb = prep.head
    subjects = _passive_subjects(verb)
    if subjects and subjects[0].lower_ in _RELATIVE and verb.dep_ == "relcl":
        noun = verb.head  # "X, a doctor who was sentenced": the doctor is X
        return [noun.head if noun.dep_ == "appos" else noun]
    return [s for s in subjects if s.lower_ not in _RELATIVE]


#: The dashes that close a dateline ("MOSCOW (Sputnik) –", "NEW DELHI, Aug 29 (PTI) -").
_DASHES = frozenset({"--", "—", "–", "-"})


def _in_dateline(t: Any) -> bool:
    """Whether *t* is in the dateline that opens its sentence: the place (in capitals, or
    a place and its country), the agency in brackets and the day, closed by a dash within
    the sentence's first words ("TBILISI, Georgia — President Putin ordered ...", "MOSCOW
    (Sputnik) – Flights of ... will be suspended"). The parser hangs the place on the
    clause as its subject or an apposition; it is where the news was filed, not who acts."""
    sent = t.sent
    if t.i - sent.start > 8:
        return False
    for d in sent[:min(len(sent), 12)]:
        if d.text not in _DASHES or d.i <= sent.start:
            continue
        if d.i <= t.i:
            return False
        head = sent.doc[sent.start:d.i]
        first = head[0]
        return (first.is_upper and len(first.text) > 1 or len(head) > 2 and head[1].text == ",") \
            and all(x.pos_ in ("PROPN", "NUM", "PUNCT") or x.is_upper or x.is_title for x in head)
    return False


def _passive_subjects(v: Any) -> list[Any]:
    """Who undergoes the passive *v*: its own passive subject, or that of the verb it is
    coordinated with ("X was arrested and [was] detained": X is detained too)."""
    own = [c for c in v.children if c.dep_ == "nsubjpass" and not _in_dateline(c)]
    if own or v.dep_ != "conj" or v.tag_ != "VBN" and not _told_to(v):
        return own
    return [c for c in v.head.children if c.dep_ == "nsubjpass"]


def _told_to(v: Any) -> bool:
    """Whether *v* is a verb of asking or telling written with its infinitive and no one
    before it ("was summoned and told to leave"): active, it names the one it asks ("told
    them to leave"), so without one it is a passive whose past form the tagger took for a
    past tense."""
    return v.lemma_.lower() in _REQUESTING and v.tag_ == "VBD" and \
        not any(c.dep_ in ("nsubj", "dobj", "dative") for c in v.children) and \
        any(c.dep_ == "xcomp" and any(g.dep_ == "aux" and g.tag_ == "TO" for g in c.children)
            for c in v.children)


_EACH_OTHER = {("each", "other"), ("each", "others"), ("one", "another")}
#: Acts that two sides named together, with no one else, do to each other.
_MUTUAL = {"ASSAULT", "RETREAT", "MOBILIZE", "CONCEDE", "AGREE", "CONSULT", "COOPERATE"}
#: Verbs that hand someone released over to a side.
_HANDING = {"transfer", "hand", "return", "deliver", "repatriate", "send", "extradite"}
#: What two sides have only with each other: an act on it by both is on each other.
_TIES = {"tie", "ties", "relation", "relations", "relationship"}
#: Acts of force whose doer a fight told around them names.
_FORCE = {"ASSAULT", "COERCE"}
#: Modes of holding people or setting them free: a state's legal power on its own ground.
_CUSTODY = {"arrest", "release"}
#: Words of taking or striking another's ground, whose object names whose it is ("occupied
#: land in Georgia", "strikes on sites in X": see _ground_owner). Not "kill" or "wound":
#: people killed in a state need not be its people.
_TAKING_GROUND = {"occupy", "annex", "seize", "blockade", "invade", "capture", "grab",
                  "occupation", "annexation", "invasion", "incursion", "strike", "airstrike",
                  "bomb", "bombing", "shell", "shelling", "bombard", "raid"}
#: Prepositions that tie ground to its owner: "land in Georgia", "part of Georgia".
_OWNING_PREPS = {"in", "of"}
#: Dependencies of a clause that describes a noun rather than names its parts.
_CLAUSE_DEPS = {"relcl", "acl", "advcl"}
#: Words of fighting that name no event of their own in the lexicon but whose "with"
#: phrase names the other party ("killed in a confrontation with X's troops").
_FIGHT_WORDS = {"confrontation", "fighting", "battle", "encounter", "firefight", "gunfight",
                "shootout", "melee", "skirmish", "clash", "brawl"}


#: A state's land, as a withdrawal leaves it (not a border, which two states share).
_LAND = frozenset({"territory", "land", "soil", "airspace", "waters"})


def _ground_left(f: _Found) -> list[Any]:
    """The ground a withdrawal leaves, its "from" object a state's land ("withdrew from its
    occupied territories in X"): whose it is, the withdrawal is from (as ground taken is
    taken from its owner: :meth:`EventCoder._ground_owner`)."""
    return [x for t in f.tokens for c in (t, *t.children) if c.dep_ == "prep" and
            c.lower_ == "from" for x in c.children
            if x.dep_ == "pobj" and x.lemma_.lower() in _LAND]


def _only_time(span: Any) -> bool:
    """Whether *span* holds nothing but a phrase of time ("on Monday night"), or nothing."""
    return all(t.ent_type_ in _TIME_ENTS or t.pos_ in ("ADP", "DET", "PUNCT") for t in span)


def _opponents(f: _Found, found: list[_Found]) -> list[ActorRef]:
    """The doer of an act of force told without one, inside a fight its clause says it happened
    in: the other side of that fight ("soldiers were killed in a clash with X's troops": X
    killed them). Only a party of the fight itself, never someone the sentence names
    elsewhere; none when the fight has no party apart from the victims' side."""
    fights = {g.trigger.i: g for g in found if g.entry.reciprocal}
    victims = {_side_of(r) for r in f.targets}
    for prep in _shared_preps(f.trigger):
        if prep.lower_ not in ("in", "during"):
            continue
        for obj in prep.children:
            fight = fights.get(obj.i)
            if fight is None:
                continue
            others = [r for r in (*fight.sources, *fight.targets) if _side_of(r) not in victims]
            if len({_side_of(r) for r in others}) == 1:
                return [replace(others[0], basis="inferred-clause")]
    return []


def _most_named(candidates: list[tuple[Mention, ActorRef]], n: int) -> list[ActorRef] | None:
    """The *n* states named most often among *candidates* (the mentions before a pair noun,
    nearest first), the nearer first on a tie: "the two countries" of an article about Russia
    and Georgia are those two even where the sentence before named Abkhazia and South
    Ossetia last."""
    counts: dict[str | None, int] = {}
    first: dict[str | None, ActorRef] = {}
    for _, ref in candidates:
        side = _side_of(ref)
        counts[side] = counts.get(side, 0) + 1
        first.setdefault(side, ref)
    ranked = sorted(first, key=lambda side: -counts[side])  # (stable: nearer first on a tie)
    return [first[side] for side in ranked[:n]] if len(ranked) >= n else None


def _shared_preps(v: Any) -> list[Any]:
    """The prepositional phrases on a verb and on the participles it is joined to by "and" or
    "or", which share them ("were killed or injured in a clash with X": "in a clash" is the
    killing's too)."""
    verbs = [v, *(c for c in v.children if c.dep_ == "conj" and c.pos_ == "VERB")]
    if v.dep_ == "conj" and v.head.pos_ == "VERB":
        verbs.append(v.head)
    return [c for w in verbs for c in w.children if c.dep_ == "prep"]


def _joined_clause(v: Any) -> int:
    """The clause of *v*, as one with the participle it is joined to by "and" ("was arrested
    and detained by X" reports one act, not two)."""
    if v.dep_ == "conj" and v.tag_ == "VBN" and v.head.i == v.i - 2 and \
            v.doc[v.i - 1].dep_ == "cc":
        return int(v.head.i)
    return int(v.i)


def _shared_agent(v: Any) -> list[Any]:
    """The agent of passive participles joined by "and" right after *v* ("was arrested and
    detained by X"): English writes it once, after the last, for both. Only for participles
    next to each other, so "arrested by X and later released by Y" keeps its own."""
    for c in v.children:
        if c.dep_ == "conj" and c.tag_ == "VBN" and c.i == v.i + 2 and \
                v.doc[v.i + 1].dep_ == "cc":
            agents = [x for a in c.children if a.dep_ == "agent"
                      for x in a.children if x.dep_ == "pobj"]
            return agents or _shared_agent(c)
    return []


def _conjuncts(t: Any) -> list[Any]:
    """The other members of a coordination headed by *t*: "A and B", "A, B, and C" (which
    the parser often reads as A with B in apposition)."""
    end = _subject_end(t)
    return [c for c in t.subtree if _is_member(c) and c.head.i != c.i and c.i < end and
            _conj_root(c).i == t.i and c.pos_ in ("PROPN", "NOUN", "PRON")]


def _subject_end(t: Any) -> int:
    """Where the words that can belong to *t* end: a subject's members and appositions come
    before its verb (one after it is a misparse of a list in the object)."""
    return int(t.head.i) if t.dep_ in ("nsubj", "nsubjpass") and t.head.i > t.i \
        else len(t.doc)


def _is_member(t: Any) -> bool:
    return t.dep_ == "conj" or (t.dep_ == "appos" and any(c.dep_ == "conj" for c in t.children))


def _conj_root(t: Any) -> Any:
    while _is_member(t) and t.head.i != t.i:
        t = t.head
    return t


def _key(ref: ActorRef | None) -> tuple[str | None, str | None] | None:
    if ref is None:
        return None
    return (ref.id, ref.sector) if ref.id else (ref.name, ref.country)


def _key_text(ref: ActorRef | None) -> str:
    return "" if ref is None else f"{ref.id}:{ref.sector}:{ref.name}"


def _pairs(f: _Found) -> list[tuple[ActorRef | None, ActorRef | None]]:
    """The (source, target) pairs an event is coded for: each target of each source, each
    two participants of a joint act once, and of an act done to each other (a reciprocal
    one, "India and China clashed", "X clashed with Y", or a mutual reading, "the two sides
    agreed to withdraw troops") once as well: one report, marked mutual, stands for both
    ways (``_mutual_pair``), so one sentence is not counted twice."""
    pairs = _one_way(f)
    if not (f.mutual or f.entry.reciprocal):
        return pairs
    out: list[tuple[ActorRef | None, ActorRef | None]] = []
    for s, t in pairs:
        if (_key(t), _key(s)) not in {(_key(a), _key(b)) for a, b in out}:
            out.append((s, t))
    return out


def _mutual_pair(f: _Found, source: ActorRef | None, target: ActorRef | None) -> bool:
    """Whether a pair of *f* is read as done to each other (see :func:`_pairs`)."""
    return (f.mutual or f.entry.reciprocal) and source is not None and target is not None


def _forbidden_infinitives(verb: Any) -> list[Any]:
    """The infinitive a verb of banning governs, which English writes as its "from" phrase's
    equal ("forbade Russian airlines to fly to Georgia" = "from flying to Georgia"): read on
    for whom the ban touches."""
    if verb.pos_ != "VERB":
        return []
    return [c for c in verb.children if c.dep_ in ("xcomp", "ccomp") and c.tag_ == "VB"
            and any(a.dep_ == "aux" and a.lower_ == "to" for a in c.children)]


def _touched(thing: Any, preps: frozenset[str] = _MEASURE_PREPS) -> list[Any]:
    """The words of *thing*'s phrase that may name whom a measure on it touches: the objects
    of its prepositions ("flights to X", "visas for X"), its apposition ("apps, most of them
    Chinese"), who a "for ... to" clause names
    ("the visa regime for Georgian citizens to enter"), and a participle after it, read on
    ("airlines flying to X")."""
    out: list[Any] = []
    for c in thing.children:
        if c.dep_ == "prep" and c.lower_ in preps:  # ("for airlines flying to X")
            out.extend(x for x in c.children if x.dep_ in ("pobj", "pcomp"))
        elif c.dep_ == "appos":  # "banned 59 apps, most of them Chinese,"
            out.append(c)
        elif c.dep_ in ("advcl", "acl", "relcl") and c.pos_ == "VERB":
            marks = [m for m in c.children if m.dep_ == "mark" and m.lower_ == "for"]
            out.extend(x for m in marks for x in m.children if x.dep_ == "pobj")
            out.extend(x for x in c.children if marks and x.dep_ == "nsubj")
            if c.dep_ == "acl" and c.tag_ == "VBG":
                out.append(c)
    return out


def _foreign(f: _Found) -> bool:
    """Whether some target of *f* is of another state than its doers'."""
    states = {s.country for s in f.sources if s.country}
    return bool(states) and any(r.country and r.country not in states for r in f.targets)


def _prep_objects(prep: Any) -> list[Any]:
    """The objects of the preposition *prep*, or, where it has none, of the prepositions
    joined to it ("flights to and from Georgia": the parser hangs Georgia on "from" only,
    and what goes to and from a place goes to it)."""
    objects = [x for x in prep.children if x.dep_ == "pobj"]
    if objects:
        return objects
    return [x for c in prep.children if c.dep_ == "conj" and c.pos_ == "ADP"
            for x in c.children if x.dep_ == "pobj"]


def _is_measure(entry: Entry) -> bool:
    """Say whether *entry* is a measure on things (a ban, a sanction, or its easing), whose
    target may be named only inside the things' phrase."""
    return entry.type in ("SANCTION", "CONCEDE") or \
        (entry.type == "RETREAT" and entry.mode == "ease") or \
        (entry.type == "COERCE" and entry.mode == "restrict")


def _forces(refs: list[ActorRef]) -> bool:
    """Say whether *refs* are all armed forces ("the Indian and Chinese forces")."""
    return bool(refs) and all(r.sector == "MIL" for r in refs)


def _unknown_body(ref: ActorRef) -> bool:
    """Say whether *ref* is a name the parser took for an organisation the knowledge base
    lacks: what armed forces withdraw from is a place ("Patrolling Point 15"), for no army
    holds a membership to leave."""
    return ref.id is None and ref.kind == "organization"


def _one_per_actor(refs: list[ActorRef]) -> list[ActorRef]:
    """Name each actor once among one act's sources (or targets): a state read from two
    words ("New Delhi: India rejected ...": the dateline's capital and the subject;
    "China's troop deployment": China and its troops) is one side of one act, not two
    reports of it. The reading with a sector (its government, its forces) stands for it."""
    out: list[ActorRef] = []
    for r in refs:
        same = next((i for i, o in enumerate(out) if r.id and o.id == r.id), None)
        if same is None:
            out.append(r)
        elif out[same].sector is None and r.sector is not None:
            out[same] = r
    return out


def _one_way(f: _Found) -> list[tuple[ActorRef | None, ActorRef | None]]:
    sources: list[ActorRef | None] = list(f.sources) or [None]
    targets: list[ActorRef | None] = list(f.targets)
    if f.entry.symmetric and not targets and len(f.sources) >= 2:  # every pair takes part
        return [(a, b) for i, a in enumerate(f.sources) for b in f.sources[i + 1:]
                if not _one_state(a, b)]  # ("Astana, May 3: Kazakhstan and X agree")
    if f.entry.symmetric and not f.sources and len(targets) >= 2:  # "relations between A and B"
        return [(a, b) for i, a in enumerate(f.targets) for b in f.targets[i + 1:]
                if not _one_state(a, b)]
    if not targets:
        if f.entry.type == "CONSULT" and f.entry.symmetric:
            return []  # a meeting needs two sides
        targets = [None]
    elif f.entry.symmetric and len(f.sources) == 1 and len(targets) > 1 and \
            f.sources[0].country:  # "X held talks to strengthen relations between the two
        own = _side_of(f.sources[0])  # countries": X's own state takes part, on X's side
        targets = [t for t in targets if t is None or _side_of(t) != own] or targets
    pairs = [(s, None if _one_state(s, t) else t) for s in sources for t in targets
             if not (s is not None and t is not None and s.id and s.id == t.id)]
    if f.entry.type == "CONSULT" and f.entry.symmetric:
        pairs = [(s, t) for s, t in pairs if t is not None]  # (a meeting needs two sides)
    return list(dict.fromkeys(pairs))


#: Sectors of a state's own branches: its government, forces, legislature and courts.
_STATE_BRANCHES = frozenset({"GOV", "MIL", "LEG", "JUD"})


def _owner_not_party(t: Any, f: _Found) -> bool:
    """Whether *t* owns a noun that names someone else than its owner ("India's western
    neighbour") or the stance of *f*'s own words ("expressed India's displeasure with X":
    India holds it): no target of *f*."""
    if t.dep_ != "poss":
        return False
    noun = t.head
    return noun.lemma_.lower() in _RELATIONAL or \
        noun.i in {x.i for x in f.tokens} and noun.head.lemma_.lower() in _EXPRESSING


def _one_state(a: ActorRef | None, b: ActorRef | None) -> bool:
    """Whether *a* and *b* are one state: the state itself and a branch, officer or body of
    its own ("Putin flew to Moscow", "Wang Yi said China ...", "India and China agreed":
    India with itself), so that no relation is between them; a state's citizens, parties
    or companies with it are ("the opposition protested against the government")."""
    if a is None or b is None:
        return False
    state, other = (a, b) if a.kind == "country" and a.sector in (None, "GOV") else (b, a)
    return state.kind == "country" and state.sector in (None, "GOV") and \
        bool(state.id) and other.country == state.id and \
        (other.sector is None or other.sector in _STATE_BRANCHES)


def polarity(t: Any) -> tuple[str, Any] | None:
    """Say whether the act *t* heads is refused, reversed, questioned, failed, disrupted or
    curbed, and by which word: ("refuse" | "reverse" | "doubt" | "fail" | "disrupt" |
    "curb", the word), else
    None. The act must be an argument of that word ("refused to sign", "the refusal of aid",
    "questions about its membership", "suspended cooperation"), not a phrase of time or
    circumstance beside it. An act reached through a step toward it ("suspended the
    referendum on joining", "halted plans to join") is not done, never undone: "fail"."""
    node, stepped = t, False
    for _ in range(4):
        if _no_longer(node):
            return "fail", node  # "no longer cooperates"
        dep = node.dep_
        if node.head.i == node.i:
            return None
        if dep == "conj" and node.head.dep_ != "ROOT":
            node = node.head  # "refused to impose sanctions or [lend] support": both refused
            continue
        if dep in ("pobj", "pcomp") and node.head.lower_ == "against" and \
                node.head.head.lemma_.lower() in _DECIDE:
            return "refuse", node.head.head  # "voted against ratifying the agreement"
        if dep in _POLARITY_LINKS or (dep == "nsubj" and (
                node.head.tag_ == "VBN" or node.head.pos_ == "ADJ" or node.head.lemma_ == "be")):
            gov = node.head
            if dep == "nsubj" and gov.lemma_ == "be":  # "the membership was frozen"
                gov = next((c for c in gov.children if c.dep_ in ("acomp", "attr")), gov)
            if dep == "xcomp" and gov.lemma_ == "be":  # "it was impossible to accept":
                gov = next((c for c in gov.children if c.dep_ == "acomp"), gov)  # (the
                # parser hangs the infinitive on "was", not on the adjective)
            if dep == "ccomp" and gov.lemma_.lower() in _REPORTING:
                return None  # "said it would cooperate": a report, not a polarity
        elif (dep == "pobj" or dep == "pcomp" and _steps_to(node.head.head)) \
                and node.head.dep_ == "prep" and node.head.head.i != node.head.i:
            gov = node.head.head
            preps = _VERB_POLARITY_PREPS if gov.pos_ in ("VERB", "AUX", "ADJ") \
                else _POLARITY_PREPS
            if node.head.lower_ not in preps:
                return None
        else:
            return None
        if node.lower_ == "without" or gov.lower_ == "without":
            return "fail", gov
        lemma = gov.lemma_.lower()
        if lemma in _DISMISSING and not t.tag_.startswith("VB"):
            return None
        if _phrasal(gov):
            return next(_PHRASAL_POLARITY[(lemma, c.lower_)] for c in gov.children
                        if c.dep_ == "prt" and (lemma, c.lower_) in _PHRASAL_POLARITY), gov
        for how, words in (("fail", _FAIL), ("refuse", _REFUSE), ("reverse", _REVERSE),
                           ("doubt", _DOUBT), ("disrupt", _DISRUPT), ("curb", _CURB)):
            if lemma in words:
                stepped = stepped or _steps_to(gov) and dep != "dobj"
                return ("fail" if stepped and how != "refuse" else how), gov
        stepped = stepped or lemma in _STEPS
        node = gov
    return None


def _steps_to(word: Any) -> bool:
    """Whether *word* is a step toward an act, or has one as its object ("suspends the
    referendum to join", as the parser hangs the infinitive on the verb)."""
    return word.lemma_.lower() in _STEPS or any(
        c.dep_ == "dobj" and c.lemma_.lower() in _STEPS for c in word.children)


#: Steps toward an act: a vote or a plan on it is not the act, and stopping one is no
#: reversal of the act (the act is not done).
_STEPS = frozenset({"referendum", "vote", "plebiscite", "plan", "bid", "proposal",
                    "preparation"})


#: Hostile acts whose report by another side is an allegation against their doer (PLOVER
#: ACCUSE: "the ministry said Russian troops detained two citizens"), and the verbs of
#: stating or of concern that make it one ("said", "noted", "stressed", "is concerned
#: that"; not "reported", "wrote", which media do).
_ALLEGED = {"ASSAULT", "COERCE", "SANCTION", "THREATEN"}
_STATING = {"say", "note", "stress", "state", "add", "claim", "allege", "insist", "declare",
            "emphasise", "emphasize", "point", "reveal", "charge", "assert", "maintain",
            "underline", "complain", "warn", "tell", "inform",
            "concern", "worry", "alarm", "deplore", "regret"}  # ("is concerned that ...")

#: The same stance tagged an adjective ("we are concerned that ...")
_CONCERNED = {"concerned", "worried", "alarmed"}

#: Verbal acts (PLOVER's statements): said in the passive, they are the speaker's.
_VERBAL = {"SUPPORT", "ACCUSE", "REJECT", "REQUEST", "THREATEN", "AGREE"}
_TURNED = ("/refuse", "/reverse", "/doubt")  # the ids of entries _turned makes


def _phrasal(verb: Any) -> bool:
    """Whether *verb* is a phrasal verb that refuses or reverses ("ruled out", "called off")."""
    lemma = verb.lemma_.lower()
    return any(c.dep_ == "prt" and (lemma, c.lower_) in _PHRASAL_POLARITY
               for c in verb.children)


def _threatened(f: _Found) -> bool:
    """Whether *f* is a threat told by the act it threatens ("would take appropriate
    measures", "may take countermeasures if ...", "vowed retaliation"): PLOVER's THREATEN is
    the statement of a possible act, so the act's future, modal or condition is the threat's
    content, and the threat itself was made. A threat told by its own verb ("could threaten")
    keeps its modality."""
    return f.entry.type == "THREATEN" and f.trigger.lemma_.lower() not in ("threaten", "threat")


def _only_possible(verb: Any) -> bool:
    """Whether *verb* is said to be the only thing possible ("it can only be welcomed", "we
    can only condemn"): an emphatic statement of the act, not a possibility."""
    return any(c.dep_ == "aux" and c.lower_ == "can" for c in verb.children) and \
        any(c.dep_ == "advmod" and c.lower_ == "only" for c in verb.children)


def _no_longer(node: Any) -> bool:
    return any(c.lower_ == "longer" and any(g.lower_ == "no" for g in c.children)
               for c in node.children)


def _turned(entry: Entry, how: str) -> Entry:
    """The entry an act becomes when it is refused, questioned or reversed."""
    if how in ("refuse", "doubt"):
        return replace(entry, id=f"{entry.id}/{how}", type="REJECT", mode=entry.mode,
                       intensity=-4.0 if how == "refuse" else -3.0, symmetric=False,
                       intent=False)
    if entry.type in COOPERATIVE:  # suspended, froze, left, cut
        mode = "leave" if entry.id == "join" else "discontinue" if _material_flow(entry) \
            else "withdraw"
        return replace(entry, id=f"{entry.id}/{how}", type="SANCTION", mode=mode,
                       intensity=-5.5, symmetric=False, intent=False)
    mode = "ceasefire" if entry.type == "ASSAULT" else "ease"  # lifted a sanction, a siege
    return replace(entry, id=f"{entry.id}/{how}", type="RETREAT", mode=mode, intensity=4.0,
                   symmetric=False, intent=False)


def _material_flow(entry: Entry) -> bool:
    """Whether an entry codes money or goods flowing to another (aid, investment): cutting
    it discontinues the flow, as cutting aid does, rather than withdrawing from ties."""
    return entry.type == "AID" or entry.type == "COOPERATE" and "economic" in entry.context


def _apply_polarity(found: list[_Found],
                    doers: Callable[[Any], list[ActorRef]] | None = None) -> list[_Found]:
    """Decide each act's polarity before its type counts: a cooperative act refused becomes
    REJECT, reversed SANCTION, failed negated; the refusing word's own event, if it coded
    one, is the same event and goes (its target is kept when the act had none). An act
    turned by a verb that codes no event of its own is done by that verb's subject ("the
    two sides cancelled the talks": the sides withdraw from them), read with *doers*."""
    by_trigger = {g.trigger.i: g for g in found}
    drop: set[int] = set()
    for f in found:
        hit = polarity(f.trigger)
        if hit is None:
            continue
        how, word = hit
        if how in ("disrupt", "curb"):
            if f.entry.type not in COOPERATIVE:
                continue
            how = "reverse"
        governor = by_trigger.get(word.i)
        if governor is not None and governor is not f and len(governor.entry.lemmas) > 1 \
                and governor.entry.layer == "own" and not _phrasal(word):
            continue  # "halted economic aid": the governing word's own pattern codes it
            # (not "ruled out aid": a pattern for the bare verb does not read the particle;
            # nor a generated one: "broke off the talks" is no CAMEO "break off" threat)
        if how == "fail" or (how != "reverse" and f.entry.type not in COOPERATIVE):
            f.negated = True
            if how == "fail" and governor is not None and governor is not f:
                drop.add(id(governor))  # "failed to agree": one event, the agreement negated
            continue
        if how == "reverse" and f.entry.type == "REJECT":
            continue
        owners = f.sources if f.entry.pos == "noun" and not any(
            c.dep_ in ("nsubjpass", "auxpass") for c in word.children) else []
        f.entry = _turned(f.entry, how)
        if governor is None and doers is not None and word.pos_ in ("VERB", "AUX") and \
                (not f.sources or owners):
            by = doers(word)
            if by and not {_side_of(r) for r in by} & {_side_of(r) for r in owners}:
                # "India restricted investments from China", "urged India to stop Chinese
                # investments": the act's owners undergo its reversal by another side (not
                # "the White House cancelled the president's visit")
                f.targets = f.targets or owners
                f.sources = by
            elif not f.sources:
                f.sources = by
        if governor is not None and governor is not f:
            if not f.targets:
                f.targets = governor.targets
            if governor.sources:  # "the organisation's refusal to come to its aid"
                f.sources = governor.sources
            f.tokens = [*f.tokens, *governor.tokens]
            drop.add(id(governor))
    return [f for f in found if id(f) not in drop]


def _drop_governing_intent(found: list[_Found]) -> list[_Found]:
    """An "offered aid" or "instructed ... to restore ties" is the governed event, planned:
    the intent word's own event is dropped, unless it asks another side to act ("Russia
    told Georgia to withdraw": Russia's REQUEST to Georgia, besides the withdrawal asked
    for)."""
    triggers = {f.trigger.i: f for f in found}
    drop: set[int] = set()
    for f in found:
        node = f.trigger
        for _ in range(4):
            if node.head.i == node.i:
                break
            node = node.head
            g = triggers.get(node.i)
            if g is not None and g is not f and g.entry.intent and not _asks_another(g):
                drop.add(id(g))
                break
    return [f for f in found if id(f) not in drop]


def _asks_another(g: _Found) -> bool:
    """Whether *g* is a request or an order to an actor of another side than its giver."""
    return g.entry.type == "REQUEST" and any(
        s.country and t.country and s.country != t.country for s in g.sources
        for t in g.targets)  # (not "ordered his interior secretary to report")


def _only_pair(named: list[Mention], pair: tuple[str, str], sent: Any,
               ctx: _Context) -> bool:
    """Whether a sentence names no one outside the article's *pair* of states: neither an
    actor of another state or none (an organisation), nor a person, body or people the
    knowledge base does not know ("accused European states", "the Dalai Lama's plan"), any
    of whom may be the one the act is aimed at."""
    if any(m.country not in pair for m in named):
        return False
    covered = [(m.start, m.end) for m in named]
    return not any(ent.label_ in counterpart.PARTY_LABELS and
                   not any(a < ent.end_char and ent.start_char < b for a, b in covered)
                   for ent in _sent_ents(sent, ctx))


def _state_doer(e: Report, country: str | None, named: list[Mention], ctx: _Context) -> bool:
    """Whether the sentence names the doer's state as one that acts ("Beijing", "the foreign
    ministry", "Xi"), and as the subject of the act's verbs where they have one: not only as
    the nationality of someone else ("the Georgian TV host who insulted him"), nor beside a
    subject of another ("the government has ruled out investments from China")."""
    acting = [m for m in named if m.country == country and counterpart.acts_for_state(m)]
    if not acting:
        return False
    ev = e.evidence[0]
    for v in ctx.doc.char_span(ev.trigger_start, ev.trigger_end, alignment_mode="expand") or ():
        subjects = [c for c in v.children if c.dep_ in ("nsubj", "nsubjpass")] \
            if v.pos_ in ("VERB", "AUX") else []
        if subjects and not any(t.idx <= m.start < t.idx + len(t)
                                for m in acting for c in subjects for t in c.subtree):
            return False
    return True


def _addressed(verb: Any) -> bool:
    """Whether *verb* names whom it addresses as its object: a verb whose object is always
    the one addressed ("accused the smugglers of provocations", "warned the rebels"), or
    one with the act in a phrase or clause after the object ("urged the government to ban
    imports", "blamed the rebels for the attack"): the object is the target, written."""
    children = list(verb.children)
    if not any(c.dep_ in ("dobj", "dative") for c in children):
        return False
    return verb.lemma_.lower() in counterpart.ADDRESSING or any(
        c.dep_ == "prep" and c.lower_ in ("of", "for") or c.dep_ in ("xcomp", "ccomp")
        for c in children)


def _aimed_elsewhere(e: Report, sent: Any) -> bool:
    """Whether a request's own words address it to someone the article's pair need not be:
    an addressee written though unknown ("urged the smugglers to", "demanded that the
    smugglers reopen", "called on the international community"), or a call to the streets
    ("called for protests"): a state's own public."""
    trigger = next((t for t in sent if t.idx == e.evidence[0].trigger_start), None)
    if trigger is None or _side_written(sent, trigger.idx, by=False) or _addressed(trigger):
        return True
    if e.type != "REQUEST":  # (ties with many: "its international partnerships")
        ev = e.evidence[0]
        words = sent.doc.char_span(ev.trigger_start, ev.trigger_end, "expand") or ()
        return counterpart.with_many(w.text for t in words for w in t.subtree)
    return bool({t.lemma_.lower() for t in trigger.subtree} & counterpart.RALLIES) or \
        _asked_in_clause(trigger)


def _asked_in_clause(verb: Any) -> bool:
    """Whether a request names whom it asks as the doer of the clause it asks for
    ("demanded that the smugglers reopen the crossing"), not a pair noun ("said the
    neighbours should coexist": the two) nor a thing ("demanded that the checkpoint be
    removed")."""
    return any(s.dep_ == "nsubj" and s.pos_ in ("NOUN", "PROPN") and
               s.lower_ not in _PAIR_NOUNS
               for c in verb.children if c.dep_ in ("ccomp", "xcomp") for s in c.children)


#: Prepositions that introduce whom an act is aimed at ("ties with", "sanctions on", "a
#: protest to", "fired at"): a phrase after one names the target, known or not.
_TARGET_PREPS = {"with", "against", "on", "upon", "to", "toward", "towards", "at"}


def _side_written(sent: Any, trigger_start: int, by: bool) -> bool:
    """Whether the sentence writes the missing side of the act whose trigger starts at
    *trigger_start*, as a phrase the knowledge base may not know: a target after a target
    preposition on the trigger or its object ("strengthen ties with the West", "imposed
    sanctions on the oligarchs"), or, for a missing doer (*by*), a passive's agent ("were
    detained by unidentified men"). Such a side is unknown, not implicit: the previous
    sentence must not fill it. A time is no side ("imposed sanctions on Monday"), nor an
    act pointed back to ("respond to such actions"), whose doer the sentence before told."""
    trigger = next((t for t in sent if t.idx == trigger_start), None)
    if trigger is None:
        return False
    heads = [trigger, *(c for c in trigger.children if c.dep_ in ("dobj", "attr", "nsubjpass"))]
    for head in heads:
        for child in head.children:
            has_object = any(g.dep_ == "pobj" and not _reciprocal(g) and not _points_back(g)
                             and g.ent_type_ not in ("DATE", "TIME") for g in child.children)
            if by and child.dep_ == "agent" and has_object:
                return True
            if not by and child.dep_ == "prep" and child.lower_ in _TARGET_PREPS and has_object:
                return True
    return False


def _reciprocal(t: Any) -> bool:
    """Whether *t* is the pronoun of "each other" or "one another": the doers themselves, no
    side written besides them ("fired on each other", "a threat to one another")."""
    return t.i > 0 and (t.doc[t.i - 1].lower_, t.lower_) in _EACH_OTHER or \
        t.i + 1 < len(t.doc) and (t.lower_, t.doc[t.i + 1].lower_) in _EACH_OTHER  # ("one"
    # is the object where the parser reads "another" as its determiner)


def _responses(events: list[Report]) -> list[Report]:
    """A denial or rejection without a target answers the latest accusation, demand or threat
    aimed at its source: "Moscow has denied the accusations" → REJECT Russia → the accuser."""
    out: list[Report] = []
    for e in events:
        if e.type == "REJECT" and e.target is None and e.source is not None:
            for prior in reversed(out):
                if prior.type in ("ACCUSE", "REQUEST", "THREATEN") and prior.source and \
                        prior.target and _same_side(prior.target, e.source) and \
                        not _same_side(prior.source, e.source):  # (an answer to another side)
                    e = e.evolve(target=replace(prior.source, basis="inferred-previous"))
                    break
        out.append(e)
    return out


#: Acts a person's possessive names the one who undergoes ("X's arrest", "X's release").
_UNDERGONE = {"arrest", "abduct", "release"}
#: Acts of holding someone, whose doer is the one who can release them.
_HOLDING = {"arrest", "abduct", "restrict"}


def _releases(events: list[Report]) -> list[Report]:
    """A release with no doer written ("was freed on December 28", "the body was handed
    over to the Georgian side") is by whoever the article says held that person or side:
    the doer of its latest detention or abduction of them (before it, else after). So is a
    later step of a detention told without its doer ("he was sent to pretrial detention",
    "was sentenced", "he was one of three citizens arrested"), by the doer of the detention
    or release of that side told before it."""
    out: list[Report] = []
    for n, e in enumerate(events):
        later = e.mode == "arrest" and e.type == "COERCE"
        if (e.mode == "release" or later) and e.source is None and e.target is not None:
            held = [p for p in (*reversed(events[:n]), *([] if later else events[n + 1:]))
                    if (p.type == "COERCE" and _holds(p) or later and
                        p.mode == "release")  # (who released a side's people held them)
                    and p.source is not None and p.target is not None
                    and _same_side(p.target, e.target) and not _same_side(p.source, e.target)]
            doer = held[0].source if held else None
            if doer is not None:
                source = replace(doer, basis="inferred-previous")
                ev = e.evidence[0]
                e = e.evolve(source=source, id=event_id(ev.article_id, ev.start,
                                                        ev.trigger_start, e.rule, source,
                                                        e.target))
        out.append(e)
    return out


def _holds(e: Report) -> bool:
    """Whether a coercion holds people: a detention or abduction, or a restriction of a
    person or of a state's civilians ("kept under house arrest"), not of its territory ("the
    territory occupied by Russia" holds no one a release could free)."""
    if e.mode != "restrict":
        return e.mode in _HOLDING
    return e.target is not None and (e.target.kind == "person" or e.target.sector == "CVL")


def _side_of(ref: ActorRef) -> str | None:
    """The state (or, without one, the actor) a side stands for: Putin and Russia are one."""
    return ref.country or ref.id or ref.name


def _same_side(a: ActorRef, b: ActorRef) -> bool:
    return bool(a.id and a.id == b.id) or bool(a.country and a.country == b.country) or \
        (not a.id and not b.id and a.name == b.name)


#: What makes a meeting the pair's one before this ("the last meeting", "the previous round").
_PREVIOUS = frozenset({"last", "previous", "preceding", "earlier"})


def _recalled_occasions(found: list[_Found]) -> set[int]:
    """Give a recalled occasion its sentence's pair and return the ids of those so given: in
    "building on the last meeting on 17 July, the two sides exchanged views" the last meeting
    is the one between the sides the sentence names, an event of its own when a date tells
    which (the caller drops it otherwise)."""
    out: set[int] = set()
    for f in found:
        if f.sources or f.targets or f.entry.pos != "noun" or \
                not any(c.dep_ == "amod" and c.lower_ in _PREVIOUS for c in f.trigger.children):
            continue
        pair = next((g for g in found if g is not f and g.entry.type == f.entry.type and
                     g.sources and (g.targets or len(g.sources) > 1)), None)
        if pair is not None:
            f.sources, f.targets = list(pair.sources), list(pair.targets)
            out.add(id(f))
    return out


def _drop_untargeted(events: list[Report]) -> list[Report]:
    """Drop an event without a target when the same sentence codes it with one."""
    with_target = {(e.type, _key(e.source)) for e in events if e.target is not None}
    return [e for e in events if e.target is not None or (e.type, _key(e.source))
            not in with_target]


def _governors(t: Any, also: tuple[str, ...] = ()) -> list[Any]:
    """*t* and the words that govern it as an intention or condition would: "plans to
    [visit]", "the decision to [join]", "waiting for [the visit]", "not aimed at [severing]";
    never past a past participle describing a noun, whose act is done whatever is planned or
    denied of the noun ("ready to restore the ties [severed] in 2008", "did not honour the
    agreement [signed] last year")."""
    out = [t, *mood.coordinates(t)]  # "will withdraw and [sign]": sign's "will"
    node = out[-1]
    for _ in range(5):
        if node.head.i == node.i:
            break
        if node.dep_ == "acl" and node.tag_ == "VBN":
            break  # "restoring the ties severed by Tbilisi in 2008": the severing is done
        if node.dep_ in ("xcomp", "acl", "pcomp", "pobj", "prep", "dobj", "attr",
                         "nsubjpass", *also) or (node.dep_ == "ccomp" and
                                                 node.head.lemma_.lower() not in _REPORTING) \
                or _noun_infinitive(node):
            node = node.head
            out.append(node)
            continue
        break
    return out


def _misread_main_verb(v: Any) -> bool:
    """Whether *v*, parsed as a participle describing the sentence's root noun, is in truth
    the sentence's main verb after a relative clause set off by commas: "X, who opposes Y,
    called Z a provocation" (the parser makes X the root and "called" a modifier of X, as in
    "a man called John"). Only a participle with an object or predicate of its own, right
    after the comma that closes a relative clause on that noun, where no verb governs it."""
    head = v.head
    return (v.dep_ == "acl" and head.dep_ == "ROOT" and head.pos_ in ("PROPN", "NOUN")
            and v.i > 0 and v.doc[v.i - 1].text == ","
            and any(c.dep_ == "relcl" and c.i < v.i for c in head.children)
            and any(c.dep_ in ("dobj", "oprd", "ccomp") for c in v.children))


def _noun_infinitive(v: Any) -> bool:
    """Whether *v* is an infinitive a noun governs that the parser labels a relative clause
    ("would find the strength to apologize", "the chance to meet"): governed like the noun's
    other infinitives ("the decision to join"), so what governs the noun governs it."""
    return v.dep_ == "relcl" and v.tag_ == "VB" and \
        any(c.dep_ == "aux" and c.lower_ == "to" for c in v.children)


#: Prepositions that set the background of a clause: "after the invasion", "amid protests".
_BACKGROUND_PREPS = _REFERENCE_PREPS | {"amid", "amidst", "during", "despite", "since"}


def _in_passing(f: _Found) -> bool:
    """Whether an act is only mentioned in passing, not reported: a participle describing a
    noun before it ("Russian-backed separatists", "the EU-mediated ceasefire"; "soldiers
    killed in Ukraine" after it reports a killing) or a noun setting a clause's background
    ("after the invasion", "amid protests"). With both sides named it still says who did
    what to whom; with one, it is no event of its own."""
    t = f.trigger
    if f.entry.pos == "verb":
        return t.dep_ == "amod" and t.tag_ == "VBN" and len(f.tokens) == 1
    return t.dep_ == "pobj" and t.head.lower_ in _BACKGROUND_PREPS


def _kinds_ok(f: _Found) -> bool:
    """Apply an entry's target_kind (to "host" a person, not a military base); a symmetric
    act of two subjects is between them ("India and China fought a war")."""
    if not f.entry.target_kind:
        return True
    f.targets = [r for r in f.targets if r.kind in f.entry.target_kind]
    return bool(f.targets) or f.entry.alone or (f.entry.symmetric and len(f.sources) > 1)


def _has_anaphor(sent: Any) -> bool:
    """Whether a sentence that names no actor may point back to some: a pronoun, or a pair
    noun ("the two sides", "both countries") after a sentence naming both."""
    return any(t.lower_ in _PERSON_PRONOUNS or t.lower_ in _THING_PRONOUNS or
               t.lower_ in _PAIR_NOUNS for t in sent)


def _misjoined(conjunct: Any, verb: Any) -> bool:
    """Whether *conjunct*, a gerund the parser joined to the infinitive *verb* of a "for X
    to ..." clause, is of another form than it: it continues the clause above, not the
    infinitive's, so the infinitive's subject (the ones it is for) does not do it."""
    return conjunct.dep_ == "conj" and conjunct.head.i == verb.i and \
        conjunct.tag_ == "VBG" and verb.tag_ == "VB" and \
        any(c.dep_ == "mark" and c.lower_ == "for" for c in verb.children)


def _wish_noun_phrase(verb: Any, t: Any) -> bool:
    """Whether *verb*'s object is a noun of wishing and the act *t* is in a phrase or an
    infinitive the parser hung on the verb rather than on the noun after it ("expressed
    interest in joining the bloc", "citing their aspiration to join X": the wish is to
    join, which is not done)."""
    if verb.pos_ != "VERB":
        return False
    wish = next((c for c in verb.children if c.dep_ == "dobj" and c.lower_ in _WISH_NOUNS),
                None)
    return wish is not None and any(
        (c.dep_ == "xcomp" or c.dep_ == "prep" and c.lower_ in ("in", "for", "of")) and
        c.i > wish.i and (c.i == t.i or c.is_ancestor(t))
        for c in verb.children)


_WISH_NOUNS = frozenset({"interest", "aspiration", "aspirations", "hope", "hopes", "wish",
                         "desire", "readiness", "willingness"})


def _tense(verb: Any) -> dates.Tense:
    aux = {c.lower_ for c in verb.children if c.dep_ == "aux"}
    if aux & (_FUTURE_AUX | {"would", "'d"}) or verb.tag_ == "VB" and "to" in aux:
        return "future"
    if verb.tag_ in ("VBD", "VBN") or aux & {"did", "had", "has", "have", "was", "were"}:
        return "past"
    return "present"


#: How long before its page's date a time cannot be the time of a verb in the present.
_PRESENT_DAYS = 365


def _before_its_present(phrase: str, verb: Any, f: _Found, sent: Any, reference: str | None
                        ) -> bool:
    """Whether *phrase* names a time ending more than _PRESENT_DAYS before the page's date
    while the verb it would date is in the simple present ("The Kremlin accuses the West of
    having toppled X in 2014", "Kazakhstan condemns calls to apologise for June 2010"): the
    present is the time of writing, so the time is another clause's, however the parse
    hangs it. A time told before the verb and its subject ("In 2014, Russia annexes
    Crimea", a chronology's "2008 - Russia recognises ...", a stamp's "updated: Thu Jan 10
    2008 A suicide attack kills ...") sets a historical present or a headline's day and
    stays, and so does one inside the words of a noun that tells the event ("refer to
    Ukraine's 2004 protests")."""
    if reference is None or dates.CHAIN in phrase or not _simple_present(verb):
        return False
    at = sent.text.find(phrase)
    if at < 0:
        return False
    at += sent.start_char
    subjects = [c.idx for c in verb.children if c.dep_ in ("nsubj", "nsubjpass")]
    t = f.trigger
    inside = f.entry.pos == "noun" and \
        t.left_edge.idx <= at < t.right_edge.idx + len(t.right_edge.text)
    return at >= min([verb.idx, *subjects]) and not inside and _long_before(phrase, reference)


def _long_before(phrase: str, reference: str) -> bool:
    """Whether *phrase* names a time ending more than _PRESENT_DAYS before *reference*."""
    day, _ = point_in_time(phrase, reference, "past")
    try:
        cutoff = dt.date.fromisoformat(reference) - dt.timedelta(days=_PRESENT_DAYS)
    except ValueError:
        return False
    return day is not None and day < cutoff.isoformat()[:len(day)]


def _joined_to_the_past(verb: Any, ctx: _Context) -> bool:
    """Whether *verb*, a simple present, is joined by "and" or "but" to a clause that tells
    a time more than _PRESENT_DAYS before the page ("Russia allows most neighbours visa-free
    entry but imposed visas on Georgians in 2000", "the two have a dispute dating back to
    1962 and are in talks"): the sentence sets a standing state against its past origin,
    background rather than the day's news. (A time inside the verb's own clause, "calls on
    Russia to respect the agreement reached in 2008", leaves it the day's news.)"""
    reference = ctx.article.published
    if reference is None:
        return False
    joined = {c.i for c in verb.children if c.dep_ == "conj"} | \
        ({verb.head.i} if verb.dep_ == "conj" else set())
    sent = verb.sent
    for a, b in _expressions(ctx):
        if sent.start_char <= a and b <= sent.end_char and _long_before(ctx.article.text[a:b],
                                                                        reference):
            span = ctx.doc.char_span(a, b, alignment_mode="expand")
            clause = _finite_clause_verb(span.root) if span is not None else None
            if clause is not None and clause.i in joined:
                return True
    return False


def _before_the_end(prep: Any, obj: Any) -> bool:
    """Whether *prep* is "before" the end of a period ("may resume before the end of May"):
    a deadline inside the period, as "by the end of May" is, not a reference point outside
    it as "before May" or "after the end of May" are."""
    return bool(prep.lower_ == "before" and obj.dep_ == "pobj" and obj.lower_ == "end")


def _onset_after(prep: Any) -> Any:
    """The verb of the "after" clause that tells what began a state told "since" a time ("have
    been locked in a standoff since June 16 after Indian troops stopped the road"): the act
    the state began with, at that time, as no other time is told for it; else None. Not
    when the clause is measured back from it ("since June 16, weeks after troops stopped"),
    nor when it tells a time of its own ("after troops stopped ... on May 30")."""
    if prep.lower_ != "since" or prep.head.pos_ not in ("VERB", "AUX"):
        return None
    for c in prep.head.children:
        if c.dep_ == "advcl" and c.tag_ == "VBD" and \
                any(m.dep_ == "mark" and m.lower_ == "after" and not list(m.children)
                    for m in c.children) and not any(m.dep_ == "npadvmod" for m in c.children) \
                and not any(t.ent_type_ == "DATE" for t in c.subtree):
            return c
    return None


def _finite_clause_verb(token: Any) -> Any:
    """The finite verb of the clause *token* is in ("dating back to 1962" in "have a
    dispute dating back to 1962": have), if any within a few steps up its heads."""
    node = token
    for _ in range(8):
        if node.pos_ in ("VERB", "AUX") and node.tag_ in ("VBD", "VBZ", "VBP", "MD"):
            return node
        if node.head.i == node.i:
            return None
        node = node.head
    return None


def _verb_tense(node: Any) -> dates.Tense:
    """The tense a date of *node* is read in: its finite verb's; the past when no verb in
    the simple present carries it ("Russia's Feb. 24 invasion", a noun alone; "moving signs
    after ...", a participle), as what is named so is what was done: only a simple present
    tells a schedule ("the talks open on May 9"), whose month and day ahead are meant."""
    verb = _finite_head(node)
    tense = _tense(verb) if verb.pos_ in ("VERB", "AUX") else "past"
    return "past" if tense == "present" and not _simple_present(verb) else tense


def _finite(f: _Found) -> bool:
    """Whether the event is asserted by a finite verb ("deployed", "has met"), not told in
    passing by a modifier ("a Russian-brokered agreement", "in halting the hostilities")."""
    node = f.clause if f.entry.pos == "noun" else f.trigger
    if node is None:
        return False
    if node.dep_ in ("amod", "acl", "pcomp", "relcl") and node.tag_ in ("VBN", "VBG"):
        return False
    return node.tag_ in ("VBD", "VBZ", "VBP") or any(c.dep_ == "aux" for c in node.children)


def point_in_time(phrase: str, reference: str | None,
                  tense: dates.Tense = "past") -> tuple[str | None, dates.Precision | None]:
    """Return the date and precision *phrase* gives an event, anchored on *reference*.

    An explicit range ("May 9-10, 2024", "January-March 2020") dates the event by its start,
    as a multi-day event is dated by its first day; a relative one ("this week", "the past
    two years") is not one day but the month or year that holds it, or no date when it
    spans more. A phrase that does not resolve (a vague "recently") gives no date.
    """
    anniversary = _ANNIVERSARY.match(phrase.strip())
    if anniversary is not None:
        return _anniversary(int(anniversary[1]), anniversary[2], reference)
    found = dates.resolve(phrase, reference, tense)
    if found is None:
        return None, None
    if found.end is None or not _RELATIVE_RANGE.search(phrase):
        return found.date, found.precision
    if found.date[:7] == found.end[:7]:
        return found.date[:7], "month"
    if found.date[:4] == found.end[:4]:
        return found.date[:4], "year"
    return None, None


#: "the 17th anniversary of August 2008": the day N years after the date it names.
_ANNIVERSARY = re.compile(r"(?:the\s+)?(\d{1,3})(?:st|nd|rd|th)\s+anniversary\s+of\s+(.+)",
                          re.IGNORECASE)


def _anniversary(years: int, phrase: str, reference: str | None
                 ) -> tuple[str | None, dates.Precision | None]:
    """Return the date of the *years*-th anniversary of what *phrase* dates: what is done
    on "the 17th anniversary of August 2008" is done in August 2025, not in 2008."""
    found = dates.resolve(phrase, reference, "past")
    if found is None:
        return None, None
    shifted = f"{int(found.date[:4]) + years:04d}{found.date[4:]}"
    if found.precision == "day":
        try:
            dt.date.fromisoformat(shifted)
        except ValueError:  # (the anniversary of a 29 February: its month)
            return shifted[:7], "month"
    return shifted, found.precision


#: Links from the words of what a statement says up to the reporting verb: "Russia is
#: interested in restoring ties, Lavrov said" climbs pcomp, prep, acomp and ccomp.
_TO_STATEMENT = {"ccomp", "xcomp", "conj", "advcl", "prep", "pcomp", "pobj", "acomp",
                 "parataxis"}


def _reporting_head(node: Any) -> Any:
    """The reporting verb whose complement holds *node* ("said that ..."), if any."""
    for _ in range(6):
        if node.head.i == node.i or node.dep_ not in _TO_STATEMENT:
            return None
        node = node.head
        if node.lemma_.lower() in _REPORTING and node.pos_ in ("VERB", "AUX"):
            return node
    return None


#: The modals of what may come to pass (not of what must: "airlines should stop flights,
#: according to the order" is the order's claim).
_POSSIBLE_AUX = frozenset({"may", "might", "could"})


def _forecast(f: Any) -> bool:
    """Whether *f*'s act is told as what may come to pass ("flights may resume", "Modi
    could hold talks with Xi"): a forecast, hypothetical even when someone is cited for it."""
    return any(c.dep_ == "aux" and c.lower_ in _POSSIBLE_AUX and not _only_possible(node)
               for node in _governors(f.trigger, also=("advcl", "ccomp", "conj", "relcl"))
               for c in node.children)


def _topic_of_talk(node: Any) -> bool:
    """Whether *node* is in what someone talks about ("speaking about the sanctions",
    "commented on the ban"): a measure named as a topic, not one announced."""
    for _ in range(6):
        if node.head.i == node.i:
            return False
        if node.dep_ == "pobj" and node.head.lower_ in ("about", "on") and \
                node.head.head.lemma_.lower() in _REPORTING | {"speak", "talk", "comment"}:
            return True
        node = node.head
    return False


def _stating_head(node: Any) -> Any:
    """The verb of stating whose finite complement holds *node* ("said that Russia
    attacked"), not one that orders it ("told Armenia to leave": an instruction)."""
    for _ in range(6):
        if node.head.i == node.i or node.dep_ not in _TO_STATEMENT:
            return None
        link, node = node.dep_, node.head
        if node.lemma_.lower() in _STATING and node.pos_ in ("VERB", "AUX") or \
                node.lower_ in _CONCERNED and node.dep_ == "acomp":
            return node if link == "ccomp" else None
    return None


def _intent_head(node: Any) -> Any:
    """The verb of decision or intent an act is the complement of ("On 28 November the
    party decided to suspend talks"): its date is the day the act was decided or announced,
    the day PLOVER codes an announced act on."""
    if node.dep_ == "xcomp" and node.head.pos_ == "VERB" and \
            node.head.lemma_.lower() in _INTENT_VERBS:
        return node.head
    return _intent_noun_verb(node)


def _intent_noun_verb(node: Any) -> Any:
    """The verb whose object is a noun of decision or intent an act is the infinitive of
    ("On Monday Russia took the decision to expel ...", "announced plans to impose ..."): the
    noun form of ``_intent_head``, dated as the verb is. Only an object, and only the doer's
    own ("its decision", not "protested China's decision to issue visas": another's, taken
    before); a subject's plan ("the plan to expel them was dropped on Monday") is told at
    another time."""
    if node.dep_ not in ("acl", "relcl") or node.tag_ != "VB" or \
            not any(c.dep_ == "aux" and c.lower_ == "to" for c in node.children):
        return None
    noun = node.head
    if noun.lower_ not in _INTENT_NOUNS or noun.dep_ != "dobj" or noun.head.pos_ != "VERB" or \
            any(c.dep_ == "poss" and c.tag_ != "PRP$" for c in noun.children):
        return None
    return noun.head


def _time_of(verb: Any, at_verb: dict[int, tuple[str, Any]]) -> tuple[str, Any] | None:
    """The date told for *verb*, or for the verb it is conjoined to without a subject of its
    own ("said on 12 June ... but suggested that ..."): one time for both."""
    for _ in range(3):
        if verb.i in at_verb:
            return at_verb[verb.i]
        if verb.dep_ != "conj" or any(c.dep_ in ("nsubj", "nsubjpass") for c in verb.children):
            return None
        verb = verb.head
    return None


def _reporting_after(span: Any) -> Any:
    """The reporting verb right after a date between its subject and it ("Singh on Tuesday
    said", "Moscow Friday announced"): the news order that puts the statement's time before
    its verb, which the parse often hangs on a noun before it instead."""
    doc = span.doc
    if span.end >= len(doc) or span.start == 0:
        return None
    verb = doc[span.end]
    before = doc[span.start - 1]
    if before.lower_ in ("on", "last", "this", "earlier", "late") and span.start > 1:
        before = doc[span.start - 2]
    if verb.lemma_.lower() not in _REPORTING or verb.tag_ not in ("VBD", "VBZ", "VBP") or \
            before.pos_ not in ("PROPN", "NOUN", "PRON"):
        return None
    return verb


#: Words that narrow a day to a part of it ("Sunday evening", "Thursday night").
_PARTS_OF_DAY = {"morning", "afternoon", "evening", "night"}


def _verb_after_time(span: Any) -> Any:
    """The finite verb right after a time told between its subject and it ("a presenter on
    Sunday evening launched ...", "troops who on Monday crossed ..."): the news order that
    puts a clause's time before its verb, which the parse often hangs on the subject noun."""
    doc = span.doc
    at = span.end + int(span.end < len(doc) and doc[span.end].lower_ in _PARTS_OF_DAY)
    if span.start < 2:
        return None
    if at + 1 < len(doc) and doc[at].text == "," and doc[span.start - 1].text != ",":
        at += 1  # "Georgians on Wednesday, May 10, staged ...": the comma closing the day
    if at >= len(doc):
        return None
    verb, before = doc[at], [doc[span.start - 1]]
    if before[0].lower_ == "on":  # the word before "on", or the subject "on" hangs on
        before = [doc[span.start - 2], before[0].head]  # ("Dozens of Georgians on ...")
    finite = verb.tag_ in ("VBD", "VBZ", "VBP") or (
        verb.tag_ == "VBN" and not any(c.dep_ in ("aux", "auxpass") for c in verb.children))
    if verb.pos_ != "VERB" or not finite or not any(
            b.head.i == verb.i and b.dep_ in ("nsubj", "nsubjpass") for b in before):
        return None
    return verb


#: PLOVER's acts of yielding: releasing, handing over, withdrawing and conceding are one act
#: when one subject's joined verbs tell them ("was released and transferred to Tbilisi").
_YIELDING = frozenset({"RETREAT", "CONCEDE"})


def _one_act(a: str, b: str) -> bool:
    """Whether two verbs joined under one subject may tell one act: the same type, or both
    acts of yielding (see ``_YIELDING``); "detained them and released them" tells two."""
    return a == b or (a in _YIELDING and b in _YIELDING)


#: Dependencies of a date written before a noun as its modifier ("the 2019 ban", "its 2008 war").
_PREMODIFIERS = frozenset({"nummod", "compound", "amod", "npadvmod", "nmod", "poss"})


def _premodified(node: Any, prev: Any) -> bool:
    """Whether a date reached *node*, a noun, as a modifier written before it ("lifted a 2019
    ban", "its 2008 war"): then it tells when that thing began or was made, and dates an event
    only where the noun is the event's own word (the 2019 ban itself), never the act done to
    it (the lifting)."""
    return node.pos_ in ("NOUN", "PROPN") and prev is not node and prev.head.i == node.i \
        and prev.i < node.i and prev.dep_ in _PREMODIFIERS


def _dated_here(node: Any, by_trigger: dict[int, list[_Found]],
                by_clause: dict[int, list[_Found]]) -> list[_Found]:
    """The events a date reaching *node* dates: those *node* is a word of, else those whose
    clause it is; both when *node* is a light verb ("a meeting was held on Monday": the
    meeting as well as the holding)."""
    own = by_trigger.get(node.i, [])
    if not own:
        return [f for f in by_clause.get(node.i, []) if _dated_with_clause(f)]
    if node.lemma_.lower() not in _LIGHT:
        return own  # "condemned the attack on Monday": the attack's day is not told
    ids = {id(f) for f in own}  # "held talks", "a meeting was held": one occasion
    return own + [f for f in by_clause.get(node.i, [])
                  if id(f) not in ids and f.entry.pos == "noun" and _dated_with_clause(f)]


def _shared_time(verb: Any, spans: list[tuple[int, int]]) -> Any:
    """The last of the verbs joined to *verb* by "and" without a subject of their own, when
    a date closes it and none is told between them ("was released and transferred to Tbilisi
    on 6 February": one time for both), else None. It dates *verb* only when that last verb
    is no act of its own (the caller's ``at_verb``): "detained them and released them on
    Friday" tells two acts, each its own time."""
    last = verb
    for _ in range(4):
        nxt = [c for c in last.children if c.dep_ == "conj" and c.pos_ == "VERB"
               and not any(g.dep_ in ("nsubj", "nsubjpass") for g in c.children)]
        if not nxt or not any(c.lower_ == "and" and c.dep_ == "cc" for c in last.children):
            break
        last = nxt[-1]
    if last is verb:
        return None
    begin, mid = verb.idx, last.idx
    end = last.right_edge.idx + len(last.right_edge.text)
    if any(begin <= s < mid for s, _ in spans):
        return None  # "arrived on Thursday and met him": each its own time
    return last if any(mid < s < end for s, _ in spans) else None


def _dates_inside(verb: Any, spans: list[tuple[int, int]], ctx: _Context) -> bool:
    """Whether a date is told inside *verb*'s own words ("arrived on Thursday and met him to
    hold talks on Friday"): then it does not share the date of the verb it is joined to. A
    date of a noun in them that is no occasion ("lifted a 2019 ban", "the ban imposed in
    2019") is that thing's, not a time of the verb."""
    first, last = verb.left_edge, verb.right_edge
    begin, end = first.idx, last.idx + len(last.text)
    return any(begin <= s and e <= end and not _of_a_thing(s, e, verb, ctx) for s, e in spans)


def _of_a_thing(start: int, end: int, verb: Any, ctx: _Context) -> bool:
    """Whether the date at *start*..*end* hangs, below *verb*, on a noun that is no occasion
    (its premodifier, or a phrase or clause of it), so it dates that noun."""
    span = ctx.doc.char_span(start, end, alignment_mode="expand")
    if span is None:
        return False
    node = span.root
    for _ in range(12):
        if node.i == verb.i or node.head.i == node.i:
            return False
        if not span.start <= node.i < span.end and node.pos_ in ("NOUN", "PROPN") and \
                node.lemma_.lower() not in _OCCASIONS:
            return True
        node = node.head
    return False


def _expressions(ctx: _Context) -> list[tuple[int, int]]:
    if ctx.expressions is None:
        ctx.expressions = dates.find_expressions(ctx.article.text)
    return ctx.expressions


def _antecedent(phrase: str, start: int, ctx: _Context, depth: int = 0) -> str | None:
    """Chain an anaphoric phrase ("the next day", "two days later") to the day told last
    before it ("March 1 … the next day"), or None when the last date told is not a day. A
    "since" phrase is passed over: it tells when a period began ("for the first time since
    2019"), not a time the text moved to."""
    text = ctx.article.text
    before = [(a, b) for a, b in _expressions(ctx) if b <= start  # "since 2019": from then
              and not text[a:b].lower().startswith("since")]  # on, not a time told
    if not before or depth > 2:
        return None
    a, b = before[-1]
    told = text[a:b]
    if dates.anaphor(told) and dates.resolve(told, ctx.article.published) is None:
        chained = _antecedent(told, a, ctx, depth + 1)
        return chained + dates.CHAIN + phrase if chained else None
    found = dates.resolve(told, ctx.article.published)
    if found is None or found.precision != "day" or found.end is not None:
        return None
    return told + dates.CHAIN + phrase


def _year_told(phrase: str, start: int, ctx: _Context) -> str:
    """Chain a month and day without a year, in an article without a date, to the last date
    told before it that states its year ("detained on 19 October 2022 \u2026 sentenced on
    December 20"), HeidelTime's reference time for a narrative; else, or when that date is
    of another episode, to the year or month the page's address states ("published 2019
    \u2026 August 29"); *phrase* alone when there is neither (``dates.resolve`` decides
    whether a chain's year can complete it)."""
    text = ctx.article.text
    told = phrase
    for a, b in reversed([(a, b) for a, b in _expressions(ctx) if b <= start]):
        if dates.resolve(text[a:b], None) is not None:
            told = text[a:b] + dates.CHAIN + phrase
            break
    if told is phrase or dates.resolve(told, None) is None:
        period = url_period(ctx.article.url)  # "agenda.ge/en/news/2019/2382": of 2019
        if period is not None:
            return dates.PUBLISHED + period + dates.CHAIN + phrase
    return told


def _set_reference(sent: Any, events: list[Report], ctx: _Context) -> None:
    """Keep the day a sentence's reported events happened on as its paragraph's reference
    time (HeidelTime's narrative reference), or drop it when the sentence tells another."""
    told = [e.date_text for e in events if e.date_basis == "text" and e.date_precision == "day"
            and e.status == "reported" and e.date_text and e.date_text not in ctx.background]
    if told:
        at = next(e.evidence[0].trigger_start for e in reversed(events)
                  if e.date_text == told[-1])
        ctx.reference = (told[-1], sent.start_char + len(sent.text.rstrip()),
                         _quote_at(at, ctx))
    elif any(True for _ in dates.find_expressions(sent.text)):
        ctx.reference = None


def _carried_reference(sent: Any, ctx: _Context) -> str | None:
    """The phrase of the reference time a sentence with no date of its own inherits: set
    earlier in its paragraph, with no paragraph break and no other date told in between."""
    if ctx.reference is None:
        return None
    phrase, end, _ = ctx.reference
    gap = ctx.article.text[end:sent.start_char]
    if "\n" in gap or "\n" in sent.text.strip() or \
            any(s >= end and s < sent.end_char for s, _ in _expressions(ctx)):
        return None
    return phrase


def _same_voice(at: int, ctx: _Context) -> bool:
    """Whether the words at *at* are told in the voice that told the paragraph's reference
    time: a speaker's quote keeps its own times, and the narrator's time does not pass into
    a quote nor a quote's into the narration (a speaker's "On 2 May, we agreed to ..." dates
    nothing the writer tells next). The page's own day ("our meeting today") is both's."""
    if ctx.reference is None:
        return False
    phrase, _, quote = ctx.reference
    if _quote_at(at, ctx) == quote:
        return True
    published = ctx.article.published
    found = dates.resolve(phrase, published) if published else None
    return found is not None and found.date == published


def _quote_at(at: int, ctx: _Context) -> tuple[int, int] | None:
    """The direct quote of one paragraph holding the character at *at*, if any."""
    if ctx.quotes is None:
        ctx.quotes = [(q.start(), q.end()) for q in _PARAGRAPH_QUOTES.finditer(
            ctx.article.text)]
    return next(((a, b) for a, b in ctx.quotes if a <= at < b), None)


def _node(f: _Found) -> Any:
    """The verb that tells an event: its trigger, or the clause verb of a noun trigger."""
    return f.clause if f.entry.pos == "noun" else f.trigger


def _told_by_clause(f: _Found) -> bool:
    """Whether the event's clause verb tells the event itself: a verb, a noun its light verb
    holds ("held talks", not a topic: "gave details of the clash") or a noun that is its
    subject ("the talks ended"); not a noun another act is done to ("recalled the clashes",
    "addressed Parliament over the clash"), which happened before that act."""
    if f.entry.pos != "noun":
        return True
    clause, noun = f.clause, f.trigger
    if clause is None or noun.head.i != clause.i:
        return False
    if clause.lemma_.lower() in _LIGHT:
        return noun.dep_ == "dobj" and not _topic_of(noun, clause)
    return noun.dep_ in ("nsubj", "nsubjpass")


def _narrated(f: _Found) -> bool:
    """Whether an event is narrated in the simple past ("the talks ended", "he accused"),
    the tense that carries a paragraph's reference time; not a perfect, present or future."""
    node = f.clause if f.entry.pos == "noun" else f.trigger
    if node is None or node.tag_ != "VBD":
        return False
    return not _looks_back(f) and not _moves_on(node) and not any(
        c.dep_ in ("aux", "auxpass") and c.lower_ not in ("did", "was", "were")
        for c in node.children)


#: Verbs of saying whose complement is what was said, at the time it was said.
_SAYING = frozenset(_REPORTING | _STATING | {"assure", "reassure", "promise", "pledge",
                                             "reiterate", "affirm", "reaffirm"})


def _narrated_saying(f: _Found) -> Any:
    """The verb of saying, narrated in the simple past, whose finite complement tells the event
    ("He assured the House that India has not conceded anything"), or None: a statement takes
    its paragraph's reference time as a narrated act does, and what it says is dated by the
    statement's time, as it is when the statement's own words tell one."""
    if not _dated_with_clause(f) or _looks_back(f):
        return None  # "said relations improved after their meeting": the meeting's time is
    node, link = f.clause or f.trigger, ""  # not told; "had expressed": before the statement
    for _ in range(4):  # (a circumstance, "when he was detained", may be any time before)
        if node.head.i == node.i or node.dep_ not in ("ccomp", "conj", "xcomp"):
            return None
        link, node = node.dep_, node.head
        if node.lemma_.lower() in _SAYING and node.pos_ == "VERB":
            break
    else:
        return None
    if link != "ccomp" or node.tag_ != "VBD" or node.lemma_.lower() not in _SAYING or any(
            c.dep_ in ("aux", "auxpass") and c.lower_ not in ("did", "was", "were") or
            c.lower_ in _BACKWARD for c in node.children) or _moves_on(node):
        return None
    return node


def _moves_on(verb: Any) -> bool:
    """Whether *verb* is told as a later step of the story ("Y later said", "was subsequently
    freed"), after the time told before it, by how much unknown: "later" on its own, not a
    time of its own ("later that day", "two days later": a date the text resolves)."""
    return any(c.dep_ == "advmod" and c.lower_ in _FORWARD and
               not any(x.dep_ in ("npadvmod", "prep") for x in c.children)
               for c in verb.children)


def _finite_head(verb: Any) -> Any:
    """The finite verb a to-infinitive depends on ("refused [to hand over]"): a reported
    event's tense is that verb's, not the infinitive's look ahead."""
    node = verb
    for _ in range(4):
        infinitive = node.tag_ == "VB" and any(c.lower_ == "to" for c in node.children)
        if node.head.i == node.i or not (infinitive or node.pos_ in ("NOUN", "PROPN")):
            break
        node = node.head  # "refused a request [to hand over]": through the noun to its verb
    return node if node.pos_ in ("VERB", "AUX") else verb


def _told_as_news(f: _Found) -> bool:
    """Whether an event without a date of its own is told as the day's news: in the simple
    present of headlines and ledes ("Russia resumes flights", "India and China agree"), and,
    when it is what a statement says, by a statement in the present ("Peskov says ...").
    A simple past without a time ("Armenia accused Russia") is as often a day or a week
    before the article as on its day, so it is left undated rather than given a day that
    looks certain and is wrong; perfects and "previously" look further back still."""
    if not _finite(f) or _looks_back(f) or _present_perfect(f):
        return False
    node = f.clause if f.entry.pos == "noun" else f.trigger
    if node is None:
        return False
    verbs = [_finite_head(node)]
    carrier = _reporting_head(f.clause or f.trigger)
    if carrier is not None:
        verbs.append(carrier)
    return all(_simple_present(v) for v in verbs)


def _quoted(t: Any, sent: Any) -> bool:
    """Whether *t* is inside a direct quote: the speaker's present, not the day's news."""
    at = t.idx - sent.start_char
    return any(q.start() <= at < q.end() for q in _QUOTES.finditer(sent.text))


def _simple_present(verb: Any) -> bool:
    """Whether *verb* is in the simple present, active or passive ("rejects", "are
    detained"), with no auxiliary that moves it to the past or the future."""
    aux = [c for c in verb.children if c.dep_ in ("aux", "auxpass")]
    if verb.tag_ in ("VBZ", "VBP"):
        return not aux
    return verb.tag_ == "VBN" and bool(aux) and all(
        c.tag_ in ("VBZ", "VBP") and c.lemma_ == "be" for c in aux)


def _present_perfect(f: _Found) -> bool:
    """Whether the event is told in the present perfect ("has accused", "have been detained"):
    before the time of writing at a time the writer leaves open (English does not combine it
    with a past date), so the day it was reported on is not the day it happened."""
    node = f.clause if f.entry.pos == "noun" else f.trigger
    if node is None or node.tag_ != "VBN":
        return False
    return any(c.dep_ == "aux" and c.lower_ in ("has", "have", "'ve") for c in node.children)


def _dated_subject(node: Any, prev: Any) -> bool:
    """Whether a date hangs off a clause's subject name ("Russia on Friday accused ...",
    "Moscow Friday said ..."): a time for the clause, not for the name."""
    return node.pos_ == "PROPN" and node.dep_ in ("nsubj", "nsubjpass") and \
        prev.dep_ in ("prep", "npadvmod") and prev.head.i == node.i


def _dateline_place(node: Any, prev: Any) -> bool:
    """Whether a date hangs off the place of a dateline that opens its sentence, closed by
    a colon or a dash ("Beijing, June 16 : China accused ...", "NEW DELHI, June 16 - India
    ..."): the day the news was filed, for the clause as when the parse makes the place its
    subject (``_dated_subject``), whatever it makes the place instead."""
    if node.pos_ != "PROPN" or node.i - node.sent.start > 2 or prev.head.i != node.i or \
            prev.i < node.i or prev.dep_ not in ("npadvmod", "appos", "nmod"):
        return False
    after = prev.right_edge.i + 1
    return after < len(node.doc) and (node.doc[after].text == ":" or
                                      node.doc[after].text in _DASHES)


#: Participles of speaking: "..., speaking at a briefing on Monday" tells when the subject of
#: the sentence spoke, whichever clause of what was said the parse hangs it on.
_SPEAKING_PARTICIPLES = {"speak", "talk", "address", "comment", "write", "tell", "answer",
                         "respond"}


def _speaking_adjunct(verb: Any) -> bool:
    """Whether *verb* is a participle of speaking closing its sentence after a comma, without
    a subject of its own ("..., speaking at a briefing on Monday"): its subject is the
    speaker, the main verb's subject, so its time is the main verb's, whichever clause or
    noun the parse hangs it on."""
    root = verb.sent.root
    return verb.lemma_.lower() in _SPEAKING_PARTICIPLES and verb.tag_ == "VBG" and \
        verb.dep_ in ("advcl", "acl") and verb.i > root.i and root.pos_ in ("VERB", "AUX") \
        and verb.doc[verb.i - 1].text == "," and \
        not any(c.dep_ in ("nsubj", "nsubjpass", "mark") for c in verb.children)


#: Verbs whose participle tells when an act's effect starts ("waived visas beginning on May
#: 15"): like "from" or "starting" before a date (dates._START), the time of an act to come
#: ("will attend the summit starting Thursday"), not of one done.
_ONSET = {"begin", "start", "commence"}


def _adjunct_participle(verb: Any) -> bool:
    """Whether *verb* is a participle adjunct without its own subject ("..., speaking at a
    briefing on Monday"): it shares the time of the clause it hangs on."""
    return verb.dep_ == "advcl" and verb.tag_ == "VBG" and \
        not any(c.dep_ in ("nsubj", "nsubjpass", "mark") for c in verb.children)


def _time_before_verb(phrase: str, told: Any, f: _Found, sent: Any) -> bool:
    """Whether *phrase* is told before *told*, the verb of the clause whose object names
    *f*'s act ("Putin on Friday ordered the restoration of flights", "On Monday, Russia
    announced the lifting of the ban"): a time written before a verb is that verb's, read in
    its tense, not the tense of the act it orders or announces. A time after the noun ("ordered
    the restoration of flights on Friday") may be the act's own day, and keeps its tense."""
    if told is None or f.clause is None or told.i != f.clause.i or told.i == f.trigger.i:
        return False
    at = sent.text.find(phrase)
    return at >= 0 and bool(sent.start_char + at < told.idx)


def _onset_head(verb: Any) -> Any:
    """The act whose start a participle of beginning without a subject tells ("will suspend
    flights starting from July 8"), or None: the verb it hangs on, however the parser hangs
    it there (an "advcl", a "prep", or an "acl" of the act's object or of a noun in a phrase
    on the act or its object: "to ban Chinese apps starting from July 8" is the ban's start,
    not the apps')."""
    if verb.tag_ != "VBG" or verb.lemma_.lower() not in _ONSET or \
            any(c.dep_ in ("nsubj", "nsubjpass", "mark") for c in verb.children):
        return None
    if verb.dep_ in ("advcl", "prep"):
        return verb.head
    noun = verb.head
    for _ in range(3) if verb.dep_ == "acl" else ():  # the act's object, or a noun of a
        if noun.dep_ == "dobj" and noun.head.pos_ == "VERB":  # phrase on the act or on its
            return noun.head  # object ("will resume services with daily flights starting
        if noun.dep_ != "pobj" or noun.head.dep_ != "prep":  # 26 October")
            return None
        if noun.head.head.pos_ == "VERB":
            return noun.head.head
        noun = noun.head.head
    return None


_ENDING = {"conclude", "end", "close", "wrap"}
_DAYS_LONG = re.compile(r"\b(\d{1,2}|two|three|four|five|six|seven)\s*-\s*day\b", re.I)
_SMALL = {"two": 2, "three": 3, "four": 4, "five": 5, "six": 6, "seven": 7}


def _first_day(f: _Found, day: str) -> str:
    """The first day of an event of several days dated by its last ("the two-day summit
    concluded on Saturday": it began on Friday), as a multi-day event is dated by its
    first day; else *day*."""
    verb = f.clause if f.entry.pos == "noun" else f.trigger
    if verb is None or verb.lemma_.lower() not in _ENDING or f.entry.pos != "noun":
        return day
    t = f.trigger
    m = _DAYS_LONG.search(t.doc[t.left_edge.i:t.i + 1].text)
    if m is None:
        return day
    n = int(m[1]) if m[1].isdigit() else _SMALL[m[1].lower()]
    return (dt.date.fromisoformat(day) - dt.timedelta(days=n - 1)).isoformat()


#: Verbs that say only that what their subject names happened ("the clash that took place on
#: Friday"): TimeML's occurrence predicates, whose time is the event noun's time.
_HAPPEN = {"happen", "occur", "erupt", "unfold", "transpire"}


def _happening(verb: Any) -> bool:
    """Whether *verb* is a relative or participle clause saying when the noun it modifies
    happened ("the clash that happened on December 9", "the meeting, taking place on
    Thursday"): the date is the noun's, the event the noun names."""
    if verb.dep_ not in ("relcl", "acl") or verb.head.pos_ != "NOUN":
        return False
    lemma = verb.lemma_.lower()
    if lemma == "hold":  # "the summit, held on Thursday": an occasion's own time
        return verb.tag_ == "VBN" and verb.head.lemma_.lower() in _OCCASIONS
    return lemma in _HAPPEN or (lemma == "take" and any(
        c.dep_ == "dobj" and c.lower_ == "place" for c in verb.children))


def _event_nouns(noun: Any) -> list[Any]:
    """The noun a happening clause hangs on, then the nouns whose prepositional phrase holds
    it: a clause of "happen" modifies an event, so "the clash between the troops that
    happened ..." is the clash's, wherever the parse attaches it."""
    out = [noun]
    while len(out) < 4 and noun.dep_ == "pobj" and noun.head.dep_ == "prep" and \
            noun.head.head.pos_ in ("NOUN", "PROPN"):
        noun = noun.head.head
        out.append(noun)
    return out


#: How a noun event hangs on its clause's verb when that verb's date is the event's: as its
#: subject or object ("the talks were held on Monday", "paid a visit on Monday"), or as the
#: occasion it happens at ("agreed at the talks on Monday").
_CLAUSE_ARGUMENTS = {"nsubj", "nsubjpass", "dobj", "attr", "oprd"}
_OCCASION_PREPS = {"at", "in", "during"}


def _dated_with_clause(f: _Found) -> bool:
    """Whether a date on an event's clause dates the event: always for a verb, and for a noun
    only when it is an argument or occasion of that verb, or the verb a light one ("held
    talks"). A noun further down is a topic of the act, from before it: "addressed
    Parliament on the clash", "furnished details of the clash", "protested against the
    detention" tell when the act was done, not when the clash or detention happened."""
    clause = f.clause
    if f.entry.pos != "noun" or clause is None:
        return True
    if clause.lemma_.lower() in _LIGHT:
        return not _topic_of(f.trigger, clause)
    node = f.trigger
    while node.dep_ == "conj" and node.head.i != clause.i:
        node = node.head  # "the talks and the meeting": as the first conjunct hangs
    if node.head.i == clause.i:
        return node.dep_ in _CLAUSE_ARGUMENTS
    return node.dep_ == "pobj" and node.head.lower_ in _OCCASION_PREPS and \
        node.head.head.i == clause.i


#: Nouns that name what is told or known about something: an event further down their
#: phrase is what they are about, from before ("gave details of the clash", "shared
#: information on the detention"), not an act done when they were given.
_TOPIC_NOUNS = {"detail", "details", "account", "information", "news", "report", "update",
                "statement", "remark", "comment", "question", "concern", "condolence",
                "condolences", "view", "assessment", "description", "version", "analysis",
                "word", "evidence", "footage", "picture", "photo", "video", "record", "review",
                "investigation", "inquiry", "probe", "explanation", "clarification", "briefing"}


def _topic_of(noun: Any, verb: Any) -> bool:
    """Whether *noun* hangs on the light *verb* through a noun that names what is told about
    it ("giving details of the clash"), rather than as its argument or through a part of one
    ("held a round of talks", "took part in the talks")."""
    node, steps = noun, 0
    while node.head.i != verb.i and steps < 6:
        if node.dep_ == "pobj" and node.head.dep_ == "prep":
            holder = node.head.head
            if holder.pos_ in ("NOUN", "PROPN") and \
                    holder.lemma_.lower() in _TOPIC_NOUNS:
                return True
        node, steps = node.head, steps + 1
    return False


def _holding(verb: Any) -> bool:
    """Whether *verb* holds the occasion of the act it completes ("met Putin to hold talks on
    Friday"): the occasion's day is the act's. Not when what it completes is an intention
    ("agreed to hold talks on 20 October", "decided to hold a summit"): the occasion is
    planned, and its day is not the day the intention was formed."""
    return verb.dep_ in ("advcl", "xcomp") and verb.lemma_.lower() in _LIGHT and \
        verb.head.lemma_.lower() not in _INTENT_VERBS and \
        any(c.dep_ == "aux" and c.lower_ == "to" for c in verb.children) and \
        any(c.dep_ == "dobj" and (c.lemma_.lower() in _OCCASIONS or c.lower_ in _OCCASIONS)
            for c in verb.children)


def _occasion_verb(node: Any) -> Any:
    """The verb whose occasion or document noun *node* describes ("released a statement
    demanding ...", "signed a decree banning ..."): its date is the date of what it says."""
    if node.dep_ == "advcl" and node.tag_ == "VBG" and node.head.pos_ == "VERB":
        # "signed a decree on Friday banning ...": a time between them moves the participle
        return node.head if any(  # under the verb; the document still tells the act
            c.dep_ == "dobj" and c.i < node.i and c.lemma_.lower() in _INSTRUMENTS
            for c in node.head.children) else None
    if node.dep_ != "acl" or node.tag_ != "VBG":
        return None
    noun = node.head
    lemma = noun.lemma_.lower()
    if (lemma not in _OCCASIONS and lemma not in _INSTRUMENTS) or \
            noun.dep_ not in ("dobj", "nsubjpass"):
        return None
    return noun.head if noun.head.pos_ in ("VERB", "AUX") else None


def _before(phrase: str, reference: str | None) -> bool:
    """Whether *phrase* tells a time wholly before the page's date even read as the future
    ("yesterday", "last week", "on 12 May 2019"): a time a verb of the future cannot have."""
    found = dates.resolve(phrase, reference, "future") if reference else None
    if found is None or reference is None:
        return False
    last = found.end or found.date
    return last < reference[:len(last)]


def _governing_verb(verb: Any) -> Any:
    """The verb above *verb* whose clause, noun or complement holds it ("gave the assurance
    that it would resume ...", "said it will lift ..."), or None."""
    node = verb
    for _ in range(4):
        if node.head.i == node.i:
            return None
        node = node.head
        if node.pos_ in ("VERB", "AUX"):
            return node
    return None


def _framing_participle(verb: Any) -> bool:
    """Whether *verb* is a participle that dates an occasion or instrument framing a clause
    ("In a statement issued on Monday, the ministry accused ...", "In a decree signed on
    May 10, Putin ordered ..."): what is done in the statement or decree is done on its day,
    as when the day is the noun's own ("In a statement on Monday": ``_framed_verb``). Only
    a frame ("in", "at", "during"): "condemned the decree signed on Monday" is another's."""
    noun = verb.head
    return verb.dep_ == "acl" and verb.tag_ == "VBN" and \
        not any(c.dep_ in ("nsubj", "nsubjpass") for c in verb.children) and \
        _framed_verb(noun, _OCCASIONS | _INSTRUMENTS) is not None


def _framed_verb(noun: Any, nouns: Collection[str] = _OCCASIONS) -> Any:
    """The verb an occasion noun frames as the place of the act ("At the talks on Monday,
    they agreed ...", "agreed during the visit on Friday"): PLOVER dates what is done at an
    occasion by the occasion's day."""
    prep = noun.head
    occasion = noun.lemma_.lower() in nouns or noun.lower_ in nouns
    if noun.dep_ != "pobj" or not occasion or prep.lower_ not in _OCCASION_PREPS or \
            prep.dep_ != "prep" or prep.head.pos_ not in ("VERB", "AUX"):
        return None
    return prep.head


def _means_head(node: Any) -> Any:
    """The verb whose means *node* tells ("reiterated the consensus by agreeing to ...",
    "retaliated by expelling ..."): a gerund after "by" names how that act was done, so it
    was done at that act's time."""
    prep = node.head
    if node.dep_ != "pcomp" or node.tag_ != "VBG" or prep.lower_ != "by" or \
            prep.dep_ != "prep" or prep.head.pos_ not in ("VERB", "AUX"):
        return None
    return prep.head


def _attendant_head(node: Any) -> Any:
    """The verb whose act a "with" clause accompanies ("the talks ended on Saturday with the
    two sides agreeing to ...", "Russia lifted the ban with Georgia welcoming it"), or None:
    English's absolute "with" + subject + participle tells a circumstance at the time of that
    act, not an act of its own time (a noun after "with" is the act's partner instead)."""
    prep = node.head
    if node.dep_ != "pcomp" or node.tag_ != "VBG" or prep.lower_ != "with" or \
            prep.dep_ != "prep" or prep.head.pos_ not in ("VERB", "AUX") or \
            not any(c.dep_ == "nsubj" for c in node.children):
        return None
    return prep.head


#: What opens a clause that happens at its main clause's time ("when troops shelled ...").
_SIMULTANEOUS = {"when", "as", "while", "whilst"}


def _time_relative(node: Any) -> Any:
    """The time a relative clause of "when" or "where" that holds *node* hangs on ("on June
    15, when troops crossed the line", "held on June 11, where the side was asked to ..."),
    or None: a clause told of a time is at that time (the parser hangs "where" of the
    occasion held then on its day as often as on the occasion)."""
    for _ in range(3):
        if node.dep_ == "relcl":
            break
        if node.dep_ != "conj" or node.head.i == node.i:
            return None  # (not an infinitive under it: "was asked to withdraw" is to come)
        node = node.head
    else:
        return None
    if not any(c.dep_ == "advmod" and c.lower_ in ("when", "where") for c in node.children):
        return None
    return node.head if node.head.ent_type_ == "DATE" or node.head.pos_ == "NUM" else None


def _free_adjunct(f: _Found) -> Any:
    """The participle that tells *f*'s act as a free adjunct closing its clause after a
    comma, without a subject or a conjunction of its own ("protesters broke into the
    parliament on Friday, demanding the leader's resignation", "called for new elections on
    Thursday, criticizing ..."), or None: English's free adjunct is the doing of the clause's
    own subject at the clause's time. Only the participle as the act: a noun under it
    ("..., marking his first meeting with Putin in years") is an act of another time."""
    verb = f.trigger
    if f.entry.pos == "noun" or not _adjunct_participle(verb) or verb.i < verb.head.i or \
            verb.head.pos_ not in ("VERB", "AUX") or verb.doc[verb.i - 1].text != ",":
        return None
    return verb


def _simultaneous_clause(node: Any) -> Any:
    """The clause of "when", "as" or "while" that holds *node* (its own verb, or a verb joined
    to it or its infinitive: "as China attempted to extend a road and Indian troops moved in
    to prevent it"), told in the simple past or present, or None. Such a clause is at the
    time of the clause it hangs from ("Clashes erupted on Monday when troops shelled ..."),
    as TimeML reads "when" and "as": a perfect in it ("as Russia had installed fences") is
    earlier, a modal or future one later, and "after", "before", "since" tell another time.
    An infinitive of purpose ("moved in to prevent it") is the doing of its verb's act, so it
    is where that verb is, and a verb joined to the clause's is told in its own tense ("and
    troops had moved in to prevent it": earlier)."""
    joined = []
    for _ in range(4):
        if _purpose_infinitive(node):
            node = node.head
            continue
        if node.dep_ not in ("conj", "xcomp") or node.head.pos_ not in ("VERB", "AUX"):
            break
        if node.dep_ == "xcomp" and node.head.dep_ == "advcl" and _opens_simultaneous(node.head):
            node = node.head
            break
        if node.dep_ == "conj":
            joined.append(node)
        node = node.head
    if node.dep_ != "advcl" or node.head.pos_ not in ("VERB", "AUX") or \
            not _opens_simultaneous(node):
        return None
    if not all(_simple_tense(v) for v in (node, *joined)):
        return None  # "As agreed between the two sides, ...": agreed before, not then
    return node


def _simple_tense(verb: Any) -> bool:
    """Whether *verb* is told in the simple past or present (a passive's "was" included)."""
    aux = {c.lower_ for c in verb.children if c.dep_ in ("aux", "auxpass")}
    return verb.tag_ in ("VBD", "VBZ", "VBP", "VBN") and not (verb.tag_ == "VBN" and not aux) \
        and not aux - {"was", "were", "is", "are", "did", "does", "do"}


def _purpose_infinitive(verb: Any) -> bool:
    """Whether *verb* is an infinitive of purpose without a subject of its own, hung on the
    verb of the act it is done by ("troops moved in to prevent the road"); not one that
    completes a noun of intent between them, however the parse hangs it
    ("responded to the call of the Duma to impose sanctions": the call's, not a purpose)."""
    head = verb.head
    return verb.dep_ == "advcl" and verb.tag_ == "VB" and head.pos_ == "VERB" and \
        head.i < verb.i and \
        any(c.dep_ == "aux" and c.lower_ == "to" for c in verb.children) and \
        not any(c.dep_ in ("nsubj", "nsubjpass", "mark") for c in verb.children) and \
        not any(t.lower_ in _INTENT_NOUNS for t in verb.doc[head.i + 1:verb.i])


def _opens_simultaneous(verb: Any) -> bool:
    return any(c.dep_ in ("mark", "advmod") and c.lower_ in _SIMULTANEOUS and c.i < verb.i
               for c in verb.children)


def _occasion_subject(noun: Any) -> bool:
    """Whether *noun* is an occasion that is the subject of its clause ("The meeting ... saw
    both sides agree", "the summit ended with ..."): what the clause tells happened at it."""
    return noun.dep_ == "nsubj" and noun.lemma_.lower() in _OCCASIONS and \
        noun.head.pos_ == "VERB"


def _occasion_clause(node: Any) -> Any:
    """The verb whose subject is the occasion *node* happened at ("The meeting saw both sides
    agreeing to ..."): the occasion's date is the date of what it saw."""
    if node.dep_ not in ("ccomp", "xcomp", "dobj", "pcomp") or node.head.pos_ != "VERB":
        return None
    verb = node.head
    return verb if any(_occasion_subject(c) for c in verb.children) else None


def _looks_back(f: _Found) -> bool:
    """Past perfect or "previously": before the article's date, by how much unknown."""
    node = f.clause or f.trigger
    if any(c.dep_ == "aux" and c.lower_ == "had" for c in node.children):
        return True
    return any(c.lower_ in _BACKWARD for c in node.children)



def plover_type(event: Coding) -> str:
    """The type PLOVER's own coders would give: they code an announced act (status planned)
    as the announcement — AGREE for a cooperative act, THREATEN for a conflictual one —
    where tieline keeps the act's type and says "planned"; and a cooperative act declined
    ("will not accept", "would not provide") as REJECT, where tieline says "negated"."""
    if event.status == "negated" and event.type in ("AGREE", "SUPPORT", "CONCEDE", "AID",
                                                    "COOPERATE", "RETREAT"):
        return "REJECT"  # declining a cooperative act: "will not accept refugees"
    if event.status != "planned" or event.type in ("AGREE", "THREATEN", "REQUEST", "REJECT",
                                                   "ACCUSE"):
        return event.type
    return "AGREE" if event.type in COOPERATIVE else "THREATEN"

