"""The scores of a news set as a few lines of text."""

from __future__ import annotations

from typing import TYPE_CHECKING

if TYPE_CHECKING:  # (news.py re-exports summary)
    from .news import NewsScores


def summary(s: NewsScores) -> str:
    """Return the scores as a few lines of text."""
    a, st, ev = s.articles, s.stories, s.events
    lines = [f"news set {s.set}: {a['stored']} of {a['pages']} pages stored, language right "
             f"{a['lang_right']}/{a['lang_total']}"]
    if s.page_dates:
        p = s.page_dates
        lines.append(f"  page dates (withheld): dated {p['dated']}/{p['pages_with_date']} "
                     f"({p['share_dated']}), right {p['right']}/{p['dated']} ({p['share_right']})"
                     f"; {len(p['undated_pages_dated'])} pages the gold leaves undated were dated"
                     "; by basis: " + (", ".join(f"{k} {v}" for k, v in p["by_basis"].items())
                                       or "-"))
    lines += [
        f"  stories: family pair recall {st['family_pairs_grouped']}/{st['family_pairs']} "
        f"({st['pair_recall']}; across languages {st['family_pairs_across_languages_grouped']}"
        f"/{st['family_pairs_across_languages']}), distinct pairs grouped {st['distinct_grouped']}/"
        f"{st['distinct_pairs']}, wrong groups {st['wrong_groups']}",
        f"  events: recall strict {ev['found_strict']}/{ev['gold']} ({ev['recall_strict']}), "
        f"lenient {ev['found_lenient']}/{ev['gold']} ({ev['recall_lenient']})",
        f"  dates of found: right {ev['dated_right']} ({ev['share_dated_right']}), wrong "
        f"{ev['dated_wrong']} ({ev['share_dated_wrong']}), coarse {ev['dated_coarse']}, "
        f"undated {ev['undated']}; by basis: "
        + (", ".join(f"{k.replace('_', ' ')} {v}" for k, v in ev["dated_by_basis"].items())
           or "-"),
        f"  status right {ev['status_right']}/{ev['found_strict']}; independent sources right "
        f"{ev['sources_right']}/{ev['multi_family_found']} multi-family events "
        f"({ev['sources_right_coded']}/{ev['multi_family_coded']} of those coded in every "
        f"family's text); wrong merges {ev['wrong_merges']}",
        "  families not counted: " + (", ".join(f"{k} {v}" for k, v in
                                                ev["sources_missed_by"].items()) or "-")
        + f"; matches holding stories beyond the gold's {ev['sources_over']}",
        f"  coded in every family's text and counted wrong "
        f"{ev['multi_family_coded'] - ev['sources_right_coded']}, by why (an event under each "
        "of its reasons): " + (", ".join(f"{k} {v}" for k, v in
                                         ev["sources_wrong_coded_by"].items()) or "-"),
        f"  English families only (events are read in English): independent sources right "
        f"{ev['sources_right_english']}/{ev['multi_family_english']} events stated by several "
        f"families with an English page; {ev['families_not_english']} families with none "
        "(why not counted: " + (", ".join(f"{k} {v}" for k, v in
                                          ev["sources_missed_not_english"].items()) or "-")
        + ")",
        f"  events with both sides {ev['with_both_sides']}/{ev['events']} "
        f"({ev['share_both_sides']})",
    ]
    return "\n".join(lines)
