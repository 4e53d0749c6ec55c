#pragma once

#include <QCoreApplication>
#include <QList>
#include <QMap>
#include <QString>

#include <optional>

namespace cd {

class Session;

// The office's adjustable figures (DOMAIN.md: "feedback, verification and repair deadlines are
// settings"). Each is a whole number in a range or a yes/no flag.
enum class Setting {
    FeedbackWorkingDays, // a department's feedback on a measure task
    PublicationWorkingDays, // publishing licensing and penalty decisions (§13)
    VerificationWorkingDays, // the providing department verifies disputed information (§18)
    ObjectionAcceptanceWorkingDays, // deciding whether to accept an objection
    RepairDecisionWorkingDays, // deciding a repair application once materials are complete
    SuspensionExtendsTerm, // flag: a term is extended by the time its measures were suspended
    RepairBarYears, // years a repeat offender may not apply for repair; 0: no bar
};

// Typed access to the settings table. Every role reads; an administrator changes, audited.
class Settings
{
    Q_DECLARE_TR_FUNCTIONS(Settings)

public:
    explicit Settings(Session& session);

    static QList<Setting> all();
    static QString key(Setting setting); // the stored key, also the CLI word
    static std::optional<Setting> fromKey(const QString& key);
    static QString describe(Setting setting); // translated
    static bool isFlag(Setting setting);
    static int minimum(Setting setting);
    static int maximum(Setting setting);

    // Throws CoreError(Integrity) if the stored text is not a value of the setting's type and range;
    // a missing row gives the shipped default.
    int number(Setting setting);
    bool flag(Setting setting);
    QString text(Setting setting); // the value as a CLI shows and takes it

    int feedbackWorkingDays() { return number(Setting::FeedbackWorkingDays); }
    int publicationWorkingDays() { return number(Setting::PublicationWorkingDays); }
    int verificationWorkingDays() { return number(Setting::VerificationWorkingDays); }
    int objectionAcceptanceWorkingDays() { return number(Setting::ObjectionAcceptanceWorkingDays); }
    int repairDecisionWorkingDays() { return number(Setting::RepairDecisionWorkingDays); }
    bool suspensionExtendsTerm() { return flag(Setting::SuspensionExtendsTerm); }
    int repairBarYears() { return number(Setting::RepairBarYears); }

    // Administrators only; audited with the old and new value. Throws CoreError(InvalidInput) for a
    // value out of range or of the wrong type.
    void setNumber(Setting setting, int value);
    void setFlag(Setting setting, bool value);
    // Parses `text` as the setting's type ("true"/"false" for a flag) and stores it.
    void setText(Setting setting, const QString& text);
    // Several settings in one change (a form's Save): each value as setText takes it; only those that
    // differ from what is stored are written and audited. Returns those. Nothing is stored if one fails.
    QList<Setting> setTexts(const QMap<Setting, QString>& texts);

private:
    void store(Setting setting, const QString& value);

    Session& m_session;
};

} // namespace cd
