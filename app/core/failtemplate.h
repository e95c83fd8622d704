#pragma once
#include "summaryrules.h"

#include <QString>

namespace Core {

//! Fills an exercise check's `fail` template: {observed} is what the run showed for the rule
//! (a count, a duration, a status...), {expected} what the rule asks for, both as short text
//! that reads well inside the author's sentence ("ran {observed} at a time at most"). The
//! values are the rule's own (RuleResult::observed, ::expected): nothing is measured twice.
class FailTemplate
{
public:
    static QString fill(const QString &text, const RuleResult &result);
};

} // namespace Core
