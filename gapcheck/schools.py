"""School names in resume lines: the part of a line that names a university, college or institute."""

from __future__ import annotations

import re

SCHOOL_NAMES = (
    r"iit|nit|eth|epfl|mit|ucla|caltech|usc|nyu|cmu|uiuc|ucsd|ucsb|ucl|kth|ut\s+(?:austin|dallas)|"
    r"uc\s+(?:berkeley|davis|irvine|san\s+diego|santa\s+barbara|santa\s+cruz|riverside)|georgia\s+tech|virginia\s+tech|"
    # a German, Austrian or Dutch technical university or university of applied sciences by its initials before its
    # town ("TU Wien", "TH Köln", "FH Aachen", "HAW Hamburg", "HTWG Konstanz"), in capitals only
    r"(?-i:T[UH]|FH|HAW|HTWG?)\s+(?-i:[A-ZÄÖÜ][a-zäöüß]+)"
)
SCHOOL_WORDS = (
    r"university|universit[yàäé]t?|univ|universidad|universidade|università|college|institute|institut|school|"
    r"academy|"  # "Univ" abbreviated, with its dot or without
    r"(?!universal)u(?:ni|in|n)v(?:er|re|e)[a-z]{1,6}y|"  # misspelt: "Univeristy", "Unversity"; not "universally"
    r"polytechnic|politecnico|école|ecole|conservatory|faculty|faculdade|facultad|fakult[äa]t|facolt[àa]|universite(?:i)?t|uniwersytet|univerzit[ay]|"
    r"coll[èe]ge|c[ée]gep|iut|"
    # a school's short name, a place's name and "Tech", "Poly" or "State" closing it ("Texas Tech", "Cal Poly",
    # "Boise State"), in capitals as written; not before another name ("Solid State Physics"), nor a field's short
    # form ("Information Tech", "Surgical Tech")
    r"(?-i:(?!(?:Information|Computer|Engineering|Medical|Audio|Music|Lab|Laboratory|Dental|Surgical|Veterinary|"
    r"Pharmacy|Radiologic|Industrial|Automotive)\s)[A-Z][a-z]+\s+(?:Tech|Poly|State))(?!\s+(?-i:[A-Z])|-)|"
    r"\w*hochschule|politechnika|universite|университет\w*|университэт\w*|університет\w*|институт\w*|"
    r"інститут\w*|академи\w*|академі\w*|колледж\w*|коледж\w*|техникум\w*|технікум\w*|" + SCHOOL_NAMES
)
# The part of a line (between , | • ; ( and )) that names a school. The match starts only where a part starts:
# a leading "[^,|•;()]*" would be tried from every position of a long line, quadratic in its length.
# Chinese, Japanese and Korean school names end in their school word, with no space before it ("清华大学")
_HAN_SCHOOL = r"[\u3040-\u30ff\u4e00-\u9fff\uac00-\ud7af]*(?:大学|大學|学院|學院|대학교|대학원)"
INSTITUTION = re.compile(
    r"(?:^|(?<=[,|•;()]))[^,|•;()]*?(?:\b(?:" + SCHOOL_WORDS + r")\b|" + _HAN_SCHOOL + r")[^,|•;()]*", re.IGNORECASE
)
SCHOOL = re.compile(r"\b(?:" + SCHOOL_WORDS + r")\b|" + _HAN_SCHOOL, re.IGNORECASE)
