"""Links to the person in a resume line (profile labels, profile paths, web addresses), whose words show no skill."""

from __future__ import annotations

import re
from collections.abc import Sequence

_SEGMENT = re.compile(r"[^|•·—\t]+")
_CONTACT = re.compile(r"https?://|www\.|\S@\S|\w\.(?:com|io|org|net|dev|me|co|edu)\b|\blinked ?in\b", re.IGNORECASE)
_LINK_LABEL = re.compile(r"(?P<name>[A-Za-z][\w+#]*)(?:-[A-Za-z]+)?\s*(?P<colon>:)?\s*(?P<handle>\S+)?")
_TAIL_LABEL = re.compile(r"(?<![\w:])(?P<name>[A-Za-z][\w+#]*)\s*(?P<colon>:)\s*(?P<handle>\S+)$")
_ADDRESS = re.compile(r"(?=\S*\Z)\S*?(?:[/@_\d]|\.(?:com|io|org|net|dev|me|co|edu)\b)")
"""A word that is an address (``match``): no space, and a slash, @, _, digit or web ending in it. Not ``\\S*...\\S*``
with ``fullmatch``: two runs of ``\\S*`` took time growing as the square of a long word without them."""
_WEB_HANDLE = re.compile(r"[/@]|\.(?:com|io|org|net|dev|me|co|edu)\b", re.IGNORECASE)
"""What makes a handle after a label an address, unless the label names a profile's site: "Blog: ann.dev",
"Web: example.org/ann"; "Dataviz: d3.js" and "Cloud: S3" name tools."""
_URL = re.compile(r"(?:https?://|www\.)\S+|(?<!\S)\S+\.(?:com|io|org|net|dev|me|co|edu)\b\S*", re.IGNORECASE)
"""An address in text; a bare one is looked for from the start of its word only (the same matches: from inside a long
word without one, each start scanned the rest of the word)."""
_SHORTCODE = r"(?::[a-z0-9_+-]+:\s*)*"
"""Emoji written as Markdown shortcodes before a label (":cat: GitHub", ":large_blue_circle: LinkedIn")."""
_PROFILE_LINE = re.compile(rf"{_SHORTCODE}\W*linked ?in\W*", re.IGNORECASE)
_USER = re.compile(r"[a-z][a-z0-9-]*")
_PROFILE_HOST = re.compile(
    r"git(?:hub|lab)|bitbucket|kaggle|linked ?in|leetcode|hacker ?rank|code(?:forces|chef)|stack ?overflow"
    r"|hugging ?face|twitter|medium|behance|dribbble|orcid|research ?gate",
    re.IGNORECASE,
)
"""Sites whose name before a user name is a link to a profile there ("GitHub: AnnB", "github/ann2/nlp")."""
_LINK_WORD = (
    r"(?:git(?:hub|lab)|bitbucket|kaggle|linked ?in|leetcode|medium|twitter|website|homepage|portfolio|blog|e-?mail)"
)
_JOINED_LINKS = re.compile(rf"(?<![\w/]){_LINK_WORD}(?:\s*/\s*{_LINK_WORD})+(?![\w/])", re.IGNORECASE)
"""Names of ways to reach the person joined by slashes, each a link: "Blog/Linkedin/Github/Twitter"."""
_WORD = re.compile(r"\w+")
_NOT_CODE_HOST = re.compile(r"linked|medium|twitter|website|homepage|portfolio|blog|mail", re.IGNORECASE)
_HANDLE = re.compile(r"@?[A-Za-z0-9][\w.-]*")
_HOST_PATH = re.compile(
    r"(?<![\w/.@])(?P<host>git(?:hub|lab)|bitbucket|kaggle|hugging ?face)/(?P<user>[\w.-]+)(?:/[\w.-]*)*", re.IGNORECASE
)
_CONTACT_WORD = re.compile(
    r"\W*(?:e-?mail|tel|telephone|phone|mobile|cell|homepage|website|web ?page|portfolio|blog|linked ?in|twitter|x"
    r"|telegram|kaggle|orcid|google scholar|stack ?overflow|leetcode|hacker ?rank|medium)\W*",
    re.IGNORECASE,
)
"""A segment that only names a way to reach the person ("Email:", "\uf0e0 Telegram", "LinkedIn")."""
_NAME_LINK = re.compile(r"(?P<name>[A-Za-z][\w+#]*)\s+(?:link|repo|profile|project page)\b", re.IGNORECASE)
_MY_PROFILE = re.compile(
    rf"\b(?:my|mein|meinem|meu|minha|mi|mon|ma|il mio|mio|no|na)\s+(?P<name>{_PROFILE_HOST.pattern})\b"
    r"(?!\s*(?-i:[A-Z]))",  # "my GitHub Actions workflows" names the tool
    re.IGNORECASE,
)
"""A profile named as the person's own, in the languages read: "as my GitHub shows", "Currículo no GitHub"."""
"""A name followed by the word for a link to it: "Github Link", "GitHub Repo PacketLabNotes"."""
_LINK_NOUN = re.compile(r"link|repo|profile|project page", re.IGNORECASE)
"""What ``_NAME_LINK`` needs somewhere in a line: searched first, as it is quick (``_NAME_LINK`` tries every letter)."""
_WEB_ADDRESS = re.compile(
    r"(?:https?://|www\.)\S+|(?<![\w.-])[\w.-]+\.(?:com|io|org|net|dev|me|co|edu)/\S*"  # from a word's start: linear
    r"|https?\s?:\s?/\s?/\s?(?:[\w-]+\.\s?)+[a-z]{2,}\b(?:\s?/\s?[\w.~%-]+)*"
)
"""A web address, whose words ("github.com/ann/sentiment-analysis", "http://github/ann") show no skill; a
domain must be in lower case and followed by a path, so "ASP.NET" and "VB.NET" are not addresses. A PDF may print
spaces after its punctuation ("https: // github. com/ ann")."""
_BRACKETED_HOST = re.compile(rf"[(\[]\s*(?P<name>{_PROFILE_HOST.pattern})\s*[)\]]", re.IGNORECASE)
"""A code host's name alone in brackets, the text of a link to a work: "Road Hazard Detector (GitHub)", "[GitLab]"."""
_GLYPHS = re.compile(rf"{_SHORTCODE}[^\w.(]*")
"""What an icon font prints before a label ("\uf113 Github:", "§ GitHub", ":cat: GitHub")."""


def web_addresses(line: str) -> list[tuple[int, int]]:
    """Spans of the web addresses in a line: "http://github/100ango", "github.com/ann/nlp-demo"."""
    return [match.span() for match in _WEB_ADDRESS.finditer(line)]


def profile_paths(line: str) -> list[tuple[int, int, str]]:
    """Addresses of profiles written without their domain, as (start, end, user): "github/ann2/nlp-demo" (user
    "ann2"). The caller keeps those whose "user" is a skill name: "GitHub/GitLab" is two tools."""
    return [(match.start(), match.end(), match["user"]) for match in _HOST_PATH.finditer(line)]


def _contact_segment(text: str) -> bool:
    return _CONTACT.search(text) is not None or _CONTACT_WORD.fullmatch(text) is not None


def _near_contact(near: Sequence[str]) -> bool:
    """Whether the lines around a label hold a way to reach the person (asked only of a label with a handle: most
    lines have none, and searching five lines for each line of a resume cost a tenth of finding its skills)."""
    return _CONTACT.search(" ".join(near)) is not None


def link_labels(lines: Sequence[str], index: int) -> list[tuple[int, int]]:
    """Spans of lines[index] holding a name that labels a link to a profile, which shows no skill: "Github: 0xnull007",
    "my GitHub: https://...", "GITHUB-SQUARE user" beside a github.io address, a lone "GitHub" line among contact
    lines, "LinkedIn | GitHub", "Email: / Github:" in a column of contact labels, "Github Link" anywhere. A name with
    anything else after it ("GitHub Actions", "Python: Django, Flask") is not a label."""
    line = lines[index]
    near = lines[max(0, index - 2) : index + 3]
    wide = lines[max(0, index - 4) : index + 5]  # a column of labels beside a column of their addresses
    spans = [link.span("name") for link in _NAME_LINK.finditer(line)] if _LINK_NOUN.search(line) else []
    spans += [mine.span("name") for mine in _MY_PROFILE.finditer(line)]
    for segment in _SEGMENT.finditer(line):
        text = segment.group()
        lead = _GLYPHS.match(text)
        offset = segment.start() + (lead.end() if lead else 0)
        label = _LINK_LABEL.fullmatch(text[offset - segment.start() :].rstrip())
        if label is None:
            label = _TAIL_LABEL.search(text.rstrip()) if ":" in text else None  # "... on my GitHub: https://x.io"
            offset = segment.start()
            if label is None or not _ADDRESS.match(label["handle"]):
                continue
        handle = label["handle"]
        if handle is None:  # "Github" alone or "Github:" beside its address or among other profile links
            name = label["name"].lower()
            segments = [other.group() for other in _SEGMENT.finditer(line)]
            linked = (
                any(name in url.lower() for url in _URL.findall(" ".join(wide)))
                or any(_PROFILE_LINE.fullmatch(other) for other in near)
                or (text.strip() == line.strip() and any(_CONTACT_WORD.fullmatch(other) for other in near))
                or any(_contact_segment(other) for other in segments if other != text)
                or (label["colon"] is not None and any(_CONTACT_WORD.fullmatch(other) for other in near))
            )
            # "github:" ending the line, its user on the next line ("@ann" or an address)
            following = lines[index + 1].strip() if index + 1 < len(lines) else ""
            linked = linked or (label["colon"] is not None and _PROFILE_HOST.fullmatch(name) is not None
                                and (following.startswith("@") or _ADDRESS.match(following) is not None)
                                and _HANDLE.fullmatch(following) is not None)  # fmt: skip
        elif _ADDRESS.match(handle) and (_PROFILE_HOST.fullmatch(label["name"]) or _WEB_HANDLE.search(handle)):
            linked = label["colon"] is not None or _near_contact(near)
        elif _PROFILE_HOST.fullmatch(label["name"]):  # "Github: ann", "github: AnnB" among contact lines
            linked = handle.lower() == label["name"].lower() or (
                _HANDLE.fullmatch(handle) is not None and _near_contact(near)
            )
        else:
            linked = _USER.fullmatch(handle) is not None and _near_contact(near)  # "GITHUB-SQUARE datavistics"
        if linked:
            spans.append((offset + label.start("name"), offset + label.end("name")))
            if handle is not None and handle.lower() == label["name"].lower():  # "GitHub: GitHub", a link's text
                spans.append((offset + label.start("handle"), offset + label.end("handle")))
    spans += [bracketed.span("name") for bracketed in _BRACKETED_HOST.finditer(line)]
    for joined in _JOINED_LINKS.finditer(line):  # "Blog/Linkedin/Github/Twitter", not "GitHub/GitLab"
        if _NOT_CODE_HOST.search(joined.group()):
            spans.extend(word.span() for word in _WORD.finditer(line, *joined.span()))
    return spans


_BROKEN_ADDRESS_END = frozenset("./-_=?&")


def address_continued(lines: Sequence[str], index: int) -> list[tuple[int, int]]:
    """The span of the start of lines[index] that goes on with a web address broken at the end of the line before
    ("https://example.org/pubs/index." then "html and Google Scholar"): its characters up to the first space."""
    if index == 0 or not lines[index][:1].islower():
        return []
    before = lines[index - 1].rstrip()
    ends = [end for _, end in web_addresses(before)]
    if not ends or ends[-1] != len(before) or before[-1] not in _BROKEN_ADDRESS_END:
        return []
    return [(0, len(lines[index].split()[0]))]
