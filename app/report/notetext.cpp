#include "report/notetext.h"

#include "common/errorcode.h"

#include <algorithm>
#include <iterator>

namespace BounceLens {

using namespace Qt::StringLiterals;

namespace {

struct NoteWords
{
    const char *code;
    const char *text; // the source text, %1... the note's arguments, %n its count
};

// One row per note the decoder writes (MessageReader, MimePrescan, BounceDecoder).
constexpr NoteWords kNotes[] = {
    // What was recognised ("nothing found" view, JSON "recognised").
    {"heading", QT_TRANSLATE_NOOP("NoteText", "Heading: %1")},
    {"delayed-words", QT_TRANSLATE_NOOP("NoteText", "The text says the delivery is delayed")},
    {"replies-quoted", QT_TRANSLATE_NOOP("NoteText", "SMTP replies quoted in the text: %1")},
    {"no-recipient", QT_TRANSLATE_NOOP("NoteText", "No failed recipient was found")},
    {"no-reply-code", QT_TRANSLATE_NOOP("NoteText", "No SMTP reply code was found")},
    {"original-follows",
     QT_TRANSLATE_NOOP("NoteText", "A copy of the original message follows the notice")},
    {"nul-removed", QT_TRANSLATE_NOOP("NoteText", "NUL bytes in the message were removed")},
    {"boundary-missing",
     QT_TRANSLATE_NOOP("NoteText", "The MIME boundary was not found; read as text")},
    {"original-included", QT_TRANSLATE_NOOP("NoteText", "The original message is included")},
    {"dsn-included",
     QT_TRANSLATE_NOOP("NoteText", "A delivery status report (RFC 3464) is included")},
    {"original-headers-included",
     QT_TRANSLATE_NOOP("NoteText", "The original message's headers are included")},
    {"charset-unreadable",
     QT_TRANSLATE_NOOP("NoteText", "Unknown charset \"%1\": the text could not be read")},
    {"part-damaged",
     QT_TRANSLATE_NOOP("NoteText", "A text part could not be decoded (damaged %1 data)")},
    {"charset-read-as-ascii",
     QT_TRANSLATE_NOOP("NoteText", "Unknown charset \"%1\"; the text was read as ASCII")},
    {"charset-wrong",
     QT_TRANSLATE_NOOP("NoteText", "The declared charset \"%1\" was wrong or unknown; read as %2")},
    {"html-as-text", QT_TRANSLATE_NOOP("NoteText", "An HTML part was read as text")},
    {"original-body-skipped",
     QT_TRANSLATE_NOOP("NoteText", "The body of the original message was not read")},
    {"no-headers", QT_TRANSLATE_NOOP("NoteText", "Read as text without mail headers")},
    {"structure-unparsed",
     QT_TRANSLATE_NOOP("NoteText", "The message structure could not be parsed; read as text")},
    // What a limit left out (issue 25; JSON "notes", CSV notes).
    {"text-part-cut",
     QT_TRANSLATE_NOOP("NoteText",
                       "A text part of %1 MB was read up to its first %2 MB; %3 MB were left out")},
    {"mime-depth-cut",
     QT_TRANSLATE_NOOP("NoteText", "MIME parts nested more than %1 deep were skipped: %2")},
    {"mime-parts-cut",
     QT_TRANSLATE_NOOP("NoteText",
                       "Only the first %1 MIME parts were read; %2 more were left out")},
    {"mime-boundaries-cut",
     QT_TRANSLATE_NOOP("NoteText", "More than %1 MIME boundary lines: the message was cut there, "
                                   "%2 KB after it were left out")},
    {"header-lines-cut",
     QT_TRANSLATE_NOOP("NoteText", "Header lines over the limit (%1 KB a block, %2 KB in all) were "
                                   "left out: %3 KB in %4 header blocks")},
    {"html-depth-cut",
     QT_TRANSLATE_NOOP("NoteText", "HTML nested too deeply: the text inside it was not read")},
    {"recipients-cut",
     QT_TRANSLATE_NOOP("NoteText",
                       "Only the first %1 recipients were read; %2 more were left out")},
    {"failed-recipients-header-cut",
     QT_TRANSLATE_NOOP("NoteText", "X-Failed-Recipients names more than %1 addresses; %2 more "
                                   "were left out")},
    {"not-an-address",
     QT_TRANSLATE_N_NOOP("NoteText", "%n recipient(s) not an address, kept as written and left out "
                                     "of suppression lists: %1")},
};

// The notes that say why a message could not be read (ErrorCode::Undecodable's detail).
bool isUnreadableCause(const QString &code)
{
    return code == u"charset-unreadable"_s || code == u"part-damaged"_s;
}

// All arguments in one pass: text from a bounce that holds "%2" is not read as a placeholder.
QString withArguments(const QString &text, const QStringList &a)
{
    switch (a.size()) {
    case 0:
        return text;
    case 1:
        return text.arg(a.at(0));
    case 2:
        return text.arg(a.at(0), a.at(1));
    case 3:
        return text.arg(a.at(0), a.at(1), a.at(2));
    default:
        return text.arg(a.at(0), a.at(1), a.at(2), a.at(3));
    }
}

} // namespace

QString NoteText::message(const DecodeNote &note)
{
    const QByteArray code = note.code.toLatin1();
    const auto row = std::find_if(std::begin(kNotes), std::end(kNotes),
                                  [&](const NoteWords &w) { return code == w.code; });
    if (row == std::end(kNotes))
        return note.code;
    return withArguments(QCoreApplication::translate("NoteText", row->text, nullptr, note.count),
                         note.args);
}

QStringList NoteText::messages(const DecodeNotes &notes)
{
    QStringList out;
    out.reserve(notes.size());
    for (const DecodeNote &note : notes)
        out << message(note);
    return out;
}

QStringList NoteText::codes()
{
    QStringList out;
    for (const NoteWords &w : kNotes)
        out << QString::fromLatin1(w.code);
    return out;
}

QString NoteText::error(const DecodeResult &result)
{
    if (result.errorCode == ErrorCode::None)
        return {};
    QString detail = result.errorDetail;
    if (result.errorCode == ErrorCode::Undecodable && detail.isEmpty()) {
        QStringList causes;
        for (const DecodeNote &note : result.recognised) {
            if (isUnreadableCause(note.code))
                causes << message(note);
        }
        detail = causes.join(u"; "_s);
    }
    return ErrorText::message(result.errorCode, detail);
}

} // namespace BounceLens
