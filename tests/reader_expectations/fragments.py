"""Header fragments and expected values from heuer/cablemap's reader tests.

Source: https://github.com/heuer/cablemap, ``cablemap.core/tests/``:
``test_reader_tags.py`` (TAGS), ``test_reader_subject.py`` (SUBJECT),
``test_reader_nondisclosure_deadline.py`` (DECL) and ``test_reader_signers.py``
(signer; only the last lines of each fragment are kept, the part a sign-off
reader looks at).  Inputs are cable text as cablemap quotes it (public
record), the comment naming the cable where cablemap names one; a few TAGS
inputs are cablemap's own invented lines (``TAGS: something``).

Each case is ``(field, source, fragment, expected, gap)``.  ``expected`` is
cablemap's value.  ``gap`` is ``None`` where cablelint's model agrees; where it
does not, ``gap`` names the finding code that reports the damage in that cable
and why the values differ -- so the agreement rate is asserted, not hidden.  A
gap without a finding is allowed only where cablemap's value is not in the
cable's text at all (``in_text=False``: taken from cablemap's own lists).
"""

from __future__ import annotations

from typing import NamedTuple


class Gap(NamedTuple):
    """A known disagreement: the finding that reports it, and why."""

    code: str | None  # the finding on the fragment's cable; None: nothing damaged
    why: str
    #: False: cablemap's value is not in the text (it comes from cablemap's own
    #: lists), so nothing in the cable is damaged and no finding can report it
    in_text: bool = True


class Case(NamedTuple):
    field: str  # tags, subject, decl, signer
    source: str  # the cable cablemap names, or "cablemap" for its invented lines
    fragment: str
    expected: object  # list of TAGS, subject text, ISO date or None, signer or None
    gap: Gap | None = None
    #: where the value agrees only because the model recovered it from damage: the
    #: finding that reports the damage ("SUBJECT" without its colon: CL106)
    recovered: str | None = None


def _tags(source: str, fragment: str, expected: list[str], gap: Gap | None = None) -> Case:
    return Case("tags", source, fragment, expected, gap)


def _subject(source: str, fragment: str, expected: str, gap: Gap | None = None,
             recovered: str | None = None) -> Case:
    return Case("subject", source, fragment, expected, gap, recovered)


def _decl(source: str, fragment: str, expected: str | None, gap: Gap | None = None) -> Case:
    return Case("decl", source, fragment, expected, gap)


def _signer(source: str, fragment: str, expected: str | None, gap: Gap | None = None,
            recovered: str | None = None) -> Case:
    return Case("signer", source, fragment, expected, gap, recovered)


TAGS = [
    _tags("cablemap", "TAGS: something", ["SOMETHING"]),
    _tags("cablemap", "TAGS: something\nhere", ["SOMETHING"]),  # "here": prose, no code
    _tags("cablemap", "TAGS: something, \nhere", ["SOMETHING", "HERE"]),
    _tags("cablemap", "TAGS something", ["SOMETHING"]),
    _tags("cablemap", "TAGS something\nhere", ["SOMETHING"]),
    _tags("cablemap", "tAgs something, \nhere", ["SOMETHING", "HERE"]),
    _tags("cablemap", "tAgs: something,\nhere", ["SOMETHING", "HERE"]),
    _tags("cablemap", "TAGS: PREL ECON EFIN ELAB PGOV FR",
          ["PREL", "ECON", "EFIN", "ELAB", "PGOV", "FR"]),
    _tags("cablemap", "tags PREL ECON EFIN ELAB PGOV FR",
          ["PREL", "ECON", "EFIN", "ELAB", "PGOV", "FR"]),
    _tags("cablemap", "TAGS ECON, PGOV, EFIN, MOPS, PINR, UK",
          ["ECON", "PGOV", "EFIN", "MOPS", "PINR", "UK"]),
    _tags("cablemap", "TAG PTER, PGOV, ASEC, EFIN, ENRG, KCIP",
          ["PTER", "PGOV", "ASEC", "EFIN", "ENRG", "KCIP"]),
    _tags("cablemap", "E.o. 12958: decl: 01/07/2014 Tags: prel, pgov, pins, tu \n"
          "Subject: turkish p.m. Erdogan goes to washington: how strong a leader in the "
          "face of strong challenges?",
          ["PREL", "PGOV", "PINS", "TU"]),
    _tags("cablemap", "E.o. 12958: decl: after korean unification\n"
          "Tags: ovip (steinberg, james b.), prel, parm, pgov, econ,\n"
          "etra, mnuc, marr, ch, jp, kn, ks, ir\n"
          "Subject: deputy secretary steinberg's meeting with xxxxx\n"
          "foreign minister he yafei, september 29, 2009",
          ["OVIP", "STEINBERG, JAMES B.", "PREL", "PARM", "PGOV", "ECON", "ETRA", "MNUC",
           "MARR", "CH", "JP", "KN", "KS", "IR"]),
    # 02ROME1196
    _tags("02ROME1196", "EO 12958 DECL: 03/05/2007\n"
          "TAGS PHUM, OPRC, OPRC, OPRC, OPRC, IT, ITPHUM, ITPHUM, ITPHUM, HUMAN RIGHTS\n"
          "SUBJECT: AS PREDICTED, ITALY'S HUMAN RIGHTS REPORT\n"
          "GENERATES FODDER FOR DOMESTIC POLITICAL MILLS",
          ["PHUM", "OPRC", "IT", "HUMAN RIGHTS"]),
    _tags("09STATE11937", "E.O. 12958: DECL: 02/05/2019\n"
          "TAGS: OVIP CLINTON HILLARY PREL KPAL FR IR RS\nNATO, UK, CN\n"
          "SUBJECT: (U) Secreta",
          ["OVIP", "CLINTON, HILLARY", "PREL", "KPAL", "FR", "IR", "RS", "NATO", "UK", "CN"]),
    _tags("09BEIJING2964", "TAGS: OVIP STEINBERG JAMES PREL MNUC SN CH KN",
          ["OVIP", "STEINBERG, JAMES B.", "PREL", "MNUC", "SN", "CH", "KN"],
          Gap(None, "cablemap adds the initial B. from its own list of names; the line has "
              "STEINBERG JAMES only, which is a correct OVIP name", in_text=False)),
    _tags("09SANTIAGO331", "E.O. 12958: DECL: 04/07/2019\n"
          "TAGS: OVIP BIDEN JOSEPH PREL ECON PGOV SOCI EU\n"
          "SUBJECT: VICE PRESIDENT BIDEN'S MARCH 28 MEETING WITH PRIME",
          ["OVIP", "BIDEN, JOSEPH", "PREL", "ECON", "PGOV", "SOCI", "EU"]),
    _tags("08STATE100219", "E.O. 12958: DECL: 09/17/2018\n"
          "TAGS: OVIP RICE CONDOLEEZZA PREL PHSA SP KV CU\nBL, IS\nSUBJECT: Secretary Rice",
          ["OVIP", "RICE, CONDOLEEZZA", "PREL", "PHSA", "SP", "KV", "CU", "BL", "IS"]),
    _tags("04SANAA2346", "TAGS: MASS MOPS OVIP PARM PINR PREL PTER YM COUNTER TERRORISM",
          ["MASS", "MOPS", "OVIP", "PARM", "PINR", "PREL", "PTER", "YM", "COUNTERTERRORISM"],
          Gap("CL602", "cablemap joins COUNTER TERRORISM into one word; cablelint keeps "
              "the words and reports them as free text")),
    _tags("05TELAVIV1580", "TAGS PGOV, PREL, KWBG, IR, IS, COUNTERTERRORISM, GOI EXTERNAL ",
          ["PGOV", "PREL", "KWBG", "IR", "IS", "COUNTERTERRORISM", "GOI EXTERNAL"]),
    _tags("cablemap", "TAGS PTER MARR, MOPPS", ["PTER", "MARR", "MOPS"],
          Gap("CL602", "cablemap corrects MOPPS; cablelint keeps it and asks 'did you mean "
              "MOPS?'")),
    _tags("cablemap", "TAGS: IS ISRAELI PALESTINIAN AFFAIRS GOI EXTERNAL",
          ["IS", "ISRAELI PALESTINIAN AFFAIRS", "GOI EXTERNAL"]),
    _tags("05BRASILIA2675", "TAGS: PREL PGOV BR OVIP ZOELLICK ROBERT US",
          ["PREL", "PGOV", "BR", "OVIP", "ZOELLICK, ROBERT", "US"]),
    _tags("07BUENOSAIRES1673", "DECL: 08/22/2017 AGS: PGOV, PREL, ECON, SOCI, AR",
          ["PGOV", "PREL", "ECON", "SOCI", "AR"],
          Gap("CL106", "TAGS run onto a line that begins with DECL, not with the E.O. "
              "keyword: no TAGS line is recognised, CL106 reports it missing")),
    _tags("04ANKARA348", "E.o. 12958: decl: 01/07/2014 Tags: prel, pgov, pins, tu Subject: "
          "turkish p.m. Erdogan goes to washington: how strong a leader in the face of "
          "strong challenges?",
          ["PREL", "PGOV", "PINS", "TU"]),
    _tags("08MANAMA492", "E.O. 12958: DECL: 07/24/2018\nTAGS: KCRM KWMN ASEC PHUM BA\n"
          "SUBJECT: BAHRAIN SEEKS IOM'S ASSISTANCE TO COMBAT TIP",
          ["KCRM", "KWMN", "ASEC", "PHUM", "BA"]),
    _tags("08MANAMA492", "E.O. 1295: DECL: 07/24/2018\nTAGS: KCRM KWMN ASEC PHUMBA\n"
          "SUBJECT: BAHRAIN SEEKS IOM'S ASSISTANCE TO COBAT TIP",
          ["KCRM", "KWMN", "ASEC", "PHUM", "BA"]),
    _tags("cablemap", "E.O. 12958: DECL:  1/20/2019\n"
          "TAGS: PGOV PREL ECON EFIN SCUL EPET PHUM KDEM LY\n"
          "SUBJECT: LIBYA POSTPONES GENERAL PEOPLE'S CONGRESS, WALKS BACK FROM WEALTH "
          "DISTRIBUTION AND PRIVATIZATION PLANS",
          ["PGOV", "PREL", "ECON", "EFIN", "SCUL", "EPET", "PHUM", "KDEM", "LY"]),
    _tags("09CAIRO2205", "POSTS FOR FRAUD PREVENTION UNITS E.O. 12958: N/A TAGS: "
          "KFRDKIRFCVISCMGTKOCIASECPHUMSMIGEG\n\n"
          "SUBJECT: BLIND COPTIC GIRLS' CHOIR USED FOR ALIEN SMUGGLING REF: CAIRO 2178",
          ["KFRD", "KIRF", "CVIS", "CMGT", "KOCI", "ASEC", "PHUM", "SMIG", "EG"]),
    _tags("05SANJOSE2199", "E.O. 12958: N/A\nTAGS: PREL SCUL ETRD CS UNDESCO\n"
          "SUBJECT: COSTA RICA: UNESCO DEMARCHE DELIVERED",
          ["PREL", "SCUL", "ETRD", "CS", "UNESCO"],
          Gap("CL602", "cablemap corrects UNDESCO; cablelint keeps it and asks 'did you "
              "mean UNESCO?'")),
    _tags("04PANAMA586", "E.O. 12958: DECL: 03/10/2009\n"
          "TAGS: MARR PREL PINS EWWT MOPS PM LABOR HUMAN RIGHTSPOLMIL\n"
          "SUBJECT: PANAMA OFFERS BETTER HIGH-VALUE TRANSIT GUARANTEE",
          ["MARR", "PREL", "PINS", "EWWT", "MOPS", "PM", "LABOR", "HUMAN RIGHTS", "POL",
           "MIL"],
          Gap("CL602", "RIGHTSPOLMIL is free text glued to POL and MIL, no known codes: "
              "not split, reported as free text")),
    _tags("06SANJOSE2802", "E.O. 12958: N/A\nTAGS: ETRDEINVECINPGOVCS\n"
          "SUBJECT: COSTA RICA'S INSURANCE MONOPOLY PREPARES FOR COMPETITION",
          ["ETRD", "EINV", "ECIN", "PGOV", "CS"]),
    _tags("09BRASILIA542", "E.O. 12958: N/A\n"
          "TAGS: KFLU AEMR ASEC AMEDCASCKFLO TBIO KSAF KPAO PREL\nPINR, AMGT, TF, BR\n"
          "SUBJECT: TFFLU01: H1N1 INFLUENZA OUTBREAK AND BRAZIL:  SITREP # 5",
          ["KFLU", "AEMR", "ASEC", "AMED", "CASC", "KFLO", "TBIO", "KSAF", "KPAO", "PREL",
           "PINR", "AMGT", "TF", "BR"]),
    _tags("02VATICAN5607", "E.O. 12958: DECL: 11/19/2012\n"
          "TAGS: PREL PGOV PHUM VT PGOV PHUM VT VE VEPREL\n"
          "SUBJECT: HOLY SEE URGES CHURCH TO PROMOTE VENEZUELAN\n"
          "DIALOGUE, AVOID POLITICAL ACTIVISM",
          ["PREL", "PGOV", "PHUM", "VT", "VE"]),
    _tags("01VATICAN3507", "EO 12958 DECL: 07/02/11\n"
          "TAGS PREL, PHUM, IS, EG, CH, ID, PHUM, IS, EG, CH, ID, PHUM, IS, EG, CH, ID, "
          "PHUM, IS, EG, CH, ID, VT, VTPREL, VTPREL, VTPREL\nSUBJECT:  THE VATIC",
          ["PREL", "PHUM", "IS", "EG", "CH", "ID", "VT"]),
    _tags("04PANAMA2524", "E.O. 12958: DECL: 10/05/2014\n"
          "TAGS: ECON ETRD EFIN PTER SNAR PM ECONOMIC AFFAIRS\n"
          "SUBJECT: UNDERSTANDING PANAMA'S COLON FREE ZONE",
          ["ECON", "ETRD", "EFIN", "PTER", "SNAR", "PM", "ECONOMIC AFFAIRS"]),
    _tags("07SAOPAULO212", "E.O. 12958: N/A\n"
          "TAGS: OVIP BUSH GEORGE PREL PGOV SOCI EPET KTIA BR\n"
          "SUBJECT: VISIT OF PRESIDENT GEORGE W. BUSH TO SAO PAULO, BRAZIL",
          ["OVIP", "BUSH, GEORGE", "PREL", "PGOV", "SOCI", "EPET", "KTIA", "BR"]),
    _tags("04PANAMA672", "E.O. 12958:  N/A\n"
          "TAGS: CASC CJAN SNAR PHUM CU PM NOVO GUILLERMO REMON PEDRO JIMENEZ GASPAR "
          "CONSULAR AFFAIRS\nSUBJECT:  FATE OF ANTI-CASTRO CUBAN AMERICANS IN THE HANDS\n"
          "OF JUDGE",
          ["CASC", "CJAN", "SNAR", "PHUM", "CU", "PM", "NOVO, GUILLERMO", "REMON, PEDRO",
           "JIMENEZ, GASPAR", "CONSULAR AFFAIRS"]),
    _tags("04ROME3708", "E.O. 12958: DECL: 06/01/2034\n"
          "TAGS: MARR PREL ETTC EIND IT GLOBAL DEFENSE\nSUBJECT: (C)",
          ["MARR", "PREL", "ETTC", "EIND", "IT", "GLOBAL DEFENSE"]),
    _tags("06TELAVIV2787", "E.O. 12958: DECL: 07/14/2016\n"
          "TAGS: ECON ETRD PREL PGOV PTER KWBG JO IS ECONOMY AND FINANCE\n"
          "SUBJECT: HERZOG LAMENTS TIMING OF SECURITY CRISES ON\nTOURISM INDUSTRY",
          ["ECON", "ETRD", "PREL", "PGOV", "PTER", "KWBG", "JO", "IS", "ECONOMY AND FINANCE"]),
    _tags("03ROME2045", "E.O. 12958: DECL: 05/12/2013\n"
          "TAGS: PREL MARR MOPS IT MARR MOPS IT MARR MOPS IT MARR MOPS IT MARR MOPS IT MARR "
          "MOPS IT IZ IZPREL IZPREL IZPREL IZPREL IZPREL IRAQI FREEDOM\n\n\n\nSUBJECT: RE",
          ["PREL", "MARR", "MOPS", "IT", "IZ", "IRAQI FREEDOM"]),
    _tags("05ROME3585", "TAGS: PREL PGOV CVIS IT ITALY NATIONAL ELECTIONS ITALIAN POLITICS "
          "IRAQI FREEDOM\nSUBJECT:",
          ["PREL", "PGOV", "CVIS", "IT", "ITALY NATIONAL ELECTIONS", "ITALIAN POLITICS",
           "IRAQI FREEDOM"]),
    _tags("09LONDON2499", "E.O. 12958: DECL: 09/22/2019\n"
          "TAGS: PREL PGOV KPAL ETRD KNNP PARM SENV MARR MNUC\n"
          "ECON, PHUM, RS, IS, IR, GG, AF, UK SUBJECT: MILIBAND'S RUSSIA TRIP AIMS TO MOVE "
          "BILATERAL RELATIONSHIP FORWARD  REF: LONDON DAILY 11/3/09  Classified By: Deputy "
          "Chief of Mission Richard LeBaron, reasons 1.4 (b,d).",
          ["PREL", "PGOV", "KPAL", "ETRD", "KNNP", "PARM", "SENV", "MARR", "MNUC", "ECON",
           "PHUM", "RS", "IS", "IR", "GG", "AF", "UK"]),
    _tags("05OTTAWA3726", "E.O. 12958: N/A\nTAGS: ECON ETRD PGOV CA MX SIPDIS\n"
          "SUBJECT: TRILATERAL REGULATORY COOPERATION MEETING UNDER\nSPP: INFORMATION SHARING",
          ["ECON", "ETRD", "PGOV", "CA", "MX"],
          Gap("CL602", "SIPDIS written at the end of the TAGS line stays a token, reported "
              "as unknown")),
    _tags("07KUWAIT624", "E.O. 12958: N/A\nTAGS: OREP AMGT ASEC AFIN GM IZ IC KU COUNTRY\n"
          "CLEARANCE\nSUBJECT: KUWAIT GRANTS COUNTRY CLEARANCE FOR CODEL BOND\n(MAY 3-7)",
          ["OREP", "AMGT", "ASEC", "AFIN", "GM", "IZ", "IC", "KU", "COUNTRY CLEARANCE"]),
    _tags("05PANAMA1818", "TAGS: PGOV PREL PM POL FOREIGN POL",
          ["PGOV", "PREL", "PM", "POL", "FOREIGN POL"]),
    _tags("06TELAVIV344", "TAGS: IS KMDR MEDIA REACTION REPORT",
          ["IS", "KMDR", "MEDIA REACTION REPORT"]),
    _tags("05ISTANBUL329", "TAGS: TU BO MD PHUM KCRM PGOV KJUS TIP IN TURKEY",
          ["TU", "BO", "MD", "PHUM", "KCRM", "PGOV", "KJUS", "TIP IN TURKEY"]),
    _tags("cablemap", "E.O. 12958: N/A\nTAGS: ECON EFIN ELAB ETRD KIPR PTER SOCI TBIO SP\nEINV\n"
          "SUBJECT: MADRID WEEKLY ECON/AG/COMMERCIAL UPDATE - NOVEMBER\n12-16",
          ["ECON", "EFIN", "ELAB", "ETRD", "KIPR", "PTER", "SOCI", "TBIO", "SP", "EINV"]),
]

SUBJECTS = [
    _subject("cablemap", "TAGS: TAG TAG2\nSUBJECT:  SINGLE LINE SUBJECT\n\nREF: REF 1",
             "SINGLE LINE SUBJECT"),
    _subject("cablemap", "TAGS: TAG TAG2\nSUBJECT: SUBJECT WHICH HAS a\nSECOND LINE\n\n"
             "REF: REF 1", "SUBJECT WHICH HAS a SECOND LINE"),
    _subject("cablemap", "SUBJECT: SAG AGREES TO USG STEPS TO PROTECT OIL FACILITIES\n"
             "REF: A. RIYADH 1579  B. RIYADH 1408  C. RIYADH 1298",
             "SAG AGREES TO USG STEPS TO PROTECT OIL FACILITIES"),
    _subject("cablemap", "SUBJECT: SAG AGREES TO USG STEPS TO PROTECT OIL FACILITIES\n"
             "REF A. RIYADH 1579  B. RIYADH 1408  C. RIYADH 1298",
             "SAG AGREES TO USG STEPS TO PROTECT OIL FACILITIES"),
    _subject("cablemap", "SUBJECT SAG AGREES TO USG STEPS TO PROTECT OIL FACILITIES\n"
             "REF A. RIYADH 1579  B. RIYADH 1408  C. RIYADH 1298",
             "SAG AGREES TO USG STEPS TO PROTECT OIL FACILITIES",
             recovered="CL106"),  # the missing colon
    _subject("cablemap", "SUBJECT: NEGOTIATIONS", "NEGOTIATIONS"),
    _subject("cablemap", "SUBJECT: A CAUCASUS WEDDING\nClassified By: Deputy Chief of Mission "
             "Daniel A. Russell. Reason 1.4 ( b, d)", "A CAUCASUS WEDDING"),
    _subject("cablemap", "SUBJ: GUINEA - U.S./French Meeting with President Compaore\n\n"
             "Classified by Charge d'Affaires", "GUINEA - U.S./French Meeting with President "
             "Compaore"),
    _subject("cablemap", "SUBJECT: UAE FM DISCUSSES TALIBAN FINANCIAL FLOWS AND REINTEGRATION\n"
             "WITH AMB. HOLBROOKE AND TREASURY A/S COHEN\nCLASSIFIED BY: Richard",
             "UAE FM DISCUSSES TALIBAN FINANCIAL FLOWS AND REINTEGRATION WITH AMB. HOLBROOKE "
             "AND TREASURY A/S COHEN"),
    _subject("cablemap", "SUBJECT:  EXTENDED NATIONAL JURISDICTIONS OVER HIGH SEAS\n\n"
             "REF: STATE 106206 CIRCULAR; STATE CA-3400 NOV 2, 1966",
             "EXTENDED NATIONAL JURISDICTIONS OVER HIGH SEAS"),
    _subject("cablemap", "SUBJECT: (S) GERMANY TAKING ACTION ON SHIPMENT OF ...",
             "GERMANY TAKING ACTION ON SHIPMENT OF ..."),
    _subject("cablemap", "E.o. 12958: decl: 01/07/2014 Tags: prel, pgov, pins, tu Subject: "
             "turkish p.m. Erdogan goes to washington: how strong a leader in the face of "
             "strong challenges?",
             "turkish p.m. Erdogan goes to washington: how strong a leader in the face of "
             "strong challenges?"),
    _subject("cablemap", "SUBJECT: PART 3 OF 3:  THE LIFE AND TIMES OF SOUTH AFRICA'S\n"
             "NEW PRESIDENT\nPRETORIA 00000954 001.2 OF 004",
             "PART 3 OF 3: THE LIFE AND TIMES OF SOUTH AFRICA'S NEW PRESIDENT"),
    _subject("cablemap", "TAGS: PGOV EINV INRB GM\nSUBJECT: GERMANY/BAVARIA: CSU HOPES FOR "
             "FRESH START WITH NEW AND\nYOUNGER FACES IN CABINETAND A DYNAMIC SECRETARY GENERAL",
             "GERMANY/BAVARIA: CSU HOPES FOR FRESH START WITH NEW AND YOUNGER FACES IN "
             "CABINETAND A DYNAMIC SECRETARY GENERAL"),
    _subject("cablemap", "TAGS ENRG, EUN, ECON, EIND, KGHG, SENV, SW\nSUBJECT: SWEDISH DEPUTY PM "
             "URGES SENIOR USG VISITS TO SWEDEN DURING\nEU PRESIDENCY; WANTS TO LAUNCH U.S.-EU "
             "ALERNATIVE ENERGY PARTNERSHIP AT U.S.-EU SUMMIT",
             "SWEDISH DEPUTY PM URGES SENIOR USG VISITS TO SWEDEN DURING EU PRESIDENCY; WANTS "
             "TO LAUNCH U.S.-EU ALERNATIVE ENERGY PARTNERSHIP AT U.S.-EU SUMMIT"),
    _subject("cablemap", "EO 12958 DECL: 07/09/2018\nTAGS PREL, PTER, MOPS, IR, PK, AF, CA\n\n"
             "SUBJECT: COUNSELOR, CSIS DIRECTOR DISCUSS CT THREATS,\nPAKISTAN, AFGHANISTAN, "
             "IRAN\nREF: A. OTTAWA 360 B. OTTAWA 808 C. OTTAWA 850 D. OTTAWA 878",
             "COUNSELOR, CSIS DIRECTOR DISCUSS CT THREATS, PAKISTAN, AFGHANISTAN, IRAN"),
    _subject("cablemap", "TAGS OVIP (CLINTON, HILLARY), PGOV, PREL, KDEV, ECON,\nNL, IS, SR\n"
             "SUBJECT: (U) Secretary Clinton's July 14 conversation\n"
             "with Dutch Foreign Minister Verhagen",
             "Secretary Clinton's July 14 conversation with Dutch Foreign Minister Verhagen"),
    _subject("cablemap", "TAGS: ECON EINV ENRG PGOV PBTS MARR BR\n\nSUBJECT: AMBASSADOR SOBEL "
             "MEETS WITH KEY ENERGY ENTITIES IN RIO Ref(s): A) 08 RIO DE JAN 138; B) 08 RIO DE "
             "JAN 0044 and previous Sensitive But Unclassified - Please handle accordingly. "
             "This message has been approved by Ambassador Sobel.",
             "AMBASSADOR SOBEL MEETS WITH KEY ENERGY ENTITIES IN RIO",
             recovered="CL105"),  # Ref(s): run onto the SUBJECT line
    _subject("cablemap", "SUBJECT: BRAZIL: BLACKOUT -CAUSES AND IMPLICATIONS Classified By: "
             "Charge d'Affaires Cherie Jackson, Reasons 1.4 (b) and (d). REFTELS: A) 2008 "
             "BRASILIA 672, B) 2008 BRASILIA 593, C)2008 SAO PAULO 260",
             "BRAZIL: BLACKOUT -CAUSES AND IMPLICATIONS"),
    _subject("cablemap", "SUBJECT: CARDINAL HUMMES DISCUSSES LULA GOVERNMENT, THE OPPOSITION, "
             "AND FTAA REF: (A) 05 SAO PAULO 405; (B) 05 SAO PAULO 402 (C) 02 BRASILIA 2670",
             "CARDINAL HUMMES DISCUSSES LULA GOVERNMENT, THE OPPOSITION, AND FTAA"),
    _subject("06BRASILIA882", "SUBJECT: ENERGY INSTALLATIONS REF: BRASILIA 861",
             "ENERGY INSTALLATIONS"),
    _subject("08MOSCOW864", "TAGS: EPET ENRG ECON PREL PGOV RS\nSUBJECT: WHAT'S BEHIND THE RAIDS "
             "ON TNK-BP AND BP REF: A. MOSCOW 816 B. MOSCOW 768 C. 07 MOSCOW 3054 Classified "
             "By: Ambassador William J. Burns for Reasons 1.4 (b/d)",
             "WHAT'S BEHIND THE RAIDS ON TNK-BP AND BP"),
    _subject("08TRIPOLI266", "SUBJECT: GOL DELAYS RELEASING DETAINED HUMAN RIGHTS ACTIVIST FATHI "
             "EL-JAHMI REF: A) TRIPOLI 223, B) TRIPOLI 229",
             "GOL DELAYS RELEASING DETAINED HUMAN RIGHTS ACTIVIST FATHI EL-JAHMI"),
    _subject("05BRASILIA1839", "E.O. 12958: N/A\nTAGS: EAIR EINV\nSUBJECT: BRAZIL - NEXT STEPS "
             "FOR VARIG UNCLEAR REFS: (A) BRASILIA 1608, (B) BRASILIA 1631, (C) BRASILIA 1566",
             "BRAZIL - NEXT STEPS FOR VARIG UNCLEAR"),
    _subject("05BRASILIA2806", "E.O. 12958: N/A\nTAGS: EAIR EINV PGOV ETRD\nSUBJECT: BRAZILIAN "
             "GOVERNMENT INTERVENES IN VARIG - TOO LITTLE, TOO LATE? REFS: (A) BRASILIA 1839, "
             "(B) BRASILIA 1608, (C) BRASILIA 1566",
             "BRAZILIAN GOVERNMENT INTERVENES IN VARIG - TOO LITTLE, TOO LATE?"),
    _subject("05TASHKENT284", "TAGS ECON PREL PINR UZ\nSUBJECT: GULNORA INC. STRIKES AGAIN\n"
             "REFS: A) 04 TASHKENT 3390 B) 04 TASHKENT 2574 and previous\n\n"
             "CLASSIFIED BY AMB. JON R. PURNELL, FOR REASONS 1.4 (B, D)",
             "GULNORA INC. STRIKES AGAIN"),
]

DECLS = [
    _decl("cablemap", "DEPT FOR WHA/BSC E.O. 12958: DECL: 11/22/2012", "2012-11-22"),
    _decl("cablemap", "EO 12958 DECL: 2020/02/23", "2020-02-23"),
    _decl("cablemap", "E.O. 12958: DECL: 11/03/2015", "2015-11-03"),
    _decl("cablemap", "EO 12958 DECL: 12/31/2034", "2034-12-31"),
    _decl("cablemap", "E.O. 12958 DECL: 12/31/2034", "2034-12-31"),
    _decl("cablemap", "E.o. 12958: decl: 07/01/2034", "2034-07-01"),
    _decl("cablemap", "E.o. 12958: decl: 01/07/2014 Tags: prel, pgov, pins, tu Subject: "
          "turkish p.m. Erdogan goes to washington: how strong a leader in the face of strong "
          "challenges?", "2014-01-07"),
    _decl("cablemap", "EO 12958: decl: 12/31/2034", "2034-12-31"),
    _decl("cablemap", "EO 12958: decl: 6/30/08", "2008-06-30"),
    _decl("cablemap", "EO 12958: decl: 6/3/08", "2008-06-03"),
    _decl("cablemap", "EO 12958: decl: 06/30/08", "2008-06-30"),
    _decl("cablemap", "E.O. 12958: N/A", None),
]

SIGNERS = [
    _signer("75LIBREVILLE1895", "PHONE ESSONGHE DIRECTLY THIS AFTERNOON IF HE STILL\n"
            "APPEARS TO BE WAVERING.\nSTEIGMAN\nCONFIDENTIAL", "STEIGMAN"),
    _signer("78TEHRAN389", "AMOUZEGAR IN EFFORT TO REVERSE RELATIVE LIBERALIZATION OF\n"
            "RECENT MONTHS.\n\nSULLIVAN\n\nCONFIDENTIAL\n\n"
            "Declassified/Released US Department of State EO Systematic\nReview 30 JUN 2006",
            "SULLIVAN"),
    _signer("79TEHRAN8980", "IS GOING TO RESIST THE VERY CONCEPT OF A RATIONAL\n"
            "(FROM THE WESTERN POINT OF VIEW) NEGOTIATING PROCESS.\n\n\nLAINGEN\n\nCONFIDENTIAL",
            "LAINGEN"),
    _signer("79ANKARA6618", "7. COMMENT: WHILE NEW TO THE JOB, KOKSAL, FORMERLY WITH THE POLICY "
            "PLANNING STAF, WAS SUBSTANTIALLY MORE OPEN THAN HIS PREDECESSORS IN DISCUSSING "
            "KURDISH QUESTION.\n\nSPIERS", "SPIERS"),
    _signer("79TEHRAN12130", "IT HAS ALREADY STARTED, BUT THE PROCESS COULD CONTINUE FOR A "
            "COUPLE YEARS.\n\nLAINGEN", "LAINGEN"),
    _signer("cablemap", "HAD BEEN HARVESTED BY THE JAPANESE COASTAL\nWHALING FLEET THROUGH "
            "JANUARY 7.\n-\nCLARK", "CLARK"),
    _signer("cablemap", "AND NEW YORK TIMES); SOME OF THESE ARE THINKING ABOUT\nLEAVING.\n\n\n"
            "BARTHOLOMEW", "BARTHOLOMEW"),
    _signer("cablemap", "HAVE BEEN CRITICALLY WOUNDED. THE ANC GROUP REPORTEDLY FLED BACK INTO\n"
            "BOTSWANA. END COMMENT.\n\n\nMAINO", "MAINO"),
    _signer("cablemap", "20.  NOTE:  POST WOULD WELCOME CRITICISMS AND\nCONTRIBUTIONS TO THIS "
            "STUDY FROM DEPARTMENT, CIA, AND\nDIA, AND EMBASSIES BAGHDAD, AMMAN, AND RIYADH.  "
            "OUR\nOWN HISTORICAL SOURCES ARE EXTREMELY LIMITED.\n\n"
            "21.  BEIRUT MINIMIZE CONSIDERED.  EAGLETON", "EAGLETON"),
    _signer("cablemap", "BE CONCERNED ABOUT IS UNKNOWN.  PRINCE SUFRI'S BUSINESS\nPROSPECTS MAY "
            "BE BOTH DEPENDENT ON AND AN INDICATION OF THE\nEXISTENCE OF SUCH CONCERN.\n\n\nKING",
            "KING"),
    _signer("cablemap", "stabilize his political base and that we can make more\n"
            "significant progress soon.\nVERSHBOW", "VERSHBOW"),
    _signer("cablemap", "BILLION DOLLARS IN OUTSTANDING DEBT--MIGHT BE IN\nJEOPARDY.\n\n"
            "STRAUSZ-HUPE", "STRAUSZ-HUPE"),
    _signer("cablemap", "AMERICA\" AND \"ALLAHU AKBAR,\"  HE WAS ADMITTED TO THE\nEMBASSY GROUNDS "
            "AND WAS NOT HINDERED IN HIS OBSERVATIONS.\nRICKERT\n\n\nCONFIDENTIAL\n\nSIPDIS",
            "RICKERT"),
    _signer("cablemap", "IMPENDING CLASHES, SUQ AL-GHARB HAS REMAINED CURIOUSLY\nQUIET.  END "
            "COMMENT.\n\nBARTHOLOMEW\n\nNOTE BY OC/T:  HEADING AS RECEIVED.  CORRECTION TO "
            "FOLLOW.", "BARTHOLOMEW"),
    _signer("cablemap", "(SEE REFTEL), THE FARC CAN CULTIVATE SUCH A POSITIVE\nIMAGE WHILE "
            "PROCEEDING WITH BUSINESS AS USUAL.\n\nGILLESPIE##", "GILLESPIE",
            recovered="CL111"),  # the ##
    _signer("cablemap", "CROWN PRINCE IS PRESIDENT OF THE SAUDI EQUESTRIAN CLUB\nIN RIYADH.\n\n\n"
            "END TEXT.\n\n\nHORAN##", "HORAN", recovered="CL111"),
    _signer("cablemap", "ELIMINATION OF JURY TRIAL FOR SOME MURDER TRIALS, ARE\nAPT TO BE "
            "OVERTURNED.\n\nMCNAMARA.", "MCNAMARA", recovered="CL111"),  # the full stop
    _signer("cablemap", "     DIPLOMATIC SECURITY WHICH COMPILED THIS\n     REPORT.  END OF TEXT. "
            "BAKER\n\n\nUNCLASSIFIED", "BAKER"),
    _signer("cablemap", "FONOFF REACTION, WE WOULD THEN COUCH AIDE-MEMOIRE IN TERMS\nWHICH WOULD "
            "APPEAR MOST LIKELY TO SUCCEED.\n\nGP-3\nSACCIO", "SACCIO"),
    _signer("cablemap", "WORLD, WHICH SEES AND UNDERSTANDS ALL, VERY WELL,\nUNDERTAKES "
            "SOMETHING.  END TEXT.\nEINIK\n                       UNCLASSIFIED\n\n\n"
            "                       UNCLASSIFIED\n\n"
            "PAGE 04        ZAGREB  01569  04 OF 04  071629Z\n\n\n\n"
            "                       UNCLASSIFIED\n\n\n\nNNNN", "EINIK"),
    _signer("85BAGHDAD3988", "MAKING THE SOVIETS A SUFFICIENTLY ATTRACTIVE OFFER TO SWITCH\n"
            "SIDES.-/\n\n\nNEWTON", "NEWTON"),
    _signer("86STATE29781", "EVOLUTION. END TEXT.\n\n4.  KAMPALA MINIMIZE CONSIDERED.\n"
            "UNQUOTE\n\nSHULTZ", "SHULTZ"),
    _signer("86ALEXANDRIA1240", "EGYPTIAN-ISRAELI TIES.  TUVAL IS ASSISTED IN HIS \n \n \n"
            "HAMBLEY ", "HAMBLEY"),
    _signer("00THEHAGUE1810", "4.  PLEASE NOTE A CHANGE IN VON DER ASSEN'S PHONE NUMBER.\n"
            "IT NOW IS 31-70-378 4921.\nSCHNEIDER", "SCHNEIDER"),
    _signer("04CARACAS1540", "of this support will last only as long as the cash flows.\n"
            "(Drafted: PAS: Victoria Alvarado.)\nSHAPIRO\n\n\nNNNN\n\n"
            "      2004CARACA01540 - UNCLASSIFIED", "SHAPIRO"),
    _signer("00HANOI2480", "FIVE -- FOR IDEAS ON ECONOMIC AND POLITICAL REFORM.\nEND COMMENT.\n"
            "PETERSON\n\nNOTE: NOT PASSED TO ABOVE ADDRESSEE(S)\n\n"
            "                       CONFIDENTIAL", "PETERSON"),
    _signer("00HANOI2605", "TO OR IN THE CARRYING OUT OF THESE ILLEGAL ACTIVITIES.)  END\n"
            "                       UNCLASSIFIED\n\n"
            "PAGE 04        HANOI  02605  300858Z\nTEXT.\n\nPETERSON\n\n"
            "                       UNCLASSIFIED", "PETERSON"),
    _signer("07LAGOS97", "commercial development of the gas, taking into account that\n"
            "exploration costs are recovered from oil revenue, and\nunsuccessful oil "
            "exploration is considered a sunk cost.  The\nNNPC retains ownership of PSC gas.\n"
            "BROWNE", "BROWNE"),
    _signer("08KINSHASA329", "Monthly Inflation and Exchange Rates\n"
            "------------------------------------\n\n"
            "57. (U) The monthly inflation rate for March was 5.6 percent. The", None,
            recovered="CL111"),  # cut off mid-sentence: The is no name, no sign-off
    _signer("01HANOI3209", "DEFENSE MINISTERS ARE LIKELY FURTHER TO DISCUSS SUCH\nEXPANDED "
            "ANTI-TERRORISM COOPERATION.\nPORTER\n\n                       UNCLASSIFIED",
            "PORTER"),
    _signer("88DHAKA2166", "(SAARC) TO ADDRESS THE PROBLEM OF INTERNATIONAL\nTERRORISM.  "
            "BANGLADESH'S UNGA VOTING RECORD ON TERRORISM\nIS UNAVAILABLE AT POST.\n\n\n"
            "DE PREE", "DE PREE"),
    _signer("88STATE271057", "OUR ALLIES.  END FYI. YYY\n\n\nWHITEHEAD", "WHITEHEAD"),
    _signer("88BEIJING25961", "TO THE MAIN OFFICE OF THE CIVIL AVIATION\nADMINISTRATION OF CHINA "
            "(CAAC) WHICH SERVES AS AIR\nMONGOLIA'S AGENT IN CHINA.\n\nLORD\n"
            "LIMITED OFFICIAL USE\nNNNN", "LORD"),
    _signer("89BANGKOK3838", "PENH TOMORROW, AND ALL ACCOUNTS AGREE THAT HE COULD SO\nEXTEND HIS "
            "VISIT IF HE WISHED.\n\n\nO'DONOHUE", "O'DONOHUE"),
    _signer("91KAMPALA4929", "   ACTS.  ANY PUBLIC PRONOUNCEMENTS TO THAT EFFECT\n   ARE NOT "
            "KNOWN TO HAVE BEEN MADE BY THIS GOVERNMENT.\n\nH. NO CHANGE.\n \nREGARDS \n \n"
            "CARSON ", "CARSON"),
    _signer("07BRUSSELS3382", "ground and will not provide softer landings. \n \n"
            "BRUSSELS 00003382  003 OF 003 \n \n \nGRAY \n.", "GRAY"),
    _signer("07PANAMA1797", "high and distinguished consideration. \n \nNovember 16, 2007 \n"
            "To the Honorable Embassy of the United States of America \nCity \nARREAGA",
            "ARREAGA"),
    _signer("02ROME1748", "RABTA FOR ILLICIT B/CW PRODUCTION. \nSEMBLER \n \n"
            "                          SECRET \n \n> \n 2002ROME01748 - Classification: SECRET",
            "SEMBLER"),
]

CASES = TAGS + SUBJECTS + DECLS + SIGNERS
