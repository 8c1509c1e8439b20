#pragma once

#include <QCoreApplication>
#include <QList>
#include <QString>
#include <QStringList>

#include <memory>

class QLocale;
class QTranslator;

namespace BounceLens {

// The interface languages, read from resources/languages.json: each with its code, its name
// in its own language, and the system locales that select it. Adding a language is data
// (that file, a .ts file and the code texts), not code.
class Languages
{
    Q_DECLARE_TR_FUNCTIONS(Languages)

public:
    struct Language
    {
        QString code; // "zh_CN"
        QString name; // in its own language
        QStringList locales;
    };

    static const QList<Language> &all();
    static QStringList codes();
    static bool isSupported(const QString &code);
    static QString nativeName(const QString &code);
    // The language a system locale selects: zh_CN, zh_SG -> zh_CN; zh_TW, zh_HK, zh_MO -> zh_TW;
    // anything else -> English.
    static QString forLocale(const QLocale &locale);
    static QString sourceLanguage() { return QStringLiteral("en"); }
};

// Installs the translators of one language on the application: ours (":/i18n") and Qt's own
// (qtbase_*.qm from qt6-translations-l10n, when installed; silently skipped when not).
class TranslationInstaller
{
public:
    TranslationInstaller();
    ~TranslationInstaller();
    Q_DISABLE_COPY_MOVE(TranslationInstaller)

    // Returns false when the app's own catalogue for that language is missing.
    bool install(const QString &code);
    QString current() const { return m_current; }

private:
    void removeAll();

    std::unique_ptr<QTranslator> m_app;
    std::unique_ptr<QTranslator> m_qt;
    QString m_current = Languages::sourceLanguage();
};

} // namespace BounceLens
