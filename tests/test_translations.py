"""A translation of a report is one source with it: fingerprints chained across languages."""

from __future__ import annotations

from itertools import permutations
from pathlib import Path

from tieline.analyze.stage import update_corpus
from tieline.analyze.stories import _chain, compare, dump, load, may_link, own_words, profile
from tieline.analyze.stories import sketch as story_sketch
from tieline.analyze.translations import (
    TRANSLATION_CHAIN,
    _entries,
    fingerprint,
    name_key,
    translated,
)
from tieline.annotate.extract import article_id, content_hash
from tieline.models import Article
from tieline.store import Store

REPORT = (
    "Kremlin spokesman Dmitry Peskov said on Tuesday, 14 March, that Moscow had sent 1,200 "
    "tonnes of grain to Armenia. Peskov added that Russia and Armenia signed 12 agreements in "
    "Yerevan in 2022, worth $350 million. Armenian Prime Minister Nikol Pashinyan thanked "
    "Vladimir Putin for the help. According to Peskov, a second convoy of 45 trucks will leave "
    "Rostov on 20 March. The Eurasian Economic Union approved the delivery in February, "
    "Alexei Overchuk told reporters.\n")
#: The same report in Russian.
TRANSLATION = (
    "Пресс-секретарь Кремля Дмитрий Песков заявил во вторник, 14 марта, что Москва отправила "
    "в Армению 1200 тонн зерна. Песков добавил, что Россия и Армения подписали 12 соглашений "
    "в Ереване в 2022 году на сумму 350 миллионов долларов. Премьер-министр Армении Никол "
    "Пашинян поблагодарил Владимира Путина за помощь. По словам Пескова, вторая колонна из 45 "
    "грузовиков выйдет из Ростова 20 марта. Евразийский экономический союз одобрил поставку в "
    "феврале, сообщил журналистам Алексей Оверчук.\n")
#: An independent Russian report of the same delivery: the same people and places, told in its
#: own order with facts of its own.
OWN_REPORT = (
    "В Ереване во вторник обсудили поставки зерна из России. Армянская сторона получила "
    "первую партию, сообщили в правительстве. Вице-премьер Мгер Григорян сказал, что груз "
    "прибыл 13 марта через Верхний Ларс, а следующий ожидается в начале апреля. По его "
    "данным, Армения ждет еще 3 колонны. Ранее Пашинян и Путин говорили о продовольственной "
    "безопасности в Москве. В Кремле, как заявил Дмитрий Песков, довольны сотрудничеством с "
    "Ереваном и Евразийским союзом.\n")


def _profile(article_id: str, text: str, lang: str | None, published: str = "2031-03-14"):
    return profile(article_id, text, published, f"{article_id}.example", article_id, lang=lang)


def test_names_meet_across_alphabets_and_spellings() -> None:
    for one, other in (("Peskov", "Песков"), ("Zakharova", "Zajárova"),
                       ("Yanukovych", "Ianukovici"),
                       ("Moscow", "Москва"), ("Moscou", "Moskva"), ("Tbilisi", "Тбилиси"),
                       ("Pashinyan", "Пашинян"), ("Kremlin", "Кремля")):
        assert name_key(one) == name_key(other) != "", (one, other)
    assert name_key("Peskov") != name_key("Putin")
    assert name_key("Yi") == ""  # (fewer than two consonants: tells nothing)


def test_dates_and_numbers_are_read_the_same_way_in_each_language() -> None:
    found = [_entries(t) for t in (
        "It passed on 14 May, with 1,500 votes; date 2024-05-14.",
        "Fue aprobada el 14 de mayo, con 1.500 votos; date 14.05.2024.",
        "Ustawę przyjęto 14 maja, 1 500 głosami; date 2024-05-14.",
        "It passed on May 14, with 1500 votes; date 14/05/2024.")]
    assert all(f == ["d05-14", "#1500", "d05-14"] for f in found), found
    assert _entries("x he may go in March and come back in may") == ["m03"]


def test_a_translation_chains_its_original_and_is_linked_as_one() -> None:
    en, ru = _profile("a-en", REPORT, "en"), _profile("b-ru", TRANSLATION, "ru")
    chain = _chain(en.fingerprint, ru.fingerprint)
    assert len(chain) >= TRANSLATION_CHAIN
    link = compare(en, ru)
    assert link is not None and link.kind == "translation" and link.score > 0
    assert compare(ru, en) == link


def test_an_independent_report_in_the_other_language_stays_apart() -> None:
    en, own = _profile("a-en", REPORT, "en"), _profile("c-ru", OWN_REPORT, "ru")
    ru = _profile("b-ru", TRANSLATION, "ru")
    assert len(_chain(en.fingerprint, own.fingerprint)) < TRANSLATION_CHAIN
    assert compare(en, own) is None
    assert compare(ru, own) is None  # (one language: the wording rules, and they keep it apart)


def test_only_pages_in_two_known_languages_are_compared_by_fingerprint() -> None:
    for a_lang, b_lang in (("ru", "ru"), (None, "ru"), ("en", None)):
        en, ru = _profile("a-en", REPORT, a_lang), _profile("b-ru", TRANSLATION, b_lang)
        assert compare(en, ru) is None, (a_lang, b_lang)


def test_a_translation_days_apart_from_its_original_is_another_report() -> None:
    en = _profile("a-en", REPORT, "en", "2031-03-14")
    ru = _profile("b-ru", TRANSLATION, "ru", "2031-03-24")
    assert compare(en, ru) is None


def test_a_sketch_never_rules_out_a_translation() -> None:
    en, ru = _profile("a-en", REPORT, "en"), _profile("b-ru", TRANSLATION, "ru")
    others = [(story_sketch(ru), ru.published, ru.content_hash)]
    assert may_link(en, others, [ru.lang]) == [True]
    assert may_link(en, others, ["en"]) == [False]  # (one language: wording alone, and none)


def test_the_fingerprint_is_kept_in_the_stored_profile() -> None:
    en = _profile("a-en", REPORT, "en")
    again = load(dump(en), "a-en", en.published, en.outlet, en.content_hash, lang="en")
    assert again is not None and again.fingerprint.tolist() == en.fingerprint.tolist()
    assert again.lang == "en"
    assert fingerprint(own_words(REPORT)).tolist() == en.fingerprint.tolist()


def test_a_short_or_sparse_chain_scores_nothing() -> None:
    dense = [(i, i) for i in range(TRANSLATION_CHAIN)]
    assert translated(dense, TRANSLATION_CHAIN, TRANSLATION_CHAIN + 2) == 1.0
    assert translated(dense[:-1], TRANSLATION_CHAIN, TRANSLATION_CHAIN) == 0.0
    scattered = [(i, 4 * i) for i in range(TRANSLATION_CHAIN)]  # (a quarter of its stretch)
    assert translated(scattered, TRANSLATION_CHAIN, 4 * TRANSLATION_CHAIN) == 0.0
    assert translated(dense, 4 * TRANSLATION_CHAIN, 4 * TRANSLATION_CHAIN) == 0.0  # (a quarter)


def _article(name: str, text: str, lang: str, published: str | None) -> Article:
    url = f"https://{name}.example/news"
    return Article(id=article_id(text, url), origin=name, text=text,
                   content_hash=content_hash(text), url=url, outlet=f"{name}.example",
                   published=published, lang=lang, words=len(text.split()))


PAGES = [("report", REPORT, "en", "2031-03-14"), ("translation", TRANSLATION, "ru", None),
         ("own", OWN_REPORT, "ru", "2031-03-14")]


def test_the_store_groups_a_translation_with_its_original_in_any_order(tmp_path: Path) -> None:
    for n, order in enumerate(permutations(range(len(PAGES)))):
        with Store(tmp_path / f"{n}.db") as store:
            for k in order:
                store.add_articles(store.start_run([]), [_article(*PAGES[k])])
                update_corpus(store)
            found = {a.origin: a for a in store.articles(False, None, 0)}
            kinds = {r[0] for r in store.conn.execute("SELECT kind FROM story_links")}
        report, translation, own = found["report"], found["translation"], found["own"]
        assert translation.story_id == report.story_id == report.id, order
        assert translation.copy_of == translation.translation_of == report.id
        assert own.story_id == own.id and own.copy_of is None, order
        assert report.translation_of is None and kinds == {"translation"}
        assert translation.to_dict()["translation_of"] == report.id
