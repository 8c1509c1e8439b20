#pragma once

#include "common/languages.h"

#include <QObject>
#include <QString>

class QSettings;

namespace BounceLens {

// Owns the interface language: installs the translators, sets QLocale's default, remembers the
// choice in QSettings and announces changes. Widgets retranslate on QEvent::LanguageChange;
// models and code texts follow languageChanged(). The choice "system" follows the locale.
class LanguageManager final : public QObject
{
    Q_OBJECT
    Q_DISABLE_COPY_MOVE(LanguageManager)

public:
    static constexpr const char *SystemChoice = "system";

    explicit LanguageManager(QObject *parent = nullptr);

    // The user's choice: "system" or a language code.
    QString choice() const { return m_choice; }
    // The language in effect: a code from Languages::codes().
    QString language() const { return m_installer.current(); }

    // Reads the remembered choice (a missing or corrupt value means "system") and applies it.
    void restore();
    // Applies and remembers a choice ("system" or a code); unknown codes fall back to "system".
    void setChoice(const QString &choice);

signals:
    void languageChanged(const QString &language);

private:
    TranslationInstaller m_installer;
    QString m_choice = QString::fromLatin1(SystemChoice);
    bool m_applied = false;
};

} // namespace BounceLens
