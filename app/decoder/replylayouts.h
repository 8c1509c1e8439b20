#pragma once

#include <QList>
#include <QRegularExpression>
#include <QString>
#include <QStringList>
#include <QStringView>

namespace BounceLens {

// One MTA's way of writing an SMTP reply into a bounce, as the reply scanner (ReplyExtractor)
// reads it: the wording (a regular expression or literal markers) is data here, what the
// scanner does with a kind of row is code there. Each row names the MTA and where its layout is
// documented; tests/data/replies/index.tsv holds the fixtures of each row (tst_replyextractor
// fails when a row is gone or has no fixture).
struct ReplyLayout
{
    enum Kind {
        OwnLine,          // each match becomes a reply line of its own: its groups, then the rest
        CodeSeparator,    // another separator between the basic and the enhanced code
        StatusNotation,   // an enhanced status written into the words (group 1), no code needed
        Tuple,            // a reply written as a (code, 'text') tuple: group 1 the code
        TupleClose,       // the tuple's closing quote and parenthesis
        NestedReply,      // the remote reply nested in the local MTA's words (group 1)
        ReplyEnd,         // a line that ends a reply
        StageNote,        // "(in reply to X command)": group 1 the stage, removed from the words
        StageContext,     // the stage named in the lines before a reply (group 1)
        HostPrefix,       // "host X[ip] said:" before the reply: group 1 the host, removed
        RecipientLeadIn,  // a recipient's address before the reply on the same line
        Marks,            // a mark before the reply (literals.at(0)) and one after (literals.at(1))
        Quotes,           // quote characters around the whole reply (each of literals)
        UnbalancedClose,  // a closing bracket (literals.at(0); opening: at(1)) of the wrapper
        LabelLine,        // a labelled line of the notice that ends a reply
        TranscriptServer, // prefix of the remote server's lines in a session transcript
        TranscriptClient, // prefix of the local MTA's commands in a session transcript
        TranscriptHost,   // the line naming the next host of a transcript
        HardWrap,         // lines cut at a fixed width of at least `width` characters
    };

    QString name;         // stable id, used by the fixtures' index
    QString mta;          // whose layout
    QString documentedIn; // RFC, vendor documentation or source file of the MTA
    Kind kind = OwnLine;
    QStringList literals; // markers; for a pattern, text one of which must be present to try it
    bool literalsAtStart = false; // for a pattern: the text must start with one of the literals
    QRegularExpression pattern;   // empty for literal-only rows
    int width = 0;                // HardWrap: the least line width

    // The first match of the pattern at or after `from`, tried only when a literal is present.
    QRegularExpressionMatch match(QStringView text, qsizetype from = 0) const;
    bool hintPresent(QStringView text) const;
};

// The table of layouts, in the order the scanner tries them.
class ReplyLayouts
{
public:
    static const QList<ReplyLayout> &all();
    // The rows of one kind (pointers into all(), valid for the program's life).
    static const QList<const ReplyLayout *> &ofKind(ReplyLayout::Kind kind);
    static const ReplyLayout *byName(const QString &name);

    // Helpers over the rows of a kind: the first row that matches.
    static QRegularExpressionMatch firstMatch(ReplyLayout::Kind kind, QStringView text,
                                              qsizetype from = 0);
    // The literal of the first row of `kind` that `text` starts with (an empty view if none).
    static QStringView prefixOf(ReplyLayout::Kind kind, QStringView text);
};

} // namespace BounceLens
