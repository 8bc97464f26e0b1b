"""A page's creation time written in its address as a Unix timestamp, where the page agrees.

Some publishing systems name a page by the second it was created: ``.../tbilisi-1684491511.html``
is 19 May 2023, 10:18 UTC. But a page's number is as often an article id of ten digits
(``/1608973259/slug``, ``...-1503140989.html``) that reads as some day of the last twenty
years by chance. So a timestamp dates the page only when the page's own month says the same:
the month stamp its text opens with (" date 2023-05") or a year and month in its address
(``/2023/05/``). An id falls in the page's month about once in 240 ids; a timestamp always
does. The day is the timestamp's day in UTC (the time zone of a Unix time).

Of the addresses of the shared data (news sets, Timeline17, the extraction benchmark), eleven
hold such a number: four are timestamps (rbc.ua, confirmed by its month stamp; one whose
address also states the day; two on pages with no month to confirm them, left undated) and
seven are sites' ids (err.ee and menafn.com, whose month stamps say another month;
thestatesman.com, indiewire and gizmodo, whose month is absent or another): the rule takes
the one new timestamp and none of the ids (docs/analysis.md, undated round 18).
"""

from __future__ import annotations

import datetime as dt
import re

__all__ = ["epoch_day"]

#: Ten digits (seconds) or thirteen (milliseconds) between non-digits: a Unix time of
#: 2001-09-09 or later (a shorter number is a count, not a time).
_EPOCH = re.compile(r"(?<![\d])(?P<s>1\d{9})(?P<ms>\d{3})?(?![\d])")
_MONTH_STAMP = re.compile(r"^\s*date\s+(?P<y>(?:19|20)\d\d)-(?P<m>[01]\d)\b(?!-)", re.I)
_URL_MONTH = re.compile(r"(?<![0-9])(?P<y>(?:19|20)\d\d)[/_-](?P<m>[01]\d)(?:/|$)")


def epoch_day(url: str | None, text: str, last: dt.date) -> tuple[dt.date, str] | None:
    """Return the day of a Unix timestamp in *url*'s path and the digits it was read from,
    when the page's own month (its month stamp, else its address's year and month) is that
    day's month and the day is not after *last*; else None."""
    if not url:
        return None
    month = _page_month(text, url)
    if month is None:
        return None
    path = re.sub(r"^[a-z]+://[^/]+", "", url, flags=re.I)
    for m in _EPOCH.finditer(path):
        day = dt.datetime.fromtimestamp(int(m["s"]), dt.UTC).date()
        if (day.year, day.month) == month and day <= last:
            return day, m.group(0)
    return None


def _page_month(text: str, url: str) -> tuple[int, int] | None:
    """Return the year and month the page's month stamp, else its address, states."""
    stamp = _MONTH_STAMP.match(text)
    if stamp is None:
        stamp = _URL_MONTH.search(re.sub(r"^[a-z]+://[^/]+", "", url, flags=re.I))
    if stamp is None or not 1 <= int(stamp["m"]) <= 12:
        return None
    return int(stamp["y"]), int(stamp["m"])
