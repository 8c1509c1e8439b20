#pragma once

#include <QHash>
#include <QList>
#include <QString>
#include <QStringList>

#include <optional>

namespace BounceLens {

// Text in several languages, keyed by language code ("en", "zh_CN", "zh_TW").
// English is the source language and the fallback.
class LocalizedText
{
public:
    QString value(const QString &language) const;
    QString english() const { return m_texts.value(QStringLiteral("en")); }
    bool isEmpty() const { return m_texts.isEmpty(); }
    bool has(const QString &language) const { return !m_texts.value(language).isEmpty(); }
    QStringList languages() const { return m_texts.keys(); }
    void set(const QString &language, const QString &text) { m_texts.insert(language, text); }
    const QHash<QString, QString> &all() const { return m_texts; }

private:
    QHash<QString, QString> m_texts;
};

// An older or live wording of a reply that servers still send (English, as servers send it),
// and where and when it was seen, in each language.
struct Variant
{
    QString text;
    LocalizedText note;
};

// One row of the code table: a Gmail reply, or a generic RFC 3463 / RFC 5321 meaning.
// The JSON schema is documented in resources/codes/README.md.
struct CodeEntry
{
    enum class Source { Gmail, Rfc3463, Rfc5321 };

    QString id;
    Source source = Source::Gmail;
    int replyCode = 0; // 0: none (rfc3463 entries)
    QString status;    // "5.1.1"; rfc3463 uses "x" for "any" ("x.1.1"); empty for rfc5321
    LocalizedText text;
    LocalizedText description;
    LocalizedText advice;
    LocalizedText note;
    QStringList actionBy;
    QString retry;
    std::optional<bool> temporary;
    QString reason;
    // Optional: what to do with the address ("suppress", "retry", "fix-sending", "review"),
    // overriding the reason's action in resources/address-actions.json; empty: the reason's.
    QString addressAction;
    QString stage;
    QString helpUrl;
    QString slug;
    QStringList altSlugs; // other "?p=" slugs of this reply (shared with a sibling of another code)
    bool onPage = false;
    bool seed = false;
    QString seedText; // seed entries: the 2018 list's Simplified Chinese, exactly as written
    QList<Variant> variants;
    QStringList altStatus;
    QStringList onPageHistory; // when an entry not on the page now was on it ("2023")
    QList<int> altReplyCodes;
    QString replacedBy;
    QStringList formerly; // derived at load time from the other entries' replacedBy

    bool isGmail() const { return source == Source::Gmail; }
    // First digit of the reply code or of the enhanced code; 0 when neither says.
    int codeClass() const;
    // Second part of the enhanced code (1 for X.1.*); -1 when unknown or "x".
    int statusSubject() const;
    // "550 5.7.1", "5.x.x", "550": the codes as a user reads them.
    QString codeLabel() const;

    static QString sourceName(Source source);
    static std::optional<Source> sourceFromName(const QString &name);
};

} // namespace BounceLens
