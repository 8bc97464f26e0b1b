#!/usr/bin/env python3
"""Split annotate/actors.py, sides.py and dates.py into modules named for their job.

    python3 tools/split_annotate.py /path/to/repository [--no-verify] [--dry-run]
        [--move=STEM:NAME=module ...] [--attr=NAME=TYPE ...] [--skip-missing]

Works by *names* (``ast``), never by line numbers, as ``tasks/split1/split.py`` did for
events.py: each top-level definition, and each method of the class a plan splits
(``ActorAnnotator``), is a unit spanning its decorators and the comment lines directly above
it. The plans below say which unit goes to which new module. A name a plan lists that the
module no longer defines fails the split (``--skip-missing`` lets it go on, listed); a
definition the plan does not know (one another branch added) stays in its module and is
listed; ``--move=actors:NAME=people`` (or ``--move=actors:ActorAnnotator.NAME=people``)
places it when it must move (the failure says so: a moved name that uses it would otherwise
import the module it left). ``--attr=NAME=TYPE`` declares in the Protocol an attribute a
branch added to ``ActorAnnotator.__init__`` that a moved method reads.

The class's moved methods become mixin classes whose methods take ``self: Annotator``, a
Protocol generated into ``annotate/annotator.py`` from the signatures of the methods they
call. Each new module's imports are computed from the names its code uses (the old module's
imports, filtered, and the new homes of names moved); importers across src/, tests/, tools/
and bench/ are rewritten (``from .sides import X`` and ``dates.X`` alike), an ``__all__``
loses the names that left; ``ruff --fix`` (import sorting only) runs on the files written;
then ruff, mypy, an import of the package and the split's own tests verify. Before anything
is written: every definition's syntax tree and every comment is compared with the original
(nothing lost, nothing changed, ``self: Annotator`` aside), and an import cycle among
annotate's modules fails the split, naming the names that make it. The plans run in order
(actors, sides, dates), each on the files as the one before left them.
"""

from __future__ import annotations

import ast
import builtins
import io
import os
import re
import subprocess
import sys
import time
import tokenize
from collections import Counter
from dataclasses import dataclass, field
from pathlib import Path

PKG = "src/tieline/annotate"
SEARCH_DIRS = ("src", "tests", "tools", "bench")
#: Lines a module of a split may have (style.md: modules under ~400).
LIMIT = 400


# ------------------------------------------------------------------------------------------
# The plans
# ------------------------------------------------------------------------------------------
@dataclass
class Part:
    module: str  # the new module's stem
    doc: str  # its docstring
    names: list[str]  # top-level names it takes
    mixin: str = ""  # the mixin class that takes the methods, if any
    mixin_doc: str = ""
    methods: list[str] = field(default_factory=list)


@dataclass
class Plan:
    stem: str  # the module split
    parts: list[Part]
    stay: list[str]  # top-level names that stay (known; anything else new stays too, listed)
    doc_tail: str  # a paragraph added to the module's docstring: where its parts now live
    index: tuple[str, str]  # annotate/__init__.py: (anchor, text inserted after it)
    cls: str = ""  # the class whose methods move into mixins
    stay_methods: list[str] = field(default_factory=list)
    protocol: tuple[str, str, str] = ("", "", "")  # (module, class, module docstring)
    attrs: dict[str, str] = field(default_factory=dict)  # the class's attributes, typed


ACTORS = Plan(
    stem="actors",
    cls="ActorAnnotator",
    protocol=("annotator", "Annotator", '''\
What the actor annotator's parts may ask of it: a Protocol its mixins take as ``self``.

:class:`tieline.annotate.actors.ActorAnnotator` is assembled from mixins (entities, people,
descriptions, titles), each in a module of its own, none importing ``actors``. A mixin's
methods call each other's and read the annotator's knowledge base, forms and title index
through ``self``; :class:`Annotator` declares those members, so mypy checks every call. It is
generated from the methods' signatures by ``tools/split_annotate.py``: when a signature
changes, change it here too.
'''),
    attrs={"kb": "KnowledgeBase", "forms": "dict[str, list[Form]]", "titles": "list[Title]",
           "agents": "dict[str, str]", "_title_index": "dict[tuple[str, ...], Title]",
           "_max_title": "int", "_title_firsts": "frozenset[str]",
           "_people": "list[tuple[str, str]]", "_people_folded": "list[str]",
           "_surnames": "list[tuple[str, str]]", "_surnames_folded": "list[str]",
           "_countries": "list[tuple[str, str]]", "_countries_folded": "list[str]",
           "ruler": "Any", "introductions": "Introductions"},
    parts=[
        Part("actor_state", '''\
What the actor stage's parts share: one article's reading state and its entity index.

:class:`_DocState` is what an article has established so far, in reading order (its
mentions, learned people, titles held, surnames, source links); :func:`_entity` finds the
entity span a token is in through the index the annotator builds once per parsed article
(``Doc.user_data[_ENTS]``); :func:`_fold` is the accent- and case-free form names are matched
in. ``RULER_LABEL`` is the entity label of the knowledge base's gazetteer.
''', ["RULER_LABEL", "_ENTS", "_FORM_RANK", "_DocState", "_fold", "_entity",
      "_first_conjunct"]),
        Part("roles", '''\
Titles and agent nouns: who a word says a person or a body is (kb/data/roles.yaml).

A :class:`Title` ("foreign minister": GOV, "opposition leader") names an office and its
sector; an agent noun ("troops": MIL, "police": COP) a state's body. The actor stage reads
them to give a name its role, and the side-finding and event modules to tell a noun of
people from a thing (:func:`load_roles`).
''', ["Title", "load_roles"]),
        Part("kb_entities", '''\
Entities the knowledge base knows: a name, capital, metonym or demonym, read in its sentence.

A KB name is its actor (a name several share goes to the one named before or in office); a
capital or seat of government is the state only where it acts (subject, possessor, agent),
else a place; a demonym or a country with an agent noun is that country's sector ("Russian
peacekeepers": MIL); a name that goes on ("the West Bank") or names a water or landform ("the
Gulf of Mexico") is another's; a country the tagger spelt otherwise is matched by spelling.
''', ["_ACTING", "_name_goes_on", "_FEATURES", "_names_a_feature"],
             "EntityReading", "Resolve an entity to its actor: names, capitals, demonyms, "
             "agents, misspelt countries.",
             ["_entity", "_kb_entity", "_choose", "_add_state_or_org", "_demonym",
              "_names_person", "_agent_head", "_acts", "_fuzzy_place"]),
        Part("people", '''\
People: a person's name matched to the knowledge base, or learned from its sentence.

A name is a KB person by spelling (transliterations: Pashinian, Zelenskyy) above a high
threshold, a surname alone only where the article named them in full or the page introduces
them (:mod:`tieline.annotate.surnames`); a person the KB lacks, written with a title and a
state or an organisation, is *learned* (:func:`learned_id`), kept with that sentence. Also
here: surnames the tagger missed of people named before, and surnames written in capitals.
''', ["MIN_NAME_SCORE", "_consonants", "slug", "learned_id", "_surname_index"],
             "PersonReading", "Resolve a person's name: a KB person, a surname, or one "
             "learned with a title.",
             ["_person", "_known_person", "_learn", "_add_person", "_add_person_span",
              "_surname_known", "_later_surnames", "_capital_surnames"]),
        Part("descriptions", '''\
A person's title, state and organisation, read from the words that describe them.

Before the name ("Russian Federation Council Speaker X", "Georgia's deputy prime minister
X"), in apposition ("X, a Russian-Armenian billionaire,"), or in a list a plural noun
introduces ("three Georgian citizens - A, B and C"); a noun in apposition that is no title
of tieline's is the role when its phrase names a state or an organisation; a sector word
before a title qualifies it ("opposition leader": OPP).
''', ["_MAX_PREFIX", "_serving"],
             "DescriptionReading", "Read the title, state and organisation the words "
             "around a name give its person.",
             ["_prefix", "_apposed", "_listed", "_described_noun", "_described",
              "_qualified", "_title_at"]),
        Part("titles", '''\
Titles without names: "the Armenian leader", "the prime minister", "the de facto government".

A title with no name is whoever this article gave that title, else the office-holder on the
article's date (a "leader" any of :data:`LEADER_ROLES`), else just the role; its state is
written before it ("Armenia's prime minister") or after ("the president of Armenia"). Bodies
written as a disputed state's ("the breakaway government") are those of the disputed state
the article named last.
''', ["_DE_FACTO", "LEADER_ROLES", "_office_word", "_definite"],
             "TitleReading", "Resolve titles written without a name, and a disputed "
             "state's bodies.",
             ["_titles", "_de_facto", "_country_before", "_country_after", "_title_holder"]),
        Part("gazetteer", '''\
The spaCy pipeline the actor stage reads: the knowledge base's gazetteer in front of NER.

:func:`build_nlp` loads the model, puts an entity ruler of every name, alias, demonym,
capital and metonym the knowledge base holds in front of the statistical NER, and fixes the
tokenizer for news: a line break ends a sentence, outlet domains stay one token, quotes glued
to punctuation are split, and the tokenizer's cache works again (:func:`cache_words`).
''', ["_lines_component", "_DOMAIN", "_keep_domains", "TOKENIZER_CACHE", "cache_words",
      "split_glued_quotes", "build_nlp"]),
    ],
    stay=["_OUTLET_NOUNS", "_ATTRIBUTION", "ActorAnnotator"],
    stay_methods=["__init__", "annotate", "names_only", "_citations", "_add"],
    doc_tail='''\
The annotator (:class:`ActorAnnotator`) keeps the article and sentence loop, the sources
and the mentions it adds; its reading is split into mixins, one module each, none importing
this one (their methods take ``self:`` :class:`~tieline.annotate.annotator.Annotator`):
:mod:`~tieline.annotate.kb_entities` (entities the knowledge base knows),
:mod:`~tieline.annotate.people` (people matched or learned),
:mod:`~tieline.annotate.descriptions` (a person's title and state from the words around the
name) and :mod:`~tieline.annotate.titles` (titles without names). Below them:
:mod:`~tieline.annotate.actor_state` (an article's reading state, the entity index),
:mod:`~tieline.annotate.roles` (titles and agent nouns) and
:mod:`~tieline.annotate.gazetteer` (the spaCy pipeline with the knowledge base's names).
''',
    index=("people learned from their own\n    sentence),",
           " with its parts: ``kb_entities`` (entities the knowledge base knows),\n"
           "    ``people`` (names matched or learned), ``descriptions`` (a person's title and "
           "state\n    from the words around the name), ``titles`` (titles without names), "
           "``roles`` (titles\n    and agent nouns), ``actor_state`` and ``annotator`` (what "
           "they share, and the Protocol\n    they take as ``self``), ``gazetteer`` (the spaCy "
           "pipeline with the knowledge base's\n    names);"),
)

SIDES = Plan(
    stem="sides",
    parts=[
        Part("side_basics", '''\
What finding sides rests on: which side an actor is on, who can act, a report's trigger.

:func:`key` and :func:`same_side` (a state and its officers are one side), :func:`someone` (a
word that names one who can act: a name, a pronoun, a noun of people or a body),
:func:`token_at` (a report's trigger token), :func:`with_sides` (a report given new sides and
the id they make), :func:`gap` (the text between two sentences, which tells a paragraph's
end) and the subjects of a verb (:func:`_subjects`). :mod:`tieline.annotate.sides`,
:mod:`tieline.annotate.partners` and the modules beside them build on these.
''', ["SUBJECTS", "PASSED", "NAMED", "Refs", "StateOf", "Ident", "someone",
      "_person_nouns", "_subjects", "gap", "with_sides", "token_at", "key", "same_side"]),
        Part("side_grammar", '''The grammar of sides a parse hides (rounds 13 to 16).

A subject hung on the auxiliary (:func:`aux_subjects`), a causative participle's undergoer
(:func:`causative`, :func:`causative_undergoers`), the doer an act noun writes
(:func:`names_act`, :func:`act_doers`), the second party of a "between" phrase the parser
left out of it (:func:`between_words`), "X came under attack by Y" (:func:`come_under`), what
a blow's act lands on (:func:`struck_by`), a bare past participle's undergoer
(:func:`bare_passive`), an adverbial clause's doer (:func:`adjunct`), a headline's kicker
that is no subject (:func:`not_kickers`) and the subject an object pronoun never stands for
(:func:`own_subject`).
''', ["CAUSATIVE", "ACT_ENDINGS", "ACT_WORDS", "indefinite", "aux_subjects", "causative",
      "_causing", "causative_undergoers", "bare_passive", "adjunct", "UNDER_VERBS",
      "come_under", "STRUCK_VERBS", "struck_by", "not_kickers", "own_subject", "names_act",
      "act_doers", "between_words"]),
        Part("answered", '''\
The one a refusal or an answer tells: the request's maker, the one a request is made to.

A refusal told with no addressee ("Tbilisi refused to do so") answers whoever made the
request the sentence before (or the same sentence) tells with no addressee, when that one is
of another side (:func:`refused_asker`); a request, an accusation, a protest or a threat
written with its maker only that someone refuses, accepts, dismisses or ignores is aimed at
that one (:func:`answering`: "Kyrgyz authorities refused a request from the Kazakh
ministry", "India dismissed China's accusations").
''', ["ANSWERING", "ANSWERED", "PRO_ACTS", "refused_asker", "_refuses_asked", "_pro_form",
      "answering"]),
        Part("home_sides", '''\
The people or the body at home: the state of a generic agent written with none (issue 22).

"detained protesters", "called on the government", "the authorities": a state's public or
its powers written with no state are of the state their own words or their clause place them
in ("protesters in Almaty"), or of the other side's state where the act is a domestic one by
definition: police and courts act within their own jurisdiction, an opposition stands
against its own government, a legislature asks its own government (:func:`home_side`).
Never an agent written as foreign, international or de facto.
''', ["PUBLIC", "POWERS", "JURISDICTION", "FORCE", "FOREIGN", "NUMBERS", "TO_WHOM",
      "PLACE_PREPS", "_place_of", "home_side", "_at_home", "_doer_token",
      "_undergoer_tokens", "_generic_agent", "_agent_sector", "_agents"]),
    ],
    stay=["BILATERAL", "UNILATERAL_MODES", "JUDGING", "REPORTING", "MAX_CLIMB", "complete",
          "governing_doer", "supporting_doer", "_climb", "_doer_written", "_state_side",
          "_stateless_party", "_between"],
    doc_tail='''This module keeps :func:`complete` and the doers of bilateral and supported acts
(:func:`governing_doer`, :func:`supporting_doer`); the rest lives beside it:
:mod:`~tieline.annotate.answered` (the one a refusal or an answer tells),
:mod:`~tieline.annotate.home_sides` (the people or the body at home),
:mod:`~tieline.annotate.side_grammar` (the grammar of sides a parse hides) and
:mod:`~tieline.annotate.side_basics` (which side an actor is on, who can act, a report's
trigger).
''',
    index=("``asking``, ``pairs``, ``sides`` and ``partners`` (sides the sentence leaves to "
           "its\n      governing clause, the sentence before, or says by description),",
           " with\n      ``answered`` (whom a refusal or an answer tells), ``home_sides`` (the "
           "people or body at\n      home), ``side_grammar`` (the grammar of sides a parse "
           "hides) and ``side_basics`` (which\n      side an actor is on, who can act),"),
)

DATES = Plan(
    stem="dates",
    parts=[
        Part("date_patterns", '''\
The patterns of temporal expressions, matched on lower-cased text, and the words they read.

Text is matched lower-cased (ASCII only) with plain quotes and hyphens (``_TRANSLATE``: one
character for one keeps every offset): full dates, day and month ranges, a month and year,
holidays, "yesterday", "N days ago", "the past N years", "last week", a month and day, a
decade, a year, a bare month, a weekday, a weekend, and the anaphoric phrases that count from
a date told before ("the next day"). :mod:`tieline.annotate.date_anchors` reads each match.
''', ["_TRANSLATE", "_FULL_MONTHS", "_WEEKDAYS", "_WD", "_NUMBER_WORDS", "_NUM", "_COMMA",
      "_TO", "_mon", "_day", "_yr", "_FULL", "_DAY_RANGE", "_MONTH_RANGE", "_YEAR_RANGE",
      "_MONTH_YEAR", "_HOLIDAY", "_DAY_WORD", "_UNITS", "_AGO", "_PAST_N", "_UNIT",
      "_MONTH_DAY", "_DECADE", "_WEEKEND", "_YEAR", "_BARE_MONTH", "_WEEKDAY", "_SINCE",
      "_START", "_ANAPHOR", "_MAX_DAY", "_MONTH_NUM", "_DAY_WORD_OFFSET", "_HOLIDAYS"]),
        Part("date_anchors", '''\
Anchoring: each pattern's handler turns a match into a date against the reference.

One handler per pattern of :mod:`tieline.annotate.date_patterns` (``_RULES``, in the order
they are tried; ``_SKIP`` lets a later pattern try), with the date arithmetic they share: a
month and day anchored on or before the reference (after it for the future), a weekday
written with a month and day agreeing, a start shortly ahead ("from July 8"), weeks and
weekends as ranges. :class:`Resolved` is what they give (see :mod:`tieline.annotate.dates`
for the rules).
''', ["Precision", "Resolved", "_Skip", "_SKIP", "_Result", "_Ctx", "NARRATIVE_DAYS",
      "_safe", "_month", "_add_months", "_anchor_day", "_anchor_month", "_fmt", "_make",
      "_range", "_week", "_year", "_number", "_full_date", "_h_full", "_h_day_range",
      "_h_month_range", "_h_year_range", "_h_month_year", "_h_holiday", "_h_day_word",
      "_h_ago", "_h_past_n", "_h_unit", "_h_month_day", "_weekday_agrees", "_h_decade",
      "_h_year", "_h_bare_month", "_h_weekday", "_h_weekend", "_Handler", "_RULES",
      "_YEARLESS"]),
        Part("date_finding", '''\
Finding temporal expressions in running text: the spans :func:`find_expressions` gives.

Spans leave out neutral prepositions ("in", "on") and keep words that change the meaning
("since", "last", "between"); month and weekday names must be capitalised, and a month name
alone needs a preposition before it, so "may" the verb and "4 percent" never match. A
pattern is searched only in a text that holds what it cannot match without (``_NEEDS``):
most sentences hold no date.
''', ["_KEEP", "_NEUTRAL", "_KEEP_BEFORE", "_FIND_MONTH", "_FIND_YEAR", "_DUMMY",
      "_FIND_RULES", "_YEAR_DIGITS", "_MONTH_LETTERS", "_DAY_LETTERS", "_NEEDS",
      "_capitalised", "_span", "find_expressions", "_searched_rules", "_find_expressions"]),
    ],
    stay=["__all__", "Tense", "_ANAPHOR_OFFSET", "CHAIN", "PUBLISHED", "_PERIOD",
          "_REFERENCE", "_parse_reference", "resolve", "anaphor", "yearless", "month_counted",
          "narrative", "_in_year", "_narrative_day", "_period_day", "_start", "_resolve_chain",
          "_resolve"],
    doc_tail='''This module keeps :func:`resolve` and the reading of chains and narratives; the rest
lives beside it: :mod:`~tieline.annotate.date_patterns` (the patterns),
:mod:`~tieline.annotate.date_anchors` (each pattern's handler, the date arithmetic,
:class:`~tieline.annotate.date_anchors.Resolved`) and :mod:`~tieline.annotate.date_finding`
(:func:`~tieline.annotate.date_finding.find_expressions`: the spans in running text).
''',
    index=("``dates`` (temporal expressions anchored on the publication date),",
           " with\n      ``date_patterns``, ``date_anchors`` and ``date_finding`` (its patterns, "
           "their handlers,\n      the spans in running text),"),
)

PLANS = [ACTORS, SIDES, DATES]
#: Imports the generated Protocol module needs beyond its class's module's own.
EXTRA_IMPORTS = {"Protocol": "from typing import Protocol"}
TEST_PATH = "tests/test_annotate_parts.py"


class SplitError(Exception):
    pass


# ------------------------------------------------------------------------------------------
# Units: a definition with its decorators and the comment lines directly above it
# ------------------------------------------------------------------------------------------
@dataclass
class Unit:
    name: str
    kind: str  # def, class, assign, aug, other, import, doc
    start: int  # 1-based, first line (comments, decorators included)
    end: int  # 1-based, last line
    node: ast.AST

    def text(self, lines: list[str]) -> str:
        return "".join(lines[self.start - 1:self.end])


def _first_line(node: ast.AST) -> int:
    decos = getattr(node, "decorator_list", [])
    return min([d.lineno for d in decos] + [node.lineno])  # type: ignore[attr-defined]


def _units(body: list[ast.stmt], lines: list[str], floor: int) -> list[Unit]:
    out: list[Unit] = []
    prev_end = floor
    for node in body:
        start = _first_line(node)
        while start - 1 > prev_end and lines[start - 2].strip().startswith("#"):
            start -= 1
        if isinstance(node, (ast.FunctionDef, ast.AsyncFunctionDef, ast.ClassDef)):
            kind, name = ("class" if isinstance(node, ast.ClassDef) else "def"), node.name
        elif isinstance(node, ast.Assign) and len(node.targets) == 1 \
                and isinstance(node.targets[0], ast.Name):
            kind, name = "assign", node.targets[0].id
        elif isinstance(node, ast.AnnAssign) and isinstance(node.target, ast.Name):
            kind, name = "assign", node.target.id
        elif isinstance(node, ast.AugAssign) and isinstance(node.target, ast.Name):
            kind, name = "aug", node.target.id
        elif isinstance(node, (ast.Import, ast.ImportFrom)):
            kind, name = "import", ""
        elif isinstance(node, ast.Expr) and isinstance(node.value, ast.Constant) \
                and isinstance(node.value.value, str) and not out:
            kind, name = "doc", ""
        else:
            kind, name = "other", ""
        end = node.end_lineno or node.lineno
        if kind in ("def", "class"):  # comment lines that close its body belong to it
            indent = node.col_offset
            while end < len(lines) and lines[end].strip().startswith("#") and \
                    len(lines[end]) - len(lines[end].lstrip()) > indent:
                end += 1
        out.append(Unit(name, kind, start, end, node))
        prev_end = end
    return out


NAMED_KINDS = ("def", "class", "assign", "aug")


# ------------------------------------------------------------------------------------------
# Imports: what a module's code uses, resolved against the old module's imports
# ------------------------------------------------------------------------------------------
@dataclass
class Imported:
    module: str  # as written: "..kb", ".", ".pairs", "typing"
    name: str  # the imported name ("" for `import x`)
    alias: str  # the local name

    def line(self) -> str:
        if not self.name:
            return f"import {self.module}" + (f" as {self.alias}" if self.alias != self.module
                                              else "")
        asname = f" as {self.alias}" if self.alias != self.name else ""
        return f"from {self.module} import {self.name}{asname}"


def _imports_of(tree: ast.Module) -> dict[str, Imported]:
    found: dict[str, Imported] = {}
    for node in tree.body:
        if isinstance(node, ast.ImportFrom):
            mod = "." * node.level + (node.module or "")
            for a in node.names:
                found[a.asname or a.name] = Imported(mod, a.name, a.asname or a.name)
        elif isinstance(node, ast.Import):
            for a in node.names:
                local = a.asname or a.name.split(".")[0]
                found[local] = Imported(a.name, "", local)
    return found


def _free(node: ast.AST) -> set[str]:
    """The names *node* reads that it does not bind itself (arguments, locals, local
    imports such as ``from spacy.attrs import ORTH`` inside a function)."""
    loads: set[str] = set()
    bound: set[str] = set()
    for n in ast.walk(node):
        if isinstance(n, ast.Name):
            (loads if isinstance(n.ctx, ast.Load) else bound).add(n.id)
        elif isinstance(n, ast.arg):
            bound.add(n.arg)
        elif isinstance(n, (ast.Import, ast.ImportFrom)):
            bound.update((a.asname or a.name).split(".")[0] for a in n.names)
        elif isinstance(n, ast.ExceptHandler):
            bound.add(n.name or "")
        elif isinstance(n, (ast.FunctionDef, ast.AsyncFunctionDef, ast.ClassDef)):
            bound.add(n.name if n is not node else "")
    return loads - bound


def _loads(node: ast.AST) -> set[str]:
    """The names *node* reads, but those its comprehensions bind (``for c in ...``)."""
    bound = {n.id for c in ast.walk(node) if isinstance(c, ast.comprehension)
             for n in ast.walk(c.target) if isinstance(n, ast.Name)}
    return {n.id for n in ast.walk(node) if isinstance(n, ast.Name)
            and isinstance(n.ctx, ast.Load)} - bound


def _names_used(code: str) -> set[str]:
    """The module-level names the code of a module reads."""
    out: set[str] = set()
    for node in ast.parse(code).body:
        if isinstance(node, ast.ClassDef):
            for x in [*node.decorator_list, *node.bases, *(k.value for k in node.keywords)]:
                out |= _loads(x)
            for item in node.body:
                out |= _free(item) if isinstance(item, (ast.FunctionDef,
                                                        ast.AsyncFunctionDef)) else _loads(item)
        elif isinstance(node, (ast.FunctionDef, ast.AsyncFunctionDef)):
            out |= _free(node)
        elif isinstance(node, (ast.Import, ast.ImportFrom)):
            continue
        else:
            out |= _loads(node)
    return out


def _defined(code: str) -> set[str]:
    out: set[str] = set()
    for node in ast.parse(code).body:
        if isinstance(node, (ast.FunctionDef, ast.AsyncFunctionDef, ast.ClassDef)):
            out.add(node.name)
        elif isinstance(node, (ast.Assign, ast.AnnAssign, ast.AugAssign)):
            targets = node.targets if isinstance(node, ast.Assign) else [node.target]
            out.update(t.id for t in targets if isinstance(t, ast.Name))
        elif isinstance(node, (ast.Import, ast.ImportFrom)):
            out.update((a.asname or a.name).split(".")[0] for a in node.names)
    return out


BUILTINS = set(dir(builtins)) | {"__name__", "__file__"}


# ------------------------------------------------------------------------------------------
# Signatures: `self: Annotator` on mixin methods, stubs for the Protocol
# ------------------------------------------------------------------------------------------
def _split_top(s: str) -> list[str]:
    parts, depth, cur = [], 0, ""
    for ch in s:
        if ch in "([{":
            depth += 1
        elif ch in ")]}":
            depth -= 1
        if ch == "," and depth == 0:
            parts.append(cur.strip())
            cur = ""
        else:
            cur += ch
    if cur.strip():
        parts.append(cur.strip())
    return parts


def _wrap_signature(sig_lines: list[str]) -> list[str]:
    """Re-wrap a def's signature lines when one is longer than 100 columns."""
    if all(len(line.rstrip("\n")) <= 100 for line in sig_lines):
        return sig_lines
    text = " ".join(line.strip() for line in sig_lines)
    if "#" in text:
        raise SplitError(f"cannot wrap a signature with a comment: {text}")
    indent = sig_lines[0][:len(sig_lines[0]) - len(sig_lines[0].lstrip())]
    m = re.match(r"(def \w+\()(.*)(\)(?: -> .*)?:)$", text)
    if not m:
        raise SplitError(f"cannot wrap signature: {text}")
    head, params, tail = m.group(1), _split_top(m.group(2)), m.group(3)
    out, cur = [], indent + head
    pad = " " * len(cur)
    for i, p in enumerate(params):
        piece = p + ("," if i < len(params) - 1 else tail)
        if cur.strip() and not cur.endswith("(") and len(cur) + 1 + len(piece) > 100:
            out.append(cur.rstrip() + "\n")
            cur = pad + piece
        else:
            cur = cur + ("" if cur.endswith("(") else " ") + piece
    out.append(cur + "\n")
    return out


def _is_static(node: ast.AST) -> bool:
    return any(isinstance(d, ast.Name) and d.id == "staticmethod"
               for d in getattr(node, "decorator_list", []))


def _method_with_self_type(unit: Unit, lines: list[str], proto: str, cls: str) -> str:
    node = unit.node
    assert isinstance(node, ast.FunctionDef)
    text_lines = lines[unit.start - 1:unit.end]
    if _is_static(node):
        return "".join(text_lines)
    first = node.args.posonlyargs + node.args.args
    if not first or first[0].arg != "self" or first[0].annotation is not None:
        raise SplitError(f"{cls}.{unit.name}: no plain `self` to annotate")
    sig_first = node.lineno - unit.start
    sig_last = node.body[0].lineno - 1 - unit.start  # the line before the body
    if isinstance(node.body[0], ast.Expr) and node.body[0].lineno == node.lineno:
        raise SplitError(f"{cls}.{unit.name}: a body on the line of its signature")
    joined = "".join(text_lines[sig_first:sig_last + 1])
    joined, n = re.subn(r"(def \w+\(\s*)self\b", rf"\1self: {proto}", joined, count=1)
    if n != 1:
        raise SplitError(f"{cls}.{unit.name}: `self` not found in its signature")
    sig = _wrap_signature(joined.splitlines(keepends=True))
    return "".join(text_lines[:sig_first] + sig + text_lines[sig_last + 1:])


def _stub(unit: Unit, lines: list[str]) -> str:
    node = unit.node
    assert isinstance(node, ast.FunctionDef)
    decos = [lines[d.lineno - 1] for d in node.decorator_list]
    sig = lines[node.lineno - 1:node.body[0].lineno - 1]
    return "".join(decos + sig) + " " * (node.col_offset + 4) + "...\n"


# ------------------------------------------------------------------------------------------
# One module's split
# ------------------------------------------------------------------------------------------
@dataclass
class Source:
    stem: str
    path: Path
    text: str
    lines: list[str] = field(default_factory=list)
    tree: ast.Module = field(default_factory=lambda: ast.Module(body=[], type_ignores=[]))
    units: list[Unit] = field(default_factory=list)

    @classmethod
    def of(cls, path: Path, text: str) -> Source:
        src = cls(path.stem, path, text, text.splitlines(keepends=True), ast.parse(text))
        src.units = _units(src.tree.body, src.lines, 0)
        return src

    def names(self) -> list[str]:
        return [u.name for u in self.units if u.kind in NAMED_KINDS]


def _join_top(units: list[tuple[str, str]]) -> str:
    """Join top-level units: a blank line between constants, two around definitions."""
    out, prev = "", ""
    for kind, text in units:
        if out:
            out += "\n" if kind in ("assign", "aug") and prev in ("assign", "aug") else "\n\n"
        out += text
        prev = kind
    return out


@dataclass
class Split:
    """What applying the plans found and wrote: files by path, where each name went."""

    root: Path
    files: dict[Path, str] = field(default_factory=dict)
    home: dict[tuple[str, str], str] = field(default_factory=dict)  # (old, name) -> new
    report: list[str] = field(default_factory=list)
    edges: dict[str, dict[str, set[str]]] = field(default_factory=dict)

    def read(self, path: Path) -> str:
        return self.files[path] if path in self.files else path.read_text(encoding="utf-8")


def _resolve_import(name: str, split: Split, plan: Plan, here: str, old_imports:
                    dict[str, Imported], old_names: set[str]) -> str:
    """The import line that gives module *here* the name *name* the split moved or the old
    module *plan.stem* imported or defined."""
    origin = split.home.get((plan.stem, name))
    if origin and origin != here:
        split.edges.setdefault(here, {}).setdefault(origin, set()).add(name)
        return f"from .{origin} import {name}"
    if name in old_imports:
        imp = old_imports[name]
        if imp.module.startswith(".") and imp.module.count(".") == 1:
            target = imp.name if imp.module == "." else imp.module[1:]
            split.edges.setdefault(here, {}).setdefault(target, set()).add(name)
        return imp.line()
    if name in old_names:
        split.edges.setdefault(here, {}).setdefault(plan.stem, set()).add(name)
        return f"from .{plan.stem} import {name}"
    raise SplitError(f"annotate/{here}.py uses {name!r}, which {plan.stem}.py neither "
                     f"defines nor imports")


def _apply_plan(plan: Plan, split: Split, moves: dict[str, str], skip_missing: bool) -> None:
    root = split.root
    path = root / PKG / f"{plan.stem}.py"
    src = Source.of(path, split.read(path))
    report = split.report
    top_to = {n: p.module for p in plan.parts for n in p.names}
    method_to = {m: p.module for p in plan.parts for m in p.methods}
    for key, mod in moves.items():  # --move=STEM:NAME=module
        stem, _, name = key.partition(":")
        if stem != plan.stem:
            continue
        if mod not in {p.module for p in plan.parts}:
            raise SplitError(f"--move={key}={mod}: no part {mod!r} in the plan of {stem}.py")
        if name.startswith(f"{plan.cls}.") and plan.cls:
            method_to[name.split(".", 1)[1]] = mod
        else:
            top_to[name] = mod

    cls_unit = next((u for u in src.units if u.kind == "class" and u.name == plan.cls), None)
    methods: list[Unit] = []
    if plan.cls:
        if cls_unit is None:
            raise SplitError(f"{plan.stem}.py has no class {plan.cls}")
        assert isinstance(cls_unit.node, ast.ClassDef)
        if cls_unit.node.bases:
            raise SplitError(f"{plan.cls} already has bases: is the split applied already?")
        methods = [u for u in _units(cls_unit.node.body, src.lines, cls_unit.node.lineno)
                   if u.kind in ("def", "doc")]
    have_m = {u.name for u in methods if u.kind == "def"}
    have_t = set(src.names())
    missing = sorted(set(top_to) - have_t) + sorted(f"{plan.cls}.{m}" for m in
                                                    set(method_to) - have_m)
    if missing:
        for p in plan.parts:
            if (root / PKG / f"{p.module}.py").exists():
                raise SplitError(f"annotate/{p.module}.py exists already: is the split "
                                 f"applied already?")
        if not skip_missing:
            raise SplitError(f"{plan.stem}.py no longer defines {missing}, which the plan "
                             f"moves: update the plan (or --skip-missing)")
        report.append(f"{plan.stem}.py: the plan's names not found (skipped): {missing}")
    new_t = sorted(have_t - set(top_to) - set(plan.stay))
    new_m = sorted(have_m - set(method_to) - set(plan.stay_methods))
    report.append(f"{plan.stem}.py: definitions the plan does not know, which stay: "
                  + (", ".join(new_t + [f"{plan.cls}.{m}" for m in new_m]) or "none"))
    for n, mod in top_to.items():
        split.home[(plan.stem, n)] = mod
    for p in plan.parts:
        if (root / PKG / f"{p.module}.py").exists() or root / PKG / f"{p.module}.py" in \
                split.files:
            raise SplitError(f"annotate/{p.module}.py exists already: is the split applied "
                             f"already?")
    old_imports = _imports_of(src.tree)
    old_names = set(src.names())
    proto_mod, proto_cls, proto_doc = plan.protocol
    new_texts: dict[str, str] = {}

    # -- the mixins' calls on `self`, and the Protocol ----------------------------------
    moved_units = [u for u in methods if u.kind == "def" and u.name in method_to]
    called: set[str] = set()
    for u in moved_units:
        called |= {n.attr for n in ast.walk(u.node) if isinstance(n, ast.Attribute)
                   and isinstance(n.value, ast.Name) and n.value.id == "self"}
    by_name = {u.name: u for u in methods if u.kind == "def"}
    if plan.cls:
        unknown = sorted(a for a in called if a not in by_name and a not in plan.attrs)
        if unknown:
            raise SplitError(f"moved methods of {plan.cls} use attributes the Protocol does "
                             f"not declare (--attr=NAME=TYPE): {unknown}")
        attrs = "".join(f"    {a}: {t}\n" for a, t in plan.attrs.items() if a in called)
        stubs = "\n".join(_stub(by_name[m], src.lines) for m in by_name if m in called)
        body = (f"class {proto_cls}(Protocol):\n    \"\"\"What a mixin of the annotator may "
                f"ask of `self`: its attributes and methods.\"\"\"\n\n{attrs}\n{stubs}")
        new_texts[proto_mod] = _module_text(proto_mod, proto_doc, body, split, plan,
                                            old_imports, old_names, proto_cls)

    # -- the parts ------------------------------------------------------------------------
    for part in plan.parts:
        names = {n for n, m in top_to.items() if m == part.module}
        tops = [(u.kind, u.text(src.lines)) for u in src.units
                if u.kind in NAMED_KINDS and u.name in names]
        body = _join_top(tops)
        meths = [u for u in moved_units if method_to[u.name] == part.module]
        if part.mixin:
            texts = [_method_with_self_type(u, src.lines, proto_cls, plan.cls) for u in meths]
            klass = (f"class {part.mixin}:\n    \"\"\"{part.mixin_doc}\"\"\"\n\n"
                     + "\n".join(texts))
            body = (body.rstrip("\n") + "\n\n\n" if body else "") + klass
        elif meths:
            raise SplitError(f"{part.module}: methods given to a part with no mixin")
        new_texts[part.module] = _module_text(part.module, part.doc, body, split, plan,
                                              old_imports, old_names, proto_cls)

    # -- the old module: moved units out, imports recomputed --------------------------------
    drop: set[int] = set()
    for u in src.units:
        if u.kind in NAMED_KINDS and u.name in top_to:
            drop.update(range(u.start, u.end + 1))
    for u in moved_units:
        drop.update(range(u.start, u.end + 1))
    imports = [u for u in src.units if u.kind == "import"]
    first_imp, last_imp = imports[0].start, imports[-1].end
    kept: list[str] = []
    for i, line in enumerate(src.lines, 1):
        if i in drop:
            continue
        if first_imp <= i <= last_imp:
            if i == first_imp:
                kept.append("@@IMPORTS@@\n")
            continue
        kept.append(line)
    text = "".join(kept)
    text = re.sub(r"\n{4,}", "\n\n\n", text)  # at most two blank lines in a row
    text = re.sub(r"(\n    [^\n]*\n)\n\n+(    (?:def|@|#))", r"\1\n\2", text)  # one in a class
    mixins = [p.mixin for p in plan.parts if p.mixin and
              any(method_to.get(m) == p.module for m in have_m)]
    if plan.cls and mixins:
        text = _with_bases(text, plan.cls, mixins)
    text = _all_without(text, set(top_to), report, plan.stem)
    text = _doc_with_tail(text, plan.doc_tail, report, plan.stem)
    code = text.replace("@@IMPORTS@@\n", "")
    used = _names_used(code) - _defined(code) - BUILTINS
    lines = []
    for name in sorted(used):
        origin = split.home.get((plan.stem, name))
        mixin_home = next((p.module for p in plan.parts if p.mixin == name), None)
        if origin:
            lines.append(f"from .{origin} import {name}")
            split.edges.setdefault(plan.stem, {}).setdefault(origin, set()).add(name)
        elif mixin_home:
            lines.append(f"from .{mixin_home} import {name}")
            split.edges.setdefault(plan.stem, {}).setdefault(mixin_home, set()).add(name)
        elif name in old_imports:
            lines.append(old_imports[name].line())
        else:
            raise SplitError(f"{plan.stem}.py uses {name!r}, which it no longer reaches")
    future = sorted({i.line() for i in old_imports.values() if i.module == "__future__"})
    if not future:
        raise SplitError(f"{plan.stem}.py has no `from __future__ import annotations`")
    text = text.replace("@@IMPORTS@@\n", "\n".join(
        future + [""] + sorted(set(lines) - set(future))) + "\n")
    split.files[path] = text
    for mod, t in new_texts.items():
        split.files[root / PKG / f"{mod}.py"] = t

    # -- importers across the repository -----------------------------------------------------
    moved = {n: m for (o, n), m in split.home.items() if o == plan.stem}
    paths = {p for d in SEARCH_DIRS for p in (root / d).rglob("*.py")} | set(split.files)
    for p in sorted(paths):
        if p.relative_to(root).parts[0] not in SEARCH_DIRS:
            continue
        before = split.read(p)
        after = _rewrite_importer(p, root, before, plan.stem, moved, report)
        if after != before:
            split.files[p] = after


def _module_text(mod: str, doc: str, body: str, split: Split, plan: Plan,
                 old_imports: dict[str, Imported], old_names: set[str], proto: str) -> str:
    """A new module's text: its docstring, the imports its code needs, its code."""
    used = _names_used(body) - _defined(body) - BUILTINS
    lines = []
    for name in sorted(used):
        if name == proto and proto and mod != plan.protocol[0]:
            lines.append(f"from .{plan.protocol[0]} import {proto}")
            split.edges.setdefault(mod, {}).setdefault(plan.protocol[0], set()).add(name)
        elif name in EXTRA_IMPORTS and mod == plan.protocol[0]:
            lines.append(EXTRA_IMPORTS[name])
        else:
            lines.append(_resolve_import(name, split, plan, mod, old_imports, old_names))
    imports = "\n".join(["from __future__ import annotations", "", *sorted(set(lines))])
    return f'"""{doc.rstrip()}\n"""\n\n{imports}\n\n\n{body.rstrip()}\n'


def _with_bases(text: str, cls: str, bases: list[str]) -> str:
    head, rows = f"class {cls}(", [""]
    pad = " " * len(head)
    for i, b in enumerate(bases):
        piece = b + ("," if i < len(bases) - 1 else "):")
        if rows[-1] and len(head) + len(rows[-1]) + 1 + len(piece) > 100:
            rows.append("")
        rows[-1] += (" " if rows[-1] else "") + piece
    if f"class {cls}:" not in text:
        raise SplitError(f"`class {cls}:` not found")
    return text.replace(f"class {cls}:", head + ("\n" + pad).join(rows), 1)


def _all_without(text: str, moved: set[str], report: list[str], stem: str) -> str:
    """*text* with the names that left taken out of its ``__all__`` (their importers are
    rewritten to the new homes)."""
    tree = ast.parse(text.replace("@@IMPORTS@@\n", ""))
    node = next((n for n in tree.body if isinstance(n, ast.Assign) and
                 any(isinstance(t, ast.Name) and t.id == "__all__" for t in n.targets)), None)
    if node is None or not isinstance(node.value, (ast.List, ast.Tuple)):
        return text
    names = [e.value for e in node.value.elts if isinstance(e, ast.Constant)]
    gone = [n for n in names if n in moved]
    if not gone:
        return text
    keep = [n for n in names if n not in moved]
    rows, cur = [], "__all__ = ["
    for i, n in enumerate(keep):
        piece = f'"{n}"' + (", " if i < len(keep) - 1 else "]")
        if len(cur) + len(piece.rstrip()) > 100:
            rows.append(cur.rstrip())
            cur = "           "
        cur += piece
    rows.append(cur)
    report.append(f"{stem}.py: __all__ no longer lists {gone} (imported from their new "
                  f"homes)")
    marker = "@@IMPORTS@@\n"
    lines = text.split("\n")
    # the offsets of `tree` are those of the text without the marker line
    at = next(i for i, line in enumerate(lines) if line + "\n" == marker) \
        if marker in text else len(lines)
    shift = 1 if node.lineno > at else 0
    start, end = node.lineno - 1 + shift, (node.end_lineno or node.lineno) + shift
    return "\n".join(lines[:start] + rows + lines[end:])


def _doc_with_tail(text: str, tail: str, report: list[str], stem: str) -> str:
    """*text* with *tail* added to its module docstring, before the closing quotes (the
    docstring's own lines, escapes and all, are left as written)."""
    tree = ast.parse(text.replace("@@IMPORTS@@\n", ""))
    first = tree.body[0]
    if not (isinstance(first, ast.Expr) and isinstance(first.value, ast.Constant) and
            isinstance(first.value.value, str)):
        raise SplitError(f"{stem}.py has no module docstring")
    if tail.splitlines()[0] in first.value.value:
        report.append(f"{stem}.py: its docstring says where its parts live already")
        return text
    lines = text.splitlines(keepends=True)
    last = (first.end_lineno or 1) - 1  # the docstring is above the imports' marker
    if lines[last].strip() != '"""':
        raise SplitError(f"{stem}.py: its docstring does not close on a line of its own")
    return "".join(lines[:last] + ["\n", tail.rstrip() + "\n"] + lines[last:])


# ------------------------------------------------------------------------------------------
# Importers
# ------------------------------------------------------------------------------------------
def _module_of(path: Path, root: Path) -> str:
    if (root / "src") not in path.parents:
        return ""
    return ".".join(path.relative_to(root / "src").with_suffix("").parts)


def _resolve(node: ast.ImportFrom, here: str, is_pkg: bool) -> str:
    if not node.level:
        return node.module or ""
    parts = here.split(".")
    base = parts if is_pkg else parts[:-1]
    base = base[:len(base) - (node.level - 1)]
    return ".".join([*base, node.module] if node.module else base)


def _scopes(tree: ast.Module) -> dict[int, ast.AST]:
    """Each node's innermost enclosing function (or the module), by ``id``."""
    out: dict[int, ast.AST] = {}

    def visit(node: ast.AST, scope: ast.AST) -> None:
        for child in ast.iter_child_nodes(node):
            out[id(child)] = scope
            inner = child if isinstance(child, (ast.FunctionDef, ast.AsyncFunctionDef)) \
                else scope
            visit(child, inner)

    visit(tree, tree)
    return out


def _rewrite_importer(path: Path, root: Path, text: str, stem: str, moved: dict[str, str],
                      report: list[str]) -> str:
    """*text* with its imports of names that left annotate/*stem*.py taken from their new
    homes: ``from .sides import X`` and, for ``from . import dates``, ``dates.X``."""
    if stem not in text or not moved:
        return text
    tree = ast.parse(text)
    here = _module_of(path, root)
    is_pkg = path.name == "__init__.py"
    full = f"tieline.annotate.{stem}"
    lines = text.splitlines(keepends=True)
    edits: list[tuple[int, int, str]] = []
    scopes = _scopes(tree)
    attr_subs: list[tuple[int, int, int, str]] = []  # (line, col, end col, new text)
    rel = path.relative_to(root)
    for node in ast.walk(tree):
        if not isinstance(node, ast.ImportFrom):
            continue
        target = _resolve(node, here, is_pkg) if (node.level == 0 or here) else ""
        if node.level and not here:
            continue
        indent = lines[node.lineno - 1][:node.col_offset]

        def fmt(a: ast.alias) -> str:
            return a.name + (f" as {a.asname}" if a.asname else "")

        if target == full:
            stay = [a for a in node.names if a.name not in moved]
            go: dict[str, list[ast.alias]] = {}
            for a in node.names:
                if a.name in moved:
                    go.setdefault(moved[a.name], []).append(a)
            if not go:
                continue
            if node.level:
                prefix = "." * node.level + (node.module or "").rsplit(".", 1)[0]
                prefix = prefix + "." if "." in (node.module or "") else "." * node.level
            else:
                prefix = "tieline.annotate."
            out = [f"{indent}from {prefix}{stem} import {', '.join(fmt(a) for a in stay)}"] \
                if stay else []
            out += [f"{indent}from {prefix}{m} import {', '.join(fmt(a) for a in al)}"
                    for m, al in go.items()]
            edits.append((node.lineno, node.end_lineno or node.lineno, "\n".join(out) + "\n"))
            report.append(f"{rel}: imports of {stem} rewritten -> " + ", ".join(
                f"{m} ({', '.join(a.name for a in al)})" for m, al in go.items()))
        elif target == "tieline.annotate" and any(a.name == stem for a in node.names):
            alias = next(a.asname or a.name for a in node.names if a.name == stem)
            scope = scopes[id(node)]
            inner = {id(n) for n in ast.walk(scope)}
            # uses in this scope, not in a nested function that imports the module itself
            shadowed = {id(x) for f in ast.walk(scope)
                        if isinstance(f, (ast.FunctionDef, ast.AsyncFunctionDef))
                        and f is not scope and any(
                            isinstance(i, ast.ImportFrom) and scopes[id(i)] is f and
                            any((a.asname or a.name) == alias for a in i.names)
                            for i in ast.walk(f))
                        for x in ast.walk(f)}
            seen = [n for n in ast.walk(scope) if id(n) in inner and id(n) not in shadowed]
            # `dates.X`, and a name given with the module (`patch.object(dates, "X", ...)`)
            uses = [(n.value, n.attr) for n in seen if isinstance(n, ast.Attribute)
                    and isinstance(n.value, ast.Name) and n.value.id == alias
                    and n.attr in moved]
            uses += [(n.args[0], n.args[1].value) for n in seen if isinstance(n, ast.Call)
                     and len(n.args) >= 2 and isinstance(n.args[0], ast.Name)
                     and n.args[0].id == alias and isinstance(n.args[1], ast.Constant)
                     and n.args[1].value in moved]
            if not uses:
                continue
            local = {n.id for n in ast.walk(tree) if isinstance(n, ast.Name)} - {alias}
            clash = sorted({moved[a] for _, a in uses} & local)
            if clash:
                raise SplitError(f"{rel} uses {clash} as a name of its own: the module(s) "
                                 f"cannot be imported there under that name")
            rewritten = {id(v) for v, _ in uses}
            still = any(isinstance(n, ast.Name) and n.id == alias and id(n) not in rewritten
                        and isinstance(n.ctx, ast.Load) for n in seen)
            names = [fmt(a) for a in node.names if not (a.name == stem and not still)]
            names += sorted({moved[a] for _, a in uses})
            mod_txt = "." * node.level + (node.module or "")
            edits.append((node.lineno, node.end_lineno or node.lineno,
                          f"{indent}from {mod_txt} import {', '.join(sorted(set(names)))}\n"))
            for v, a in uses:
                attr_subs.append((v.lineno, v.col_offset, v.end_col_offset or 0, moved[a]))
            report.append(f"{rel}: {alias}.X rewritten for {len(uses)} uses -> "
                          + ", ".join(sorted({moved[a] for _, a in uses})))
    # a dotted path as a whole string (`monkeypatch.setattr("tieline.annotate.dates._X", ..)`)
    dotted = re.compile(rf"""(["'])tieline\.annotate\.{stem}\.(\w+)\1""")
    for i, line in enumerate(lines):
        new_line = dotted.sub(lambda m: f"{m[1]}tieline.annotate.{moved[m[2]]}.{m[2]}{m[1]}"
                              if m[2] in moved else m[0], line)
        if new_line != line:
            lines[i] = new_line
            report.append(f"{rel}:{i + 1}: a dotted path to {stem} rewritten")
            if not edits:
                edits.append((0, 0, ""))  # (nothing to replace: the lines changed in place)
    if not edits:
        return text
    # the attribute uses first (columns on lines the import edits do not touch)
    for lineno, col, end, new in sorted(attr_subs, reverse=True):
        line = lines[lineno - 1]
        lines[lineno - 1] = line[:col] + new + line[end:]
    for lineno in sorted({a[0] for a in attr_subs}):
        lines[lineno - 1] = _wrap_long(lines[lineno - 1], f"{rel}:{lineno}")
    for start, end, new_text in sorted(edits, reverse=True):
        if start:
            lines[start - 1:end] = [new_text]
    return "".join(lines)


def _wrap_long(line: str, where: str) -> str:
    """*line* (one whole statement a rewrite made longer) wrapped at 100 columns: inside its
    brackets, an ``assert`` without a message inside added parentheses."""
    body = line.rstrip("\n")
    if len(body) <= 100:
        return line
    indent = body[:len(body) - len(body.lstrip())]
    if body.lstrip().startswith("assert ") and "#" not in body and \
            not _top_level_comma(body.lstrip()[7:]):
        body = f"{indent}assert ({body.lstrip()[7:]})"
    out = []
    while len(body) > 100:
        cut = _break_at(body)
        if cut is None:
            raise SplitError(f"{where}: a rewritten line is over 100 columns and cannot be "
                             f"wrapped: {body.strip()}")
        col, pad = cut
        out.append(body[:col].rstrip())
        body = " " * pad + body[col:]
    return "\n".join([*out, body]) + "\n"


def _tokens(text: str) -> list[tokenize.TokenInfo]:
    """The tokens of one line, as far as they go (a line may leave a bracket open)."""
    out: list[tokenize.TokenInfo] = []
    try:
        for tok in tokenize.generate_tokens(io.StringIO(text + "\n").readline):
            out.append(tok)
    except (tokenize.TokenError, IndentationError):
        pass
    return out


def _top_level_comma(expr: str) -> bool:
    depth = 0
    for tok in _tokens(expr):
        if tok.type == tokenize.OP and tok.string in "([{":
            depth += 1
        elif tok.type == tokenize.OP and tok.string in ")]}":
            depth -= 1
        elif tok.type == tokenize.OP and tok.string == "," and depth == 0:
            return True
    return False


def _break_at(body: str) -> tuple[int, int] | None:
    """The column to break *body* before (a token inside brackets, after a space, at most
    100 columns in) and the indent of the line it starts: the column after its bracket."""
    opened: list[int] = []
    best = None
    for tok in _tokens(body):
        col = tok.start[1]
        if tok.start[0] != 1 or col > 100:
            break
        if opened and col > opened[-1] + 1 and body[col - 1] == " " and \
                tok.type != tokenize.NEWLINE:
            best = (col, opened[-1] + 1)
        if tok.type == tokenize.OP and tok.string in "([{":
            opened.append(col)
        elif tok.type == tokenize.OP and tok.string in ")]}" and opened:
            opened.pop()
    return best


# ------------------------------------------------------------------------------------------
# Checks: nothing lost or changed, no cycle
# ------------------------------------------------------------------------------------------
def _comments(texts: list[str]) -> Counter[str]:
    out: Counter[str] = Counter()
    for text in texts:
        for tok in tokenize.generate_tokens(io.StringIO(text).readline):
            if tok.type == tokenize.COMMENT:
                out[tok.string] += 1
    return out


def _unit_trees(texts: list[str]) -> Counter[tuple[str, str]]:
    """Each definition's syntax tree (methods of a split class and its mixins under the
    class's name, ``self``'s annotation and the Protocol aside), as a multiset."""
    out: Counter[tuple[str, str]] = Counter()
    owners = {p.cls: p.cls for p in PLANS if p.cls}
    owners.update({part.mixin: p.cls for p in PLANS for part in p.parts if part.mixin})
    protocols = {p.protocol[1] for p in PLANS if p.cls}

    def add(name: str, node: ast.AST) -> None:
        if isinstance(node, ast.FunctionDef):
            args = node.args.posonlyargs + node.args.args
            if args and args[0].arg == "self":
                args[0].annotation = None
        out[(name, ast.dump(node))] += 1

    for text in texts:
        for node in ast.parse(text).body:
            if isinstance(node, ast.ClassDef) and node.name in protocols:
                continue
            if isinstance(node, ast.ClassDef) and node.name in owners:
                for item in node.body:
                    if isinstance(item, ast.FunctionDef):
                        add(f"{owners[node.name]}.{item.name}", item)
            elif isinstance(node, (ast.FunctionDef, ast.AsyncFunctionDef, ast.ClassDef)):
                add(node.name, node)
            elif isinstance(node, (ast.Assign, ast.AnnAssign, ast.AugAssign)):
                targets = node.targets if isinstance(node, ast.Assign) else [node.target]
                for t in targets:
                    if isinstance(t, ast.Name) and t.id != "__all__":
                        add(t.id, node)
    return out


def _check_cycles(split: Split) -> None:
    pkg = split.root / PKG
    graph: dict[str, set[str]] = {}
    why: dict[tuple[str, str], str] = {}
    for path in sorted(set(pkg.glob("*.py")) | {p for p in split.files if p.parent == pkg}):
        tree = ast.parse(split.read(path))
        deps: set[str] = set()
        for node in tree.body:  # module level only: lazy imports inside functions do not cycle
            if isinstance(node, ast.ImportFrom) and node.level == 1:
                for target, name in ([(node.module, a.name) for a in node.names]
                                     if node.module else [(a.name, f"the module {a.name}")
                                                          for a in node.names]):
                    deps.add(target)
                    old = why.get((path.stem, target))
                    why[(path.stem, target)] = f"{old}, {name}" if old else name
        graph[path.stem] = deps
    for plan in PLANS:  # a part never imports the module it left
        for mod in [p.module for p in plan.parts] + ([plan.protocol[0]] if plan.cls else []):
            if plan.stem in graph.get(mod, set()):
                names = why[(mod, plan.stem)].split(", ")
                raise SplitError(f"annotate/{mod}.py would import {names} from "
                                 f"{plan.stem}.py, which the plan leaves there: a part never "
                                 f"imports the module it left; move them with it: "
                                 + " ".join(f"--move={plan.stem}:{n}={mod}" for n in names))
    seen: dict[str, int] = {}
    stack: list[str] = []

    def visit(m: str) -> None:
        seen[m] = 1
        stack.append(m)
        for d in sorted(graph.get(m, ())):
            if d not in graph:
                continue
            if seen.get(d) == 1:
                cyc = stack[stack.index(d):] + [d]
                steps = "; ".join(f"{a} imports {why.get((a, b), '?')} from {b}"
                                  for a, b in zip(cyc, cyc[1:], strict=False))
                raise SplitError(f"import cycle {' -> '.join(cyc)}: {steps}. A moved name "
                                 f"uses one that stays: move that one too (--move=STEM:NAME="
                                 f"module)")
            if d not in seen:
                visit(d)
        stack.pop()
        seen[m] = 2

    for m in sorted(graph):
        if m not in seen:
            visit(m)
    split.report.append(f"import graph of annotate/: {len(graph)} modules, no cycle")


# ------------------------------------------------------------------------------------------
# The package index and the test
# ------------------------------------------------------------------------------------------
def _index(text: str, report: list[str]) -> str:
    for plan in PLANS:
        anchor, insert = plan.index
        if insert.strip() in text:
            continue
        at = text.find(anchor)
        if at < 0:
            report.append(f"annotate/__init__.py: anchor {anchor!r} not found; appended")
            end = text.find('"""', 3)
            text = text[:end] + "\n" + insert.strip() + "\n" + text[end:]
        else:
            at += len(anchor)
            text = text[:at] + insert + text[at:]
    return text


TEST_TEXT = '''"""The parts of annotate's actors, sides and dates: small, below the module they left

Written by tools/split_annotate.py, which split them by name: each part is a module of its
own that never imports the module it came from, and ``ActorAnnotator``'s mixins take ``self:
Annotator``, a Protocol that must agree with the annotator it stands for.
"""

from __future__ import annotations

import ast
import inspect
from pathlib import Path
from typing import Any

import tieline.annotate.annotator as annotator_module
from tieline.annotate.actors import ActorAnnotator
from tieline.annotate.annotator import Annotator

ANNOTATE = Path(annotator_module.__file__).parent
#: Each module split, and its parts (the Protocol's module among them).
PARTS = @@PARTS@@
#: Lines a module of the split may have (style.md: modules under ~400).
LIMIT = @@LIMIT@@


def _imported(path: Path) -> set[str]:
    tree = ast.parse(path.read_text(encoding="utf-8"))
    found = {n.module for n in ast.walk(tree) if isinstance(n, ast.ImportFrom) and n.level == 1
             and n.module}
    found |= {a.name for n in ast.walk(tree) if isinstance(n, ast.ImportFrom) and n.level == 1
              and not n.module for a in n.names}
    return found


def test_no_module_of_the_split_is_back_over_its_limit() -> None:
    sizes = {m: len((ANNOTATE / f"{m}.py").read_text(encoding="utf-8").splitlines())
             for stem, parts in PARTS.items() for m in (stem, *parts)}
    over = {m: n for m, n in sizes.items() if n > LIMIT}
    assert not over, f"over {LIMIT} lines (split a part off, by what it does): {over}"


def test_no_part_imports_the_module_it_came_from() -> None:
    back = [(m, stem) for stem, parts in PARTS.items() for m in parts
            if stem in _imported(ANNOTATE / f"{m}.py")]
    assert not back, f"parts importing the module they were split from: {back}"


def test_the_check_reads_the_imports_it_means_to() -> None:
    assert "actor_state" in _imported(ANNOTATE / "people.py")
    assert {"kb_entities", "people", "titles"} <= _imported(ANNOTATE / "actors.py")


def _but_self(f: Any) -> str:
    """A method's signature without its ``self`` (the mixins annotate theirs)."""
    sig = inspect.signature(f)
    return str(sig.replace(parameters=[p for p in sig.parameters.values() if p.name != "self"]))


def test_every_member_the_protocol_declares_is_the_annotators_own_with_its_signature() -> None:
    declared = {n for n, v in vars(Annotator).items() if not n.startswith("__")
                and (callable(v) or isinstance(v, staticmethod))
                and n not in {"_abc_impl", "_is_protocol"}}
    assert declared, "the Protocol declares the methods the mixins call"
    differ = [n for n in sorted(declared) if not hasattr(ActorAnnotator, n) or
              _but_self(getattr(ActorAnnotator, n)) != _but_self(getattr(Annotator, n))]
    assert not differ, f"Annotator and ActorAnnotator disagree on {differ}"
    assert {"kb", "forms"} <= set(Annotator.__annotations__)


def test_each_mixin_takes_self_as_the_protocol_and_lives_below_the_annotator() -> None:
    mixins = [c for c in ActorAnnotator.__mro__[1:] if c is not object]
    assert len(mixins) >= 3
    for cls in mixins:
        stem = cls.__module__.rsplit(".", 1)[-1]
        assert stem in PARTS["actors"] and "actors" not in _imported(ANNOTATE / f"{stem}.py")
        methods = [f for f in vars(cls).values() if inspect.isfunction(f)]
        assert methods, f"{cls.__name__} holds the annotator's methods"
        for f in methods:
            first = next(iter(inspect.signature(f).parameters.values()))
            assert first.name != "self" or first.annotation == "Annotator", (
                f"{cls.__name__}.{f.__name__} takes self: Annotator")
'''


DOCS_PATH = "docs/events.md"
DOCS_BEGIN = "<!-- split_annotate: where the parts of actors, sides and dates live -->"
DOCS_END = "<!-- /split_annotate -->"


def _docs(text: str) -> str:
    """docs/events.md with a section (between its markers, replaced when there) that says
    which module holds which part of actors, sides and dates."""
    rows = ["| module | split from | what it holds |", "|---|---|---|"]
    for p in PLANS:
        if p.cls:
            rows.append(f"| `{p.protocol[0]}` | `{p.stem}` | `{p.protocol[1]}`, the Protocol "
                        f"`{p.cls}`'s mixins take as `self` |")
        for part in p.parts:
            what = re.sub(r":\w+:`", "`", part.doc.strip().splitlines()[0].rstrip("."))
            mixin = f" (`{part.mixin}`, a mixin of `{p.cls}`)" if part.mixin else ""
            rows.append(f"| `{part.module}` | `{p.stem}` | {what}{mixin} |")
    section = "\n".join([
        DOCS_BEGIN, "## Where the parts of actors, sides and dates live", "",
        "`annotate/actors.py` keeps `ActorAnnotator`'s article and sentence loop, "
        "`annotate/sides.py` `complete` and the doers of bilateral acts, "
        "`annotate/dates.py` `resolve` and the reading of chains; the rest was split off by "
        "`tools/split_annotate.py` into modules named for their job, none importing the "
        "module it came from (`tests/test_annotate_parts.py`).", "", *rows, "", DOCS_END, ""])
    if DOCS_BEGIN in text:
        before, _, rest = text.partition(DOCS_BEGIN)
        _, _, after = rest.partition(DOCS_END + "\n")
        return before + section + after
    return text.rstrip("\n") + "\n\n" + section


def _wrapped(items: list[str], pad: int) -> str:
    """*items* joined by commas, wrapped at 100 columns with *pad* spaces."""
    out, cur = [], ""
    for item in items:
        if cur and len(cur) + len(item) + 2 > 80:
            out.append(cur + ",")
            cur = ""
        cur += (", " if cur else "") + item
    return ("\n" + " " * pad).join([*out, cur])


def _test_text() -> str:
    parts = {p.stem: [x.module for x in p.parts] + ([p.protocol[0]] if p.cls else [])
             for p in PLANS}
    rows = ",\n    ".join(f'"{s}": (' + _wrapped([f'"{m}"' for m in ms], 8) + ")"
                           for s, ms in parts.items())
    return TEST_TEXT.replace("@@PARTS@@", "{\n    " + rows + ",\n}").replace(
        "@@LIMIT@@", str(LIMIT))


# ------------------------------------------------------------------------------------------
# Run
# ------------------------------------------------------------------------------------------
def plan(root: Path, moves: dict[str, str], skip_missing: bool) -> Split:
    """Apply the plans in memory and check the result; write nothing."""
    split = Split(root)
    stems = [p.stem for p in PLANS]
    originals = {s: (root / PKG / f"{s}.py").read_text(encoding="utf-8") for s in stems}
    if (root / TEST_PATH).exists():
        raise SplitError(f"{TEST_PATH} exists already: is the split applied already?")
    for p in PLANS:
        _apply_plan(p, split, moves, skip_missing)
    split.files[root / TEST_PATH] = _test_text()
    init = root / PKG / "__init__.py"
    split.files[init] = _index(split.read(init), split.report)
    docs = root / DOCS_PATH
    if docs.exists():
        split.files[docs] = _docs(docs.read_text(encoding="utf-8"))

    # -- nothing lost, nothing changed: every unit's syntax tree is the one it was ---------
    mine = [p for p in split.files if p.parent == root / PKG and p.name != "__init__.py"
            and (p.stem in stems or not (root / PKG / p.name).exists())]
    before = _unit_trees(list(originals.values()))
    after = _unit_trees([split.files[p] for p in mine])
    if before != after:
        lost = sorted({n for n, _ in (before - after)})
        extra = sorted({n for n, _ in (after - before)})
        raise SplitError(f"the split would change code: before only {lost}, after only "
                         f"{extra}")
    split.report.append(f"{sum(before.values())} definitions and methods moved or kept, "
                        f"each unchanged (syntax trees compared, `self: Annotator` aside)")
    lost_c = _comments(list(originals.values())) - _comments([split.files[p] for p in mine])
    if lost_c:
        raise SplitError(f"the split would lose comments: {sorted(lost_c.elements())[:5]}")
    split.report.append(f"{sum(_comments(list(originals.values())).values())} comments, "
                        f"each kept")
    _check_cycles(split)
    mention = re.compile(r"\b(?:tieline\.annotate\.)?(" + "|".join(stems) + r")\.(\w+)")
    stale = []
    for path in sorted(split.files):
        if path.suffix != ".py":
            continue
        for n, line in enumerate(split.files[path].splitlines(), 1):
            for m in mention.finditer(line):
                if (m.group(1), m.group(2)) in split.home:
                    stale.append(f"{path.relative_to(root)}:{n}: {m.group(0)} "
                                 f"(now {split.home[(m.group(1), m.group(2))]})")
    split.report.append(f"mentions of moved names in comments or docstrings of the files "
                        f"written, left as written ({len(stale)}):"
                        + "".join(f"\n  {x}" for x in stale))
    return split


def _run(cmd: list[str], cwd: Path) -> tuple[int, str]:
    env = {**os.environ, "PYTHONPATH": str(cwd / "src")}
    p = subprocess.run(cmd, cwd=cwd, capture_output=True, text=True, env=env)
    return p.returncode, (p.stdout + p.stderr).strip()


def main(argv: list[str]) -> int:
    if len(argv) < 2 or argv[1].startswith("-"):
        print(__doc__)
        return 2
    root = Path(argv[1]).resolve()
    moves: dict[str, str] = {}
    for arg in argv[2:]:
        if arg.startswith("--move="):
            name, _, mod = arg.removeprefix("--move=").rpartition("=")
            if ":" not in name or not mod:
                print(f"split: {arg}: write --move=STEM:NAME=module")
                return 2
            moves[name] = mod
        elif arg.startswith("--attr="):
            name, _, typ = arg.removeprefix("--attr=").partition("=")
            ACTORS.attrs[name] = typ
        elif arg not in ("--no-verify", "--dry-run", "--skip-missing"):
            print(f"split: unknown argument {arg}")
            return 2
    t0 = time.time()
    try:
        split = plan(root, moves, "--skip-missing" in argv)
    except SplitError as e:
        print(f"split: FAILED, nothing written: {e}")
        return 1
    for line in split.report:
        print(line)
    if "--dry-run" in argv:
        print(f"dry run: {len(split.files)} files would be written; nothing written")
        return 0
    for path, text in split.files.items():
        path.write_text(text, encoding="utf-8")
    written = sorted(split.files)
    print(f"wrote {len(written)} files: " + ", ".join(str(p.relative_to(root)) for p in written))
    venv = root / ".venv" / "bin"
    tool = {t: str(venv / t) if (venv / t).exists() else t for t in ("ruff", "mypy", "python")}
    py_files = [str(p.relative_to(root)) for p in written if p.suffix == ".py"]
    rc, out = _run([tool["ruff"], "check", "--fix", "--select", "I", *py_files], root)
    print(f"ruff --fix --select I: rc={rc} {out.splitlines()[-1] if out else ''}")
    parts = {m for p in PLANS for m in [p.stem, p.protocol[0], *(x.module for x in p.parts)]}
    for path in written:
        if path.parent == root / PKG and path.stem in parts:
            n = len(path.read_text(encoding="utf-8").splitlines())
            print(f"  {path.relative_to(root)}: {n} lines" + ("  OVER THE LIMIT" if n > LIMIT
                                                               else ""))
    if "--no-verify" in argv:
        print(f"done in {time.time() - t0:.1f}s (not verified)")
        return 0
    ok = True
    checks = (
        ("ruff check src tests bench tools", [tool["ruff"], "check", "src", "tests", "bench",
                                              "tools"]),
        ("mypy", [tool["mypy"]]),
        ("import", [tool["python"], "-c", "import tieline.annotate.pipeline, "
                    "tieline.annotate.events as e, tieline.annotate.actors as a; "
                    "print(len(a.ActorAnnotator.__mro__), 'classes in the MRO')"]),
        ("pytest (the split's tests, the layers, the dates)",
         [tool["python"], "-m", "pytest", "-q", "-x", "-p", "no:cacheprovider", TEST_PATH,
          "tests/test_layers.py", "tests/test_dates.py"]),
    )
    for label, cmd in checks:
        rc, out = _run(cmd, root)
        ok &= rc == 0
        print(f"{label}: {'ok' if rc == 0 else 'FAILED'}\n  "
              + "\n  ".join(out.splitlines()[-12:]))
    print(f"done in {time.time() - t0:.1f}s: {'clean' if ok else 'NOT clean: see above'}")
    return 0 if ok else 1


if __name__ == "__main__":
    sys.exit(main(sys.argv))
