// Files dropped on the desktop window: which one is opened as the profile, or why none is. Kept apart
// from the GLFW callback (native.cpp) so it is tested without a window.
#pragma once

#include <string>
#include <vector>

namespace portfolio::platform {

struct DropDecision {
    std::string open;     // the file to open as the profile; "" when the drop holds none
    std::string message;  // a line for the terminal: why nothing is opened, or which files were passed over; "" when all is plain
};

// A profile is a regular file whose name ends in ".json" (any case). The first one among the dropped
// paths is opened; the others are passed over and named in the message. When there is none (an image,
// a folder, a text file), nothing is opened: the profile on screen and the file watched stay as they were.
DropDecision ChooseDroppedProfile(const std::vector<std::string>& paths);

}  // namespace portfolio::platform
