#include "reports/DocumentFonts.h"

#include <QFontDatabase>
#include <QSet>

namespace cd {

QStringList DocumentFonts::fangSong()
{
    return {QStringLiteral("仿宋"), QStringLiteral("FangSong"), QStringLiteral("仿宋_GB2312"),
        QStringLiteral("FangSong_GB2312"), QStringLiteral("Noto Serif CJK SC")};
}

QStringList DocumentFonts::xiaoBiaoSong()
{
    return {QStringLiteral("方正小标宋简体"), QStringLiteral("方正小标宋_GBK"),
        QStringLiteral("FZXiaoBiaoSong-B05S"), QStringLiteral("Noto Serif CJK SC")};
}

QStringList DocumentFonts::heiTi()
{
    return {QStringLiteral("黑体"), QStringLiteral("SimHei"), QStringLiteral("Noto Sans CJK SC")};
}

QStringList DocumentFonts::songTi()
{
    return {QStringLiteral("宋体"), QStringLiteral("SimSun"), QStringLiteral("Noto Serif CJK SC")};
}

QStringList DocumentFonts::latinSerif()
{
    return {
        QStringLiteral("Times New Roman"), QStringLiteral("Nimbus Roman"), QStringLiteral("DejaVu Serif")};
}

QStringList DocumentFonts::latinSans()
{
    return {QStringLiteral("Arial"), QStringLiteral("Nimbus Sans"), QStringLiteral("DejaVu Sans")};
}

QString DocumentFonts::installed(const QStringList& families)
{
    // A family installed by more than one foundry is listed as "Nimbus Roman [UKWN]".
    QSet<QString> available;
    for (const QString& f : QFontDatabase::families())
        available.insert(f.section(QStringLiteral(" ["), 0, 0).toCaseFolded());
    for (const QString& f : families)
        if (available.contains(f.toCaseFolded()))
            return f;
    return families.last();
}

QFont DocumentFonts::font(const QStringList& families, double points, bool bold)
{
    QFont f;
    f.setFamilies({installed(families == heiTi() ? latinSans() : latinSerif()), installed(families)});
    f.setPointSizeF(points);
    if (bold && isFallback(families))
        f.setWeight(QFont::Bold);
    // Never let Qt put in a Latin face for CJK text: both sides must print the same glyphs.
    f.setStyleStrategy(QFont::PreferOutline);
    return f;
}

} // namespace cd
