#include "appicon.h"

#include <QDir>

namespace BounceLens {

using namespace Qt::Literals::StringLiterals;

QIcon appIcon()
{
    QIcon icon;
    const QDir themeDir(u":/icons/hicolor"_s);
    for (const QString &size : themeDir.entryList(QDir::Dirs))
        icon.addFile(themeDir.filePath(size + u"/apps/bouncelens.png"_s));
    return icon;
}

} // namespace BounceLens
