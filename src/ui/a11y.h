// The accessible mirror of the canvas: each frame, the semantic items the UI shows (headings, text, links,
// buttons, toggles, text fields, lists) in reading order, with their state and rectangle, for a host that
// shows them to assistive technology (the web page's hidden DOM layer, platform/web_library.js).
//
// ImGui's own items arrive through its test-engine hooks (IMGUI_ENABLE_TEST_ENGINE, portfolio_imconfig.h):
// every item's ID, rectangle, label and status flags. What ImGui cannot know is said by the widgets:
// headings and text they draw themselves, and a label for controls whose ImGui label is hidden ("##chip").
//
//   Mirror mirror; mirror.Attach();         // once, after ImGui::CreateContext(): the hooks report to it
//   mirror.NewFrame();                       // before ImGui::NewFrame(): applies the host's requests
//   ... views call a11y::Heading, a11y::Describe, a11y::BeginList ...
//   if (mirror.EndFrame(text)) host(text);   // after ImGui::Render(): the nodes, when they changed
//
// Without an attached mirror (headless tests, the desktop) every call below does nothing.
#pragma once

#include <string>
#include <string_view>
#include <vector>

#include "imgui.h"

namespace portfolio::ui::a11y {

enum class Role : unsigned char { Text, Heading, Link, Button, Toggle, Checkbox, TextField, Status, List, ListItem, End };
inline constexpr unsigned kChecked = 1, kExpanded = 2, kSelected = 4, kDisabled = 8;  // Node::state bits

struct Node {
    ImGuiID id = 0;  // ImGui's item ID; for text and headings a hash of the text (made unique in the frame)
    Role role = Role::Text;
    unsigned char level = 0;  // headings: 1-3
    unsigned state = 0;       // kChecked | kExpanded | ...: pressed or checked, open, chosen, unavailable
    ImVec2 min, max;          // screen rectangle (logical pixels)
    std::string label, url;   // url: links only, already checked (http, https, mailto)
};

// What the mirror cost, for the state API and tests/web/a11y-cost.mjs.
struct MirrorStats {
    int nodes = 0;                 // in the last frame
    double collect_ms = 0.0;       // the last finished frame's C++ time in the hooks, the views' calls and EndFrame
    double total_ms = 0.0;         // the same over all frames since the start (timers are coarse on the web: a mean is exact)
    unsigned long frames = 0;
    unsigned long updates = 0;     // frames whose semantic content changed (labels, roles, states, order, focus)
    unsigned long moves = 0;       // frames where only rectangles changed (scrolling)
};

class Mirror : public ItemObserver {
public:
    Mirror() = default;
    Mirror(const Mirror&) = delete;
    Mirror& operator=(const Mirror&) = delete;
    ~Mirror();
    void Attach();  // to the current ImGui context: its hooks report here from now on
    void NewFrame();
    // True when the nodes changed since the last call; `out` then holds them (FormatNodes).
    bool EndFrame(std::string& out);
    // The host's requests: press an item (as Enter would; one out of view is scrolled to first), give it the
    // keyboard focus (scrolled into view).
    void RequestPress(ImGuiID id) { press_ = id, press_frames_ = kPressFrames; }
    void RequestFocus(ImGuiID id) { focus_ = id; }
    const MirrorStats& Stats() const { return stats_; }
    const std::vector<Node>& Nodes() const { return nodes_; }

    void ItemAdd(unsigned id, float x0, float y0, float x1, float y1, bool window) override;
    void ItemInfo(unsigned id, const char* label, int flags) override;
    void Add(Node node);
    // Names the last ImGui item: its node if ImGui reported it, else (out of view: ImGui skips the widget) a new one.
    void Describe(Role role, std::string_view label, unsigned state, std::string_view url);

private:
    ImGuiContext* context_ = nullptr;
    std::vector<Node> nodes_;
    std::vector<ImGuiID> text_ids_;  // this frame's ids of text nodes, sorted, to make repeats unique
    unsigned long long content_hash_ = 0, geometry_hash_ = 0;
    static constexpr int kPressFrames = 8;  // a press waits this many frames for its item to scroll into view
    ImGuiID press_ = 0, focus_ = 0;
    int press_frames_ = 0;
    bool press_seen_ = false;   // the pressed item was drawn in view last frame
    ImGuiID window_item_ = 0;   // the last ItemAdd was a window's, not a control's
    ImGuiID added_ = 0;         // the last item ImGui added, and its rectangle
    ImVec2 added_min_, added_max_;
    double spent_ms_ = 0.0;
    MirrorStats stats_;
    ImGuiID UniqueTextId(ImGuiID id);
};

// One line per node: id, role, level, state, x, y, w, h, label, url (tab-separated; tabs and line breaks in
// the text become spaces), after a first line with the ImGui item that has the keyboard focus.
std::string FormatNodes(const std::vector<Node>& nodes, ImGuiID focused);

// For the views. The rectangle is the last ImGui item's unless given.
void Heading(int level, std::string_view text);
void Text(std::string_view text, ImVec2 min, ImVec2 max);
void Text(std::string_view text);
void Status(std::string_view text);  // announced politely when it changes (filter results)
// Names the last ImGui item (its label is hidden or an icon) and says what it is.
void Describe(Role role, std::string_view label, unsigned state = 0, std::string_view url = {});
void BeginList(std::string_view label);
void BeginListItem();
void End();  // closes the last BeginList / BeginListItem

}  // namespace portfolio::ui::a11y
