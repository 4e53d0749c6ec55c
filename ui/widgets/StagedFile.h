#pragma once

#include <QCoreApplication>
#include <QString>
#include <QTemporaryDir>

#include <memory>

namespace cd {

// The file an export writes before it is finished: the target's own name (services record it, and
// tell the format by its extension) in a private folder beside the target, so the final move is a
// rename on the same disk. Only commit() puts it at the target; otherwise the folder and what is in
// it go when this object does. undo() takes a committed file back out (the transaction that was to
// record it failed) and puts back the file it replaced.
class StagedFile
{
    Q_DECLARE_TR_FUNCTIONS(StagedFile)

public:
    // CoreError(Failed) when the target exists and !replace, or its folder is missing or unwritable.
    StagedFile(const QString& target, bool replace);
    ~StagedFile();
    StagedFile(const StagedFile&) = delete;
    StagedFile& operator=(const StagedFile&) = delete;

    const QString& path() const { return m_staged; }
    void commit();
    void undo();

private:
    QString m_target;
    bool m_replace;
    std::unique_ptr<QTemporaryDir> m_dir;
    QString m_staged;
    QString m_replaced; // the former target, kept until this object goes
    bool m_committed = false;
};

} // namespace cd
