#include "ui/facetbar.h"

#include "codes/codemeaning.h"
#include "ui/flowlayout.h"

#include <algorithm>
#include <QComboBox>
#include <QEvent>
#include <QLocale>
#include <QPushButton>
#include <QSignalBlocker>

namespace BounceLens {

using namespace Qt::Literals::StringLiterals;

namespace {

const QStringList kStages{u"connection"_s, u"HELO"_s, u"STARTTLS"_s, u"AUTH"_s,
                          u"MAIL"_s,       u"RCPT"_s, u"DATA"_s};

QComboBox *makeCombo(const QString &objectName, int items, QWidget *parent)
{
    auto *combo = new QComboBox(parent);
    combo->setObjectName(objectName);
    for (int i = 0; i < items; ++i)
        combo->addItem(QString());
    combo->setSizeAdjustPolicy(QComboBox::AdjustToContents);
    return combo;
}

// Keeps the current index while the item texts are replaced by their translations.
void setItemTexts(QComboBox *combo, const QStringList &texts)
{
    for (int i = 0; i < texts.size() && i < combo->count(); ++i)
        combo->setItemText(i, texts.at(i));
}

} // namespace

FacetBar::FacetBar(CodeFilterProxy *proxy, QWidget *parent)
    : QWidget(parent)
    , m_proxy(proxy)
    , m_severity(makeCombo(u"severityFilter"_s, 3, this))
    , m_subject(makeCombo(u"classFilter"_s, 8, this))
    , m_source(makeCombo(u"sourceFilter"_s, 3, this)) // all, Gmail, (providers), generic
    , m_page(makeCombo(u"pageFilter"_s, 3, this))
    , m_stage(makeCombo(u"stageFilter"_s, 1 + int(kStages.size()), this))
    , m_reset(new QPushButton(this))
{
    // Rows that wrap: at 800x500 every filter keeps its whole label.
    auto *layout = new FlowLayout(this);
    layout->setContentsMargins(0, 0, 0, 0);
    for (QComboBox *combo : {m_severity, m_subject, m_source, m_page, m_stage}) {
        layout->addWidget(combo);
        connect(combo, &QComboBox::currentIndexChanged, this, &FacetBar::apply);
    }
    m_reset->setObjectName(u"resetFacetsButton"_s);
    m_reset->setEnabled(false);
    layout->addWidget(m_reset);
    connect(m_reset, &QPushButton::clicked, this, &FacetBar::reset);
    retranslateUi();
}

void FacetBar::setProviders(const QList<ProviderInfo> &providers)
{
    const QSignalBlocker blocker(m_source);
    const QString current = m_source->currentData().toString();
    m_providers = providers;
    while (m_source->count() > 2)
        m_source->removeItem(2);
    m_source->setItemData(0, QString());
    m_source->setItemData(1, u"gmail"_s);
    for (const ProviderInfo &p : providers)
        m_source->addItem(QString(), p.key);
    m_source->addItem(QString(), u"generic"_s);
    retranslateUi();
    m_source->setCurrentIndex(std::max(0, m_source->findData(current)));
}

void FacetBar::reset()
{
    for (QComboBox *combo : {m_severity, m_subject, m_source, m_page, m_stage})
        combo->setCurrentIndex(0);
}

void FacetBar::apply()
{
    m_proxy->setSeverity(static_cast<CodeFilterProxy::Severity>(m_severity->currentIndex()));
    const int subject = m_subject->currentIndex();
    m_proxy->setSubjects(subject > 0 ? QSet<int>{subject} : QSet<int>{});
    if (m_source->count() > 3) {
        m_proxy->setProviderFilter(m_source->currentData().toString());
    } else {
        m_proxy->setSourceFilter(
            static_cast<CodeFilterProxy::SourceFilter>(m_source->currentIndex()));
    }
    m_proxy->setPageFilter(static_cast<CodeFilterProxy::PageFilter>(m_page->currentIndex()));
    const int stage = m_stage->currentIndex();
    m_proxy->setStage(stage > 0 ? kStages.at(stage - 1) : QString());
    m_reset->setEnabled(m_proxy->hasFacets());
}

void FacetBar::changeEvent(QEvent *event)
{
    if (event->type() == QEvent::LanguageChange)
        retranslateUi();
    QWidget::changeEvent(event);
}

void FacetBar::retranslateUi()
{
    setItemTexts(m_severity,
                 {tr("Temporary and permanent"), tr("Temporary (4xx)"), tr("Permanent (5xx)")});
    m_severity->setToolTip(tr("Temporary failures may succeed later; permanent ones will not"));
    setItemTexts(m_subject, {tr("All classes"), tr("X.1 Addressing"), tr("X.2 Mailbox"),
                             tr("X.3 Mail system"), tr("X.4 Network and routing"),
                             tr("X.5 Protocol"), tr("X.6 Content"), tr("X.7 Security and policy")});
    m_subject->setToolTip(tr("Subject of the enhanced status code (the middle number)"));
    if (m_providers.isEmpty()) {
        setItemTexts(m_source,
                     {tr("Gmail and generic"), tr("Gmail replies"), tr("Generic meanings (RFC)")});
    } else {
        QStringList names{tr("All providers"), tr("Gmail replies")};
        for (const ProviderInfo &p : std::as_const(m_providers))
            names << tr("%1 replies").arg(p.name.value(QLocale().name()));
        names << tr("Generic meanings (RFC)");
        setItemTexts(m_source, names);
    }
    m_source->setToolTip(tr("Whose replies to show: Gmail's, another provider's, or the generic "
                            "meanings of RFC 3463 and RFC 5321"));
    setItemTexts(m_page,
                 {tr("Current and historical"), tr("On Google's page now"), tr("Historical")});
    m_page->setToolTip(tr("Whether Google's help page still lists the reply"));
    QStringList stages{tr("Any SMTP stage")};
    for (const QString &stage : kStages)
        stages << CodeMeaning::stage(stage);
    setItemTexts(m_stage, stages);
    m_stage->setToolTip(tr("The step of the SMTP session where the reply is sent"));
    m_reset->setText(tr("Reset Filters"));
    m_reset->setToolTip(tr("Show every code again: all severities, classes, sources and stages"));
}

} // namespace BounceLens
