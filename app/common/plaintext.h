#pragma once

#include <QString>

namespace BounceLens {

// Text from a bounce is data, never markup (issue 25). Qt shows a tooltip (QToolTip), a
// QMessageBox text and a Qt Charts label as HTML when the text "might be rich text": an
// <img src=/dev/zero> there reads the file, 30 nested tables freeze the layout for hours.
namespace PlainText {

// For QToolTip and ToolTipRole: the text unchanged when it holds no '<' or '&' (Qt shows it
// as it is), else escaped inside a paragraph that keeps its line breaks, so that Qt takes it
// for rich text and shows the characters.
QString toolTip(const QString &text);

// For a place that always reads HTML (a Qt Charts axis label or legend): escaped.
QString forHtml(const QString &text);

// Text from a bounce made safe for a terminal: C0 and C1 control characters other than tab
// and newline (ESC, BEL, CSI, DEL ...) become visible escapes ("\x1b", "\x9b"), so that a
// bounce cannot retitle, clear or reprogram the terminal it is printed on.
QString terminalSafe(const QString &text);

} // namespace PlainText

} // namespace BounceLens
