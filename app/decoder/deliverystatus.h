#pragma once

#include <QList>
#include <QString>

namespace BounceLens {

// The fields of a message/delivery-status part (RFC 3464): one group for the message
// (Reporting-MTA, Arrival-Date, ...) and one per recipient, separated by empty lines. Folded
// field values are unfolded into one line. Field names are case-insensitive.
// Also used on text that quotes such fields (pasted reports, text/plain DSNs).
class DeliveryStatus
{
public:
    struct Group
    {
        QList<QPair<QString, QString>> fields; // name in lower case, value unfolded
        QString value(const char *name) const;
        bool has(const char *name) const;
        QString address(const char *name) const; // "rfc822; a@b" -> "a@b"
    };

    static DeliveryStatus parse(const QString &text);
    // True when the text has at least one per-recipient group.
    bool isEmpty() const { return m_recipients.isEmpty(); }
    const Group &message() const { return m_message; }
    const QList<Group> &recipients() const { return m_recipients; }
    // Every per-recipient group of the text, also those beyond the ones kept.
    qsizetype recipientGroups() const { return m_groups; }
    // "dns; mx.example.com" -> "mx.example.com"
    static QString typedValue(const QString &value);

private:
    // A finished group: a recipient's, else (first: the text's first group) the message's.
    void add(const Group &group, bool first);

    Group m_message;
    QList<Group> m_recipients;
    qsizetype m_groups = 0;
};

} // namespace BounceLens
