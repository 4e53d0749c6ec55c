#include "main/LanguageMenu.h"

#include <QActionGroup>
#include <QSettings>

namespace cd {

namespace {

const QString Key = QStringLiteral("language");

} // namespace

LanguageMenu::LanguageMenu(QWidget* parent) : QMenu(tr("&Language"), parent), m_group(new QActionGroup(this))
{
    setObjectName(QStringLiteral("languageMenu"));
    // The languages by their own names, so that whoever cannot read the current one still finds theirs.
    const QList<std::pair<QString, QString>> choices {{tr("Follow the system"), QString()},
        {QStringLiteral("简体中文"), QStringLiteral("zh_CN")},
        {QStringLiteral("English"), QStringLiteral("en")}};
    const QString current = stored();
    for (const auto& [title, code] : choices) {
        QAction* action = addAction(title);
        action->setObjectName(
            QStringLiteral("language_%1").arg(code.isEmpty() ? QStringLiteral("system") : code));
        action->setCheckable(true);
        action->setChecked(code == current);
        action->setData(code);
        m_group->addAction(action);
    }
    connect(m_group, &QActionGroup::triggered, this, [this](QAction* action) {
        const QString code = action->data().toString();
        if (code == stored())
            return;
        QSettings().setValue(Key, code);
        emit changed(tr("The language changes the next time CreditDesk starts."));
    });
}

QString LanguageMenu::stored()
{
    return QSettings().value(Key).toString();
}

} // namespace cd
