// The desktop window's size and position, remembered between runs in a small JSON file. Reading it
// never fails loudly: a missing, corrupt or implausible file means "no saved placement".
#pragma once

#include <optional>
#include <string>
#include <string_view>
#include <vector>

namespace portfolio {

struct WindowPlacement {
    int width = 1280, height = 860;  // logical pixels (before the screen's content scale)
    bool has_position = false;       // x and y are known
    int x = 0, y = 0;                // screen coordinates of the content area's top-left corner
    bool maximized = false;
};

struct ScreenRect {
    int x = 0, y = 0, width = 0, height = 0;
};

// {"width":1280,"height":860,"x":40,"y":60,"maximized":false} (x and y only when known).
std::string WindowPlacementJson(const WindowPlacement& placement);
// nullopt unless the text is a JSON object with a width and height between 200 and 16384 (and, if
// present, x and y within +-100000 and a boolean maximized).
std::optional<WindowPlacement> ParseWindowPlacement(std::string_view text);
// Whether a saved position still puts the window where it can be grabbed: the middle of its top edge
// (at most 100 px in) lies on one of the monitors' work areas. Monitors come and go between runs.
bool PlacementVisible(const WindowPlacement& placement, const std::vector<ScreenRect>& work_areas);

}  // namespace portfolio
