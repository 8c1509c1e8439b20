// MessageFiles and MessageWalk: the one read policy and the one directory walk of the console
// and the window (issue 19), never silent about what they leave out (issue 25).
#include "decoder/bouncedecoder.h"
#include "input/messagefiles.h"

#include <QDir>
#include <QFile>
#include <QTemporaryDir>
#include <QtTest>

#include <fcntl.h>
#include <sys/stat.h>
#include <unistd.h>

using namespace BounceLens;
using namespace Qt::Literals::StringLiterals;

namespace {

const QByteArray kMessage = "From: MAILER-DAEMON@mx.example.org\nTo: a@example.org\n"
                            "Subject: Undelivered Mail\n\n550 5.1.1 <b@example.com>: unknown\n";

bool write(const QString &path, const QByteArray &bytes)
{
    QFile f(path);
    return f.open(QIODevice::WriteOnly) && f.write(bytes) == bytes.size();
}

QByteArray native(const QString &path)
{
    return QFile::encodeName(path);
}

QStringList paths(const QList<InputFile> &files)
{
    QStringList out;
    for (const InputFile &f : files)
        out << f.path;
    return out;
}

} // namespace

class tst_MessageFiles : public QObject
{
    Q_OBJECT

private slots:
    void readsRegularFiles();
    void refusesFifoWithoutBlocking();
    void refusesTooBigBeforeReading();
    void fileChangedAfterItsSizeWasTaken_data();
    void fileChangedAfterItsSizeWasTaken();
    void fileGrownPastTheLimitIsRefused();
    void walkOrderIsThatOfFullPaths();
    void maildirTmpLeftOut();
    void specialFilesAndDanglingLinksAreRecords();
    void tooDeepIsARecord();
    void emptyFolderIsARecord();
    void walkIsLazy();
};

void tst_MessageFiles::readsRegularFiles()
{
    QTemporaryDir dir;
    QVERIFY(write(dir.filePath(u"a.eml"_s), kMessage));
    QByteArray bytes;
    QVERIFY(MessageFiles::read(native(dir.filePath(u"a.eml"_s)), &bytes).ok());
    QCOMPARE(bytes, kMessage);
    QCOMPARE(MessageFiles::read(native(dir.filePath(u"none.eml"_s)), &bytes).code,
             ErrorCode::NotFound);
    QCOMPARE(MessageFiles::check(native(dir.filePath(u"none.eml"_s))).code, ErrorCode::NotFound);
}

void tst_MessageFiles::refusesFifoWithoutBlocking()
{
    // Without a writer, a plain open of a FIFO waits forever: this test would hang.
    QTemporaryDir dir;
    const QString fifo = dir.filePath(u"fifo"_s);
    QCOMPARE(::mkfifo(native(fifo).constData(), 0600), 0);
    QByteArray bytes;
    QCOMPARE(MessageFiles::read(native(fifo), &bytes).code, ErrorCode::NotRegularFile);
    QCOMPARE(MessageFiles::check(native(fifo)).code, ErrorCode::NotRegularFile);
    QVERIFY(MessageFiles::readHead(native(fifo), 100).isEmpty());
    QCOMPARE(MessageFiles::read("/dev/zero", &bytes).code, ErrorCode::NotRegularFile);
}

void tst_MessageFiles::refusesTooBigBeforeReading()
{
    QTemporaryDir dir;
    const QString path = dir.filePath(u"big.mbox"_s);
    QVERIFY(write(path, "From MAILER-DAEMON Sat Nov 28 15:12:56 2026\n" + kMessage));
    QVERIFY(QFile::resize(path, BounceDecoder::MaxInputSize + 1)); // sparse
    QByteArray bytes;
    const MessageFiles::Status status = MessageFiles::read(native(path), &bytes);
    QCOMPARE(status.code, ErrorCode::TooBig);
    QVERIFY(bytes.isEmpty());
    QCOMPARE(MessageFiles::check(native(path)).code, ErrorCode::TooBig);
    QVERIFY(status.message().contains(u"64 MB"_s));
}

// Another program truncates or extends a file between the moment its size is taken and the
// moment it is read: the size was only a hint, what is read is the file as it is then, never
// a read past its end or a short read taken for the whole (files are read, not mapped).
void tst_MessageFiles::fileChangedAfterItsSizeWasTaken_data()
{
    QTest::addColumn<qint64>("sizeHint");
    QTest::addColumn<qint64>("fileSize");
    QTest::newRow("truncated to nothing") << qint64(2 * 1024 * 1024) << qint64(0);
    QTest::newRow("truncated inside") << qint64(2 * 1024 * 1024) << qint64(kMessage.size() - 20);
    QTest::newRow("extended by 1 MB") << qint64(kMessage.size()) << qint64(1024 * 1024);
    QTest::newRow("size unknown (0)") << qint64(0) << qint64(300 * 1024);
}

void tst_MessageFiles::fileChangedAfterItsSizeWasTaken()
{
    QFETCH(qint64, sizeHint);
    QFETCH(qint64, fileSize);
    QTemporaryDir dir;
    const QString path = dir.filePath(u"live.eml"_s);
    QByteArray content = kMessage;
    while (content.size() < fileSize)
        content += QByteArray(79, 'x') + '\n';
    content.truncate(fileSize);
    QVERIFY(write(path, content));
    const int fd = ::open(native(path).constData(), O_RDONLY | O_CLOEXEC);
    QVERIFY(fd >= 0);
    QByteArray bytes;
    const MessageFiles::Status status = MessageFiles::readOpened(fd, sizeHint, &bytes);
    ::close(fd);
    QCOMPARE(status.code, ErrorCode::None);
    QCOMPARE(bytes.size(), content.size());
    QVERIFY(bytes == content);
}

void tst_MessageFiles::fileGrownPastTheLimitIsRefused()
{
    // Small when checked, over 64 MB when read: refused as too big, nothing kept.
    QTemporaryDir dir;
    const QString path = dir.filePath(u"grown.mbox"_s);
    QVERIFY(write(path, kMessage));
    QVERIFY(QFile::resize(path, BounceDecoder::MaxInputSize + 1)); // sparse
    const int fd = ::open(native(path).constData(), O_RDONLY | O_CLOEXEC);
    QVERIFY(fd >= 0);
    QByteArray bytes;
    const MessageFiles::Status status = MessageFiles::readOpened(fd, kMessage.size(), &bytes);
    ::close(fd);
    QCOMPARE(status.code, ErrorCode::TooBig);
    QVERIFY(bytes.isEmpty());
}

void tst_MessageFiles::walkOrderIsThatOfFullPaths()
{
    // "a.txt" sorts before "a/x" ('.' < '/'), hidden files are left out, non-messages too.
    QTemporaryDir dir;
    QVERIFY(QDir(dir.path()).mkpath(u"a"_s));
    QVERIFY(write(dir.filePath(u"a/x"_s), kMessage));
    QVERIFY(write(dir.filePath(u"a.txt"_s), "anything\n"));
    QVERIFY(write(dir.filePath(u"b"_s), kMessage));
    QVERIFY(write(dir.filePath(u".hidden.eml"_s), kMessage));
    QVERIFY(write(dir.filePath(u"picture.png"_s), QByteArray("\x89PNG\r\n\x1a\n\0\0", 10)));
    const QList<InputFile> files = MessageWalk::list({native(dir.path())});
    QCOMPARE(paths(files),
             (QStringList{dir.filePath(u"a.txt"_s), dir.filePath(u"a/x"_s), dir.filePath(u"b"_s)}));
}

void tst_MessageFiles::maildirTmpLeftOut()
{
    QTemporaryDir dir;
    QVERIFY(QDir(dir.path()).mkpath(u"cur"_s) && QDir(dir.path()).mkpath(u"new"_s)
            && QDir(dir.path()).mkpath(u"tmp"_s));
    QVERIFY(write(dir.filePath(u"cur/1.M1.mx:2,S"_s), kMessage));
    QVERIFY(write(dir.filePath(u"new/3.M3.mx"_s), kMessage));
    QVERIFY(write(dir.filePath(u"tmp/2.M2.mx"_s), kMessage));
    QCOMPARE(paths(MessageWalk::list({native(dir.path())})),
             (QStringList{dir.filePath(u"cur/1.M1.mx:2,S"_s), dir.filePath(u"new/3.M3.mx"_s)}));
    // A folder named tmp that is not in a Maildir is read.
    QVERIFY(QDir(dir.path()).rmdir(u"new"_s) || QDir(dir.filePath(u"new"_s)).removeRecursively());
    QCOMPARE(MessageWalk::list({native(dir.path())}).size(), 2);
}

void tst_MessageFiles::specialFilesAndDanglingLinksAreRecords()
{
    QTemporaryDir dir;
    QVERIFY(write(dir.filePath(u"a.eml"_s), kMessage));
    QCOMPARE(::mkfifo(native(dir.filePath(u"b-fifo"_s)).constData(), 0600), 0);
    QCOMPARE(::symlink("/nonexistent/target", native(dir.filePath(u"c-link"_s)).constData()), 0);
    const QList<InputFile> files = MessageWalk::list({native(dir.path())});
    QCOMPARE(files.size(), 3);
    QCOMPARE(files.at(0).error, ErrorCode::None);
    QCOMPARE(files.at(1).error, ErrorCode::NotRegularFile);
    QCOMPARE(files.at(1).path, dir.filePath(u"b-fifo"_s));
    QCOMPARE(files.at(2).error, ErrorCode::DanglingLink);
    QCOMPARE(files.at(2).path, dir.filePath(u"c-link"_s));
    // Named on the command line, the same.
    const QList<InputFile> named = MessageWalk::list({native(dir.filePath(u"c-link"_s))});
    QCOMPARE(named.size(), 1);
    QCOMPARE(named.first().error, ErrorCode::DanglingLink);
}

void tst_MessageFiles::tooDeepIsARecord()
{
    QTemporaryDir dir;
    QString deep = dir.path();
    for (int i = 0; i <= MessageWalk::MaxDepth + 1; ++i)
        deep += u"/d"_s;
    QVERIFY(QDir().mkpath(deep));
    QVERIFY(write(deep + u"/lost.eml"_s, kMessage));
    QVERIFY(write(dir.filePath(u"top.eml"_s), kMessage));
    const QList<InputFile> files = MessageWalk::list({native(dir.path())});
    QCOMPARE(files.size(), 2);
    QCOMPARE(files.at(0).error, ErrorCode::TooDeep);
    QVERIFY(files.at(0).path.endsWith(u"/d"_s));
    QCOMPARE(files.at(1).path, dir.filePath(u"top.eml"_s));
}

void tst_MessageFiles::emptyFolderIsARecord()
{
    QTemporaryDir dir;
    QVERIFY(write(dir.filePath(u"notes"_s), "not a message\n"));
    const QList<InputFile> files = MessageWalk::list({native(dir.path())}, {u"shown"_s});
    QCOMPARE(files.size(), 1);
    QCOMPARE(files.first().error, ErrorCode::NoMessages);
    QCOMPARE(files.first().path, u"shown"_s); // a named input keeps the name it was given
}

void tst_MessageFiles::walkIsLazy()
{
    // The walk reads a directory when it gets there: a file added to a later folder after the
    // first entry was taken is still found (the tree was not read up front).
    QTemporaryDir dir;
    QVERIFY(QDir(dir.path()).mkpath(u"a"_s) && QDir(dir.path()).mkpath(u"z"_s));
    QVERIFY(write(dir.filePath(u"a/1.eml"_s), kMessage));
    MessageWalk walk({native(dir.path())});
    InputFile file;
    QVERIFY(walk.next(&file));
    QCOMPARE(file.path, dir.filePath(u"a/1.eml"_s));
    QVERIFY(write(dir.filePath(u"z/2.eml"_s), kMessage));
    QVERIFY(walk.next(&file));
    QCOMPARE(file.path, dir.filePath(u"z/2.eml"_s));
    QVERIFY(!walk.next(&file));
}

QTEST_GUILESS_MAIN(tst_MessageFiles)
#include "tst_messagefiles.moc"
