#pragma once

#include "mailbox/mailboxmessage.h"

#include <QList>
#include <QObject>
#include <QSemaphore>
#include <QStringList>

#include <atomic>
#include <memory>

namespace BounceLens {

class CodeTable;

// Decodes a whole mailbox off the calling thread: any number of files, directories and mbox
// files, walked, read and decoded exactly as `bouncelens decode` does (MessageWalk, MessageFiles,
// DecodeBatch: the same files, the same limits, the same refusals and words), messages decoded
// on the decode pool, and the results delivered in input order, in batches, through queued
// signals: the receiving thread (the GUI) only appends them. One job is one run; delete it (or
// cancel()) to stop it.
//
//   auto *job = new MailboxJob(table, this);
//   connect(job, &MailboxJob::messagesReady, model, &MailboxModel::append);
//   job->start({"bounces.mbox", "Maildir/"});
class MailboxJob final : public QObject
{
    Q_OBJECT
    Q_DISABLE_COPY_MOVE(MailboxJob)

public:
    explicit MailboxJob(const CodeTable &table, QObject *parent = nullptr);
    ~MailboxJob() override; // cancels and waits for the worker (it stops within a message)

    // Threads that decode (0: one per core). Before start().
    void setThreads(int threads) { m_threads = threads; }
    // Messages per batch (the GUI appends a batch at a time). Before start().
    void setBatchSize(int messages) { m_batchSize = std::max(1, messages); }
    void start(const QStringList &paths);
    // Stops at the next message; what was delivered stays delivered. finished(true) follows.
    void cancel();
    bool isRunning() const { return m_running; }
    bool isCancelled() const { return m_cancel->load(); }

    // True when the paths hold more than one message, or may: several paths, a directory, an
    // mbox. One ordinary file is a single bounce.
    static bool holdsSeveralMessages(const QStringList &paths);
    // A message read again from its file: up to maxBytes of [offset, offset + length).
    static QByteArray readMessage(const QString &path, qint64 offset, qint64 length,
                                  qint64 maxBytes, QString *error = nullptr);

signals:
    // The files the inputs name, once, before any message.
    void filesListed(const QStringList &files);
    void messagesReady(const QList<BounceLens::MailboxMessage> &messages);
    // messagesTotal is counted before decoding (an mbox's separator lines); it is exact once
    // finished.
    void progress(qint64 messagesDone, qint64 messagesTotal, qint64 bytesDone, qint64 bytesTotal);
    void finished(bool cancelled);

private:
    void run(const QStringList &paths);

    const CodeTable &m_table;
    int m_threads = 0;
    int m_batchSize = 256;
    std::shared_ptr<std::atomic<bool>> m_cancel;
    std::atomic<bool> m_running{false};
    bool m_started = false;
    QSemaphore m_done; // released when the worker (a task of the global pool) has returned
};

} // namespace BounceLens

Q_DECLARE_METATYPE(BounceLens::MailboxMessage)
