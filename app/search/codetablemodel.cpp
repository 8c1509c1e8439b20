#include "search/codetablemodel.h"

#include "codes/codetable.h"

namespace BounceLens {

using namespace Qt::Literals::StringLiterals;

CodeTableModel::CodeTableModel(const CodeTable *table, QObject *parent)
    : QAbstractTableModel(parent)
    , m_table(table)
{}

void CodeTableModel::setLanguage(const QString &language)
{
    if (language == m_language)
        return;
    m_language = language;
    if (rowCount() > 0)
        emit dataChanged(index(0, MessageColumn), index(rowCount() - 1, MessageColumn));
    retranslate();
}

void CodeTableModel::retranslate()
{
    emit headerDataChanged(Qt::Horizontal, 0, ColumnCount - 1);
}

int CodeTableModel::rowCount(const QModelIndex &parent) const
{
    return parent.isValid() || !m_table ? 0 : m_table->size();
}

int CodeTableModel::columnCount(const QModelIndex &parent) const
{
    return parent.isValid() ? 0 : ColumnCount;
}

QVariant CodeTableModel::data(const QModelIndex &index, int role) const
{
    if (!checkIndex(index, CheckIndexOption::IndexIsValid | CheckIndexOption::ParentIsInvalid))
        return {};
    const CodeEntry &e = m_table->at(index.row());
    switch (role) {
    case Qt::DisplayRole:
        switch (index.column()) {
        case ReplyCodeColumn:
            return e.replyCode ? QVariant(e.replyCode) : QVariant(QString());
        case StatusColumn:
            return e.status;
        case MessageColumn:
            return e.text.value(m_language);
        }
        return {};
    case Qt::ToolTipRole:
        if (index.column() == MessageColumn && m_language != u"en"_s)
            return e.text.english();
        return {};
    case SortRole:
        switch (index.column()) {
        case ReplyCodeColumn:
            // Gmail's own bounce texts (no reply code) after the Gmail replies with one.
            return e.isGmail() && e.replyCode == 0 ? 1000 : e.replyCode;
        case StatusColumn: {
            // Numeric order: 5.7.9 before 5.7.10; "x" sorts first.
            const QStringList parts = e.status.split(u'.');
            qint64 key = 0;
            for (const QString &part : parts)
                key = key * 1000 + part.toInt();
            return key;
        }
        case MessageColumn:
            return e.text.value(m_language);
        }
        return {};
    case EntryIndexRole:
        return index.row();
    case EntryIdRole:
        return e.id;
    case ReplyCodeRole:
        return e.replyCode;
    case StatusRole:
        return e.status;
    case EnglishTextRole:
        return e.text.english();
    }
    return {};
}

QVariant CodeTableModel::headerData(int section, Qt::Orientation orientation, int role) const
{
    if (orientation != Qt::Horizontal || role != Qt::DisplayRole)
        return QAbstractTableModel::headerData(section, orientation, role);
    switch (section) {
    case ReplyCodeColumn:
        //: Column header: the basic SMTP reply code, like 550
        return tr("Reply");
    case StatusColumn:
        //: Column header: the enhanced status code, like 5.1.1
        return tr("Enhanced");
    case MessageColumn:
        return tr("Message");
    }
    return {};
}

} // namespace BounceLens
