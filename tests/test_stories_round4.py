"""Stories, round 4: versions of one text in other wording or another language are grouped by
the names and numbers they keep in the same order (anchors); reports of one statement with
their own leads are not. Texts are written for these tests."""

from __future__ import annotations

import hashlib
from itertools import permutations
from pathlib import Path

import pytest
from hypothesis import HealthCheck, given, settings
from hypothesis import strategies as st

from tieline.analyze.stage import update_corpus
from tieline.analyze.stories import (
    ANCHOR_CHAIN,
    anchor_keys,
    anchored,
    anchors,
    compare,
    may_link,
    own_words,
    profile,
    sketch,
)
from tieline.annotate.extract import article_id, content_hash
from tieline.models import Article
from tieline.store import Store


def _profile(i: str, text: str, published: str | None = "2031-03-12") -> object:
    return profile(i, text, published, i, hashlib.sha1(text.encode()).hexdigest())


# A wire report and a translation of it: other words, the same names and numbers in order.
WIRE = (
    "Coast guards of Estrania seized 14 trawlers near Kessel on Tuesday, and Foreign Minister "
    "Anton Reyes summoned the envoy of Norvia, Piet Halvorsen, over the 230 crew held in "
    "Dalen. Admiral Greta Holm of Norvia said the boats had crossed the line drawn in 2019 "
    "under the Lund accord. Talks led by Ilse Brandt and Tomas Okafor are due in Zerbst on "
    "28 March, with observers from Osterholt. Trade between Estrania and Norvia fell 37 percent "
    "last year to 4,500 million, the economist Jana Petrova of Varnhagen said. President Mara "
    "Koval will visit Quellin on 2 April with her adviser Lukas Ferreira, before a summit in "
    "Aldenburg in 2032 chaired by Sven Dahl.")
TRANSLATION = (
    "Los guardacostas de Estrania incautaron 14 arrastreros cerca de Kessel el martes, y el "
    "ministro de Exteriores Anton Reyes convocó al enviado de Norvia, Piet Halvorsen, por los "
    "230 tripulantes retenidos en Dalen. La almirante Greta Holm de Norvia dijo que los barcos "
    "habían cruzado la línea trazada en 2019 bajo el acuerdo de Lund. Las conversaciones "
    "dirigidas por Ilse Brandt y Tomas Okafor están previstas en Zerbst el 28 de marzo, con "
    "observadores de Osterholt. El comercio entre Estrania y Norvia cayó un 37 por ciento el año "
    "pasado hasta 4.500 millones, dijo la economista Jana Petrova de Varnhagen. La presidenta "
    "Mara Koval visitará Quellin el 2 de abril con su asesor Lukas Ferreira, antes de una "
    "cumbre en Aldenburg en 2032 presidida por Sven Dahl.")


def test_a_translation_keeps_the_names_and_numbers_in_order_and_is_one_story() -> None:
    wire, translation = _profile("a", WIRE), _profile("b", TRANSLATION)
    assert compare(wire, translation) is not None  # (no wording shared: anchors alone)
    assert len(set(anchor_keys(wire)) & set(anchor_keys(translation))) >= 8  # a candidate
    assert may_link(wire, [(sketch(translation), "2031-03-12", "other")]) == [True]
    # a translation published a month later tells of other days: not this one's version
    assert compare(wire, _profile("c", TRANSLATION, "2031-04-20")) is None


def test_the_same_names_in_another_order_are_not_a_version_of_the_text() -> None:
    sentences = [s for s in TRANSLATION.split(". ") if s]
    shuffled = ". ".join(sentences[::-1])  # (every anchor kept, the facts told backwards)
    assert not anchored(_profile("a", WIRE), _profile("b", shuffled))


NAMES = (
    "Albrecht", "Barlow", "Cassini", "Delmont", "Everton", "Falkner", "Gunnarson", "Hollis",
    "Ingram", "Jarvik", "Kestrel", "Lindqvist", "Marlowe", "Norberg", "Oakhurst",
    "Pellegrini", "Quimby", "Rasmussen", "Stroud", "Thackeray", "Ulbricht", "Vasquez",
    "Whitlock", "Yardley")
OTHERS = (
    "Abbott", "Bishop", "Crowley", "Dunmore", "Ellery", "Fenwick", "Griffith", "Hartley",
    "Irving", "Jenner", "Kirkland", "Lockwood", "Mercer", "Nesbitt", "Ormond", "Prescott",
    "Quayle", "Radcliffe", "Sinclair", "Tolliver", "Upton", "Vaughan", "Winslow", "Yeager")


def test_names_spread_thin_over_a_long_text_are_not_a_version_of_a_short_one() -> None:
    short = "The panel heard " + ", ".join(NAMES) + " on the first day."
    spread = " ".join(f"The panel heard {name}, then {other} and {k + 10} others."
                      for k, (name, other) in enumerate(zip(NAMES, OTHERS, strict=True)))
    dense = " ".join(f"The panel heard {name} again." for name in NAMES)
    assert not anchored(_profile("a", short), _profile("b", spread))
    assert anchored(_profile("a", short), _profile("b", dense)) == 1.0


# Two reports of one briefing: the same statement quoted, each with its own lead and facts.
STATEMENT = ("We have detained 14 trawlers from Estrania and their 230 crew near Kessel, and "
             "Admiral Greta Holm will brief Anton Reyes, Piet Halvorsen, Ilse Brandt, Tomas "
             "Okafor, Jana Petrova, Mara Koval, Lukas Ferreira and Sven Dahl in Zerbst on 28 "
             "March, as the Lund accord of 2019 requires")
ONE = (f'Norvia defended the seizures on Wednesday. "{STATEMENT}," a navy spokesman told '
       "reporters in Dalen, adding that the boats would stay in port. Fishermen in Osterholt "
       "said prices for cod had doubled since the weekend.")
TWO = (f'Opposition lawmakers in Estrania demanded a debate. “{STATEMENT},” the navy of '
       "Norvia said in a statement. Unions in Quellin and Aldenburg called a strike for "
       "Friday, and the economist Marta Solis of Varnhagen warned of losses.")


def test_two_reports_quoting_one_statement_with_their_own_leads_are_not_grouped() -> None:
    one, two = _profile("a", ONE), _profile("b", TWO)
    assert STATEMENT.split(",")[0] not in own_words(ONE)  # (the statement is cut)
    assert compare(one, two) is None
    assert not anchored(one, two)


# A teaser: the first two paragraphs of a page, with the outlet's furniture around them.
FULL = (WIRE + "\n\nThe ministry in Estrania said the crews were safe and that consular staff "
        "had visited them. Fishing unions in both countries asked for the boats to be freed "
        "before the season opens, and insurers said the losses could reach several million.")
TEASER = ("Subscribe to our newsletter | Menu\n\n" + WIRE.split(". Talks")[0]
          + ".\n\nRead the full story on our partner's site. Share this article.")


def test_a_teaser_is_grouped_with_its_full_text() -> None:
    link = compare(_profile("a", FULL), _profile("b", TEASER, None))
    assert link is not None and link.kind == "copy"


def test_anchors_skip_the_words_that_open_sentences_and_spell_cyrillic_in_latin() -> None:
    english = anchors("Sergei Lavrov met the envoy in Tbilisi. Talks on 14 June followed.")
    russian = anchors("Во вторник Сергей Лавров встретился с послом в Тбилиси 14 июня.")
    assert len(english) == 4  # Lavrov, Tbilisi, 14, June ('Sergei', 'Talks' open sentences)
    assert len(set(english.tolist()) & set(russian.tolist())) == 3  # Lavrov, Tbilisi, 14
    assert len(anchors("The 2 ministers met. 1,500 troops and 1.500 more left.")) == 1


def test_an_article_with_too_few_anchors_to_chain_has_no_anchor_keys() -> None:
    assert len(_profile("a", WIRE).anchors) >= ANCHOR_CHAIN  # type: ignore[attr-defined]
    assert anchor_keys(_profile("b", "A short note on the weather in Kessel.")) == []


def _article(i: str, text: str, published: str | None) -> Article:
    url = f"https://example.org/{i}"
    return Article(id=article_id(text, url), origin=i, text=text, content_hash=content_hash(text),
                   url=url, outlet=i, published=published, words=len(text.split()))


ARTICLES = [("wire", WIRE, "2031-03-12"), ("translation", TRANSLATION, None),
            ("one", ONE, "2031-03-13"), ("two", TWO, "2031-03-13"),
            ("teaser", TEASER, "2031-03-12"), ("full", FULL, "2031-03-12")]


def _stories(path: Path, order: tuple[int, ...], batch: int) -> set[frozenset[str]]:
    items = [_article(*ARTICLES[k]) for k in order]
    with Store(path) as store:
        for start in range(0, len(items), batch):
            store.add_articles(store.start_run([]), items[start:start + batch])
            update_corpus(store)
        rows = store.conn.execute("SELECT origin, story_id FROM articles").fetchall()
    groups: dict[str, set[str]] = {}
    for origin, story in rows:
        groups.setdefault(story, set()).add(origin)
    return {frozenset(g) for g in groups.values()}


def test_versions_of_one_text_are_one_story_and_the_two_reports_stand_alone(
        tmp_path: Path) -> None:
    assert _stories(tmp_path / "all.db", tuple(range(len(ARTICLES))), len(ARTICLES)) == {
        frozenset({"wire", "translation", "teaser", "full"}), frozenset({"one"}),
        frozenset({"two"})}


@settings(max_examples=8, deadline=None,
          suppress_health_check=[HealthCheck.function_scoped_fixture])
@given(order=st.permutations(range(len(ARTICLES))), batch=st.integers(1, len(ARTICLES)))
def test_the_order_of_ingest_does_not_change_the_stories(
        tmp_path: Path, order: list[int], batch: int) -> None:
    name = "".join(map(str, order)) + f"-{batch}"
    assert _stories(tmp_path / f"{name}.db", tuple(order), batch) == _stories(
        tmp_path / f"ref-{name}.db", tuple(range(len(ARTICLES))), len(ARTICLES))


@pytest.mark.parametrize("pair", list(permutations(["wire", "translation"])))
def test_compare_is_symmetric_on_anchors(pair: tuple[str, str]) -> None:
    texts = {"wire": WIRE, "translation": TRANSLATION}
    a, b = (_profile(n, texts[n]) for n in pair)
    link = compare(a, b)
    assert link is not None and (link.a, link.b) == ("translation", "wire")
