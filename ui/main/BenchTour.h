#pragma once

#include <QJsonObject>

#include <memory>

namespace cd {

class Session;

// What `creditdesk-cli bench` measures of the desktop client: the real main window on the session,
// every page visited, every list on it scrolled a few screens (each screen loads as it would for a
// clerk), a subject and a case opened with every tab looked at. Run by `creditdesk --bench-tour` in
// a process of its own so that its peak memory is the GUI's alone.
class BenchTour
{
public:
    // subjectId: the subject to open (the bench's busiest); 0 for the first one listed.
    static QJsonObject run(std::unique_ptr<Session> session, qint64 subjectId);
};

} // namespace cd
