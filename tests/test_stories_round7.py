"""Stories round 7 (issue 23): family pairs across languages are counted apart by the scorer.

A translation is a version of its original, so the gold puts it in the original's family; but
tieline codes English only and can find a version in another language by its anchors alone, so
``tieline eval news`` says how many family pairs span two languages and how many of those are
grouped, beside the pair recall over all of them.
"""

from __future__ import annotations

from tieline.evaluate.news import GoldSet, Stored, score
from tieline.models import Article


def _article(gid: str, story: str | None, lang: str = "en") -> Article:
    return Article(id=f"id-{gid}", origin=f"set.jsonl:{gid[-1]}", text="...", content_hash=gid,
                   lang=lang, story_id=story)


def _gold(langs: dict[str, str]) -> GoldSet:
    return GoldSet(name="hand-made", pages=tuple({"id": p, "lang": lang, "published": None}
                                                 for p, lang in langs.items()),
                   families=(frozenset({"p1", "p2", "p3"}),), distinct=(), events=())


def test_family_pairs_across_languages_are_counted_apart() -> None:
    # p3 is the German version of the English p1 and p2: two of the three pairs span languages
    gold = _gold({"p1": "en", "p2": "en", "p3": "de"})
    stored = Stored(articles={"p1": _article("p1", "s1"), "p2": _article("p2", "s1"),
                              "p3": _article("p3", "s2", "de")}, events=())
    st = score(gold, stored).stories
    assert (st["family_pairs_grouped"], st["family_pairs"]) == (1, 3)
    assert (st["family_pairs_across_languages_grouped"],
            st["family_pairs_across_languages"]) == (0, 2)


def test_family_pairs_in_one_language_are_not_counted_across() -> None:
    # the twin: the same family all in English (a region subtag is no other language)
    gold = _gold({"p1": "en", "p2": "en-GB", "p3": "EN"})
    stored = Stored(articles={"p1": _article("p1", "s1"), "p2": _article("p2", "s1"),
                              "p3": _article("p3", "s1")}, events=())
    st = score(gold, stored).stories
    assert (st["family_pairs_grouped"], st["family_pairs"]) == (3, 3)
    assert (st["family_pairs_across_languages_grouped"],
            st["family_pairs_across_languages"]) == (0, 0)
