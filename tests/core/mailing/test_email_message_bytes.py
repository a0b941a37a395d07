"""The message as written for the wire: Python's email parser reads back the same
names, subject, parts and attachment, in any script, with CRLF line ends and no line
longer than a mail server takes."""

from __future__ import annotations

from email import message_from_bytes, policy

from coalitiondesk.core.mailing.compose import Composed
from coalitiondesk.core.mailing.messages import Attachment, message_bytes
from coalitiondesk.core.merge.documents import MergedDocument


def composed(*, name: str, subject: str, text: str, html: str) -> Composed:
    document = MergedDocument(recipient_id=7, name=name, address_lines=(), body_html=html,
                              fields={}, body_has_address=False)
    return Composed(recipient_id=7, name=name, address="park@example.kr", subject=subject,
                    html=html, text=text, document=document)


def test_what_is_written_reads_back_the_same() -> None:
    html = ("<p>Dear Dr Park,</p>\n<p>Ünïcode — “quoted”, a long line " + "x" * 300
            + "</p>\n.\n<p>서명해 주십시오. 署名をお願いします。</p>\n")
    text = "Dear Dr Park,\n\n.a dot first\nFrom the start of a line\n서명해 주십시오.\n"
    subject = "민지 님, 공개서한에 서명해 주시겠습니까? " * 3 + "Sign, “Min-ji”"
    pdf = bytes(range(256)) * 40
    content = message_bytes(
        composed(name='Min-ji "MJ" Park\n박민지', subject=subject, text=text, html=html),
        sender="desk@coalition.example", sender_name="Coalition Désk",
        message_id="<1.2@coalition.example>",
        attachment=Attachment("Letter – Park 박.pdf", pdf))

    message = message_from_bytes(content, policy=policy.default)

    assert message["To"].addresses[0].display_name == 'Min-ji "MJ" Park 박민지'
    assert message["To"].addresses[0].addr_spec == "park@example.kr"
    assert message["From"].addresses[0].display_name == "Coalition Désk"
    assert message["Subject"] == " ".join(subject.split())
    assert message["Message-ID"] == "<1.2@coalition.example>"
    assert message["Cc"] is None and message["Bcc"] is None
    plain = message.get_body(("plain",))
    assert plain is not None and plain.get_content().replace("\r\n", "\n") == text
    rich = message.get_body(("html",))
    assert rich is not None and rich.get_content().replace("\r\n", "\n") == html
    attachment = next(message.iter_attachments())
    assert attachment.get_filename() == "Letter – Park 박.pdf"
    assert attachment.get_content_type() == "application/pdf"
    assert attachment.get_content() == pdf
    lines = content.split(b"\r\n")
    assert all(b"\n" not in line and b"\r" not in line for line in lines)
    assert max(len(line) for line in lines) <= 998  # RFC 5322: longer lines are cut
    assert message.defects == [] and all(part.defects == [] for part in message.walk())


def test_a_long_plain_subject_is_folded_and_read_back_whole() -> None:
    subject = "Will the Open Network sign our letter on arbitrary detention? " * 3 + (
        "A literal =?utf-8?q?word?= stays as typed")
    content = message_bytes(composed(name="Jane Doe", subject=subject, text="Hi\n",
                                     html="<p>Hi</p>\n"),
                            sender="desk@coalition.example", message_id="<3@c.example>")
    message = message_from_bytes(content, policy=policy.default)
    assert message["Subject"] == " ".join(subject.split())
    assert all(len(line) <= 78 for line in content.split(b"\r\n"))
