// What every section view receives: the profile (read-only), the small UI state it may change,
// the theme and fonts, and the host's services (opening links, the clipboard, today's date).
#pragma once

#include <functional>
#include <map>
#include <string>
#include <unordered_map>
#include <vector>

#include "core/load.h"
#include "core/markup.h"
#include "core/profile.h"
#include "imgui.h"
#include "ui/fonts.h"
#include "ui/theme.h"

namespace portfolio::ui {

// Parsed inline markup per source string; keyed by the string's address, valid while the profile lives.
class MarkupCache {
public:
    const std::vector<Span>& Get(const std::string& markup);
    void Clear() { cache_.clear(); }

private:
    std::unordered_map<const std::string*, std::vector<Span>> cache_;
};

// The visitor's state: small, plain, owned by the App; views change it in response to input.
struct UiState {
    std::string copied_what;           // what was copied last ("email"), for the confirmation
    double copied_at = -100.0;         // ImGui time of the last copy
    bool diagnostics_open = true;      // the error panel is expanded
    std::map<std::string, float> section_y;  // content y of each section (for navigation and the JS API)
    std::string scroll_to;             // section to scroll to on the next frame
    std::string hovered_link;          // URL under the pointer (shown in a status tooltip)
};

struct Host {
    std::function<void(const std::string& url)> open_url;  // receives only checked http/https/mailto URLs
};

struct ViewContext {
    const Profile& profile;
    const std::vector<Diagnostic>& diagnostics;
    UiState& state;
    const Theme& theme;
    const Fonts& fonts;
    MarkupCache& markup;
    const Host& host;
    Date today;
    float x = 0.0f;       // left edge of the content column (window coordinates)
    float width = 0.0f;   // width of the content column
    bool compact = false; // phone-width layout
};

}  // namespace portfolio::ui
