// SPDX-License-Identifier: GPL-3.0-or-later
#include "previewpane.h"

#include "document/draftdocument.h"
#include "jsonhighlighter.h"
#include "message/jsondocument.h"
#include "message/jsonpointer.h"
#include "phone/phoneimages.h"
#include "phoneview.h"
#include "providers/codeexport.h"
#include "providers/payload.h"
#include "settings/appidentity.h"
#include "stepper.h"

#include <QClipboard>
#include <QEvent>
#include <QFontDatabase>
#include <QGuiApplication>
#include <QHBoxLayout>
#include <QPlainTextEdit>
#include <QSettings>
#include <QSignalBlocker>
#include <QStackedWidget>
#include <QTabBar>
#include <QTextCursor>
#include <QToolButton>
#include <QVBoxLayout>

namespace {

const QString WrapKey = QStringLiteral("preview/wrap");

} // namespace

PreviewPane::PreviewPane(DraftDocument *document, QNetworkAccessManager *network, const TemplateLibrary *templates,
                         QWidget *parent)
    : QWidget(parent), m_document(document), m_network(network), m_templates(templates)
{
    auto *layout = new QVBoxLayout(this);
    layout->setContentsMargins(0, 0, 0, 0);
    layout->setSpacing(0);
    auto *top = new QHBoxLayout;
    m_tabs = new QTabBar(this);
    m_tabs->setObjectName(QStringLiteral("previewTabBar"));
    m_tabs->setDocumentMode(true);
    m_tabs->setExpanding(false);
    for (const QString &title : {tr("Body"), tr("HTTP"), tr("cURL"), tr("Python"), tr("Node")}) {
        m_tabs->addTab(title);
        m_texts.append(QString());
    }
    m_tabs->addTab(tr("Phone"));
    m_tabs->setTabToolTip(Phone, tr("The message as the customer's phone shows it"));
    top->addWidget(m_tabs, 1);
    // With several recipients the draft goes as several requests (one per recipient, or per batch): each
    // tab shows the one chosen here, the HTTP tab all of them.
    m_step = new Stepper(QStringLiteral("previewRequestStepper"), this);

    auto *copy = new QToolButton(this);
    copy->setObjectName(QStringLiteral("copyToolButton"));
    copy->setIcon(QIcon::fromTheme(QStringLiteral("edit-copy")));
    copy->setText(tr("Copy"));
    copy->setToolButtonStyle(Qt::ToolButtonTextBesideIcon);
    copy->setToolTip(tr("Copy what this tab shows"));
    copy->setAutoRaise(true);
    // Long strings (a URL, a body of 1,000 characters) wrapped, or each on one line as JSON has them.
    auto *wrap = m_wrap = new QToolButton(this);
    wrap->setObjectName(QStringLiteral("wrapToolButton"));
    wrap->setText(tr("Wrap"));
    wrap->setToolTip(tr("Wrap long lines to the width of the preview"));
    wrap->setCheckable(true);
    wrap->setAutoRaise(true);
    wrap->setChecked(AppIdentity::userSettings()->value(WrapKey, false).toBool());
    top->addWidget(wrap);
    top->addWidget(copy);
    layout->addLayout(top);
    layout->addWidget(m_step);

    // One view for every tab: switching tabs swaps its text.
    m_view = new QPlainTextEdit(this);
    m_view->setObjectName(QStringLiteral("previewPlainTextEdit"));
    m_view->setReadOnly(true);
    m_view->setUndoRedoEnabled(false); // it only shows: no undo history growing with every keystroke
    m_view->setLineWrapMode(wrap->isChecked() ? QPlainTextEdit::WidgetWidth : QPlainTextEdit::NoWrap);
    m_view->setWordWrapMode(QTextOption::WrapAtWordBoundaryOrAnywhere);
    m_view->setFont(QFontDatabase::systemFont(QFontDatabase::FixedFont));
    m_view->setTextInteractionFlags(Qt::TextSelectableByMouse | Qt::TextSelectableByKeyboard);
    // The text tabs share that view; the Phone tab has its own, made when it is first shown.
    m_stack = new QStackedWidget(this);
    m_stack->addWidget(m_view);
    layout->addWidget(m_stack, 1);
    m_highlighter = new JsonHighlighter(m_view->document());

    connect(copy, &QToolButton::clicked, this, [this] { this->copy(Tab(m_tabs->currentIndex())); });
    connect(wrap, &QToolButton::toggled, this, [this](bool on) {
        m_view->setLineWrapMode(on ? QPlainTextEdit::WidgetWidth : QPlainTextEdit::NoWrap);
        AppIdentity::userSettings()->setValue(WrapKey, on);
    });
    connect(document, &DraftDocument::changed, this, &PreviewPane::refresh);
    connect(m_tabs, &QTabBar::currentChanged, this, &PreviewPane::showCurrent);
    connect(m_step, &Stepper::indexChanged, this, [this] {
        m_stale = {Body, Http, Curl, Python, Node};
        m_marksStale = true;
        describeRequest();
        showCurrent();
    });
    refresh();
}

void PreviewPane::setAccount(const Account &account)
{
    if (account.provider == m_account.provider && account.name == m_account.name &&
        account.settings == m_account.settings)
        return;
    m_account = account;
    refresh();
}

QString PreviewPane::text(Tab tab) const
{
    if (tab == Phone)
        return m_phone ? m_phone->scene().texts().join(u'\n') : QString();
    if (m_stale.contains(tab)) {
        m_texts[tab] = render(tab);
        m_stale.remove(tab);
    }
    return m_texts.at(tab);
}

void PreviewPane::copy(Tab tab) const
{
    // The Phone tab copies its picture.
    if (tab == Phone) {
        if (m_phone)
            QGuiApplication::clipboard()->setImage(m_phone->image());
        return;
    }
    QGuiApplication::clipboard()->setText(text(tab));
}

void PreviewPane::showTab(Tab tab)
{
    m_tabs->setCurrentIndex(tab);
}

namespace {

// Replaces only what changed between the view's text and `text`: a keystroke changes one line, and
// laying out and highlighting the whole body again is what costs.
void replaceChanged(QPlainTextEdit *view, const QString &text)
{
    const QString old = view->toPlainText();
    if (old == text)
        return;
    qsizetype prefix = 0;
    const qsizetype shorter = qMin(old.size(), text.size());
    while (prefix < shorter && old.at(prefix) == text.at(prefix))
        ++prefix;
    qsizetype suffix = 0;
    while (suffix < shorter - prefix && old.at(old.size() - 1 - suffix) == text.at(text.size() - 1 - suffix))
        ++suffix;
    QTextCursor cursor(view->document());
    // Inside an edit block the cursor does not lay its line out to find its x position.
    cursor.beginEditBlock();
    cursor.setPosition(int(prefix));
    cursor.setPosition(int(old.size() - suffix), QTextCursor::KeepAnchor);
    cursor.insertText(text.mid(prefix, text.size() - prefix - suffix));
    cursor.endEditBlock();
}

} // namespace

void PreviewPane::showCurrent()
{
    const int tab = m_tabs->currentIndex();
    m_wrap->setEnabled(tab != Phone);
    if (tab == Phone) {
        if (!m_phone) {
            m_phone = new PhoneView(m_document, m_network ? new PhoneImages(m_network, this) : nullptr, this);
            m_phone->setTemplates(m_templates);
            m_stack->addWidget(m_phone);
            connect(m_phone, &PhoneView::fieldChosen, this, &PreviewPane::fieldChosen);
        }
        m_stack->setCurrentWidget(m_phone);
        m_phone->refresh();
        return;
    }
    m_stack->setCurrentWidget(m_view);
    if (const QString name = tr("%1 preview").arg(m_tabs->tabText(tab)); m_view->accessibleName() != name)
        m_view->setAccessibleName(name);
    // Line marks belong to the body; other tabs show none.
    if (tab == Body) {
        if (m_marksStale)
            markIssues();
        m_highlighter->setMarkedLines(m_errorLines, m_warningLines);
    } else {
        m_highlighter->setMarkedLines({}, {});
    }
    replaceChanged(m_view, text(Tab(tab)));
}

void PreviewPane::refresh()
{
    // Only the tab in view is rendered now; the others when they are shown or copied (a keystroke should
    // not build cURL, Python and Node code nobody is looking at).
    const Draft &draft = m_document->shownDraft();
    const Provider *provider = m_document->provider();
    m_requests.clear();
    m_notice.clear();
    if (!provider || draft.message.isEmpty()) {
        m_notice = tr("Nothing to send yet.");
    } else if (const QString reason = provider->unsupportedReason(draft.message); !reason.isEmpty()) {
        m_notice = tr("%1. Choose another provider or message kind.").arg(reason);
    } else {
        // The chosen account's settings (never its secrets) make the URL real; masked either way.
        Account account = m_account;
        if (account.provider != provider->id()) {
            account = Account();
            account.provider = provider->id();
            account.name = draft.account;
        }
        m_requests = provider->build(Payload::addressed(draft), account);
    }
    {
        const QSignalBlocker quiet(m_step);
        m_step->setCount(int(m_requests.size()));
    }
    describeRequest();
    m_stale = {Body, Http, Curl, Python, Node};
    m_marksStale = true;
    showCurrent();
}

int PreviewPane::requestCount() const
{
    return int(m_requests.size());
}

int PreviewPane::currentRequest() const
{
    return m_requests.isEmpty() ? -1 : m_step->index();
}

void PreviewPane::describeRequest()
{
    if (m_requests.size() < 2)
        return;
    m_step->setText(tr("Request %1 of %2 · to %3")
                        .arg(m_step->index() + 1)
                        .arg(m_requests.size())
                        .arg(Stepper::toWhom(current().recipients)));
}

const HttpRequest &PreviewPane::current() const
{
    return m_requests.at(qBound(0, m_step->index(), int(m_requests.size()) - 1));
}

QString PreviewPane::render(Tab tab) const
{
    if (m_requests.isEmpty())
        return m_notice;
    const HttpRequest &request = current(); // the one the stepper chose
    switch (tab) {
    case Body:
        return QString::fromUtf8(request.body);
    case Http: {
        QStringList http;
        for (const HttpRequest &each : m_requests)
            http << each.text(true);
        if (m_requests.size() > 1)
            http.prepend(tr("# %1 requests, one per batch of recipients\n").arg(m_requests.size()));
        return http.join(u'\n');
    }
    case Curl:
        return CodeExport::curl(request);
    case Python:
        return CodeExport::python(request);
    case Node:
        break;
    case Phone: // a picture, not a text (text() reads the phone view's)
        return QString();
    }
    return CodeExport::node(request);
}

void PreviewPane::markIssues()
{
    m_marksStale = false;
    m_errorLines.clear();
    m_warningLines.clear();
    if (m_requests.isEmpty())
        return;
    const QString prefix = QStringLiteral("/message");
    const Issues &issues = m_document->issues();
    if (std::none_of(issues.begin(), issues.end(),
                     [&](const Issue &issue) { return JsonPointer::within(issue.pointer, prefix); }))
        return; // nothing to mark: the body need not be read again
    // The adapter says where the message sits in the body it built; the body's lines are mapped once.
    const QJsonObject body = QJsonDocument::fromJson(current().body).object();
    const QString messagePointer = m_document->provider()->messagePointer();
    const QHash<QString, int> lines = JsonDocument::lineMap(body);
    for (const Issue &issue : issues) {
        if (!JsonPointer::within(issue.pointer, prefix))
            continue;
        // The deepest part of the pointer that the body has: a missing field marks its parent.
        QString at = messagePointer + issue.pointer.mid(prefix.size());
        while (!lines.contains(at) && !at.isEmpty())
            at.truncate(at.lastIndexOf(u'/'));
        (issue.isError() ? m_errorLines : m_warningLines).insert(lines.value(at));
    }
}

void PreviewPane::changeEvent(QEvent *event)
{
    if (event->type() == QEvent::PaletteChange)
        m_highlighter->rehighlight();
    QWidget::changeEvent(event);
}
