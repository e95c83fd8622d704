#pragma once
#include "checkspec.h"

#include <QList>
#include <QString>
#include <QStringList>

namespace Core {

//! Everything CheckEngine needs to check one learner file: how to run it and what to check.
struct CheckPlan {
    QString exerciseId;
    QStringList requiredModules; //!< the exercise's "requires"
    bool virtualClock = false;
    bool lab = false;            //!< start the lab server; its URL goes in LOOPSCOPE_LAB_URL
    int timeoutSeconds = 30;     //!< per run (the program, then each harness)
    QList<CheckSpec> checks;
};

} // namespace Core
