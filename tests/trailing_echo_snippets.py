"""A cable whose header is printed again below its sign-off (07PANAMA1197's form:
the banner line, SIPDIS twice, E.O., TAGS, SUBJECT, REF and a Classified By line cut
off with "..."), for the parser's and the rules' tests.  Invented names."""

from __future__ import annotations

BANNER = "C O N F I D E N T I A L ZENDA 000417"
HEADER = (f"{BANNER}\n\nSIPDIS\n\nSIPDIS\n\nE.O. 12958: DECL: 07/13/2017\n"
          "TAGS: PREL PGOV ZN\nSUBJECT: ZENDA POST: EDITION V\n\nREF: ZENDA 1143\n\n"
          "Classified By: POLCOUNS Fritz von Tarlenheim. Reason: 1.4 (b), (d)\n\n")
BODY = ("\u00b61. (C) The regent of Zenda met the envoy from Strelsau today.\n\n"
        "\u00b62. (C) Comment: the visit went well.\n")
ECHO = (f"{BANNER}\n\nSIPDIS\n\nSIPDIS\n\nE.O. 12958: DECL: 07/13/2017\n"
        "TAGS: PREL PGOV ZN\nSUBJECT: ZENDA POST: EDITION V\n\nREF: ZENDA 1143\n\n"
        "Classified By: POLCOUNS Fritz von Tarlenheim. Reason: 1...")
#: the text, the signer and the header printed again below them
ECHOED = HEADER + BODY + "Rassendyll\n" + ECHO
