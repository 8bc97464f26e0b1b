"""A GDELT 2.0-compatible events table: tieline's events as CAMEO-coded rows.

Each event becomes one row of GDELT 2.0's 61 event columns (:data:`GDELT_COLUMNS`), so scripts
written for GDELT's ``*.export.CSV`` files run on a user's own corpus, followed by two columns
of tieline's own (:data:`EXTRA_COLUMNS`): how the row was dated, and how precisely. SQLDATE is
always filled, as in GDELT: with the event's date when the text gives one, else (as GDELT
does for every row) with the publication date of its article; an event with neither is left
out and counted (:func:`skip_reason`). The CAMEO event code
comes from tieline's own table (``kb/data/cameo.yaml``) by PLOVER type, mode, context and
status; actor codes are CAMEO-style country + type (``ARMGOV``) or ``IGO`` + known group;
GoldsteinScale is tieline's intensity (−10..+10); NumArticles, NumSources and NumMentions
come from the event's reports, independent sources and evidence. Every column is documented
in docs/export.md.
"""

from __future__ import annotations

import hashlib
import re
from collections.abc import Callable
from dataclasses import dataclass
from datetime import date, datetime
from functools import lru_cache
from importlib import resources
from typing import TYPE_CHECKING, Any

import yaml

from .models import ActorRef, Event, Evidence

if TYPE_CHECKING:
    from .kb import KnowledgeBase

_ACTOR = ("Code", "Name", "CountryCode", "KnownGroupCode", "EthnicCode", "Religion1Code",
          "Religion2Code", "Type1Code", "Type2Code", "Type3Code")
_GEO = ("Type", "FullName", "CountryCode", "ADM1Code", "ADM2Code", "Lat", "Long", "FeatureID")

#: GDELT 2.0 event table columns, in file order (tab-separated, no header line), spelt as in
#: GDELT's header files and BigQuery tables.
GDELT_COLUMNS: tuple[str, ...] = (
    ("GLOBALEVENTID", "SQLDATE", "MonthYear", "Year", "FractionDate")
    + tuple(f"Actor1{c}" for c in _ACTOR) + tuple(f"Actor2{c}" for c in _ACTOR)
    + ("IsRootEvent", "EventCode", "EventBaseCode", "EventRootCode", "QuadClass",
       "GoldsteinScale", "NumMentions", "NumSources", "NumArticles", "AvgTone")
    + tuple(f"Actor1Geo_{c}" for c in _GEO) + tuple(f"Actor2Geo_{c}" for c in _GEO)
    + tuple(f"ActionGeo_{c}" for c in _GEO) + ("DATEADDED", "SOURCEURL"))
#: tieline's own columns after GDELT's: ``DateBasis`` text | newsday | neighbours-year |
#: publication |
#: publication_undated (the event is undated; SQLDATE is its article's publication day, as
#: GDELT dates every row),
#: ``DatePrecision`` day | month | year (SQLDATE is then the first day of that month or year).
EXTRA_COLUMNS: tuple[str, ...] = ("DateBasis", "DatePrecision")
#: The bases of an event's date a row keeps as they are: dates its own words do not give
#: (the rest, "text" and "narrative", are the text's: ``DateBasis`` text).
_OWN_BASES = frozenset({"newsday", "neighbours-year", "publication"})
COLUMNS: tuple[str, ...] = GDELT_COLUMNS + EXTRA_COLUMNS

#: Column types of :func:`tieline.export.gdelt_frame` (the rest are strings; CAMEO codes stay
#: strings so that "042" keeps its zero).
INT_COLUMNS = frozenset({"GLOBALEVENTID", "SQLDATE", "MonthYear", "Year", "IsRootEvent",
                         "QuadClass", "NumMentions", "NumSources", "NumArticles", "DATEADDED",
                         "Actor1Geo_Type", "Actor2Geo_Type", "ActionGeo_Type"})
FLOAT_COLUMNS = frozenset({"FractionDate", "GoldsteinScale", "AvgTone", "Actor1Geo_Lat",
                           "Actor1Geo_Long", "Actor2Geo_Lat", "Actor2Geo_Long", "ActionGeo_Lat",
                           "ActionGeo_Long"})
NO_CODE = "no CAMEO code (a hypothetical act, or a denied act that is not a refusal)"
NO_DATE = "no date (the text gives none and its articles have no publication date)"

LEAD_CHARS = 600  # an event is a "root event" when reported this early in its article's lead
_HEX = re.compile(r"[0-9a-f]{15,}")


@dataclass(frozen=True)
class CameoCodes:
    """tieline's CAMEO tables (kb/data/cameo.yaml)."""

    reported: dict[str, str]
    intent: dict[str, str]
    refusal: dict[str, str]
    quad_classes: dict[str, int]  # root code → 1..4
    sectors: dict[str, str]
    known_groups: dict[str, str]
    differs_from_crosswalk: dict[str, str]


@lru_cache(maxsize=1)
def cameo_codes() -> CameoCodes:
    """Load tieline's CAMEO tables once."""
    path = resources.files("tieline.kb") / "data" / "cameo.yaml"
    data: dict[str, Any] = yaml.safe_load(path.read_text(encoding="utf-8"))
    quads = {root: int(quad) for quad, roots in data["quad_classes"].items() for root in roots}
    return CameoCodes(reported=data["reported"], intent=data["intent"],
                      refusal=data["refusal"], quad_classes=quads, sectors=data["sectors"],
                      known_groups=data["known_groups"],
                      differs_from_crosswalk=data["differs_from_crosswalk"])


@dataclass(frozen=True)
class ArticleFacts:
    """What a GDELT row needs of an event's article."""

    published: str | None
    copy_of: str | None
    lead_end: int  # where the article's lead (first paragraph, at most LEAD_CHARS) ends


def lead_end(text: str) -> int:
    """Return the end offset of *text*'s lead: its first paragraph, at most LEAD_CHARS."""
    stripped = len(text) - len(text.lstrip())
    newline = text.find("\n", stripped)
    end = len(text) if newline < 0 else newline
    return min(end, stripped + LEAD_CHARS)


def _lookup(table: dict[str, str], event: Event) -> str | None:
    keys = [f"{event.type}:{event.mode}/{c}" for c in event.context if event.mode]
    keys += [f"{event.type}:{event.mode}"] if event.mode else []
    keys += [f"{event.type}/{c}" for c in event.context] + [event.type]
    return next((table[k] for k in keys if k in table), None)


def section(event: Event) -> str | None:
    """Return which table codes *event*: "reported", "intent" or "refusal"; None when CAMEO
    has no event for it (a hypothetical act, a negated act that is not a refusal)."""
    from .annotate.events import plover_type

    if event.status == "hypothetical":
        return None
    coded = plover_type(event)
    if coded == event.type:
        return None if event.status == "negated" else "reported"
    return "refusal" if coded == "REJECT" else "intent"


def event_code(event: Event, codes: CameoCodes | None = None) -> str | None:
    """Return the CAMEO event code of *event*, or None when it has none."""
    codes = codes or cameo_codes()
    chosen = section(event)
    if chosen is None:
        return None
    table: dict[str, str] = getattr(codes, chosen)
    return _lookup(table, event)


def actor_columns(ref: ActorRef | None, kb: KnowledgeBase | None,
                  codes: CameoCodes | None = None) -> list[str]:
    """Return the ten GDELT actor columns of *ref* (all empty for no actor).

    A country is its code (ARM); an organisation, or a person speaking for one, is IGO and its
    known group code (IGOEEC), CountryCode empty; anyone else is country + type (ARMGOV).
    """
    if ref is None:
        return [""] * len(_ACTOR)
    codes = codes or cameo_codes()
    actor = kb.get(ref.id) if kb is not None and ref.id else None
    group = _known_group(ref, kb, codes)
    if (ref.kind or (actor.kind if actor else None)) == "country":
        country, role, code = ref.country or ref.id or "", "", ref.country or ref.id or ""
    elif group or ref.sector == "IGO" or (actor is not None and actor.organization):
        country, role, code = "", "IGO", "IGO" + group
    else:
        country, role = ref.country or "", codes.sectors.get(ref.sector or "", "")
        code = country + role
    return [code, ref.name.upper(), country, group, "", "", "", role, "", ""]


def _known_group(ref: ActorRef, kb: KnowledgeBase | None, codes: CameoCodes) -> str:
    """Return the known group code of the organisation *ref* is or speaks for."""
    if ref.id is None:
        return ""
    org = ref.id
    if kb is not None:
        actor = kb.get(ref.id)
        if actor is not None and actor.kind == "person":
            org = actor.organization or ""
        org = kb.top(org) if org else ""
    return codes.known_groups.get(org, "")


def global_event_id(event_id: str) -> int:
    """Return a GDELT-style integer id for a tieline event id (stable, fits int64)."""
    if _HEX.fullmatch(event_id):
        return int(event_id[:15], 16)
    return int.from_bytes(hashlib.blake2b(event_id.encode(), digest_size=7).digest(), "big")


def _dates(value: str | None) -> list[str]:
    """SQLDATE, MonthYear, Year, FractionDate of an event date at any precision (its first
    day); all empty when undated."""
    try:
        parts = [int(p) for p in (value or "").split("-")]
        day = date(parts[0], *(parts[1:] + [1, 1])[:2])
    except (ValueError, TypeError):  # undated, or a malformed date kept as written
        return ["", "", "", ""]
    days = (date(day.year + 1, 1, 1) - date(day.year, 1, 1)).days
    fraction = day.year + (day.timetuple().tm_yday - 1) / days
    return [day.strftime("%Y%m%d"), day.strftime("%Y%m"), str(day.year), f"{fraction:.4f}"]


def dating(event: Event, facts: Callable[[str], ArticleFacts | None]
           ) -> tuple[str, str, str] | None:
    """Return (date, basis, precision) for the row of *event*: its own date, else the earliest
    publication day of the articles reporting it; None when there is neither."""
    if event.date and _dates(event.date)[0]:
        basis = event.date_basis if event.date_basis in _OWN_BASES else "text"
        return event.date, basis, event.date_precision or _precision(event.date)
    days = sorted(found.published[:10] for ev in event.evidence
                  if (found := facts(ev.article_id)) is not None and found.published
                  and _dates(found.published[:10])[0])
    return (days[0], "publication_undated", "day") if days else None


def _precision(value: str) -> str:
    return {1: "year", 2: "month"}.get(value.count("-") + 1, "day")


def skip_reason(event: Event, facts: Callable[[str], ArticleFacts | None],
                codes: CameoCodes | None = None) -> str | None:
    """Return why *event* has no GDELT row (:data:`NO_CODE`, :data:`NO_DATE`), None if it has."""
    if event_code(event, codes) is None:
        return NO_CODE
    return NO_DATE if dating(event, facts) is None else None


def _date_added(published: str | None) -> str:
    if not published:
        return ""
    try:
        moment = datetime.fromisoformat(published.replace("Z", "+00:00"))
    except ValueError:
        return ""
    return moment.strftime("%Y%m%d%H%M%S")


def best_evidence(event: Event, facts: Callable[[str], ArticleFacts | None]) -> Evidence | None:
    """Return the evidence to cite: an original article's (not a copy's) with a URL first."""
    def rank(ev: Evidence) -> tuple[bool, bool]:
        found = facts(ev.article_id)
        return (ev.url is None, found is None or found.copy_of is not None)

    return min(event.evidence, key=rank, default=None)


def _number(value: float) -> str:
    return f"{value:g}"


def gdelt_row(event: Event, facts: Callable[[str], ArticleFacts | None],
              kb: KnowledgeBase | None, codes: CameoCodes | None = None) -> list[str] | None:
    """Return *event* as the 61 GDELT values and tieline's 2 (strings, "" for none), or None
    when it has no row (see :func:`skip_reason`)."""
    codes = codes or cameo_codes()
    code = event_code(event, codes)
    dated = dating(event, facts)
    if code is None or dated is None:
        return None
    day, basis, precision = dated
    cited = best_evidence(event, facts)
    cited_facts = facts(cited.article_id) if cited else None
    mentions = max(len(event.evidence), event.reports)
    return ([str(global_event_id(event.id)), *_dates(day)]
            + actor_columns(event.source, kb, codes) + actor_columns(event.target, kb, codes)
            + [str(int(_in_lead(event, facts))), code, code[:3], code[:2],
               str(codes.quad_classes.get(code[:2], "")), _number(event.intensity),
               str(mentions), str(event.independent_sources), str(event.reports), ""]
            + [""] * (3 * len(_GEO))
            + [_date_added(cited_facts.published if cited_facts else None),
               (cited.url or "") if cited else "", basis, precision])


def _in_lead(event: Event, facts: Callable[[str], ArticleFacts | None]) -> bool:
    """Say whether a sentence reporting *event* starts in its article's lead (a title is
    its lead's first line)."""
    for ev in event.evidence:
        found = facts(ev.article_id)
        if found is not None and (ev.in_title or ev.start < found.lead_end):
            return True
    return False
