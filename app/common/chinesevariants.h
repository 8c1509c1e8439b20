#pragma once

#include <QCoreApplication>
#include <QHash>
#include <QString>

#include <optional>

namespace BounceLens {

// Traditional -> Simplified Chinese characters, read from resources/chinese-variants.json (data:
// the characters that occur in the code data and the synonyms, and the Traditional forms of the
// Simplified ones). Search folds both the query and the entries to Simplified, so that a query
// typed in one script finds text written in the other. Character by character on purpose: the
// vocabulary that differs (mailbox: youxiang / xinxiang) is the synonyms' job.
class ChineseVariants
{
    Q_DECLARE_TR_FUNCTIONS(ChineseVariants)

public:
    // name: shown in error messages.
    static std::optional<ChineseVariants> load(const QByteArray &data, const QString &name,
                                               QString *error);
    // The table compiled into the binary; empty (and *error set) when it is broken.
    static const ChineseVariants &builtIn(QString *error = nullptr);

    char16_t toSimplified(char16_t c) const { return m_map.value(c, c); }
    QString toSimplified(const QString &text) const;
    int size() const { return int(m_map.size()); }

private:
    QHash<char16_t, char16_t> m_map;
};

} // namespace BounceLens
