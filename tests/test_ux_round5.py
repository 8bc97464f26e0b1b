"""What an analyst sees on real news (round 5): a page's breadcrumb trail is no part of its
text; a summary the page's text ends inside is shown as cut; a photo caption with a social
credit is no article's label; undated events alike (one statement on several pages) are one
row that says so; and the page's article list says beside each page the dates of the events it
reports. Each rule has a twin that must stay as it was. The sentences are written for these
tests."""

from __future__ import annotations

import json
from dataclasses import replace
from pathlib import Path

import pytest
from click.testing import CliRunner

import tieline
from tieline.analyze.entry_text import article_label, cited_label, cut_short, furniture_title
from tieline.analyze.pair_timeline import alike_groups, build_pair_timeline
from tieline.annotate.clean import breadcrumb, clean_text
from tieline.brief import pair_brief_html
from tieline.models import Actor, ActorRef, Article, Event, Evidence, SentenceCoding
from tieline.render import CUT_NOTE, pair_timeline_table

NOR = ActorRef("NOR", "Norway", "NOR", None, "country")
PER = ActorRef("PER", "Peru", "PER", None, "country")
PAIR = (Actor("NOR", "Norway", "country", "NOR"), Actor("PER", "Peru", "country", "PER"))

LEDE = "Norway said on Wednesday it would lift the ban on imports of fish from Peru."
BODY = ("Officials in both capitals confirmed the schedule of the talks late on Tuesday "
        "evening, after weeks of preparation.")
PRAISE = "The Norwegian minister praised Peru for its patience during the long talks."
CUT = "Norwegian inspectors visited the port of Callao in Peru to check the catch near (Cal"


def _article(i: str, paragraphs: list[str], title: str | None = None,
             published: str | None = "2021-03-09") -> Article:
    return Article(id=i, origin=i, text="\n\n".join(paragraphs), content_hash=i,
                   published=published, published_basis="metadata" if published else "unknown",
                   story_id=i, title=title, url=f"https://{i}.example/news/{i}",
                   outlet=f"{i}.example")


def _evidence(article: Article, sentence: str, type_: str = "SUPPORT",
              mode: str | None = "praise") -> Evidence:
    start = article.text.index(sentence)
    return Evidence(article.id, start, start + len(sentence), sentence, url=article.url,
                    outlet=article.outlet,
                    codings=(SentenceCoding(type_, mode, "Norway", "Peru", "reported"),))


def _event(i: str, *evidence: Evidence, type_: str = "SUPPORT", mode: str | None = "praise",
           day: str | None = None) -> Event:
    return Event(id=i, type=type_, mode=mode, source=NOR, target=PER, evidence=evidence,
                 date=day, date_precision="day" if day else None,  # type: ignore[arg-type]
                 reports=len({ev.article_id for ev in evidence}), independent_sources=1)


# -- 1. a breadcrumb trail is the page's, not the article's ---------------------------------
@pytest.mark.parametrize("line", [
    "News / World News / Norway to lift the ban on fish from Peru",
    "Home » Business » Norway lifts ban on fish imports",
    "Home > World > Europe > Norway",
    "• News • Americas • Peru welcomes the end of the ban",
])
def test_a_breadcrumb_trail_is_dropped_wherever_it_stands(line: str) -> None:
    assert breadcrumb(line)
    for text in (f"{line}\n\n{LEDE}\n\n{BODY}", f"{LEDE}\n\n{BODY}\n\n{line}",
                 f"{LEDE}\n\n{line}\n\n{BODY}"):
        cleaned = clean_text(text, title="Norway lifts ban")
        assert cleaned.text == f"{LEDE}\n\n{BODY}", text


def test_a_trail_printed_one_item_a_line_leaves_neither_its_headline_nor_a_title() -> None:
    headline = "Norway to lift the ban on imports of fish from Peru after two years of talks"
    trail = f"• News\n  • World News\n  • {headline}\n\n{headline}\n\n{LEDE}\n\n{BODY}"
    for given in (headline, None):  # the page's title stated, or read from the text
        cleaned = clean_text(trail, title=given)
        assert cleaned.title == headline and cleaned.text == f"{LEDE}\n\n{BODY}"
    # twin: a list in the body keeps its items, the first item is no title
    listed = f"{LEDE}\n\n• Norway lifts the ban on fish.\n• Peru welcomes the news.\n\n{BODY}"
    assert "• Peru welcomes the news." in clean_text(listed, title="Fish").text
    assert clean_text(f"• Norway lifts the ban on fish\n\n{LEDE}\n\n{BODY}").title is None


@pytest.mark.parametrize("line", [
    "He said the price / cost ratio / margin was what mattered to the fishermen.",  # prose
    "2021 / 03 / 09",                                             # a page's date stamp
    "News Desk / Jane Roe / 9th March 2021",                      # a byline and its date
    "World | Reuters | Published:",                               # a stamp's label
    "Home / World",                                               # one section, no trail
    "Norway / Peru / Chile: the fish trade explained in three charts for the readers.",
])
def test_twins_of_a_breadcrumb_stay(line: str) -> None:
    assert not breadcrumb(line)


# -- 2. a summary the page's text ends inside is shown as cut ---------------------------------
def test_a_sentence_the_page_ends_inside_is_cut_and_every_view_says_so(
        capsys: pytest.CaptureFixture[str]) -> None:
    a = _article("a", [BODY, CUT])
    timeline = build_pair_timeline(PAIR, [_event("e1", _evidence(a, CUT, "CONSULT", "visit"),
                                                 type_="CONSULT", mode="visit",
                                                 day="2021-03-08")], {"a": a})
    entry = timeline.entries[0]
    assert entry.summary == CUT  # the words as the page has them ...
    assert entry.summary_from is not None and entry.summary_from.cut  # ... said to be cut
    assert entry.to_dict()["summary_from"]["cut"] is True
    pair_timeline_table(timeline)
    assert f"{CUT} {CUT_NOTE}" in capsys.readouterr().out
    html = pair_brief_html(timeline.to_dict(), {"pair": []}, [a])
    assert f"{CUT} {CUT_NOTE}".replace("'", "&#x27;") in html
    script = (Path(tieline.__file__).parent / "web" / "static" / "app.js").read_text()
    assert "CUT_NOTE = \"" + CUT_NOTE + "\"" in script and "summary_from.cut" in script


def test_twins_of_a_cut_sentence_are_whole() -> None:
    # a sentence with its stop at the page's end; one without a stop inside the text (a
    # headline or a list item as the page printed it)
    whole = _article("w", [BODY, LEDE])
    inside = _article("i", [CUT, BODY])
    assert not cut_short(_evidence(whole, LEDE), whole)
    assert not cut_short(_evidence(inside, CUT), inside)
    assert cut_short(_evidence(_article("c", [BODY, CUT]), CUT), _article("c", [BODY, CUT]))
    assert not cut_short(_evidence(whole, LEDE), None)


# -- 3. a photo caption with a social credit is no label ------------------------------------
def test_a_caption_with_a_social_credit_is_no_label_and_a_headline_is() -> None:
    caption = ("Norway's minister at the meeting of fisheries ministers, in Lima on March 4, "
               "2021. Twitter/@NorwayMFA")
    assert furniture_title(caption)
    assert furniture_title("The two ministers at the port (@PeruGob)")
    a = _article("a", [LEDE, BODY], title=caption)
    # the slug of /news/a has no words: its first words ...
    assert article_label(a) == "Norway said on Wednesday it would lift the ban on imports of …"
    a = a.evolve(url="https://a.example/news/norway-lifts-ban-on-fish-from-peru")
    assert article_label(a) == "norway lifts ban on fish from peru"  # ... or its slug's
    for headline in ("Norway lifts ban on fish from Peru, says @NorwayMFA is right",
                     "Norway and Peru end the fish dispute"):
        assert not furniture_title(headline)
        assert cited_label(headline, None, "x") == headline


# -- 4. undated events alike are one row that says so ----------------------------------------
def _pages(n: int) -> list[Article]:
    return [_article(f"p{i}", [BODY.replace("weeks", f"{i + 2} weeks"), PRAISE],
                     published=None) for i in range(n)]


def test_one_statement_on_three_undated_pages_is_one_undated_row(
        capsys: pytest.CaptureFixture[str]) -> None:
    pages = _pages(3)
    events = [_event(f"e{i}", _evidence(p, PRAISE)) for i, p in enumerate(pages)]
    other = _article("q", [LEDE, BODY], published=None)
    events.append(_event("e9", _evidence(other, LEDE)))  # another statement of the kind
    timeline = build_pair_timeline(PAIR, events, {a.id: a for a in [*pages, other]})
    assert timeline.undated_total == 4 and timeline.undated_shown == 4
    assert len(timeline.undated) == 2
    alike = next(e for e in timeline.undated if len(e.events) == 3)
    assert alike.alike == 3 and alike.summary == PRAISE
    assert alike.alike_text.startswith("3 undated events alike")
    assert alike.counts == "3 independent sources, 3 reports"
    single = next(e for e in timeline.undated if len(e.events) == 1)
    assert single.alike == 0 and single.alike_text == ""
    doc = timeline.to_dict()
    assert doc["undated_shown"] == 4 and sorted(u["alike"] for u in doc["undated"]) == [0, 3]
    json.dumps(doc)
    pair_timeline_table(timeline)
    out = capsys.readouterr().out
    assert "(3 undated events alike" in out and "4 undated events" in out
    html = pair_brief_html(doc, {"pair": []}, [*pages, other])
    assert "3 undated events alike" in html


def test_twins_of_alike_undated_events_stay_apart() -> None:
    pages = _pages(2)
    praise = _event("e0", _evidence(pages[0], PRAISE))
    # the same sentence coded as another type, or with another status, is another row
    criticised = _event("e1", _evidence(pages[1], PRAISE, "ACCUSE", None), type_="ACCUSE",
                        mode=None)
    assert [len(g) for g in alike_groups([praise, criticised])] == [1, 1]
    # the same sentence with other sides
    other = Event(id="e2", type="SUPPORT", mode="praise", source=PER, target=NOR,
                  evidence=(_evidence(pages[1], PRAISE),), reports=1)
    assert [len(g) for g in alike_groups([praise, other])] == [1, 1]
    # the same sentence with its spacing and case changed is alike; through a third too
    respaced = _article("r", [BODY, PRAISE.upper().replace(" ", "  ")], published=None)
    again = _event("e3", _evidence(respaced, respaced.text.split("\n\n")[1]))
    assert [len(g) for g in alike_groups([praise, again])] == [2]
    # dated events are never grouped so: they stand at their date
    dated = [_event(f"d{i}", _evidence(p, PRAISE), day="2021-03-08") for i, p in
             enumerate(pages)]
    timeline = build_pair_timeline(PAIR, dated, {p.id: p for p in pages})
    assert timeline.undated == () and all(e.alike == 0 for e in timeline.entries)


# -- 5. the views say the counts alike and the page lists events' dates beside its pages ------
def test_the_page_lists_the_dates_of_the_events_each_article_reports() -> None:
    script = (Path(tieline.__file__).parent / "web" / "static" / "app.js").read_text()
    assert "reportedDates(tl)" in script and "eventDatesText(" in script
    assert "tl.undated_shown" in script and "entry.alike_text" in script


def test_the_cli_and_the_api_say_the_same_undated_counts(sample_db: Path) -> None:
    from fastapi.testclient import TestClient

    from tieline.cli import cli
    from tieline.web.app import create_app

    out = CliRunner().invoke(cli, ["--db", str(sample_db), "timeline", "Armenia", "Russia",
                                    "--json", "--limit", "3"])
    assert out.exit_code == 0, out.output
    printed = json.loads(out.output)
    served = TestClient(create_app(str(sample_db))).get(
        "/api/timeline", params={"a": "Armenia", "b": "Russia", "limit": 3}).json()
    for doc in (printed, served):
        assert doc["undated_shown"] == sum(len(u["events"]) for u in doc["undated"])
        assert doc["undated_shown"] <= doc["undated_total"]
        assert all("alike" in u and "cut" in (u["summary_from"] or {"cut": 0})
                   for u in doc["undated"])
    assert printed["undated"] == served["undated"]


def test_the_events_list_says_a_merged_events_sources_and_reports_apart(
        capsys: pytest.CaptureFixture[str]) -> None:
    from tieline.render import events_table

    pages = _pages(3)
    merged = replace(_event("m", *(_evidence(p, PRAISE) for p in pages), day="2021-03-08"),
                     independent_sources=2, reports=3)
    single = _event("s", _evidence(pages[0], PRAISE), day="2021-03-09")
    events_table([merged, single])
    lines = capsys.readouterr().out.splitlines()
    assert lines[1].endswith("p0.example (2 independent sources, 3 reports)")
    assert lines[3].endswith("p0.example")  # twin: one page, one outlet, nothing more said


@pytest.mark.parametrize("title", [
    "Fishermen unload the catch at the port of Callao, Peru, March 4, 2021. -Reuters",
    "The ministers of Norway and Peru shook hands after the talks in Lima. | ANI",
    "The Norwegian minister in Lima on Thursday. Jane Roe/EPA, via Shutterstock",
    "Protesters gather outside the ministry in Lima, Peru, Friday, March 5, 2021. The talks",
])
def test_a_picture_caption_by_news_conventions_is_no_label(title: str) -> None:
    assert furniture_title(title)


@pytest.mark.parametrize("title", [
    "Norway lifts the ban on fish from Peru | Reuters",   # a site's name after a headline
    "Norway and Peru agree to end the fish dispute - Reuters",
    "Norway and Peru to meet in Lima on March 4, 2021",   # a date, no stop
    "Peru welcomes Norway's move, says talks went well",
])
def test_headlines_of_every_kind_stay_labels(title: str) -> None:
    assert not furniture_title(title)
    assert cited_label(title, None, "x") == title


def test_a_cited_page_with_no_title_or_slug_is_called_by_its_first_words() -> None:
    page = _article("h", [LEDE, BODY]).evolve(
        url="http://10.1.2.3/content_html/2021-03-09/89235da67c95d0d6b3b8d76eeb7baca4.html")
    entry = build_pair_timeline(PAIR, [_event("e", _evidence(page, LEDE), day="2021-03-08")],
                                {"h": page}).entries[0]
    first_words = "Norway said on Wednesday it would lift the ban on imports of …"
    assert entry.sources[0].label == first_words
    assert entry.summary_from is not None and entry.summary_from.label == first_words
    # twin: a page with a headline is called by it
    titled = page.evolve(title="Norway lifts the ban on fish")
    entry = build_pair_timeline(PAIR, [_event("e", _evidence(titled, LEDE), day="2021-03-08")],
                                {"h": titled}).entries[0]
    assert entry.sources[0].label == "Norway lifts the ban on fish"
