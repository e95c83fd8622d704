#pragma once
#include "loopmachinescene.h"

namespace Core {
class NextPick;
}

namespace Ui {

//! Predict next: the loop machine at a pause with the answer held back. What runs next leaves
//! the stage (a question takes its place) and joins the others in the ready queue, drawn in an
//! order that gives nothing away (the queue's order is what the learner predicts); timers,
//! waiters and the rest stay as they are, since they are what a learner reasons from.
LoopMachineScene concealNext(LoopMachineScene scene, const Core::NextPick &pick);

} // namespace Ui
