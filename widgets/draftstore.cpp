#include "draftstore.h"

#include "regularfile.h"

#include <QDir>
#include <QFile>
#include <QFileInfo>
#include <QSaveFile>
#include <QStandardPaths>

namespace Ui {

namespace {

QString appData(const char *sub)
{
    return QStandardPaths::writableLocation(QStandardPaths::AppDataLocation) + QLatin1Char('/')
            + QLatin1String(sub);
}

} // namespace

DraftStore::DraftStore(QString folder) : m_folder(std::move(folder))
{
    if (m_folder.isEmpty())
        m_folder = appData("exercises");
}

DraftStore DraftStore::exercises()
{
    return DraftStore(appData("exercises"));
}

DraftStore DraftStore::examples()
{
    return DraftStore(appData("examples"));
}

QString DraftStore::path(const QString &id) const
{
    return m_folder + QLatin1Char('/') + id + QLatin1String(".py");
}

std::optional<QString> DraftStore::load(const QString &id) const
{
    // Regular and bounded, like progress.json: a FIFO here must not freeze the window.
    QString problem;
    const std::optional<QByteArray> bytes
            = Core::RegularFile::read(path(id), Core::RegularFile::kMaxTextFile, &problem);
    if (!bytes)
        return std::nullopt;
    return QString::fromUtf8(*bytes);
}

bool DraftStore::save(const QString &id, const QString &text, QString *error) const
{
    const QString target = path(id);
    const QString dir = QFileInfo(target).absolutePath();
    if (!QDir().mkpath(dir)) {
        if (error)
            *error = QStringLiteral("cannot create %1").arg(dir);
        return false;
    }
    QSaveFile file(target);
    if (!file.open(QIODevice::WriteOnly) || file.write(text.toUtf8()) < 0 || !file.commit()) {
        if (error)
            *error = file.errorString();
        return false;
    }
    return true;
}

void DraftStore::remove(const QString &id) const
{
    QFile::remove(path(id));
}

} // namespace Ui
