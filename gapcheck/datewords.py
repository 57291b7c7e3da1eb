"""The words dates are written with, in the languages resumes come in: month names, "present", "since".

The date patterns (``dates.py``) are built from these pieces; a ``{g}`` in a piece names its groups.
"""

from __future__ import annotations

import re

MONTH_NAMES = {
    "jan": 1, "feb": 2, "mar": 3, "apr": 4, "may": 5, "jun": 6, "jul": 7, "aug": 8, "sep": 9, "oct": 10,
    "nov": 11, "dec": 12,
    # Spanish, French, German, Portuguese, Italian, Dutch and Scandinavian names start with these (the pattern
    # lists them written out)
    "ene": 1, "fev": 2, "fév": 2, "abr": 4, "mai": 5, "ago": 8, "set": 9, "okt": 10, "dez": 12, "dic": 12,
    "mär": 3, "maerz": 3, "janv": 1, "févr": 2, "avr": 4, "juin": 6, "juil": 7, "août": 8, "aout": 8, "sept": 9,
    "déc": 12, "out": 10, "gen": 1, "mag": 5, "giu": 6, "lug": 7, "ott": 10, "mei": 5, "maa": 3, "maj": 5,
    # Turkish month names, written out (their short forms are common words elsewhere)
    "ocak": 1, "şubat": 2, "mart": 3, "nisan": 4, "mayıs": 5, "haziran": 6, "temmuz": 7, "ağustos": 8,
    "eylül": 9, "ekim": 10, "kasım": 11, "aralık": 12,
    # Russian (and Ukrainian-like) names and their short forms, in any case ending ("января", "в мае")
    "янв": 1, "фев": 2, "мар": 3, "апр": 4, "май": 5, "мая": 5, "мае": 5, "июн": 6, "июл": 7, "авг": 8, "сен": 9,
    "окт": 10, "ноя": 11, "дек": 12,
}  # fmt: skip
"""The first letters of month names (a name is looked up by its first five, four, then three letters)."""

MONTH = (
    r"(?P<{g}m>jan(?:uary|uari|uar|vier|eiro|v)?|feb(?:ruary|ruari|ruar|rero|braio)?|f[eé]v(?:rier|ereiro|r)?|"
    r"gen(?:naio)?|mar(?:ch|zo|s|ço)?|m[äa]rz|maerz|maart|apr(?:il|ile)?|a[bv]r(?:il)?|mayo?|maio?|mei|maj|"
    r"mag(?:gio)?|jun(?:e|io|ho|i)?|juin|giu(?:gno)?|jul(?:y|io|ho|i)?|juil(?:let)?|lug(?:lio)?|"
    r"aug(?:ust(?:us|i)?)?|ao[uû]t|ago(?:sto)?|sep(?:t(?:ember|iembre|embre)?)?|set(?:iembre|embro|tembre)|"
    r"oct(?:ober|ubre|obre)?|okt(?:ober)?|outubro|ott(?:obre)?|nov(?:ember|iembre|embre|embro)?|"
    r"dec(?:ember|embre)?|d[ée]c(?:embre)?|dic(?:iembre|embre)?|dez(?:ember|embro)?|"
    r"ene(?:ro)?|ocak|şubat|mart|nisan|mayıs|haziran|temmuz|ağustos|eylül|ekim|kasım|aralık|"
    r"янв(?:ар[ьяе])?|фев(?:рал[ьяе])?|мар(?:та?|те)?|апр(?:ел[ьяе])?|ма[йяе]|июн[ьяе]?|июл[ьяе]?|авг(?:уста?|усте)?|"
    r"сен(?:тябр[ьяе])?|окт(?:ябр[ьяе])?|ноя(?:бр[ьяе])?|дек(?:абр[ьяе])?)\.?"
)
"""A month's name or its short form, in any of the languages above (group ``{g}m``)."""

PRESENT = (
    r"(?P<present>(?:the\s+)?present(?:ly)?|pres\b\.?|current(?:ly)?|curr\b\.?|(?:till|until|up\s+to)\s+(?:now|date|today)|now|"
    r"to\s+date|today|ongoing|date|heute|jetzt|derzeit|actual(?:idad)?|la\s+fecha|hoy|présent|en\s+cours|"
    r"presente|aujourd['’]hui|atual(?:mente)?|hoje|oggi|attuale|in\s+corso|heden|nu|nå|idag|"
    r"günümüz|halen|devam\s+ediyor|continu(?:e|es|ing)|onwards?|"
    r"(?:по\s+)?(?:настоящее|наст\.)\s+время|н\.\s?в\.|(?:по\s+)?сей\s+день|сейчас|至今|现在|現在|今|현재)"
)
"""The end of a range that is still open: "Present", "Till date", "heute", "actualidad", "oggi", "heden"."""

SINCE = r"(?:since|from|seit|desde|depuis|dal|dall['’]|sinds|vanaf|sedan|с)"
"""The word before the start of a range still open, written without its end ("since 2018", "seit 2018")."""

STILL_OPEN = (
    r"present|current|ongoing|heute|jetzt|derzeit|actualidad|presente|présent|aujourd['’]hui|atual|"
    r"attuale|oggi|heden|günümüz"
)
"""The "present" words no sentence starts with: the end of a range whose dash the export lost ("Mar. 2021
Present")."""

MONTH_NAME = MONTH.replace("(?P<{g}m>", "(?:")
"""A month's name or abbreviation in any of the languages above, without a group."""
DAY_DATE_RE = re.compile(
    r"\b(?:" + MONTH_NAME + r")\.?\s+\d{1,2}(?:st|nd|rd|th)?,\s*(?:19|20)\d\d\b"
    r"|\b\d{1,2}(?:st|nd|rd|th)?\s+(?:" + MONTH_NAME + r")\.?,?\s+(?:19|20)\d\d\b",
    re.IGNORECASE,
)
"""A date with its day ("February 10, 2026", "28 Feb 1997"): a document's or an event's, no job's time span."""
