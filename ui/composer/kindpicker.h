// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include <QComboBox>

// The message kinds, grouped as Basic / Media / Interactive / Commerce & payments / Templates.
// The list is read from the schemas the first time someone reaches for it (focus, mouse, wheel, popup) or
// a draft names a kind, not while the window is built.
class KindPicker : public QComboBox
{
    Q_OBJECT

public:
    explicit KindPicker(QWidget *parent = nullptr);
    QString currentKind() const;
    void setCurrentKind(const QString &kind);
    void showPopup() override;

signals:
    void kindChosen(const QString &kind);

protected:
    bool event(QEvent *event) override;

private:
    void fill();
    bool m_filled = false;
};
