#include <QCoreApplication>
#include <QTextStream>

int main(int argc, char** argv)
{
    QCoreApplication app(argc, argv);
    QTextStream(stdout) << "creditdesk-cli " << CREDITDESK_VERSION << "\n";
    return 0;
}
