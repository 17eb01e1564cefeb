"""The Bad/Good examples of a rule's documentation, made into whole cables.

Why: ``cablelint explain`` shows these examples to users, so each must really
be reported (Bad) or pass (Good).  Most examples are fragments (two numbered
paragraphs, a TAGS line); :func:`as_cable` completes a fragment with a plain
header and body around it, the way the fragment would sit in a real cable:

- an example with a banner or routing lines of its own is used as written;
- an example with header fields (E.O., TAGS, SUBJECT, REF, Classified By,
  captions) gets a banner above it, and any of the standard fields it lacks,
  then a plain body;
- any other example is a body fragment: it gets the standard header above it.

A sign-off is added unless the example ends in a line that could be one.
"""

from __future__ import annotations

import textwrap

from cablelint.parser import parse_text
from cablelint.rules.base import Settings

BANNER = "C O N F I D E N T I A L ZENDA 000123"
HEADER_FIELDS = {
    "sipdis": "SIPDIS",
    "eo": "E.O. 12958: DECL: 06/10/2019",
    "tags": "TAGS: PREL PGOV AU",
    "subject": "SUBJECT: (C) THE KING'S CORONATION",
    "classified_by": "Classified By: Ambassador R. Rassendyll for reasons 1.4 (b) and (d)",
}
BODY = "1. (C) The king was crowned today.\n\n2. (C) The harbour stayed calm."
SIGNOFF = "RASSENDYLL"

def examples(documentation: str, section: str) -> list[str]:
    """The indented blocks under ``Bad:`` or ``Good:`` (one example per block)."""
    found: list[str] = []
    lines = documentation.splitlines()
    for index, line in enumerate(lines):
        if line.strip() != section:
            continue
        block: list[str] = []
        for following in lines[index + 1:]:
            if following.strip() and not following.startswith((" ", "\t")):
                break
            block.append(following)
        text = textwrap.dedent("\n".join(block)).strip("\n")
        if text.strip():
            found.append(text)
    return found


def as_cable(example: str) -> str:
    """``example`` inside a plain cable (see the module documentation).

    What the example already has is read by the parser, not guessed here.
    """
    example = example.strip("\n")
    document = parse_text(example + "\n")
    if document.banner or document.routing or document.preamble:
        return example + "\n"
    present = {name for name in ("eo", "tags", "subject", "classified_by")
               if getattr(document, name) is not None}
    if present or document.references is not None or document.captions:
        if document.captions:
            present.add("sipdis")
        header = [BANNER, ""] + [HEADER_FIELDS[name] + ("\n" if name == "sipdis" else "")
                                 for name in HEADER_FIELDS
                                 if name not in present and name != "classified_by"]
        tail = [] if "classified_by" in present else ["", HEADER_FIELDS["classified_by"]]
        return "\n".join([*header, example, *tail, "", BODY, "", SIGNOFF]) + "\n"
    header = [BANNER, "", "SIPDIS", "", HEADER_FIELDS["eo"], HEADER_FIELDS["tags"],
              HEADER_FIELDS["subject"], "", HEADER_FIELDS["classified_by"], ""]
    return "\n".join([*header, example, "", SIGNOFF]) + "\n"


#: the file name and settings an example needs, by rule code: rules that read the
#: cable id from the file name, or metadata given with ``--metadata``
EXAMPLE_SETTINGS: dict[str, tuple[str, object]] = {
    # "(a 2007 cable)": the date is the cable id's year; the id is the banner's (a
    # banner naming another cable leaves the date unknown: the text is another cable's)
    "CL304": ("07ZENDA123.txt", None),
    # CL403/CL408: the examples are a cable whose metadata record says so (see their docs)
    "CL403": ("08ZENDA123.txt", Settings(metadata={
        "08ZENDA123": {"classification": "CONFIDENTIAL"}})),
    "CL408": ("08ZENDA123.txt", Settings(metadata={
        "08ZENDA123": {"classification": "CONFIDENTIAL//NOFORN"}})),
}
