"""Language detection offline, with mixed-language pages flagged rather than mislabelled."""

from __future__ import annotations

from tieline.annotate.language import detect_language

EN = ("Armenian Prime Minister Nikol Pashinyan has instructed all state agencies to restore "
      "ties with their Russian counterparts and participate in joint events.")
RU = ("Премьер-министр Армении Никол Пашинян поручил всем государственным ведомствам "
      "восстановить связи с российскими коллегами и участвовать в совместных мероприятиях.")
FR = ("Le Premier ministre arménien a demandé à toutes les administrations de rétablir les "
      "liens avec leurs homologues russes et de participer aux événements communs.")


def test_single_languages() -> None:
    assert detect_language(EN)[:2] == ("en", False)
    assert detect_language(RU)[:2] == ("ru", False)
    assert detect_language(FR)[:2] == ("fr", False)


def test_mixed_page_is_flagged_with_shares() -> None:
    lang, mixed, shares = detect_language("\n".join([EN, RU, EN]))
    assert lang == "en"
    assert mixed
    assert set(shares) == {"en", "ru"}
    assert abs(sum(shares.values()) - 1) < 0.01


def test_a_stray_foreign_line_does_not_make_a_page_mixed() -> None:
    lang, mixed, _ = detect_language("\n".join([EN] * 8 + ["Մատչելիության հղումներ"]))
    assert (lang, mixed) == ("en", False)


def test_empty_text_has_no_language() -> None:
    assert detect_language("") == (None, False, {})
