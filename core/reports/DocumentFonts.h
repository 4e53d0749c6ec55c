#pragma once

#include <QFont>
#include <QString>
#include <QStringList>

namespace cd {

// The typefaces GB/T 9704 asks for, each with the CJK face installed in its place where the office's
// desk lacks it (Debian ships Noto CJK; Windows has 仿宋 and 黑体, rarely 小标宋).
struct DocumentFonts
{
    static QStringList fangSong(); // body: 仿宋, else Noto Serif CJK SC
    static QStringList xiaoBiaoSong(); // header and title: 小标宋, else a bold CJK serif
    static QStringList heiTi(); // first-level headings: 黑体, else Noto Sans CJK SC
    static QStringList songTi(); // page numbers and tables: 宋体, else Noto Serif CJK SC

    // Latin letters and digits: a Times face for the serif designs, an Arial face for 黑体. The CJK
    // faces' own Latin glyphs are shaped into forms their character map does not list, which would
    // leave the numbers of a PDF impossible to copy or search.
    static QStringList latinSerif();
    static QStringList latinSans();

    // The first of `families` that is installed, or the last one (Qt then substitutes).
    static QString installed(const QStringList& families);
    // A font of the first installed family of `cjk`, with the Latin face first for letters and digits,
    // `points` large; `bold` when the CJK face is a fallback for a heavy design (小标宋) that has no
    // bold face of its own.
    static QFont font(const QStringList& cjk, double points, bool bold = false);
    // Whether the face is a stand-in for the one the standard names.
    static bool isFallback(const QStringList& families) { return installed(families) == families.last(); }
};

} // namespace cd
