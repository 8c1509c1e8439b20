// Pattern: the decoder's data expressions on PCRE2, matching as QRegularExpression does, before
// and after the JIT compilation that comes with use, from several threads at once.
#include "common/parallel.h"
#include "common/pattern.h"

#include <QList>
#include <QRegularExpression>
#include <QtTest>

using namespace BounceLens;
using namespace Qt::Literals::StringLiterals;

class tst_Pattern : public QObject
{
    Q_OBJECT

private slots:
    void sameAsQRegularExpression_data();
    void sameAsQRegularExpression();
    void fromOffset();
    void group();
    void invalidPattern();
    void emptyPatternMatchesNothing();
    void invalidUtf16FindsNothing();
    void sameResultsAfterJit();
    void threads();
};

void tst_Pattern::sameAsQRegularExpression_data()
{
    QTest::addColumn<QString>("pattern");
    QTest::addColumn<int>("options");
    QTest::addColumn<QString>("text");

    const int ci = Pattern::CaseInsensitive;
    const int ml = Pattern::Multiline;
    QTest::newRow("case-insensitive alternation")
        << u"(?:the response was:)|(?:said:)"_s << ci << u"host X[1.2.3.4] SAID: 550 5.1.1"_s;
    QTest::newRow("case-sensitive") << u"said:"_s << 0 << u"host SAID: 550"_s;
    QTest::newRow("line start, multiline")
        << u"^delayed"_s << (ci | ml) << u"Subject: x\nDelayed mail\n"_s;
    QTest::newRow("line start, single line") << u"^delayed"_s << ci << u"x\ndelayed\n"_s;
    QTest::newRow("Chinese lead-in") << u"(?:响应如下[:：])|(?:遠端伺服器回應[:：])"_s << ci
                                     << u"远程服务器的响应如下：550 5.1.1"_s;
    QTest::newRow("non-ASCII case folding") << u"straße"_s << ci << u"STRASSE Straße"_s;
    QTest::newRow("word boundary") << u"\\bquota\\b"_s << ci << u"over QUOTA."_s;
    QTest::newRow("no match") << u"gsmtp"_s << ci << u"- gcdp"_s;
    QTest::newRow("surrogate pair") << u"😀+"_s << 0 << u"ab😀😀c"_s;
}

void tst_Pattern::sameAsQRegularExpression()
{
    QFETCH(QString, pattern);
    QFETCH(int, options);
    QFETCH(QString, text);
    QRegularExpression::PatternOptions qtOptions;
    if (options & Pattern::CaseInsensitive)
        qtOptions |= QRegularExpression::CaseInsensitiveOption;
    if (options & Pattern::Multiline)
        qtOptions |= QRegularExpression::MultilineOption;
    const QRegularExpression qt(pattern, qtOptions);
    QVERIFY(qt.isValid());
    const Pattern p(pattern, options);
    QVERIFY(p.isValid());
    const QRegularExpressionMatch expected = qt.match(text);
    const Pattern::Match m = p.match(text);
    QCOMPARE(m.hasMatch(), expected.hasMatch());
    QCOMPARE(p.matches(text), expected.hasMatch());
    if (expected.hasMatch()) {
        QCOMPARE(m.start, expected.capturedStart());
        QCOMPARE(m.end, expected.capturedEnd());
    }
}

void tst_Pattern::fromOffset()
{
    const Pattern p(u"550"_s);
    const QString text = u"550 a 550 b"_s;
    QCOMPARE(p.match(text).start, 0);
    QCOMPARE(p.match(text, 1).start, 6);
    QVERIFY(!p.match(text, 7).hasMatch());
    QVERIFY(!p.match(text, text.size() + 1).hasMatch()); // past the end: nothing, no crash
    QVERIFY(!p.match(text, -1).hasMatch());
}

void tst_Pattern::group()
{
    const Pattern p(u"\\*\\*\\s*([^*]+?)\\s*\\*\\*"_s, Pattern::CaseInsensitive);
    const QString text = u"x\n** Address not found **\ny ** 邮件未递送 **"_s;
    Pattern::Match m = p.match(text);
    QCOMPARE(m.group1.toString(), u"Address not found"_s);
    m = p.match(text, m.end);
    QCOMPARE(m.group1.toString(), u"邮件未递送"_s);
    QVERIFY(!p.match(text, m.end).hasMatch());
    // A group that does not take part leaves group1 empty.
    const Pattern optional(u"a(b)?c"_s);
    const Pattern::Match o = optional.match(u"ac"_s);
    QVERIFY(o.hasMatch());
    QVERIFY(o.group1.isNull());
}

void tst_Pattern::invalidPattern()
{
    const Pattern p(u"(unclosed"_s);
    QVERIFY(!p.isValid());
    QVERIFY(!p.errorString().isEmpty());
    QVERIFY(!p.matches(u"(unclosed"_s));
    QCOMPARE(p.pattern(), u"(unclosed"_s);
}

void tst_Pattern::emptyPatternMatchesNothing()
{
    const Pattern nothing;
    QVERIFY(nothing.isValid());
    QVERIFY(!nothing.matches(u""_s));
    QVERIFY(!nothing.matches(u"anything"_s));
}

void tst_Pattern::invalidUtf16FindsNothing()
{
    // Text cut inside a surrogate pair (QString::left on a limit) must not be read past.
    const QString emoji = u"abc😀"_s;
    const QStringView cut = QStringView(emoji).left(emoji.size() - 1); // a lone high surrogate
    const Pattern p(u"abc"_s);
    QVERIFY(!p.matches(cut));
    for (int i = 0; i < 200; ++i) // and once JIT-compiled
        p.matches(u"abcabcabcabc"_s);
    QVERIFY(!p.matches(cut));
    QVERIFY(p.matches(emoji));
}

void tst_Pattern::sameResultsAfterJit()
{
    const Pattern p(u"(?:mailbox (?:is )?full)|(?:over quota)"_s, Pattern::CaseInsensitive);
    const QString hit = u"552 5.2.2 The email account that you tried to reach is over quota."_s;
    const QString miss = u"550 5.1.1 The email account that you tried to reach does not exist."_s;
    const qsizetype start = p.match(hit).start;
    QVERIFY(start > 0);
    // Far beyond kJitAfter characters: the later matches run on the JIT-compiled copy.
    const int rounds = int(Pattern::kJitAfter / hit.size()) * 4 + 10;
    for (int i = 0; i < rounds; ++i) {
        QCOMPARE(p.match(hit).start, start);
        QVERIFY(!p.matches(miss));
    }
}

void tst_Pattern::threads()
{
    const Pattern p(u"(?:user unknown)|(?:does not exist)|(?:no such user)"_s,
                    Pattern::CaseInsensitive);
    const QStringList texts{u"550 5.1.1 User unknown"_s, u"550 mailbox unavailable"_s,
                            u"550 5.1.1 The account does not exist."_s, u"No such user here"_s};
    const QList<bool> expected{true, false, true, true};
    QList<int> wrong(8, 0);
    parallelFor(
        wrong.size(),
        [&](qsizetype t) {
            for (int i = 0; i < 2000; ++i) {
                const int k = int((t + i) % texts.size());
                if (p.matches(texts.at(k)) != expected.at(k))
                    ++wrong[t];
            }
        },
        4);
    QCOMPARE(wrong, QList<int>(8, 0));
}

QTEST_GUILESS_MAIN(tst_Pattern)
#include "tst_pattern.moc"
