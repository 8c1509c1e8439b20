#pragma once

#include <QAbstractTableModel>
#include <QString>

namespace BounceLens {

class CodeTable;

// The code table as a Qt model: one row per entry. The message column shows the text in the
// current language; the roles give the raw values the filter proxy works on.
class CodeTableModel final : public QAbstractTableModel
{
    Q_OBJECT
    Q_DISABLE_COPY_MOVE(CodeTableModel)

public:
    enum Column { ReplyCodeColumn, StatusColumn, MessageColumn, ColumnCount };
    enum Role {
        EntryIndexRole = Qt::UserRole + 1, // int: index into CodeTable::entries()
        EntryIdRole,                       // QString
        ReplyCodeRole,                     // int, 0 when none
        StatusRole,                        // QString
        EnglishTextRole,                   // QString
        SortRole,                          // value the column sorts by
    };

    explicit CodeTableModel(const CodeTable *table, QObject *parent = nullptr);

    const CodeTable *table() const { return m_table; }
    QString language() const { return m_language; }
    // Changes the language of the message column and of the headers.
    void setLanguage(const QString &language);
    // Re-reads the translated header labels (after the interface language changed).
    void retranslate();

    int rowCount(const QModelIndex &parent = {}) const override;
    int columnCount(const QModelIndex &parent = {}) const override;
    QVariant data(const QModelIndex &index, int role = Qt::DisplayRole) const override;
    QVariant headerData(int section, Qt::Orientation orientation,
                        int role = Qt::DisplayRole) const override;

private:
    const CodeTable *m_table = nullptr;
    QString m_language = QStringLiteral("en");
};

} // namespace BounceLens
