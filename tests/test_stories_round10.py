"""Stories round 10 (issue 23): one family of copies is one story.

Pages that credit one news agency as their source (a dateline "(AP)", a closing "— AP", a
"Source: the AP" line, a "By Reuters" byline) carry that agency's text: an AI rewrite of an AP
copy joins it at a lower share of wording and without keeping its structure. And what joined
before still does: a short excerpt of a longer wire story, a repost without a date; two
reports quoting one statement stay apart. Texts are written for these tests.
"""

from __future__ import annotations

import hashlib
from itertools import permutations
from pathlib import Path

from tieline.analyze.credits import credits, mask, names
from tieline.analyze.stage import update_corpus
from tieline.analyze.stories import (
    CREDITED_BIGRAMS,
    REWRITE_BIGRAMS,
    Profile,
    _shared,
    compare,
    dump,
    load,
    may_link,
    profile,
    same_structure,
    sketch,
)
from tieline.annotate.extract import article_id, content_hash
from tieline.models import Article
from tieline.store import Store

AP = (
    "VELMORA (AP) — Estrania and Norvia have agreed to reopen their shared mountain border to "
    "trade after a standoff that began in 2029, Estrania's foreign ministry said on Tuesday.\n\n"
    "Deputy Foreign Minister Anton Reyes said the agreement would lead to the withdrawal of "
    "extra troops from the Kessel pass, the narrow crossing between the two countries. Reyes did "
    "not say when the tens of thousands of soldiers stationed along the ridge would leave.\n\n"
    "There was no immediate comment from the Norvian capital.\n\n"
    "Reyes said the deal came after several rounds of talks over the past month between "
    "diplomats and military commanders of both sides, and that it would eventually settle the "
    "disputes that had arisen along the ridge since 2029.\n\n"
    "The announcement came on the eve of President Mara Koval's trip to Quellin for a regional "
    "summit that Norvia also attends. Local newspapers said Koval could meet the Norvian leader "
    "on the sidelines.\n\n"
    "Relations between the neighbours soured in March 2029 after a clash at the pass killed "
    "at least 12 Estranian border guards and three Norvian soldiers. Since then each side has "
    "kept thousands of troops on the ridge, backed by artillery and drones.\n\n"
    "Both governments pulled some units back from the river valley and the northern lakes last "
    "year, but the main crossing stayed closed to lorries and traders.")
# AP's story retold by a machine: its facts in another order and other words, crediting the AP.
REWRITE = (
    "Estrania and Norvia have struck an important deal over their contested mountain border, "
    "the crossing at the Kessel pass. The agreement, announced by Estrania's Deputy Foreign "
    "Minister Anton Reyes, aims to bring about the withdrawal of extra forces from the disputed "
    "ridge. Reyes said the step followed a month of negotiations, meant eventually to settle the "
    "disputes lingering since a deadly clash in 2029.\n"
    "The deal arrives as President Mara Koval prepares to attend the regional summit in "
    "Quellin, which Norvia also joins. Local newspapers speculate that Koval might hold talks "
    "with the Norvian leader there. Although the pact signals progress, Reyes gave no timetable "
    "for pulling back the tens of thousands of soldiers stationed along the ridge. The Norvian "
    "capital has yet to respond publicly.\n"
    "Tensions between the neighbours flared in March 2029 when a clash at the pass killed at "
    "least 12 Estranian border guards and three Norvian soldiers. Since then, both sides have "
    "reinforced the ridge, although some units left the river valley and the northern lakes. "
    "Foreign Minister Ilse Brandt called the agreement the fruit of patient diplomacy, hoping "
    "for calm on the border. (This story was written by an AI assistant. Source: the AP)")
# Another agency's own report of the same agreement, from the other capital.
OTHER = (
    "DALEN, Norvia (Reuters) - Norvia confirmed on Tuesday that it would let lorries cross the "
    "Kessel pass again, a day before its prime minister flies to a regional summit in Quellin.\n\n"
    "A government spokeswoman told reporters in Dalen that Norvian engineers would clear the "
    "road of barriers within a week and that customs posts would open by the end of the month. "
    "She gave no figure for the soldiers to be moved from the ridge.\n\n"
    "Traders in the border town of Ostvik welcomed the news. Fruit exporters have lost two "
    "harvests since the crossing shut in 2029, the town's chamber of commerce says.\n\n"
    "The neighbours fought a brief war over the ridge in the 1990s and have held dozens of "
    "rounds of talks since, with little to show for them until this spring.")
# One statement, quoted at length by two reports that tell the rest in their own words.
STATEMENT = (
    "“We will not accept any change to the line by force, and we expect our neighbour to "
    "respect every agreement it has signed on the border, in letter and in spirit. Our patrols "
    "will stay where they are, our engineers will keep building the road, and our diplomats "
    "will keep talking for as long as talking serves the peace of the valley,” ")
QUOTING_ONE = (
    "VELMORA (AP) — Estrania warned Norvia on Wednesday against moving troops closer to the "
    "Kessel pass. " + STATEMENT + "Foreign Minister Ilse Brandt told parliament. Opposition "
    "deputies demanded a debate on the army's budget and walked out of the chamber.")
QUOTING_TWO = (
    "Estrania's top diplomat sent a sharp message across the mountains. " + STATEMENT + "Ilse "
    "Brandt said in a speech that drew applause from every bench. Analysts in the capital said "
    "the words were aimed at voters as much as at the neighbouring government. (Source: AP)")


def _profile(i: str, text: str, published: str | None = "2031-05-06",
             author: str | None = None) -> Profile:
    return profile(i, text, published, i, hashlib.sha1(text.encode()).hexdigest(),
                   author=author)


def _wording(a: Profile, b: Profile) -> float:
    return _shared(a.bigrams, b.bigrams) / min(len(a.bigrams), len(b.bigrams))


# -- credits ------------------------------------------------------------------------------------
def test_credits_are_read_where_pages_credit_an_agency() -> None:
    assert credits("NEW DELHI (AP) — India and China agreed") == {"AP"}
    assert credits("MOSCOW (Reuters) - Russia said on Monday") == {"Reuters"}
    assert credits("CAIRO -LRB- Reuters -RRB- - Protesters marched") == {"Reuters"}
    assert credits("the talks, he said on Monday. (PTI)\nMore stories") == {"PTI"}
    assert credits("relations have been rocky since 1991. — AP") == {"AP"}
    assert credits("(This story was written by a chatbot. Source: the AP)") == {"AP"}
    assert credits("By Reuters\nThe ministry said") == {"Reuters"}
    assert credits("Press Trust of India (PTI) reports:") == set()  # (no dateline, no credit)
    assert credits("text", author="By Jane Roe, Associated Press") == {"AP"}
    assert credits("text", author="Jane Roe") == set()


def test_an_agency_cited_or_credited_for_a_picture_or_a_state_in_brackets_is_no_credit() -> None:
    assert credits("Reuters reported that the envoy left, according to AFP and dpa.") == set()
    assert credits("Soldiers rest near the pass (AP Photo/Jane Roe) before the talks.") == set()
    assert credits("a transit camp near Baltal.\n-Reuters\n") == set()  # (a picture's credit)
    assert credits("Andhra Pradesh (AP) and Telangana signed the accord.") == set()
    assert credits("The source: apathy, not any agency") == set()


def test_a_page_on_the_agencys_own_site_is_its_own_story_not_a_credited_copy() -> None:
    assert credits("MOSCOW (Reuters) - Russia said", outlet="in.reuters.com") == set()
    assert credits("MOSCOW (Reuters) - Russia said", outlet="reuters") == set()  # (a T17 folder)
    assert credits("MOSCOW (Reuters) - Russia said", outlet="devdiscourse.com") == {"Reuters"}
    # two of the agency's own stories, a day apart, stay apart as any two reports
    day_one = profile("a", AP, "2031-05-06", "apnews.com", "x")
    day_two = profile("b", REWRITE, "2031-05-07", "apnews.com", "y")
    assert day_one.credits == day_two.credits == frozenset()
    assert compare(day_one, day_two) is None


def test_a_credit_mask_holds_the_agencies() -> None:
    assert names(mask(frozenset({"AP", "Reuters"}))) == {"AP", "Reuters"}
    assert names(mask(frozenset())) == set()


def test_credits_are_kept_in_the_stored_profile() -> None:
    p = _profile("a", AP, author="Reuters")
    again = load(dump(p), "a", p.published, p.outlet, p.content_hash)
    assert again is not None and again.credits == {"AP", "Reuters"}


# -- a rewrite crediting the agency -------------------------------------------------------------
def test_a_rewrite_crediting_the_agency_joins_its_copy_without_keeping_its_structure() -> None:
    wire, rewrite = _profile("a", AP), _profile("b", REWRITE, None)
    assert not same_structure(wire, rewrite, _wording(wire, rewrite))  # (its own order ...)
    link = compare(wire, rewrite)
    assert link is not None and link.kind == "rewrite"  # (... but the AP's text)
    assert may_link(wire, [(sketch(rewrite), None, rewrite.content_hash)]) == [True]


def test_the_same_rewrite_without_its_credit_stays_apart() -> None:
    wire = _profile("a", AP)
    uncredited = _profile("b", REWRITE.replace(" Source: the AP", ""), None)
    assert uncredited.credits == frozenset()
    assert compare(wire, uncredited) is None


def test_a_rewrite_crediting_another_agency_stays_apart() -> None:
    wire = _profile("a", AP)
    reuters = _profile("b", REWRITE.replace("Source: the AP", "Source: Reuters"), None)
    assert compare(wire, reuters) is None


def test_two_stories_of_one_agency_that_tell_the_event_their_own_way_stay_apart() -> None:
    wire, other = _profile("a", AP), _profile("b", OTHER.replace("(Reuters)", "(AP)"))
    assert wire.credits == other.credits == {"AP"}
    assert _wording(wire, other) < CREDITED_BIGRAMS
    assert compare(wire, other) is None


def test_a_credited_rewrite_is_a_rewrite_only_within_the_rewrite_days() -> None:
    wire, late = _profile("a", AP), _profile("b", REWRITE, "2031-05-16")
    assert CREDITED_BIGRAMS < REWRITE_BIGRAMS
    assert compare(wire, late) is None


# -- what joined before still does --------------------------------------------------------------
def test_a_short_excerpt_of_a_longer_wire_story_joins_it() -> None:
    paragraphs = AP.split("\n\n")
    excerpt = ("Home | World | Asia\nShare this article\n\n" + "\n\n".join(paragraphs[:4])
               + "\n\nRead more: the ridge in pictures\nSubscribe to our newsletter")
    link = compare(_profile("a", AP), _profile("b", excerpt, None))
    assert link is not None and link.kind == "copy"


def test_two_reports_quoting_one_statement_stay_apart_even_crediting_one_agency() -> None:
    one, two = _profile("a", QUOTING_ONE), _profile("b", QUOTING_TWO)
    assert one.credits == two.credits == {"AP"}
    assert compare(one, two) is None
    # the twin: the same two reports with the statement in the writers' own words
    unquoted = [_profile(i, t.replace("“", "").replace("” ", " "))
                for i, t in (("a", QUOTING_ONE), ("b", QUOTING_TWO))]
    assert compare(*unquoted) is not None


def _article(i: str, text: str, published: str | None, author: str | None = None) -> Article:
    url = f"https://example.org/{i}"
    return Article(id=article_id(text, url), origin=i, text=text, content_hash=content_hash(text),
                   url=url, outlet=i, published=published, author=author,
                   words=len(text.split()))


ARTICLES = [("wire", AP, "2031-05-06", None),
            ("repost", "Posted by admin\n\n" + AP.replace("VELMORA (AP) — ", "") +
             "\n\nShare on social media", None, None),
            ("machine", REWRITE.replace(" Source: the AP", ""), None, "Associated Press"),
            ("other", OTHER, "2031-05-06", None)]


def _stories(path: Path, order: tuple[int, ...]) -> set[frozenset[str]]:
    with Store(path) as store:
        for k in order:
            store.add_articles(store.start_run([]), [_article(*ARTICLES[k])])
            update_corpus(store)
        found: dict[str, set[str]] = {}
        for a in store.conn.execute("SELECT origin, story_id FROM articles"):
            found.setdefault(a[1], set()).add(a[0])
    return {frozenset(s) for s in found.values()}


def test_a_repost_without_a_date_and_a_rewrite_bylined_to_the_agency_join_in_any_order(
        tmp_path: Path) -> None:
    expected = {frozenset({"wire", "repost", "machine"}), frozenset({"other"})}
    for n, order in enumerate(permutations(range(len(ARTICLES)))):
        if n % 5 == 0:  # (5 of the 24 orders: each article first at least once)
            assert _stories(tmp_path / f"{n}.db", order) == expected, order
