"""What readers wrote on a page is not news: a comment thread below a story is cut at its first
post, a page of readers' contributions is not analysed at all, and each is said (issue 22).
A news story that quotes many people, a live blog and a transcript stay coded. The texts are
written for these tests in the style of news pages and their comment sections."""

from __future__ import annotations

import json
from pathlib import Path

import tieline
from tieline.annotate.readers import (
    COMMENTS,
    CONTRIBUTIONS,
    post_stamps,
    reader_voice,
    readers_kind,
    readers_part,
)

STORY = "\n\n".join((
    "Russia and Georgia agree to reopen border crossing",
    "TBILISI, March 3 (Reuters) - Georgia and Russia agreed on Tuesday to reopen the Upper "
    "Lars border crossing after talks in Prague, officials from both countries said.",
    '"We have agreed to restore traffic through the crossing from next week," Georgian Deputy '
    "Foreign Minister Lasha Darsalia told reporters after the meeting.",
    "Russian Deputy Foreign Minister Grigory Karasin said Moscow was ready to discuss trade. "
    '"I think our delegations worked well," he said. "We will meet again in April."',
    'Zurab Abashidze, the Georgian envoy, said: "My government wants predictable rules for '
    'our truck drivers."',
    "-- Anna Smith contributed to this report.\n"))

THREAD = """Who cares about a border post when my rent doubled this year?
March 3, 2020 at 5:12 pm | Report abuse | I think Putin will invade Finland next, you wait and see.
March 3, 2020 at 6:40 pm | Report abuse | Obama met Putin and did nothing, as usual!
March 4, 2020 at 9:02 am | Reply You people believe anything the government tells you.
Russia will attack Georgia again, mark my words.
"""


def test_a_thread_after_a_story_is_cut_at_its_first_post() -> None:
    text = STORY + "\n" + THREAD
    part = readers_part(text)
    assert part is not None and part.kind == COMMENTS and not part.whole_page
    assert text[part.start:].startswith("Who cares about a border post")  # after the credit
    assert part.posts == 3
    warning = part.warning("page.txt", text)
    assert warning.startswith("page.txt: not analysed for events: readers' comments from "
                              '"Who cares about a border post when my …" on (3 posts')
    assert readers_kind(warning) == COMMENTS


def test_without_a_credit_line_the_first_post_is_found_by_its_readers_voice() -> None:
    story = STORY.replace("-- Anna Smith contributed to this report.\n", "")
    text = story + "\nThis is the best news I have read all week!!\n" + THREAD
    part = readers_part(text)
    assert part is not None
    assert text[part.start:].startswith("This is the best news")  # the story's last line
    # quotes a minister ("... he said"): no reader's voice, so the post starts after it
    assert not reader_voice('"We will meet again in April," he said.')
    assert reader_voice("Who cares about a border post when my rent doubled?")


def test_a_transcript_above_the_thread_stays_the_story() -> None:
    transcript = ("HOST: Are you going to meet the Russian side again?\n"
                  "MINISTER: We are ready to meet them in Geneva next month.\n")
    text = STORY.replace("-- Anna Smith contributed to this report.\n", "") + transcript + \
        "\n" + THREAD
    part = readers_part(text)
    assert part is not None and "MINISTER:" in text[:part.start]
    assert text[part.start:].startswith("Who cares")


def test_posted_by_stamps_make_a_thread() -> None:
    posts = "".join(f"Why should we pay for this, comment number {k} asks? BP should pay for all "
                    f"of it. Posted by : reader{k} | June {k}, 2010 11:0{k} AM | Report abuse\n"
                    for k in range(1, 5))
    text = STORY + "\n" + posts
    assert len(post_stamps(text)) == 4
    part = readers_part(text)
    assert part is not None and text[part.start:].startswith("Why should we pay for this, comment "
                                                             "number 1")


def test_two_stamps_a_page_stamp_and_a_live_blog_are_no_thread() -> None:
    two = THREAD.split("March 4")[0]
    assert readers_part(STORY + "\n" + two) is None
    stamped = "March 3, 2020 - 4:00 PM | by : Jane Roe\n" + STORY
    assert readers_part(stamped) is None
    live = STORY + "".join(f"\n{h}.{m} pm: The minister says talks with Moscow went on for "
                           f"{h} hours; we will update this page as news comes in."
                           for h, m in ((5, 24), (5, 31), (5, 47), (6, 12), (6, 40)))
    assert readers_part(live) is None


def test_dated_news_items_with_bars_are_no_thread() -> None:
    items = "".join(f"Aug {d}, 2025 10:1{d} IST | India and China held talks on the border "
                    f"for the {d}th time, the foreign ministry said.\nThe talks covered trade "
                    f"and flights between the two countries.\n" for d in (4, 5, 6, 7))
    assert len(post_stamps(STORY + items)) == 4
    assert readers_part(STORY + items) is None  # stamps, but news in a reporter's register


def test_stamps_far_apart_are_no_thread() -> None:
    filler = "I think these talks will fail, you watch. " * 200  # ~8,400 characters
    text = "".join(f"Update {k}. March {k}, 2020 at 5:1{k} pm | {filler}\n" for k in range(1, 4))
    assert len(post_stamps(text)) == 3
    assert readers_part(text) is None
    closer = "".join(f"Update {k}. March {k}, 2020 at 5:1{k} pm | {filler[:4000]}\n"
                     for k in range(1, 4))
    assert readers_part(closer) is not None  # (the same posts closer together are a thread)


BOARD_INTRO = ("Are you trying to trace your family tree? If your ancestors came from the "
               "Caucasus, post your query here and other readers may help.\n")
QUERIES = [("Nino Beridze", "Nino", "I am looking for any photograph of my grandfather, who "
            "left Kutaisi in 1921 for Istanbul."),
           ("Peter Walsh", "Peter", "My great aunt married a Georgian officer in Batumi and I "
            "would love to hear from his family."),
           ("Olga Ivanova", "Olga", "We have letters from a cousin in Tbilisi written in 1936; "
            "can anyone read them for us?"),
           ("Giorgi Kapanadze", "Giorgi", "I have the family bible of the Kapanadze family of "
            "Gori and would like to return it."),
           ("Mary Collins", "Mary", "My grandmother spoke of a Russian soldier who stayed with "
            "her family in 1945; I am trying to find his name.")]


def _board() -> str:
    return BOARD_INTRO + "".join(f"{full} would like information about a relative: {given}: "
                                 f"\u201c{query}\u201d\n" for full, given, query in QUERIES)


def test_a_page_of_contributions_is_flagged_whole() -> None:
    part = readers_part(_board())
    assert part is not None and part.kind == CONTRIBUTIONS and part.whole_page
    assert part.posts == 5
    assert part.warning("board.txt", _board()) == ("board.txt: not analysed for events: "
                                                   "readers' contributions (5 posts)")


def test_leaders_quoted_by_surname_are_no_contributions() -> None:
    leaders = [("Narendra Modi", "Modi"), ("Xi Jinping", "Xi"), ("Vladimir Putin", "Putin"),
               ("Emmanuel Macron", "Macron"), ("Olaf Scholz", "Scholz")]
    text = "Leaders reacted to the summit on Friday.\n" + "".join(
        f"{full} spoke after the talks. {last}: \u201cWe welcome the agreement and I thank "
        f"our partners.\u201d\n" for full, last in leaders)
    assert readers_part(text) is None
    # the same turns under the given names are a board's
    given = "".join(f"{full} wrote in. {full.split()[0]}: \u201cI welcome it.\u201d\n"
                    for full, _ in leaders)
    assert readers_part(given) is not None


def test_a_story_with_a_thread_keeps_its_events_and_says_what_was_left_out(
        corpus: tieline.Corpus, tmp_path: Path) -> None:
    board = _board() + "I am sure Russia will invade Georgia again, Peter.\n"
    pages = tmp_path / "pages.jsonl"
    pages.write_text("\n".join(json.dumps({"text": t, "url": f"https://example.org/{n}",
                                           "published": "2020-03-04"})
                               for n, t in (("story", STORY + "\n" + THREAD),
                                            ("board", board))), encoding="utf-8")
    report = corpus.ingest(pages, progress=False, jobs=1)
    assert report.stored == 2 and not report.rejects
    assert any(w.startswith("2 articles with readers' posts (readers' comments 1, "
                            "readers' contributions 1)") for w in report.warnings)
    assert not any("other language" in w for w in report.warnings)
    by_url = {a.url: a for a in corpus.articles()}
    story, page = by_url["https://example.org/story"], by_url["https://example.org/board"]
    cut = story.text.index("Who cares about a border post")
    assert "Report abuse" in story.text  # stored whole, offsets unchanged
    assert any("readers' comments from \"Who cares about" in w for w in story.warnings)
    events = [e for e in corpus.events() if any(ev.article_id == story.id for ev in e.evidence)]
    assert events, "the story's own events are coded"
    assert all(ev.start < cut for e in events for ev in e.evidence if ev.article_id == story.id
               and not ev.in_title)
    assert any("readers' contributions" in w for w in page.warnings)
    assert not [e for e in corpus.events() if any(ev.article_id == page.id
                                                  for ev in e.evidence)]
    assert [a.id for a, _ in corpus.search("Finland")] == [story.id]  # the thread is searchable
    # the web page's reader gets the warning with the article, and shows what was not read
    from fastapi.testclient import TestClient

    from tieline.web import create_app

    with TestClient(create_app(corpus.path)) as client:
        view = client.get(f"/api/articles/{story.id}").json()
    assert any("readers' comments from \"Who cares about" in w for w in view["warnings"])
    script = (Path(tieline.__file__).parent / "web" / "static" / "app.js").read_text()
    assert "...unread(view)" in script


def test_blog_comments_with_a_poster_who_wrote_make_a_thread() -> None:
    comments = "".join(f"At {h}:1{h} pm on 4 March 2020, reader_{h} wrote: You cannot trust "
                       f"Moscow on anything, {h} times over.\n" for h in (1, 2, 3))
    blog = ("I asked the minister whether the crossing would stay open all winter.\n"
            "My guess is that it will: both sides need the trade.\n")
    text = STORY.replace("-- Anna Smith contributed to this report.\n", "") + blog + comments
    part = readers_part(text)
    assert part is not None and part.posts == 3
    # "NAME wrote:" opens its post: the blogger's own lines in the first person before it stay
    assert text[part.start:].startswith("At 1:11 pm on 4 March 2020")
    # a date and a time before "wrote:" are needed: a columnist who wrote is no post
    assert readers_part(STORY + "".join(f"\nJane Roe wrote: {k} things on Monday."
                                        for k in range(5))) is None


def test_shouting_above_a_closing_stamp_is_the_first_post() -> None:
    story = STORY.replace("-- Anna Smith contributed to this report.\n", "")
    text = story + "\nIT IS ALL THE SAME OLD STORY WITH THESE TWO\n" + THREAD.split("\n", 1)[1]
    part = readers_part(text)
    assert part is not None and text[part.start:].startswith("IT IS ALL THE SAME")
    assert reader_voice("IT IS ALL THE SAME OLD STORY")
    assert not reader_voice("The EU and NATO ministers met in Brussels on Monday.")


def test_the_first_post_takes_a_plain_line_between_its_own_but_no_quotation() -> None:
    story = STORY.replace("-- Anna Smith contributed to this report.\n", "")
    first_post = "Why would we trust either of them?\nThe border was closed for years, shame.\n"
    part = readers_part(story + first_post + THREAD.split("\n", 1)[1])
    assert part is not None
    assert (story + first_post)[part.start:].startswith("Why would we trust")
    # a quotation over lines ends the story: its first person is the speaker's, not a reader's
    quoted = ('The analyst said: "One hopes this is not the moment it went wrong.\n'
              "I think the regime is trying to bait the crowd.\n"
              'That is the danger here."\n')
    text = story + quoted + THREAD.split("\n", 1)[1]
    part = readers_part(text)
    assert part is not None and "bait the crowd" in text[:part.start]


def test_every_line_parsed_the_thread_is_still_left_out() -> None:
    from tieline.annotate.pipeline import pipeline_for
    from tieline.config import Settings
    from tieline.models import Article

    text = STORY + "\n" + THREAD
    cut = text.index("Who cares about a border post")
    art = Article(id="t", origin="t", text=text, content_hash="x", published="2020-03-04")
    for parse in ("all", "events"):
        coded = pipeline_for(Settings(parse=parse)).annotate_one(art)
        assert coded.text == text and coded.events
        assert all(ev.end <= cut for e in coded.events for ev in e.evidence), parse
        assert all(m.end <= cut for m in coded.mentions), parse
        assert any("readers' comments" in w for w in coded.warnings)
