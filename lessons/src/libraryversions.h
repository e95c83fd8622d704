#pragma once
#include <QCoro/QCoroTask>
#include <QHash>
#include <QString>
#include <QStringList>

namespace Lessons {

//! The installed versions of Python distributions ("fastapi" -> "0.92.0") as one interpreter's
//! importlib.metadata reports them, so version-specific lesson rules and text can be chosen
//! for the libraries an example really ran with. Answers are cached per interpreter file.
class LibraryVersions
{
public:
    //! Only the distributions that are installed appear in the answer; a Python that does not
    //! start or answer in time gives an empty one.
    static QCoro::Task<QHash<QString, QString>> query(QString python, QStringList distributions);
};

} // namespace Lessons
