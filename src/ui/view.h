// What every section view receives: the profile (read-only), the small UI state it may change,
// the theme and fonts, and the host's services (opening links, the clipboard, today's date).
#pragma once

#include <array>
#include <functional>
#include <map>
#include <optional>
#include <string>
#include <unordered_map>
#include <vector>

#include "core/contact.h"
#include "core/host.h"
#include "core/load.h"
#include "core/markup.h"
#include "core/profile.h"
#include "core/timezone.h"
#include "imgui.h"
#include "ui/effects.h"
#include "ui/fonts.h"
#include "ui/publications_state.h"
#include "ui/theme.h"

namespace portfolio::ui {

// Parsed inline markup per source string, looked up by the string's address and checked against a
// copy of its text, so a string that changed (or a temporary whose address was reused) is parsed again.
class MarkupCache {
public:
    const std::vector<Span>& Get(const std::string& markup);
    void Clear() { cache_.clear(); }

private:
    struct Entry {
        std::string text;
        std::vector<Span> spans;
    };
    std::unordered_map<const std::string*, Entry> cache_;
};

// The contact panel's composer, and what the panel showed last frame (for the JS state API and tests).
struct ContactState {
    ContactPurpose purpose = ContactPurpose::Collaboration;
    std::string paper_id;                              // the paper a question is about ("" = not chosen yet)
    std::array<char, kMaxMessageBytes + 1> message{};  // the visitor's own lines (the text box's buffer)
    std::string card_saved;                            // where the contact card went, or why it could not be saved
    bool card_saved_ok = false;
    std::optional<std::string> visitor_zone;           // the visitor's IANA zone, asked once ("" = unknown)
    // Shown last frame:
    std::string mailto;                                // the composed link "Open in mail app" opens
    std::string subject;
    OwnerClock clock;
    std::vector<AvailabilityStatus> statuses;          // per profile.availability entry
};

// The keyboard focus as this frame drew it (ui/widgets.h FocusRing): the controls Tab can reach, in Tab
// order, and what the focus showed; read by App to keep the focus on the page (app.cpp), and by tests.
struct FocusStop {
    ImGuiID id = 0;
    ImGuiID window = 0;       // the ImGui window it is in
    ImGuiID focus_scope = 0;  // ImGui's focus scope it was drawn in
    ImVec2 min, max;          // its item's screen rectangle
};
struct FocusState {
    std::vector<FocusStop> stops;
    std::array<float, 4> ring{};  // the focus ring drawn (x, y, w, h), all 0 when none
    std::array<float, 4> card{};  // the card raised because the focus is inside it, all 0 when none
    std::string target;           // the targets name of the focused control, "" when it has none
    ImGuiID kept = 0;             // the control that had the focus last (kept across frames)
    void NewFrame() {  // `kept` stays
        stops.clear();
        ring = card = {};
        target.clear();
    }
};

// The visitor's theme: Light or Dark, or Auto to follow the system's preference.
enum class ThemeChoice { Auto, Light, Dark };

// The visitor's state: small, plain, owned by the App; views change it in response to input.
struct UiState {
    std::string copied_what;           // what was copied last ("email"), for the confirmation
    double copied_at = -100.0;         // ImGui time of the last copy
    bool diagnostics_open = true;      // the error panel is expanded
    std::map<std::string, float> section_y;  // content y of each section (for navigation and the JS API)
    std::string scroll_to;             // section to scroll to on the next frame
    std::string hovered_link;          // URL under the pointer (shown in a status tooltip)
    std::string visitor_file;          // web: the name of the visitor's own file on screen, "" for the bundled profile
    bool open_bundled = false;         // the visitor asked for the bundled profile again (done after the frame)
    bool reduced_motion = false;       // the visitor asked for no animation
    bool animating = false;            // something moved this frame and needs the next one
    PublicationsState publications;
    // The publications of each project (Profile::PublicationsOfProject), found once per profile on first
    // use: a scan of every publication per project card and frame cost milliseconds at 100k.
    std::unordered_map<std::string, std::vector<std::size_t>> publications_of_project;
    EffectList effects;                // shader effects requested this frame (see ui/effects.h)
    // Screen rectangles (x, y, w, h) of named controls drawn this frame ("facet:topic:video", "search",
    // "sort:oldest", ...), published in the state JSON so tests and embedders can find them.
    std::map<std::string, std::array<float, 4>> targets;
    ContactState contact;
    std::string requested_topic_filter;  // topic id chosen from the contact panel's interests, for the publications
    bool help_open = false;              // the keyboard help ("?") is shown over the page
    ThemeChoice theme_choice = ThemeChoice::Auto;  // the help's Appearance switch sets it; App applies it after the frame
    FocusState focus;                    // the keyboard focus, as this frame drew it
};

// A profile image (core/image.h) uploaded as a texture by the host, by its reference in the profile.
struct ImageTexture {
    ImTextureID texture = nullptr;
    int width = 0;
    int height = 0;
};
using ImageTextures = std::map<std::string, ImageTexture>;

// The host's services (core/host.h) and, from the renderer, image textures.
struct Host : HostServices {
    // Uploads a decoded image as a texture (called during Frame, with the GL context current) and frees
    // one. Without them (headless) the generated emblem and the monogram are drawn instead.
    std::function<ImTextureID(const RgbaImage& image)> create_texture = {};
    std::function<void(ImTextureID texture)> delete_texture = {};
    // Shows the profile the page was built with again, after a visitor's own file (App::SetVisitorFile).
    std::function<void()> open_bundled = {};
};

struct ViewContext {
    const Profile& profile;
    const std::vector<Diagnostic>& diagnostics;
    UiState& state;
    const Theme& theme;
    const Fonts& fonts;
    MarkupCache& markup;
    const Host& host;
    const QueryResult& query;              // the publication query, run for this frame's filter (core/query.h)
    const PublicationIndex* index;         // what it ran over; nullptr without publications
    const std::string& folder;             // the folder of the profile file shown ("" on the web)
    Date today;
    float x = 0.0f;       // left edge of the content column (window coordinates)
    float width = 0.0f;   // width of the content column
    bool compact = false; // phone-width layout
    const ImageTextures* images = nullptr;  // the profile's images that could be shown

    // The texture for a profile image reference, or nullptr (no image, or it could not be loaded).
    const ImageTexture* Image(const std::string& reference) const {
        if (!images || reference.empty()) return nullptr;
        const auto it = images->find(reference);
        return it == images->end() || !it->second.texture ? nullptr : &it->second;
    }
};

// The name the header shows in the display font: the owner's, or a placeholder for a profile without one.
std::string ShownName(const Basics& basics);

}  // namespace portfolio::ui
