// SPDX-License-Identifier: GPL-3.0-or-later
#include "formview.h"

#include "document/draftdocument.h"
#include "formedits.h"
#include "formkeys.h"
#include "formschema.h"
#include "groupfields.h"
#include "keyvaluefield.h"
#include "mediasource.h"
#include "message/jsonpointer.h"
#include "message/kinds.h"
#include "message/ordertotals.h"
#include "message/schemaregistry.h"
#include "message/skeleton.h"
#include "providers/provider.h"
#include "providers/registry.h"
#include "scalarfields.h"
#include "ui/wrappedlabel.h"

#include <QApplication>
#include <QFormLayout>
#include <QHBoxLayout>
#include <QJsonArray>
#include <QLabel>
#include <QPushButton>
#include <QScrollBar>
#include <QToolButton>
#include <QVBoxLayout>
#include <utility>

namespace {

const SchemaRegistry &registry()
{
    return SchemaRegistry::shared();
}

} // namespace

using namespace FormSchema;

FormView::FormView(DraftDocument *document, QWidget *parent) : QScrollArea(parent), m_document(document)
{
    setObjectName(QStringLiteral("formScrollArea"));
    setWidgetResizable(true);
    setFrameShape(QFrame::NoFrame);
    // Tab goes to the fields, never to the frame around them; a field Tab reaches is scrolled into view.
    setFocusPolicy(Qt::NoFocus);
    connect(qApp, &QApplication::focusChanged, this, [this](QWidget *, QWidget *now) {
        if (now && widget() && widget()->isAncestorOf(now))
            ensureWidgetVisible(now);
    });
    connect(document, &DraftDocument::replaced, this, [this] { m_fromTop = true; });
    connect(document, &DraftDocument::structureChanged, this, &FormView::scheduleRebuild);
    connect(document, &DraftDocument::changed, this, [this] {
        if (m_document->draft().provider != m_provider)
            scheduleRebuild(); // what a provider offers shows in the form (uploads)
        if (m_rebuildPending)
            return; // the rebuild shows values and issues
        if (m_hintsFor && m_hintsFor(m_document->draft().message) != m_hints) {
            scheduleRebuild(); // another template (its name or language typed): its values' titles
            return;
        }
        refreshValues(m_document->editedValue());
        showIssues();
    });
    rebuild();
}

void FormView::setSchema(const QString &schemaId, const QString &issuePrefix)
{
    m_schemaId = schemaId;
    m_issuePrefix = issuePrefix;
    rebuild();
}

void FormView::setHints(FormHints::Hints hints)
{
    m_hintsFor = std::move(hints);
    scheduleRebuild();
}

void FormView::scheduleRebuild()
{
    // The widget whose edit changed the shape is still on the stack: rebuild after it returns.
    if (m_rebuildPending)
        return;
    m_rebuildPending = true;
    for (FieldWidget *field : std::as_const(m_fields))
        field->setStale();
    QMetaObject::invokeMethod(
        this,
        [this] {
            if (m_rebuildPending)
                rebuild();
        },
        Qt::QueuedConnection);
}

void FormView::rebuild()
{
    m_rebuildPending = false;
    // Keep the place: the focused field's pointer and the scroll position survive the rebuild.
    QString focused;
    for (QWidget *w = QApplication::focusWidget(); w; w = w->parentWidget()) {
        if (auto *field = qobject_cast<FieldWidget *>(w)) {
            focused = field->pointer();
            break;
        }
    }
    const int scroll = verticalScrollBar()->value();

    m_fields.clear();
    auto *content = new QWidget;
    content->setObjectName(QStringLiteral("formContent"));
    auto *layout = new QVBoxLayout(content);
    const QJsonObject message = m_document->draft().message;
    m_kind = m_schemaId.isEmpty() ? Kinds::of(message) : m_schemaId;
    m_provider = m_document->draft().provider;
    m_hints = m_hintsFor ? m_hintsFor(message) : QHash<QString, QJsonObject>();
    if (m_kind.isEmpty()) {
        auto *empty = new WrappedLabel(tr("Choose a message kind above, open a draft, or paste any provider's "
                                          "request body (Ctrl+V) to start."),
                                       content);
        empty->setObjectName(QStringLiteral("emptyFormLabel"));
        empty->setAlignment(Qt::AlignCenter);
        layout->addWidget(empty);
    } else {
        auto *form = new QFormLayout;
        form->setFieldGrowthPolicy(QFormLayout::AllNonFixedFieldsGrow);
        form->setRowWrapPolicy(QFormLayout::WrapLongRows);
        const QJsonObject root = registry().rootNode(m_kind, message);
        m_parentValue = QJsonValue();
        buildProperties(root, QString(), message, form);
        layout->addLayout(form);
    }
    layout->addStretch();
    setWidget(content);
    verticalScrollBar()->setValue(std::exchange(m_fromTop, false) ? 0 : scroll);
    showIssues();
    orderFocus();
    FormKeys::wheelScrolls(this);
    if (!focused.isEmpty()) {
        if (FieldWidget *field = this->field(focused))
            field->focusTarget()->setFocus();
    }
}

void FormView::buildProperties(const QJsonObject &node, const QString &pointer, const QJsonValue &value,
                               QFormLayout *form)
{
    const QJsonValue grandparent = m_parentValue;
    for (const QString &key : orderOf(node)) {
        if (!FormSchema::visible(node, value, key, grandparent))
            continue;
        m_parentValue = value;
        buildProperty(node, value, key, JsonPointer::append(pointer, key), form);
    }
    m_parentValue = grandparent;
    // Fields the schema does not know are kept, and shown as JSON that can be edited or cleared.
    const QJsonObject properties = node.value(QStringLiteral("properties")).toObject();
    const QJsonObject object = value.toObject();
    for (auto it = object.constBegin(); it != object.constEnd(); ++it) {
        if (properties.contains(it.key()))
            continue;
        const QJsonObject schema{
            {QStringLiteral("title"), it.key()},
            {QStringLiteral("description"), tr("Not a field the schema knows; it is sent as it is.")}};
        form->addRow(tr("%1 (unknown)").arg(it.key()),
                     track(new JsonField(m_document, JsonPointer::append(pointer, it.key()), schema)));
    }
}

void FormView::buildProperty(const QJsonObject &parentNode, const QJsonValue &parentValue, const QString &key,
                             const QString &pointer, QFormLayout *form)
{
    const QJsonValue value = parentValue.toObject().value(key);
    const QJsonObject raw =
        registry().resolve(parentNode.value(QStringLiteral("properties")).toObject().value(key).toObject());
    QJsonObject node = registry().specialise(raw, value);
    const QJsonObject hint = m_hints.value(pointer);
    for (auto it = hint.constBegin(); it != hint.constEnd(); ++it)
        node.insert(it.key(), it.value());
    // A type switch builds the new object from the schema as it is before this value's conditions.
    node.insert(QStringLiteral("x-raw"), raw);
    const bool required = isRequired(parentNode, key);
    const QString title = text(node, QStringLiteral("title"), key);
    const QString rowLabel = title + (required ? QStringLiteral(" *") : QString());
    const QString type = typeOf(node);
    const bool composite = (type == u"object" && node.contains(QStringLiteral("properties"))) ||
                           (type == u"array" && node.value(QStringLiteral("items")).toObject().size() > 0 &&
                            node.value(QStringLiteral("x-widget")).toString() != u"json");

    // The type of a discriminated object, and the source of a media object (link or id).
    if (node.value(QStringLiteral("x-widget")).toString() == u"discriminator") {
        auto *field = track(
            new TypeField(m_document, pointer, node, stringsOf(node.value(QStringLiteral("enum"))), value.toString()));
        const QString objectPointer = pointer.left(pointer.lastIndexOf(u'/'));
        connect(field, &TypeField::chosen, this, [this, objectPointer, parentNode, key](const QString &option) {
            FormEdits::switchType(m_document, objectPointer, parentNode, key, option);
        });
        form->addRow(rowLabel, field);
        return;
    }
    const QStringList choice = stringsOf(parentNode.value(QStringLiteral("x-choice")));
    if (choice.contains(key) && !composite) {
        QStringList labels;
        for (const QString &option : choice)
            labels << text(
                registry().resolve(parentNode.value(QStringLiteral("properties")).toObject().value(option).toObject()),
                QStringLiteral("title"), option);
        auto *source = new TypeField(m_document, pointer + QStringLiteral("#source"),
                                     QJsonObject{{QStringLiteral("title"), tr("Source")}}, labels,
                                     labels.value(choice.indexOf(key)));
        const QString objectPointer = pointer.left(pointer.lastIndexOf(u'/'));
        connect(source, &TypeField::chosen, this, [this, objectPointer, choice, labels](const QString &label) {
            QJsonObject object = m_document->value(objectPointer).toObject();
            const QString chosen = choice.value(labels.indexOf(label));
            for (const QString &option : choice) {
                if (option != chosen)
                    object.remove(option);
            }
            if (!object.contains(chosen))
                object.insert(chosen, QString());
            m_document->setValue(objectPointer, object);
        });
        form->addRow(tr("Source"), source);
    }

    if (!composite) {
        const bool money = parentNode.value(QStringLiteral("x-widget")).toString() == u"money" && key == u"value";
        FieldWidget *field = buildScalar(node, pointer, required, money);
        form->addRow(typeOf(node) == u"boolean" ? QString() : rowLabel, field);
        return;
    }
    if (value.isUndefined()) {
        // An optional part that is not there yet: one click adds what it needs.
        auto *add = new QPushButton(tr("Add %1").arg(title.toLower()));
        add->setObjectName(QStringLiteral("addPartPushButton"));
        FormKeys::protect(add);
        add->setIcon(QIcon::fromTheme(QStringLiteral("list-add")));
        add->setAccessibleName(tr("Add %1").arg(title.toLower()));
        add->setProperty("pointer", pointer);
        connect(add, &QPushButton::clicked, this, [this, pointer, node] {
            QJsonValue part = Skeleton::make(registry(), node);
            // "Add parameters" means one to fill in, even where none are required.
            if (part.isArray() && part.toArray().isEmpty())
                part = QJsonArray{Skeleton::make(registry(), node.value(QStringLiteral("items")).toObject())};
            m_document->setValue(pointer, part);
        });
        auto *row = new QHBoxLayout;
        row->addWidget(add);
        row->addStretch();
        form->addRow(rowLabel, row);
        return;
    }
    if (type == u"array") {
        form->addRow(buildArray(node, pointer, value));
        return;
    }
    // Title buttons first, fields after: the tab order follows what the eye sees.
    auto *object = track(new ObjectField(m_document, pointer, node, title));
    if (!required) {
        connect(object->addTitleButton(QStringLiteral("edit-delete"), tr("Remove %1").arg(title.toLower())),
                &QToolButton::clicked, this,
                [this, pointer] { m_document->setValue(pointer, QJsonValue(QJsonValue::Undefined)); });
    }
    buildProperties(node, pointer, value, object->form());
    if (node.value(QStringLiteral("x-command")).toString() == u"recalculate-totals")
        addRecalculateTotals(object);
    if (const QString media = node.value(QStringLiteral("x-media")).toString(); !media.isEmpty()) {
        const Provider *provider = Providers::find(m_document->draft().provider);
        MediaSource::add(object, media, provider ? provider->mediaUploadUnsupported() : QString(),
                         [this, pointer, media](const QString &path) { emit mediaFileChosen(pointer, media, path); });
    }
    form->addRow(object);
}

FieldWidget *FormView::buildScalar(const QJsonObject &node, const QString &pointer, bool required, bool money)
{
    const QString widget = node.value(QStringLiteral("x-widget")).toString();
    const QString type = typeOf(node);
    if (money)
        return track(new MoneyField(m_document, pointer, node));
    if (widget == u"datetime-ms" || widget == u"datetime-s")
        return track(new DateTimeField(m_document, pointer, node));
    if (type == u"object")
        return track(new KeyValueField(m_document, pointer, node));
    if (widget == u"json" || type == u"array")
        return track(new JsonField(m_document, pointer, node));
    if (type == u"boolean")
        return track(new BoolField(m_document, pointer, node));
    if (node.contains(QStringLiteral("enum")))
        return track(new EnumField(m_document, pointer, node, required));
    if (type == u"integer" || type == u"number")
        return track(new IntegerField(m_document, pointer, node));
    return track(new TextField(m_document, pointer, node, required));
}

void FormView::addRecalculateTotals(ObjectField *order)
{
    auto *recalculate = new QPushButton(tr("Recalculate totals"), order);
    recalculate->setObjectName(QStringLiteral("recalculateTotalsPushButton"));
    recalculate->setToolTip(tr("The subtotal from the items (price × quantity, the sale price where there is one), "
                               "the total from subtotal + tax + shipping − discount"));
    FormKeys::protect(recalculate);
    connect(recalculate, &QPushButton::clicked, this, [this, pointer = order->pointer()] {
        const QJsonObject message = OrderTotals::recalculated(m_document->draft().message);
        m_document->setValue(pointer, JsonPointer::get(message, pointer));
    });
    auto *row = new QHBoxLayout;
    row->addWidget(recalculate);
    row->addStretch();
    order->form()->addRow(row);
}

void FormView::setTabPredecessor(QWidget *widget)
{
    m_tabPredecessor = widget;
    orderFocus();
}

void FormView::orderFocus()
{
    QWidget *previous = m_tabPredecessor;
    for (QWidget *next : FormKeys::tabOrder(widget())) {
        if (previous)
            QWidget::setTabOrder(previous, next);
        previous = next;
    }
}

void FormView::refreshValues(const std::optional<QString> &pointer)
{
    const auto shows = [&pointer](const QString &at) {
        return !pointer || JsonPointer::within(at, *pointer) || JsonPointer::within(*pointer, at);
    };
    for (auto it = m_fields.cbegin(); it != m_fields.cend(); ++it) {
        if (shows(it.key()))
            it.value()->refresh();
    }
}

FieldWidget *FormView::field(const QString &pointer)
{
    if (m_rebuildPending)
        rebuild();
    QString at = pointer;
    while (true) {
        if (FieldWidget *found = m_fields.value(at))
            return found;
        if (at.isEmpty())
            return nullptr;
        at.truncate(at.lastIndexOf(u'/'));
    }
}

bool FormView::focusField(const QString &pointer)
{
    FieldWidget *found = field(pointer);
    if (!found)
        return false;
    ensureWidgetVisible(found);
    found->focusTarget()->setFocus(Qt::OtherFocusReason);
    return true;
}

void FormView::showIssues()
{
    QHash<FieldWidget *, QStringList> errors;
    QHash<FieldWidget *, QStringList> warnings;
    const QString &prefix = m_issuePrefix;
    for (const Issue &issue : m_document->issues()) {
        if (!issue.pointer.startsWith(prefix))
            continue;
        FieldWidget *target = field(issue.pointer.mid(prefix.size()));
        if (!target)
            continue;
        (issue.isError() ? errors : warnings)[target].append(issue.message);
    }
    for (FieldWidget *field : std::as_const(m_fields))
        field->setIssues(errors.value(field), warnings.value(field));
}
