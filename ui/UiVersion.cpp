#include <QString>

namespace cd::ui {
QString uiVersion()
{
    return QStringLiteral(CREDITDESK_VERSION);
}
} // namespace cd::ui
