#pragma once

#include <QDialog>
#include <QVariantMap>

class QLabel;
class QPushButton;
class QVBoxLayout;

namespace cd {

// The frame of every form that saves something: Ctrl+S saves, Esc or Close asks before typed work
// is thrown away, the service's message (a CoreError) shows under the fields in red, and the typed
// state can be taken out and put back so that an auto-lock does not cost a clerk their typing.
class FormDialog : public QDialog
{
    Q_OBJECT

public:
    explicit FormDialog(QWidget* parent = nullptr);

    bool isDirty() const { return m_dirty; }
    // Every named input's value, by object name; and back.
    QVariantMap typedState() const;
    void restoreTypedState(const QVariantMap& state);
    // The kind of form, for reopening it after a lock ("newSubject", …).
    virtual QString formKey() const = 0;
    // Closes without asking (the auto-lock keeps the typed state elsewhere).
    void discard();

public slots:
    bool save();
    void reject() override;

signals:
    // The id of what was saved.
    void saved(qint64 id);

protected:
    // Writes through the service; throws CoreError. Returns the id of what was saved.
    virtual qint64 write() = 0;
    // Live checks while typing: the first problem, or empty.
    virtual QString problem() const { return {}; }
    // State that is not a plain field (a chosen subject): saved with typedState, restored first.
    virtual void saveExtra(QVariantMap&) const { }
    virtual void restoreExtra(const QVariantMap&) { }
    // Called once the subclass built its fields: watches them for changes.
    void finishForm(QLayout* fields);
    void setMessage(const QString& message);
    void refresh();

private:
    QLabel* m_message;
    QPushButton* m_save;
    QVBoxLayout* m_layout;
    bool m_dirty = false;
    bool m_restoring = false;
};

} // namespace cd
