"""Lines that open with a contact item (an e-mail address, a web link, a profile path), for every text reader.

Shared by the PDF reader and the Markdown reader: neither should import the other for it (the Markdown reader also
reads postings, which never need the PDF module).
"""

from __future__ import annotations

import re

CONTACT_START = re.compile(r"(?:https?://|www\.|[\w.+-]+@[\w-]+\.\w|[\w-]+\.(?:com|org|net|io|dev|me|edu)/)", re.I)
