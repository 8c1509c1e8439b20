// DecodeBatch: ordered whatever the threads, windows handed over as they are done, an mbox's
// messages numbered, cancel keeps what was delivered (issue 19).
#include "codes/codetable.h"
#include "decoder/bouncedecoder.h"
#include "input/decodebatch.h"

#include <QFile>
#include <QTemporaryDir>
#include <QtTest>

#include <optional>

using namespace BounceLens;
using namespace Qt::Literals::StringLiterals;

namespace {

QByteArray message(int i)
{
    return "From: MAILER-DAEMON@mx.example.org\nTo: a@example.org\nSubject: Undelivered Mail\n\n"
           "<r"
           + QByteArray::number(i) + "@example.com>: host mx.example.com said: 550 5.1.1 "
           + "user unknown\n" + QByteArray((i % 5) * 2000, 'x') + "\n";
}

bool write(const QString &path, const QByteArray &bytes)
{
    QFile f(path);
    return f.open(QIODevice::WriteOnly) && f.write(bytes) == bytes.size();
}

} // namespace

class tst_DecodeBatch : public QObject
{
    Q_OBJECT

private slots:
    void initTestCase();
    void orderedWhateverTheThreads_data();
    void orderedWhateverTheThreads();
    void cancelKeepsWhatWasDelivered();

private:
    QStringList run(int threads, int window, QList<BatchRecord> *all = nullptr);
    std::optional<CodeTable> m_table;
    QTemporaryDir m_dir;
    QStringList m_expected;
};

void tst_DecodeBatch::initTestCase()
{
    QString error;
    m_table = CodeTable::loadBuiltIn(&error);
    QVERIFY2(m_table, qPrintable(error));
    for (int i = 0; i < 40; ++i) {
        const QString name = m_dir.filePath(u"m%1.eml"_s.arg(i, 2, 10, QChar(u'0')));
        QVERIFY(write(name, message(i)));
        m_expected << u"r%1@example.com"_s.arg(i);
        if (i == 10) {
            QByteArray mbox;
            for (int k = 100; k < 105; ++k)
                mbox += "From MAILER-DAEMON Sat Nov 28 15:12:56 2026\n" + message(k) + "\n";
            QVERIFY(write(m_dir.filePath(u"m10b.mbox"_s), mbox));
            for (int k = 100; k < 105; ++k)
                m_expected << u"r%1@example.com"_s.arg(k);
        }
    }
}

QStringList tst_DecodeBatch::run(int threads, int window, QList<BatchRecord> *all)
{
    BounceDecoder decoder(*m_table);
    DecodeBatch batch(decoder);
    batch.setThreads(threads);
    batch.setWindow(window);
    MessageWalk walk({QFile::encodeName(m_dir.path())});
    QStringList recipients;
    batch.run([&](InputFile *f) { return walk.next(f); },
              [&](QList<BatchRecord> &records) {
                  for (const BatchRecord &r : records) {
                      recipients << r.result.recipients.value(0).recipient;
                      if (all)
                          *all << r;
                  }
                  return true;
              });
    return recipients;
}

void tst_DecodeBatch::orderedWhateverTheThreads_data()
{
    QTest::addColumn<int>("threads");
    QTest::addColumn<int>("window");
    QTest::newRow("one thread") << 1 << 256;
    QTest::newRow("four threads, windows of 3") << 4 << 3;
    QTest::newRow("default") << 0 << 256;
}

void tst_DecodeBatch::orderedWhateverTheThreads()
{
    QFETCH(int, threads);
    QFETCH(int, window);
    QList<BatchRecord> all;
    QCOMPARE(run(threads, window, &all), m_expected);
    // The mbox's messages: numbered, with their offsets in the file, the file index shared.
    const BatchRecord &second = all.at(12);
    QCOMPARE(second.number, 2);
    QVERIFY(second.result.source.endsWith(u"m10b.mbox#2"_s));
    QVERIFY(second.offset > 0);
    QCOMPARE(second.file, all.at(11).file);
}

void tst_DecodeBatch::cancelKeepsWhatWasDelivered()
{
    BounceDecoder decoder(*m_table);
    DecodeBatch batch(decoder);
    std::atomic<bool> cancel{false};
    batch.setCancel(&cancel);
    batch.setWindow(4);
    MessageWalk walk({QFile::encodeName(m_dir.path())});
    QStringList recipients;
    int windows = 0;
    const bool finished = batch.run([&](InputFile *f) { return walk.next(f); },
                                    [&](QList<BatchRecord> &records) {
                                        for (const BatchRecord &r : records)
                                            recipients << r.result.recipients.value(0).recipient;
                                        if (++windows == 2)
                                            cancel = true;
                                        return true;
                                    });
    QVERIFY(!finished);
    QVERIFY(recipients.size() >= 4);
    QVERIFY(recipients.size() < m_expected.size());
    QCOMPARE(recipients, m_expected.mid(0, recipients.size()));
}

QTEST_GUILESS_MAIN(tst_DecodeBatch)
#include "tst_decodebatch.moc"
