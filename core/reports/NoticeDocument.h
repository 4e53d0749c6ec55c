#pragma once

#include <QDate>
#include <QList>
#include <QString>
#include <QStringList>
#include <QVariant>

namespace cd {

// One cell of a notice table: a number stays a number (the spreadsheet keeps it as one), a share
// stays a fraction (shown as a percentage), a missing share is empty.
struct NoticeCell
{
    enum class Kind { Text, Count, Share, Days };
    Kind kind = Kind::Text;
    QVariant value; // QString, int or double; null when there is nothing to show

    QString text() const; // as the PDF and the Word document print it
};

struct NoticeTable
{
    QString title; // "Table 1 …"
    QString sheetName; // the spreadsheet's tab, at most 31 characters
    QStringList header;
    QList<QList<NoticeCell>> rows;
    bool lastRowIsTotal = false; // the office total, set apart
    QList<int> widths; // relative column widths for the printed formats
};

// The notification's content, built once from the figures and printed by every format, so the PDF,
// the Word document and the spreadsheet can never disagree.
struct NoticeDocument
{
    QString issuingOffice;
    QString number;
    QString title;
    QString addressee;
    struct Block
    {
        enum class Kind { Heading, Paragraph, Table };
        Kind kind = Kind::Paragraph;
        QString text;
        int table = -1; // index into tables
    };
    QList<Block> body;
    QList<NoticeTable> tables;
    QDate issuedOn;
    QString issuedOnText; // as printed under the signature
};

} // namespace cd
