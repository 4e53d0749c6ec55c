#pragma once

#include <QChar>
#include <QDate>
#include <QString>
#include <QStringView>

namespace cd {

// The verdict on one identifier. Checking returns a value rather than throwing because a wrong code
// is the normal case while a clerk is still typing.
struct CodeCheck
{
    bool ok = false;
    QString message; // empty when ok; otherwise one sentence a clerk can act on
    int position = -1; // 1-based character the message is about, -1 when it concerns the whole code
    QChar expectedCheck; // the check character the first 17 characters call for, when they are valid
};

// Clerks paste codes from Chinese documents: trims, drops every space inside (including the
// ideographic space and zero-width characters), turns full-width digits and letters into ASCII and
// upper-cases. Feed user input through this before checking or storing it.
QString normaliseCode(QStringView text);

// Unified Social Credit Code, GB 32100-2015. Checks the text exactly as given: normalise first.
CodeCheck checkUscc(QStringView code);

// The check character for the first 17 characters of a credit code, or a null QChar if they are not
// 17 characters of the code alphabet.
QChar usccCheckCharacter(QStringView first17);

// Citizen ID number, GB 11643-1999. Checks the text exactly as given: normalise first. The birth date
// may not lie after `today`, which tests pin down.
CodeCheck checkCitizenId(QStringView id, QDate today = QDate::currentDate());

// The check character for the first 17 digits of a citizen ID, or a null QChar if they are not 17
// digits.
QChar citizenIdCheckCharacter(QStringView first17);

// What every list, export and log shows instead of a citizen ID: "320681********123X". Anything that
// is not 18 characters long keeps only its last four characters visible.
QString maskCitizenId(QStringView id);

} // namespace cd
