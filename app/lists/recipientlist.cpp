// SPDX-License-Identifier: GPL-3.0-or-later
#include "recipientlist.h"

#include "message/jsonpointer.h"
#include "message/recipients.h"
#include "message/validator.h"
#include "placeholders.h"

#include <QFileInfo>

bool RecipientList::open(const QString &path, const Draft &draft, QString *error, Columns columnsNeeded)
{
    m_path = path;
    m_draft = draft;
    m_region = Recipients::regionFor(draft.sender, QLocale::system());
    const QString name = QFileInfo(path).fileName();
    m_file.setFileName(path);
    if (!m_file.open(QIODevice::ReadOnly)) {
        *error = tr("%1: %2").arg(name, m_file.errorString());
        return false;
    }
    m_reader = std::make_unique<CsvReader>(&m_file, delimiterFor(path));
    QString why;
    if (!m_reader->readHeader(&why)) {
        *error = tr("%1: %2").arg(name, why);
        return false;
    }
    m_recipientColumn = -1;
    for (qsizetype i = 0; i < columns().size(); ++i) {
        if (columns().at(i).compare(recipientColumn(), Qt::CaseInsensitive) == 0)
            m_recipientColumn = i;
    }
    if (m_recipientColumn < 0) {
        *error = tr("%1: no \"%2\" column; the header names %3").arg(name, recipientColumn(), columns().join(u", "));
        return false;
    }
    QStringList missing;
    if (columnsNeeded == Columns::RecipientOnly)
        return true;
    for (const QString &placeholder : Placeholders::names(Placeholders::find(draft))) {
        if (!columns().contains(placeholder))
            missing.append(placeholder);
    }
    if (!missing.isEmpty()) {
        *error = tr("%1: the draft's %2 has no column of that name; the header names %3", nullptr, int(missing.size()))
                     .arg(name, QStringLiteral("{{") + missing.join(QStringLiteral("}}, {{")) + QStringLiteral("}}"),
                          columns().join(u", "));
        return false;
    }
    return true;
}

char RecipientList::delimiterFor(const QString &path)
{
    const QString suffix = QFileInfo(path).suffix().toLower();
    return suffix == u"tsv" || suffix == u"tab" ? '\t' : CsvReader::Detect;
}

CsvReader::Next RecipientList::next(Row *row, QString *error)
{
    CsvReader::Record record;
    const CsvReader::Next next = m_reader->next(&record, error);
    if (next != CsvReader::Next::Record)
        return next;
    row->row = record.row;
    row->line = record.line;
    row->problem = record.problem;
    row->values.clear();
    for (qsizetype i = 0; i < record.fields.size() && i < columns().size(); ++i)
        row->values.insert(columns().at(i), record.fields.at(i));
    const QStringList read = Recipients::read(record.fields.value(m_recipientColumn), m_region);
    row->recipient = read.size() == 1 ? read.constFirst() : record.fields.value(m_recipientColumn).trimmed();
    if (row->problem.isEmpty() && read.size() > 1)
        row->problem =
            tr("The \"%1\" column holds %2 recipients; a row is for one").arg(recipientColumn()).arg(read.size());
    return next;
}

Draft RecipientList::draftFor(const Row &row, QList<Placeholders::Use> *missing) const
{
    Draft out = Placeholders::fill(m_draft, row.values, missing);
    out.recipients = QStringList{row.recipient};
    return out;
}

RecipientList::Check RecipientList::check(const ProviderRules *rules, const TemplateLibrary *templates,
                                          const std::function<bool(qint64, qint64)> &progress)
{
    Check out;
    QHash<QString, qint64> seen; // recipient key to the first row it is in
    Row row;
    for (;;) {
        QString error;
        const CsvReader::Next next = this->next(&row, &error);
        if (next == CsvReader::Next::End)
            break;
        if (next == CsvReader::Next::Error) {
            out.error = tr("%1: %2").arg(QFileInfo(m_path).fileName(), error);
            break;
        }
        ++out.rows;
        Finding finding{row.row, row.line, row.recipient, {}, {}};
        if (!row.problem.isEmpty()) {
            finding.problems.append(row.problem);
        } else if (row.recipient.isEmpty()) {
            finding.problems.append(tr("No recipient in the \"%1\" column").arg(recipientColumn()));
        } else {
            QList<Placeholders::Use> missing;
            const Draft draft = draftFor(row, &missing);
            for (const Placeholders::Use &use : std::as_const(missing))
                finding.problems.append(
                    tr("%1: {{%2}} has no value (the \"%2\" column is empty)").arg(use.pointer, use.name));
            const Issues issues = Validator::validateDraft(draft, rules, templates);
            for (const Issue &issue : issues) {
                if (issue.severity != Issue::Severity::Error)
                    continue;
                const QString where = issue.pointer.startsWith(QStringLiteral("/recipients"))
                                          ? tr("the \"%1\" column").arg(recipientColumn())
                                          : issue.pointer;
                finding.problems.append(where.isEmpty() ? issue.message : where + QStringLiteral(": ") + issue.message);
            }
            const QString key = Recipients::key(row.recipient);
            if (const auto first = seen.constFind(key); first != seen.constEnd()) {
                finding.duplicateOf = tr("row %1").arg(*first);
                ++out.duplicates;
            } else {
                seen.insert(key, row.row);
            }
        }
        if (!finding.problems.isEmpty())
            out.invalid.insert(row.row);
        if (!finding.problems.isEmpty() || !finding.duplicateOf.isEmpty()) {
            if (out.findings.size() < MaxFindings)
                out.findings.append(finding);
            else
                ++out.findingsLeftOut;
        }
        if (progress && out.rows % 256 == 0 && !progress(position(), size())) {
            out.cancelled = true;
            return out;
        }
    }
    if (progress)
        progress(position(), size());
    return out;
}
