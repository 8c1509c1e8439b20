#!/usr/bin/env python3
"""Hostile bounces for the limits of issue 25 (README, Limits and robustness).

gen_hostile.py OUTDIR [MB]   writes one file per shape, about MB megabytes each (default 20),
plus small fixed-size ones. Measure each with:
    /usr/bin/time -f '%e s %M KB' bouncelens decode --json FILE > /dev/null
"""
import os
import sys

HEAD = ("From: Mail Delivery System <MAILER-DAEMON@mx.example.net>\n"
        "To: sender@example.com\nSubject: Undelivered Mail Returned to Sender\n")


def dsn(fields):
    return (HEAD + "MIME-Version: 1.0\n"
            "Content-Type: multipart/report; report-type=delivery-status; boundary=\"B\"\n\n"
            "--B\nContent-Type: text/plain\n\nDelivery failed.\n\n"
            "--B\nContent-Type: message/delivery-status\n\n"
            "Reporting-MTA: dns; mx.example.net\n\n" + fields + "\n--B--\n")


def fill(unit, size):
    return unit * max(1, size // len(unit))


def shapes(size):
    start = (HEAD + "MIME-Version: 1.0\nContent-Type: multipart/mixed; boundary=\"B\"\n\n"
             "--B\nContent-Type: text/plain\n\n550 5.1.1 <u@example.org>: user unknown\n")
    yield "empty-parts.eml", start + fill("--B\n\n", size) + "--B--\n"
    yield "parts-one-header.eml", start + fill("--B\nX-A: 1\n\n", size) + "--B--\n"
    yield "content-type-params.eml", (HEAD + "MIME-Version: 1.0\nContent-Type: text/plain"
                                      + fill("; a=b", size) + "\n\n550 5.1.1 <u@example.org>\n")
    yield "to-groups.eml", ("From: a@example.net\nTo: " + fill("g:;,", size)
                            + "\nSubject: x\n\n550 5.1.1 <u@example.org>: user unknown\n")
    yield "header-lines.eml", (HEAD + fill("X-H: v\n", size)
                               + "\n550 5.1.1 <u@example.org>: user unknown\n")
    yield "to-addresses.eml", ("From: a@example.net\nTo: " + fill("a@b.c,", size)
                               + "\nSubject: x\n\n550 5.1.1 <u@example.org>\n")
    yield "folded-header.eml", ("X-Folded: a\n" + fill(" b\n", size)
                                + "From: a@example.net\nSubject: x\n\n550 5.1.1 <u@example.org>\n")
    groups = "".join("Final-Recipient: rfc822; u%d@example.org\nAction: failed\nStatus: 5.1.1\n\n"
                     % i for i in range(size // 80))
    yield "dsn-groups.eml", dsn(groups)
    addrs = ", ".join("u%d@example.org" % i for i in range(size // 22))
    yield "text-recipients.eml", text_recipients(size // 106, "postfix")
    yield "x-failed-recipients.eml", (HEAD + "X-Failed-Recipients: " + addrs
                                      + "\n\n550 5.1.1 user unknown\n")


def text_recipients(n, style):
    lines = []
    for i in range(n):
        if style == "exim":
            lines.append("  u%d@example.org\n    SMTP error from remote mail server after RCPT "
                         "TO:<u%d@example.org>:\n    550 5.1.1 User unknown\n" % (i, i))
        elif style == "qmail":
            lines.append("<u%d@example.org>:\n192.0.2.1 does not like recipient.\n"
                         "Remote host said: 550 5.1.1 User unknown\n\n" % i)
        else:
            lines.append("<u%d@example.org>: host mx.example.org said: 550 5.1.1 User unknown "
                         "(in reply to RCPT TO command)\n" % i)
    return (HEAD + "\nThis is the mail system at host mx.example.net.\n\n"
            "I'm sorry to have to inform you that your message could not\n"
            "be delivered to one or more recipients.\n\n" + "".join(lines))


def main():
    out = sys.argv[1]
    size = int(float(sys.argv[2] if len(sys.argv) > 2 else 20) * 1024 * 1024)
    os.makedirs(out, exist_ok=True)
    for name, text in shapes(size):
        with open(os.path.join(out, name), "w") as f:
            f.write(text)
    for n, style in ((501, "postfix"), (1200, "postfix"), (600, "exim"), (700, "qmail")):
        with open(os.path.join(out, "text-%d-%s.eml" % (n, style)), "w") as f:
            f.write(text_recipients(n, style))
    with open(os.path.join(out, "qp-nul.eml"), "w") as f:
        f.write(HEAD + "MIME-Version: 1.0\nContent-Type: text/plain\n"
                "Content-Transfer-Encoding: quoted-printable\n\n"
                "<u@example.org>: 550 5.1.1 User unknown\n" + "=00" * 100 + "\n")


if __name__ == "__main__":
    main()
