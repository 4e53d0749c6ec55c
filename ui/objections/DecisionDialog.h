#pragma once

#include <QDate>
#include <QDialog>

class QButtonGroup;
class QCheckBox;
class QDateEdit;
class QDialogButtonBox;
class QLabel;
class QPlainTextEdit;
class QVBoxLayout;

namespace cd {

// The few inputs a decision on an objection, a repair or a list entry takes: optionally a choice
// (information wrong or right), a checkbox, a written reason, and the date it takes effect. OK stays
// disabled until a required reason is written, so the service's "reason:" refusal is the exception.
class DecisionDialog : public QDialog
{
    Q_OBJECT

public:
    DecisionDialog(const QString& title, const QString& prompt, QWidget* parent = nullptr);

    void addChoice(const QString& text, int value);
    // A checkbox that is enabled only while the choice `whenChoice` is taken (-1: always).
    void setCheck(const QString& text, int whenChoice = -1);
    void requireReason(const QString& placeholder);
    // The date field; hidden when `earliest` is invalid.
    void setDateRange(const QDate& earliest, const QDate& latest);

    // What the dialog decides ("objection/12/decide"): a draft kept for it by a lock is put back now.
    void setDraftKey(const QString& key);
    // Called when a lock closes the dialog: keeps what was typed with the window, for its user.
    void keepDraft();

    int choice() const;
    bool checked() const;
    QString reason() const;
    QDate date() const;

private:
    void update();

    QVBoxLayout* m_layout;
    QButtonGroup* m_choices;
    QCheckBox* m_check;
    QPlainTextEdit* m_reason;
    QDateEdit* m_date;
    QLabel* m_dateLabel;
    QDialogButtonBox* m_buttons;
    QString m_draftKey;
    int m_checkWhen = -1;
    bool m_needsReason = false;
};

} // namespace cd
