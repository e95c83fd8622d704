#include "exercisedrafts.h"

#include <QDir>
#include <QFile>
#include <QSaveFile>
#include <QStandardPaths>

namespace Ui {

ExerciseDrafts::ExerciseDrafts(QString folder) : m_folder(std::move(folder))
{
    if (m_folder.isEmpty())
        m_folder = QStandardPaths::writableLocation(QStandardPaths::AppDataLocation)
                   + QLatin1String("/exercises");
}

QString ExerciseDrafts::path(const QString &exerciseId) const
{
    return m_folder + QLatin1Char('/') + exerciseId + QLatin1String(".py");
}

std::optional<QString> ExerciseDrafts::load(const QString &exerciseId) const
{
    QFile file(path(exerciseId));
    if (!file.open(QIODevice::ReadOnly))
        return std::nullopt;
    return QString::fromUtf8(file.readAll());
}

bool ExerciseDrafts::save(const QString &exerciseId, const QString &text, QString *error) const
{
    if (!QDir().mkpath(m_folder)) {
        if (error)
            *error = QStringLiteral("cannot create %1").arg(m_folder);
        return false;
    }
    QSaveFile file(path(exerciseId));
    if (!file.open(QIODevice::WriteOnly) || file.write(text.toUtf8()) < 0 || !file.commit()) {
        if (error)
            *error = file.errorString();
        return false;
    }
    return true;
}

} // namespace Ui
