// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include <QComboBox>

class Provider;

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
    // The kinds `provider` does not carry are shown off, with the reason, before anyone picks one.
    void setProvider(const Provider *provider);
    void showPopup() override;

signals:
    void kindChosen(const QString &kind);

protected:
    bool event(QEvent *event) override;

private:
    void fill();
    void markUnoffered();
    bool m_filled = false;
    const Provider *m_provider = nullptr;
};
