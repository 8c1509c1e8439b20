#pragma once

#include <QHash>
#include <QList>
#include <QString>
#include <QStringList>

#include <optional>
#include <utility>

namespace BounceLens {

// Text in several languages, keyed by language code ("en", "zh_CN", "zh_TW").
// English is the source language and the fallback. The texts are a short list in language-code
// order, not a hash: a table has thousands of these with one to three texts each, and an empty
// QHash's first insert allocates room for 48 (3.9 MB of the window's 10 MB heap, measured).
class LocalizedText
{
public:
    QString value(const QString &language) const;
    QString english() const { return text(QStringLiteral("en")); }
    bool isEmpty() const { return m_texts.isEmpty(); }
    bool has(const QString &language) const { return !text(language).isEmpty(); }
    QStringList languages() const; // in code order
    void set(const QString &language, const QString &text);
    QHash<QString, QString> all() const; // a copy
    // The text in exactly this language; empty when there is none.
    QString text(const QString &language) const;

private:
    QList<std::pair<QString, QString>> m_texts;
};

struct Variant
{
    QString text;
    LocalizedText note;
};

// A mail provider whose replies a code file explains (resources/codes/<provider>.json): who it is,
// and how to tell its replies (the hosts that send them, the help links they carry).
struct ProviderInfo
{
    QString key;        // "netease": the entries' "source" and the start of their ids
    LocalizedText name; // "NetEase", and its Chinese names
    LocalizedText description;
    QStringList hosts; // "*.mxmail.netease.com", "mx*.qq.com": wildcards, lower case
    QStringList links; // "mail.163.com/help": text a reply's help link contains
    int order = 0;     // place in lists (Gmail is 1)

    // True when host (a remote MTA's name) matches one of hosts.
    bool matchesHost(const QString &host) const;
    // True when text contains one of the help links.
    bool matchesLink(const QString &text) const;
};

// One row of the code table: a Gmail reply, another provider's reply (Provider), or a generic
// RFC 3463 / RFC 5321 meaning. The JSON schema is documented in resources/codes/README.md.
struct CodeEntry
{
    enum class Source { Gmail, Rfc3463, Rfc5321, Provider };

    QString id;
    Source source = Source::Gmail;
    QString sourceKey; // the JSON "source": "gmail", "rfc3463", "rfc5321" or a provider key
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
    // Provider entries: the provider's own code in the reply ("DT:SPM", "TSS04", "S3150"), first
    // the main one; where the facts come from (and when), and the date they were checked.
    QStringList tokens;
    LocalizedText sourceNote;
    QString sourceDate;
    LocalizedText providerName; // set at load time from the provider's declaration

    bool isGmail() const { return source == Source::Gmail; }
    bool isProvider() const { return source == Source::Provider; }
    // A provider's own reply, Gmail's included (not a generic RFC meaning).
    bool isProviderReply() const { return isGmail() || isProvider(); }
    // First digit of the reply code or of the enhanced code; 0 when neither says.
    int codeClass() const;
    // Second part of the enhanced code (1 for X.1.*); -1 when unknown or "x".
    int statusSubject() const;
    // "550 5.7.1", "5.x.x", "550": the codes as a user reads them.
    QString codeLabel() const;

    // "gmail", "rfc3463", "rfc5321"; empty for Provider (whose key is in sourceKey).
    static QString sourceName(Source source);
    // Gmail and the RFCs by name, any other well-formed key ([a-z][a-z0-9]*) as a Provider.
    static std::optional<Source> sourceFromName(const QString &name);
};

} // namespace BounceLens
