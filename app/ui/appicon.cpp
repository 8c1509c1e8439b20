#include "ui/appicon.h"

#include <QDir>

namespace BounceLens {

using namespace Qt::Literals::StringLiterals;

QIcon appIcon()
{
    QIcon icon;
    const QDir themeDir(u":/icons/hicolor"_s);
    for (const QString &size : themeDir.entryList(QDir::Dirs)) {
        // "48x48": with its size given, the file is read when that size is first drawn, not
        // opened (and the image plugins looked up) at start.
        const int side = size.section(u'x', 0, 0).toInt();
        icon.addFile(themeDir.filePath(size + u"/apps/bouncelens.png"_s),
                     side > 0 ? QSize(side, side) : QSize());
    }
    return icon;
}

} // namespace BounceLens
