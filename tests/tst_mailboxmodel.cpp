// MailboxModel, MailboxFilterProxy and MailboxSummary: rows per recipient, sorting on every
// column, the filter field and facets, grouping by recipient, the summary's counts.
#include "codes/codetable.h"
#include "mailbox/mailboxfilterproxy.h"
#include "mailbox/mailboxjob.h"
#include "mailbox/mailboxmodel.h"
#include "mailbox/mailboxsummary.h"
#include "mailboxtestdata.h"

#include <QAbstractItemModelTester>
#include <QSignalSpy>
#include <QTemporaryDir>
#include <QtTest>

#include <optional>

using namespace BounceLens;
using namespace Qt::Literals::StringLiterals;
using namespace MailboxTestData;

class tst_MailboxModel : public QObject
{
    Q_OBJECT

private slots:
    void initTestCase();
    void init();
    void oneRowPerRecipient();
    void sortingOnEveryColumn();
    void filterFieldAndFacets();
    void groupByRecipient();
    void summaryCounts();
    void batchesKeepTheTesterHappy();
    void providerInOriginColumn();

private:
    QList<MailboxMessage> decode(const QByteArray &mbox);

    std::optional<CodeTable> m_table;
    QTemporaryDir m_dir;
    std::unique_ptr<MailboxModel> m_model;
    std::unique_ptr<MailboxFilterProxy> m_proxy;
    QList<MailboxMessage> m_messages;
};

QList<MailboxMessage> tst_MailboxModel::decode(const QByteArray &box)
{
    const QString path
        = m_dir.filePath(u"box%1.mbox"_s.arg(QRandomGenerator::global()->generate()));
    write(path, box);
    MailboxJob job(*m_table);
    QList<MailboxMessage> messages;
    connect(&job, &MailboxJob::messagesReady, this,
            [&](const QList<MailboxMessage> &batch) { messages += batch; });
    QSignalSpy finished(&job, &MailboxJob::finished);
    job.start({path});
    finished.wait(60000);
    return messages;
}

void tst_MailboxModel::initTestCase()
{
    QString error;
    m_table = CodeTable::loadBuiltIn(&error);
    QVERIFY2(m_table, qPrintable(error));
    const QString p = QString::fromLatin1(permanentReply()),
                  t = QString::fromLatin1(temporaryReply());
    // Two bounces of ann (temporary first, permanent later), one of bob, one of carol at
    // another domain, and a message that is not a bounce.
    m_messages = decode(mbox({bounce(u"ann@example.com"_s, t, u"Mon, 30 Nov 2026 09:00:00 +0000"_s),
                              bounce(u"bob@example.com"_s, p, u"Mon, 30 Nov 2026 09:30:00 +0000"_s),
                              bounce(u"carol@example.org"_s,
                                     u"550-5.7.26 Unauthenticated email from example.org is not "
                                     "accepted due to domain's DMARC policy. - gsmtp"_s,
                                     u"Mon, 30 Nov 2026 08:00:00 +0000"_s),
                              bounce(u"ann@example.com"_s, p, u"Mon, 30 Nov 2026 11:00:00 +0000"_s),
                              "From: friend@example.com\nSubject: hello\n\nJust saying hi.\n"}));
    QCOMPARE(m_messages.size(), 5);
}

void tst_MailboxModel::init()
{
    m_model = std::make_unique<MailboxModel>(&*m_table);
    m_proxy = std::make_unique<MailboxFilterProxy>();
    m_proxy->setSourceModel(m_model.get());
    new QAbstractItemModelTester(
        m_model.get(), QAbstractItemModelTester::FailureReportingMode::QtTest, m_model.get());
    new QAbstractItemModelTester(
        m_proxy.get(), QAbstractItemModelTester::FailureReportingMode::QtTest, m_proxy.get());
    m_model->setFiles({m_dir.filePath(u"box.mbox"_s)});
    m_model->append(m_messages);
}

void tst_MailboxModel::oneRowPerRecipient()
{
    QCOMPARE(m_model->rowCount(), 5); // 4 recipients + the message without one
    auto cell = [&](int row, int column) {
        return m_model->index(row, column).data().toString();
    };
    QCOMPARE(cell(0, MailboxModel::RecipientColumn), u"ann@example.com"_s);
    QCOMPARE(cell(0, MailboxModel::OutcomeColumn), u"Temporary"_s);
    QCOMPARE(cell(0, MailboxModel::ReplyCodeColumn), u"452"_s);
    QCOMPARE(cell(0, MailboxModel::StatusColumn), u"4.2.2"_s);
    QCOMPARE(cell(1, MailboxModel::OutcomeColumn), u"Permanent"_s);
    QCOMPARE(cell(1, MailboxModel::DomainColumn), u"example.com"_s);
    QCOMPARE(cell(2, MailboxModel::DomainColumn), u"example.org"_s);
    QCOMPARE(cell(2, MailboxModel::StatusColumn), u"5.7.26"_s);
    QVERIFY(!cell(1, MailboxModel::ReasonColumn).isEmpty());
    QVERIFY(!cell(1, MailboxModel::EntryColumn).isEmpty());
    QCOMPARE(cell(1, MailboxModel::SourceColumn), u"box.mbox #2"_s);
    QCOMPARE(cell(1, MailboxModel::DateColumn).left(10), u"2026-11-30"_s);
    QCOMPARE(cell(4, MailboxModel::RecipientColumn), QString());
    QCOMPARE(m_model->index(4, 0).data(MailboxModel::OutcomeRole).toInt(), int(Outcome::Unknown));
    QVERIFY(m_model->recipientOf(4) == nullptr);
    QCOMPARE(m_model->messageOf(3).number, 4);
}

void tst_MailboxModel::sortingOnEveryColumn()
{
    for (int column = 0; column < MailboxModel::ColumnCount; ++column) {
        for (Qt::SortOrder order : {Qt::AscendingOrder, Qt::DescendingOrder}) {
            m_proxy->sort(column, order);
            QCOMPARE(m_proxy->rowCount(), 5);
            for (int row = 1; row < m_proxy->rowCount(); ++row) {
                const QVariant a = m_proxy->index(row - 1, column).data(MailboxModel::SortRole);
                const QVariant b = m_proxy->index(row, column).data(MailboxModel::SortRole);
                const bool inOrder = order == Qt::AscendingOrder
                                         ? QVariant::compare(a, b) != QPartialOrdering::Greater
                                         : QVariant::compare(a, b) != QPartialOrdering::Less;
                QVERIFY2(inOrder, qPrintable(u"column %1 row %2"_s.arg(column).arg(row)));
            }
        }
    }
    // Codes sort as numbers, dates as dates.
    m_proxy->sort(MailboxModel::ReplyCodeColumn, Qt::DescendingOrder);
    QCOMPARE(m_proxy->index(0, MailboxModel::ReplyCodeColumn).data().toString(), u"550"_s);
    m_proxy->sort(MailboxModel::DateColumn, Qt::DescendingOrder);
    QCOMPARE(m_proxy->index(0, MailboxModel::RecipientColumn).data().toString(),
             u"ann@example.com"_s);
    QCOMPARE(m_proxy->index(0, MailboxModel::OutcomeColumn).data().toString(), u"Permanent"_s);
}

void tst_MailboxModel::filterFieldAndFacets()
{
    m_proxy->setText(u"EXAMPLE.org"_s);
    QCOMPARE(m_proxy->rowCount(), 1);
    m_proxy->setText(u"ann 550"_s); // words AND together
    QCOMPARE(m_proxy->rowCount(), 1);
    m_proxy->setText(u"dmarc"_s); // words of the reply
    QCOMPARE(m_proxy->rowCount(), 1);
    m_proxy->setText({});
    QVERIFY(!m_proxy->isFiltering());

    m_proxy->setOutcome(Outcome::Permanent);
    QCOMPARE(m_proxy->rowCount(), 3);
    m_proxy->setDomain(u"Example.com"_s);
    QCOMPARE(m_proxy->rowCount(), 2);
    m_proxy->setCode(u"550 5.1.1"_s);
    QCOMPARE(m_proxy->rowCount(), 2);
    m_proxy->setCode(u"5.7.26"_s);
    QCOMPARE(m_proxy->rowCount(), 0);
    m_proxy->clearFilters();
    QCOMPARE(m_proxy->rowCount(), 5);

    const QString reason = m_model->index(1, 0).data(MailboxModel::ReasonRole).toString();
    QVERIFY(!reason.isEmpty());
    m_proxy->setReason(reason);
    QCOMPARE(m_proxy->rowCount(), 2);
    m_proxy->clearFilters();
    const QString entry = m_model->index(2, 0).data(MailboxModel::EntryIdRole).toString();
    QVERIFY(!entry.isEmpty());
    m_proxy->setEntry(entry);
    QCOMPARE(m_proxy->rowCount(), 1);
    QCOMPARE(m_proxy->visibleRowIndexes(), QList<int>{2});
    QCOMPARE(m_proxy->visibleRecords().size(), 1);
    QCOMPARE(m_proxy->visibleRecords().first().recipient, 0);
}

void tst_MailboxModel::groupByRecipient()
{
    m_model->setGroupByRecipient(true);
    QCOMPARE(m_model->rowCount(), 4); // ann once
    QCOMPARE(m_model->index(0, MailboxModel::RecipientColumn).data().toString(),
             u"ann@example.com"_s);
    QCOMPARE(m_model->index(0, MailboxModel::CountColumn).data().toInt(), 2);
    // The latest outcome: the permanent bounce of 11:00.
    QCOMPARE(m_model->index(0, MailboxModel::OutcomeColumn).data().toString(), u"Permanent"_s);
    // New bounces update the groups.
    m_model->append({m_messages.at(1)});
    QCOMPARE(m_model->rowCount(), 4);
    QCOMPARE(m_model->index(1, MailboxModel::CountColumn).data().toInt(), 2);
    QCOMPARE(m_proxy->visibleRecords().at(1).count, 2);
    m_model->setGroupByRecipient(false);
    QCOMPARE(m_model->rowCount(), 6);
}

void tst_MailboxModel::summaryCounts()
{
    const MailboxSummary s = MailboxSummary::of(*m_model);
    QCOMPARE(s.messages, 5);
    QCOMPARE(s.recipients, 4);
    QCOMPARE(s.withoutRecipient, 1);
    QCOMPARE(s.outcomes[size_t(Outcome::Permanent)], 3);
    QCOMPARE(s.outcomes[size_t(Outcome::Temporary)], 1);
    QCOMPARE(s.domains.first(), (MailboxSummary::Count{u"example.com"_s, 3}));
    QCOMPARE(s.domains.size(), 2);
    QCOMPARE(s.codes.first(), (MailboxSummary::Count{u"550 5.1.1"_s, 2}));
    int entries = 0;
    for (const auto &c : s.entries)
        entries += c.count;
    QCOMPARE(entries, 4);
    QCOMPARE(MailboxSummary::of(*m_model, 1).domains.size(), 1);
}

void tst_MailboxModel::batchesKeepTheTesterHappy()
{
    // Appending in batches while sorted, filtered and grouped: the testers check every signal.
    m_model->clear();
    m_proxy->sort(MailboxModel::RecipientColumn, Qt::AscendingOrder);
    m_proxy->setOutcome(Outcome::Permanent);
    for (const MailboxMessage &m : m_messages)
        m_model->append({m});
    QCOMPARE(m_proxy->rowCount(), 3);
    m_model->setGroupByRecipient(true);
    m_model->clear();
    for (const MailboxMessage &m : m_messages)
        m_model->append({m, m});
    QCOMPARE(m_model->rowCount(), 5); // 3 addresses; a message without one is never grouped
    m_model->setLanguage(u"zh_CN"_s);
    QCOMPARE(m_proxy->rowCount(), 3);
}

void tst_MailboxModel::providerInOriginColumn()
{
    // A NetEase reply names NetEase in the Origin column: confirmed by its help link, or with
    // "?" when only its DT:SPM code said so.
    // (The test bounces name a Google host; these come from NetEase's and another host.)
    QByteArray fromNetEase
        = bounce(u"li@163.example.cn"_s,
                 u"554 DT:SPM 163 mx2,MtKowAD3QzvUt4VnrQ4lBA--.44207S2 1736821266,please see "
                 u"http://mail.163.com/help/help_spam_16.htm?ip=203.0.113.5"_s);
    fromNetEase.replace("gmail-smtp-in.l.google.com", "163mx02.mxmail.netease.com");
    QByteArray fromOther = bounce(u"hu@partner.example.cn"_s,
                                  u"554 DT:SPM mx5,QsCowAB7kcbVAW5m1X3aAw--.12345S2 1718355413"_s);
    fromOther.replace("gmail-smtp-in.l.google.com", "mx.partner.example.cn");
    const QList<MailboxMessage> messages = decode(mbox({fromNetEase, fromOther}));
    MailboxModel model(&*m_table);
    model.append(messages);
    QCOMPARE(model.rowCount(), 2);
    QCOMPARE(model.index(0, MailboxModel::OriginColumn).data().toString(), u"NetEase"_s);
    QCOMPARE(model.index(1, MailboxModel::OriginColumn).data().toString(), u"NetEase?"_s);
}

QTEST_GUILESS_MAIN(tst_MailboxModel)
#include "tst_mailboxmodel.moc"
