#pragma once
#include <QString>
#include <optional>

namespace Ui {

//! The learner's own version of a program the course gives them (an exercise's code, an
//! example they edited), one file per id under a folder (an id may hold '/': sub-folders),
//! replaced atomically on every save so a crash mid-write keeps the previous draft.
class DraftStore
{
public:
    //! `folder` empty: <AppDataLocation>/exercises.
    explicit DraftStore(QString folder = {});
    //! <AppDataLocation>/exercises and <AppDataLocation>/examples.
    static DraftStore exercises();
    static DraftStore examples();

    QString folder() const { return m_folder; }
    QString path(const QString &id) const;
    std::optional<QString> load(const QString &id) const;
    //! False with *error set when the file could not be written.
    bool save(const QString &id, const QString &text, QString *error = nullptr) const;
    //! Forgets the draft (the learner went back to the course's version).
    void remove(const QString &id) const;

private:
    QString m_folder;
};

} // namespace Ui
