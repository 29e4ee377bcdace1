// SPDX-License-Identifier: GPL-3.0-or-later
#include "templateswindow.h"

#include "accounts/accountstore.h"
#include "message/jsondocument.h"
#include "session/workbench.h"
#include "templateeditor.h"
#include "templates/templatedefinition.h"
#include "templatesmodel.h"
#include "ui/composer/formview.h"
#include "ui/filterrow.h"

#include <QAction>
#include <QCloseEvent>
#include <QComboBox>
#include <QHeaderView>
#include <QJsonArray>
#include <QJsonDocument>
#include <QLabel>
#include <QLineEdit>
#include <QMenu>
#include <QMenuBar>
#include <QMessageBox>
#include <QSplitter>
#include <QStatusBar>
#include <QTableView>
#include <QToolBar>
#include <QToolButton>
#include <QVBoxLayout>

namespace {

QString nameOf(const QJsonObject &definition)
{
    return definition.value(QStringLiteral("name")).toString();
}

QString languageOf(const QJsonObject &definition)
{
    return definition.value(QStringLiteral("language")).toString();
}

} // namespace

TemplatesWindow::TemplatesWindow(Workbench *workbench, QWidget *parent)
    : QMainWindow(parent), m_workbench(workbench), m_model(new TemplatesModel(this)),
      m_filter(new TemplatesFilter(this))
{
    setObjectName(QStringLiteral("templatesWindow"));
    setWindowTitle(tr("Templates — Wabench"));
    setWindowFlag(Qt::Window);
    m_filter->setSourceModel(m_model);
    m_editor = new TemplateEditor(this);
    auto *split = new QSplitter(Qt::Horizontal, this);
    split->setObjectName(QStringLiteral("templatesSplitter"));
    split->setChildrenCollapsible(false);
    split->addWidget(buildList());
    split->addWidget(m_editor);
    split->setStretchFactor(0, 1);
    split->setStretchFactor(1, 3);
    setCentralWidget(split);
    buildActions();
    statusBar();

    connect(m_workbench, &Workbench::templatesChanged, this, &TemplatesWindow::reload);
    connect(m_workbench, &Workbench::templatesPulled, this, [this](bool, const QString &summary) { say(summary); });
    connect(m_workbench, &Workbench::templatePushed, this, [this](int, bool, const QString &summary) { say(summary); });
    connect(m_workbench, &Workbench::templateDeleted, this, [this](bool, const QString &summary) { say(summary); });
    connect(m_editor, &TemplateEditor::saveRequested, this, [this] {
        if (QString why; !save(&why))
            QMessageBox::warning(this, tr("Not saved"), why);
    });
    connect(m_editor, &TemplateEditor::modifiedChanged, this, [this](bool modified) {
        setWindowModified(modified);
        updateActions();
    });
    setWindowTitle(tr("Templates[*] — Wabench"));
    resize(1200, 760);
    reload();
}

QWidget *TemplatesWindow::buildList()
{
    auto *list = new QWidget(this);
    auto *layout = new QVBoxLayout(list);
    layout->setContentsMargins(6, 6, 0, 6);
    m_search = new QLineEdit(list);
    m_search->setObjectName(QStringLiteral("templateSearchLineEdit"));
    m_search->setPlaceholderText(tr("Search names and texts"));
    m_search->setClearButtonEnabled(true);
    m_search->setAccessibleName(tr("Search templates"));
    layout->addWidget(m_search);
    auto *filters = new FilterRow(list);
    filters->setObjectName(QStringLiteral("templateFilterRow"));
    m_accountFilter = new QComboBox(list);
    m_accountFilter->setObjectName(QStringLiteral("templateAccountComboBox"));
    m_accountFilter->setAccessibleName(tr("Account"));
    // As wide as "Every account" asks, whatever the accounts are called (their names whole in the list it opens).
    m_accountFilter->setSizeAdjustPolicy(QComboBox::AdjustToMinimumContentsLengthWithIcon);
    m_accountFilter->setMinimumContentsLength(int(tr("Every account").size()) + 1);
    m_statusFilter = new QComboBox(list);
    m_statusFilter->setObjectName(QStringLiteral("templateStatusComboBox"));
    m_statusFilter->setAccessibleName(tr("Status"));
    m_statusFilter->addItem(tr("Any status"), QString());
    m_statusFilter->addItem(tr("Local"), QStringLiteral("LOCAL"));
    for (const auto &[status, label] : {std::pair{"APPROVED", QT_TR_NOOP("Approved")},
                                        {"PENDING", QT_TR_NOOP("Pending")},
                                        {"REJECTED", QT_TR_NOOP("Rejected")},
                                        {"PAUSED", QT_TR_NOOP("Paused")},
                                        {"DISABLED", QT_TR_NOOP("Disabled")}})
        m_statusFilter->addItem(tr(label), QString::fromLatin1(status));
    m_categoryFilter = new QComboBox(list);
    m_categoryFilter->setObjectName(QStringLiteral("templateCategoryComboBox"));
    m_categoryFilter->setAccessibleName(tr("Category"));
    m_categoryFilter->addItem(tr("Any category"), QString());
    for (const char *category : {"MARKETING", "UTILITY", "AUTHENTICATION"})
        m_categoryFilter->addItem(QString::fromLatin1(category), QString::fromLatin1(category));
    filters->addWidget(m_accountFilter);
    filters->addWidget(m_statusFilter);
    filters->addWidget(m_categoryFilter);
    layout->addWidget(filters);

    m_table = new QTableView(list);
    m_table->setObjectName(QStringLiteral("templatesTableView"));
    m_table->setAccessibleName(tr("Templates"));
    m_table->setModel(m_filter);
    m_table->setSelectionBehavior(QAbstractItemView::SelectRows);
    m_table->setSelectionMode(QAbstractItemView::SingleSelection);
    m_table->setEditTriggers(QAbstractItemView::NoEditTriggers);
    m_table->setSortingEnabled(true);
    m_table->sortByColumn(TemplatesModel::Name, Qt::AscendingOrder);
    m_table->verticalHeader()->hide();
    m_table->horizontalHeader()->setStretchLastSection(true);
    m_table->setWordWrap(false);
    m_table->setTabKeyNavigation(false);
    layout->addWidget(m_table, 1);
    m_emptyList = new QLabel(list);
    m_emptyList->setObjectName(QStringLiteral("emptyTemplatesLabel"));
    m_emptyList->setWordWrap(true);
    m_emptyList->setAlignment(Qt::AlignCenter);
    layout->addWidget(m_emptyList);

    connect(m_search, &QLineEdit::textChanged, m_filter, &TemplatesFilter::setText);
    connect(m_accountFilter, &QComboBox::currentIndexChanged, this,
            [this] { m_filter->setAccount(m_accountFilter->currentData().toString()); });
    connect(m_statusFilter, &QComboBox::currentIndexChanged, this,
            [this] { m_filter->setStatus(m_statusFilter->currentData().toString()); });
    connect(m_categoryFilter, &QComboBox::currentIndexChanged, this,
            [this] { m_filter->setCategory(m_categoryFilter->currentData().toString()); });
    connect(m_filter, &QAbstractItemModel::rowsInserted, this, &TemplatesWindow::updateActions);
    connect(m_filter, &QAbstractItemModel::rowsRemoved, this, &TemplatesWindow::updateActions);
    connect(m_filter, &QAbstractItemModel::modelReset, this, &TemplatesWindow::updateActions);
    connect(m_filter, &QAbstractItemModel::layoutChanged, this, &TemplatesWindow::updateActions);
    connect(m_table->selectionModel(), &QItemSelectionModel::currentRowChanged, this, &TemplatesWindow::openSelected);
    return list;
}

void TemplatesWindow::buildActions()
{
    QToolBar *bar = addToolBar(tr("Templates"));
    bar->setObjectName(QStringLiteral("templatesToolBar"));
    bar->setMovable(false);
    bar->setToolButtonStyle(Qt::ToolButtonTextBesideIcon);
    const auto add = [this, bar](const char *icon, const QString &text, const QString &name, auto slot) {
        auto *action = new QAction(QIcon::fromTheme(QString::fromLatin1(icon)), text, this);
        action->setObjectName(name);
        connect(action, &QAction::triggered, this, slot);
        bar->addAction(action);
        return action;
    };
    QAction *created = add("document-new", tr("&New"), QStringLiteral("newTemplateAction"), [this] { newTemplate(); });
    created->setShortcut(QKeySequence::New);
    m_duplicate =
        add("edit-copy", tr("D&uplicate"), QStringLiteral("duplicateTemplateAction"), [this] { duplicateTemplate(); });
    m_delete = add("edit-delete", tr("&Delete"), QStringLiteral("deleteTemplateAction"), [this] { deleteTemplate(); });
    m_delete->setShortcut(QKeySequence::Delete);
    m_delete->setShortcutContext(Qt::WidgetWithChildrenShortcut);
    m_table->addAction(m_delete);
    bar->addSeparator();
    m_import =
        add("document-open", tr("&Import…"), QStringLiteral("importTemplatesAction"), [this] { chooseImport(); });
    m_export =
        add("document-save-as", tr("&Export…"), QStringLiteral("exportTemplatesAction"), [this] { chooseExport(); });
    bar->addSeparator();
    const auto menuButton = [bar](const char *icon, const QString &text, const QString &name, QMenu *menu) {
        auto *button = new QToolButton(bar);
        button->setObjectName(name);
        button->setText(text);
        button->setIcon(QIcon::fromTheme(QString::fromLatin1(icon)));
        button->setToolButtonStyle(Qt::ToolButtonTextBesideIcon);
        button->setPopupMode(QToolButton::InstantPopup);
        button->setMenu(menu);
        bar->addWidget(button);
    };
    m_pullMenu = new QMenu(tr("&Pull from"), this);
    m_pushMenu = new QMenu(tr("Su&bmit to"), this);
    menuButton("view-refresh", tr("&Pull"), QStringLiteral("pullTemplatesToolButton"), m_pullMenu);
    menuButton("mail-send", tr("Su&bmit"), QStringLiteral("submitTemplateToolButton"), m_pushMenu);
    connect(m_pullMenu, &QMenu::aboutToShow, this, &TemplatesWindow::fillAccountMenus);
    connect(m_pushMenu, &QMenu::aboutToShow, this, &TemplatesWindow::fillAccountMenus);
    bar->addSeparator();
    m_use = add("mail-message-new", tr("&Use Template"), QStringLiteral("useTemplateAction"), [this] {
        if (m_editor->isEditing())
            emit useRequested(m_editor->definition());
    });
    m_use->setShortcut(QKeySequence(Qt::CTRL | Qt::Key_Return));
    m_use->setToolTip(tr("Start a message from this template: a field for each value it takes"));

    // The same, by keyboard: Alt+T.
    QMenu *menu = menuBar()->addMenu(tr("&Template"));
    for (QAction *action : {created, m_duplicate, m_delete, m_import, m_export, m_use})
        menu->addAction(action);
    menu->addSeparator();
    menu->addMenu(m_pullMenu);
    menu->addMenu(m_pushMenu);
    auto *close = menu->addAction(tr("&Close"), QKeySequence::Close, this, &QWidget::close);
    close->setObjectName(QStringLiteral("closeTemplatesAction"));
}

void TemplatesWindow::fillAccountMenus()
{
    m_pullMenu->clear();
    m_pushMenu->clear();
    const QList<AccountProfile> accounts = m_workbench->accounts()->accounts();
    for (const AccountProfile &account : accounts) {
        connect(m_pullMenu->addAction(tr("From %1").arg(account.name)), &QAction::triggered, this,
                [this, name = account.name] {
                    if (QString why; !m_workbench->pullTemplates(name, &why))
                        say(why);
                    else
                        say(tr("Reading the templates of %1…").arg(name));
                });
        QAction *push = m_pushMenu->addAction(tr("To %1").arg(account.name));
        push->setEnabled(m_editor->isEditing());
        connect(push, &QAction::triggered, this, [this, name = account.name] {
            const Issues issues = TemplateDefinition::check(m_editor->definition());
            if (IssueList::errorCount(issues) > 0) {
                say(tr("Not submitted: the template has errors (%1)").arg(IssueList::summary(issues)));
                return;
            }
            if (QString why; !m_workbench->pushTemplates(name, {m_editor->definition()}, &why))
                say(why);
            else
                say(tr("Submitting %1 to %2…").arg(nameOf(m_editor->definition()), name));
        });
    }
}

void TemplatesWindow::reload()
{
    QHash<QString, QString> names;
    const QList<AccountProfile> accounts = m_workbench->accounts()->accounts();
    for (const AccountProfile &account : accounts)
        names.insert(account.id, account.name);
    const QJsonObject editing = m_editor->original();
    const QString editingAccount = m_editor->account();
    const QSignalBlocker blocker(m_table->selectionModel());
    m_model->setTemplates(m_workbench->history()->templates(), names);

    const QString chosen = m_accountFilter->currentData().toString();
    const bool chosenAny = m_accountFilter->currentIndex() <= 0;
    const QSignalBlocker comboBlocker(m_accountFilter);
    m_accountFilter->clear();
    m_accountFilter->addItem(tr("Every account"), QString());
    m_accountFilter->addItem(tr("Local library"), QStringLiteral(""));
    for (const AccountProfile &account : accounts)
        m_accountFilter->addItem(account.name, account.id);
    const int again = chosenAny ? 0 : m_accountFilter->findData(chosen);
    m_accountFilter->setCurrentIndex(qMax(0, again));
    m_filter->setAccount(m_accountFilter->currentData().toString());

    m_table->resizeColumnsToContents();
    // The definition in the editor stays chosen in the list.
    if (m_editor->isKept()) {
        const int row = m_model->rowOf(editingAccount, nameOf(editing), languageOf(editing));
        if (row >= 0)
            m_table->setCurrentIndex(m_filter->mapFromSource(m_model->index(row, 0)));
    }
    updateActions();
}

void TemplatesWindow::openSelected()
{
    const QModelIndex index = m_table->currentIndex();
    if (!index.isValid())
        return;
    const QModelIndex source = m_filter->mapToSource(index);
    const HistoryStore::StoredTemplate &stored = m_model->at(source.row());
    if (m_editor->isKept() && m_editor->account() == stored.account && m_editor->original() == stored.definition)
        return;
    if (!maybeKeepEdits())
        return;
    m_editor->edit(stored.definition, stored.account);
    updateActions();
}

bool TemplatesWindow::maybeKeepEdits()
{
    if (!m_editor->isModified())
        return true;
    const QMessageBox::StandardButton answer =
        QMessageBox::question(this, tr("Unsaved template"),
                              tr("%1 has changes that are not saved. Save them?").arg(nameOf(m_editor->definition())),
                              QMessageBox::Save | QMessageBox::Discard | QMessageBox::Cancel, QMessageBox::Save);
    if (answer == QMessageBox::Cancel)
        return false;
    if (answer == QMessageBox::Save) {
        if (QString why; !save(&why)) {
            QMessageBox::warning(this, tr("Not saved"), why);
            return false;
        }
    }
    return true;
}

bool TemplatesWindow::save(QString *error)
{
    const QJsonObject definition = TemplateDefinition::withoutProviderState(m_editor->definition());
    if (nameOf(definition).isEmpty() || languageOf(definition).isEmpty()) {
        *error = tr("A template needs a name and a language to be kept");
        return false;
    }
    HistoryStore *history = m_workbench->history();
    if (!history->saveTemplates(QString(), {definition}, error))
        return false;
    // A local definition renamed is the same one under its new name.
    const QJsonObject before = m_editor->original();
    if (m_editor->isKept() && m_editor->account().isEmpty() &&
        (nameOf(before) != nameOf(definition) || languageOf(before) != languageOf(definition))) {
        if (!history->removeTemplate(QString(), nameOf(before), languageOf(before), error))
            return false;
    }
    m_editor->edit(definition, QString());
    reload();
    say(tr("%1 (%2) kept in the local library").arg(nameOf(definition), languageOf(definition)));
    return true;
}

void TemplatesWindow::newTemplate()
{
    if (!maybeKeepEdits())
        return;
    const QJsonObject fresh{
        {QStringLiteral("name"), QStringLiteral("new_template")},
        {QStringLiteral("language"), QStringLiteral("en_US")},
        {QStringLiteral("category"), QStringLiteral("UTILITY")},
        {QStringLiteral("components"),
         QJsonArray{QJsonObject{{QStringLiteral("type"), QStringLiteral("BODY")},
                                {QStringLiteral("text"), tr("Hello {{1}}, your order is on its way.")},
                                {QStringLiteral("example"),
                                 QJsonObject{{QStringLiteral("body_text"), QJsonArray{QJsonArray{tr("Maria")}}}}}}}}};
    m_table->clearSelection();
    m_editor->edit(fresh, QString(), false);
    m_editor->form()->setFocus();
}

void TemplatesWindow::duplicateTemplate()
{
    if (!m_editor->isEditing() || !maybeKeepEdits())
        return;
    QJsonObject copy = TemplateDefinition::withoutProviderState(m_editor->definition());
    copy.insert(QStringLiteral("name"), QString(nameOf(copy) + QStringLiteral("_copy")));
    m_table->clearSelection();
    m_editor->edit(copy, QString(), false);
}

void TemplatesWindow::deleteTemplate()
{
    if (!m_editor->isKept())
        return;
    const QJsonObject definition = m_editor->original();
    const QString account = m_editor->account();
    if (account.isEmpty()) {
        if (QMessageBox::question(
                this, tr("Delete template"),
                tr("Delete %1 (%2) from the local library?").arg(nameOf(definition), languageOf(definition))) !=
            QMessageBox::Yes)
            return;
        if (QString why;
            !m_workbench->history()->removeTemplate(QString(), nameOf(definition), languageOf(definition), &why)) {
            QMessageBox::warning(this, tr("Not deleted"), why);
            return;
        }
        m_editor->clear();
        reload();
        return;
    }
    const std::optional<AccountProfile> profile = m_workbench->accounts()->find(account);
    const QString accountName = profile ? profile->name : account;
    if (QMessageBox::question(this, tr("Delete template"),
                              tr("Delete %1 (%2) at %3? A deleted template's name cannot be used again for 30 days.")
                                  .arg(nameOf(definition), languageOf(definition), accountName)) != QMessageBox::Yes)
        return;
    if (QString why; !m_workbench->deleteTemplate(accountName, nameOf(definition), &why, languageOf(definition)))
        say(why);
}

void TemplatesWindow::updateActions()
{
    const bool editing = m_editor->isEditing();
    m_duplicate->setEnabled(editing);
    m_delete->setEnabled(m_editor->isKept());
    m_use->setEnabled(editing);
    m_export->setEnabled(editing || m_filter->rowCount() > 0);
    const bool none = m_model->rowCount() == 0;
    m_emptyList->setVisible(none || m_filter->rowCount() == 0);
    m_emptyList->setText(none ? tr("No templates yet. Start one with New, import a file, or pull an account's.")
                              : tr("No template matches the search and filters."));
}

void TemplatesWindow::say(const QString &text)
{
    statusBar()->showMessage(text, 10000);
}

void TemplatesWindow::showEvent(QShowEvent *event)
{
    QMainWindow::showEvent(event);
    if (m_sized)
        return;
    // The list as wide as its filters side by side ask, measured in the window's style (they wrap where the
    // window is narrower), and never more than a third of the window.
    m_sized = true;
    auto *split = qobject_cast<QSplitter *>(centralWidget());
    const int list = qMin(split->widget(0)->sizeHint().width(), split->width() / 3);
    split->setSizes({list, split->width() - list});
}

void TemplatesWindow::closeEvent(QCloseEvent *event)
{
    if (!maybeKeepEdits()) {
        event->ignore();
        return;
    }
    event->accept();
}
