#pragma once
#include "launchtarget.h"

namespace Ui
{

class MainWindow;

//! Puts the file named on the command line (or double-clicked, through the desktop file) into
//! the window: a recording replayed on the timeline, a program in the editor. False when it
//! could not; the window has said why (console notice or status message).
bool openLaunchTarget(MainWindow &window, const Core::LaunchTarget &target);

} // namespace Ui
