// Checks the shipped code table (resources/codes/*.json) as data: completeness, languages,
// well-formed codes, the seed list and Google's current page.
#include "bouncepatterns.h"
#include "codetable.h"
#include "lookupcommand.h"
#include "reasonclassifier.h"

#include <QDir>
#include <QJsonDocument>
#include <QJsonObject>
#include <QRegularExpression>
#include <QSet>
#include <QtTest>

using namespace BounceLens;
using namespace Qt::Literals::StringLiterals;

class tst_CodeData : public QObject
{
    Q_OBJECT

private slots:
    void initTestCase();
    void counts();
    void everyEntryHasThreeLanguages();
    void gmailEntriesHaveAdvice();
    void codesAreWellFormedAndConsistent();
    void placeholdersAreMarked();
    void reasonsAreSisimais();
    void recodedEntriesLinkBothWays();
    void seedEntriesPresent_data();
    void seedEntriesPresent();
    void currentPageRowsPresent_data();
    void currentPageRowsPresent();
    void doubtfulCodesFoundByEither_data();
    void doubtfulCodesFoundByEither();
    void oneCodeToReasonTable();
    void glossaryIsFollowed();
    void noLinksThatDoNotExist();
    void providerEntriesAreComplete();
    void providersAreDeclaredAndUsed();

private:
    std::optional<CodeTable> m_table;
};

void tst_CodeData::initTestCase()
{
    QString error;
    m_table = CodeTable::loadBuiltIn(&error);
    QVERIFY2(m_table, qPrintable(error));
}

void tst_CodeData::counts()
{
    int onPage = 0, rfc3463 = 0, rfc5321 = 0;
    for (const CodeEntry &e : m_table->entries()) {
        onPage += e.isGmail() && e.onPage;
        rfc3463 += e.source == CodeEntry::Source::Rfc3463;
        rfc5321 += e.source == CodeEntry::Source::Rfc5321;
    }
    // Google's page has 121 rows; its notes' gcdp example is not one of them.
    QCOMPARE(onPage, 121);
    QVERIFY2(rfc3463 >= 60, qPrintable(QString::number(rfc3463)));
    QVERIFY2(rfc5321 >= 20, qPrintable(QString::number(rfc5321)));
}

void tst_CodeData::everyEntryHasThreeLanguages()
{
    for (const CodeEntry &e : m_table->entries()) {
        for (const QString &lang : {u"en"_s, u"zh_CN"_s, u"zh_TW"_s}) {
            QVERIFY2(e.text.has(lang), qPrintable(e.id + u" text "_s + lang));
            if (!e.description.isEmpty())
                QVERIFY2(e.description.has(lang), qPrintable(e.id + u" description "_s + lang));
            if (!e.note.isEmpty())
                QVERIFY2(e.note.has(lang), qPrintable(e.id + u" note "_s + lang));
            // Where a wording was seen is shown in the interface language too.
            for (const Variant &v : e.variants)
                QVERIFY2(v.note.has(lang), qPrintable(e.id + u" variant note "_s + lang));
        }
        // The Chinese must not just be the English again.
        QVERIFY2(e.text.value(u"zh_CN"_s) != e.text.english(), qPrintable(e.id));
        // Taiwan usage differs from the mainland's in any sentence (a two-word title may not).
        if (e.isGmail())
            QVERIFY2(e.text.value(u"zh_TW"_s) != e.text.value(u"zh_CN"_s), qPrintable(e.id));
    }
}

void tst_CodeData::gmailEntriesHaveAdvice()
{
    static const QStringList actors{u"sender"_s, u"sender_admin"_s, u"recipient"_s,
                                    u"recipient_admin"_s};
    for (const CodeEntry &e : m_table->entries()) {
        if (!e.isGmail())
            continue;
        for (const QString &lang : {u"en"_s, u"zh_CN"_s, u"zh_TW"_s})
            QVERIFY2(e.advice.has(lang), qPrintable(e.id + u" advice "_s + lang));
        QVERIFY2(!e.actionBy.isEmpty(), qPrintable(e.id));
        for (const QString &a : e.actionBy)
            QVERIFY2(actors.contains(a), qPrintable(e.id + u": "_s + a));
        QVERIFY2((QStringList{u"later"_s, u"after_fix"_s, u"no"_s}.contains(e.retry)),
                 qPrintable(e.id));
        static const QStringList stages{u""_s,     u"connection"_s, u"HELO"_s, u"STARTTLS"_s,
                                        u"AUTH"_s, u"MAIL"_s,       u"RCPT"_s, u"DATA"_s};
        QVERIFY2(stages.contains(e.stage), qPrintable(e.id + u": "_s + e.stage));
    }
}

void tst_CodeData::codesAreWellFormedAndConsistent()
{
    // Google pairs a 4xx reply with a 5.x.x code twice: 421 5.7.32 on the current page
    // (reference section 4) and 454 5.5.1 "STARTTLS may not be repeated" on the 2023 page.
    const QSet<QString> documentedInconsistencies{u"gmail-40"_s, u"gmail-l20"_s};
    static const QRegularExpression exact(u"^[245]\\.\\d{1,3}\\.\\d{1,3}$"_s);
    for (const CodeEntry &e : m_table->entries()) {
        if (e.isGmail()) {
            QVERIFY2(exact.match(e.status).hasMatch(), qPrintable(e.id));
            QVERIFY2(e.replyCode >= 200 && e.replyCode <= 599, qPrintable(e.id));
            if (!documentedInconsistencies.contains(e.id)) {
                QVERIFY2(e.replyCode / 100 == e.status.left(1).toInt(),
                         qPrintable(e.id + u": "_s + e.codeLabel()));
            }
            QVERIFY2(e.temporary == std::optional<bool>(e.replyCode / 100 == 4), qPrintable(e.id));
            QVERIFY2(e.helpUrl.isEmpty() || e.helpUrl.startsWith(u"https://"_s), qPrintable(e.id));
        }
        for (const QString &alt : e.altStatus)
            QVERIFY2(exact.match(alt).hasMatch(), qPrintable(e.id));
    }
}

void tst_CodeData::placeholdersAreMarked()
{
    // Placeholders are {lower-case-names}, the same ones in every language.
    static const QRegularExpression braces(u"\\{[^}]*\\}"_s);
    static const QRegularExpression name(u"^\\{[a-z][a-z-]*\\}$"_s);
    for (const CodeEntry &e : m_table->entries()) {
        QSet<QString> english;
        for (auto it = braces.globalMatch(e.text.english()); it.hasNext();) {
            const QString p = it.next().captured();
            QVERIFY2(name.match(p).hasMatch(), qPrintable(e.id + u": "_s + p));
            english.insert(p);
        }
        // The seed's Chinese (2018) predates the placeholders of Google's current English; the
        // Traditional Chinese of seed entries translates the current English, placeholders too.
        for (const QString &lang : {u"zh_CN"_s, u"zh_TW"_s}) {
            if (e.seed && lang == u"zh_CN"_s)
                continue;
            QSet<QString> other;
            for (auto it = braces.globalMatch(e.text.value(lang)); it.hasNext();)
                other.insert(it.next().captured());
            QVERIFY2(other == english, qPrintable(e.id + u" "_s + lang));
        }
        // No literal sample values where a placeholder belongs.
        QVERIFY2(!e.text.english().contains(u"192.0.2."_s), qPrintable(e.id));
    }
}

void tst_CodeData::reasonsAreSisimais()
{
    const QString path = QStringLiteral(BOUNCELENS_SHARED_DIR) + u"/bounces/reasons.tsv"_s;
    QFile file(path);
    if (!file.open(QIODevice::ReadOnly))
        QSKIP("shared/bounces/reasons.tsv is not here");
    QSet<QString> reasons;
    for (const QByteArray &line : file.readAll().split('\n'))
        reasons.insert(QString::fromUtf8(line.split('\t').value(0)));
    for (const CodeEntry &e : m_table->entries()) {
        if (e.isGmail())
            QVERIFY2(reasons.contains(e.reason), qPrintable(e.id + u": "_s + e.reason));
        else if (!e.reason.isEmpty())
            QVERIFY2(reasons.contains(e.reason), qPrintable(e.id + u": "_s + e.reason));
    }
}

void tst_CodeData::recodedEntriesLinkBothWays()
{
    // Google re-coded these seed replies (reference section 1a, "re-coded").
    const QList<std::pair<QString, QString>> recoded{{u"552 5.2.3"_s, u"552 5.3.4"_s},
                                                     {u"454 4.5.0"_s, u"523 5.7.10"_s},
                                                     {u"535 5.7.1"_s, u"535 5.7.80"_s},
                                                     {u"530 5.5.1"_s, u"530 5.7.0"_s},
                                                     {u"554 5.6.0"_s, u"554 5.4.6"_s}};
    for (const auto &[before, after] : recoded) {
        bool found = false;
        for (const CodeEntry &e : m_table->entries()) {
            if (e.codeLabel() != before || e.replacedBy.isEmpty())
                continue;
            const CodeEntry &now = m_table->at(m_table->indexOf(e.replacedBy));
            if (now.codeLabel() == after) {
                QVERIFY(now.formerly.contains(e.id));
                QVERIFY(!e.onPage);
                QVERIFY(now.onPage);
                found = true;
            }
        }
        QVERIFY2(found, qPrintable(before + u" -> "_s + after));
    }
}

void tst_CodeData::seedEntriesPresent_data()
{
    QTest::addColumn<int>("reply");
    QTest::addColumn<QString>("status");
    QTest::addColumn<QString>("chinese");

    const QDir seedDir(QStringLiteral(BOUNCELENS_SHARED_DIR) + u"/seed"_s);
    const QStringList files = seedDir.entryList({u"*.txt"_s}, QDir::Files);
    if (files.isEmpty())
        QSKIP("shared/seed is not here");
    QFile file(seedDir.filePath(files.first()));
    QVERIFY(file.open(QIODevice::ReadOnly));
    // Lines like: 550, "5.1.1", <Chinese text>  (typographic quotes around the code)
    static const QRegularExpression line(u"^(\\d{3}), \u201C(\\d\\.\\d\\.\\d)\u201D, (.+)$"_s);
    int count = 0;
    for (const QString &text : QString::fromUtf8(file.readAll()).split(u'\n')) {
        const auto m = line.match(text.trimmed());
        if (!m.hasMatch())
            continue;
        // The allowed normalisations: full-width commas, and the stray opening quote dropped.
        QString chinese = m.captured(3);
        chinese.replace(u',', u'\uFF0C');
        if (chinese.startsWith(u'\u201C') && !chinese.contains(u'\u201D'))
            chinese.remove(0, 1);
        ++count;
        QTest::addRow("%d: %s %s", count, qPrintable(m.captured(1)), qPrintable(m.captured(2)))
            << m.captured(1).toInt() << m.captured(2) << chinese;
    }
    QCOMPARE(count, 57);
}

void tst_CodeData::seedEntriesPresent()
{
    QFETCH(int, reply);
    QFETCH(QString, status);
    QFETCH(QString, chinese);
    const CodeEntry *found = nullptr;
    for (const CodeEntry &e : m_table->entries()) {
        if (e.replyCode == reply && e.status == status && e.text.value(u"zh_CN"_s) == chinese)
            found = &e;
    }
    QVERIFY2(found, qPrintable(u"not in the table: "_s + chinese));
    QVERIFY(found->seed);
    // Its note says, in every language, that this is the 2018 list's wording.
    for (const QString &lang : {u"en"_s, u"zh_CN"_s, u"zh_TW"_s})
        QVERIFY2(found->note.value(lang).contains(u"2018"_s),
                 qPrintable(found->id + u" "_s + lang));
    // Found by its reply code, its enhanced code and a word of its Chinese text.
    const int index = m_table->indexOf(found->id);
    QVERIFY(LookupCommand::find(*m_table, QString::number(reply)).contains(index));
    QVERIFY(LookupCommand::find(*m_table, status).contains(index));
    static const QRegularExpression split(u"[\\s\uFF0C\u3002\u3001\u201C\u201D()\u2013.]+"_s);
    QString word;
    for (const QString &part : chinese.split(split, Qt::SkipEmptyParts)) {
        if (part.size() > word.size() && part.at(0).unicode() > 0x2E80)
            word = part;
    }
    QVERIFY(!word.isEmpty());
    QVERIFY2(LookupCommand::find(*m_table, word.left(4)).contains(index), qPrintable(word));
}

void tst_CodeData::currentPageRowsPresent_data()
{
    QTest::addColumn<QString>("id");
    QTest::addColumn<int>("reply");
    QTest::addColumn<QString>("status");
    QTest::addColumn<QString>("firstWords");
    QFile file(QFINDTESTDATA("data/gmail-page-2026.tsv"));
    QVERIFY(file.open(QIODevice::ReadOnly));
    int rows = 0;
    for (const QByteArray &raw : file.readAll().split('\n')) {
        const QString line = QString::fromUtf8(raw);
        if (line.startsWith(u'#') || line.trimmed().isEmpty())
            continue;
        const QStringList f = line.split(u'\t');
        QTest::addRow("#%s", qPrintable(f.at(0)))
            << u"gmail-"_s + f.at(0) << f.at(1).toInt() << f.at(2) << f.at(3);
        ++rows;
    }
    QCOMPARE(rows, 121);
}

void tst_CodeData::currentPageRowsPresent()
{
    QFETCH(QString, id);
    QFETCH(int, reply);
    QFETCH(QString, status);
    QFETCH(QString, firstWords);
    const int index = m_table->indexOf(id);
    QVERIFY2(index >= 0, qPrintable(id));
    const CodeEntry &e = m_table->at(index);
    QCOMPARE(e.replyCode, reply);
    QCOMPARE(e.status, status);
    QVERIFY(e.onPage);
    QVERIFY2(e.text.english().startsWith(firstWords), qPrintable(e.text.english()));
}

void tst_CodeData::doubtfulCodesFoundByEither_data()
{
    QTest::addColumn<QString>("pageQuery");
    QTest::addColumn<QString>("liveQuery");
    QTest::addColumn<QString>("id");
    QTest::newRow("5.7.80 / 5.7.8") << u"535 5.7.80"_s << u"535 5.7.8"_s << u"gmail-119"_s;
    QTest::newRow("5.7.90 / 5.7.9") << u"534 5.7.90"_s << u"534 5.7.9"_s << u"gmail-120"_s;
    QTest::newRow("5.7.40 / 5.7.4") << u"504 5.7.40"_s << u"504 5.7.4"_s << u"gmail-117"_s;
    QTest::newRow("4.7.40 / 4.7.31") << u"421 4.7.40"_s << u"421 4.7.31"_s << u"gmail-38"_s;
    QTest::newRow("421 / 550 5.7.32") << u"421 5.7.32"_s << u"550 5.7.32"_s << u"gmail-40"_s;
}

void tst_CodeData::doubtfulCodesFoundByEither()
{
    QFETCH(QString, pageQuery);
    QFETCH(QString, liveQuery);
    QFETCH(QString, id);
    const int index = m_table->indexOf(id);
    QVERIFY(index >= 0);
    QVERIFY(!m_table->at(index).note.isEmpty());
    QVERIFY(LookupCommand::find(*m_table, pageQuery).contains(index));
    QVERIFY(LookupCommand::find(*m_table, liveQuery).contains(index));
}

void tst_CodeData::oneCodeToReasonTable()
{
    // The decoder names a reason from an enhanced code with the "reason" of the generic
    // entries (rfc3463.json): bounce-patterns.json keeps no table of its own to drift apart.
    QFile patterns(QStringLiteral(BOUNCELENS_TEST_DATA)
                   + u"/../../resources/bounce-patterns.json"_s);
    QVERIFY(patterns.open(QIODevice::ReadOnly));
    QVERIFY(!QJsonDocument::fromJson(patterns.readAll()).object().contains(u"status_reasons"_s));
    QString error;
    const std::optional<BouncePatterns> builtIn = BouncePatterns::loadBuiltIn(&error);
    QVERIFY2(builtIn, qPrintable(error));
    const ReasonClassifier classifier(*builtIn);
    int checked = 0;
    for (const CodeEntry &e : m_table->entries()) {
        if (e.source != CodeEntry::Source::Rfc3463 || e.reason.isEmpty())
            continue;
        QStringList concrete;
        if (e.status.startsWith(u"x."_s))
            concrete << u"4"_s + e.status.mid(1) << u"5"_s + e.status.mid(1);
        else if (e.status == u"2.x.x"_s)
            concrete << u"2.0.0"_s << u"2.6.0"_s;
        QVERIFY2(!concrete.isEmpty(), qPrintable(e.id));
        for (const QString &status : std::as_const(concrete))
            QVERIFY2(classifier.fromStatus(status) == e.reason,
                     qPrintable(status + u": "_s + classifier.fromStatus(status) + u" != "_s
                                + e.reason));
        ++checked;
    }
    QVERIFY2(checked >= 60, qPrintable(QString::number(checked)));
    // Two the decoder's former table had wrong: REQUIRETLS and RRVS are not about SPF/DKIM
    // or a suspended account.
    QCOMPARE(classifier.fromStatus(u"5.7.30"_s), u"failedstarttls"_s);
    QCOMPARE(classifier.fromStatus(u"4.7.19"_s), u"securityerror"_s);
    // Without a matched entry or telling words, the code decides.
    QCOMPARE(classifier.classify(550, u"5.7.30"_s, u"rejected"_s, u"failed"_s),
             u"failedstarttls"_s);
}

namespace {

// Every string of a language in a code file: values of "zh_CN" / "zh_TW" keys at any depth.
void collect(const QJsonValue &value, const QString &key, const QString &where,
             QList<std::pair<QString, QString>> *out)
{
    if (value.isObject()) {
        const QJsonObject o = value.toObject();
        for (auto it = o.begin(); it != o.end(); ++it)
            collect(it.value(), it.key(), where + u'.' + it.key(), out);
    } else if (value.isArray()) {
        for (const QJsonValue &v : value.toArray())
            collect(v, key, where, out);
    } else if (value.isString() && (key == u"zh_CN"_s || key == u"zh_TW"_s)) {
        out->append({where, value.toString()});
    }
}

// (language, where, text) of every Chinese text the user can see: the code data (without the
// seed's own Simplified replies, kept verbatim) and the interface translations.
QList<std::tuple<QString, QString, QString>> chineseTexts()
{
    QList<std::tuple<QString, QString, QString>> texts;
    const QDir codes(u":/codes"_s);
    for (const QString &name : codes.entryList({u"*.json"_s}, QDir::Files)) {
        QFile file(codes.filePath(name));
        if (!file.open(QIODevice::ReadOnly))
            continue;
        const QJsonObject root = QJsonDocument::fromJson(file.readAll()).object();
        QList<std::pair<QString, QString>> found;
        collect(root.value(u"notes"_s), {}, name + u":notes"_s, &found);
        for (const QJsonValue &v : root.value(u"entries"_s).toArray()) {
            QJsonObject entry = v.toObject();
            if (entry.value(u"seed"_s).toBool()) {
                QJsonObject text = entry.value(u"text"_s).toObject();
                text.remove(u"zh_CN"_s);
                entry.insert(u"text"_s, text);
            }
            collect(entry, {}, entry.value(u"id"_s).toString(), &found);
        }
        for (const auto &[where, text] : std::as_const(found))
            texts.append({where.section(u'.', -1), where, text});
    }
    static const QRegularExpression translation(u"<translation[^>]*>([^<]*)</translation>"_s);
    for (const QString &lang : {u"zh_CN"_s, u"zh_TW"_s}) {
        QFile ts(QStringLiteral(BOUNCELENS_TEST_DATA) + u"/../../translations/bouncelens_"_s + lang
                 + u".ts"_s);
        if (!ts.open(QIODevice::ReadOnly))
            continue;
        const QString all = QString::fromUtf8(ts.readAll());
        for (auto it = translation.globalMatch(all); it.hasNext();)
            texts.append({lang, ts.fileName(), it.next().captured(1)});
    }
    return texts;
}

} // namespace

void tst_CodeData::glossaryIsFollowed()
{
    // resources/codes/GLOSSARY.md: | English | 简体 | 繁體 | not in 简体 | not in 繁體 | why |
    QFile file(QStringLiteral(BOUNCELENS_TEST_DATA) + u"/../../resources/codes/GLOSSARY.md"_s);
    QVERIFY(file.open(QIODevice::ReadOnly));
    static const QRegularExpression quoted(u"\u300C([^\u300D]+)\u300D"_s);
    QHash<QString, QStringList> forbidden;
    int rules = 0;
    for (const QString &line : QString::fromUtf8(file.readAll()).split(u'\n')) {
        const QStringList cells = line.split(u'|');
        if (!line.startsWith(u'|') || cells.size() < 7)
            continue;
        for (const auto &[column, lang] : {std::pair{4, u"zh_CN"_s}, std::pair{5, u"zh_TW"_s}}) {
            for (auto it = quoted.globalMatch(cells.at(column)); it.hasNext();) {
                forbidden[lang] << it.next().captured(1);
                ++rules;
            }
        }
    }
    QVERIFY2(rules >= 40, qPrintable(QString::number(rules)));
    const auto texts = chineseTexts();
    QVERIFY(texts.size() > 1000);
    QStringList found;
    for (const auto &[lang, where, text] : texts) {
        for (const QString &variant : forbidden.value(lang)) {
            if (text.contains(variant))
                found << lang + u" "_s + where + u": "_s + variant;
        }
    }
    QVERIFY2(found.isEmpty(), qPrintable(found.join(u"; "_s)));
}

void tst_CodeData::noLinksThatDoNotExist()
{
    // An offline reference has no "click here" and no "this article": it names the article, as
    // Google's English does. Only the seed's own Simplified text keeps its words, verbatim.
    const QHash<QString, QStringList> links{
        {u"zh_CN"_s, {u"\u6B64\u5904"_s /* ci chu */, u"\u6B64\u6587\u7AE0"_s}},
        {u"zh_TW"_s,
         {u"\u9019\u88E1\u77AD\u89E3"_s, u"\u6309\u4E00\u4E0B\u9019\u88E1"_s,
          u"\u8ACB\u6309\u9019\u88E1"_s, u"\u9019\u7BC7\u6587\u7AE0"_s}}};
    QStringList found;
    for (const auto &[lang, where, text] : chineseTexts()) {
        for (const QString &words : links.value(lang)) {
            // Notes quote the seed's words to explain them: 'the list's "..." stood for a link'.
            if (text.contains(words) && !where.contains(u".note."_s))
                found << where + u": "_s + words;
        }
    }
    for (const CodeEntry &e : m_table->entries()) {
        const QString en = e.text.english() + e.advice.english();
        if (en.contains(u"click here"_s, Qt::CaseInsensitive)
            || en.contains(u"this article"_s, Qt::CaseInsensitive))
            found << e.id;
    }
    QVERIFY2(found.isEmpty(), qPrintable(found.join(u"; "_s)));
}

void tst_CodeData::providerEntriesAreComplete()
{
    // Every entry of every provider file (resources/codes/<provider>.json): three languages, no
    // empty field, where the facts come from and when, dated wordings. The glossary and the
    // placeholders are checked for every file by the tests above.
    static const QStringList actors{u"sender"_s, u"sender_admin"_s, u"recipient"_s,
                                    u"recipient_admin"_s};
    static const QStringList stages{u""_s,     u"connection"_s, u"HELO"_s, u"STARTTLS"_s,
                                    u"AUTH"_s, u"MAIL"_s,       u"RCPT"_s, u"DATA"_s};
    static const QRegularExpression date(u"\\b20\\d\\d(-\\d\\d)?\\b"_s);
    static const QRegularExpression exact(u"^[245]\\.\\d{1,3}\\.\\d{1,3}$"_s);
    int count = 0;
    for (const CodeEntry &e : m_table->entries()) {
        if (!e.isProvider())
            continue;
        ++count;
        const QByteArray id = e.id.toUtf8();
        QVERIFY2(e.id.startsWith(e.sourceKey + u'-'), id);
        for (const QString &lang : {u"en"_s, u"zh_CN"_s, u"zh_TW"_s}) {
            for (const auto *t : {&e.text, &e.description, &e.advice, &e.sourceNote})
                QVERIFY2(!t->all().value(lang).trimmed().isEmpty(), id + ' ' + lang.toUtf8());
            QVERIFY2(e.providerName.has(lang), id);
        }
        QVERIFY2(e.advice.value(u"zh_CN"_s) != e.advice.english(), id);
        QVERIFY2(e.description.value(u"zh_TW"_s) != e.description.value(u"zh_CN"_s), id);
        QVERIFY2(!e.tokens.isEmpty(), id);
        QVERIFY2(e.replyCode >= 200 && e.replyCode <= 599, id);
        QVERIFY2(e.status.isEmpty() || exact.match(e.status).hasMatch(), id);
        QVERIFY2(e.status.isEmpty() || e.status.at(0).digitValue() == e.replyCode / 100, id);
        QVERIFY2(e.temporary == std::optional<bool>(e.replyCode / 100 == 4), id);
        QVERIFY2(!e.reason.isEmpty(), id);
        QVERIFY2(!e.actionBy.isEmpty(), id);
        for (const QString &a : e.actionBy)
            QVERIFY2(actors.contains(a), id);
        QVERIFY2((QStringList{u"later"_s, u"after_fix"_s, u"no"_s}.contains(e.retry)), id);
        QVERIFY2(stages.contains(e.stage), id);
        QVERIFY2(e.helpUrl.startsWith(u"https://"_s), id);
        QVERIFY2(date.match(e.sourceNote.english()).hasMatch(), id);
        QVERIFY2(date.match(e.sourceDate).hasMatch(), id);
        QVERIFY2(!e.variants.isEmpty(), id);
        for (const Variant &v : e.variants) {
            QVERIFY2(!v.text.trimmed().isEmpty(), id);
            for (const QString &lang : {u"en"_s, u"zh_CN"_s, u"zh_TW"_s})
                QVERIFY2(date.match(v.note.all().value(lang)).hasMatch(), id + ' ' + lang.toUtf8());
        }
    }
    QVERIFY2(count >= 120, qPrintable(QString::number(count)));
}

void tst_CodeData::providersAreDeclaredAndUsed()
{
    // The providers the issue names, each with its entries and the hosts its replies come from.
    QStringList keys;
    for (const ProviderInfo &p : m_table->providers())
        keys << p.key;
    for (const QString &key :
         {u"microsoft"_s, u"yahoo"_s, u"netease"_s, u"tencent"_s, u"alibaba"_s, u"apple"_s})
        QVERIFY2(keys.contains(key), qPrintable(key));
    for (const ProviderInfo &p : m_table->providers()) {
        QVERIFY2(!p.hosts.isEmpty(), qPrintable(p.key));
        for (const QString &lang : {u"en"_s, u"zh_CN"_s, u"zh_TW"_s})
            QVERIFY2(p.name.has(lang) && p.description.has(lang), qPrintable(p.key));
        int entries = 0;
        for (const CodeEntry &e : m_table->entries())
            entries += e.sourceKey == p.key;
        QVERIFY2(entries > 0, qPrintable(p.key));
    }
    int netease = 0;
    for (const CodeEntry &e : m_table->entries())
        netease += e.sourceKey == u"netease"_s;
    QVERIFY2(netease >= 45, qPrintable(QString::number(netease)));
    QVERIFY(m_table->providerInfo(u"netease"_s)->matchesHost(u"163mx02.mxmail.netease.com"_s));
    QVERIFY(m_table->providerInfo(u"tencent"_s)->matchesHost(u"mx3.qq.com"_s));
    QVERIFY(m_table->providerInfo(u"microsoft"_s)
                ->matchesHost(u"example-com.mail.protection.outlook.com"_s));
    QVERIFY(m_table->providerInfo(u"yahoo"_s)->matchesHost(u"mta7.am0.yahoodns.net"_s));
    QVERIFY(m_table->providerInfo(u"apple"_s)->matchesHost(u"mx02.mail.icloud.com"_s));
}

QTEST_GUILESS_MAIN(tst_CodeData)
#include "tst_codedata.moc"
