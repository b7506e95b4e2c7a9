// Wrapped text with inline styles and links, laid out word by word across fonts.
#include "ui/rich_text.h"

#include "core/bidi.h"

#include <algorithm>
#include <array>
#include <cmath>

#include "core/search.h"
#include "imgui_internal.h"
#include "ui/a11y.h"
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

namespace {

// One block of rich text being laid out: the pen, the line metrics, and the keyboard focus of the link
// being drawn. A link is one Tab stop, however many words and spans (a bold word inside it) it has: its
// first word. The rest of its words take the mouse but not the keyboard focus; the ring follows the link.
class RichLayout {
public:
    // `rtl`: the paragraph reads from the right (core/bidi.h): each line fills from the right edge.
    RichLayout(const ViewContext& ctx, const RichTextStyle& style, float x, float width, bool rtl)
        : ctx_(ctx), style_(style), dl_(ImGui::GetWindowDrawList()), size_(FontSize(style.regular)),
          line_h_(Snap(size_ * style.line_height)), x_(x), width_(width), right_(x + width), pen_x_(x),
          pen_y_(ImGui::GetCursorScreenPos().y), rtl_(rtl) {
        baseline_pad_ = Snap((line_h_ - size_) * 0.5f);
    }
    void Draw(const std::vector<Span>& spans, std::size_t si);
    float Bottom() const { return pen_y_ + line_h_; }

private:
    // The span being drawn, and its link's state on this line.
    struct Run {
        const Span& span;
        const ImFont* font;
        bool is_link, continues_link, link_hot = false, hovered_now = false;
        ImU32 color = 0;
        int piece = 0;
        std::string link_text = {};  // the whole link's text, over the spans it continues in (for a screen reader)
        float ul_x0 = 0.0f, ul_x1 = -1.0f, ul_y = 0.0f;  // the underline from the first to the last word on this line
    };
    void NewLine() {
        pen_x_ = x_;
        pen_y_ += line_h_;
        run_end_ = nullptr;
    }
    void StartLeftToRightRun(const Run& r, const char* s, const char* end);
    void KeepLinkTogether(const Run& r);
    void FlushUnderline(Run& r);
    const char* Word(Run& r, const char* s, const char* end);
    void LinkHit(Run& r, ImVec2 pos, float hit_w);

    const ViewContext& ctx_;
    const RichTextStyle& style_;
    ImDrawList* dl_;
    float size_, line_h_, baseline_pad_ = 0.0f, x_, width_, right_, pen_x_, pen_y_;
    bool rtl_ = false;
    // In a right-to-left paragraph, the left-to-right words that follow one another on this line ("Yang
    // You", "ML systems") keep their order: the run is placed as a whole, from `run_left_`, at the pen
    // position `run_pen_` where it starts, up to `run_end_` in the span's text.
    const char* run_end_ = nullptr;
    float run_left_ = 0.0f, run_pen_ = 0.0f;
    bool link_focused_ = false;
    int ring_lines_ = 0;  // lines of the focused link ringed so far
};

void RichLayout::Draw(const std::vector<Span>& spans, std::size_t si) {
    const Span& span = spans[si];
    const bool is_link = !span.url.empty();
    Run r{span, span.bold ? style_.bold : span.italic ? style_.italic : style_.regular, is_link,
          is_link && si > 0 && spans[si - 1].url == span.url};
    if (!r.continues_link) {
        link_focused_ = false;
        ring_lines_ = 0;
        for (std::size_t j = si; is_link && j < spans.size() && spans[j].url == span.url; ++j) r.link_text += spans[j].text;
    }
    ImGui::PushID(static_cast<int>(si));
    ImGui::PushID(span.url.c_str());  // two links in one block never share an id
    ImGuiStorage* storage = ImGui::GetStateStorage();
    const ImGuiID link_id = ImGui::GetID("link");
    r.link_hot = is_link && storage->GetBool(link_id, false);  // hovered on the previous frame
    r.color = is_link ? style_.link_color : (span.bold ? style_.bold_color : style_.color);
    if (is_link && !r.continues_link && pen_x_ > x_) KeepLinkTogether(r);
    run_end_ = nullptr;  // a run lies within one span's text
    const char* s = span.text.data();
    const char* end = s + span.text.size();
    while (s < end) {
        if (*s == '\n') {
            FlushUnderline(r);
            NewLine();
            ++s;
            continue;
        }
        s = Word(r, s, end);
    }
    FlushUnderline(r);
    if (is_link) storage->SetBool(link_id, r.hovered_now);
    ImGui::PopID();
    ImGui::PopID();
}

// A short link (a name: "Yang You") is kept on one line: it moves to the next line whole.
void RichLayout::KeepLinkTogether(const Run& r) {
    const std::string_view text = std::string_view(r.span.text).substr(0, r.span.text.find_last_not_of(' ') + 1);
    const float link_w = r.font->CalcTextSizeA(size_, FLT_MAX, 0.0f, text.data(), text.data() + text.size()).x;
    if (pen_x_ + link_w > right_ && link_w <= width_ * 0.4f && text.find('\n') == std::string_view::npos) NewLine();
}

void RichLayout::FlushUnderline(Run& r) {
    if (r.ul_x1 > r.ul_x0 && (r.link_hot || style_.underline_idle))
        dl_->AddLine(ImVec2(r.ul_x0, r.ul_y), ImVec2(r.ul_x1, r.ul_y), r.link_hot ? style_.link_color : WithAlpha(style_.link_color, 0.35f),
                     r.link_hot ? 1.5f : 1.0f);
    if (r.ul_x1 > r.ul_x0 && link_focused_) {
        const std::array<float, 4> first_line = ctx_.state.focus.ring;
        DrawFocusRing(ctx_, ImVec2(r.ul_x0 - 1.0f, pen_y_), ImVec2(r.ul_x1 + 1.0f, pen_y_ + line_h_), 4.0f);
        if (ring_lines_++ > 0) ctx_.state.focus.ring = first_line;  // the one recorded surrounds the Tab stop
    }
    r.ul_x1 = -1.0f;
}

// Draws a word with its trailing spaces (wrapping first when it does not fit); returns where the next starts.
// A word with right-to-left letters is drawn shaped and in visual order; in a right-to-left paragraph the
// words go from the right edge leftwards.
const char* RichLayout::Word(Run& r, const char* s, const char* end) {
    const char* word_end = s;
    while (word_end < end && *word_end != ' ' && *word_end != '\n') ++word_end;
    const char* spaces_end = word_end;
    while (spaces_end < end && *spaces_end == ' ') ++spaces_end;
    const std::string_view logical(s, static_cast<std::size_t>(word_end - s));
    std::string visual;
    const bool rtl_word = HasRightToLeft(logical);
    if (rtl_word) visual = VisualLine(logical, rtl_);
    const char* shown = rtl_word ? visual.data() : s;
    const char* shown_end = rtl_word ? visual.data() + visual.size() : word_end;
    float word_w = r.font->CalcTextSizeA(size_, FLT_MAX, 0.0f, shown, shown_end).x;
    const float full_w = word_w + r.font->CalcTextSizeA(size_, FLT_MAX, 0.0f, word_end, spaces_end).x;
    if (pen_x_ + word_w > right_ && pen_x_ > x_) {
        FlushUnderline(r);
        NewLine();
        if (*s == ' ') return s;  // the spaces are measured again at the start of the line
    }
    // A word wider than the whole line is broken at the line end (a right-to-left one overflows instead).
    const char* draw_end = spaces_end;
    if (word_w > width_ && !rtl_word) {
        draw_end = r.font->CalcWordWrapPositionA(1.0f, s, word_end, (right_ - pen_x_) * r.font->FontSize / size_);
        if (draw_end == s) draw_end = s + 1;
        shown_end = draw_end;
        word_w = r.font->CalcTextSizeA(size_, FLT_MAX, 0.0f, s, draw_end).x;
    }
    const float draw_w = draw_end == spaces_end ? full_w : word_w;
    float left = rtl_ ? right_ - (pen_x_ - x_) - word_w : pen_x_;
    if (rtl_ && !rtl_word && draw_end == spaces_end) {
        if (!(run_end_ && s < run_end_)) StartLeftToRightRun(r, s, end);
        left = run_left_ + (pen_x_ - run_pen_);
    }
    const ImVec2 pos(Snap(left), pen_y_ + baseline_pad_);
    if (r.is_link) LinkHit(r, pos, draw_end == spaces_end ? word_w : draw_w);
    if (r.span.mark && word_w > 0.0f) {
        const float mark_w = draw_end == spaces_end && spaces_end != end && !rtl_ ? draw_w : word_w;
        dl_->AddRectFilled(ImVec2(pos.x - 1.0f, pos.y - 1.0f), ImVec2(pos.x + mark_w + 1.0f, pos.y + size_ + 2.0f), style_.mark_color, 3.0f);
    }
    dl_->AddText(r.font, size_, pos, r.color, shown, shown_end);
    if (r.is_link && word_w > 0.0f) {
        if (r.ul_x1 < 0.0f) {
            r.ul_x0 = pos.x;
            r.ul_x1 = pos.x + word_w;
            r.ul_y = pos.y + size_ + 1.0f;
        }
        r.ul_x0 = std::min(r.ul_x0, pos.x);  // right to left, the underline grows leftwards
        r.ul_x1 = std::max(r.ul_x1, pos.x + word_w);
    }
    pen_x_ += draw_w;
    return draw_end;
}

// From the word at `s`: the left-to-right words after it in this span that still fit on the line, up to
// a word with right-to-left letters or a line break. Their spaces between them count, the last one's not
// (it lies on the run's left, before the next right-to-left word).
void RichLayout::StartLeftToRightRun(const Run& r, const char* s, const char* end) {
    float width = 0.0f, last_spaces = 0.0f;
    const char* at = s;
    while (at < end && *at != '\n') {
        const char* word_end = at;
        while (word_end < end && *word_end != ' ' && *word_end != '\n') ++word_end;
        const char* spaces_end = word_end;
        while (spaces_end < end && *spaces_end == ' ') ++spaces_end;
        if (HasRightToLeft(std::string_view(at, static_cast<std::size_t>(word_end - at)))) break;
        const float word_w = r.font->CalcTextSizeA(size_, FLT_MAX, 0.0f, at, word_end).x;
        if (at != s && pen_x_ + width + word_w > right_) break;  // the rest goes to the next line
        last_spaces = r.font->CalcTextSizeA(size_, FLT_MAX, 0.0f, word_end, spaces_end).x;
        width += word_w + last_spaces;
        at = spaces_end;
    }
    run_end_ = at;
    run_pen_ = pen_x_;
    run_left_ = right_ - (pen_x_ - x_) - (width - last_spaces);
}

// The word of a link takes clicks and the hover; its first word is the link's Tab stop.
void RichLayout::LinkHit(Run& r, ImVec2 pos, float hit_w) {
    ImGui::SetCursorScreenPos(ImVec2(pos.x, pen_y_));
    ImGui::PushID(r.piece++);
    const bool tab_stop = r.piece == 1 && !r.continues_link;
    if (!tab_stop) ImGui::PushItemFlag(ImGuiItemFlags_NoTabStop | ImGuiItemFlags_NoNav, true);
    if (ImGui::InvisibleButton("##a", ImVec2(std::max(1.0f, hit_w), line_h_))) OpenLink(ctx_, r.span.url);
    if (tab_stop) a11y::Describe(a11y::Role::Link, r.link_text, 0, r.span.url);
    if (!tab_stop) ImGui::PopItemFlag();
    if (ImGui::IsItemHovered()) {
        r.hovered_now = true;
        ImGui::SetMouseCursor(ImGuiMouseCursor_Hand);
        ctx_.state.hovered_link = r.span.url;
    }
    if (tab_stop) link_focused_ = AddFocusStop(ctx_);
    ImGui::PopID();
}

}  // namespace

void RichText(const ViewContext& ctx, const std::vector<Span>& spans, const RichTextStyle& style, float x, float width) {
    const float top = ImGui::GetCursorScreenPos().y;
    TextDirection direction = TextDirection::Neutral;
    for (std::size_t i = 0; i < spans.size() && direction == TextDirection::Neutral; ++i) direction = FirstStrongDirection(spans[i].text);
    const bool rtl = direction == TextDirection::RightToLeft;
    if (rtl) {  // a right-to-left paragraph that fits on one line starts where an LTR one would, at x
        float total = 0.0f;
        std::string storage;
        for (const Span& span : spans) {
            if (span.text.find('\n') != std::string::npos) { total = width; break; }
            const std::string_view shown = ShownText(span.text, storage);
            const ImFont* font = span.bold ? style.bold : span.italic ? style.italic : style.regular;
            total += font->CalcTextSizeA(FontSize(style.regular), FLT_MAX, 0.0f, shown.data(), shown.data() + shown.size()).x;
        }
        width = std::min(width, std::ceil(total) + 1.0f);
    }
    RichLayout layout(ctx, style, x, width, rtl);
    // To a screen reader: the text between links as paragraphs, in reading order with the links (LinkHit).
    std::string text;
    const auto flush_text = [&] {
        a11y::Text(text, ImVec2(x, top), ImVec2(x + width, layout.Bottom()));
        text.clear();
    };
    for (std::size_t si = 0; si < spans.size(); ++si) {
        if (spans[si].url.empty()) text += spans[si].text;
        else if (!text.empty()) flush_text();
        layout.Draw(spans, si);
    }
    if (!text.empty()) flush_text();
    ImGui::SetCursorScreenPos(ImVec2(x, top));
    ImGui::Dummy(ImVec2(width, layout.Bottom() - top));
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
