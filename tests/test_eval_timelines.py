"""Topic timelines: the news-tls metrics on hand-made timelines, the summariser, T17 floors."""

from __future__ import annotations

import datetime as dt
import json
from pathlib import Path

import pytest

from tieline.analyze.topic_timeline import (
    TopicCollection,
    TopicTimelineSettings,
    clean_sentence,
    date_label,
    drop_attribution,
    mentioned_days,
)
from tieline.evaluate.topic_timelines import (
    PRF,
    GoldTopicTimeline,
    TopicTimelineScore,
    TopicTimelineScores,
    alignment_rouge,
    date_scores,
    evaluate_topic_timelines,
    load_gold,
    porter_stem,
    rouge_tokens,
)
from tieline.models import Article

D = dt.date


# -- ROUGE as ROUGE-1.5.5 counts it -------------------------------------------------------------

@pytest.mark.parametrize(("word", "stem"), [
    ("caresses", "caress"), ("ponies", "poni"), ("relational", "relat"), ("hopping", "hop"),
    ("filing", "file"), ("running", "run"), ("yelled", "yell"), ("conditional", "condit"),
    ("generalization", "gener"),
    ("agreement", "agreem"),  # ROUGE's step 4: "-ment" fails (m=1), then "-ent" is tried
    ("yearly", "yearli"), ("yielding", "yield"), ("oil", "oil"),  # an initial y is a consonant
])
def test_porter_stem_as_rouge(word: str, stem: str) -> None:
    assert porter_stem(word) == stem


def test_rouge_tokens_case_punctuation_hyphens_stopwords_stems() -> None:
    # "the", "u", "s", "was", "up" are SMART stop words; hyphens split words and are dropped;
    # "led" has 3 letters so is not stemmed
    assert rouge_tokens(["The U.S.-led oil spill's clean-up was BP's ."]) == [
        "led", "oil", "spill", "clean", "bp"]
    assert rouge_tokens(["Protests spread", "in Cairo"]) == ["protest", "spread", "cairo"]
    assert rouge_tokens(["a b <c d"]) == []  # ROUGE's HTML input ends a sentence at "<"


# -- alignment ROUGE, many-to-one (tilse), hand-computed ----------------------------------------

GOLD = {D(2010, 4, 20): ["oil rig fire ."], D(2010, 4, 24): ["bp cap leak ."]}


def test_alignment_rouge_hand_computed() -> None:
    pred = {D(2010, 4, 20): ["oil rig fire ."], D(2010, 4, 26): ["bp cap ."]}
    # 04-26 aligns to 04-24 both ways: cost (1 - 1/3) * (1 - F1 0.8) beats (1 - 1/7) * 1;
    # its matches count 1/3. ROUGE-1: P = (3 + 2/3) / (3 + 2), R = (3 + 2/3) / (3 + 3)
    scores = alignment_rouge(pred, GOLD)
    assert scores[1].precision == pytest.approx(11 / 15)
    assert scores[1].recall == pytest.approx(11 / 18)
    assert scores[1].f1 == pytest.approx(2 / 3)
    # ROUGE-2: bigrams (oil rig) (rig fire) | (bp cap); gold (bp cap) (cap leak)
    assert scores[2].precision == pytest.approx((2 + 1 / 3) / 3)
    assert scores[2].recall == pytest.approx((2 + 1 / 3) / 4)


def test_alignment_is_many_to_one() -> None:
    # both predicted dates align to the one gold date: each one's matches count for precision
    gold = {D(2010, 4, 20): ["oil rig fire ."]}
    pred = {D(2010, 4, 20): ["oil rig ."], D(2010, 4, 21): ["fire ."]}
    scores = alignment_rouge(pred, gold)
    assert scores[1].precision == pytest.approx((2 + 1 / 2) / 3)
    # the gold date aligns to 04-20 alone (cost 0): recall 2/3
    assert scores[1].recall == pytest.approx(2 / 3)


def test_alignment_rouge_perfect_and_empty() -> None:
    assert alignment_rouge(GOLD, GOLD)[1].f1 == pytest.approx(1.0)
    assert alignment_rouge(GOLD, GOLD)[2].f1 == pytest.approx(1.0)
    assert alignment_rouge({}, GOLD)[1] == PRF(0.0, 0.0)


def test_date_scores() -> None:
    found = date_scores([D(2010, 4, 20), D(2010, 4, 26), D(2010, 5, 1)], list(GOLD))
    assert found.precision == pytest.approx(1 / 3)
    assert found.recall == pytest.approx(1 / 2)
    assert found.f1 == pytest.approx(0.4)


# -- protocol -----------------------------------------------------------------------------------

def _gold(summaries: dict[dt.date, tuple[str, ...]]) -> GoldTopicTimeline:
    return GoldTopicTimeline("t", "folder", "tl.txt", summaries)


def test_protocol_span_and_k_rounded_half_to_even() -> None:
    gold = _gold({D(2011, 2, 1): ("a .", "b ."), D(2011, 1, 25): ("c .", "d .", "e .")})
    assert gold.span() == (D(2011, 1, 25), D(2011, 2, 1))
    assert gold.sentences_per_date() == 2  # mean 2.5, as news-tls's round()
    assert _gold({D(2011, 1, 25): ("a .",) * 3, D(2011, 1, 26): ("b .",) * 4}
                 ).sentences_per_date() == 4  # 3.5 -> 4


def test_load_gold_keeps_the_last_entry_of_a_repeated_date(tmp_path: Path) -> None:
    row = {"topic": "t", "source_folder": "f", "timeline_file": "tl.txt", "n_dates": 3,
           "entries": [{"date": "2011-01-25", "sentences": ["first ."]},
                       {"date": "2011-01-26", "sentences": ["other ."]},
                       {"date": "2011-01-25", "sentences": ["second .", "third ."]}]}
    (tmp_path / "timelines.jsonl").write_text(json.dumps(row) + "\n")
    [gold] = load_gold(tmp_path)
    assert gold.summaries == {D(2011, 1, 25): ("second .", "third ."),
                              D(2011, 1, 26): ("other .",)}


def test_mean_is_news_tls_f1_of_mean_precision_and_recall() -> None:
    gold = _gold({D(2011, 1, 25): ("a .",)})
    one = TopicTimelineScore(gold, 1, 1, PRF(1.0, 0.0), PRF(0.5, 0.5), PRF(1.0, 1.0))
    two = TopicTimelineScore(gold, 1, 1, PRF(0.0, 1.0), PRF(0.5, 0.5), PRF(0.0, 0.0))
    scores = TopicTimelineScores([one, two])
    assert scores.mean("rouge_1").f1 == pytest.approx(0.5)  # P 0.5, R 0.5
    assert scores.mean_f1("rouge_1") == 0.0
    assert scores.mean("dates").f1 == pytest.approx(0.5)


# -- the summariser -----------------------------------------------------------------------------

def _article(i: int, published: str, *sentences: str) -> Article:
    return Article(id=f"a{i}", origin="test", text="\n".join(sentences), content_hash=str(i),
                   published=published)


ARTICLES = [
    _article(1, "2011-01-26", "Thousands of protesters marched through Cairo on Tuesday demanding "
             "that President Mubarak step down .",
             "Police fired tear gas at the crowds in Tahrir Square on Tuesday evening ."),
    _article(2, "2011-01-27", "The protests that began in Cairo on Tuesday spread to Suez and "
             "Alexandria , witnesses said .",
             "Click here to share this story ."),
    _article(3, "2011-01-28", "The government shut down internet access across the country "
             "as protests grew for a fourth day .",
             "Protesters in Cairo demanded that President Mubarak step down on Tuesday ."),
    _article(4, "2011-02-12", "Crowds celebrated in Tahrir Square after Mubarak resigned on "
             "Friday , handing power to the army ."),
]


def test_mentioned_days_resolve_against_publication() -> None:
    assert mentioned_days("Crowds marched in Cairo on Tuesday .", "2011-01-26") == (
        D(2011, 1, 25),)
    assert mentioned_days("Talks will resume on Tuesday .", "2011-01-26") == (D(2011, 2, 1),)
    assert mentioned_days("Prices rose in May .", "2011-01-26") == ()  # a month is not a day


def test_clean_sentence_drops_bullets_asides_and_datelines() -> None:
    assert clean_sentence("\\* April 22 - The rig sinks .") == "April 22 - The rig sinks ."
    assert clean_sentence("-- -LRB- Update 2:04 p.m. ET -RRB- Protesters gathered .") == (
        "Protesters gathered .")
    assert clean_sentence("CAIRO , Egypt -LRB- CNN -RRB- -- Tear gas was fired .") == (
        "Tear gas was fired .")


def test_drop_attribution_keeps_what_happened() -> None:
    assert drop_attribution("The rig sank , the Coast Guard said .") == "The rig sank ."
    assert drop_attribution("Three people died , according to the state news agency MENA .") == (
        "Three people died .")
    assert drop_attribution("The pipeline shut , an official told CNN .") == "The pipeline shut ."
    for kept in ("The Coast Guard said the rig sank .", "BP , which said it would pay , fell .",
                 "The rig sank , officials said , and oil spread ."):
        assert drop_attribution(kept) == kept


def test_a_dropped_attribution_still_dates_the_sentence() -> None:
    article = _article(8, "2011-02-06", "The gas pipeline to Jordan was closed after an attack "
                       "set it on fire , an official told CNN on Saturday .")
    [sentence] = TopicCollection.from_articles([article]).sentences
    assert sentence.text == "The gas pipeline to Jordan was closed after an attack set it on fire ."
    assert sentence.mentions == (D(2011, 2, 5),)


def test_date_label_of_a_chronology_entry() -> None:
    assert date_label("April 22 - The rig sinks .", "2010-06-16") == (
        "The rig sinks .", D(2010, 4, 22))
    assert date_label("Dec. 28 : Feinberg pays claims .", "2011-01-10") == (
        "Feinberg pays claims .", D(2010, 12, 28))  # no year: the last Dec. 28 before
    for plain in ("On April 22 the rig sank .", "May 11\\/12 - Executives testify .",
                  "April - The rig sank .", "Officials said - nothing ."):
        assert date_label(plain, "2010-06-16") == (plain, None)


def test_chronology_entries_carry_their_day_to_the_sentences_that_continue_them() -> None:
    article = _article(9, "2010-06-16",
                       "Below is a timeline of the spill and its impact .",
                       "\\* April 22 - The Deepwater Horizon rig sinks and a slick forms .",
                       "The rig was drilling in BP 's Macondo project off Louisiana .",
                       "A blowout preventer failed to activate on the sea floor .",
                       "Oil companies have drilled in these deep waters for years .")
    days = {s.text: s.mentions for s in TopicCollection.from_articles([article]).sentences}
    assert days["The Deepwater Horizon rig sinks and a slick forms ."] == (D(2010, 4, 22),)
    assert days["The rig was drilling in BP 's Macondo project off Louisiana ."] == (
        D(2010, 4, 22),)
    assert days["A blowout preventer failed to activate on the sea floor ."] == (
        D(2010, 4, 22),)
    assert days["Oil companies have drilled in these deep waters for years ."] == ()


def test_summariser_covers_the_days_events_rather_than_repeating_one() -> None:
    day = "2011-03-01"
    articles = [
        _article(1, day, "Floods swept through the river valley near Riverton , destroying "
                 "hundreds of homes .", "Filler sentence about weather patterns in spring ."),
        _article(2, day, "Floods swept through the river valley near Riverton , destroying "
                 "many homes overnight .", "Filler sentence about history of the region ."),
        _article(3, day, "Rescue teams evacuated stranded families by helicopter from "
                 "rooftops .", "Filler sentence about local schools and roads ."),
        _article(4, day, "Rescue teams evacuated stranded families by boat from flooded "
                 "farms .", "Filler sentence about the regional economy this year ."),
    ]
    # no similarity penalty: only the coverage of the day's shared terms keeps the two
    # reports of the floods from both being picked
    settings = TopicTimelineSettings(lead_sentences=1, redundancy=0.0)
    collection = TopicCollection.from_articles(articles, settings)
    [entry] = collection.timeline(dates=1, per_date=2, start=D(2011, 3, 1), end=D(2011, 3, 1))
    assert sorted(s.split()[0] for s in entry.sentences) == ["Floods", "Rescue"]


def test_summariser_prefers_a_retrospective_account_of_the_day() -> None:
    articles = [
        _article(1, "2010-04-20", "Crews battled a fire on the drilling rig in the Gulf "
                 "through the night , officials reported .",
                 "Filler sentence about weather patterns in spring ."),
        _article(2, "2010-05-25", "The drilling rig exploded in the Gulf on April 20 , "
                 "killing eleven workers on board .",
                 "Filler sentence about history of the region ."),
        _article(3, "2010-05-10", "Filler sentence about local schools and roads .",
                 "Filler sentence about the regional economy ."),
    ]
    span = {"start": D(2010, 4, 20), "end": D(2010, 5, 25)}
    # written five weeks later, the explosion's account outweighs the day's own lead sentence
    [entry] = TopicCollection.from_articles(articles).timeline(dates=1, per_date=1, **span)
    assert entry.date == "2010-04-20"
    assert entry.sentences[0].startswith("The drilling rig exploded")
    plain = TopicTimelineSettings(retrospect_factor=TopicTimelineSettings().mention_factor)
    [entry] = TopicCollection.from_articles(articles, plain).timeline(dates=1, per_date=1,
                                                                      **span)
    assert entry.sentences[0].startswith("Crews battled")


def test_summariser_picks_the_most_cited_day_and_its_sentences() -> None:
    collection = TopicCollection.from_articles(ARTICLES)
    [entry] = collection.timeline(dates=1, per_date=2)
    assert entry.date == "2011-01-25"  # three later articles refer back to that Tuesday
    assert len(entry.sentences) == 2
    assert all("Tuesday" in s for s in entry.sentences)
    assert not any("Click" in s.text for s in collection.sentences)  # page furniture dropped
    assert entry.sources[0][0].startswith("a")


def test_summariser_span_is_respected_and_output_deterministic() -> None:
    collection = TopicCollection.from_articles(ARTICLES)
    entries = collection.timeline(dates=5, per_date=1, start=D(2011, 2, 1),
                                  end=D(2011, 2, 28))
    assert [e.date for e in entries] == ["2011-02-11"]  # the day after has no other sentence
    assert entries == TopicCollection.from_articles(ARTICLES[::-1]).timeline(
        dates=5, per_date=1, start=D(2011, 2, 1), end=D(2011, 2, 28))
    assert collection.timeline(dates=0, per_date=1) == []


# -- Timeline17 ---------------------------------------------------------------------------------

# Measured with `tieline eval timelines --data ../shared/data/t17` (see the README). The
# summariser's settings were chosen on these same 10 timelines, so this is a regression guard,
# not a held-out score (re-tuning the selection's redundancy, repeat weight, mention and
# retrospect factors and retrospect days leaving one topic out each time gives 0.151 / 0.043 /
# 0.683 on the left-out topics). The reference numbers are news-tls's on all 19 T17
# timelines, not this subset. Raise the floors when tieline gets better; never lower them.
ROUGE_1_FLOOR = 0.157  # measured 0.1582 (best published LLM system on all T17: 0.136)
ROUGE_2_FLOOR = 0.045  # measured 0.0459 (classical date-wise 0.035, LLM 0.044). Lowered
#   from 0.046 (measured 0.0465) in dates round 8: a sentence without a past form is read in
#   the present, so a month and day shortly ahead is the coming one ("proceedings commence
#   September 20th", told on 2011-07-26: 2011-09-20, no longer 2010-09-20); 97 T17 sentences
#   change reading, the same dates are chosen (date F1 0.6841 unchanged) and bpoil_bbc picks
#   other second sentences on 5 of its 48 days (R2 0.0531 -> 0.0472, the other nine
#   timelines within 0.0005). Not tuned back on T17: keeping such previews out of a day's
#   candidates restored 0.0461 but moved the timelines both ways, noise, not a rule.
DATE_F1_FLOOR = 0.683  # measured 0.6841 (0.6825 before a weekday with a month and day was
#                         read as one date, dates round 7; classical 0.544, LLM 0.576)


@pytest.mark.slow
def test_timeline17_floors(shared_data: Path) -> None:
    folder = shared_data / "t17"
    if not (folder / "timelines.jsonl").is_file():
        pytest.skip(f"Timeline17 not found in {shared_data}")
    scores = evaluate_topic_timelines(folder)
    assert len(scores.timelines) == 10
    assert {t.gold.topic for t in scores.timelines} == {"bpoil", "egypt", "h1n1", "mj"}
    assert scores.mean("rouge_1").f1 >= ROUGE_1_FLOOR, scores.summary()
    assert scores.mean("rouge_2").f1 >= ROUGE_2_FLOOR, scores.summary()
    assert scores.mean("dates").f1 >= DATE_F1_FLOOR, scores.summary()
