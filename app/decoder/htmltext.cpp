// libhandles.h (GMime, glib) comes first: glib names a struct member "signals", which Qt
// defines as a keyword.
#include "decoder/libhandles.h"

#include "decoder/htmltext.h"

#include <libxml/HTMLparser.h>
#include <libxml/tree.h>

#include <mutex>

#include <QByteArray>
#include <QList>
#include <QStringView>

#include <cstring>

namespace BounceLens {

namespace {

// Nested HTML is walked (recursively) only to a sane depth.
constexpr int kMaxDepth = 256;

bool isBlock(const char *name)
{
    static const char *const blocks[]
        = {"p",  "div",     "br",      "tr",     "li",     "h1",    "h2",         "h3",     "h4",
           "h5", "h6",      "table",   "ul",     "ol",     "pre",   "blockquote", "hr",     "dt",
           "dd", "section", "article", "header", "footer", "title", "center",     "address"};
    for (const char *b : blocks) {
        if (std::strcmp(name, b) == 0)
            return true;
    }
    return false;
}

bool isSkipped(const char *name)
{
    return std::strcmp(name, "script") == 0 || std::strcmp(name, "style") == 0
           || std::strcmp(name, "head") == 0 || std::strcmp(name, "noscript") == 0;
}

bool isCell(const char *name)
{
    return std::strcmp(name, "td") == 0 || std::strcmp(name, "th") == 0;
}

// Blocks followed by an empty line.
bool isParagraph(const char *name)
{
    return std::strcmp(name, "p") == 0 || std::strcmp(name, "h1") == 0
           || std::strcmp(name, "h2") == 0 || std::strcmp(name, "h3") == 0;
}

// Whitespace inside HTML text collapses to one space.
void appendText(const xmlChar *content, QByteArray &out)
{
    for (const char *s = reinterpret_cast<const char *>(content); *s; ++s) {
        const char c = *s;
        if (c != '\n' && c != '\r' && c != '\t' && c != ' ')
            out.append(c);
        else if (!out.isEmpty() && !out.endsWith(' ') && !out.endsWith('\n'))
            out.append(' ');
    }
}

void walk(xmlNode *node, int depth, QByteArray &out, bool *tooDeep);

// An element's text: its children's, on lines of their own for a block, spaced for a cell.
void walkElement(xmlNode *n, int depth, QByteArray &out, bool *tooDeep)
{
    const char *name = reinterpret_cast<const char *>(n->name);
    if (isSkipped(name))
        return;
    const bool block = isBlock(name);
    if (block && !out.isEmpty() && !out.endsWith('\n'))
        out.append('\n');
    if (isCell(name))
        out.append(' ');
    if (depth < kMaxDepth)
        walk(n->children, depth + 1, out, tooDeep);
    else if (n->children)
        *tooDeep = true;
    if (block && !out.endsWith('\n'))
        out.append('\n');
    if (isParagraph(name))
        out.append('\n');
}

// The text of `node` and its following siblings.
void walk(xmlNode *node, int depth, QByteArray &out, bool *tooDeep)
{
    for (xmlNode *n = node; n; n = n->next) {
        if (n->type == XML_TEXT_NODE || n->type == XML_CDATA_SECTION_NODE) {
            if (n->content)
                appendText(n->content, out);
        } else if (n->type == XML_ELEMENT_NODE) {
            walkElement(n, depth, out, tooDeep);
        }
    }
}

} // namespace

QString HtmlText::toPlainText(const QString &html, bool *tooDeep)
{
    // libxml2 sets up its globals once, before any thread parses (the decoder runs on several).
    static std::once_flag once;
    std::call_once(once, [] { xmlInitParser(); });
    bool deep = false;
    const QByteArray utf8 = html.toUtf8();
    htmlParserCtxtPtr ctxt = htmlNewParserCtxt();
    if (!ctxt)
        return {};
    const XmlDocPtr doc(
        htmlCtxtReadMemory(ctxt, utf8.constData(), int(utf8.size()), nullptr, "UTF-8",
                           HTML_PARSE_RECOVER | HTML_PARSE_NOERROR | HTML_PARSE_NOWARNING
                               | HTML_PARSE_NONET | HTML_PARSE_NOIMPLIED));
    // libxml2 stops the whole document at its own depth limit (256 without XML_PARSE_HUGE):
    // what follows the deep part is not read either.
    deep = ctxt->disableSAX != 0 && ctxt->errNo == XML_ERR_INTERNAL_ERROR;
    htmlFreeParserCtxt(ctxt);
    if (!doc) {
        if (tooDeep)
            *tooDeep = deep;
        return {};
    }
    QByteArray out;
    out.reserve(utf8.size() / 2);
    walk(xmlDocGetRootElement(doc.get()), 0, out, &deep);
    if (tooDeep)
        *tooDeep = deep;
    // Trim spaces at line starts and ends, and keep at most one empty line in a row.
    QString text = QString::fromUtf8(out);
    QString result;
    result.reserve(text.size());
    int empty = 0;
    for (QStringView line : QStringView(text).split(u'\n')) {
        line = line.trimmed();
        if (line.isEmpty()) {
            if (++empty > 1)
                continue;
        } else {
            empty = 0;
        }
        result.append(line);
        result.append(u'\n');
    }
    return result;
}

} // namespace BounceLens
