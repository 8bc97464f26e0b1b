"""Polarity: an act refused, reversed, questioned, failed or disrupted.

:func:`polarity` reads the words that govern an act's head before its type counts;
:func:`_apply_polarity` turns the act (a cooperative act refused is REJECT, reversed is
SANCTION) or negates it (CAMEO's "reduce relations" and "reject" blocks).
"""

from __future__ import annotations

from collections.abc import Callable
from dataclasses import replace
from typing import Any

from ..models import ActorRef
from .found import _Found
from .lexicon import COOPERATIVE, Entry
from .pairs import _side_of
from .words import _REPORTING

#: Words that wreck a joint act from one side (CAMEO's DISRUPT and UNDERMINE blocks, code 160
#: "reduce relations"): "disrupted the talks", "derailed the agreement" halt a cooperative
#: act, as a reversal does; said of a conflictual act ("disrupted the attack") they are not
#: its end by its doer, so they turn only cooperative acts.
_DISRUPT = {"disrupt", "disruption", "derail", "torpedo", "sabotage", "undermine", "scuttle"}

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
            "suspended", "cancelled", "canceled", "terminated", "revoked", "scrapped",
            "abolish", "abolition", "abolished", "abrogate", "rescind", "repeal"}
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
        if lemma in _GAINSAYING and _itself_denied(gov):
            return None  # "there is no denying that X attacked", "no doubt": affirmed
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


#: Words that deny or doubt what is said: denied themselves ("there is no denying that",
#: "no doubt", "does not dispute that"), they leave what is said affirmed (round 11).
_GAINSAYING = frozenset({"deny", "denial", "doubt", "dispute", "question"})


def _itself_denied(word: Any) -> bool:
    return any(c.dep_ == "neg" or c.dep_ == "det" and c.lower_ == "no"
               for c in word.children)


#: Statements: their noun names something said ("the demand", "the accusation", "the
#: threat"), so a refusal of it answers what was said and does not deny that it was.
_STATEMENTS = frozenset({"REQUEST", "ACCUSE", "THREATEN", "REJECT"})


def _statement_answered(f: _Found, word: Any) -> bool:
    """Whether *f* is a statement's noun that the verb *word* refuses or doubts ("rejected
    Kyrgyzstan's demand", "denied the accusations"): PLOVER codes the rejecter's REJECT;
    the demand, made before it, stays reported (round 11)."""
    return f.entry.pos == "noun" and f.entry.type in _STATEMENTS and \
        word.pos_ in ("VERB", "AUX") and f.trigger.head.i == word.i and \
        f.trigger.dep_ in ("dobj", "nsubjpass")


def _steps_to(word: Any) -> bool:
    """Whether *word* is a step toward an act, or has one as its object ("suspends the
    referendum to join", as the parser hangs the infinitive on the verb)."""
    return word.lemma_.lower() in _STEPS or any(
        c.dep_ == "dobj" and c.lemma_.lower() in _STEPS for c in word.children)


#: Steps toward an act: a vote or a plan on it is not the act, and stopping one is no
#: reversal of the act (the act is not done).
_STEPS = frozenset({"referendum", "vote", "plebiscite", "plan", "bid", "proposal",
                    "preparation"})


def _phrasal(verb: Any) -> bool:
    """Whether *verb* is a phrasal verb that refuses or reverses ("ruled out", "called off")."""
    lemma = verb.lemma_.lower()
    return any(c.dep_ == "prt" and (lemma, c.lower_) in _PHRASAL_POLARITY
               for c in verb.children)


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
        if how in ("refuse", "doubt") and _statement_answered(f, word):
            continue  # "rejected Georgia's demand", "denied the accusation": the demand
            # was made; the rejection is its own act (round 11)
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
