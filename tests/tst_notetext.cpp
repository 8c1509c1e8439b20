// NoteText: the words of the decoder's notes and errors (issue 19: the engine returns codes,
// the console and the window turn them into words).

#include "report/notetext.h"

#include "codes/codetable.h"
#include "common/languages.h"
#include "decoder/bouncedecoder.h"

#include <QDir>
#include <QRegularExpression>
#include <QTest>

using namespace BounceLens;
using namespace Qt::StringLiterals;

class tst_NoteText : public QObject
{
    Q_OBJECT

private slots:
    void initTestCase();
    void everyCodeHasWords();
    void notesOfRealInputsHaveWords();
    void argumentsAreNotPlaceholders();
    void pluralFollowsTheCount();
    void wordsFollowTheInterfaceLanguage();
    void undecodableNamesItsCause();
    void unknownCodeIsShownAsItself();

private:
    std::optional<CodeTable> m_table;
};

void tst_NoteText::initTestCase()
{
    QString error;
    m_table = CodeTable::loadBuiltIn(&error);
    QVERIFY2(m_table, qPrintable(error));
}

void tst_NoteText::everyCodeHasWords()
{
    const QStringList codes = NoteText::codes();
    QVERIFY(codes.size() >= 25);
    QCOMPARE(QSet<QString>(codes.begin(), codes.end()).size(), codes.size());
    static const QRegularExpression placeholder(u"%[0-9n]"_s);
    for (const QString &code : codes) {
        const QString text = NoteText::message({code, {u"a"_s, u"b"_s, u"c"_s, u"d"_s}, 2});
        QVERIFY2(text != code && !text.isEmpty(), qPrintable(code));
        QVERIFY2(!placeholder.match(text).hasMatch(), qPrintable(code + u": "_s + text));
    }
}

// Every note the decoder writes on the project's own fixtures has words (a code added to the
// decoder without a row in NoteText's table would show as its code).
void tst_NoteText::notesOfRealInputsHaveWords()
{
    const BounceDecoder decoder(*m_table);
    const QStringList known = NoteText::codes();
    int notes = 0;
    for (const QString &dir : {u"bounces"_s, u"paste"_s, u"decodeview"_s}) {
        const QDir d(QStringLiteral(BOUNCELENS_TEST_DATA) + u'/' + dir);
        for (const QFileInfo &info : d.entryInfoList(QDir::Files)) {
            QFile file(info.filePath());
            QVERIFY(file.open(QIODevice::ReadOnly));
            const DecodeResult r = decoder.decode(file.readAll());
            for (const DecodeNotes &list : {r.recognised, r.notes}) {
                for (const DecodeNote &note : list) {
                    ++notes;
                    QVERIFY2(known.contains(note.code),
                             qPrintable(info.fileName() + u": "_s + note.code));
                }
            }
        }
    }
    QVERIFY(notes > 50);
}

// A heading from a bounce that holds "%2" stays as written.
void tst_NoteText::argumentsAreNotPlaceholders()
{
    QCOMPARE(NoteText::message({u"heading"_s, {u"%2 %1 Delivery failed"_s}}),
             u"Heading: %2 %1 Delivery failed"_s);
    QCOMPARE(NoteText::message({u"charset-wrong"_s, {u"x-%2"_s, u"utf-8"_s}}),
             u"The declared charset \"x-%2\" was wrong or unknown; read as utf-8"_s);
}

void tst_NoteText::pluralFollowsTheCount()
{
    const QString one = NoteText::message({u"not-an-address"_s, {u"\"x\""_s}, 1});
    const QString three = NoteText::message({u"not-an-address"_s, {u"\"x\""_s}, 3});
    QVERIFY2(one.startsWith(u"1 recipient"_s), qPrintable(one));
    QVERIFY2(three.startsWith(u"3 recipient"_s), qPrintable(three));
}

// The same result reads in the language of the moment: the engine kept no English.
void tst_NoteText::wordsFollowTheInterfaceLanguage()
{
    const BounceDecoder decoder(*m_table);
    const DecodeResult r = decoder.decode("Subject: hello\n\nnothing to see here\n");
    QVERIFY(!r.recognised.isEmpty());
    const QString english = NoteText::messages(r.recognised).join(u'\n');
    TranslationInstaller installer;
    QVERIFY(installer.install(u"zh_CN"_s));
    const QString chinese = NoteText::messages(r.recognised).join(u'\n');
    installer.install(u"en"_s);
    QVERIFY2(chinese != english, qPrintable(chinese));
    static const QRegularExpression han(u"\\p{Han}"_s);
    QVERIFY2(han.match(chinese).hasMatch(), qPrintable(chinese));
    QCOMPARE(NoteText::messages(r.recognised).join(u'\n'), english);
}

void tst_NoteText::undecodableNamesItsCause()
{
    DecodeResult r;
    r.errorCode = ErrorCode::Undecodable;
    r.recognised = {{u"dsn-included"_s, {}}, {u"charset-unreadable"_s, {u"x-klingon"_s}}};
    const QString text = NoteText::error(r);
    QVERIFY2(text.contains(u"x-klingon"_s), qPrintable(text));
    QVERIFY2(!text.contains(u"delivery status"_s), qPrintable(text));
    QVERIFY(NoteText::error(DecodeResult()).isEmpty());
    r.errorCode = ErrorCode::OpenFailed;
    r.errorDetail = u"Permission denied"_s;
    QVERIFY(NoteText::error(r).contains(u"Permission denied"_s));
}

void tst_NoteText::unknownCodeIsShownAsItself()
{
    QCOMPARE(NoteText::message({u"from-a-newer-build"_s, {u"x"_s}}), u"from-a-newer-build"_s);
}

QTEST_GUILESS_MAIN(tst_NoteText)
#include "tst_notetext.moc"
