// The accessible mirror: collects the semantic items of a frame from ImGui's item hooks and the views'
// own calls, and reports them when their content or their rectangles changed.
#include "ui/a11y.h"

#include <algorithm>
#include <chrono>
#include <cmath>
#include <cstdio>

#include "core/links.h"
#include "imgui_internal.h"  // the context's TestEngine slot, the last item's flags, focus and activation by ID

namespace portfolio::ui::a11y {
namespace {

Mirror* Current() {
    ImGuiContext* g = ImGui::GetCurrentContext();
    return g ? static_cast<Mirror*>(static_cast<ItemObserver*>(g->TestEngine)) : nullptr;
}

double NowMs() { return std::chrono::duration<double, std::milli>(std::chrono::steady_clock::now().time_since_epoch()).count(); }

// Adds the time from its construction to its end to the mirror's cost of the frame.
class Spent {
public:
    explicit Spent(double& total) : total_(total), start_(NowMs()) {}
    ~Spent() { total_ += NowMs() - start_; }
    Spent(const Spent&) = delete;
    Spent& operator=(const Spent&) = delete;

private:
    double& total_;
    double start_;
};

// FNV-1a over the bytes of the content, so a frame that shows the same is told apart cheaply.
struct Hash {
    unsigned long long value = 1469598103934665603ull;
    void Add(const void* data, std::size_t size) {
        const auto* bytes = static_cast<const unsigned char*>(data);
        for (std::size_t i = 0; i < size; ++i) value = (value ^ bytes[i]) * 1099511628211ull;
    }
    void Add(const std::string& s) { Add(s.data(), s.size() + 1); }  // with its end, so "a"+"b" differs from "ab"+""
    void Add(int v) { Add(&v, sizeof v); }
};

bool IsContainer(Role role) { return role == Role::List || role == Role::ListItem || role == Role::End; }
int Pixel(float v) { return static_cast<int>(std::lround(v)); }

// The ImGui item just added, as a node: its label up to "##", its kind from the status flags ImGui reports.
Node ItemNode(const ImGuiContext& g, ImGuiID id, const char* label, int flags) {
    Node n;
    n.id = id;
    n.label.assign(label, ImGui::FindRenderedTextEnd(label));
    n.role = (flags & ImGuiItemStatusFlags_Inputable) ? Role::TextField : (flags & ImGuiItemStatusFlags_Checkable) ? Role::Checkbox : Role::Button;
    if (flags & ImGuiItemStatusFlags_Checked) n.state |= kChecked;
    if ((flags & ImGuiItemStatusFlags_Openable) && (flags & ImGuiItemStatusFlags_Opened)) n.state |= kExpanded;
    if (g.LastItemData.InFlags & ImGuiItemFlags_Disabled) n.state |= kDisabled;
    if (g.LastItemData.ID == id) {
        n.min = g.LastItemData.Rect.Min;
        n.max = g.LastItemData.Rect.Max;
    }
    return n;
}

// Tabs and line breaks separate fields and nodes: they become spaces. Icon glyphs (the private use area,
// U+E000-U+F8FF: UTF-8 EE xx xx and EF 80-A3 xx) mean nothing to a reader: left out.
void AppendField(std::string& out, std::string_view text) {
    for (std::size_t i = 0; i < text.size(); ++i) {
        const auto c = static_cast<unsigned char>(text[i]);
        if ((c == 0xEE || (c == 0xEF && i + 1 < text.size() && static_cast<unsigned char>(text[i + 1]) <= 0xA3)) && i + 2 < text.size()) {
            i += 2;
            continue;
        }
        out += (c == '\t' || c == '\n' || c == '\r') ? ' ' : static_cast<char>(c);
    }
}

}  // namespace

Mirror::~Mirror() {
    if (context_ && ImGui::GetCurrentContext() == context_ && context_->TestEngine == static_cast<ItemObserver*>(this)) {
        context_->TestEngine = nullptr;
        context_->TestEngineHookItems = false;
    }
}

void Mirror::Attach() {
    context_ = ImGui::GetCurrentContext();
    if (!context_) return;
    context_->TestEngine = static_cast<ItemObserver*>(this);
    context_->TestEngineHookItems = true;
}

void Mirror::NewFrame() {
    if (context_) {  // the last frame's, EndFrame included
        stats_.collect_ms = spent_ms_;
        stats_.total_ms += spent_ms_;
        ++stats_.frames;
    }
    nodes_.clear();
    text_ids_.clear();
    spent_ms_ = 0.0;
    window_item_ = 0;
    // A press goes through ImGui's own activation (what Enter on a focused control does): every widget
    // honours it the frame it is drawn in view, with its own behaviour (a toggle toggles, a field starts
    // editing). An item out of view is skipped by its widget: it is scrolled to first (a focus request).
    if (press_ && context_ && press_seen_) {
        ImGui::ActivateItemByID(press_);
        press_ = 0;
    } else if (press_ && press_frames_-- > 0) {
        focus_ = press_;
    } else {
        press_ = 0;
    }
    press_seen_ = false;
}

void Mirror::ItemAdd(unsigned id, float x0, float y0, float x1, float y1, bool window) {
    window_item_ = window ? id : 0;
    added_ = id;
    added_min_ = ImVec2(x0, y0);
    added_max_ = ImVec2(x1, y1);
    if (window || id != focus_ || !context_ || !context_->CurrentWindow) return;
    // The host's focus request meets its item: ImGui's keyboard focus moves there, shown, and scrolls to it.
    focus_ = 0;
    ImGuiContext& g = *context_;
    ImGui::SetFocusID(id, g.CurrentWindow);
    g.NavDisableHighlight = false;
    g.NavDisableMouseHover = true;
    ImGui::ScrollToRect(g.CurrentWindow, ImRect(x0, y0, x1, y1));
}

void Mirror::ItemInfo(unsigned id, const char* label, int flags) {
    if (id == window_item_ || !context_ || !label) return;
    Spent spent(spent_ms_);
    nodes_.push_back(ItemNode(*context_, id, label, flags));
    if (id == press_) press_seen_ = true;
}

void Mirror::Add(Node node) {
    Spent spent(spent_ms_);
    if (!IsContainer(node.role) && node.role != Role::Status) node.id = UniqueTextId(node.id);
    nodes_.push_back(std::move(node));
}

ImGuiID Mirror::UniqueTextId(ImGuiID id) {
    while (std::find(text_ids_.begin(), text_ids_.end(), id) != text_ids_.end()) id = id * 16777619u + 1u;
    text_ids_.push_back(id);
    return id;
}

void Mirror::Describe(Role role, std::string_view label, unsigned state, std::string_view url) {
    const ImGuiID id = ImGui::GetItemID();
    const bool reported = id != 0 && !nodes_.empty() && nodes_.back().id == id;
    if (!reported && (id == 0 || id != added_)) return;  // (a multi-line field adds its child window's items after its own)
    Spent spent(spent_ms_);
    if (!reported) nodes_.push_back(Node{id, role, 0, 0, added_min_, added_max_, {}, {}});
    Node& n = nodes_.back();
    n.role = role;
    n.label.assign(label);
    n.state |= state;
    if (role == Role::TextField) n.url.assign(url);  // a field's value
    else if (const CheckedUrl checked = CheckUrl(url); !url.empty() && checked.ok()) n.url = checked.url;
    if (role == Role::Link && n.url.empty()) n.role = Role::Button;  // a refused URL opens nothing: not a link
}

bool Mirror::EndFrame(std::string& out) {
    Spent spent(spent_ms_);
    // Controls nobody named (a hidden "##" label the view did not describe) say nothing useful: left out.
    nodes_.erase(std::remove_if(nodes_.begin(), nodes_.end(), [](const Node& n) { return !IsContainer(n.role) && n.label.empty(); }),
                 nodes_.end());
    focus_ = 0;  // a request whose item was not drawn is dropped
    const ImGuiID focused = context_ ? context_->NavId : 0;
    Hash content, geometry;
    content.Add(static_cast<int>(focused));
    for (const Node& n : nodes_) {
        content.Add(static_cast<int>(n.id));
        content.Add(static_cast<int>(n.role) | n.level << 8 | static_cast<int>(n.state) << 16);
        content.Add(n.label);
        content.Add(n.url);
        const int rect[4] = {Pixel(n.min.x), Pixel(n.min.y), Pixel(n.max.x), Pixel(n.max.y)};
        geometry.Add(rect, sizeof rect);
    }
    stats_.nodes = static_cast<int>(nodes_.size());
    const bool changed = content.value != content_hash_, moved = geometry.value != geometry_hash_;
    content_hash_ = content.value;
    geometry_hash_ = geometry.value;
    if (changed) ++stats_.updates;
    else if (moved) ++stats_.moves;
    if (changed || moved) out = FormatNodes(nodes_, focused);
    return changed || moved;
}

std::string FormatNodes(const std::vector<Node>& nodes, ImGuiID focused) {
    std::string out = std::to_string(focused) + "\n";
    out.reserve(nodes.size() * 64);
    char numbers[96];
    for (const Node& n : nodes) {
        std::snprintf(numbers, sizeof numbers, "%u\t%d\t%d\t%u\t%d\t%d\t%d\t%d\t", n.id, static_cast<int>(n.role), n.level, n.state,
                      Pixel(n.min.x), Pixel(n.min.y), Pixel(n.max.x - n.min.x), Pixel(n.max.y - n.min.y));
        out += numbers;
        AppendField(out, n.label);
        out += '\t';
        AppendField(out, n.url);
        out += '\n';
    }
    return out;
}

// ---- For the views ------------------------------------------------------------------------------------

void Heading(int level, std::string_view text) {
    Mirror* m = Current();
    if (!m || text.empty()) return;
    Node n{ImGui::GetID(text.data(), text.data() + text.size()), Role::Heading, static_cast<unsigned char>(level), 0,
           ImGui::GetItemRectMin(), ImGui::GetItemRectMax(), std::string(text), {}};
    m->Add(std::move(n));
}

void Text(std::string_view text, ImVec2 min, ImVec2 max) {
    Mirror* m = Current();
    if (!m || text.find_first_not_of(' ') == std::string_view::npos) return;
    m->Add(Node{ImGui::GetID(text.data(), text.data() + text.size()), Role::Text, 0, 0, min, max, std::string(text), {}});
}

void Text(std::string_view text) { Text(text, ImGui::GetItemRectMin(), ImGui::GetItemRectMax()); }

void Status(std::string_view text) {
    if (Mirror* m = Current()) m->Add(Node{ImGui::GetID("##status"), Role::Status, 0, 0, {}, {}, std::string(text), {}});
}

void Describe(Role role, std::string_view label, unsigned state, std::string_view url) {
    if (Mirror* m = Current()) m->Describe(role, label, state, url);
}

void BeginList(std::string_view label) {
    if (Mirror* m = Current()) m->Add(Node{ImGui::GetID("##list"), Role::List, 0, 0, {}, {}, std::string(label), {}});
}

void BeginListItem() {
    if (Mirror* m = Current()) m->Add(Node{ImGui::GetID("##item"), Role::ListItem, 0, 0, {}, {}, {}, {}});
}

void End() {
    if (Mirror* m = Current()) m->Add(Node{0, Role::End, 0, 0, {}, {}, {}, {}});
}

}  // namespace portfolio::ui::a11y
