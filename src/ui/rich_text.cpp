// Wrapped text with inline styles and links, laid out word by word across fonts.
#include "ui/rich_text.h"

#include <algorithm>
#include <array>

#include "core/search.h"
#include "imgui_internal.h"
#include "ui/widgets.h"

namespace portfolio::ui {

const std::vector<Span>& MarkupCache::Get(const std::string& markup) {
    Entry& entry = cache_[&markup];
    if (entry.text != markup || (entry.spans.empty() && !markup.empty())) entry = Entry{markup, ParseMarkup(markup)};
    return entry.spans;
}

RichTextStyle BodyText(const ViewContext& ctx) {
    const Palette& p = ctx.theme.palette;
    return RichTextStyle{ctx.fonts.body, ctx.fonts.body_bold, ctx.fonts.body_italic, p.text_muted, p.text, p.link,
                         ctx.theme.metrics.line_height};
}

void RichText(const ViewContext& ctx, const std::vector<Span>& spans, const RichTextStyle& style, float x, float width) {
    ImDrawList* dl = ImGui::GetWindowDrawList();
    const float size = FontSize(style.regular);
    const float line_h = Snap(size * style.line_height);
    const float top = ImGui::GetCursorScreenPos().y;
    const float baseline_pad = Snap((line_h - size) * 0.5f);
    const float right = x + width;
    float pen_x = x, pen_y = top;
    ImGuiStorage* storage = ImGui::GetStateStorage();
    // A link is one Tab stop, however many words and spans (a bold word inside it) it has: its first word.
    // The rest of its words take the mouse but not the keyboard focus; the ring follows the whole link.
    bool link_focused = false;
    int ring_lines = 0;  // lines of the focused link ringed so far

    for (std::size_t si = 0; si < spans.size(); ++si) {
        const Span& span = spans[si];
        const ImFont* font = span.bold ? style.bold : span.italic ? style.italic : style.regular;
        const bool is_link = !span.url.empty();
        const bool continues_link = is_link && si > 0 && spans[si - 1].url == span.url;
        if (!continues_link) {
            link_focused = false;
            ring_lines = 0;
        }
        ImGui::PushID(static_cast<int>(si));
        ImGui::PushID(span.url.c_str());  // two links in one block never share an id
        const ImGuiID link_id = ImGui::GetID("link");
        const bool link_hot = is_link && storage->GetBool(link_id, false);  // hovered on the previous frame
        bool link_hovered_now = false;
        const ImU32 color = is_link ? style.link_color : (span.bold ? style.bold_color : style.color);

        // A short link (a name: "Yang You") is kept on one line: it moves to the next line whole.
        if (is_link && !continues_link && pen_x > x) {
            const std::string_view text = std::string_view(span.text).substr(0, span.text.find_last_not_of(' ') + 1);
            const float link_w = font->CalcTextSizeA(size, FLT_MAX, 0.0f, text.data(), text.data() + text.size()).x;
            if (pen_x + link_w > right && link_w <= width * 0.4f && text.find('\n') == std::string_view::npos) {
                pen_x = x;
                pen_y += line_h;
            }
        }
        const char* s = span.text.data();
        const char* end = s + span.text.size();
        int piece = 0;
        // A link's underline runs from its first to its last word on each line it occupies.
        float ul_x0 = 0.0f, ul_x1 = -1.0f, ul_y = 0.0f;
        auto flush_underline = [&] {
            if (ul_x1 > ul_x0 && (link_hot || style.underline_idle))
                dl->AddLine(ImVec2(ul_x0, ul_y), ImVec2(ul_x1, ul_y), link_hot ? style.link_color : WithAlpha(style.link_color, 0.35f),
                            link_hot ? 1.5f : 1.0f);
            if (ul_x1 > ul_x0 && link_focused) {
                const std::array<float, 4> first_line = ctx.state.focus.ring;
                DrawFocusRing(ctx, ImVec2(ul_x0 - 1.0f, pen_y), ImVec2(ul_x1 + 1.0f, pen_y + line_h), 4.0f);
                if (ring_lines++ > 0) ctx.state.focus.ring = first_line;  // the one recorded surrounds the Tab stop
            }
            ul_x1 = -1.0f;
        };
        while (s < end) {
            if (*s == '\n') {
                flush_underline();
                pen_x = x;
                pen_y += line_h;
                ++s;
                continue;
            }
            // A word with its trailing spaces.
            const char* word_end = s;
            while (word_end < end && *word_end != ' ' && *word_end != '\n') ++word_end;
            const char* spaces_end = word_end;
            while (spaces_end < end && *spaces_end == ' ') ++spaces_end;
            float word_w = font->CalcTextSizeA(size, FLT_MAX, 0.0f, s, word_end).x;
            const float full_w = font->CalcTextSizeA(size, FLT_MAX, 0.0f, s, spaces_end).x;
            if (pen_x + word_w > right && pen_x > x) {
                flush_underline();
                pen_x = x;
                pen_y += line_h;
                if (*s == ' ') continue;
            }
            // A word wider than the whole line is broken at the line end.
            const char* draw_end = spaces_end;
            if (word_w > width) {
                draw_end = font->CalcWordWrapPositionA(1.0f, s, word_end, (right - pen_x) * font->FontSize / size);
                if (draw_end == s) draw_end = s + 1;
                word_w = font->CalcTextSizeA(size, FLT_MAX, 0.0f, s, draw_end).x;
            }
            const float draw_w = draw_end == spaces_end ? full_w : word_w;
            const ImVec2 pos(Snap(pen_x), pen_y + baseline_pad);
            if (is_link) {
                ImGui::SetCursorScreenPos(ImVec2(pos.x, pen_y));
                ImGui::PushID(piece++);
                const float hit_w = std::max(1.0f, draw_end == spaces_end ? word_w : draw_w);
                const bool tab_stop = piece == 1 && !continues_link;
                if (!tab_stop) ImGui::PushItemFlag(ImGuiItemFlags_NoTabStop | ImGuiItemFlags_NoNav, true);
                if (ImGui::InvisibleButton("##a", ImVec2(hit_w, line_h))) OpenLink(ctx, span.url);
                if (!tab_stop) ImGui::PopItemFlag();
                if (ImGui::IsItemHovered()) {
                    link_hovered_now = true;
                    ImGui::SetMouseCursor(ImGuiMouseCursor_Hand);
                    ctx.state.hovered_link = span.url;
                }
                if (tab_stop) link_focused = AddFocusStop(ctx);
                ImGui::PopID();
            }
            if (span.mark && word_w > 0.0f)
                dl->AddRectFilled(ImVec2(pos.x - 1.0f, pos.y - 1.0f), ImVec2(pos.x + (draw_end == spaces_end && spaces_end != end ? draw_w : word_w) + 1.0f, pos.y + size + 2.0f),
                                  style.mark_color, 3.0f);
            dl->AddText(font, size, pos, color, s, draw_end);
            if (is_link && word_w > 0.0f) {
                if (ul_x1 < 0.0f) {
                    ul_x0 = pos.x;
                    ul_y = pos.y + size + 1.0f;
                }
                ul_x1 = pos.x + word_w;
            }
            pen_x += draw_w;
            s = draw_end;
        }
        flush_underline();
        if (is_link) storage->SetBool(link_id, link_hovered_now);
        ImGui::PopID();
        ImGui::PopID();
    }
    ImGui::SetCursorScreenPos(ImVec2(x, top));
    ImGui::Dummy(ImVec2(width, pen_y + line_h - top));
}

std::vector<Span> MarkMatches(const std::string& text, const std::vector<std::string>& words, bool bold, const std::string& url) {
    std::vector<Span> out;
    std::size_t at = 0;
    for (const auto& [begin, end] : FindMatches(text, words)) {
        if (begin > at) out.push_back(Span{text.substr(at, begin - at), bold, false, url});
        out.push_back(Span{text.substr(begin, end - begin), bold, false, url, true});
        at = end;
    }
    if (at < text.size() || out.empty()) out.push_back(Span{text.substr(at), bold, false, url});
    return out;
}

void Markup(const ViewContext& ctx, const std::string& markup, const RichTextStyle& style, float x, float width) {
    RichText(ctx, ctx.markup.Get(markup), style, x, width);
}

}  // namespace portfolio::ui
