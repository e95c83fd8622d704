#pragma once

namespace Ui
{

class MainWindow;

//! Hooks for tests that drive the real executable (tests/widgets/tst_crashrestore.cpp), off
//! unless their environment variable is set; nothing else uses them.
//!  LOOPSCOPE_TEST_TYPE=TEXT   types TEXT into the editor once the window is up, one key press
//!                             every 40 ms, as a learner would (key events, so autosave sees
//!                             ordinary edits).
//!  LOOPSCOPE_TEST_REPORT=1    once the window is up, prints to stderr what the editor holds
//!                             and whether the crash notice shows:
//!                               loopscope-test: program NAME
//!                               loopscope-test: text TEXT-AS-JSON-STRING
//!                               loopscope-test: crash-notice shown|none
void startTestHooks(MainWindow &window);

} // namespace Ui
