// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include <QWidget>

class QLabel;
class QToolButton;

// "◀ ▶ Request 2 of 3 · to +16502530000": steps through several of a kind (the requests a draft sends,
// the answers a send got), round from the last to the first. Hidden while there is only one.
class Stepper : public QWidget
{
    Q_OBJECT

public:
    // `objectName` names it and prefixes its children's names ("…Previous", "…Label", "…Next").
    explicit Stepper(const QString &objectName, QWidget *parent = nullptr);
    int count() const { return m_count; }
    int index() const { return m_index; }
    // Keeps the index where it was while it is in range (editing the draft does not jump back to the first).
    void setCount(int count);
    void setIndex(int index);
    // What the label says about the one shown.
    void setText(const QString &text);
    QString text() const;
    // "+919876543210, +16502530000, +442071838750 and 2 more": whom one of them goes to.
    static QString toWhom(const QStringList &recipients);

signals:
    void indexChanged(int index);

private:
    void update();

    QToolButton *m_previous = nullptr;
    QLabel *m_label = nullptr;
    QToolButton *m_next = nullptr;
    int m_count = 0;
    int m_index = 0;
};
