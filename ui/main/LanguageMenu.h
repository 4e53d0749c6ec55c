#pragma once

#include <QMenu>

class QActionGroup;

namespace cd {

// View › Language: follow the system, 简体中文 or English. The choice is kept in QSettings
// ("language": empty, "zh_CN" or "en", which app/gui hands to Language::install) and takes effect at
// the next start: every window would have to be built again to change its words now.
class LanguageMenu : public QMenu
{
    Q_OBJECT

public:
    explicit LanguageMenu(QWidget* parent = nullptr);
    static QString stored(); // "", "zh_CN" or "en"

signals:
    // Another language was chosen; the text says when it applies.
    void changed(const QString& message);

private:
    QActionGroup* m_group;
};

} // namespace cd
