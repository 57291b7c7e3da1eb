"""The words dates are written with, one table per language: month names, "present", "since", "to".

Every date pattern (``dates.py``, ``datelines.py`` and the readers that spot a date column) is built from this
table, so a language added here is read by all of them; a ``{g}`` in a piece names its groups.
"""

from __future__ import annotations

import re
import unicodedata
from dataclasses import dataclass


@dataclass(frozen=True, slots=True)
class DateWords:
    """How one language writes dates; each word as written (accents included), lower case."""

    months: tuple[str, ...]
    """Twelve entries, January first; a month's other spellings follow a "|" ("märz|maerz|mrz")."""
    present: tuple[str, ...]
    """The end of a range still open ("present", "bis heute", "até o momento"); a closing "." is optional."""
    since: tuple[str, ...] = ()
    """The word before the start of a range written without its end ("since 2018", "seit 2018")."""
    to: tuple[str, ...] = ()
    """Words between the two dates of a range ("to", "bis", "hasta")."""
    alone: tuple[str, ...] = ()
    """The "present" words no sentence starts with: a range's end even when its dash was lost ("Mar 2021 Present")."""
    also: tuple[str, ...] = ()
    """Words joining the dates of a list ("2019 and 2020", "2019 und 2020"): each date a time of its own."""
    born: tuple[str, ...] = ()
    """The words before a date of birth ("born", "geboren", "data de nascimento"): a date that is no job's."""
    short: bool = True
    """Whether the first three or four letters of a month's name are its short form ("Sept", "Out", "Giu")."""


LANGUAGES: dict[str, DateWords] = {
    "en": DateWords(
        months=("january", "february", "march", "april", "may", "june", "july", "august", "september", "october",
                "november", "december"),
        present=("present", "the present", "presently", "pres.", "current", "currently", "curr.", "now", "today",
                 "till now", "till date", "till today", "until now", "until date", "until today", "up to now",
                 "up to date", "up to today", "to date", "date", "ongoing", "continue", "continues", "continuing",
                 "onward", "onwards"),
        since=("since", "from"),
        to=("to", "until", "till", "through", "thru"),
        also=("and",),
        alone=("present", "current", "ongoing"),
        born=("born", "birth", "birthday", "birthdate", "date of birth", "d.o.b.", "dob"),
    ),
    "de": DateWords(
        months=("januar|jänner|jaenner", "februar|feber", "märz|maerz|mrz", "april", "mai", "juni", "juli", "august",
                "september", "oktober", "november", "dezember"),
        present=("heute", "bis heute", "jetzt", "bis jetzt", "derzeit", "aktuell", "gegenwärtig", "laufend", "dato",
                 "bis dato", "zurzeit", "andauernd"),
        since=("seit",),
        to=("bis",),
        also=("und",),
        alone=("heute", "jetzt", "derzeit", "aktuell", "gegenwärtig", "laufend", "dato"),
        born=("geboren", "geb.", "geburtsdatum", "geburtstag", "geburtsort"),
    ),
    "fr": DateWords(
        months=("janvier", "février", "mars", "avril", "mai", "juin", "juillet", "août", "septembre", "octobre",
                "novembre", "décembre"),
        present=("présent", "à présent", "aujourd'hui", "auj.", "ce jour", "à ce jour", "en cours", "actuel",
                 "actuellement", "maintenant"),
        since=("depuis", "dès"),
        to=("à", "au"),
        also=("et",),
        alone=("présent", "aujourd'hui", "à ce jour", "en cours"),
        born=("né le", "née le", "né en", "née en", "date de naissance"),
    ),
    "es": DateWords(
        months=("enero", "febrero", "marzo", "abril", "mayo", "junio", "julio", "agosto", "septiembre|setiembre",
                "octubre", "noviembre", "diciembre"),
        present=("actualidad", "la actualidad", "actual", "actualmente", "presente", "el presente", "hoy",
                 "hoy en día", "la fecha", "fecha", "en curso"),
        since=("desde", "a partir de"),
        to=("a", "hasta", "al"),
        also=("y", "e"),
        alone=("actualidad", "la actualidad", "actualmente", "presente", "hoy"),
        born=("nacido el", "nacida el", "nacido en", "nacida en", "fecha de nacimiento"),
    ),
    "it": DateWords(
        months=("gennaio", "febbraio", "marzo", "aprile", "maggio", "giugno", "luglio", "agosto", "settembre",
                "ottobre", "novembre", "dicembre"),
        present=("oggi", "ad oggi", "a oggi", "presente", "attuale", "attualmente", "in corso", "tuttora", "corrente"),
        since=("dal", "dall'", "da", "a partire dal", "a partire da"),
        to=("al", "a"),
        also=("e", "ed"),
        alone=("oggi", "ad oggi", "attuale", "in corso", "tuttora"),
        born=("nato il", "nata il", "nato a", "nata a", "nato nel", "nata nel", "data di nascita"),
    ),
    "pt": DateWords(
        months=("janeiro", "fevereiro", "março", "abril", "maio", "junho", "julho", "agosto", "setembro", "outubro",
                "novembro", "dezembro"),
        present=("atual", "atualmente", "actual", "actualmente", "presente", "o presente", "hoje", "até hoje",
                 "o momento", "até o momento", "até ao momento", "até a data", "a data", "em andamento", "em curso"),
        since=("desde", "a partir de"),
        to=("a", "até"),
        also=("e",),
        alone=("atual", "atualmente", "actualmente", "presente", "hoje", "até hoje", "até o momento", "em andamento"),
        born=("nascido em", "nascida em", "data de nascimento", "nascimento"),
    ),
    "nl": DateWords(
        months=("januari", "februari", "maart|mrt", "april", "mei", "juni", "juli", "augustus", "september", "oktober",
                "november", "december"),
        present=("heden", "tot heden", "nu", "tot nu", "huidig"),
        since=("sinds", "vanaf"),
        to=("tot",),
        also=("en",),
        alone=("heden", "tot heden"),
        born=("geboren", "geboortedatum"),
    ),
    "nordic": DateWords(  # Swedish, Danish, Norwegian
        months=("januari|januar", "februari|februar", "mars|marts", "april", "maj|mai", "juni", "juli",
                "augusti|august", "september", "oktober", "november", "december|desember"),
        present=("nå", "nu", "idag", "i dag", "dags dato"),
        since=("sedan", "siden"),
        also=("och", "og"),
    ),
    "tr": DateWords(  # the short forms are common words elsewhere ("Eki", "Ara", "Kas")
        months=("ocak", "şubat", "mart", "nisan", "mayıs", "haziran", "temmuz", "ağustos", "eylül", "ekim", "kasım",
                "aralık"),
        present=("günümüz", "halen", "devam ediyor"),
        alone=("günümüz",),
        short=False,
    ),
    "ru": DateWords(  # the names in each case ending ("января", "в мае")
        months=("январь|января|январе", "февраль|февраля|феврале", "март|марта|марте", "апрель|апреля|апреле",
                "май|мая|мае", "июнь|июня|июне", "июль|июля|июле", "август|августа|августе",
                "сентябрь|сентября|сентябре", "октябрь|октября|октябре", "ноябрь|ноября|ноябре",
                "декабрь|декабря|декабре"),
        present=("настоящее время", "по настоящее время", "наст. время", "по наст. время", "н. в.", "н.в.",
                 "сей день", "по сей день", "сейчас"),
        since=("с",),
        to=("по",),
        also=("и",),
    ),
    "sk": DateWords(  # Slovak, with the names as dates write them ("od júla 2015")
        months=("január|januára", "február|februára", "marec|marca", "apríl|apríla", "máj|mája", "jún|júna",
                "júl|júla", "august|augusta", "september|septembra", "október|októbra", "november|novembra",
                "december|decembra"),
        present=("doteraz", "súčasnosť", "súčasnosti", "trvá"),
        since=("od",),
    ),
    "cs": DateWords(  # Czech; its short forms are common words ("pro", "led")
        months=("leden|ledna", "únor|února", "březen|března", "duben|dubna", "květen|května", "červen|června",
                "červenec|července", "srpen|srpna", "září", "říjen|října", "listopad|listopadu", "prosinec|prosince"),
        present=("dosud", "současnost", "současnosti", "nyní"),
        since=("od",),
        short=False,
    ),
    "pl": DateWords(  # Polish; its short forms are common words ("sie", "lut")
        months=("styczeń|stycznia", "luty|lutego", "marzec|marca", "kwiecień|kwietnia", "maj|maja",
                "czerwiec|czerwca", "lipiec|lipca", "sierpień|sierpnia", "wrzesień|września",
                "październik|października", "listopad|listopada", "grudzień|grudnia"),
        present=("obecnie", "teraz", "do teraz", "nadal", "do dziś", "do chwili obecnej"),
        since=("od",),
        short=False,
    ),
    "cjk": DateWords(months=(), present=("至今", "现在", "現在", "今", "현재"), short=False),
}  # fmt: skip
"""The date words of each language resumes come in."""

# Short or unaccented forms that are a given name or a common word before a year more often than a month ("Marc",
# "Marco", "Otto", "des"); first letters shared by two months ("jui": juin, juillet) are left out as well
_NOT_A_MONTH = frozenset({"marc", "marco", "mae", "otto", "des"})


def _plain(word: str) -> str:
    """The word without its accents ("février" -> "fevrier"), as typed on keyboards without them."""
    return "".join(ch for ch in unicodedata.normalize("NFD", word) if not unicodedata.combining(ch))


def _month_forms() -> dict[str, int]:
    """Every written form of every month (names, other spellings, short forms, without accents) -> its number."""
    names: dict[str, int] = {}
    shorts: dict[str, set[int]] = {}
    for words in LANGUAGES.values():
        for number, spellings in enumerate(words.months, start=1):
            for name in spellings.split("|"):
                for form in {name, _plain(name)} - (_NOT_A_MONTH - {name}):
                    names[form] = number
                    if words.short:
                        for length in (3, 4):
                            if len(form) > length:
                                shorts.setdefault(form[:length], set()).add(number)
    for form, numbers in shorts.items():
        if len(numbers) == 1 and form not in _NOT_A_MONTH and form not in names:
            names[form] = numbers.pop()
    return names


MONTH_NAMES = _month_forms()
"""Each written form of a month's name, in any language of the table, lower case -> the month's number."""


_Node = dict[str, "_Node"]


def _trie(words: list[str]) -> str:
    """One pattern matching exactly the words, as a tree of their shared first letters (quick to match)."""
    tree: _Node = {}
    for word in words:
        node = tree
        for ch in word:
            node = node.setdefault(ch, {})
        node[""] = {}

    def pattern(node: _Node) -> str:
        ends = "" in node
        branches = sorted(re.escape(ch) + pattern(child) for ch, child in node.items() if ch)
        if not branches:
            return ""
        body = branches[0] if len(branches) == 1 else "(?:" + "|".join(branches) + ")"
        if ends:
            return body + "?" if len(branches) == 1 and len(body) == 1 else "(?:" + body + ")?"
        return body

    return pattern(tree)


def _phrase(word: str) -> str:
    """A word of the table as a pattern: spaces stretch, an apostrophe is either, a closing full stop optional."""
    text = re.escape(word.rstrip(".")).replace(r"\ ", r"\s*" if "." in word else r"\s+").replace("'", "['’]")
    return text + (r"\b\.?" if word.endswith(".") and word[-2].isalpha() else r"\.?" if word.endswith(".") else "")


def _words(kind: str) -> list[str]:
    """The table's words of one kind, in every language, longest first (so "till date" wins over "date")."""
    found = {word for words in LANGUAGES.values() for word in getattr(words, kind)}
    return sorted(found, key=lambda word: (-len(word), word))


MONTH = r"(?P<{g}m>" + _trie(sorted(MONTH_NAMES)) + r")\.?"
"""A month's name or its short form, in any of the languages above (group ``{g}m``)."""

PRESENT = r"(?P<present>" + "|".join(_phrase(word) for word in _words("present")) + ")"
"""The end of a range that is still open: "Present", "Till date", "heute", "actualidad", "oggi", "heden"."""

SINCE = r"(?:" + "|".join(_phrase(word) for word in _words("since")) + ")"
"""The word before the start of a range still open, written without its end ("since 2018", "seit 2018")."""

TO = r"(?:" + "|".join(r"\b" + _phrase(word) + r"(?!\w)" for word in _words("to")) + ")"
"""A word between the two dates of a range ("to", "bis", "hasta", "até")."""

ALSO = r"(?:&|" + "|".join(r"\b" + _phrase(word) + r"(?!\w)" for word in _words("also")) + ")"
"""A word joining the dates of a list ("2019 and 2020", "2019 und 2020", "2019 y 2020"), or "&"."""

STILL_OPEN = "|".join(_phrase(word) for word in _words("alone"))
"""The "present" words no sentence starts with: the end of a range whose dash the export lost ("Mar. 2021
Present")."""

BORN = r"(?<!\w)(?:" + "|".join(_phrase(word) for word in _words("born")) + r")(?!\w)"
"""The words before a date of birth, in any language of the table ("born", "geboren", "data di nascita")."""

MONTH_NAME = MONTH.replace("(?P<{g}m>", "(?:")
"""A month's name or abbreviation in any of the languages above, without a group."""
DAY_DATE_RE = re.compile(
    r"\b(?:" + MONTH_NAME + r")\.?\s+\d{1,2}(?:st|nd|rd|th)?,\s*(?:19|20)\d\d\b"
    r"|\b\d{1,2}(?:st|nd|rd|th)?\s+(?:" + MONTH_NAME + r")\.?,?\s+(?:19|20)\d\d\b",
    re.IGNORECASE,
)
"""A date with its day ("February 10, 2026", "28 Feb 1997"): a document's or an event's, no job's time span."""
