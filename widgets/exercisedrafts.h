#pragma once
#include <QString>
#include <optional>

namespace Ui {

//! The learner's code per exercise, one file each (<AppDataLocation>/exercises/<id>.py),
//! replaced atomically on every save so a crash mid-write keeps the previous draft.
class ExerciseDrafts
{
public:
    //! `folder` empty: <AppDataLocation>/exercises.
    explicit ExerciseDrafts(QString folder = {});

    QString folder() const { return m_folder; }
    QString path(const QString &exerciseId) const;
    std::optional<QString> load(const QString &exerciseId) const;
    //! False with *error set when the file could not be written.
    bool save(const QString &exerciseId, const QString &text, QString *error = nullptr) const;

private:
    QString m_folder;
};

} // namespace Ui
