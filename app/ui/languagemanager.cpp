#include "ui/languagemanager.h"

#include <QLocale>
#include <QSettings>

namespace BounceLens {

using namespace Qt::Literals::StringLiterals;

namespace {
const QString kSettingsKey = u"ui/language"_s;
}

LanguageManager::LanguageManager(QObject *parent)
    : QObject(parent)
{}

void LanguageManager::restore()
{
    const QSettings settings;
    const QVariant value = settings.value(kSettingsKey);
    // A value of the wrong type (a hand-edited or corrupt file) reads as "system".
    const QString stored = value.typeId() == QMetaType::QString ? value.toString() : QString();
    setChoice(stored.isEmpty() ? QString::fromLatin1(SystemChoice) : stored);
}

void LanguageManager::setChoice(const QString &choice)
{
    const bool system
        = choice == QLatin1StringView(SystemChoice) || !Languages::isSupported(choice);
    m_choice = system ? QString::fromLatin1(SystemChoice) : choice;
    const QString code = system ? Languages::forLocale(QLocale::system()) : choice;

    QSettings settings;
    settings.setValue(kSettingsKey, m_choice);

    if (m_applied && code == language())
        return;
    m_applied = true;
    if (!m_installer.install(code))
        m_installer.install(Languages::sourceLanguage());
    QLocale::setDefault(QLocale(language()));
    emit languageChanged(language());
}

} // namespace BounceLens
