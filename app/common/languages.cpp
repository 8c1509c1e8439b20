#include "common/languages.h"

#include <QFile>
#include <QJsonArray>
#include <QJsonDocument>
#include <QJsonObject>
#include <QLibraryInfo>
#include <QLocale>
#include <QTranslator>

namespace BounceLens {

using namespace Qt::Literals::StringLiterals;

const QList<Languages::Language> &Languages::all()
{
    static const QList<Language> languages = [] {
        QList<Language> result;
        QFile file(u":/languages.json"_s);
        if (file.open(QIODevice::ReadOnly)) {
            const QJsonArray array
                = QJsonDocument::fromJson(file.readAll()).object().value(u"languages"_s).toArray();
            for (const QJsonValue &v : array) {
                const QJsonObject o = v.toObject();
                Language l{o.value(u"code"_s).toString(), o.value(u"name"_s).toString(), {}};
                for (const QJsonValue &locale : o.value(u"locales"_s).toArray())
                    l.locales << locale.toString();
                if (!l.code.isEmpty())
                    result << l;
            }
        }
        if (result.isEmpty() || result.first().code != Languages::sourceLanguage())
            result.prepend({Languages::sourceLanguage(), u"English"_s, {}});
        return result;
    }();
    return languages;
}

QStringList Languages::codes()
{
    QStringList result;
    for (const Language &l : all())
        result << l.code;
    return result;
}

bool Languages::isSupported(const QString &code)
{
    return codes().contains(code);
}

QString Languages::nativeName(const QString &code)
{
    for (const Language &l : all()) {
        if (l.code == code)
            return l.name;
    }
    return code;
}

QString Languages::forLocale(const QLocale &locale)
{
    // Try the most specific names first: "zh_Hant_HK" style, then "zh_HK", then "zh_Hant".
    const QString territory = QLocale::territoryToCode(locale.territory());
    const QString language = QLocale::languageToCode(locale.language());
    const QString script = QLocale::scriptToCode(locale.script());
    QStringList candidates{locale.name(), language + u'_' + territory};
    if (locale.script() != QLocale::AnyScript)
        candidates << language + u'_' + script;
    for (const QString &candidate : std::as_const(candidates)) {
        for (const Language &l : all()) {
            if (l.locales.contains(candidate))
                return l.code;
        }
    }
    return sourceLanguage();
}

TranslationInstaller::TranslationInstaller() = default;

TranslationInstaller::~TranslationInstaller()
{
    removeAll();
}

void TranslationInstaller::removeAll()
{
    for (auto *translator : {&m_app, &m_qt}) {
        if (*translator) {
            QCoreApplication::removeTranslator(translator->get());
            translator->reset();
        }
    }
}

bool TranslationInstaller::install(const QString &code)
{
    removeAll();
    m_current = Languages::sourceLanguage();
    if (code == Languages::sourceLanguage() || !Languages::isSupported(code))
        return code == Languages::sourceLanguage();

    auto app = std::make_unique<QTranslator>();
    if (!app->load(u"bouncelens_"_s + code, u":/i18n"_s))
        return false;
    QCoreApplication::installTranslator(app.get());
    m_app = std::move(app);

    auto qt = std::make_unique<QTranslator>();
    if (qt->load(u"qtbase_"_s + code, QLibraryInfo::path(QLibraryInfo::TranslationsPath))) {
        QCoreApplication::installTranslator(qt.get());
        m_qt = std::move(qt);
    }
    m_current = code;
    return true;
}

} // namespace BounceLens
