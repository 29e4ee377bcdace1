// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include <QComboBox>

// The message kinds, grouped as Basic / Media / Interactive / Commerce & payments / Templates.
class KindPicker : public QComboBox
{
    Q_OBJECT

public:
    explicit KindPicker(QWidget *parent = nullptr);
    QString currentKind() const;
    void setCurrentKind(const QString &kind);

signals:
    void kindChosen(const QString &kind);
};
