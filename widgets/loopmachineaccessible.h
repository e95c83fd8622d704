#pragma once

namespace Ui {

class LoopMachineView;

//! Makes the loop machine readable by assistive technology: the view (role Pane, its headline
//! and line of why as the description) has, after its own widgets, one child per place — what
//! runs now, the ready queue, the timers, the waiters, the selector, the threads (role
//! Grouping: the title with its count, and what the place is doing) — and each place has its
//! chips (role ListItem: the chip's text, its tool tip as the description, its bounds).
void installLoopMachineAccessibility(LoopMachineView *view);
//! The view shows another moment: announces its new description and children.
void announceLoopMachineChanged(LoopMachineView *view);

} // namespace Ui
