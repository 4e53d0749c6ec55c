#include "widgets/FormDialog.h"

#include "CoreError.h"

#include <QCheckBox>
#include <QComboBox>
#include <QDateEdit>
#include <QDialogButtonBox>
#include <QLabel>
#include <QLineEdit>
#include <QMessageBox>
#include <QPlainTextEdit>
#include <QPushButton>
#include <QShortcut>
#include <QVBoxLayout>

namespace cd {

FormDialog::FormDialog(QWidget* parent)
    : QDialog(parent)
    , m_message(new QLabel(this))
    , m_save(new QPushButton(tr("&Save"), this))
    , m_layout(new QVBoxLayout(this))
{
    m_message->setObjectName(QStringLiteral("formMessage"));
    m_message->setWordWrap(true);
    m_message->setStyleSheet(QStringLiteral("color: #b00020;"));
    m_save->setObjectName(QStringLiteral("saveButton"));
    m_save->setToolTip(tr("Save (Ctrl+S)"));
    auto* shortcut = new QShortcut(QKeySequence::Save, this);
    connect(shortcut, &QShortcut::activated, this, &FormDialog::save);
    connect(m_save, &QPushButton::clicked, this, &FormDialog::save);
}

void FormDialog::finishForm(QLayout* fields)
{
    auto* buttons = new QDialogButtonBox(this);
    buttons->addButton(m_save, QDialogButtonBox::AcceptRole);
    buttons->addButton(QDialogButtonBox::Cancel);
    connect(buttons, &QDialogButtonBox::rejected, this, &FormDialog::reject);
    // Enter in a line edit must not save half a form: only Ctrl+S and the button do.
    m_save->setAutoDefault(false);
    m_layout->addLayout(fields);
    m_layout->addWidget(m_message);
    m_layout->addWidget(buttons);

    const auto changed = [this] {
        if (!m_restoring)
            m_dirty = true;
        refresh();
    };
    for (auto* e : findChildren<QLineEdit*>())
        connect(e, &QLineEdit::textChanged, this, changed);
    for (auto* e : findChildren<QPlainTextEdit*>())
        connect(e, &QPlainTextEdit::textChanged, this, changed);
    for (auto* e : findChildren<QComboBox*>())
        connect(e, &QComboBox::currentIndexChanged, this, changed);
    for (auto* e : findChildren<QDateEdit*>())
        connect(e, &QDateEdit::dateChanged, this, changed);
    for (auto* e : findChildren<QCheckBox*>())
        connect(e, &QCheckBox::toggled, this, changed);
    refresh();
}

void FormDialog::refresh()
{
    const QString p = problem();
    m_message->setText(p);
    m_save->setEnabled(p.isEmpty());
}

void FormDialog::setMessage(const QString& message)
{
    m_message->setText(message);
}

bool FormDialog::save()
{
    refresh();
    if (!m_save->isEnabled())
        return false;
    try {
        const qint64 id = write();
        m_dirty = false;
        emit saved(id);
        accept();
        return true;
    } catch (const CoreError& e) {
        setMessage(e.message());
        return false;
    }
}

void FormDialog::reject()
{
    if (m_dirty) {
        const auto answer
            = QMessageBox::question(this, windowTitle(), tr("Save what you typed before closing?"),
                QMessageBox::Save | QMessageBox::Discard | QMessageBox::Cancel, QMessageBox::Cancel);
        if (answer == QMessageBox::Save) {
            save();
            return;
        }
        // Only an explicit Discard throws typed work away; Cancel, or the question being closed (the
        // auto-lock does that), keeps the form.
        if (answer != QMessageBox::Discard)
            return;
    }
    QDialog::reject();
}

void FormDialog::discard()
{
    m_dirty = false;
    QDialog::reject();
}

QVariantMap FormDialog::typedState() const
{
    QVariantMap state;
    const auto key = [](const QObject* o) { return o->objectName(); };
    for (auto* e : findChildren<QLineEdit*>()) {
        // A combo box's or date edit's inner line edit has no name of its own.
        if (!key(e).isEmpty())
            state.insert(key(e), e->text());
    }
    for (auto* e : findChildren<QPlainTextEdit*>())
        state.insert(key(e), e->toPlainText());
    for (auto* e : findChildren<QComboBox*>())
        state.insert(key(e), e->isEditable() ? QVariant(e->currentText()) : QVariant(e->currentIndex()));
    for (auto* e : findChildren<QDateEdit*>())
        state.insert(key(e), e->date());
    for (auto* e : findChildren<QCheckBox*>())
        state.insert(key(e), e->isChecked());
    state.remove(QString());
    state.remove(QStringLiteral("subjectChoice")); // its items come from a search; saveExtra keeps the id
    saveExtra(state);
    state.insert(QStringLiteral("_dirty"), m_dirty);
    return state;
}

void FormDialog::restoreTypedState(const QVariantMap& state)
{
    // Order matters where one field fills another's choices (a subject's records): combo boxes and
    // check boxes first, then text.
    m_restoring = true;
    restoreExtra(state);
    for (auto* e : findChildren<QComboBox*>()) {
        if (!state.contains(e->objectName()))
            continue;
        if (e->isEditable())
            e->setCurrentText(state.value(e->objectName()).toString());
        else
            e->setCurrentIndex(state.value(e->objectName()).toInt());
    }
    for (auto* e : findChildren<QCheckBox*>()) {
        if (state.contains(e->objectName()))
            e->setChecked(state.value(e->objectName()).toBool());
    }
    for (auto* e : findChildren<QDateEdit*>()) {
        if (state.contains(e->objectName()))
            e->setDate(state.value(e->objectName()).toDate());
    }
    for (auto* e : findChildren<QLineEdit*>()) {
        if (!e->objectName().isEmpty() && state.contains(e->objectName()))
            e->setText(state.value(e->objectName()).toString());
    }
    for (auto* e : findChildren<QPlainTextEdit*>()) {
        if (state.contains(e->objectName()))
            e->setPlainText(state.value(e->objectName()).toString());
    }
    m_restoring = false;
    m_dirty = state.value(QStringLiteral("_dirty")).toBool();
    refresh();
}

} // namespace cd
