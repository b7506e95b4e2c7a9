// Wrapped text with inline styles and links, laid out word by word across fonts.
#include "ui/rich_text.h"

#include <algorithm>

#include "core/search.h"
#include "ui/widgets.h"

namespace portfolio::ui {

const std::vector<Span>& MarkupCache::Get(const std::string& markup) {
    auto it = cache_.find(&markup);
    if (it == cache_.end()) it = cache_.emplace(&markup, ParseMarkup(markup)).first;
    return it->second;
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

    for (std::size_t si = 0; si < spans.size(); ++si) {
        const Span& span = spans[si];
        const ImFont* font = span.bold ? style.bold : span.italic ? style.italic : style.regular;
        const bool is_link = !span.url.empty();
        ImGui::PushID(static_cast<int>(si));
        const ImGuiID link_id = ImGui::GetID(span.url.c_str());
        const bool link_hot = is_link && storage->GetBool(link_id, false);  // hovered on the previous frame
        bool link_hovered_now = false;
        const ImU32 color = is_link ? style.link_color : (span.bold ? style.bold_color : style.color);

        const char* s = span.text.data();
        const char* end = s + span.text.size();
        int piece = 0;
        // A link's underline runs from its first to its last word on each line it occupies.
        float ul_x0 = 0.0f, ul_x1 = -1.0f, ul_y = 0.0f;
        auto flush_underline = [&] {
            if (ul_x1 > ul_x0 && (link_hot || style.underline_idle))
                dl->AddLine(ImVec2(ul_x0, ul_y), ImVec2(ul_x1, ul_y), link_hot ? style.link_color : WithAlpha(style.link_color, 0.35f),
                            link_hot ? 1.5f : 1.0f);
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
                if (ImGui::InvisibleButton("##a", ImVec2(hit_w, line_h))) OpenLink(ctx, span.url);
                if (ImGui::IsItemHovered()) {
                    link_hovered_now = true;
                    ImGui::SetMouseCursor(ImGuiMouseCursor_Hand);
                    ctx.state.hovered_link = span.url;
                }
                if (ImGui::IsItemFocused() && ImGui::GetIO().NavVisible)
                    dl->AddRect(ImVec2(pos.x - 2, pen_y), ImVec2(pos.x + hit_w + 2, pen_y + line_h), style.link_color, 4.0f);
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
