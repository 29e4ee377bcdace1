// SPDX-License-Identifier: GPL-3.0-or-later
#include "conversationswindow.h"

#include "history/historystore.h"
#include "message/jsondocument.h"
#include "message/recipients.h"
#include "phone/phoneconversation.h"
#include "phone/phonepainter.h"
#include "providers/provider.h"
#include "providers/registry.h"
#include "session/workbench.h"
#include "ui/history/historydetails.h"
#include "ui/history/statestyle.h"
#include "ui/theme.h"

#include <QEvent>
#include <QHBoxLayout>
#include <QLabel>
#include <QLineEdit>
#include <QListWidget>
#include <QLocale>
#include <QMessageBox>
#include <QMouseEvent>
#include <QPainter>
#include <QPushButton>
#include <QScrollArea>
#include <QScrollBar>
#include <QSplitter>
#include <QStatusBar>
#include <QToolButton>
#include <QVBoxLayout>

// The conversation drawn; a click on a message the business sent asks for its history row.
class ConversationCanvas : public QWidget
{
public:
    explicit ConversationCanvas(ConversationsWindow *window) : QWidget(window), m_window(window)
    {
        setObjectName(QStringLiteral("conversationCanvas"));
        setFocusPolicy(Qt::StrongFocus);
        setAccessibleName(ConversationsWindow::tr("The conversation as the customer's phone shows it"));
        setMouseTracking(true);
    }
    QSize sizeHint() const override { return m_window->scene().size.toSize(); }
    std::function<void(qint64)> chosen;

protected:
    void paintEvent(QPaintEvent *) override
    {
        QPainter painter(this);
        PhonePainter::paint(m_window->scene(), &painter);
        if (hasFocus()) {
            painter.setPen(QPen(palette().color(QPalette::Highlight), 2));
            painter.setBrush(Qt::NoBrush);
            painter.drawRect(rect().adjusted(1, 1, -1, -1));
        }
    }
    void mouseMoveEvent(QMouseEvent *event) override
    {
        setCursor(sentAt(event->position()) ? Qt::PointingHandCursor : Qt::ArrowCursor);
    }
    void mousePressEvent(QMouseEvent *event) override
    {
        if (const qint64 record = sentAt(event->position()); record && chosen)
            chosen(record);
    }

private:
    qint64 sentAt(const QPointF &point) const
    {
        const QString pointer = m_window->scene().pointerAt(point);
        return pointer.startsWith(u"sent/") ? pointer.mid(5).toLongLong() : 0;
    }
    ConversationsWindow *m_window;
};

namespace {

// A customer as the list names them: their number with "+", or their business-scoped user id.
QString shown(const QString &customer)
{
    return Recipients::isBusinessScopedId(customer) ? customer : u'+' + customer;
}

// A sent message as the phone draws it: Meta's message object, read back from the request recorded.
PhoneConversation::Message sentMessage(const ConversationMessage &sent)
{
    PhoneConversation::Message message;
    message.time = sent.time;
    message.messageId = sent.messageId;
    message.id = sent.id;
    message.failed = sent.state == DeliveryStatus::Failed || sent.state == DeliveryStatus::Rejected;
    message.state = StateStyle::label(sent.state);
    if (!sent.error.isEmpty())
        message.state += QStringLiteral(": ") + sent.error;
    const Provider *provider = Providers::find(sent.provider);
    const JsonParseResult body = JsonDocument::parse(HistoryDetails::bodyOf(sent.request));
    if (provider && body.ok() && body.document.isObject()) {
        const ImportResult imported = provider->importRequest(body.document.object());
        if (!imported.messages.isEmpty())
            message.message = imported.messages.constFirst().message;
    }
    if (message.message.isEmpty())
        message.text = ConversationsWindow::tr("A %1 message (its request was not kept)").arg(sent.kind);
    return message;
}

} // namespace

ConversationsWindow::ConversationsWindow(Workbench *workbench, QWidget *parent)
    : QMainWindow(parent), m_workbench(workbench)
{
    setObjectName(QStringLiteral("conversationsWindow"));
    setWindowTitle(tr("Conversations — Wabench"));
    setWindowFlag(Qt::Window);

    auto *left = new QWidget(this);
    auto *leftLayout = new QVBoxLayout(left);
    leftLayout->setContentsMargins(6, 6, 0, 6);
    m_search = new QLineEdit(left);
    m_search->setObjectName(QStringLiteral("conversationSearch"));
    m_search->setPlaceholderText(tr("Search a number or user id"));
    m_search->setAccessibleName(tr("Search customers"));
    m_search->setClearButtonEnabled(true);
    m_list = new QListWidget(left);
    m_list->setObjectName(QStringLiteral("conversationCustomers"));
    m_list->setAccessibleName(tr("Customers"));
    leftLayout->addWidget(m_search);
    leftLayout->addWidget(m_list, 1);

    auto *right = new QWidget(this);
    auto *rightLayout = new QVBoxLayout(right);
    rightLayout->setContentsMargins(0, 6, 6, 6);
    m_header = new QLabel(right);
    m_header->setObjectName(QStringLiteral("conversationHeader"));
    m_header->setWordWrap(true);
    m_header->setTextInteractionFlags(Qt::TextSelectableByMouse);
    m_empty = new QLabel(tr("Choose a customer to see the conversation with them."), right);
    m_empty->setObjectName(QStringLiteral("conversationEmptyLabel"));
    m_empty->setAlignment(Qt::AlignCenter);
    m_empty->setWordWrap(true);
    m_scroll = new QScrollArea(right);
    m_scroll->setObjectName(QStringLiteral("conversationScroll"));
    m_scroll->setAlignment(Qt::AlignHCenter | Qt::AlignTop);
    m_canvas = new ConversationCanvas(this);
    m_canvas->chosen = [this](qint64 record) { emit historyRecordRequested(record); };
    m_scroll->setWidget(m_canvas);
    m_scroll->setWidgetResizable(false);
    m_erase = new QToolButton(right);
    m_erase->setObjectName(QStringLiteral("eraseCustomerButton"));
    m_erase->setText(tr("&Erase Customer…"));
    m_erase->setIcon(QIcon::fromTheme(QStringLiteral("edit-delete")));
    m_erase->setToolButtonStyle(Qt::ToolButtonTextBesideIcon);
    m_erase->setToolTip(tr("Remove everything the history holds about this customer, as when they ask to be "
                           "forgotten"));
    m_erase->setEnabled(false);
    connect(m_erase, &QToolButton::clicked, this, &ConversationsWindow::eraseCustomer);
    auto *headerRow = new QHBoxLayout;
    headerRow->addWidget(m_header, 1);
    headerRow->addWidget(m_erase, 0, Qt::AlignTop);
    rightLayout->addLayout(headerRow);
    rightLayout->addWidget(m_empty, 1);
    rightLayout->addWidget(m_scroll, 1);
    m_scroll->hide();

    auto *split = new QSplitter(Qt::Horizontal, this);
    split->setObjectName(QStringLiteral("conversationsSplitter"));
    split->setChildrenCollapsible(false);
    split->addWidget(left);
    split->addWidget(right);
    split->setStretchFactor(0, 1);
    split->setStretchFactor(1, 2);
    split->setSizes({260, 440});
    setCentralWidget(split);

    m_reload.setSingleShot(true);
    m_reload.setInterval(250);
    connect(&m_reload, &QTimer::timeout, this, [this] {
        readCustomers();
        readConversation();
    });
    const auto later = [this] {
        if (!m_reload.isActive())
            m_reload.start();
    };
    HistoryStore *history = m_workbench->history();
    connect(history, &HistoryStore::recordAdded, this, later);
    connect(history, &HistoryStore::recordChanged, this, later);
    connect(history, &HistoryStore::webhookRecorded, this, later);
    connect(history, &HistoryStore::recordsChanged, this, later); // removed, copied in, marked
    connect(history, &HistoryStore::inboundRecorded, this, later);
    connect(m_search, &QLineEdit::textChanged, this, &ConversationsWindow::readCustomers);
    connect(m_list, &QListWidget::currentRowChanged, this, [this](int row) {
        if (QListWidgetItem *item = m_list->item(row); item && item->data(Qt::UserRole).toString() != m_customer) {
            m_customer = item->data(Qt::UserRole).toString();
            readConversation();
        }
    });
    resize(760, 720);
    readCustomers();
}

void ConversationsWindow::showCustomer(const QString &customer)
{
    m_customer = Recipients::key(customer); // one customer however their number was written
    m_search->clear();
    readCustomers();
    readConversation();
}

bool ConversationsWindow::eraseCustomer()
{
    if (m_customer.isEmpty())
        return false;
    const bool team = m_workbench->history()->postgres();
    QMessageBox ask(QMessageBox::Warning, tr("Erase Customer"),
                    tr("Erase everything the history holds about %1: the messages sent to them with their statuses, "
                       "the messages they sent, and the raw webhooks about them?")
                        .arg(shown(m_customer)),
                    QMessageBox::Cancel, this);
    ask.setInformativeText(team ? tr("This cannot be undone, and it is erased for everyone on the team workspace. "
                                     "Their rows in campaigns stay, without their number, so that no campaign sends "
                                     "to them again.")
                                : tr("This cannot be undone. Their rows in campaigns stay, without their number, so "
                                     "that no campaign sends to them again."));
    QPushButton *erase = ask.addButton(tr("&Erase"), QMessageBox::DestructiveRole);
    ask.setDefaultButton(QMessageBox::Cancel);
    ask.exec();
    if (ask.clickedButton() != erase)
        return false;
    QString why;
    const std::optional<HistoryStore::Erased> erased = m_workbench->history()->eraseCustomer(m_customer, &why);
    if (!erased) {
        QMessageBox::warning(this, tr("Erase Customer"), tr("Nothing was erased: %1").arg(why));
        return false;
    }
    statusBar()->showMessage(tr("Erased %1: %2 messages sent, %3 statuses, %4 of their messages, %5 webhook requests")
                                 .arg(shown(m_customer))
                                 .arg(erased->messages)
                                 .arg(erased->events)
                                 .arg(erased->inbound)
                                 .arg(erased->webhooks),
                             15000);
    m_customer.clear();
    readCustomers();
    readConversation();
    return true;
}

void ConversationsWindow::readCustomers()
{
    const QSignalBlocker blocker(m_list);
    m_list->clear();
    const QList<ConversationCustomer> customers = m_workbench->history()->customers(m_search->text(), 300);
    for (const ConversationCustomer &each : customers) {
        auto *item = new QListWidgetItem(
            tr("%1\n%2 · %n message(s)", nullptr, each.messages)
                .arg(shown(each.customer), QLocale().toString(each.last.toLocalTime(), QLocale::ShortFormat)),
            m_list);
        item->setData(Qt::UserRole, each.customer);
        if (each.customer == m_customer)
            m_list->setCurrentItem(item);
    }
}

void ConversationsWindow::readConversation()
{
    m_erase->setEnabled(!m_customer.isEmpty());
    if (m_customer.isEmpty()) {
        m_header->clear();
        m_empty->show();
        m_scroll->hide();
        return;
    }
    const HistoryStore *history = m_workbench->history();
    QList<PhoneConversation::Message> messages;
    for (const ConversationMessage &each : history->conversation(m_customer)) {
        if (!each.fromCustomer) {
            messages.append(sentMessage(each));
            continue;
        }
        PhoneConversation::Message message;
        message.fromCustomer = true;
        message.time = each.time;
        message.messageId = each.messageId;
        message.text = each.text;
        message.kind = each.kind;
        message.fileName = each.fileName;
        message.answers = each.answers;
        message.id = each.id;
        messages.append(message);
    }
    PhoneConversation::Options options;
    options.dark = Theme::isDark(palette());
    options.business = tr("Your business");
    options.now = QDateTime::currentDateTimeUtc();
    options.lastInbound = history->lastInbound(m_customer);
    options.templates = &m_workbench->templates();
    const bool atEnd = m_scroll->verticalScrollBar()->value() == m_scroll->verticalScrollBar()->maximum();
    m_scene = PhoneConversation::build(messages, options);
    m_canvas->resize(m_scene.size.toSize());
    m_canvas->update();
    const bool open = PhoneConversation::windowOpen(options.lastInbound, options.now);
    m_header->setText(tr("<b>%1</b> · %n message(s) · %2", nullptr, int(messages.size()))
                          .arg(shown(m_customer).toHtmlEscaped(),
                               (open ? QString() : QStringLiteral("⚠ ")) +
                                   PhoneConversation::windowText(options.lastInbound, options.now).toHtmlEscaped()));
    m_empty->hide();
    m_scroll->show();
    // The latest at the foot, in view, as a chat opens; unless the person scrolled up to read.
    if (atEnd || messages.size() <= 1)
        QTimer::singleShot(
            0, this, [this] { m_scroll->verticalScrollBar()->setValue(m_scroll->verticalScrollBar()->maximum()); });
}

void ConversationsWindow::changeEvent(QEvent *event)
{
    QMainWindow::changeEvent(event);
    if (event->type() == QEvent::PaletteChange)
        readConversation(); // the phone's theme follows the window's
}
