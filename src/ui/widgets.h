// Small widgets the sections are built from: cards, pills, link buttons, icon buttons, headings, and a
// flow layout that wraps inline items across lines. All draw with the theme; none owns data.
#pragma once

#include <string>
#include <string_view>

#include "imgui.h"
#include "ui/view.h"

namespace portfolio::ui {

inline float Snap(float v) { return static_cast<float>(static_cast<int>(v + (v >= 0 ? 0.5f : -0.5f))); }  // to whole pixels
float FontSize(const ImFont* font);  // the font's logical pixel size
ImVec2 TextSize(const ImFont* font, std::string_view text);
void DrawText(const ImFont* font, ImVec2 pos, ImU32 color, std::string_view text);

// Checks the URL (http, https, mailto only) and hands it to the host; refused URLs do nothing.
void OpenLink(const ViewContext& ctx, const std::string& url);

// A card: content is laid out inside; the background, border and soft shadow are drawn behind it
// once its height is known. A card lifts, with an accent border, while hovered or while the keyboard
// focus is on a control inside it.
class Card {
public:
    Card(const ViewContext& ctx, float x, float width, float padding = -1.0f);
    ~Card();
    Card(const Card&) = delete;
    Card& operator=(const Card&) = delete;
    float InnerX() const { return x_ + pad_; }
    float InnerWidth() const { return width_ - 2 * pad_; }
    float Top() const { return top_; }

private:
    const ViewContext& ctx_;
    ImDrawListSplitter splitter_;
    float x_, width_, pad_, top_;
    bool focus_drawn_before_;  // the focused control was drawn before the card began
};

// Places inline items left to right and wraps at the right edge.
class Flow {
public:
    Flow(float x, float width, float gap_x = 8.0f, float gap_y = 8.0f);
    ImVec2 Place(ImVec2 size);  // returns the item's top-left in screen space and moves the cursor there
    void End();                 // moves the cursor below the last row
private:
    float x0_, right_, gap_x_, gap_y_;
    float x_, y_, row_h_ = 0.0f;
    bool any_ = false;
};

struct PillStyle {
    const ImFont* font;
    ImU32 background, text, border = 0;
    const char* icon = nullptr;
    float pad_x = 10.0f, pad_y = 4.0f;
    const ImFont* icon_font = nullptr;  // the icon's, when `font` has none merged in (ui/fonts.h); nullptr: `font`
    const ImFont* IconFont() const { return icon_font ? icon_font : font; }
};
ImVec2 PillSize(const PillStyle& style, std::string_view text);
// Draws a pill at the cursor (or through a Flow); returns true when clicked if `interactive`. An interactive
// pill drawn without a ViewContext shows its focus ring but is not in ctx.state.focus: prefer PillButton.
bool Pill(const char* id, const PillStyle& style, std::string_view text, bool interactive = false);
// A pill that is a button: pressed by a click, Enter or Space; shows the focus ring.
bool PillButton(const ViewContext& ctx, const char* id, const PillStyle& style, std::string_view text);

// "[icon] Label" button that opens url; its tooltip shows the URL.
bool LinkButton(const ViewContext& ctx, const char* icon, std::string_view label, const std::string& url, Flow* flow = nullptr);
// A round icon-only button with a tooltip; opens url when given, returns clicked.
bool IconButton(const ViewContext& ctx, const char* id, const char* icon, std::string_view tooltip, const std::string& url,
                float diameter = 38.0f);
// A primary or secondary action button (not a link).
// An action button's pill style (ActionButton's size and look, to measure it before drawing).
PillStyle ActionStyle(const ViewContext& ctx, const char* icon, bool primary);
bool ActionButton(const ViewContext& ctx, const char* id, const char* icon, std::string_view label, bool primary);

// Section title with a short accent rule; records the section's position for navigation.
void SectionHeading(const ViewContext& ctx, const char* section_id, const char* icon, std::string_view title,
                    std::string_view subtitle = {});
// Text as it is drawn: right-to-left text shaped and put in visual order (core/bidi.h) in `storage`,
// any other text as it is. TextSize, DrawText, TextLine and RichText all draw through it.
std::string_view ShownText(std::string_view text, std::string& storage);
// One line of text at the cursor in the given font and colour, wrapped to the column; to a screen reader a
// paragraph, or a heading of that level.
void TextLine(const ViewContext& ctx, const ImFont* font, ImU32 color, std::string_view text, float x, float width, int heading = 0);
void VerticalSpace(float pixels);
// Records the last item's rectangle under `name` in ctx.state.targets (and in ctx.state.focus.target
// when it has the keyboard focus).
void RecordTarget(const ViewContext& ctx, const std::string& name);

// Keyboard focus (Tab, Shift+Tab; Enter or Space presses). Every control Tab reaches calls FocusRing right
// after its ImGui item: while the keyboard moves the focus and the item has it, a ring in the theme's focus
// colour is drawn around the control's shape (the item's rectangle, or [min, max] when the control is drawn
// bigger than its item) with the shape's corner radius; and the control joins ctx.state.focus.stops, where
// App finds a new place for a focus whose control disappeared.
void FocusRing(const ViewContext& ctx, float rounding);
void FocusRing(const ViewContext& ctx, ImVec2 min, ImVec2 max, float rounding);
// The two halves of FocusRing, for a control drawn in pieces (a link wrapped over lines): the last item
// joins the stops (true: it shows keyboard focus), and a ring is drawn around one piece.
bool AddFocusStop(const ViewContext& ctx);
void DrawFocusRing(const ViewContext& ctx, ImVec2 min, ImVec2 max, float rounding);

}  // namespace portfolio::ui
