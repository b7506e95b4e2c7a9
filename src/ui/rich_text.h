// Wrapped text with inline styles and links, laid out word by word across fonts.
// Links underline on hover, show the hand cursor and their URL, open on click, and are keyboard-focusable.
#pragma once

#include <vector>

#include "core/markup.h"
#include "ui/view.h"

namespace portfolio::ui {

struct RichTextStyle {
    const ImFont* regular;
    const ImFont* bold;
    const ImFont* italic;
    ImU32 color;
    ImU32 bold_color;
    ImU32 link_color;
    float line_height = 1.55f;  // multiple of the font size
    bool underline_idle = true; // links show a faint underline at rest (body text); titles only on hover
    ImU32 mark_color = IM_COL32(255, 214, 102, 110);  // behind search matches
};

// Splits text into spans, marking the byte ranges that match the search (see core/search.h).
std::vector<Span> MarkMatches(const std::string& text, const std::vector<std::string>& words, bool bold = false,
                              const std::string& url = "");

RichTextStyle BodyText(const ViewContext& ctx);
// Lays out and draws spans at the cursor within [x, x + width]; advances the cursor below the text.
void RichText(const ViewContext& ctx, const std::vector<Span>& spans, const RichTextStyle& style, float x, float width);
// Convenience: markup source string -> cached spans -> RichText; blank lines separate paragraphs.
void Markup(const ViewContext& ctx, const std::string& markup, const RichTextStyle& style, float x, float width);

}  // namespace portfolio::ui
