#pragma once

#include "decoder/senderidentity.h"

#include <QCoreApplication>
#include <QJsonObject>
#include <QList>
#include <QMap>
#include <QString>
#include <QStringList>

namespace BounceLens {

class CodeTable;
struct DecodeResult;

// "What to fix" (issue 20): the recipients whose address action is fix-sending, grouped by
// cause (DMARC, SPF, PTR, ...) and by the sending identity found in their bounces (From and
// Return-Path domains, DKIM d= and s=, IP, HELO), with the records to look at as commands the
// user can copy. Offline: nothing is looked up. Shared by `decode --sender-report`, the text
// report and the mailbox view's panel, so that they say the same.
class SenderReport
{
    Q_DECLARE_TR_FUNCTIONS(SenderReport)

public:
    struct Group
    {
        QString cause; // "dmarc", "spf", ... (address-actions.json); empty: none fitted
        SendingIdentity sender;
        int recipients = 0;
        QStringList examples;       // the first few addresses
        QMap<QString, int> entries; // matched entry id -> recipients
    };
    struct Command
    {
        QString record;  // "dmarc", "spf", "dkim", "ptr", "helo"
        QString label;   // in the interface language
        QString command; // "dig +short TXT _dmarc.example.com"
    };

    // Adds a message's fix-sending recipients (others are left out).
    void add(const CodeTable &table, const DecodeResult &message);
    // Adds one recipient of a message, when its action is fix-sending.
    void add(const CodeTable &table, const DecodeResult &message, int recipient);
    // Another report's groups (the console collects one per thread).
    void merge(const SenderReport &other);

    int total() const { return m_total; }
    bool isEmpty() const { return m_total == 0; }
    // Biggest group first.
    QList<Group> groups() const;
    const QMap<QString, int> &byCause() const { return m_byCause; }
    const QMap<QString, int> &byProvider() const { return m_byProvider; }
    // "DMARC 60, SPF 12" and "Gmail 70, Outlook 2": the biggest first, in the interface language.
    QString causesSummary() const;
    QString providersSummary() const;

    // The records a group's cause names, as commands; only values that passed
    // SendingIdentity's checks reach a command.
    static QList<Command> commands(const Group &group);

    QJsonObject toJson(const CodeTable &table) const;
    // The report in the interface language; entries' advice in `language`.
    QString toText(const CodeTable &table, const QString &language) const;

    static constexpr int kExamples = 5;

private:
    static QString key(const QString &cause, const SendingIdentity &s);
    QString groupText(const CodeTable &table, const QString &language, const Group &g) const;

    QMap<QString, Group> m_groups;
    QMap<QString, int> m_byCause, m_byProvider;
    int m_total = 0;
};

} // namespace BounceLens
