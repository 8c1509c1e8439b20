// Checks the shipped code table (resources/codes/*.json) as data: completeness, languages,
// well-formed codes, the seed list and Google's current page.
#include "cli/lookupcommand.h"
#include "codes/codemeaning.h"
#include "codes/codetable.h"
#include "codes/entryjson.h"
#include "decoder/bouncepatterns.h"
#include "decoder/reasonclassifier.h"

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
    void seedTextIsKeptAndTextIsCurrent();
    void noLongerOnThePageOnlyWithAHistory();
    void temporaryFollowsTheEnhancedClass();
    void adviceIsPrecise_data();
    void adviceIsPrecise();
    void bulkSenderAdviceIsComplete();
    void gmailOwnBouncesHaveEntries_data();
    void gmailOwnBouncesHaveEntries();
    void chineseWordsNameTheReason_data();
    void chineseWordsNameTheReason();
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
            // Gmail's own bounce texts (gmail-x-dsn-*, gmail-x-groups-*) quote no SMTP reply.
            const bool ownText
                = e.id.startsWith(u"gmail-x-dsn-"_s) || e.id.startsWith(u"gmail-x-groups-"_s);
            QVERIFY2(ownText ? e.replyCode == 0 : e.replyCode >= 200 && e.replyCode <= 599,
                     qPrintable(e.id));
            if (!documentedInconsistencies.contains(e.id) && !ownText) {
                QVERIFY2(e.replyCode / 100 == e.status.left(1).toInt(),
                         qPrintable(e.id + u": "_s + e.codeLabel()));
            }
            // The enhanced code's class decides: 421 5.7.32 is a permanent block.
            QVERIFY2(e.temporary == std::optional<bool>(e.status.startsWith(u'4')),
                     qPrintable(e.id));
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
        // Both Chinese texts translate the current English, placeholders too (the seed's 2018
        // wording, which predates them, is its own field).
        for (const QString &lang : {u"zh_CN"_s, u"zh_TW"_s}) {
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
        if (e.replyCode == reply && e.status == status && e.seedText == chinese)
            found = &e;
    }
    QVERIFY2(found, qPrintable(u"not in the table: "_s + chinese));
    QVERIFY(found->seed);
    // Its note says, in every language, that the 2018 list's wording is kept.
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
// seed's own wording, kept verbatim in "seed_text") and the interface translations.
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
        // The seed's own wording ("seed_text", kept verbatim) is not a language key: not read.
        for (const QJsonValue &v : root.value(u"entries"_s).toArray()) {
            const QJsonObject entry = v.toObject();
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
    // The desktop entry and the AppStream metainfo: Key[zh_CN]=... and <x xml:lang="zh_CN">.
    static const QRegularExpression desktopKey(u"^[A-Za-z]+\\[(zh_CN|zh_TW)\\]=(.*)$"_s,
                                               QRegularExpression::MultilineOption);
    static const QRegularExpression xmlLang(u"<(\\w+) xml:lang=\"(zh_CN|zh_TW)\">(.*?)</\\1>"_s,
                                            QRegularExpression::DotMatchesEverythingOption);
    const QString resources = QStringLiteral(BOUNCELENS_TEST_DATA) + u"/../../resources/"_s;
    for (const auto &[name, pattern] :
         {std::pair{u"bouncelens.desktop"_s, &desktopKey},
          std::pair{u"metainfo/io.github.bouncelens.BounceLens.metainfo.xml.in"_s, &xmlLang}}) {
        QFile file(resources + name);
        if (!file.open(QIODevice::ReadOnly))
            continue;
        const QString all = QString::fromUtf8(file.readAll());
        for (auto it = pattern->globalMatch(all); it.hasNext();) {
            const auto m = it.next();
            texts.append(
                {m.captured(m.lastCapturedIndex() - 1), name, m.captured(m.lastCapturedIndex())});
        }
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

void tst_CodeData::seedTextIsKeptAndTextIsCurrent()
{
    // The 2018 list's wording is its own field; text.zh_CN translates the current English, so a
    // decoded 421 4.7.0 no longer reads "denial-of-service attack" and nothing says "click here".
    int seeds = 0, changed = 0;
    for (const CodeEntry &e : m_table->entries()) {
        if (!e.seed) {
            QVERIFY2(e.seedText.isEmpty(), qPrintable(e.id));
            continue;
        }
        ++seeds;
        QVERIFY2(!e.seedText.isEmpty(), qPrintable(e.id));
        const QJsonObject json = entryToJson(e);
        QCOMPARE(json.value(u"seed_text"_s).toString(), e.seedText);
        const QString current = e.text.value(u"zh_CN"_s);
        QVERIFY2(!current.isEmpty(), qPrintable(e.id));
        changed += current != e.seedText;
        // Where Google's English now names an article, the current text names it too.
        const QString en = e.text.english();
        if (en.contains(u"go to "_s) || en.contains(u"visit "_s) || en.contains(u"Review "_s)) {
            QVERIFY2(current != e.seedText, qPrintable(e.id));
            QVERIFY2(current.contains(u'\u201C') || current.contains(u"https://"_s)
                         || current.contains(u"RFC"_s),
                     qPrintable(e.id));
        }
    }
    QCOMPARE(seeds, 57);
    QVERIFY2(changed >= 45, qPrintable(QString::number(changed)));
    const CodeEntry &dos = m_table->at(m_table->indexOf(u"gmail-15"_s));
    QVERIFY(dos.seedText.contains(u"\u653B\u51FB"_s)); // the seed's "attack", kept there
    QVERIFY(!dos.text.value(u"zh_CN"_s).contains(u"\u653B\u51FB"_s));
    QVERIFY(dos.text.value(u"zh_CN"_s).contains(u"{command}"_s));
    // The gsmtp/gcdp note shown under every Gmail entry is Google's current wording.
    const QString suffixes = m_table->note(u"suffixes"_s).value(u"zh_CN"_s);
    QVERIFY(!suffixes.contains(u"G Suite"_s));
    QVERIFY(!suffixes.contains(u'\u2013'));
    QVERIFY(suffixes.contains(u"Google Workspace"_s));
}

void tst_CodeData::noLongerOnThePageOnlyWithAHistory()
{
    // "No longer on Google's page" only for an entry the data says was there (on_page_history):
    // rows of the 2023 page (gmail-lN) and the spring-2024 rows; live-only replies never were.
    const QString noLonger = CodeMeaning::source(m_table->at(m_table->indexOf(u"gmail-l4"_s)));
    for (const CodeEntry &e : m_table->entries()) {
        if (!e.isGmail() || e.onPage)
            continue;
        const bool fromOldPage = e.id.startsWith(u"gmail-l"_s);
        QVERIFY2(!fromOldPage || !e.onPageHistory.isEmpty(), qPrintable(e.id));
        QCOMPARE(CodeMeaning::source(e) == noLonger, !e.onPageHistory.isEmpty());
        const QString note = e.note.english();
        if (note.contains(u"never on Google's page"_s) || note.contains(u"not on Google's page"_s)
            || note.contains(u"not a row of the page"_s))
            QVERIFY2(e.onPageHistory.isEmpty(), qPrintable(e.id));
    }
    for (const QString &id : {u"gmail-x-5.7.1-no-auth-2018"_s, u"gmail-x-5.7.1-no-ptr-2017"_s,
                              u"gmail-x-gcdp-policy"_s}) {
        const CodeEntry &e = m_table->at(m_table->indexOf(id));
        QVERIFY2(CodeMeaning::source(e) != noLonger, qPrintable(id));
    }
}

void tst_CodeData::temporaryFollowsTheEnhancedClass()
{
    // 421 5.7.32: its note says to treat it as a permanent block; `lookup 550` must not list it
    // as a temporary failure.
    const CodeEntry &e = m_table->at(m_table->indexOf(u"gmail-40"_s));
    QCOMPARE(e.temporary, std::optional<bool>(false));
    QVERIFY(e.note.english().contains(u"permanent"_s));
}

void tst_CodeData::adviceIsPrecise_data()
{
    QTest::addColumn<QString>("id");
    QTest::addColumn<QString>("field");
    QTest::addColumn<QStringList>("must");
    QTest::addColumn<QStringList>("mustNot");
    // Gmail's sending limits are a rolling 24-hour window, not a daily reset.
    for (const QString &id : {u"gmail-57"_s, u"gmail-58"_s})
        QTest::newRow(qPrintable(id)) << id << u"advice"_s << QStringList{u"24"_s, u"rolling"_s}
                                      << QStringList{u"limit resets"_s};
    QTest::newRow("gmail-47 no invented cause")
        << u"gmail-47"_s << u"advice"_s << QStringList{u"inactive"_s}
        << QStringList{u"for a long time and the account is treated"_s};
    QTest::newRow("gmail-117 no unseen reply")
        << u"gmail-117"_s << u"note"_s << QStringList{u"July 2025"_s}
        << QStringList{u"servers send the short code"_s};
    for (const QString &id : {u"gmail-37"_s, u"gmail-115"_s})
        QTest::newRow(qPrintable(id + u" key length"_s))
            << id << u"advice"_s << QStringList{u"1024"_s, u"2048"_s} << QStringList{};
}

void tst_CodeData::adviceIsPrecise()
{
    QFETCH(QString, id);
    QFETCH(QString, field);
    QFETCH(QStringList, must);
    QFETCH(QStringList, mustNot);
    const int index = m_table->indexOf(id);
    QVERIFY(index >= 0);
    const CodeEntry &e = m_table->at(index);
    const LocalizedText &text = field == u"note"_s ? e.note : e.advice;
    for (const QString &lang : {u"en"_s, u"zh_CN"_s, u"zh_TW"_s}) {
        for (const QString &word : must) {
            if (lang == u"en"_s || word.front().isDigit())
                QVERIFY2(text.value(lang).contains(word), qPrintable(lang + u": "_s + word));
        }
    }
    for (const QString &word : mustNot)
        QVERIFY2(!text.english().contains(word), qPrintable(word));
}

void tst_CodeData::bulkSenderAdviceIsComplete()
{
    // RFC 8058 one-click unsubscribe as Google requires it: https, both headers DKIM-signed,
    // requests honoured within 2 days, the threshold counted on personal Gmail accounts.
    const QHash<QString, QStringList> words{
        {u"en"_s, {u"https"_s, u"DKIM"_s, u"2 days"_s, u"personal Gmail"_s}},
        {u"zh_CN"_s, {u"https"_s, u"DKIM"_s, u"2 \u5929"_s, u"\u4E2A\u4EBA Gmail"_s}},
        {u"zh_TW"_s, {u"https"_s, u"DKIM"_s, u"2 \u5929"_s, u"\u500B\u4EBA Gmail"_s}}};
    int entries = 0;
    for (const CodeEntry &e : m_table->entries()) {
        if (!e.advice.english().contains(u"RFC 8058"_s))
            continue;
        ++entries;
        for (auto it = words.begin(); it != words.end(); ++it) {
            for (const QString &word : it.value())
                QVERIFY2(e.advice.value(it.key()).contains(word),
                         qPrintable(e.id + u" "_s + it.key() + u": "_s + word));
        }
    }
    QCOMPARE(entries, 15);
}

void tst_CodeData::gmailOwnBouncesHaveEntries_data()
{
    QTest::addColumn<QString>("id");
    QTest::addColumn<QString>("reason");
    QTest::addColumn<QString>("query");
    // Gmail's own bounce texts (no SMTP reply): each has an entry, found by its own words.
    QTest::newRow("NXDOMAIN") << u"gmail-x-dsn-dns-nxdomain"_s << u"hostunknown"_s << u"NXDOMAIN"_s;
    QTest::newRow("zh_CN domain not found")
        << u"gmail-x-dsn-dns-nxdomain"_s << u"hostunknown"_s
        << u"\u627E\u4E0D\u5230\u7F51\u57DF"_s; // zhao bu dao wang yu
    QTest::newRow("no relevant answers")
        << u"gmail-x-dsn-dns-no-answer"_s << u"networkerror"_s << u"no relevant answers"_s;
    QTest::newRow("Null MX") << u"gmail-x-dsn-null-mx"_s << u"notaccept"_s << u"Null MX"_s;
    QTest::newRow("connect") << u"gmail-x-dsn-connect-failed"_s << u"networkerror"_s
                             << u"did not accept our requests to connect"_s;
    QTest::newRow("Google Groups")
        << u"gmail-x-groups-no-permission"_s << u"rejected"_s << u"permission to post"_s;
    QTest::newRow("zh_CN Google Groups")
        << u"gmail-x-groups-no-permission"_s << u"rejected"_s
        << u"Google \u7F51\u4E0A\u8BBA\u575B"_s; // wang shang lun tan
    QTest::newRow("Groups spam") << u"gmail-x-groups-spam"_s << u"spamdetected"_s
                                 << u"spam classification"_s;
    QTest::newRow("Send mail as") << u"gmail-x-dsn-send-mail-as"_s << u"rejected"_s
                                  << u"Send mail as"_s;
    QTest::newRow("illegal attachment")
        << u"gmail-x-5.7.0-illegal-attachment"_s << u"policyviolation"_s << u"illegal attachment"_s;
}

void tst_CodeData::gmailOwnBouncesHaveEntries()
{
    QFETCH(QString, id);
    QFETCH(QString, reason);
    QFETCH(QString, query);
    const int index = m_table->indexOf(id);
    QVERIFY2(index >= 0, qPrintable(id));
    const CodeEntry &e = m_table->at(index);
    QCOMPARE(e.reason, reason);
    for (const QString &lang : {u"en"_s, u"zh_CN"_s, u"zh_TW"_s}) {
        QVERIFY2(e.text.has(lang), qPrintable(lang));
        QVERIFY2(e.advice.has(lang), qPrintable(lang));
    }
    QVERIFY2(LookupCommand::find(*m_table, query).contains(index), qPrintable(query));
}

void tst_CodeData::chineseWordsNameTheReason_data()
{
    QTest::addColumn<QString>("words");
    QTest::addColumn<QString>("reason");
    // The seed's own words and Gmail's Chinese, in both scripts (written as escapes: C++
    // sources are ASCII).
    QTest::newRow("over quota") << u"\u5E10\u53F7\u5DF2\u8D85\u8FC7\u914D\u989D"_s
                                << u"mailboxfull"_s;
    QTest::newRow("over quota zh_TW")
        << u"\u5E33\u6236\u5DF2\u8D85\u904E\u914D\u984D"_s << u"mailboxfull"_s;
    QTest::newRow("recipient domain not found")
        << u"\u6211\u4EEC\u65E0\u6CD5\u627E\u5230\u6536\u4EF6\u4EBA\u7684\u57DF\u540D"_s
        << u"hostunknown"_s;
    QTest::newRow("domain not found zh_TW")
        << u"\u627E\u4E0D\u5230\u7DB2\u57DF"_s << u"hostunknown"_s;
    QTest::newRow("too often") << u"\u63A5\u6536\u90AE\u4EF6\u8FC7\u4E8E\u9891\u7E41"_s
                               << u"speeding"_s;
    QTest::newRow("user does not exist zh_TW")
        << u"\u4F7F\u7528\u8005\u4E0D\u5B58\u5728"_s << u"userunknown"_s;
    QTest::newRow("recipient does not exist zh_TW")
        << u"\u6536\u4EF6\u8005\u4E0D\u5B58\u5728"_s << u"userunknown"_s;
    QTest::newRow("account does not exist zh_TW")
        << u"\u5E33\u6236\u4E0D\u5B58\u5728"_s << u"userunknown"_s;
    QTest::newRow("authentication failed")
        << u"\u8EAB\u4EFD\u9A8C\u8BC1\u5931\u8D25"_s << u"authfailure"_s;
    QTest::newRow("authentication failed zh_TW")
        << u"\u9A57\u8B49\u5931\u6557"_s << u"authfailure"_s;
    QTest::newRow("blocked") << u"\u90AE\u4EF6\u88AB\u5C4F\u853D"_s << u"blocked"_s;
    QTest::newRow("blocked zh_TW") << u"\u90F5\u4EF6\u906D\u5230\u5C01\u9396"_s << u"blocked"_s;
    QTest::newRow("too big") << u"\u90AE\u4EF6\u8FC7\u5927"_s << u"mesgtoobig"_s;
    QTest::newRow("size limit zh_TW")
        << u"\u8D85\u51FA\u90F5\u4EF6\u5927\u5C0F\u9650\u5236"_s << u"mesgtoobig"_s;
    QTest::newRow("relay denied") << u"\u62D2\u7EDD\u4E2D\u7EE7"_s << u"norelaying"_s;
    QTest::newRow("relay denied zh_TW") << u"\u8F49\u767C\u906D\u62D2"_s << u"norelaying"_s;
    QTest::newRow("policy") << u"\u8FDD\u53CD\u4E86\u7535\u5B50\u90AE\u4EF6\u653F\u7B56"_s
                            << u"policyviolation"_s;
    QTest::newRow("null MX") << u"returned Null MX"_s << u"notaccept"_s;
    QTest::newRow("no relevant answers")
        << u"DNS type 'mx' lookup of example.org had no relevant answers."_s << u"networkerror"_s;
    QTest::newRow("groups spam before SPF bullet")
        << u"Your email to group g@example.org was rejected due to spam classification. Set up "
           "SPF records for your sending domain."_s
        << u"spamdetected"_s;
}

void tst_CodeData::chineseWordsNameTheReason()
{
    QFETCH(QString, words);
    QFETCH(QString, reason);
    QString error;
    const std::optional<BouncePatterns> patterns = BouncePatterns::loadBuiltIn(&error);
    QVERIFY2(patterns, qPrintable(error));
    QCOMPARE(ReasonClassifier(*patterns).fromWords(words), reason);
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
