#pragma once

#include <QList>
#include <QString>
#include <QVariantMap>

namespace cd {

// What a locked window leaves behind for its user: the page they were on and the forms they had
// open with what they typed. Kept in memory only, never on disk (it may hold personal data), and
// handed back only to the same user.
struct WindowState
{
    struct Form
    {
        QString key; // FormDialog::formKey()
        QVariantMap typed;
    };
    QString userName;
    QString page;
    QList<Form> forms;

    bool isEmpty() const { return userName.isEmpty(); }
};

} // namespace cd
