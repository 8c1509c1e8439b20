#include "ui/appicon.h"

#include <QDir>

namespace BounceLens {

using namespace Qt::Literals::StringLiterals;

QIcon appIcon()
{
    QIcon icon;
    const QDir themeDir(u":/icons/hicolor"_s);
    for (const QString &size : themeDir.entryList(QDir::Dirs)) {
        // "48x48": its size given. (Qt 6.4 still reads each file here, whole: make the icon once.)
        const int side = size.section(u'x', 0, 0).toInt();
        icon.addFile(themeDir.filePath(size + u"/apps/bouncelens.png"_s),
                     side > 0 ? QSize(side, side) : QSize());
    }
    return icon;
}

} // namespace BounceLens
