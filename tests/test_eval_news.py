"""The news-set scorer on a hand-made set whose scores are known, and the floors on the real
news sets in ../shared/data/news (raise a floor when a change lifts a figure; never lower one
without saying why in the commit)."""

from __future__ import annotations

from dataclasses import replace
from pathlib import Path
from typing import Any

import pytest

from tieline.evaluate.news import (
    GoldEvent,
    GoldSet,
    Stored,
    date_verdict,
    evaluate_news,
    load_gold,
    score,
    status_right,
    summary,
)
from tieline.models import ActorRef, Article, Event, Evidence

A, B = ActorRef("AAA", "A-land", "AAA"), ActorRef(None, "the B-land minister", "BBB")


def _article(gid: str, story: str | None, lang: str = "en", published: str | None = None
             ) -> Article:
    return Article(id=f"id-{gid}", origin=f"set.jsonl:{gid[-1]}", text="...", content_hash=gid,
                   lang=lang, story_id=story, published=published,
                   published_basis="text" if published else "unknown")


def _event(eid: str, type_: str, source: ActorRef | None, target: ActorRef | None,
           pages: list[str], date: str | None = None, precision: str | None = None,
           sources: int = 1, status: Any = "reported") -> Event:
    evidence = tuple(Evidence(article_id=f"id-{p}", start=0, end=3, sentence="...")
                     for p in pages)
    return Event(id=eid, type=type_, source=source, target=target, evidence=evidence,
                 date=date, date_precision=precision, status=status,  # type: ignore[arg-type]
                 reports=len(pages), independent_sources=sources)


def _gold(gid: str, date: str, precision: str, source: str, target: str, types: list[str],
          articles: list[str], status: str = "happened") -> GoldEvent:
    return GoldEvent(gid, date, precision, frozenset(source.split("|")),
                     frozenset(target.split("|")), tuple(types), status, tuple(articles))


GOLD = GoldSet(
    name="hand-made",
    pages=tuple({"id": p, "lang": lang, "published": pub} for p, lang, pub in [
        ("p1", "en", "2020-01-06"), ("p2", "en", None), ("p3", "en", "2020-01-07"),
        ("p4", "de", "2020-02-21"), ("p5", "en", None)]),
    families=(frozenset({"p1", "p2"}),),
    distinct=(("p3", "p4"),),
    events=(
        _gold("G1", "2020-01-05", "day", "AAA", "BBB", ["ACCUSE"], ["p1", "p3"]),
        _gold("G2", "2020-02", "month", "AAA|BBB", "AAA|BBB", ["CONSULT"], ["p4"]),
        _gold("G3", "2020-03-01", "day", "AAA", "BBB", ["REJECT"], ["p2"]),
        _gold("G4", "2020-04-02", "day", "AAA", "BBB", ["THREATEN"], ["p5"], "planned"),
        _gold("G5", "2020-05-09", "day", "BBB", "AAA", ["SANCTION"], ["p5"]),
    ))

STORED = Stored(
    articles={"p1": _article("p1", "s1", published="2020-01-06"), "p2": _article("p2", "s1"),
              "p3": _article("p3", "s2", published="2020-01-08"),
              "p4": _article("p4", "s2", lang="en"), "p5": _article("p5", None)},
    events=(
        _event("E1", "ACCUSE", A, B, ["p1", "p2", "p3"], "2020-01-05", "day", sources=2),
        _event("E2", "CONSULT", B, A, ["p4"], "2020-02-20", "day"),
        _event("E3", "ACCUSE", A, B, ["p2"]),
        _event("E4", "SANCTION", A, None, ["p5"], "2020-05-09", "day"),
        _event("E5", "COOPERATE", A, B, ["p2"], "2020-04", "month", status="planned"),
    ))


def test_the_scorer_gives_the_known_scores_of_a_hand_made_set() -> None:
    s = score(GOLD, STORED, withheld_dates=True)
    assert s.articles == {"pages": 5, "stored": 5, "lang_right": 4, "lang_total": 5,
                          "lang_share": 0.8, "lang_errors": {"de->en": 1}}
    assert s.page_dates["pages_with_date"] == 3 and s.page_dates["dated"] == 2
    assert s.page_dates["right"] == 1 and s.page_dates["wrong"][0]["id"] == "p3"
    assert s.stories["pair_recall"] == 1.0 and s.stories["distinct_grouped"] == 1
    assert s.stories["biggest_wrong_groups"] == [["p3", "p4"]]
    ev = s.events
    # G1 strict (right day), G2 strict (symmetric, right month), G3 lenient (ACCUSE is verbal
    # conflict as REJECT is; E5, a planned COOPERATE, is AGREE to PLOVER: verbal cooperation)
    assert (ev["found_strict"], ev["found_lenient"], ev["gold"]) == (2, 3, 5)
    assert (ev["dated_right"], ev["dated_wrong"], ev["undated"]) == (2, 0, 0)
    assert ev["status_right"] == 2
    assert (ev["multi_family_found"], ev["sources_right"]) == (1, 1)
    assert (ev["multi_family_coded"], ev["sources_right_coded"]) == (1, 1)
    assert (ev["events"], ev["with_both_sides"]) == (5, 4)
    rows = {r["id"]: r for r in s.details}
    assert rows["G3"]["found"] == "lenient" and rows["G3"]["reason"] == "type ACCUSE"
    assert rows["G4"]["reason"] == "no event between its actors (1 in its articles)"
    assert rows["G5"]["reason"] == "right type, one side missing"


def test_a_planned_act_read_as_its_announcement_happened() -> None:
    promise = _gold("G1", "2020-01-05", "day", "AAA", "BBB", ["AGREE", "SUPPORT"], ["p1"])
    act = _gold("G2", "2020-01-05", "day", "AAA", "BBB", ["SUPPORT"], ["p1"])
    planned = _event("E1", "SUPPORT", A, B, ["p1"], status="planned")
    # "promised to apologise": PLOVER's AGREE, an announcement that happened
    assert status_right(planned, promise)
    # read as the act itself (SUPPORT), it has not happened yet
    assert not status_right(planned, act)
    assert status_right(planned, replace(act, status="planned"))
    threat = _gold("G3", "2020-01-05", "day", "AAA", "BBB", ["THREATEN", "SANCTION"], ["p1"])
    assert status_right(_event("E2", "SANCTION", A, B, ["p1"], status="planned"), threat)
    assert not status_right(_event("E3", "SANCTION", A, B, ["p1"], status="negated"), threat)


def test_an_event_holding_reports_of_two_dated_gold_events_is_a_wrong_merge() -> None:
    gold = GoldSet("merge", GOLD.pages, (), (), (
        _gold("G1", "2020-01-05", "day", "AAA", "BBB", ["ACCUSE"], ["p1", "p2"]),
        _gold("G2", "2021-06-01", "day", "AAA", "BBB", ["ACCUSE"], ["p3"])))
    one = Stored(STORED.articles, (_event("E1", "ACCUSE", A, B, ["p1", "p3"], "2020-01-05",
                                          "day"),))
    apart = Stored(STORED.articles, (_event("E1", "ACCUSE", A, B, ["p1"], "2020-01-05", "day"),
                                     _event("E2", "ACCUSE", A, B, ["p3"], "2021-06-01", "day")))
    assert score(gold, one).events["wrong_merges"] == 1
    assert score(gold, apart).events["wrong_merges"] == 0


def test_an_event_of_another_status_is_never_a_merge_of_a_gold_events_reports() -> None:
    from dataclasses import replace

    gold = GoldSet("status", GOLD.pages, (), (), (
        _gold("G1", "2020-01-05", "day", "AAA", "BBB", ["ACCUSE"], ["p1", "p3"]),
        _gold("G2", "2020-01-09", "day", "AAA", "BBB", ["ACCUSE"], ["p1"], "planned")))
    one = _event("E1", "ACCUSE", A, B, ["p1", "p3"], "2020-01-05", "day")
    assert score(gold, Stored(STORED.articles, (one,))).events["wrong_merges"] == 0
    planned = replace(one, status="planned")  # (now G1's reports are merged with G2's)
    assert score(gold, Stored(STORED.articles, (planned,))).events["wrong_merges"] == 0
    gold_planned = GoldSet("status", GOLD.pages, (), (), (
        gold.events[0], replace(gold.events[1], status="happened")))
    assert score(gold_planned, Stored(STORED.articles, (one,))).events["wrong_merges"] == 1


def test_two_events_coded_in_one_sentence_are_not_a_merge_two_sentences_are() -> None:
    from dataclasses import replace

    gold = GoldSet("one sentence", GOLD.pages, (), (), (
        _gold("G1", "2020-01-05", "day", "AAA", "BBB", ["ACCUSE"], ["p1"]),
        _gold("G2", "2021-06-01", "day", "AAA", "BBB", ["ACCUSE"], ["p1"])))
    one = _event("E1", "ACCUSE", A, B, ["p1", "p1"])  # (two codings of one sentence)
    assert score(gold, Stored(STORED.articles, (one,))).events["wrong_merges"] == 0
    two = replace(one, evidence=(one.evidence[0], replace(one.evidence[1], start=10, end=13)))
    assert score(gold, Stored(STORED.articles, (two,))).events["wrong_merges"] == 1


def test_sources_are_also_counted_over_events_coded_in_every_family() -> None:
    gold = GoldSet("coded", GOLD.pages, GOLD.families, (), (
        _gold("G1", "2020-01-05", "day", "AAA", "BBB", ["ACCUSE"], ["p1", "p3", "p5"]),))
    ev = score(gold, STORED).events  # (E1 holds p1 and p3; nothing was coded in p5)
    assert (ev["multi_family_found"], ev["sources_right"]) == (1, 0)  # (3 families, 2 found)
    assert (ev["multi_family_coded"], ev["sources_right_coded"]) == (0, 0)


@pytest.mark.parametrize(("date", "precision", "gold", "gold_precision", "verdict"), [
    ("2020-01-05", "day", "2020-01-05", "day", "right"),
    ("2020-01-06", "day", "2020-01-05", "day", "wrong"),
    ("2020-01", "month", "2020-01-05", "day", "coarse"),
    ("2020-02", "month", "2020-01-05", "day", "wrong"),
    ("2020-01-20", "day", "2020-01", "month", "right"),
    ("2019", "year", "2020-01", "month", "wrong"),
    (None, None, "2020-01", "month", "undated"),
])
def test_date_verdicts(date: str | None, precision: str | None, gold: str,
                       gold_precision: str, verdict: str) -> None:
    event = _event("E", "ACCUSE", A, B, ["p1"], date, precision)
    g = _gold("G", gold, gold_precision, "AAA", "BBB", ["ACCUSE"], ["p1"])
    assert date_verdict(event, g) == verdict


def test_a_folder_that_is_not_a_news_set_is_refused(tmp_path: Path) -> None:
    from tieline.errors import UsageError

    with pytest.raises(UsageError, match="missing corpus.jsonl"):
        load_gold(tmp_path)


def test_a_tie_goes_to_the_event_read_from_the_golds_own_sentence() -> None:
    # two strict candidates, one report each: the one read from the sentence the gold quotes
    # is the match, whatever the order of their ids
    gold = GoldSet("tie", ({"id": "p1", "lang": "en", "published": None},), (), (), (
        GoldEvent("G1", "2020-01-05", "day", frozenset({"AAA"}), frozenset({"BBB"}),
                  ("ACCUSE",), "happened", ("p1",), evidence="A-land accused B-land",
                  evidence_in="p1"),))
    other = _event("a-first", "ACCUSE", A, B, ["p1"], "2020-01-09", "day")
    own = _event("z-last", "ACCUSE", A, B, ["p1"], "2020-01-05", "day")
    own = own.evolve(evidence=(Evidence("id-p1", 0, 30, "A-land accused B-land of lying."),))
    stored = Stored({"p1": _article("p1", None)}, (other, own))
    row = score(gold, stored).details[0]
    assert row["event"]["id"] == "z-last" and row["date_verdict"] == "right"


# -- floors on the real news sets -------------------------------------------------------------
# Measured with `tieline eval news --data ../shared/data/news/SET [--withhold-dates]`.
# "at least" figures may only rise; "at most" figures may only fall.
FLOORS: dict[str, dict[str, Any]] = {
    # Date figures are shares of the gold events found, so finding more events does not read
    # as a regression. Issue 22 (more events found: strict recall 0.43 -> 0.53 and 0.64 ->
    # 0.66) brought one-report events whose dates are weaker: dated right 13/30 -> 11/37 and
    # 16/45 -> 16/46, wrong merges 0 -> 1 and 4 -> 6 (the merge criteria's question).
    # Issue 23 (stories on wording, not quotes): no distinct pair grouped (2 and 14 before);
    # family pair recall 0.55 -> 0.51 and 0.80 -> 0.71, the recall lost was bought by wrong
    # groups (translations and paraphrases share too little wording to reach honestly); dated
    # right 11 -> 9 and 16 -> 14, where an undated report sat in a wrong story with a dated one.
    # Issue 23, round 2 (merging by participants and by the article's date; measured on main
    # after the second dates round): events 772 and 649 stored, sources right 1 -> 1 and
    # 2 -> 5, wrong merges 2 and 4 unchanged, georgia-russia dates unchanged. Two
    # india-china floors moved the other way, neither by a wrong merge: the scorer now matches
    # four gold events to the better-supported event their undated reports joined, an event
    # already dated by publication a day late (dated wrong 9 -> 13 of 46); and the share of
    # events with both sides is over fewer events, two-sided ones merging most (0.53 -> 0.515).
    # Issue 23, round 3: wrong merges 4 -> 3 on india-china, by the scorer: an event holding
    # two codings of one sentence was counted as merged from two reports (its exemption for
    # a single sentence now counts sentences). New figure: independent sources right over the
    # multi-family events coded in every family's text (1/3 and 4/15), where merging alone
    # decides the count; over all multi-family events (1/34, 5/42) the events never coded in
    # most families' texts cap it (3 and 15 could be right at most).
    # Issue 23, round 4: quotations end at their paragraph (and may close with the other
    # mark), HTML block tags end sentences: family pair recall 15/29 -> 17/29 and 40/56 ->
    # 41/56, still no distinct pair grouped.
    # Issue 23, round 5 (quotations in single straight quotes, over paragraphs and in embedded
    # posts cut; sentences match on what they say of the people named, not on the names):
    # family pair recall unchanged (17/29, 41/56), no distinct pair grouped, wrong groups
    # 3 -> 2 and 5 -> 1 (new ceilings, measured after rebasing on main's sides, dates and
    # events rounds, with which ge0025/ge0026 stay apart): gone are the EU-candidate report
    # joined to a Ukrainian page through the tweet both embed, and four india-china groups of
    # reports on one meeting; joined are two summaries of one MFA statement (ge0203, ge0206).
    "georgia-russia": {
        # session 18 (merged main d6cec1b): pair recall 17 -> 19 of 29 (stories11: a translation
        # is a copy, across languages 1/6 -> 3/6); strict 56 -> 58 and status 52 -> 54 of 58
        # (custody18: custody by the holder of its place; one of the two strict gains, G43, is a
        # report of the 2019 rallies undated on a 2023 page); both sides 396/652 -> 404/648
        # (0.623: falseacts18's non-events gone, custody18/sides19/worldsides18's sides)
        "stored": 219, "lang_right": 219, "pair_recall": 0.65, "distinct_grouped_max": 0,
        "wrong_groups_max": 2,
        # issue 22 both sides: recall_strict 0.529 -> 0.543, share_both_sides 0.40 -> 0.416
        # issue 22 round 2 (coordinated and reciprocal sides, de facto bodies, detainers,
        # speakers, acts turned by a verb, acts in passing dropped): recall_strict 0.543 ->
        # 0.657, lenient 0.643 -> 0.714, status right 29 -> 36, both sides 0.413 -> 0.463
        # issue 22, events read right (steps of detention, polarity read through a generated
        # pattern, acts disrupted, CAMEO 111 verbs, threats made): recall_strict 0.657 ->
        # 0.671; status right 37 -> 38 (by the coder: "can only be welcomed" is no
        # possibility) -> 42 (by the scorer: a planned act read as PLOVER's AGREE is that
        # announcement, which happened: four promises and declared readiness)
        # issue 22, triggers (a hostile act stated by another side is its allegation,
        # denying involvement is REJECT, false triggers gone): recall_strict 0.671 -> 0.70,
        # lenient 0.714 -> 0.743, status right 42 -> 44, both sides 0.462 -> 0.471 (a
        # word tieline's own entries read as no act is none in the CAMEO layer either: "told
        # journalists" no longer reads as CAMEO's "tell measure" threat, which had made one
        # more gold event a lenient match by luck)
        # issue 22, sides round 4 (fights not read as events, ties, pair nouns acting,
        # participles naming who undergo, handovers): recall_strict 0.70 -> 0.743, lenient
        # 0.743 -> 0.786, status right 44 -> 47
        # issue 22, both sides round 5 (non-acts, stated sides recovered): recall_strict
        # 0.743 -> 0.757 (53/70), lenient 0.786 -> 0.80
        # issue 22, both sides round 7: recall_strict 53/70 -> 54/70, lenient 56 -> 57, but
        # the event found besides is a weak match, so the floors stay: "It was impossible to
        # accept it." (Abkhazia, its partner Russia from the paragraph; negated) matched to
        # G57 "Russia and Abkhazia sign an investment agreement" by pair and type alone
        # issue 22, round 7 (a stance taken as an adjective, "we are concerned that the EU
        # issued ultimatums", states an allegation; a quote closing on a comma has its speaker
        # on the next line): strict 54 -> 55 of 70 (G56; measured after rebasing on the
        # sides round), lenient 57 -> 58, status right 48 of 55
        # titles round 1 (the page's headline coded as a sentence of its page,
        # annotate/headline.py; measured on main a6c2ce7): strict 55 -> 56 (G20, "Georgian
        # Prime Minister ... to discuss flight restoration issue with Karasin"), lenient
        # 58 -> 61 (G22, G24 by a headline with its sides reversed; G17's type), status 49/56
        "recall_strict": 0.82, "recall_lenient": 0.87,
        # issue 22 both sides: one more gold event found (38), an ultimatum dated by its
        # report a day after the gold date: dated right 11/37 -> 11/38, wrong 5/37 -> 6/38
        # issue 21, round 3 (the publication day only for the day's news, statement and
        # decision dates reaching what they date): dated right 11 -> 15 of 38, wrong 6 -> 2
        # measured again after rebasing on issue 22 round 2 (46 found): right 16, wrong 3
        # issue 21, round 5 (address periods and day-first address dates, dates the parse
        # hangs elsewhere, "since" passed over by "the following day"): right 16 -> 19 of 47,
        # wrong 3 -> 4. The one more wrong is no date read wrong: "a Georgian airline is
        # preparing to initiate flights to Moscow the following day" is now dated (right for
        # G44, the day after the landing); the scorer also matches G42, the landing itself
        # (not coded), to that planned event, and its day is the landing's next day
        # sides round 4: right 20 -> 21 of 52, wrong 4 -> 5. The one more wrong is a scorer's
        # match, no date read wrong: G70 (an abduction in September) now matches the newly
        # two-sided arrest of 19 May told on the same page, dated right for its own sentence
        # issue 22, acts asked for or alleged (planned / claimed, the accused their doer,
        # no "conditions" of life as demands): dated wrong 5 -> 4 of 52
        # issue 22, both sides round 5: one more gold event found (53), undated: dated right
        # 21 of 52 (0.404) -> 21 of 53 (0.396), wrong 4 of 53; no date read differently
        # issue 21, own words (a page's "December 28" agreeing with one pair's witnesses
        # dates it: analyze/coreport.py told_day): dated right 21 -> 22 of 53, undated 28 -> 27
        # issue 21, one act told by joined verbs ("was released and transferred ... on 6
        # February 2023") takes the closing date: dated right 22 -> 23 of 53, undated 27 -> 26
        # issue 21, dated wrong: a chronology's date headings date its entries (G33, an
        # undated detention on an incident log, took a neighbouring entry's day): right
        # 23 -> 25, wrong 4 -> 3, undated 26 -> 25 of 53
        # stamps round: a page stamp glued to the first sentence set on a line of its own:
        # dated right 25 -> 26 of 53 (india-china wrong 5 -> 4, sources right 7 -> 8,
        # wrong merges 5 -> 4 after round 6 of merging)
        # issue 21, the article's news day (annotate/newsday.py: a simple past after a lede
        # dated "on Wednesday" takes that day; measured on main with the chronology rule):
        # dated right 25 -> 27 of 53 (G39, G40 on 10 May 2023), undated 25 -> 23, wrong 3;
        # with the stamps round as well: 28 / 3 / 22 of 53
        # issue 21, round 4 (dates4: a decree's act takes its signing day, a time between a
        # subject and its verb dates that clause): dated right 28 -> 30 of 53 (G7 "has
        # signed a decree yesterday prohibiting", G11 "a presenter on Sunday evening
        # launched"), undated 22 -> 20, wrong 3
        # issue 22, both sides round 7: the gold event matched besides (strict 53 -> 54, G57
        # by "It was impossible to accept it.", see recall above) is undated: dated right
        # 30 of 53 (0.566) -> 30 of 54 (0.556), no date lost
        # issue 22, round 7: 30 / 3 / 22 of 55 (0.556 -> 0.545), no date lost or read wrong:
        # the one more gold event found (G56, Peskov's "we are concerned that ...") is an
        # allegation in a present-tense quote, which no rule dates yet
        # issue 21, round 5 (dates5: a lede without a time takes its attribution paragraph's
        # day, "..., the Ministry stated on February 15"): right 30 -> 31 of 55 (G63),
        # undated 22 -> 21, wrong 3
        # issue 22/23, round 8 (flights suspended, banned or resumed told by their nouns and
        # announced in the passive, tests/test_events_round8.py): right 31 -> 30, wrong
        # 3 -> 4 of 55, no date read wrong, by the scorer's match: G9 (the Transport
        # Ministry's suspension of Georgian airlines, 22 June) now matches Putin's flight
        # decree event (21 June: G7), which gained two families and one report on G9's page
        # ge0013 (that page tells the decree too); G9's own event, dated right, is still coded
        # round 9 (recall9, tests/test_events_round9.py): a dateline is no side, so ge0013's
        # lede ("MOSCOW (Sputnik) – Flights of Georgian airlines to Russia will be suspended
        # ..., the Russian Transport Ministry said on Saturday") is now coded and G9's match is
        # that measure, dated right (22 June), wrong 4 -> 3; "flights may resume, according to
        # ATOR" is a forecast (hypothetical, G37's own status), no longer merged with the
        # resumption it was dated by: right 30 of 55 (G37 undated), no date read wrong
        # undated round 3 (a page without a stamp dated by the signed posts it embeds, basis
        # "post"): ge0127 takes its embedded post's day (30 Aug 2019), and the event the scorer
        # pairs with G19 (the IPRM meeting planned for 2 October, which tieline codes as an
        # undated AGREE) is the other meeting the page tells, "held a four-hour meeting ...
        # earlier today": undated before, now 2019-08-30 (the page's day, or a day or two
        # before it), a wrong date for G19: wrong 3 -> 4 of 55 (0.073), undated 22 -> 21
        # issue 22, non-acts round 6 (2026-12-07): right 30 -> 29 of 55 (0.527), no date read
        # differently: G25 (Gaprindashvili sentenced "on December 20", on an undated RFE/RL
        # page) took its year from agenda.ge's dated page through a shared pair of sides that
        # existed only by a false event there, "between the Russian occupied region of
        # Tskhinvali" read as Gaprindashvili occupying Tskhinvali (COERCE); that description
        # is no act now (lasting.describes_a_state), so the page has no witness of its year
        # dates round 12 (2026-12-07, on main a6c2ce7): right 29 -> 30 of 55 (0.545), G37's
        # forecast "may resume before the end of May 2023" dated by its own words (a deadline
        # inside the month, as "by the end of May"); why the rest is out of honest reach:
        # docs/analysis.md, "How far honest rules can date the events found"
        # titles round 1 (headlines coded, on main a6c2ce7): 29 / 4 / 22 of 55 -> 29 / 5 / 22
        # of 56 (0.518, wrong 0.089); no report's date changed: G20, found now by its
        # headline, is undated (a plan without its day), and G31 (the referendum announced on
        # 13 May 2022) is now paired with the event two headlines tell, "to hold referendum
        # on joining Russia on July 17", a plan dated by the day it is for (the house's
        # convention), where an undated report stood before. Lowered with that reason.
        # session 13 merged main cf8b1fd (2026-12-07: nonacts8, dates12, titles1, speed6,
        # sides14): dated right 30/56 (0.536; dates12's "before the end of" dated G37, titles1's
        # G20 found undated), both sides 385/675 (0.570)
        # session 14 merged main (2026-12-07: sides15, mood6, recall14, titles2, nonacts9):
        # dated right 31/56 (0.554), wrong 4/56 (recall14: G42 now the first flight's report)
        # sides round 16 (2026-12-07, on main 8b8ff75): dated right 31 -> 32 of 56 (0.571):
        # G5's match is now Georgia's protest against Russia ("protests from", "by"), dated
        # custody round 18 (on main f2f332b): dated right 32/56 -> 34/58 (0.586), wrong 4/56
        # -> 5/58 (0.086). No report's date changed: the undated event G21 matched (the
        # detention by "Russian servicemen" merged with "The Akhalgori court has already
        # sentenced" him) split, the court's sentence now South Ossetia's and G22's match, so
        # G21 matches main's other report of the detention, dated by its page (14 November,
        # "detained over the weekend": 9 November). Lowered with that reason.
        "share_dated_right": 0.571, "share_dated_wrong_max": 0.087,
        # sources_right 1 -> 0 (issue 21): reports of one statement dated a day apart from
        # their own words are no longer merged (dates_compatible); that cost the one event
        # whose two families were counted right
        # wrong merges 1 -> 2 (issue 21, round 2): a paragraph's date now reaches "He also
        # canceled visa restrictions" (the decree's day) and it merges with the flight decree,
        # where the gold dates the visa event to its start five days later
        # wrong merges 1 -> 2 (refusals): "he was against imposing sanctions" is no longer a
        # sanction reported (gold: negated, now status right), so the article's undated
        # reports of the Duma's vote join the one event dated in the days before the article,
        # the flight ban's start ("from July 8", a claimed date), a different happening
        # round 4 (the scorer): an event counts as a merge of gold events of its own status
        # class only (merging never joins two classes); the visa and flight decrees' event no
        # longer stands for the planned "visa-free from 15 May" too, which no report of its own
        # was coded for; and an undated report no longer joins, by date alone, an event known
        # only from articles dated long after it (analyze/merge.py ``_told_as_news``: the Duma's
        # vote "earlier today" is not the flight ban "from July 8" told in February 2020):
        # wrong merges 2 -> 0
        # issue 21/22 coverage round 5 (the gold events coded on more of their pages: slots
        # covered 97 -> 120 of 272, dated ones 49 -> 66 of 140): sources right 1 -> 2 (G37,
        # direct flights resumed, now read on both families' pages; G38, Putin's visa and
        # flight decrees, 2 -> 9 of 16 families); both sides 0.472 -> 0.482
        # issue 22/23, round 8: sources right 2 -> 1 and coded 2 -> 1, wrong merges 0 -> 1,
        # by the scorer's matches of rightly coded reports: G37 (a tour operators' forecast
        # that flights "may resume") counted right only because its event had joined that
        # forecast to "Russia resumes direct flights" (the resumption itself, G38); the
        # resumption is now read on a third family's page too ("lifted a ban on direct
        # flights", 10 May), so the event counts 3 sources for G37's 2 families. And Putin's
        # flight decree event, now read on 7 of G7's 14 families (5 before), is matched by
        # G9 too (see the dates above), which makes it a "merge" of G7 and G9
        # round 9: G9 matches the Transport Ministry's own measure (ge0013's lede, see the
        # dates above; its event also holds two undated "Putin's decision to suspend flights"
        # reports of ge0012, joined by the merge stage on the page day), G37 its forecast:
        # sources right 1 -> 2 (G9 2/2), wrong merges 1 -> 0; status 48 (G37 right now, G9
        # "will be suspended from July 8" is planned by the house's convention, gold happened)
        # issue 21/23, pages dated by their neighbours (neardate2, on main de2e412): four
        # pages without a date dated (ge0018, ge0062, ge0141, ge0142, each within a day of its
        # news): sources right 2 -> 3 of 40, 2 -> 3 of 7; dates 30/3/22 and wrong merges 0 as on
        # main; both sides 404/725 -> 396/717 (0.557 -> 0.552: two-sided events merging)
        # issue 22/23, attach round 1 (a one-sided report of a known happening takes its
        # missing side: analyze/attach.py; measured on main dede112): sources right 3 -> 4 of
        # 40, 3/7 -> 4/8 coded in every family, 3 -> 4 of 37 English (G17, the de facto side
        # leaving the IPRM meeting, 1 -> 2 of 2 families: "the de facto leadership ... left
        # the meeting in protest" takes Georgia; G16, its ultimatum, 2 -> 4 of 6); families
        # not coded 88 -> 81; recall, dates, status and wrong merges unchanged
        # titles round 1 (headlines coded, on main a6c2ce7): sources right 4 -> 3 of 41,
        # coded in every family 4/8 -> 3/10, English 4/37 -> 4/38; families not coded 80 ->
        # 77 (3 more undated pages). Lowered on purpose: G9 2/2 -> 3/2, the WION headline
        # "Vladimir Putin orders suspension of passenger flights ..." is a plan by the coder's
        # reading of "orders" (its body says the ban is done, 21 June) and joins the 22 June
        # plan another outlet tells as a plan of its days; status right 48 -> 49 of 56
        # mood round 6 (2026-12-07, on main a4b8ee1): an order enacts the measure it names,
        # so the WION headline is the ban ordered, no longer in the plan: G9 3/2 -> 2/2,
        # sources right 3 -> 4 of 41, coded in every family 3/10 -> 4/10, English 4 -> 5 of 38
        # recall round 14 (first flights, on main a4b8ee1): G42's match is now the first
        # direct flight's report (was a planned flight of the next day): status right 49 ->
        # 50 of 56, dated right 30 -> 31; families not coded 77 -> 71
        # merged (lead, mood6 + recall14 on 330a313): status right 50/56, sources right 4/41
        # (coded in every family 4/11), dated right 31/56, wrong 4/56
        # nonacts round 9 (2026-12-07, on main a4b8ee1): 49 -> 48. Lowered with this reason:
        # the false REQUEST "Putin on Wednesday ordered the restoration of direct flights" (an
        # order of an act, no one ordered) is gone, so the restoration's planned report takes
        # its own "on Wednesday" (2023-05-10, undated before); the scorer now pairs G37 (the
        # tour operators' forecast, hypothetical) with that planned event, another happening
        # session 14 merged main (nonacts9 on mood6 + recall14): status right 50/56 (the order
        # now enacts the restoration, so nonacts9's loss of G37 no longer happens), sources
        # right 4/41 (coded in every family 4/11), English 5/38
        # issue 23, count round 9 (an undated report of a page with no date joins the one event
        # sharing its facts: tests/test_merge_round9.py): sources right 4 -> 5, coded 4 -> 5,
        # English 5 -> 6; wrong merges 0 -> 0
        # status: session 17 (status17, a measure decided is in force): 50 -> 52 of 56
        "status_right": 54, "sources_right": 5, "sources_right_coded": 5, "wrong_merges_max": 0,
        # engine3 (2026-12-07, main 475a6f6): the same count over English families only (issue
        # 22 reads English; 27 families with no English page, all not coded): 3 of 37
        "sources_right_english": 6,
        # issue 22 round 3 (sides from the grammar around an act, each other, quotes'
        # speakers, offices as antecedents): both sides 0.459 -> 0.462, gold figures unchanged
        # issue 21, round 4: a plain-text page's date read from the page as given, before
        # cleaning drops its stamp lines: withheld page dates dated 0.651 -> 0.954, right 0.99
        # issue 23, round 5: undated reports of one day's news merge across stories (both
        # sides named): 796 -> 788 events, 368 -> 360 with both sides; the share is over
        # fewer events, two-sided ones the only ones merging (0.462 -> 0.457)
        # issue 22, triggers, measured after that round: 0.457 -> 0.465 (false triggers gone)
        # issue 22, acts asked for or alleged: 353/757 (0.466) -> 359/758 (0.474)
        # issue 22, both sides round 5: 355/752 (0.472) -> 383/753 (0.509)
        # issue 23 item 3 (a mutual act is one event, not one each way): 390/757 (0.515)
        # issue 22, both sides round 6 (sides stated but lost: "each other", "its soldiers",
        # "between", a condemned act's maker, "the decision of X to", a withdrawal asked for,
        # hyphened pairs, reactions to "the move"; non-acts: texts released, happenings
        # prevented, information provided): 390/757 (0.515) -> 397/756 (0.525)
        # issue 22, both sides round 7 (see tests/test_sides_round7.py): 401/759 (0.528) ->
        # 402/747 (0.538)
        # ux round 4 (a page's raw HTML read as text, its events coded): 390/729 (0.535,
        # main 51d1024) -> 392/730 (0.537)
        # issue 22, both sides round 8 (requests addressed to the article's counterpart,
        # a time is no side: tests/test_sides_round8.py), measured on main ef3db1d:
        # 392/729 (0.538) -> 396/729 (0.543)
        # issue 22, both sides round 9 (tests/test_sides_round9.py), measured on main
        # 8f24712: 396/729 (0.543) -> 399/729 (0.547)
        # issue 22, non-acts round 3 (warnings of a danger, refusals to answer, questions,
        # leaving no group: tests/test_nonacts_round3.py), on main ba04d3c: 399/729 (0.547)
        # -> 399/719 (0.555)
        # issue 22, sides round 11 (generic agents at home, answered requests:
        # tests/test_sides_round11.py), on main 888befb: 388/700 (0.554) -> 394/700 (0.563)
        # issue 22, parties round 1 (tests/test_parties_round1.py), on main 888befb: 388/700
        # (0.554) -> 374/691 (0.541). Lowered on purpose: the two-sided events lost are the
        # events that paired a state with its own officer or branch (merged events whose two
        # sides share a country: 39 -> 24; one two-sided event gained), read by hand as
        # false ("Putin noted in response to the deputies of the State Duma" RUS -> Putin,
        # "Bzhania reaffirmed his backing for Abkhazia's engagement" Bzhania -> Abkhazia);
        # gold figures unchanged
        # merged main 0a105a4 (2026-12-07, session 10: sides 11 + parties 1 + mood 5 ...):
        # 379/688 (0.551)
        # issue 22, sides round 12 (collectives "the West", "the international community";
        # a meeting's partner; a state's epithet: tests/test_sides_round12.py), on main
        # 475a6f6: 379/688 (0.551) -> 389/694 (0.561); gold figures unchanged
        # coverage round 12 (2026-12-07, on main 5ddbf81): 0.561 -> 0.559, by seven new
        # reports of the EU granting candidate status, all real acts, four with their doer
        # unnamed in the sentence ("the council granted Moldova and Ukraine ...", "Georgia was
        # granted ... at the EU Council meeting"): floor 0.559
        # issue 22, non-acts round 6 (tests/test_nonacts_round6.py), on main 475a6f6:
        # 379/688 (0.551) -> 370/678 (0.546). Lowered on purpose: the two-sided events lost
        # are false or duplicates: a disputed region occupied is its claimant's ground, so
        # "continues to occupy the regions of Georgia, Abkhazia and Tskhinvali" is one event
        # Russia -> Georgia, not three (three such sentences: 7 reports -> 3), "between the
        # Russian occupied region" (Gaprindashvili -> Tskhinvali and -> Georgia), "support
        # of Russia, which led to an open war" (AGREE), "the only format discussing"
        # (CONSULT); gold figures unchanged. Both rounds on main (rebased on 5ddbf81):
        # 381/683 (0.558)
        # merged main 08a508d (2026-12-07, session 11: undated4, stories7, sides12, dates10,
        # coverage12, engine3, nonacts6): 384/690 (0.557)
        # issue 22, non-acts round 7 (tests/test_nonacts_round7.py), on main dede112:
        # 384/690 -> 367/674 (0.545). Lowered on purpose: of the 27 two-sided reports gone,
        # read by hand, 23 are false: generated CAMEO patterns on synonyms of the verb they
        # were written for ("leading to" AGREE, "struggled with tensions" ASSAULT, "began his
        # program" CONSULT, "erected fences" MOBILIZE x3 to South Ossetia) and citizens'
        # travel read as state visits ("Russian citizens can visit Georgia", "to avoid
        # travelling to Georgia"); 4 were real (two "facilitate the conditions" concessions,
        # "decisions to ... cancel visas", an allegation riding on a false CAMEO act); gold
        # figures unchanged. Rebased on main cad2cb5 (386/692 there): 369/675 (0.547)
        # issue 22/23, attach round 1 (analyze/attach.py: a one-sided report of a known
        # happening takes its missing side): on main dede112 384/690 (0.557) -> 384/676
        # (0.568); on main 097074a 369/675 (0.547) -> 369/661 (0.558)
        # issue 22, sides round 13 (tests/test_sides_round13.py), on main cad2cb5: 386/692
        # (0.558) -> 387/691 (0.560); gold figures unchanged
        # rebased on main 097074a (after non-acts round 7): 369/675 -> 370/674 (0.549)
        # merged main aed3b5a (2026-12-07, session 12: nonacts7, undated5, attach1, speed5,
        # coverage13, sides13): 370/660 (0.561)
        # titles round 1 (headlines coded, on main a6c2ce7): 370/660 -> 383/680 (0.563)
        # issue 22, sides round 14 (tests/test_sides_round14.py), on main a6c2ce7: 370/660
        # -> 372/659 (0.564); gold figures unchanged; rebased on main 6e3a0c2 (non-acts round
        # 8: 369/655 there): 371/654 (0.567); not measured on main with titles round 1: the
        # floor stays titles round 1's
        # issue 22, sides round 15 (tests/test_sides_round15.py), on main a4b8ee1: 385/675
        # (0.570) -> 391/677 (0.578); gold figures unchanged
        # session 14 merged main (sides15, mood6, recall14, titles2, nonacts9): 386/663 (0.582)
        # nonacts round 10 (a ceasefire agreement implemented, a delegation evacuated, a
        # tribune occupied, a rally in support, children returned home: one-sided non-acts
        # gone): 386/659 (0.5857)
        # task domestic1 (unnamed groups as sides, trips at home not coded:
        # tests/test_domestic.py), on main 8b8ff75: 386/663 -> 395/660 (0.598); gold
        # figures unchanged; rebased on main 4babb75 (nonacts10): 394/656 (0.601)
        # issue 22, sides round 16 (tests/test_sides_round16.py), on main 8b8ff75: 386/663 ->
        # 386/661 (0.584); gold recall and status unchanged; rebased on main 4babb75 (nonacts
        # round 10: 386/659): 386/657 (0.5875)
        # session 15 merged main f7586fa (split1, nonacts10, recall15, domestic1, sides16):
        # 386/663 (0.582) -> 396/655 (0.605); gold recall, status, sources unchanged
        # issue 23, count round 9: 396/655 -> 393/652 (0.603): the three events gone are
        # reports of pages with no date joined to their happening, each naming both sides, so
        # the share falls though no event lost a side
        # session 16 merged main 37c5e52 (pages1, nonacts11, recall16, persons1, count9,
        # persons2, nonacts12): 396/655 -> 392/648 (0.605); gold recall, status unchanged
        # recall round 17 (tests/test_recall_round17.py), on main 570ad6e: 392/648 -> 392/649
        # (0.604): two right criticisms newly coded with their maker from the noun's "from"
        # phrase, "received condemnation from Western countries", "have drawn sharp criticism
        # from the United National Movement", whose targets are a relative clause's and a
        # pronoun's ("His remarks"); a false one-sided meeting ("was met with criticism")
        # gone; two families more coded (not coded 70 -> 68), strict, status, sources unchanged
        # status17 (a measure decided is taken, tests/test_status_round17.py), on main
        # 5651503: 392/648 -> 391/647 (0.604): no report lost a side; the suspensions
        # decided ("decided to suspend ... starting July 8", "the decision to suspend"), now
        # reported, merge with the reported events of the same measure (two pairs joined),
        # and one report still told ahead ("said his country would suspend") leaves the
        # decided one for a planned event of its own; all name both sides; status 50 -> 52
        # session 17 merged main 970c5d9 (dates17, recall17, stories10, status17, sides18, the
        # coder's split): 392/648 (0.605) -> 396/652 (0.607): sides18's tied groups and firms
        # (supporters of X a group, a company its state's business) give events both sides;
        # the dips the recall17 and status17 notes above explain stay inside it
        # undated18 (a Unix timestamp in the address dates a page its month stamp confirms,
        # tests/test_dates_round18.py), on main f2f332b: 396/652 -> 394/650 (0.606): the one
        # page newly dated (rbc.ua, 2023-05-19) has its two reports, both naming both sides,
        # joined to the events of that day (G42's first flight: sources 2/9 -> 3/9); no
        # report lost a side
        # worldsides18 (measured on its branch): 396/652 -> 396/653 (0.606): a wrong side
        # removed ("It will open negotiations with Bosnia": the EU's, no longer Georgia's)
        # and one new one-sided report ("the government's handling" of Abkhazia, read as
        # Russia's); the Duma MPs' request of their government and its sanction gained both
        # sides, Zakharova's accusation lost its target; every gold figure unchanged
        "share_both_sides": 0.623, "page_share_dated": 0.95, "page_share_right": 0.98,
    },
    "india-china": {
        # issue 23, round 7 (anchors: versions of one text share a long ordered chain of names
        # and numbers outside quotes): family pair recall 41/56 -> 44/56 (the three Hindustan
        # Times rewrites of 18 August 2025 joined), no distinct pair grouped, wrong groups 1
        # pair recall: session 17 (stories10, pages crediting one news agency): 44 -> 46 of 56
        # session 18 (merged main d6cec1b): pair recall 46 -> 48 of 56 (stories11: both pairs
        # across languages joined), strict 58 -> 59 and lenient 62 -> 63 (worldsides18: G14),
        # both sides 401/524 -> 407/524 (0.777)
        "stored": 215, "lang_right": 215, "pair_recall": 0.85, "distinct_grouped_max": 0,
        "wrong_groups_max": 1,
        # issue 22 both sides: recall_strict 0.657 -> 0.671; one more gold event found (47)
        # issue 22 round 2: recall_strict 0.671 -> 0.786, lenient 0.743 -> 0.829, dated right
        # 14/47 -> 18/55, status right 41 -> 47, both sides 0.529 -> 0.555. Wrong merges
        # 4 -> 5: "ordered the correspondent to leave" is now an expulsion (SANCTION), and the
        # undated reports of two expulsions two months apart (April and June 2023) merge into
        # one event (the merge criteria's question: undated reports carry no date to keep
        # them apart); with the scorer counting sentences, not codings (issue 23), 5 -> 4
        # issue 22, sides round 4: recall_strict 0.786 -> 0.814 (G37 by its accuser, G48 by
        # "Premier Li"), lenient 0.829 -> 0.843, status right 48 -> 49
        # issue 22, round 7 (acts told by a noun: "finalized disengagement efforts", "troops
        # from both sides are expected to exchange sweets"): strict 57 -> 59 of 70 (G53,
        # G54), lenient 60 -> 62, status right 49 -> 51
        # issue 22, mood round 5 (tests/test_mood_round5.py): strict 59 -> 58 of 70 (0.829):
        # G37's only strict match was Singh's ACCUSE read from "no Indian soldier was killed
        # ... in the border clash" (a killing reported by the other side); no one killed is
        # now a negated act, and a denied killing accuses no one (G37 stays lenient)
        "recall_strict": 0.84, "recall_lenient": 0.89,
        # issue 21, round 3 (measured on main after issue 22 round 2, 55 found): dated right
        # 19 (0.345), wrong 8 (0.145, was 0.26 at most). Two floors moved the other way through
        # what follows from dropping the publication day of a past told without a time, not a
        # date given wrong: status right 47 -> 46 (two reports of an assurance no longer merge,
        # and the scorer's tie now goes to the event read from the gold's own sentence, a
        # planned "assured ... would resume supplies"); wrong merges 4 -> 7, as reports now
        # undated join what analyze/merge.py offers them (the dated event their own story
        # reports; a year-dated "met in 2022" the one finer event of that year)
        # then an undated report no longer joins what its story recalls from long before its
        # article's day (issue 23): dated right 19 -> 20, wrong 8 -> 7, sources right 5 -> 6
        # issue 22 round 3 (both sides): dated right 20 -> 21, wrong 7 -> 8, coarse 2 -> 0.
        # "Modi will travel to Wuhan for an informal summit meeting with Xi" now has its
        # source, so its report joins the summit's dated report: the event is dated 27 April
        # 2018 (right for G9, the summit), where it was the month; the scorer matches G8, the
        # summit's announcement on 22 April, to the same event (wrong now, coarse before)
        # issue 21, round 4 (a length of time no longer keeps a conjoined verb from its date;
        # happening clauses and topics): dated right 21 -> 22 (0.40), wrong 8 unchanged
        # issue 21, round 5: right 22 -> 25 (0.455), wrong 8 -> 7 (0.127): a meeting "was
        # held on December 11", "The meeting, taking place on Thursday, saw both sides
        # agreeing", "Singh on Tuesday said" no longer dating the clash his statement was on
        # sides round 4: dated right 25/55 -> 22/57, by the scorer's matches, no date read
        # wrong: new two-sided reports built better-supported undated events that the scorer
        # now picks (G35: "killed ... in the border clash with China" on a page of the 13th,
        # not merged with the clash dated the 9th; G50, G60: "the two sides agreed" on
        # undated pages), and "Wang" = Wang Yi joined the Moscow consensus reports into an
        # event dated by publication a day late (G26); the events these gold events matched
        # before are still coded and dated right
        # then "Su Jiesheng" (Chinese state media's rendering of Jaishankar) is Jaishankar:
        # right 22 -> 23 of 57, wrong 7 -> 6
        # issue 23, round 5 (stories): right 23 -> 21 of 57, wrong 6 -> 7, no date read
        # wrong: G38's undated report of the 17th Corps Commander round was dated through a
        # wrong story (ic0057 and ic0060, not one family) now split; with the Indian Express
        # report (ic0148) no longer in the Xinhua family's story, the Moscow AGREE event
        # counts 3 sources and the scorer picks it for G26 (dated by publication a day late)
        # over the meeting event, still coded and dated right
        # issue 23 items 3-4 (an undated report joins the event other articles of its days
        # date a few days before them): right 21 -> 22 of 57, G35 (the Yangtse clash of 9
        # December, told on the 13th: the undated reports of that day's pages joined it)
        # issue 22, both sides round 5 (measured after rebasing on that change): right
        # 22 -> 23 of 57 (0.404): this round's one more (first seen with its non-acts and
        # "commanders of A and B" commit, before the rebase: 21 -> 22) adds to that change's
        # issue 21, own words ("12 to 13 June" agreeing with one pair's witnesses dates the
        # page): right 23 -> 24 of 57, undated 27 -> 26, sources right 6 -> 7 and 5 -> 6
        # issue 21/22 coverage round 5 (slots covered 197 -> 204 of 335, dated ones 118 ->
        # 124): dated right 22 -> 25 of 57 (G29, G50, G58), undated 28 -> 23; wrong 7 -> 8:
        # G32 (the 16th Corps Commander round) now matches, by its reports' count, the 17th
        # round's event on ic0057, whose second report ("building on the progress made after
        # the last meeting on 17th July 2022, the two sides exchanged views") is the 17th
        # round's and rightly joined it; the 16th round's own reports are still coded
        # issue 23 item 3 (a mutual act is one report: measured on main after coverage round
        # 5): dates unchanged (right 26, wrong 8, undated 22 of 57 with and without it)
        # issue 21, dated wrong: a day of publication is the day by which it happened (G26,
        # an earlier page reports it), a consultation takes its meeting's day, not the
        # arrival's (G10): right 26 -> 28, wrong 8 -> 6 of 57; the pair's "last meeting on
        # 17th July 2022" is that meeting (G32 now matches the 16th round): 29 and 5 of 57
        # issue 21, the article's news day (annotate/newsday.py; measured on main with the
        # rounds above): dated right 29 -> 31 of 57 (G37 and G63, undated before), undated
        # 22 -> 20, wrong 5 unchanged; with the stamps round as well: 31 / 4 / 21 of 57
        # issue 21, round 4 (dates4: what a statement narrated in the simple past says takes
        # the paragraph's time): dated right 31 -> 32 of 57 (G30), undated 21 -> 20, wrong 4
        # (G13 now wrong by its summit's first day, 11 October, not by a standfirst's
        # publication day)
        # issue 21, a country pair's act on a day told without a year (analyze/coreport.py
        # day keys: "held a fresh round of high-level military talks on December 20" in
        # ic0060's lede, the dated pages dating that CONSULT to 20 December in one year
        # only; measured after rebasing on round 4): right 32 -> 33 of 57 (G38), undated
        # 20 -> 19, wrong 4 unchanged
        # issue 22, round 7: 33 / 4 / 21 of 59 (0.579 -> 0.559), no date lost or read wrong:
        # the two gold events now found (G53, G54) are read from ic0098, a page without a
        # date ("on Thursday" has no day to count from)
        # issue 21, round 5 (dates5: "concluded on Saturday with the two sides agreeing"
        # dates the agreement; a day named inside a told span, "on 11-12 October", dates a
        # one-day act): G13 wrong -> right, 34 / 3 / 21 of 59
        # issue 23, stories round 7 (anchor chains): 34 / 5 / 19 of 59 (wrong 0.051 -> 0.085),
        # and no report is dated wrong: the scorer's choice among events of other happenings.
        # The undated rewrites ic0133 and ic0136 joined the dated ic0135 (2025-08-19), so
        # ic0136's "during his visit to China last month" is dated July 2025 (right:
        # Jaishankar was in China in July) and merges with ic0134's "his July 2025 visit to
        # Beijing", and ic0136's "scheduled to meet Prime Minister Narendra Modi later in the
        # day" joins ic0135's meeting dated 19 August (right). G65 (Wang Yi's talks of 18
        # August) and G67 (the 19 August dialogue) list ic0134 and ic0136 among their pages;
        # every CONSULT between India and China there is a strict candidate, and the scorer
        # takes the one with most reports on the gold's pages: now that July visit (4 reports
        # on ic0134 and ic0136, 'visit' and 'raise' read from the same sentences) over the
        # meeting with Modi (3); the reports of the August talks stay split one per undated
        # page (ic0133, ic0134, ic0137: dating those pages is not a story's work). On main
        # three events tied at 2 and the first by id won: ic0136's undated meeting (undated)
        # issue 22, sides round 10 (measured on main de2e412 + the round): dated right 34 -> 35
        # of 59 (0.593), wrong 5: G43 (India withdraws its wushu team in protest) now matches
        # the protest read from its own evidence sentence, "as a form of protest against
        # China's ...", India -> China, taken and dated with its page (month right)
        # issue 22, non-acts round 4 (measured on main de2e412): 34 / 5 / 19 -> 35 / 4 / 19
        # of 59. "China's dominance ... has raised concerns in India" (a concern caused, no
        # consultation) had joined that July visit as a fourth report; without it the
        # scorer takes the meeting with Modi of 19 August for G65 and G67 (G67 now dated
        # right, its status right). Sources right 10 -> 9 and 8 -> 7 (floors 9 and 7
        # hold): G67's two sources were the July visit's, that false report among them
        # (measured apart from sides round 10; together not yet measured: floors kept at 0.59
        # and main's 0.085)
        # merged main after non-acts round 4, coverage round 10, dates round 8 (2026-12-07):
        # right 35 -> 37 of 59, wrong 5 -> 4 (G67 matches the meeting it is, see sources)
        # merged main 0a105a4 (2026-12-07, session 10): right 36 / wrong 3 / undated 17 of 58
        # (G37 no longer found: its match was a negated killing; G70's match is now planned,
        # see status)
        # dates round 12 (2026-12-07, on main a6c2ce7): right 36 -> 37 of 58 (0.638), G1's
        # "locked in a stand-off since June 16 after Indian troops stopped the Chinese army"
        # dates the stop by the day the state it began holds since (and it now merges with
        # ic0004's "In June 2017" report: sources 1 -> 2 of 7)
        # worldsides18 (measured on its branch): right 37 of 58 -> 37 of 59 (0.627): one more
        # gold event found (G14, "the government has now ruled out investments from China"
        # now India's), undated as its page tells no day; every dated one as before
        "share_dated_right": 0.627, "share_dated_wrong_max": 0.052,
        # sources right 6 -> 5 and 5 -> 4 (round 4): a year-dated report joins a finer event
        # only when it names the same actors; the 17th Corps Commander round (India and China)
        # counted 3 sources right by accident, two articles' "the leaders met in 2022" (the
        # Bali G20) having joined it; without them it counts the one story that wrongly holds
        # its two families' articles
        # issue 22, events read right: status right 46 -> 47 (a threat's "may ... if" is what
        # it threatens: the threat was made) -> 48 (by the scorer, an assurance read as AGREE)
        # issue 22, triggers: sources right 5 -> 6 and 4 -> 5, wrong merges 7 -> 6 (false
        # triggers gone: fewer reports to merge wrongly), both sides 0.591 -> 0.600 (0.584
        # -> 0.593 after issue 23 round 5's merging)
        # issue 22, both sides round 5: wrong merges 6 -> 7 by the scorer: "Today's meeting
        # between the Corps Commander-level officers of India and China is over" now has both
        # sides and merges with the same page's "The meeting between ... Harinder Singh and
        # his Chinese counterpart got over after around 11 hours" (one meeting, one page);
        # the page is listed by two gold events (G16 and G22), so an undated event on it
        # counts as merging them
        # issue 23 item 3 (mutual acts): wrong merges 7 -> 6
        # issue 23, round 6: wrong merges 6 -> 5: a report dated only to a month joins the one
        # day event of its month only when that event names each person it names ("as Modi
        # and Xi agreed at their meeting in Kazan in October", on a page of January 2025, no
        # longer joins India's announcement of the patrolling pact of 21 October, G50, which
        # made it a merge with G57); also, an undated report of an undated page no longer
        # joins its story's event dated by a year alone (Zhao Lijian's Galwan quote left the
        # 1962 war, which no gold event matches). The 5 left each hold reports of one
        # happening: four are matched by a second gold event that no report of its own
        # codes (G11 "expected to visit again ... in June", G16 "had met on June 6", G39 "in
        # April, China refused to extend the visas" read as a REJECT of one side; G43 ties
        # on evidence with its own undated event), and G17/G35: the Yangtse page ic0057
        # recalls "clashed in June 2020" (Galwan), rightly joined to Galwan
        # issue 23, merging round 7: an undated plan joins the plan for its article's month
        # that an article of its days tells (analyze/merge.py ``_announced``): "India and
        # China have agreed to resume direct air services" (undated, a page of 3 October 2025)
        # joins the ministry's "will resume ... from late October" of the 2nd (G69, both
        # families): sources right 8 -> 9 of 50, 6 -> 7 of 19 coded in every family
        # issue 23, stories round 7: sources right 9 -> 10 and 7 -> 8, floors kept: the one
        # more is G65, now matched to the July visit (see the dates above), whose two sources
        # equal G65's two families by chance, not by a better count
        # issue 22/23, round 8: status right 51 -> 52 (G70, direct flights resumed, now
        # read from "marking the resumption of direct air services between India and China")
        # issue 21/23, pages dated by their neighbours (neardate2, on main de2e412): four
        # pages without a date dated by the rare names, numbers and quotes they share with
        # dated pages of other outlets (each the day after the happening it reports), their
        # undated reports joined to its other reports: sources right 10 -> 11 of 50, 8 -> 9 of
        # 21; dates, wrong merges and both sides as on main (432/634, 0.681)
        # issue 22/23, round 10 (tests/test_events_round10.py; measured on main de2e412):
        # status right 52 -> 53 (G48: "will not attend the G20 Summit in New Delhi" is a
        # visit to India not made, a negated CONSULT, where it was a meeting with the G20)
        # merged on main after non-acts round 4 (2026-12-07): sources right 11 -> 10 of 50 and
        # 9 -> 8 of 22: the false "has raised concerns in India" (a concern caused, not raised
        # with anyone) was G65's second source through the July visit; without it G65 and
        # G67 match the 19 August meeting, and G67 is dated right (dated right 35 -> 37)
        # issue 22, mood round 5 (measured on main 888befb + the round): status right
        # 53 -> 52: G51 right (the Kazan meeting confirmed for 23 October now matches its
        # planned event), G37 no longer found, G70 wrong: "this route will facilitate ...
        # cooperation" is now planned (a conjunct shares "will"), so the scorer, which takes
        # the strict match with most evidence whatever its status, picks the planned event of
        # two reports over the one "has resumed flights" (reported, dated 27 Oct: dated wrong
        # 4 -> 3). Sources right 10 -> 8 of 50, 8 -> 7 of 22: G3's "impending visit of Doval"
        # and "ahead of Doval's visit" are now planned, so one family no longer counts for the
        # meeting, and "last week's visit ... could not provide any solution" (a visit no
        # longer denied) is a story the gold does not list; G51's planned event has 2 of 4
        # dates round 9 (issue 21; the voice of a reference time): the webindia page's "held
        # their first bilateral talks" and quoted "The meeting ... took place in Kazan" no
        # longer take the October 21 a spokesman's earlier quote told (the Kazan meeting was on
        # the 23rd). With that wrong-day event gone, sunstar's (a page of G68, 31 Aug 2025)
        # "since his meeting with Xi last year" joins the Kazan meeting event, rightly by its
        # words; the scorer counts it a wrong merge (G52 with G68: the page is G68's) and one
        # source more for G51, which shares that event with G52: sources right 10 -> 9,
        # wrong merges 4 -> 5, both by the scorer's pairing of gold events with one event
        # coverage round 12 (meetings told as "their summit" coded): coded in every family
        # 7/22 -> 8/23; merged main 08a508d (session 11) measured the same
        # issue 22/23, attach round 1 (analyze/attach.py, on main dede112): sources right 8 ->
        # 9 of 49, coded in every family 8/23 -> 9/25 (G7 1 -> 3 of 3 families, G36 1 -> 2 of
        # 4), not coded 52 -> 48. Status right 52 -> 51, lowered on purpose: G51 (the Kazan
        # meeting confirmed for 23 October, planned) again matches the happened meeting, as
        # before mood round 5: Misri's "the agreement is the outcome of extensive discussions
        # with Chinese interlocutors" (India's, rightly taken) on the G51 families' pages now
        # joins, by merging's rule for an undated report, the dated event its story reports
        # (the meeting), so that event holds 5 families to the planned one's 2 and the scorer
        # takes the match with most evidence whatever its status
        # issue 23, count round 9 (tests/test_merge_round9.py): sources right 9 -> 10, coded
        # 9 -> 10, English 9 -> 10; wrong merges 5 -> 5 (the same five)
        "status_right": 51, "sources_right": 10, "sources_right_coded": 10,
        "wrong_merges_max": 5,
        # engine3 (2026-12-07, main 475a6f6): over English families only (17 families with no
        # English page, all not coded): 8 of 49
        "sources_right_english": 10,
        # share_both_sides 0.55 -> 0.549: reports that lost the publication day merge
        # differently, the share is over a different count of merged events
        # issue 22 round 3: 0.551 -> 0.590 (two sides acting on each other, clashes, raised
        # and controlled subjects, quotes' speakers), strict and lenient recall unchanged
        # issue 21, round 4: page dates read from the page as given: dated 0.731 -> 0.954
        # issue 22, both sides round 5: 428/721 (0.594) -> 432/700 (0.617, measured after
        # rebasing on issue 23 items 3-4)
        # issue 23 item 3: 441/710 (0.621) -> 403/673 (0.599): an act done to each other was
        # two two-sided events (A on B, B on A: the Galwan and Yangtse clashes, the
        # disengagements, each twice); now one, so the share is over fewer two-sided events
        # issue 22, both sides round 6: 403/673 (0.599) -> 415/658 (0.631); lenient recall
        # 59 -> 60 of 70 (0.843 -> 0.857), with the step that read hyphened pairs ("India-
        # China cooperation"), protests gathered in and a speaker's joint acts
        # issue 22, both sides round 7 (see tests/test_sides_round7.py): 419/660 (0.635)
        # -> 435/658 (0.661)
        # issue 22, non-acts round 2 (tests/test_nonacts_round2.py): 435/655 (0.664) ->
        # 433/646 (0.670), one-sided non-acts gone (georgia-russia 401/745 -> 390/729, 0.538
        # -> 0.535: the non-acts gone there were as often two-sided, the floor holds)
        # issue 22, both sides round 8, measured on main ef3db1d: 433/646 (0.670) ->
        # 435/644 (0.675)
        # issue 23, stories round 7 (anchor chains): 435/644 -> 431/640 (0.673): four two-sided
        # events are merged into others once the undated rewrites ic0133 and ic0136 join
        # ic0135's story and are dated by it (the "agreed" of the 18 August talks on each, the
        # July visit told by ic0134 and ic0136 as one, ic0136's meeting with Modi into
        # ic0135's): fewer split events, no event lost a side
        # ux round 5: breadcrumb trails are page furniture: 435/644 -> 433/642 (0.674) before
        # the anchor chains, 431/640 (0.673) -> 429/638 (0.672) after: the two events gone
        # were read from "Home » HOME » India, China agreed to disengage ...", and a lede's
        # "both sides" had taken its sides from that trail (the floor holds)
        # issue 22, both sides round 9 (doers of bilateral acts from their governing clause,
        # refusals answering the request before: tests/test_sides_round9.py), measured on
        # main 8f24712: 431/640 (0.673) -> 433/636 (0.681); on main 3a5c5c9 (breadcrumbs
        # gone): 429/638 (0.672) -> 431/634 (0.680)
        # issue 22, non-acts round 3, on main ba04d3c: 431/634 (0.680) -> 431/633 (0.681)
        # issue 22/23, coverage rounds 8-9 (tests/test_events_round8.py, round9.py), measured
        # on main 8f24712 before the breadcrumbs: 431/640 (0.673) -> 434/643 (0.675)
        # issue 22, sides round 11, on main 888befb: 427/619 (0.690) -> 430/619 (0.695)
        # issue 22, parties round 1 (tests/test_parties_round1.py), on main 888befb: 427/619
        # (0.690) -> 397/594 (0.668). Lowered on purpose: the 30 two-sided events lost are
        # the events pairing a state with its own officer or branch (merged events whose two
        # sides share a country: 31 -> 2), read by hand as false (Wang Yi -> China for "Wang
        # Yi said the two sides had reached a consensus", India -> Doval, Misri -> India for
        # "the deal, announced by India's Foreign Secretary Vikram Misri"); gold unchanged
        # merged main 0a105a4 (2026-12-07, session 10): 398/592 (0.672)
        # issue 22, sides round 12, on main 475a6f6: 398/592 (0.672) -> 398/589 (0.676):
        # the four reports gaining a side merge into events that had both; gold unchanged
        # issue 22, non-acts round 6, on main 475a6f6: 398/592 -> 395/589 (0.671)
        # merged main 08a508d (2026-12-07, session 11): 399/589 (0.677)
        # issue 22, non-acts round 7, on main dede112: 399/589 -> 386/579 (0.667). Lowered
        # on purpose: the two-sided reports gone are generated CAMEO patterns on synonyms
        # (12 of about 21 false: "the LAC which separates" RETREAT x2, "issued stapled visas"
        # COOPERATE, "hope India can safeguard" MOBILIZE x2, "a responsibility to uphold"
        # THREATEN; real ones lost: "trespassed on Chinese territory", "fought two
        # adversaries", "to conduct consultations"); gold figures unchanged. Rebased on main
        # cad2cb5 (398/588 there): 384/577 (0.666)
        # issue 22/23, attach round 1 (analyze/attach.py): on main dede112 399/589 (0.677)
        # -> 399/552 (0.723); on main 097074a 384/577 (0.666) -> 385/536 (0.718)
        # issue 22, sides round 13 (tests/test_sides_round13.py), on main cad2cb5: 398/588
        # (0.677) -> 404/589 (0.686); gold figures unchanged
        # rebased on main 097074a (after non-acts round 7): 384/577 -> 391/579 (0.675)
        # merged main aed3b5a (2026-12-07, session 12: nonacts7, undated5, attach1, speed5,
        # coverage13, sides13): 394/538 (0.732)
        # titles round 1 (headlines coded, on main a6c2ce7): 394/538 -> 401/547 (0.733);
        # india-china's gold figures unchanged but families not coded 46 -> 44 and coded in
        # every family 9/25 -> 9/26
        # issue 22, sides round 14 (tests/test_sides_round14.py), on main a6c2ce7: 394/538
        # -> 395/536 (0.737); gold figures unchanged; rebased on main 6e3a0c2 (non-acts round
        # 8: 394/537 there): 395/535 (0.738); not measured on main with titles round 1: the
        # floor stays titles round 1's
        # session 13 merged main cf8b1fd (2026-12-07): both sides 401/543 (0.738)
        # issue 22, sides round 15 (tests/test_sides_round15.py), on main a4b8ee1: 401/543
        # (0.738) -> 406/545 (0.745); gold figures unchanged
        # session 14 merged main (sides15, mood6, recall14, titles2, nonacts9): 401/532 (0.754)
        # recall round 15 (armed forces entering another's ground, surnames in capitals), on
        # main 8b8ff75: 401/532 -> 406/537 (0.756); families not coded 39 -> 36; floor kept
        # for the merge
        # task domestic1 (tests/test_domestic.py), on main 8b8ff75: 401/532 -> 402/532
        # (0.756); gold figures unchanged
        # issue 22, sides round 16 (tests/test_sides_round16.py), on main 8b8ff75: 401/532 ->
        # 402/531 (0.757); gold figures unchanged
        # 402/531 (0.757); gold figures unchanged; the same rebased on main 4babb75
        # session 15 merged main f7586fa (split1, nonacts10, recall15, domestic1, sides16):
        # 401/532 (0.754) -> 408/536 (0.761); families not coded 39 -> 36
        # issue 23, count round 9: 408/536 -> 401/529 (0.758): the seven events gone are
        # reports of pages with no date joined to their happening, each naming both sides
        # session 16 merged main 37c5e52 (seven branches): 408/536 -> 402/526 (0.764); families
        # not coded 36 -> 35, undated page 40 -> 33; gold recall, status unchanged
        # session 17 merged main d1d8b8e: 402/526 (0.764) -> 401/524 (0.765)
        "share_both_sides": 0.776, "page_share_dated": 0.95, "page_share_right": 0.99,
    },
}


@pytest.fixture(scope="module")
def news_scores(shared_data_module: Path) -> dict[str, Any]:
    out = {}
    for name in FLOORS:
        folder = shared_data_module / "news" / name
        out[name] = (evaluate_news(folder).to_dict(),
                     evaluate_news(folder, withhold_dates=True).to_dict())
    return out


@pytest.mark.parametrize("name", sorted(FLOORS))
def test_news_set_figures_stay_above_their_floors(news_scores: dict[str, Any],
                                                  name: str) -> None:
    full, withheld = news_scores[name]
    floor = FLOORS[name]
    got = {
        "stored": full["articles"]["stored"], "lang_right": full["articles"]["lang_right"],
        "pair_recall": full["stories"]["pair_recall"],
        "distinct_grouped_max": full["stories"]["distinct_grouped"],
        "wrong_groups_max": full["stories"]["wrong_groups"],
        "recall_strict": full["events"]["recall_strict"],
        "recall_lenient": full["events"]["recall_lenient"],
        "share_dated_right": full["events"]["share_dated_right"],
        "share_dated_wrong_max": full["events"]["share_dated_wrong"],
        "status_right": full["events"]["status_right"],
        "sources_right": full["events"]["sources_right"],
        "sources_right_coded": full["events"]["sources_right_coded"],
        "sources_right_english": full["events"]["sources_right_english"],
        "wrong_merges_max": full["events"]["wrong_merges"],
        "share_both_sides": full["events"]["share_both_sides"],
        "page_share_dated": withheld["page_dates"]["share_dated"],
        "page_share_right": withheld["page_dates"]["share_right"],
    }
    below = {k: (got[k], v) for k, v in floor.items()
             if (got[k] > v if k.endswith("_max") else got[k] < v)}
    assert not below, f"{name}: figures past their floors (got, floor): {below}"


def test_the_scorer_says_why_each_family_of_a_gold_event_was_not_counted() -> None:
    # one meeting of A-land and B-land stated by seven pages, no two of one family; the match
    # (E1, on q1 and on q7, which the gold does not list) holds one of them
    pages = ["q1", "q2", "q3", "q4", "q5", "q6", "q8"]
    gold = GoldSet("why", tuple({"id": p, "lang": "en", "published": None} for p in
                                [*pages, "q7"]), (), (),
                   (_gold("G1", "2020-06-01", "day", "AAA|BBB", "AAA|BBB", ["CONSULT", "AGREE"],
                          pages),))
    dated = {"q1", "q5", "q7"}
    stored = Stored(
        articles={p: _article(p, None, published="2020-06-02" if p in dated else None)
                  for p in [*pages, "q7"]},
        events=(
            _event("E1", "CONSULT", A, B, ["q1", "q7"], "2020-06-01", "day"),
            _event("E2", "CONSULT", A, B, ["q2"], "2020-06", "month", status="planned"),
            _event("E3", "AGREE", A, B, ["q3"], "2020-06-01", "day"),
            _event("E4", "CONSULT", A, B, ["q4"]),
            _event("E5", "CONSULT", A, B, ["q5"]),
            _event("E6", "CONSULT", A, B, ["q6"], "2020-06-09", "day"),
        ))
    s = score(gold, stored)
    row = s.details[0]
    assert row["families_missed"] == {"q2": "other status", "q3": "other type",
                                      "q4": "undated page", "q5": "undated",
                                      "q6": "other date", "q8": "not coded"}
    assert row["sources_over"] == 1  # (q7's story)
    assert s.events["sources_missed_by"] == {"not coded": 1, "other status": 1, "other type": 1,
                                             "undated page": 1, "undated": 1, "other date": 1}
    assert s.events["sources_over"] == 1


def test_details_list_the_missed_families_by_why_with_their_pages() -> None:
    # eval news --details: under a found gold event, each family its match holds no report
    # of, by why, as its pages; a family with no English page says so
    from tieline.render import render_gold_row

    gold = GoldSet("why", ({"id": "m1", "lang": "en"}, {"id": "m2", "lang": "en"},
                           {"id": "m3", "lang": "en"}, {"id": "m4", "lang": "de"}),
                   (frozenset({"m2", "m3"}),), (),
                   (_gold("G1", "2020-06-01", "day", "AAA|BBB", "AAA|BBB", ["CONSULT"],
                          ["m1", "m2", "m3", "m4"]),))
    stored = Stored(articles={p: _article(p, p) for p in ("m1", "m2", "m3", "m4")},
                    events=(_event("E1", "CONSULT", A, B, ["m1"], "2020-06-01", "day"),))
    row = score(gold, stored).details[0]
    assert row["families_missed_pages"] == {"0": ["m2", "m3"], "m4": ["m4"]}
    assert render_gold_row(row).splitlines()[1].split() == \
        ["families", "missed:", "not", "coded", "m2+m3,", "m4", "(not", "English)"]


def test_details_list_no_family_when_every_one_is_held() -> None:
    # the twin: a match holding every family adds no line
    from tieline.render import render_gold_row

    gold = GoldSet("why", ({"id": "m1", "lang": "en"},), (), (),
                   (_gold("G1", "2020-06-01", "day", "AAA|BBB", "AAA|BBB", ["CONSULT"],
                          ["m1"]),))
    stored = Stored(articles={"m1": _article("m1", "m1")},
                    events=(_event("E1", "CONSULT", A, B, ["m1"], "2020-06-01", "day"),))
    assert len(render_gold_row(score(gold, stored).details[0]).splitlines()) == 1


def test_a_family_is_missed_at_the_stage_nearest_to_merging() -> None:
    # the twin: one family of two pages, one telling the meeting as a plan, the other undated
    # on a dated page; merging, not the status, is where the family was lost
    gold = GoldSet("why", tuple({"id": p, "lang": "en", "published": None}
                                for p in ["r1", "r2", "r3"]), (frozenset({"r2", "r3"}),), (),
                   (_gold("G1", "2020-06-01", "day", "AAA|BBB", "AAA|BBB", ["CONSULT"],
                          ["r1", "r2", "r3"]),))
    stored = Stored(
        articles={"r1": _article("r1", "s1", published="2020-06-02"),
                  "r2": _article("r2", "s2", published="2020-06-02"),
                  "r3": _article("r3", "s2")},
        events=(
            _event("E1", "CONSULT", A, B, ["r1"], "2020-06-01", "day"),
            _event("E2", "CONSULT", A, B, ["r2"], status="planned"),
            _event("E3", "CONSULT", A, B, ["r3", "r2"]),
        ))
    row = score(gold, stored).details[0]
    assert list(row["families_missed"].values()) == ["undated"]
    assert row["sources_over"] == 0


def test_sources_are_also_counted_over_english_families_only() -> None:
    # G1 is stated by three families, one of them (p4) German only: tieline reads English only
    # (issue 22), so over its English families E1's two sources are right, over all three not;
    # G2's two families leave one English: no longer a multi-family event in English
    gold = GoldSet("english", GOLD.pages, GOLD.families, (), (
        _gold("G1", "2020-01-05", "day", "AAA", "BBB", ["ACCUSE"], ["p1", "p3", "p4"]),
        _gold("G2", "2020-05-09", "day", "BBB", "AAA", ["SANCTION"], ["p5", "p4"])))
    stored = Stored(STORED.articles, (
        _event("E1", "ACCUSE", A, B, ["p1", "p3"], "2020-01-05", "day", sources=2),
        _event("E2", "SANCTION", B, A, ["p5"], "2020-05-09", "day")))
    s = score(gold, stored)
    ev = s.events
    assert (ev["multi_family_found"], ev["sources_right"]) == (2, 0)
    assert ev["sources_missed_by"] == {"not coded": 2}
    assert (ev["multi_family_english"], ev["sources_right_english"]) == (1, 1)
    assert ev["share_sources_right_english"] == 1.0
    assert ev["families_not_english"] == 2
    assert ev["sources_missed_not_english"] == {"not coded": 2}
    assert s.details[0]["families_not_english"] == ["p4"]
    assert "independent sources right 1/1 events stated by several families with an " \
           "English page; 2 families with none (why not counted: not coded 2)" in summary(s)


def test_english_families_are_all_families_when_every_page_is_english() -> None:
    # the twin: p4 judged English, the English figure is the all-families one
    pages = tuple(p | {"lang": "en"} for p in GOLD.pages)
    gold = GoldSet("all english", pages, GOLD.families, (), (
        _gold("G1", "2020-01-05", "day", "AAA", "BBB", ["ACCUSE"], ["p1", "p3", "p4"]),))
    ev = score(gold, Stored(STORED.articles, (
        _event("E1", "ACCUSE", A, B, ["p1", "p3"], "2020-01-05", "day", sources=2),))).events
    assert (ev["multi_family_found"], ev["sources_right"]) == (1, 0)
    assert (ev["multi_family_english"], ev["sources_right_english"]) == (1, 0)
    assert (ev["families_not_english"], ev["sources_missed_not_english"]) == (0, {})
