#include "i18n/Language.h"

#include <QCoreApplication>
#include <QLibraryInfo>
#include <QLocale>
#include <QTranslator>

namespace cd {

QString Language::install(QCoreApplication& app, const QString& override)
{
    QLocale locale = override.isEmpty() ? QLocale::system() : QLocale(override);
    if (locale.language() != QLocale::Chinese)
        return QStringLiteral("en");
    locale = QLocale(QLocale::Chinese, QLocale::China);
    auto* own = new QTranslator(&app);
    if (own->load(locale, QStringLiteral("creditdesk"), QStringLiteral("_"), QStringLiteral(":/i18n")))
        QCoreApplication::installTranslator(own);
    auto* qt = new QTranslator(&app);
    if (qt->load(locale, QStringLiteral("qtbase"), QStringLiteral("_"),
            QLibraryInfo::path(QLibraryInfo::TranslationsPath))
        || qt->load(locale, QStringLiteral("qtbase"), QStringLiteral("_"),
            QCoreApplication::applicationDirPath() + QStringLiteral("/translations")))
        QCoreApplication::installTranslator(qt);
    QLocale::setDefault(locale);
    return QStringLiteral("zh_CN");
}

} // namespace cd
