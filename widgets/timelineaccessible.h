#pragma once

namespace Ui {

class TimelineView;

//! Makes a timeline readable by assistive technology: the view (role Chart) has, after its own
//! widgets, one child per lane row (role Row: the task's title, its state at the time cursor
//! or its life in short, the row's bounds), and the selected span is the child of its lane
//! (role Cell: its state and time as the name, what the loop did and why as the
//! description). Selecting a span or lane announces Selection and, with focus on the view,
//! Focus; moving the time cursor announces the view's new description.
void installTimelineAccessibility(TimelineView *view);

} // namespace Ui
