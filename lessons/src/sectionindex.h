#pragma once
#include <QHash>
#include <QString>
#include <QStringList>
#include <optional>

namespace Lessons {

//! The sections of the five guides (../shared/guides/sections.json) that lessons cover.
class SectionIndex
{
public:
    struct Section {
        QString id, title, guide;
        int line = 0;
        bool skip = false; //!< a table of contents or similar: no lesson needs to cover it
    };

    //! Reads sections.json; nullopt with *error set when it cannot.
    static std::optional<SectionIndex> load(const QString &path, QString *error = nullptr);
    //! $LOOPSCOPE_SECTIONS, else the source tree's copy when this build knows it; may be empty.
    static QString defaultPath();

    bool contains(const QString &id) const { return m_sections.contains(id); }
    const Section *section(const QString &id) const;
    //! Ids in guide order (G0-1, G0-2, ..., G1-1, ...).
    QStringList ids() const;
    bool isEmpty() const { return m_sections.isEmpty(); }

private:
    QHash<QString, Section> m_sections;
};

} // namespace Lessons
