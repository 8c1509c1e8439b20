#include "ui/codedetailsview.h"

#include "codes/codemeaning.h"
#include "codes/codetable.h"
#include "common/languages.h"
#include "ui/theme.h"

#include <QDesktopServices>
#include <QEvent>
#include <QRegularExpression>
#include <QUrl>

namespace BounceLens {

using namespace Qt::Literals::StringLiterals;

namespace {

// Escapes data for HTML and shows {placeholders} as such (italic), never as literal text.
QString html(const QString &text)
{
    static const QRegularExpression placeholder(u"\\{([a-z][a-z-]*)\\}"_s);
    QString escaped = text.toHtmlEscaped();
    escaped.replace(placeholder, u"<i class=\"placeholder\">&lt;\\1&gt;</i>"_s);
    return escaped;
}

QString section(const QString &title)
{
    return u"<h4 style=\"margin-top:12px;margin-bottom:4px\">"_s + title.toHtmlEscaped()
           + u"</h4>"_s;
}

QString entryLink(const CodeEntry &e, const QString &language)
{
    return u"<a href=\"entry:%1\">%2</a> %3"_s.arg(
        e.id.toHtmlEscaped(), e.codeLabel().toHtmlEscaped(), html(e.text.value(language)));
}

} // namespace

QString CodeDetailsView::inARow(const QString &first, const QString &second)
{
    //: Two sentences, or a label and its text, in a row. Chinese puts no space between them.
    return tr("%1 %2").arg(first, second);
}

CodeDetailsView::CodeDetailsView(const CodeTable *table, QWidget *parent)
    : QTextBrowser(parent)
    , m_table(table)
{
    setObjectName(u"codeDetails"_s);
    setOpenLinks(false);
    setOpenExternalLinks(false);
    connect(this, &QTextBrowser::anchorClicked, this, &CodeDetailsView::onAnchorClicked);
    render();
}

void CodeDetailsView::showEntry(int index)
{
    m_index = (m_table && index >= 0 && index < m_table->size()) ? index : -1;
    render();
}

void CodeDetailsView::setLanguage(const QString &language)
{
    m_language = language;
    render();
}

void CodeDetailsView::changeEvent(QEvent *event)
{
    if (event->type() == QEvent::LanguageChange || event->type() == QEvent::PaletteChange)
        render();
    QTextBrowser::changeEvent(event);
}

void CodeDetailsView::onAnchorClicked(const QUrl &url)
{
    if (url.scheme() == u"entry"_s)
        emit entryLinkActivated(url.path());
    else if (url.scheme() == u"https"_s || url.scheme() == u"http"_s)
        QDesktopServices::openUrl(url);
}

void CodeDetailsView::render()
{
    // The colours come from the palette (Theme), as classes the HTML below uses.
    const QPalette p = palette();
    document()->setDefaultStyleSheet(
        u".secondary { color: %1; } .placeholder { color: %2; } .box { border-color: %3; } "
        u".note { background-color: %4; color: %5; }"_s.arg(
            Theme::secondaryText(p).name(), Theme::accent(p).name(), Theme::border(p).name(),
            Theme::noteBackground(p).name(), Theme::noteText(p).name()));
    if (m_index < 0) {
        setHtml(u"<p class=\"secondary\">"_s
                + tr("Select a code to see what it means and what to do.").toHtmlEscaped()
                + u"</p>"_s);
        return;
    }
    const CodeEntry &e = m_table->at(m_index);
    QString h = titleHtml(e) + textsHtml(e);
    if (!e.description.isEmpty())
        h += u"<p>"_s + html(e.description.value(m_language)) + u"</p>"_s;
    h += adviceHtml(e) + recodingHtml(e) + variantsHtml(e) + meaningHtml(e) + siblingsHtml(e)
         + sourceHtml(e);
    setHtml(h);
}

// The code, its severity, where it comes from and its SMTP stage.
QString CodeDetailsView::titleHtml(const CodeEntry &e) const
{
    QString label = e.codeLabel();
    if (e.isProvider() && !e.tokens.isEmpty() && !e.tokens.first().contains(u' '))
        label += u' ' + e.tokens.first(); // "554 DT:SPM"
    QString h = u"<h2 style=\"margin-bottom:2px\">"_s + label.toHtmlEscaped() + u"</h2>"_s;
    h += u"<p class=\"secondary\" style=\"margin-top:0\">"_s
         + CodeMeaning::severity(e).toHtmlEscaped() + u" &middot; "_s
         + CodeMeaning::source(e, m_language).toHtmlEscaped();
    if (!e.stage.isEmpty())
        h += u" &middot; "_s
             + tr("SMTP stage: %1").arg(CodeMeaning::stage(e.stage)).toHtmlEscaped();
    return h + u"</p>"_s;
}

// The text in the interface language beside the original English (or, in English, beside the
// Chinese translations).
QString CodeDetailsView::textsHtml(const CodeEntry &e) const
{
    QStringList columns{m_language};
    if (m_language != Languages::sourceLanguage())
        columns << Languages::sourceLanguage();
    for (const QString &code : Languages::codes()) {
        if (!columns.contains(code) && e.text.has(code) && columns.size() < 3)
            columns << code;
    }
    QString h = u"<table width=\"100%\" cellspacing=\"0\" cellpadding=\"6\" "
                u"class=\"box\" style=\"border-width:1px;border-style:solid\"><tr>"_s;
    for (const QString &code : std::as_const(columns)) {
        h += u"<td valign=\"top\" width=\"%1%\"><small class=\"secondary\">"_s.arg(
                 100 / int(columns.size()))
             + Languages::nativeName(code).toHtmlEscaped() + u"</small><br/>"_s
             + html(e.text.value(code)) + u"</td>"_s;
    }
    return h + u"</tr></table>"_s;
}

// What to do, who must act, the 2018 list's wording and the note.
QString CodeDetailsView::adviceHtml(const CodeEntry &e) const
{
    const QString &lang = m_language;
    QString h;
    if (!e.advice.isEmpty()) {
        h += section(tr("What to do"));
        h += u"<p>"_s + html(e.advice.value(lang)) + u"</p>"_s;
        QStringList who;
        for (const QString &a : e.actionBy)
            who << CodeMeaning::actor(a);
        const QString act
            = who.isEmpty() ? QString() : tr("Who must act: %1.").arg(who.join(tr(", ")));
        const QString retry = e.retry.isEmpty() ? QString() : CodeMeaning::retry(e.retry);
        const QString both = act.isEmpty() || retry.isEmpty() ? act + retry : inARow(act, retry);
        if (!both.isEmpty())
            h += u"<p>"_s + both.toHtmlEscaped() + u"</p>"_s;
    }
    if (!e.seedText.isEmpty()) {
        //: Heading above the Simplified Chinese text of the original 2018 list, kept verbatim.
        h += section(tr("2018 Chinese list wording"));
        h += u"<p>"_s + html(e.seedText) + u"</p>"_s;
    }
    if (!e.note.isEmpty())
        h += u"<p class=\"note\" style=\"padding:4px\">"_s
             + inARow(tr("Note:").toHtmlEscaped(), html(e.note.value(lang))) + u"</p>"_s;
    return h;
}

// Re-coding, both ways, and the other codes servers send this reply with.
QString CodeDetailsView::recodingHtml(const CodeEntry &e) const
{
    const QString &lang = m_language;
    QString h;
    if (!e.replacedBy.isEmpty() && m_table->indexOf(e.replacedBy) >= 0) {
        h += section(tr("Now sent as"));
        h += u"<p>"_s + entryLink(m_table->at(m_table->indexOf(e.replacedBy)), lang) + u"</p>"_s;
    }
    if (!e.formerly.isEmpty()) {
        h += section(tr("Formerly"));
        for (const QString &id : e.formerly)
            h += u"<p>"_s + entryLink(m_table->at(m_table->indexOf(id)), lang) + u"</p>"_s;
    }
    if (!e.altStatus.isEmpty() || !e.altReplyCodes.isEmpty()) {
        QStringList codes = e.altStatus;
        for (int c : e.altReplyCodes)
            codes.prepend(QString::number(c));
        h += u"<p>"_s
             + tr("Servers also send this reply as: %1").arg(codes.join(u", "_s)).toHtmlEscaped()
             + u"</p>"_s;
    }
    return h;
}

QString CodeDetailsView::variantsHtml(const CodeEntry &e) const
{
    if (e.variants.isEmpty())
        return {};
    QString h = section(tr("Older and live wordings"));
    h += u"<ul style=\"margin-top:0\">"_s;
    for (const Variant &v : e.variants) {
        h += u"<li>"_s + html(v.text);
        if (!v.note.isEmpty())
            h += u" <small class=\"secondary\">("_s + v.note.value(m_language).toHtmlEscaped()
                 + u")</small>"_s;
        h += u"</li>"_s;
    }
    return h + u"</ul>"_s;
}

// What the codes mean: the reply class and category, and the generic entries of its codes.
QString CodeDetailsView::meaningHtml(const CodeEntry &e) const
{
    QString h = section(tr("What the codes mean"));
    h += u"<ul style=\"margin-top:0\">"_s;
    if (e.replyCode > 0) {
        h += u"<li>"_s + CodeMeaning::replyClass(e.replyCode).toHtmlEscaped() + u"</li>"_s;
        const QString category = CodeMeaning::replyCategory(e.replyCode);
        if (!category.isEmpty())
            h += u"<li>"_s + category.toHtmlEscaped() + u"</li>"_s;
    }
    for (int generic : CodeMeaning::genericEntries(*m_table, e.replyCode, e.status)) {
        if (generic == m_index)
            continue;
        const CodeEntry &g = m_table->at(generic);
        h += u"<li><a href=\"entry:%1\">%2</a> %3</li>"_s.arg(
            g.id.toHtmlEscaped(), g.codeLabel().toHtmlEscaped(), html(g.text.value(m_language)));
    }
    return h + u"</ul>"_s;
}

// Gmail's other entries with the same code pair, and its note on suffixes.
QString CodeDetailsView::siblingsHtml(const CodeEntry &e) const
{
    if (!e.isGmail())
        return {};
    QString h;
    QList<int> siblings = m_table->siblings(e.replyCode, e.status);
    siblings.removeAll(m_index);
    if (!siblings.isEmpty()) {
        h += section(tr("Other replies with %1 (%2)").arg(e.codeLabel()).arg(siblings.size()));
        h += u"<ul style=\"margin-top:0\">"_s;
        for (int s : std::as_const(siblings))
            h += u"<li>"_s + entryLink(m_table->at(s), m_language) + u"</li>"_s;
        h += u"</ul>"_s;
    }
    const LocalizedText suffixes = m_table->note(u"suffixes"_s);
    if (!suffixes.isEmpty())
        h += u"<p class=\"secondary\"><small>"_s + html(suffixes.value(m_language))
             + u"</small></p>"_s;
    return h;
}

// The help page, a provider entry's source, and the entry's id.
QString CodeDetailsView::sourceHtml(const CodeEntry &e) const
{
    const QString &lang = m_language;
    QString h;
    if (!e.helpUrl.isEmpty()) {
        const QString page = e.isProvider() ? tr("%1's help page").arg(e.providerName.value(lang))
                                            : tr("Google's help page");
        h += u"<p><a href=\"%1\">%2</a> <small class=\"secondary\">%3</small></p>"_s.arg(
            e.helpUrl.toHtmlEscaped(), page.toHtmlEscaped(), e.helpUrl.toHtmlEscaped());
    }
    if (e.isProvider()) {
        h += section(tr("Source"));
        h += u"<p>"_s + html(e.sourceNote.value(lang)) + u"</p>"_s;
        h += u"<p class=\"secondary\"><small>"_s
             + tr("Provider: %1 (%2), facts checked %3")
                   .arg(e.providerName.value(lang), e.sourceKey, e.sourceDate)
                   .toHtmlEscaped()
             + u"</small></p>"_s;
    }
    h += u"<p class=\"secondary\"><small>"_s + tr("Entry id: %1").arg(e.id).toHtmlEscaped()
         + u"</small></p>"_s;
    return h;
}

} // namespace BounceLens
