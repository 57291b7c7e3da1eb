"""School names in resume lines: the part of a line that names a university, college or institute."""

from __future__ import annotations

import re

SCHOOL_NAMES = (
    r"iit|nit|eth|epfl|mit|ucla|caltech|usc|nyu|cmu|uiuc|ucsd|ucsb|ucl|kth|ut\s+(?:austin|dallas)|"
    r"uc\s+(?:berkeley|davis|irvine|san\s+diego|santa\s+barbara|santa\s+cruz|riverside)|georgia\s+tech|virginia\s+tech"
)
SCHOOL_WORDS = (
    r"university|universit[yàäé]t?|universidad|universidade|università|college|institute|institut|school|academy|"
    r"polytechnic|politecnico|hochschule|école|ecole|conservatory|faculty|" + SCHOOL_NAMES
)
# The part of a line (between , | • ; ( and )) that names a school. The match starts only where a part starts:
# a leading "[^,|•;()]*" would be tried from every position of a long line, quadratic in its length.
INSTITUTION = re.compile(r"(?:^|(?<=[,|•;()]))[^,|•;()]*?\b(?:" + SCHOOL_WORDS + r")\b[^,|•;()]*", re.IGNORECASE)
SCHOOL = re.compile(r"\b(?:" + SCHOOL_WORDS + r")\b", re.IGNORECASE)
