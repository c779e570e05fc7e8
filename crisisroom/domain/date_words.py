"""How each language writes days, months and dates: the one table the reports, the templates and the chart use.

Plain data, no locale: ``strftime``'s ``%a``/``%b`` follow the C library's locale, which is
English on most machines whatever the interface language is.
"""

from __future__ import annotations

from collections.abc import Mapping
from dataclasses import dataclass, field
from datetime import datetime

_DAYS = ("Monday", "Tuesday", "Wednesday", "Thursday", "Friday", "Saturday", "Sunday")
_MONTHS = (
    "January",
    "February",
    "March",
    "April",
    "May",
    "June",
    "July",
    "August",
    "September",
    "October",
    "November",
    "December",
)


@dataclass(frozen=True)
class DateWords:
    """How one language writes the dates and lists that filters put into a text.

    The patterns take ``clock`` (``14:30 CET``), ``day`` (the weekday as :attr:`days` gives it),
    ``d`` (day of the month), ``month`` and ``year``.
    """

    days: tuple[str, ...]
    months: tuple[str, ...]
    time_other_day: str  # style "time" when the day is not today's
    day: str  # style "day"
    date: str  # style "date"
    datetime: str  # style "datetime"
    conjunctions: Mapping[str, str]  # and_list's English conjunction → this language's
    # Report tables (crisisroom.reports.data.date_text): abbreviated names, no zone in the clock.
    short_days: tuple[str, ...] = ()
    short_months: tuple[str, ...] = ()
    # style → pattern: "stamp" (Sat 14 Mar 2026, 14:20), "row" (14 Mar 14:20), "long" (Saturday 14 March 2026)
    report: Mapping[str, str] = field(default_factory=dict)


DATE_WORDS: dict[str, DateWords] = {
    "en": DateWords(
        _DAYS,
        _MONTHS,
        "{clock} on {day} {d} {month}",
        "{day} {d} {month} at {clock}",
        "{d} {month} {year}",
        "{d} {month} {year}, {clock}",
        {"and": "and", "or": "or"},
        ("Mon", "Tue", "Wed", "Thu", "Fri", "Sat", "Sun"),
        ("Jan", "Feb", "Mar", "Apr", "May", "Jun", "Jul", "Aug", "Sep", "Oct", "Nov", "Dec"),
        {
            "stamp": "{sday} {d} {smonth} {year}, {clock}",
            "row": "{d} {smonth} {clock}",
            "long": "{day} {d} {month} {year}",
        },
    ),
    # Swedish: "söndagen den 22 november kl. 09:00 CET"; names of days and months in lower case.
    "sv": DateWords(
        ("måndagen", "tisdagen", "onsdagen", "torsdagen", "fredagen", "lördagen", "söndagen"),
        (
            "januari",
            "februari",
            "mars",
            "april",
            "maj",
            "juni",
            "juli",
            "augusti",
            "september",
            "oktober",
            "november",
            "december",
        ),
        "{clock} {day} den {d} {month}",
        "{day} den {d} {month} kl. {clock}",
        "{d} {month} {year}",
        "{d} {month} {year} kl. {clock}",
        {"and": "och", "or": "eller"},
        ("mån", "tis", "ons", "tors", "fre", "lör", "sön"),
        ("jan.", "feb.", "mars", "apr.", "maj", "juni", "juli", "aug.", "sep.", "okt.", "nov.", "dec."),
        {
            "stamp": "{sday} {d} {smonth} {year} kl. {clock}",
            "row": "{d} {smonth} {clock}",
            "long": "{day} den {d} {month} {year}",
        },
    ),
    # French: "le dimanche 22 novembre à 09:00 CET"; names of days and months in lower case.
    "fr": DateWords(
        ("lundi", "mardi", "mercredi", "jeudi", "vendredi", "samedi", "dimanche"),
        (
            "janvier",
            "février",
            "mars",
            "avril",
            "mai",
            "juin",
            "juillet",
            "août",
            "septembre",
            "octobre",
            "novembre",
            "décembre",
        ),
        "{clock} le {day} {d} {month}",
        "le {day} {d} {month} à {clock}",
        "{d} {month} {year}",
        "{d} {month} {year} à {clock}",
        {"and": "et", "or": "ou"},
        ("lun.", "mar.", "mer.", "jeu.", "ven.", "sam.", "dim."),
        ("janv.", "févr.", "mars", "avr.", "mai", "juin", "juil.", "août", "sept.", "oct.", "nov.", "déc."),
        {
            "stamp": "{sday} {d} {smonth} {year} à {clock}",
            "row": "{d} {smonth} {clock}",
            "long": "{day} {d} {month} {year}",
        },
    ),
}
"""By language code; a language without an entry writes dates in English."""


def short_day(moment: datetime, language: str) -> str:
    """``Sat 21 Nov``, ``lör 21 nov.``, ``sam. 21 nov.``: a day on an axis."""
    words = DATE_WORDS.get(language, DATE_WORDS["en"])
    return f"{words.short_days[moment.weekday()]} {moment.day} {words.short_months[moment.month - 1]}"
