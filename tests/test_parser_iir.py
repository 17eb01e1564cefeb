"""Parser tests for the layout of a DoD intelligence report (IIR) sent as a cable:
its fields with their spans, and what they mean for the subject, the markers
and the derivative-classification line."""

from __future__ import annotations

from cable_snippets import assert_span, covered, parse_ok
from iir_snippets import IIR

from cablelint.parser import parse_text


def test_iir_fields_and_spans() -> None:
    iir = parse_ok(IIR).iir
    assert iir is not None and iir.serial == "6 999 0001 05"
    assert [field.label for field in iir.fields] == [
        "SERIAL", "COUNTRY", "IPSP", "TAGS", "SUBJECT", "WARNING", "DOI", "SUMMARY", "TEXT",
        "COMMENTS", "COLL", "PREP", "DISSEM", "DRV FROM", "DECL ON"]
    assert_span(IIR, iir.field("COUNTRY").label_span, "COUNTRY:")
    assert covered(IIR, iir.field("WARNING").span).endswith("NOT FINALLY\nEVALUATED INTELLIGENCE.")
    comments = iir.field("COMMENTS")
    assert comments.number == 1 and covered(IIR, comments.number_span) == "1."
    assert covered(IIR, comments.span).endswith("SOURCE REMAINS AVAILABLE.")
    assert covered(IIR, iir.field("DECL ON").span) == "DECL ON: X1"
    assert iir.field("SUMMARY").number is None


def test_iir_subject_ends_before_the_next_field_with_its_mark() -> None:
    subject = parse_ok(IIR).subject
    assert subject.text == "IIR 6 999 0001 05/ZENDA OFFICERS SUPPORT THE STRELSAU CANDIDATE"
    assert subject.mark_at_end and covered(IIR, subject.portion_mark.span) == "(U)"


def test_iir_summary_label_is_no_marker_and_drv_from_is_derived_from() -> None:
    document = parse_ok(IIR)
    assert [marker.kind for marker in document.markers] == []
    assert document.derived_from is not None
    assert covered(IIR, document.derived_from.span) == "DRV FROM: DO HUMINT SCG SEP 2003"


def test_the_caption_is_a_noforn_caption() -> None:
    [caption] = [c for c in parse_ok(IIR).captions if c.kind == "level"]
    assert [control.word for control in caption.controls] == ["NOFORN"]


def test_a_serial_line_without_the_iir_fields_is_no_iir() -> None:
    # a SERIAL line and a TEXT label alone are not the layout (three IIR-only labels)
    text = IIR.replace("COUNTRY:", "COUNTRIES").replace("IPSP:", "IPSP").replace(
        "DOI:", "DOI").replace("COMMENTS:", "COMMENTS").replace("COLL:", "COLL").replace(
        "PREP:", "PREP").replace("DISSEM:", "DISSEM").replace("DRV FROM:", "DRV FROM")
    assert parse_text(text).iir is None


def test_a_serial_line_without_an_iir_number_is_no_iir() -> None:
    text = IIR.replace("SERIAL: (U) IIR 6 999 0001 05.", "SERIAL: (U) ZENDA 123.")
    assert parse_text(text).iir is None
    assert parse_text(text).derived_from is None
